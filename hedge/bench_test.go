package hedge

import (
	"flag"
	"strings"
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

// scaleMax keeps the large documents of BenchmarkFindScale out of "go test -bench ."
// by default.
var scaleMax = flag.Int("scale.max", 1<<20, "BenchmarkFindScale: the largest document, in bytes (52428800 for 50 MB)")

type scaleSize struct {
	name string
	n    int
}

// scaleSizes returns the document sizes up to -scale.max.
func scaleSizes() []scaleSize {
	var out []scaleSize
	for _, s := range []scaleSize{{"1KB", 1 << 10}, {"1MB", 1 << 20}, {"8MB", 8 << 20}, {"50MB", 50 << 20}} {
		if s.n <= *scaleMax {
			out = append(out, s)
		}
	}
	return out
}

// BenchmarkFindScale runs the detector on one document of 1 KB, 1 MB, 8 MB and 50 MB
// (up to -scale.max) of every shape of testcorpus.Shapes, with
// tokens, sentences, clauses and verbs computed beforehand. Detection is linear when
// ns/B stays the same across sizes.
func BenchmarkFindScale(b *testing.B) {
	prose := strings.Join(testcorpus.Texts(b), "\n\n")
	for _, sh := range testcorpus.Shapes {
		for _, size := range scaleSizes() {
			b.Run(sh.Name+"/"+size.name, func(b *testing.B) {
				t := aussage.NewText(sh.Make(prose, size.n))
				t.Clauses()
				t.Verbs()
				var d Detector
				d.Find(aussage.NewText("Er kommt wahrscheinlich.")) // build the lexicon
				b.SetBytes(int64(len(t.String())))
				b.ReportAllocs()
				for b.Loop() {
					for range d.All(t) {
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(t.String())), "ns/B")
			})
		}
	}
}
