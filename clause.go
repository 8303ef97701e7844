package aussage

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aussage/aussage/internal/wordtab"
)

// A ClauseKind says how a clause attaches to its sentence.
type ClauseKind uint8

// The clause kinds.
const (
	MainClause        ClauseKind = iota // a main clause (verb second)
	ContentClause                       // dass, ob, w-word: the content of a verb of saying or thinking
	AdverbialClause                     // weil, wenn, obwohl, damit, …
	RelativeClause                      // der, die, das, welche, wo, … after a comma
	InfinitiveClause                    // um … zu, ohne … zu, … zu + infinitive
	ParentheticalPart                   // a bracketed or dash-delimited insertion
)

var clauseKindNames = [...]string{"main", "content", "adverbial", "relative", "infinitive", "parenthetical"}

// String returns the kind's name.
func (k ClauseKind) String() string {
	if int(k) < len(clauseKindNames) {
		return clauseKindNames[k]
	}
	return "clause?"
}

// A Clause is a stretch of a sentence between clause boundaries.
//
// Punctuation that separates two clauses goes with the first: the comma before "dass",
// the colon before a quotation, the closing quotation mark and the comma after it
// („Wir kommen“, | sagte er). Opening brackets, dashes and quotation marks go with the
// clause they open.
type Clause struct {
	Span     Span   // bytes in the original
	Tokens   [2]int // Tokens()[Tokens[0]:Tokens[1]]
	Sentence int    // index in Sentences()
	// Intro is the index of the introducing word (dass, weil, um, aber; in "in dem" the
	// relative pronoun dem), or 0 if none. (A clause that opens the whole text with
	// its introducing word, token 0, reports 0 too.)
	Intro int
	// Kind and Quoted come last, side by side, so that they share one word: a
	// clause takes 56 bytes instead of 64.
	Kind ClauseKind
	// Quoted is set for a clause inside a quotation that itself starts a clause: a
	// quoted sentence („Wir kommen“) or a quotation after a colon. A partial quotation
	// inside a clause (nannte das „völlig falsch“) does not make a clause of its own.
	Quoted bool
}

// Clauses returns the clauses of all sentences in text order. They cover each
// sentence's tokens without gaps; the slice is shared and must not be modified.
//
// Boundaries are found from words and punctuation, with the finite verbs of
// [Text.Verbs] as a help: a comma before a subordinating conjunction (dass, weil),
// a w-word, a relative pronoun (der, in dem, dessen) not followed by its noun, "um …
// zu", a coordinating conjunction (aber, und + finite verb), or a finite verb (", sagte
// er"); a comma after the last word of a verb-final clause returns to the clause it
// interrupted. Colons, quotations that start a clause, brackets and paired dashes are
// boundaries too.
func (t *Text) Clauses() []Clause {
	t.clauseOnce.Do(t.findClauses)
	return t.clauses
}

// clauser holds the state of the clause pass over one text.
type clauser struct {
	t     *Text
	toks  []Token
	fin   []bool // fin[i]: token i is a finite verb
	out   []Clause
	sent  int
	outer []ClauseKind // kinds of the clauses interrupted by the current one
	// comma is the first comma at or after commaFrom in the current sentence (the
	// sentence end if none), so that initial does not rescan the sentence after
	// every colon: "Er sagte: er meinte: …" would be quadratic.
	comma, commaFrom int
}

// an open clause
type openClause struct {
	start  int
	kind   ClauseKind
	intro  int
	quoted bool
	hasFin bool // a finite verb seen since start
}

func (t *Text) findClauses() {
	toks := t.Tokens()
	c := clauser{t: t, toks: toks, fin: finLists.get(true, len(toks))[:len(toks)]}
	for _, v := range t.Verbs() {
		if v.Token >= 0 && v.Token < len(toks) {
			c.fin[v.Token] = true
		}
	}
	// A clause mostly holds one finite verb, and one without any is mostly a
	// sentence of its own (a headline): this bound is rarely exceeded, where twice
	// the sentences often is.
	c.out = clauseLists.get(t.recycled, len(t.Sentences())+len(t.Verbs()))
	for si, s := range t.Sentences() {
		c.sent = si
		c.sentence(s.Tokens[0], s.Tokens[1])
	}
	t.clauses = c.out
	finLists.put(c.fin)
}

