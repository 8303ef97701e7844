package source

import (
	"slices"
	"strings"

	"github.com/aussage/aussage"
)

// maxAppositions is how many appositions clauseBounds lets a clause run over.
const maxAppositions = 3

// clauseBounds returns the clause around token i: from after the previous boundary
// to the next one. A clause longer than maxClause tokens (text without
// punctuation) is read in blocks of maxClause tokens from its start: the block
// that holds i is returned, and each block is read like a clause of its own, so
// that a verb frames the same in a long text as in a short one and no scan of a
// clause reaches past its block.
func (a *analysis) clauseBounds(i int, u unit) (int, int) {
	cs, ce, _ := a.clauseBlock(i, u)
	return cs, ce
}

// clauseBlock returns what clauseBounds does, and whether it is a block of a
// longer clause.
func (a *analysis) clauseBlock(i int, u unit) (cs, ce int, block bool) {
	cs, ce = a.wholeClause(i, u)
	if ce-cs <= maxClause {
		return cs, ce, false
	}
	cs += (i - cs) / maxClause * maxClause
	return cs, min(ce, cs+maxClause), true
}

// wholeClause returns the clause around token i for clauseBounds, however long.
func (a *analysis) wholeClause(i int, u unit) (int, int) {
	cs := a.clauseStart(i, u)
	ce := i + 1
	// A clause takes a few appositions; more are a list or a run of relative
	// clauses, and walking over them for every verb would cost the square of the run.
	skips := 0
	for ce < u.end {
		if ce = a.nextMark(ce, u); ce >= u.end {
			break
		}
		if a.isComma(ce) && ce+1 < u.end && skips < maxAppositions && (a.is(ce+1, cDet) || a.capWord(ce+1)) {
			// an apposition inside the clause: ging Celebi, die Anwältin der Frau, davon aus
			if e := a.np(ce+1, u.end); e > ce+1 && e < u.end && a.isComma(e) && e-ce <= 10 &&
				e+1 < u.end && !contentIntro[a.key(e+1)] && a.toks[e+1].Kind != aussage.QuoteOpen && !a.subj[e+1] &&
				!a.nextSubject(ce, e, u) {
				ce = e + 1
				skips++
				continue
			} else if e == u.end && e-ce <= 8 && cs > u.a && a.isComma(cs-1) {
				ce = e // a closing apposition: …, sagte der Vorsitzende des Verbands, Elmar Gesse.
				break
			}
		}
		if a.boundary(ce) {
			break
		}
		ce++
	}
	return cs, ce
}

// clauseStart returns the first token after the last boundary before i (or the
// start of the unit). Like appositionStart, one answer holds for every i down to
// it: the last one is kept, and a sentence of many clauses without punctuation
// ("er sagte er sagte …") is walked once.
func (a *analysis) clauseStart(i int, u unit) int {
	return a.startMemo.back(i, u, func(cs int) bool { return !a.boundary(cs - 1) })
}

// A walkMemo keeps the last answer of a walk back through a unit whose stopping
// place does not depend on where it began: the answer found from p holds for every
// start from p down to it.
type walkMemo struct{ a, from, res int }

// back walks from p towards the start of unit u while goOn holds for the position
// reached, and remembers where it stopped.
func (m *walkMemo) back(p int, u unit, goOn func(int) bool) int {
	st := p
	for st > u.a && goOn(st) {
		if m.a == u.a && m.res <= st && st <= m.from {
			st = m.res
			break
		}
		st--
	}
	m.a, m.from, m.res = u.a, p, st
	return st
}

// nextMark returns the first comma or boundary at or after p in the unit, or
// u.end: where clauseBounds has a decision to take. The last answer holds for
// every p from where it was asked up to it.
func (a *analysis) nextMark(p int, u unit) int {
	m := &a.markMemo
	if m.a == u.a && m.from <= p && p <= m.res {
		return m.res
	}
	j := p
	for j < u.end && !a.isComma(j) && !a.boundary(j) {
		j++
	}
	m.a, m.from, m.res = u.a, p, j
	return j
}

// appositionStart walks back from p over commas and everything but other
// boundaries, to the start of a subject with an apposition or a relative clause.
// Where the walk stops does not depend on p: an answer found for an earlier p holds
// for every p down to it, which keeps a sentence of many frames linear.
func (a *analysis) appositionStart(p int, u unit) int {
	return a.backMemo.back(p, u, func(st int) bool { return !a.boundary(st-1) || a.isComma(st-1) && st-1 > u.a })
}

// contentEnd returns where content that starts at s ends: at the end of the unit, or
// before a coordinated main clause in the indicative (…, denn bisher gibt es …) or a
// colon or semicolon.
func (a *analysis) contentEnd(s int, u unit) int {
	// whether token i stops content does not depend on s: an answer found for an
	// earlier start holds for every start up to it, which keeps a sentence of many
	// frames linear
	if m := &a.endMemo; m.end == u.end && m.s <= s && s < m.res {
		return m.res
	}
	res := a.scanContentEnd(s, u)
	a.endMemo.s, a.endMemo.res, a.endMemo.end = s, res, u.end
	return res
}

func (a *analysis) scanContentEnd(s int, u unit) int {
	for i := s + 1; i < u.end; i++ {
		if !a.outside(i) {
			continue
		}
		t := a.toks[i].Text
		if t == ";" || t == ":" && a.frameAfterColon(i, u) {
			return i
		}
		if a.isComma(i) && i+1 < u.end && a.mainResumes(i+1) {
			return i // Nachdem er gefragt wurde, was …, entgegnete er: the main clause goes on
		}
		if a.isComma(i) && i+1 < u.end {
			switch a.key(i + 1) {
			case "denn", "doch", "aber", "jedoch", "allerdings", "während", "sodass", "zumal", "weshalb", "woraufhin":
				subj := false
				for k := i + 2; k < u.end && k < i+14 && !a.isComma(k); k++ {
					subj = subj || a.subj[k]
				}
				if !subj {
					return i
				}
			}
		}
	}
	return u.end
}

// framed is a frame clause with the content it introduces.
type framed struct {
	frame   rng
	content []rng
	direct  bool
	post    bool // the frame follows its content
	weak    bool // a verb-second clause in the indicative: only after verbs of saying
}

