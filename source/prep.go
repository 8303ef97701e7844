package source

import (
	"slices"
	"strings"

	"github.com/aussage/aussage"
)

// prepFrames finds the frames without a verb: laut X, X zufolge, nach Angaben X,
// gemäß X, unter Berufung auf X, demnach, …, so X, wie X sagte, heißt es in X.
func (a *analysis) prepFrames(ui int) {
	u := a.units[ui]
	toks := a.toks
	ps := a.lists.in(listPrepFrame, u.a, u.end)
	if len(ps) == 0 || u.end < u.b && toks[u.end].Text == "?" {
		// no word that opens such a frame (most units), or a question: Welche
		// Vorschläge sind Ihrer Meinung nach verfassungswidrig? asks, reports nothing
		return
	}
	next := u.a // the first token a frame found does not take in
	for _, p := range ps {
		i := int(p)
		if i < next || !a.outside(i) || a.claimed[i] {
			continue
		}
		k := a.key(i)
		switch {
		case (k == "laut" || k == "gemäss" || k == "nach") && i+1 < u.end && i > u.a && a.isComma(i-1) && a.is(i+1, cRel) && a.word(i+1):
			// Studien der Charité, nach denen …; ein Gutachten, laut dem …: the
			// relative clause is the content of the noun before the comma
			if s := a.npBack(i-1, u.a); s < i-1 && (a.speechNP(s, i-1) || kindOf(a.key(i-2)) == Document || kindOf(a.key(i-2)) == Media) {
				c := a.addPrep(ui, k, rng{i, i + 1}, rng{s, i - 1}, rng{s, i + 2})
				c.content = a.rng1(rng{i + 2, a.contentEnd(i+2, u)})
				next = i + 2
			}
		case k == "laut" || k == "gemäss":
			if e := a.np(i+1, u.end); e > i+1 && (k == "laut" || a.sourceNP(i+1, e)) {
				a.addPrep(ui, k, rng{i, i + 1}, rng{i + 1, e}, rng{i, e})
				next = e
			}
		case k == "zufolge":
			if s := a.npBack(i, u.a); s < i {
				a.addPrep(ui, k, rng{i, i + 1}, rng{s, i}, rng{s, i + 1})
			}
		case k == "nach":
			if i > u.a && postposedNouns[a.key(i-1)] && i-2 >= u.a && a.is(i-2, cDet) {
				a.addPrep(ui, k, rng{i, i + 1}, rng{i - 2, i}, rng{i - 2, i + 1})
				continue
			}
			e := a.np(i+1, u.end)
			if e <= i+1 {
				continue // no noun phrase follows (the text may end here)
			}
			if e == i+3 && (a.key(i+1) == "der" || a.key(i+1) == "dem" || a.key(i+1) == "den") && !(a.speechNP(i+1, e) && strings.HasSuffix(a.key(i+2), "n")) {
				continue // nach der Unabhängigkeitserklärung: a time, not a source (but nach den Polizeiangaben)
			}
			if def := a.key(i+1) == "der" || a.key(i+1) == "dem"; def && e > i+3 && !strings.HasSuffix(a.key(i+2), "n") &&
				!a.is(i+3, cGen) && a.key(i+3) != "von" && a.key(i+3) != "vom" {
				continue // nach der Unabhängigkeitserklärung im Land: an event, unless its author is named
			}
			if e > i+1 && a.speechNP(i+1, e) {
				a.addPrep(ui, k, rng{i, i + 1}, a.ownSpeaker(ui, i, rng{i + 1, e}), rng{i, e})
				next = e
			}
		case k == "unter" && i+3 < u.end && a.key(i+1) == "berufung" && a.key(i+2) == "auf":
			if e := a.np(i+3, u.end); e > i+3 {
				a.addPrep(ui, "unter Berufung auf", rng{i, i + 3}, rng{i + 3, e}, rng{i, e})
				next = e
			}
		case k == "demnach" || k == "wonach" && i > u.a && a.isComma(i-1):
			// demnach points back to the source just named; wonach opens a
			// content clause after the noun it reports (Berichte, wonach …)
			c := a.addPrep(ui, k, rng{i, i + 1}, rng{i, i + 1}, rng{i, i + 1})
			c.anaphor = true
			if k == "wonach" {
				c.content = a.rng1(rng{i + 1, a.contentEnd(i+1, u)})
			}
		case k == "so" && i > u.a && (a.isComma(i-1) || a.closesSpeech(i-1)) && i+1 < u.end &&
			(!a.lower(i+1) || a.is(i+1, cDet) || soPronouns[a.key(i+1)]):
			// …, so der Sprecher: the tail frame of a quote or paraphrase
			e := a.np(i+1, u.end)
			if e <= i+1 && soPronouns[a.key(i+1)] {
				e = i + 2
			}
			fe := e
			for fe < u.end && fe < e+10 && !a.boundary(fe) && !a.is(fe, cVerb) {
				fe++ // so Littmann zu den Beweggründen des Vereins
			}
			if e > i+1 && (fe >= u.end || a.isComma(fe) || a.boundary(fe)) {
				fr := rng{i - 1, fe}
				if fe < u.end && a.isComma(fe) {
					fr[1]++ // …, so der Sprecher, …: with the closing comma
				}
				a.addPrep(ui, "so", rng{i, i + 1}, rng{i + 1, e}, fr)
				next = fe
			}
		case (k == "heisst" || k == "hiess" || k == "geheissen") && a.heisstEs(i):
			a.impersonal(ui, i)
		case k == "wie" && (i == u.a || a.isComma(i-1)):
			a.wieFrame(ui, i)
		}
	}
}

