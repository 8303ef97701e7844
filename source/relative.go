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
// refers to: the one that ends at the comma before it (die Demonstranten, die …),
// or before the particle that closes its clause there; empty if none ends there.
func (a *analysis) relativeAntecedent(rel, limit int) rng {
	if rel <= limit+1 || !a.isComma(rel-1) {
		return rng{}
	}
	e := rel - 1
	if e-1 > limit && a.word(e-1) && a.lower(e-1) && a.is(e-1, cPrep) {
		e-- // griff den Tenor der Medien auf, in denen …: a verb's particle closes the clause
	}
	if s := a.npBack(e, max(limit, e-maxMention)); s < e {
		return rng{s, e}
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
	// a verb shortly before the phrases: read back no further than a mention's
	// length, so that a sentence of many such frames stays linear
	if start < 0 || a.mainVerb(max(u.a, c-maxMention), c) < 0 {
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
	if sp.empty() || sp[1] > m.toks[0] {
		return -1, false
	}
	// the subject is read once per unit: a sentence of many frames with
	// pronoun subjects (er sagte, er sagte, …) asks for each
	ante := &a.ante
	if !ante.set || ante.ui != ui {
		*ante = unitAntecedent{set: true, ui: ui, score: a.speakerScore(sp)}
		if ante.score >= 1 {
			ante.d = describe(a.t, a.toks, a.cls, sp[0], sp[1])
		}
	}
	if ante.score < 1 {
		return -1, false
	}
	d := ante.d
	if d.pron != "" || d.indef || d.kind == Generic || d.kind == Anonymous {
		return -1, false
	}
	det := a.key(sp[0])
	switch m.pron {
	case "er":
		// a masculine singular: der Student, Trainer Klaus Berger; not die
		// Regierung, das Gericht
		if a.is(sp[0], cDet) && det != "der" && det != "dieser" || d.kind != Person && !(det == "der" && d.kind == Organisation) {
			return -1, false
		}
	case "sie":
		if a.is(sp[0], cDet) && det != "die" && det != "diese" {
			return -1, false
		}
	}
	id := reg.resolve(d)
	reg.mention(id, m.span)
	return id, true
}

// unitAntecedent is what sameUnitAntecedent found for the subject of unit ui:
// its speakerScore and, if that is at least 1, its description.
type unitAntecedent struct {
	set   bool
	ui    int
	score int
	d     mention
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
		if a.finite(i) {
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

// ownField returns the first field of the verb-second clause whose finite verb
// follows vf: vf itself, or, where vf holds a clause of its own joined by und,
// oder or aber (Afghanistan sei ein Opfer und die Täter sollten wissen), the part
// after the last such conjunction: the words before a conjunct are not its
// subject; empty if there is none, unless the verb is a modal right before the
// frame's verb (man darf vermuten), which the caller reads as the author's hedge.
func (a *analysis) ownField(vf rng) rng {
	// The last verb of the field, looked for from the end: a long field without
	// punctuation (er sagte er sagte …) is then not read again for every verb.
	verb := -1
	for i := vf[1] - 1; i >= vf[0] && verb < 0; i-- {
		if !a.outside(i) || !a.word(i) {
			continue
		}
		if a.subj[i] || a.is(i, cAux) || a.finite(i) && !a.attributive(i, vf[1]) {
			verb = i
		}
	}
	if verb < 0 {
		return vf
	}
	for i := vf[1] - 1; i > verb; i-- {
		if k := a.key(i); (k == "und" || k == "oder" || k == "aber") && a.outside(i) {
			return rng{i + 1, vf[1]}
		}
	}
	if verb == vf[1]-1 && modalAux[a.key(verb)] {
		return vf // man darf vermuten: the modal is the finite verb, the frame's verb its infinitive
	}
	return rng{vf[1], vf[1]}
}

// attributive reports whether the verb form at i, before end, stands before a
// noun or another inflected adjective as a participle does (die staatlich
// kontrollierten chinesischen Medien), not as a finite verb.
func (a *analysis) attributive(i, end int) bool {
	j := i + 1
	if j >= end || !a.word(j) {
		return false
	}
	if isCap(a.toks[j].Text) {
		return true
	}
	return hasAnySuffix(a.key(j), "en", "e", "er", "es", "em") && !a.finite(j) && !a.is(j, cAux|cDet|cPrep|cAdv|cPron)
}

// nextSubject reports whether the phrase between the commas at c and e, after a
// clause that ends in a lowercase word, is the subject of the next clause rather
// than an apposition: its verb follows the comma at e, or a second comma after one
// more phrase (wies die Vorwürfe zurück, die Sprecherin der Opposition, Maria
// Keller, erklärte).
func (a *analysis) nextSubject(c, e int, u unit) bool {
	if c == 0 || !a.word(c-1) || !a.lower(c-1) {
		return false
	}
	if a.mainResumes(e + 1) {
		return true
	}
	k := a.np(e+1, u.end)
	return k > e+1 && k+1 < u.end && a.isComma(k) && a.mainResumes(k+1)
}

// appositionName returns, for a speaker phrase whose own words name no one (die
// Sprecherin der Opposition, Maria Keller), the name in the apposition after its
// last comma, as a mention: resolved by the role noun, the phrase would be taken
// for whoever last held a role. False if the phrase has name words of its own or
// no apposition of capitalised words.
func (a *analysis) appositionName(m mention) (mention, bool) {
	if len(m.words) > 0 || m.pron != "" {
		return mention{}, false
	}
	for j := m.toks[1] - 1; j > m.toks[0]; j-- {
		if !a.isComma(j) {
			continue
		}
		s, e := j+1, j+1
		for e < m.toks[1] && a.word(e) {
			e++ // Maria Keller (SPD): the words before the bracket
		}
		if e-s < 2 || !a.capWord(s) || !a.capWord(s+1) {
			return mention{}, false
		}
		n := describe(a.t, a.toks, a.cls, s, e)
		return n, len(n.words) > 0
	}
	return mention{}, false
}

// prepRelativeAntecedent returns, for a clause at cs that opens with a
// preposition and a relative pronoun after a comma (eine Erklärung, in der es
// heißt; die Staatsmedien, in denen es heißt), the noun phrase the pronoun refers
// to: the document or medium where the words stand. Empty otherwise.
func (a *analysis) prepRelativeAntecedent(cs, limit int) rng {
	if cs+2 >= len(a.toks) || !a.is(cs, cPrep) || !a.word(cs+1) || !a.is(cs+1, cRel) || a.is(cs+1, cDet) && a.capWord(cs+2) {
		return rng{}
	}
	return a.relativeAntecedent(cs, limit)
}

// phraseTo reports whether a noun phrase, with any numbers after it, runs from s
// right up to the verb at f: Seit August 2013 vertritt er …
func (a *analysis) phraseTo(s, f int) bool {
	e := a.np(s, f)
	if e <= s {
		return false
	}
	for e < f && a.toks[e].Kind == aussage.Number {
		e++
	}
	return e == f
}

// colonFrameAhead reports whether, after the colon before s, another colon comes
// before any quotation: the words between frame the quotation themselves (Die
// Kommission kritisierte das scharf: So sagte Hans Weber: „…“). The scan stops at
// the first quotation mark or colon, so each colon frame reads only up to the next.
func (a *analysis) colonFrameAhead(s int, u unit) bool {
	for j := s; j < u.end; j++ {
		switch {
		case a.toks[j].Kind == aussage.QuoteOpen:
			return false
		case a.toks[j].Kind == aussage.Punct && a.toks[j].Text == ":" && a.outside(j):
			return j > s
		}
	}
	return false
}

// frameAfterColon reports whether the colon at i opens a clause that frames words
// of its own: a verb of saying among its first three words (…, scharf: So sagte
// Hans Weber: „…“). Reported content before the colon ends there.
func (a *analysis) frameAfterColon(i int, u unit) bool {
	for k := i + 1; k < u.end && k <= i+3; k++ {
		if !a.word(k) {
			return false
		}
		if a.lower(k) && a.finite(k) && a.is(k, cVerb) {
			return true
		}
	}
	return false
}