// frameContent finds the content of the frame clause [cs,ce) whose verb is at v:
// after a colon, a content clause after a comma (dass, ob, w-, or a verb-second
// clause in the subjunctive), a quotation right after, or, for a frame that opens
// with its verb after a comma, everything before it.
func (a *analysis) frameContent(ui, cs, ce, v int) *framed {
	u := a.units[ui]
	toks := a.toks
	if ce < u.b && toks[ce].Kind == aussage.Punct && toks[ce].Text == ":" {
		if ce+1 >= u.end || a.colonFrameAhead(ce+1, u) {
			// the quote follows in the next paragraph, or a frame of its own after
			// the colon takes it (kritisierte scharf: So sagte X: „…“)
			return a.keepFramed(framed{frame: rng{cs, ce + 1}, direct: true})
		}
		return a.keepFramed(framed{frame: rng{cs, ce + 1}, content: []rng{{ce + 1, u.end}}, direct: true})
	}
	if ce < u.end && toks[ce].Kind == aussage.QuoteOpen {
		if q := a.inQ[ce]; q >= 0 && a.kinds[q] == SpeechQuote {
			return a.keepFramed(framed{frame: rng{cs, ce}, content: []rng{{ce, a.quotes[q].close + 1}}, direct: true})
		}
	}
	if ce == u.end && ce < len(toks) && toks[ce].Kind == aussage.QuoteOpen && a.probe(cs, ce, probeWorten) >= 0 {
		// zitiert ihn mit den Worten „…“: the quotation is a sentence of its own,
		// which the frame takes like one after a colon
		if q := a.inQ[ce]; q >= 0 && a.kinds[q] == SpeechQuote {
			return a.keepFramed(framed{frame: rng{cs, ce}, direct: true})
		}
	}
	if ce < u.end && a.isComma(ce) {
		j := ce + 1
		// skip relative clauses and appositions: in dem Dokument, an dem … haben, dass …
		for n := 0; n < 3 && j < u.end && (a.relativeStart(j) || (a.is(j, cPrep) && a.relAfter(j+1, u.end))); n++ {
			k := j + 1
			for k < u.end && !a.isComma(k) {
				k++
			}
			if k >= u.end {
				break
			}
			j = k + 1
		}
		if j < u.end {
			switch {
			case a.word(j) && contentIntro[a.key(j)]:
				return a.keepFramed(framed{frame: rng{cs, ce + 1}, content: []rng{{j, a.contentEnd(j, u)}}})
			case toks[j].Kind == aussage.QuoteOpen:
				if cs-2 >= u.a && a.isComma(cs-1) && toks[cs-2].Kind == aussage.QuoteClose && v == cs {
					// „…“, stellte sie fest, „…“: one frame between two quotes
					if q := a.inQ[cs-2]; q >= 0 {
						return a.keepFramed(framed{frame: rng{cs - 1, ce + 1}, content: []rng{{a.quotes[q].open, cs - 1}, {j, u.end}}})
					}
				}
				return a.keepFramed(framed{frame: rng{cs, ce + 1}, content: []rng{{j, u.end}}})
			case a.verbSecondSubjunctive(j, u.end):
				return a.keepFramed(framed{frame: rng{cs, ce + 1}, content: []rng{{j, a.contentEnd(j, u)}}})
			case a.infinitiveClause(j, u.end):
				return a.keepFramed(framed{frame: rng{cs, ce + 1}, content: []rng{{j, a.contentEnd(j, u)}}})
			case a.verbSecondStart(j, u.end) && v > cs:
				// sagte, die Lage ist ernst: indirect speech in the indicative
				return a.keepFramed(framed{frame: rng{cs, ce + 1}, content: []rng{{j, a.contentEnd(j, u)}}, weak: true})
			}
		}
	}
	// the frame follows its content: „…“, sagte X. / …, vermuten Experten.
	if cs > u.a && v == cs || (cs > u.a && cs+1 < ce && (a.key(cs) == "so" || a.key(cs) == "erklärt")) {
		p := cs - 1
		if a.isComma(p) || toks[p].Kind == aussage.QuoteClose {
			start := u.a
			end := p
			if end > start {
				fr := rng{p, ce}
				if toks[p].Kind == aussage.QuoteClose {
					fr[0] = cs
					end = cs
				}
				if ce < u.end && a.isComma(ce) {
					fr[1] = ce + 1 // „…“, sagte sie, „…“: the frame takes the comma that closes it
				}
				return a.keepFramed(framed{frame: fr, content: []rng{{start, end}}, post: true})
			}
		}
	}
	return nil
}

// keepFramed returns f from a scratch value of the analysis, its content copied to
// the range arena: the caller uses the result before the next call, and keeps
// only the content.
func (a *analysis) keepFramed(f framed) *framed {
	a.fc = framed{frame: f.frame, content: a.rngs(f.content), direct: f.direct, post: f.post, weak: f.weak}
	return &a.fc
}

// rngs copies rs to the range arena and returns the copy, capped so that
// appending to it never writes into another list; nil if rs is empty.
func (a *analysis) rngs(rs []rng) []rng {
	if len(rs) == 0 {
		return nil
	}
	if cap(a.rngBuf)-len(a.rngBuf) < len(rs) {
		// the lists already handed out keep the old array; the new one doubles,
		// and the pool keeps it for the next text
		a.rngBuf = make([]rng, 0, max(len(rs), len(a.units), 2*cap(a.rngBuf)))
	}
	k := len(a.rngBuf)
	a.rngBuf = append(a.rngBuf, rs...)
	return a.rngBuf[k:len(a.rngBuf):len(a.rngBuf)]
}

// rng1 returns a list of the one range r, kept in the arena of rngs.
func (a *analysis) rng1(r rng) []rng { return a.rngs([]rng{r}) }

// relativeStart reports whether a relative clause starts at j, after a comma: a
// relative pronoun, not an article before its noun (…, die USA hielten sich …).
func (a *analysis) relativeStart(j int) bool {
	k := a.key(j)
	if !a.is(j, cRel) || !a.word(j) {
		return false
	}
	switch k {
	case "was", "wo":
		return false // erklärte, was er plane: a content clause
	case "welche", "welcher", "welches", "welchen", "welchem":
		if j+1 < len(a.toks) && (a.capWord(j+1) || a.lower(j+1) && hasAnySuffix(a.key(j+1), "e", "en", "er", "es", "em") && !a.finite(j+1)) {
			return false // fragte, welche Partei …: a question
		}
	}
	if a.is(j, cDet) && j+1 < len(a.toks) {
		// die USA hielten sich …: a noun phrase and a finite verb open a main clause;
		// das Extremisten-Websites begutachtet: the verb comes last, a relative clause
		if e := a.np(j, min(len(a.toks), j+8)); e > j+1 && e < len(a.toks) && (a.finite(e) || a.is(e, cAux) || a.subj[e]) {
			return false
		}
		if a.infinitiveClause(j, len(a.toks)) {
			return false // das Werk zu schließen
		}
	}
	return true
}

