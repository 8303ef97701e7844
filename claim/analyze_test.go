package claim

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/hedge"
	"github.com/aussage/aussage/source"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// claimView is a claim as a reader would describe it.
type claimView struct {
	Text       string
	Chain      string
	Factuality string
	Polarity   Polarity
	Flags      []Flag
}

func viewClaims(d *Document) []claimView {
	var out []claimView
	for _, c := range d.Claims {
		out = append(out, claimView{
			Text:       d.Text().Slice(c.Span),
			Chain:      strings.Join(d.ChainNames(c), " → "),
			Factuality: c.Factuality.String(),
			Polarity:   c.Polarity,
			Flags:      c.Flags,
		})
	}
	return out
}

// TestAnalyzeClaims checks who claims what, and how surely, on short news texts.
func TestAnalyzeClaims(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []claimView
	}{
		{
			name: "plain author claim",
			text: "Der Bundestag hat das Gesetz am Freitag beschlossen.",
			want: []claimView{{Text: "Der Bundestag hat das Gesetz am Freitag beschlossen.", Chain: "author", Factuality: "CT+", Polarity: Positive}},
		},
		{
			name: "hedged author claim",
			text: "Die Regierung wird das Gesetz vermutlich noch in diesem Jahr ändern.",
			want: []claimView{{Text: "Die Regierung wird das Gesetz vermutlich noch in diesem Jahr ändern.", Chain: "author", Factuality: "PR+", Polarity: Positive}},
		},
		{
			name: "indirect speech shifts the source",
			text: "Die Ministerin sagte, die Reform sei notwendig.",
			want: []claimView{
				{Text: "Die Ministerin sagte,", Chain: "author", Factuality: "CT+", Polarity: Positive},
				{Text: "die Reform sei notwendig", Chain: "author → Ministerin", Factuality: "CT+", Polarity: Positive},
			},
		},
		{
			name: "a hedge in reported content belongs to the speaker",
			text: "Der Sprecher erklärte, dass der Zug wahrscheinlich erst morgen fahre.",
			want: []claimView{
				{Text: "Der Sprecher erklärte,", Chain: "author", Factuality: "CT+", Polarity: Positive},
				{Text: "dass der Zug wahrscheinlich erst morgen fahre", Chain: "author → Sprecher", Factuality: "PR+", Polarity: Positive},
			},
		},
		{
			name: "a denial is CT- for the speaker",
			text: "Der Konzern dementierte am Montag jede Beteiligung an dem Kartell.",
			want: []claimView{
				{Text: "Der Konzern dementierte am Montag jede Beteiligung an dem Kartell", Chain: "author → Konzern", Factuality: "CT-", Polarity: Negative, Flags: []Flag{Denial}},
			},
		},
		{
			name: "a hypothetical leaves the author uncommitted",
			text: "Ohne die Hilfe wäre das Unternehmen längst pleite.",
			want: []claimView{{Text: "Ohne die Hilfe wäre das Unternehmen längst pleite.", Chain: "author", Factuality: "Uu", Polarity: Positive, Flags: []Flag{Hypothetical}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Analyze(tt.text)
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, viewClaims(d), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("claims mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSeedGolden compares the whole JSON document of the seed article and of short
// texts with golden files. Run with -update after a deliberate change.
func TestSeedGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	inputs = append(inputs, "../testdata/nordkorea-2020-08.txt")
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			text, err := os.ReadFile(in)
			require.NoError(t, err)
			d, err := AnalyzeBytes(text)
			require.NoError(t, err)
			got, err := json.MarshalIndent(d, "", "  ")
			require.NoError(t, err)
			golden := filepath.Join("testdata", strings.TrimSuffix(filepath.Base(in), ".txt")+".golden.json")
			if *update {
				require.NoError(t, os.WriteFile(golden, append(got, '\n'), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./claim -update to create the golden file")
			if diff := cmp.Diff(strings.TrimSpace(string(want)), string(got)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// TestJSONRoundTrip checks that a document read back from its JSON equals the original.
func TestJSONRoundTrip(t *testing.T) {
	text, err := os.ReadFile("../testdata/nordkorea-2020-08.txt")
	require.NoError(t, err)
	d, err := AnalyzeBytes(text)
	require.NoError(t, err)
	b, err := json.Marshal(d)
	require.NoError(t, err)
	var back Document
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(d, &back, cmpopts.IgnoreUnexported(Document{})); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	if back.Text() != nil {
		t.Error("a document read from JSON has a Text")
	}
	if err := back.SetText(aussage.NewText("zu kurz")); !errors.Is(err, ErrSpanOutOfText) {
		t.Errorf("SetText with the wrong text: err = %v, want ErrSpanOutOfText", err)
	}
	require.NoError(t, back.SetText(aussage.NewText(string(text))))
	if got := back.Text().Slice(back.Claims[0].Span); got != d.Text().Slice(d.Claims[0].Span) {
		t.Errorf("after SetText the first claim reads %q", got)
	}
	// The format's null references and required arrays.
	var raw map[string]any
	require.NoError(t, json.Unmarshal(b, &raw))
	for _, key := range []string{"sentences", "moods", "quotes", "sources", "attributions", "hedges", "claims"} {
		if _, ok := raw[key].([]any); !ok {
			t.Errorf("%q is not an array in the JSON", key)
		}
	}
	first := raw["claims"].([]any)[0].(map[string]any)
	if first["attribution"] != nil {
		t.Errorf("the author's first claim has attribution %v, want null", first["attribution"])
	}
}

func TestLookups(t *testing.T) {
	text, err := os.ReadFile("../testdata/nordkorea-2020-08.txt")
	require.NoError(t, err)
	d, err := AnalyzeBytes(text)
	require.NoError(t, err)
	// Kim Jong-un's words reach the reader through the state media.
	var found bool
	for _, c := range d.Claims {
		if strings.Contains(d.Text().Slice(c.Span), "nuklearen Abschreckung") {
			found = true
			names := d.ChainNames(c)
			if diff := cmp.Diff([]string{"author", "Staatsmedien", "Kim Jong-un"}, names); diff != "" {
				t.Errorf("chain of the quote (-want +got):\n%s", diff)
			}
			inner := c.Chain[len(c.Chain)-1]
			if got := d.ClaimsOf(inner); len(got) == 0 {
				t.Errorf("ClaimsOf(%s) is empty", inner)
			}
			if got := d.ClaimsIn(c.Sentence); len(got) == 0 {
				t.Errorf("ClaimsIn(%d) is empty", c.Sentence)
			}
			if _, ok := d.Attribution(string(c.Attribution)); !ok {
				t.Errorf("Attribution(%q) not found", c.Attribution)
			}
		}
	}
	if !found {
		t.Fatal("no claim holds Kim's quote")
	}
	if n := len(d.ClaimsOf(AuthorID)); n < 6 {
		t.Errorf("the author has %d claims, want at least 6", n)
	}
}

func TestAnalyzeLimit(t *testing.T) {
	a := New(WithMaxBytes(10))
	_, err := a.AnalyzeString("Dieser Satz ist länger als zehn Bytes.")
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "WithMaxBytes") {
		t.Errorf("err = %v, want ErrTooLarge that says how to raise the limit", err)
	}
	if _, err := New(WithMaxBytes(0)).AnalyzeString(strings.Repeat("Ja. ", 100)); err != nil {
		t.Errorf("no limit: %v", err)
	}
}

// TestAnalyzerConcurrent shares one Analyzer and one Text among goroutines; run
// with -race.
func TestAnalyzerConcurrent(t *testing.T) {
	text, err := os.ReadFile("../testdata/nordkorea-2020-08.txt")
	require.NoError(t, err)
	var a Analyzer
	want, err := a.AnalyzeString(string(text))
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := a.AnalyzeString(string(text))
			if err != nil {
				t.Error(err)
				return
			}
			if diff := cmp.Diff(want, got, cmpopts.IgnoreUnexported(Document{})); diff != "" {
				t.Errorf("concurrent result differs (-want +got):\n%s", diff)
			}
		}()
	}
	wg.Wait()
}

// TestDetectorOptions checks that an Analyzer uses the hedge and source detectors it
// is given: a hedge class switched off is gone, and so are reported speech acts.
func TestDetectorOptions(t *testing.T) {
	const text = "Der Minister ist wahrscheinlich krank. Die Opposition forderte Reformen."
	summary := func(d *Document) (hedges, types []string) {
		for _, h := range d.Hedges {
			hedges = append(hedges, h.Text+"/"+h.Class.String())
		}
		for _, a := range d.Attributions {
			types = append(types, a.Type)
		}
		return hedges, types
	}
	tests := []struct {
		name        string
		opts        []Option
		hedges      []string
		attribution []string
	}{
		{"defaults", nil, []string{"wahrscheinlich/epistemic-adverb"}, []string{"reported"}},
		{"no epistemic adverbs", []Option{WithHedgeDetector(hedge.New(hedge.WithoutClasses(hedge.EpistemicAdverb)))}, nil, []string{"reported"}},
		{"no reported speech", []Option{WithSourceDetector(source.Detector{NoReported: true})}, []string{"wahrscheinlich/epistemic-adverb"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Analyze(text, tt.opts...)
			require.NoError(t, err)
			hedges, types := summary(doc)
			if diff := cmp.Diff(tt.hedges, hedges); diff != "" {
				t.Errorf("hedges mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.attribution, types); diff != "" {
				t.Errorf("attribution types mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
