package source

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/internal/lexicon"
	"github.com/aussage/aussage/internal/wordtab"
)

//go:embed verbs.tsv
var verbsTSV string

// A VerbClass says what a reporting verb tells about the speaker's commitment.
type VerbClass uint8

// The reporting-verb classes (docs/research/attribution.md §3).
const (
	NoClass     VerbClass = iota // no reporting verb (prepositional or impersonal frame)
	Neutral                      // sagen, erklären, mitteilen
	Distancing                   // behaupten, angeben: the author keeps a distance
	Negative                     // dementieren, bestreiten: the speaker denies the content
	Confirming                   // bestätigen, einräumen: factive or confirming
	Speculative                  // vermuten, glauben, davon ausgehen
	Directive                    // fordern, auffordern: the content is not a proposition
)

var classNames = [...]string{"", "neutral", "distancing", "negative", "confirming", "speculative", "directive"}

// String returns the class name as the lexicon spells it, "" for NoClass.
func (c VerbClass) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return "class?"
}

// A Medium is the channel of the reported utterance.
type Medium uint8

// The media.
const (
	UnknownMedium Medium = iota
	Speech
	Writing
	Thought
	Mixed // speech or writing (mitteilen, berichten)
)

var mediumNames = [...]string{"", "speech", "writing", "thought", "mixed"}

// String returns the medium's name, "" for UnknownMedium.
func (m Medium) String() string {
	if int(m) < len(mediumNames) {
		return mediumNames[m]
	}
	return "medium?"
}

// verbEntry is one reporting verb of verbs.tsv.
type verbEntry struct {
	lemma    string   // the infinitive with the particle joined: "mitteilen", "davon ausgehen"
	particle string   // folded separable particle, "" if none
	fixed    []string // folded words of the fixed phrase, in order ("davon"; "zu", "dem", "schluss")
	class    VerbClass
	medium   Medium
	content  bool // takes a content clause
	reported bool // may name a speech act without content
	prepSrc  bool // the source is the object of the fixed preposition
}

// formKind tells how a verb form stands in its clause.
type formKind uint8

const (
	finiteSplit  formKind = iota // finite, particle separated (teilte … mit) or no particle
	finiteJoined                 // finite with the particle attached (mitteilte): verb last
	nonFinite                    // participle or infinitive: a finite auxiliary carries the clause
)

type formRef struct {
	entry int
	kind  formKind
	// need holds the bits, in a clause's cue-word mask (clauseCues), of the
	// words the reading needs in its clause besides the form: the separated
	// particle (teilte … mit) and the first word of the fixed phrase (davon
	// ausgehen). A clause without them frames nothing with this reading.
	need uint32
}

// verbLexicon maps folded word forms to reporting verbs.
type verbLexicon struct {
	entries []verbEntry
	forms   map[string][]formRef
	// cues numbers the particles and the first words of the fixed phrases
	// from 1 (see formRef.need); the word classes carry the numbers, at cueShift
	cues map[string]uint32
	// table holds forms for lookup, which each form of a reporting verb in a
	// text asks: wordtab answers most of them without hashing the whole word
	table *wordtab.Table[*formReadings]
	// list holds the readings of the forms in the order of their keys; the
	// word-class table holds each form's index, so that the pass over the
	// words finds the readings of the verbs with their classes
	list  []formReadings
	index map[string]int32 // form → its readings' index in list
}

// formReadings are the readings of a word form: all of them, in the order of
// the lexicon, and in the order verbFrames tries them, with an auxiliary before
// the form in the clause (byPass[1]) and without (byPass[0]). With an auxiliary,
// erklärt is the participle (hat … erklärt), and a verb with a particle comes
// before the plain one (forderten … auf is auffordern, not fordern).
type formReadings struct {
	all    []formRef
	byPass [2][]formRef
}

// pass is the place of the reading r in the order of formReadings.byPass[aux]:
// first the readings whose kind fits the auxiliary, with a particle before
// those without.
func (l *verbLexicon) pass(r formRef, aux bool) int {
	p := 0
	if (r.kind == nonFinite) != aux {
		p += 2
	}
	if l.entries[r.entry].particle == "" {
		p++
	}
	return p
}

var verbs = mustVerbs()

func mustVerbs() *verbLexicon {
	l, err := parseVerbs("verbs.tsv", verbsTSV)
	if err != nil {
		panic(err) // the embedded file is tested; a broken build must fail loudly
	}
	return l
}

