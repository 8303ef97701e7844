package hedge

import (
	"iter"
	"slices"
	"strings"
	"sync"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/internal/scratch"
)

// A Cue is one hedge cue found in a text.
type Cue struct {
	// Spans are the cue's words in the original text, in text order; several spans
	// mean a discontinuous cue ("geht … davon aus").
	Spans []aussage.Span
	// Text is the cue as it stands in the original, its parts joined by " … ".
	Text  string
	Class Class
	Value Value
	// Score is the certainty on the scale −3 (certainly not) … +3 (certain); 0 for
	// U and none.
	Score float64
	// Entry is the lexicon entry of the cue's head word.
	Entry *Entry
	// Modifier is the entry of a word merged into the cue: an intensifier ("sehr"
	// in "sehr wahrscheinlich") or a vague source ("Experten" in "Experten
	// glauben"); nil if there is none.
	Modifier *Entry
	// Clause is the index in [aussage.Text.Clauses] of the clause the cue stands in,
	// so that a hedge can be told apart as the author's or a quoted source's; -1 if
	// the text has no clauses.
	Clause int
}

// Span returns the smallest span that covers all of the cue's spans.
func (c Cue) Span() aussage.Span {
	if len(c.Spans) == 0 {
		return aussage.Span{}
	}
	return c.Spans[0].Union(c.Spans[len(c.Spans)-1])
}

// A Detector finds hedge cues. The zero value is ready to use and detects with the
// built-in German lexicon. A Detector is immutable and safe for concurrent use.
type Detector struct {
	lex     *Lexicon
	classes uint32 // bit c set: class c is switched off
}

// An Option configures a [Detector].
type Option func(*Detector)

// WithLexicon makes the detector use l instead of the built-in lexicon. To extend the
// built-in lexicon, pass Merge(DefaultLexicon(), l).
func WithLexicon(l *Lexicon) Option {
	return func(d *Detector) { d.lex = l }
}

// WithoutClasses switches the given classes off: their cues are not reported.
func WithoutClasses(cs ...Class) Option {
	return func(d *Detector) {
		for _, c := range cs {
			d.classes |= 1 << c
		}
	}
}

// New returns a detector configured by opts.
func New(opts ...Option) *Detector {
	d := &Detector{}
	for _, o := range opts {
		o(d)
	}
	return d
}

var defaultDetector Detector

// FindString returns the hedge cues of s found with the built-in lexicon; spans are
// byte offsets into s.
func FindString(s string) []Cue { return defaultDetector.Find(aussage.NewText(s)) }

// Find returns the hedge cues of t in text order.
func (d *Detector) Find(t *aussage.Text) []Cue {
	// Collect in a reused buffer and return an exact copy: growing the result by
	// appending would allocate about three times its size.
	bp := findPool.Get().(*[]Cue)
	buf := (*bp)[:0]
	for c := range d.All(t) {
		buf = append(buf, c)
	}
	var cues []Cue
	if len(buf) > 0 {
		cues = slices.Clone(buf)
	}
	clear(buf) // the pool must not keep the cues' text alive
	*bp = buf[:0]
	findPool.Put(bp)
	return cues
}

// findPool keeps Find's collecting buffers.
var findPool = sync.Pool{New: func() any { return new([]Cue) }}

// All returns an iterator over the hedge cues of t in text order. It analyses one
// sentence at a time, so stopping early saves work.
func (d *Detector) All(t *aussage.Text) iter.Seq[Cue] {
	return func(yield func(Cue) bool) {
		var lex *Lexicon
		var off uint32
		if d != nil { // a nil *Detector works like the zero value
			lex, off = d.lex, d.classes
		}
		if lex == nil {
			lex = DefaultLexicon()
		}
		s := scanPool.Get().(*scan)
		defer func() {
			// Drop the text so that the pool does not keep it alive.
			s.t, s.toks, s.lex, s.clauses, s.verbs = nil, nil, nil, nil, nil
			s.next = cand{}
			scanPool.Put(s)
		}()
		s.t, s.toks, s.lex, s.clauses, s.verbs = t, t.Tokens(), lex, t.Clauses(), nil
		s.clauseAt, s.clauseOff = 0, 0
		if vs := t.Verbs(); len(vs) > 0 {
			s.verbs = vs
		}
		// The cues' spans are cut from blocks: one allocation for many cues. The
		// slab lives on with the scan, and the next texts' cues take their spans
		// from the rest of its block: a news corpus is mostly short texts with a
		// few cues each.
		blk := &s.spans
		blk.Size = spanBlock
		sents := t.Sentences()
		for i, sent := range sents {
			s.prevLo = sent.Tokens[0]
			if i > 0 {
				s.prevLo = sents[i-1].Tokens[0]
			}
			s.sentence(sent)
			for _, c := range s.out {
				if off&(1<<c.class) == 0 {
					if !yield(s.cue(c, blk)) {
						return
					}
				}
			}
		}
	}
}

