package source

import (
	"strings"
	"unicode"

	"github.com/aussage/aussage"
)

// np returns the end of the noun phrase that starts at s, or s if there is none:
// a pronoun, or determiner, adjectives and capitalised words, with genitive and
// prepositional attributes, a bracket (CDU) and a name in apposition.
func (a *analysis) np(s, limit int) int {
	return a.npDepth(s, limit, 0)
}

func (a *analysis) npDepth(s, limit, depth int) int {
	if s >= limit || !a.outside(s) && !a.nameQuote(s) {
		return s
	}
	k := a.key(s)
	if a.is(s, cPron) {
		return s + 1
	}
	i := s
	if a.is(s, cDet) || k == "eigenen" || k == "eigener" {
		i++
		if e := a.extendedAttribute(i, limit, depth); e > i {
			i = e // einer mit einem Megafon bewaffneten Frau
		}
	}
	// adjectives: lower-case words before a capitalised head
	j := i
	for j < limit && a.lower(j) && !a.is(j, cPrep) && !a.is(j, cAdv) &&
		!a.is(j, cAux) && !a.is(j, cCoord) && !a.is(j, cSub) &&
		hasAnySuffix(a.key(j), "e", "en", "er", "es", "em") || j < limit && a.toks[j].Kind == aussage.Number {
		j++
	}
	if j >= limit || !a.capWord(j) && !a.nameQuote(j) {
		return s
	}
	i = j
	for i < limit {
		switch {
		case a.capWord(i):
			i++
		case a.nameQuote(i):
			i = int(a.quotes[a.inQ[i]].close) + 1
			goto attributes // laut „Reuters“ Warnschüsse: the name ends the head
		case i+1 < limit && a.abbr[i] && i > j && a.capWord(i+1):
			i++ // Prof. Dr. Matthias W. Beckmann
		case i+1 < limit && (a.toks[i].Kind == aussage.Dash && a.toks[i].Gap == aussage.NoSpace || a.toks[i].Text == "/") && a.capWord(i+1):
			i++
		default:
			goto attributes
		}
	}
attributes:
	if depth >= 3 {
		return i
	}
	for i < limit {
		k := a.key(i)
		switch {
		case a.toks[i].Text == "(":
			c := i + 1
			for c < limit && c < i+12 && a.toks[c].Text != ")" {
				c++
			}
			if c < limit && a.toks[c].Text == ")" {
				i = c + 1
				continue
			}
			return i
		case a.is(i, cGen) && (s != j || j+1 == i):
			// a genitive attribute (der Sprecher der Polizei), but not after a full
			// name: laut Sergei Voznyak der Sprecher … is a new phrase
			if e := a.npDepth(i, limit, depth+1); e > i+1 {
				i = e
				continue
			}
			return i
		case (a.is(i, cAttach) || k == "und" || k == "sowie") && a.word(i):
			if e := a.npDepth(i+1, limit, depth+1); e > i+1 {
				i = e
				continue
			}
			return i
		case k == "," && i+1 < limit:
			// an apposition closed by a comma: der Vorsitzende, Magdalena Chu, / Hagee, Kommandant der Marines,
			if e := a.npDepth(i+1, limit, depth+1); e > i+1 && e-i <= 16 && (e >= limit || a.isComma(e)) && !a.is(i+1, cPron) {
				i = e
			}
			return i
		}
		return i
	}
	return i
}

// extendedAttribute returns where the head of a noun phrase starts after an
// extended attribute that opens at i, right after the determiner: a prepositional
// phrase and the participle or adjective it belongs to (der von der Regierung
// eingesetzten Kommission, einer mit einem Megafon bewaffneten, offenbar
// friedensbewegten Frau); i if there is none. The participle must be followed by
// a capitalised word, which tells it from a relative clause (die mit den
// Demonstranten sprachen, …).
func (a *analysis) extendedAttribute(i, limit, depth int) int {
	if depth >= 2 || i+2 >= limit || !a.is(i, cPrep) || !a.word(i) {
		return i
	}
	e := a.npDepth(i+1, limit, depth+1)
	if e <= i+1 {
		return i
	}
	adj := false // the last word read is an adjective or participle
	for j := e; j < limit && j < e+6; j++ {
		switch {
		case a.lower(j) && a.outside(j) && hasAnySuffix(a.key(j), "e", "en", "er", "es", "em") && !a.is(j, cPrep|cAdv|cAux|cCoord|cSub|cDet|cPron):
			adj = true
		case adj && a.isComma(j) || a.lower(j) && a.outside(j) && !a.finite(j) && !a.is(j, cPrep|cAux|cCoord|cSub|cDet|cPron):
			adj = false // bewaffneten, offenbar friedensbewegten: an adverb before the next adjective
		case adj && a.capWord(j):
			return j
		default:
			return i
		}
	}
	return i
}

// nameQuote reports whether a short quotation that names something (a title or
// term, not speech) opens at i: der Website „icelandreview.com“.
func (a *analysis) nameQuote(i int) bool {
	if a.toks[i].Kind != aussage.QuoteOpen || a.inQ[i] < 0 {
		return false
	}
	q := a.inQ[i]
	return a.quotes[q].open == i && a.quotes[q].closed && a.kinds[q] != SpeechQuote && a.kinds[q] != PartialQuote &&
		!(i+1 < a.quotes[q].close && a.lower(i+1) && a.kinds[q] != TitleQuote) // „ganz besonders sorgfältig“ names nothing; „news.example.org“ does
}