var inseparable = []string{"be", "er", "ver", "zer", "ent", "emp", "ge", "miss", "über", "unter", "hinter", "wider"}

func parseVerbs(name, text string) (*verbLexicon, error) {
	recs, err := lexicon.Read(name, strings.NewReader(text))
	if err != nil {
		return nil, err
	}
	l := &verbLexicon{forms: map[string][]formRef{}}
	seen := map[string]bool{}
	for _, r := range recs {
		if len(r.Fields) < 4 || len(r.Fields) > 5 {
			return nil, lexicon.Errorf(name, r, "want 4 or 5 fields, have %d", len(r.Fields))
		}
		words := strings.Fields(r.Fields[0])
		verb := words[len(words)-1]
		var e verbEntry
		for _, w := range words[:len(words)-1] {
			e.fixed = append(e.fixed, aussage.Fold(w))
		}
		base := verb
		if p, b, ok := strings.Cut(verb, "|"); ok {
			e.particle, base = aussage.Fold(p), b
		}
		e.lemma = strings.Join(append(words[:len(words)-1:len(words)-1], strings.ReplaceAll(verb, "|", "")), " ")
		if seen[e.lemma] {
			return nil, lexicon.Errorf(name, r, "duplicate lemma %q", e.lemma)
		}
		seen[e.lemma] = true
		class, ok := nameIndex(classNames[:], r.Fields[1])
		if !ok || class == int(NoClass) {
			return nil, lexicon.Errorf(name, r, "unknown class %q", r.Fields[1])
		}
		medium, ok := nameIndex(mediumNames[:], r.Fields[2])
		if !ok || medium == int(UnknownMedium) {
			return nil, lexicon.Errorf(name, r, "unknown medium %q", r.Fields[2])
		}
		e.class, e.medium = VerbClass(class), Medium(medium)
		for _, f := range r.Fields[3] {
			switch f {
			case 'c':
				e.content = true
			case 'r':
				e.reported = true
			case 'p':
				e.prepSrc = true
			case 'q', '-':
			default:
				return nil, lexicon.Errorf(name, r, "unknown flag %q", f)
			}
		}
		var strong []string
		if len(r.Fields) == 5 {
			strong = strings.Split(r.Fields[4], ",")
			if len(strong) != 3 {
				return nil, lexicon.Errorf(name, r, "want 3 irregular forms, have %d", len(strong))
			}
		}
		idx := len(l.entries)
		l.entries = append(l.entries, e)
		for _, f := range conjugate(aussage.Fold(base), strong) {
			l.add(f.form, idx, f.kind, e.particle)
		}
	}
	keys := slices.Sorted(maps.Keys(l.forms)) // the same layout on every run
	if err := l.numberCues(); err != nil {
		return nil, err
	}
	// the readings and their lists lie in one array each, in the order of the
	// keys: verbFrames reads them for every verb form of a text, and lists
	// allocated one by one would lie scattered over the heap
	n := 0
	for _, rs := range l.forms {
		n += len(rs)
	}
	backing := make([]formRef, 0, 3*n) // all and byPass: never grown, so the lists stay put
	readings := make([]formReadings, len(keys))
	refs := make([]*formReadings, len(keys))
	for i, k := range keys {
		rs := &readings[i]
		from := len(backing)
		backing = append(backing, l.forms[k]...)
		rs.all = backing[from:len(backing):len(backing)]
		l.forms[k] = rs.all
		for j, r := range rs.all {
			e := &l.entries[r.entry]
			if r.kind == finiteSplit && e.particle != "" {
				rs.all[j].need |= 1 << l.cues[e.particle]
			}
			if len(e.fixed) > 0 {
				rs.all[j].need |= 1 << l.cues[e.fixed[0]]
			}
		}
		for aux := range 2 {
			from := len(backing)
			backing = append(backing, rs.all...)
			rs.byPass[aux] = backing[from:len(backing):len(backing)]
			slices.SortStableFunc(rs.byPass[aux], func(x, y formRef) int { return l.pass(x, aux == 1) - l.pass(y, aux == 1) })
		}
		refs[i] = rs
	}
	l.table, l.list = wordtab.New(keys, refs), readings
	l.index = make(map[string]int32, len(keys))
	for i, k := range keys {
		l.index[k] = int32(i)
	}
	return l, nil
}

