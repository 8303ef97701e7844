package hedge

import (
	"testing"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/internal/testcorpus"
)

// loadCorpus prepares the texts of ../../shared/eval/corpus/*.jsonl with tokens,
// sentences, clauses and verbs computed, so that the benchmark times hedge detection
// only.
func loadCorpus(b *testing.B) ([]*aussage.Text, int64) {
	raw := testcorpus.Texts(b)
	texts := make([]*aussage.Text, 0, len(raw))
	for _, r := range raw {
		t := aussage.NewText(r)
		t.Tokens()
		t.Sentences()
		t.Clauses()
		t.Verbs()
		texts = append(texts, t)
	}
	return texts, testcorpus.Bytes(raw)
}

func BenchmarkFind(b *testing.B) {
	texts, n := loadCorpus(b)
	var d Detector
	d.Find(texts[0]) // build the built-in lexicon before timing
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			for range d.All(t) {
			}
		}
	}
}
