package aussage

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// verbCorpus returns the texts of ../shared/eval/corpus/*.jsonl, or skips the
// benchmark if the corpus is absent.
func verbCorpus(b *testing.B) []string {
	b.Helper()
	files, _ := filepath.Glob("../shared/eval/corpus/*.jsonl")
	var texts []string
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
		for sc.Scan() {
			var doc struct {
				Text string `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
				b.Fatalf("%s: %v", name, err)
			}
			texts = append(texts, doc.Text)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			b.Fatalf("%s: %v", name, err)
		}
	}
	if len(texts) == 0 {
		b.Skip("no corpus: ../shared/eval/corpus/*.jsonl is absent (see the evaluation README)")
	}
	return texts
}

// BenchmarkVerbs measures the whole path to the moods: a Text per document, its
// tokens, sentences and finite verbs, on one core.
func BenchmarkVerbs(b *testing.B) {
	texts := verbCorpus(b)
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
