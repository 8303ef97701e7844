package hedge

import "github.com/aussage/aussage/internal/wordtab"

// A formTable maps the word forms that can start a match (or the prefixes and
// suffixes that index the forms ending or starting in '*') to the lexicon entries
// they start, in entry order. Every word token of a text is looked up and most are
// in no table, which wordtab answers without hashing most of them.
type formTable struct {
	tab *wordtab.Table[[]hit]
	// first and last have bit b&63 set for the first (last) byte b of every key:
	// see may.
	first, last uint64
}

// A hit is a lexicon entry reached from a table key.
type hit struct {
	e *Entry
	// stars are the first element's forms with '*', which an entry reached by a
	// prefix or suffix must match unless the word is one of its plain forms.
	stars []string
	// prio is the entry's position in the lexicon (the last one if it occurs
	// twice): earlier entries win ties between candidates.
	prio int
}

// newFormTable builds a table of the keys of m; order lists the keys in the order
// in which they are laid into the table, so that the table is the same on every run.
func newFormTable(m map[string][]hit, order []string) formTable {
	vals := make([][]hit, len(order))
	t := formTable{}
	for i, k := range order {
		vals[i] = m[k]
		if k != "" {
			t.first |= 1 << (k[0] & 63)
			t.last |= 1 << (k[len(k)-1] & 63)
		}
	}
	t.tab = wordtab.New(order, vals)
	return t
}

// get returns the entries indexed under k; nil if none.
func (t formTable) get(k string) []hit {
	hits, _ := t.tab.Get(k)
	return hits
}

// may reports whether a key that starts with byte first and ends with byte last can
// be in the table. The prefix and suffix tables have a handful of keys, and this
// test, made inline, turns nearly every word away without the call into the table
// and the read of its filter, which in a whole analysis is mostly out of the cache.
func (t *formTable) may(first, last byte) bool {
	return t.first&(1<<(first&63)) != 0 && t.last&(1<<(last&63)) != 0
}
