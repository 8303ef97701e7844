package claim

import (
	"slices"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/hedge"
	"github.com/aussage/aussage/internal/scratch"
	"github.com/aussage/aussage/source"
)

// extraction holds what claim building needs about one document, and the scratch
// buffers that analyses reuse (see builders): a news corpus is mostly short
// documents, and allocating these for each of them was a large share of the
// analysis's work.
type extraction struct {
	t   *aussage.Text
	d   *Document
	res *source.Result
	// oldRes is the source result of the last document, its lists emptied: the
	// next analysis builds its own in them (source.Detector.FindReusing), since
	// the document takes copies and drops the result.
	oldRes *source.Result
	cues   []hedge.Cue
	found  []hedge.Cue // the buffer Analyze collects the cues in
	owner  []int       // per cue: the innermost carrying attribution whose content holds it, or -1
	used   []bool      // per attribution: it carries a claim of its own (a generic "man" does not)

	frameCue []bool // per cue: it is the reporting cue of a carrying attribution
	// owned lists the cues each attribution owns, in index order: attribution i
	// owns owned[ownedAt[i]:ownedAt[i+1]].
	owned, ownedAt []int
	authorCues     []int     // the cues author claims may take; see authorCueOrder
	cueSpans       spanIndex // every span of every cue, labelled with the cue
	frames         spanIndex // the frame spans of carrying attributions (frameCues)

	sourceIDs []string // per source: its ID (idsOf)
	// idsOf's buffers, for a document too large for the shared IDs: of its
	// sources, and of its attributions and then its claims.
	sourceBuf, idBuf []string
	sent             int // sentenceOf's last answer
	authorAt         int // where authorCuesIn's last search ended

	// The claims to build, in text order; the attributed ones among them, and
	// their sort's buffer.
	keys, attrKeys, spareKeys []claimKey

	// Scratch of owners, clause groups and single claims.
	contents, active []content
	order            []int
	covered          []tokenRange
	finite           []bool
	groups           []clauseGroup
	hasMain          []bool
	// frame holds the frame spans of the carrying attributions (appendFrameSpans),
	// attribution i's at frame[frameAt[i]:frameAt[i+1]]: frameCues computes them
	// once for the index and the claims.
	frame      []aussage.Span
	frameAt    []int
	cands, idx []int
	mine       []hedge.Cue
	flags      []Flag
	perm       []int
	spare      []content
	runs       []aussage.Span // the author runs (authorRuns)
	// authorChain is the chain of every author claim of the document, and an
	// attributed claim has its attribution's chain: chains are read, never
	// written, so the claims share them instead of holding a copy each.
	authorChain []string
	// authorValues are the values of the last author claim built (authorClaim).
	authorValues []SourceValue

	// The lists of the document's claims and attributions are cut from these:
	// values those of the attributed claims, authorSlab those of author claims.
	// They outlive the document, to cut the next documents' lists from the rest
	// of their blocks (see newDocument).
	strs               scratch.Slab[string]
	ints               scratch.Slab[int]
	flagsS             scratch.Slab[Flag]
	values, authorSlab scratch.Slab[SourceValue]
	// The document's own lists are cut from these (see cut).
	sentences scratch.Slab[aussage.Span]
	moods     scratch.Slab[Mood]
	quotes    scratch.Slab[Quote]
	sources   scratch.Slab[Source]
	hedges    scratch.Slab[Hedge]
}

// release clears the references into the analysed document and returns x to
// builders.
func (x *extraction) release() {
	// The IDs are short strings of their own; the cues point into the text.
	clear(x.mine[:cap(x.mine)])
	clear(x.found)
	if r := x.res; r != nil {
		// cleared, so that the pool holds nothing of the document
		clear(r.Sources)
		clear(r.Attributions)
		*r = source.Result{Quotes: r.Quotes[:0], Sources: r.Sources[:0], Attributions: r.Attributions[:0]}
		x.oldRes = r
	}
	x.t, x.d, x.res, x.cues = nil, nil, nil, nil
	x.mine, x.found, x.sourceIDs, x.authorChain, x.authorValues = x.mine[:0], x.found[:0], nil, nil, nil
	x.sourceBuf, x.idBuf = x.sourceBuf[:0], x.idBuf[:0]
	// The slabs are kept: what they handed out is the document's, and the rest of
	// their blocks goes to the next documents (see newDocument).
	builders.Put(x)
}