// speechNounTrie holds speechNounSuffixes.
var speechNounTrie = func() *suffixTrie {
	t := newSuffixTrie()
	for _, s := range speechNounSuffixes {
		t.add(s, UnknownKind)
	}
	return t
}()

// speechNoun reports whether k ends in a noun of saying, or in one with the
// ending en, n or s (Angaben, Aussagen, Berichts).
func speechNoun(k string) bool {
	if speechNounTrie.has(k) {
		return true
	}
	for _, end := range [...]string{"en", "n", "s"} {
		if s, ok := strings.CutSuffix(k, end); ok && speechNounTrie.has(s) {
			return true
		}
	}
	return false
}

// prepFrameWords are the words that prepFrames looks for: every case of its
// switch starts with one of them, so that a word outside the set is passed over
// with a look at its class bits. A new case must add its word here.
var prepFrameWords = set("laut", "gemäß", "nach", "zufolge", "unter", "demnach", "wonach", "so", "heißt", "hieß", "geheißen", "wie")

// soPronouns may name the speaker of a so-frame: „…“, so letztere.
var soPronouns = set("letztere", "letzterer", "ersterer", "erstere", "dieser", "diese", "er", "sie")

// closesSpeech reports whether token i closes a quotation: „…“ so der Sprecher
// needs no comma.
func (a *analysis) closesSpeech(i int) bool {
	return a.toks[i].Kind == aussage.QuoteClose && a.inQ[i] >= 0 && a.quotes[a.inQ[i]].close == i
}

// heisstEs reports whether the form of heißen at i stands with "es" (heißt es, es
// hieß, hatte es geheißen) and not with a name (er heißt Peter).
func (a *analysis) heisstEs(i int) bool {
	u0 := max(0, i-3)
	for j := u0; j < min(len(a.toks), i+2); j++ {
		if a.key(j) == "es" {
			return true
		}
	}
	// in denen es zu den Protesten auch heißt: es right after the relative
	// pronoun, the verb at the end of the clause
	for j := i - 4; j > 0 && j >= i-10; j-- {
		if a.key(j) == "es" && a.is(j-1, cRel) {
			return true
		}
	}
	return false
}

func (a *analysis) addPrep(ui int, lemma string, cue, speaker, frame rng) *cand {
	for i := frame[0]; i < frame[1]; i++ {
		a.claimed[i] = true
	}
	a.addCand(cand{typ: Indirect, unit: ui, cue: a.rng1(cue), speaker: speaker, frame: a.rng1(frame),
		entry: -1, lemma: lemma, prep: true, inherit: -1}, frame[0])
	return &a.cands[len(a.cands)-1]
}

