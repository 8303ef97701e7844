// Package lexicon reads the project's lexicon files: diffable, tab-separated text with
// a commented header.
//
// A lexicon file is UTF-8 text. Lines starting with '#' are comments (the header says
// what the file is, where its entries come from and what each column means); blank
// lines are skipped. Every other line is one record: fields separated by one or more
// tab characters, surrounding spaces trimmed. Each package interprets its own columns
// and reports problems with [Error], which names the file and line.
package lexicon

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// A Record is one non-comment line of a lexicon file.
type Record struct {
	Line   int      // 1-based line number
	Fields []string // tab-separated fields, trimmed, empty fields dropped
}

// An Error is a problem at one line of a lexicon file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Errorf returns an *Error for record r of file.
func Errorf(file string, r Record, format string, args ...any) *Error {
	return &Error{File: file, Line: r.Line, Msg: fmt.Sprintf(format, args...)}
}

// Read returns the records of the lexicon file read from r. name is used in errors.
func Read(name string, r io.Reader) ([]Record, error) {
	var recs []Record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		var fields []string
		for _, f := range strings.Split(line, "\t") {
			if f = strings.TrimSpace(f); f != "" {
				fields = append(fields, f)
			}
		}
		recs = append(recs, Record{Line: n, Fields: fields})
	}
	if err := sc.Err(); err != nil {
		return recs, &Error{File: name, Line: n + 1, Msg: err.Error()}
	}
	return recs, nil
}

// Join combines several errors into one; nil if there are none.
func Join(errs []error) error { return errors.Join(errs...) }