func (c *clauser) emit(cl *openClause, end int) {
	if end <= cl.start {
		return
	}
	c.out = append(c.out, Clause{
		Span:     Span{c.toks[cl.start].Span.Start, c.toks[end-1].Span.End},
		Tokens:   [2]int{cl.start, end},
		Sentence: c.sent,
		Kind:     cl.kind,
		Intro:    cl.intro,
		Quoted:   cl.quoted,
	})
}

// next closes cl before token end and opens a new clause there.
func (c *clauser) next(cl *openClause, end int, kind ClauseKind, intro int, quoted bool) {
	c.emit(cl, end)
	*cl = openClause{start: end, kind: kind, intro: intro, quoted: quoted}
}

// resume returns the kind of the clause that the ending one interrupted.
func (c *clauser) resume() ClauseKind {
	if n := len(c.outer); n > 0 {
		k := c.outer[n-1]
		c.outer = c.outer[:n-1]
		return k
	}
	return MainClause
}

func (c *clauser) sentence(lo, hi int) {
	toks := c.toks
	c.outer = c.outer[:0]
	c.comma, c.commaFrom = -1, -1
	cl := openClause{start: lo, kind: MainClause}
	if kind, intro, ok := c.initial(lo, hi); ok {
		cl.kind, cl.intro = kind, intro
	}
	quoteDepth := 0
	quoteClause := false // the open quotation started a clause
	// quoteText: the open quotation has more than quotation marks. An empty one
	// ("", „“) ends no clause: a text of nothing but ASCII quotes would otherwise
	// become one clause per pair of marks.
	quoteText := false
	parenDepth := 0
	dashOpen := false
	for i := lo; i < hi; i++ {
		tok := &toks[i]
		if c.fin[i] {
			cl.hasFin = true
		}
		if quoteDepth > 0 && !quoteText && !isQuoteMark(tok) {
			quoteText = true
		}
		switch tok.Kind {
		case Word:
			// Most tokens are words, to which none of the cases below applies, only
			// this test for a coordinator: tested first, a word skips them all.
			if parenDepth == 0 && cl.hasFin && i > cl.start && isCoordinator(tok.Key) && tok.Key != "denn" {
				c.coordinated(&cl, i, hi, quoteDepth > 0 && quoteClause)
			}
			continue
		case Number:
			continue // none of the cases below
		}
		switch {
		case tok.Kind == QuoteOpen || tok.Kind == Symbol && tok.Text == "`" && (i+1 >= hi || toks[i+1].Text != "`"):
			quoteDepth++
			if quoteDepth > 1 {
				continue
			}
			quoteText = false
			prev := ""
			if i > lo {
				prev = toks[i-1].Text
			}
			switch {
			case i == cl.start:
				cl.quoted, quoteClause = true, true
			case prev == "," || prev == ":" || prev == ";":
				c.next(&cl, i, MainClause, 0, true)
				c.outer = c.outer[:0]
				quoteClause = true
			}
		case tok.Kind == QuoteClose || tok.Kind == Symbol && tok.Text == "'" && i > lo && toks[i-1].Text == "'":
			if quoteDepth == 0 {
				continue
			}
			quoteDepth--
			if quoteDepth > 0 || !quoteClause {
				continue
			}
			quoteClause = false
			if !quoteText {
				cl.quoted = false // nothing was quoted
				continue
			}
			end := i + 1
			for end < hi && toks[end].Gap == NoSpace && (toks[end].Kind == QuoteClose || toks[end].Text == "'") {
				end++ // the second ' of ''
			}
			if end < hi && toks[end].Text == "," {
				end++
			}
			if c.onlyMarks(end, hi) {
				end = hi // the final period after a closing quotation mark stays with it
			}
			if end < hi {
				c.next(&cl, end, MainClause, 0, false)
				c.outer = c.outer[:0]
				if kind, intro, ok := c.after(end, hi, true); ok {
					cl.kind, cl.intro = kind, intro
				}
			}
			i = end - 1
		case tok.Kind == Punct && (tok.Text == "(" || tok.Text == "["):
			parenDepth++
			if parenDepth == 1 && i > lo {
				c.outer = append(c.outer, cl.kind)
				c.next(&cl, i, ParentheticalPart, 0, quoteDepth > 0 && quoteClause)
			} else if parenDepth == 1 {
				cl.kind = ParentheticalPart
			}
		case tok.Kind == Punct && (tok.Text == ")" || tok.Text == "]"):
			if parenDepth == 0 {
				continue
			}
			parenDepth--
			if parenDepth == 0 && i+1 < hi && cl.kind == ParentheticalPart {
				c.next(&cl, i+1, c.resume(), 0, quoteDepth > 0 && quoteClause)
			}
		case parenDepth > 0:
			// Inside brackets only the brackets count.
		case tok.Kind == Dash && tok.Gap >= Space && i > lo && i+1 < hi:
			switch {
			case dashOpen:
				// The closing dash of an insertion: the outer clause resumes after it.
				dashOpen = false
				c.next(&cl, i+1, c.resume(), 0, quoteDepth > 0 && quoteClause)
			case c.pairedDash(i, hi):
				dashOpen = true
				c.outer = append(c.outer, cl.kind)
				c.next(&cl, i, ParentheticalPart, 0, quoteDepth > 0 && quoteClause)
			default:
				c.next(&cl, i, MainClause, 0, quoteDepth > 0 && quoteClause)
				c.outer = c.outer[:0]
			}
		case tok.Kind == Punct && (tok.Text == ":" || tok.Text == ";") && i+1 < hi:
			if toks[i+1].Kind == QuoteOpen {
				continue // the quotation opens the next clause
			}
			c.next(&cl, i+1, MainClause, 0, quoteDepth > 0 && quoteClause)
			c.outer = c.outer[:0]
			if kind, intro, ok := c.initial(i+1, hi); ok {
				cl.kind, cl.intro = kind, intro
			}
		case tok.Kind == Punct && tok.Text == "," && i+1 < hi:
			if toks[i+1].Kind == QuoteOpen {
				continue // the quotation opens the next clause
			}
			if kind, intro, ok := c.after(i+1, hi, cl.hasFin); ok {
				sub := cl.kind != MainClause && cl.kind != ParentheticalPart
				coord := intro > 0 && isCoordinator(toks[intro].Key)
				switch {
				case coord && sub && !c.closed(i, &cl):
					kind = cl.kind // coordinated dependent clauses: dass …, und dass …
				case coord || kind == MainClause:
					c.outer = c.outer[:0]
				case !sub || !c.closed(i, &cl):
					// The new clause interrupts the open one, which resumes after it. A
					// dependent clause that ended here has nothing left to resume.
					c.outer = append(c.outer, cl.kind)
				}
				c.next(&cl, i+1, kind, intro, quoteDepth > 0 && quoteClause)
				continue
			}
			if cl.kind != MainClause && cl.kind != ParentheticalPart && c.closed(i, &cl) {
				c.next(&cl, i+1, c.resume(), 0, quoteDepth > 0 && quoteClause)
			}
		}
	}
	c.emit(&cl, hi)
}

