package source

import (
	"strings"

	"github.com/aussage/aussage"
)

// copulas carry a judgement whose holder a für-phrase names (Für den Minister ist
// die Lage „alarmierend“).
var copulas = set("ist", "sind", "sei", "seien", "war", "waren", "wäre", "wären", "bleibt", "bleibe", "blieb", "gilt", "gelte", "galt",
	"hält", "halte", "hielt", "steht", "stehe", "stand")

// forHolder returns the holder of the judgement in the clause that runs from s to
// the quotation opening at open, when its first field is für with a phrase that
// plainly names a speaker and its verb is a copula: in „Für den Theologen Hans Küng
// sei der Rücktritt „verständlich““ the words are Küng's. Empty otherwise: für
// with a thing (Für die Region ist das „ein Glück“) or with another verb (Für
// Kinder gibt es …) holds no judgement.
func (a *analysis) forHolder(s, open int) rng {
	if s >= open || a.key(s) != "für" || !a.word(s) {
		return rng{}
	}
	e := a.np(s+1, open)
	if e <= s+1 || e >= open || !copulas[a.key(e)] {
		return rng{}
	}
	sp := rng{s + 1, e}
	if a.speakerScore(sp) < 2 {
		return rng{}
	}
	switch describe(a.t, a.toks, a.cls, sp[0], sp[1]).kind {
	case Person, Organisation, Media, Collective:
		return sp
	}
	return rng{}
}

// describing verbs make their subject what a quotation describes, not who says
// it: Er galt als „heimlicher Regierungschef“; sie wurde als „mutig“ gelobt.
var describing = set("ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "wird", "werden", "wurde", "wurden", "würde",
	"würden", "gilt", "gelten", "galt", "galten", "gelte", "bleibt", "blieb", "heißt", "hieß", "trägt", "trug", "liegt", "lag", "steht",
	"stand", "hat", "haben", "hatte", "hatten", "gibt", "gab")

// wordNouns name words as words: the quotation after them is what was said (die
// Bezeichnung „Gesindel“, Parolen wie „Nieder mit …“).
var wordNouns = set("bezeichnung", "begriff", "ausdruck", "formulierung", "wort", "worte", "parole", "parolen", "sprüche", "spruch",
	"slogan", "slogans", "losung", "rufe", "aufschrift")

// quotedFragment reports whether the scare quote q has the shape of someone's
// words rather than of a name: it opens lower-case (die Lage sei „alarmierend“),
// or follows von, vor or zu (sprachen von „Panikverkäufen“), als (nannte die Strafe „übertrieben“ / bezeichnete sie als
// „Kapitulation“) or an indefinite article (sieht einen „Angriff auf die
// Belegschaft“). A capitalised quote after a definite article names something
// (die „Woche des verbotenen Buches“, der „Netzeitung“).
func (a *analysis) quotedFragment(q qpair) bool {
	if q.open+1 >= q.close || !a.word(q.open+1) {
		return false
	}
	if !isCap(a.toks[q.open+1].Text) {
		return true
	}
	if j := q.open - 1; j >= 0 && a.word(j) && a.lower(j) && a.outside(j) && a.finite(j) && a.is(j, cVerb) {
		return true // Die neue Version verspricht „Suche ohne Werbung“: the object of a verb of saying
	}
	if j := q.open - 1; j >= 0 && a.word(j) && (a.key(j) == "von" || a.key(j) == "vor" || a.key(j) == "zu" || wordNouns[a.key(j)] ||
		a.key(j) == "wie" && j > 0 && wordNouns[a.key(j-1)] || slogan(a.toks, q)) {
		return true // sprachen von „Panikverkäufen“, rechtfertigte die Bezeichnung „Gesindel“, skandierten Parolen wie „…“
	}
	for j := q.open - 1; j >= 0 && j >= q.open-3 && a.word(j); j-- {
		switch a.key(j) {
		case "als", "ein", "eine", "einen", "einem", "einer", "eines":
			return true
		}
		if isCap(a.toks[j].Text) || a.is(j, cDet|cPrep) {
			return false
		}
	}
	return false
}

