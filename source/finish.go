package source

import (
	"slices"
	"strings"

	"github.com/aussage/aussage"
)

// result turns the candidates into the public result: sources resolved in text
// order, partial quotes as nested direct attributions, parents and chains. The
// lists go into those of old if it is not nil and they are large enough.
func (a *analysis) result(old *Result) *Result {
	var spare Result // old's lists, emptied and cleared
	if old != nil {
		clear(old.Sources)
		clear(old.Attributions)
		spare = Result{Quotes: old.Quotes[:0], Sources: old.Sources[:0], Attributions: old.Attributions[:0]}
		*old = Result{}
	}
	res := &Result{Quotes: reuse(spare.Quotes, len(a.quotes))}
	for qi, q := range a.quotes {
		out := Quote{Span: aussage.Span{Start: a.toks[q.open].Span.Start, End: a.toks[q.close].Span.End},
			Open: a.toks[q.open].Span, Kind: a.kinds[qi], Continue: !q.closed}
		if q.closed {
			out.Close = a.toks[q.close].Span
		}
		res.Quotes = append(res.Quotes, out)
	}
	// the registry is working memory too: the result takes a copy of its sources,
	// unless the analysis is too large to be kept
	if a.scr.reg == nil {
		a.scr.reg = newRegistry()
	}
	reg := a.scr.reg
	reg.reserve(len(a.cands))
	// the attributions are built in place, with the candidate and the relay of
	// each in parallel slices
	n := len(a.cands)
	// room for an attribution per candidate that is one, and for a direct one
	// per quotation it takes (up to the quotations that are speech, which a text
	// of many quotes to a frame, „Ja“, sagte er, „nein“, …, fills at once), and
	// a quarter more for relays and partial quotes (appendDoubling makes more): a
	// frame that only names a speaker is none (er sagte er sagte …)
	visible, directs, reach := 0, 0, 0
	for ci := range a.cands {
		if c := &a.cands[ci]; !c.hidden {
			visible++
			if c.typ == Direct {
				directs++
				reach += len(c.content)
			}
		}
	}
	speech := 0
	for _, k := range a.kinds {
		if k == SpeechQuote {
			speech++
		}
	}
	want := visible - directs + min(reach, max(speech, directs))
	attrs := reuse(spare.Attributions, want+visible/4)
	// the lists below are working memory, kept in the scratch for the next text
	bcand := grown(a.scr.bcand, n+n/4)
	brelay := grown(a.scr.brelay, n+n/4)
	ints := grown(a.scr.ints, 3*n)[:3*n]
	clear(ints)
	a.scr.ints = ints
	index := ints[:n:n]            // candidate → attribution
	csource := ints[n : 2*n : 2*n] // the source of each candidate's attribution
	crelay := ints[2*n:]
	// cpass: the speaker a continuation of each candidate takes over; for demnach
	// the mention of the source it points back to, not the adverb
	cpass := grown(a.scr.cpass, n)[:n]
	clear(cpass)
	a.scr.cpass = cpass
	lastSource := -1
	var lastSpeaker []aussage.Span
	directDone := &a.scr.done // quotations already given a direct attribution
	directDone.reset()
	// quoteDone marks the quotations whose span directDone holds
	quoteDone := grown(a.scr.quoteDone, len(a.quotes))[:len(a.quotes)]
	clear(quoteDone)
	a.scr.quoteDone = quoteDone
	var partialOwner []int // the candidate each partial quote belongs to, found when first needed
	for ci := range a.cands {
		c := &a.cands[ci]
		at := Attribution{Type: c.typ, Source: -1, Parent: -1, RelayOf: -1, Lemma: c.lemma}
		if c.entry >= 0 {
			e := &verbs.entries[c.entry]
			at.Class, at.Medium = e.class, e.medium
		}
		if c.neg {
			at.Polarity = PolarityNegative
		}
		// a direct candidate's content goes to the arena one quotation at a time,
		// as it is emitted below: in a sentence of many frames, each reaches
		// many quotations that earlier frames took
		direct := c.typ == Direct && !c.hidden
		if !direct {
			at.Content = a.spans(c.content)
		}
		at.Cue = a.spans(c.cue)
		at.Frame = a.spans(c.frame)
		at.Addressee = a.spans([]rng{c.addr})
		relay := -1
		switch {
		case c.inherit >= 0 && c.inherit < ci:
			// a continuation keeps the source and the relay of what it continues
			at.Source = csource[c.inherit]
			at.Speaker = a.copySpans(cpass[c.inherit])
			relay = crelay[c.inherit]
		case c.anaphor:
			at.Source = lastSource
			at.Speaker = a.spans([]rng{c.speaker})
			cpass[ci] = lastSpeaker
		case !c.speaker.empty():
			at.Speaker = a.spans([]rng{c.speaker})
			if m, ok := a.sourceMention(c.speaker); ok {
				at.Source = a.resolveSpeaker(reg, m, c.unit)
			}
		}
		if !c.relay.empty() {
			relay = reg.resolve(describe(a.t, a.toks, a.cls, c.relay[0], c.relay[1]))
		}
		if cpass[ci] == nil {
			cpass[ci] = at.Speaker
		}
		if at.Source >= 0 {
			lastSource, lastSpeaker = at.Source, cpass[ci]
		}
		index[ci] = len(attrs)
		csource[ci], crelay[ci] = at.Source, relay
		emitted := true
		switch {
		case c.hidden:
		case c.typ == Direct:
			// „…“ „…“, so X: one attribution per quotation, sharing the frame. A
			// quotation that an earlier frame already took is not taken again: in a
			// sentence of many frames and quotes, every frame reaches every quote,
			// and the attributions would grow with the square of the sentence.
			emitted = false
			first := true
			content, whole := a.directSpans(c.content)
			for k, sp := range content {
				// a quotation known to be taken is not looked up again: in such
				// a sentence each frame reaches many that earlier frames took
				q := whole[k]
				if q >= 0 && quoteDone[q] {
					continue
				}
				isNew := directDone.add(sp, len(a.quotes))
				if q >= 0 {
					quoteDone[q] = true
				}
				if !isNew {
					continue
				}
				one := at
				one.Content = a.copySpans(content[k : k+1])
				bc := c
				if !first {
					bc = nil
				}
				first, emitted = false, true
				attrs, bcand, brelay = appendDoubling(attrs, one), append(bcand, bc), append(brelay, relay)
			}
		default:
			attrs, bcand, brelay = appendDoubling(attrs, at), append(bcand, c), append(brelay, relay)
		}
		if emitted && !c.hidden && !c.relay.empty() && relay >= 0 && relay != at.Source {
			// the relay reports the same words in its own right (Die Zeitung zitiert
			// X mit den Worten …; „…“, sagte X laut Spiegel Online): one attribution
			// more, with the relay as its speaker and source
			r := at
			if direct {
				r.Content = a.copySpans(a.scr.content)
			}
			r.Speaker = a.spans([]rng{c.relay})
			r.Source = relay
			r.RelayOf = index[ci]
			attrs, bcand, brelay = appendDoubling(attrs, r), append(bcand, nil), append(brelay, -1)
		}
		// partial quotes inside indirect content: direct attributions nested in it
		if c.typ != Direct {
			if partialOwner == nil {
				partialOwner = a.partialOwners()
			}
			for _, q := range c.quotes {
				if a.kinds[q] != PartialQuote || partialOwner[q] != ci {
					continue
				}
				p := at
				p.Type = Direct
				p.Content = a.spans([]rng{{a.quotes[q].open, a.quotes[q].close + 1}})
				p.Parent = -2 - index[ci] // resolved below
				if c.hidden {
					p.Parent = -1
				}
				prelay := relay
				if !c.hidden {
					prelay = -1 // the parent's chain holds the relay already
				}
				attrs, bcand, brelay = appendDoubling(attrs, p), append(bcand, nil), append(brelay, prelay)
			}
		}
	}
	reg.finishMentions(a.expandMentions(reg))
	if len(a.toks) > maxPooled && cap(spare.Sources) < len(reg.sources) && 2*len(reg.sources) >= cap(reg.sources) {
		// the analysis does not go back to the pool (Find): its registry is
		// dropped, and the result may have its sources rather than a copy,
		// unless most of their room (reserved per candidate) is unused
		res.Sources = slices.Clip(reg.sources)
	} else {
		res.Sources = append(reuse(spare.Sources, len(reg.sources)), reg.sources...)
	}
	res.Attributions = attrs
	a.scr.bcand, a.scr.brelay = bcand, brelay
	hulls := contentHulls(grown(a.scr.hulls, len(bcand))[:len(bcand)], bcand)
	a.scr.hulls = hulls
	for i := range attrs {
		at := &attrs[i]
		if at.Parent <= -2 {
			at.Parent = -2 - at.Parent
		} else {
			at.Parent = parentOf(bcand[i], i, bcand, hulls)
		}
		var parentChain []int
		if at.Parent >= 0 && at.Parent < i {
			parentChain = res.Attributions[at.Parent].Chain
		}
		chain := append(a.ints(len(parentChain)+2), parentChain...)
		if brelay[i] >= 0 && (len(chain) == 0 || chain[len(chain)-1] != brelay[i]) {
			chain = append(chain, brelay[i])
		}
		if at.Source >= 0 && (len(chain) == 0 || chain[len(chain)-1] != at.Source) {
			chain = append(chain, at.Source)
		}
		at.Chain = a.keepInts(chain)
	}
	return res
}

