package export_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/aussage/aussage/claim"
	"github.com/aussage/aussage/export"
)

// The claims of a short report as schema.org Claims: the author's own and the
// minister's, each with its author and certainty.
func ExampleJSONLD() {
	d, err := claim.Analyze("Der Minister sagte: „Wir sind zufrieden.“")
	if err != nil {
		panic(err)
	}
	var buf bytes.Buffer
	if err := export.JSONLD(&buf, d, "https://example.org/artikel"); err != nil {
		panic(err)
	}
	var out struct {
		Graph []struct {
			Type   []string `json:"@type"`
			Text   string   `json:"text"`
			Author struct {
				ID string `json:"@id"`
			} `json:"author"`
			Factuality string `json:"aussage:factuality"`
		} `json:"@graph"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		panic(err)
	}
	for _, n := range out.Graph {
		if n.Type[0] == "Claim" {
			fmt.Println(n.Text, "|", n.Author.ID, "|", n.Factuality)
		}
	}
	// Output:
	// Der Minister sagte: | https://example.org/artikel#author | CT+
	// „Wir sind zufrieden.“ | https://example.org/artikel#s1 | CT+
}

// A .ann file for brat: offsets count characters, so „ (three bytes) counts one.
func ExampleBrat() {
	d, err := claim.Analyze("Die Ministerin sagte: „Wir sind bereit.“")
	if err != nil {
		panic(err)
	}
	if err := export.Brat(os.Stdout, d); err != nil {
		panic(err)
	}
	// Output:
	// T1	Source 0 14	Die Ministerin
	// A1	SourceKind T1 person
	// #1	AnnotatorNotes T1	Ministerin (s1)
	// T2	Content 22 40	„Wir sind bereit.“
	// A2	AttributionType T2 direct
	// #2	AnnotatorNotes T2	a1: author → Ministerin
	// R1	AttributedTo Arg1:T2 Arg2:T1
	// T3	Cue 15 20	sagte
	// R2	HasCue Arg1:T2 Arg2:T3
}

// The HTML report is one page; here we only count what it lists.
func ExampleHTML() {
	d, err := claim.Analyze("Der Minister sagte: „Wir sind zufrieden.“")
	if err != nil {
		panic(err)
	}
	var page strings.Builder
	if err := export.HTML(&page, d); err != nil {
		panic(err)
	}
	fmt.Println(strings.Count(page.String(), `<li id="claim-`), "claims,",
		strings.Count(page.String(), `<g class="node`), "nodes in the graph")
	// Output:
	// 2 claims, 2 nodes in the graph
}
