package claim

import (
	"slices"
	"strconv"
	"strings"
	"sync"
)

// sharedIDs is how many IDs of each kind ("a1" …, "c1" …, "s1" …) the documents
// share: IDs are the same in every document and strings immutable, so those of a
// document of up to this many sources, attributions and claims are neither
// formatted nor allocated for it.
const sharedIDs = 1024

// idTables holds the shared IDs of the kinds 'a', 'c' and 's', in that order.
var idTables = sync.OnceValue(func() *[3][]string {
	var t [3][]string
	for k, prefix := range []byte{'a', 'c', 's'} {
		t[k] = appendIDs(nil, prefix, sharedIDs)
	}
	return &t
})

// idsOf returns the IDs prefix+"1" … prefix+n, prefix one of 'a', 'c' or 's': the
// shared ones if there are as many, else IDs cut from one new string, appended to
// the scratch buffer *buf.
func idsOf(buf *[]string, prefix byte, n int) []string {
	if n <= sharedIDs {
		k := 0
		switch prefix {
		case 'c':
			k = 1
		case 's':
			k = 2
		}
		return idTables()[k][:n:n] // capped: appending must never write into the table
	}
	*buf = appendIDs((*buf)[:0], prefix, n)
	return *buf
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
	dst = slices.Grow(dst, n)
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
