package aussage

import (
	"sort"

	"github.com/aussage/aussage/internal/scratch"
	"github.com/aussage/aussage/internal/verbform"
)

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
	Token    int    // index of the finite verb in Tokens()
	Particle int    // index of its separated particle (teilte … mit), or 0 if none
	Lemma    string // the infinitive as a match key (see Fold), particle rejoined: "mitteilen"
	// Mood is the subjunctive whenever the form can be one in its context, so that
	// sie haben is Konjunktiv1 and er machte Konjunktiv2, both Ambiguous.
	Mood      Mood
	Ambiguous bool // the form is also an indicative (wir haben) or the other Konjunktiv
}

// Verbs returns the finite verbs of the text in text order. They are computed on first
// use; the slice is shared and must not be modified.
//
// Finiteness is decided in context: a capitalised word is a verb only at the start of
// a sentence or quotation; a word after an article and before a noun is an adjective
// (die erwarteten Zahlen); one clause (a stretch between commas, quotation marks and
// coordinating conjunctions) has one finite verb, so an infinitive or participle form
// beside an unambiguous finite one (sei … gewesen, werde … kommen) is not finite. A
// nearby subject pronoun selects the person (ich habe is indicative, er habe
// Konjunktiv I); without one the subject is taken to be in the third person, as in
// news almost always.
func (t *Text) Verbs() []Verb {
	t.verbOnce.Do(t.findVerbs)
	return t.verbs
}

// VerbAt returns the finite verb whose verb token is tok, if there is one.
func (t *Text) VerbAt(tok int) (Verb, bool) {
	vs := t.Verbs()
	i := sort.Search(len(vs), func(i int) bool { return vs[i].Token >= tok })
	if i < len(vs) && vs[i].Token == tok {
		return vs[i], true
	}
	return Verb{}, false
}

// VerbLemma returns the lemma of token tok if it is a verb form: for a finite verb
// the lemma of [Text.Verbs] (particle rejoined: teilte … mit gives "mitteilen"); for
// another form the lemma of its first non-finite reading (gesagt gives "sagen",
// mitzuteilen "mitteilen"). A capitalised word counts only as the first word of its
// sentence. Lemmas are match keys (see [Fold]).
func (t *Text) VerbLemma(tok int) (string, bool) {
	if v, ok := t.VerbAt(tok); ok {
		return v.Lemma, true
	}
	toks := t.Tokens()
	if tok < 0 || tok >= len(toks) || toks[tok].Kind != Word {
		return "", false
	}
	as := verbform.AnalyzeWord(toks[tok].Text, toks[tok].Key, t.sentenceInitial(tok))
	for _, a := range as {
		if a.Kind != verbform.Finite {
			return a.Lemma, true
		}
	}
	if len(as) > 0 {
		return as[0].Lemma, true
	}
	return "", false
}

// sentenceInitial reports whether tok is the first word of its sentence.
func (t *Text) sentenceInitial(tok int) bool {
	ss := t.Sentences()
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Tokens[1] > tok })
	if i == len(ss) {
		return false
	}
	toks := t.Tokens()
	for j := ss[i].Tokens[0]; j < tok; j++ {
		if toks[j].Kind == Word || toks[j].Kind == Number {
			return false
		}
	}
	return true
}

// A candidate is a word of a clause with a finite reading.
type candidate struct {
	tok      int
	readings []verbform.Analysis // the form's readings, all kinds
	fin      verbform.Finites    // its finite readings in short
	onlyFin  bool                // no non-finite reading: it must be the finite verb
}

