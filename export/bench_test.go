package export

import (
	"io"
	"testing"

	"github.com/aussage/aussage/claim"
	"github.com/aussage/aussage/internal/testcorpus"
)

// benchDocs is how many corpus documents the benchmarks export: enough for a
// stable figure, few enough to analyse quickly before timing starts.
const benchDocs = 300

// corpusDocs analyses the first benchDocs documents of the speed corpus and returns
// them with their total size, or skips the benchmark if the corpus is absent.
func corpusDocs(b *testing.B) ([]*claim.Document, int64) {
	b.Helper()
	texts := testcorpus.Texts(b)
	texts = texts[:min(len(texts), benchDocs)]
	docs := make([]*claim.Document, 0, len(texts))
	for _, text := range texts {
		d, err := claim.Analyze(text)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs, testcorpus.Bytes(texts)
}

// BenchmarkExport measures each export on analysed corpus documents; the bytes per
// second are of input text.
func BenchmarkExport(b *testing.B) {
	docs, n := corpusDocs(b)
	for _, f := range []struct {
		name  string
		write func(io.Writer, *claim.Document) error
	}{
		{"jsonld", func(w io.Writer, d *claim.Document) error { return JSONLD(w, d, "") }},
		{"brat", Brat},
		{"html", HTML},
	} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					if err := f.write(io.Discard, d); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
