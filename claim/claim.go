package claim

import (
	"slices"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/hedge"
)

// A Claim is a proposition the text puts forward: a main clause the author asserts, or
// content attributed to a source.
type Claim struct {
	ID       string       `json:"id"`       // "c1", "c2", …
	Sentence int          `json:"sentence"` // index into Document.Sentences, from 0
	Span     aussage.Span `json:"span"`     // the claim's text in the original
	// Attribution is the attribution that carries the claim; null (empty) for a claim
	// of the author's own.
	Attribution Ref `json:"attribution"`
	// Chain lists the source IDs from the outermost to the innermost, the author
	// first: ["author"] for the author's own claims, ["author", "s4", "s1"] for
	// content s4 relays from s1. Claims of one document may share the slice with
	// each other and with their attribution: treat it as read-only.
	Chain []string `json:"chain"`
	// Factuality is the innermost source's commitment to the claim, on the FactBank
	// scale (CT+ PR+ PS+ CT- PR- PS- CTu Uu), and Score the same on −3 … +3.
	Factuality hedge.Value `json:"factuality"`
	Score      float64     `json:"score"`
	Polarity   Polarity    `json:"polarity"`
	Hedges     []int       `json:"hedges"` // indexes into Document.Hedges
	Flags      []Flag      `json:"flags"`
	// Values gives the commitment of every source of the chain, outermost first:
	// what the author commits to, what each relay commits to, what the innermost
	// source commits to (the last one equals Factuality). Claims of one document
	// may share the slice: treat it as read-only.
	Values []SourceValue `json:"values"`
}

// A SourceValue is one source's commitment to a claim: FactBank's (event, source) pair.
type SourceValue struct {
	Source string      `json:"source"` // a source ID, or AuthorID
	Value  hedge.Value `json:"value"`
	Score  float64     `json:"score"`
}

// A Polarity says whether a claim is asserted or denied.
type Polarity string

// The polarities.
const (
	Positive Polarity = "positive"
	Negative Polarity = "negative" // denied (dementiert) or stated as not so
)

// A Flag marks a property of a claim that a reader should know about.
type Flag string

// The flags.
const (
	Weasel       Flag = "weasel"       // a vague or agentless source: Experten, man, es heißt
	Anonymous    Flag = "anonymous"    // an unnamed source: ein Mitgliedsland, Insider
	Hypothetical Flag = "hypothetical" // Konjunktiv II outside reported speech: das wäre
	Condition    Flag = "condition"    // a conditional frame: falls, sofern, wenn
	Question     Flag = "question"     // the sentence asks
	Denial       Flag = "denial"       // the source denies the content: dementiert, bestreitet
	Unsourced    Flag = "unsourced"    // presented as common knowledge: Bekannt ist, dass …
	Distanced    Flag = "distanced"    // the author keeps a distance: behauptet, angeblich
	Conflict     Flag = "conflict"     // clashing cues in one clause: sicher … vielleicht
)

// HasFlag reports whether the claim carries flag f.
func (c Claim) HasFlag(f Flag) bool { return slices.Contains(c.Flags, f) }