// findVerbs works on sentences and its own light clause split, not on Clauses,
// because the clause splitter asks for the finite verbs.
func (t *Text) findVerbs() {
	toks := t.Tokens()
	// The lists hold one clause at a time, which rarely has more candidates or
	// pronouns than the arrays on the stack hold: growing lists on the heap cost
	// a few allocations per text.
	var candBuf [8]candidate
	cands := candBuf[:0]
	// prons are the subject pronouns of the clause, noted on the way: subjectOf
	// would otherwise walk the clause again.
	var pronBuf [8]int
	prons := pronBuf[:0]
	sents := t.Sentences()
	// Most sentences have a finite verb, and long ones about one more per sixteen
	// tokens. This bound is rarely exceeded, where a tenth of the tokens was too
	// small for about one news text in eight; growing the slice costs more than
	// its spare room.
	t.verbs = verbLists.get(t.recycled, len(sents)+len(toks)/16)
	for _, s := range sents {
		lo, hi := max(0, s.Tokens[0]), min(len(toks), s.Tokens[1])
		initial := true // the next word may be capitalised: sentence or quotation start
		segStart := lo
		// inherit is the subject of the clause before und/oder (ich gebe … und
		// bekomme) or before a comma after a main clause (ich probiere, übe …).
		var inherit inherited
		for i := lo; i <= hi; i++ {
			if i < hi {
				tok := &toks[i]
				switch tok.Kind {
				case Punct, QuoteOpen, QuoteClose, Dash:
					// ends the clause: below
				case Word:
					role := wordRole(tok.Key)
					if role == clauseBoundary {
						break // a coordinating conjunction ends the clause: below
					}
					if role == subjectPronoun {
						prons = append(prons, i)
					}
					// Most words are no verb forms: nouns are ruled out here, inline, as
					// AnalyzeWord would rule them out.
					if !initial && verbform.IsCapitalized(tok.Text) {
						continue
					}
					if as, sum, fin := verbform.AnalyzeFinite(tok.Key); len(as) > 0 {
						if c, ok := t.candidate(toks, i, segStart, hi, initial, as, sum); ok {
							c.fin = fin
							cands = append(cands, c)
						}
					}
					initial = false
					continue
				default:
					continue
				}
			}
			// A clause ends before i: at a boundary token, or at the sentence end.
			if segStart < i { // an empty clause (", und") passes the subject on
				// Asked once here for both uses: resolveSegment needs it for a clause
				// with candidates, the inheritance at a comma.
				comma := i < hi && toks[i].Kind != Word && toks[i].Text == ","
				sub := (len(cands) > 0 || comma) && isSubordinate(toks, segStart, i)
				subj := t.resolveSegment(toks, segStart, i, cands, prons, inherit, sub)
				cands, prons = cands[:0], prons[:0]
				inherit = inherited{}
				if i < hi && (toks[i].Kind == Word || comma && !sub) {
					inherit = subj
				}
			}
			if i < hi {
				// A quotation or a colon may begin a sentence of its own; a quotation
				// inside a clause ("Ende der 90er") mostly begins with a noun.
				k := &toks[i]
				initial = initial || k.Text == ":" ||
					(k.Kind == QuoteOpen || k.Kind == Dash) && (i == lo || toks[i-1].Text == ":")
			}
			segStart = i + 1
		}
	}
}

// The roles of a token for findVerbs.
const (
	otherRole      = iota
	clauseBoundary // ends a clause: punctuation, a quotation mark, a dash, a bracket, or a coordinating conjunction
	subjectPronoun // see isSubjectPronoun
)

// wordRole returns the role of a word with key w, which is not empty: a
// coordinating conjunction is a clauseBoundary. It is asked of every word, most of
// which have no role: a hash of the length and the first and last byte picks the
// one word of roleWords to compare with, where a switch over the first byte costs
// a mispredicted jump for many words.
func wordRole(w string) int {
	e := &roleWords[roleSlot(w)]
	if e.word == w {
		return e.role
	}
	return otherRole
}

// roleSlot hashes w, which is not empty, into roleWords. The words of roleWords
// have distinct slots (see TestRoleWords).
func roleSlot(w string) int {
	return (len(w) + int(w[0]) + 6*int(w[len(w)-1])) & 63
}

// roleWords holds the words with a role at their roleSlot.
var roleWords = func() (t [64]struct {
	word string
	role int
}) {
	for _, w := range []string{"und", "oder", "aber", "sondern", "sowie", "denn", "bzw"} {
		t[roleSlot(w)].word, t[roleSlot(w)].role = w, clauseBoundary
	}
	for _, w := range []string{"ich", "du", "er", "sie", "es", "wir", "ihr", "man"} {
		t[roleSlot(w)].word, t[roleSlot(w)].role = w, subjectPronoun
	}
	return t
}()

