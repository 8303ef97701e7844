package claim

import (
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

// TestIdsOf checks the shared IDs and those of a larger document, and that
// appending to the shared ones leaves the table alone.
func TestIdsOf(t *testing.T) {
	var buf []string
	for _, prefix := range []byte{'a', 'c', 's'} {
		for _, n := range []int{0, 1, sharedIDs, sharedIDs + 1} {
			got := idsOf(&buf, prefix, n)
			want := appendIDs(nil, prefix, n)
			if !slices.Equal(got, want) || got == nil {
				t.Errorf("idsOf(%c, %d): %d IDs, want %d", prefix, n, len(got), len(want))
			}
			_ = append(got, "x")
		}
	}
	for _, prefix := range []byte{'a', 'c', 's'} {
		if !slices.Equal(idsOf(&buf, prefix, sharedIDs), appendIDs(nil, prefix, sharedIDs)) {
			t.Errorf("appending to the shared %c IDs wrote into them", prefix)
		}
	}
}
