package claim

import (
	"testing"

	"github.com/aussage/aussage/hedge"
	"github.com/google/go-cmp/cmp"
)

func cue(class hedge.Class, v hedge.Value, score float64) hedge.Cue {
	return hedge.Cue{Class: class, Value: v, Score: score}
}

// TestCompose checks the composition rules of the package documentation one by one.
func TestCompose(t *testing.T) {
	tests := []struct {
		name     string
		cues     []hedge.Cue
		question bool
		denial   bool
		want     commitment
	}{
		{"stating is committing", nil, false, false, commitment{value: hedge.CTPlus, score: 3}},
		{"approximators never change certainty",
			[]hedge.Cue{cue(hedge.Approximator, hedge.None, 0)}, false, false,
			commitment{value: hedge.CTPlus, score: 3}},
		{"a single hedge sets the value and its finer score",
			[]hedge.Cue{cue(hedge.Evidential, hedge.PRPlus, 1.7)}, false, false,
			commitment{value: hedge.PRPlus, score: 1.7}},
		{"harmonic cues take the strongest, not a product",
			[]hedge.Cue{cue(hedge.EpistemicAdverb, hedge.PRPlus, 1.8), cue(hedge.EpistemicModal, hedge.PRPlus, 2.0)}, false, false,
			commitment{value: hedge.PRPlus, score: 2.0}},
		{"a booster with a weaker cue is a clash: the weaker wins",
			[]hedge.Cue{cue(hedge.Booster, hedge.CTPlus, 3), cue(hedge.EpistemicAdverb, hedge.PSPlus, 0.9)}, false, false,
			commitment{value: hedge.PSPlus, score: 0.9, flags: []Flag{Conflict}}},
		{"a downtoner gives a negative value",
			[]hedge.Cue{cue(hedge.Downtoner, hedge.PRMinus, -2)}, false, false,
			commitment{value: hedge.PRMinus, score: -2}},
		{"a hypothetical leaves the value open",
			[]hedge.Cue{cue(hedge.Hypothetical, hedge.U, 0), cue(hedge.Approximator, hedge.None, 0)}, false, false,
			commitment{value: hedge.Uu, flags: []Flag{Hypothetical}}},
		{"a condition leaves the value open even with a hedge",
			[]hedge.Cue{cue(hedge.Condition, hedge.U, 0), cue(hedge.EpistemicAdverb, hedge.PRPlus, 1.8)}, false, false,
			commitment{value: hedge.Uu, flags: []Flag{Condition}}},
		{"a question leaves the value open", nil, true, false,
			commitment{value: hedge.Uu, flags: []Flag{Question}}},
		{"a denial turns the polarity", nil, false, true,
			commitment{value: hedge.CTMinus, score: -3}},
		{"a hedged denial stays graded",
			[]hedge.Cue{cue(hedge.EpistemicAdverb, hedge.PRPlus, 1.8)}, false, true,
			commitment{value: hedge.PRMinus, score: -1.8}},
		{"an impersonal frame keeps its value and is a weasel",
			[]hedge.Cue{cue(hedge.Impersonal, hedge.PSPlus, 1)}, false, false,
			commitment{value: hedge.PSPlus, score: 1, flags: []Flag{Weasel}}},
		{"hearsay that leaves the value open distances the author",
			[]hedge.Cue{cue(hedge.Reportative, hedge.U, 0)}, false, false,
			commitment{value: hedge.Uu, flags: []Flag{Distanced}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := compose(hedge.CTPlus, tt.cues, tt.question, tt.denial, nil)
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(commitment{})); diff != "" {
				t.Errorf("compose mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
