// Package normalize builds the normalised view of a German text that the detectors
// match on, together with an alignment that maps every view offset back to the
// original bytes.
//
// The view is the original with these changes, in this order:
//
//   - Unicode NFC (golang.org/x/text/unicode/norm), so "Mu\u0308ller" matches "Müller";
//   - every double quotation mark („ “ ” » « ‟ ″ “) becomes '"', every single one
//     (‚ ‘ ’ › ‹ ‛) becomes '\”; the original glyph stays readable through the alignment;
//   - hyphens, dashes and the minus sign become '-', the ellipsis "…" becomes "...";
//   - no-break, thin and other fixed-width spaces become ' ', "\r\n" and "\r" become "\n";
//   - soft hyphens, zero-width spaces and byte-order marks are removed;
//   - each invalid UTF-8 byte becomes U+FFFD and is reported.
//
// Case folding is not part of the view: it changes lengths inside words and is only
// needed for lexicon keys, which the tokenizer computes per token.
package normalize

import (
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/aussage/aussage/internal/scratch"
)

// A Segment records one place where the view differs from the original: view bytes
// [ViewStart, ViewEnd) stand for original bytes [OrigStart, OrigEnd). Outside segments
// the two texts are byte-identical and offsets differ by a constant.
type Segment struct {
	ViewStart, ViewEnd int
	OrigStart, OrigEnd int
}

// Result is the normalised view of a text and its alignment.
type Result struct {
	View     string
	Segments []Segment // sorted, non-overlapping, in both coordinates
	Invalid  []int     // original offsets of invalid UTF-8 bytes
}

// replacement returns what the view holds for rune r, and whether r changes at all.
func replacement(r rune) (string, bool) {
	switch r {
	case '„', '“', '”', '»', '«', '‟', '″', '〝', '〞', '＂':
		return `"`, true
	case '‚', '‘', '’', '›', '‹', '‛', '′', '＇':
		return "'", true
	case '‐', '‑', '‒', '–', '—', '―', '−', '﹣', '－':
		return "-", true
	case '…':
		return "...", true
	case '\u00a0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
		'\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000':
		return " ", true
	case '\u00ad', '\u200b', '\ufeff', '\u2060':
		return "", true
	case '\r':
		return "\n", true
	}
	return "", false
}

// Normalize returns the view of src. If src needs no change, View is src itself and
// Segments is nil: no copy is made.
func Normalize(src string) Result {
	// Most text consists of stable runes only, which a table tells faster than
	// IsNormalString: it is mapped in one pass.
	b := builder{src: src}
	if b.mapRunes(0, len(src), true) {
		return b.result()
	}
	b = builder{src: src}
	// IsNormalString misjudges text with invalid bytes ("\xf6\u0343" passes), so such
	// text takes the chunked path.
	if norm.NFC.IsNormalString(src) && utf8.ValidString(src) {
		b.mapRunes(0, len(src), false)
	} else {
		var it norm.Iter
		it.InitString(norm.NFC, src)
		run := 0 // unchanged chunks since run are mapped together, so that a pair
		// such as "``" or "\r\n" across a chunk boundary is still seen as one
		for !it.Done() {
			start := it.Pos()
			chunk := it.Next()
			end := it.Pos()
			valid := utf8.Valid(chunk)
			if valid && string(chunk) == src[start:end] {
				continue
			}
			b.mapRunes(run, start, false)
			run = end
			if !valid {
				b.mapInvalid(start, end)
				continue
			}
			// The chunk was recomposed: it maps as a whole to its source range.
			b.replace(start, end, mapString(string(chunk)))
		}
		b.mapRunes(run, len(src), false)
	}
	return b.result()
}

// stableLimit bounds the runes that the stable table covers: Latin, Greek,
// Cyrillic, general punctuation, currency signs and other symbols.
const stableLimit = 0x3000

// stable is a bit set over the runes below stableLimit that are NFC starters
// which never combine with a preceding rune (quick check Yes, combining class 0).
// A string of such runes is in NFC: composition needs a rune that combines
// backward, and canonical reordering one with a non-zero combining class.
var stable = sync.OnceValue(func() *[stableLimit / 64]uint64 {
	var t [stableLimit / 64]uint64
	var buf [utf8.UTFMax]byte
	for r := rune(utf8.RuneSelf); r < stableLimit; r++ {
		s := string(utf8.AppendRune(buf[:0], r))
		if norm.NFC.PropertiesString(s).BoundaryBefore() && norm.NFC.IsNormalString(s) {
			t[r/64] |= 1 << (r % 64)
		}
	}
	return &t
})

// mapString applies the character replacements to s.
func mapString(s string) string {
	var mapped strings.Builder
	for _, r := range s {
		if rep, ok := replacement(r); ok {
			mapped.WriteString(rep)
		} else {
			mapped.WriteRune(r)
		}
	}
	return mapped.String()
}

