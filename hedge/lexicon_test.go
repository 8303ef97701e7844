package hedge

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/aussage/aussage"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestBuiltinLexicon(t *testing.T) {
	l := DefaultLexicon()
	if l.Len() < 100 {
		t.Fatalf("built-in lexicon has %d entries", l.Len())
	}
	seen := map[Class]bool{}
	for _, e := range l.Entries() {
		seen[e.Class] = true
		if e.File != "lexicon.tsv" || e.Line == 0 {
			t.Errorf("entry %q: position %s:%d", e.Lemma, e.File, e.Line)
		}
	}
	for _, c := range Classes() {
		if !seen[c] {
			t.Errorf("no entry of class %s", c)
		}
	}
}

func TestParseLexiconErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"x\tx\tbooster\tCT+\n", "my.tsv:1: want 5 to 7"},
		{"# header\nx\tx\tbooster-ish\tCT+\t3\n", "my.tsv:2: hedge: unknown class"},
		{"x\tx\tbooster\tCT\t3\n", "my.tsv:1: hedge: unknown value"},
		{"x\tx\tbooster\tCT+\t4\n", "my.tsv:1: score \"4\""},
		{"x\tx\tbooster\tCT+\t3\tnosuchrule\n", "my.tsv:1: unknown rule \"nosuchrule\""},
		{"x\t… x\tbooster\tCT+\t3\n", "my.tsv:1: pattern"},
		{"x\tx …\tbooster\tCT+\t3\n", "my.tsv:1: pattern"},
		{"x\t*ab\tbooster\tCT+\t3\n", "my.tsv:1: pattern"},
	} {
		_, err := ParseLexicon("my.tsv", strings.NewReader(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.in, err, tc.want)
		}
	}
}

func TestLoadLexiconAndMerge(t *testing.T) {
	fsys := fstest.MapFS{"mine.tsv": {Data: []byte("# my words\nunzweifelhaft\tunzweifelhaft\tbooster\tCT+\t3\t-\tmy note\n")}}
	mine, err := LoadLexicon(fsys, "mine.tsv")
	if err != nil {
		t.Fatal(err)
	}
	const s = "Das ist unzweifelhaft und vermutlich richtig."
	only := New(WithLexicon(mine))
	both := New(WithLexicon(Merge(DefaultLexicon(), mine)))
	var got [2][]string
	for i, d := range []*Detector{only, both} {
		for _, c := range d.Find(aussage.NewText(s)) {
			got[i] = append(got[i], c.Text+" "+c.Entry.File+" "+c.Entry.Note)
		}
	}
	want := [2][]string{
		{"unzweifelhaft mine.tsv my note"},
		{"unzweifelhaft mine.tsv my note", "vermutlich lexicon.tsv "},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Error(diff)
	}
	if _, err := LoadLexicon(fsys, "missing.tsv"); err == nil {
		t.Error("no error for a missing file")
	}
}

func TestTextMarshalling(t *testing.T) {
	for _, c := range Classes() {
		b, err := c.MarshalText()
		var back Class
		if err != nil || back.UnmarshalText(b) != nil || back != c || string(b) != c.String() {
			t.Errorf("class %v: %q %v → %v", c, b, err, back)
		}
	}
	for _, v := range Values() {
		b, err := v.MarshalText()
		var back Value
		if err != nil || back.UnmarshalText(b) != nil || back != v {
			t.Errorf("value %v: %q %v → %v", v, b, err, back)
		}
	}
	if _, err := Class(0).MarshalText(); err == nil {
		t.Error("zero class marshalled")
	}
	if _, err := Value(99).MarshalText(); err == nil {
		t.Error("invalid value marshalled")
	}
	// The names are those of the evaluation data and the CLI output.
	b, _ := json.Marshal(struct {
		C Class
		V []Value
	}{SpeculativeVerb, []Value{PRMinus, U, None}})
	if got, want := string(b), `{"C":"speculative-verb","V":["PR-","U","none"]}`; got != want {
		t.Errorf("JSON %s, want %s", got, want)
	}
	if PRPlus.Negate() != PRMinus || CTMinus.Negate() != CTPlus || U.Negate() != U {
		t.Error("Negate")
	}
}

func TestSpansAndClauses(t *testing.T) {
	// Typographic quotes and a dash make the view differ from the original.
	s := "„Wir schließen einen Anschlag nicht aus“, sagte er – der Täter soll geflohen sein."
	tx := aussage.NewText(s)
	cs := New().Find(tx)
	var got []string
	for _, c := range cs {
		var parts []string
		for _, sp := range c.Spans {
			parts = append(parts, tx.Slice(sp))
		}
		got = append(got, strings.Join(parts, "|"))
		cl := tx.Clauses()[c.Clause]
		if !cl.Span.Contains(c.Spans[0]) {
			t.Errorf("cue %q outside its clause %v", c.Text, cl.Span)
		}
	}
	want := []string{"schließen|nicht aus", "soll"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Error(diff)
	}
}

func TestConcurrentUse(t *testing.T) {
	var d Detector
	tx := aussage.NewText("Der Minister soll von dem Plan gewusst haben, vermutlich schon lange.")
	want := d.Find(tx)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got := d.Find(tx); !cmp.Equal(want, got, cmpopts.IgnoreUnexported(Entry{})) {
				t.Error("results differ between goroutines")
			}
		})
	}
	wg.Wait()
}

func TestAllStopsEarly(t *testing.T) {
	tx := aussage.NewText("Das ist vermutlich so. Das ist wahrscheinlich so. Das ist möglicherweise so.")
	n := 0
	for range New().All(tx) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("%d cues after break", n)
	}
}

func TestWithoutClasses(t *testing.T) {
	d := New(WithoutClasses(Approximator, Condition))
	got := d.Find(aussage.NewText("Falls rund 40 Gäste kommen, wird es vermutlich eng."))
	if len(got) != 1 || got[0].Class != EpistemicAdverb {
		t.Errorf("got %+v", got)
	}
}

func TestEveryRuleIsUsed(t *testing.T) {
	used := map[string]bool{}
	for _, e := range DefaultLexicon().Entries() {
		for _, n := range strings.Split(e.Rule, ",") {
			used[n] = true
		}
	}
	for n := range rules {
		if !used[n] {
			t.Errorf("rule %q is not used by the built-in lexicon", n)
		}
	}
}

func TestNilDetector(t *testing.T) {
	var d *Detector
	if got := d.Find(aussage.NewText("Das ist vermutlich wahr.")); len(got) != 1 {
		t.Errorf("nil detector found %v", got)
	}
}
