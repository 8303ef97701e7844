package export

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/claim"
	"github.com/aussage/aussage/hedge"
)

// Brat writes the document as brat standoff annotations (the .ann file; the .txt
// file beside it must hold the analysed text, byte for byte):
//
//   - entities: Source (each mention of a source, and each speaker span), Cue (an
//     attribution's reporting cue), Content (what is attributed) and Hedge;
//   - relations: AttributedTo (Content → the Source speaking in that attribution, or
//     the source's nearest mention before it), HasCue (Content → Cue) and NestedIn
//     (Content → the Content of the attribution it is nested in);
//   - attributes: SourceKind, AttributionType and HedgeClass, and AnnotatorNotes
//     with source names, chains and hedge values.
//
// Offsets are converted to characters (Unicode code points), as brat counts them.
// A span that crosses a line break is split into fragments there (brat forbids line
// breaks inside a fragment), and the fragments of a discontinuous element are
// joined with ";". [BratConfig] returns a matching annotation.conf.
//
// Brat returns [ErrNoText] for a document without text.
func Brat(w io.Writer, d *claim.Document) error {
	src, err := textOf(d)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	writeBrat(bw, d, src)
	return bw.Flush()
}

// bratWriter numbers and writes annotations, reusing one entity for the same type
// and spans and writing each relation once.
type bratWriter struct {
	w              io.Writer
	src            string
	chars          charCounter
	t, r, a, notes int
	entities       map[string]string // type and spans → "T3"
	relations      map[string]bool   // "type arg1 arg2" written
}

// writeBrat is Brat with the text given separately. An entity is written once for
// each type and spans; its attributes come from the first element that creates it,
// since brat allows one value per attribute and entity.
func writeBrat(w io.Writer, d *claim.Document, src string) {
	b := &bratWriter{w: w, src: src, chars: charCounter{src: src}, entities: map[string]string{}, relations: map[string]bool{}}
	mentions := map[string][]mention{} // source ID → its mentions' entities, in text order
	for _, s := range d.Sources {
		for _, m := range s.Mentions {
			if id := b.sourceEntity(s, []aussage.Span{m}); id != "" {
				mentions[s.ID] = append(mentions[s.ID], mention{m.Start, id})
			}
		}
	}
	contents := make(map[string]string, len(d.Attributions)) // attribution ID → content entity
	for _, a := range d.Attributions {
		content, isNew := b.entity("Content", a.Content)
		if content == "" {
			continue
		}
		contents[a.ID] = content
		if isNew {
			b.attribute("AttributionType", content, a.Type)
		}
		b.note(content, a.ID+": "+strings.Join(chainNames(d, a.Chain), " → "))
		if s, ok := d.Source(string(a.Source)); ok {
			speaker := b.sourceEntity(s, a.Speaker)
			if speaker == "" {
				speaker = nearestMention(mentions[s.ID], a.Content[0].Start)
			}
			if speaker != "" {
				b.relation("AttributedTo", content, speaker)
			}
		}
		if cue, _ := b.entity("Cue", a.Cue); cue != "" {
			b.relation("HasCue", content, cue)
		}
	}
	for _, a := range d.Attributions {
		if child, parent := contents[a.ID], contents[string(a.Parent)]; child != "" && parent != "" {
			b.relation("NestedIn", child, parent)
		}
	}
	for _, h := range d.Hedges {
		if id, isNew := b.entity("Hedge", h.Spans); id != "" {
			if isNew && slices.Contains(hedge.Classes(), h.Class) {
				b.attribute("HedgeClass", id, h.Class.String())
			}
			b.note(id, fmt.Sprintf("%s %.1f", h.Value, h.Score))
		}
	}
}

// chainNames names a chain of source IDs, the author first.
func chainNames(d *claim.Document, chain []string) []string {
	out := make([]string, len(chain))
	for i, id := range chain {
		out[i] = id
		if s, ok := d.Source(id); ok {
			out[i] = s.Name
		}
	}
	return out
}

// A mention is a Source entity and where it starts.
type mention struct {
	start int
	id    string
}

// nearestMention returns the entity of the last mention that starts before offset
// off, or of the first mention if none does: the mention a reader would take as the
// speaker of content with no speaker of its own (free indirect speech).
func nearestMention(mentions []mention, off int) string {
	best := ""
	for _, m := range mentions {
		if best == "" || m.start < off {
			best = m.id
		}
	}
	return best
}

