package main

import (
	"encoding/json"

	"github.com/aussage/aussage/claim"
)

// analyzer is shared by all documents: an Analyzer is safe for concurrent use.
var analyzer claim.Analyzer

// analyze returns the document for one text. It goes through AnalyzeString, not
// Analyze(NewText(s)), so that the analyzer can reuse the text's working lists for
// the next document.
func analyze(s string) (*claim.Document, error) {
	return analyzer.AnalyzeString(s)
}

// idString turns a JSON Lines "id" into the document ID: a JSON string is unquoted,
// any other value (a number) is kept as written.
func idString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}
