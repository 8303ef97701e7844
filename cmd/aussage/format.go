package main

import (
	"encoding/json"

	"github.com/aussage/aussage"
)

// document is one document in output format 1 (../shared/docs/output-format.md).
type document struct {
	Format       int             `json:"format"`
	ID           json.RawMessage `json:"id,omitempty"`
	Date         string          `json:"date,omitempty"`
	Sentences    []aussage.Span  `json:"sentences"`
	Moods        []moodOut       `json:"moods"`
	Quotes       []quoteOut      `json:"quotes"`
	Sources      []sourceOut     `json:"sources"`
	Attributions []attrOut       `json:"attributions"`
	Hedges       []hedgeOut      `json:"hedges"`
	Claims       []claimOut      `json:"claims"`
}

type moodOut struct {
	aussage.Span
	Text string `json:"text"`
	Mood string `json:"mood"`
}

type quoteOut struct {
	aussage.Span
	Kind string `json:"kind"`
}

type sourceOut struct {
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Kind     string         `json:"kind"`
	Mentions []aussage.Span `json:"mentions"`
}

type attrOut struct {
	ID        string         `json:"id"`
	Type      string         `json:"type"`
	Content   []aussage.Span `json:"content"`
	Speaker   []aussage.Span `json:"speaker"`
	Cue       []aussage.Span `json:"cue"`
	Frame     []aussage.Span `json:"frame"`
	Addressee []aussage.Span `json:"addressee"`
	Source    *string        `json:"source"`
	Parent    *string        `json:"parent"`
}

type hedgeOut struct {
	Spans []aussage.Span `json:"spans"`
	Text  string         `json:"text"`
	Class string         `json:"class"`
	Value string         `json:"value"`
	Score float64        `json:"score"`
}

type claimOut struct {
	ID          string       `json:"id"`
	Sentence    int          `json:"sentence"`
	Span        aussage.Span `json:"span"`
	Attribution *string      `json:"attribution"`
	Chain       []string     `json:"chain"`
	Factuality  string       `json:"factuality"`
	Score       float64      `json:"score"`
	Polarity    string       `json:"polarity"`
	Hedges      []int        `json:"hedges"`
	Flags       []string     `json:"flags"`
}

// analyze builds the output document for one text.
func analyze(t *aussage.Text) *document {
	d := &document{
		Format:       1,
		Sentences:    []aussage.Span{},
		Moods:        []moodOut{},
		Quotes:       []quoteOut{},
		Sources:      []sourceOut{},
		Attributions: []attrOut{},
		Hedges:       []hedgeOut{},
		Claims:       []claimOut{},
	}
	d.Date, _ = t.Date()
	for _, s := range t.Sentences() {
		d.Sentences = append(d.Sentences, s.Span)
	}
	toks := t.Tokens()
	for _, v := range t.Verbs() {
		if v.Mood != aussage.Konjunktiv1 && v.Mood != aussage.Konjunktiv2 {
			continue
		}
		tok := toks[v.Token]
		d.Moods = append(d.Moods, moodOut{Span: tok.Span, Text: t.Slice(tok.Span), Mood: v.Mood.String()})
	}
	return d
}
