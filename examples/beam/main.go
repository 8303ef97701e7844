// Command beam runs aussage over a corpus of JSON Lines documents on Apache Beam, so
// that a corpus too large for one machine is analysed by a cluster: each input line
// {"id": …, "text": "…"} becomes one output line, the claim.Document of that text
// (output format 1) or {"id": …, "error": "…"}, exactly as "aussage -format jsonl"
// prints it. Output lines are not in input order: Beam does not keep order.
//
// Locally, with Beam's direct runner:
//
//	go run . -input 'corpus/*.jsonl' -output analysed.jsonl
//
// On a cluster, pass the runner's flags, for example Dataflow's:
//
//	go run . -runner dataflow -project P -region R -staging_location gs://B/staging \
//		-input 'gs://B/corpus/*.jsonl' -output gs://B/out/analysed.jsonl
//
// This example is a module of its own so that the library's go.mod stays free of
// Beam's dependencies.
package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input    = flag.String("input", "", "JSON Lines files to analyse (a glob; local or a Beam file system such as gs://)")
	output   = flag.String("output", "", "the JSON Lines file to write")
	maxBytes = flag.Int("max_bytes", 0, "the largest text to analyse, in bytes; 0 means claim.DefaultMaxBytes")
)

func main() {
	flag.Parse()
	beam.Init() // must come after flag.Parse: a worker process returns from here only when done
	if *input == "" || *output == "" {
		log.Fatal("usage: beam -input GLOB -output FILE [runner flags]")
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, *input, *output, *maxBytes)
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("pipeline failed: %v", err)
	}
}
