package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	"github.com/aussage/aussage/claim"
)

// TestPipeline runs the pipeline on Beam's direct runner over a few documents, two of
// them bad, and checks every output line: a document per good input, with its ID and
// the same claims as claim.Analyze gives, and an error record per bad input.
func TestPipeline(t *testing.T) {
	dir := t.TempDir()
	texts := map[string]string{
		"a": "Die Ministerin sagte, die Reform sei notwendig.",
		"b": "Der Konzern dementierte am Montag jede Beteiligung an dem Kartell.",
		"c": "Die Regierung wird das Gesetz vermutlich noch in diesem Jahr ändern.",
	}
	var in strings.Builder
	for _, id := range []string{"a", "b", "c"} {
		line, err := json.Marshal(map[string]string{"id": id, "text": texts[id]})
		if err != nil {
			t.Fatal(err)
		}
		in.Write(line)
		in.WriteByte('\n')
	}
	in.WriteString(`{"id": "bad", "text": 42}` + "\n")                                   // not a text
	in.WriteString(`{"id": "big", "text": "` + strings.Repeat("Ja. ", 30) + `"}` + "\n") // over the limit below
	input := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(input, []byte(in.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	output := filepath.Join(dir, "out.jsonl")

	p, s := beam.NewPipelineWithRoot()
	Build(s, input, output, 100)
	if _, err := direct.Execute(context.Background(), p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}

	f, err := os.Open(output)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ids []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var rec struct {
			ID    string `json:"id"`
			Error string `json:"error"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("output line %q: %v", sc.Text(), err)
		}
		ids = append(ids, rec.ID)
		switch rec.ID {
		case "bad", "big":
			if rec.Error == "" {
				t.Errorf("%s: no error record: %s", rec.ID, sc.Text())
			}
			if rec.ID == "big" && !strings.Contains(rec.Error, "too large") {
				t.Errorf("big: error %q does not say the text is too large", rec.Error)
			}
			continue
		}
		var got claim.Document
		if err := json.Unmarshal(sc.Bytes(), &got); err != nil {
			t.Fatalf("%s: not a document: %v", rec.ID, err)
		}
		want, err := claim.Analyze(texts[rec.ID])
		if err != nil {
			t.Fatal(err)
		}
		want.ID = rec.ID
		wantJSON, _ := json.Marshal(want)
		if string(wantJSON) != sc.Text() {
			t.Errorf("%s:\n got %s\nwant %s", rec.ID, sc.Text(), wantJSON)
		}
		if len(got.Claims) == 0 {
			t.Errorf("%s: no claims", rec.ID)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	sort.Strings(ids)
	if strings.Join(ids, " ") != "a b bad big c" {
		t.Errorf("output IDs %v, want one line per input line", ids)
	}
}
