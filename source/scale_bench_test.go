package source

import (
	"flag"
	"strings"
	"testing"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/internal/testcorpus"
)

// scaleMax keeps the large documents out of "go test -bench ." by default.
var scaleMax = flag.Int("scale.max", 1<<20, "BenchmarkFindScale: the largest document to analyse, in bytes (52428800 for 50 MB)")

// BenchmarkFindScale measures the source pass alone on one document of 1 KB, 1 MB,
// 10 MB and 50 MB for each shape of testcorpus.Shapes. Cost is linear when
// ns/B stays the same across the sizes of a shape. Tokens, sentences, verbs and
// clauses are computed before the timer starts.
func BenchmarkFindScale(b *testing.B) {
	texts := loadCorpus(b)
	var parts []string
	for _, t := range texts {
		parts = append(parts, t.String())
	}
	prose := strings.Join(parts, "\n\n")
	for _, sh := range testcorpus.Shapes {
		for _, size := range []struct {
			name string
			n    int
		}{{"1KB", 1 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}, {"50MB", 50 << 20}} {
			if size.n > *scaleMax {
				continue
			}
			b.Run(sh.Name+"/"+size.name, func(b *testing.B) {
				t := aussage.NewText(sh.Make(prose, size.n))
				t.Tokens()
				t.Sentences()
				t.Verbs()
				t.Clauses()
				b.SetBytes(int64(t.Len()))
				b.ReportAllocs()
				for b.Loop() {
					Detector{}.Find(t)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(t.Len()), "ns/B")
			})
		}
	}
}
