package export

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strconv"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/claim"
)

// Vocabulary is the namespace of aussage's own JSON-LD terms (certainty, chain,
// reportedAs …); each term's IRI leads to its definition in VOCABULARY.md.
const Vocabulary = "https://github.com/aussage/aussage/blob/main/export/VOCABULARY.md#"

// SchemaContext is the remote context the JSON-LD names first, as schema.org
// markup customarily does; consumers that expand the JSON-LD fetch it (or serve
// it from a cache).
const SchemaContext = "https://schema.org"

// defaultDocumentIRI names a document whose caller gave no URL and no ID.
const defaultDocumentIRI = "urn:aussage:document"

// JSONLD writes the document's claims as one JSON-LD object (indented, with a final
// newline): a schema.org Claim per claim, its sources as schema.org and PROV-O
// agents, its attribution chain in PROV-O, and its certainty in aussage's vocabulary
// ([Vocabulary], documented in VOCABULARY.md).
//
// docURL is the IRI of the analysed document: the claims' appearances point into it
// with RFC 5147 character fragments (docURL#char=10,52) and give it as their
// schema:url, which ClaimReview consumers look for. If it is empty, the IRI is
// "urn:aussage:document:" followed by the document's ID, or "urn:aussage:document"
// for a document without ID; pass a URL when graphs of several documents are merged.
//
// A document without text (read from JSON) is exported without the claims' text and
// with byte offsets only; see the package documentation.
func JSONLD(w io.Writer, d *claim.Document, docURL string) error {
	if d == nil {
		d = &claim.Document{}
	}
	return writeJSONLD(w, d, d.Text(), docURL)
}

