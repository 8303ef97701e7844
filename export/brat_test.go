package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/claim"
	"github.com/aussage/aussage/hedge"
	"github.com/google/go-cmp/cmp"
)

// checkBratSpans parses a .ann file and checks it the way brat does on loading:
// every fragment lies inside the text and holds no line break, the text column is
// the fragments' text joined by spaces (offsets counted in characters), and every
// relation, attribute and note names an entity that exists. It returns the number
// of entities by type.
func checkBratSpans(t *testing.T, src, ann string) map[string]int {
	t.Helper()
	runes := []rune(src)
	entities := map[string]string{} // ID → type
	counts := map[string]int{}
	var refs [][2]string // line, referenced ID
	for _, line := range strings.Split(strings.TrimSuffix(ann, "\n"), "\n") {
		if line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		switch line[0] {
		case 'T':
			if len(cols) != 3 {
				t.Errorf("entity line %q: want 3 tab-separated columns", line)
				continue
			}
			typ, offsets, _ := strings.Cut(cols[1], " ")
			var texts []string
			for _, frag := range strings.Split(offsets, ";") {
				a, b, _ := strings.Cut(frag, " ")
				start, err1 := strconv.Atoi(a)
				end, err2 := strconv.Atoi(b)
				if err1 != nil || err2 != nil || start < 0 || start >= end || end > len(runes) {
					t.Errorf("%s: bad fragment %q", cols[0], frag)
					continue
				}
				text := string(runes[start:end])
				if strings.ContainsAny(text, "\n\r\u2028\u2029") {
					t.Errorf("%s: fragment %q holds a line break", cols[0], text)
				}
				texts = append(texts, text)
			}
			if got := strings.Join(texts, " "); got != cols[2] {
				t.Errorf("%s: offsets name %q, the text column says %q", cols[0], got, cols[2])
			}
			entities[cols[0]] = typ
			counts[typ]++
		case 'R':
			f := strings.Fields(cols[1])
			for _, arg := range f[1:] {
				_, id, _ := strings.Cut(arg, ":")
				refs = append(refs, [2]string{line, id})
			}
		case 'A':
			refs = append(refs, [2]string{line, strings.Fields(cols[1])[1]})
		case '#':
			refs = append(refs, [2]string{line, strings.Fields(cols[1])[1]})
		default:
			t.Errorf("unexpected line %q", line)
		}
	}
	for _, r := range refs {
		if _, ok := entities[r[1]]; !ok {
			t.Errorf("%q refers to %s, which is not an entity", r[0], r[1])
		}
	}
	return counts
}

// TestBratSeedRoundTrip checks that every span of the seed's .ann file names
// exactly the text it says, and that every attribution content and hedge is there.
func TestBratSeedRoundTrip(t *testing.T) {
	d := seed(t)
	var buf bytes.Buffer
	if err := Brat(&buf, d); err != nil {
		t.Fatal(err)
	}
	counts := checkBratSpans(t, d.Text().String(), buf.String())
	contents, hedges := map[string]bool{}, map[string]bool{}
	for _, a := range d.Attributions {
		if len(a.Content) > 0 {
			contents[fmtSpans(a.Content)] = true
		}
	}
	for _, h := range d.Hedges {
		hedges[fmtSpans(h.Spans)] = true
	}
	if counts["Content"] != len(contents) || counts["Hedge"] != len(hedges) {
		t.Errorf("%d Content and %d Hedge entities, want %d and %d", counts["Content"], counts["Hedge"], len(contents), len(hedges))
	}
	if counts["Source"] == 0 || counts["Cue"] == 0 {
		t.Errorf("entities %v: want sources and cues", counts)
	}
}

func fmtSpans(spans []aussage.Span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.String())
	}
	return b.String()
}

// span returns the byte span of the n-th (from 0) occurrence of sub in src.
func span(src, sub string, n int) aussage.Span {
	off := 0
	for ; n > 0; n-- {
		off += strings.Index(src[off:], sub) + len(sub)
	}
	start := off + strings.Index(src[off:], sub)
	return aussage.Span{Start: start, End: start + len(sub)}
}

