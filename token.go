package aussage

import (
	"strings"
	"unicode"
	"unicode/utf8"
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

// A Token is one unit of the text: a word, a number, a mark.
type Token struct {
	Span Span      // bytes in the original text
	View Span      // bytes in the normalised view ([Text.View])
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

// A keyRef locates a folded key in the arena before the arena becomes a string.
type keyRef struct{ tok, start, end int }

func (t *Text) tokenize() {
	v := t.norm.View
	toks := make([]Token, 0, len(v)/5+1)
	var arena []byte
	refs := make([]keyRef, 0, len(v)/32+1) // about one capitalised word in five tokens
	gap := NoSpace
	straightOpen := [2]bool{} // an unclosed straight " (0) or ' (1) is pending
	cur := t.norm.Cursor()
	for i := 0; i < len(v); {
		c := v[i]
		// White space.
		if c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v' {
			nl := 0
			for i < len(v) && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n' || v[i] == '\f' || v[i] == '\v') {
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
		r, size := utf8.DecodeRuneInString(v[i:])
		if size > 1 && unicode.IsSpace(r) {
			i += size
			gap = max(gap, Space)
			continue
		}
		start := i
		kind := Symbol
		switch {
		case isWordRune(r):
			i, kind = scanWord(v, i)
		case c == '"' || c == '\'':
			kind = t.quoteDirection(v, i, &straightOpen)
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
			i, _ = scanWord(v, i+1)
			kind = Hashtag
		case c == '@' && i+1 < len(v) && isWordStart(v[i+1:]):
			i, _ = scanWord(v, i+1)
			kind = Mention
		default:
			i += size
			if unicode.IsPunct(r) {
				kind = Punct
			}
		}
		text := v[start:i]
		tok := Token{View: Span{start, i}, Kind: kind, Gap: gap, Text: text, Key: text}
		if t.norm.Segments == nil {
			tok.Span = tok.View
		} else {
			// t.Span(start, i), without a binary search per token.
			tok.Span.Start, tok.Span.End = cur.ToOrig(start, i)
			tok.Span.End = max(tok.Span.End, tok.Span.Start)
		}
		if kind == Word || kind == Hashtag || kind == Mention {
			if !isFolded(text) {
				a := len(arena)
				arena = appendFold(arena, text)
				refs = append(refs, keyRef{len(toks), a, len(arena)})
			}
		}
		toks = append(toks, tok)
		gap = NoSpace
	}
	if len(refs) > 0 {
		t.folded = string(arena)
		for _, ref := range refs {
			toks[ref.tok].Key = t.folded[ref.start:ref.end]
		}
	}
	t.tokens = toks
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

// scanWord scans a word, number, URL or e-mail address starting at i.
func scanWord(v string, i int) (int, TokenKind) {
	start := i
	if c := v[i]; (c == 'h' || c == 'H' || c == 'w') && hasURLPrefix(v[i:]) {
		return scanURL(v, i), URL
	}
	digitsOnly := true
	runLetters := 0 // letters since the last inner separator
	for i < len(v) {
		// ASCII letters and digits first: they make up most of any German text.
		if c := v[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			digitsOnly = false
			runLetters++
			i++
			continue
		} else if '0' <= c && c <= '9' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(v[i:])
		if isWordRune(r) {
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
			return i, Word
		case r == '\'' && isLetterAt(v, i+1) && i > start:
			i++ // geht's, O'Neill
			continue
		case r == '@' && isWordStart(v[i+1:]):
			return scanEmailHost(v, i+1), Email
		case r == '&' && isUpperAt(v, i-1) && isUpperAt(v, i+1):
			i++ // AT&T
			continue
		}
		break
	}
	if digitsOnly {
		return i, Number
	}
	return i, Word
}

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
	return len(s) > 8 && (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") ||
		strings.HasPrefix(s, "www.") || strings.HasPrefix(s, "HTTP://") || strings.HasPrefix(s, "HTTPS://"))
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

// quoteDirection decides whether the quotation mark at view offset i opens or closes.
func (t *Text) quoteDirection(v string, i int, straightOpen *[2]bool) TokenKind {
	single := v[i] == '\''
	glyph := t.src[t.Span(i, i+1).Start:t.Span(i, i+1).End]
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