// relAfter reports whether token j, after a preposition, is a relative pronoun
// (in dem er …), not an article before its noun (unter den Verkäuferinnen seien …).
func (a *analysis) relAfter(j, end int) bool {
	return j < end && a.is(j, cRel) && !(a.is(j, cDet) && j+1 < end && a.capWord(j+1))
}

// verbSecondStart reports whether a clause at j can be a main clause: not a relative
// or adverbial clause, not a coordinated phrase.
func (a *analysis) verbSecondStart(j, end int) bool {
	if j >= end || !a.word(j) {
		return false
	}
	k := a.key(j)
	switch {
	case a.is(j, cRel) && !a.is(j, cDet), a.is(j, cSub|cCoord), k == "um", k == "ohne", k == "sowie", k == "bis":
		return false
	case a.is(j, cPrep|cRel) && a.relAfter(j+1, end):
		return false
	case a.is(j, cRel) && j+1 < end && !a.capWord(j+1) && !a.lower(j+1):
		return false
	}
	// a finite verb must follow before the next comma
	for i := j + 1; i < end && i < j+12 && !a.isComma(i); i++ {
		if a.subj[i] || a.is(i, cAux) || hasAnySuffix(a.key(i), "t", "te", "ten") && a.lower(i) {
			return true
		}
	}
	return false
}

// infinitiveClause reports whether an infinitive clause with zu starts at j (forderte
// sie auf, das Haus nicht zu verlassen; kündigte an, erneut anzutreten).
func (a *analysis) infinitiveClause(j, end int) bool {
	if j < end && (a.key(j) == "um" || a.key(j) == "ohne" || a.key(j) == "statt" || a.key(j) == "anstatt") {
		return false // a purpose clause
	}
	for k := j; k < end && k < j+25; k++ {
		if a.isComma(k) {
			return false
		}
		if a.key(k) == "zu" && k+1 < end && a.lower(k+1) && hasAnySuffix(a.key(k+1), "en", "ern", "eln") {
			return k+2 >= end || a.boundary(k+2) || a.key(k+2) == "und"
		}
		if a.lower(k) && (k+1 >= end || a.boundary(k+1)) && zuInfinitive(a.key(k)) {
			return true
		}
	}
	return false
}

// zuInfinitive reports whether w is a separable verb's zu-infinitive (anzutreten).
func zuInfinitive(w string) bool {
	for _, p := range zuPrefixes {
		if strings.HasPrefix(w, p) && len(w) > len(p)+2 && hasAnySuffix(w, "en", "ern", "eln") {
			return true
		}
	}
	return false
}

// zuPrefixes are the separable particles with the zu of the infinitive after them.
var zuPrefixes = func() []string {
	var ps []string
	for _, p := range []string{"an", "auf", "aus", "ab", "bei", "ein", "mit", "nach", "vor", "zurück", "zu", "weiter", "fest", "her", "hin", "teil", "dar", "durch", "um", "wieder", "fort", "los", "heraus", "herbei", "hinzu", "vorbei"} {
		ps = append(ps, p+"zu")
	}
	return ps
}()

// verbSecondSubjunctive reports whether a main clause in the subjunctive starts at j
// (sagte, er sei …; erklärte, man habe …).
func (a *analysis) verbSecondSubjunctive(j, end int) bool {
	for k := j; k < end && k < j+12; k++ {
		if a.isComma(k) {
			return false
		}
		if a.subj[k] {
			return true
		}
	}
	return false
}

// verbFrames finds the frames built on a reporting verb.
func (a *analysis) verbFrames(ui int, d Detector) {
	u := a.units[ui]
	lo, hi := a.lists.span(listVerb, u.a, u.end)
	if lo == hi {
		return // no verb of saying: the auxiliaries are not sought either
	}
	auxs := a.lists.in(listAux, u.a, u.end)
	n := 0 // the auxiliaries before i
	// the cue words of the unit (analysis.cues), found at the first verb that
	// asks; 0 until then
	unitCues := uint32(0)
	for j, v := range a.lists.toks[listVerb][lo:hi] {
		i := int(v)
		for n < len(auxs) && int(auxs[n]) < i {
			n++
		}
		lastAux := -1 // the last auxiliary before i
		if n > 0 {
			lastAux = int(auxs[n-1])
		}
		if !a.outside(i) || a.claimed[i] {
			continue
		}
		if !a.lower(i) && i != u.a {
			continue // a noun (nach Angaben), not the verb; tested before the lookup
		}
		refs := &verbs.list[a.lists.readings[lo+j]] // every form of verbs.forms has a reading
		if i > u.a && (a.is(i-1, cDet) && i+1 < u.end && a.capWord(i+1) || a.key(i-1) == "zu") {
			continue // die verdächtigen Chemikalien; an seiner Regierung zu zweifeln
		}
		if i+1 < u.end && a.key(i+1) == "sich" && (a.key(i) == "meldete" || a.key(i) == "meldet" || a.key(i) == "meldeten") {
			continue // er meldete sich bei seinem Bruder: got in touch
		}
		// most verb forms of a text are read only with a particle or a fixed
		// phrase (stellte … fest, ging davon aus) that their unit lacks: they
		// frame nothing, and their clause is not sought
		if unitCues == 0 {
			unitCues = a.cues(u.a, u.end)
		}
		if !anyReading(refs.all, unitCues) {
			continue
		}
		cs, ce, block := a.clauseBlock(i, u)
		vu := u
		if block {
			// text without punctuation: the block is the verb's unit too, or its
			// frame would reach to the end of the unit
			vu = unit{a: cs, b: ce, end: ce, para: u.para}
		}
		byPass := refs.byPass[0]
		if lastAux >= cs {
			byPass = refs.byPass[1]
		}
		for _, ref := range byPass {
			if ref.need != 0 && a.clauseCues(cs, ce)&ref.need != ref.need {
				continue // the particle or the fixed phrase is not in the clause
			}
			if a.verbFrame(ui, vu, i, cs, ce, lastAux, ref, d) {
				break
			}
		}
	}
}

