package hedge

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"sync"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/internal/lexicon"
)

// An Entry is one line of a hedge lexicon: a pattern of word forms with the class,
// value and score of the cue it marks, and the name of the rule that tells a hedge
// from its look-alikes.
type Entry struct {
	Lemma   string  // citation form, for people: "ausgehen von"
	Pattern string  // the pattern as written in the file (see [ParseLexicon])
	Class   Class   //
	Value   Value   //
	Score   float64 // −3 … +3; for an intensifier, how far it moves the score of its cue
	Rule    string  // disambiguation rule, "" for none
	Note    string  // free text
	File    string  // file the entry was read from
	Line    int     // line in File

	elems []element
	rules []rule
}

// An element is one position of a pattern.
type element struct {
	alts   []string // folded word forms; a form ending in '*' matches as a prefix, one starting with '*' as a suffix
	gap    bool     // "…": up to maxGap tokens of the same clause segment
	number bool     // "#": a number
}

// maxGap is how many tokens a gap in a discontinuous pattern may skip. German puts the
// particle of a separable verb at the end of its clause; ten tokens cover the middle
// field of news sentences without letting a cue reach into unrelated material.
const maxGap = 10

// A Lexicon is a parsed hedge lexicon, indexed for matching. It is immutable.
type Lexicon struct {
	entries []*Entry
	exact   map[string][]*Entry // by the first element's word forms
	prefix  map[string][]*Entry // by the first prefixLen bytes of a prefix form
	suffix  map[string][]*Entry // by the last suffixLen bytes of a suffix form
	order   map[*Entry]int      // position in entries: earlier entries win ties
	// head and tail are bit sets over the first and the last two bytes of the word
	// forms that can start a match: most tokens fail this test and cost no map lookup.
	head, tail *[1 << 16 / 64]uint64
}

func pair(a, b byte) uint16 { return uint16(a)<<8 | uint16(b) }

func headPair(k string) uint16 {
	if len(k) == 1 {
		return pair(k[0], 0)
	}
	return pair(k[0], k[1])
}

func tailPair(k string) uint16 {
	if len(k) == 1 {
		return pair(0, k[0])
	}
	return pair(k[len(k)-2], k[len(k)-1])
}

func setBit(b *[1 << 16 / 64]uint64, p uint16) { b[p/64] |= 1 << (p % 64) }

func hasBit(b *[1 << 16 / 64]uint64, p uint16) bool { return b[p/64]&(1<<(p%64)) != 0 }

const (
	prefixLen = 4
	suffixLen = 3
)

//go:embed lexicon.tsv
var builtinTSV []byte

var builtin = sync.OnceValue(func() *Lexicon {
	l, err := ParseLexicon("lexicon.tsv", bytes.NewReader(builtinTSV))
	if err != nil {
		panic("hedge: built-in lexicon: " + err.Error()) // a build defect, caught by the tests
	}
	return l
})

// DefaultLexicon returns the built-in German lexicon (hedge/lexicon.tsv).
func DefaultLexicon() *Lexicon { return builtin() }

// LoadLexicon reads the lexicon file name from fsys; see [ParseLexicon].
func LoadLexicon(fsys fs.FS, name string) (*Lexicon, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseLexicon(name, f)
}

// ParseLexicon reads a hedge lexicon from r; name is used in error messages, which
// have the form "name:line: message".
//
// The file is tab-separated text in the format of the built-in hedge/lexicon.tsv:
// '#' starts a comment line, and each other line has the columns
//
//	lemma  pattern  class  value  score  [rule  [note]]
//
// class and value are spelled as [Class.String] and [Value.String] return them,
// score is a number from −3 to 3, and rule names a disambiguation rule of this package
// ("-" for none; rules are listed in the header of lexicon.tsv). A pattern is a
// sequence of elements separated by spaces: word forms separated by '|' (matched
// case-insensitively, ß = ss), a form ending in '*' matches any word that starts with
// it and one starting with '*' any word that ends with it, '#' matches a number, and
// '…' (or '...') skips up to ten tokens of the same clause segment, for discontinuous
// cues such as "geht … davon aus". A pattern must start with a word form.
func ParseLexicon(name string, r io.Reader) (*Lexicon, error) {
	recs, err := lexicon.Read(name, r)
	if err != nil {
		return nil, err
	}
	var errs []error
	entries := make([]*Entry, 0, len(recs))
	for _, rec := range recs {
		e, err := parseEntry(name, rec)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		entries = append(entries, e)
	}
	if len(errs) > 0 {
		return nil, lexicon.Join(errs)
	}
	return index(entries), nil
}

