package hedge

import "math/bits"

// A formTable maps the word forms that can start a match (or the prefixes and
// suffixes that index the forms ending or starting in '*') to the lexicon entries
// they start, in entry order. Every word token of a text is looked up, and most are
// in no table: a bit set over the key's length and first and last bytes turns away
// two thirds of the words of news text with one memory access, and the rest hash
// at most eight bytes and mostly decide on one 4-byte tag, which costs a fraction of
// a Go map lookup with its hash of the whole string.
type formTable struct {
	filter *[1 << 16 / 64]uint64 // bit filterKey(k) is set for every key k
	tags   []uint32              // per slot: the key's hash with the low bit set; 0 for an empty slot
	slots  []formSlot            // open addressing with linear probing; len is a power of two
	shift  uint                  // 32 - log2(len(slots)): the hash's top bits pick the first slot
}

// filterKey packs the length (mod 16) and the low six bits of the first and the last
// byte of k, which must not be empty.
func filterKey(k string) uint16 {
	return uint16(len(k)&15)<<12 | uint16(k[0]&63)<<6 | uint16(k[len(k)-1]&63)
}

type formSlot struct {
	key  string
	hits []hit
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

// formHash hashes k from its length and its first and last four bytes (fewer for a
// shorter key): word forms that share all of these are rare, and the slot's key
// comparison tells them apart.
func formHash(k string) uint32 {
	n := len(k)
	h := uint32(n) * 0x9e3779b1
	if n >= 4 {
		a := uint32(k[0]) | uint32(k[1])<<8 | uint32(k[2])<<16 | uint32(k[3])<<24
		b := uint32(k[n-4]) | uint32(k[n-3])<<8 | uint32(k[n-2])<<16 | uint32(k[n-1])<<24
		h ^= a * 0x85ebca6b
		h = bits.RotateLeft32(h, 13) ^ b*0xc2b2ae35
	} else {
		for i := 0; i < n; i++ {
			h = (h ^ uint32(k[i])) * 0x01000193
		}
	}
	h ^= h >> 16
	h *= 0x7feb352d
	h ^= h >> 15
	return h
}

// newFormTable builds a table of the keys of m; order lists the keys in the order
// in which they are laid into the table, so that the table is the same on every run.
func newFormTable(m map[string][]hit, order []string) formTable {
	size := 16
	for size < 4*len(m) {
		size *= 2
	}
	t := formTable{filter: new([1 << 16 / 64]uint64), tags: make([]uint32, size), slots: make([]formSlot, size), shift: uint(32 - bits.TrailingZeros(uint(size)))}
	for _, k := range order {
		f := filterKey(k)
		t.filter[f/64] |= 1 << (f % 64)
		h := formHash(k)
		i := h >> t.shift
		for t.tags[i] != 0 {
			i = (i + 1) & uint32(size-1)
		}
		t.tags[i] = h | 1
		t.slots[i] = formSlot{key: k, hits: m[k]}
	}
	return t
}

// get returns the entries indexed under k, which must not be empty; nil if none.
func (t *formTable) get(k string) []hit {
	if f := filterKey(k); t.filter[f/64]&(1<<(f%64)) == 0 {
		return nil
	}
	h := formHash(k)
	tag := h | 1
	mask := uint32(len(t.tags) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		switch t.tags[i] {
		case 0:
			return nil
		case tag:
			if s := &t.slots[i]; s.key == k {
				return s.hits
			}
		}
	}
}