// anyReading reports whether a reading of refs finds the words it needs in a
// stretch of text with the cue words cues (formRef.need).
func anyReading(refs []formRef, cues uint32) bool {
	for _, r := range refs {
		if r.need&cues == r.need {
			return true
		}
	}
	return false
}

// maxClause is the longest clause, in tokens between boundaries, that is read as
// one (clauseBounds). News clauses are far shorter; a longer one comes from text
// without punctuation, where every verb's clause would be the whole text and the
// scans of it quadratic.
const maxClause = 256

// verbFrame builds the frame of the reporting verb at i read as ref, in its
// clause [cs,ce) (found once for all the readings of the verb) and unit u: unit
// ui, or in text without punctuation the block of the clause that holds i
// (clauseBounds). lastAux is the last auxiliary before i in the unit, -1 if none.
func (a *analysis) verbFrame(ui int, u unit, i, cs, ce, lastAux int, ref formRef, d Detector) bool {
	e := &verbs.entries[ref.entry]
	// the cue is gathered in a local array and copied only for a candidate that is
	// kept: most verb forms frame nothing
	var cueBuf [6]rng
	cue := append(cueBuf[:0], rng{i, i + 1})
	if i+1 < ce && a.key(i+1) == "sich" {
		cue[0][1] = i + 2 // äußerte sich
	}
	if ref.kind == finiteSplit && e.particle != "" {
		p := a.lastWord(cs, ce, e.particle)
		if p <= i {
			return false
		}
		cue = append(cue, rng{p, p + 1})
	}
	// the fixed words of the phrase (davon ausgehen, zu dem Schluss kommen)
	if n := len(e.fixed); n > 0 {
		found := a.fixedPhrase(cs, ce, ref.entry, i)
		if found < 0 {
			return false
		}
		cue = append(cue, rng{found, found + n})
	}
	// the finite verb
	f := i
	passive := false
	if ref.kind == nonFinite {
		f = -1
		if lastAux >= cs {
			f = lastAux
		}
		if f < 0 && i+1 < ce && a.is(i+1, cAux) {
			f = i + 1
		}
		if f < 0 {
			return false
		}
		// war … bezeichnet worden: the auxiliary of the perfect comes first, worden
		// after the participle makes it passive
		passive = (passiveAux[a.key(f)] || i+1 < ce && a.key(i+1) == "worden") && !e.prepSrc
		if passive && i+1 < ce && a.key(i+1) == "worden" && cue[0][1] == i+1 {
			cue[0][1] = i + 2 // bezeichnet worden
		}
		if strings.Contains(a.key(i), "zu") && (a.key(f) == "ist" || a.key(f) == "sind" || a.key(f) == "war" || a.key(f) == "waren") {
			return false // ist davon auszugehen: the author's own inference
		}
		cue = append(cue, rng{f, f + 1})
	}
	sortRanges(cue)
	// the clause type: verb-final after a subordinator or relative, else verb second
	vl := false
	s0 := cs
	for s0 < ce && (a.is(s0, cCoord)) {
		s0++
	}
	afterComma := s0 == cs && cs > u.a && a.isComma(cs-1)
	asPrep := a.key(s0) == "als" && f+1 < ce && a.np(f+1, ce) > f+1 // Als Begründung sagte ein Wissenschaftler
	// Seit August sagt er: a preposition that can open a clause too, with its
	// phrase up to a finite verb that a subject follows
	asPrep = asPrep || s0 < f && a.is(s0, cPrep) && a.phraseTo(s0+1, f) && f+1 < ce && a.np(f+1, ce) > f+1
	if k := a.key(s0); s0 < ce && a.word(s0) && !asPrep && (a.is(s0, cSub) || (afterComma && a.is(s0, cRel)) ||
		(a.is(s0, cPrep) && s0+1 < ce && a.is(s0+1, cRel) && afterComma)) {
		vl = true
		switch k {
		case "wenn", "falls", "ob", "sofern", "damit", "um", "bevor":
			return false // hypothetical or purpose: no report
		}
		if a.is(s0, cPrep) {
			s0 += 2
		} else {
			s0++
		}
	}
	if !vl && f == s0+1 && a.key(s0) == "es" && !e.prepSrc && ref.kind != nonFinite {
		return false // Es drohe eine Erwärmung: an expletive subject speaks no words
	}
	neg := e.class == Negative
	if k, _ := slices.BinarySearch(a.negs, cs); k < len(a.negs) && a.negs[k] < ce {
		neg = !neg || e.class == Negative // a negator in the clause
	}
	var sp, relay, addr rng
	switch {
	case e.prepSrc:
		for _, c := range cue {
			if end := a.np(c[1], ce); c[1] < ce && a.key(c[1]-1) == e.fixed[len(e.fixed)-1] && end > c[1] {
				sp = rng{c[1], end}
			}
		}
	case vl:
		for s0 < f && a.is(s0, cAdv) {
			s0++
		}
		if end := a.np(s0, min(f, i)); end > s0 {
			sp = rng{s0, end}
		}
		if afterComma && a.relativeSubject(cs, min(f, i), sp) {
			sp = rng{cs, cs + 1} // …, der die Proteste als „…“ bezeichnete: the pronoun speaks
		}
	default:
		vf := a.ownField(rng{s0, f})
		if vf.empty() && cs > u.a && a.isComma(cs-1) {
			// the subject with an apposition or a relative clause before the verb:
			// John Kline, ein Abgeordneter, sagte / Frank Sichau, der … fungiert, erklärte
			st := a.appositionStart(cs-1, u)
			if e := a.np(st, cs); e == cs-1 && a.subjectLike(rng{st, e}) {
				vf, cs = rng{st, e}, st
			} else if e > st && e < cs-1 && a.isComma(e) && e+1 < cs && a.subjectLike(rng{st, e}) && st == u.a &&
				(a.is(e+1, cRel) || a.verbless(e+1, cs-1)) {
				// Frank Sichau, der … fungiert, erklärte / Erich Stamminger, zuständig für das US-Geschäft, hatte
				vf, cs = rng{st, e}, st
			} else if st < cs-2 && focusParticles[a.key(st)] && a.subjectLike(rng{st + 1, cs - 1}) && a.verbless(st+1, cs-1) {
				// Auch die Delegationsleiterin, Sharon Hayes, äußerte sich
				vf, cs = rng{st + 1, cs - 1}, st
			} else if st == u.a && cs-1-st <= 10 && a.subjectLike(rng{st, cs - 1}) && a.verbless(st, cs-1) {
				// Der Doktorvater zu Guttenbergs, Peter Häberle, erklärte
				vf, cs = rng{st, cs - 1}, st
			} else if j := a.joinedSubject(cs, u); !j.empty() {
				// X wies das zurück, die Sprecherin, Maria Keller, erklärte
				vf, cs = j, j[0]
			} else if st == u.a && a.subjectLike(rng{st, cs - 1}) && a.bareNounPhrase(rng{st, cs - 1}) {
				// Die Expertin von Bündnis 90/Die Grünen, Petra Lang, kritisierte: a
				// longer subject with its apposition
				vf, cs = rng{st, cs - 1}, st
			}
		}
		if vf[1]-vf[0] > 1 && focusParticles[a.key(vf[0])] {
			vf[0]++ // Auch der Schiedsrichter kritisierte
		}
		if !vf.empty() && a.subjectLike(vf) {
			sp = a.trimAdverbs(vf)
			if !passive && e.lemma != "zitieren" {
				sp = a.chooseSubject(sp, f, ce) // Die Anwendung stellte der Vorsitzende in Frage
			}
		} else if !passive || e.lemma == "zitieren" {
			sp = a.postSubject(f, ce) // erklärte gestern ein Sprecher; not sagte dem Spiegel
		}
		if e.lemma == "zitieren" && !passive {
			// the subject relays, the object is quoted: die Staatsmedien zitierten ihn
			j := max(f+1, sp[1])
			if sp[0] > f {
				j = sp[1]
			}
			for j < ce && a.is(j, cAdv) {
				j++
			}
			if end := a.np(j, ce); end > j {
				relay, sp = sp, rng{j, end}
			}
		}
	}
	if !sp.empty() && !passive && !vl && f-1 > cs && a.is(f-1, cCoord) && sp[1] >= f-1 {
		if a.mainVerb(cs, f-1) >= 0 {
			sp = rng{} // Er halte es für vertretbar und bezeichnete: the first field is a conjunct of its own
		} else if g := a.firstFinite(u.a, cs); g > u.a {
			// So hat sich die Vorsitzende, Eva Kern, gegen den Plan ausgesprochen und
			// behauptet: two participles of one auxiliary share its subject
			var pre rng
			if vf := (rng{u.a, g}); a.subjectLike(vf) {
				pre = a.trimAdverbs(vf)
			}
			sp = a.chooseSubject(pre, g, cs)
		} else {
			sp = rng{} // a phrase that runs up to und is no subject
		}
	}
	if sp.empty() && !passive && !vl && f-1 > cs && a.is(f-1, cCoord) {
		// the subject of the conjunct before: war er hochgeschreckt und hatte gefragt
		if g := a.mainVerb(cs, f-1); g >= 0 {
			var pre rng
			if vf := (rng{cs, g}); a.subjectLike(vf) {
				pre = a.trimAdverbs(vf)
			}
			sp = a.chooseSubject(pre, g, f-1)
		} else if a.lower(cs) && a.finite(cs) {
			// the first conjunct opens with its verb after an adverbial clause: Als …
			// eilte, biss der Randalierer den Fluggast und rief
			sp = a.postSubject(cs, f-1)
		}
	}
	borrowed := false // the speaker is the subject of another clause
	if sp.empty() && !passive && !vl && s0 == f && cs > u.a && a.isComma(cs-1) {
		// X wollte sich nicht festlegen, sagte aber, …: a verb after a comma with
		// no subject of its own shares the subject of the clause that opens the unit
		if s := a.unitSubject(u); !s.empty() && s[1] < cs {
			sp, borrowed = s, true
		}
	}
	if sp.empty() && (passive || e.lemma == "verlauten" || !vl && !a.subjectLike(rng{s0, f})) {
		// an anonymous circle as the origin: aus Regierungskreisen verlautete, dass …
		if j := a.probe(cs, ce, probeAus); j >= 0 {
			if end := a.np(j+1, ce); end > j+1 && (kindOf(a.key(end-1)) == Anonymous || e.lemma == "verlauten") {
				sp = rng{j, end}
			}
		}
	}
	for _, c := range cue {
		if c[0] > sp[0] && c[0] < sp[1] {
			sp[1] = c[0] // spricht die Polizei von …: the cue's own word ends the speaker
		}
	}
	if !sp.empty() && a.key(sp[0]) == "man" && a.probe(cs, ce, probeModal) >= 0 {
		return false // man darf vermuten: the author hedges
	}
	if j := a.probe(cs, ce, probeWorten); j >= 0 {
		cue = append(cue, rng{j, j + 3}) // mit den Worten
		sortRanges(cue)
	}
	if j := a.probe(cs, ce, probeGegenueber); j >= 0 {
		if end := a.np(j+1, ce); end > j+1 {
			addr = rng{j + 1, end}
		}
	}
	if addr.empty() && e.medium != Thought {
		addr = a.addressee(e, f, i, cs, ce, sp, passive)
	}
	fc := a.frameContent(ui, cs, ce, f)
	if fc == nil && f == s0+1 && s0 == u.a && ui > 0 && a.units[ui-1].para == u.para && ce >= u.end && !vl && !passive &&
		(a.key(s0) == "dies" || a.key(s0) == "das" || a.key(s0) == "dieses") {
		// Dies teilte X mit: the frame follows the content in a sentence of its own
		p := a.units[ui-1]
		fc = &framed{frame: rng{f, ce}, content: []rng{{p.a, p.b}, {s0, s0 + 1}}, post: true}
		if j := f + 1; sp.empty() || sp[0] == s0 {
			sp = rng{}
			if end := a.np(j, ce); end > j {
				sp = rng{j, end}
			}
		}
		if sp.empty() {
			fc = nil
		}
	}
	fromAgent := false // the speaker is the agent of the passive (vom Minister, in den Medien)
	if passive && !quotingPassive(e.lemma) && !vl && (sp.empty() || sp[1] <= f) {
		// Der Plan wurde vom Minister als „…“ bezeichnet: the subject of a passive is
		// what is named, its agent who names it
		if ag := a.passiveAgent(cs, ce); !ag.empty() {
			sp, fromAgent = ag, true
		}
	}
	c := cand{typ: Indirect, unit: ui, speaker: sp, relay: relay, addr: addr, entry: ref.entry, lemma: e.lemma,
		neg: neg, inherit: -1}
	if passive && sp.empty() {
		// the agent of a passive frame: wurde von der Polizei bestätigt
		if j := a.probe(cs, ce, probeAgent); j >= 0 {
			if end := a.np(j+1, ce); end > j+1 {
				sp = rng{j + 1, end}
			}
		}
		c.speaker = sp
	}
	if passive && e.lemma == "zitieren" {
		// X wird von der Zeitung (in einer Erklärung) zitiert: the agent relays
		for j := cs; j+1 < ce; j++ {
			if k := a.key(j); (k == "von" || k == "vom" || k == "in" || k == "im") && (j >= sp[1] || j < sp[0]) {
				if end := a.np(j+1, ce); end > j+1 {
					c.relay = rng{j + 1, end}
				}
				break
			}
		}
	}
	shortPassive := passive && ce-cs <= 4 && e.content && e.class != Directive
	if fc != nil && fc.post && !a.postFrameOK(fc) {
		fc = nil
	}
	// a passive with its agent names the speaker: von der Regierung angekündigt
	agent := passive && !sp.empty() && sp[0] > cs && (a.key(sp[0]-1) == "von" || a.key(sp[0]-1) == "vom")
	// or the medium or document it appeared in (war in den Medien als „Geschäft des
	// Jahrhunderts“ bezeichnet worden), unless a quoted fragment is all it says
	agent = agent || fromAgent && !vl && !a.shortQuoteIn(ce, u.end) && !a.shortQuoteIn(min(f, i)+1, ce)
	quoting := e.lemma == "zitieren" // „…“, zitiert die Zeitung X / wird X zitiert
	if fc != nil && fc.post && !shortPassive && (passive && !quoting || vl || sp.empty() || sp[0] < f || ce-sp[1] > 14 || !e.content && !quoting || e.class == Directive) {
		fc = nil // a frame after its content is short: verb, speaker, a few adjuncts
	}
	if fc != nil && !fc.direct && !fc.post && !e.content && e.lemma != "zitieren" {
		fc = nil
	}
	if fc != nil && fc.weak && (e.medium == Thought || e.class == Directive || vl || ce-max(f, sp[1], i)-1 > 3) {
		fc = nil // erklärte die Ausschreibung für fehlerhaft, …: an object, no report
	}
	switch {
	case fc != nil && (fc.content != nil || fc.direct):
		c.frame = a.rng1(fc.frame)
		c.content = fc.content
		c.pendColon = fc.direct && fc.content == nil
		if fc.direct {
			c.typ = Direct
		}
	case e.reported && !vl && (!passive || agent) && !d.NoReported:
		end := ce
		for end < u.end && !(a.isComma(end) && end+1 < u.end && a.is(end+1, cCoord)) {
			if a.isComma(end) && end+1 < u.end && (a.relativeStart(end+1) ||
				a.is(end+1, cPrep) && end+2 < u.end && a.is(end+2, cRel)) {
				break // a relative clause: …, in dem ein Gremium zu dem Schluss kommt
			}
			end++
		}
		c.typ = Reported
		c.frame = a.rng1(rng{cs, ce})
		// the clause naming the speech act is its content (die Gewerkschaft fordert
		// höhere Löhne); a speaker inside it stays out (Offiziell dementiert Kim …)
		c.content = a.minus(rng{s0, end}, []rng{sp})
		if !sp.empty() && sp[1] <= f {
			c.content = a.rng1(rng{s0, end})
		}
		if k := a.key(s0); e.prepSrc && f == s0+1 && (k == "das" || k == "dies" || k == "dieses") {
			// Das geht aus einem Bericht hervor: the content is the anaphor, which
			// points back to the sentence before (an author's claim in its own right)
			c.content = a.rng1(rng{s0, s0 + 1})
		}
		if len(c.content) == 0 || sp.empty() || borrowed {
			return false
		}
	case !vl && !sp.empty() && a.shortQuoteIn(ce, u.end):
		// bezeichnete ihn als „Gesindel“: the quoted words are the speaker's
		c.typ, c.hidden = Reported, true
		c.frame = a.rng1(rng{cs, ce})
		c.content = a.rng1(rng{ce, u.end})
	case !vl && !sp.empty() && a.shortQuoteIn(min(f, i)+1, ce):
		// hatte den Bericht als „falsch“ zurückgewiesen: the quote stands inside
		// the clause of the speech act
		c.typ, c.hidden = Reported, true
		c.frame = a.rng1(rng{cs, ce})
		c.content = a.rng1(rng{min(f, i) + 1, ce})
	case vl && !passive && !sp.empty() && a.shortQuoteIn(sp[1], min(f, i)):
		// weil die Regierung das Land als „junge Demokratie“ bezeichnet hat: the
		// quote before the verb at the end of the clause is the speaker's
		c.typ, c.hidden = Reported, true
		c.frame = a.rng1(rng{cs, ce})
		c.content = a.rng1(rng{sp[1], min(f, i)})
	case !vl && !passive && !sp.empty():
		// a speech act that is not reported itself still names the speaker that the
		// next sentences in the subjunctive go on quoting
		c.typ, c.hidden = Reported, true
	default:
		return false
	}
	c.cue = a.rngs(cue)
	if c.hidden && len(c.content) > 0 {
		// bezeichnete ihn als „Gesindel“: als belongs to the cue
		for j := c.content[0][0]; j+1 < u.end && j < c.content[0][0]+12; j++ {
			if a.key(j) == "als" && a.outside(j) {
				for k := j + 1; k < u.end && k <= j+3; k++ {
					if a.toks[k].Kind == aussage.QuoteOpen {
						c.cue = append(c.cue, rng{j, j + 1})
						sortRanges(c.cue)
						break
					}
				}
				break
			}
		}
	}
	for _, r := range c.frame {
		for j := r[0]; j < r[1]; j++ {
			a.claimed[j] = true
		}
	}
	a.addCand(c, i)
	return true
}

