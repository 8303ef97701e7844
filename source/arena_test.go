package source

import (
	"testing"

	"github.com/aussage/aussage"
)

// TestClassesOf checks the word-class hash table against the map it is built from.
func TestClassesOf(t *testing.T) {
	for k, c := range classOf {
		if got := classesOf(k); got != c {
			t.Errorf("classesOf(%q) = %b, want %b", k, got, c)
		}
	}
	for _, k := range []string{"", "regierung", "kanzlerin", "x", "dass-satz", "ß"} {
		if got, want := classesOf(k), classOf[k]; got != want {
			t.Errorf("classesOf(%q) = %b, want %b", k, got, want)
		}
	}
}

// TestSpanListsIndependent checks that the span lists of a result, which share one
// backing array, are capped: appending to one leaves the others as they were.
func TestSpanListsIndependent(t *testing.T) {
	text := aussage.NewText("„Wir bauen die Brücke“, sagte der Bürgermeister. Die Firma erklärte, sie sei bereit. „Das kostet Geld“, so der Kämmerer.")
	r := Detector{}.Find(text)
	if len(r.Attributions) < 2 {
		t.Fatalf("want at least 2 attributions, got %d", len(r.Attributions))
	}
	before := make([][]aussage.Span, len(r.Attributions))
	for i, at := range r.Attributions {
		before[i] = append([]aussage.Span(nil), at.Content...)
		if cap(at.Content) != len(at.Content) || cap(at.Speaker) != len(at.Speaker) || cap(at.Chain) != len(at.Chain) {
			t.Errorf("attribution %d: a list is not capped", i)
		}
	}
	for i := range r.Attributions {
		r.Attributions[i].Speaker = append(r.Attributions[i].Speaker, aussage.Span{Start: -1, End: -1})
		r.Attributions[i].Cue = append(r.Attributions[i].Cue, aussage.Span{Start: -1, End: -1})
	}
	for i, at := range r.Attributions {
		for k, s := range at.Content {
			if s != before[i][k] {
				t.Errorf("attribution %d content %d changed to %v", i, k, s)
			}
		}
	}
}