// finite reports whether token i is a finite verb.
func (a *analysis) finite(i int) bool { return uint(i) < uint(len(a.verb)) && a.verb[i] }

func (a *analysis) capWord(i int) bool {
	// the class bits say what the token would (word, capital, closed class)
	c := a.cls[i]
	if c&cWord == 0 {
		return a.toks[i].Kind == aussage.URL && a.outside(i) // laut bildblog.de: a site named by its address
	}
	if !a.outside(i) {
		return false
	}
	if c&cCap == 0 {
		// n24, 3sat, ai-Bericht, eBay: a name, or a compound with a name
		return digitOrUpper(a.toks[i].Text)
	}
	return c&notName == 0 // notName holds es
}

// notName are the classes of the capitalised words that are no name (Die, Nach,
// Er, Es).
const notName = cDet | cPrep | cSub | cPron | cCoord | cAdv | cRel | cEs

// digitOrUpper reports whether s holds a digit or an upper-case letter. Most
// words are plain ASCII, read here a byte at a time; the runes from the first
// other byte on are decoded.
func digitOrUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ContainsAny(s[i:], "0123456789") || strings.IndexFunc(s[i:], unicode.IsUpper) >= 0
		}
		if '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// npBack returns the start of the noun phrase that ends before e (Einem UN-Bericht
// zufolge, Angaben der Polizei zufolge), or e if there is none.
func (a *analysis) npBack(e, limit int) int {
	s := e
	sawCap := false
	for s > limit {
		i := s - 1
		k := a.key(i)
		switch {
		case !a.outside(i) || !a.word(i) && a.toks[i].Kind != aussage.Number:
			if a.toks[i].Kind == aussage.Dash && sawCap {
				s--
				continue
			}
			return a.npStart(s, e, sawCap)
		case isCap(a.toks[i].Text) && !a.is(i, cPrep|cAdv|cSub|cCoord):
			sawCap = true
			s--
		case a.is(i, cDet|cGen) || (a.is(i, cAttach) || k == "und") && sawCap && s < e && i > limit && a.capWord(i-1):
			s--
		case sawCap && hasAnySuffix(k, "e", "en", "er", "es", "em") && !a.is(i, cAux|cPrep|cAdv|cVerb) && !a.finite(i):
			s--
		default:
			return a.npStart(s, e, sawCap)
		}
	}
	return a.npStart(s, e, sawCap)
}

func (a *analysis) npStart(s, e int, sawCap bool) int {
	if !sawCap {
		return e
	}
	for s < e && a.is(s, cAttach|cCoord) {
		s++
	}
	return s
}

// subjectLike reports whether the first field [s,e) of a verb-second clause is its
// subject rather than an adverbial.
func (a *analysis) subjectLike(r rng) bool {
	s := r[0]
	k := a.key(s)
	switch {
	case !a.word(s):
		// 22 Prozent teilen die Meinung; 300 Anwohner forderten: a number before a noun
		return a.toks[s].Kind == aussage.Number && s+1 < r[1] && a.capWord(s+1)
	case k == "es":
		return false
	case nonNominative[k]:
		return false // Den Flüchtlingen, Ihm: an object comes first
	case (k == "der" || k == "einer") && r[1]-r[0] > 2 && a.lower(s+1) && strings.HasSuffix(a.key(s+1), "en"):
		return false // Der englischsprachigen Zeitung sagte er: a dative or genitive
	case a.is(s, cPron|cDet):
		return !(r[1]-r[0] == 1 && a.is(s, cDet) && k != "diese" && k != "dieser")
	case a.is(s, cPrep|cAdv|cSub|cCoord):
		return a.particleName(s, r[1]) > s // Von der Leyen betonte
	}
	if r[1]-r[0] == 1 && hasAnySuffix(k, "lich", "weise", "ell", "mals", "ig", "ens", "sten", "wärts", "end", "isch") && kindOf(k) == UnknownKind {
		return false // Spätestens, Letztlich; not Analysten, Journalisten
	}
	if r[1]-r[0] > 1 && hasAnySuffix(k, "end", "isch", "lich") && !a.capWord(s+1) {
		return false // Passend zu den Gefahren warnte …; Höhnisch, wohl …, veröffentlichte
	}
	return isCap(a.toks[s].Text)
}

func hasAnySuffix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// trimAdverbs drops adverbs after the subject (Die Kanadier hingegen).
func (a *analysis) trimAdverbs(r rng) rng {
	for r[1] > r[0]+1 && (a.is(r[1]-1, cAdv) || !a.word(r[1]-1) && a.toks[r[1]-1].Text != ")" && a.toks[r[1]-1].Kind != aussage.QuoteClose) {
		r[1]--
	}
	return r
}

// verbless reports whether [s,e) holds no finite verb form that could head a clause
// (an adjectival apposition such as zuständig für das US-Geschäft).
func (a *analysis) verbless(s, e int) bool {
	for i := s; i < e; i++ {
		if a.subj[i] || a.is(i, cAux) || !a.outside(i) {
			return false
		}
		if a.finite(i) {
			return false
		}
	}
	return e-s <= 10
}