// candidate returns the readings as of word i, summarised by sum, if it can be a
// finite verb here.
func (t *Text) candidate(toks []Token, i, segStart, end int, initial bool, as []verbform.Analysis, sum verbform.Summary) (candidate, bool) {
	tok := &toks[i]
	fin, nonFin := sum&verbform.HasFinite != 0, sum&verbform.HasNonFinite != 0
	needsSubject, light := sum&verbform.FiniteNeedsSubj != 0, sum&verbform.FiniteLight != 0
	if !fin {
		return candidate{}, false
	}
	prev, next := "", ""
	if i > segStart {
		prev = toks[i-1].Key
	}
	if i+1 < end && toks[i+1].Kind == Word {
		next = toks[i+1].Key
	}
	if needsSubject && !(isSubjectPronoun(prev) && !politeSie(toks, i-1, segStart)) &&
		!(isSubjectPronoun(next) && !politeSie(toks, i+1, segStart)) && next != "das" && next != "dies" {
		return candidate{}, false // die gleiche Frage, Sie bitte; but es heiße, heiße das
	}
	if prev == "zu" {
		return candidate{}, false // zu kommen, zu ertränken
	}
	if !light && isPastOrAdjectiveEnding(tok.Key) &&
		(isDeterminer(prev) || i > segStart && toks[i-1].Kind == Number || isNumeral(prev)) {
		// die erwarteten Zahlen, zwei bestimmte Fragen: a participle as adjective.
		// Other forms stay (das zeige Wirkung): adjective look-alikes among them
		// are marked NeedsSubject in the lexicon.
		return candidate{}, false
	}
	if !light && i+1 < end && verbform.IsCapitalized(toks[i+1].Text) &&
		(isArticleOnly(prev) || i > segStart && toks[i-1].Kind == Number || isNumeral(prev) ||
			isDeterminer(prev) && i-1 > segStart && isPreposition(toks[i-2].Key)) {
		return candidate{}, false // zwei verdächtige Männer, auf die heiße Platte
	}
	if !light && initial && verbform.IsCapitalized(tok.Text) && !isSubjectPronoun(next) {
		// A sentence rarely begins with a lexical finite verb (Gibt es …, Kämen sie
		// …), but often with a plural noun that looks like one: Hinweise, Teile.
		return candidate{}, false
	}
	return candidate{tok: i, readings: as, onlyFin: !nonFin}, true
}

// isArticleOnly reports whether key is a determiner that cannot stand alone as the
// subject (unlike das, die, diese), so a verb-like word between it and a noun is an
// adjective.
func isArticleOnly(key string) bool {
	switch key {
	case "ein", "eine", "einen", "einem", "eines", "kein", "keine", "keinen", "keinem",
		"sein", "seine", "seinen", "seinem", "seines", "ihre", "ihren", "ihrem", "ihres",
		"unsere", "unseren", "unserem", "am", "im", "zum", "zur", "vom", "beim":
		return true
	}
	return false
}

// isNumeral reports whether key is a small cardinal number word.
func isNumeral(key string) bool {
	switch key {
	case "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf", "hundert", "tausend":
		return true
	}
	return false
}

// politeSie reports whether token i is a capitalised Sie inside its clause: the
// polite address, whose verb (Sie bitte, sagen Sie) is no reported speech.
func politeSie(toks []Token, i, segStart int) bool {
	return i > segStart && i < len(toks) && toks[i].Text == "Sie"
}

// isPastOrAdjectiveEnding reports whether key ends like an inflected Präteritum, which
// after an article is a participial adjective (die erwartete, der geplanten).
func isPastOrAdjectiveEnding(key string) bool {
	n := len(key)
	return n > 4 && (key[n-2:] == "te" || key[n-3:] == "ten")
}

// inherited is the subject that a clause passes on to the next. The subject of a
// clause without verb candidates is found only when the next clause asks for it,
// which few do: then end > start delimit the clause.
type inherited struct {
	subj       subject
	start, end int
}

// get returns the inherited subject.
func (h inherited) get(toks []Token) subject {
	if h.end > h.start {
		var buf [8]int
		return subjectOf(toks, pronounsIn(toks, h.start, h.end, buf[:0]), h.start, h.end, h.start)
	}
	return h.subj
}

// resolveSegment picks the finite verbs among the candidates of the clause
// toks[start:end], whose subject pronouns are prons, and records them. sub is
// isSubordinate of the clause.
// It returns the subject pronoun of the clause, or the inherited one.
func (t *Text) resolveSegment(toks []Token, start, end int, cands []candidate, prons []int, inherit inherited, sub bool) inherited {
	if len(cands) == 0 {
		return inherited{start: start, end: end}
	}
	subj := subjectOf(toks, prons, start, end, cands[0].tok)
	if subj.person == 0 && cands[0].tok == start {
		subj = inherit.get(toks) // ich gebe … und bekomme: a verb that opens its clause shares the subject
	}
	hasOnly := false
	for _, c := range cands {
		hasOnly = hasOnly || c.onlyFin
	}
	coordinated := start > 0 && toks[start-1].Kind == Word // after und, oder, aber
	first := true
	for j, c := range cands {
		switch {
		case coordinated && !hasOnly && c.tok == end-1 && hasInfinitive(c.readings):
			continue // werde … beobachten und eingreifen: a coordinated infinitive
		case hasOnly && !c.onlyFin:
			continue // werde … kommen: kommen is the infinitive
		case !hasOnly && sub && j != len(cands)-1:
			continue // dass sie kommen wollen: the last verb is finite
		case !hasOnly && !sub && j != 0:
			continue // sie wollen kommen: the first verb is finite
		}
		v := t.verb(c, subj)
		if v.Ambiguous && v.Mood == Konjunktiv2 && v.Lemma == "sollen" && c.tok == start && c.tok+1 < end {
			// Sollte es regnen, …: a clause-initial sollte is conditional, always Konjunktiv II
			v.Ambiguous = false
		}
		if first && !sub && c.tok < end-1 {
			t.attachParticle(toks, &v, end)
		}
		first = false
		// A text of more verbs than the estimate of findVerbs (er sagte: er
		// meinte: …) has its list grown to what the text so far predicts.
		t.verbs = append(scratch.Room(t.verbs, c.tok+1, len(toks), len(toks)), v)
	}
	return inherited{subj: subj}
}

