package main

import (
	"encoding/json"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/claim"
)

// analyzer is shared by all documents: an Analyzer is safe for concurrent use.
var analyzer claim.Analyzer

// analyze returns the document for one text.
func analyze(t *aussage.Text) (*claim.Document, error) {
	return analyzer.Analyze(t)
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
