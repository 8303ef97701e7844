package claim

import (
	"math"
	"slices"

	"github.com/aussage/aussage/hedge"
)

// defaultScore places a value on the −3 … +3 scale (Stanovsky et al. 2017): CT+ 3,
// PR+ 2, PS+ 1, Uu and CTu 0, PS− −1, PR− −2, CT− −3.
func defaultScore(v hedge.Value) float64 {
	switch v {
	case hedge.CTPlus:
		return 3
	case hedge.PRPlus:
		return 2
	case hedge.PSPlus:
		return 1
	case hedge.PSMinus:
		return -1
	case hedge.PRMinus:
		return -2
	case hedge.CTMinus:
		return -3
	}
	return 0
}

// negate turns a value into its opposite polarity at the same certainty: a denial of
// "probably so" is "probably not".
func negate(v hedge.Value) hedge.Value {
	switch v {
	case hedge.CTPlus:
		return hedge.CTMinus
	case hedge.PRPlus:
		return hedge.PRMinus
	case hedge.PSPlus:
		return hedge.PSMinus
	case hedge.CTMinus:
		return hedge.CTPlus
	case hedge.PRMinus:
		return hedge.PRPlus
	case hedge.PSMinus:
		return hedge.PSPlus
	}
	return v
}

// isEpistemic reports whether v grades certainty (CT, PR, PS with a polarity).
func isEpistemic(v hedge.Value) bool {
	switch v {
	case hedge.CTPlus, hedge.PRPlus, hedge.PSPlus, hedge.CTMinus, hedge.PRMinus, hedge.PSMinus:
		return true
	}
	return false
}

// commitment is one source's value for one claim, with the flags its cues raise.
type commitment struct {
	value hedge.Value
	score float64
	flags []Flag
}

// compose computes a source's commitment from the value its frame gives (base) and
// the cues that stand at its level, by the rules in the package documentation:
//
//  1. approximators and other cues valued "none" never change certainty;
//  2. a condition, a hypothetical Konjunktiv II, an open investigation, a reportative
//     or distancing cue whose value is U, or a question leaves the source's value Uu;
//  3. otherwise the graded cues decide: harmonic cues take the strongest (largest
//     |score|), never a product; a booster (CT+) together with a weaker positive cue
//     is a clash and takes the weaker, flagged "conflict";
//  4. a denial (negative frame) turns the polarity of the result.
//
// The flags the cues raise are appended to flags, which the caller may pass as an
// empty buffer to reuse.
func compose(base hedge.Value, cues []hedge.Cue, question, denial bool, flags []Flag) commitment {
	c := commitment{value: base, score: defaultScore(base), flags: flags}
	if len(cues) == 0 && !question && !denial {
		return c // most author claims: nothing to weigh
	}
	open := question
	if question {
		c.flags = append(c.flags, Question)
	}
	booster, weaker := false, false
	for i := range cues {
		cue := &cues[i]
		switch cue.Class {
		case hedge.Condition:
			open = true
			c.flags = appendFlag(c.flags, Condition)
			continue
		case hedge.Hypothetical:
			open = true
			c.flags = appendFlag(c.flags, Hypothetical)
			continue
		case hedge.Investigation:
			open = true
			continue
		case hedge.Reportative, hedge.Distancing:
			c.flags = appendFlag(c.flags, Distanced)
		case hedge.Impersonal:
			c.flags = appendFlag(c.flags, Weasel)
		}
		switch {
		case isEpistemic(cue.Value):
			if cue.Value == hedge.CTPlus {
				booster = true
			} else if cue.Value == hedge.PRPlus || cue.Value == hedge.PSPlus {
				weaker = true
			}
		case cue.Value == hedge.U || cue.Value == hedge.Uu:
			open = true
		}
	}
	if open {
		return commitment{value: hedge.Uu, score: 0, flags: c.flags}
	}
	// The graded cues are those with an epistemic value whose class the loop above
	// did not skip.
	var best *hedge.Cue
	for i := range cues {
		g := &cues[i]
		if !graded(g) {
			continue
		}
		if best == nil {
			best = g
			continue
		}
		if booster && weaker {
			// A clash: keep the weaker positive value.
			if g.Value != hedge.CTPlus && (best.Value == hedge.CTPlus || math.Abs(g.Score) < math.Abs(best.Score)) {
				best = g
			}
			continue
		}
		if math.Abs(g.Score) > math.Abs(best.Score) {
			best = g
		}
	}
	if best != nil {
		if booster && weaker {
			c.flags = appendFlag(c.flags, Conflict)
		}
		c.value, c.score = best.Value, best.Score
		if c.score == 0 {
			c.score = defaultScore(c.value)
		}
	}
	if denial {
		c.value, c.score = negate(c.value), -c.score
	}
	return c
}

// graded reports whether cue grades the certainty of its source (see compose).
func graded(cue *hedge.Cue) bool {
	switch cue.Class {
	case hedge.Condition, hedge.Hypothetical, hedge.Investigation:
		return false
	}
	return isEpistemic(cue.Value)
}

// appendFlag adds f to flags unless it is there already.
func appendFlag(flags []Flag, f Flag) []Flag {
	if slices.Contains(flags, f) {
		return flags
	}
	return append(flags, f)
}
