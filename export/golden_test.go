package export

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/claim"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ (and the analysis they are made from)")

// goldenDoc is the seed article's analysis the golden files are made from. It is
// stored rather than recomputed so that the goldens test the exports alone and stay
// put while the analysers improve; -update re-analyses the seed.
var goldenDoc = filepath.Join("testdata", "nordkorea-2020-08.json")

// TestGolden compares the exports of the seed article with the files in testdata/.
// After a deliberate change run: go test ./export -update, and review the diff.
func TestGolden(t *testing.T) {
	raw, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	text := aussage.NewText(string(raw))
	if *update {
		b, err := json.MarshalIndent(seed(t), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(goldenDoc, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(goldenDoc)
	if err != nil {
		t.Fatalf("%v (create it with go test ./export -update)", err)
	}
	var d claim.Document
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	for _, g := range []struct {
		file  string
		write func(*bytes.Buffer) error
	}{
		{"nordkorea-2020-08.jsonld", func(w *bytes.Buffer) error { return writeJSONLD(w, &d, text, "") }},
		{"nordkorea-2020-08.ann", func(w *bytes.Buffer) error { writeBrat(w, &d, text.String()); return nil }},
		{"nordkorea-2020-08.html", func(w *bytes.Buffer) error { return writeHTML(w, &d, text.String()) }},
	} {
		var got bytes.Buffer
		if err := g.write(&got); err != nil {
			t.Fatalf("%s: %v", g.file, err)
		}
		path := filepath.Join("testdata", g.file)
		if *update {
			if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (create it with go test ./export -update)", err)
		}
		if diff := cmp.Diff(string(want), got.String()); diff != "" {
			t.Errorf("%s mismatch (-want +got); if the change is intended, run go test ./export -update:\n%s", g.file, diff)
		}
	}
}
