package source

import (
	"slices"
	"strings"
)

// antecedentUnits is how many units before a pronoun speaker bindPronoun reads for
// the source it refers to: a pronoun subject takes up someone named in the last
// sentence or two, not a paragraph away.
const antecedentUnits = 2

// placeAdverbs point back to a document or medium named just before: Die
// Staatsanwaltschaft gab eine Stellungnahme ab. Darin steht: „…“
var placeAdverbs = set("darin", "dort", "hierin", "daraus", "darunter")

// resolveSpeaker resolves the speaker mention m of a candidate in unit ui: a
// pronoun to the person the sentences just before are about (bindPronoun), a place
// adverb to the document or medium named just before it, anything else by name.
func (a *analysis) resolveSpeaker(reg *registry, m mention, ui int) int {
	if m.toks[1]-m.toks[0] == 1 && placeAdverbs[a.key(m.toks[0])] {
		if d, ok := a.documentBefore(m.toks[0], ui); ok {
			id := reg.resolve(d)
			reg.mention(id, m.span)
			return id
		}
	}
	if m.toks[1]-m.toks[0] == 1 && nominativeRelatives[a.key(m.toks[0])] {
		// a relative pronoun speaks for the phrase it refers to: the source is
		// the antecedent, and the pronoun one more mention of it
		if ante := a.relativeAntecedent(m.toks[0], a.units[ui].a); !ante.empty() {
			if am, ok := a.sourceMention(ante); ok {
				id := reg.resolve(am)
				reg.mention(id, m.span)
				return id
			}
		}
	}
	if id, ok := a.sameUnitAntecedent(reg, m, ui); ok {
		return id
	}
	if n, ok := a.appositionName(m); ok {
		return reg.resolve(n) // die Sprecherin der Opposition, Maria Keller: the name says who
	}
	a.bindPronoun(reg, m, ui)
	return reg.resolve(m)
}

// documentBefore returns the last noun phrase headed by a document or a medium
// (eine Stellungnahme, der Bericht, die Zeitung) before token end, in the unit ui
// or the unit before it in the same paragraph, at most maxMention tokens back.
func (a *analysis) documentBefore(end, ui int) (mention, bool) {
	lo := a.units[ui].a
	if ui > 0 && a.units[ui-1].para == a.units[ui].para {
		lo = a.units[ui-1].a
	}
	for j := end - 1; j >= lo && j >= end-maxMention; j-- { // near enough to point back to, and linear on hostile text
		if !a.capWord(j) || !isCap(a.toks[j].Text) {
			continue
		}
		if k := kindOf(a.key(j)); k != Document && k != Media {
			continue
		}
		s := j
		for s > lo && a.word(s-1) && a.outside(s-1) && (a.is(s-1, cDet) || a.lower(s-1) && !a.is(s-1, cPrep|cAdv|cAux)) {
			s--
		}
		return describe(a.t, a.toks, a.cls, s, j+1), true
	}
	return mention{}, false
}

// bindPronoun registers the source a speaker pronoun refers to (er, ihn, ihm: a
// person; sie, ihnen: also an organisation, group or medium) when the text names it
// after the last such speaker the registry knows: in
// „Unterdessen verteidigte der Vorsitzende, Sebastian Edathy, den Entwurf. Er
// halte ihn für vertretbar“ the verteidigte-clause frames nothing, yet its
// subject is who er is. The antecedent is the subject of the main clause of one of
// the units just before, if it plainly names a source of a fitting kind (a name of
// two words or a typed noun); it is resolved as a mention of its own, so that the
// pronoun then resolves to it.
func (a *analysis) bindPronoun(reg *registry, m mention, ui int) {
	var kinds []Kind // what the pronoun can refer to
	switch m.pron {
	case "er", "ihn", "ihm":
		kinds = []Kind{Person}
	case "sie", "ihnen":
		kinds = []Kind{Person, Organisation, Collective, Media}
	default:
		return
	}
	lastEnd := -1 // where the registry's newest source of those kinds was last mentioned
	for _, k := range kinds {
		if id := reg.lastBy[k]; id >= 0 {
			if sp, ok := reg.lastMention(id); ok {
				lastEnd = max(lastEnd, sp.End)
			}
		}
	}
	para := a.units[ui].para
	for vi := ui - 1; vi >= 0 && vi >= ui-antecedentUnits && a.units[vi].para >= para-1; vi-- {
		u := a.units[vi]
		if a.toks[u.a].Span.Start < lastEnd {
			return // the registry's person is named at least as recently
		}
		sp := a.unitSubject(u)
		if sp.empty() || a.speakerScore(sp) < 2 {
			continue
		}
		if d := describe(a.t, a.toks, a.cls, sp[0], sp[1]); slices.Contains(kinds, d.kind) && d.pron == "" && !d.indef {
			reg.resolve(d)
			return
		}
	}
}