// extractClaims builds the claims of a document: one per attribution with content,
// and one per run of author text in each sentence (see the package documentation).
func (x *extraction) extractClaims() []Claim {
	res := x.res
	// One pass over the attributions gathers what the steps below need of the
	// carrying ones: their contents (owners), the number of their frame spans
	// (frameCues), the claims' places and the number of their values. A large
	// text's attributions do not fit in the processor's caches, and each pass over
	// them was one over main memory.
	x.used = scratch.Grow(x.used, len(res.Attributions))
	contents, attributed := x.contents[:0], x.attrKeys[:0]
	n, values, frames := 0, 0, 0
	for i := range res.Attributions {
		a := &res.Attributions[i]
		// "man darf vermuten, dass …": a generic source is the author speaking
		// impersonally, so the content stays the author's claim.
		// A relay's report (die Staatsmedien zitierten ihn: „…“) carries the same
		// content as the attribution it passes on, whose chain already has the relay.
		used := len(a.Content) > 0 && !(a.Source >= 0 && res.Sources[a.Source].Kind == source.Generic) &&
			!x.quotesParent(a) && a.RelayOf < 0
		x.used[i] = used
		if !used {
			continue
		}
		for _, c := range a.Content {
			contents = append(contents, content{c, i})
		}
		frames += len(a.Cue) + 2*len(a.Speaker) + len(a.Frame) // appendFrameSpans at most
		attributed = append(attributed, claimKey{cover(a.Content).Start, i})
		n++
		// Every claim has a value per element of its chain (chainIDs).
		values += chainLen(a)
	}
	x.contents = contents
	x.owners()
	x.ownedAt = scratch.Grow(x.ownedAt, len(res.Attributions)+1)
	clear(x.ownedAt)
	for _, o := range x.owner {
		if o >= 0 {
			x.ownedAt[o+1]++
		}
	}
	for i := 1; i < len(x.ownedAt); i++ {
		x.ownedAt[i] += x.ownedAt[i-1]
	}
	x.owned = scratch.Grow(x.owned, x.ownedAt[len(x.ownedAt)-1])
	next := x.perm[:0] // per attribution: where its next owned cue goes
	next = append(next, x.ownedAt[:len(res.Attributions)]...)
	for ci, o := range x.owner {
		if o >= 0 {
			x.owned[next[o]] = ci
			next[o]++
		}
	}
	x.perm = next[:0]
	x.frameCues(frames)
	x.authorCueOrder()
	x.cueIndex()
	x.markTokens()
	x.authorRuns()
	// The claims are built into the document's own slice, of the exact size: a
	// Claim is large, and a scratch copy would double the peak memory of a large
	// text; it is not cut from a shared block (see cut), where the claims of news
	// documents left a tenth of each block unused. The values of the attributed
	// claims are cut from what is left of the block of earlier documents, and the
	// rest from one new block; the author claims mostly share theirs
	// (authorClaim), and the few others are cut from a slab of their own.
	n += len(x.runs)
	x.values.Size = max(values, least[SourceValue]())
	// Order the claims by start, stably (an attributed claim before an author
	// claim that starts with it), before building them, so that each is built in
	// its place: a Claim is large, and sorting them after would move each again.
	// The author runs come in text order (the clauses do, and token offsets
	// ascend with the tokens), so the attributed claims, sorted, are merged into
	// them.
	x.spareKeys = scratch.SortByKey(attributed, func(k claimKey) uint64 { return scratch.OffsetKey(k.start) }, x.spareKeys)
	x.attrKeys = attributed
	keys := slices.Grow(x.keys[:0], n)
	for r, run := range x.runs {
		for len(attributed) > 0 && attributed[0].start <= run.Start {
			keys, attributed = append(keys, attributed[0]), attributed[1:]
		}
		keys = append(keys, claimKey{run.Start, -1 - r})
	}
	keys = append(keys, attributed...)
	x.keys = keys
	cids := idsOf(&x.idBuf, 'c', n)
	claims := make([]Claim, n)
	x.sent, x.authorAt = 0, 0
	for k, key := range keys {
		c := &claims[k]
		if key.of >= 0 {
			x.attributed(c, key.of, &res.Attributions[key.of])
		} else {
			r := x.runs[-1-key.of]
			x.authorClaim(c, r.Start, r.End)
		}
		c.ID = cids[k]
	}
	return claims
}

// A claimKey places a claim before it is built: where it starts, and what it is
// built from: attribution of, or author run -1-of.
type claimKey struct{ start, of int }

