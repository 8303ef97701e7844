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
	// firsts has bit b&63 set for the first byte b of every form, or all bits if a
	// form starts with '*': most tokens that meet the element fail on this bit.
	firsts uint64
	// plain are the forms of alts without '*', starred the others: nearly all
	// forms are plain, and matches compares them directly.
	plain, starred []string
}

// matches reports whether the folded key k matches one of the element's forms.
func (el *element) matches(k string) bool {
	if k != "" && el.firsts&(1<<(k[0]&63)) == 0 {
		return false
	}
	for _, a := range el.plain {
		if a == k {
			return true
		}
	}
	return matchesAny(el.starred, k)
}

// maxGap is how many tokens a gap in a discontinuous pattern may skip. German puts the
// particle of a separable verb at the end of its clause; ten tokens cover the middle
// field of news sentences without letting a cue reach into unrelated material.
const maxGap = 10

// A Lexicon is a parsed hedge lexicon, indexed for matching. It is immutable.
type Lexicon struct {
	entries []*Entry
	exact   formTable // by the first element's word forms
	prefix  formTable // by the first prefixLen bytes of a prefix form
	suffix  formTable // by the last suffixLen bytes of a suffix form
}

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
			f := aussage.Fold(a)
			el.alts = append(el.alts, f)
			if f[0] == '*' {
				el.firsts = ^uint64(0)
			} else {
				el.firsts |= 1 << (f[0] & 63)
			}
			if f[0] == '*' || f[len(f)-1] == '*' {
				el.starred = append(el.starred, f)
			} else {
				el.plain = append(el.plain, f)
			}
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
	order := make(map[*Entry]int, len(entries)) // an entry listed twice takes its last place
	for i, e := range entries {
		order[e] = i
	}
	// Each table is built from a map whose keys are laid into the table in the
	// order they were first seen.
	type build struct {
		m    map[string][]hit
		keys []string
	}
	var exact, prefix, suffix build
	add := func(b *build, k string, e *Entry) {
		if b.m == nil {
			b.m = map[string][]hit{}
		}
		hs, ok := b.m[k]
		if !ok {
			b.keys = append(b.keys, k)
		}
		if len(hs) > 0 && hs[len(hs)-1].e == e {
			return
		}
		next := ^uint64(0)
		if len(e.elems) > 1 && !e.elems[1].gap && !e.elems[1].number {
			next = e.elems[1].firsts
		}
		b.m[k] = append(hs, hit{e: e, stars: e.elems[0].starred, next: next, prio: order[e]})
	}
	for _, e := range entries {
		for _, a := range e.elems[0].alts {
			switch {
			case a[0] == '*':
				add(&suffix, a[len(a)-suffixLen:], e)
			case a[len(a)-1] == '*':
				add(&prefix, a[:prefixLen], e)
			default:
				add(&exact, a, e)
			}
		}
	}
	return &Lexicon{entries: entries,
		exact:  newFormTable(exact.m, exact.keys),
		prefix: newFormTable(prefix.m, prefix.keys),
		suffix: newFormTable(suffix.m, suffix.keys),
	}
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

// matchesAny reports whether the folded key k matches one of the word forms alts.
func matchesAny(alts []string, k string) bool {
	for _, a := range alts {
		if matchesForm(a, k) {
			return true
		}
	}
	return false
}