// postFrameOK checks a frame that follows its content: the content is no adverbial
// clause (Wenn …, droht ihm …; Da …, entschied sich …).
func (a *analysis) postFrameOK(fc *framed) bool {
	if len(fc.content) == 0 {
		return false
	}
	s := fc.content[0][0]
	k := a.key(s)
	return !(a.word(s) && (a.is(s, cSub) && !contentIntro[k] || k == "sollte" || k == "falls")) && !a.bareNounPhrase(fc.content[0])
}

// addressee finds to whom a speech act is addressed: the dative after a verb of
// saying (sagte der Zeitung, erklärte einem Angestellten), the accusative of a
// directive verb (forderte die Regierung auf), or, in the passive, the subject of a
// directive or the dative of vorwerfen (Ägypten wird aufgefordert; ihm wurde vorgeworfen).
func (a *analysis) addressee(e *verbEntry, f, i, cs, ce int, sp rng, passive bool) rng {
	directive := e.class == Directive || e.lemma == "vorwerfen" || e.lemma == "beschuldigen"
	if passive {
		if !directive || f == cs {
			return rng{}
		}
		if end := a.np(cs, f); end == f {
			return rng{cs, end}
		}
		return rng{}
	}
	j := f + 1
	if !sp.empty() && sp[0] == j {
		j = sp[1]
	}
	for j < ce && (a.is(j, cAdv) || a.key(j) == "sich") {
		j++
	}
	if j >= ce || j == i {
		return rng{}
	}
	k := a.key(j)
	ok := false
	switch {
	case dativeOpeners[k]:
		ok = true
	case k == "der" && !sp.empty() && sp[1] <= f && e.medium != Writing:
		ok = true // the subject stands first: sagte der Zeitung
	case directive && accusativeOpeners[k]:
		ok = true
	}
	if !ok {
		return rng{}
	}
	if end := a.np(j, ce); end > j {
		return rng{j, end}
	}
	return rng{}
}

