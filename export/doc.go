// Package export writes a [claim.Document] in formats that other tools read:
//
//   - [JSONLD]: each claim as a schema.org Claim, ready to be wrapped in a
//     ClaimReview by a fact-checker, with its attribution chain in W3C PROV-O terms
//     and its certainty in aussage's own small vocabulary (VOCABULARY.md);
//   - [Brat]: brat standoff annotations (.ann) of sources, cues, contents and hedges,
//     for correcting the analysis in brat or INCEpTION;
//   - [HTML]: one self-contained page for a reader: the article with its hedges,
//     cues, speakers and quoted content highlighted, each claim's chain and
//     certainty on hover or click, and a graph of who cites whom.
//
// The functions write exactly what the aussage command prints for -format jsonld,
// brat and html.
//
// # Offsets
//
// aussage's spans are byte offsets into the original UTF-8 text. brat counts
// characters (Unicode code points) and so does the RFC 5147 fragment (#char=s,e) in
// the JSON-LD appearance; both are converted here. The JSON-LD keeps the byte offsets
// too, as aussage:startByte and aussage:endByte.
//
// # Documents without text
//
// A document read back from JSON has no text (its Text method returns nil). JSONLD
// still exports it, leaving out what needs the text: the claims' schema:text and the
// #char fragments (each appearance then carries the byte offsets only). Brat and HTML
// cannot work without the text and return [ErrNoText].
package export