// hull is what parentOf needs to know of a candidate before it reads its content
// ranges: its unit and the tokens its content spans, in a small value read in a
// row for the window of every attribution, and whether the ranges are non-empty
// and in order without overlap, so that a binary search finds the one that can
// hold a token (a direct candidate in a sentence of many quotes has many).
type hull struct {
	unit, lo, hi int32
	ordered      bool
}

// contentHulls sets hs[j] to the hull of candidate j, unit -1 for none, and
// returns hs.
func contentHulls(hs []hull, cands []*cand) []hull {
	for j, o := range cands {
		hs[j] = hull{unit: -1}
		if o == nil || len(o.content) == 0 {
			continue
		}
		h := hull{unit: int32(o.unit), lo: int32(o.content[0][0]), hi: int32(o.content[0][1]), ordered: !o.content[0].empty()}
		for k, r := range o.content[1:] {
			h.lo, h.hi = min(h.lo, int32(r[0])), max(h.hi, int32(r[1]))
			h.ordered = h.ordered && !r.empty() && o.content[k][1] <= r[0]
		}
		hs[j] = h
	}
	return hs
}

// parentWindow is how many attributions before and after one parentOf looks at.
const parentWindow = 4 * maxHoles

// parentOf returns the attribution whose content holds the frame (or, without a
// frame, the content) of candidate c, the innermost one; -1 if none.
func parentOf(c *cand, self int, cands []*cand, hulls []hull) int {
	if c == nil {
		return -1
	}
	var probe rng
	switch {
	case len(c.frame) > 0:
		probe = c.frame[0]
	case len(c.content) > 0:
		probe = c.content[0]
	default:
		return -1
	}
	best, size := -1, 1<<30
	// the parent is a near neighbour: contents lose all but maxHoles frames, so a
	// window of candidates keeps a sentence of many frames linear
	lo, hi := max(0, self-parentWindow), min(len(cands), self+parentWindow+1)
	for j := lo; j < hi; j++ {
		if h := &hulls[j]; j == self || h.unit != int32(c.unit) || int(h.lo) > probe[0] || int(h.hi) < probe[1] {
			continue // no range of its content can hold the probe
		}
		rs := cands[j].content
		if hulls[j].ordered && probe[0] < probe[1] {
			// only the last range that starts at or before the probe can hold it
			k, _ := slices.BinarySearchFunc(rs, probe[0]+1, func(r rng, t int) int { return r[0] - t })
			rs = rs[max(k-1, 0):k]
		}
		for _, r := range rs {
			if r[0] <= probe[0] && probe[1] <= r[1] && r[1]-r[0] < size && r != probe {
				best, size = j, r[1]-r[0]
			}
		}
	}
	return best
}

