// Package aussage models claims and attribution in German text: who asserts what,
// relayed by whom, and how sure they are.
//
// This root package holds the shared vocabulary that the detectors build on:
//
//   - [Span], a half-open range of byte offsets into the caller's original text;
//   - [Text], the original text with a normalised view for matching and an exact
//     alignment between the two, plus the linguistic layers computed from it on first
//     use: [Text.Tokens], [Text.Sentences], [Text.Clauses] and [Text.Verbs] (finite verbs
//     with their mood, Konjunktiv I and II).
//
// The detectors live in their own packages: hedge finds hedges, evidentials and
// reportative markers with a FactBank-style certainty value; source finds quotations,
// attributions and their sources with attribution chains; claim combines both into
// claims with a chain of sources and a certainty per claim, and is the package most
// users call (claim.Analyze); export writes a claim.Document as schema.org/PROV
// JSON-LD, brat standoff or a self-contained HTML report.
//
// # Offsets
//
// Every span any package returns is a byte offset into the exact bytes the caller
// passed in. Matching happens on a normalised view (NFC, one glyph per class of
// quotation marks, plain dashes and spaces, no soft hyphens); [Text.Span] maps view
// offsets back, widening a span that ends inside a normalised character so that it
// always lies on rune boundaries of the original. Text that needs no normalisation is
// used as is, without a copy.
//
// # Invalid input
//
// Nothing in aussage panics on input. Invalid UTF-8 is kept: each bad byte reads as
// U+FFFD in the view, spans still point at the original bytes, and [Text.Err] reports
// it.
//
// # Concurrency
//
// A [Text] is immutable once created; its lazily computed layers are guarded, so one
// Text may be used by many goroutines at once.
package aussage