// scanPool keeps the buffers of finished scans for the next text.
var scanPool = sync.Pool{New: func() any { return new(scan) }}

// A cand is a candidate cue: a lexicon match that its rules accepted.
type cand struct {
	e     *Entry
	toks  []int // matched tokens, ascending
	class Class
	value Value
	score float64
	mod   *Entry
	// dep marks a candidate that is a cue only together with another one: "man" or
	// "Experten" with a speculative verb, "rechnen mit" with a vague source.
	dep bool
	// solo marks a dependent candidate that may also stand alone ("Experten zufolge").
	solo  bool
	alone []int // the tokens of a solo candidate when it stands alone
	prio  int   // entry order: earlier entries win ties
	seq   int   // the order in which the candidate was found: the last tie-break
}

// A scan is the state of one Find call.
type scan struct {
	t       *aussage.Text
	toks    []aussage.Token
	lex     *Lexicon
	clauses []aussage.Clause
	verbs   []aussage.Verb

	lo, hi int // token range of the current sentence
	prevLo int // start of the previous sentence (= lo for the first)
	cands  []cand
	out    []cand
	used   []bool
	buf    []int // backing store for cand.toks of one sentence
	next   cand  // the candidate that try is checking
	// clauseAt is the answer of clauseOf for offset clauseOff.
	clauseAt, clauseOff int
	spare               []cand  // the other buffer of sortByKey and placeOut
	at                  []int32 // per token of the sentence: see tokTable
	keys                []keyed // sortByKey's keys and their sort's buffer
	keys2               []keyed
	idx                 sentIndex
	spans               scratch.Slab[aussage.Span] // the cues' spans (see All)
}

// spanBlock is the length of the first block of the cues' spans of a text (Slab
// doubles it for a text with more cues). A cue that is kept keeps its block alive,
// with the spans of the cues before and after it: 2 KB for most texts.
const spanBlock = 128

func (s *scan) sentence(sent aussage.Sentence) {
	s.lo, s.hi = sent.Tokens[0], min(sent.Tokens[1], len(s.toks))
	s.cands, s.out, s.buf = s.cands[:0], s.out[:0], s.buf[:0]
	s.idx.reset()
	for i := s.lo; i < s.hi; i++ {
		tok := &s.toks[i]
		if tok.Kind != aussage.Word && tok.Kind != aussage.QuoteOpen {
			continue
		}
		k := tok.Key
		if k == "" {
			continue
		}
		var exact []hit
		if f := signature(k); s.lex.exact.hasSig(f) {
			exact = s.lex.exact.find(k, f)
		}
		if len(exact) > 0 {
			next := s.nextBit(i + 1)
			for h := range exact {
				if !cannotGoOn(&exact[h], next) {
					s.try(&exact[h], i)
				}
			}
		}
		// An entry reached by a prefix or suffix starts a match if one of its
		// '*' forms fits the word, or if the word is one of its plain forms and
		// so reached it by the exact form too (tried again, as a match of each
		// of its forms).
		if len(k) > prefixLen && s.lex.prefix.may(k[0], k[prefixLen-1]) {
			for _, h := range s.lex.prefix.get(k[:prefixLen]) {
				if matchesAny(h.stars, k) || reaches(exact, h.e) {
					s.try(&h, i)
				}
			}
		}
		if n := len(k); n > suffixLen && s.lex.suffix.may(k[n-suffixLen], k[n-1]) {
			for _, h := range s.lex.suffix.get(k[n-suffixLen:]) {
				if matchesAny(h.stars, k) || reaches(exact, h.e) {
					s.try(&h, i)
				}
			}
		}
	}
	if len(s.cands) > 0 {
		s.resolve()
	}
}