// builder accumulates the view lazily: as long as nothing changed, the view is a
// prefix of src and nothing is copied.
type builder struct {
	src string
	// out has no capacity while the view equals src[:copied]. A strings.Builder
	// grows without first zeroing its bytes, as make would, and its String shares
	// them with the view instead of copying.
	out     strings.Builder
	copied  int // src[:copied] is accounted for in out (or identical)
	segs    []Segment
	invalid []int
}

// mapRunes maps src[start:end], which needs no recomposition, into the view
// rune by rune: line breaks, doubled backquotes, invalid bytes and the
// replacements. With stableOnly, it gives up and reports false at the first rune
// that is invalid or not stable (see stable), so that it maps only text known to
// be in NFC.
func (b *builder) mapRunes(start, end int, stableOnly bool) bool {
	src := b.src
	var t *[stableLimit / 64]uint64
	if stableOnly {
		t = stable()
	}
	for i := start; i < end; {
		i = plainASCII(src, i, end)
		if i == end {
			break
		}
		c := src[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\r':
				if i+1 < end && src[i+1] == '\n' {
					b.replace(i, i+2, "\n")
					i += 2
				} else {
					b.replace(i, i+1, "\n")
					i++
				}
				continue
			case '`':
				if i+1 < end && src[i+1] == '`' {
					b.replace(i, i+2, `"`)
					i += 2
					continue
				}
			}
			i++
			continue
		}
		if c == 0xC3 && i+1 < end && src[i+1]&0xC0 == 0x80 {
			// U+00C0 to U+00FF, the letters of Latin-1, umlauts and ß among them:
			// the commonest runes outside ASCII in German text. Their two bytes
			// are valid UTF-8, all of them are stable (see TestLatin1Letters), and
			// none has a replacement.
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:end])
		if t != nil && (r >= stableLimit || t[r/64]&(1<<(r%64)) == 0) {
			return false // also U+FFFD, the invalid byte
		}
		if r == utf8.RuneError && size == 1 {
			b.invalid = append(b.invalid, i)
			b.replace(i, i+1, "\uFFFD")
			i++
			continue
		}
		if rep, ok := replacement(r); ok {
			b.replace(i, i+size, rep)
		}
		i += size
	}
	return true
}

