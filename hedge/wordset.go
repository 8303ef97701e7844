package hedge

import (
	"strings"

	"github.com/aussage/aussage"
)

// A wordSet is a set of folded word forms that the rules test tokens against, often
// every token of a sentence. Most tokens are in none of the sets: three bit tests,
// on the word's length and its first and last byte, turn most of them away without
// hashing the word, which a map lookup does for every one.
type wordSet struct {
	lens        uint32 // bit min(len(w), 31) is set for every word w
	first, last uint64 // bit b&63 is set for the first (last) byte b of every word
	words       map[string]bool
}

// set returns the set of the folded words of the space-separated list words.
func set(words string) *wordSet {
	w := &wordSet{words: map[string]bool{}}
	for _, f := range strings.Fields(words) {
		k := aussage.Fold(f)
		w.words[k] = true
		w.lens |= 1 << min(len(k), 31)
		w.first |= 1 << (k[0] & 63)
		w.last |= 1 << (k[len(k)-1] & 63)
	}
	return w
}

// has reports whether k is in the set.
func (w *wordSet) has(k string) bool {
	n := len(k)
	if n == 0 || w.lens&(1<<min(n, 31)) == 0 || w.first&(1<<(k[0]&63)) == 0 || w.last&(1<<(k[n-1]&63)) == 0 {
		return false // no word of the set has this length, first or last byte
	}
	return w.words[k]
}
