package verbform

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unsafe"

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
		// finite readings of two lemmas: no Finites
		forms["y"+strings.Repeat("c", n-1)] = []Analysis{{Lemma: "a", Kind: Finite, Person: 3}, {Lemma: "b", Kind: Finite, Person: 3}}
	}
	forms["gar"] = nil // listed without readings, as the "never" homographs
	tab := newFormTable(forms)
	for k, want := range forms {
		got, sum, fin, ok := tab.lookupFinite(k)
		wantFin := finiteOf(want)
		if !ok || !cmp.Equal(got, want) || sum != Summarize(want) || fin.Moods != wantFin.Moods || fin.Lemma() != wantFin.Lemma() {
			t.Errorf("lookupFinite(%q) = %v, %v, %+v, %v; want %v, %v, %+v, true", k, got, sum, fin, ok, want, Summarize(want), wantFin)
		}
		if wantLemma := want != nil && k[0] == 'x'; (fin.Lemma() == "sein") != wantLemma || fin.OneLemma() != wantLemma {
			t.Errorf("lookupFinite(%q) lemma = %q", k, fin.Lemma())
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

// TestSlotSize checks that a slot has 32 bytes, so that two slots fill one cache
// line and firstSlot's even start keeps a short probe within one line.
func TestSlotSize(t *testing.T) {
	if size := unsafe.Sizeof(formSlot{}); size != 32 {
		t.Errorf("a formSlot has %d bytes, want 32", size)
	}
}

func TestAnalyzeFinite(t *testing.T) {
	const ind, k1, k2 = 1 << Indicative, 1 << Subjunctive1, 1 << Subjunctive2
	type agree struct {
		person uint8
		plural int8
		want   uint8
	}
	tests := []struct {
		key    string
		want   Summary
		lemma  string
		agrees []agree
	}{
		{"sagt", HasFinite, "sagen", []agree{{3, 0, ind}, {2, 1, ind}, {3, -1, ind}, {1, -1, 0}, {0, -1, ind}}},
		{"gesagt", HasNonFinite, "", nil},
		{"sagen", HasFinite | HasNonFinite, "sagen", []agree{{1, 1, ind | k1}, {3, 1, ind | k1}, {3, 0, 0}, {0, -1, ind | k1}}},
		{"sei", HasFinite | FiniteLight, "sein", []agree{{1, 0, k1}, {3, 0, k1}, {3, 1, 0}, {2, -1, 0}}},
		{"sagten", HasFinite, "sagen", []agree{{3, 1, ind | k2}, {1, -1, ind | k2}, {3, 0, 0}}},
		{"sag", 0, "", nil}, // an imperative only
		{"bitte", HasFinite | FiniteNeedsSubj, "bitten", []agree{{1, 0, ind | k1}, {3, 0, k1}}},
		{"tisch", 0, "", nil},
		{"mitteilte", HasFinite, "mitteilen", []agree{{1, 0, ind | k2}, {3, 0, ind | k2}, {3, 1, 0}}}, // derived
	}
	for _, tt := range tests {
		as, sum, fin := AnalyzeFinite(tt.key)
		if sum != tt.want || Summarize(as) != sum {
			t.Errorf("AnalyzeFinite(%q) summary = %04b (Summarize %04b), want %04b", tt.key, sum, Summarize(as), tt.want)
		}
		if want := finiteOf(as); fin.Lemma() != tt.lemma || fin.Lemma() != want.Lemma() || fin.Moods != want.Moods {
			t.Errorf("AnalyzeFinite(%q) = %q %v (finiteOf %q %v), want lemma %q", tt.key, fin.Lemma(), fin.Moods, want.Lemma(), want.Moods, tt.lemma)
		}
		for _, a := range tt.agrees {
			if got := fin.Moods.Agreeing(a.person, a.plural); got != a.want {
				t.Errorf("AnalyzeFinite(%q).Moods.Agreeing(%d, %d) = %03b, want %03b", tt.key, a.person, a.plural, got, a.want)
			}
		}
	}
}

// TestFinitesAgree checks the Finites of every listed form against its readings:
// the moods that agree with every person and number, and the one lemma.
func TestFinitesAgree(t *testing.T) {
	l := lex()
	n := 0
	l.table.each(func(key string, as []Analysis) {
		_, _, fin, _ := l.table.lookupFinite(key)
		lemmas := map[string]bool{}
		for _, a := range as {
			if a.Kind == Finite && a.Mood != Imperative {
				lemmas[a.Lemma] = true
			}
		}
		if len(lemmas) != 1 {
			if fin.OneLemma() || fin.Moods != 0 {
				t.Errorf("%q: %d finite lemmas, Finites %+v", key, len(lemmas), fin)
			}
			return
		}
		n++
		if !lemmas[fin.Lemma()] {
			t.Errorf("%q: Finites lemma %q, want one of %v", key, fin.Lemma(), lemmas)
		}
		for person := range uint8(4) {
			for plural := int8(-1); plural <= 1; plural++ {
				var want uint8
				for _, a := range as {
					if a.Kind == Finite && a.Mood != Imperative && (person == 0 || a.Person == person) &&
						(plural < 0 || a.Plural == (plural == 1)) {
						want |= 1 << a.Mood
					}
				}
				if got := fin.Moods.Agreeing(person, plural); got != want {
					t.Errorf("%q: Agreeing(%d, %d) = %03b, want %03b", key, person, plural, got, want)
				}
			}
		}
	})
	if n < 10000 {
		t.Errorf("only %d forms with one finite lemma", n)
	}
}

// TestCacheFilter checks that the filter of the derivation cache holds every key
// of the cache, and turns away most other words.
func TestCacheFilter(t *testing.T) {
	l := lex()
	for _, p := range []string{"an", "ab", "auf", "aus", "mit", "vor", "zurück", "heraus", "ver", "be"} {
		for _, f := range []string{"gesagt", "kündigte", "zuteilen", "stellt", "genommen", "rief", "geben", "suchte", "antwortet"} {
			Analyze(p + f)
		}
	}
	tab := l.cached.Load()
	if tab == nil {
		t.Fatal("no cache after 90 derivations")
	}
	keys := 0
	tab.each(func(key string, _ []Analysis) {
		keys++
		if !tab.mayHold(bloomHash(key)) {
			t.Errorf("the cache filter turns away %q, which the cache holds", key)
		}
	})
	passed := 0
	for i := range 10000 {
		if tab.mayHold(bloomHash(fmt.Sprintf("wort%d", i))) {
			passed++
		}
	}
	if keys == 0 || passed > 500 {
		t.Errorf("cache of %d keys: %d of 10000 other words pass its filter", keys, passed)
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
