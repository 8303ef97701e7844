// Package wordtab is a read-only table from folded word forms to values, built once
// from a lexicon and then asked about every word token of a text.
//
// Most words of a text are in no lexicon. A Go map hashes the whole word for each
// of them; a Table first tests one bit, set from the word's length and its first and
// last byte, which turns away about two thirds of the words of news text with one
// memory access. The rest hash at most sixteen bytes and are mostly decided by a
// 4-byte tag stored beside the slot; a key of up to sixteen bytes is then compared
// with the two words it was hashed from, which the table holds too, rather than
// with its bytes elsewhere in memory.
package wordtab

import "math/bits"

// A Table maps keys to values of type V. The zero Table and a nil *Table are empty. A Table is
// immutable once built and safe for concurrent use.
type Table[V any] struct {
	filter *[1 << 16 / 64]uint64 // bit filterBit(k) is set for every key k
	// tags holds per slot the key's hash with the low bit set, 0 for an empty slot:
	// most words that pass the filter are in no table, and a probe of this dense
	// array turns them away.
	tags  []uint32
	keys  []slotKey
	long  []string // per slot: a key longer than sixteen bytes, else ""; nil if there is none
	vals  []V
	shift uint // 64 - log2(len(tags)): the hash's top bits pick the first slot
}

// A slotKey is a key as a slot holds it: its words (see words), which are the whole
// key if it has at most sixteen bytes, and its length. It holds no pointers, so the
// collector does not scan the keys.
type slotKey struct {
	x, y uint64
	size uint8 // see sizeOf
}

// sizeOf is the length of a key as a slot holds it: up to 16 exactly, 17 for every
// longer key, which is compared whole.
func sizeOf(k string) uint8 { return uint8(min(len(k), 17)) }

// New returns the table of keys[i] → vals[i]. Keys are laid into the table in the
// order given, so that the layout, and with it the speed, is the same on every run.
// Empty keys are left out, and of a repeated key the first value counts.
func New[V any](keys []string, vals []V) *Table[V] {
	size := 16
	for size < 2*len(keys) { // at most half full: a probe rarely goes on
		size *= 2
	}
	t := &Table[V]{filter: new([1 << 16 / 64]uint64), tags: make([]uint32, size), keys: make([]slotKey, size),
		vals: make([]V, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
	for i, k := range keys {
		if k == "" {
			continue
		}
		if _, dup := t.Get(k); dup {
			continue
		}
		f := filterBit(k)
		t.filter[f/64] |= 1 << (f % 64)
		x, y := words(k)
		h := hash(x, y, len(k))
		s := h >> t.shift
		for t.tags[s] != 0 {
			s = (s + 1) & uint64(size-1)
		}
		t.tags[s], t.keys[s] = uint32(h)|1, slotKey{x: x, y: y, size: sizeOf(k)}
		if len(k) > 16 {
			if t.long == nil {
				t.long = make([]string, size)
			}
			t.long[s] = k
		}
		t.vals[s] = vals[i]
	}
	return t
}

// Get returns the value of k and whether k is in the table.
func (t *Table[V]) Get(k string) (v V, ok bool) {
	if t == nil || k == "" || t.filter == nil {
		return v, false
	}
	if f := filterBit(k); t.filter[f/64]&(1<<(f%64)) == 0 {
		return v, false
	}
	x, y := words(k)
	h := hash(x, y, len(k))
	tag, mask := uint32(h)|1, uint64(len(t.tags)-1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		switch t.tags[i] {
		case 0:
			return v, false
		case tag:
			if s := &t.keys[i]; s.x == x && s.y == y && s.size == sizeOf(k) && (len(k) <= 16 || t.long[i] == k) {
				return t.vals[i], true
			}
		}
	}
}

// filterBit packs the length (mod 16) and the low six bits of the first and the last
// byte of k, which must not be empty.
func filterBit(k string) uint16 {
	return uint16(len(k)&15)<<12 | uint16(k[0]&63)<<6 | uint16(k[len(k)-1]&63)
}

// words reads a non-empty key as two words: its first and last eight bytes, or
// four bytes if it is shorter, or its three bytes (repeated if fewer). With the
// length, they are the whole key if it has at most sixteen bytes.
func words(k string) (x, y uint64) {
	switch n := len(k); {
	case n >= 8:
		return load64(k), load64(k[n-8:])
	case n >= 4:
		return uint64(load32(k)), uint64(load32(k[n-4:]))
	default:
		return uint64(k[0])<<16 | uint64(k[n>>1])<<8 | uint64(k[n-1]), 0
	}
}

// hash hashes a key of length n from its words: word forms that share them and
// their length are rare among longer keys, and the comparison of the whole key
// tells them apart.
func hash(x, y uint64, n int) uint64 {
	h := (x^uint64(n))*0x9E3779B97F4A7C15 ^ y*0xC2B2AE3D27D4EB4F
	return h ^ h>>29
}

// load64 reads the first eight bytes of s as a little-endian word.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 reads the first four bytes of s as a little-endian word.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
