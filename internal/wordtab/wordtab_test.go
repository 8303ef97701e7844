package wordtab

import (
	"strings"
	"testing"
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
