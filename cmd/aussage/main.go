// Command aussage finds sentences, quotations, attributions, hedges and claims in
// German text and prints them as a report or as JSON (output format 1).
//
// Usage:
//
//	aussage [-format text|json|jsonl|jsonld|brat|html] [-j N] [file ...]
//
// With no file, aussage reads standard input. In jsonl mode each input line is a JSON
// object {"id": …, "text": "…"} and each output line the analysis of one input line,
// in input order; a line that cannot be read yields {"id": …, "error": "…"} and
// processing continues.
//
// The formats jsonld (schema.org Claims with W3C PROV chains), brat (brat standoff
// annotations, the .ann beside the input as .txt) and html (a self-contained report
// page) are written by package export.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/claim"
	"github.com/aussage/aussage/export"
)

// exports are the formats package export writes, by -format value.
var exports = map[string]func(io.Writer, *claim.Document) error{
	"jsonld": func(w io.Writer, d *claim.Document) error { return export.JSONLD(w, d, "") },
	"brat":   export.Brat,
	"html":   export.HTML,
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("aussage", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, json, jsonl, jsonld, brat or html")
	workers := fs.Int("j", runtime.NumCPU(), "jsonl mode: documents analysed in parallel")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: aussage [-format text|json|jsonl|jsonld|brat|html] [-j N] [file ...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	switch *format {
	case "jsonl":
		var stats progressStats
		if f, ok := stderr.(*os.File); ok && isTerminal(f) {
			defer stats.show(stderr, time.Second)()
		}
		in, closeAll, err := jsonlInput(fs.Args(), stdin)
		if err != nil {
			fmt.Fprintln(stderr, "aussage:", err)
			return 1
		}
		defer closeAll()
		if err := runJSONL(in, out, *workers, &stats); err != nil {
			fmt.Fprintln(stderr, "aussage:", err)
			return 1
		}
		return 0
	case "json", "text", "jsonld", "brat", "html":
	default:
		fmt.Fprintf(stderr, "aussage: unknown format %q (want text, json or jsonl, or an export format: jsonld, brat or html)\n", *format)
		return 2
	}
	st := style{}
	if f, ok := stdout.(*os.File); ok && isTerminal(f) && os.Getenv("NO_COLOR") == "" {
		st.colour = true
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	status := 0
	for _, name := range inputs {
		var data []byte
		var err error
		if name == "-" {
			data, err = io.ReadAll(stdin)
		} else {
			data, err = os.ReadFile(name)
		}
		if err != nil {
			fmt.Fprintln(stderr, "aussage:", err)
			status = 1
			continue
		}
		t := aussage.NewText(string(data))
		doc, err := analyze(t)
		if err != nil {
			fmt.Fprintf(stderr, "aussage: %s: %v\n", name, err)
			status = 1
			continue
		}
		if write, ok := exports[*format]; ok {
			if err := write(out, doc); err != nil {
				fmt.Fprintf(stderr, "aussage: %s: %v\n", name, err)
				return 1
			}
			continue
		}
		if *format == "json" {
			enc := json.NewEncoder(out)
			enc.SetIndent("", "  ")
			if err := enc.Encode(doc); err != nil {
				fmt.Fprintln(stderr, "aussage:", err)
				return 1
			}
			continue
		}
		writeText(out, name, doc, st)
	}
	return status
}

// jsonlInput returns the JSON Lines input: the named files one after the other ("-"
// is standard input), or standard input if there are none. Every file is opened
// before the run starts, so a missing one is reported before any output.
func jsonlInput(names []string, stdin io.Reader) (io.Reader, func(), error) {
	if len(names) == 0 {
		return stdin, func() {}, nil
	}
	var readers []io.Reader
	var files []*os.File
	closeAll := func() {
		for _, f := range files {
			f.Close()
		}
	}
	for _, name := range names {
		if name == "-" {
			readers = append(readers, stdin)
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		files = append(files, f)
		// A file without a final newline must not glue its last line to the
		// next file's first.
		readers = append(readers, f, strings.NewReader("\n"))
	}
	return io.MultiReader(readers...), closeAll, nil
}