// maxCues is how many cue words the bits above cueShift can number.
const maxCues = 1<<(32-cueShift) - 1

// numberCues numbers the particles and the first words of the fixed phrases, in
// the order of the lexicon.
func (l *verbLexicon) numberCues() error {
	l.cues = map[string]uint32{}
	for _, e := range l.entries {
		ws := e.fixed[:min(len(e.fixed), 1)]
		if e.particle != "" {
			ws = append(ws[:len(ws):len(ws)], e.particle)
		}
		for _, w := range ws {
			if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
				// the word classes of other tokens are not looked up (analysis.cues)
				return fmt.Errorf("verbs.tsv: %q: a particle or fixed word of letters only", w)
			}
			if l.cues[w] == 0 {
				if len(l.cues) == maxCues {
					return fmt.Errorf("verbs.tsv: more than %d particles and first words of fixed phrases", maxCues)
				}
				l.cues[w] = uint32(len(l.cues) + 1)
			}
		}
	}
	return nil
}

type genForm struct {
	form string
	kind formKind
}

// conjugate generates the finite forms, the past participle and the infinitive of a
// verb (without particle); nonFinite marks the last two.
func conjugate(base string, strong []string) []genForm {
	stem := strings.TrimSuffix(base, "en")
	if stem == base {
		stem = strings.TrimSuffix(base, "n") // äußern, handeln
	}
	e := ""
	if strings.HasSuffix(stem, "t") || strings.HasSuffix(stem, "d") || epenthetic(stem) {
		e = "e" // berichtet, begründete, bezeichnete
	}
	var fs []genForm
	fin := func(s ...string) {
		for _, f := range s {
			fs = append(fs, genForm{f, finiteSplit})
		}
	}
	fin(stem+"e", stem+e+"st", stem+e+"t", base)
	if strong == nil {
		fin(stem+e+"te", stem+e+"ten", stem+e+"test")
		part := stem + e + "t"
		if !hasPrefix(base, inseparable) && !strings.HasSuffix(base, "ieren") {
			part = "ge" + part
		}
		fs = append(fs, genForm{part, nonFinite})
	} else {
		past := aussage.Fold(strong[1])
		pl := past + "en"
		if strings.HasSuffix(past, "e") {
			pl = past + "n"
		}
		fin(aussage.Fold(strong[0]), past, pl, past+"st")
		fs = append(fs, genForm{aussage.Fold(strong[2]), nonFinite})
	}
	fs = append(fs, genForm{base, nonFinite}, genForm{"zu" + base, nonFinite})
	return fs
}

// epenthetic reports whether a stem ending in m or n after another consonant takes
// an e before the ending (bezeichnete, rechnet), as opposed to lernte or filmte.
func epenthetic(stem string) bool {
	n := len(stem)
	if n < 3 || (stem[n-1] != 'm' && stem[n-1] != 'n') {
		return false
	}
	switch stem[n-2] {
	case 'a', 'e', 'i', 'o', 'u', 'l', 'r', 'm', 'n':
		return false
	}
	return stem[n-2] < 0x80 // ä, ö, ü are vowels too
}

func hasPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) && len(s) > len(p)+3 {
			return true
		}
	}
	return false
}

func (l *verbLexicon) add(form string, entry int, kind formKind, particle string) {
	for _, r := range l.forms[form] {
		if r.entry == entry && r.kind == kind && particle == "" {
			return // sagt is both the weak and the listed form
		}
	}
	if particle == "" {
		l.forms[form] = append(l.forms[form], formRef{entry: entry, kind: kind})
		return
	}
	switch kind {
	case nonFinite:
		form = particle + form // mitgeteilt, mitzuteilen
		l.forms[form] = append(l.forms[form], formRef{entry: entry, kind: nonFinite})
	default:
		l.forms[form] = append(l.forms[form], formRef{entry: entry, kind: finiteSplit})
		l.forms[particle+form] = append(l.forms[particle+form], formRef{entry: entry, kind: finiteJoined})
	}
}

// lookup returns the reporting-verb readings of a folded word form.
func (l *verbLexicon) lookup(key string) []formRef {
	if refs, _ := l.table.Get(key); refs != nil {
		return refs.all
	}
	return nil
}

// nameIndex returns the index of s in names, the spellings of an enumeration.
func nameIndex(names []string, s string) (int, bool) {
	for i, n := range names {
		if n == s {
			return i, true
		}
	}
	return 0, false
}
