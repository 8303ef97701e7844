package source

import (
	"strings"
	"unicode"
)

// abstractSuffixes end nouns that name things, acts or states, not speakers (die
// Anwendung, seine Zuversicht, die Kritik): a frame clause that opens with one has
// its subject after the verb (Die Anwendung stellte der Vorsitzende in Frage).
var abstractSuffixes = []string{"ung", "heit", "keit", "schaft", "ion", "tät", "nis", "ismus", "ik", "enz", "anz", "sicht", "tum",
	"ur", "arbeit", "rolle", "frage", "lage", "idee", "worte", "antwort", "begründung", "kritik", "sorge", "hoffnung"}

// exemplifiers mark the phrase after them as one example among others (So hat
// sich etwa die Vorsitzende geäußert): they stand before a subject, not in it.
var exemplifiers = set("etwa", "beispielsweise")

// focusParticles may stand before the subject in the first field (Auch der
// Schiedsrichter kritisierte, …).
var focusParticles = set("auch", "selbst", "sogar", "nur", "ebenfalls", "gerade", "insbesondere", "besonders", "vor allem")

// speakerScore says how plainly the noun phrase r names a speaker: 3 for a personal
// pronoun, 2 for a typed source noun (der Sprecher, die Polizei) or a name of two
// words (Franz Müntefering), 1 for another noun (der Franzose, Merkel, Zweifel) or a
// document, 0 for an abstract noun (die Anwendung, seine Zuversicht), -1 for no phrase.
func (a *analysis) speakerScore(r rng) int {
	if r.empty() {
		return -1
	}
	k := a.key(r[0])
	if a.is(r[0], cPron) && a.word(r[0]) {
		if k == "man" || k == "ihr" {
			return 1
		}
		return 3
	}
	head := a.headKey(r)
	switch kindOf(head) {
	case Person, Organisation, Media, Collective, Anonymous:
		return 2
	case Document:
		return 1
	}
	if a.capRun(r) || acronym(a.toks[a.headIndex(r)].Text) {
		return 2 // Franz Müntefering; die SPD, der BGH
	}
	if hasAnySuffix(head, abstractSuffixes...) {
		return 0
	}
	return 1
}

// acronym reports whether w is written in capitals only, with at least two
// letters: the short name of an organisation (SPD, BGH, EADS).
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r != '-' && !unicode.IsDigit(r):
			return false
		}
	}
	return n >= 2
}

// headKey returns the folded head noun of the phrase r as describe finds it (the
// last capitalised word before an attribute), without building a mention.
func (a *analysis) headKey(r rng) string {
	return a.key(a.headIndex(r))
}

// headIndex returns the token of the head noun of the phrase r (see headKey).
func (a *analysis) headIndex(r rng) int {
	start := r[0]
	if start < r[1] && (a.key(start) == "aus" || a.key(start) == "in") && r[1]-start > 1 {
		start++
	}
	if start < r[1] && a.is(start, cDet) {
		start++
	}
	head := r[1] - 1
	for i := start; i < r[1]; i++ {
		if i > start && (a.is(i, cGen|cAttach) || a.toks[i].Text == "(" || a.toks[i].Text == ",") {
			break
		}
		if isCap(a.toks[i].Text) {
			head = i
		}
	}
	return head
}

// capRun reports whether the head of r, before any attribute, holds two
// capitalised words in a row (a first name and a surname): not die Arbeit der
// Koalition seit dem Amtsantritt von Angela Merkel.
func (a *analysis) capRun(r rng) bool {
	for i := r[0]; i+1 < r[1]; i++ {
		if i > r[0] && (a.is(i, cPrep|cGen) || !a.word(i)) {
			return false
		}
		if a.capWord(i) && a.capWord(i+1) {
			return true
		}
	}
	return false
}

