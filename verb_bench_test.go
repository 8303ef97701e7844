package aussage

import (
	"testing"
)

// BenchmarkVerbs measures the whole path to the moods: a Text per document, its
// tokens, sentences and finite verbs, on one core.
func BenchmarkVerbs(b *testing.B) {
	texts := corpusTexts(b)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	NewText("Er sagte, er sei krank.").Verbs() // build the verb lexicon outside the loop
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			NewText(s).Verbs()
		}
	}
}
