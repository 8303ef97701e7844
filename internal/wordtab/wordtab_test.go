package wordtab

import (
	"strings"
	"testing"
	"unicode"

	"github.com/aussage/aussage/internal/testcorpus"
)

// TestTableAgreesWithMap checks every key of a German word list, words that share
// length and first and last byte with them, and look-alikes that differ in one inner
// byte, against a map.
func TestTableAgreesWithMap(t *testing.T) {
	words := strings.Fields("laut zufolge gemäß nach angaben sagte sagten erklärte behauptet bestätigte " +
		"dementierte wahrscheinlich vermutlich offenbar angeblich soll sollen dürfte könnte wohl " +
		"a er es sie man mitteilen teilte unter berufung auf zu vor informationen einschließlich")
	want := map[string]int{}
	var vals []int
	for i, w := range words {
		if _, dup := want[w]; !dup {
			want[w] = i
		}
		vals = append(vals, i)
	}
	tab := New(words, vals)
	probes := append([]string{"", "laus", "sagtt", "erkärte", "xyz", "wahrscheinlichx", "b", "ES"}, words...)
	for _, w := range words {
		if len(w) > 2 {
			probes = append(probes, w[:1]+"#"+w[2:]) // same length, first and last byte
		}
	}
	for _, k := range probes {
		got, ok := tab.Get(k)
		w, wantOK := want[k]
		if ok != wantOK || got != w {
			t.Errorf("Get(%q) = %d, %v; want %d, %v", k, got, ok, w, wantOK)
		}
	}
	var zero Table[int]
	if _, ok := zero.Get("laut"); ok {
		t.Error("the zero Table is not empty")
	}
}

// TestTableKeyLengths checks keys of every length around the 4-, 8- and 16-byte
// steps of the slot words against look-alikes that differ in one byte (an inner one
// too, which a key longer than sixteen bytes does not hold in its words), are one
// byte shorter or longer, or hold a zero byte where the padding is.
func TestTableKeyLengths(t *testing.T) {
	var keys []string
	want := map[string]int{}
	for n := 1; n <= 24; n++ {
		for _, k := range []string{strings.Repeat("ä", n)[:n], "x" + strings.Repeat("b", n-1)} {
			want[k] = len(keys)
			keys = append(keys, k)
		}
	}
	vals := make([]int, len(keys))
	for i := range vals {
		vals[i] = i
	}
	tab := New(keys, vals)
	for _, k := range keys {
		if got, ok := tab.Get(k); !ok || got != want[k] {
			t.Errorf("Get(%q) = %d, %v; want %d, true", k, got, ok, want[k])
		}
		mid := k[:len(k)/2] + "c" + k[len(k)/2+1:]
		for _, other := range []string{k + "b", k[:len(k)-1], k[:len(k)-1] + "c", mid, k + "\x00", "\x00" + k} {
			if _, listed := want[other]; listed {
				continue
			}
			if got, ok := tab.Get(other); ok {
				t.Errorf("Get(%q) = %d, true; want not in the table", other, got)
			}
		}
	}
}

// BenchmarkGet looks up every word of the speed corpus, lower-cased, in a table of
// some hundred function words and verbs of saying, as the detectors do for every
// word token: most words are in no table, some are asked for again and again.
func BenchmarkGet(b *testing.B) {
	texts := testcorpus.Texts(b)
	var probes []string
	for _, s := range texts {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
			probes = append(probes, strings.ToLower(w))
		}
	}
	keys := strings.Fields("der die das den dem des ein eine einen einem einer eines kein keine " +
		"in im an am auf aus bei mit nach von vor zu zum zur über unter durch für gegen ohne um " +
		"laut zufolge gemäß nach angaben sagte sagten sagt sagen erklärte erklärten erklärt " +
		"berichtete berichtet teilte mitteilte mitgeteilt betonte betont hieß heißt sei seien " +
		"habe hätten wäre wären werde würde würden soll sollen sollte sollten dürfte könnte " +
		"wohl vermutlich offenbar angeblich möglicherweise wahrscheinlich anscheinend " +
		"und oder aber sondern denn doch dass ob weil wenn als während obwohl nachdem " +
		"auch noch nur schon sehr bereits immer wieder jedoch allerdings außerdem zudem " +
		"berufung informationen einschließlich regierungssprecher bundesregierung")
	vals := make([]int, len(keys))
	tab := New(keys, vals)
	b.SetBytes(testcorpus.Bytes(texts))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range probes {
			tab.Get(w)
		}
	}
}