// quotedHolder returns who the words of the quotation q in unit ui are, for a
// quotation that no frame took: the holder of a für-judgement or the subject of the
// clause that holds it, if that plainly names a speaker; empty otherwise.
func (a *analysis) quotedHolder(ui int, q qpair, framed bool) rng {
	scare := a.kinds[a.inQ[q.open]] == ScareQuote
	if scare && !a.quotedFragment(q) {
		return rng{} // the shape of a name or of the author's distance
	}
	u := a.units[ui]
	s, f := a.sentenceOf(ui, q.open)
	if f >= q.open {
		f = -1 // the verb comes after the quotation
	}
	if sp := a.forHolder(s, q.open); !sp.empty() {
		return sp
	}
	if f < 0 {
		return a.verbAfter(u, q)
	}
	if sp := a.sloganCarrier(q, s); !sp.empty() {
		return sp
	}
	if scare {
		s, f = a.laterMainClause(s, f, q.open)
		if v := q.close + 1; passiveAux[a.key(f)] && q.closed && v+1 < len(a.toks) && a.lower(v) && a.outside(v) && a.boundary(v+1) {
			// Die Rede wurde von Demonstranten mit Rufen wie „Lügner“ gestört: the
			// agent of the passive whose participle closes the clause right after
			// the quotation says the words
			if ag := a.passiveAgent(max(s, q.open-maxMention), q.open); a.speakerScore(ag) >= 1 {
				switch describe(a.t, a.toks, a.cls, ag[0], ag[1]).kind {
				case Person, Organisation, Media, Collective, Document, Anonymous:
					return ag
				}
			}
		}
		if rel := a.relativeHolder(f, q, framed); !rel.empty() {
			return rel
		}
		if describing[a.key(f)] {
			// In einem internen Schreiben war von einem „offenen Dialog“ die Rede
			return a.placeSource(s, f, q.open, framed)
		}
		sp := a.clauseSubject(s, f, q.open, framed)
		if sp.empty() {
			return a.placeSource(s, f, q.open, framed)
		}
		if d := describe(a.t, a.toks, a.cls, sp[0], sp[1]); d.pron == "" && d.kind != Person && d.kind != Organisation && d.kind != Media &&
			d.kind != Collective && d.kind != Document {
			return rng{}
		}
		return sp
	}
	if rel := a.relativeHolder(f, q, framed); !rel.empty() {
		return rel // die die Gefahr einer „Invasion unseres Landes durch Fremde“ beschwören
	}
	if sp := a.clauseSubject(s, f, q.open, framed); !sp.empty() {
		return sp
	}
	// In der Zeitung fand sich die Feststellung „…“: the document holds the words
	return a.placeSource(s, f, q.open, framed)
}

// sloganCarrier returns the thing that carries the words of the quotation q as
// its inscription, in the sentence from s: in „Die Polizei beschlagnahmte ein
// Transparent mit der Aufschrift „Nie wieder““ the banner says them, not the
// police. Empty if q does not follow mit der Aufschrift after a noun phrase.
func (a *analysis) sloganCarrier(q qpair, s int) rng {
	j := q.open - 1
	if j-3 < s || a.key(j) != "aufschrift" && a.key(j) != "aufschriften" || a.key(j-2) != "mit" ||
		a.key(j-1) != "der" && a.key(j-1) != "den" {
		return rng{}
	}
	if b := a.npBack(j-2, max(s, j-2-maxMention)); b < j-2 {
		return rng{b, j - 2}
	}
	return rng{}
}

