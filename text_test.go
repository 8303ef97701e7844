package aussage

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTextView checks the normalised view and that every token of the view maps back
// to exactly the original characters.
func TestTextView(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		view     string
		words    []string // original text of each Word token
		isNormal bool
	}{
		{
			name:     "plain ASCII takes the fast path",
			in:       "Er sagte, er sei krank.",
			view:     "Er sagte, er sei krank.",
			words:    []string{"Er", "sagte", "er", "sei", "krank"},
			isNormal: true,
		},
		{
			name:     "NFC text with umlauts is already normal",
			in:       "Pjöngjang lässt nicht locker.",
			view:     "Pjöngjang lässt nicht locker.",
			words:    []string{"Pjöngjang", "lässt", "nicht", "locker"},
			isNormal: true,
		},
		{
			name:  "German quotation marks become straight ones",
			in:    "„Lazarus“ und »Ransomware« und ‚Kim‘",
			view:  `"Lazarus" und "Ransomware" und 'Kim'`,
			words: []string{"Lazarus", "und", "Ransomware", "und", "Kim"},
		},
		{
			name:  "decomposed umlaut is composed",
			in:    "Mu\u0308ller sagte",
			view:  "Müller sagte",
			words: []string{"Mu\u0308ller", "sagte"},
		},
		{
			name:  "soft hyphen is removed inside the word",
			in:    "Sank\u00adtionen gegen Nord\u00adkorea",
			view:  "Sanktionen gegen Nordkorea",
			words: []string{"Sank\u00adtionen", "gegen", "Nord\u00adkorea"},
		},
		{
			name:  "dashes, no-break spaces and ellipsis",
			in:    "im Ausland – zum\u00a0Beispiel … 5\u202f%",
			view:  "im Ausland - zum Beispiel ... 5 %",
			words: []string{"im", "Ausland", "zum", "Beispiel"},
		},
		{
			name:  "CRLF line ends",
			in:    "Erste Zeile\r\nzweite Zeile",
			view:  "Erste Zeile\nzweite Zeile",
			words: []string{"Erste", "Zeile", "zweite", "Zeile"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			txt := NewText(tt.in)
			if got := txt.View(); got != tt.view {
				t.Errorf("View = %q, want %q", got, tt.view)
			}
			if got := txt.IsNormal(); got != tt.isNormal {
				t.Errorf("IsNormal = %v, want %v", got, tt.isNormal)
			}
			var words []string
			for _, tok := range txt.Tokens() {
				if tok.Kind == Word {
					words = append(words, txt.Slice(tok.Span))
				}
			}
			if diff := cmp.Diff(tt.words, words); diff != "" {
				t.Errorf("word spans mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTextInvalidUTF8(t *testing.T) {
	in := "Er sagte\xff, er sei \xc3krank."
	txt := NewText(in)
	if got, want := txt.InvalidBytes(), []int{8, 18}; !cmp.Equal(got, want) {
		t.Errorf("InvalidBytes = %v, want %v", got, want)
	}
	if err := txt.Err(); !errors.Is(err, ErrInvalidUTF8) || !strings.Contains(err.Error(), "1:9") {
		t.Errorf("Err = %v, want ErrInvalidUTF8 at 1:9", err)
	}
	if txt.String() != in {
		t.Error("String does not return the original bytes")
	}
	last := Span{}
	for _, tok := range txt.Tokens() {
		if tok.Span.Start < last.End || tok.Span.End > len(in) {
			t.Fatalf("token %q at %v out of order or bounds", tok.Text, tok.Span)
		}
		last = tok.Span
	}
	if NewText("sauber").Err() != nil {
		t.Error("valid text reports an error")
	}
}

func TestTextPosition(t *testing.T) {
	txt := NewText("Erste Zeile.\nZweite Zeile mit Ä.\n")
	tests := []struct {
		off  int
		want Position
	}{
		{0, Position{Offset: 0, Line: 1, Column: 1}},
		{12, Position{Offset: 12, Line: 1, Column: 13}},
		{13, Position{Offset: 13, Line: 2, Column: 1}},
		{30, Position{Offset: 30, Line: 2, Column: 18}},
		{999, Position{Offset: 34, Line: 3, Column: 1}},
		{-5, Position{Offset: 0, Line: 1, Column: 1}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, txt.Position(tt.off)); diff != "" {
			t.Errorf("Position(%d) mismatch (-want +got):\n%s", tt.off, diff)
		}
	}
}

func TestViewOffsetRoundTrip(t *testing.T) {
	in := "„Dank unserer Abschreckung“ – sagte Kim\u00ad Jong-un."
	txt := NewText(in)
	view := txt.View()
	for _, tok := range txt.Tokens() {
		// The token's text stands in the view where its original start maps to.
		if got := txt.ViewOffset(tok.Span.Start); !strings.HasPrefix(view[got:], tok.Text) {
			t.Errorf("ViewOffset(%d) = %d, where the view has %q, not token %q", tok.Span.Start, got, view[got:], tok.Text)
		}
	}
}