// maxMention is the longest speaker phrase, in tokens, that sourceMention reads as
// the name of a source. Longer ones come only from text without punctuation
// ("er sagte er sagte …", where each frame's subject runs back to the start), and
// reading each of them would make such text quadratic.
const maxMention = 64

// sourceMention returns the mention that names the source in a speaker phrase: the
// phrase itself, or for a noun of saying its genitive or von-attribute (Angaben der
// Polizei → der Polizei). It reports false for a bare noun of saying (eigenen Angaben).
func (a *analysis) sourceMention(r rng) (mention, bool) {
	if r[1]-r[0] > maxMention {
		return mention{}, false
	}
	head := -1
	for i := r[0]; i < r[1]; i++ {
		if a.is(i, cCap) && !a.is(i, cDet) { // cCap: a word that isCap accepts
			head = i
			break
		}
	}
	if head >= 0 && isSpeechNoun(a.key(head)) {
		for i := head + 1; i < r[1]; i++ {
			if a.is(i, cGen) {
				return describeIn(a.t, a.toks, a.cls, i, r[1], &a.scr.words), true
			}
			if a.key(i) == "von" || a.key(i) == "vom" {
				return describeIn(a.t, a.toks, a.cls, i+1, r[1], &a.scr.words), i+1 < r[1]
			}
		}
		return a.possessor(r)
	}
	return describeIn(a.t, a.toks, a.cls, r[0], r[1], &a.scr.words), true
}

