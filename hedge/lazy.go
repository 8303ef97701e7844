package hedge

import (
	"math/bits"

	"github.com/aussage/aussage/internal/scratch"
)

// A lazyIndex tells which tokens of the current sentence pass one token test,
// evaluating the test a block of 64 tokens at a time and only for the blocks that a
// query reaches. A rule asks for the next or previous token near a candidate, and in
// a sentence of a million tokens (a text without punctuation) evaluating an
// expensive test (a verb analysis) on every token was most of the work.
//
// Each block is evaluated at most once. Runs of evaluated blocks without a passing
// token are skipped by jump pointers, one set towards each end, that are shortened
// as they are followed (path compression), so that a query that finds nothing in a
// long range does not walk the same empty blocks again: queries cost amortised
// near-constant time beyond the blocks they evaluate.
//
// The test is passed to each call rather than kept: a kept func value would escape,
// and every rule's closure would cost an allocation.
type lazyIndex struct {
	lo, hi int      // the sentence's tokens
	done   []uint64 // bit b: block b is evaluated
	mask   []uint64 // per evaluated block: bit k set if token lo+64b+k passes
	// right[b] leads towards the first block at or after b that is not evaluated
	// or has a passing token (len(mask) if none); left[b+1] towards the last such
	// block at or before b (0 for none, that is block -1).
	right, left []int32
}

// reset prepares x for a sentence of tokens [lo, hi), reusing its arrays.
func (x *lazyIndex) reset(lo, hi int) {
	n := (hi - lo + 63) / 64
	x.lo, x.hi = lo, hi
	x.done = scratch.Grow(x.done, (n+63)/64)
	clear(x.done)
	x.mask = scratch.Grow(x.mask, n)
	x.right = scratch.Grow(x.right, n+1)
	x.left = scratch.Grow(x.left, n+1)
	for b := range x.right {
		x.right[b] = int32(b)
		x.left[b] = int32(b)
	}
}

// eval evaluates block b with test unless it is evaluated and returns its mask.
func (x *lazyIndex) eval(test func(j int) bool, b int) uint64 {
	if x.done[b/64]&(1<<(b%64)) != 0 {
		return x.mask[b]
	}
	var m uint64
	start := x.lo + 64*b
	for j := start; j < min(start+64, x.hi); j++ {
		if test(j) {
			m |= 1 << (j - start)
		}
	}
	x.mask[b] = m
	x.done[b/64] |= 1 << (b % 64)
	if m == 0 {
		x.right[b] = int32(b + 1)
		x.left[b+1] = int32(b)
	}
	return m
}

// toRight returns the first block at or after b that is not known to be empty.
func (x *lazyIndex) toRight(b int) int {
	r := b
	for int(x.right[r]) != r {
		r = int(x.right[r])
	}
	for int(x.right[b]) != r { // compress the path
		b, x.right[b] = int(x.right[b]), int32(r)
	}
	return r
}

// toLeft returns the last block at or before b that is not known to be empty, or
// -1.
func (x *lazyIndex) toLeft(b int) int {
	r := b + 1
	for int(x.left[r]) != r {
		r = int(x.left[r])
	}
	for i := b + 1; int(x.left[i]) != r; {
		i, x.left[i] = int(x.left[i]), int32(r)
	}
	return r - 1
}

// first returns the first token in [a, h) that passes test, or -1.
func (x *lazyIndex) first(test func(j int) bool, a, h int) int {
	a, h = max(a, x.lo), min(h, x.hi)
	if a >= h {
		return -1
	}
	for b := (a - x.lo) / 64; ; b++ {
		b = x.toRight(b)
		start := x.lo + 64*b
		if b >= len(x.mask) || start >= h {
			return -1
		}
		m := x.eval(test, b)
		if start < a {
			m &= ^uint64(0) << (a - start) // the tokens before a do not count
		}
		if m != 0 {
			if j := start + bits.TrailingZeros64(m); j < h {
				return j
			}
			return -1
		}
	}
}

// last returns the last token in [l, h) that passes test, or -1.
func (x *lazyIndex) last(test func(j int) bool, l, h int) int {
	l, h = max(l, x.lo), min(h, x.hi)
	if l >= h {
		return -1
	}
	for b := (h - 1 - x.lo) / 64; ; b-- {
		b = x.toLeft(b)
		if b < 0 {
			return -1
		}
		start := x.lo + 64*b
		if start+64 <= l {
			return -1
		}
		m := x.eval(test, b)
		if end := h - start; end < 64 {
			m &= 1<<end - 1 // the tokens from h on do not count
		}
		if m != 0 {
			if j := start + 63 - bits.LeadingZeros64(m); j >= l {
				return j
			}
			return -1
		}
	}
}
