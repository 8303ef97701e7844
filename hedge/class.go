package hedge

import "fmt"

// A Class is the kind of a hedge cue, as the annotation guide
// (docs/hedge-annotation.md) names it.
type Class uint8

// The classes of the annotation guide, in its order.
const (
	EpistemicAdverb Class = iota + 1 // wahrscheinlich, vermutlich, wohl, vielleicht
	Booster                          // sicher, bestimmt, zweifellos, tatsächlich
	EpistemicModal                   // dürfte, könnte, muss + perfect infinitive
	Reportative                      // soll … haben, will … haben, angeblich
	Evidential                       // offenbar, anscheinend, es scheint
	Distancing                       // mutmaßlich, sogenannt, scare quotes
	SpeculativeVerb                  // vermuten, ausgehen von, nicht ausschließen
	Impersonal                       // es heißt, man darf vermuten, Experten meinen
	Investigation                    // wird geprüft, ist unklar, nach ersten Erkenntnissen
	Condition                        // falls, sofern, conditional wenn
	Hypothetical                     // Konjunktiv II outside reported speech
	Approximator                     // rund, etwa, knapp, mehr als
	Downtoner                        // kaum, unwahrscheinlich, keineswegs
	Litotes                          // nicht ausgeschlossen, nicht unwahrscheinlich
	Intensifier                      // sehr, höchst, eher: only together with the cue it modifies
)

var classNames = [...]string{
	EpistemicAdverb: "epistemic-adverb",
	Booster:         "booster",
	EpistemicModal:  "epistemic-modal",
	Reportative:     "reportative",
	Evidential:      "evidential",
	Distancing:      "distancing",
	SpeculativeVerb: "speculative-verb",
	Impersonal:      "impersonal",
	Investigation:   "investigation",
	Condition:       "condition",
	Hypothetical:    "hypothetical",
	Approximator:    "approximator",
	Downtoner:       "downtoner",
	Litotes:         "litotes",
	Intensifier:     "intensifier",
}

// Classes returns all classes in the guide's order.
func Classes() []Class {
	cs := make([]Class, 0, len(classNames)-1)
	for c := EpistemicAdverb; int(c) < len(classNames); c++ {
		cs = append(cs, c)
	}
	return cs
}

// String returns the class name the guide and the CLI output use, such as
// "epistemic-adverb"; "Class(N)" for an invalid class.
func (c Class) String() string {
	if c > 0 && int(c) < len(classNames) {
		return classNames[c]
	}
	return fmt.Sprintf("Class(%d)", uint8(c))
}

// MarshalText implements encoding.TextMarshaler; an invalid class is an error.
func (c Class) MarshalText() ([]byte, error) {
	if c == 0 || int(c) >= len(classNames) {
		return nil, fmt.Errorf("hedge: invalid class %d", uint8(c))
	}
	return []byte(classNames[c]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler for the names [Class.String] returns.
func (c *Class) UnmarshalText(b []byte) error {
	v, err := ParseClass(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseClass returns the class named s ("booster", "speculative-verb", …).
func ParseClass(s string) (Class, error) {
	for i, n := range classNames {
		if i > 0 && n == s {
			return Class(i), nil
		}
	}
	return 0, fmt.Errorf("hedge: unknown class %q", s)
}

// A Value is a certainty value on the FactBank scale (certain, probable, possible,
// unknown, each with a polarity), plus the two values of the annotation guide: U for a
// cue that leaves the author's commitment open (hearsay, condition, hypothesis, open
// question) and None for a cue that changes the precision of content, not the
// commitment (approximators).
type Value uint8

// The values. CTu and Uu are FactBank's underspecified values; the guide marks cues
// with U instead of Uu.
const (
	CTPlus  Value = iota + 1 // certain: CT+
	PRPlus                   // probable: PR+
	PSPlus                   // possible: PS+
	CTMinus                  // certainly not: CT-
	PRMinus                  // probably not: PR-
	PSMinus                  // possibly not: PS-
	CTu                      // certain, polarity unknown: CTu
	Uu                       // unknown, polarity unknown: Uu
	U                        // the guide's "U": commitment left open
	None                     // "none": precision of content, not commitment
)

var valueNames = [...]string{
	CTPlus: "CT+", PRPlus: "PR+", PSPlus: "PS+",
	CTMinus: "CT-", PRMinus: "PR-", PSMinus: "PS-",
	CTu: "CTu", Uu: "Uu", U: "U", None: "none",
}

// Values returns all values.
func Values() []Value {
	vs := make([]Value, 0, len(valueNames)-1)
	for v := CTPlus; int(v) < len(valueNames); v++ {
		vs = append(vs, v)
	}
	return vs
}

// String returns the value as the guide spells it: "CT+", "PR-", "U", "none";
// "Value(N)" for an invalid value.
func (v Value) String() string {
	if v > 0 && int(v) < len(valueNames) {
		return valueNames[v]
	}
	return fmt.Sprintf("Value(%d)", uint8(v))
}

// MarshalText implements encoding.TextMarshaler; an invalid value is an error.
func (v Value) MarshalText() ([]byte, error) {
	if v == 0 || int(v) >= len(valueNames) {
		return nil, fmt.Errorf("hedge: invalid value %d", uint8(v))
	}
	return []byte(valueNames[v]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler for the names [Value.String]
// returns.
func (v *Value) UnmarshalText(b []byte) error {
	x, err := ParseValue(string(b))
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// ParseValue returns the value spelled s ("PR+", "CT-", "U", "none", …).
func ParseValue(s string) (Value, error) {
	for i, n := range valueNames {
		if i > 0 && n == s {
			return Value(i), nil
		}
	}
	return 0, fmt.Errorf("hedge: unknown value %q", s)
}

// Negate returns the value with the opposite polarity: PR+ becomes PR-. Values
// without a polarity (CTu, Uu, U, None) are returned unchanged.
func (v Value) Negate() Value {
	switch v {
	case CTPlus, PRPlus, PSPlus:
		return v + 3
	case CTMinus, PRMinus, PSMinus:
		return v - 3
	}
	return v
}
