package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aussage/aussage/claim"
	"github.com/google/go-cmp/cmp"
)

// TestJSONLOrderAndErrors runs many documents on several workers and checks that the
// output keeps input order and that a bad line yields an error record in its place.
func TestJSONLOrderAndErrors(t *testing.T) {
	var in strings.Builder
	var wantIDs []string
	for i := range 200 {
		if i == 17 {
			in.WriteString("kein JSON\n\n")
			wantIDs = append(wantIDs, "error")
			continue
		}
		fmt.Fprintf(&in, `{"id":"d%d","text":"Der Minister sagte am %d. Mai, er sei zufrieden."}`+"\n", i, i%28+1)
		wantIDs = append(wantIDs, fmt.Sprintf("d%d", i))
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"-format", "jsonl", "-j", "4"}, strings.NewReader(in.String()), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var gotIDs []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var rec struct {
			ID        string            `json:"id"`
			Error     string            `json:"error"`
			Format    int               `json:"format"`
			Sentences []json.RawMessage `json:"sentences"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("output line is not JSON: %v: %s", err, line)
		}
		if rec.Error != "" {
			if !strings.Contains(rec.Error, "line 18") {
				t.Errorf("error record does not name the input line: %q", rec.Error)
			}
			gotIDs = append(gotIDs, "error")
			continue
		}
		if rec.Format != 1 || len(rec.Sentences) != 1 {
			t.Errorf("%s: format %d, %d sentences; want format 1 and one sentence", rec.ID, rec.Format, len(rec.Sentences))
		}
		gotIDs = append(gotIDs, rec.ID)
	}
	if diff := cmp.Diff(wantIDs, gotIDs); diff != "" {
		t.Errorf("output order mismatch (-want +got):\n%s", diff)
	}
}

func TestUsageErrors(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-format", "xml"}, strings.NewReader(""), &out, &errOut); code != 2 {
		t.Errorf("unknown format: exit %d, want 2", code)
	}
	if !strings.Contains(errOut.String(), "want text, json or jsonl") {
		t.Errorf("unknown format: message %q does not say what to do", errOut.String())
	}
	errOut.Reset()
	if code := run([]string{"does-not-exist.txt"}, strings.NewReader(""), &out, &errOut); code != 1 {
		t.Errorf("missing file: exit %d, want 1", code)
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestTextReportGolden compares the report for people on the seed article with a
// golden file. Run with -update after a deliberate change.
func TestTextReportGolden(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"../../testdata/nordkorea-2020-08.txt"}, strings.NewReader(""), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	golden := "testdata/nordkorea-2020-08.report.golden"
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/aussage -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), out.String()); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
	}
	// Without a terminal there is no colour.
	if strings.Contains(out.String(), "\x1b[") {
		t.Error("the report has ANSI escapes although stdout is not a terminal")
	}
}

// TestJSONMatchesLibrary checks that the CLI prints exactly what claim.Document
// marshals to: one implementation of output format 1.
func TestJSONMatchesLibrary(t *testing.T) {
	text, err := os.ReadFile("../../testdata/nordkorea-2020-08.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	in := fmt.Sprintf(`{"id":"nordkorea","text":%q}`+"\n", text)
	if code := run([]string{"-format", "jsonl"}, strings.NewReader(in), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	doc, err := claim.AnalyzeBytes(text)
	if err != nil {
		t.Fatal(err)
	}
	doc.ID = "nordkorea"
	want, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want)+"\n", out.String()); diff != "" {
		t.Errorf("CLI JSON differs from claim.Document (-library +cli):\n%s", diff)
	}
}

// TestJSONLFiles reads JSON Lines from files named on the command line, in order,
// and reports a missing file before any output.
func TestJSONLFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := dir+"/a.jsonl", dir+"/b.jsonl"
	if err := os.WriteFile(a, []byte(`{"id":"a1","text":"Er sagte, er sei krank."}`), 0o644); err != nil { // no final newline
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte(`{"id":"b1","text":"Sie kam."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"-format", "jsonl", a, b}, strings.NewReader(""), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var rec struct{ ID string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		ids = append(ids, rec.ID)
	}
	if diff := cmp.Diff([]string{"a1", "b1"}, ids); diff != "" {
		t.Errorf("ids mismatch (-want +got):\n%s", diff)
	}
	out.Reset()
	if code := run([]string{"-format", "jsonl", a, dir + "/missing.jsonl"}, strings.NewReader(""), &out, &errOut); code != 1 || out.Len() != 0 {
		t.Errorf("missing file: exit %d with %d bytes of output, want exit 1 and none", code, out.Len())
	}
}

// TestOutputDirectory writes one export per input with -o, the text beside brat's
// .ann, and refuses what would concatenate documents or overwrite an output.
func TestOutputDirectory(t *testing.T) {
	in := t.TempDir()
	texts := map[string]string{
		"minister": "Der Minister sagte, er sei zufrieden.",
		"polizei":  "Die Polizei teilte mit, der Täter sei wahrscheinlich geflohen.",
	}
	var names []string
	for base, text := range texts {
		name := filepath.Join(in, base+".txt")
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	var out, errOut bytes.Buffer
	if code := run(append([]string{"-format", "html"}, names...), strings.NewReader(""), &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "-o DIR") {
		t.Errorf("two inputs as html without -o: exit %d, %q; want exit 2 and a hint at -o DIR", code, errOut.String())
	}
	for _, tc := range []struct {
		format string
		want   []string // files in the output directory
	}{
		{"html", []string{"minister.html", "polizei.html"}},
		{"jsonld", []string{"minister.jsonld", "polizei.jsonld"}},
		{"brat", []string{"minister.ann", "minister.txt", "polizei.ann", "polizei.txt"}},
		{"json", []string{"minister.json", "polizei.json"}},
	} {
		dir := filepath.Join(t.TempDir(), "out")
		out.Reset()
		errOut.Reset()
		if code := run(append([]string{"-format", tc.format, "-o", dir}, names...), strings.NewReader(""), &out, &errOut); code != 0 {
			t.Fatalf("%s: exit %d: %s", tc.format, code, errOut.String())
		}
		if out.Len() != 0 {
			t.Errorf("%s: -o still wrote %d bytes to standard output", tc.format, out.Len())
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range entries {
			got = append(got, e.Name())
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: files mismatch (-want +got):\n%s", tc.format, diff)
		}
	}
	// The JSON written to a file is the document the library builds.
	data, err := os.ReadFile(filepath.Join(in, "polizei.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if code := run([]string{"-format", "json", "-o", dir, filepath.Join(in, "polizei.txt")}, strings.NewReader(""), &out, &errOut); code != 0 {
		t.Fatalf("json: exit %d: %s", code, errOut.String())
	}
	var written claim.Document
	raw, err := os.ReadFile(filepath.Join(dir, "polizei.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &written); err != nil {
		t.Fatal(err)
	}
	doc, err := claim.AnalyzeBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(written.Attributions) != 1 || len(written.Attributions) != len(doc.Attributions) {
		t.Errorf("polizei.json has %d attributions, the library finds %d; want 1", len(written.Attributions), len(doc.Attributions))
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-format", "text", "-o", dir, names[0]}, "not text"},
		{[]string{"-format", "html", "-o", dir, names[0], filepath.Join(t.TempDir(), filepath.Base(names[0]))}, "rename one"},
	} {
		errOut.Reset()
		if code := run(tc.args, strings.NewReader(""), &out, &errOut); code != 2 || !strings.Contains(errOut.String(), tc.want) {
			t.Errorf("%v: exit %d, %q; want exit 2 and %q", tc.args, code, errOut.String(), tc.want)
		}
	}
}
