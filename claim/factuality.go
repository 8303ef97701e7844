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
func compose(base hedge.Value, cues []hedge.Cue, question, denial bool) commitment {
	c := commitment{value: base, score: defaultScore(base)}
	open := question
	if question {
		c.flags = append(c.flags, Question)
	}
	var graded []hedge.Cue
	for _, cue := range cues {
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
			graded = append(graded, cue)
		case cue.Value == hedge.U || cue.Value == hedge.Uu:
			open = true
		}
	}
	if open {
		return commitment{value: hedge.Uu, score: 0, flags: c.flags}
	}
	if len(graded) > 0 {
		best := graded[0]
		booster, weaker := false, false
		for _, g := range graded {
			if g.Value == hedge.CTPlus {
				booster = true
			} else if g.Value == hedge.PRPlus || g.Value == hedge.PSPlus {
				weaker = true
			}
		}
		for _, g := range graded[1:] {
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

// appendFlag adds f to flags unless it is there already.
func appendFlag(flags []Flag, f Flag) []Flag {
	if slices.Contains(flags, f) {
		return flags
	}
	return append(flags, f)
}