// TestBratFragments exports a document built by hand, so the expected file does not
// depend on the analysers: character offsets after umlauts and typographic quotes, a
// content split at its line break, a discontinuous cue (teilte … mit), a nested
// attribution, free indirect speech attributed to the mention before it, and two
// attributions of the same content.
func TestBratFragments(t *testing.T) {
	src := "Die Ärztin sagte: „Wir\nsind bereit.“ Sie teilte das mit."
	d := &claim.Document{
		Sources: []claim.Source{{ID: "s1", Name: "Ärztin", Kind: "person",
			Mentions: []aussage.Span{span(src, "Die Ärztin", 0), span(src, "Sie", 0)}}},
		Attributions: []claim.Attribution{
			{ID: "a1", Type: "direct", Content: []aussage.Span{span(src, "„Wir\nsind bereit.“", 0)},
				Speaker: []aussage.Span{span(src, "Die Ärztin", 0)}, Cue: []aussage.Span{span(src, "sagte", 0)},
				Source: "s1", Chain: []string{"author", "s1"}},
			{ID: "a2", Type: "reported", Content: []aussage.Span{span(src, "das", 0)},
				Speaker: []aussage.Span{span(src, "Sie", 0)}, Cue: []aussage.Span{span(src, "teilte", 0), span(src, "mit", 0)},
				Source: "s1", Parent: "a1", Chain: []string{"author", "s1"}},
			{ID: "a3", Type: "free-indirect", Content: []aussage.Span{span(src, "Sie teilte das mit.", 0)},
				Source: "s1", Chain: []string{"author", "s1"}},
			// The same content again: one entity, one relation, a second note.
			{ID: "a4", Type: "indirect", Content: []aussage.Span{span(src, "„Wir\nsind bereit.“", 0)},
				Source: "s1", Chain: []string{"author", "s1"}},
		},
		Hedges: []claim.Hedge{{Spans: []aussage.Span{span(src, "bereit", 0)}, Text: "bereit", Class: hedge.Evidential, Value: hedge.PRPlus, Score: 2}},
	}
	want := strings.Join([]string{
		"T1\tSource 0 10\tDie Ärztin",
		"A1\tSourceKind T1 person",
		"#1\tAnnotatorNotes T1\tÄrztin (s1)",
		"T2\tSource 37 40\tSie",
		"A2\tSourceKind T2 person",
		"#2\tAnnotatorNotes T2\tÄrztin (s1)",
		"T3\tContent 18 22;23 36\t„Wir sind bereit.“",
		"A3\tAttributionType T3 direct",
		"#3\tAnnotatorNotes T3\ta1: author → Ärztin",
		"R1\tAttributedTo Arg1:T3 Arg2:T1",
		"T4\tCue 11 16\tsagte",
		"R2\tHasCue Arg1:T3 Arg2:T4",
		"T5\tContent 48 51\tdas",
		"A4\tAttributionType T5 reported",
		"#4\tAnnotatorNotes T5\ta2: author → Ärztin",
		"R3\tAttributedTo Arg1:T5 Arg2:T2",
		"T6\tCue 41 47;52 55\tteilte mit",
		"R4\tHasCue Arg1:T5 Arg2:T6",
		"T7\tContent 37 56\tSie teilte das mit.",
		"A5\tAttributionType T7 free-indirect",
		"#5\tAnnotatorNotes T7\ta3: author → Ärztin",
		"R5\tAttributedTo Arg1:T7 Arg2:T1",
		"#6\tAnnotatorNotes T3\ta4: author → Ärztin",
		"R6\tNestedIn Arg1:T5 Arg2:T3",
		"T8\tHedge 28 34\tbereit",
		"A6\tHedgeClass T8 evidential",
		"#7\tAnnotatorNotes T8\tPR+ 2.0",
	}, "\n") + "\n"
	var buf bytes.Buffer
	writeBrat(&buf, d, src)
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf(".ann mismatch (-want +got):\n%s", diff)
	}
	checkBratSpans(t, src, buf.String())
}

// TestBratOddDocuments: no panic and a consistent file for an empty text, a text
// of line breaks only, and spans out of range or only covering a line break; an
// error for a document without text.
func TestBratOddDocuments(t *testing.T) {
	for _, src := range []string{"", "\n\n", "Er sagte:\r\n„Ja.“", "\xff\xfe sagte er."} {
		d, err := claim.Analyze(src)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Brat(&buf, d); err != nil {
			t.Errorf("%q: %v", src, err)
		}
		checkBratSpans(t, src, buf.String())
	}
	src := "a\nb"
	d := &claim.Document{Hedges: []claim.Hedge{
		{Spans: []aussage.Span{{Start: 1, End: 2}}},  // only the line break
		{Spans: []aussage.Span{{Start: 2, End: 99}}}, // out of range
		{Spans: []aussage.Span{{Start: -1, End: 1}}}, // out of range
		{Spans: []aussage.Span{{Start: 0, End: 3}}},  // split in two
	}}
	var buf bytes.Buffer
	writeBrat(&buf, d, src)
	if want := "T1\tHedge 0 1;2 3\ta b\n#1\tAnnotatorNotes T1\tValue(0) 0.0\n"; buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}

	b, _ := json.Marshal(seed(t))
	var back claim.Document
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if err := Brat(&buf, &back); !errors.Is(err, ErrNoText) {
		t.Errorf("document without text: error %v, want ErrNoText", err)
	}
	if err := Brat(&buf, nil); !errors.Is(err, ErrNoText) {
		t.Errorf("nil document: error %v, want ErrNoText", err)
	}
}

func TestBratConfigDeclaresWhatBratWrites(t *testing.T) {
	conf := BratConfig()
	for _, name := range []string{"Source", "Cue", "Content", "Hedge", "AttributedTo", "HasCue", "NestedIn",
		"SourceKind", "AttributionType", "HedgeClass", "free-indirect", "epistemic-adverb"} {
		if !strings.Contains(conf, name) {
			t.Errorf("annotation.conf lacks %s", name)
		}
	}
}
