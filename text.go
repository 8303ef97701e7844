package aussage

import (
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/aussage/aussage/internal/normalize"
)

// ErrInvalidUTF8 is reported by [Text.Err] when the original text is not valid UTF-8.
// The text is still analysed: each invalid byte reads as U+FFFD in the view and every
// span still points at the original bytes.
var ErrInvalidUTF8 = errors.New("aussage: text is not valid UTF-8")

// A Text is a document prepared for analysis: the caller's original bytes, a
// normalised view of them for matching, and an alignment between the two. Tokens,
// sentences and finite verbs are computed on first use and cached.
//
// A Text is immutable and safe for concurrent use by multiple goroutines.
type Text struct {
	src  string
	norm normalize.Result

	linesOnce sync.Once
	lines     []int // offsets where lines start

	tokOnce sync.Once
	tokens  []Token

	sentOnce  sync.Once
	sentences []Sentence
	date      Span
	dateValue string

	verbOnce sync.Once
	verbs    []Verb

	clauseOnce sync.Once
	clauses    []Clause

	// recycled marks a text of package claim whose lists come from the pools of
	// recycle.go and go back to them (see package internal/recycle).
	recycled bool
}

// NewText prepares s for analysis. It never fails: invalid UTF-8 is kept and reported
// by [Text.Err]. Text that is already normal (NFC, no typographic quotes, dashes or
// special spaces) is used as is, without a copy.
func NewText(s string) *Text {
	return &Text{src: s, norm: normalize.Normalize(s)}
}

// String returns the original text.
func (t *Text) String() string { return t.src }

// Len returns the length of the original text in bytes.
func (t *Text) Len() int { return len(t.src) }

// View returns the normalised view of the text: NFC, one glyph per quotation-mark
// class ('"' and '\”), '-' for every dash, ' ' for every special space, no soft
// hyphens. Offsets into the view are converted with [Text.Span].
func (t *Text) View() string { return t.norm.View }

// Slice returns the original text covered by s, clamped to the text's bounds.
func (t *Text) Slice(s Span) string { return s.Of(t.src) }

// Span maps the view range [start, end) to the original text. Offsets that fall inside
// a normalised character widen the span to cover the whole original character, so the
// result always lies on rune boundaries of the original.
func (t *Text) Span(start, end int) Span {
	if t.norm.Segments == nil {
		return Span{start, end}
	}
	s := Span{t.norm.ToOrigStart(start), t.norm.ToOrigEnd(end)}
	if s.End < s.Start {
		s.End = s.Start
	}
	return s
}

// ViewOffset maps an offset of the original text to the view. An offset inside a
// normalised character maps to the start of its replacement.
func (t *Text) ViewOffset(orig int) int {
	if t.norm.Segments == nil {
		return orig
	}
	return t.norm.ToView(orig)
}

// IsNormal reports whether the view is the original text itself.
func (t *Text) IsNormal() bool { return t.norm.Segments == nil }

// InvalidBytes returns the original offsets of bytes that are not valid UTF-8.
func (t *Text) InvalidBytes() []int { return t.norm.Invalid }

// Err returns [ErrInvalidUTF8], wrapped with the first bad offset, if the original
// text is not valid UTF-8, and nil otherwise.
func (t *Text) Err() error {
	if len(t.norm.Invalid) == 0 {
		return nil
	}
	p := t.Position(t.norm.Invalid[0])
	return fmt.Errorf("%w: %d invalid byte(s), the first at %s (byte %d)",
		ErrInvalidUTF8, len(t.norm.Invalid), p, t.norm.Invalid[0])
}

// A Position is a human-readable location in a text. Line and Column count from 1;
// Column counts bytes, as go/token does.
type Position struct {
	Offset int // byte offset into the original
	Line   int
	Column int
}

// String formats the position as "line:column".
func (p Position) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Column) }

// Position returns the line and column of the original offset off. The line table is
// built on first use.
func (t *Text) Position(off int) Position {
	t.linesOnce.Do(func() {
		t.lines = []int{0}
		for i := 0; i < len(t.src); i++ {
			if t.src[i] == '\n' {
				t.lines = append(t.lines, i+1)
			}
		}
	})
	off = max(0, min(off, len(t.src)))
	line := sort.Search(len(t.lines), func(i int) bool { return t.lines[i] > off }) - 1
	return Position{Offset: off, Line: line + 1, Column: off - t.lines[line] + 1}
}
