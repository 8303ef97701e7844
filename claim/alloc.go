package claim

import (
	"strconv"
	"strings"
	"sync"
)

// A slab hands out short slices cut from larger blocks, each with its capacity
// capped, so that appending to one never touches its neighbour. A document has a few
// lists per claim and attribution (chain, hedges, flags, values); cutting them from
// blocks costs one allocation per block instead of one per list. The blocks belong
// to the document they are handed to, so a slab is never reused for another one.
type slab[T any] struct {
	free []T
	size int // the size of the next block; 0 for the default
}

// take returns a slice of n zero elements.
func (s *slab[T]) take(n int) []T {
	if n > len(s.free) {
		size := max(s.size, n, 16)
		s.free = make([]T, size)
		s.size = 2 * size
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	return out
}

// clone returns a copy of v cut from the slab.
func (s *slab[T]) clone(v []T) []T {
	out := s.take(len(v))
	copy(out, v)
	return out
}

// appendIDs appends the IDs prefix+"1" … prefix+n to dst, all cut from one string.
func appendIDs(dst []string, prefix byte, n int) []string {
	if n == 0 {
		return dst
	}
	var b strings.Builder
	b.Grow(n * (1 + len(strconv.Itoa(n))))
	var num [20]byte
	for i := 1; i <= n; i++ {
		b.WriteByte(prefix)
		b.Write(strconv.AppendInt(num[:0], int64(i), 10))
	}
	all := b.String()
	start := 0
	for i := 1; i <= n; i++ {
		end := start + 2 // the prefix and the first digit
		for v := i; v >= 10; v /= 10 {
			end++
		}
		dst = append(dst, all[start:end])
		start = end
	}
	return dst
}

// builders keeps the scratch buffers of finished analyses for the next one: an
// Analyzer is shared by goroutines, so the buffers cannot live in it.
var builders = sync.Pool{New: func() any { return new(extraction) }}
