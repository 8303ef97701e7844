package aussage

import (
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aussage/aussage/internal/recycle"
)

// layers are the lists a text computes, to compare texts by value.
type layers struct {
	Tokens    []Token
	Sentences []Sentence
	Verbs     []Verb
	Clauses   []Clause
	Date      string
	DateSpan  Span
}

func layersOf(t *Text) layers {
	l := layers{Tokens: t.Tokens(), Sentences: t.Sentences(), Verbs: t.Verbs(), Clauses: t.Clauses()}
	l.Date, l.DateSpan = t.Date()
	return l
}

// recycleTexts are texts of every size around the pool's limit: a pooled list may
// come from a larger or a smaller text, or be too large for the pool.
func recycleTexts(t *testing.T) []string {
	seed, err := os.ReadFile("testdata/nordkorea-2020-08.txt")
	if err != nil {
		t.Fatal(err)
	}
	return []string{
		string(seed),
		"date 2020-08-04\nDer Minister sagte, die Lage sei ernst. „Wir kommen“, teilte sie mit.",
		"",
		"Er habe, so heißt es, nichts gewusst.",
		strings.Repeat("Die Sprecherin erklärte, der Bericht sei falsch, und forderte Aufklärung. ", 5100), // 66,300 tokens: too many for the pool
		strings.Repeat("Laut Polizei blieb es ruhig. ", 300),
	}
}

// TestRecycledText checks that a text whose lists went back to the pool computes
// them again as a fresh text does, that texts built from pooled lists equal fresh
// ones, also while other goroutines recycle theirs, and that a text not marked
// with recycle.Own keeps its lists.
func TestRecycledText(t *testing.T) {
	// The limit of the tests puts the texts on both sides of it without a text of
	// 64 MB: 4,681 tokens.
	defer func(n int) { maxPooledBytes = n }(maxPooledBytes)
	maxPooledBytes = 256 << 10
	texts := recycleTexts(t)
	want := make([]layers, len(texts))
	for i, s := range texts {
		want[i] = layersOf(NewText(s))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for round := range 2 {
				for j := range texts {
					k := (j + g + round) % len(texts) // each goroutine in its own order
					x := NewText(texts[k])
					recycle.Own(x)
					if got := layersOf(x); !reflect.DeepEqual(want[k], got) { // cmp.Diff is slow on a million tokens
						t.Errorf("text %d from pooled lists (-fresh +got):\n%s", k, cmp.Diff(want[k], got))
					}
					recycle.Release(x)
					if got := layersOf(x); !reflect.DeepEqual(want[k], got) {
						t.Errorf("text %d computed again after Release (-fresh +got):\n%s", k, cmp.Diff(want[k], got))
					}
				}
			}
		})
	}
	wg.Wait()

	x := NewText(texts[0])
	toks := x.Tokens()
	recycle.Release(x)
	if got := x.Tokens(); &got[0] != &toks[0] {
		t.Error("Release dropped the lists of a text not marked with Own")
	}
}
