package source

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestContaining compares containing with the scan it replaces on random ranges.
func TestContaining(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	randRngs := func(n int) []rng {
		rs := make([]rng, n)
		for i := range rs {
			s := rnd.IntN(40)
			rs[i] = rng{s, s + rnd.IntN(15)}
		}
		return rs
	}
	for round := range 300 {
		items, queries := randRngs(rnd.IntN(12)), randRngs(rnd.IntN(12))
		for _, last := range []bool{false, true} {
			want := make([]int, len(queries))
			for qi, q := range queries {
				want[qi] = -1
				for i, it := range items {
					if it[0] <= q[0] && q[1] <= it[1] && (last || want[qi] < 0) {
						want[qi] = i
					}
				}
			}
			if diff := cmp.Diff(want, containing(items, queries, last)); diff != "" {
				t.Fatalf("round %d, last %v, items %v, queries %v (-want +got):\n%s", round, last, items, queries, diff)
			}
		}
	}
}
