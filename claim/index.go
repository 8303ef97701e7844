package claim

import (
	"slices"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/internal/scratch"
)

// The lookups below replace scans of every cue or every attribution per claim, which
// made claim building quadratic in the length of a document (a 10 MB text took
// minutes). Each keeps the result of the scan it replaces, including its order.

// A spanIndex finds, among a set of labelled spans, those that overlap a query span.
type spanIndex struct {
	spans  []labelled // sorted by start
	maxLen int        // the longest span, which bounds how far back an overlap can start
}

// A labelled is a span of a spanIndex with its label.
type labelled struct {
	aussage.Span
	label int
}

func (ix *spanIndex) add(s aussage.Span, label int) {
	ix.spans = append(ix.spans, labelled{s, label})
	ix.maxLen = max(ix.maxLen, s.Len())
}

// sort orders the spans by start; call it after the last add. The order of spans
// with the same start does not matter to the lookups. The spans come nearly in
// order, a few of each attribution out of it (its speaker before its cue), which an
// insertion sort puts right in about one pass; if it has to move them far after
// all, pdqsort takes over. Both sort in place: a buffer as large as the index
// would add to the peak memory of a large text.
func (ix *spanIndex) sort() {
	s := ix.spans
	budget := 4*len(s) + 64 // moves
	for i := 1; i < len(s); i++ {
		e, j := s[i], i
		for ; j > 0 && s[j-1].Start > e.Start; j-- {
			s[j] = s[j-1]
		}
		s[j] = e
		if budget -= i - j; budget < 0 {
			slices.SortFunc(s, func(a, b labelled) int { return a.Start - b.Start })
			return
		}
	}
}

// overlapping calls f with the label of every span that overlaps q, until f returns
// false. A span overlapping q ends after q.Start, so it starts after q.Start-maxLen:
// only the spans starting in (q.Start-maxLen, q.End) are checked.
func (ix *spanIndex) overlapping(q aussage.Span, f func(label int) bool) {
	// sort.Search written out, without its call of a closure per step: every
	// attribution's frame and every cue looks up here.
	lo, hi, from := 0, len(ix.spans), q.Start-ix.maxLen
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if ix.spans[h].Start > from {
			hi = h
		} else {
			lo = h + 1
		}
	}
	for k := lo; k < len(ix.spans) && ix.spans[k].Start < q.End; k++ {
		if ix.spans[k].Overlaps(q) && !f(ix.spans[k].label) {
			return
		}
	}
}

// overlapsAny reports whether any of spans overlaps a span of the index.
func (ix *spanIndex) overlapsAny(spans []aussage.Span) bool {
	found := false
	for _, s := range spans {
		ix.overlapping(s, func(int) bool { found = true; return false })
		if found {
			return true
		}
	}
	return false
}

// A content is one span of a carrying attribution's content.
type content struct {
	span aussage.Span
	attr int
}

// owners computes x.owner: per cue, the carrying attribution with the smallest content
// that holds all of the cue's spans, or -1 (the first such attribution on a tie; a
// cue without spans, which the hedge package never makes, has none). A sweep over the cues in order of their first
// span keeps the content spans that reach that position; only those can hold the
// cue, and in a text they are as many as attributions are nested there.
func (x *extraction) owners() {
	owner := scratch.Grow(x.owner, len(x.cues))
	contents := x.contents // gathered by extractClaims
	x.spare = scratch.SortByKey(contents, func(c content) uint64 { return scratch.OffsetKey(c.span.Start) }, x.spare)
	order := x.order[:0]
	for ci, c := range x.cues {
		owner[ci] = -1
		if len(c.Spans) > 0 {
			order = append(order, ci)
		}
	}
	x.perm = scratch.SortByKey(order, x.cueKey, x.perm)
	active := x.active[:0] // contents that start at or before the current cue and end at or after it
	next := 0
	for _, ci := range order {
		spans := x.cues[ci].Spans
		first := spans[0]
		for ; next < len(contents) && contents[next].span.Start <= first.Start; next++ {
			active = append(active, contents[next])
		}
		// A content that ends before this cue's start holds no later cue either.
		kept := active[:0]
		for _, c := range active {
			if c.span.End >= first.Start {
				kept = append(kept, c)
			}
		}
		active = kept
		best, bestLen := -1, 0
		for _, c := range active {
			if !c.span.Contains(first) || (best >= 0 && c.attr == best) {
				continue
			}
			a := &x.res.Attributions[c.attr]
			inside := true
			for _, s := range spans[1:] {
				if !within(s, a.Content) {
					inside = false
					break
				}
			}
			if n := totalLen(a.Content); inside && (best < 0 || n < bestLen || (n == bestLen && c.attr < best)) {
				best, bestLen = c.attr, n
			}
		}
		owner[ci] = best
	}
	x.owner, x.contents, x.order, x.active = owner, contents, order, active
}

