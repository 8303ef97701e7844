package hedge

import (
	"math"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/internal/scratch"
)

// Indexes of the current sentence, so that a rule's look at its clause segment or
// sentence costs a lookup, not a scan: a hostile sentence of millions of
// tokens (no full stops, only commas) has a candidate every few tokens, and
// rescanning the segment for each of them would make detection quadratic. The first
// shortRange tokens of a range are still scanned directly, which answers the normal
// case more cheaply than an index would. Everything here is built lazily on first use
// and gives exactly the answers of the direct scans (TestIndexesAgree).

// shortRange is the longest token range that is scanned directly. A variable only
// so that a test can force every path through the indexes and compare.
var shortRange = 64

// sentIndex is the lazily built index state of the current sentence.
type sentIndex struct {
	seps   []int // separator tokens (isSep) of the sentence, ascending
	sepsOK bool
	lastQ  int     // the last "?" of the sentence, -1 if none; noIndex until known
	depth  []int32 // depth[k]: open quotations before token lo+k
	// pos holds, for each word set (keyed by its *wordSet) or named token test,
	// the index of the tokens of the sentence that pass it; spare keeps the
	// indexes of earlier sentences for reuse.
	pos   map[any]*lazyIndex
	spare []*lazyIndex
	// chain maps a segment end to where verbField's enumeration chain from there ends.
	chain   map[int]int
	purpose int // the first token after which scan.purpose holds; noIndex until known
	// known and value hold the facts memoised by scan.once: bit f of known is set
	// once fact f is computed, bit f of value is its answer.
	known, value uint32
}

const noIndex = -2

func (x *sentIndex) reset() {
	x.seps, x.sepsOK = x.seps[:0], false
	x.lastQ, x.purpose = noIndex, noIndex
	x.depth = x.depth[:0]
	// Most sentences use neither map: even an empty one costs a range and a clear.
	if len(x.pos) > 0 {
		for _, ix := range x.pos {
			x.spare = append(x.spare, ix)
		}
		clear(x.pos)
	}
	if len(x.chain) > 0 {
		clear(x.chain)
	}
	x.known, x.value = 0, 0
}

// long reports whether the current sentence is longer than shortRange tokens.
func (s *scan) long() bool { return s.hi-s.lo > shortRange }

// A fact is a property of the current sentence (or of its neighbours as seen from
// it) that several candidates ask for.
type fact uint8

const (
	factReports          fact = iota // reports(lo, hi, true)
	factReportsByLemma               // reportsByLemma(lo, hi)
	factKonjunktiv1                  // konjunktiv1(lo, hi)
	factPrevReported                 // the previous sentence has Konjunktiv I or a reporting verb
	factPrevObligation               // the previous sentence has a word of obligationWords
	factV1Condition                  // v1Condition()
	factReportedContext              // reportedContext()
	factNearbyPermission             // nearby(permissionKI)
	factConditional                  // conditional()
)

// once returns fact f of the current sentence, computing it with f the first time.
func (s *scan) once(f fact, compute func() bool) bool {
	bit := uint32(1) << f
	if s.idx.known&bit == 0 {
		s.idx.known |= bit
		if compute() {
			s.idx.value |= bit
		}
	}
	return s.idx.value&bit != 0
}

// index returns the index of key for the current sentence, made on first use.
func (s *scan) index(key any) *lazyIndex {
	if ix, ok := s.idx.pos[key]; ok {
		return ix
	}
	var ix *lazyIndex
	if n := len(s.idx.spare); n > 0 {
		ix, s.idx.spare = s.idx.spare[n-1], s.idx.spare[:n-1]
	} else {
		ix = new(lazyIndex)
	}
	ix.reset(s.lo, s.hi)
	if s.idx.pos == nil {
		s.idx.pos = map[any]*lazyIndex{}
	}
	s.idx.pos[key] = ix
	return ix
}

// probe is how many tokens of a long range first and last test directly before
// they turn to the index: enough for the answers that are near (the next word, the
// next lower-case word), few enough that an expensive test (a verb analysis) is not
// repeated for every candidate of a long sentence.
const probe = 8

// first returns the first token in [lo, hi) of the current sentence that passes
// test, or -1. A short range is scanned directly; of a long one the first probe
// tokens, and then the index of key.
func (s *scan) first(key any, test func(j int) bool, lo, hi int) int {
	end := hi
	if hi-lo > shortRange {
		end = min(hi, lo+probe)
	}
	for j := lo; j < end; j++ {
		if test(j) {
			return j
		}
	}
	if end >= hi {
		return -1
	}
	return s.index(key).first(test, end, hi)
}

// last returns the last token in [lo, hi) of the current sentence that passes test,
// or -1, like first from the other end.
func (s *scan) last(key any, test func(j int) bool, lo, hi int) int {
	end := lo
	if hi-lo > shortRange {
		end = max(lo, hi-probe)
	}
	for j := hi - 1; j >= end; j-- {
		if test(j) {
			return j
		}
	}
	if end <= lo {
		return -1
	}
	return s.index(key).last(test, lo, end)
}

// separators returns the separator tokens of the current sentence.
func (s *scan) separators() []int {
	if !s.idx.sepsOK {
		for j := s.lo; j < s.hi; j++ {
			if isSep(&s.toks[j]) {
				s.idx.seps = append(s.idx.seps, j)
			}
		}
		s.idx.sepsOK = true
	}
	return s.idx.seps
}

// lastQuestion returns the last "?" token of the current sentence, or -1.
func (s *scan) lastQuestion() int {
	if s.idx.lastQ == noIndex {
		s.idx.lastQ = -1
		for j := s.hi - 1; j >= s.lo; j-- {
			if s.toks[j].Text == "?" {
				s.idx.lastQ = j
				break
			}
		}
	}
	return s.idx.lastQ
}

// depthBefore returns the number of quotations open before token i of the current
// sentence, from a table of running depths.
func (s *scan) depthBefore(i int) int {
	if len(s.idx.depth) == 0 {
		depth := scratch.Grow(s.idx.depth, s.hi-s.lo+1)
		d := int32(0)
		depth[0] = 0
		for j := s.lo; j < s.hi; j++ {
			switch s.toks[j].Kind {
			case aussage.QuoteOpen:
				d++
			case aussage.QuoteClose:
				d = max(0, d-1)
			}
			depth[j-s.lo+1] = d
		}
		s.idx.depth = depth
	}
	return int(s.idx.depth[min(i, s.hi)-s.lo])
}

// purposeFrom returns the first token after which scan.purpose holds: the token
// after the first "zu" (or zu-infinitive) that follows an "um"; MaxInt if none.
func (s *scan) purposeFrom() int {
	if s.idx.purpose == noIndex {
		s.idx.purpose = math.MaxInt
		um := false
		for j := s.lo; j < s.hi; j++ {
			if um && s.purposeZu(j) {
				s.idx.purpose = j + 1
				break
			}
			if s.toks[j].Key == "um" {
				um = true
			}
		}
	}
	return s.idx.purpose
}
