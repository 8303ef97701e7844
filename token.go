package aussage

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/aussage/aussage/internal/normalize"
	"github.com/aussage/aussage/internal/scratch"
)

// A TokenKind classifies a token.
type TokenKind uint8

// The token kinds. Quotation marks are split by direction; the direction comes from
// the glyph where it is unambiguous (German „ and ‚ always open) and from the
// surrounding spaces otherwise.
const (
	Word       TokenKind = iota // letters, digits and inner hyphens, dots or apostrophes
	Number                      // digits with inner separators: 1.000, 3,5, 1.8.2020, 11:30
	Punct                       // one punctuation mark, or an ellipsis
	Dash                        // a free-standing dash or hyphen
	QuoteOpen                   // an opening quotation mark
	QuoteClose                  // a closing quotation mark
	URL                         // http://…, https://…, www.…
	Email                       // name@host
	Hashtag                     // #word
	Mention                     // @name
	Symbol                      // any other single character: % € § / + …
)

var tokenKindNames = [...]string{"word", "number", "punct", "dash", "quote-open", "quote-close", "url", "email", "hashtag", "mention", "symbol"}

// String returns the kind's name, such as "word" or "quote-open".
func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) {
		return tokenKindNames[k]
	}
	return "TokenKind(" + string(rune('0'+k)) + ")"
}

// A Gap says what separates a token from the one before it.
type Gap uint8

// The gaps, from none to a paragraph break (a blank line).
const (
	NoSpace   Gap = iota // the token is glued to the previous one
	Space                // spaces or tabs
	LineBreak            // one line break, as in hard-wrapped print text
	Paragraph            // two or more line breaks
)

// A Token is one unit of the text: a word, a number, a mark. Text is a stretch of
// [Text.View]; [Text.ViewOffset] of Span.Start is where it starts, or, where
// normalising reordered or merged characters (combining marks), the start of that
// stretch.
type Token struct {
	Span Span      // bytes in the original text
	Kind TokenKind //
	Gap  Gap       // what precedes the token
	Text string    // the token as it stands in the view
	Key  string    // the case-folded match key (see [Fold])
}

// Fold returns the match key of s: lower case, with ß and ẞ spelled "ss". Umlauts are
// kept. Lexicon entries and token keys are folded the same way.
func Fold(s string) string {
	if isFolded(s) {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)+2), s))
}

func isFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			if c >= utf8.RuneSelf {
				return isFoldedSlow(s[i:])
			}
			return false
		}
	}
	return true
}

func isFoldedSlow(s string) bool {
	for _, r := range s {
		if r == 'ß' || r == 'ẞ' || unicode.ToLower(r) != r {
			return false
		}
	}
	return true
}

func appendFold(dst []byte, s string) []byte {
	// ASCII first, written into room made at once: most keys are ASCII words.
	n := len(dst)
	dst = slices.Grow(dst, len(s))[:n+len(s)]
	b := dst[n:]
	for i := 0; i < len(s) && i < len(b); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return appendFoldRunes(dst[:n+i], s[i:])
		}
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return dst
}

