package aussage

import "fmt"

// A Span is a half-open range [Start, End) of byte offsets into the caller's original
// text. The zero Span is the empty span at offset 0 and is valid.
//
// Spans marshal to JSON as {"start": S, "end": E}, the form the CLI prints.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// IsEmpty reports whether the span covers no bytes.
func (s Span) IsEmpty() bool { return s.End <= s.Start }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Union returns the smallest span that covers both s and o.
func (s Span) Union(o Span) Span {
	if o.Start < s.Start {
		s.Start = o.Start
	}
	if o.End > s.End {
		s.End = o.End
	}
	return s
}

// Of returns the substring of src that s covers, clamped to src's bounds so that a
// span from another text never panics.
func (s Span) Of(src string) string {
	start, end := max(0, min(s.Start, len(src))), max(0, min(s.End, len(src)))
	if end < start {
		return ""
	}
	return src[start:end]
}

// String formats the span as "[start,end)".
func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }
