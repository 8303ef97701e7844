package source

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/aussage/aussage"
)

// loadCorpus reads the texts of the evaluation corpus, or skips the benchmark.
func loadCorpus(b *testing.B) []*aussage.Text {
	b.Helper()
	files, _ := filepath.Glob("../../shared/eval/corpus/*.jsonl")
	if len(files) == 0 {
		b.Skip("../../shared/eval/corpus/*.jsonl not found: the benchmark needs the evaluation corpus")
	}
	var texts []*aussage.Text
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
		for sc.Scan() {
			var rec struct {
				Text string `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				b.Fatal(err)
			}
			texts = append(texts, aussage.NewText(rec.Text))
		}
		f.Close()
	}
	return texts
}

// BenchmarkFind measures the source pass on prepared texts: tokens, sentences and
// verbs are computed before the timer starts.
func BenchmarkFind(b *testing.B) {
	texts := loadCorpus(b)
	size := 0
	for _, t := range texts {
		t.Tokens()
		t.Sentences()
		t.Verbs()
		size += t.Len()
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Detector{}.Find(t)
		}
	}
}
