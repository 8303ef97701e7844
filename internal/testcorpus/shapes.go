package testcorpus

import (
	"strings"
	"unicode/utf8"
)

// A Shape builds a document of about n bytes from the prose of the speed corpus:
// ordinary text or one of the hostile inputs that every layer must handle in time
// linear in its length.
type Shape struct {
	Name string
	Make func(prose string, n int) string
}

// Shapes are the document shapes of the hostile-input tests and the size-matrix
// benchmarks: ordinary prose repeated ("corpus") and the bad inputs an embedding
// program may pass on unchecked, which every layer must handle with defined results,
// time linear in their length and bounded memory.
var Shapes = []Shape{
	{"corpus", func(p string, n int) string { return RepeatTo(p, n) }},
	// The whole document on one line.
	{"one-line", func(p string, n int) string { return RepeatTo(strings.ReplaceAll(p, "\n", " ")+" ", n) }},
	// No punctuation at all: one sentence as long as the text.
	{"no-punct", func(p string, n int) string {
		return RepeatTo(strings.Join(strings.FieldsFunc(p, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0xC0 && r <= 0x17F)
		}), " ")+" ", n)
	}},
	// The prose in lower case without punctuation: one sentence as long as the
	// text, with all its hedge cues and verbs.
	{"one-sentence", func(p string, n int) string {
		return RepeatTo(strings.ToLower(strings.Join(strings.FieldsFunc(p, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0xC0 && r <= 0x17F)
		}), " "))+" ", n)
	}},
	// One sentence of short clauses full of hedge cues: modals whose verb field
	// runs on over commas, sources, particles.
	{"hedge-commas", func(_ string, n int) string {
		return RepeatTo("man glaubt, er könnte wohl recht haben, die Täter sollen Waffen besessen haben, wie es heißt, sie hätten vermutlich, ", n)
	}},
	// One sentence of colon-separated frames: "Er sagte: …".
	{"colons", func(_ string, n int) string { return RepeatTo("Er sagte: er meinte: ", n) }},
	// Opening quotation marks that never close.
	{"unbalanced-quotes", func(p string, n int) string {
		return RepeatTo(strings.NewReplacer("“", "", "”", "", "«", "", "»", "", ". ", ". „", ", ", ", »").Replace(p), n)
	}},
	// Quotation marks nested 1 000 deep, then closed, again and again.
	{"nested-quotes", func(_ string, n int) string {
		var b strings.Builder
		for i := range 1000 {
			b.WriteString([]string{"„Er sagte ", "‚sie meinte ", "»man hört ", "›es heißt "}[i%4])
		}
		for i := 999; i >= 0; i-- {
			b.WriteString([]string{"“ ", "‘ ", "« ", "‹ "}[i%4])
		}
		b.WriteString(". ")
		return RepeatTo(b.String(), n)
	}},
	// Commas only, and one sentence of comma-separated reporting frames.
	{"commas", func(_ string, n int) string { return strings.Repeat(",", n) }},
	{"comma-frames", func(_ string, n int) string { return RepeatTo("Er sagte, ", n) }},
	// Frames without punctuation, prepositional frames inside verb frames, short
	// quotes around frames, modals with no boundary after them.
	{"verbs-no-punct", func(_ string, n int) string { return RepeatTo("er sagte ", n) }},
	{"prep-frames", func(_ string, n int) string { return RepeatTo("Er sagte unter Berufung auf die Polizei, ", n) }},
	{"quote-frames", func(_ string, n int) string { return RepeatTo("„Ja“, sagte er, „nein“, ", n) }},
	{"modals", func(_ string, n int) string { return RepeatTo("er soll das haben ", n) }},
	// A run of relative clauses with quoted words: every comma may open an apposition.
	{"relative-clauses", func(_ string, n int) string {
		return RepeatTo("Der Mann, der die Sache als „gut“ bezeichnete, ", n)
	}},
	// One sentence without commas: a verb, then scare quotes and relative clauses
	// with their verb last, again and again. Each quote may be the words of a later
	// main clause's subject, and looking for one back to the verb costs the square
	// of the sentence.
	{"scare-quotes", func(_ string, n int) string {
		return RepeatTo("Sie nannte die „Reform“ der „Partei“ die „gut“ sei und ", n)
	}},
	// ASCII double quotes only: every mark's direction is ambiguous.
	{"ascii-quotes", func(_ string, n int) string { return strings.Repeat(`"`, n) }},
	// Invalid UTF-8, control characters, right-to-left text.
	{"invalid-utf8", func(p string, n int) string {
		return RepeatTo(strings.NewReplacer("ä", "\xc3", "ö", "\x80", " s", " \xed\xa0\x80s", ". ", ".\xff ").Replace(p), n)
	}},
	{"control", func(p string, n int) string {
		return RepeatTo(strings.NewReplacer(" d", " \x00d", ". ", ".\x1b[0m\x07 ", ", ", ",\x0c\x7f ", "\n", "\x00\n").Replace(p), n)
	}},
	// German prose mixed with Cyrillic, Greek, Han, emoji and decomposed umlauts.
	{"mixed-scripts", func(p string, n int) string {
		return RepeatTo(strings.NewReplacer(" der ", " Путин ", " die ", " Ελλάδα ", " und ", " 习近平 😀 ", "ä", "a\u0308", "ü", "u\u0308").Replace(p), n)
	}},
	{"right-to-left", func(_ string, n int) string {
		return RepeatTo("قال الوزير إن الوضع خطير. אמר השר כי \u202eהמצב\u202c חמור. \u2067„Das ist falsch“, sagte er.\u2069 ", n)
	}},
}

// RepeatTo repeats s to n bytes or fewer, not ending inside a multi-byte rune.
func RepeatTo(s string, n int) string {
	r := strings.Repeat(s, n/len(s)+1)[:n]
	for k := len(r) - 1; k >= max(0, len(r)-utf8.UTFMax); k-- {
		if utf8.RuneStart(r[k]) {
			if !utf8.FullRuneInString(r[k:]) {
				r = r[:k]
			}
			break
		}
	}
	return r
}