// relativeHolder returns the relative pronoun that opens the clause holding the
// quotation q, after the main verb f, when the pronoun is the subject of that
// clause: in „Kritik kommt vom Fahrgastverband, der die Maßnahme als „Kapitulation“
// sieht“ the words are the association's, not those of the main clause's subject,
// and resolveSpeaker takes the pronoun to its antecedent. Where the case does not
// show (die die Gefahr einer „Invasion“ beschwören), a plural verb after a
// singular phrase makes the pronoun the subject. Empty otherwise.
func (a *analysis) relativeHolder(f int, q qpair, framed bool) rng {
	if f < 0 || (a.fi[f] || a.subj[f]) && !framed {
		return rng{} // reported content of someone named before, as in clauseSubject
	}
	rel := -1
	for j := q.open - 1; j > f+1 && j >= q.open-maxMention; j-- { // a clause's first field, not a whole sentence: linear
		if !a.outside(j) {
			continue // a name quoted in the clause (die den „Tagesspiegel“ als …)
		}
		if a.isComma(j - 1) {
			rel = j
			break
		}
		if a.boundary(j) || a.finite(j) {
			return rng{} // another clause, or a verb of the main clause, stands between
		}
	}
	if rel < 0 || !a.outside(rel-1) || !a.word(rel) || !nominativeRelatives[a.key(rel)] || !q.closed {
		return rng{}
	}
	// the verb that closes the relative clause after the quotation: its last word
	v := q.close + 1
	for v+1 < len(a.toks) && v < q.close+8 && !a.boundary(v+1) {
		v++
	}
	if v >= len(a.toks) || !a.lower(v) || !a.outside(v) || a.boundary(v) || v+1 < len(a.toks) && !a.boundary(v+1) || a.key(v-1) == "zu" {
		return rng{} // die „grausame Behandlung“ zu ächten: an infinitive clause, no relative one
	}
	for j := q.close + 1; j <= v; j++ {
		if k := a.key(j); describing[k] || k == "sein" || k == "werden" {
			return rng{} // die für die „grüne Gentechnik“ nicht offen sind, das „schwach radioaktiv“ sein soll: described, not speaking
		}
	}
	if ante := a.relativeAntecedent(rel, max(0, rel-maxMention)); a.speakerScore(ante) < 1 {
		return rng{} // eine Entscheidung, die sich „möglicherweise“ anschließt: the antecedent says nothing
	}
	var obj rng
	if e := a.np(rel+1, q.open); e > rel+1 {
		obj = rng{rel + 1, e}
	}
	if a.relativeSubject(rel, v, obj) || a.pluralOverSingular(rel, v, obj) {
		return rng{rel, rel + 1}
	}
	return rng{}
}

// pluralOverSingular reports whether the relative pronoun die at rel must be the
// subject of its clause because its verb v is plural and the phrase obj after the
// pronoun is singular (die die Gefahr … beschwören): the phrase opens with das, or
// with die before a noun that no plural ending could end.
func (a *analysis) pluralOverSingular(rel, v int, obj rng) bool {
	if a.key(rel) != "die" || obj.empty() || !strings.HasSuffix(a.key(v), "en") {
		return false
	}
	switch a.key(obj[0]) {
	case "das":
		return true
	case "die":
		h := a.headKey(obj)
		return !hasAnySuffix(h, "e", "n", "er", "s", "a", "i", "o") // die Gefahr, die Zahl; not die Kritiker, die Leute
	}
	return false
}

// placeSource returns the document or medium that the clause from s, with its
// verb f, names before e as the place where words stand, after in, im or auf: „In
// einem internen Schreiben war von einem „offenen Dialog“ die Rede“, „Im
// Gesetzentwurf steht der Satz: …“. Empty if there is none, or if the clause is
// in the subjunctive without a frame of its own: it reports the speaker named
// before (sei ihr mit dem Hinweis verweigert worden, ihre Person sei „…“), and
// in das, in die, ins name a direction, not a place. The callers ask only when
// the clause names no speaker of its own, so that In seiner Rede sagte der
// Minister … stays the minister's.
func (a *analysis) placeSource(s, f, e int, framed bool) rng {
	if f >= 0 && (a.fi[f] || a.subj[f]) && !framed {
		return rng{}
	}
	for j := max(s, e-maxMention); j+1 < e; j++ { // near the quotation: a sentence of many stays linear
		if k := a.key(j); (k != "in" && k != "im" && k != "auf") || !a.word(j) || !a.outside(j) {
			continue
		}
		if n := a.key(j + 1); n == "das" || n == "die" || n == "eine" {
			continue // in die Zeitung: where words go, not where they stand
		}
		end := a.np(j+1, e)
		if end <= j+1 {
			end = a.placePhrase(j+1, e)
		}
		if end <= j+1 {
			continue
		}
		if k := kindOf(a.headKey(rng{j + 1, end})); k == Document || k == Media {
			return rng{j + 1, end}
		}
		j = end - 1 // linear: a phrase is read once
	}
	return rng{}
}

