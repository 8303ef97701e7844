package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/aussage/aussage"
)

// writeText prints the document for a person: the sentences numbered, subjunctive
// verbs marked.
func writeText(w io.Writer, name string, t *aussage.Text, d *document) {
	fmt.Fprintf(w, "== %s\n", name)
	if d.Date != "" {
		fmt.Fprintf(w, "date: %s\n", d.Date)
	}
	moods := d.Moods
	for i, s := range d.Sentences {
		var b strings.Builder
		pos := s.Start
		for len(moods) > 0 && moods[0].Start < s.End {
			m := moods[0]
			moods = moods[1:]
			if m.Start < pos {
				continue
			}
			b.WriteString(t.Slice(aussage.Span{Start: pos, End: m.Start}))
			tag := "K1"
			if m.Mood == "konjunktiv2" {
				tag = "K2"
			}
			fmt.Fprintf(&b, "[%s:%s]", t.Slice(m.Span), tag)
			pos = m.End
		}
		b.WriteString(t.Slice(aussage.Span{Start: pos, End: s.End}))
		fmt.Fprintf(w, "%3d  %s\n", i+1, b.String())
	}
}
