package verbform

import (
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestFormTable checks the table against the map it is built from, for keys of every
// length around the 8- and 16-byte word boundaries and for look-alikes that differ in
// one byte, are one byte shorter or longer, or hold a zero byte where the padding is.
func TestFormTable(t *testing.T) {
	forms := map[string][]Analysis{}
	for n := 1; n <= 20; n++ {
		k := strings.Repeat("ä", n)[:n] // also a key cut inside a rune
		forms[k] = []Analysis{{Lemma: "l" + k, Kind: Participle}}
		forms["x"+strings.Repeat("b", n-1)] = []Analysis{{Lemma: "sein", Kind: Finite, Person: 3}, {Lemma: "b", Kind: Infinitive}}
	}
	forms["gar"] = nil // listed without readings, as the "never" homographs
	tab := newFormTable(forms)
	for k, want := range forms {
		got, sum, ok := tab.lookup(k)
		if !ok || !cmp.Equal(got, want) || sum != Summarize(want) {
			t.Errorf("lookup(%q) = %v, %v, %v; want %v, %v, true", k, got, sum, ok, want, Summarize(want))
		}
		for _, other := range []string{k + "b", k[:len(k)-1], k[:len(k)-1] + "c", k + "\x00", "\x00" + k} {
			if _, listed := forms[other]; listed {
				continue
			}
			if as, _, ok := tab.lookup(other); ok {
				t.Errorf("lookup(%q) = %v, true; want not listed", other, as)
			}
		}
	}
	if _, _, ok := tab.lookup(""); ok {
		t.Errorf(`lookup("") reports a listed key`)
	}
	// each gives back what the table was built from: the derivation cache is
	// rebuilt from it.
	got := map[string][]Analysis{}
	tab.each(func(k string, as []Analysis) { got[k] = as })
	if diff := cmp.Diff(forms, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("each differs from the forms (-want +got):\n%s", diff)
	}
}

func TestSummarize(t *testing.T) {
	tests := []struct {
		key  string
		want Summary
	}{
		{"sagt", HasFinite},
		{"gesagt", HasNonFinite},
		{"sagen", HasFinite | HasNonFinite},
		{"sei", HasFinite | FiniteLight},
		{"sag", 0}, // an imperative only
		{"bitte", HasFinite | FiniteNeedsSubj},
		{"tisch", 0},
	}
	for _, tt := range tests {
		as, sum := AnalyzeSummary(tt.key)
		if sum != tt.want || Summarize(as) != sum {
			t.Errorf("AnalyzeSummary(%q) summary = %04b (Summarize %04b), want %04b", tt.key, sum, Summarize(as), tt.want)
		}
	}
}

// TestDerivedCacheConcurrent derives forms from many goroutines at once, so that the
// lock-free copy of the cache is replaced while others read it (run with -race), and
// checks that every answer equals a fresh derivation.
func TestDerivedCacheConcurrent(t *testing.T) {
	var keys []string
	for _, p := range []string{"an", "ab", "auf", "aus", "mit", "vor", "zurück", "heraus"} {
		for _, f := range []string{"gesagt", "kündigte", "zuteilen", "stellt", "genommen", "rief", "geben"} {
			keys = append(keys, p+f)
		}
	}
	l := lex()
	want := make([][]Analysis, len(keys))
	for i, k := range keys {
		if as, _, ok := l.table.lookup(k); ok {
			want[i] = as
		} else if len(k) >= 5 && l.mayDerive(k) {
			want[i] = l.derive(k)
		}
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for rep := range 50 {
				for i := range keys {
					j := (i + g*7 + rep) % len(keys)
					if got := Analyze(keys[j]); !cmp.Equal(got, want[j]) {
						t.Errorf("Analyze(%q) = %v, want %v", keys[j], got, want[j])
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

// TestEndingFilterIsExact checks that the ending filter lets through every listed
// form, every bare participle and a sample of the forms the rules derive with a
// prefix, a particle or an infixed zu.
func TestEndingFilterIsExact(t *testing.T) {
	l := lex()
	var keys []string
	for _, s := range l.table.slots {
		if s.size > 0 {
			keys = append(keys, s.key())
		}
	}
	for k := range l.table.long {
		keys = append(keys, k)
	}
	for k := range l.bare {
		keys = append(keys, k)
	}
	for _, k := range keys {
		if len(k) >= 2 && !l.mayEnd(k) {
			t.Errorf("mayEnd(%q) = false for a listed form", k)
		}
	}
	var prefixes []string
	for _, ps := range l.byFirst {
		prefixes = append(prefixes, ps...)
	}
	for i := 0; i < len(keys); i += 11 {
		for _, p := range prefixes {
			for _, k := range []string{p + keys[i], p + "zu" + keys[i], p + "be" + keys[i], keys[i] + "iert"} {
				if as := l.derive(k); as != nil && !l.mayEnd(k) {
					t.Errorf("mayEnd(%q) = false, but it is derived as %v", k, describe(as))
				}
			}
		}
	}
}

// TestMayDeriveIsExact checks that mayDerive lets through every form of the -ieren
// rule, alone and behind a particle, a zu or an inseparable prefix, and a sample of
// the prefixed listed forms, and that it turns away words with -ier- elsewhere.
func TestMayDeriveIsExact(t *testing.T) {
	l := lex()
	var keys []string
	for _, stem := range []string{"kritisier", "reagier", "informier", "probier"} {
		for _, e := range ierenEndings {
			keys = append(keys, stem+e)
		}
	}
	for i, s := range l.table.slots {
		if s.size > 0 && i%7 == 0 {
			keys = append(keys, s.key())
		}
	}
	for _, k := range keys {
		for _, p := range []string{"", "an", "anzu", "ver", "vorbe", "zurück", "über"} {
			if k := p + k; len(k) >= 5 && l.derive(k) != nil && !l.mayDerive(k) {
				t.Errorf("mayDerive(%q) = false, but it is derived as %v", k, describe(l.derive(k)))
			}
		}
	}
	for _, k := range []string{"vierten", "vierzig", "hierzulande"} {
		if l.mayDerive(k) {
			t.Errorf("mayDerive(%q) = true, want false: no rule derives it", k)
		}
	}
}

// TestParticleFilter checks the quick length test of IsParticle against every
// particle of the lexicon.
func TestParticleFilter(t *testing.T) {
	for k, p := range lex().particles {
		if got := IsParticle(k); got != !p.joinedOnly {
			t.Errorf("IsParticle(%q) = %v, want %v", k, got, !p.joinedOnly)
		}
	}
	for _, k := range []string{"", "mitte", "aufs", "zurücke"} {
		if IsParticle(k) {
			t.Errorf("IsParticle(%q) = true", k)
		}
	}
}
