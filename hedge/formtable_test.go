package hedge

import (
	"math/rand/v2"
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

// TestRadixSort checks radixSort against a stable comparison sort on keys with
// many repeats and on keys that differ in a single byte.
func TestRadixSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, gen := range []func() uint64{
		func() uint64 { return r.Uint64N(8) << 56 },
		func() uint64 { return r.Uint64N(4)<<56 | r.Uint64N(300)<<32 | r.Uint64N(100000) },
		func() uint64 { return r.Uint64() },
	} {
		for _, n := range []int{1, 2, 50, 5000} {
			keys := make([]keyed, n)
			for i := range keys {
				keys[i] = keyed{gen(), i}
			}
			want := slices.Clone(keys)
			slices.SortStableFunc(want, func(a, b keyed) int {
				switch {
				case a.key < b.key:
					return -1
				case a.key > b.key:
					return 1
				}
				return 0
			})
			got, _ := radixSort(keys, make([]keyed, n))
			if !slices.Equal(got, want) {
				t.Fatalf("%d keys: radix sort differs from a stable sort", n)
			}
		}
	}
}