// speechNP reports whether the noun phrase [s,e) is headed by a noun of saying or
// a source (nach Angaben der Polizei, nach einem Bericht), not time or place.
func (a *analysis) speechNP(s, e int) bool {
	for i := s; i < e; i++ {
		if !a.is(i, cCap) { // not a capitalised word
			continue
		}
		k := a.key(i)
		if speechNoun(k) {
			return true
		}
		if kd := kindOf(k); kd == Media || kd == Document {
			return true
		}
		if i == s && i+1 < e && strings.HasSuffix(k, "s") && a.capWord(i+1) {
			continue // nach Schäubles Idee: a possessive name before the noun
		}
		return false // only the first noun counts: nach dem Spiel der Polizei is no frame
	}
	return false
}

// sourceNP reports whether the noun phrase [s,e) can name a source: a noun of
// saying, a typed source noun or a bare name (gemäß der Netzzeitung, not gemäß dem
// neuen Profil).
func (a *analysis) sourceNP(s, e int) bool {
	if a.speechNP(s, e) || !a.is(s, cDet) {
		return true
	}
	for i := s; i < e; i++ {
		if a.capWord(i) {
			return kindOf(a.key(i)) != UnknownKind
		}
	}
	return false
}

// impersonal builds the frame of heißt es / hieß es (in X, aus X).
func (a *analysis) impersonal(ui, i int) {
	u := a.units[ui]
	cs, ce := a.clauseBounds(i, u)
	cue := []rng{{i, i + 1}}
	m := &a.imp
	if !m.set || m.cs != cs || m.ce != ce {
		*m = impersonalMemo{set: true, cs: cs, ce: ce, es: ce, from: ce + 1}
		for j := cs; j < ce; j++ {
			if a.key(j) == "es" {
				m.es = j
				break
			}
		}
	}
	if m.es < ce {
		cue = append(cue, rng{m.es, m.es + 1})
	}
	// the source: after a preposition at the start of the clause or after the cue
	sp := a.impersonalSource(cs, ce)
	if sp.empty() {
		if !(m.from <= i+1 && i+1 <= m.at) {
			m.from, m.at, m.sp = i+1, ce, rng{}
			for j := i + 1; j < ce; j++ {
				if m.sp = a.impersonalSource(j, ce); !m.sp.empty() {
					m.at = j
					break
				}
			}
		}
		sp = m.sp
	}
	if k := a.key(u.a); sp.empty() && cs > u.a && (k == "in" || k == "im") {
		// Im letzten Satz der Anordnung, die … zugestellt wurde, heißt es: the
		// document opens the sentence, before a relative clause
		if e := a.np(u.a+1, cs); e > u.a+1 {
			sp = rng{u.a + 1, e}
		}
	}
	if sp.empty() {
		sp = a.prepRelativeAntecedent(cs, u.a) // eine Erklärung, in der es heißt
	}
	c := a.frameContent(ui, cs, ce, i)
	if c == nil {
		return
	}
	sortRanges(cue)
	a.addCand(cand{typ: Indirect, unit: ui, cue: a.rngs(cue), speaker: sp, frame: a.rng1(c.frame), entry: -1,
		lemma: "heißen", content: c.content, inherit: -1}, i)
	for j := c.frame[0]; j < c.frame[1]; j++ {
		a.claimed[j] = true
	}
}

// impersonalMemo keeps what impersonal found in the last clause it read: a
// text without punctuation is one clause with a heißt es every few words, and a
// scan of the clause for each of them would make it quadratic. The first "es"
// does not depend on the cue; the first source from a token on holds for every
// cue up to it.
type impersonalMemo struct {
	set    bool
	cs, ce int
	es     int // the first "es" in the clause, ce if none
	// the first source found from token from on stands after the preposition at
	// at (ce if there is none); sp is that source
	from, at int
	sp       rng
}

// impersonalSource returns the source a preposition at j names in the clause
// ending at ce (in X, aus X, von X …), or an empty range.
func (a *analysis) impersonalSource(j, ce int) rng {
	switch a.key(j) {
	case "in", "aus", "im", "von", "vom", "bei", "beim", "seitens", "auf":
		if e := a.np(j+1, ce); e > j+1 {
			return rng{j + 1, e}
		} else if e := a.placePhrase(j+1, ce); e > j+1 {
			return rng{j + 1, e} // in einer gestern verbreiteten Erklärung
		}
	}
	return rng{}
}

// placePhrase returns the end of a short phrase from s that np does not parse (an
// adverb among its attributes: einer gestern verbreiteten Erklärung), up to its
// first capitalised noun after an article; s if there is none within a few words.
func (a *analysis) placePhrase(s, e int) int {
	if s >= e || !a.is(s, cDet) {
		return s
	}
	for j := s + 1; j < e && j < s+6; j++ {
		if !a.word(j) || !a.outside(j) {
			return s
		}
		if isCap(a.toks[j].Text) {
			return j + 1
		}
	}
	return s
}

