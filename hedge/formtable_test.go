package hedge

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/aussage/aussage"
	"github.com/google/go-cmp/cmp"
)

// TestFormTable checks the table against a map on keys that share length and first
// and last bytes (the filter's and the hash's inputs), on keys that pass the
// filter without being in the table, and on the built-in lexicon's word forms.
func TestFormTable(t *testing.T) {
	keys := []string{"wohl", "wahl", "wohlauf", "wohlbekannt", "wohl-bekannt", "es", "e", "ß", "vermutlich", "vermeintlich", "äußerst"}
	m := map[string][]hit{}
	for i, k := range keys {
		m[k] = []hit{{prio: i}}
	}
	tab := newFormTable(m, keys)
	probes := append(slices.Clone(keys), "woll", "wahr", "wohlbekanntes", "ss", "ef", "x", "vermutlichx", "äußerster", "wohlbekannu")
	for _, k := range probes {
		got, want := tab.get(k), m[k]
		if len(got) != len(want) || len(got) > 0 && got[0].prio != want[0].prio {
			t.Errorf("get(%q) = %v, want %v", k, got, want)
		}
		// may must let every key of the table through; a look-alike that differs
		// in its first or last byte from all keys it must turn away.
		if may := tab.may(k[0], k[len(k)-1]); len(want) > 0 && !may {
			t.Errorf("may(%q) = false for a key of the table", k)
		}
	}
	for _, k := range []string{"x", "wohlbekannu", "agfa"} {
		if tab.may(k[0], k[len(k)-1]) {
			t.Errorf("may(%q) = true, but no key starts with %q and ends with %q", k, k[0], k[len(k)-1])
		}
	}

	// Every plain word form of the built-in lexicon finds exactly the entries that
	// list it, in lexicon order.
	l := DefaultLexicon()
	want := map[string][]string{}
	for _, e := range l.entries {
		for _, a := range e.elems[0].alts {
			if !strings.Contains(a, "*") && (len(want[a]) == 0 || want[a][len(want[a])-1] != e.Pattern) {
				want[a] = append(want[a], e.Pattern)
			}
		}
	}
	for k, w := range want {
		var got []string
		for _, h := range l.exact.get(k) {
			got = append(got, h.e.Pattern)
		}
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("exact.get(%q) (-want +got):\n%s", k, diff)
		}
	}
}

// TestStarForms checks that prefix and suffix forms match as before the table: a
// compound with the suffix, a word with the prefix, and the plain form of the same
// entry, but not the bare suffix.
func TestStarForms(t *testing.T) {
	lex, err := ParseLexicon("test.tsv", strings.NewReader(
		"kenner\tkenner|*kenner\timpersonal\tPR+\t1\t-\n"+
			"mutmaßlich\tmutmaßlich*\tdistancing\tU\t0\t-\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := New(WithLexicon(lex))
	var got []string
	for _, c := range d.Find(aussage.NewText("Kenner, Russland-Kenner und der mutmaßliche Täter, nicht aber der Mutmaßer oder der Kennerblick.")) {
		got = append(got, c.Text)
	}
	if diff := cmp.Diff([]string{"Kenner", "Russland-Kenner", "mutmaßliche"}, got); diff != "" {
		t.Errorf("cues (-want +got):\n%s", diff)
	}
}

// TestNextBit checks that a word's entries that the sentence loop skips by
// nextBit are those that try would turn away at their second element, at every
// word of the seed article and of sentences of common words that start longer
// entries, and that some are skipped (else the test tests nothing).
func TestNextBit(t *testing.T) {
	seed, err := os.ReadFile("../testdata/nordkorea-2020-08.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := aussage.NewText(string(seed) + "\nEs ist nicht so, dass es in der Regel nicht geht, man kann es in Frage stellen. Nicht, dass es " +
		"gut ginge – es wird wohl so sein, wird gesagt, nach Angaben der Polizei, man. In")
	lex := DefaultLexicon()
	s := &scan{t: text, toks: text.Tokens(), lex: lex}
	skipped := 0
	for _, sent := range text.Sentences() {
		s.lo, s.hi = sent.Tokens[0], sent.Tokens[1]
		for i := s.lo; i < s.hi; i++ {
			next := s.nextBit(i + 1)
			for _, h := range lex.exact.get(s.toks[i].Key) {
				skip := cannotGoOn(&h, next)
				if skip {
					skipped++
				}
				if goesOn := len(h.e.elems) < 2 || s.wordAt(&h.e.elems[1], i+1); skip && goesOn {
					t.Errorf("%q at token %d: %q skipped, but it goes on", s.toks[i].Text, i, h.e.Pattern)
				}
			}
		}
	}
	if skipped == 0 {
		t.Error("no entry skipped: the test tests nothing")
	}
}
