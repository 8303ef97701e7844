package export

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/aussage/aussage/claim"
)

// benchDocs is how many corpus documents the benchmarks export: enough for a
// stable figure, few enough to analyse quickly before timing starts.
const benchDocs = 300

// corpusDocs analyses the first benchDocs documents of ../shared/eval/corpus/*.jsonl
// and returns them with their total size, or skips the benchmark if the corpus is
// absent.
func corpusDocs(b *testing.B) ([]*claim.Document, int64) {
	b.Helper()
	files, _ := filepath.Glob("../../shared/eval/corpus/*.jsonl")
	var docs []*claim.Document
	var n int64
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
		for sc.Scan() && len(docs) < benchDocs {
			var in struct {
				Text string `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
				b.Fatalf("%s: %v", name, err)
			}
			d, err := claim.Analyze(in.Text)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, d)
			n += int64(len(in.Text))
		}
		f.Close()
	}
	if len(docs) == 0 {
		b.Skip("no corpus: ../shared/eval/corpus/*.jsonl is absent (see the evaluation README)")
	}
	return docs, n
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
