package testcorpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Cuts returns texts that end where a word of one of docs ends, for tests that a
// text may end after any word: every prefix of each doc ending after a word when
// window is 0, and otherwise only the window bytes (rounded to a rune boundary)
// before the first occurrence of each distinct word, since a look-ahead past the
// end trips over the word a text ends with, not over what comes before it.
func Cuts(docs []string, window int) []string {
	var cuts []string
	seen := map[string]bool{}
	for _, doc := range docs {
		for _, end := range wordEnds(doc) {
			if window == 0 {
				cuts = append(cuts, doc[:end])
				continue
			}
			last := doc[strings.LastIndexFunc(doc[:end], unicode.IsSpace)+1 : end]
			if seen[last] {
				continue
			}
			seen[last] = true
			start := max(0, end-window)
			for start > 0 && !utf8.RuneStart(doc[start]) {
				start--
			}
			cuts = append(cuts, doc[start:end])
		}
	}
	return cuts
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
