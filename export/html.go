package export

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/claim"
	"github.com/aussage/aussage/hedge"
)

//go:embed report.html.tmpl
var reportTemplate string

var reportPage = template.Must(template.New("report").Parse(reportTemplate))

// HTML writes a self-contained HTML page (no scripts, styles or fonts from the
// network) for a reader: the article with hedges, reporting cues, speakers, other
// mentions of sources and attributed content highlighted in distinct styles; every
// claim's chain of sources and certainty, shown when the pointer rests on the claim
// in the article or when it is clicked (a click pins it); the list of all claims; an
// SVG graph of who cites whom, from the author to the innermost sources; and a
// legend.
//
// HTML returns [ErrNoText] for a document without text.
func HTML(w io.Writer, d *claim.Document) error {
	src, err := textOf(d)
	if err != nil {
		return err
	}
	return writeHTML(w, d, src)
}

// writeHTML is HTML with the text given separately.
func writeHTML(w io.Writer, d *claim.Document, src string) error {
	bw := bufio.NewWriter(w)
	if err := reportPage.Execute(bw, buildPage(d, src)); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return bw.Flush()
}

// page is what the template shows.
type page struct {
	Title    string
	Date     string
	Counts   []count
	Segments []segment
	Claims   []claimView
	Graph    graph
	Values   []valueView // the factuality scale, for the legend
}

type count struct {
	N    int
	What string
}

// A segment is a stretch of the article with the same highlighting throughout.
type segment struct {
	Text   string
	Class  string // space-separated: hedge cue speaker mention content claim
	Claims string // the claims it belongs to, innermost first: "c16 c15"
	Source string // the source it mentions, if any
}

// claimView is a claim as the page shows it.
type claimView struct {
	ID, Text, Score string
	Factuality      string
	FactClass       string
	Author          bool // the author's own claim
	Negative        bool
	Flags           []string
	Hedges          []string
	Chain           []hopView
}

// hopView is one source of a claim's chain with its commitment.
type hopView struct {
	Name, Kind       string
	Value, FactClass string
}

// valueView is one value of the factuality scale, for the legend.
type valueView struct {
	Value, Class, Meaning string
}

// buildPage gathers what the template shows of document d with text src.
func buildPage(d *claim.Document, src string) page {
	p := page{
		Title:    title(d, src),
		Date:     d.Date,
		Segments: segments(d, src),
		Graph:    citationGraph(d),
		Counts: []count{
			{len(d.Sentences), "sentences"}, {len(d.Sources), "sources"},
			{len(d.Attributions), "attributions"}, {len(d.Hedges), "hedges"}, {len(d.Claims), "claims"},
		},
	}
	for _, v := range []struct {
		v hedge.Value
		m string
	}{
		{hedge.CTPlus, "certain"}, {hedge.PRPlus, "probable"}, {hedge.PSPlus, "possible"},
		{hedge.Uu, "uncommitted"}, {hedge.PSMinus, "possibly not"}, {hedge.PRMinus, "probably not"}, {hedge.CTMinus, "certainly not"},
	} {
		p.Values = append(p.Values, valueView{v.v.String(), factClass(v.v), v.m})
	}
	for _, c := range d.Claims {
		cv := claimView{
			ID:         c.ID,
			Factuality: c.Factuality.String(),
			FactClass:  factClass(c.Factuality),
			Score:      fmt.Sprintf("%+.1f", c.Score),
			Author:     len(c.Chain) <= 1,
			Negative:   c.Polarity == claim.Negative,
		}
		if valid(c.Span, len(src)) {
			cv.Text = strings.ToValidUTF8(src[c.Span.Start:c.Span.End], "\uFFFD")
		}
		for _, f := range c.Flags {
			cv.Flags = append(cv.Flags, string(f))
		}
		for _, h := range d.HedgesOf(c) {
			cv.Hedges = append(cv.Hedges, h.Text)
		}
		for i, id := range c.Chain {
			hop := hopView{Name: id, Kind: "author"}
			if s, ok := d.Source(id); ok {
				hop.Name, hop.Kind = s.Name, s.Kind
			}
			if i < len(c.Values) && c.Values[i].Source == id {
				hop.Value, hop.FactClass = c.Values[i].Value.String(), factClass(c.Values[i].Value)
			}
			cv.Chain = append(cv.Chain, hop)
		}
		p.Claims = append(p.Claims, cv)
	}
	return p
}

