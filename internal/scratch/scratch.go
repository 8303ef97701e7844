// Package scratch holds the buffer helpers that the text layers, the detectors and
// the claim builder share: reusing a buffer at a new length, growing a long list
// to the length its input predicts, cutting many short slices from one
// allocation, and a stable sort by an integer key that is linear in the number of
// elements. Each of them replaced an allocation or a comparison sort that a
// profile showed.
package scratch

// Grow returns s with length n, reusing its array when it is large enough; the
// elements are not cleared.
func Grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// Room returns s with room for at least one more element. A short list doubles.
// A long one (1,024 elements or more), filled from the first done of total items
// of input, grows to the length it will reach if the rest of the input is like
// what came before (len(s) × total ÷ done, and a sixteenth more) but to no more
// than bound, the most elements the input can give, and by at least a quarter, as
// append grows it. append alone grows a long list a quarter at a time, which for
// a list of millions of elements copies each about four times and allocates five
// times its final size; the prediction grows it once or twice. The bound keeps a
// bad prediction (a list filled in several passes over the input, each from its
// start) from asking for more than the input can need.
func Room[T any](s []T, done, total, bound int) []T {
	n := len(s)
	if n < cap(s) {
		return s
	}
	room := max(8, n)
	if n >= 1024 {
		room = n / 4
		if done > 0 && done < total {
			p := int64(n) * int64(total) / int64(done)
			p = min(p+p/16, int64(bound))
			room = max(room, int(p)-n)
		}
	}
	// Not slices.Grow, which rounds the length asked for up by growing the old
	// one a quarter at a time, as append does: a quarter too much at worst.
	grown := make([]T, n, n+room)
	copy(grown, s)
	return grown
}

// A Slab hands out short slices cut from larger blocks, each with its capacity
// capped, so that appending to one never touches its neighbour: one allocation per
// block instead of one per slice. The blocks belong to whoever holds the slices; a
// Slab never hands out an element twice, so it may go on cutting slices from the
// rest of its block for other owners (the next document of a builder). The zero
// Slab is ready to use.
type Slab[T any] struct {
	free []T
	// Size is the length of the next block, if larger than what is asked (16 if
	// 0); each block doubles it. Set it to what the caller will take in all, when
	// known, to cut everything from one block, or to a small guess when many
	// Slabs take little each.
	Size int
}

// Take returns a slice of n zero elements; an empty one is not nil.
func (s *Slab[T]) Take(n int) []T {
	if n == 0 {
		return []T{} // not nil: JSON writes an empty list for it, not null
	}
	if n > len(s.free) {
		size := max(s.Size, n)
		if s.Size == 0 {
			size = max(n, 16)
		}
		s.free = make([]T, size)
		s.Size = 2 * size
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	return out
}

// Clone returns a copy of v cut from the slab; a copy of an empty v is empty, not
// nil.
func (s *Slab[T]) Clone(v []T) []T {
	out := s.Take(len(v))
	copy(out, v)
	return out
}

// SortByKey sorts s stably by key, which must not decrease from one element to the
// next for the order wanted (an offset into a text, a packed sort key), and returns
// the scratch buffer it used: spare is reused if it is large enough. The lists
// sorted with it come mostly in order already: checking that is linear, and so is
// the radix sort of the rest, where a comparison sort is not.
func SortByKey[E any](s []E, key func(E) uint64, spare []E) []E {
	sorted := true
	for i := 1; i < len(s); i++ {
		if key(s[i]) < key(s[i-1]) {
			sorted = false
			break
		}
	}
	if sorted {
		return spare
	}
	if len(s) <= 64 {
		// Too few to repay the radix sort's 16 KB of counts: an insertion sort,
		// stable, and linear in the length and the elements out of place.
		for i := 1; i < len(s); i++ {
			e := s[i]
			k := key(e)
			j := i
			for ; j > 0 && key(s[j-1]) > k; j-- {
				s[j] = s[j-1]
			}
			s[j] = e
		}
		return spare
	}
	var counts [8][256]int
	for _, e := range s {
		k := key(e)
		for b := range 8 {
			counts[b][byte(k>>(8*b))]++
		}
	}
	from, to := s, Grow(spare, len(s))
	for b := range 8 {
		c := &counts[b]
		if c[byte(key(from[0])>>(8*b))] == len(from) {
			continue // every key has this byte
		}
		pos := 0
		for v := range c {
			c[v], pos = pos, pos+c[v]
		}
		for _, e := range from {
			d := byte(key(e) >> (8 * b))
			to[c[d]] = e
			c[d]++
		}
		from, to = to, from
	}
	if &from[0] != &s[0] {
		copy(s, from)
		return from[:0]
	}
	return to[:0]
}

// OffsetKey is the key of SortByKey for an offset or another int that may be
// negative: the negative ones first.
func OffsetKey(off int) uint64 { return uint64(off) ^ 1<<63 }