// quotesParent reports whether a is a partial quotation inside its parent's content
// from the same source (dass Nordkorea „wahrscheinlich … entwickelt hat“): it is
// part of the parent's claim, not a claim of its own.
func (x *extraction) quotesParent(a *source.Attribution) bool {
	if a.Parent < 0 {
		return false
	}
	p := &x.res.Attributions[a.Parent]
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

// sentenceOf returns the index of the sentence that holds offset off: the first
// that ends after it, or the last. The claims are built in text order, so the search
// goes on from the last answer, which makes it linear in the sentences and claims
// together.
func (x *extraction) sentenceOf(off int) int {
	ss := x.d.Sentences
	i := x.sent
	for i < len(ss) && ss[i].End <= off {
		i++
	}
	x.sent = i
	return min(i, max(0, len(ss)-1))
}

// attributed builds into c, a zero Claim, the claim carried by attribution i.
func (x *extraction) attributed(c *Claim, i int, a *source.Attribution) {
	span := cover(a.Content)
	// The innermost source's cues: those in the content (not in a nested content) and
	// those that are the reporting cue itself (vermuten, geht … davon aus).
	mine, idx := x.mine[:0], x.idx[:0]
	distanced := a.Class == source.Distancing
	weasel := false
	negativeCue := false // the frame's own cue already denies (bezweifeln)
	frame, frameOwner := x.frame[x.frameAt[i]:x.frameAt[i+1]], x.ownerOf(a)
	for _, ci := range x.candidateCues(i, frame, frameOwner) {
		cue := &x.cues[ci]
		frameCue := x.owner[ci] == frameOwner && overlapsAny(cue.Spans, frame)
		if x.owner[ci] != i && !frameCue {
			continue
		}
		idx = append(idx, ci)
		if frameCue && !isEpistemic(cue.Value) {
			// "verlautete aus Kreisen", "es heißt": the frame says how vague the
			// source is, not how sure it is.
			switch cue.Class {
			case hedge.Impersonal:
				weasel = true
			case hedge.Reportative, hedge.Distancing:
				distanced = true
			}
			continue
		}
		if !frameCue && (cue.Class == hedge.Reportative || cue.Class == hedge.Distancing) && cue.Value == hedge.U {
			// Evidential concord: "nach Angaben X sollen …", "angeblich soll …" mark
			// the same source shift as the frame; they say the author keeps a
			// distance, not that the source is unsure.
			distanced = true
			continue
		}
		if frameCue && (cue.Value == hedge.PRMinus || cue.Value == hedge.CTMinus || cue.Value == hedge.PSMinus) {
			negativeCue = true
		}
		mine = append(mine, *cue)
	}
	x.mine, x.idx = mine, idx
	denial := a.Class == source.Negative && !negativeCue
	question := endsWithQuestion(x.t, span)
	inner := compose(hedge.CTPlus, mine, question, denial, x.flags[:0])
	if a.Polarity == source.PolarityNegative && a.Class != source.Negative {
		// "Mit keinem Wort wird erwähnt, wie …": the source does not say it.
		inner = commitment{value: hedge.Uu, flags: inner.flags}
	}
	// The fields are set one by one: a composite literal would be built aside
	// and copied into the document's slice, with a write barrier per pointer
	// while the collector runs.
	c.Sentence, c.Span = x.sentenceOf(span.Start), span
	c.Attribution, c.Chain = Ref(x.d.Attributions[i].ID), x.d.Attributions[i].Chain
	c.Factuality, c.Score = inner.value, inner.score
	c.Polarity = Positive
	c.Hedges = x.ints.Clone(idx)
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
	c.Flags = x.flagsS.Clone(flags)
	// Every outer level reports the content without committing to it, unless the
	// frame is factive or confirming (räumt ein, bestätigt).
	outer := SourceValue{Value: hedge.Uu}
	if a.Class == source.Confirming {
		outer = SourceValue{Value: hedge.PRPlus, Score: 2}
	}
	c.Values = x.values.Take(len(c.Chain))
	for k, id := range c.Chain {
		v := outer
		v.Source = id
		if k == len(c.Chain)-1 {
			v.Value, v.Score = c.Factuality, c.Score
		}
		c.Values[k] = v
	}
}

// appendFrameSpans appends to spans the spans of the attribution's frame that lie
// outside its content: the cue, the speaker and the rest of the introducing clause
// or phrase.
func appendFrameSpans(spans []aussage.Span, a *source.Attribution) []aussage.Span {
	spans = append(spans, a.Cue...)
	spans = append(spans, a.Speaker...)
	for _, parts := range [2][]aussage.Span{a.Frame, a.Speaker} {
		for _, f := range parts {
			if !overlapsAny([]aussage.Span{f}, a.Content) {
				spans = append(spans, f)
			}
		}
	}
	return spans
}

// ownerOf returns the carrying attribution that the attribution's frame stands in: its
// parent, or -1 for the author.
func (x *extraction) ownerOf(a *source.Attribution) int {
	if a.Parent >= 0 && x.used[a.Parent] {
		return a.Parent
	}
	return -1
}

func (x *extraction) sourceKind(a *source.Attribution) source.Kind {
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
