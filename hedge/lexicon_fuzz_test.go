package hedge

import (
	"strings"
	"testing"

	"github.com/aussage/aussage"
)

// FuzzParseLexicon reads arbitrary text as a user's hedge lexicon: it must fail with
// an error or give a lexicon that a detector can match with, never panic; every cue
// it finds must lie in the text, on the token boundaries.
func FuzzParseLexicon(f *testing.F) {
	f.Add("vielleicht\tvielleicht\tepistemic-adverb\tPS+\t1\t-\n", "Das ist vielleicht so.")
	f.Add("ausgehen von\tgeh*|gehen … davon aus\tspeculative-verb\tPR+\t2\tfinal\tNotiz\n", "Er geht fest davon aus.")
	f.Add("x\t# …\tapproximator\tnone\t0\tnum,digits\n", "rund 300 Menschen")
	f.Add("a\t*\tbooster\tCT+\t9\n", "a")
	f.Add("a\t… …\tbooster\tCT+\t1\nb\t|\tbooster\tCT+\t1\n", "a b")
	f.Add("#only a comment\n\n", "")
	f.Fuzz(func(t *testing.T, lex, text string) {
		l, err := ParseLexicon("fuzz.tsv", strings.NewReader(lex))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.tsv") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		txt := aussage.NewText(text)
		for _, c := range New(WithLexicon(l)).Find(txt) {
			for _, s := range c.Spans {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End {
					t.Fatalf("cue %q: span %v out of bounds (%d bytes)", c.Text, s, len(text))
				}
			}
		}
	})
}
