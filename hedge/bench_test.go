package hedge

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/aussage/aussage"
)

// loadCorpus prepares the texts of ../../shared/eval/corpus/*.jsonl with tokens,
// sentences, clauses and verbs computed, so that the benchmark times hedge detection
// only.
func loadCorpus(b *testing.B) ([]*aussage.Text, int64) {
	files, _ := filepath.Glob("../../shared/eval/corpus/*.jsonl")
	if len(files) == 0 {
		b.Skip("corpus not found: ../../shared/eval/corpus/*.jsonl (evaluation data lives outside the repository)")
	}
	var texts []*aussage.Text
	var n int64
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<26)
		for sc.Scan() {
			var r struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &r) != nil || r.Text == "" {
				continue
			}
			t := aussage.NewText(r.Text)
			t.Tokens()
			t.Sentences()
			t.Clauses()
			t.Verbs()
			texts = append(texts, t)
			n += int64(len(r.Text))
		}
		fh.Close()
	}
	return texts, n
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
