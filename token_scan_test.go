package aussage

import "testing"

// TestLowerRun compares the eight-bytes-at-a-time scan of lower-case letters with
// a byte loop, on words of German text and on every byte value around a-z.
func TestLowerRun(t *testing.T) {
	slow := func(s string, i int) int {
		for i < len(s) && 'a' <= s[i] && s[i] <= 'z' {
			i++
		}
		return i
	}
	texts := []string{
		"", "a", "z", "Regierungssprecherin", "nachrichtendienstlichen Erkenntnissen",
		"abcdefgh", "abcdefghi", "abcdefg`", "abcdefg{", "abcdefg@", "abcdefg[",
		"verändert", "größere", "geht's", "z.B.", "UN-Expertengremium", "abc\xffdefghijk",
	}
	for c := 0; c < 256; c++ {
		texts = append(texts, "abcdefghij"[:c%10]+string([]byte{byte(c)})+"klmnopqrstu")
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			if got, want := lowerRun(s, i), slow(s, i); got != want {
				t.Errorf("lowerRun(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestEstimateTokens checks that the capacity estimate covers the tokens of
// ordinary text, so that the token slice is allocated once.
func TestEstimateTokens(t *testing.T) {
	for _, s := range []string{
		"",
		"Nordkoreas Regime lässt nicht locker.",
		"„Wir haben jetzt kleine Nuklearsprengköpfe“, sagte er am 1. August (dpa).",
		"Atom- und Raketenprogramm, z. B. 1.000 Tonnen; 3,5 % mehr – oder weniger…",
	} {
		if n, est := len(NewText(s).Tokens()), estimateTokens(NewText(s).View()); est < n {
			t.Errorf("estimateTokens(%q) = %d, have %d tokens", s, est, n)
		}
	}
}