// coordinated handles und, oder, aber at i without a comma before, in an open
// clause with a finite verb: a new clause begins if a finite verb follows in
// second position (und sie ging, und ging).
func (c *clauser) coordinated(cl *openClause, i, hi int, inQuote bool) {
	if c.verbSecond(i+1, hi) {
		kind := MainClause
		if cl.kind != MainClause && cl.kind != ParentheticalPart {
			kind = cl.kind
		}
		c.next(cl, i, kind, i, inQuote)
	}
}

// isQuoteMark reports whether tok is a quotation mark, including the ` and ' that
// stand in for them.
func isQuoteMark(tok *Token) bool {
	return tok.Kind == QuoteOpen || tok.Kind == QuoteClose || tok.Kind == Symbol && (tok.Text == "`" || tok.Text == "'")
}

// closed reports whether the clause cl ends at the comma at i: it has a finite verb,
// or the word before the comma is a lower-case word (the verb of a verb-final clause:
// "der dort wohnt,") rather than a noun of an enumeration ("dass er Äpfel, Birnen").
func (c *clauser) closed(i int, cl *openClause) bool {
	if i <= cl.start {
		return false
	}
	if cl.hasFin {
		return true
	}
	p := &c.toks[i-1]
	if p.Kind != Word {
		return p.Kind == QuoteClose
	}
	r, _ := utf8.DecodeRuneInString(p.Text)
	return unicode.IsLower(r)
}

