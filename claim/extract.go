package claim

import (
	"sort"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/hedge"
	"github.com/aussage/aussage/source"
)

// extraction holds what claim building needs about one document, and the scratch
// buffers that analyses reuse (see builders): a news corpus is mostly short
// documents, and allocating these for each of them was a large share of the
// analysis's work.
type extraction struct {
	t     *aussage.Text
	d     *Document
	res   *source.Result
	cues  []hedge.Cue
	owner []int  // per cue: the innermost carrying attribution whose content holds it, or -1
	used  []bool // per attribution: it carries a claim of its own (a generic "man" does not)

	frameCue []bool // per cue: it is the reporting cue of a carrying attribution
	// owned lists the cues each attribution owns, in index order: attribution i
	// owns owned[ownedAt[i]:ownedAt[i+1]].
	owned, ownedAt []int
	authorCues     []int     // the cues author claims may take; see authorCueOrder
	cueSpans       spanIndex // every span of every cue, labelled with the cue
	frames         spanIndex // the frame spans of carrying attributions (frameCues)

	sourceIDs []string // per source: its ID
	ids       []string // scratch for the IDs of attributions and claims

	claims []Claim // the claims built so far, in the order built: the document's own slice

	// Scratch of owners, clause groups and single claims.
	contents, active []content
	order            []int
	covered, finite  []bool
	groups           []clauseGroup
	hasMain          []bool
	frame            []aussage.Span
	cands, idx       []int
	mine             []hedge.Cue
	flags            []Flag
	perm             []int
	spare            []content
	runs             []aussage.Span // the author runs (authorRuns)
	// authorChain is the chain of every author claim of the document, and an
	// attributed claim has its attribution's chain: chains are read, never
	// written, so the claims share them instead of holding a copy each.
	authorChain []string

	// The lists of the document's claims and attributions are cut from these.
	strs   slab[string]
	ints   slab[int]
	flagsS slab[Flag]
	values slab[SourceValue]
}

// release clears the references into the analysed document and returns x to
// builders.
func (x *extraction) release() {
	// The IDs are short strings of their own; the cues point into the text.
	clear(x.mine[:cap(x.mine)])
	x.t, x.d, x.res, x.cues = nil, nil, nil, nil
	x.mine, x.sourceIDs, x.ids, x.authorChain = x.mine[:0], x.sourceIDs[:0], x.ids[:0], nil
	x.strs, x.ints, x.flagsS, x.values = slab[string]{}, slab[int]{}, slab[Flag]{}, slab[SourceValue]{}
	builders.Put(x)
}

// grow returns s with length n, reusing its array when it is large enough; the
// elements are not cleared.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// extractClaims builds the claims of a document: one per attribution with content,
// and one per run of author text in each sentence (see the package documentation).
func (x *extraction) extractClaims() []Claim {
	res := x.res
	x.used = grow(x.used, len(res.Attributions))
	for i, a := range res.Attributions {
		// "man darf vermuten, dass …": a generic source is the author speaking
		// impersonally, so the content stays the author's claim.
		// A relay's report (die Staatsmedien zitierten ihn: „…“) carries the same
		// content as the attribution it passes on, whose chain already has the relay.
		x.used[i] = len(a.Content) > 0 && !(a.Source >= 0 && res.Sources[a.Source].Kind == source.Generic) &&
			!x.quotesParent(a) && a.RelayOf < 0
	}
	x.owners()
	x.ownedAt = grow(x.ownedAt, len(res.Attributions)+1)
	clear(x.ownedAt)
	for _, o := range x.owner {
		if o >= 0 {
			x.ownedAt[o+1]++
		}
	}
	for i := 1; i < len(x.ownedAt); i++ {
		x.ownedAt[i] += x.ownedAt[i-1]
	}
	x.owned = grow(x.owned, x.ownedAt[len(x.ownedAt)-1])
	next := x.perm[:0] // per attribution: where its next owned cue goes
	next = append(next, x.ownedAt[:len(res.Attributions)]...)
	for ci, o := range x.owner {
		if o >= 0 {
			x.owned[next[o]] = ci
			next[o]++
		}
	}
	x.perm = next[:0]
	x.frameCues()
	x.authorCueOrder()
	x.cueIndex()
	// The claims are built into the document's own slice, of the exact size: a
	// Claim is large, and a scratch copy would double the peak memory of a large
	// text. The attributed claims come first, then the author's.
	n := 0
	for _, u := range x.used {
		if u {
			n++
		}
	}
	x.markTokens()
	x.authorRuns()
	n += len(x.runs)
	// Every claim has a value per element of its chain: cut them all from one
	// block.
	values := len(x.runs)
	for i, u := range x.used {
		if u {
			values += len(x.d.Attributions[i].Chain)
		}
	}
	x.values.size = values
	x.claims = make([]Claim, 0, n)
	for i, a := range res.Attributions {
		if x.used[i] {
			x.claims = append(x.claims, x.attributed(i, a))
		}
	}
	for _, r := range x.runs {
		x.claims = append(x.claims, x.authorClaim(r.Start, r.End))
	}
	claims := x.claims
	x.claims = nil
	// Sort the claims by start, stably, through a permutation, so that each claim
	// moves once.
	perm := x.perm[:0]
	for i := range claims {
		perm = append(perm, i)
	}
	x.order = sortByStart(perm, func(k int) int { return claims[k].Span.Start }, x.order)
	x.perm = perm
	permute(claims, perm)
	cids := appendIDs(x.ids[:0], 'c', len(claims))
	x.ids = cids
	for i := range claims {
		claims[i].ID = cids[i]
	}
	return claims
}

