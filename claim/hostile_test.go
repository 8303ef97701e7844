package claim

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/internal/testcorpus"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

// hostileShapes are the shapes of internal/testcorpus, built here from the seed
// article instead of the speed corpus, so that the tests run without it.
var hostileShapes = testcorpus.Shapes

// seedProse is our own seed article, the prose the shapes are made of.
func seedProse(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("../testdata/nordkorea-2020-08.txt")
	require.NoError(tb, err)
	return string(b)
}

// TestHostileInputs analyses every hostile shape and checks the result is a valid
// document: every span in bounds and on rune boundaries of the input, every reference
// resolvable, claims in order, and the JSON round trip exact.
func TestHostileInputs(t *testing.T) {
	prose := seedProse(t)
	for _, sh := range hostileShapes {
		t.Run(sh.Name, func(t *testing.T) {
			text := sh.Make(prose, 16<<10)
			d, err := Analyze(text)
			require.NoError(t, err)
			checkDocument(t, text, d)
		})
	}
}

// TestHostileSentenceEnds checks that a stray control character or invalid byte after
// a full stop does not glue two sentences together: the whole text would become one
// sentence, hedge cues would reach across it ("werden.\xff Bekannt") and every
// per-sentence scan would run over the whole document.
func TestHostileSentenceEnds(t *testing.T) {
	for _, text := range []string{
		"Er kam am Montag. Sie ging am Dienstag.",
		"Er kam am Montag.\x00 Sie ging am Dienstag.",
		"Er kam am Montag.\x1b Sie ging am Dienstag.",
		"Er kam am Montag.\xff Sie ging am Dienstag.",
	} {
		d, err := Analyze(text)
		require.NoError(t, err)
		if len(d.Sentences) != 2 {
			t.Errorf("%q: %d sentences, want 2", text, len(d.Sentences))
		}
	}
}

// TestHostileLinearAllocs checks that the memory allocated while analysing a hostile
// text grows linearly with its length: bytes allocated per input byte at 32 KB are at
// most 1.5 times those at 8 KB (plus a little slack for fixed costs). It counts
// bytes, not time, so it is deterministic on a loaded machine; an algorithm that
// allocates per pair of tokens or per pair of frames fails it.
func TestHostileLinearAllocs(t *testing.T) {
	prose := seedProse(t)
	var a Analyzer
	_, err := a.AnalyzeString(prose) // load the lexicons once
	require.NoError(t, err)
	for _, sh := range hostileShapes {
		t.Run(sh.Name, func(t *testing.T) {
			small, large := sh.Make(prose, 8<<10), sh.Make(prose, 32<<10)
			perSmall := allocsPerByte(t, &a, small)
			perLarge := allocsPerByte(t, &a, large)
			t.Logf("%s: %.0f B/B at %d bytes, %.0f B/B at %d bytes", sh.Name, perSmall, len(small), perLarge, len(large))
			if perLarge > 1.5*perSmall+64 {
				t.Errorf("%s: allocations grow faster than the input: %.0f bytes per input byte at %d bytes, %.0f at %d bytes",
					sh.Name, perSmall, len(small), perLarge, len(large))
			}
		})
	}
}

// allocsPerByte returns the bytes allocated by one analysis of text per input byte.
// The detectors keep working memory in sync.Pools, which a run may find filled by
// the run before or not, so the pools are emptied first (two collections empty a
// sync.Pool) and every analysis measured allocates all it uses.
func allocsPerByte(t *testing.T, a *Analyzer, text string) float64 {
	runtime.GC()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := a.AnalyzeString(text)
	runtime.ReadMemStats(&after)
	require.NoError(t, err)
	return float64(after.TotalAlloc-before.TotalAlloc) / float64(len(text))
}

// TestMaxBytes checks the size limit: the default, a limit of one's own, no limit,
// and that a refused text fails before any work with an error that says how to
// raise the limit.
func TestMaxBytes(t *testing.T) {
	if DefaultMaxBytes != 64<<20 {
		t.Errorf("DefaultMaxBytes = %d, the documentation says 64 MiB", DefaultMaxBytes)
	}
	at := strings.Repeat("Ja. ", 250) // 1 000 bytes
	for _, tt := range []struct {
		name    string
		opts    []Option
		text    string
		refused bool
	}{
		{"at the limit", []Option{WithMaxBytes(1000)}, at, false},
		{"one byte over", []Option{WithMaxBytes(1000)}, at + " ", true},
		{"no limit", []Option{WithMaxBytes(-1)}, at, false},
		{"zero is no limit", []Option{WithMaxBytes(0)}, at, false},
		{"default, over", nil, strings.Repeat(" ", DefaultMaxBytes+1), true},
		{"the last option wins", []Option{WithMaxBytes(10), WithMaxBytes(1000)}, at, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, analyze := range []func() (*Document, error){
				func() (*Document, error) { return New(tt.opts...).AnalyzeString(tt.text) },
				func() (*Document, error) { return Analyze(tt.text, tt.opts...) },
				func() (*Document, error) { return AnalyzeBytes([]byte(tt.text), tt.opts...) },
			} {
				d, err := analyze()
				if !tt.refused {
					require.NoError(t, err)
					require.NotNil(t, d)
					continue
				}
				if !errors.Is(err, ErrTooLarge) || d != nil {
					t.Fatalf("got (%v, %v), want ErrTooLarge and no document", d, err)
				}
				want := fmt.Sprintf("%d bytes", len(tt.text))
				if !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "WithMaxBytes") {
					t.Errorf("error %q should give the size (%s) and name WithMaxBytes", err, want)
				}
			}
		})
	}
}