// shortQuoteIn reports whether a quoted fragment that is not a title lies in [s,e).
// It looks only at the marks that opened such a quote when the quotes were
// classified (kinds change only away from ScareQuote), not at every token of a
// sentence of many frames.
func (a *analysis) shortQuoteIn(s, e int) bool {
	k, _ := slices.BinarySearch(a.scareOpens, s)
	for ; k < len(a.scareOpens) && a.scareOpens[k] < e; k++ {
		if a.kinds[a.inQ[a.scareOpens[k]]] == ScareQuote {
			return true
		}
	}
	return false
}

// colonFrames: a clause ending in a colon right before a quotation frames it even
// without a reporting verb (Die ersten Worte lauteten: „…“; Gauck äußerte sich
// positiv über seine Gastgeber: „…“). The frame is the whole main clause before the
// colon; its subject is the speaker, or, when the clause names no speaker (Seine
// Zuversicht gründet sich auf Erfahrungen: „…“), the speaker named just before.
func (a *analysis) colonFrames(ui int) {
	u := a.units[ui]
	var x colonIndex
	for _, c := range a.lists.in(listColon, u.a+1, u.end-1) {
		i := int(c)
		if a.claimed[i] || !a.outside(i) || a.toks[i+1].Kind != aussage.QuoteOpen || a.inQ[i+1] < 0 {
			continue
		}
		q := a.quotes[a.inQ[i+1]]
		cs := i
		for cs > u.a {
			if qi := a.inQ[cs-1]; qi >= 0 && !a.claimed[cs-1] && !a.boundary(cs-1) && a.quotes[qi].open < cs-1 {
				cs = a.quotes[qi].open // lenkte er die Fähre „Eagle“ zum Landeplatz und meldete sich: a name or term quoted in the clause
				continue
			}
			if a.claimed[cs-1] || !a.outside(cs-1) {
				if p := x.passable(a, ui, cs-1); p >= 0 && p < cs {
					cs = p
					continue
				}
				break
			}
			if a.sentenceStop(cs - 1) {
				break
			}
			cs--
		}
		if cs == i {
			continue
		}
		var sp rng
		cue := []rng{}
		if f := a.mainVerb(cs, i); f < 0 {
			if e := a.np(cs, i); e > cs && a.subjectLike(rng{cs, e}) {
				sp = rng{cs, e} // Bundesinnenminister Schäuble: „…“
			}
		} else {
			var pre rng
			if vf := (rng{cs, f}); a.subjectLike(vf) {
				if e := a.np(cs, f); e > cs {
					pre = a.trimAdverbs(rng{cs, f})
				}
			}
			sp = a.chooseSubject(pre, f, i)
			if a.speakerScore(sp) <= 0 {
				if vs := x.verbSpeaker(a, ui, f); !vs.empty() {
					sp = vs // Arni Berg, ein Vertreter des Vereins, kommentierte …: the subject before an apposition
				}
			}
			for j := f + 2; j < i; j++ {
				if a.is(j-1, cCoord) && a.lower(j) && a.finite(j) && a.outside(j) {
					f = j // lenkte er die Fähre und meldete sich mit den Worten: the verb of the last conjunct
				}
			}
			cue = append(cue, rng{f, f + 1})
			if f+1 < i && a.key(f+1) == "sich" {
				cue[0][1] = f + 2 // äußerte sich
			}
			for j := f + 1; j+2 < i; j++ {
				if a.key(j) == "mit" && (a.key(j+1) == "den" || a.key(j+1) == "folgenden") && (a.key(j+2) == "worten" || a.key(j+2) == "sätzen") {
					cue = append(cue, rng{j, j + 3})
					break
				}
			}
		}
		c := cand{typ: Direct, unit: ui, frame: a.rng1(rng{cs, i + 1}), speaker: sp, cue: a.rngs(cue), entry: -1,
			content: a.rng1(rng{q.open, q.close + 1}), inherit: -1}
		if cs > u.a && a.claimed[cs-1] {
			// X äußerte Vorbehalte und wagte die Prognose, …: „…“ – the colon
			// continues the frame just before, whose speaker says the quote
			c.speaker = rng{}
			for j := len(a.cands) - 1; j >= 0 && a.cands[j].unit == ui; j-- {
				if o := &a.cands[j]; len(o.frame) > 0 && o.frame[0][0] < cs && !o.speaker.empty() {
					c.inherit = j
					break
				}
			}
		} else if ps := a.colonPlace(sp, cs, i); !ps.empty() {
			c.speaker = ps // Im Gesetzentwurf steht der Passus: „…“ – the document says it
		} else if a.speakerScore(sp) <= 0 || a.fiBefore(cs, i) {
			// the clause names no speaker, or it is in Konjunktiv I and so reports
			// the speaker named just before (Die Pflichten seien klar festgelegt:
			// „…“): that speaker goes on
			c.speaker = rng{}
			c.inherit = a.lastSpeaker(len(a.cands), ui)
			if p := c.inherit; p >= 0 && a.cands[p].unit == ui && a.cands[p].prep && len(a.cands[p].frame) > 0 && a.cands[p].frame[0][0] >= cs {
				c.inherit = -1 // a relay inside this frame, which mergeRelays folds into it
			}
		}
		for j := cs; j <= i; j++ {
			a.claimed[j] = true
		}
		a.addCand(c, i)
	}
}