// unitSubject returns the subject of the main clause that opens unit u: its first
// field if that is a subject, else the phrase after the finite verb (Unterdessen
// verteidigte der Vorsitzende den Entwurf); empty if there is none.
func (a *analysis) unitSubject(u unit) rng {
	ui := a.unitOf(u.a)
	if sp, ok := a.subjects[ui]; ok {
		return sp
	}
	sp := a.firstSubject(u)
	if a.subjects == nil {
		// the map of an earlier text, emptied, unless it grew large
		if a.subjects = a.scr.subjects; a.subjects == nil || len(a.subjects) > maxReusedMap {
			a.subjects = map[int]rng{}
			a.scr.subjects = a.subjects
		}
		clear(a.subjects)
	}
	a.subjects[ui] = sp
	return sp
}

// firstSubject computes unitSubject.
func (a *analysis) firstSubject(u unit) rng {
	f := a.mainVerb(u.a, u.end)
	if f < 0 {
		return rng{}
	}
	for j := f - 1; j > u.a; j-- {
		if a.toks[j].Text == ":" && a.outside(j) {
			// Europapolitik: Die SPD will …: the clause after a heading
			u.a = j + 1
			if f = a.mainVerb(u.a, u.end); f < 0 {
				return rng{}
			}
			break
		}
	}
	var pre rng
	if vf := (rng{u.a, f}); a.subjectLike(vf) {
		if e := a.np(u.a, f); e > u.a {
			pre = a.trimAdverbs(rng{u.a, e})
		}
	}
	return a.chooseSubject(pre, f, u.end)
}

// partialOwners returns, for each quotation, the candidate whose partial quote it
// is: of the attributions whose content holds it, the innermost that names or
// inherits a speaker (or the innermost, if none does); of two with the same
// content, the one whose frame stands nearer to it. In „Der Sender will
// wissen, dass Mindermann gefragt habe, was sie „anhabe““ the quoted word is
// Mindermann's, not the station's, and it is one attribution, not two.
func (a *analysis) partialOwners() []int {
	n := len(a.quotes)
	owners := make([]int, n) // the answer, which the caller keeps
	ints := grown(a.scr.owners, 2*n)[:2*n]
	clear(ints)
	a.scr.owners = ints
	size, dist := ints[:n], ints[n:]
	named := grown(a.scr.named, n)[:n]
	clear(named)
	a.scr.named = named
	for i := range owners {
		owners[i] = -1
	}
	for ci := range a.cands {
		c := &a.cands[ci]
		if c.typ == Direct || len(c.quotes) == 0 {
			continue
		}
		n := 0
		for _, r := range c.content {
			n += r[1] - r[0]
		}
		hasSpeaker := !c.speaker.empty() || c.inherit >= 0 || c.anaphor
		for _, q := range c.quotes {
			d := a.frameDistance(c, q)
			switch {
			case owners[q] < 0, hasSpeaker && !named[q], hasSpeaker == named[q] && (n < size[q] || n == size[q] && d < dist[q]):
				// of two frames over the same content the nearer one names whose
				// words they are: Wie die Zeitung berichtete, soll laut der Studie …
				owners[q], size[q], dist[q], named[q] = ci, n, d, hasSpeaker
			}
		}
	}
	return owners
}

// possessor returns the mention a possessive determiner makes of the source of a
// noun of saying (nach ihren Informationen, seiner Ansicht nach): the person or
// group that ihr or sein refers to, resolved like the pronoun sie or er. It reports
// false for other phrases (nach eigenen Angaben, den Angaben).
func (a *analysis) possessor(r rng) (mention, bool) {
	k := a.key(r[0])
	var pron string
	switch {
	case strings.HasPrefix(k, "sein"):
		pron = "er"
	case strings.HasPrefix(k, "ihr") && k != "ihr":
		pron = "sie"
	default:
		return mention{}, false
	}
	m := describe(a.t, a.toks, a.cls, r[0], r[0]+1)
	m.pron, m.words, m.kind, m.indef = pron, nil, UnknownKind, false
	return m, true
}

// frameDistance returns how many tokens lie between the frame of candidate c and
// the quotation q: 0 if the frame is missing.
func (a *analysis) frameDistance(c *cand, q int) int {
	if len(c.frame) == 0 {
		return 0
	}
	open, fr := a.quotes[q].open, c.frame[0]
	switch {
	case fr[1] <= open:
		return open - fr[1]
	case fr[0] > open:
		return fr[0] - open
	}
	return 0
}
