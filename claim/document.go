package claim

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/hedge"
)

// FormatVersion is the version of the JSON output format that [Document] marshals to
// (the "format" field). It changes only when a field is renamed or dropped.
const FormatVersion = 1

// AuthorID is the chain element that stands for the author of the text.
const AuthorID = "author"

// A Document is the analysis of one text: its sentences, subjunctive verbs,
// quotations, sources, attributions, hedges and claims, with lookups between them.
//
// A Document marshals to JSON as exactly output format 1 (docs/output-format.md), the
// format the aussage command prints, and unmarshals back from it. Cross references
// are string IDs ("s1", "a1", "c1"); hedges are referenced by their index.
type Document struct {
	Format       int            `json:"format"`
	ID           string         `json:"id,omitempty"`   // the caller's document ID, if any
	Date         string         `json:"date,omitempty"` // the document date, if given or detected
	Sentences    []aussage.Span `json:"sentences"`
	Moods        []Mood         `json:"moods"`
	Quotes       []Quote        `json:"quotes"`
	Sources      []Source       `json:"sources"`
	Attributions []Attribution  `json:"attributions"`
	Hedges       []Hedge        `json:"hedges"`
	Claims       []Claim        `json:"claims"`

	text *aussage.Text // the analysed text; nil for a document read from JSON
}

// A Mood is a finite verb in the subjunctive.
type Mood struct {
	aussage.Span
	Text string `json:"text"`
	Mood string `json:"mood"` // "konjunktiv1" or "konjunktiv2"
}

// A Quote is a pair of quotation marks and what they enclose.
type Quote struct {
	aussage.Span        // from the opening to the closing mark, both included
	Kind         string `json:"kind"` // speech, partial, title, term or scare
}

// A Source is a speaker, organisation, document or group the text reports, with all
// its mentions merged.
type Source struct {
	ID       string         `json:"id"`   // "s1", "s2", …
	Name     string         `json:"name"` // the fullest name mentioned
	Kind     string         `json:"kind"` // person, organisation, document, media, anonymous, collective, generic
	Mentions []aussage.Span `json:"mentions"`
}

// An Attribution links reported content to its source. See the source package for
// how each part is delimited.
type Attribution struct {
	ID        string         `json:"id"`   // "a1", "a2", …
	Type      string         `json:"type"` // direct, indirect, free-indirect or reported
	Content   []aussage.Span `json:"content"`
	Speaker   []aussage.Span `json:"speaker"`
	Cue       []aussage.Span `json:"cue"`
	Frame     []aussage.Span `json:"frame"`
	Addressee []aussage.Span `json:"addressee"`
	Source    Ref            `json:"source"` // the resolved source, or null
	Parent    Ref            `json:"parent"` // the attribution this one is nested in, or null
	// RelayOf is set on a relay's own report (die Staatsmedien zitierten ihn: „…“):
	// the attribution whose words it passes on. Such a report carries no claim of
	// its own, since the content is already a claim with the relay in its chain.
	RelayOf Ref `json:"relayOf,omitempty"`
	// Chain lists the source IDs from the outermost to the original source, the
	// author first: ["author", "s4", "s1"].
	Chain []string `json:"chain"`
	// Class is the reporting verb's class: neutral, distancing, negative, confirming,
	// speculative, directive; empty for a prepositional or impersonal frame.
	Class    string `json:"class,omitempty"`
	Polarity string `json:"polarity"` // of the speech act: "negative" for a denial
}

// A Hedge is a hedge cue; see the hedge package.
type Hedge struct {
	Spans []aussage.Span `json:"spans"`
	Text  string         `json:"text"`
	Class hedge.Class    `json:"class"`
	Value hedge.Value    `json:"value"`
	Score float64        `json:"score"`
}

// A Ref is the ID of another element of the document; the empty Ref is JSON null.
type Ref string

// MarshalJSON writes the ID, or null for the empty Ref.
func (r Ref) MarshalJSON() ([]byte, error) {
	if r == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(r))
}

// UnmarshalJSON reads an ID or null.
func (r *Ref) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*r = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*r = Ref(s)
	return nil
}

// Text returns the analysed text, or nil if the document was read from JSON and no
// text was attached with [Document.SetText]. For a document made by
// [Analyzer.AnalyzeString] (or [Analyze], [AnalyzeBytes]) the text's tokens,
// sentences, verbs and clauses are computed again on first use: the lists of the
// analysis went on to later documents.
func (d *Document) Text() *aussage.Text { return d.text }

// ErrSpanOutOfText is returned, wrapped, by [Document.SetText] when a span of the
// document lies outside the text.
var ErrSpanOutOfText = errors.New("claim: span outside the text")

