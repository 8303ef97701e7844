package claim

import (
	"sort"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/hedge"
)

// authorClaims builds the author's own claims: in each sentence, each main clause
// with the clauses that depend on it, minus any content attributed to a source. A run
// of author text counts if it has a finite verb ("sagte er" does, "Einem UN-Bericht
// zufolge" does not) or is a whole sentence (a headline).
func (x *extraction) authorClaims() {
	toks := x.t.Tokens()
	// covered[i]: token i is attributed content or part of a carrying frame's cue.
	covered := make([]bool, len(toks))
	for i, a := range x.res.Attributions {
		if !x.used[i] {
			continue
		}
		for _, c := range a.Content {
			x.markTokens(covered, c)
		}
	}
	finite := make([]bool, len(toks))
	for _, v := range x.t.Verbs() {
		finite[v.Token] = true
	}
	for _, g := range x.clauseGroups(finite) {
		start := -1
		words, verbs := 0, 0
		flush := func(end int) {
			if start >= 0 && words > 0 && (verbs > 0 || (start == g.sentence.Tokens[0] && end == g.sentence.Tokens[1])) {
				x.claims = append(x.claims, x.authorClaim(toks[start].Span.Start, toks[end-1].Span.End))
			}
			start, words, verbs = -1, 0, 0
		}
		for i := g.lo; i < g.hi; i++ {
			if covered[i] {
				flush(i)
				continue
			}
			if start < 0 {
				if toks[i].Kind == aussage.Punct || toks[i].Kind == aussage.Dash {
					continue // a run does not start with the comma after a quote
				}
				start = i
			}
			if toks[i].Kind == aussage.Word {
				words++
			}
			if finite[i] {
				verbs++
			}
		}
		flush(g.hi)
	}
}

// markTokens marks the tokens that overlap span s.
func (x *extraction) markTokens(covered []bool, s aussage.Span) {
	toks := x.t.Tokens()
	for i := sort.Search(len(toks), func(i int) bool { return toks[i].Span.End > s.Start }); i < len(toks) && toks[i].Span.Start < s.End; i++ {
		covered[i] = true
	}
}

// A clauseGroup is a half-open range of token indexes in one sentence.
type clauseGroup struct {
	lo, hi   int
	sentence aussage.Sentence
}

// clauseGroups groups each sentence's clauses: every main clause opens a group, and
// the clauses that depend on it join the group (those before the first main clause
// join the first one).
func (x *extraction) clauseGroups(finite []bool) []clauseGroup {
	var groups []clauseGroup
	var hasMain []bool // per group: it holds a main clause with a finite verb
	clauses := x.t.Clauses()
	ci := 0
	for si, s := range x.t.Sentences() {
		first := len(groups)
		for ; ci < len(clauses) && clauses[ci].Sentence < si; ci++ {
		}
		for ; ci < len(clauses) && clauses[ci].Sentence == si; ci++ {
			c := clauses[ci]
			last := len(groups) - 1
			// A main clause without a finite verb is the first part of one that a
			// parenthesis interrupts: "Die Miliz Islamischer Staat (IS) steht …".
			isMain := c.Kind == aussage.MainClause && hasFinite(finite, c.Tokens)
			if last < first || (isMain && hasMain[last]) {
				groups = append(groups, clauseGroup{c.Tokens[0], c.Tokens[1], s})
				hasMain = append(hasMain, isMain)
				continue
			}
			groups[last].lo = min(groups[last].lo, c.Tokens[0])
			groups[last].hi = max(groups[last].hi, c.Tokens[1])
			hasMain[last] = hasMain[last] || isMain
		}
		if len(groups) == first { // no clauses: the sentence is one group
			groups = append(groups, clauseGroup{s.Tokens[0], s.Tokens[1], s})
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

// authorChain returns a fresh ["author"] chain, cut from a shared block with its
// capacity capped, so that appending to one claim's chain never touches another's.
func (x *extraction) authorChain() []string {
	if len(x.authorChains) == 0 {
		x.authorChains = make([]string, len(x.d.Sentences)+1)
		for i := range x.authorChains {
			x.authorChains[i] = AuthorID
		}
	}
	c := x.authorChains[:1:1]
	x.authorChains = x.authorChains[1:]
	return c
}

// authorValue returns v as a one-element list, cut like authorChain's.
func (x *extraction) authorValue(v SourceValue) []SourceValue {
	if len(x.authorValues) == 0 {
		x.authorValues = make([]SourceValue, len(x.d.Sentences)+1)
	}
	x.authorValues[0] = v
	vs := x.authorValues[:1:1]
	x.authorValues = x.authorValues[1:]
	return vs
}

// authorClaim builds the author's claim over original bytes [start, end).
func (x *extraction) authorClaim(start, end int) Claim {
	span := aussage.Span{Start: start, End: end}
	var mine []hedge.Cue
	var idx []int
	for _, ci := range x.authorCuesIn(span) {
		c := x.cues[ci]
		mine = append(mine, c)
		idx = append(idx, ci)
	}
	sent := x.sentenceOf(start)
	question := endsWithQuestion(x.t, aussage.Span{Start: start, End: x.d.Sentences[sent].End}) &&
		x.d.Sentences[sent].End-end < 4
	v := compose(hedge.CTPlus, mine, question, false)
	c := Claim{
		Sentence:   sent,
		Span:       span,
		Chain:      x.authorChain(),
		Factuality: v.value,
		Score:      v.score,
		Polarity:   Positive,
		Hedges:     idx,
		Flags:      v.flags,
		Values:     x.authorValue(SourceValue{Source: AuthorID, Value: v.value, Score: v.score}),
	}
	for _, h := range mine {
		if h.Class == hedge.Impersonal && h.Value == hedge.CTPlus {
			c.Flags = appendFlag(c.Flags, Unsourced) // Bekannt ist, dass …
		}
	}
	return c
}
