package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sync"
)

// maxLine is the longest JSON Lines input line accepted (1 GiB); a longer line ends
// the run with an error that names the line before it.
const maxLine = 1 << 30

// jsonlJob is one non-empty input line: seq counts jobs from 0, line counts input
// lines from 1 (for error messages).
type jsonlJob struct {
	seq, line int
	raw       []byte
}

// jsonlResult is the encoded output line for one job.
type jsonlResult struct {
	seq int
	out []byte
}

// runJSONL reads {"id","text"} lines and writes one result object per line, in input
// order, analysing up to workers documents at once. At most 4×workers documents are
// in flight, so memory stays bounded however long the input is. A line that is not a
// JSON object with a string "text" yields {"id", "error"} and processing continues.
func runJSONL(stdin io.Reader, out io.Writer, workers int, stats *progressStats) error {
	workers = max(1, workers)
	jobs := make(chan jsonlJob, workers)
	results := make(chan jsonlResult, workers)
	slots := make(chan struct{}, 4*workers) // documents read but not yet written

	var readErr error
	go func() {
		defer close(jobs)
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 0, 1<<20), maxLine)
		line, seq := 0, 0
		for sc.Scan() {
			line++
			if len(sc.Bytes()) == 0 {
				continue
			}
			slots <- struct{}{}
			jobs <- jsonlJob{seq: seq, line: line, raw: append([]byte(nil), sc.Bytes()...)}
			seq++
		}
		if err := sc.Err(); err != nil {
			readErr = fmt.Errorf("reading input after line %d: %w", line, err)
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- jsonlResult{seq: j.seq, out: analyzeLine(j, stats)}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Results arrive out of order; hold each until all before it are written.
	pending := map[int][]byte{}
	next := 0
	var writeErr error
	for r := range results {
		pending[r.seq] = r.out
		for {
			b, ok := pending[next]
			if !ok {
				break
			}
			if writeErr == nil {
				_, writeErr = out.Write(b)
			}
			delete(pending, next)
			next++
			<-slots
		}
	}
	if writeErr != nil {
		return writeErr
	}
	return readErr
}

// analyzeLine analyses one input line and returns its output line (with newline).
func analyzeLine(j jsonlJob, stats *progressStats) []byte {
	var in struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	if err := json.Unmarshal(j.raw, &in); err != nil || in.Text == nil {
		msg := fmt.Sprintf("line %d: want a JSON object with a string field \"text\"", j.line)
		if err != nil {
			msg += ": " + err.Error()
		}
		b, _ := json.Marshal(struct {
			ID    json.RawMessage `json:"id,omitempty"`
			Error string          `json:"error"`
		}{in.ID, msg})
		return append(b, '\n')
	}
	doc, err := analyze(*in.Text)
	var b []byte
	if err == nil {
		doc.ID = idString(in.ID)
		b, err = json.Marshal(doc)
	}
	if err != nil {
		b, _ = json.Marshal(map[string]any{"id": in.ID, "error": fmt.Sprintf("line %d: %v", j.line, err)})
	}
	stats.add(len(*in.Text))
	return append(b, '\n')
}