// permute puts s[perm[i]] at position i, in place, following each cycle of the
// permutation once; it leaves perm marked with -1.
func permute[E any](s []E, perm []int) {
	for i := range perm {
		if perm[i] < 0 {
			continue
		}
		tmp := s[i]
		j := i
		for {
			k := perm[j]
			perm[j] = -1
			if k == i {
				s[j] = tmp
				break
			}
			s[j] = s[k]
			j = k
		}
	}
}

// quotesParent reports whether a is a partial quotation inside its parent's content
// from the same source (dass Nordkorea „wahrscheinlich … entwickelt hat“): it is
// part of the parent's claim, not a claim of its own.
func (x *extraction) quotesParent(a source.Attribution) bool {
	if a.Parent < 0 {
		return false
	}
	p := x.res.Attributions[a.Parent]
	if p.Source != a.Source {
		return false
	}
	for _, c := range a.Content {
		if !within(c, p.Content) {
			return false
		}
	}
	return true
}

func within(s aussage.Span, in []aussage.Span) bool {
	for _, c := range in {
		if c.Contains(s) {
			return true
		}
	}
	return false
}

func overlapsAny(spans, others []aussage.Span) bool {
	for _, s := range spans {
		for _, o := range others {
			if s.Overlaps(o) {
				return true
			}
		}
	}
	return false
}

func totalLen(spans []aussage.Span) int {
	n := 0
	for _, s := range spans {
		n += s.Len()
	}
	return n
}

func cover(spans []aussage.Span) aussage.Span {
	if len(spans) == 0 {
		return aussage.Span{}
	}
	s := spans[0]
	for _, o := range spans[1:] {
		s = s.Union(o)
	}
	return s
}

// sentenceOf returns the index of the sentence that holds offset off.
func (x *extraction) sentenceOf(off int) int {
	ss := x.d.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	return min(i, max(0, len(ss)-1))
}

