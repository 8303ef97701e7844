package hedge

import "github.com/aussage/aussage/internal/wordtab"

// A formTable maps the word forms that can start a match (or the prefixes and
// suffixes that index the forms ending or starting in '*') to the lexicon entries
// they start, in entry order. Every word token of a text is looked up and most are
// in no table, which wordtab answers without hashing most of them.
type formTable struct{ tab *wordtab.Table[[]hit] }

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
	for i, k := range order {
		vals[i] = m[k]
	}
	return formTable{wordtab.New(order, vals)}
}

// get returns the entries indexed under k; nil if none.
func (t formTable) get(k string) []hit {
	hits, _ := t.tab.Get(k)
	return hits
}
