package source

// A frame reader asks the same questions of a clause for every verb in it: where
// a separated particle, a fixed phrase, an agent or an addressee stands. In news
// text a clause has a verb or two; in text without punctuation ("er sagte er
// sagte …") one clause holds up to maxClause verbs, and a scan of the clause for
// each of them would make the text quadratic up to that limit. The answers are
// kept for the last clause asked about, so that each question scans a clause once.

// The words verbFrame looks for in a clause, each by the first place it stands.
const (
	probeAus        = iota // aus, before an anonymous circle (aus Regierungskreisen verlautete)
	probeAgent             // von, vom or seitens, before the agent of a passive
	probeGegenueber        // gegenüber, before an addressee
	probeWorten            // mit den Worten, mit folgenden Sätzen
	probeModal             // a modal (man darf vermuten)
	nProbes
)

// clauseMemo holds the answers for the clause [cs,ce).
type clauseMemo struct {
	set    bool
	cs, ce int
	first  [nProbes]int // the first position of each probe; -2 if not looked for yet, -1 if absent
	last   []wordPos    // the last position of each particle looked for
	fixed  []fixedPos   // where the fixed phrase of each verb entry looked for stands
	at     []int        // the positions the fixed list points into
	// starts are the positions where a fixed phrase may start (cFixed), found
	// once for the verb entries of the clause (kommen has four phrases)
	starts    []int
	startsSet bool
	// cues has bit n set if the clause holds cue word n (verbLexicon.cues)
	cues    uint32
	cuesSet bool
	// the lists start in these arrays: a clause asks about a few words
	lastBuf   [4]wordPos
	fixedBuf  [2]fixedPos
	atBuf     [4]int
	startsBuf [8]int
}

type wordPos struct {
	w   string
	pos int
}

type fixedPos struct{ entry, from, to int }

// clause returns the memo for the clause [cs,ce), emptied if it held another one.
func (a *analysis) clause(cs, ce int) *clauseMemo {
	m := &a.cm
	if !m.set || m.cs != cs || m.ce != ce {
		m.set, m.cs, m.ce = true, cs, ce
		for k := range m.first {
			m.first[k] = -2
		}
		if m.last == nil {
			m.last, m.fixed, m.at, m.starts = m.lastBuf[:0], m.fixedBuf[:0], m.atBuf[:0], m.startsBuf[:0]
		}
		m.last, m.fixed, m.at, m.starts, m.startsSet, m.cuesSet = m.last[:0], m.fixed[:0], m.at[:0], m.starts[:0], false, false
	}
	return m
}

// probe returns the first position of probe p in the clause [cs,ce) where it can
// stand (the word after it must be in the clause too), or -1.
func (a *analysis) probe(cs, ce, p int) int {
	m := a.clause(cs, ce)
	if m.first[p] != -2 {
		return m.first[p]
	}
	res := -1
	for j := cs; j < ce && res < 0; j++ {
		k := a.key(j)
		switch p {
		case probeAus:
			if k == "aus" && j+1 < ce {
				res = j
			}
		case probeAgent:
			if (k == "von" || k == "vom" || k == "seitens") && j+1 < ce {
				res = j
			}
		case probeGegenueber:
			if k == "gegenüber" && j+1 < ce {
				res = j
			}
		case probeWorten:
			if k == "mit" && j+2 < ce && (a.key(j+1) == "den" || a.key(j+1) == "folgenden") && (a.key(j+2) == "worten" || a.key(j+2) == "sätzen") {
				res = j
			}
		case probeModal:
			if modalAux[k] {
				res = j
			}
		}
	}
	m.first[p] = res
	return res
}

// clauseCues returns the mask of the cue words in the clause [cs,ce) (see
// formRef.need): a reading whose particle or fixed phrase the clause lacks is
// turned away from it without a search of the words.
func (a *analysis) clauseCues(cs, ce int) uint32 {
	m := a.clause(cs, ce)
	if !m.cuesSet {
		m.cuesSet, m.cues = true, a.cues(cs, ce)
	}
	return m.cues
}

// cues returns the mask of the cue words among the tokens [s,e): bit n for cue
// word n (verbLexicon.cues), and bit 0 for every other token. Only words carry
// their classes, and a cue word is letters only (numberCues checks), which no
// other kind of token is.
func (a *analysis) cues(s, e int) uint32 {
	m := uint32(0)
	for _, c := range a.cls[s:e] {
		m |= 1 << (c >> cueShift)
	}
	return m
}

// lastWord returns the last position of the word w in the clause [cs,ce), or -1.
func (a *analysis) lastWord(cs, ce int, w string) int {
	m := a.clause(cs, ce)
	for _, l := range m.last {
		if l.w == w {
			return l.pos
		}
	}
	pos := -1
	for j := ce - 1; j >= cs; j-- {
		if a.key(j) == w {
			pos = j
			break
		}
	}
	m.last = append(m.last, wordPos{w, pos})
	return pos
}

// fixedPhrase returns the first position in the clause [cs,ce) of the fixed
// words of verb entry ei that does not take in the verb at i, or -1.
func (a *analysis) fixedPhrase(cs, ce, ei, i int) int {
	m := a.clause(cs, ce)
	fx := verbs.entries[ei].fixed
	n := len(fx)
	var at []int
	found := false
	for _, f := range m.fixed {
		if f.entry == ei {
			at, found = m.at[f.from:f.to], true
			break
		}
	}
	if !found {
		if !m.startsSet {
			m.startsSet = true
			for j := cs; j < ce; j++ {
				if a.cls[j]&cFixed != 0 || !a.word(j) { // a word that starts no fixed phrase is left out
					m.starts = append(m.starts, j)
				}
			}
		}
		from := len(m.at)
		for _, j := range m.starts {
			if j+n > ce {
				break
			}
			ok := true
			for k, w := range fx {
				if a.key(j+k) != w {
					ok = false
					break
				}
			}
			if ok {
				m.at = append(m.at, j)
			}
		}
		m.fixed = append(m.fixed, fixedPos{ei, from, len(m.at)})
		at = m.at[from:]
	}
	// at most n places take in i: the answer is near the start of the list
	for _, j := range at {
		if j+n <= i || j > i {
			return j
		}
	}
	return -1
}