// attributed builds the claim carried by attribution i.
func (x *extraction) attributed(i int, a source.Attribution) Claim {
	span := cover(a.Content)
	// The innermost source's cues: those in the content (not in a nested content) and
	// those that are the reporting cue itself (vermuten, geht … davon aus).
	mine, idx := x.mine[:0], x.idx[:0]
	distanced := a.Class == source.Distancing
	weasel := false
	negativeCue := false // the frame's own cue already denies (bezweifeln)
	frame := x.frameSpans(a)
	for _, ci := range x.candidateCues(i, frame, x.ownerOf(a)) {
		c := &x.cues[ci]
		frameCue := x.owner[ci] == x.ownerOf(a) && overlapsAny(c.Spans, frame)
		if x.owner[ci] != i && !frameCue {
			continue
		}
		idx = append(idx, ci)
		if frameCue && !isEpistemic(c.Value) {
			// "verlautete aus Kreisen", "es heißt": the frame says how vague the
			// source is, not how sure it is.
			switch c.Class {
			case hedge.Impersonal:
				weasel = true
			case hedge.Reportative, hedge.Distancing:
				distanced = true
			}
			continue
		}
		if !frameCue && (c.Class == hedge.Reportative || c.Class == hedge.Distancing) && c.Value == hedge.U {
			// Evidential concord: "nach Angaben X sollen …", "angeblich soll …" mark
			// the same source shift as the frame; they say the author keeps a
			// distance, not that the source is unsure.
			distanced = true
			continue
		}
		if frameCue && (c.Value == hedge.PRMinus || c.Value == hedge.CTMinus || c.Value == hedge.PSMinus) {
			negativeCue = true
		}
		mine = append(mine, *c)
	}
	x.mine, x.idx = mine, idx
	denial := a.Class == source.Negative && !negativeCue
	question := endsWithQuestion(x.t, span)
	inner := compose(hedge.CTPlus, mine, question, denial, x.flags[:0])
	if a.Polarity == source.PolarityNegative && a.Class != source.Negative {
		// "Mit keinem Wort wird erwähnt, wie …": the source does not say it.
		inner = commitment{value: hedge.Uu, flags: inner.flags}
	}
	c := Claim{
		Sentence:    x.sentenceOf(span.Start),
		Span:        span,
		Attribution: Ref(x.d.Attributions[i].ID),
		Chain:       x.d.Attributions[i].Chain,
		Factuality:  inner.value,
		Score:       inner.score,
		Polarity:    Positive,
		Hedges:      x.ints.clone(idx),
	}
	flags := inner.flags
	if a.Class == source.Negative || a.Polarity == source.PolarityNegative {
		c.Polarity = Negative
	}
	if a.Class == source.Negative {
		flags = appendFlag(flags, Denial)
	}
	if distanced {
		flags = appendFlag(flags, Distanced)
	}
	switch kind := x.sourceKind(a); kind {
	case source.Anonymous:
		flags = appendFlag(flags, Anonymous)
	case source.Collective, source.Generic, source.UnknownKind:
		weasel = true
	}
	if weasel {
		flags = appendFlag(flags, Weasel)
	}
	x.flags = flags
	c.Flags = x.flagsS.clone(flags)
	// Every outer level reports the content without committing to it, unless the
	// frame is factive or confirming (räumt ein, bestätigt).
	outer := SourceValue{Value: hedge.Uu}
	if a.Class == source.Confirming {
		outer = SourceValue{Value: hedge.PRPlus, Score: 2}
	}
	c.Values = x.values.take(len(c.Chain))
	for k, id := range c.Chain {
		v := outer
		v.Source = id
		if k == len(c.Chain)-1 {
			v.Value, v.Score = c.Factuality, c.Score
		}
		c.Values[k] = v
	}
	return c
}

// frameSpans returns the spans of the attribution's frame that lie outside its
// content: the cue, the speaker and the rest of the introducing clause or phrase.
// The slice is scratch, valid until the next call.
func (x *extraction) frameSpans(a source.Attribution) []aussage.Span {
	spans := x.frame[:0]
	spans = append(spans, a.Cue...)
	spans = append(spans, a.Speaker...)
	for _, parts := range [2][]aussage.Span{a.Frame, a.Speaker} {
		for _, f := range parts {
			if !overlapsAny([]aussage.Span{f}, a.Content) {
				spans = append(spans, f)
			}
		}
	}
	x.frame = spans
	return spans
}

// ownerOf returns the carrying attribution that the attribution's frame stands in: its
// parent, or -1 for the author.
func (x *extraction) ownerOf(a source.Attribution) int {
	if a.Parent >= 0 && x.used[a.Parent] {
		return a.Parent
	}
	return -1
}

func (x *extraction) sourceKind(a source.Attribution) source.Kind {
	if a.Source < 0 {
		return source.UnknownKind
	}
	return x.res.Sources[a.Source].Kind
}

func endsWithQuestion(t *aussage.Text, s aussage.Span) bool {
	txt := t.Slice(s)
	for i := len(txt) - 1; i >= 0; i-- {
		switch txt[i] {
		case ' ', '"', '\'', ')':
			continue
		case '?':
			return true
		}
		// Multi-byte closing quotation marks end in 0x9C, 0x9D, 0xAB, 0xBB …: skip
		// any byte of a non-ASCII rune.
		if txt[i] >= 0x80 {
			continue
		}
		return false
	}
	return false
}