// colonPlace returns the document or medium that the colon frame [cs,i) names as
// the place of the words that follow (placeSource), when its subject sp names no
// speaker (der Passus, not a bare name: Berger sieht in dem Urteil eine
// Bestätigung: „…“ stays Berger's) and it is not in Konjunktiv I; empty otherwise.
func (a *analysis) colonPlace(sp rng, cs, i int) rng {
	if sc := a.speakerScore(sp); sc > 1 || sc == 1 && a.bareName(sp) || a.fiBefore(cs, i) {
		return rng{}
	}
	return a.placeSource(cs, -1, i, true)
}

// colonIndex holds what the colon frames of one unit look up in the candidates
// found before them, sorted for binary search and built on first use: a unit of
// many colons and frames would otherwise read all its candidates at each colon.
type colonIndex struct {
	built bool
	pass  []rng    // the frames a colon frame reaches back over, by start (see passable)
	cues  [][2]int // the cue tokens of the verb frames with a speaker, and their candidates, by token
}

func (x *colonIndex) build(a *analysis, ui int) {
	x.built = true
	for k := len(a.cands) - 1; k >= 0 && a.cands[k].unit == ui; k-- {
		c := &a.cands[k]
		if c.prep {
			switch c.lemma {
			case "laut", "gemäss", "zufolge", "unter Berufung auf", "wonach":
				if len(c.frame) > 0 {
					x.pass = append(x.pass, c.frame[0])
				}
			}
			continue
		}
		if c.speaker.empty() {
			continue
		}
		for _, cu := range c.cue {
			for t := cu[0]; t < cu[1]; t++ {
				x.cues = append(x.cues, [2]int{t, k})
			}
		}
	}
	slices.SortFunc(x.pass, func(p, q rng) int { return p[0] - q[0] })
	slices.SortStableFunc(x.cues, func(p, q [2]int) int { return p[0] - q[0] })
}

