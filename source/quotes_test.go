package source

import (
	"strings"
	"testing"

	"github.com/aussage/aussage"
)

// TestStrayMarkOnOneLine: in a text without paragraph breaks, an opening mark that
// is never closed (Der „Fall …) must not pair with a closing mark whose opener is
// missing far on (… gut“), which made one quotation of all the sentences between
// and hid their attributions.
func TestStrayMarkOnOneLine(t *testing.T) {
	const reps = 300 // 9 tokens each: the stray opener lies 2,700 tokens back
	text := "Der „Fall begann im Mai. " + strings.Repeat("Der Minister sagte, die Lage sei ernst. ", reps) +
		"Sie nannte das gut“ und ging."
	tx := aussage.NewText(text)
	r := Detector{}.Find(tx)
	for _, q := range r.Quotes {
		if q.Span.End-q.Span.Start > 100 {
			t.Errorf("quotation of %d bytes from %d: %.40q…", q.Span.End-q.Span.Start, q.Span.Start, tx.Slice(q.Span))
		}
	}
	said := 0
	for _, a := range r.Attributions {
		if a.Type == Indirect && len(a.Cue) == 1 && tx.Slice(a.Cue[0]) == "sagte" {
			said++
		}
	}
	if said != reps {
		t.Errorf("%d indirect attributions with the cue sagte, want %d", said, reps)
	}
}