// nextBit returns what cannotGoOn needs to know of token j: no bit if no word
// element can match it (it is past the sentence, or no word or punctuation), all
// bits if its key is empty, else the bit of its key's first byte in
// element.firsts.
func (s *scan) nextBit(j int) uint64 {
	if j >= s.hi {
		return 0
	}
	tok := &s.toks[j]
	if tok.Kind != aussage.Word && tok.Kind != aussage.Punct {
		return 0
	}
	if tok.Key == "" {
		return ^uint64(0)
	}
	return 1 << (tok.Key[0] & 63)
}

// cannotGoOn reports whether the entry of h fails at its second element on the
// token whose nextBit is next, as try's first test (wordAt) would tell: most
// entries that a common word starts ("in", "nicht") fail there, and the test
// inline, on the hit itself, saves a call of try and the reads of the entry for
// each.
func cannotGoOn(h *hit, next uint64) bool {
	return h.next != ^uint64(0) && h.next&next == 0
}

// reaches reports whether hs holds entry e.
func reaches(hs []hit, e *Entry) bool {
	for _, h := range hs {
		if h.e == e {
			return true
		}
	}
	return false
}

// try matches the entry of h at token i, whose word matches the entry's first
// element, and, if its rules accept, records a candidate.
func (s *scan) try(h *hit, i int) {
	e := h.e
	// Most tries are of a common word that starts a longer entry ("in", "von",
	// "nicht"), and the next token already fails the entry's second word: test it
	// here, as match would, before any bookkeeping.
	if len(e.elems) > 1 && !s.wordAt(&e.elems[1], i+1) {
		return
	}
	mark := len(s.buf)
	s.buf = append(s.buf, i)
	if !s.match(e.elems[1:], i+1) {
		s.buf = s.buf[:mark]
		return
	}
	// The rules get a pointer to the candidate, which would make a local variable
	// escape: the scan's own slot costs no allocation.
	c := &s.next
	*c = cand{e: e, toks: s.buf[mark:len(s.buf):len(s.buf)], class: e.Class, value: e.Value, score: e.Score, prio: h.prio}
	for _, r := range e.rules {
		if !r(s, c) {
			s.buf = s.buf[:mark]
			return
		}
	}
	c.seq = len(s.cands)
	// A sentence of thousands of cues (one without full stops) has its list grown
	// to what the sentence so far predicts, up to a cue a token.
	s.cands = append(scratch.Room(s.cands, i-s.lo+1, s.hi-s.lo, s.hi-s.lo), *c)
}

// wordAt reports whether el can match at token j as far as a plain word element
// decides by itself: true for a gap or a number, for a word element whether token j
// is a word or punctuation that matches one of its forms. Match fails wherever
// wordAt does.
func (s *scan) wordAt(el *element, j int) bool {
	if el.gap || el.number {
		return true
	}
	if j >= s.hi {
		return false
	}
	tok := &s.toks[j]
	return (tok.Kind == aussage.Word || tok.Kind == aussage.Punct) && el.matches(tok.Key)
}

// match matches elems from token j on, appending matched tokens to s.buf.
func (s *scan) match(elems []element, j int) bool {
	if len(elems) == 0 {
		return true
	}
	el := &elems[0]
	if el.gap {
		// The gap ends at the end of the clause segment of token j-1 (see
		// segment), which needs looking only maxGap tokens ahead.
		end := min(j+maxGap, s.hi)
		for k := j; k < end; k++ {
			if isSep(&s.toks[k]) {
				end = k
				break
			}
		}
		mark := len(s.buf)
		for k := j; k <= end; k++ {
			// A pattern does not end with a gap, so an element follows; most
			// tokens of the gap fail it, which wordAt tells without a call of
			// match for each.
			if !s.wordAt(&elems[1], k) {
				continue
			}
			if s.match(elems[1:], k) {
				return true
			}
			s.buf = s.buf[:mark]
		}
		return false
	}
	if j >= s.hi {
		return false
	}
	tok := &s.toks[j]
	switch {
	case el.number:
		if !isNumber(tok, false) {
			return false
		}
	case tok.Kind == aussage.Word || tok.Kind == aussage.Punct:
		if !el.matches(tok.Key) {
			return false
		}
	default:
		return false
	}
	s.buf = append(s.buf, j)
	if s.match(elems[1:], j+1) {
		return true
	}
	s.buf = s.buf[:len(s.buf)-1]
	return false
}

