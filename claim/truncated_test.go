package claim

import (
	"fmt"
	"os"
	"testing"

	"github.com/aussage/aussage/internal/testcorpus"
)

// TestAnalyzeCuts analyses texts that end after a word, where look-ahead rules can
// run off the end: every such prefix of the seed article, and the 200 bytes before
// the first occurrence of each distinct word of the speed corpus (when present).
// The seed's documents must be valid (checkDocument, with its JSON round trip); the
// corpus cuts, some 60,000, must analyse without panic or error.
func TestAnalyzeCuts(t *testing.T) {
	b, err := os.ReadFile("../testdata/nordkorea-2020-08.txt")
	if err != nil {
		t.Fatal(err)
	}
	var a Analyzer
	for _, s := range testcorpus.Cuts([]string{string(b)}, 0) {
		d, err := analyzeRecovering(&a, s)
		if err != nil {
			t.Fatalf("text ending %q: %v", s[max(0, len(s)-60):], err)
		}
		checkDocument(t, s, d)
	}
	if _, ok := testcorpus.Dir(); !ok {
		t.Skip("the speed corpus ../shared/eval/corpus is absent beside the checkout: only the seed article was cut")
	}
	for _, s := range testcorpus.Cuts(testcorpus.Texts(t), 200) {
		if _, err := analyzeRecovering(&a, s); err != nil {
			t.Fatalf("text ending %q: %v", s[max(0, len(s)-60):], err)
		}
	}
}

// analyzeRecovering is a.AnalyzeString that turns a panic into an error naming the
// end of the text, so that the failing cut is reported.
func analyzeRecovering(a *Analyzer, s string) (d *Document, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("panic: %v", e)
		}
	}()
	return a.AnalyzeString(s)
}