// postSubject returns the noun phrase after the finite verb f (skipping sich and
// adverbs) that can be a nominative subject, before limit; empty if none.
func (a *analysis) postSubject(f, limit int) rng {
	j := f + 1
	for j < limit && (a.key(j) == "sich" || exemplifiers[a.key(j)] || a.is(j, cAdv) && !a.is(j, cPrep)) {
		j++
	}
	if j >= limit || nonNominative[a.key(j)] || a.key(j) == "es" || !a.word(j) && !(a.nameQuote(j) && a.kinds[a.inQ[j]] == TitleQuote) {
		return rng{} // a quotation after the verb is what is said, not who says it
	}
	if end := a.np(j, limit); end > j {
		return rng{j, end}
	}
	return rng{}
}

// chooseSubject picks the speaker of a verb-second frame clause: the first field pre
// (already checked to be subject-like, or empty) unless the phrase after the verb
// names a speaker more plainly (Die Anwendung stellte der Vorsitzende in Frage; Die
// Arbeit lobte er mit den Worten).
func (a *analysis) chooseSubject(pre rng, f, limit int) rng {
	post := a.postSubject(f, limit)
	if post.empty() {
		return pre
	}
	if pre.empty() {
		return post
	}
	ps, qs := a.speakerScore(pre), a.speakerScore(post)
	// sie after the verb may be the object (nannte sie „reine Spekulation“); er,
	// ich and wir are the subject
	pron := post[1]-post[0] == 1 && (a.key(post[0]) == "er" || a.key(post[0]) == "ich" || a.key(post[0]) == "wir")
	if ps == 0 && (qs >= 2 || a.bareName(post)) || pron && ps <= 1 || qs >= 1 && a.pluralBeforeSingular(pre, f) {
		return post
	}
	return pre
}

// pluralBeforeSingular reports whether the first field pre is marked plural (die,
// then an adjective in -en, then a noun: die tibetischen Mönche) while the finite
// verb at f is singular: pre cannot be its subject (Die tibetischen Mönche
// beschrieb die Nachrichtenagentur als „aggressiv“).
func (a *analysis) pluralBeforeSingular(pre rng, f int) bool {
	if pre[1]-pre[0] < 3 || a.key(pre[0]) != "die" || !a.lower(pre[0]+1) || !strings.HasSuffix(a.key(pre[0]+1), "en") || !a.capWord(pre[0]+2) {
		return false
	}
	k := a.key(f)
	return !strings.HasSuffix(k, "n") && k != "sind" // plural finite forms end in -(e)n
}

// mainVerb returns the finite verb of the main clause in [s,e): the first finite
// verb outside quotations, leaving out an adverbial clause in the first field (Als
// ein Fluggast zu Hilfe eilte, biss …) and the relative clauses set off by commas;
// -1 if there is none.
func (a *analysis) mainVerb(s, e int) int {
	i := s
	if i < e && a.word(i) && (a.is(i, cSub) || s > 0 && a.isComma(s-1) && a.relativeStart(s)) {
		// skip the adverbial or relative clause up to its comma; without one, "als"
		// is a preposition (Als Begründung sagte ein Wissenschaftler), any other
		// word opens a clause with its verb last, which frames nothing
		j := i + 1
		for j < e && !a.isComma(j) {
			j++
		}
		switch {
		case j < e:
			i = j + 1
		case a.key(s) != "als":
			return -1
		}
	}
	for ; i < e; i++ {
		if !a.outside(i) {
			continue
		}
		if a.isComma(i) && i+1 < e && (a.relativeStart(i+1) || a.is(i+1, cPrep) && i+2 < e && a.is(i+2, cRel)) {
			j := i + 1
			for j < e && !a.isComma(j) {
				j++
			}
			i = j // the comma closing the relative clause
			continue
		}
		if a.word(i) && i > s && (a.lower(i) || a.isComma(i-1)) && (a.finite(i) || a.is(i, cAux) || a.subj[i]) &&
			!(a.key(i-1) == "zu" && hasAnySuffix(a.key(i), "en", "ern", "eln")) && // not zu lassen
			!(i+2 < e && a.key(i+1) == "zu" && hasAnySuffix(a.key(i), "en", "ern", "eln") && hasAnySuffix(a.key(i+2), "en", "ern", "eln")) { // not behandeln zu lassen
			return i
		}
	}
	return -1
}