// TestAnalyzerConcurrentMixed shares one Analyzer among goroutines that analyse
// different documents, hostile ones included, at once; each result must equal the
// one computed alone. Run with -race.
func TestAnalyzerConcurrentMixed(t *testing.T) {
	prose := seedProse(t)
	bundestag, err := os.ReadFile("testdata/bundestag.txt")
	require.NoError(t, err)
	texts := []string{prose, string(bundestag)}
	for _, sh := range hostileShapes {
		texts = append(texts, sh.Make(prose, 4<<10))
	}
	a := New()
	want := make([]*Document, len(texts))
	for i, text := range texts {
		want[i], err = a.AnalyzeString(text)
		require.NoError(t, err)
	}
	var wg sync.WaitGroup
	for g := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range texts {
				i := (k + g) % len(texts) // every goroutine in another order
				got, err := a.AnalyzeString(texts[i])
				if err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want[i], got, cmpopts.IgnoreUnexported(Document{})); diff != "" {
					t.Errorf("text %d analysed concurrently differs (-alone +concurrent):\n%s", i, diff)
				}
			}
		}()
	}
	wg.Wait()
}

// checkDocument reports every way d is not a valid analysis of text.
func checkDocument(t testing.TB, text string, d *Document) {
	t.Helper()
	boundary := runeBoundaries(text)
	span := func(what string, s aussage.Span) {
		t.Helper()
		st, en := s.Start, s.End
		switch {
		case st < 0 || en > len(text) || st > en:
			t.Errorf("%s [%d,%d) out of bounds (text of %d bytes)", what, st, en, len(text))
		case !boundary[st] || !boundary[en]:
			t.Errorf("%s [%d,%d) not on rune boundaries", what, st, en)
		}
	}
	for i, s := range d.Sentences {
		span(fmt.Sprintf("sentence %d", i), s)
		if i > 0 && s.Start < d.Sentences[i-1].End {
			t.Errorf("sentence %d %v overlaps or precedes sentence %d %v", i, s, i-1, d.Sentences[i-1])
		}
	}
	for i, m := range d.Moods {
		span(fmt.Sprintf("mood %d", i), m.Span)
	}
	for i, q := range d.Quotes {
		span(fmt.Sprintf("quote %d", i), q.Span)
	}
	sources := map[string]bool{AuthorID: true}
	for _, s := range d.Sources {
		sources[s.ID] = true
		for _, m := range s.Mentions {
			span("mention of "+s.ID, m)
		}
	}
	attributions := map[string]bool{}
	for _, a := range d.Attributions {
		attributions[a.ID] = true
	}
	for _, a := range d.Attributions {
		for part, spans := range map[string][]aussage.Span{"content": a.Content, "speaker": a.Speaker, "cue": a.Cue, "frame": a.Frame, "addressee": a.Addressee} {
			for _, s := range spans {
				span(a.ID+" "+part, s)
			}
		}
		if a.Source != "" && !sources[string(a.Source)] {
			t.Errorf("%s: source %q does not exist", a.ID, a.Source)
		}
		if a.Parent != "" && !attributions[string(a.Parent)] {
			t.Errorf("%s: parent %q does not exist", a.ID, a.Parent)
		}
		for _, id := range a.Chain {
			if !sources[id] {
				t.Errorf("%s: chain element %q does not exist", a.ID, id)
			}
		}
	}
	for i, h := range d.Hedges {
		if len(h.Spans) == 0 {
			t.Errorf("hedge %d has no spans", i)
		}
		for _, s := range h.Spans {
			span(fmt.Sprintf("hedge %d", i), s)
		}
	}
	for i, c := range d.Claims {
		span(c.ID, c.Span)
		if i > 0 && c.Span.Start < d.Claims[i-1].Span.Start {
			t.Errorf("%s starts before %s", c.ID, d.Claims[i-1].ID)
		}
		if c.Sentence < 0 || c.Sentence >= len(d.Sentences) {
			t.Errorf("%s: sentence %d of %d", c.ID, c.Sentence, len(d.Sentences))
		}
		if c.Attribution != "" && !attributions[string(c.Attribution)] {
			t.Errorf("%s: attribution %q does not exist", c.ID, c.Attribution)
		}
		for _, h := range c.Hedges {
			if h < 0 || h >= len(d.Hedges) {
				t.Errorf("%s: hedge %d of %d", c.ID, h, len(d.Hedges))
			}
		}
		for _, id := range c.Chain {
			if !sources[id] {
				t.Errorf("%s: chain element %q does not exist", c.ID, id)
			}
		}
		if len(c.Values) != len(c.Chain) {
			t.Errorf("%s: %d values for a chain of %d", c.ID, len(c.Values), len(c.Chain))
		}
	}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	var back Document
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("unmarshal: %v", err)
	}
	if diff := cmp.Diff(d, &back, cmpopts.IgnoreUnexported(Document{})); diff != "" {
		t.Errorf("JSON round trip (-analysed +read back):\n%s", diff)
	}
}

// runeBoundaries marks the offsets where a rune of text starts, and len(text). An
// invalid byte counts as a rune of its own, as in the view.
func runeBoundaries(text string) []bool {
	b := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		b[i] = true
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	b[len(text)] = true
	return b
}