// A sentenceMemo holds the last stretch between stops (. ! ? ; :) that sentenceOf
// read: its unit, start, end, main verb, and the first quotation asked about.
// Quotations are asked about in text order, so each stretch is read once, however
// many quotations it holds.
type sentenceMemo struct {
	unit, from, start, end, verb int
	ok                           bool
}

// stop reports whether token i ends a sentence for the quotations in it: a
// sentence end, semicolon or colon outside quotes, not the dot of an abbreviation.
func (a *analysis) stop(i int) bool {
	if !a.outside(i) || a.toks[i].Kind != aussage.Punct || a.abbr[i] {
		return false
	}
	switch a.toks[i].Text {
	case ".", "!", "?", ";", ":":
		return true
	}
	return false
}

// sentenceOf returns the start of the stretch between stops that holds the
// quotation opening at open in unit ui, and its main verb (-1 if none).
func (a *analysis) sentenceOf(ui, open int) (start, verb int) {
	m := &a.sent
	if m.ok && m.unit == ui && m.from <= open && open < m.end {
		return m.start, m.verb
	}
	u := a.units[ui]
	s := open
	for s > u.a && !a.stop(s-1) {
		s--
	}
	e := open
	for e < u.end && !a.stop(e) {
		e++
	}
	*m = sentenceMemo{unit: ui, from: open, start: s, end: e, verb: a.mainVerb(s, e), ok: true}
	return m.start, m.verb
}

// ownSpeaker returns the speaker of the frame nach sp at token i: sp itself, or,
// for the speaker's own statement (nach eigenem Bekunden, nach eigenen Angaben),
// the subject of the clause, who made it: in „Sein Bruder war nach eigenem
// Bekunden eingeweiht“ the statement is the brother's.
func (a *analysis) ownSpeaker(ui, i int, sp rng) rng {
	if !strings.HasPrefix(a.key(sp[0]), "eigen") {
		return sp
	}
	if s := a.unitSubject(a.units[ui]); !s.empty() && (s[1] <= i || s[0] >= sp[1]) && a.speakerScore(s) >= 1 {
		return s
	}
	return sp
}

// previousSubject returns the speaker of a quotation that stands as a sentence of
// its own, taken from the sentence just before it: the subject of that sentence's
// main clause, if it names a person or an organisation plainly and that sentence
// frames nothing (Der Bruder des Papstes war eingeweiht. „Mein Bruder wünscht sich
// Ruhe.“). Empty if the quotation does not open its sentence, if the sentence
// before is in another paragraph (unless the quotation opens its own), or if it
// names no such subject.
func (a *analysis) previousSubject(ui int, q qpair) rng {
	u := a.units[ui]
	if ui == 0 || q.open != u.a {
		return rng{}
	}
	p := a.units[ui-1]
	if p.para != u.para && p.para != u.para-1 {
		return rng{}
	}
	for j := p.a; j < p.end; j++ {
		if a.claimed[j] || !a.outside(j) {
			return rng{} // a frame or a quotation of its own: the candidates decide
		}
	}
	sp := a.unitSubject(p)
	if sp.empty() || a.speakerScore(sp) < 2 {
		return rng{}
	}
	switch describe(a.t, a.toks, a.cls, sp[0], sp[1]).kind {
	case Person, Organisation:
		return sp
	}
	return rng{}
}

// verbAfter returns the speaker of a quotation that stands in the first field of
// its sentence, before the finite verb: the subject after the verb (Von einem
// „schweren Eingriff“ spricht der Gesetzentwurf; Als „verpasste Chance“ beurteilte
// der Abgeordnete das Pontifikat). The caller has checked that no verb comes before
// the quotation. Empty if no finite verb follows it right away.
func (a *analysis) verbAfter(u unit, q qpair) rng {
	v := q.close + 1
	if !q.closed || v >= u.end || !a.lower(v) || !a.outside(v) || !a.finite(v) || a.subj[v] || copulaForms[a.key(v)] {
		return rng{} // Eine „offene Frage“ sei der Grund: reported content, and a predicate after the copula
	}
	_, ce := a.clauseBounds(v, u)
	if sp := a.postSubject(v, ce); a.speakerScore(sp) >= 1 {
		return sp
	}
	return rng{}
}

