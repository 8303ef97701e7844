package main

import (
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"
)

// progressStats counts finished documents and bytes for the progress line.
type progressStats struct {
	docs, bytes atomic.Int64
}

func (s *progressStats) add(n int) {
	if s == nil {
		return
	}
	s.docs.Add(1)
	s.bytes.Add(int64(n))
}

// isTerminal reports whether f is a character device, such as an interactive terminal.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// show prints a progress line to w every interval until stop is called; stop prints
// the final line.
func (s *progressStats) show(w io.Writer, interval time.Duration) (stop func()) {
	start := time.Now()
	line := func(end string) {
		secs := time.Since(start).Seconds()
		d, b := s.docs.Load(), s.bytes.Load()
		fmt.Fprintf(w, "\r%d documents, %.1f MB, %.0f documents/s, %.2f MB/s%s",
			d, float64(b)/1e6, float64(d)/secs, float64(b)/1e6/secs, end)
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			select {
			case <-tick.C:
				line("")
			case <-done:
				line("\n")
				return
			}
		}
	}()
	return func() { close(done); <-finished }
}