// wieFrame builds "wie X mitteilte" and "wie berichtet".
func (a *analysis) wieFrame(ui, i int) {
	u := a.units[ui]
	_, ce := a.clauseBounds(i, u) // wie der Richter, Ottmar Breidling, ausführte
	v, vi := -1, -1
	for j := ce - 1; j > i && j >= ce-2; j-- {
		// the verb closes the clause: wie X mitteilte, wie X betont hat
		for _, ref := range a.verbRefs(j) {
			// a plain verb of saying: not bekannt werden or zu dem Schluss kommen
			// without their other words, not a verb that only names (wie er sich nannte)
			if e := &verbs.entries[ref.entry]; a.lower(j) && (e.content || e.lemma == "zitieren") && len(e.fixed) == 0 && e.particle == "" || ref.kind == finiteJoined {
				v, vi = j, ref.entry
				break
			}
		}
		if v >= 0 {
			break
		}
	}
	if v < 0 {
		return
	}
	e := &verbs.entries[vi]
	cue := []rng{{i, i + 1}, {v, v + 1}}
	if v+1 < ce && a.is(v+1, cAux) {
		cue = append(cue, rng{v + 1, v + 2})
	}
	s := i + 1
	if s < v && a.key(s) == "sich" {
		s++
	}
	var sp rng
	if end := a.np(s, v); end > s {
		sp = rng{s, end}
	} else if k := a.key(s); (k == "aus" || k == "in") && s+1 < v {
		if end := a.np(s+1, v); end > s+1 {
			sp = rng{s, end} // wie aus Regierungskreisen verlautete
		}
	}
	fr := rng{i, ce}
	if ce < u.end && a.isComma(ce) {
		fr[1] = ce + 1
	}
	if i > u.a && a.isComma(i-1) {
		fr[0] = i - 1
	}
	if fr[0] == u.a && fr[1] >= u.end {
		return
	}
	for j := fr[0]; j < fr[1]; j++ {
		a.claimed[j] = true
	}
	var relay rng
	if e.lemma == "zitieren" {
		sp, relay = a.wieQuoted(s, v) // wie X von Spiegel Online zitiert wird
	}
	a.addCand(cand{typ: Indirect, unit: ui, cue: a.rngs(cue), speaker: sp, relay: relay, frame: a.rng1(fr), entry: vi,
		lemma: e.lemma, prep: true, inherit: -1}, fr[0])
}

// mergeRelays folds a prepositional frame that stands inside a verb frame into it
// as a relay: „…“, sagte Raab laut Spiegel Online is one quote, relayed by the paper.
func (a *analysis) mergeRelays(first int) {
	if !slices.ContainsFunc(a.cands[first:], func(c cand) bool { return c.prep && !c.anaphor }) {
		return
	}
	// the verb frame of each prepositional one: the first that holds it
	var frames, preps []rng
	var owners, prepCands []int
	for ci := first; ci < len(a.cands); ci++ {
		switch c := &a.cands[ci]; {
		case c.prep && !c.anaphor:
			preps, prepCands = append(preps, c.frame[0]), append(prepCands, ci)
		case !c.prep && len(c.frame) > 0 && !c.hidden:
			frames, owners = append(frames, c.frame[0]), append(owners, ci)
		}
	}
	holder := containing(frames, preps, false)
	drop := make([]bool, len(a.cands)-first) // the candidates of this unit only
	for k, ci := range prepCands {
		if holder[k] < 0 {
			continue
		}
		c, o := &a.cands[ci], &a.cands[owners[holder[k]]]
		switch {
		case c.lemma == "unter Berufung auf" && o.relay.empty() && !o.speaker.empty():
			// X meldete unter Berufung auf Y: X relays what Y said
			o.relay, o.speaker = o.speaker, c.speaker
		case o.relay.empty():
			o.relay = c.speaker
		}
		drop[ci-first] = true
	}
	out := a.cands[:first]
	for ci := first; ci < len(a.cands); ci++ {
		if !drop[ci-first] {
			out = append(out, a.cands[ci])
		}
	}
	a.cands = out
}
