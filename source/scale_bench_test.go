package source

import (
	"flag"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/aussage/aussage"
)

// scaleMax keeps the large documents out of "go test -bench ." by default.
var scaleMax = flag.Int("scale.max", 1<<20, "BenchmarkFindScale: the largest document to analyse, in bytes (52428800 for 50 MB)")

// BenchmarkFindScale measures the source pass alone on one document of 1 KB, 1 MB,
// 10 MB and 50 MB for each shape that once made it superlinear. Cost is linear when
// ns/B stays the same across the sizes of a shape. Tokens, sentences, verbs and
// clauses are computed before the timer starts.
func BenchmarkFindScale(b *testing.B) {
	texts := loadCorpus(b)
	var parts []string
	for _, t := range texts {
		parts = append(parts, t.String())
	}
	prose := strings.Join(parts, "\n\n")
	shapes := []struct {
		name string
		make func(n int) string
	}{
		{"corpus", func(n int) string { return repeatTo(prose+"\n\n", n) }},
		{"no-punct", func(n int) string {
			return repeatTo(strings.Join(strings.FieldsFunc(prose, func(r rune) bool {
				return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0xC0 && r <= 0x17F)
			}), " ")+" ", n)
		}},
		// modals with no boundary after them, verbs of saying without punctuation
		{"modals", func(n int) string { return repeatTo("er soll das haben ", n) }},
		{"verbs-no-punct", func(n int) string { return repeatTo("er sagte ", n) }},
		// one sentence of verb frames, of prepositional frames inside them, of
		// short quotes around frames
		{"comma-frames", func(n int) string { return repeatTo("Er sagte, ", n) }},
		{"prep-frames", func(n int) string { return repeatTo("Er sagte unter Berufung auf die Polizei, ", n) }},
		{"quote-frames", func(n int) string { return repeatTo("„Ja“, sagte er, „nein“, ", n) }},
		{"unbalanced-quotes", func(n int) string {
			return repeatTo(strings.NewReplacer("“", "", "”", "", "«", "", "»", "", ". ", ". „", ", ", ", »").Replace(prose), n)
		}},
		{"nested-quotes", func(n int) string {
			var sb strings.Builder
			for i := range 1000 {
				sb.WriteString([]string{"„Er sagte ", "‚sie meinte ", "»man hört ", "›es heißt "}[i%4])
			}
			for i := 999; i >= 0; i-- {
				sb.WriteString([]string{"“ ", "‘ ", "« ", "‹ "}[i%4])
			}
			sb.WriteString(". ")
			return repeatTo(sb.String(), n)
		}},
		{"commas", func(n int) string { return strings.Repeat(",", n) }},
		{"ascii-quotes", func(n int) string { return strings.Repeat(`"`, n) }},
		{"right-to-left", func(n int) string {
			return repeatTo("قال الوزير إن الوضع خطير. אמר השר כי \u202eהמצב\u202c חמור. \u2067„Das ist falsch“, sagte er.\u2069 ", n)
		}},
	}
	for _, sh := range shapes {
		for _, size := range []struct {
			name string
			n    int
		}{{"1KB", 1 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}, {"50MB", 50 << 20}} {
			if size.n > *scaleMax {
				continue
			}
			b.Run(sh.name+"/"+size.name, func(b *testing.B) {
				t := aussage.NewText(sh.make(size.n))
				t.Tokens()
				t.Sentences()
				t.Verbs()
				t.Clauses()
				b.SetBytes(int64(t.Len()))
				b.ReportAllocs()
				for b.Loop() {
					Detector{}.Find(t)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(t.Len()), "ns/B")
			})
		}
	}
}

// repeatTo repeats s to n bytes or fewer, cutting on a rune boundary.
func repeatTo(s string, n int) string {
	r := strings.Repeat(s, n/len(s)+1)[:n]
	for len(r) > 0 && !utf8.ValidString(r) {
		r = r[:len(r)-1]
	}
	return r
}
