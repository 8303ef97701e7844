package hedge

import "math/bits"

// A formTable maps the word forms that can start a match (or the prefixes and
// suffixes that index the forms ending or starting in '*') to the lexicon entries
// they start, in entry order. Every word token of a text is looked up and most are
// in no table.
//
// The tables hold a few hundred keys, so a key is found without hashing it: one
// bit per signature (the key's length mod 16 and the low six bits of its first
// and last byte; see signature) says whether any key has it, which turns away two
// thirds of the words of news text, and the bits set before it, counted, number
// the signature's bucket, whose few keys are compared whole. The arrays are small
// enough to stay in the processor's cache, and the test and the count are made
// inline, without a call.
type formTable struct {
	// first and last have bit b&63 set for the first (last) byte b of every key:
	// see may.
	first, last uint64
	// sigs has bit signature(k) set for every key k; rank[w] counts the bits set
	// in sigs[:w], so that a signature's bucket is its rank among the set bits.
	sigs *[1 << 16 / 64]uint64
	rank *[1 << 16 / 64]uint16
	// buckets[b] is the range of keys (and vals) of the b-th signature set.
	buckets []bucket
	keys    []string
	vals    [][]hit
}

// A bucket is a range of formTable.keys: those of one signature.
type bucket struct{ lo, hi uint16 }

// A hit is a lexicon entry reached from a table key.
type hit struct {
	e *Entry
	// stars are the first element's forms with '*', which an entry reached by a
	// prefix or suffix must match unless the word is one of its plain forms.
	stars []string
	// next is the firsts of the entry's second element if that is a word
	// element; all bits if there is none or it is a gap or a number, which
	// cannotGoOn never skips.
	next uint64
	// prio is the entry's position in the lexicon (the last one if it occurs
	// twice): earlier entries win ties between candidates.
	prio int
}

// newFormTable builds a table of the keys of m; order lists the keys in the order
// in which they are laid into the table, so that the table is the same on every
// run. Empty keys are left out.
func newFormTable(m map[string][]hit, order []string) formTable {
	t := formTable{sigs: new([1 << 16 / 64]uint64), rank: new([1 << 16 / 64]uint16)}
	// Group the keys by signature, in signature order and within one in the
	// order given.
	bySig := map[uint][]string{}
	for _, k := range order {
		if k == "" {
			continue
		}
		t.first |= 1 << (k[0] & 63)
		t.last |= 1 << (k[len(k)-1] & 63)
		f := signature(k)
		t.sigs[f/64] |= 1 << (f % 64)
		bySig[f] = append(bySig[f], k)
	}
	n := 0
	for w := range t.sigs {
		t.rank[w] = uint16(n)
		for x := t.sigs[w]; x != 0; x &= x - 1 {
			f := uint(w*64 + bits.TrailingZeros64(x))
			lo := len(t.keys)
			for _, k := range bySig[f] {
				t.keys = append(t.keys, k)
				t.vals = append(t.vals, m[k])
			}
			t.buckets = append(t.buckets, bucket{uint16(lo), uint16(len(t.keys))})
		}
		n += bits.OnesCount64(t.sigs[w])
	}
	return t
}

// get returns the entries indexed under k, which must not be empty; nil if none.
func (t *formTable) get(k string) []hit {
	f := signature(k)
	if !t.hasSig(f) {
		return nil
	}
	return t.find(k, f)
}

// hasSig reports whether some key has signature f. The sentence loop calls it
// inline before find, and so turns most words away without a call.
func (t *formTable) hasSig(f uint) bool {
	return t.sigs != nil && t.sigs[f/64]&(1<<(f%64)) != 0
}

// find returns the entries of k, whose signature f is set; nil if k is not in f's
// bucket.
func (t *formTable) find(k string, f uint) []hit {
	w := t.sigs[f/64]
	bk := t.buckets[int(t.rank[f/64])+bits.OnesCount64(w&(1<<(f%64)-1))]
	for i := bk.lo; i < bk.hi; i++ {
		if t.keys[i] == k {
			return t.vals[i]
		}
	}
	return nil
}

// signature packs the length (mod 16) and the low six bits of the first and the
// last byte of k, which must not be empty.
func signature(k string) uint {
	return uint(len(k)&15)<<12 | uint(k[0]&63)<<6 | uint(k[len(k)-1]&63)
}

// may reports whether a key that starts with byte first and ends with byte last can
// be in the table. The prefix and suffix tables have a handful of keys, and this
// test, made inline, turns nearly every word away without reading their arrays.
func (t *formTable) may(first, last byte) bool {
	return t.first&(1<<(first&63)) != 0 && t.last&(1<<(last&63)) != 0
}