// isSpeechNoun: nouns of saying that are not sources themselves (Angaben, Aussagen).
func isSpeechNoun(k string) bool {
	if k == "" || !speechNounLast[k[len(k)-1]] {
		return false // most heads: no ending below ends in their last letter
	}
	for _, s := range speechNounEndings {
		if strings.HasSuffix(k, s) {
			return true
		}
	}
	return false
}

var speechNounEndings = []string{"angaben", "aussagen", "aussage", "informationen", "ansicht", "meinung", "worten", "einschätzung",
	"einschätzungen", "darstellung", "schätzungen", "schätzung", "auffassung", "erkenntnissen", "überzeugung", "auskunft", "auskünften",
	"bekunden", "vernehmen", "ankündigung", "bewertung", "idee"}

// speechNounLast holds the last bytes of speechNounEndings.
var speechNounLast = func() (last [256]bool) {
	for _, s := range speechNounEndings {
		last[s[len(s)-1]] = true
	}
	return last
}()

// spans turns token ranges into merged spans of the original text, nil if all
// ranges are empty. The spans of one result share one backing array (an
// attribution has several short span lists, and a text many attributions); each
// list is capped, so that appending to one never writes into another.
func (a *analysis) spans(rs []rng) []aussage.Span {
	n := 0
	for _, r := range rs {
		if !r.empty() {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	if cap(a.spanBuf)-len(a.spanBuf) < n {
		a.spanBuf = make([]aussage.Span, 0, max(n, 4*len(a.cands)))
	}
	out := a.spanBuf[len(a.spanBuf):len(a.spanBuf)]
	for _, r := range rs {
		if r.empty() {
			continue
		}
		if s := a.rangeSpan(r); !extendLast(out, s) {
			out = append(out, s)
		}
	}
	a.spanBuf = a.spanBuf[:len(a.spanBuf)+len(out)]
	return out[:len(out):len(out)]
}

// rangeSpan returns the span of the original text that the non-empty range r covers.
func (a *analysis) rangeSpan(r rng) aussage.Span {
	return aussage.Span{Start: a.toks[r[0]].Span.Start, End: a.toks[r[1]-1].Span.End}
}

// extendLast reports whether s touches or overlaps the last span of out, and if so
// extends that span over s: ranges in text order then make one merged span.
func extendLast(out []aussage.Span, s aussage.Span) bool {
	if n := len(out); n > 0 && out[n-1].End >= s.Start {
		out[n-1].End = max(out[n-1].End, s.End)
		return true
	}
	return false
}

// directSpans returns the merged spans of a direct candidate's content ranges rs
// (as spans does), in a working list, and for each the quotation it is exactly,
// -1 if it is none or merges several ranges.
func (a *analysis) directSpans(rs []rng) ([]aussage.Span, []int32) {
	out, whole := a.scr.content[:0], a.scr.whole[:0]
	for _, r := range rs {
		if r.empty() {
			continue
		}
		s := a.rangeSpan(r)
		if extendLast(out, s) {
			whole[len(out)-1] = -1
			continue
		}
		q := a.inQ[r[0]]
		if q >= 0 && (a.quotes[q].open != r[0] || a.quotes[q].close+1 != r[1]) {
			q = -1
		}
		out, whole = append(out, s), append(whole, q)
	}
	a.scr.content, a.scr.whole = out, whole
	return out, whole
}

// copySpans copies sp to the span arena and returns the copy, capped; nil if sp
// is empty.
func (a *analysis) copySpans(sp []aussage.Span) []aussage.Span {
	if len(sp) == 0 {
		return nil
	}
	if cap(a.spanBuf)-len(a.spanBuf) < len(sp) {
		a.spanBuf = make([]aussage.Span, 0, max(len(sp), 4*len(a.cands)))
	}
	k := len(a.spanBuf)
	a.spanBuf = append(a.spanBuf, sp...)
	return a.spanBuf[k:len(a.spanBuf):len(a.spanBuf)]
}

// ints returns an empty slice with room for n ints from a buffer shared by the
// chains of one result; the caller appends at most n and then calls keepInts.
func (a *analysis) ints(n int) []int {
	if cap(a.intBuf)-len(a.intBuf) < n {
		a.intBuf = make([]int, 0, max(n, 2*len(a.cands), 16))
	}
	return a.intBuf[len(a.intBuf):len(a.intBuf):cap(a.intBuf)]
}

// quoteList copies qs, a candidate's quotations, to their arena and returns the
// copy, capped; nil if qs is empty. No result refers to these lists, so that the
// arena is kept in the scratch for the next text.
func (a *analysis) quoteList(qs []int) []int {
	if len(qs) == 0 {
		return nil
	}
	if cap(a.qBuf)-len(a.qBuf) < len(qs) {
		a.qBuf = make([]int, 0, max(len(qs), 64, 2*cap(a.qBuf)))
	}
	k := len(a.qBuf)
	a.qBuf = append(a.qBuf, qs...)
	return a.qBuf[k:len(a.qBuf):len(a.qBuf)]
}

// keepInts claims the ints of s, which ints returned, and caps s.
func (a *analysis) keepInts(s []int) []int {
	if len(s) == 0 {
		return nil
	}
	a.intBuf = a.intBuf[:len(a.intBuf)+len(s)]
	return s[:len(s):len(s)]
}

// reuse returns s if it has room for n elements and not many times more, else a
// new empty slice with room for n (never nil, like the lists of a result made
// anew). s is empty: result hands it the emptied lists of an earlier result. A
// list much larger than needed is left to the collector: the result of a small
// text would keep it alive, and so would the results made in it after.
func reuse[T any](s []T, n int) []T {
	if s != nil && n <= cap(s) && cap(s) <= 4*n+64 {
		return s
	}
	return make([]T, 0, n)
}

// seenSpans is a set of spans. Spans are filed by their start, with their end as
// the value, which hashes a machine word instead of a pair; the rare second span
// with the same start goes to a set of its own.
type seenSpans struct {
	ends map[int]int
	more map[aussage.Span]bool
}

// reset empties the set, keeping its maps unless they grew large.
func (s *seenSpans) reset() {
	if len(s.ends) > maxReusedMap {
		s.ends = nil
	}
	if len(s.more) > maxReusedMap {
		s.more = nil
	}
	clear(s.ends)
	clear(s.more)
}

// add adds sp and reports whether it was new. The first call makes room for n
// spans: a set of quotations grows no further in a text of many.
func (s *seenSpans) add(sp aussage.Span, n int) bool {
	if s.ends == nil {
		s.ends = make(map[int]int, n)
	}
	end, ok := s.ends[sp.Start]
	switch {
	case !ok:
		s.ends[sp.Start] = sp.End
	case end == sp.End || s.more[sp]:
		return false
	default:
		if s.more == nil {
			s.more = map[aussage.Span]bool{}
		}
		s.more[sp] = true
	}
	return true
}
