package normalize

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestStableRunesStayNFC checks the premise of the one-pass path of Normalize:
// any string of ASCII and stable runes is in NFC, so that it needs no check by
// IsNormalString.
func TestStableRunesStayNFC(t *testing.T) {
	tab := stable()
	var rs []rune
	for r := rune(0); r < stableLimit; r++ {
		if r < utf8.RuneSelf || tab[r/64]&(1<<(r%64)) != 0 {
			rs = append(rs, r)
		}
	}
	for _, r := range "äöüÄÖÜßẞéñ„“”‚‘’»«–—…€§\u00a0\u202f\u00ad" {
		if r < stableLimit && tab[r/64]&(1<<(r%64)) == 0 {
			t.Errorf("%q (%U) is not stable; German text would take the slow path", r, r)
		}
	}
	for _, r := range []rune{0x0301, 0x0308, 0x0345, 0x212B, 0x0958, 0x1161} {
		if tab[r/64]&(1<<(r%64)) != 0 {
			t.Errorf("%U is stable, but it combines or changes under NFC", r)
		}
	}
	rng := rand.New(rand.NewSource(1))
	buf := make([]rune, 0, 8)
	for n := 0; n < 200000; n++ {
		buf = buf[:0]
		for k := 1 + rng.Intn(6); k > 0; k-- {
			buf = append(buf, rs[rng.Intn(len(rs))])
		}
		if s := string(buf); !norm.NFC.IsNormalString(s) {
			t.Fatalf("%+q is made of stable runes but is not in NFC", s)
		}
	}
}

// TestNormalizeOnePass compares the one-pass path with the checked path on text
// that takes the one-pass path.
func TestNormalizeOnePass(t *testing.T) {
	for _, s := range []string{
		"",
		"Er sagte: „Das ist gut…“ – und ging.",
		"Zeile eins\r\nZeile zwei\rdrei ``zitiert''",
		"Stra\u00dfe\u00a0und Ma\u00adße",
	} {
		b := builder{src: s}
		if !b.mapRunes(0, len(s), true) {
			t.Fatalf("%q: not mapped in one pass", s)
		}
		got := b.result()
		c := builder{src: s}
		c.mapRunes(0, len(s), false)
		want := c.result()
		if got.View != want.View || len(got.Segments) != len(want.Segments) {
			t.Errorf("%q: one pass gives %q with %d segments, want %q with %d",
				s, got.View, len(got.Segments), want.View, len(want.Segments))
		}
		if Normalize(s).View != want.View {
			t.Errorf("Normalize(%q) = %q, want %q", s, Normalize(s).View, want.View)
		}
	}
}

// TestLatin1Letters checks the shortcut of mapRunes for U+00C0 to U+00FF: they are
// stable and have no replacement; and alone,
// between other text, and before marks that compose with some of them (Ä + ̄ is
// Ǟ): the view is the NFC form of the text, mapped, and spans stay exact.
func TestLatin1Letters(t *testing.T) {
	tab := stable()
	for r := rune(0xC0); r <= 0xFF; r++ {
		if tab[r/64]&(1<<(r%64)) == 0 {
			t.Errorf("%U is not stable, but mapRunes takes it for one", r)
		}
		if _, ok := replacement(r); ok {
			t.Errorf("%U has a replacement, which mapRunes skips", r)
		}
		for _, s := range []string{string(r), "a" + string(r) + "b„", string(r) + "\u0304", string(r) + "\u0308x", "\u00a0" + string(r) + "\r\n"} {
			res := Normalize(s)
			if want := mapString(norm.NFC.String(strings.ReplaceAll(s, "\r\n", "\n"))); res.View != want {
				t.Errorf("Normalize(%+q) = %+q, want %+q", s, res.View, want)
			}
			if len(res.Invalid) != 0 {
				t.Errorf("Normalize(%+q) reports invalid bytes at %v", s, res.Invalid)
			}
		}
	}
}
