package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/claim"
	"github.com/piprate/json-gold/ld"
)

// offlineLoader serves the schema.org context from testdata/schemaorg-context.jsonld,
// our own copy of the few schema.org terms the export uses, written after the
// published context (http://schema.org/ as vocabulary, datePublished typed
// schema:Date), and refuses every other URL: the test runs without a network, and a
// context it does not know must fail it rather than be fetched.
type offlineLoader struct{ schema any }

func newOfflineLoader(t testing.TB) *offlineLoader {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "schemaorg-context.jsonld"))
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("schemaorg-context.jsonld: %v", err)
	}
	return &offlineLoader{schema: doc}
}

func (l *offlineLoader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	if strings.TrimSuffix(u, "/") == strings.TrimSuffix(SchemaContext, "/") {
		return &ld.RemoteDocument{DocumentURL: u, Document: l.schema}, nil
	}
	return nil, fmt.Errorf("offline test: refusing to load %s", u)
}

// expand exports d as JSON-LD and expands it with json-gold.
func expand(t *testing.T, d *claim.Document) []any {
	t.Helper()
	var buf bytes.Buffer
	if err := JSONLD(&buf, d, "https://example.org/nordkorea"); err != nil {
		t.Fatal(err)
	}
	var in any
	if err := json.Unmarshal(buf.Bytes(), &in); err != nil {
		t.Fatalf("JSON-LD output is not JSON: %v", err)
	}
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = newOfflineLoader(t)
	out, err := ld.NewJsonLdProcessor().Expand(in, opts)
	if err != nil {
		t.Fatalf("expanding: %v", err)
	}
	return out
}

const (
	schemaNS = "http://schema.org/"
	provNS   = "http://www.w3.org/ns/prov#"
)

// hasType reports whether the expanded node has the type IRI.
func hasType(n map[string]any, iri string) bool {
	types, _ := n["@type"].([]any)
	for _, t := range types {
		if t == iri {
			return true
		}
	}
	return false
}