// resolve picks non-overlapping candidates, merges modifiers and vague sources into
// their cues, and leaves the result in s.out in text order.
func (s *scan) resolve() {
	n := s.hi - s.lo
	if cap(s.used) < n {
		s.used = make([]bool, n)
	}
	s.used = s.used[:n]
	clear(s.used)
	s.sortCands()
	if len(s.cands) > shortRange {
		// Every cue comes from a candidate that is no intensifier, each at most
		// once: room for them all at once costs less than growing s.out by
		// doubling through a sentence of millions of cues.
		n := 0
		for i := range s.cands {
			if s.cands[i].class != Intensifier {
				n++
			}
		}
		s.out = slices.Grow(s.out, n)
	}
	for i := range s.cands {
		c := &s.cands[i]
		if c.class == Intensifier || c.dep || s.overlaps(c.toks) {
			continue
		}
		s.take(c.toks)
		s.out = append(s.out, *c)
	}
	s.mergeSources()
	s.mergeIntensifiers()
	if len(s.out) <= shortRange || !s.placeOut() {
		slices.SortFunc(s.out, func(a, b cand) int { return a.toks[0] - b.toks[0] })
	}
}

// placeOut orders s.out by first token in time linear in the sentence's length: the
// cues do not overlap, so each first token starts at most one cue, and a table by
// token places them. It reports false, changing nothing, if two cues start at the
// same token after all.
func (s *scan) placeOut() bool {
	at := s.tokTable()
	for j := range s.out {
		k := s.out[j].toks[0] - s.lo
		if k < 0 || k >= len(at) || at[k] != 0 {
			return false
		}
		at[k] = int32(j + 1)
	}
	sorted := s.spare[:0]
	for _, j := range at {
		if j != 0 {
			sorted = append(sorted, s.out[j-1])
		}
	}
	s.out, s.spare = sorted, s.out
	return true
}

// tokTable returns a zeroed table with one entry per token of the sentence.
func (s *scan) tokTable() []int32 {
	n := s.hi - s.lo
	if cap(s.at) < n {
		s.at = make([]int32, n)
	}
	s.at = s.at[:n]
	clear(s.at)
	return s.at
}

// sortCands orders the candidates: longer matches first, then earlier entries, then
// text order, then the order found. The order is total, so an unstable sort is
// deterministic. Many candidates (a hostile sentence has millions) are sorted by a
// packed key and then moved once: sorting the large structs themselves moves them
// O(n log n) times.
func (s *scan) sortCands() {
	if len(s.cands) > shortRange && s.sortByKey() {
		return
	}
	slices.SortFunc(s.cands, func(x, y cand) int {
		if len(x.toks) != len(y.toks) {
			return len(y.toks) - len(x.toks)
		}
		if x.prio != y.prio {
			return x.prio - y.prio
		}
		if x.toks[0] != y.toks[0] {
			return x.toks[0] - y.toks[0]
		}
		return x.seq - y.seq
	})
}

// A keyed is a candidate's sort key and its order found.
type keyed struct {
	key uint64
	seq int
}

// sortByKey sorts the candidates as sortCands does by a 64-bit key of length, entry
// order and first token, and their order found. It reports false, sorting nothing,
// if a value does not fit its bits. The keys are sorted by a radix sort, which is
// stable and linear in their number: a sentence of a hostile text has millions of
// candidates.
func (s *scan) sortByKey() bool {
	keys := scratch.Grow(s.keys, len(s.cands))
	for i := range s.cands {
		c := &s.cands[i]
		n, p, t := len(c.toks), c.prio, c.toks[0]
		if n >= 1<<8 || p < 0 || p >= 1<<24 || t < 0 || t >= 1<<32 {
			return false
		}
		keys[i] = keyed{uint64(1<<8-1-n)<<56 | uint64(p)<<32 | uint64(t), c.seq}
	}
	// The keys are built in the order found (seq), so a stable sort by key
	// orders equal keys by seq.
	s.keys = keys
	s.keys2 = scratch.SortByKey(keys, func(k keyed) uint64 { return k.key }, s.keys2)
	// Gather the candidates into the spare buffer in sorted order. The keys of
	// one length and entry are in text order, so the reads run along a few
	// ascending streams through the array; following the permutation's cycles
	// in place jumped around it and missed the cache on nearly every move in a
	// sentence of millions of candidates. The old array becomes the spare, which
	// placeOut then fills without growing it.
	sorted := scratch.Grow(s.spare, len(keys))
	for i, k := range keys {
		sorted[i] = s.cands[k.seq]
	}
	s.cands, s.spare = sorted, s.cands
	return true
}

