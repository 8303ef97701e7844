package scratch

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSlab checks that the slices a slab hands out are independent: appending to
// one never writes into the next; and that an empty one is not nil.
func TestSlab(t *testing.T) {
	var s Slab[int]
	if e := s.Take(0); e == nil || len(e) != 0 {
		t.Errorf("Take(0) = %#v, want an empty slice", e)
	}
	if e := s.Clone(nil); e == nil || len(e) != 0 {
		t.Errorf("Clone(nil) = %#v, want an empty slice", e)
	}
	a := s.Clone([]int{1, 2})
	b := s.Take(3)
	a = append(a, 99)
	if !slices.Equal(b, []int{0, 0, 0}) || !slices.Equal(a, []int{1, 2, 99}) {
		t.Errorf("a = %v, b = %v", a, b)
	}
	big := s.Take(1000) // larger than a block
	if len(big) != 1000 || cap(big) != 1000 {
		t.Errorf("Take(1000): len %d cap %d", len(big), cap(big))
	}
	s = Slab[int]{Size: 5}
	s.Take(2)
	if c := s.Take(3); cap(c) != 3 || &s.Take(1)[0] == &c[0] {
		t.Errorf("a block of Size 5 did not serve 2 and 3 and then a new block")
	}
}

// TestSortByKey checks SortByKey against a stable comparison sort, on sorted and
// unsorted input with repeated and negative offsets, and that the buffer it returns
// is not the sorted slice.
func TestSortByKey(t *testing.T) {
	type item struct{ start, seq int }
	r := rand.New(rand.NewPCG(3, 4))
	var spare []item
	for _, gen := range []func(i int) int{
		func(i int) int { return i },
		func(int) int { return r.IntN(10) },
		func(int) int { return r.IntN(1<<20) - 1000 },
		func(int) int { return r.IntN(1 << 40) },
		func(int) int { return int(r.Uint64()) }, // keys that differ in every byte
	} {
		for _, n := range []int{0, 1, 3, 50, 100, 3000} {
			s := make([]item, n)
			for i := range s {
				s[i] = item{gen(i), i}
			}
			want := slices.Clone(s)
			slices.SortStableFunc(want, func(a, b item) int { return cmp.Compare(a.start, b.start) })
			spare = SortByKey(s, func(e item) uint64 { return OffsetKey(e.start) }, spare)
			if !slices.Equal(s, want) {
				t.Fatalf("%d items: differs from a stable sort", n)
			}
			if n > 0 && cap(spare) > 0 && &spare[:1][0] == &s[0] {
				t.Fatalf("%d items: the spare buffer is the sorted slice", n)
			}
		}
	}
}

func TestGrow(t *testing.T) {
	s := make([]int, 2, 10)
	if g := Grow(s, 8); len(g) != 8 || &g[0] != &s[0] {
		t.Errorf("Grow within the capacity did not reuse the array")
	}
	if g := Grow(s, 11); len(g) != 11 {
		t.Errorf("Grow(11): len %d", len(g))
	}
}