// values returns an expanded node's values for property iri.
func values(n map[string]any, iri string) []map[string]any {
	vs, _ := n[iri].([]any)
	out := make([]map[string]any, 0, len(vs))
	for _, v := range vs {
		if m, ok := v.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

// TestJSONLDSeedExpands expands the seed article's JSON-LD with a JSON-LD processor
// and checks that every claim survives with its text, author and whole chain: the
// chain as an ordered list, and one report per hop, each derived from the next.
func TestJSONLDSeedExpands(t *testing.T) {
	d := seed(t)
	src := d.Text().String()
	byID := map[string]claim.Claim{}
	for _, c := range d.Claims {
		byID["https://example.org/nordkorea#"+c.ID] = c
	}
	claims, hops, wantHops := 0, 0, 0
	for _, c := range d.Claims {
		wantHops += len(c.Chain) - 1
	}
	for _, n := range expand(t, d) {
		n := n.(map[string]any)
		if !hasType(n, schemaNS+"Claim") {
			continue
		}
		claims++
		id, _ := n["@id"].(string)
		c, ok := byID[id]
		if !ok {
			t.Errorf("unknown claim %s", id)
			continue
		}
		if got := values(n, schemaNS+"text"); len(got) != 1 || got[0]["@value"] != src[c.Span.Start:c.Span.End] {
			t.Errorf("%s: schema:text %v, want the claim's span", c.ID, got)
		}
		if app := values(n, schemaNS+"appearance"); len(app) != 1 || len(values(app[0], schemaNS+"url")) != 1 ||
			values(app[0], schemaNS+"url")[0]["@id"] != "https://example.org/nordkorea" {
			t.Errorf("%s: appearance %v, want the document's URL", c.ID, app)
		}
		innermost := "https://example.org/nordkorea#" + c.Chain[len(c.Chain)-1]
		for _, p := range []string{schemaNS + "author", provNS + "wasAttributedTo"} {
			if got := values(n, p); len(got) != 1 || got[0]["@id"] != innermost {
				t.Errorf("%s: %s = %v, want %s", c.ID, p, got, innermost)
			}
		}
		if got := values(n, schemaNS+"datePublished"); len(got) != 1 || got[0]["@value"] != "2020-08" || got[0]["@type"] != schemaNS+"Date" {
			t.Errorf("%s: datePublished %v, want 2020-08 typed schema:Date", c.ID, got)
		}
		chain := values(n, Vocabulary+"chain")
		if len(chain) != 1 {
			t.Fatalf("%s: no aussage:chain", c.ID)
		}
		if list, _ := chain[0]["@list"].([]any); len(list) != len(c.Chain) {
			t.Errorf("%s: chain of %d after expansion, want %d", c.ID, len(list), len(c.Chain))
		}
		for _, r := range values(n, Vocabulary+"reportedAs") {
			derived := len(values(r, provNS+"wasDerivedFrom")) + len(values(r, provNS+"wasQuotedFrom"))
			if derived != 1 || len(values(r, provNS+"wasAttributedTo")) != 1 || len(values(r, provNS+"hadPrimarySource")) != 1 {
				t.Errorf("%s: report %v lacks its PROV links", c.ID, r["@id"])
			}
			hops++
		}
	}
	if claims != len(d.Claims) || hops != wantHops {
		t.Errorf("after expansion: %d claims and %d chain hops, want %d and %d", claims, hops, len(d.Claims), wantHops)
	}
	if wantHops == 0 {
		t.Error("the seed article has no attributed claims; the test checks nothing")
	}
}

// TestJSONLDToRDF converts the seed's JSON-LD to RDF and counts the PROV statements:
// the chain must be expressible as triples, not only as a JSON tree.
func TestJSONLDToRDF(t *testing.T) {
	d := seed(t)
	var buf bytes.Buffer
	if err := JSONLD(&buf, d, ""); err != nil {
		t.Fatal(err)
	}
	var in any
	if err := json.Unmarshal(buf.Bytes(), &in); err != nil {
		t.Fatal(err)
	}
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = newOfflineLoader(t)
	opts.Format = "application/n-quads"
	nq, err := ld.NewJsonLdProcessor().ToRDF(in, opts)
	if err != nil {
		t.Fatalf("to RDF: %v", err)
	}
	quads := nq.(string)
	wantHops, quoted := 0, 0
	for _, c := range d.Claims {
		wantHops += len(c.Chain) - 1
		if a, ok := d.Attribution(string(c.Attribution)); ok && a.Type == "direct" && len(c.Chain) > 1 {
			quoted++
		}
	}
	derived := strings.Count(quads, "<"+provNS+"wasDerivedFrom>")
	quotedFrom := strings.Count(quads, "<"+provNS+"wasQuotedFrom>")
	if derived+quotedFrom != wantHops || quotedFrom != quoted {
		t.Errorf("RDF has %d wasDerivedFrom + %d wasQuotedFrom, want %d hops of which %d quoted", derived, quotedFrom, wantHops, quoted)
	}
	// Every claim and every report is attributed to an agent.
	if got, want := strings.Count(quads, "<"+provNS+"wasAttributedTo>"), len(d.Claims)+wantHops; got != want {
		t.Errorf("RDF has %d wasAttributedTo, want %d", got, want)
	}
}

// TestJSONLDWithoutText exports a document read back from JSON: no text, so no
// schema:text and no #char fragment, but every claim and byte offsets.
func TestJSONLDWithoutText(t *testing.T) {
	d := seed(t)
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var back claim.Document
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	claims := 0
	for _, n := range expand(t, &back) {
		n := n.(map[string]any)
		if !hasType(n, schemaNS+"Claim") {
			continue
		}
		claims++
		if _, ok := n[schemaNS+"text"]; ok {
			t.Errorf("%v: schema:text without a text", n["@id"])
		}
		app := values(n, schemaNS+"appearance")
		if len(app) != 1 || app[0]["@id"] != nil || len(values(app[0], Vocabulary+"startByte")) != 1 {
			t.Errorf("%v: appearance %v, want byte offsets and no #char fragment", n["@id"], app)
		}
	}
	if claims != len(d.Claims) {
		t.Errorf("%d claims, want %d", claims, len(d.Claims))
	}
}

// TestJSONLDOddDocuments: a nil document, an empty text, and a claim with no chain
// and a span outside the text all give JSON-LD that expands.
func TestJSONLDOddDocuments(t *testing.T) {
	empty, err := claim.Analyze("")
	if err != nil {
		t.Fatal(err)
	}
	odd, err := claim.Analyze("Kurz.")
	if err != nil {
		t.Fatal(err)
	}
	odd.Claims = append(odd.Claims, claim.Claim{ID: "c99", Span: aussage.Span{Start: 3, End: 999}})
	for name, d := range map[string]*claim.Document{"nil": nil, "empty": empty, "odd": odd} {
		t.Run(name, func(t *testing.T) {
			nodes := expand(t, d)
			if len(nodes) < 2 { // the document and its author at least
				t.Errorf("%d nodes after expansion", len(nodes))
			}
		})
	}
}