// onlyMarks reports whether the tokens [j, hi) are all punctuation.
func (c *clauser) onlyMarks(j, hi int) bool {
	for k := j; k < hi; k++ {
		if c.toks[k].Kind != Punct {
			return false
		}
	}
	return true
}

// pairedDash reports whether another free-standing dash follows the one at i in
// the sentence, so that the two enclose an insertion.
func (c *clauser) pairedDash(i, hi int) bool {
	for k := i + 1; k < hi; k++ {
		if t := &c.toks[k]; t.Kind == Dash && t.Gap >= Space {
			return true
		}
	}
	return false
}

// verbSecond reports whether a finite verb stands at j or j+1 (after one word, the
// subject: "und sie ging") within the sentence.
func (c *clauser) verbSecond(j, hi int) bool {
	for k := j; k < hi && k <= j+1; k++ {
		if c.fin[k] {
			return true
		}
		if c.toks[k].Kind != Word {
			return false
		}
	}
	return false
}

// initial classifies a clause that opens a sentence or follows a colon: a
// subordinating conjunction or "um … zu" makes it subordinate if a comma follows
// later ("Weil er krank war, blieb er zu Hause.").
func (c *clauser) initial(j, hi int) (ClauseKind, int, bool) {
	if j >= hi || c.toks[j].Kind != Word {
		return 0, 0, false
	}
	if c.commaAfter(j, hi) >= hi {
		return 0, 0, false
	}
	w, _ := clauseWords.Get(c.toks[j].Key)
	switch {
	case w.lists&onSubordinators != 0 && (w.kind != AdverbialClause || c.conjunctionUse(j, hi)):
		return w.kind, j, true
	case w.lists&onInfinitiveIntros != 0 && c.zuFollows(j+1, hi):
		return InfinitiveClause, j, true
	case strings.HasPrefix(c.toks[j].Key, "welch") && c.verbFinal(j, hi):
		// "Welches damit gemeint ist, wurde nicht erwähnt": an interrogative
		// clause with its verb last is the subject of the main clause.
		return ContentClause, j, true
	}
	return 0, 0, false
}

// commaAfter returns the first comma after token j in the sentence ending at hi, or
// hi. The calls of one sentence ask for increasing j, so a result stays valid until
// j passes it and the searches cover disjoint stretches.
func (c *clauser) commaAfter(j, hi int) int {
	if c.commaFrom < 0 || c.commaFrom > j+1 || c.comma <= j {
		k := j + 1
		for k < hi && (c.toks[k].Kind != Punct || c.toks[k].Text != ",") {
			k++
		}
		c.comma, c.commaFrom = k, j+1
	}
	return c.comma
}