// Masks for testing eight bytes at a time.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plainASCII returns the index of the first byte in s[i:end] that mapRunes must
// look at, a byte of a non-ASCII rune, '\r' or '`', or end. It tests eight bytes
// at a time: most text is long runs of such plain ASCII.
func plainASCII(s string, i, end int) int {
	for ; i+8 <= end; i += 8 {
		b := s[i : i+8] // one bounds check, and the loads below become one
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		cr, bq := w^(ones*'\r'), w^(ones*'`')
		// A byte of cr or bq is zero where w holds '\r' or '`'; the test may
		// report a byte above such a one that is none of these, but never misses
		// one, and its lowest report is exact.
		if m := (w | (cr-ones)&^cr | (bq-ones)&^bq) & highs; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < end; i++ {
		if c := s[i]; c >= utf8.RuneSelf || c == '\r' || c == '`' {
			break
		}
	}
	return i
}

// mapInvalid maps src[start:end], a normalisation chunk with invalid bytes, which
// the NFC iterator passes through unchanged: each invalid byte becomes U+FFFD, a
// starter, and the valid stretches between them are normalised on their own, as
// they will be when the view is normalised again.
func (b *builder) mapInvalid(start, end int) {
	src := b.src
	for i := start; i < end; {
		j := i
		for j < end {
			r, size := utf8.DecodeRuneInString(src[j:end])
			if r == utf8.RuneError && size == 1 {
				break
			}
			j += size
		}
		if piece := src[i:j]; norm.NFC.IsNormalString(piece) {
			b.mapRunes(i, j, false)
		} else {
			b.replace(i, j, mapString(norm.NFC.String(piece)))
		}
		if j < end {
			b.mapRunes(j, j+1, false) // records the invalid byte
			j++
		}
		i = j
	}
}

// replace makes the view hold rep where the original holds src[start:end]. Runes
// that both sides begin or end with are left out of the segment, so that they map
// exactly: NFC replaces a starter with the marks after it (" \u0340" becomes
// " \u0300"), and a word after the unchanged space must not start at it.
func (b *builder) replace(start, end int, rep string) {
	orig := b.src[start:end]
	for len(orig) > 0 && len(rep) > 0 {
		r1, n1 := utf8.DecodeRuneInString(orig)
		r2, n2 := utf8.DecodeRuneInString(rep)
		if r1 != r2 || n1 != n2 || r1 == utf8.RuneError {
			break
		}
		orig, rep, start = orig[n1:], rep[n2:], start+n1
	}
	for len(orig) > 0 && len(rep) > 0 {
		r1, n1 := utf8.DecodeLastRuneInString(orig)
		r2, n2 := utf8.DecodeLastRuneInString(rep)
		if r1 != r2 || n1 != n2 || r1 == utf8.RuneError {
			break
		}
		orig, rep, end = orig[:len(orig)-n1], rep[:len(rep)-n2], end-n1
	}
	if orig == rep { // nothing changed after all: the bytes are copied as they are
		return
	}
	if b.out.Cap() == 0 {
		b.out.Grow(len(b.src) + 16)
	}
	b.out.WriteString(b.src[b.copied:start])
	vs := b.out.Len()
	b.out.WriteString(rep)
	// A text of typographic quotation marks has a segment every few bytes: the
	// list grows to what the text so far predicts.
	b.segs = append(scratch.Room(b.segs, end, len(b.src), len(b.src)), Segment{ViewStart: vs, ViewEnd: b.out.Len(), OrigStart: start, OrigEnd: end})
	b.copied = end
}

func (b *builder) result() Result {
	if b.out.Cap() == 0 {
		return Result{View: b.src, Invalid: b.invalid}
	}
	b.out.WriteString(b.src[b.copied:])
	return Result{View: b.out.String(), Segments: b.segs, Invalid: b.invalid}
}

// ToOrigStart maps a view offset that starts a range to the original. An offset inside
// a changed segment snaps to the segment's start.
func (r *Result) ToOrigStart(v int) int { return r.toOrig(v, false) }

// ToOrigEnd maps a view offset that ends a range to the original. An offset inside a
// changed segment snaps to the segment's end, so the range covers the whole source rune.
func (r *Result) ToOrigEnd(v int) int { return r.toOrig(v, true) }

func (r *Result) toOrig(v int, isEnd bool) int { return r.orig(r.before(v), v, isEnd) }

// before returns the number of segments with ViewStart <= v (binary search).
func (r *Result) before(v int) int {
	segs := r.Segments
	lo, hi := 0, len(segs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if segs[m].ViewStart <= v {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// A Cursor maps view offsets to the original exactly as [Result.ToOrigStart] and
// [Result.ToOrigEnd] do, in amortised constant time when the offsets come in
// non-decreasing order, as a tokenizer produces them. Any order is correct: a step
// back costs one binary search.
type Cursor struct {
	r *Result
	n int // segments with ViewStart <= the last offset
}

// Cursor returns a cursor at the start of the view.
func (r *Result) Cursor() Cursor { return Cursor{r: r} }

func (c *Cursor) seek(v int) int {
	segs := c.r.Segments
	if c.n > 0 && segs[c.n-1].ViewStart > v {
		c.n = c.r.before(v)
	}
	for c.n < len(segs) && segs[c.n].ViewStart <= v {
		c.n++
	}
	return c.n
}

// ToOrigStart is [Result.ToOrigStart].
func (c *Cursor) ToOrigStart(v int) int { return c.r.orig(c.seek(v), v, false) }

// ToOrigEnd is [Result.ToOrigEnd].
func (c *Cursor) ToOrigEnd(v int) int { return c.r.orig(c.seek(v), v, true) }

// ToOrig maps the view range [start, end) with start <= end: it returns
// ToOrigStart(start) and ToOrigEnd(end) in one step.
func (c *Cursor) ToOrig(start, end int) (int, int) {
	n := c.seek(start)
	segs := c.r.Segments
	if start < end && (n == len(segs) || segs[n].ViewStart > end) && (n == 0 || segs[n-1].ViewEnd <= start) {
		// The common case: the range lies between two segments and shifts as a whole.
		d := 0
		if n > 0 {
			d = segs[n-1].OrigEnd - segs[n-1].ViewEnd
		}
		return start + d, end + d
	}
	s := c.r.orig(n, start, false)
	return s, c.r.orig(c.seek(end), end, true)
}

// orig maps v given the number n of segments with ViewStart <= v.
func (r *Result) orig(n, v int, isEnd bool) int {
	if n == 0 {
		return v
	}
	s := r.Segments[n-1]
	switch {
	case s.ViewStart == s.ViewEnd && v == s.ViewStart: // a deletion right here
		if isEnd {
			return s.OrigStart
		}
		return s.OrigEnd
	case v >= s.ViewEnd:
		return s.OrigEnd + (v - s.ViewEnd)
	case v == s.ViewStart || !isEnd:
		return s.OrigStart
	default:
		return s.OrigEnd
	}
}

// ToView maps an original offset to the view. An offset inside a changed segment
// snaps to the segment's view start.
func (r *Result) ToView(o int) int {
	segs := r.Segments
	lo, hi := 0, len(segs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if segs[m].OrigStart <= o {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return o
	}
	s := segs[lo-1]
	if o >= s.OrigEnd {
		return s.ViewEnd + (o - s.OrigEnd)
	}
	return s.ViewStart
}