// SetText attaches the text a document read from JSON was made from, so that spans
// can be sliced and the document exported again. It checks that every sentence,
// claim, attribution and hedge span lies inside t and fails otherwise, leaving the
// document unchanged.
func (d *Document) SetText(t *aussage.Text) error {
	n := t.Len()
	check := func(what string, spans ...aussage.Span) error {
		for _, s := range spans {
			if s.Start < 0 || s.End > n || s.End < s.Start {
				return fmt.Errorf("%w: %s %v, text length %d", ErrSpanOutOfText, what, s, n)
			}
		}
		return nil
	}
	if err := check("sentence", d.Sentences...); err != nil {
		return err
	}
	for _, c := range d.Claims {
		if err := check("claim "+c.ID, c.Span); err != nil {
			return err
		}
	}
	for _, a := range d.Attributions {
		for _, spans := range [][]aussage.Span{a.Content, a.Speaker, a.Cue, a.Frame, a.Addressee} {
			if err := check("attribution "+a.ID, spans...); err != nil {
				return err
			}
		}
	}
	for i, h := range d.Hedges {
		if err := check(fmt.Sprintf("hedge %d", i), h.Spans...); err != nil {
			return err
		}
	}
	d.text = t
	return nil
}

// Source returns the source with the given ID.
func (d *Document) Source(id string) (Source, bool) {
	for _, s := range d.Sources {
		if s.ID == id {
			return s, true
		}
	}
	return Source{}, false
}

// Attribution returns the attribution with the given ID.
func (d *Document) Attribution(id string) (Attribution, bool) {
	for _, a := range d.Attributions {
		if a.ID == id {
			return a, true
		}
	}
	return Attribution{}, false
}

// ClaimsOf returns the claims whose innermost source is the source with the given ID,
// in text order. ClaimsOf(AuthorID) returns the author's own claims.
func (d *Document) ClaimsOf(sourceID string) []Claim {
	var out []Claim
	for _, c := range d.Claims {
		if len(c.Chain) > 0 && c.Chain[len(c.Chain)-1] == sourceID {
			out = append(out, c)
		}
	}
	return out
}

// ClaimsIn returns the claims of the sentence with the given index.
func (d *Document) ClaimsIn(sentence int) []Claim {
	var out []Claim
	for _, c := range d.Claims {
		if c.Sentence == sentence {
			out = append(out, c)
		}
	}
	return out
}

// Chain returns the sources of the claim's chain, outermost first, without the author.
// A chain element that names no source of the document is skipped.
func (d *Document) Chain(c Claim) []Source {
	var out []Source
	for _, id := range c.Chain {
		if s, ok := d.Source(id); ok {
			out = append(out, s)
		}
	}
	return out
}

// ChainNames returns the claim's chain as names, the author first: for example
// ["author", "Staatsmedien", "Kim Jong-un"].
func (d *Document) ChainNames(c Claim) []string {
	out := make([]string, 0, len(c.Chain))
	for _, id := range c.Chain {
		if s, ok := d.Source(id); ok {
			out = append(out, s.Name)
		} else {
			out = append(out, id)
		}
	}
	return out
}

// HedgesOf returns the hedges the claim's certainty was computed from.
func (d *Document) HedgesOf(c Claim) []Hedge {
	out := make([]Hedge, 0, len(c.Hedges))
	for _, i := range c.Hedges {
		if i >= 0 && i < len(d.Hedges) {
			out = append(out, d.Hedges[i])
		}
	}
	return out
}

// UnmarshalJSON reads a document in output format 1. Lists that are absent become
// empty, so a round trip through JSON gives an equal document.
func (d *Document) UnmarshalJSON(b []byte) error {
	type plain Document // without methods, to avoid recursion
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*d = Document(p)
	d.normalizeLists()
	return nil
}

// normalizeLists replaces nil lists by empty ones, as the format requires arrays.
func (d *Document) normalizeLists() {
	d.Sentences = nonNil(d.Sentences)
	d.Moods = nonNil(d.Moods)
	d.Quotes = nonNil(d.Quotes)
	d.Sources = nonNil(d.Sources)
	d.Attributions = nonNil(d.Attributions)
	d.Hedges = nonNil(d.Hedges)
	d.Claims = nonNil(d.Claims)
	for i := range d.Sources {
		d.Sources[i].Mentions = nonNil(d.Sources[i].Mentions)
	}
	for i := range d.Attributions {
		a := &d.Attributions[i]
		a.Content, a.Speaker, a.Cue = nonNil(a.Content), nonNil(a.Speaker), nonNil(a.Cue)
		a.Frame, a.Addressee, a.Chain = nonNil(a.Frame), nonNil(a.Addressee), nonNil(a.Chain)
	}
	for i := range d.Hedges {
		d.Hedges[i].Spans = nonNil(d.Hedges[i].Spans)
	}
	for i := range d.Claims {
		c := &d.Claims[i]
		c.Chain, c.Hedges, c.Flags, c.Values = nonNil(c.Chain), nonNil(c.Hedges), nonNil(c.Flags), nonNil(c.Values)
	}
}

func nonNil[S ~[]E, E any](s S) S {
	if s == nil {
		return S{}
	}
	return s
}