func parseEntry(name string, rec lexicon.Record) (*Entry, error) {
	f := rec.Fields
	if len(f) < 5 || len(f) > 7 {
		return nil, lexicon.Errorf(name, rec, "want 5 to 7 tab-separated columns (lemma, pattern, class, value, score, rule, note), have %d", len(f))
	}
	e := &Entry{Lemma: f[0], Pattern: f[1], File: name, Line: rec.Line}
	var err error
	if e.Class, err = ParseClass(f[2]); err != nil {
		return nil, lexicon.Errorf(name, rec, "%v", err)
	}
	if e.Value, err = ParseValue(f[3]); err != nil {
		return nil, lexicon.Errorf(name, rec, "%v", err)
	}
	if e.Score, err = strconv.ParseFloat(f[4], 64); err != nil || e.Score < -3 || e.Score > 3 {
		return nil, lexicon.Errorf(name, rec, "score %q is not a number from -3 to 3", f[4])
	}
	if len(f) > 5 && f[5] != "-" {
		e.Rule = f[5]
		for _, n := range strings.Split(f[5], ",") {
			ru, ok := rules[n]
			if !ok {
				return nil, lexicon.Errorf(name, rec, "unknown rule %q", n)
			}
			e.rules = append(e.rules, ru)
		}
	}
	if len(f) > 6 {
		e.Note = f[6]
	}
	if e.elems, err = parsePattern(f[1]); err != nil {
		return nil, lexicon.Errorf(name, rec, "pattern %q: %v", f[1], err)
	}
	return e, nil
}

func parsePattern(p string) ([]element, error) {
	var elems []element
	for _, w := range strings.Fields(p) {
		switch w {
		case "…", "...":
			if len(elems) == 0 || elems[len(elems)-1].gap {
				return nil, fmt.Errorf("a gap must follow a word")
			}
			elems = append(elems, element{gap: true})
			continue
		case "#":
			if len(elems) == 0 {
				return nil, fmt.Errorf("must start with a word form")
			}
			elems = append(elems, element{number: true})
			continue
		}
		var el element
		for _, a := range strings.Split(w, "|") {
			if a == "" || a == "*" || strings.Count(a, "*") > 1 || (strings.Contains(a[1:max(1, len(a)-1)], "*")) {
				return nil, fmt.Errorf("bad word form %q", a)
			}
			el.alts = append(el.alts, aussage.Fold(a))
		}
		elems = append(elems, el)
	}
	if len(elems) == 0 {
		return nil, fmt.Errorf("empty")
	}
	if elems[len(elems)-1].gap {
		return nil, fmt.Errorf("must not end with a gap")
	}
	for _, a := range elems[0].alts {
		if (a[0] == '*' && len(a) <= suffixLen) || (a[len(a)-1] == '*' && len(a) <= prefixLen) {
			return nil, fmt.Errorf("the first word form %q needs at least %d letters besides '*'", a, max(prefixLen, suffixLen))
		}
	}
	return elems, nil
}

func index(entries []*Entry) *Lexicon {
	l := &Lexicon{entries: entries, exact: map[string][]*Entry{}, prefix: map[string][]*Entry{}, suffix: map[string][]*Entry{}, order: map[*Entry]int{},
		head: new([1 << 16 / 64]uint64), tail: new([1 << 16 / 64]uint64)}
	for i, e := range entries {
		l.order[e] = i
		for _, a := range e.elems[0].alts {
			switch {
			case a[0] == '*':
				k := a[len(a)-suffixLen:]
				l.suffix[k] = appendOnce(l.suffix[k], e)
				setBit(l.tail, tailPair(k))
			case a[len(a)-1] == '*':
				k := a[:prefixLen]
				l.prefix[k] = appendOnce(l.prefix[k], e)
				setBit(l.head, headPair(k))
			default:
				l.exact[a] = appendOnce(l.exact[a], e)
				setBit(l.head, headPair(a))
			}
		}
	}
	return l
}

func appendOnce(es []*Entry, e *Entry) []*Entry {
	if len(es) > 0 && es[len(es)-1] == e {
		return es
	}
	return append(es, e)
}

// Merge returns a lexicon with the entries of all ls, in order. Use it to extend the
// built-in lexicon: Merge(DefaultLexicon(), mine). Where two entries match the same
// words, the entry that covers more words wins, and then the earlier one.
func Merge(ls ...*Lexicon) *Lexicon {
	var all []*Entry
	for _, l := range ls {
		if l != nil {
			all = append(all, l.entries...)
		}
	}
	return index(all)
}

// Entries returns copies of the lexicon's entries in file order.
func (l *Lexicon) Entries() []Entry {
	out := make([]Entry, len(l.entries))
	for i, e := range l.entries {
		out[i] = *e
	}
	return out
}

// Len returns the number of entries.
func (l *Lexicon) Len() int { return len(l.entries) }

// matchesForm reports whether the folded key k matches the word form a of a pattern.
func matchesForm(a, k string) bool {
	switch {
	case a[0] == '*':
		return len(k) > len(a)-1 && strings.HasSuffix(k, a[1:])
	case a[len(a)-1] == '*':
		return strings.HasPrefix(k, a[:len(a)-1])
	}
	return a == k
}