// hasInfinitive reports whether one of the readings is an infinitive.
func hasInfinitive(as []verbform.Analysis) bool {
	for _, a := range as {
		if a.Kind == verbform.Infinitive {
			return true
		}
	}
	return false
}

// verb chooses the readings of candidate c that fit its subject and returns the verb.
func (t *Text) verb(c candidate, subj subject) Verb {
	person, plural := subj.person, subj.plural
	var seen [3]bool     // indicative, Konjunktiv I, Konjunktiv II
	var lemmas [3]string // the lemma of the first reading of each mood
	if c.fin.OneLemma() {
		// One lemma: the moods in short say all, and the readings, which would
		// mostly be a cache miss, are not read. The order is that of the passes
		// below.
		var moods uint8
		if person != 0 {
			moods = c.fin.Moods.Agreeing(person, plural)
		}
		if moods == 0 {
			moods = c.fin.Moods.Agreeing(3, -1)
		}
		if moods == 0 {
			moods = c.fin.Moods.Agreeing(0, -1)
		}
		lemma := c.fin.Lemma()
		for m := range seen {
			if moods&(1<<m) != 0 {
				seen[m], lemmas[m] = true, lemma
			}
		}
	}
	// Pass 0 takes the readings that agree with the subject pronoun, pass 1 those in
	// the third person (no pronoun, or one that agrees with no reading, as an
	// inherited one may not: wir sind uns einig, bestätige die Firma), pass 2 any.
	for pass := 0; pass < 3 && !c.fin.OneLemma() && !seen[0] && !seen[1] && !seen[2]; pass++ {
		if pass == 0 && person == 0 {
			continue
		}
		for k := range c.readings {
			a := &c.readings[k]
			if a.Kind != verbform.Finite || a.Mood == verbform.Imperative {
				continue
			}
			if pass == 0 && (a.Person != person || plural >= 0 && a.Plural != (plural == 1)) ||
				pass == 1 && a.Person != 3 {
				continue
			}
			if m := int(a.Mood); !seen[m] {
				seen[m], lemmas[m] = true, a.Lemma
			}
		}
	}
	mood := Indicative
	switch {
	case person == 1 && plural == 0 && seen[0]:
		// ich habe, ich gebe: Konjunktiv I is told apart only where it differs (ich sei)
	case seen[1]:
		mood = Konjunktiv1
	case seen[2]:
		mood = Konjunktiv2
	}
	return Verb{
		Token:     c.tok,
		Lemma:     lemmas[mood],
		Mood:      mood,
		Ambiguous: mood != Indicative && (seen[0] || seen[1] && seen[2]),
	}
}

// A subject is the person (0 if unknown) and number (1 plural, 0 singular, -1
// either) of a clause's subject pronoun.
type subject struct {
	person uint8
	plural int8
}

// pronounsIn appends the indexes of the subject pronouns of toks[start:end] to buf.
func pronounsIn(toks []Token, start, end int, buf []int) []int {
	for i := start; i < end; i++ {
		if toks[i].Kind == Word && isSubjectPronoun(toks[i].Key) {
			buf = append(buf, i)
		}
	}
	return buf
}

