package claim

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAppendIDs(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 11, 99, 100, 1234} {
		var want []string
		for i := 1; i <= n; i++ {
			want = append(want, "c"+strconv.Itoa(i))
		}
		got := appendIDs([]string{"x"}, 'c', n)
		if diff := cmp.Diff(append([]string{"x"}, want...), got); diff != "" {
			t.Errorf("appendIDs(%d) (-want +got):\n%s", n, diff)
		}
	}
}

// TestSlab checks that the slices a slab hands out are independent: appending to
// one never writes into the next.
func TestSlab(t *testing.T) {
	var s slab[int]
	a := s.clone([]int{1, 2})
	b := s.take(3)
	a = append(a, 99)
	if !slices.Equal(b, []int{0, 0, 0}) || !slices.Equal(a, []int{1, 2, 99}) {
		t.Errorf("a = %v, b = %v", a, b)
	}
	big := s.take(1000) // larger than a block
	if len(big) != 1000 || cap(big) != 1000 {
		t.Errorf("take(1000): len %d cap %d", len(big), cap(big))
	}
}

// TestSortByStart checks sortByStart against a stable comparison sort, on sorted
// and unsorted input with repeated and negative starts, and that the buffer it
// returns is not the sorted slice.
func TestSortByStart(t *testing.T) {
	type item struct{ start, seq int }
	r := rand.New(rand.NewPCG(3, 4))
	var spare []item
	for _, gen := range []func(i int) int{
		func(i int) int { return i },
		func(int) int { return r.IntN(10) },
		func(int) int { return r.IntN(1<<20) - 1000 },
		func(int) int { return r.IntN(1 << 40) },
	} {
		for _, n := range []int{0, 1, 3, 100, 3000} {
			s := make([]item, n)
			for i := range s {
				s[i] = item{gen(i), i}
			}
			want := slices.Clone(s)
			slices.SortStableFunc(want, func(a, b item) int { return a.start - b.start })
			spare = sortByStart(s, func(e item) int { return e.start }, spare)
			if !slices.Equal(s, want) {
				t.Fatalf("%d items: differs from a stable sort", n)
			}
			if n > 0 && cap(spare) > 0 && &spare[:1][0] == &s[0] {
				t.Fatalf("%d items: the spare buffer is the sorted slice", n)
			}
		}
	}
}
