// Package abbrev holds the word lists the sentence segmenter needs to decide
// whether a period ends a sentence: German abbreviations written with a final period
// (abbreviations.tsv), the closed-class words that are capitalised only at the
// start of a sentence (starters.tsv), and names that begin with such a word
// (names.tsv).
//
// The files are embedded and parsed once, on first use. Lookups are case-sensitive
// where German spelling is: "Art." (Artikel) is an abbreviation, "art." is not; "Die"
// starts a sentence, "die" does not.
package abbrev
