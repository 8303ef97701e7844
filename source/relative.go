package source

import "github.com/aussage/aussage"

// nominativeRelatives are the relative pronouns that can be the subject of their
// clause: der and welcher only as masculine nominative (the feminine dative der is
// rare before a verb of saying), die, das, welche and welches also as accusative.
var nominativeRelatives = set("der", "welcher", "die", "das", "welche", "welches")

// nominativeOpeners open a noun phrase in the nominative that stands after a
// relative pronoun as the subject of its clause (der er „…“ nannte, die der
// Minister als „…“ bezeichnete): the pronoun is then an object.
var nominativeOpeners = set("er", "sie", "es", "ich", "wir", "ihr", "man", "der", "ein", "kein", "dieser", "jener")

// relativeSubject reports whether the relative pronoun at rel is the subject of
// the verb-final clause it opens, where obj is the first noun phrase after it (empty
// if none stands before the verb at v). In „der Vorsitzende, der die Proteste als
// ‚friedlich' bezeichnete“ the phrase after der is the object and der says the
// words; in „die Ministerin, die er als ‚verlässlich' bezeichnete“ er does. Where
// case is not shown (die die Sprecher, das das Gericht) the phrase after the pronoun
// keeps the role of subject, as it had before.
func (a *analysis) relativeSubject(rel, v int, obj rng) bool {
	if rel <= 0 || !a.isComma(rel-1) || !a.word(rel) || !nominativeRelatives[a.key(rel)] {
		return false
	}
	if obj.empty() {
		// …, der am Montag sagte: the pronoun is the only phrase; but in die von
		// dem Bären ausgehe the verb is not one of saying, and von names an origin
		for j := rel + 1; j < v; j++ {
			if k := a.key(j); k == "von" || k == "vom" {
				return false
			}
		}
		return true
	}
	k := a.key(obj[0])
	switch {
	case nonNominative[k]:
		return true // der den Vorschlag „…“ nannte
	case nominativeOpeners[k]:
		return false
	}
	// der is masculine nominative: a phrase after it that does not open in the
	// nominative is its object (der die Entscheidung, der Ahmadinedschads Sieg)
	return a.key(rel) == "der" || a.key(rel) == "welcher"
}

// relativeAntecedent returns the noun phrase that the relative pronoun at rel
// refers to: the one that ends at the comma before it (die Demonstranten, die …);
// empty if none ends there.
func (a *analysis) relativeAntecedent(rel, limit int) rng {
	if rel <= limit+1 || !a.isComma(rel-1) {
		return rng{}
	}
	if s := a.npBack(rel-1, max(limit, rel-1-maxMention)); s < rel-1 {
		return rng{s, rel - 1}
	}
	return rng{}
}

// joinedSubject returns the subject of a verb-second clause whose verb follows the
// comma at cs-1 at once, when that subject stands in the comma-separated phrases
// just before it and a clause of its own comes before them: „Der Minister wies
// die Vorwürfe zurück, die Sprecherin der Opposition, Maria Keller, erklärte: …“.
// The phrases are one noun phrase, or two in apposition, without a verb; empty if
// there are none or nothing with a verb precedes them.
func (a *analysis) joinedSubject(cs int, u unit) rng {
	end := cs - 1
	start := -1
	c := end
	for n := 0; n < 2; n++ {
		p := c - 1
		for p > u.a && p > c-maxMention && !a.isComma(p) && !a.boundary(p) {
			p--
		}
		if p <= u.a || !a.isComma(p) || !a.verbless(p+1, c) || !a.subjectLike(rng{p + 1, c}) {
			break
		}
		start, c = p+1, p
	}
	if start < 0 || a.mainVerb(u.a, c) < 0 {
		return rng{}
	}
	return rng{start, end}
}

// quotingPassive reports whether the subject of the passive of the verb with this
// lemma is the speaker: X wird mit den Worten zitiert. Of every other verb of
// saying the passive subject is what is said or named (Der Plan wurde als „…“
// bezeichnet), and the speaker is the agent (passiveAgent), if any.
func quotingPassive(lemma string) bool { return lemma == "zitieren" }

// passiveAgent returns the agent of a passive frame clause [cs,ce): the phrase
// after von, vom or seitens (wurde vom Minister als „…“ bezeichnet), or a medium
// or document after in or im (wurde im „Tagesspiegel“ als „…“ bezeichnet, war in
// den Medien als „…“ bezeichnet worden); empty if there is none.
func (a *analysis) passiveAgent(cs, ce int) rng {
	if j := a.probe(cs, ce, probeAgent); j >= 0 {
		if end := a.np(j+1, ce); end > j+1 {
			return rng{j + 1, end}
		}
	}
	for j := cs; j+1 < ce; j++ {
		if k := a.key(j); (k == "in" || k == "im") && a.outside(j) {
			end := a.np(j+1, ce)
			if end <= j+1 {
				continue
			}
			if k := kindOf(a.headKey(rng{j + 1, end})); k == Media || k == Document {
				return rng{j + 1, end}
			}
			j = end - 1 // linear: a phrase is read once
		}
	}
	return rng{}
}