// after classifies the clause that starts at j after a comma or a closing quotation.
// It reports false if j does not start a clause of its own. hasFin says whether the
// clause before has a finite verb: only then can a finite verb or "so" after the
// comma open a new main clause.
func (c *clauser) after(j, hi int, hasFin bool) (ClauseKind, int, bool) {
	toks := c.toks
	if j >= hi {
		return 0, 0, false
	}
	tok := &toks[j]
	if c.fin[j] && hasFin {
		return MainClause, 0, true // "Die Lage sei ernst, sagte er", not "Merkel, die Kanzlerin, schwieg"
	}
	if tok.Kind != Word {
		return 0, 0, false
	}
	key := tok.Key
	w, _ := clauseWords.Get(key)
	if w.lists&onSubordinators != 0 {
		if w.kind == AdverbialClause && !c.conjunctionUse(j, hi) {
			return 0, 0, false
		}
		if key == "was" && j >= 2 && pronounsBeforeWas[toks[j-2].Key] {
			return RelativeClause, j, true // alles, was …
		}
		return w.kind, j, true
	}
	if w.lists&onRelativePronouns != 0 && !c.articleUse(j, hi) {
		return RelativeClause, j, true
	}
	if w.lists&onPrepositions != 0 && j+1 < hi && isRelativePronoun(toks[j+1].Key) && !c.articleUse(j+1, hi) {
		return RelativeClause, j + 1, true // in dem, mit der
	}
	if w.lists&onInfinitiveIntros != 0 && c.zuFollows(j+1, hi) {
		return InfinitiveClause, j, true
	}
	if isCoordinator(key) {
		return MainClause, j, true
	}
	if key == "so" && j+1 < hi && hasFin {
		// ", so der Sprecher": an attribution frame after the content.
		nx := &toks[j+1]
		r, _ := utf8.DecodeRuneInString(nx.Text)
		if unicode.IsUpper(r) || determiners[nx.Key] {
			return MainClause, j, true
		}
	}
	return 0, 0, false
}

// conjunctionUse tells the conjunction from the preposition for words that are
// both (während, seit, bis, als): the conjunction is followed by a pronoun or another
// lower-case word, the preposition by an article, a noun or a number.
func (c *clauser) conjunctionUse(j, hi int) bool {
	if !ambiguousConjunctions[c.toks[j].Key] {
		return true
	}
	if j+1 >= hi || c.toks[j+1].Kind != Word {
		return false
	}
	nx := &c.toks[j+1]
	r, _ := utf8.DecodeRuneInString(nx.Text)
	return unicode.IsLower(r) && !determiners[nx.Key] && !prepositions[nx.Key]
}

// articleUse reports whether the pronoun at j is an article of a noun phrase ("die
// Polizei", "die neue Regierung"), which after a comma is an apposition or a new
// clause, not a relative clause. deren and dessen stand before their noun anyway.
func (c *clauser) articleUse(j, hi int) bool {
	toks := c.toks
	switch toks[j].Key {
	case "deren", "dessen":
		return false
	}
	if j+1 >= hi {
		return true
	}
	nx := &toks[j+1]
	if nx.Kind == Number {
		return true
	}
	if nx.Kind != Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(nx.Text)
	if unicode.IsUpper(r) {
		// "die Banken … lehrt": a relative pronoun as the object before a noun. The
		// relative clause ends in its finite verb; a main clause has it second.
		return !c.verbFinal(j, hi)
	}
	if nx.Key == "heisst" {
		return true // das heißt
	}
	if j+2 < hi && toks[j+2].Kind == Word && !c.fin[j+1] {
		// An inflected adjective before a noun: "die neue Regierung".
		r2, _ := utf8.DecodeRuneInString(toks[j+2].Text)
		if unicode.IsUpper(r2) && hasAdjectiveEnding(nx.Key) {
			return !c.verbFinal(j, hi)
		}
	}
	return false
}

// verbFinal reports whether the stretch from j to the next comma, colon or
// sentence end has a finite verb in last position and not right after a short noun
// phrase: "die Banken in aller Welt das Fürchten lehrt", not "die Polizei ermittelt".
func (c *clauser) verbFinal(j, hi int) bool {
	end := j
	for end < hi && c.toks[end].Kind != Punct && c.toks[end].Kind != QuoteOpen && c.toks[end].Kind != QuoteClose {
		end++
	}
	// In a verb-final clause the finite verb comes last: "… gegeben hat".
	last := end - 1
	return last > j+2 && c.fin[last]
}