// reset empties the index, with room for n spans.
func (ix *spanIndex) reset(n int) {
	ix.spans, ix.maxLen = scratch.Grow(ix.spans, n)[:0], 0
}

// cueIndex fills x.cueSpans with every span of every cue, labelled with the cue.
func (x *extraction) cueIndex() {
	ix := &x.cueSpans
	n := 0
	for _, c := range x.cues {
		n += len(c.Spans)
	}
	ix.reset(n)
	for ci, c := range x.cues {
		for _, s := range c.Spans {
			ix.add(s, ci)
		}
	}
	ix.sort()
}

// frameCues computes the frame spans of the carrying attributions (x.frame) and
// x.frameCue: per cue whether it stands in the frame of a carrying attribution:
// "vermuten" in "…, vermuten Experten" is the experts' hedge, "aus Kreisen" in
// "verlautete aus Kreisen der OPCW" describes the source; neither is the author's.
// The carrying attributions have at most n frame spans (counted by
// extractClaims): the list and the index are made that large at once, as a large
// text's would grow by copying.
func (x *extraction) frameCues(n int) {
	frame := scratch.Grow(x.frame, n)[:0]
	at := scratch.Grow(x.frameAt, len(x.res.Attributions)+1)
	for i := range x.res.Attributions {
		at[i] = len(frame)
		if x.used[i] {
			frame = appendFrameSpans(frame, &x.res.Attributions[i])
		}
	}
	at[len(x.res.Attributions)] = len(frame)
	x.frame, x.frameAt = frame, at
	ix := &x.frames
	ix.reset(len(frame))
	for i := range x.res.Attributions {
		for _, s := range frame[at[i]:at[i+1]] {
			ix.add(s, i)
		}
	}
	ix.sort()
	x.frameCue = scratch.Grow(x.frameCue, len(x.cues))
	for ci, c := range x.cues {
		x.frameCue[ci] = ix.overlapsAny(c.Spans)
	}
}

// authorCueOrder computes x.authorCues: the cues an author claim may take (owned by
// no attribution and not a frame's cue) ordered by the start of their first span,
// then by index.
func (x *extraction) authorCueOrder() {
	order := x.authorCues[:0]
	for ci, c := range x.cues {
		if x.owner[ci] < 0 && len(c.Spans) > 0 && !x.frameCue[ci] {
			order = append(order, ci)
		}
	}
	x.perm = scratch.SortByKey(order, x.cueKey, x.perm)
	x.authorCues = order
}

// cueKey is the sort key of cue ci: the start of its first span.
func (x *extraction) cueKey(ci int) uint64 { return scratch.OffsetKey(x.cues[ci].Spans[0].Start) }

// authorCuesIn returns, in index order, the author cues whose first span lies inside
// span. The slice is scratch, valid until the next call. The author claims are
// built in text order, so the search for the first cue goes on from where the last
// one ended (x.authorAt).
func (x *extraction) authorCuesIn(span aussage.Span) []int {
	order := x.authorCues
	lo := x.authorAt
	for lo < len(order) && x.cues[order[lo]].Spans[0].Start < span.Start {
		lo++
	}
	x.authorAt = lo
	out := x.cands[:0]
	for k := lo; k < len(order) && x.cues[order[k]].Spans[0].Start <= span.End; k++ {
		if span.Contains(x.cues[order[k]].Spans[0]) {
			out = append(out, order[k])
		}
	}
	if len(out) > 1 {
		slices.Sort(out)
	}
	x.cands = out
	return out
}

// candidateCues returns, in index order and without repeats, the cues that may belong
// to attribution i: those it owns, and those of its frame's owner that overlap its
// cue. attributed checks each exactly. The slice is scratch, valid until the next
// call.
func (x *extraction) candidateCues(i int, a []aussage.Span, frameOwner int) []int {
	out := append(x.cands[:0], x.owned[x.ownedAt[i]:x.ownedAt[i+1]]...)
	for _, s := range a {
		x.cueSpans.overlapping(s, func(ci int) bool {
			if x.owner[ci] == frameOwner {
				out = append(out, ci)
			}
			return true
		})
	}
	slices.Sort(out)
	out = slices.Compact(out)
	x.cands = out
	return out
}