func (s *scan) overlaps(toks []int) bool {
	for _, t := range toks {
		if s.used[t-s.lo] {
			return true
		}
	}
	return false
}

func (s *scan) take(toks []int) {
	for _, t := range toks {
		s.used[t-s.lo] = true
	}
}

// mergeSources joins "man" and vague group nouns ("Experten", "Analysten") with a
// speculative verb of their clause segment into one impersonal cue with the verb's
// value ("Brandt-Kenner glaubten", "vermuten internationale Experten"). A group noun
// with no such verb is a cue of its own if its rule said it may stand alone.
func (s *scan) mergeSources() {
	// In a sentence with many candidates, look the verbs up by their first token
	// instead of going through all of them for every source.
	var outAt map[int]int   // first token → index in s.out of a speculative verb
	var depAt map[int][]int // first token → indexes in s.cands of dependent verbs
	if len(s.cands) > shortRange {
		outAt, depAt = map[int]int{}, map[int][]int{}
		for j := range s.out {
			if s.out[j].class == SpeculativeVerb {
				outAt[s.out[j].toks[0]] = j
			}
		}
		for j := range s.cands {
			if v := &s.cands[j]; v.dep && v.class == SpeculativeVerb {
				depAt[v.toks[0]] = append(depAt[v.toks[0]], j)
			}
		}
	}
	for i := range s.cands {
		src := &s.cands[i]
		if !src.dep || src.class != Impersonal || s.overlaps(src.toks) {
			continue
		}
		g := src.toks[0]
		lo, hi := s.segment(g)
		// verb reports whether out j is a speculative verb of the segment near g.
		verb := func(j int) bool {
			v := &s.out[j]
			return v.class == SpeculativeVerb && v.toks[0] >= lo && v.toks[0] < hi && abs(v.toks[0]-g) <= 8
		}
		// dep reports whether candidate j is a free dependent verb near g.
		dep := func(j int) bool {
			v := &s.cands[j]
			return v.dep && v.class == SpeculativeVerb && v.toks[0] >= lo && v.toks[0] < hi && abs(v.toks[0]-g) <= 8 && !s.overlaps(v.toks)
		}
		// The nearest verb; of two as near, the first in s.out.
		best := -1
		if outAt == nil {
			for j := range s.out {
				if verb(j) && (best < 0 || abs(s.out[j].toks[0]-g) < abs(s.out[best].toks[0]-g)) {
					best = j
				}
			}
		} else {
			for t := max(lo, g-8); t < min(hi, g+9); t++ {
				if j, ok := outAt[t]; ok && verb(j) && (best < 0 || abs(t-g) < abs(s.out[best].toks[0]-g) || abs(t-g) == abs(s.out[best].toks[0]-g) && j < best) {
					best = j
				}
			}
		}
		if best < 0 {
			// A dependent verb such as "rechnen mit" waits for a source: the first
			// in candidate order.
			first := -1
			if depAt == nil {
				for j := range s.cands {
					if dep(j) {
						first = j
						break
					}
				}
			} else {
				for t := max(lo, g-8); t < min(hi, g+9); t++ {
					for _, j := range depAt[t] {
						if (first < 0 || j < first) && dep(j) {
							first = j
							break // depAt[t] is ascending
						}
					}
				}
			}
			if first >= 0 {
				v := &s.cands[first]
				s.take(v.toks)
				s.out = append(s.out, *v)
				best = len(s.out) - 1
				if outAt != nil {
					outAt[v.toks[0]] = best
				}
			}
		}
		if best < 0 {
			if src.solo && !s.overlaps(src.alone) {
				src.toks = src.alone
				s.take(src.toks)
				s.out = append(s.out, *src)
			}
			continue
		}
		v := &s.out[best]
		s.take(src.toks)
		v.toks = mergeToks(src.toks, v.toks)
		v.class, v.mod = Impersonal, src.e
	}
}

