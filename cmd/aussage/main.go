// Command aussage finds sentences, quotations, attributions, hedges and claims in
// German text and prints them as a report or as JSON (output format 1).
//
// Usage:
//
//	aussage [-format text|json|jsonl|jsonld|brat|html] [-j N] [-o DIR] [file ...]
//
// With no file, aussage reads standard input. In jsonl mode each input line is a JSON
// object {"id": …, "text": "…"} and each output line the analysis of one input line,
// in input order; a line that cannot be read yields {"id": …, "error": "…"} and
// processing continues.
//
// The formats jsonld (schema.org Claims with W3C PROV chains), brat (brat standoff
// annotations, the .ann beside the input as .txt) and html (a self-contained report
// page) are written by package export. Each is one document per output, so with more
// than one input file they need -o DIR, which writes DIR/NAME.jsonld, DIR/NAME.html or
// DIR/NAME.ann with a copy of the text as DIR/NAME.txt (the pair brat displays) for
// each input NAME.txt; -o works for json (DIR/NAME.json) too.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/aussage/aussage/claim"
	"github.com/aussage/aussage/export"
)

// extensions are the file name extensions -o gives each format's output.
var extensions = map[string]string{"json": ".json", "jsonld": ".jsonld", "brat": ".ann", "html": ".html"}

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
	outDir := fs.String("o", "", "json, jsonld, brat and html: write one file per input into this directory")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: aussage [-format text|json|jsonl|jsonld|brat|html] [-j N] [-o DIR] [file ...]")
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
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	if *outDir != "" {
		if _, ok := extensions[*format]; !ok {
			fmt.Fprintf(stderr, "aussage: -o writes one file per input for -format json, jsonld, brat or html, not %s\n", *format)
			return 2
		}
		seen := map[string]string{}
		for _, name := range inputs {
			if other, ok := seen[outputBase(name)]; ok {
				fmt.Fprintf(stderr, "aussage: -o: %s and %s would both write %s in %s; rename one\n", other, name, outputBase(name), *outDir)
				return 2
			}
			seen[outputBase(name)] = name
		}
		if err := os.MkdirAll(*outDir, 0o755); err != nil {
			fmt.Fprintln(stderr, "aussage:", err)
			return 1
		}
	} else if _, ok := exports[*format]; ok && len(inputs) > 1 {
		fmt.Fprintf(stderr, "aussage: -format %s writes one document per output: give one input file, or -o DIR for a file per input\n", *format)
		return 2
	}
	st := style{}
	if f, ok := stdout.(*os.File); ok && isTerminal(f) && os.Getenv("NO_COLOR") == "" {
		st.colour = true
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
		doc, err := analyze(string(data))
		if err != nil {
			fmt.Fprintf(stderr, "aussage: %s: %v\n", name, err)
			status = 1
			continue
		}
		switch {
		case *outDir != "":
			if err := writeFiles(*outDir, name, *format, data, doc); err != nil {
				fmt.Fprintln(stderr, "aussage:", err)
				return 1
			}
		case *format == "text":
			writeText(out, name, doc, st)
		default:
			if err := writeDocument(out, *format, doc); err != nil {
				fmt.Fprintf(stderr, "aussage: %s: %v\n", name, err)
				return 1
			}
		}
	}
	return status
}

// writeDocument writes doc in one of the formats with a file extension.
func writeDocument(w io.Writer, format string, doc *claim.Document) error {
	if write, ok := exports[format]; ok {
		return write(w, doc)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// outputBase is the name -o gives the output for input name: the file name without
// its extension, or "stdin".
func outputBase(name string) string {
	if name == "-" {
		return "stdin"
	}
	return strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
}

// writeFiles writes the analysis of input name into dir, named after the input with
// the format's extension (standard input is "stdin"). For brat it also writes the text
// itself as NAME.txt, since brat shows an .ann only beside its .txt.
func writeFiles(dir, name, format string, data []byte, doc *claim.Document) error {
	base := outputBase(name)
	path := filepath.Join(dir, base+extensions[format])
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	err = writeDocument(w, format, doc)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if format == "brat" {
		return os.WriteFile(filepath.Join(dir, base+".txt"), data, 0o644)
	}
	return nil
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
