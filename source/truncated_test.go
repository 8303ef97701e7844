package source

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/internal/testcorpus"
)

// Rules look a few words ahead (`nach der …`, `unter Berufung auf …`), and a text may
// end after any word. These tests cut real text after every word and check that
// Find neither panics nor returns a span outside the shorter text: the cut that
// found the first such bug was a text ending in "nach".

// TestFindSeedPrefixes analyses every prefix of the seed article that ends after a word.
func TestFindSeedPrefixes(t *testing.T) {
	b, err := os.ReadFile("../testdata/nordkorea-2020-08.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, end := range wordEnds(string(b)) {
		findWithinBounds(t, string(b[:end]))
	}
}

// TestFindCorpusCuts cuts the speed corpus after the first occurrence of each
// distinct word (the word a text ends with is what a look-ahead trips over) and
// analyses the 200 bytes before the cut.
func TestFindCorpusCuts(t *testing.T) {
	seen := map[string]bool{}
	for _, doc := range testcorpus.Texts(t) {
		for _, end := range wordEnds(doc) {
			last := doc[strings.LastIndexFunc(doc[:end], unicode.IsSpace)+1 : end]
			if seen[last] {
				continue
			}
			seen[last] = true
			start := max(0, end-200)
			for start > 0 && !utf8.RuneStart(doc[start]) {
				start--
			}
			findWithinBounds(t, doc[start:end])
		}
	}
}

// wordEnds returns the byte offsets in s where a run of non-space characters ends.
func wordEnds(s string) []int {
	var ends []int
	inWord := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			if inWord {
				ends = append(ends, i)
			}
			inWord = false
			continue
		}
		inWord = true
	}
	if inWord {
		ends = append(ends, len(s))
	}
	return ends
}

// findWithinBounds runs Find on s and fails the test if it panics or returns an
// attribution span beyond the end of s.
func findWithinBounds(t *testing.T, s string) {
	t.Helper()
	defer func() {
		if e := recover(); e != nil {
			t.Fatalf("Find panicked on a text ending %q: %v", s[max(0, len(s)-60):], e)
		}
	}()
	r := Detector{}.Find(aussage.NewText(s))
	for _, a := range r.Attributions {
		for _, spans := range [][]aussage.Span{a.Content, a.Speaker, a.Cue, a.Frame} {
			for _, sp := range spans {
				if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
					t.Fatalf("span %v outside a text of %d bytes ending %q", sp, len(s), s[max(0, len(s)-60):])
				}
			}
		}
	}
}