// mergeIntensifiers joins an intensifier with the cue that follows it directly and
// moves the cue's score away from zero by the intensifier's score, within the band of
// the cue's value: "sehr wahrscheinlich" stays probable, never certain.
func (s *scan) mergeIntensifiers() {
	// Cues do not overlap, so at most one starts at a given token; in a sentence
	// with many candidates, find it by its first token in a table by token (a
	// map of millions of cues cost more than the rest of the merge). A merged
	// cue changes its first token but also gets a modifier, so it is never
	// looked up again.
	var at []int32
	if len(s.cands) > shortRange {
		at = s.tokTable()
		for j := range s.out {
			k := s.out[j].toks[0] - s.lo
			if k < 0 || k >= len(at) {
				at = nil // cannot happen: a cue's tokens are in its sentence
				break
			}
			at[k] = int32(j + 1)
		}
	}
	for i := range s.cands {
		m := &s.cands[i]
		if m.class != Intensifier || s.overlaps(m.toks) {
			continue
		}
		next := m.toks[len(m.toks)-1] + 1
		lo, hi := 0, len(s.out)
		if at != nil {
			k := next - s.lo
			if k >= len(at) || at[k] == 0 {
				continue
			}
			lo, hi = int(at[k])-1, int(at[k])
		}
		for j := lo; j < hi; j++ {
			c := &s.out[j]
			if c.toks[0] != next || c.mod != nil {
				continue
			}
			switch c.class {
			case EpistemicAdverb, Booster, Downtoner, Litotes, Evidential, EpistemicModal:
			default:
				continue
			}
			s.take(m.toks)
			c.toks = mergeToks(m.toks, c.toks)
			c.mod = m.e
			c.score = intensify(c.score, m.score, c.value)
			break
		}
	}
}

// intensify moves score away from zero by delta (towards zero if delta < 0),
// keeping it inside the band of value v.
func intensify(score, delta float64, v Value) float64 {
	lo, hi := band(v)
	sign := 1.0
	if score < 0 {
		sign = -1
	}
	a := max(lo, min(hi, sign*score+delta))
	return sign * a
}

// band returns the absolute score range of a value: probable is (1, 3), not certain.
func band(v Value) (lo, hi float64) {
	switch v {
	case CTPlus, CTMinus:
		return 2.5, 3
	case PRPlus, PRMinus:
		return 1.2, 2.9
	case PSPlus, PSMinus:
		return 0.5, 1.4
	}
	return 0, 0
}

func mergeToks(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	out = append(out, a...)
	out = append(out, b...)
	slices.Sort(out)
	return slices.Compact(out)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// cue turns a candidate into a Cue: contiguous tokens become one span. The spans
// are cut from blk.
func (s *scan) cue(c cand, blk *scratch.Slab[aussage.Span]) Cue {
	n := 1
	for i := 1; i < len(c.toks); i++ {
		if c.toks[i] != c.toks[i-1]+1 {
			n++
		}
	}
	spans := blk.Take(n)
	k := 0
	for i, t := range c.toks {
		sp := s.toks[t].Span
		if i > 0 && t == c.toks[i-1]+1 {
			spans[k-1].End = sp.End
			continue
		}
		spans[k] = sp
		k++
	}
	var text string
	if len(spans) == 1 {
		text = s.t.Slice(spans[0]) // the text itself, not a copy
	} else {
		var b strings.Builder
		for i, sp := range spans {
			if i > 0 {
				b.WriteString(" … ")
			}
			b.WriteString(s.t.Slice(sp))
		}
		text = b.String()
	}
	return Cue{
		Spans: spans, Text: text, Class: c.class, Value: c.value, Score: c.score,
		Entry: c.e, Modifier: c.mod, Clause: s.clauseOf(spans[0].Start),
	}
}

// clauseOf returns the index of the clause that holds offset off: the first that
// ends after it, or the last. The cues come in text order, so the search goes on
// from the previous answer; an earlier offset starts it afresh.
func (s *scan) clauseOf(off int) int {
	i := s.clauseAt
	if off < s.clauseOff {
		i = 0
	}
	for i < len(s.clauses) && s.clauses[i].Span.End <= off {
		i++
	}
	s.clauseAt, s.clauseOff = i, off
	if i == len(s.clauses) {
		return len(s.clauses) - 1
	}
	return i
}
