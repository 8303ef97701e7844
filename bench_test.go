package aussage

import (
	"strings"
	"testing"

	"github.com/aussage/aussage/internal/testcorpus"
)

// corpusTexts returns the texts of the speed corpus, or skips the benchmark.
func corpusTexts(b *testing.B) []string { return testcorpus.Texts(b) }

// BenchmarkSentences measures normalising, tokenizing and segmenting the corpus, one
// Text per document.
func BenchmarkSentences(b *testing.B) {
	benchmarkTexts(b, func(t *Text) { t.Sentences() })
}

// BenchmarkSentencesOnly measures the segmenter alone on already tokenized texts.
func BenchmarkSentencesOnly(b *testing.B) {
	texts := corpusTexts(b)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		ts := make([]*Text, len(texts))
		for i, s := range texts {
			ts[i] = NewText(s)
			ts[i].Tokens()
		}
		b.StartTimer()
		for _, t := range ts {
			t.Sentences()
		}
	}
}

// BenchmarkSentencesJoined segments the whole corpus as one text, as a single long
// document stresses the per-text setup less and the token loop more.
func BenchmarkSentencesJoined(b *testing.B) {
	text := strings.Join(corpusTexts(b), "\n\n")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		NewText(text).Sentences()
	}
}

// BenchmarkSentencesVerbs adds the finite verbs and their moods to
// BenchmarkSentences: the work behind the CLI's "sentences" and "moods".
func BenchmarkSentencesVerbs(b *testing.B) {
	benchmarkTexts(b, func(t *Text) { t.Sentences(); t.Verbs() })
}

// BenchmarkSentencesClauses measures the clause layer on top of sentences and verbs.
func BenchmarkSentencesClauses(b *testing.B) {
	benchmarkTexts(b, func(t *Text) { t.Clauses() })
}

func benchmarkTexts(b *testing.B, f func(*Text)) {
	texts := corpusTexts(b)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			f(NewText(s))
		}
	}
}