// sourceEntity writes (once) a Source entity over spans with the source's kind and
// name, and returns its ID; "" if the spans are empty or out of range.
func (b *bratWriter) sourceEntity(s claim.Source, spans []aussage.Span) string {
	id, isNew := b.entity("Source", spans)
	if isNew {
		b.attribute("SourceKind", id, s.Kind)
		b.note(id, s.Name+" ("+s.ID+")")
	}
	return id
}

// entity writes a text-bound annotation of the given type over spans, unless one
// with the same type and spans exists, and returns its ID ("" if no fragment is
// left: spans empty, out of range or only line breaks) and whether it is new.
func (b *bratWriter) entity(typ string, spans []aussage.Span) (id string, isNew bool) {
	frags := b.fragments(spans)
	if len(frags) == 0 {
		return "", false
	}
	key := fmt.Sprint(typ, frags)
	if id, ok := b.entities[key]; ok {
		return id, false
	}
	b.t++
	id = fmt.Sprintf("T%d", b.t)
	b.entities[key] = id
	offsets := make([]string, len(frags))
	texts := make([]string, len(frags))
	for i, f := range frags {
		offsets[i] = fmt.Sprintf("%d %d", b.chars.at(f.Start), b.chars.at(f.End))
		// An invalid byte becomes U+FFFD, one character, as the offsets count it.
		texts[i] = string([]rune(b.src[f.Start:f.End]))
	}
	fmt.Fprintf(b.w, "%s\t%s %s\t%s\n", id, typ, strings.Join(offsets, ";"), strings.Join(texts, " "))
	return id, true
}

// fragments returns the spans in text order, each split at line breaks, without
// empty pieces and without spans out of range.
func (b *bratWriter) fragments(spans []aussage.Span) []aussage.Span {
	var out []aussage.Span
	for _, s := range spans {
		if !valid(s, len(b.src)) {
			continue
		}
		start := s.Start
		for i, r := range b.src[s.Start:s.End] {
			if isLineBreak(r) {
				if at := s.Start + i; at > start {
					out = append(out, aussage.Span{Start: start, End: at})
				}
				start = s.Start + i + len(string(r))
			}
		}
		if start < s.End {
			out = append(out, aussage.Span{Start: start, End: s.End})
		}
	}
	slices.SortFunc(out, func(x, y aussage.Span) int { return x.Start - y.Start })
	return out
}

// isLineBreak reports whether r ends a line for brat, which reads files with
// Python's line splitting.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// relation writes a relation unless the same one has been written.
func (b *bratWriter) relation(typ, arg1, arg2 string) {
	key := typ + " " + arg1 + " " + arg2
	if b.relations[key] {
		return
	}
	b.relations[key] = true
	b.r++
	fmt.Fprintf(b.w, "R%d\t%s Arg1:%s Arg2:%s\n", b.r, typ, arg1, arg2)
}

func (b *bratWriter) attribute(name, target, value string) {
	if value == "" {
		return
	}
	b.a++
	fmt.Fprintf(b.w, "A%d\t%s %s %s\n", b.a, name, target, value)
}

func (b *bratWriter) note(target, text string) {
	b.notes++
	text = strings.Join(strings.Fields(text), " ") // a note is one line
	fmt.Fprintf(b.w, "#%d\tAnnotatorNotes %s\t%s\n", b.notes, target, text)
}

// BratConfig returns a brat annotation.conf that declares the entity, relation and
// attribute types [Brat] writes, for a brat or INCEpTION project that shows them.
func BratConfig() string {
	classes := make([]string, 0, len(hedge.Classes()))
	for _, c := range hedge.Classes() {
		classes = append(classes, c.String())
	}
	return "# aussage attribution annotations (written by aussage -format brat)\n" +
		"[entities]\nSource\nCue\nContent\nHedge\n\n" +
		"[relations]\n" +
		"AttributedTo\tArg1:Content, Arg2:Source\n" +
		"HasCue\tArg1:Content, Arg2:Cue\n" +
		"NestedIn\tArg1:Content, Arg2:Content\n\n" +
		"[events]\n\n" +
		"[attributes]\n" +
		"SourceKind\tArg:Source, Value:person|organisation|document|media|anonymous|collective|generic|unknown\n" +
		"AttributionType\tArg:Content, Value:direct|indirect|free-indirect|reported\n" +
		"HedgeClass\tArg:Hedge, Value:" + strings.Join(classes, "|") + "\n"
}
