// Package verbform is aussage's German verb-form lexicon and analyser: for a word form
// it tells which verb it can be a form of and which form (finite with person, number,
// tense and mood; infinitive; zu-infinitive; Partizip II).
//
// The lexicon is our own, in embedded tab-separated files: full paradigms of the
// auxiliaries and modal verbs (paradigms.tsv), the principal parts of the strong and
// irregular verbs (strong.tsv), a list of common weak verbs whose forms follow by rule
// (weak.tsv), the separable particles (particles.tsv) and word forms that are usually
// something else (homographs.tsv). Verbs in -ieren are recognised by rule, and forms
// with an inseparable prefix (verändere) or a joined separable particle (mitteilte,
// mitgeteilt, mitzuteilen) are analysed by splitting the prefix off.
//
// The analyser works on match keys as aussage.Fold makes them (lower case, ß as
// "ss"). It does not see case: German nouns are capitalised, so a caller should take
// a capitalised word as a verb only at the start of a sentence (see [AnalyzeWord]).
// The tables are built once, on first use; lookups of listed forms do not allocate.
// All functions are safe for concurrent use.
package verbform
