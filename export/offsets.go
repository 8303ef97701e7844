package export

import (
	"errors"
	"unicode/utf8"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/claim"
)

// ErrNoText is returned by the exports that need the document's text when the
// document has none, as after reading it back from JSON.
var ErrNoText = errors.New("export: the document has no text (read from JSON?); analyse the text to export it")

// textOf returns the document's original text.
func textOf(d *claim.Document) (string, error) {
	if d == nil || d.Text() == nil {
		return "", ErrNoText
	}
	return d.Text().String(), nil
}

// charCounter converts byte offsets into character (code point) offsets. Each query
// counts from the previous one, forwards or backwards, so queries in text order (or
// nearly, as nested spans are) cost about one pass over the text in all.
type charCounter struct {
	src         string
	byteOff, ch int
}

// at returns the number of characters before byte offset off (clamped to the text).
// An invalid byte counts as one character, as a decoder that replaces it by U+FFFD
// would count it.
func (c *charCounter) at(off int) int {
	off = max(0, min(off, len(c.src)))
	if off < c.byteOff {
		c.ch -= utf8.RuneCountInString(c.src[off:c.byteOff])
	} else {
		c.ch += utf8.RuneCountInString(c.src[c.byteOff:off])
	}
	c.byteOff = off
	return c.ch
}

// valid reports whether s is a non-empty span inside a text of n bytes.
func valid(s aussage.Span, n int) bool {
	return s.Start >= 0 && s.Start < s.End && s.End <= n
}
