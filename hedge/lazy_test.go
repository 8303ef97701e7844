package hedge

import (
	"math/rand/v2"
	"testing"
)

// TestLazyIndex checks the lazy index against a scan on random token tests and
// random queries, in random order, so that the jump pointers are followed and
// shortened across blocks evaluated by earlier queries.
func TestLazyIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var x lazyIndex
	for round := range 200 {
		lo := r.IntN(100)
		hi := lo + r.IntN(2000)
		density := []float64{0, 0.0005, 0.01, 0.3}[round%4]
		pass := make([]bool, hi+10)
		for j := range pass {
			pass[j] = r.Float64() < density
		}
		evals := 0
		x.reset(lo, hi)
		test := func(j int) bool {
			if j < lo || j >= hi {
				t.Fatalf("test of token %d outside [%d, %d)", j, lo, hi)
			}
			evals++
			return pass[j]
		}
		for range 300 {
			a := lo - 5 + r.IntN(hi-lo+10)
			b := a + r.IntN(hi-lo+10)
			wantFirst, wantLast := -1, -1
			for j := max(a, lo); j < min(b, hi); j++ {
				if pass[j] {
					if wantFirst < 0 {
						wantFirst = j
					}
					wantLast = j
				}
			}
			if got := x.first(test, a, b); got != wantFirst {
				t.Fatalf("round %d: first(%d, %d) = %d, want %d", round, a, b, got, wantFirst)
			}
			if got := x.last(test, a, b); got != wantLast {
				t.Fatalf("round %d: last(%d, %d) = %d, want %d", round, a, b, got, wantLast)
			}
		}
		if evals > hi-lo {
			t.Fatalf("round %d: %d tests for %d tokens: a block was evaluated twice", round, evals, hi-lo)
		}
	}
}
