package hedge

import "testing"

// TestWordSet checks that the bit filter never turns a word of the set away and
// that look-alikes (same first and last byte, same length, prefixes) are not
// members.
func TestWordSet(t *testing.T) {
	w := set("sagte Straße laut zufolge ä")
	for _, tc := range []struct {
		key  string
		want bool
	}{
		{"sagte", true},
		{"strasse", true}, // folded as the tokens' keys are
		{"laut", true},
		{"zufolge", true},
		{"ä", true},
		{"", false},
		{"sagt", false},
		{"sagten", false},
		{"satte", false}, // same length, first and last byte
		{"Sagte", false}, // keys are folded: upper case never occurs
		{"straße", false},
		{"lauf", false},
		{"zufolgezufolgezufolgezufolgezufolge", false},
	} {
		if got := w.has(tc.key); got != tc.want {
			t.Errorf("has(%q) = %v, want %v", tc.key, got, tc.want)
		}
	}
}

// TestWordSetsAgreeWithWords checks every set of the rules: each of its words passes
// the filter.
func TestWordSetsAgreeWithWords(t *testing.T) {
	for _, w := range []*wordSet{reportingVerbs, reportingLemmas, attributionWords, attributionNouns, funcWords, clauseOpeners, commaSet, numberWords, timeWords} {
		for k := range w.words {
			if !w.has(k) {
				t.Errorf("has(%q) = false for a word of the set", k)
			}
		}
	}
}
