package source

import (
	"strings"
	"testing"

	"github.com/aussage/aussage"
)

// naiveKindOfForm is kindOfForm as a scan of every suffix of the word: the
// reference the trie must agree with.
func naiveKindOfForm(head string) Kind {
	kinds := map[string]Kind{}
	for _, h := range headKinds {
		kinds[h.suffix] = h.kind
	}
	for i := 0; i < len(head); i++ {
		if i > 0 && head[i]&0xC0 == 0x80 {
			continue
		}
		if k, ok := kinds[head[i:]]; ok && (len(head)-i >= 4 || i == 0) {
			return k
		}
	}
	return UnknownKind
}

// naiveSpeechNoun is speechNoun as a comparison with every listed noun.
func naiveSpeechNoun(k string) bool {
	for _, suf := range speechNounSuffixes {
		if strings.HasSuffix(k, suf) {
			return true
		}
		for _, end := range []string{"en", "n", "s"} {
			if strings.HasSuffix(k, end) && strings.HasSuffix(k[:len(k)-len(end)], suf) {
				return true
			}
		}
	}
	return false
}

// TestSuffixTrie checks the suffix tries against a scan of their lists, on the
// listed words themselves, compounds and inflections of them, short and
// look-alike words, and every word of the seed article.
func TestSuffixTrie(t *testing.T) {
	words := []string{"", "a", "un", "dpa", "udpa", "eu", "reu", "bericht", "un-bericht", "berichts", "berichten",
		"regierungssprecher", "sprecherin", "zeitungen", "angaben", "polizeiangaben", "aussagen", "aussage", "berichtete",
		"staatsmedien", "medien", "post", "compost", "times", "weiße haus", "ärzte", "präsidentin", "ministerium"}
	for _, h := range headKinds {
		words = append(words, h.suffix, "x"+h.suffix, "haupt"+h.suffix+"en", h.suffix+"s", h.suffix[1:])
	}
	for _, s := range speechNounSuffixes {
		words = append(words, s, "vor"+s, s+"n", s+"en", s+"s", s[:len(s)-1])
	}
	for _, tok := range aussage.NewText(seedArticle(t)).Tokens() {
		words = append(words, tok.Key)
	}
	for _, w := range words {
		if got, want := kindOfForm(w), naiveKindOfForm(w); got != want {
			t.Errorf("kindOfForm(%q) = %v, want %v", w, got, want)
		}
		if got, want := speechNoun(w), naiveSpeechNoun(w); got != want {
			t.Errorf("speechNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