// passable returns the start of the frame of unit ui that holds token j, if a
// colon frame reaches back over it: a relay (X kommentierte laut news.example.org
// mit folgenden Worten: „…“ – mergeRelays makes the site the relay) or the wonach
// of a content clause (Er schließt sich dem Verdacht an, wonach …: „…“ – the quote
// is the words of the main clause's subject, not of the report); -1 otherwise.
func (x *colonIndex) passable(a *analysis, ui, j int) int {
	if !x.built {
		x.build(a, ui)
	}
	k, _ := slices.BinarySearchFunc(x.pass, j+1, func(r rng, t int) int { return r[0] - t }) // first start > j
	if k > 0 && j < x.pass[k-1][1] {
		return x.pass[k-1][0]
	}
	return -1
}

// verbSpeaker returns the speaker that the verb frame of unit ui with its finite
// verb at f found, where a colon frame over the same clause finds none (the
// subject with an apposition before the verb); empty if there is none. Of two
// frames with f in their cue, the one found last wins, as a scan back would find it.
func (x *colonIndex) verbSpeaker(a *analysis, ui, f int) rng {
	if !x.built {
		x.build(a, ui)
	}
	k, ok := slices.BinarySearchFunc(x.cues, f, func(c [2]int, t int) int { return c[0] - t })
	if !ok {
		return rng{}
	}
	return a.cands[x.cues[k][1]].speaker
}

// fiBefore reports whether the main clause in [s,e) has its finite verb in
// Konjunktiv I (or reportative sollen), the mark of free indirect speech.
func (a *analysis) fiBefore(s, e int) bool {
	f := a.mainVerb(s, e)
	return f >= 0 && a.fi[f]
}

// sentenceStop reports whether token i ends a stretch of text that a colon frame
// cannot reach back over: a sentence end, a semicolon or colon, or a quotation mark
// of speech.
func (a *analysis) sentenceStop(i int) bool {
	switch t := a.toks[i]; t.Kind {
	case aussage.Punct:
		switch t.Text {
		case ".":
			return !a.abbr[i] // am 20. Juli: the dot of an ordinal or abbreviation ends nothing
		case "!", "?", ";", ":":
			return true
		}
	case aussage.QuoteOpen, aussage.QuoteClose:
		return a.boundary(i)
	}
	return false
}

// lastSpeaker returns the nearest candidate before n that names a speaker or
// inherits one, in unit ui, the five units before it and the paragraph before; -1
// if none.
func (a *analysis) lastSpeaker(n, ui int) int {
	for j := n - 1; j >= 0 && a.cands[j].unit >= ui-5 && a.units[a.cands[j].unit].para >= a.units[ui].para-1; j-- {
		if p := &a.cands[j]; !p.speaker.empty() || p.inherit >= 0 {
			return j
		}
	}
	return -1
}

// minus returns r without the ranges in cut.
func (a *analysis) minus(r rng, cut []rng) []rng {
	// the pieces live in local arrays while they are cut; the answer goes to the arena
	var bufs [2][4]rng
	out, spare := append(bufs[0][:0], r), bufs[1][:0]
	for _, f := range cut {
		if f.empty() {
			continue
		}
		next := spare[:0]
		for _, x := range out {
			if f[1] <= x[0] || f[0] >= x[1] {
				next = append(next, x)
				continue
			}
			if x[0] < f[0] {
				next = append(next, rng{x[0], f[0]})
			}
			if f[1] < x[1] {
				next = append(next, rng{f[1], x[1]})
			}
		}
		out, spare = next, out
	}
	return a.rngs(out)
}

// firstFinite returns the first lower-case finite verb outside quotations in
// [s,e), the verb of a verb-second clause that opens there; -1 if there is none.
func (a *analysis) firstFinite(s, e int) int {
	for i := s; i < e; i++ {
		if a.outside(i) && a.word(i) && a.lower(i) && a.finite(i) {
			return i
		}
	}
	return -1
}