func hasAdjectiveEnding(w string) bool {
	n := len(w)
	return n > 3 && (w[n-1] == 'e' || n > 4 && w[n-2] == 'e' && (w[n-1] == 'n' || w[n-1] == 'r' || w[n-1] == 's' || w[n-1] == 'm'))
}

// zuFollows reports whether "zu" with an infinitive (or an infinitive with
// infixed zu: anzurufen) follows before the next comma or the sentence end, as in
// "um die Lage zu klären".
func (c *clauser) zuFollows(j, hi int) bool {
	for k := j; k < hi && k < j+20; k++ {
		tok := &c.toks[k]
		if tok.Kind == Punct && (tok.Text == "," || tok.Text == ":" || tok.Text == ";") {
			return false
		}
		if tok.Kind == Word && infixZu(tok.Key) {
			return true
		}
		if tok.Kind == Word && tok.Key == "zu" && k+1 < hi && c.toks[k+1].Kind == Word {
			r, _ := utf8.DecodeRuneInString(c.toks[k+1].Text)
			if unicode.IsLower(r) {
				return true
			}
		}
	}
	return false
}

// infixZu reports whether w is an infinitive with zu between a separable particle
// and the verb: anzurufen, einzukaufen, abzugreifen.
func infixZu(w string) bool {
	i := strings.Index(w, "zu")
	if i < 2 || len(w) < i+5 || w[len(w)-1] != 'n' || !separableParticles[w[:i]] {
		return false
	}
	return true
}

// separableParticles are the verb particles that take an infixed zu.
var separableParticles = map[string]bool{
	"ab": true, "an": true, "auf": true, "aus": true, "bei": true, "ein": true, "fest": true,
	"fort": true, "her": true, "hin": true, "los": true, "mit": true, "nach": true, "vor": true,
	"weg": true, "zurück": true, "zusammen": true, "durch": true, "über": true, "um": true,
	"unter": true, "wieder": true, "heraus": true, "hinaus": true, "voran": true, "vorbei": true,
	"teil": true, "statt": true, "frei": true, "fern": true, "dar": true, "bereit": true, "weiter": true,
}

// isCoordinator reports whether key is a coordinating conjunction. It is asked for
// most words: the first byte rules out nearly all of them.
func isCoordinator(key string) bool {
	if key == "" {
		return false
	}
	switch key[0] {
	case 'u':
		return key == "und"
	case 'o':
		return key == "oder"
	case 'a':
		return key == "aber"
	case 's':
		return key == "sondern"
	case 'd':
		return key == "denn" || key == "doch"
	}
	return false
}

// subordinators maps the words that open a dependent clause to its kind. The
// w-words open content clauses (indirect questions: fragte, wer …) and "wo" and the
// wo-compounds relative clauses.
var subordinators = map[string]ClauseKind{
	"dass": ContentClause, "ob": ContentClause,
	"wie": ContentClause, "wer": ContentClause, "was": ContentClause, "warum": ContentClause,
	"wann": ContentClause, "wieso": ContentClause, "weshalb": ContentClause, "weswegen": ContentClause,
	"woher": ContentClause, "wohin": ContentClause, "wen": ContentClause, "wem": ContentClause,
	"inwiefern": ContentClause, "inwieweit": ContentClause,
	"weil": AdverbialClause, "wenn": AdverbialClause, "obwohl": AdverbialClause, "obgleich": AdverbialClause,
	"obschon": AdverbialClause, "damit": AdverbialClause, "nachdem": AdverbialClause, "bevor": AdverbialClause,
	"ehe": AdverbialClause, "sobald": AdverbialClause, "solange": AdverbialClause, "sofern": AdverbialClause,
	"falls": AdverbialClause, "indem": AdverbialClause, "sodass": AdverbialClause, "zumal": AdverbialClause,
	"wobei": AdverbialClause, "wohingegen": AdverbialClause, "seitdem": AdverbialClause,
	"während": AdverbialClause, "seit": AdverbialClause, "bis": AdverbialClause, "als": AdverbialClause,
	"wo": RelativeClause, "woran": RelativeClause, "worauf": RelativeClause, "woraus": RelativeClause,
	"wodurch": RelativeClause, "wofür": RelativeClause, "wogegen": RelativeClause, "womit": RelativeClause,
	"wonach": RelativeClause, "worüber": RelativeClause, "worum": RelativeClause, "wovon": RelativeClause,
	"wovor": RelativeClause, "wozu": RelativeClause, "worin": RelativeClause,
}

