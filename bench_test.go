package aussage

import (
	"flag"
	"runtime"
	"strings"
	"testing"

	"github.com/aussage/aussage/internal/recycle"
	"github.com/aussage/aussage/internal/testcorpus"
)

// corpusTexts returns the texts of the speed corpus, or skips the benchmark.
func corpusTexts(b *testing.B) []string { return testcorpus.Texts(b) }

// BenchmarkSentences measures normalising, tokenizing and segmenting the corpus, one
// Text per document.
func BenchmarkSentences(b *testing.B) {
	benchmarkTexts(b, func(t *Text) { t.Sentences() })
}

// BenchmarkSentencesOnly measures the segmenter alone on already tokenized texts.
func BenchmarkSentencesOnly(b *testing.B) {
	texts := corpusTexts(b)
	b.SetBytes(testcorpus.Bytes(texts))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		ts := make([]*Text, len(texts))
		for i, s := range texts {
			ts[i] = NewText(s)
			ts[i].Tokens()
		}
		b.StartTimer()
		for _, t := range ts {
			t.Sentences()
		}
	}
}

// BenchmarkSentencesJoined segments the whole corpus as one text, as a single long
// document stresses the per-text setup less and the token loop more.
func BenchmarkSentencesJoined(b *testing.B) {
	text := strings.Join(corpusTexts(b), "\n\n")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		NewText(text).Sentences()
	}
}

// BenchmarkSentencesVerbs adds the finite verbs and their moods to
// BenchmarkSentences: the work behind the CLI's "sentences" and "moods".
func BenchmarkSentencesVerbs(b *testing.B) {
	benchmarkTexts(b, func(t *Text) { t.Sentences(); t.Verbs() })
}

// BenchmarkSentencesClauses measures the clause layer on top of sentences and verbs.
func BenchmarkSentencesClauses(b *testing.B) {
	benchmarkTexts(b, func(t *Text) { t.Clauses() })
}

// BenchmarkSentencesClausesRecycled is BenchmarkSentencesClauses for texts whose
// lists go back to the pool when done, as those of claim.AnalyzeString do.
func BenchmarkSentencesClausesRecycled(b *testing.B) {
	benchmarkTexts(b, func(t *Text) {
		recycle.Own(t)
		t.Clauses()
		recycle.Release(t)
	})
}

func benchmarkTexts(b *testing.B, f func(*Text)) {
	texts := corpusTexts(b)
	b.SetBytes(testcorpus.Bytes(texts))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			f(NewText(s))
		}
	}
}

// scaleMax keeps the large documents of BenchmarkClausesScale out of "go test
// -bench ." by default.
var scaleMax = flag.Int("scale.max", 1<<20, "BenchmarkClausesScale: the largest document, in bytes (52428800 for 50 MB)")

// BenchmarkClausesScale runs the clause pass alone on one document of 1 KB, 1 MB,
// 8 MB and 50 MB (up to -scale.max) of every shape of testcorpus.Shapes, with tokens,
// sentences and verbs computed beforehand. The pass is linear when ns/B stays the
// same across sizes; allocB/B is the number of bytes it allocates per input byte.
func BenchmarkClausesScale(b *testing.B) {
	prose := strings.Join(corpusTexts(b), "\n\n")
	for _, sh := range testcorpus.Shapes {
		for _, size := range []struct {
			name string
			n    int
		}{{"1KB", 1 << 10}, {"1MB", 1 << 20}, {"8MB", 8 << 20}, {"50MB", 50 << 20}} {
			if size.n > *scaleMax {
				continue
			}
			b.Run(sh.Name+"/"+size.name, func(b *testing.B) {
				t := NewText(sh.Make(prose, size.n))
				t.Verbs()
				t.Clauses()
				n := int64(t.Len())
				b.SetBytes(n)
				b.ReportAllocs()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				for b.Loop() {
					t.findClauses()
				}
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(int64(b.N)*n), "allocB/B")
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/B")
			})
		}
	}
}
