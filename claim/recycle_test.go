package claim

import (
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aussage/aussage"
)

// textLayers are the lists of a text, to compare texts by value.
type textLayers struct {
	Tokens    []aussage.Token
	Sentences []aussage.Sentence
	Verbs     []aussage.Verb
	Clauses   []aussage.Clause
}

func layersOf(t *aussage.Text) textLayers {
	return textLayers{t.Tokens(), t.Sentences(), t.Verbs(), t.Clauses()}
}

func mustJSON(t *testing.T, d *Document) string {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestRecycledTexts checks the texts whose lists AnalyzeString and AnalyzeBytes
// hand back to the pool when the document is built: the document's text computes
// its tokens, sentences, verbs and clauses again as a fresh text does; documents
// analysed later, from the pooled lists, in several goroutines, equal those of a
// text of the caller's, whose lists are never recycled; and no document changes when
// later ones reuse the lists, so none points into them.
func TestRecycledTexts(t *testing.T) {
	seed, err := os.ReadFile("../testdata/nordkorea-2020-08.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		string(seed),
		"„Wir sind bereit“, sagte sie. Laut der Polizei blieb es ruhig. Der Minister sagte, die Lage sei ernst.",
		"",
		strings.Repeat("Die Sprecherin Anna Berg erklärte, der Bericht sei falsch. Berg forderte Aufklärung. ", 100),
	}
	var a Analyzer
	want := make([]string, len(texts))
	for i, s := range texts {
		mine := aussage.NewText(s)
		toks := mine.Tokens()
		d, err := a.Analyze(mine)
		if err != nil {
			t.Fatal(err)
		}
		if got := mine.Tokens(); len(toks) > 0 && &got[0] != &toks[0] {
			t.Errorf("text %d: Analyze recycled the lists of the caller's text", i)
		}
		want[i] = mustJSON(t, d)
	}
	var first []*Document
	for i, s := range texts {
		d, err := a.AnalyzeString(s)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(layersOf(aussage.NewText(s)), layersOf(d.Text())); diff != "" {
			t.Errorf("text %d: the document's text after AnalyzeString (-fresh +got):\n%s", i, diff)
		}
		first = append(first, d)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for round := range 3 {
				for j := range texts {
					k := (j + g + round) % len(texts)
					var d *Document
					var err error
					if round == 1 {
						d, err = AnalyzeBytes([]byte(texts[k]))
					} else {
						d, err = a.AnalyzeString(texts[k])
					}
					if err != nil {
						t.Error(err)
						return
					}
					if got := mustJSON(t, d); got != want[k] {
						t.Errorf("text %d analysed from pooled lists: %s\nwant %s", k, got, want[k])
					}
				}
			}
		})
	}
	wg.Wait()
	for i, d := range first {
		if got := mustJSON(t, d); got != want[i] {
			t.Errorf("document %d changed after later analyses: %s\nwant %s", i, got, want[i])
		}
	}
}