// writeJSONLD is JSONLD with the text given separately (nil for none).
func writeJSONLD(w io.Writer, d *claim.Document, t *aussage.Text, docURL string) error {
	b, err := json.MarshalIndent(jsonLDGraph(d, t, docURL), "", "  ")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// node is a JSON-LD node object; encoding/json writes its keys in sorted order, so
// the output is deterministic and "@id" and "@type" come first.
type node = map[string]any

// jsonLDGraph builds the JSON-LD document: a context and a graph of the document,
// its author, its sources and its claims.
func jsonLDGraph(d *claim.Document, t *aussage.Text, docURL string) node {
	doc := docURL
	if doc == "" {
		doc = defaultDocumentIRI
		if d.ID != "" {
			doc += ":" + url.PathEscape(d.ID)
		}
	}
	ref := func(id string) node { return node{"@id": doc + "#" + url.PathEscape(id)} }
	var src string
	var chars *charCounter
	if t != nil {
		src = t.String()
		chars = &charCounter{src: src}
	}

	docNode := node{
		"@id":        doc,
		"@type":      []string{"CreativeWork", "prov:Entity"},
		"inLanguage": "de",
		"author":     ref(claim.AuthorID),
	}
	if d.ID != "" {
		docNode["identifier"] = d.ID
	}
	if d.Date != "" {
		docNode["datePublished"] = d.Date
	}
	graph := []node{docNode, {
		"@id":                ref(claim.AuthorID)["@id"],
		"@type":              []string{"prov:Agent"},
		"description":        "the author of the document",
		"aussage:sourceKind": "author",
	}}
	for _, s := range d.Sources {
		graph = append(graph, node{
			"@id":                ref(s.ID)["@id"],
			"@type":              sourceTypes(s.Kind),
			"name":               s.Name,
			"aussage:sourceKind": s.Kind,
		})
	}
	for _, c := range d.Claims {
		graph = append(graph, claimNode(d, c, doc, docURL, ref, src, chars))
	}
	return node{
		"@context": []any{SchemaContext, node{
			"prov":    "http://www.w3.org/ns/prov#",
			"aussage": Vocabulary,
		}},
		"@graph": graph,
	}
}

// sourceTypes maps a source kind to schema.org and PROV-O classes. PROV's
// wasAttributedTo points at agents, so every source is a prov:Agent; a document
// that speaks (ein UN-Bericht) is both a CreativeWork and an agent.
func sourceTypes(kind string) []string {
	switch kind {
	case "person":
		return []string{"Person", "prov:Person"}
	case "organisation", "media":
		return []string{"Organization", "prov:Organization"}
	case "collective":
		return []string{"Organization", "prov:Agent"}
	case "document":
		return []string{"CreativeWork", "prov:Entity", "prov:Agent"}
	}
	return []string{"prov:Agent"} // anonymous, generic: nothing more is known
}

// claimNode builds one schema.org Claim. Its author, and the agent PROV attributes it
// to, is the innermost source of its chain. Every outer source of the chain gets a
// Report node (aussage:reportedAs): the claim as that source passes it on, with that
// source's certainty. Each report is derived from the next one inward; the innermost
// report is derived from the claim itself, quoted (prov:wasQuotedFrom) if the claim
// is a direct quotation; and every report has the claim as its primary source.
func claimNode(d *claim.Document, c claim.Claim, doc, docURL string, ref func(string) node, src string, chars *charCounter) node {
	appearance := node{
		"@type":             "CreativeWork",
		"isPartOf":          node{"@id": doc},
		"aussage:startByte": c.Span.Start,
		"aussage:endByte":   c.Span.End,
	}
	n := node{
		"@id":                ref(c.ID)["@id"],
		"@type":              []string{"Claim", "prov:Entity"},
		"identifier":         c.ID,
		"appearance":         appearance,
		"aussage:factuality": c.Factuality.String(),
		"aussage:certainty":  c.Score,
		"aussage:polarity":   string(c.Polarity),
	}
	if chars != nil && valid(c.Span, len(src)) {
		n["text"] = src[c.Span.Start:c.Span.End]
		appearance["@id"] = fmt.Sprintf("%s#char=%d,%d", doc, chars.at(c.Span.Start), chars.at(c.Span.End))
	}
	if docURL != "" {
		appearance["url"] = docURL // a real address to visit, not the urn we make up
	}
	if d.Date != "" {
		n["datePublished"] = d.Date
	}
	chain := c.Chain
	if len(chain) == 0 {
		chain = []string{claim.AuthorID}
	}
	speaker := ref(chain[len(chain)-1])
	n["author"], n["prov:wasAttributedTo"] = speaker, speaker
	links := make([]node, len(chain))
	for i, id := range chain {
		links[i] = ref(id)
	}
	n["aussage:chain"] = node{"@list": links}
	if len(c.Flags) > 0 {
		flags := make([]string, len(c.Flags))
		for i, f := range c.Flags {
			flags[i] = string(f)
		}
		n["aussage:flag"] = flags
	}
	if hs := d.HedgesOf(c); len(hs) > 0 {
		cues := make([]string, len(hs))
		for i, h := range hs {
			cues[i] = h.Text
		}
		n["aussage:hedge"] = cues
	}
	quoted := false
	if a, ok := d.Attribution(string(c.Attribution)); ok {
		n["aussage:attributionType"] = a.Type
		quoted = a.Type == "direct"
	}
	if len(chain) > 1 {
		reports := make([]node, len(chain)-1)
		for i := range reports {
			r := node{
				"@id":                   reportID(n["@id"].(string), i),
				"@type":                 []string{"prov:Entity", "aussage:Report"},
				"prov:wasAttributedTo":  links[i],
				"prov:hadPrimarySource": node{"@id": n["@id"]},
			}
			if i+1 < len(reports) {
				r["prov:wasDerivedFrom"] = node{"@id": reportID(n["@id"].(string), i+1)}
			} else if quoted {
				r["prov:wasQuotedFrom"] = node{"@id": n["@id"]}
			} else {
				r["prov:wasDerivedFrom"] = node{"@id": n["@id"]}
			}
			if i < len(c.Values) && c.Values[i].Source == chain[i] {
				r["aussage:factuality"] = c.Values[i].Value.String()
				r["aussage:certainty"] = c.Values[i].Score
			}
			reports[i] = r
		}
		n["aussage:reportedAs"] = reports
	}
	return n
}

// reportID names the report of the claim by the i-th source of its chain, the author
// being the 0th: doc#c16-r0. An index rather than the source ID keeps the names
// unique when a source appears twice in a chain.
func reportID(claimIRI string, i int) string {
	return claimIRI + "-r" + strconv.Itoa(i)
}