func appendFoldRunes(dst []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
		case r == 'ß' || r == 'ẞ':
			dst = append(dst, "ss"...)
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// Tokens returns the tokens of the text in order. They are computed on first use; the
// slice is shared and must not be modified.
func (t *Text) Tokens() []Token {
	t.tokOnce.Do(t.tokenize)
	return t.tokens
}

// viewStart returns the offset of tok in the view. A token's text is a slice of the
// view, so the offset is the distance between their first bytes; storing a view span
// in every token instead would make the token slice, the largest allocation of the
// analysis, two ninths larger.
func (t *Text) viewStart(tok *Token) int {
	return int(uintptr(unsafe.Pointer(unsafe.StringData(tok.Text))) - uintptr(unsafe.Pointer(unsafe.StringData(t.norm.View))))
}

func (t *Text) tokenize() {
	v := t.norm.View
	// The token slice is the largest allocation of the analysis: sized by a quick
	// count, it is rarely too small and rarely much too large.
	toks := tokenLists.get(t.recycled, estimateTokens(v))
	// Folded keys are appended to an arena and read as strings that share its bytes:
	// bytes once appended are never written again, and when append moves the arena
	// the keys made so far keep the old array alive. Capitalised words, mostly
	// nouns, make up some two fifths of the bytes of German news.
	arena := make([]byte, 0, len(v)/2+16)
	gap := NoSpace
	straightOpen := [2]bool{} // an unclosed straight " (0) or ' (1) is pending
	cur := t.norm.Cursor()
	// Between two segments of the alignment, view and original differ by a constant
	// shift: it holds for tokens within [clearFrom, clearTo), the stretch after the
	// first seg segments.
	segs := t.norm.Segments
	seg, shift, clearFrom, clearTo := 0, 0, 0, math.MaxInt
	if len(segs) > 0 {
		clearTo = segs[0].ViewStart
	}
	for i := 0; i < len(v); {
		c := v[i]
		// White space.
		if asciiClass[c] == spaceASCII {
			nl := 0
			for i < len(v) && asciiClass[v[i]] == spaceASCII {
				if v[i] == '\n' {
					nl++
				}
				i++
			}
			switch {
			case nl >= 2:
				gap = Paragraph
			case nl == 1:
				gap = max(gap, LineBreak)
			default:
				gap = max(gap, Space)
			}
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(v[i:])
			// Special spaces, C1 controls and U+FFFD, which stands for invalid
			// bytes, separate tokens too.
			if size > 1 && (unicode.IsSpace(r) || unicode.IsControl(r)) || r == utf8.RuneError {
				i += size
				gap = max(gap, Space)
				continue
			}
		}
		start := i
		kind := Symbol
		mixed := foldNone // the token may hold letters that fold to others
		switch {
		case asciiClass[c]-lowerASCII <= digitASCII-lowerASCII || c >= utf8.RuneSelf && isWordRune(r): // a letter or digit
			i, kind, mixed = scanWord(v, i)
		case c == '"' || c == '\'':
			kind = t.quoteDirection(v, i, &cur, &straightOpen)
			i++
		case c == '-':
			for i < len(v) && v[i] == '-' {
				i++
			}
			kind = Dash
		case c == '.' && strings.HasPrefix(v[i:], "..."):
			for i < len(v) && v[i] == '.' {
				i++
			}
			kind = Punct
		case c == '#' && i+1 < len(v) && isWordStart(v[i+1:]):
			i, _, mixed = scanWord(v, i+1)
			kind = Hashtag
		case c == '@' && i+1 < len(v) && isWordStart(v[i+1:]):
			i, _, mixed = scanWord(v, i+1)
			kind = Mention
		default:
			i += size
			if unicode.IsPunct(r) {
				kind = Punct
			}
		}
		text := v[start:i]
		// The token is written in place: copying a whole Token into the slice would
		// take the slow path of a bulk write barrier while the collector runs.
		n := len(toks)
		if n == cap(toks) {
			// More tokens than estimated (invalid bytes split words): the list
			// grows to what the text so far predicts.
			toks = append(scratch.Room(toks, start+1, len(v), len(v)+1), Token{})
		} else {
			toks = toks[:n+1]
		}
		tok := &toks[n]
		for start >= clearTo {
			shift, clearFrom = segs[seg].OrigEnd-segs[seg].ViewEnd, segs[seg].ViewEnd
			if seg++; seg < len(segs) {
				clearTo = segs[seg].ViewStart
			} else {
				clearTo = math.MaxInt
			}
		}
		if start >= clearFrom && i < clearTo {
			tok.Span = Span{start + shift, i + shift} // also the normal text: shift 0
		} else {
			// t.Span(start, i), without a binary search per token.
			tok.Span.Start, tok.Span.End = cur.ToOrig(start, i)
			tok.Span.End = max(tok.Span.End, tok.Span.Start)
		}
		key := text
		switch a := len(arena); {
		case mixed == foldFirst && kind == Word:
			// Capitalised, most often a noun: the rest of the word is its own key,
			// copied whole rather than folded byte by byte.
			arena = append(arena, text[0]+'a'-'A')
			arena = append(arena, text[1:]...)
			key = unsafe.String(&arena[a], len(arena)-a)
		case mixed != foldNone && (kind == Word || kind == Hashtag || kind == Mention) && !isFolded(text):
			arena = appendFold(arena, text)
			key = unsafe.String(&arena[a], len(arena)-a)
		}
		// Each pointer field is written once: while the collector marks, every
		// pointer write goes through its write barrier.
		tok.Kind, tok.Gap, tok.Text, tok.Key = kind, gap, text, key
		gap = NoSpace
	}
	t.tokens = toks
}

// tokenStarts marks the bytes that start or separate tokens: ASCII white space and
// marks, and 0xE2, the first byte of the punctuation block U+2000–U+206F (bidi
// controls, dashes, bullets) and the symbols after it; the normalised view has
// no typographic quotation marks or dashes left, but right-to-left text keeps its
// controls, each a token of its own, and without them its estimate fell a sixth
// short. Letters, digits and the bytes of other runes are 0.
var tokenStarts = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			t[c] = 1
		}
	}
	t[0xE2] = 1
	return t
}()

