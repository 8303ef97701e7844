// Package testcorpus loads the speed corpus that the benchmarks of every package run
// on: the plain texts of ../shared/eval/corpus/*.jsonl beside the checkout. The
// corpus is evaluation data under its own licence (mostly CC BY-NC-SA 4.0) and is
// never copied into the repository; a benchmark whose corpus is absent is skipped.
package testcorpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Dir returns the corpus folder, found by walking up from the working directory to
// the folder that has ../shared/eval/corpus beside it.
func Dir() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		c := filepath.Join(dir, "..", "shared", "eval", "corpus")
		if fi, err := os.Stat(c); err == nil && fi.IsDir() {
			return c, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Texts returns the texts of every corpus file, in file and line order, or skips tb
// with a message if the corpus is absent.
func Texts(tb testing.TB) []string {
	tb.Helper()
	texts, err := load()
	if err != nil {
		tb.Fatal(err)
	}
	if len(texts) == 0 {
		tb.Skip("no speed corpus: ../shared/eval/corpus/*.jsonl is absent beside the checkout (see its README)")
	}
	return texts
}

// Bytes returns the total length of texts in bytes, for b.SetBytes.
func Bytes(texts []string) int64 {
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	return n
}

func load() ([]string, error) {
	dir, ok := Dir()
	if !ok {
		return nil, nil
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	var texts []string
	for _, name := range files {
		ts, err := loadFile(name)
		if err != nil {
			return nil, err
		}
		texts = append(texts, ts...)
	}
	runtime.GC() // keep the loading garbage out of the measurements
	return texts, nil
}

func loadFile(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		var doc struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		texts = append(texts, doc.Text)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return texts, nil
}
