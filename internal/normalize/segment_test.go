package normalize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSegmentsAreTight checks that a change covers only the runes that differ: the
// runes a replaced stretch begins or ends with map back exactly.
func TestSegmentsAreTight(t *testing.T) {
	tests := []struct {
		name, src string
		want      []Segment
	}{
		// NFC replaces the space (a starter) together with the tone mark after it;
		// only the mark changes (U+0340 → U+0300).
		{"mark after a space", "Er \u0340", []Segment{{ViewStart: 3, ViewEnd: 5, OrigStart: 3, OrigEnd: 5}}},
		// A decomposed umlaut composes: both runes of the original are one of the view.
		{"decomposed umlaut", "Mu\u0308ller", []Segment{{ViewStart: 1, ViewEnd: 3, OrigStart: 1, OrigEnd: 4}}},
		// A quotation mark becomes the straight one; the words around it stay.
		{"quotation mark", "„Ja“", []Segment{
			{ViewStart: 0, ViewEnd: 1, OrigStart: 0, OrigEnd: 3},
			{ViewStart: 3, ViewEnd: 4, OrigStart: 5, OrigEnd: 8},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Normalize(tt.src)
			if diff := cmp.Diff(tt.want, got.Segments); diff != "" {
				t.Errorf("Normalize(%q).Segments mismatch (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}
