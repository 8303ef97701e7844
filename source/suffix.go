package source

// suffixTrie holds word endings by their bytes from the last one back, so that
// the listed endings of a word are found in one walk from its end rather than
// by a comparison or map lookup for every listed ending or every suffix of the
// word: typing a head noun and spotting a noun of saying run for many words of
// a text.
type suffixTrie struct {
	nodes []suffixNode // nodes[0] is the root: the empty ending
	// root maps a last byte to its node, 0 if no ending ends in it: the first
	// step of every walk, which rejects most words
	root [256]int32
}

type suffixNode struct {
	kids []int32 // the nodes one byte further back
	// kidBytes holds the byte each of kids adds, in the same order: a walk
	// compares these rather than reading every kid's node
	kidBytes []byte
	end      bool // a listed ending ends here
	kind     Kind // its kind, for the endings of headKinds
}

func newSuffixTrie() *suffixTrie { return &suffixTrie{nodes: make([]suffixNode, 1)} }

// add lists the ending s with kind k; a later entry for the same ending wins.
func (t *suffixTrie) add(s string, k Kind) {
	n := 0
	for i := len(s) - 1; i >= 0; i-- {
		c := t.child(n, s[i])
		if c < 0 {
			t.nodes = append(t.nodes, suffixNode{})
			c = len(t.nodes) - 1
			t.nodes[n].kids = append(t.nodes[n].kids, int32(c))
			t.nodes[n].kidBytes = append(t.nodes[n].kidBytes, s[i])
			if n == 0 {
				t.root[s[i]] = int32(c)
			}
		}
		n = c
	}
	t.nodes[n].end, t.nodes[n].kind = true, k
}

// child returns the node below n for byte b, or -1.
func (t *suffixTrie) child(n int, b byte) int {
	if n == 0 {
		if c := t.root[b]; c != 0 {
			return int(c)
		}
		return -1
	}
	nd := &t.nodes[n]
	for j, kb := range nd.kidBytes {
		if kb == b {
			return int(nd.kids[j])
		}
	}
	return -1
}

// has reports whether w ends in a listed ending.
func (t *suffixTrie) has(w string) bool {
	n := 0
	for i := len(w) - 1; i >= 0; i-- {
		if n = t.child(n, w[i]); n < 0 {
			return false
		}
		if t.nodes[n].end {
			return true
		}
	}
	return false
}

// longestKind returns the kind of the longest listed ending of w that is at
// least four bytes long or the whole word; UnknownKind if there is none.
func (t *suffixTrie) longestKind(w string) Kind {
	n, k := 0, UnknownKind
	for i := len(w) - 1; i >= 0; i-- {
		if n = t.child(n, w[i]); n < 0 {
			break
		}
		if t.nodes[n].end && (len(w)-i >= 4 || i == 0) {
			k = t.nodes[n].kind
		}
	}
	return k
}
