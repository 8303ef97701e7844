// Package hedge finds hedges, boosters and evidential markers in German news text:
// the words with which a writer or a quoted source grades their commitment to a
// statement ("vermutlich", "dürfte kaum", "soll … gewusst haben", "geht … davon
// aus", "rund").
//
// Each [Cue] has its spans in the original text (several for a discontinuous cue), a
// [Class] and a certainty [Value] as the project's annotation guide
// (docs/hedge-annotation.md) defines them, a score from −3 (certainly not) to +3
// (certain), the lexicon [Entry] that matched, and the index of the clause it stands
// in, so that the claim layer can tell an author's hedge from a quoted source's.
//
// Detection is lexicon-driven: the built-in lexicon (lexicon.tsv, embedded) lists the
// word forms of each cue with a named disambiguation rule that tells the hedge from
// its look-alikes: root and epistemic modals ("muss zahlen" against "muss …
// gewesen sein"), planned and hearsay sollen, the particle wohl and "sich wohl
// fühlen", kaum of likelihood and of time, conditional and temporal wenn, Konjunktiv II
// of a hypothesis and of reported speech (judged also from the sentences around it:
// "Mitarbeiter würden überwacht" after a report continues it), "über 200 Tote" and
// "eine Rechnung über 396 Euro". Modifiers are merged into the cue they
// modify ("sehr wahrscheinlich", "wohl kaum"), and vague sources into the
// speculative verb they go with ("vermuten internationale Experten"). Users can
// extend or replace the lexicon with [ParseLexicon], [LoadLexicon] and [Merge].
//
// A [Detector] is immutable and safe for concurrent use; its zero value uses the
// built-in lexicon.
package hedge