// judged reports whether a quotation shaped like a name (capitalised nouns, as
// German writes them) stands where reported content puts someone's words: after an
// indefinite article or als (Afghanistan sei ein „Opfer des Terrorismus“; bezeichnete
// es als „Wortbruch und Vertrauensbruch“). Inside the content of an attribution,
// such a quote is a partial quote, not a title.
func (a *analysis) judged(q qpair) bool {
	if q.open == 0 || !a.word(q.open-1) {
		return false
	}
	switch a.key(q.open - 1) {
	case "ein", "eine", "einen", "einem", "einer", "eines", "als":
		return true
	}
	return false
}

// laterMainClause returns the start and verb of the clause that holds a scare
// quote opening at open, when a second main clause joined by a comma stands between
// the sentence's verb f and the quote: in „Braun nannte die Strafe „hart“, Trainer
// Müller bezeichnete die Karten, die er sah, als „übertrieben““ the second quote
// is Müller's. The second clause must open with a subject that plainly names a
// person or an organisation, followed by an indicative verb: a subjunctive one
// (Er sagte, der Minister habe „gelogen“) is reported content of the first.
// Otherwise s and f are returned unchanged. Of several such clauses the last one
// before the quote holds it.
//
// Every comma of the sentence is read once, however many quotes the sentence
// holds (see laterMemo), and the verb of its clause is looked for at most
// maxMention tokens after it: a longer first field names no source.
func (a *analysis) laterMainClause(s, f, open int) (int, int) {
	m := &a.later
	if !m.ok || m.s != s || m.f != f || open < m.next {
		*m = laterMemo{ok: true, s: s, f: f, next: f + 1, best: -1, pend: m.pend[:0]}
	}
	for c := m.next; c < open; c++ {
		if a.isComma(c) && a.outside(c) {
			if f2 := a.commaClause(c + 1); f2 >= 0 {
				m.pend = append(m.pend, laterClause{c, f2})
			}
		}
	}
	m.next = max(m.next, open)
	// the clauses whose verb comes before the quote hold it; the pending list
	// keeps those whose verb comes later, at most maxMention+2 tokens after a
	// comma before the quote: a short list
	keep := m.pend[:0]
	for _, lc := range m.pend {
		switch {
		case lc.verb >= open:
			keep = append(keep, lc)
		case lc.comma > m.best:
			m.best, m.bestVerb = lc.comma, lc.verb
		}
	}
	m.pend = keep
	if m.best < 0 {
		return s, f
	}
	return m.best + 1, m.bestVerb
}

// commaClause returns the verb of the main clause that starts at s2, after a
// comma, if its subject plainly names a person or an organisation and its verb is
// indicative and not a verb of description (see laterMainClause); -1 otherwise.
// The verb may stand after the quotation being asked about: the caller compares.
func (a *analysis) commaClause(s2 int) int {
	if s2 >= len(a.toks) || !a.capWord(s2) && !a.is(s2, cDet) || a.relativeStart(s2) || a.is(s2, cSub) {
		return -1
	}
	// mainVerb reads [s2,e) from the start and does not skip a first field
	// here (s2 opens neither a subordinate nor a relative clause), so that its
	// answer for a longer stretch is its answer for any shorter one that still
	// holds the verb and the two words after it
	f2 := a.mainVerb(s2, min(len(a.toks), s2+maxMention+3))
	if f2 <= s2 || f2 > s2+maxMention || !a.finite(f2) || a.subj[f2] || a.fi[f2] || describing[a.key(f2)] {
		return -1
	}
	sub := rng{s2, f2}
	if !a.subjectLike(sub) || a.speakerScore(sub) < 2 {
		return -1
	}
	switch describe(a.t, a.toks, a.cls, sub[0], sub[1]).kind {
	case Person, Organisation:
		return f2
	}
	return -1
}

// A laterMemo holds what laterMainClause has read of one sentence, from its
// start s and verb f: the commas before next, the last of them whose clause
// qualifies and whose verb comes before the last quotation asked about (best,
// -1 if none, with its verb), and the qualifying clauses whose verb comes after
// it. Quotations are asked about in text order.
type laterMemo struct {
	ok             bool
	s, f, next     int
	best, bestVerb int
	pend           []laterClause
}

// laterClause is a main clause after a comma and its verb.
type laterClause struct{ comma, verb int }