// ambiguousConjunctions are also prepositions: während der Sitzung, seit Jahren,
// bis zum Ende, als Präsident.
var ambiguousConjunctions = map[string]bool{"während": true, "seit": true, "bis": true, "als": true}

// relativePronouns open a relative clause after a comma.
var relativePronouns = map[string]bool{
	"der": true, "die": true, "das": true, "dem": true, "den": true, "denen": true, "deren": true,
	"dessen": true, "welcher": true, "welche": true, "welches": true, "welchem": true, "welchen": true,
}

// pronounsBeforeWas take a relative "was": alles, was …; das, was ….
var pronounsBeforeWas = map[string]bool{
	"alles": true, "das": true, "nichts": true, "etwas": true, "vieles": true, "einiges": true,
	"manches": true, "dem": true, "weniges": true,
}

// prepositions may precede a relative pronoun: in dem, mit der, von denen.
var prepositions = map[string]bool{
	"an": true, "auf": true, "aus": true, "bei": true, "durch": true, "für": true, "gegen": true,
	"hinter": true, "in": true, "mit": true, "nach": true, "neben": true, "ohne": true, "über": true,
	"um": true, "unter": true, "von": true, "vor": true, "wegen": true, "zu": true, "zwischen": true,
	"trotz": true, "gemäss": true, "laut": true, "dank": true, "seit": true, "während": true,
	"zum": true, "zur": true, "im": true, "am": true, "beim": true, "vom": true,
}

// determiners begin a noun phrase.
var determiners = map[string]bool{
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "ein": true,
	"eine": true, "einen": true, "einem": true, "einer": true, "eines": true, "sein": true,
	"seine": true, "ihr": true, "ihre": true, "dieser": true, "diese": true, "dieses": true,
}

// infinitiveIntros open an infinitive clause with zu: um, ohne, statt, anstatt.
var infinitiveIntros = map[string]bool{"um": true, "ohne": true, "statt": true, "anstatt": true, "ausser": true}

// A clauseWord says which of the word lists above that may open a clause a word is
// on, and its subordinator kind. The word after every comma is looked up: one map
// lookup instead of up to four.
type clauseWord struct {
	kind  ClauseKind // the kind in subordinators
	lists uint8      // on* bits
}

// The lists of a clauseWord.
const (
	onSubordinators uint8 = 1 << iota
	onRelativePronouns
	onPrepositions
	onInfinitiveIntros
)

// isRelativePronoun reports whether key is in relativePronouns, through clauseWords.
func isRelativePronoun(key string) bool {
	w, _ := clauseWords.Get(key)
	return w.lists&onRelativePronouns != 0
}

// clauseWords merges subordinators, relativePronouns, prepositions and
// infinitiveIntros. It is asked about the first word of nearly every clause, most
// of them in none of the lists, which a wordtab.Table turns away without hashing.
var clauseWords = func() *wordtab.Table[clauseWord] {
	m := map[string]clauseWord{}
	for k, kind := range subordinators {
		w := m[k]
		w.kind, w.lists = kind, w.lists|onSubordinators
		m[k] = w
	}
	for list, bit := range map[*map[string]bool]uint8{&relativePronouns: onRelativePronouns, &prepositions: onPrepositions, &infinitiveIntros: onInfinitiveIntros} {
		for k := range *list {
			w := m[k]
			w.lists |= bit
			m[k] = w
		}
	}
	keys := slices.Sorted(maps.Keys(m)) // the same layout on every run
	vals := make([]clauseWord, len(keys))
	for i, k := range keys {
		vals[i] = m[k]
	}
	return wordtab.New(keys, vals)
}()
