// Package claim finds the claims of a German text — what the author asserts and what
// the text attributes to others — each with its chain of sources and a FactBank-style
// certainty. It builds on the hedge and source packages and is the package most users
// call:
//
//	doc, err := claim.Analyze(article)
//	for _, c := range doc.Claims {
//		fmt.Println(doc.ChainNames(c), c.Factuality, doc.Text().Slice(c.Span))
//	}
//
// # Claims
//
// A claim is either
//
//   - the content of an attribution (what a source said, wrote or thinks), carried by
//     that attribution, with the attribution's chain of sources: ["author", "s4", "s1"]
//     for content the state media (s4) relay from Kim Jong-un (s1); or
//   - a stretch of author text: in every sentence, each main clause together with the
//     clauses that depend on it, minus any content attributed to a source. Its chain is
//     ["author"].
//
// Content introduced by the generic "man" (man darf vermuten, dass …) stays the
// author's: it is the author speaking impersonally, hedged by the frame.
//
// # Factuality
//
// Factuality is computed per (claim, source), as in FactBank. Claim.Factuality is the
// innermost source's commitment; Claim.Values lists every source of the chain. The
// composition rules, in the order they apply:
//
//  1. A reporting frame shifts the source. The hedges inside an attribution's content
//     (and not inside a content nested in it) belong to its innermost source, as does
//     a hedge that is the reporting cue itself (vermuten, geht … davon aus). The
//     author's claims take only the hedges outside every attributed content.
//  2. Every outer source of a chain reports the content without committing to it: Uu.
//     A confirming or factive frame (bestätigt, räumt ein) commits them: PR+.
//  3. A source's value starts at CT+ (stating is committing). Approximators never
//     change it. A condition, a hypothetical Konjunktiv II, an open investigation,
//     hearsay that leaves the value open (U), or a question make it Uu.
//  4. Otherwise graded cues decide. Harmonic cues (vermutlich … dürfte) take the
//     strongest value, never a product; a booster with a weaker cue (sicher …
//     vielleicht) is a clash and takes the weaker, flagged [Conflict].
//  5. A denial (dementiert, bestreitet) turns the polarity of the speaker's value:
//     "Kim dementiert eine Verbindung" is CT− for Kim. A negated frame that is not a
//     denial (wird nicht erwähnt) leaves the source's value Uu. Both make the claim's
//     Polarity negative. Plain negation inside a claim is part of the proposition and
//     does not change its value.
//
// Scores place values on −3 … +3 (CT+ 3, PR+ 2, PS+ 1, Uu 0, PS− −1, PR− −2, CT− −3);
// a value that comes from a cue takes the cue's finer score (sehr wahrscheinlich 2.5).
//
// # Flags
//
// [Weasel] marks a vague or agentless source (Experten, man, no source found),
// [Anonymous] an unnamed one (ein Mitgliedsland), [Unsourced] content presented as
// common knowledge (Bekannt ist, dass …), [Distanced] a frame or cue by which the
// author keeps a distance (behauptet, angeblich, soll … haben), and [Hypothetical],
// [Condition], [Question] and [Denial] what their names say.
//
// # Limits
//
// Any input is analysed without a panic: invalid UTF-8 reads as U+FFFD (the spans
// still point at the original bytes), control characters and scripts other than
// Latin pass through. An [Analyzer] refuses a text longer than [DefaultMaxBytes]
// (64 MiB) with an error wrapping [ErrTooLarge]; [WithMaxBytes] sets another limit.
//
// # Output
//
// A [Document] marshals to exactly the JSON the aussage command prints (output format
// 1, docs/output-format.md) and unmarshals back from it.
package claim
