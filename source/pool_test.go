package source

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/aussage/aussage"
)

// dump prints a result with every list it holds, to compare results by value.
func dump(r *Result) string { return fmt.Sprintf("%+v", *r) }

// TestPooledAnalyses checks that the working memory Find keeps from one call to
// the next changes no result: each text analysed after others, large and small,
// gives the result it gave first, and a result handed out earlier is not touched
// by the calls after it.
func TestPooledAnalyses(t *testing.T) {
	seed := seedArticle(t)
	texts := []string{
		"„Wir sind bereit“, sagte sie. Laut der Polizei blieb es ruhig. Der Minister sagte, die Lage sei ernst. Sie sei beherrschbar.",
		seed,
		"Der Stürmer Jan Kolb sieht einen „Fehler“, Trainer Hans Weber sieht eine „Chance“.",
		strings.Repeat("Er sagte, die Firma Nordwerk nenne den Plan „gut“. ", 200),
		"",
		"Die Sprecherin Anna Berg erklärte, der Bericht sei falsch. Berg forderte Aufklärung.",
	}
	var results []*Result
	var first []string
	for _, s := range texts {
		r := Detector{}.Find(aussage.NewText(s))
		results, first = append(results, r), append(first, dump(r))
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 3 {
				for i := range texts {
					k := (i + round) % len(texts) // a different order each round
					if got := dump(Detector{}.Find(aussage.NewText(texts[k]))); got != first[k] {
						t.Errorf("text %d analysed again: %s\nwant %s", k, got, first[k])
					}
				}
			}
		}()
	}
	wg.Wait()
	for i, r := range results {
		if got := dump(r); got != first[i] {
			t.Errorf("result %d changed after later calls: %s\nwant %s", i, got, first[i])
		}
	}
}
