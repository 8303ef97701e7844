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
	slots  []formSlot // open addressing, linear probing; len is a power of two
	reads  []Analysis // the readings of all forms, one form after the other
	lemmas []string   // the lemmas of the slots' finite readings, see formSlot.lemma
	long   map[string][]Analysis
	// filter is a blocked Bloom filter over the keys, with the bits of bloomHash
	// (see bloomMask); len is a power of two. Only the cache of derived forms has
	// one (see mayHold): it is asked about words that are mostly not in it.
	filter []uint64
}

// cacheFilterWords returns the number of words of the filter of a table of n
// keys: a power of two, one word per four keys or less, which keeps false
// positives near one in a hundred or fewer and the filter of a news vocabulary
// within 16 KiB.
func cacheFilterWords(n int) int {
	w := 1
	for w < n/4 {
		w *= 2
	}
	return w
}

// mayHold reports whether the table may hold the key with bloomHash h; false is
// certain. A table without a filter may hold any key.
func (t *formTable) mayHold(h uint64) bool {
	if len(t.filter) == 0 {
		return true
	}
	m := bloomMask(h)
	return t.filter[h&uint64(len(t.filter)-1)]&m == m
}

// A formSlot is one listed form: its key, where its readings are, and their
// finite readings in short (see Finites). It has 32 bytes, so that no slot spans
// two cache lines: a hit reads one line, and a caller that needs no more than
// the Finites does not read the readings, which lie elsewhere.
type formSlot struct {
	w0, w1 uint64 // the key's bytes, see keyWords
	start  uint32 // the readings are reads[start : start+n]
	// lemma is 1 + the index in lemmas of the one lemma of the finite readings,
	// or 0 if they have none or several.
	lemma uint32
	moods MoodSet // of the finite readings
	n     uint16  // a form has some dozen readings at most
	size  uint8   // the key's length; 0 marks an empty slot
	sum   Summary
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

// firstSlot returns the slot where the probe for a key of n bytes with words w0,
// w1 begins, in a table of mask+1 slots, two or more. It is even: the two slots of
// a cache line are both probed before the next line, where a probe that began
// with the second one would read two lines to find a key in the next slot.
func firstSlot(w0, w1 uint64, n int, mask uint64) uint64 {
	return slotHash(w0, w1, n) & mask &^ 1
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
	size := 2 // see firstSlot
	for size < len(keys)+len(keys)/4+1 {
		size *= 2
	}
	t := formTable{slots: make([]formSlot, size), reads: make([]Analysis, 0, n), long: map[string][]Analysis{}}
	lemmaIndex := map[string]uint32{}
	for _, k := range keys {
		as := forms[k]
		if len(k) > maxSlotKey || k == "" {
			t.long[k] = as
			continue
		}
		start := len(t.reads)
		t.reads = append(t.reads, as...)
		w0, w1 := keyWords(k)
		i := firstSlot(w0, w1, len(k), uint64(size-1))
		for t.slots[i].size != 0 {
			i = (i + 1) & uint64(size-1)
		}
		s := formSlot{w0: w0, w1: w1, start: uint32(start), n: uint16(len(as)), size: uint8(len(k)), sum: Summarize(as)}
		if f := finiteOf(as); f.OneLemma() {
			li, ok := lemmaIndex[f.Lemma()]
			if !ok {
				t.lemmas = append(t.lemmas, f.Lemma())
				li = uint32(len(t.lemmas))
				lemmaIndex[f.Lemma()] = li
			}
			s.lemma, s.moods = li, f.Moods
		}
		t.slots[i] = s
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
	as, sum, _, ok := t.lookupFinite(key)
	return as, sum, ok
}

// lookupFinite is lookup with the Finites of the readings.
func (t *formTable) lookupFinite(key string) ([]Analysis, Summary, Finites, bool) {
	if len(key) > maxSlotKey || key == "" {
		as, ok := t.long[key]
		return as, Summarize(as), finiteOf(as), ok
	}
	w0, w1 := keyWords(key)
	mask := uint64(len(t.slots) - 1)
	for i := firstSlot(w0, w1, len(key), mask); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.size == 0 {
			return nil, 0, Finites{}, false
		}
		if s.w0 == w0 && s.w1 == w1 && int(s.size) == len(key) {
			if s.n == 0 {
				return nil, 0, Finites{}, true
			}
			end := s.start + uint32(s.n)
			var f Finites
			if s.lemma != 0 {
				f = Finites{Moods: s.moods, lemma: &t.lemmas[s.lemma-1]} // not read here
			}
			return t.reads[s.start:end:end], s.sum, f, true
		}
	}
}
