package claim

import (
	"slices"
	"sort"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/hedge"
	"github.com/aussage/aussage/internal/scratch"
)

// authorRuns fills x.runs with the original byte range of each run of author text
// that makes an author claim, in text order: in each sentence, each main clause with
// the clauses that depend on it, minus any content attributed to a source. A run
// counts if it has a finite verb ("sagte er" does, "Einem UN-Bericht zufolge" does
// not) or is a whole sentence (a headline). It needs the marks of markTokens. The
// runs are kept so that the claims slice can be sized exactly before they are built,
// without walking the tokens twice.
func (x *extraction) authorRuns() {
	// A run lies in one group between two covered ranges: the bound sizes the list
	// once, where appending grew a large text's list a quarter at a time.
	covered, runs := x.covered, slices.Grow(x.runs[:0], len(x.groups)+len(x.covered))
	first, lo := 0, 0 // the first covered range that ends after lo, a group's start
	for _, g := range x.groups {
		// The covered ranges are ordered and apart, so the first that ends in the
		// group is found by its end, and the group's runs lie between it and the
		// ones after it. The groups come in text order, so the search goes on from
		// the last group's answer.
		if g.lo < lo {
			first = 0
		}
		lo = g.lo
		for first < len(covered) && covered[first].hi <= g.lo {
			first++
		}
		c := first
		for a := g.lo; a < g.hi; {
			if c < len(covered) && covered[c].lo <= a {
				a = covered[c].hi
				c++
				continue
			}
			b := g.hi
			if c < len(covered) && covered[c].lo < b {
				b = covered[c].lo
			}
			if r, ok := x.run(a, b, g.sentence); ok {
				runs = append(runs, r)
			}
			a = b
		}
	}
	x.runs = runs
}

// run returns the author run of tokens [a, b), a stretch of a clause group between
// attributed contents, if it makes a claim (see authorRuns): from its first token
// that is not punctuation (not the comma after a quote), with a word, and with a
// finite verb unless it is the whole sentence.
func (x *extraction) run(a, b int, sentence [2]int) (aussage.Span, bool) {
	toks := x.t.Tokens()
	start := a
	for start < b && (toks[start].Kind == aussage.Punct || toks[start].Kind == aussage.Dash) {
		start++
	}
	word := start
	for word < b && toks[word].Kind != aussage.Word {
		word++
	}
	if word == b {
		return aussage.Span{}, false
	}
	if !(start == sentence[0] && b == sentence[1]) && !slices.Contains(x.finite[start:b], true) {
		return aussage.Span{}, false
	}
	return aussage.Span{Start: toks[start].Span.Start, End: toks[b-1].Span.End}, true
}

// A tokenRange is a half-open range of token indexes.
type tokenRange struct{ lo, hi int }

// markTokens computes x.covered (the tokens of attributed content, as ordered
// ranges that neither overlap nor touch), x.finite (the finite verbs) and x.groups
// (clauseGroups).
func (x *extraction) markTokens() {
	toks := x.t.Tokens()
	covered := x.covered[:0]
	// x.contents holds the used attributions' content spans ordered by start
	// (owners), so the first token that a content overlaps only moves forward, and
	// so does the start of its range of tokens. It is found by a galloping
	// search from the last one: in news text the contents are far apart, and
	// walking there read every token between; in a text of little but quotes
	// they are close, and a search of all the tokens left read far-off ones.
	first := 0
	for _, c := range x.contents {
		past := func(k int) bool { return toks[k].Span.End > c.span.Start }
		step := 1
		for first+step < len(toks) && !past(first+step) {
			first += step
			step *= 2
		}
		hi := min(first+step, len(toks)) // first <= the answer <= hi
		first += sort.Search(hi-first, func(k int) bool { return past(first + k) })
		// The end is found the same way from the first: a quote's content has
		// tens of tokens.
		end := first
		if end < len(toks) && toks[end].Span.Start < c.span.End {
			step := 1
			for end+step < len(toks) && toks[end+step].Span.Start < c.span.End {
				end += step
				step *= 2
			}
			// toks[end] starts before the content's end; the answer is in
			// (end, min(end+step, len(toks))].
			hi := min(end+step, len(toks))
			end++
			end += sort.Search(hi-end, func(k int) bool { return toks[end+k].Span.Start >= c.span.End })
		}
		switch n := len(covered); {
		case end == first: // between two tokens: covers none
		case n > 0 && first <= covered[n-1].hi:
			covered[n-1].hi = max(covered[n-1].hi, end)
		default:
			covered = append(covered, tokenRange{first, end})
		}
	}
	finite := scratch.Grow(x.finite, len(toks))
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
	// Each clause opens at most one group, and each sentence without clauses one:
	// the bound sizes the lists once.
	clauses, sents := x.t.Clauses(), x.t.Sentences()
	groups := slices.Grow(x.groups[:0], len(clauses)+len(sents))
	hasMain := slices.Grow(x.hasMain[:0], len(clauses)+len(sents)) // per group: it holds a main clause with a finite verb
	ci := 0
	for si, s := range sents {
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

// authorClaim builds into c, a zero Claim, the author's claim over original bytes
// [start, end).
func (x *extraction) authorClaim(c *Claim, start, end int) {
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
		x.authorChain = x.strs.Take(1)
		x.authorChain[0] = AuthorID
	}
	// Most author claims of a document have the same value (CT+): each shares
	// the values of the one before if they agree, as they share the chain.
	values := x.authorValues
	if values == nil || values[0].Value != v.value || values[0].Score != v.score {
		values = x.authorSlab.Take(1)
		values[0] = SourceValue{Source: AuthorID, Value: v.value, Score: v.score}
		x.authorValues = values
	}
	// One field at a time, for the reason given in attributed.
	c.Sentence, c.Span, c.Chain = sent, span, x.authorChain
	c.Factuality, c.Score, c.Polarity = v.value, v.score, Positive
	c.Hedges, c.Flags, c.Values = x.ints.Clone(idx), x.flagsS.Clone(flags), values
}
