package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/claim"
)

// A mark highlights one stretch of a sentence in the text report.
type mark struct {
	span aussage.Span
	kind markKind
	note string // appended after the stretch, e.g. "K1"
}

type markKind uint8

const (
	markHedge markKind = iota // [offenbar]
	markCue                   // <sagte>
	markMood                  // sei^K1
)

// style says how marks are drawn: with brackets in plain text, with ANSI colours on
// a terminal.
type style struct{ colour bool }

func (s style) open(k markKind) string {
	if s.colour {
		return [...]string{"\x1b[33m", "\x1b[36m", "\x1b[35m"}[k]
	}
	return [...]string{"[", "<", ""}[k]
}

func (s style) close(k markKind, note string) string {
	if note != "" {
		note = "^" + note
	}
	if s.colour {
		return note + "\x1b[0m"
	}
	return [...]string{"]", ">", ""}[k] + note
}

func (s style) dim(text string) string {
	if s.colour {
		return "\x1b[2m" + text + "\x1b[0m"
	}
	return text
}

// writeText prints the document for a person: each sentence numbered, with hedges in
// [brackets], reporting cues in <angle brackets> and subjunctive verbs marked ^K1 or
// ^K2, followed by its claims with their chain of sources and certainty.
func writeText(w io.Writer, name string, d *claim.Document, st style) {
	t := d.Text()
	fmt.Fprintf(w, "%s", name)
	if d.Date != "" {
		fmt.Fprintf(w, "  (date %s)", d.Date)
	}
	fmt.Fprintf(w, "\n%d sentences, %d quotations, %d sources, %d attributions, %d hedges, %d claims\n",
		len(d.Sentences), len(d.Quotes), len(d.Sources), len(d.Attributions), len(d.Hedges), len(d.Claims))
	marks := documentMarks(d)
	for i, s := range d.Sentences {
		fmt.Fprintf(w, "\n%3d  %s\n", i+1, highlight(t, s, marks, st))
		for _, c := range d.ClaimsIn(i) {
			line := fmt.Sprintf("     %-4s %-4s %+.1f  %s", c.ID, c.Factuality, c.Score, strings.Join(d.ChainNames(c), " → "))
			if c.Polarity == claim.Negative {
				line += "  (negative)"
			}
			for _, f := range c.Flags {
				line += "  #" + string(f)
			}
			fmt.Fprintln(w, line)
			fmt.Fprintf(w, "          %s\n", st.dim(abbreviate(t.Slice(c.Span), 100)))
		}
	}
}

// documentMarks collects the marks of the whole document, in text order.
func documentMarks(d *claim.Document) []mark {
	var marks []mark
	for _, h := range d.Hedges {
		for _, s := range h.Spans {
			marks = append(marks, mark{span: s, kind: markHedge})
		}
	}
	for _, a := range d.Attributions {
		for _, s := range a.Cue {
			marks = append(marks, mark{span: s, kind: markCue})
		}
	}
	for _, m := range d.Moods {
		note := "K1"
		if m.Mood == "konjunktiv2" {
			note = "K2"
		}
		marks = append(marks, mark{span: m.Span, kind: markMood, note: note})
	}
	sort.SliceStable(marks, func(i, j int) bool { return marks[i].span.Start < marks[j].span.Start })
	return marks
}

// highlight returns the sentence's text with the marks that lie inside it; a mark
// that overlaps an earlier one is left out.
func highlight(t *aussage.Text, s aussage.Span, marks []mark, st style) string {
	var b strings.Builder
	pos := s.Start
	i := sort.Search(len(marks), func(i int) bool { return marks[i].span.Start >= s.Start })
	for ; i < len(marks) && marks[i].span.End <= s.End; i++ {
		m := marks[i]
		if m.span.Start < pos {
			continue
		}
		b.WriteString(t.Slice(aussage.Span{Start: pos, End: m.span.Start}))
		b.WriteString(st.open(m.kind))
		b.WriteString(t.Slice(m.span))
		b.WriteString(st.close(m.kind, m.note))
		pos = m.span.End
	}
	b.WriteString(t.Slice(aussage.Span{Start: pos, End: s.End}))
	return strings.Join(strings.Fields(b.String()), " ")
}

// abbreviate shortens s to about n runes, cutting in the middle.
func abbreviate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n/2-2]) + " … " + string(r[len(r)-n/2+2:])
}
