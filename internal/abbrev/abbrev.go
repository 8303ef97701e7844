package abbrev

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/aussage/aussage/internal/lexicon"
)

// A Class says how an abbreviation's period relates to the end of a sentence.
type Class uint8

// The abbreviation classes.
const (
	None  Class = iota // not a known abbreviation
	Inner              // never ends a sentence: Dr., Nr., ca., z. B.
	Final              // may end a sentence: etc., usw., v. Chr., Mio.
)

// A Start says whether a capitalised word marks the start of a sentence.
type Start uint8

// The sentence-start classes.
const (
	NoStart     Start = iota // an ordinary word: nouns and names are capitalised anywhere
	WeakStart                // capitalised at a sentence start or as polite address (Sie, Ihnen)
	StrongStart              // capitalised only at a sentence start (Die, Im, Doch)
)

//go:embed abbreviations.tsv
var abbreviationsTSV string

//go:embed starters.tsv
var startersTSV string

//go:embed names.tsv
var namesTSV string

type tables struct {
	abbr map[string]Class
	// abbrLen[c] is the length of the longest abbreviation that begins with the
	// ASCII byte c, either case of a letter alike (0: none): most words before a
	// period are longer.
	abbrLen  [256]uint8
	starters map[string]Start
	// maxStarter is the byte length of the longest entry in starters
	maxStarter int
	// mayStart is a Bloom filter over the keys of starters: most capitalised
	// words are nouns, which one look at this small table rules out faster than a
	// map lookup.
	mayStart [starterBloomBits / 64]uint64
	// shape[n][b0&31] has bit b1&63 set if a starter of n bytes begins with the
	// bytes b0 b1: a capitalised noun is mostly ruled out by its length and first
	// two letters, before it is lower-cased and hashed.
	shape [][32]uint64
	open  map[string]bool
	names map[[2]string]bool // the first two words of a name
	// nameFirst[c] is the length of the longest first word of a name that begins
	// with the byte c (0: none), a quick test before names is hashed.
	nameFirst [256]uint8
}

var (
	loadOnce sync.Once
	loaded   *tables
)

// load returns the tables, parsed on first use. Unlike a sync.OnceValue it is
// inlined at its call sites, one per word that may end or start a sentence.
func load() *tables {
	loadOnce.Do(parseTables)
	return loaded
}

func parseTables() {
	t, err := parse(abbreviationsTSV, startersTSV, namesTSV)
	if err != nil {
		// The files are embedded: a parse error is a build defect that the package
		// tests report, not an input problem.
		panic(err)
	}
	loaded = t
}

func parse(abbrTSV, startTSV, namesTSV string) (*tables, error) {
	t := &tables{abbr: map[string]Class{}, starters: map[string]Start{}, open: map[string]bool{}, names: map[[2]string]bool{}}
	var errs []error
	recs, err := lexicon.Read("abbreviations.tsv", strings.NewReader(abbrTSV))
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		if len(r.Fields) != 2 {
			errs = append(errs, lexicon.Errorf("abbreviations.tsv", r, "want 2 fields, have %d", len(r.Fields)))
			continue
		}
		var c Class
		switch r.Fields[1] {
		case "inner":
			c = Inner
		case "final":
			c = Final
		default:
			errs = append(errs, lexicon.Errorf("abbreviations.tsv", r, "unknown class %q", r.Fields[1]))
			continue
		}
		key := r.Fields[0]
		if strings.HasSuffix(key, ".") || strings.ContainsAny(key, " \t") {
			errs = append(errs, lexicon.Errorf("abbreviations.tsv", r, "%q: write the abbreviation without spaces and final period", key))
			continue
		}
		if _, dup := t.abbr[key]; dup {
			errs = append(errs, lexicon.Errorf("abbreviations.tsv", r, "duplicate entry %q", key))
			continue
		}
		if len(key) > 255 {
			errs = append(errs, lexicon.Errorf("abbreviations.tsv", r, "%q is too long", key))
			continue
		}
		t.abbr[key] = c
		if c := key[0]; c < utf8.RuneSelf {
			t.abbrLen[c] = max(t.abbrLen[c], uint8(len(key)))
			t.abbrLen[asciiFlip(c)] = max(t.abbrLen[asciiFlip(c)], uint8(len(key)))
		}
	}
	var words []string // the starters
	recs, err = lexicon.Read("starters.tsv", strings.NewReader(startTSV))
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		if len(r.Fields) < 2 || len(r.Fields) > 3 {
			errs = append(errs, lexicon.Errorf("starters.tsv", r, "want 2 or 3 fields, have %d", len(r.Fields)))
			continue
		}
		if len(r.Fields) == 3 {
			if r.Fields[2] != "open" {
				errs = append(errs, lexicon.Errorf("starters.tsv", r, "unknown flag %q", r.Fields[2]))
				continue
			}
			t.open[r.Fields[0]] = true
		}
		var s Start
		switch r.Fields[1] {
		case "strong":
			s = StrongStart
		case "weak":
			s = WeakStart
		default:
			errs = append(errs, lexicon.Errorf("starters.tsv", r, "unknown class %q", r.Fields[1]))
			continue
		}
		w := r.Fields[0]
		if strings.ToLower(w) != w {
			errs = append(errs, lexicon.Errorf("starters.tsv", r, "%q: write the word in lower case", w))
			continue
		}
		if _, dup := t.starters[w]; dup {
			errs = append(errs, lexicon.Errorf("starters.tsv", r, "duplicate entry %q", w))
			continue
		}
		t.starters[w] = s
		t.maxStarter = max(t.maxStarter, len(w))
		words = append(words, w)
		a, b := starterHashes(w)
		t.mayStart[a/64] |= 1 << (a % 64)
		t.mayStart[b/64] |= 1 << (b % 64)
	}
	t.shape = make([][32]uint64, t.maxStarter+1)
	for _, w := range words {
		if len(w) >= 2 {
			t.shape[len(w)][w[0]&31] |= 1 << (w[1] & 63)
		}
	}
	recs, err = lexicon.Read("names.tsv", strings.NewReader(namesTSV))
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		words := strings.Fields(r.Fields[0])
		if len(r.Fields) != 1 || len(words) < 2 {
			errs = append(errs, lexicon.Errorf("names.tsv", r, "want one name of two or more words"))
			continue
		}
		if len(words[0]) > 255 {
			errs = append(errs, lexicon.Errorf("names.tsv", r, "first word too long"))
			continue
		}
		t.names[[2]string{words[0], words[1]}] = true
		t.nameFirst[words[0][0]] = max(t.nameFirst[words[0][0]], uint8(len(words[0])))
	}
	if err := lexicon.Join(errs); err != nil {
		return nil, fmt.Errorf("abbrev: %w", err)
	}
	return t, nil
}

// Lookup returns the class of the abbreviation s, given without its final period and
// with inner periods but no spaces ("z.B", "Dr", "v.Chr"). An entry that starts lower
// case also matches its capitalised form ("Vgl" for "vgl"), which begins a sentence.
func Lookup(s string) Class {
	t := load()
	if s == "" || s[0] < utf8.RuneSelf && len(s) > int(t.abbrLen[s[0]]) {
		return None
	}
	if c, ok := t.abbr[s]; ok {
		return c
	}
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return None
	}
	if len(s) > 24 {
		return None // longer than any entry
	}
	var buf [32]byte
	lower := append(utf8.AppendRune(buf[:0], unicode.ToLower(r)), s[size:]...)
	return t.abbr[string(lower)]
}

// asciiFlip returns the other case of an ASCII letter and any other byte as it is.
func asciiFlip(c byte) byte {
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
		return c ^ 0x20
	}
	return c
}

// StartOf says whether word, as written, is a sentence-start word. Only the
// capitalised form counts ("Die", not "die" or "DIE"): the lower-case form is the
// word inside a sentence, and an all-capitals word is part of a shouted headline.
func StartOf(word string) Start {
	t := load()
	if len(word) > t.maxStarter || len(word) < 2 {
		return NoStart // most capitalised words are nouns longer than any entry
	}
	var buf [32]byte
	key := buf[:0]
	if c := word[0]; 'A' <= c && c <= 'Z' {
		if t.shape[len(word)][(c+'a'-'A')&31]&(1<<(word[1]&63)) == 0 {
			return NoStart
		}
		key = append(key, c+'a'-'A')
	} else {
		r, size := utf8.DecodeRuneInString(word)
		if !unicode.IsUpper(r) {
			return NoStart
		}
		key = utf8.AppendRune(key, unicode.ToLower(r))
		word = word[size-1:]
	}
	for i := 1; i < len(word); i++ {
		c := word[i]
		if c < utf8.RuneSelf {
			if c < 'a' || c > 'z' {
				return NoStart
			}
			key = append(key, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		if !unicode.IsLower(r) {
			return NoStart
		}
		key = append(key, word[i:i+size]...)
		i += size - 1
	}
	if a, b := starterHashes(key); t.mayStart[a/64]&(1<<(a%64)) == 0 || t.mayStart[b/64]&(1<<(b%64)) == 0 {
		return NoStart
	}
	return t.starters[string(key)] // no allocation: the compiler looks up the bytes
}

const starterBloomBits = 1 << 12

// starterHashes returns two bit positions for key in the starter Bloom filter
// (FNV-1a, split in halves).
func starterHashes[S string | []byte](key S) (uint32, uint32) {
	h := uint64(14695981039346656037)
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= 1099511628211
	}
	return uint32(h) % starterBloomBits, uint32(h>>32) % starterBloomBits
}

// LeavesOpen reports whether a sentence cannot end right after the lower-case word:
// an article, a conjunction or a preposition that is never a separable verb particle
// ("das", "und", "mit", "in"). A capitalised word after it is a noun or a name ("das
// Aus", "mit Ja", "in Den Haag"), not the start of a sentence.
func LeavesOpen(word string) bool { return load().open[word] }

// IsName reports whether the words first and second, as written, begin a name whose
// first word would otherwise read as a sentence start: "Den Haag", "Die Linke".
func IsName(first, second string) bool {
	t := load()
	if first == "" || len(first) > int(t.nameFirst[first[0]]) {
		return false
	}
	return t.names[[2]string{first, second}]
}
