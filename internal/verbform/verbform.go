package verbform

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Kind says whether a verb form is finite and, if not, which non-finite form it is.
type Kind uint8

// The kinds of verb forms.
const (
	Finite       Kind = iota // inflected for person and number: sagt, sagte, sage
	Infinitive               // sagen, mitteilen
	ZuInfinitive             // mitzuteilen (zu joined between particle and verb)
	Participle               // Partizip II: gesagt, mitgeteilt, verändert
)

var kindNames = [...]string{"finite", "infinitive", "zu-infinitive", "participle"}

// String returns the kind's name: "finite", "infinitive", "zu-infinitive", "participle".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// A Mood is the mood of a finite form.
type Mood uint8

// The moods. They mirror aussage.Mood.
const (
	Indicative   Mood = iota
	Subjunctive1      // Konjunktiv I: sei, habe, gebe
	Subjunctive2      // Konjunktiv II: wäre, hätte, gäbe, and every weak Präteritum
	Imperative
)

var moodNames = [...]string{"indicative", "konjunktiv1", "konjunktiv2", "imperative"}

// String returns the mood's name: "indicative", "konjunktiv1", "konjunktiv2", "imperative".
func (m Mood) String() string {
	if int(m) < len(moodNames) {
		return moodNames[m]
	}
	return "mood?"
}

// A Tense is the tense of a finite form. Konjunktiv I forms are Present and
// Konjunktiv II forms Past, as grammars and treebanks file them.
type Tense uint8

// The tenses.
const (
	Present Tense = iota
	Past
)

// An Analysis is one reading of a word form.
type Analysis struct {
	Lemma  string // the infinitive, separable particle included: "mitteilen"
	Kind   Kind
	Mood   Mood  // finite forms only
	Tense  Tense // finite forms only
	Person uint8 // 1, 2 or 3 for finite forms (2 for imperatives), 0 otherwise
	Plural bool  // finite forms only
	// NeedsSubject marks a reading that is rarer than another part of speech the
	// same word spells (bitte the particle, sichere the adjective, zufolge the
	// postposition): take it as a verb only with a subject pronoun next to it.
	NeedsSubject bool
}

// Analyze returns the readings of the word form with match key key (see
// aussage.Fold), or nil if it is not a known verb form. The result is shared and
// must not be modified. Lookups do not allocate, except the first one of a word
// that a derivation rule (prefixed, particle and -ieren verbs) had to look at, whose
// result is then cached.
func Analyze(key string) []Analysis {
	as, _, _ := AnalyzeFinite(key)
	return as
}

// A Summary says which kinds of readings a form has, so that a caller can rule a
// form in or out without reading its readings.
type Summary uint8

// The summary bits. A finite reading here is one that is not an imperative.
const (
	HasFinite       Summary = 1 << iota // a finite reading
	HasNonFinite                        // an infinitive, zu-infinitive or participle reading
	FiniteNeedsSubj                     // a finite reading with NeedsSubject
	FiniteLight                         // a finite reading of an auxiliary or modal verb
)

// Summarize returns the summary of the readings as.
func Summarize(as []Analysis) Summary {
	var s Summary
	for _, a := range as {
		switch {
		case a.Kind != Finite:
			s |= HasNonFinite
		case a.Mood == Imperative:
		default:
			s |= HasFinite
			if a.NeedsSubject {
				s |= FiniteNeedsSubj
			}
			if IsAuxiliary(a.Lemma) || IsModal(a.Lemma) {
				s |= FiniteLight
			}
		}
	}
	return s
}

// A MoodSet is the moods of the finite readings of a form (imperatives aside) by
// person and number: bit 3*(2*(person-1)+plural)+mood, plural 0 or 1.
type MoodSet uint32

// moodBit returns the bit of a finite reading a in a MoodSet.
func moodBit(a *Analysis) MoodSet {
	p := 0
	if a.Plural {
		p = 1
	}
	return 1 << (3*(2*(int(a.Person)-1)+p) + int(a.Mood))
}

// Agreeing returns the moods of the readings in m that agree with a subject of
// person (1 to 3; 0 for any) and number (0 singular, 1 plural, -1 either), as a
// set of bits 1<<Mood.
func (m MoodSet) Agreeing(person uint8, plural int8) uint8 {
	// Each octal digit of m is the moods of one person and number.
	if person != 0 {
		m &= 077 << (6 * (person - 1))
	}
	if plural >= 0 {
		m &= 070707 << (3 * plural)
	}
	m |= m >> 9
	m |= m >> 3
	m |= m >> 6 // the digits or'ed into the lowest
	return uint8(m & 7)
}

