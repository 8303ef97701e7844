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

// TestRoom fills lists the way the detectors do, one element per so many items of
// input, and counts how often the backing array moves: a list as dense throughout
// as it began moves once after it stops doubling, one that thins out after its
// start is never given more room than the bound, and one that fills only at the
// end of the input grows by quarters, never doubling a long list.
func TestRoom(t *testing.T) {
	const total = 300_000
	tests := []struct {
		name  string
		every func(i int) bool // whether item i adds an element
		bound int
		moves int // at most
		cap   int // at most
	}{
		// doubling from 8 to 1024 (8 moves), then one prediction with a sixteenth to spare
		{"uniform", func(i int) bool { return i%3 == 0 }, total, 9, 100_000 * 17 / 16},
		// predicts a list as long as the input, held to the bound
		{"thins out", func(i int) bool { return i < 5000 }, 20_000, 9, 20_000},
		// predicts no more than it has, and grows by a quarter, not double
		{"dense at the end", func(i int) bool { return i >= total-3000 }, total, 14, 3000 * 5 / 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s []int
			moves := 0
			for i := range total {
				if !tt.every(i) {
					continue
				}
				before := cap(s)
				s = Room(s, i+1, total, tt.bound)
				if cap(s) != before {
					moves++
				}
				s = append(s, i)
			}
			// The allocator rounds a request up to its size classes: a few per cent.
			if moves > tt.moves || cap(s) > tt.cap+tt.cap/32 {
				t.Errorf("%d elements: %d moves (want at most %d), capacity %d (want at most %d)",
					len(s), moves, tt.moves, cap(s), tt.cap)
			}
		})
	}
}

// TestRoomBound checks the prediction of a list filled in a second pass over its
// input, from the start again, where len × total ÷ done is far too large: the
// bound caps it, and a list already past its bound grows by a quarter.
func TestRoomBound(t *testing.T) {
	for _, tt := range []struct{ n, bound, maxCap int }{
		{200_000, 400_000, 400_000},
		{500_000, 400_000, 500_000 * 5 / 4},
	} {
		s := Room(make([]int, tt.n), 1, 1_000_000, tt.bound)
		if cap(s) <= tt.n || cap(s) > tt.maxCap+tt.maxCap/32 {
			t.Errorf("%d elements, bound %d: capacity %d, want more than %d and at most %d",
				tt.n, tt.bound, cap(s), tt.n, tt.maxCap)
		}
	}
}
