package source

import (
	"testing"

	"github.com/aussage/aussage"
)

// FuzzFind checks that any input is analysed without panic and that every span lies
// in the text, is in order, and points at valid indexes.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"„Wir sind bereit“, sagte sie. Laut der Polizei blieb es ruhig.",
		"Der Minister sagte, die Reform komme. Sie sei nötig.",
		"„Unvollständig. »Gemischt« ‚innen‘ \"gerade\" «Schweiz» “verkehrt„",
		"Er teilte mit,\n\n„Absatz eins\n\n„Absatz zwei“, so der Sprecher.",
		"Einem Bericht zufolge, wie X mitteilte, heißt es, demnach: „",
		"\xff\xfe„ungültig“, sagte er.",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tx := aussage.NewText(s)
		r := Detector{}.Find(tx)
		n := tx.Len()
		check := func(what string, spans []aussage.Span) {
			prev := -1
			for _, sp := range spans {
				if sp.Start < 0 || sp.End > n || sp.Start > sp.End {
					t.Fatalf("%s span %v out of bounds (len %d)", what, sp, n)
				}
				if sp.Start < prev {
					t.Fatalf("%s spans not in order: %v", what, spans)
				}
				prev = sp.End
			}
		}
		for i, q := range r.Quotes {
			check("quote", []aussage.Span{q.Span})
			if i > 0 && q.Span.Start < r.Quotes[i-1].Span.Start {
				t.Fatalf("quotes not sorted")
			}
		}
		for _, src := range r.Sources {
			for _, m := range src.Mentions {
				check("mention", []aussage.Span{m})
			}
		}
		for i, a := range r.Attributions {
			check("content", a.Content)
			check("speaker", a.Speaker)
			check("cue", a.Cue)
			check("frame", a.Frame)
			check("addressee", a.Addressee)
			if a.Source >= len(r.Sources) || a.Parent >= len(r.Attributions) || a.Parent == i {
				t.Fatalf("attribution %d: source %d parent %d", i, a.Source, a.Parent)
			}
			for _, c := range a.Chain {
				if c < 0 || c >= len(r.Sources) {
					t.Fatalf("attribution %d: chain %v", i, a.Chain)
				}
			}
		}
	})
}