// title returns the page title: the document ID, or else its first sentence.
func title(d *claim.Document, src string) string {
	if d.ID != "" {
		return d.ID
	}
	for _, s := range d.Sentences {
		if valid(s, len(src)) {
			t := strings.Join(strings.Fields(strings.ToValidUTF8(src[s.Start:s.End], "\uFFFD")), " ")
			if r := []rune(t); len(r) > 80 {
				t = string(r[:79]) + "…"
			}
			return t
		}
	}
	return "(empty document)"
}

// factClass names the CSS class of a factuality value.
func factClass(v hedge.Value) string {
	switch v {
	case hedge.CTPlus:
		return "f-ctp"
	case hedge.PRPlus:
		return "f-prp"
	case hedge.PSPlus:
		return "f-psp"
	case hedge.PSMinus:
		return "f-psn"
	case hedge.PRMinus:
		return "f-prn"
	case hedge.CTMinus:
		return "f-ctn"
	}
	return "f-uu"
}

// A layer is one highlighted span: its class, and the claim or source it belongs to.
type layer struct {
	span   aussage.Span
	class  string
	claim  int    // index into d.Claims, or -1
	source string // source ID, or ""
}

// segments cuts the text at every boundary of a highlighted span and gives each
// piece the classes of the spans that cover it. Spans that are empty, out of range
// or not on character boundaries are left out.
func segments(d *claim.Document, src string) []segment {
	var layers []layer
	add := func(spans []aussage.Span, class string, claim int, source string) {
		for _, s := range spans {
			if valid(s, len(src)) && onRune(src, s.Start) && onRune(src, s.End) {
				layers = append(layers, layer{s, class, claim, source})
			}
		}
	}
	for i, c := range d.Claims {
		add([]aussage.Span{c.Span}, "claim", i, "")
	}
	for _, a := range d.Attributions {
		add(a.Content, "content", -1, "")
		add(a.Cue, "cue", -1, "")
		add(a.Speaker, "speaker", -1, string(a.Source))
	}
	for _, s := range d.Sources {
		add(s.Mentions, "mention", -1, s.ID)
	}
	for _, h := range d.Hedges {
		add(h.Spans, "hedge", -1, "")
	}
	cuts := []int{0, len(src)}
	for _, l := range layers {
		cuts = append(cuts, l.span.Start, l.span.End)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	type cover struct {
		classes map[string]bool
		claims  []int
		source  string
	}
	covers := make([]cover, len(cuts)-1)
	for _, l := range layers {
		first, _ := slices.BinarySearch(cuts, l.span.Start)
		for i := first; i < len(covers) && cuts[i] < l.span.End; i++ {
			c := &covers[i]
			if c.classes == nil {
				c.classes = map[string]bool{}
			}
			c.classes[l.class] = true
			if l.claim >= 0 {
				c.claims = append(c.claims, l.claim)
			}
			if l.source != "" && (c.source == "" || l.class == "speaker") {
				c.source = l.source
			}
		}
	}
	var out []segment
	for i, c := range covers {
		seg := segment{Text: strings.ToValidUTF8(src[cuts[i]:cuts[i+1]], "\uFFFD"), Source: c.source}
		if c.classes["speaker"] {
			delete(c.classes, "mention") // a speaker is a mention; show the stronger style
		}
		for _, k := range []string{"claim", "content", "speaker", "mention", "cue", "hedge"} {
			if c.classes[k] {
				seg.Class += " " + k
			}
		}
		seg.Class = strings.TrimSpace(seg.Class)
		// Innermost claim first: the shortest span that covers the piece.
		slices.SortStableFunc(c.claims, func(a, b int) int {
			return d.Claims[a].Span.Len() - d.Claims[b].Span.Len()
		})
		ids := make([]string, len(c.claims))
		for j, ci := range c.claims {
			ids[j] = d.Claims[ci].ID
		}
		seg.Claims = strings.Join(ids, " ")
		if n := len(out); n > 0 && out[n-1].Class == "" && seg.Class == "" {
			out[n-1].Text += seg.Text // merge plain text
			continue
		}
		out = append(out, seg)
	}
	return out
}

// onRune reports whether off is at a character boundary of src.
func onRune(src string, off int) bool {
	return off == len(src) || utf8.RuneStart(src[off])
}
