package source

import (
	"testing"

	"github.com/aussage/aussage"
	"github.com/google/go-cmp/cmp"
)

// TestSeenSpans checks the set of quotations given a direct attribution: a span
// is new once, and spans that share a start or an end stay apart.
func TestSeenSpans(t *testing.T) {
	var s seenSpans
	var got []bool
	for _, sp := range spans(0, 5, 0, 5, 0, 9, 0, 9, 3, 9, 0, 5, 3, 9, 0, 12) {
		got = append(got, s.add(sp, 4))
	}
	want := []bool{true, false, true, false, true, false, false, true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("add (-want +got):\n%s", diff)
	}
}

// spans pairs up offsets: spans(0, 5, 3, 9) is [{0 5} {3 9}].
func spans(offs ...int) []aussage.Span {
	var out []aussage.Span
	for i := 0; i+1 < len(offs); i += 2 {
		out = append(out, aussage.Span{Start: offs[i], End: offs[i+1]})
	}
	return out
}