// A Finites is the finite readings of a form (imperatives aside) in short, for a
// caller that picks a mood without reading the readings, which costs a cache miss
// for most forms: their moods, and their one lemma, which is read only when asked
// for, as most forms are no finite verb in their context. The zero Finites, of a
// form without finite readings or with finite readings of more than one lemma,
// says nothing: the caller then has to read the readings.
type Finites struct {
	Moods MoodSet
	lemma *string
}

// OneLemma reports whether the finite readings have one lemma, which Lemma returns.
func (f Finites) OneLemma() bool { return f.lemma != nil }

// Lemma returns the one lemma of the finite readings, or "" if there is none.
func (f Finites) Lemma() string {
	if f.lemma == nil {
		return ""
	}
	return *f.lemma
}

// finiteOf returns the Finites of the readings as.
func finiteOf(as []Analysis) Finites {
	var f Finites
	for i := range as {
		a := &as[i]
		if a.Kind != Finite || a.Mood == Imperative {
			continue
		}
		if a.Person < 1 || a.Person > 3 || a.Mood > Subjunctive2 || f.lemma != nil && *f.lemma != a.Lemma {
			return Finites{}
		}
		if f.lemma == nil {
			f.lemma = &a.Lemma
		}
		f.Moods |= moodBit(a)
	}
	return f
}

// AnalyzeFinite is [Analyze] with the [Summarize] of the readings and their
// [Finites], which for most forms are stored beside them.
func AnalyzeFinite(key string) ([]Analysis, Summary, Finites) {
	l := lex()
	if len(key) >= 2 && !l.mayEnd(key) {
		return nil, 0, Finites{}
	}
	h := bloomHash(key)
	if l.mayBeListedHash(h) {
		if as, sum, f, ok := l.table.lookupFinite(key); ok {
			return as, sum, f
		}
	}
	return l.derived(key, h)
}

// AnalyzeWord is [Analyze] for a word as written: text is the word, key its match
// key. A capitalised word is taken as a verb only when initial is true (the word
// begins a sentence or a quotation), since German capitalises nouns: Sei, Essen and
// Laufen in mid-sentence are nouns.
func AnalyzeWord(text, key string, initial bool) []Analysis {
	if !initial && IsCapitalized(text) {
		return nil
	}
	return Analyze(key)
}

// IsCapitalized reports whether s begins with an upper-case letter.
func IsCapitalized(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return s[0]-'A' < 26 // small enough to be inlined
	}
	return isCapitalizedRune(s)
}

func isCapitalizedRune(s string) bool {
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// Is reports whether the word form with match key key can be a form of lemma (an
// infinitive such as "sagen" or "mitteilen", in match-key spelling).
func Is(key, lemma string) bool {
	for _, a := range Analyze(key) {
		if a.Lemma == lemma {
			return true
		}
	}
	return false
}

// IsFinite reports whether the word form with match key key has a finite reading.
func IsFinite(key string) bool {
	for _, a := range Analyze(key) {
		if a.Kind == Finite {
			return true
		}
	}
	return false
}

// Known reports whether lemma (an infinitive in match-key spelling) is a verb of the
// lexicon, directly or by a prefix, particle or -ieren rule.
func Known(lemma string) bool {
	for _, a := range Analyze(lemma) {
		if a.Kind == Infinitive && a.Lemma == lemma {
			return true
		}
	}
	return false
}

// IsAuxiliary reports whether lemma is one of the auxiliaries sein, haben, werden.
func IsAuxiliary(lemma string) bool {
	return lemma == "sein" || lemma == "haben" || lemma == "werden"
}

// IsModal reports whether lemma is a modal verb: können, müssen, dürfen, sollen,
// wollen, mögen.
func IsModal(lemma string) bool {
	switch lemma {
	case "können", "müssen", "dürfen", "sollen", "wollen", "mögen":
		return true
	}
	return false
}

// IsParticle reports whether key (a match key) is a separable verb particle that
// may stand alone at the end of a clause (teilte … mit, geht … hervor). Particles
// that are mostly adverbs there (dazu, wieder) are excluded; they are still split
// off joined forms by [Analyze].
func IsParticle(key string) bool {
	l := lex()
	if key == "" || len(key) > int(l.particleLen[key[0]]) {
		return false
	}
	p, ok := l.particles[key]
	return ok && !p.joinedOnly
}

// Join returns the lemma of the separable verb made of particle and the verb lemma:
// Join("mit", "teilen") is "mitteilen". It reports false if particle is not a
// separable particle or lemma is a modal verb, which takes no particle.
func Join(particle, lemma string) (string, bool) {
	if _, ok := lex().particles[particle]; !ok || IsModal(lemma) || lemma == "" {
		return "", false
	}
	return particle + lemma, true
}

// fold is aussage.Fold, repeated here because the root package imports this one:
// lower case, ß and ẞ as "ss".
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case 'ß', 'ẞ':
			b.WriteString("ss")
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
