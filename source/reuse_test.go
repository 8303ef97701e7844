package source

import (
	"slices"
	"testing"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/internal/testcorpus"
	"github.com/google/go-cmp/cmp"
)

// TestFindReusing checks that a result built in the lists of an earlier one is
// the result Find makes, whichever result (larger, smaller, empty, of a text too
// large for the pool) went before, and that the earlier one is emptied.
func TestFindReusing(t *testing.T) {
	seed := seedArticle(t)
	// a lower limit puts a text over it without one of megabytes
	defer func(n int) { maxPooled = n }(maxPooled)
	maxPooled = 1 << 16
	texts := []string{
		seed,
		"„Wir bauen die Brücke“, sagte der Bürgermeister. Die Firma erklärte, sie sei bereit.",
		"Das Wetter war am Wochenende schön.",
		// more tokens than the pool keeps: the result may take the registry's sources
		testcorpus.RepeatTo("Er sagte, ", maxPooled*4),
		"Die Ministerin sagte, das Gesetz komme. „Es ist gut“, meinte sie.",
	}
	want := make([]*Result, len(texts))
	for i, s := range texts {
		want[i] = Detector{}.Find(aussage.NewText(s))
	}
	for _, order := range [][]int{{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {3, 0, 3, 2, 1}} {
		var old *Result
		for _, i := range order {
			got := Detector{}.FindReusing(aussage.NewText(texts[i]), old)
			if diff := cmp.Diff(want[i], got); diff != "" {
				t.Errorf("text %d after %v (-Find +FindReusing):\n%s", i, order, diff)
			}
			if old != nil && (old.Quotes != nil || old.Sources != nil || old.Attributions != nil) {
				t.Errorf("text %d: the old result keeps its lists", i)
			}
			old = got
		}
	}
	if slices.ContainsFunc(want, func(r *Result) bool { return r.Quotes == nil || r.Sources == nil || r.Attributions == nil }) {
		t.Error("a result of Find has a nil list")
	}
}
