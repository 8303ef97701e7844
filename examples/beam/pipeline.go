package main

import (
	"encoding/json"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/aussage/aussage/claim"
)

func init() {
	// Registration lets distributed runners call the DoFn without reflection.
	register.DoFn2x0[string, func(string)](&AnalyzeFn{})
	register.Emitter1[string]()
}

// Build adds the pipeline to scope s: read the JSON Lines files that match input,
// analyse each document, write the results to output. maxBytes is passed to
// claim.WithMaxBytes (0 keeps claim.DefaultMaxBytes).
func Build(s beam.Scope, input, output string, maxBytes int) {
	lines := textio.Read(s, input)
	docs := beam.ParDo(s, &AnalyzeFn{MaxBytes: maxBytes}, lines)
	textio.Write(s, output, docs)
}

// AnalyzeFn is the DoFn that analyses one JSON Lines document. Its exported fields
// are serialised with the pipeline and sent to every worker.
type AnalyzeFn struct {
	MaxBytes int `json:"max_bytes"`

	analyzer *claim.Analyzer // built once per worker instance in Setup
}

// Setup builds the Analyzer. One Analyzer serves every bundle the instance
// processes; it is safe for concurrent use.
func (f *AnalyzeFn) Setup() {
	var opts []claim.Option
	if f.MaxBytes != 0 {
		opts = append(opts, claim.WithMaxBytes(f.MaxBytes))
	}
	f.analyzer = claim.New(opts...)
}

// ProcessElement analyses one input line and emits one output line. A line that is
// not a document, or a text the Analyzer refuses, becomes an error record instead of
// failing the pipeline: one bad document must not stop a run over millions.
func (f *AnalyzeFn) ProcessElement(line string, emit func(string)) {
	emit(string(analyzeLine(f.analyzer, line)))
}

// analyzeLine is the work of one element, kept apart from Beam for clarity.
func analyzeLine(a *claim.Analyzer, line string) []byte {
	var in struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	if err := json.Unmarshal([]byte(line), &in); err != nil || in.Text == nil {
		msg := `want a JSON object with a string field "text"`
		if err != nil {
			msg += ": " + err.Error()
		}
		return errorRecord(in.ID, msg)
	}
	doc, err := a.AnalyzeString(*in.Text)
	if err != nil {
		return errorRecord(in.ID, err.Error())
	}
	doc.ID = idString(in.ID)
	b, err := json.Marshal(doc)
	if err != nil {
		return errorRecord(in.ID, fmt.Sprintf("encoding the result: %v", err))
	}
	return b
}

func errorRecord(id json.RawMessage, msg string) []byte {
	b, _ := json.Marshal(struct {
		ID    json.RawMessage `json:"id,omitempty"`
		Error string          `json:"error"`
	}{id, msg})
	return b
}

// idString turns a JSON Lines "id" into the document ID as the aussage command
// does: a JSON string is unquoted, any other value (a number) is kept as written.
func idString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}