// estimateTokens returns a number slightly above the number of tokens of v for
// ordinary text: one per white-space or mark byte, plus one.
func estimateTokens(v string) int {
	// Four counters let the loads run in parallel.
	var n0, n1, n2, n3 int
	i := 0
	for ; i+4 <= len(v); i += 4 {
		b := v[i : i+4] // one bounds check for the four loads
		n0 += int(tokenStarts[b[0]])
		n1 += int(tokenStarts[b[1]])
		n2 += int(tokenStarts[b[2]])
		n3 += int(tokenStarts[b[3]])
	}
	for ; i < len(v); i++ {
		n0 += int(tokenStarts[v[i]])
	}
	return 1 + n0 + n1 + n2 + n3
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func isDigitAt(s string, i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }

// A foldCase says how the match key of a word differs from the word (see Fold).
type foldCase uint8

const (
	foldNone  foldCase = iota // the word is its own key
	foldFirst                 // only the first byte, an ASCII capital, folds to another
	foldMore                  // the word may hold other letters that fold to others
)

// scanWord scans a word, number, URL or e-mail address starting at i. mixed says
// how the word's match key differs from it.
func scanWord(v string, i int) (end int, kind TokenKind, mixed foldCase) {
	start := i
	if c := v[i]; (c == 'h' || c == 'H' || c == 'w') && hasURLPrefix(v[i:]) {
		return scanURL(v, i), URL, foldMore
	}
	digitsOnly := true
	runLetters := 0 // letters since the last inner separator
scan:
	for i < len(v) {
		// ASCII letters and digits first: they make up most of any German text.
		switch asciiClass[v[i]] {
		case lowerASCII:
			j := lowerRun(v, i+1)
			digitsOnly = false
			runLetters += j - i
			i = j
			continue
		case upperASCII:
			mixed = foldMore
			if i == start {
				mixed = foldFirst
			}
			digitsOnly = false
			runLetters++
			i++
			continue
		case digitASCII:
			i++
			continue
		case spaceASCII:
			break scan // most words end at a space
		}
		if v[i] == 0xC3 && i+1 < len(v) && v[i+1] >= 0x80 && v[i+1] <= 0xBF && v[i+1] != 0x97 && v[i+1] != 0xB7 {
			// U+00C0 to U+00FF but × and ÷: the letters of Latin-1, umlauts and ß
			// among them, without a table lookup. Those up to ß fold to others.
			if v[i+1] <= 0x9F {
				mixed = foldMore
			}
			digitsOnly = false
			runLetters++
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(v[i:])
		if isWordRune(r) {
			// ä, ö, ü and the like fold to themselves: see isFoldedSlow.
			if r == 'ß' || r == 'ẞ' || unicode.ToLower(r) != r {
				mixed = foldMore
			}
			if r < '0' || r > '9' {
				digitsOnly = false
				runLetters++
			}
			i += size
			continue
		}
		switch {
		case (r == '.' || r == ',' || r == ':') && digitsOnly && isDigitAt(v, i+1) && isDigitAt(v, i-1):
			i++ // 1.000, 3,5, 1.8.2020, 11:30
			continue
		case r == '.' && !digitsOnly && runLetters > 0 && runLetters <= 3 && isLetterAt(v, i+1) && !isUpperWordAhead(v, i+1):
			i++ // z.B, u.a, U.S.A
			runLetters = 0
			continue
		case r == '-' && i+1 < len(v) && isWordStart(v[i+1:]):
			i++ // UN-Expertengremium, Covid-19
			digitsOnly = false
			runLetters = 0
			continue
		case r == '-' && !digitsOnly && truncatedCompound(v[i+1:]):
			i++ // Atom- und Raketenprogramm
			return i, Word, mixed
		case r == '\'' && isLetterAt(v, i+1) && i > start:
			i++ // geht's, O'Neill
			continue
		case r == '@' && isWordStart(v[i+1:]):
			return scanEmailHost(v, i+1), Email, foldMore
		case r == '&' && isUpperAt(v, i-1) && isUpperAt(v, i+1):
			i++ // AT&T
			continue
		}
		break
	}
	if digitsOnly {
		return i, Number, mixed
	}
	return i, Word, mixed
}

// lowerRun returns the end of the run of lower-case ASCII letters at i in v,
// testing eight bytes at a time.
func lowerRun(v string, i int) int {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	for ; i+8 <= len(v); i += 8 {
		b := v[i : i+8] // one bounds check, and the loads below become one
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		low := w &^ highs // no carry from one byte into the next below
		// The high bit of each byte is set where the byte is an ASCII byte in a-z.
		in := (low + ones*(0x80-'a')) &^ (low + ones*(0x80-'z'-1)) &^ w & highs
		if in != highs {
			return i + bits.TrailingZeros64(^in&highs)/8
		}
	}
	for i < len(v) && asciiClass[v[i]] == lowerASCII {
		i++
	}
	return i
}

// The classes of ASCII bytes for the tokenizer; other bytes are 0.
const (
	lowerASCII = 1 + iota
	upperASCII
	digitASCII
	spaceASCII // white space and control characters, which the tokenizer skips
)

var asciiClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = lowerASCII
		t[c-'a'+'A'] = upperASCII
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = digitASCII
	}
	// Other control characters (NUL, ESC, DEL, …) carry no text: they separate
	// tokens like spaces, so that "Ende.\x00 Neu" still ends a sentence.
	for c := 0; c <= ' '; c++ {
		t[c] = spaceASCII
	}
	t[0x7f] = spaceASCII
	return t
}()

func isUpperAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// isUpperWordAhead reports whether a capitalised word of four or more letters starts at
// i: "Ende.Danach" is two words glued by a missing space, not an abbreviation.
func isUpperWordAhead(v string, i int) bool {
	if !isUpperAt(v, i) {
		return false
	}
	n := 0
	for _, r := range v[i:] {
		if !unicode.IsLetter(r) {
			break
		}
		n++
	}
	return n >= 4
}

// truncatedCompound reports whether the text after a word-final hyphen continues a
// coordinated compound: "Atom- und", "Ein- oder", "Vor- bzw.", "Landes-, Bundes-".
func truncatedCompound(rest string) bool {
	if strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "/") {
		return true
	}
	rest = strings.TrimLeft(rest, " ")
	for _, w := range [...]string{"und ", "oder ", "bzw", "sowie ", "bis ", "als auch "} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

func hasURLPrefix(s string) bool {
	if len(s) <= 8 {
		return false
	}
	// The second byte rules out the words that begin with h or w: hat, wird.
	switch s[1] {
	case 't':
		return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
	case 'w':
		return strings.HasPrefix(s, "www.")
	case 'T':
		return strings.HasPrefix(s, "HTTP://") || strings.HasPrefix(s, "HTTPS://")
	}
	return false
}

func scanURL(v string, i int) int {
	for i < len(v) {
		r, size := utf8.DecodeRuneInString(v[i:])
		if unicode.IsSpace(r) || r == '"' || r == '<' || r == '>' {
			break
		}
		i += size
	}
	for i > 0 && strings.ContainsRune(".,;:!?)'", rune(v[i-1])) {
		i--
	}
	return i
}

func scanEmailHost(v string, i int) int {
	for i < len(v) {
		r, size := utf8.DecodeRuneInString(v[i:])
		if isWordRune(r) || r == '-' || (r == '.' && isWordStart(v[min(i+1, len(v)):])) {
			i += size
			continue
		}
		break
	}
	return i
}

// quoteDirection decides whether the quotation mark at view offset i opens or
// closes. cur is the tokenizer's cursor, which finds the original mark without
// a binary search over the alignment (a text of many quotation marks has a
// segment for each).
func (t *Text) quoteDirection(v string, i int, cur *normalize.Cursor, straightOpen *[2]bool) TokenKind {
	single := v[i] == '\''
	s, e := cur.ToOrig(i, i+1)
	glyph := t.src[s:max(s, e)]
	switch glyph {
	case "„", "‚":
		return QuoteOpen
	}
	before := i == 0 || isOpeningContext(v[i-1])
	after := i+1 >= len(v) || isClosingContext(v[i+1])
	switch {
	case before && !after:
		if glyph == `"` || glyph == "'" {
			straightOpen[boolIndex(single)] = true
		}
		return QuoteOpen
	case after && !before:
		if glyph == `"` || glyph == "'" {
			straightOpen[boolIndex(single)] = false
		}
		return QuoteClose
	}
	switch glyph {
	case "»":
		return QuoteOpen
	case "“", "”", "«", "‘", "’":
		return QuoteClose
	}
	k := boolIndex(single)
	straightOpen[k] = !straightOpen[k]
	if straightOpen[k] {
		return QuoteOpen
	}
	return QuoteClose
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// isOpeningContext: a byte before a quotation mark that makes it an opening one.
func isOpeningContext(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '[' || c == '/' || c == '-' || c == '"' || c == '\''
}

// isClosingContext: a byte after a quotation mark that makes it a closing one.
func isClosingContext(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '.' || c == ',' || c == ';' || c == ':' ||
		c == '!' || c == '?' || c == ')' || c == ']' || c == '-' || c == '"' || c == '\''
}
