package verbform

import (
	"math/bits"
	"sort"
)

// A formTable holds the listed forms for lookup. Most of the time of a lookup in a
// map[string][]Analysis went to cache misses: the map's control word, the key's
// bytes elsewhere in the heap, the readings. Here a key of up to 16 bytes sits in
// its slot as two words, so a hit reads one slot and the readings, which lie in
// one array; and the table holds no pointers but the readings' lemmas, which keeps
// the collector's work small. Nearly all keys have at most 16 bytes; longer ones
// are kept in a map. The table serves the listed forms and, as a copy that is read
// without a lock, the cache of derived ones.
type formTable struct {
	slots []formSlot // open addressing, linear probing; len is a power of two
	reads []Analysis // the readings of all forms, one form after the other
	long  map[string][]Analysis
}

// A formSlot is one listed form: its key and where its readings are.
type formSlot struct {
	w0, w1 uint64 // the key's bytes, see keyWords
	start  uint32 // the readings are reads[start : start+n]
	n      uint16 // a form has some dozen readings at most
	size   uint8  // the key's length; 0 marks an empty slot
	sum    Summary
}

// maxSlotKey is the longest key kept in a slot.
const maxSlotKey = 16

// keyWords returns the bytes of a key of at most 16 bytes as two little-endian
// words, zero-padded. The loads overlap; the shifts drop the bytes read twice.
func keyWords(key string) (w0, w1 uint64) {
	switch n := len(key); {
	case n >= 8:
		return load64(key), load64(key[n-8:]) >> (8 * (16 - n))
	case n >= 4:
		return load32(key) | load32(key[n-4:])>>(8*(8-n))<<32, 0
	default:
		for i := 0; i < n; i++ {
			w0 |= uint64(key[i]) << (8 * i)
		}
		return w0, 0
	}
}

// slotHash spreads the key words over the slots.
func slotHash(w0, w1 uint64, n int) uint64 {
	const m = 0x9E3779B97F4A7C15
	h := (w0 ^ uint64(n)) * m
	h = bits.RotateLeft64(h, 31) ^ w1
	h *= m
	return h ^ h>>32
}

// newFormTable builds the table of forms. Keys are entered in sorted order, so
// that the layout, and with it the speed, is the same in every run.
func newFormTable(forms map[string][]Analysis) formTable {
	keys := make([]string, 0, len(forms))
	n := 0
	for k, as := range forms {
		keys = append(keys, k)
		n += len(as)
	}
	sort.Strings(keys)
	// At most four fifths of the slots are used: a probe of linear probing seldom
	// leaves the slot's cache line, and a smaller table stays in the CPU cache.
	size := 1
	for size < len(keys)+len(keys)/4+1 {
		size *= 2
	}
	t := formTable{slots: make([]formSlot, size), reads: make([]Analysis, 0, n), long: map[string][]Analysis{}}
	for _, k := range keys {
		as := forms[k]
		if len(k) > maxSlotKey || k == "" {
			t.long[k] = as
			continue
		}
		start := len(t.reads)
		t.reads = append(t.reads, as...)
		w0, w1 := keyWords(k)
		i := slotHash(w0, w1, len(k)) & uint64(size-1)
		for t.slots[i].size != 0 {
			i = (i + 1) & uint64(size-1)
		}
		t.slots[i] = formSlot{w0: w0, w1: w1, start: uint32(start), n: uint16(len(as)), size: uint8(len(k)), sum: Summarize(as)}
	}
	return t
}

// key returns the key of a used slot.
func (s *formSlot) key() string {
	var b [maxSlotKey]byte
	for i := range 8 {
		b[i], b[i+8] = byte(s.w0>>(8*i)), byte(s.w1>>(8*i))
	}
	return string(b[:s.size])
}

// each calls f with every key of the table and its readings.
func (t *formTable) each(f func(key string, as []Analysis)) {
	for i := range t.slots {
		if s := &t.slots[i]; s.size != 0 {
			end := s.start + uint32(s.n)
			f(s.key(), t.reads[s.start:end:end])
		}
	}
	for k, as := range t.long {
		f(k, as)
	}
}

// lookup returns the readings of key, their summary, and whether key is listed. A
// listed key may have no readings: see homographs.tsv.
func (t *formTable) lookup(key string) ([]Analysis, Summary, bool) {
	if len(key) > maxSlotKey || key == "" {
		as, ok := t.long[key]
		return as, Summarize(as), ok
	}
	w0, w1 := keyWords(key)
	mask := uint64(len(t.slots) - 1)
	for i := slotHash(w0, w1, len(key)) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.size == 0 {
			return nil, 0, false
		}
		if s.w0 == w0 && s.w1 == w1 && int(s.size) == len(key) {
			if s.n == 0 {
				return nil, 0, true
			}
			end := s.start + uint32(s.n)
			return t.reads[s.start:end:end], s.sum, true
		}
	}
}
