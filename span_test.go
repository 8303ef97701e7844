package aussage

import "testing"

func TestSpan(t *testing.T) {
	src := "Pjöngjang treibt sein Atomprogramm voran."
	s := Span{Start: 0, End: 10} // "Pjöngjang" is 10 bytes: ö takes two
	if got := s.Of(src); got != "Pjöngjang" {
		t.Errorf("Of = %q, want %q", got, "Pjöngjang")
	}
	if s.Len() != 10 || s.IsEmpty() {
		t.Errorf("Len = %d, IsEmpty = %v", s.Len(), s.IsEmpty())
	}
	verb := Span{Start: 11, End: 17}
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"adjacent spans do not overlap", s.Overlaps(verb), false},
		{"a span overlaps itself", s.Overlaps(s), true},
		{"union contains both", s.Union(verb).Contains(s) && s.Union(verb).Contains(verb), true},
		{"inner span is contained", s.Contains(Span{Start: 3, End: 5}), true},
		{"outer span is not contained", s.Contains(Span{Start: 3, End: 12}), false},
		{"empty span is empty", Span{}.IsEmpty(), true},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	// Out-of-range spans are clamped rather than panicking.
	if got := (Span{Start: 36, End: 999}).Of(src); got != "voran." {
		t.Errorf("clamped Of = %q", got)
	}
	if got := (Span{Start: 9, End: 3}).Of(src); got != "" {
		t.Errorf("inverted Of = %q, want empty", got)
	}
	if got := s.String(); got != "[0,10)" {
		t.Errorf("String = %q", got)
	}
}
