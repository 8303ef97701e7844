package aussage

import (
	"testing"

	"github.com/aussage/aussage/internal/testcorpus"
)

// BenchmarkVerbs measures the whole path to the moods: a Text per document, its
// tokens, sentences and finite verbs, on one core.
func BenchmarkVerbs(b *testing.B) {
	texts := corpusTexts(b)
	n := testcorpus.Bytes(texts)
	NewText("Er sagte, er sei krank.").Verbs() // build the verb lexicon outside the loop
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			NewText(s).Verbs()
		}
	}
}
