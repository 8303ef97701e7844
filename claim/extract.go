package claim

import (
	"slices"
	"sort"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/hedge"
	"github.com/aussage/aussage/source"
)

// extraction holds what claim building needs about one document.
type extraction struct {
	t     *aussage.Text
	d     *Document
	res   *source.Result
	cues  []hedge.Cue
	owner []int  // per cue: the innermost carrying attribution whose content holds it, or -1
	used  []bool // per attribution: it carries a claim of its own (a generic "man" does not)

	frameCue   []bool     // per cue: it is the reporting cue of a carrying attribution
	byOwner    [][]int    // per attribution: the cues it owns, in index order
	authorCues []int      // the cues author claims may take; see authorCueOrder
	cueSpans   *spanIndex // every span of every cue, labelled with the cue

	claims []Claim // the claims built so far
	// authorChains backs the one-element chains and values of author claims, so
	// that a document with many sentences does not allocate two slices per claim.
	authorChains []string
	authorValues []SourceValue
}

// extractClaims builds the claims of a document: one per attribution with content,
// and one per run of author text in each sentence (see the package documentation).
func extractClaims(t *aussage.Text, d *Document, res *source.Result, cues []hedge.Cue) []Claim {
	x := &extraction{t: t, d: d, res: res, cues: cues}
	x.used = make([]bool, len(res.Attributions))
	for i, a := range res.Attributions {
		// "man darf vermuten, dass …": a generic source is the author speaking
		// impersonally, so the content stays the author's claim.
		// A relay's report (die Staatsmedien zitierten ihn: „…“) carries the same
		// content as the attribution it passes on, whose chain already has the relay.
		x.used[i] = len(a.Content) > 0 && !(a.Source >= 0 && res.Sources[a.Source].Kind == source.Generic) &&
			!x.quotesParent(a) && a.RelayOf < 0
	}
	x.owner = x.owners()
	x.byOwner = make([][]int, len(res.Attributions))
	for ci, o := range x.owner {
		if o >= 0 {
			x.byOwner[o] = append(x.byOwner[o], ci)
		}
	}
	x.frameCue = x.frameCues()
	x.authorCues = x.authorCueOrder()
	x.cueSpans = x.cueIndex()
	// Most sentences give one or two claims: size the slice once.
	x.claims = make([]Claim, 0, len(res.Attributions)+len(d.Sentences)*3/2)
	for i, a := range res.Attributions {
		if x.used[i] {
			x.claims = append(x.claims, x.attributed(i, a))
		}
	}
	x.authorClaims()
	claims := x.claims
	slices.SortStableFunc(claims, func(a, b Claim) int { return a.Span.Start - b.Span.Start })
	for i := range claims {
		claims[i].ID = claimID(i)
	}
	return claims
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
	var mine []hedge.Cue
	var idx []int
	distanced := a.Class == source.Distancing
	weasel := false
	negativeCue := false // the frame's own cue already denies (bezweifeln)
	frame := frameSpans(a)
	for _, ci := range x.candidateCues(i, frame, x.ownerOf(a)) {
		c := x.cues[ci]
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
		mine = append(mine, c)
	}
	denial := a.Class == source.Negative && !negativeCue
	question := endsWithQuestion(x.t, span)
	inner := compose(hedge.CTPlus, mine, question, denial)
	if a.Polarity == source.PolarityNegative && a.Class != source.Negative {
		// "Mit keinem Wort wird erwähnt, wie …": the source does not say it.
		inner = commitment{value: hedge.Uu, flags: inner.flags}
	}
	c := Claim{
		Sentence:    x.sentenceOf(span.Start),
		Span:        span,
		Attribution: Ref(attributionID(i)),
		Chain:       chainIDs(a),
		Factuality:  inner.value,
		Score:       inner.score,
		Polarity:    Positive,
		Hedges:      idx,
		Flags:       inner.flags,
	}
	if a.Class == source.Negative || a.Polarity == source.PolarityNegative {
		c.Polarity = Negative
	}
	if a.Class == source.Negative {
		c.Flags = appendFlag(c.Flags, Denial)
	}
	if distanced {
		c.Flags = appendFlag(c.Flags, Distanced)
	}
	switch kind := x.sourceKind(a); kind {
	case source.Anonymous:
		c.Flags = appendFlag(c.Flags, Anonymous)
	case source.Collective, source.Generic, source.UnknownKind:
		weasel = true
	}
	if weasel {
		c.Flags = appendFlag(c.Flags, Weasel)
	}
	// Every outer level reports the content without committing to it, unless the
	// frame is factive or confirming (räumt ein, bestätigt).
	outer := SourceValue{Value: hedge.Uu}
	if a.Class == source.Confirming {
		outer = SourceValue{Value: hedge.PRPlus, Score: 2}
	}
	for k, id := range c.Chain {
		v := outer
		v.Source = id
		if k == len(c.Chain)-1 {
			v.Value, v.Score = c.Factuality, c.Score
		}
		c.Values = append(c.Values, v)
	}
	return c
}

// frameSpans returns the spans of the attribution's frame that lie outside its
// content: the cue, the speaker and the rest of the introducing clause or phrase.
func frameSpans(a source.Attribution) []aussage.Span {
	spans := make([]aussage.Span, 0, len(a.Cue)+len(a.Speaker)+len(a.Frame))
	spans = append(spans, a.Cue...)
	spans = append(spans, a.Speaker...)
	for _, f := range append(a.Frame, a.Speaker...) {
		if !overlapsAny([]aussage.Span{f}, a.Content) {
			spans = append(spans, f)
		}
	}
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
