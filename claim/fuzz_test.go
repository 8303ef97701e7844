package claim

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// FuzzAnalyze runs the whole pipeline on arbitrary bytes: it must not panic, and the
// document must be valid (checkDocument: spans in bounds and on rune boundaries,
// references that resolve, an exact JSON round trip). The seed corpus in
// testdata/fuzz/FuzzAnalyze holds short pieces of every hostile shape.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"",
		"Die Ministerin sagte, die Reform sei notwendig.",
		"„Wir werden das schaffen“, sagte sie. Er bestritt das: „Nie!“",
		"Der Sprecher erklärte, dass der Zug wahrscheinlich erst morgen fahre.",
		"Laut Polizei soll der Täter geflohen sein, heißt es.",
		"„‚»›", "\"\"\"", ",,,,", "\x00\xff\xc3", "a\u0308\u202e„x\u202c",
	} {
		f.Add(s)
	}
	a := New(WithMaxBytes(1 << 20))
	f.Fuzz(func(t *testing.T, text string) {
		d, err := a.AnalyzeString(text)
		if err != nil {
			if len(text) <= 1<<20 {
				t.Fatalf("a text of %d bytes is refused: %v", len(text), err)
			}
			return
		}
		checkDocument(t, text, d)
	})
}

// FuzzDocumentJSON reads arbitrary bytes as a document: it must not panic, and a
// document that reads back must write and read again unchanged.
func FuzzDocumentJSON(f *testing.F) {
	d, err := Analyze("Die Ministerin sagte, die Reform sei wahrscheinlich notwendig.")
	if err != nil {
		f.Fatal(err)
	}
	seed, err := json.Marshal(d)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`{"format":1,"claims":[{"id":"c1","attribution":null,"hedges":[-1,7]}],"sources":null}`))
	f.Add([]byte(`{"attributions":[{"source":"s9","parent":"a0"}]}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var d Document
		if json.Unmarshal(b, &d) != nil {
			return
		}
		// The lookups must cope with whatever the JSON references.
		for _, c := range d.Claims {
			d.HedgesOf(c)
			d.ChainNames(c)
			d.Chain(c)
			d.Attribution(string(c.Attribution))
			d.ClaimsIn(c.Sentence)
		}
		d.ClaimsOf(AuthorID)
		out, err := json.Marshal(&d)
		if err != nil {
			return // refused with an error (a missing factuality value): defined behaviour
		}
		var back Document
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("reading back %s: %v", out, err)
		}
		if diff := cmp.Diff(d, back, cmpopts.IgnoreUnexported(Document{}), cmpopts.EquateNaNs()); diff != "" {
			t.Errorf("round trip (-first +second):\n%s", diff)
		}
	})
}
