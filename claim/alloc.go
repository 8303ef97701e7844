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
// The number is kept as decimal digits and counted up in place: formatting each
// number afresh was most of the work.
func appendIDs(dst []string, prefix byte, n int) []string {
	if n <= 0 {
		return dst
	}
	var num [20]byte // the digits of the number, right-aligned: num[len(num)-width:]
	num[len(num)-1] = '0'
	width := 1
	var b strings.Builder
	b.Grow(n * (1 + len(strconv.Itoa(n))))
	for range n {
		k := len(num) - 1
		for num[k] == '9' {
			num[k] = '0'
			k--
		}
		if k < len(num)-width { // 9 … 9 became 10 … 0
			num[k], width = '1', width+1
		} else {
			num[k]++
		}
		b.WriteByte(prefix)
		b.Write(num[len(num)-width:])
	}
	all := b.String()
	start, w, wider := 0, 1, 10 // the width of the number i, and the first number one wider
	for i := 1; i <= n; i++ {
		if i == wider {
			w, wider = w+1, wider*10
		}
		dst = append(dst, all[start:start+1+w])
		start += 1 + w
	}
	return dst
}

// builders keeps the scratch buffers of finished analyses for the next one: an
// Analyzer is shared by goroutines, so the buffers cannot live in it.
var builders = sync.Pool{New: func() any { return new(extraction) }}