// subjectOf finds the subject pronoun of the clause toks[start:end], whose subject
// pronouns are prons (see pronounsIn), in order: the one nearest to verb, its first
// verb candidate (start if none).
func subjectOf(toks []Token, prons []int, start, end, verb int) subject {
	best := -1
	for _, i := range prons {
		if i == verb {
			continue
		}
		if toks[i].Key == "ihr" && i+1 < end && verbform.IsCapitalized(toks[i+1].Text) {
			continue // ihr Mann: the possessive
		}
		if best < 0 || abs(i-verb) < abs(best-verb) {
			best = i
		}
	}
	if best < 0 {
		return subject{0, -1}
	}
	switch toks[best].Key {
	case "ich":
		return subject{1, 0}
	case "du":
		return subject{2, 0}
	case "wir":
		return subject{1, 1}
	case "ihr":
		return subject{2, 1}
	case "sie":
		if best != start && verbform.IsCapitalized(toks[best].Text) {
			return subject{3, 1} // polite Sie
		}
		return subject{3, -1}
	}
	return subject{3, 0} // er, es, man
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// isSubjectPronoun reports whether key is a personal pronoun that can be a subject
// (the words of roleWords with that role).
func isSubjectPronoun(key string) bool {
	return key != "" && wordRole(key) == subjectPronoun
}

// isDeterminer reports whether key is an article or a determiner that begins a noun
// phrase, after which a verb-like word is an adjective.
func isDeterminer(key string) bool {
	switch key {
	case "der", "die", "das", "den", "dem", "des",
		"ein", "eine", "einen", "einem", "einer", "eines",
		"kein", "keine", "keinen", "keinem", "keiner", "keines",
		"dieser", "diese", "dieses", "diesen", "diesem",
		"jeder", "jede", "jedes", "jeden", "jedem",
		"sein", "seine", "seinen", "seinem", "seiner", "seines",
		"ihre", "ihren", "ihrem", "ihrer", "ihres",
		"unsere", "unseren", "unserem", "unserer", "unser",
		"alle", "allen", "aller", "viele", "vielen", "einige", "einigen", "mehrere", "beiden",
		"am", "im", "zum", "zur", "vom", "beim":
		return true
	}
	return false
}

// isSubordinate reports whether the clause toks[start:end] is a dependent clause,
// whose finite verb stands last: it begins with a subordinating conjunction, or with
// a relative or interrogative word (optionally after a preposition) that is not an
// article before a noun.
func isSubordinate(toks []Token, start, end int) bool {
	i := start
	if i < end && toks[i].Kind == Word && isPreposition(toks[i].Key) {
		i++
	}
	if i >= end || toks[i].Kind != Word {
		return false
	}
	k := toks[i].Key
	switch k {
	case "dass", "daß", "ob", "weil", "wenn", "als", "da", "obwohl", "obgleich", "nachdem",
		"bevor", "ehe", "damit", "sodass", "während", "falls", "sofern", "soweit", "seit",
		"seitdem", "bis", "indem", "wobei", "wodurch", "womit", "wonach", "worauf", "woran",
		"wovon", "wozu", "weshalb", "weswegen", "warum", "wieso", "wo", "wer", "wen", "wem",
		"wessen", "was", "wie", "welche", "welcher", "welches", "welchen", "welchem",
		"deren", "dessen", "denen", "je", "zumal", "solange", "sobald", "sooft":
		return !(k == "wie" && i+1 < end && toks[i+1].Key == "sie") || i == start
	case "der", "die", "das", "den", "dem":
		if start == 0 || toks[start-1].Text != "," {
			return false
		}
		return i+1 < end && !verbform.IsCapitalized(toks[i+1].Text) && !isDeterminer(toks[i+1].Key)
	}
	return false
}

// isPreposition reports whether key is a preposition that can stand before a relative
// pronoun (mit dem, in der, von denen).
func isPreposition(key string) bool {
	switch key {
	case "an", "auf", "aus", "bei", "durch", "für", "gegen", "hinter", "in", "mit", "nach",
		"neben", "ohne", "über", "um", "unter", "von", "vor", "wegen", "zu", "zwischen", "trotz":
		return true
	}
	return false
}

// attachParticle looks for the separated particle of v at the end of its clause
// (teilte … mit, wies … zurück) and rejoins it to the lemma.
func (t *Text) attachParticle(toks []Token, v *Verb, end int) {
	p := end - 1
	if p <= v.Token || toks[p].Kind != Word || verbform.IsCapitalized(toks[p].Text) || !verbform.IsParticle(toks[p].Key) {
		return
	}
	if v.Lemma == "sein" || v.Lemma == "werden" || verbform.IsModal(v.Lemma) {
		return // ist zurück, wird hoch: an adverb or predicative
	}
	if p-1 > v.Token && toks[p-1].Key == "wie" {
		return // nach wie vor
	}
	for i := max(v.Token+1, p-4); i < p; i++ {
		if toks[i].Key == "von" && toks[p].Key == "an" {
			return // von heute an
		}
	}
	if lemma, ok := verbform.Join(toks[p].Key, v.Lemma); ok {
		v.Lemma, v.Particle = lemma, p
	}
}
