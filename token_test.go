package aussage

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tokenString renders tokens as kind:original for compact comparisons.
func tokenStrings(txt *Text) []string {
	var out []string
	for _, tok := range txt.Tokens() {
		out = append(out, fmt.Sprintf("%s:%s", tok.Kind, txt.Slice(tok.Span)))
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Das kostet 3,5 Mio. Euro.", []string{"word:Das", "word:kostet", "number:3,5", "word:Mio", "punct:.", "word:Euro", "punct:."}},
		{"am 1.8.2020 um 11:30 Uhr", []string{"word:am", "number:1.8.2020", "word:um", "number:11:30", "word:Uhr"}},
		{"z.B. das Atom- und Raketenprogramm", []string{"word:z.B", "punct:.", "word:das", "word:Atom-", "word:und", "word:Raketenprogramm"}},
		{"Das UN-Expertengremium, das Kim-Regime", []string{"word:Das", "word:UN-Expertengremium", "punct:,", "word:das", "word:Kim-Regime"}},
		{"„Lazarus“ operiert", []string{"quote-open:„", "word:Lazarus", "quote-close:“", "word:operiert"}},
		{"»Schöne Münchnerin«", []string{"quote-open:»", "word:Schöne", "word:Münchnerin", "quote-close:«"}},
		{"«Schweizer Art»", []string{"quote-open:«", "word:Schweizer", "word:Art", "quote-close:»"}},
		{`er sagte "ja" und "nein"`, []string{"word:er", "word:sagte", `quote-open:"`, "word:ja", `quote-close:"`, "word:und", `quote-open:"`, "word:nein", `quote-close:"`}},
		{"Ausland – zum Beispiel", []string{"word:Ausland", "dash:–", "word:zum", "word:Beispiel"}},
		{"Mehr unter https://example.org/a.html. Mail an presse@example.org!", []string{"word:Mehr", "word:unter", "url:https://example.org/a.html", "punct:.", "word:Mail", "word:an", "email:presse@example.org", "punct:!"}},
		{"Alt: HTTP://EXAMPLE.ORG/X hat www.example.de, wwwahl http", []string{"word:Alt", "punct::", "url:HTTP://EXAMPLE.ORG/X", "word:hat", "url:www.example.de", "punct:,", "word:wwwahl", "word:http"}},
		{"#Wahl2021 und @tagesschau", []string{"hashtag:#Wahl2021", "word:und", "mention:@tagesschau"}},
		{"Wie geht's weiter…", []string{"word:Wie", "word:geht's", "word:weiter", "punct:…"}},
		{"Ende.Danach", []string{"word:Ende", "punct:.", "word:Danach"}},
		{"AT&T zahlt 5 %", []string{"word:AT&T", "word:zahlt", "number:5", "punct:%"}},
		{"Ende.\x00Neu\x1b und\xff fertig", []string{"word:Ende", "punct:.", "word:Neu", "word:und", "word:fertig"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tokenStrings(NewText(tt.in))); diff != "" {
				t.Errorf("tokens mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTokenKeysAndGaps(t *testing.T) {
	txt := NewText("STRAẞE und Straße\n\nNeuer Absatz\nzweite Zeile")
	var keys []string
	var gaps []Gap
	for _, tok := range txt.Tokens() {
		keys = append(keys, tok.Key)
		gaps = append(gaps, tok.Gap)
	}
	if diff := cmp.Diff([]string{"strasse", "und", "strasse", "neuer", "absatz", "zweite", "zeile"}, keys); diff != "" {
		t.Errorf("keys mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Gap{NoSpace, Space, Space, Paragraph, Space, LineBreak, Space}, gaps); diff != "" {
		t.Errorf("gaps mismatch (-want +got):\n%s", diff)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Straße": "strasse", "STRAẞE": "strasse", "Äußerung": "äusserung", "offenbar": "offenbar", "ÜBER": "über",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLatinOneLetters covers the letters U+00C0 to U+00FF, which the tokenizer reads
// without a table: those up to ß fold to others, × and ÷ are no letters.
func TestLatinOneLetters(t *testing.T) {
	var got []string
	for _, tok := range NewText("über Öl Maße größeren ÀÉÎõÿ 3×4 a÷b").Tokens() {
		got = append(got, tok.Kind.String()+":"+tok.Text+":"+tok.Key)
	}
	want := []string{"word:über:über", "word:Öl:öl", "word:Maße:masse", "word:größeren:grösseren",
		"word:ÀÉÎõÿ:àéîõÿ", "number:3:3", "symbol:×:×", "number:4:4", "word:a:a", "symbol:÷:÷", "word:b:b"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens mismatch (-want +got):\n%s", diff)
	}
}