// sameUnitAntecedent resolves the speaker pronoun m (er, sie) in unit ui to the
// subject of the main clause that opens the same unit, when that subject comes
// before the pronoun and agrees with it: in „Der Student verbrachte die Nacht in
// Gewahrsam, nur ab und zu war er wach und hatte gefragt: …“ er is the student,
// and in „Danach war Trainer Klaus Berger zufrieden: ‚…', sagte er“ the trainer,
// however recently the text named anyone else. A definite description of one word
// (der Student) counts here, though bindPronoun, reading the sentences before,
// asks for a plainer name. It returns the source and true, with the pronoun added
// to its mentions, or false.
func (a *analysis) sameUnitAntecedent(reg *registry, m mention, ui int) (int, bool) {
	if m.pron != "er" && m.pron != "sie" {
		return -1, false
	}
	sp := a.unitSubject(a.units[ui])
	if sp.empty() || sp[1] > m.toks[0] || a.speakerScore(sp) < 1 {
		return -1, false
	}
	d := describe(a.t, a.toks, sp[0], sp[1])
	if d.pron != "" || d.indef || d.kind == Generic || d.kind == Anonymous {
		return -1, false
	}
	det := a.key(sp[0])
	switch m.pron {
	case "er":
		// a masculine singular: der Student, Trainer Klaus Berger; not die
		// Regierung, das Gericht
		if determiners[det] && det != "der" && det != "dieser" || d.kind != Person && !(det == "der" && d.kind == Organisation) {
			return -1, false
		}
	case "sie":
		if determiners[det] && det != "die" && det != "diese" {
			return -1, false
		}
	}
	id := reg.resolve(d)
	s := &reg.sources[id]
	s.Mentions = append(s.Mentions, m.span)
	return id, true
}

// maxBarePhrase is the most tokens bareNounPhrase reads: a subject with its
// appositions is shorter, and the bound keeps a sentence of many frames linear.
const maxBarePhrase = 24

// bareNounPhrase reports whether r holds no verb and no quotation: a noun phrase
// with its appositions, not what a frame after it can report. In „Die Expertin der
// Grünen, Petra Lang, kritisierte die Pläne“ the comma before the verb does not
// make the subject a quotation's stand-in.
func (a *analysis) bareNounPhrase(r rng) bool {
	if r.empty() || r[1]-r[0] > maxBarePhrase {
		return false
	}
	for i := r[0]; i < r[1]; i++ {
		if a.subj[i] || a.is(i, cAux) || !a.outside(i) || a.toks[i].Kind == aussage.QuoteOpen {
			return false
		}
		if v, ok := a.t.VerbAt(i); ok && v.Token == i {
			return false
		}
	}
	return true
}

// mainResumes reports whether the main clause goes on at token j, after a comma
// that closes reported content: a finite verb in the indicative opens it (Nachdem
// er gefragt wurde, was seine Partei wolle, entgegnete er …; Sie sagte, sie komme,
// betonte aber …). A verb in the subjunctive there belongs to the content itself
// (sagte, wer das glaube, sei naiv).
func (a *analysis) mainResumes(j int) bool {
	return a.word(j) && a.lower(j) && a.outside(j) && a.finite(j) && !a.subj[j] && !a.is(j, cAux)
}

// wieQuoted returns who is quoted and who relays the words in a wie-frame of
// zitieren whose phrases run from s to the verb at v: in the passive (wie X von
// Spiegel Online zitiert wird) X and the agent after von; in the active (wie die
// Zeitung den Minister zitiert) the object and the subject. The relay is empty
// where none is named (wie X zitiert wird).
func (a *analysis) wieQuoted(s, v int) (sp, relay rng) {
	if v+1 < len(a.toks) && a.is(v+1, cAux) {
		for j := s + 1; j < v; j++ {
			if k := a.key(j); k == "von" || k == "vom" {
				if end := a.np(j+1, v); end > j+1 {
					relay = rng{j + 1, end}
				}
				return rng{s, j}, relay
			}
		}
		if end := a.np(s, v); end > s {
			sp = rng{s, end}
		}
		return sp, rng{}
	}
	end := a.np(s, v)
	if end <= s {
		return rng{}, rng{}
	}
	if e2 := a.np(end, v); e2 > end {
		return rng{end, e2}, rng{s, end}
	}
	return rng{s, end}, rng{}
}

// copulaForms are the finite forms of sein: the phrase after one is a predicate,
// not someone who speaks (Eine „offene Frage“ ist der Grund).
var copulaForms = set("ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären")
