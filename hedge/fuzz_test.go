package hedge

import (
	"testing"

	"github.com/aussage/aussage"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Der Minister soll von dem Plan gewusst haben.",
		"Die Polizei geht davon aus, dass der Brand vermutlich gelegt wurde.",
		"„Das dürfte kaum reichen“, sagte er – wohl kaum.",
		"rund … etwa 40 wenn,, Experten\u00adglauben \xff sehr",
		"gilt als", "ist noch nicht bekannt", "", "…",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tx := aussage.NewText(s)
		prevCue := -1
		for _, c := range New().Find(tx) {
			if len(c.Spans) == 0 || c.Text == "" {
				t.Fatalf("empty cue %+v", c)
			}
			// Cues are sorted by their first span; a discontinuous cue may enclose
			// another ("dürfte wohl kaum"), but its own spans are sorted and disjoint.
			if c.Spans[0].Start < prevCue {
				t.Fatalf("cues not sorted: %v after %d", c.Spans[0], prevCue)
			}
			prevCue = c.Spans[0].Start
			prev := -1
			for _, sp := range c.Spans {
				if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End {
					t.Fatalf("span %v out of bounds (len %d)", sp, len(s))
				}
				if sp.Start < prev {
					t.Fatalf("spans of %q not sorted: %v after %d", c.Text, sp, prev)
				}
				prev = sp.End
			}
			if c.Clause < -1 || c.Clause >= len(tx.Clauses()) {
				t.Fatalf("clause %d of %d", c.Clause, len(tx.Clauses()))
			}
		}
	})
}
