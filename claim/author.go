package claim

import (
	"github.com/aussage/aussage"
	"github.com/aussage/aussage/hedge"
)

// authorRuns fills x.runs with the original byte range of each run of author text
// that makes an author claim, in text order: in each sentence, each main clause with
// the clauses that depend on it, minus any content attributed to a source. A run
// counts if it has a finite verb ("sagte er" does, "Einem UN-Bericht zufolge" does
// not) or is a whole sentence (a headline). It needs the marks of markTokens. The
// runs are kept so that the claims slice can be sized exactly before they are built,
// without walking the tokens twice.
func (x *extraction) authorRuns() {
	toks := x.t.Tokens()
	covered, finite := x.covered, x.finite
	runs := x.runs[:0]
	for _, g := range x.groups {
		start := -1
		words, verbs := 0, 0 // words is 0 or 1
		for i := g.lo; i <= g.hi; i++ {
			if i == g.hi || covered[i] {
				if start >= 0 && words > 0 && (verbs > 0 || (start == g.sentence[0] && i == g.sentence[1])) {
					runs = append(runs, aussage.Span{Start: toks[start].Span.Start, End: toks[i-1].Span.End})
				}
				start, words, verbs = -1, 0, 0
				continue
			}
			if start < 0 {
				if k := toks[i].Kind; k == aussage.Punct || k == aussage.Dash {
					continue // a run does not start with the comma after a quote
				}
				start = i
			}
			// Only whether the run has a word matters: once it has one, the
			// tokens need not be read, which in a long run saves most reads.
			if words == 0 && toks[i].Kind == aussage.Word {
				words = 1
			}
			if finite[i] {
				verbs++
			}
		}
	}
	x.runs = runs
}

// markTokens computes x.covered (the tokens of attributed content), x.finite (the
// finite verbs) and x.groups (clauseGroups).
func (x *extraction) markTokens() {
	toks := x.t.Tokens()
	covered := grow(x.covered, len(toks))
	clear(covered)
	// x.contents holds the used attributions' content spans ordered by start
	// (owners), so the first token that a content overlaps only moves forward.
	first := 0
	for _, c := range x.contents {
		for first < len(toks) && toks[first].Span.End <= c.span.Start {
			first++
		}
		for i := first; i < len(toks) && toks[i].Span.Start < c.span.End; i++ {
			covered[i] = true
		}
	}
	finite := grow(x.finite, len(toks))
	clear(finite)
	for _, v := range x.t.Verbs() {
		finite[v.Token] = true
	}
	x.covered, x.finite = covered, finite
	x.clauseGroups(finite)
}

// A clauseGroup is a half-open range of token indexes in one sentence.
type clauseGroup struct {
	lo, hi   int
	sentence [2]int // the sentence's tokens
}

// clauseGroups groups each sentence's clauses: every main clause opens a group, and
// the clauses that depend on it join the group (those before the first main clause
// join the first one). The slice is scratch, valid until the next call.
func (x *extraction) clauseGroups(finite []bool) []clauseGroup {
	groups := x.groups[:0]
	hasMain := x.hasMain[:0] // per group: it holds a main clause with a finite verb
	clauses := x.t.Clauses()
	ci := 0
	for si, s := range x.t.Sentences() {
		first := len(groups)
		for ; ci < len(clauses) && clauses[ci].Sentence < si; ci++ {
		}
		for ; ci < len(clauses) && clauses[ci].Sentence == si; ci++ {
			c := &clauses[ci]
			last := len(groups) - 1
			// A main clause without a finite verb is the first part of one that a
			// parenthesis interrupts: "Die Miliz Islamischer Staat (IS) steht …".
			isMain := c.Kind == aussage.MainClause && hasFinite(finite, c.Tokens)
			if last < first || (isMain && hasMain[last]) {
				groups = append(groups, clauseGroup{c.Tokens[0], c.Tokens[1], s.Tokens})
				hasMain = append(hasMain, isMain)
				continue
			}
			groups[last].lo = min(groups[last].lo, c.Tokens[0])
			groups[last].hi = max(groups[last].hi, c.Tokens[1])
			hasMain[last] = hasMain[last] || isMain
		}
		if len(groups) == first { // no clauses: the sentence is one group
			groups = append(groups, clauseGroup{s.Tokens[0], s.Tokens[1], s.Tokens})
			hasMain = append(hasMain, true)
		}
		// Tokens between clauses (punctuation) belong to the group before them.
		for g := first; g < len(groups); g++ {
			if g+1 < len(groups) {
				groups[g].hi = groups[g+1].lo
			} else {
				groups[g].hi = s.Tokens[1]
			}
		}
		groups[first].lo = s.Tokens[0]
	}
	x.groups, x.hasMain = groups, hasMain
	return groups
}

func hasFinite(finite []bool, toks [2]int) bool {
	for i := toks[0]; i < toks[1]; i++ {
		if finite[i] {
			return true
		}
	}
	return false
}

// authorClaim builds the author's claim over original bytes [start, end).
func (x *extraction) authorClaim(start, end int) Claim {
	span := aussage.Span{Start: start, End: end}
	idx := x.authorCuesIn(span)
	mine := x.mine[:0]
	for _, ci := range idx {
		mine = append(mine, x.cues[ci])
	}
	x.mine = mine
	sent := x.sentenceOf(start)
	question := x.d.Sentences[sent].End-end < 4 &&
		endsWithQuestion(x.t, aussage.Span{Start: start, End: x.d.Sentences[sent].End})
	v := compose(hedge.CTPlus, mine, question, false, x.flags[:0])
	flags := v.flags
	for _, h := range mine {
		if h.Class == hedge.Impersonal && h.Value == hedge.CTPlus {
			flags = appendFlag(flags, Unsourced) // Bekannt ist, dass …
		}
	}
	x.flags = flags
	if x.authorChain == nil {
		x.authorChain = x.strs.take(1)
		x.authorChain[0] = AuthorID
	}
	values := x.values.take(1)
	values[0] = SourceValue{Source: AuthorID, Value: v.value, Score: v.score}
	return Claim{
		Sentence:   sent,
		Span:       span,
		Chain:      x.authorChain,
		Factuality: v.value,
		Score:      v.score,
		Polarity:   Positive,
		Hedges:     x.ints.clone(idx),
		Flags:      x.flagsS.clone(flags),
		Values:     values,
	}
}
