package abbrev

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		in   string
		want Class
	}{
		{"Dr", Inner}, {"z.B", Inner}, {"bzw", Inner}, {"Bzw", Inner}, {"u.a", Inner},
		{"etc", Final}, {"v.Chr", Final}, {"Mio", Final}, {"Art", Final}, {"Aug", Final},
		// Look-alikes: ordinary words and wrong case.
		{"art", None}, {"DR", None}, {"Haus", None}, {"so", None}, {"", None}, {"z. B", None},
	}
	for _, tc := range tests {
		if got := Lookup(tc.in); got != tc.want {
			t.Errorf("Lookup(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestStartOf(t *testing.T) {
	tests := []struct {
		in   string
		want Start
	}{
		{"Die", StrongStart}, {"Im", StrongStart}, {"Über", StrongStart}, {"Während", StrongStart},
		{"Sie", WeakStart}, {"Ihnen", WeakStart},
		// Look-alikes: lower case, all capitals, nouns, mixed case.
		{"die", NoStart}, {"DIE", NoStart}, {"DiE", NoStart}, {"Regierung", NoStart},
		{"Ü", NoStart}, {"", NoStart}, {"Dieeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee", NoStart},
	}
	for _, tc := range tests {
		if got := StartOf(tc.in); got != tc.want {
			t.Errorf("StartOf(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestLeavesOpenAndIsName(t *testing.T) {
	for w, want := range map[string]bool{"das": true, "mit": true, "und": true, "an": false, "zu": false, "Das": false} {
		if got := LeavesOpen(w); got != want {
			t.Errorf("LeavesOpen(%q) = %v, want %v", w, got, want)
		}
	}
	if !IsName("Den", "Haag") || IsName("Den", "Mann") || IsName("den", "Haag") {
		t.Error("IsName: Den Haag is a name, Den Mann and den Haag are not")
	}
}

func TestParseErrors(t *testing.T) {
	_, err := parse("Dr\tinner\nz. B.\tinner\nusw\tfinal\nusw\tfinal\nca\tsometimes\n",
		"die\tstrong\nDer\tstrong\nin\tstrong\tnp\ndas\n", "Haag\n")
	if err == nil {
		t.Fatal("parse accepted bad lexicons")
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimPrefix(err.Error(), "abbrev: "), "\n") {
		lines = append(lines, l[:strings.Index(l, ": ")+1])
	}
	want := []string{
		"abbreviations.tsv:2:", "abbreviations.tsv:4:", "abbreviations.tsv:5:",
		"starters.tsv:2:", "starters.tsv:3:", "starters.tsv:4:", "names.tsv:1:",
	}
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("errors (-want +got):\n%s\nfull error:\n%v", diff, err)
	}
}

func TestEmbeddedLexicons(t *testing.T) {
	if _, err := parse(abbreviationsTSV, startersTSV, namesTSV); err != nil {
		t.Fatal(err)
	}
}

// TestQuickFiltersKeepEveryEntry checks the quick tests before the map lookups
// against every entry: each abbreviation is found as written and capitalised, each
// starter in its capitalised form, each name by its first two words.
func TestQuickFiltersKeepEveryEntry(t *testing.T) {
	tab := load()
	for k, c := range tab.abbr {
		if got := Lookup(k); got != c {
			t.Errorf("Lookup(%q) = %d, want %d", k, got, c)
		}
		r, size := utf8.DecodeRuneInString(k)
		if capital := string(unicode.ToUpper(r)) + k[size:]; unicode.IsLower(r) {
			if _, listed := tab.abbr[capital]; !listed && Lookup(capital) != c {
				t.Errorf("Lookup(%q) = %d, want %d as for %q", capital, Lookup(capital), c, k)
			}
		}
	}
	for w, s := range tab.starters {
		r, size := utf8.DecodeRuneInString(w)
		if capital := string(unicode.ToUpper(r)) + w[size:]; len(w) >= 2 && StartOf(capital) != s {
			t.Errorf("StartOf(%q) = %d, want %d", capital, StartOf(capital), s)
		}
	}
	for n := range tab.names {
		if !IsName(n[0], n[1]) {
			t.Errorf("IsName(%q, %q) = false", n[0], n[1])
		}
	}
}
