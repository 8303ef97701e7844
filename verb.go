package aussage

// A Mood is the grammatical mood of a finite verb.
type Mood uint8

// The moods. Konjunktiv I is the subjunctive of indirect speech (er sei, sie habe),
// Konjunktiv II the subjunctive of the hypothetical (er wäre, sie hätte), which also
// stands in for Konjunktiv I where that form equals the indicative.
const (
	Indicative Mood = iota
	Konjunktiv1
	Konjunktiv2
	Imperative
)

var moodNames = [...]string{"indicative", "konjunktiv1", "konjunktiv2", "imperative"}

// String returns the mood's name as the output format spells it: "indicative",
// "konjunktiv1", "konjunktiv2", "imperative".
func (m Mood) String() string {
	if int(m) < len(moodNames) {
		return moodNames[m]
	}
	return "mood?"
}

// A Verb is a finite verb of the text with its mood.
type Verb struct {
	Token     int    // index of the finite verb in Tokens()
	Particle  int    // index of its separated particle (teilte … mit), or 0 if none
	Lemma     string // the infinitive, with the particle rejoined: "mitteilen"
	Mood      Mood
	Ambiguous bool // the form is also an indicative (wir haben) or the other Konjunktiv
}

// Verbs returns the finite verbs of the text in order. TODO(verbs): real analysis.
func (t *Text) Verbs() []Verb {
	t.verbOnce.Do(func() {})
	return t.verbs
}
