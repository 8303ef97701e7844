// Package source finds who says what in German news: quotations, the sources they
// come from, and the attributions that link reported content to its source.
//
// A [Detector] reads a prepared [aussage.Text] and returns a [Result]:
//
//   - Quotes: every pair of quotation marks, in German and international styles
//     („…“, »…«, «…», "…", ‚…‘ nested), paired by mark family across sentences and
//     paragraphs (a paragraph that continues a quote reopens it), with stray or
//     unbalanced marks skipped rather than swallowing the rest of the text. Each
//     quote is classified as speech, partial (a quoted fragment in indirect speech),
//     title („Lazarus“), term (eine „Ransomware“ genannte Software) or scare quote.
//   - Sources: one registry per text. Mentions of the same source are merged
//     (Kim Jong-un, Machthaber Kim Jong-un, Kim), pronouns and definite descriptions
//     (er, ihn, das Gremium, der Bericht) resolve to the most recent compatible
//     source, and each source is typed: person, organisation, document, media,
//     anonymous (ein Mitgliedsland, Insider), collective (Experten), generic (man).
//     A pronoun whose antecedent frames nothing (Der Vorsitzende verteidigte den
//     Plan. Er …) resolves to the subject of the sentence before, a place adverb
//     (Darin steht: …) to the document named just before, and a source's name
//     repeated anywhere in the text (Steinbrück) is one more of its mentions.
//   - Attributions, typed as in German reported-speech research: direct (quoted
//     speech, with its frame before, after or between the quotes, or a colon
//     lead-in with any verb; a quotation without a frame belongs to the subject of
//     its sentence if that names a speaker, else to the subject of the sentence
//     before if that sentence frames nothing, else to the speaker named just before;
//     a quoted fragment is the words of the subject of its clause, or of the holder
//     of a judgement: Osterloh sieht einen „Angriff“, Für den Minister ist die Lage
//     „alarmierend“; of the relative pronoun that is the subject of its clause:
//     der Verband, der die Maßnahme als „Kapitulation“ sieht; of the agent of a
//     passive: wurde von Demonstranten mit Rufen wie „Lügner“ gestört; a slogan
//     is words too, however much it looks like a name: skandierten Parolen wie
//     „Gestohlene Wahl“, and an inscription its carrier's: ein Transparent mit
//     der Aufschrift „Freie Presse“; where the clause names no speaker, a
//     document or medium named as the place of the words speaks: In einem
//     internen Schreiben war von einem „offenen Dialog“ die Rede, Im
//     Gesetzentwurf steht der Passus: „…“),
//     indirect (a reporting verb with a dass, ob, w- or verb-second
//     subjunctive clause; a frame after its content; prepositional frames such as
//     laut X, X zufolge, nach Angaben von X, gemäß, unter Berufung auf, demnach
//     (inside a frame, such a phrase is the relay: X kommentierte laut
//     news.example.org mit folgenden Worten: „…“ is X's, relayed by the site);
//     impersonal frames such as heißt es in X), free indirect (frameless sentences
//     in the subjunctive, or with reportative sollen, that continue the source named
//     before) and reported (a speech act named without its content: dementiert eine
//     Verbindung, fordert Reformen). Provenance (Die Angaben gingen auf
//     Informationen eines Mitgliedslands zurück, beruht auf Angaben von X) is a
//     reported attribution nested in the one that reports it, so that its chain
//     runs from the reporter to the origin; in „Das geht aus einem Bericht hervor“
//     the content is the anaphor das, and the sentence it points back to stays the
//     author's.
//
// Every attribution carries its content, speaker, cue, frame and addressee as
// spans of the original text, the source it resolves to, the attribution it is
// nested in, and its chain of sources from the outermost relay to the original
// speaker (the author is implied before the first): in „Die Staatsmedien zitierten
// ihn mit den Worten: …“ the chain is Staatsmedien, then the person quoted, and the
// media's own report is a second attribution with the same content
// ([Attribution.RelayOf]). The speaker of a frame is its subject, even when an
// object or adverbial comes first (Die Anwendung stellte der Vorsitzende in Frage). It also
// carries the reporting verb's lemma, its class ([Neutral], [Distancing],
// [Negative], [Confirming], [Speculative], [Directive]) and medium, and the
// polarity of the speech act itself: dementiert and a negated frame are
// [PolarityNegative], whatever the polarity of the content.
//
// The rules use the text's tokens, sentences and finite verbs with their mood; the
// reporting verbs come from an embedded lexicon (verbs.tsv) whose word forms,
// separable particles included (teilte … mit), are generated when the package
// loads. Nothing is learnt from data.
//
// Find takes time and memory linear in the length of the text, whatever its shape
// (no punctuation, unbalanced or deeply nested quotation marks, sentences of
// thousands of frames). Limits far above what news text needs keep it so: a name
// is compared with at most the 64 newest sources that share a word with it; a
// clause of more than 256 tokens between boundaries (text without punctuation) is
// read in blocks of 256 tokens, each like a clause of its own; a content loses at
// most four frames nested in it and ends before a fifth; an opening quotation mark
// that nothing closes within 2 000 tokens is a stray mark, even in a text without
// paragraph breaks; and a speaker phrase of more than 64 tokens names no source
// (nor does the subject of a second main clause that would take a quoted fragment
// from the first: Braun nannte die Strafe „hart“, Trainer Müller bezeichnete sie als
// „übertrieben“).
package source
