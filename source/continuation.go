package source

import "github.com/aussage/aussage"

// standaloneQuotes attributes speech quotes that no frame claimed: to a colon frame
// left open at the end of the previous unit, to the speaker of an attribution just
// before (a quote continued after its frame), or to nobody.
func (a *analysis) standaloneQuotes() {
	covered := grown(a.scr.covered, len(a.quotes))[:len(a.quotes)]
	clear(covered)
	a.scr.covered = covered
	for _, c := range a.cands {
		for _, q := range c.quotes {
			covered[q] = true
		}
	}
	out := a.scr.out[:0] // the new candidates, added to a.cands at the end
	defer func() { clear(out); a.scr.out = out[:0] }()
	lastOut := -1 // the last quotation in out with a speaker of its own or inherited
	ci := 0
	for qi, q := range a.quotes {
		scare := a.kinds[qi] == ScareQuote && q.closed
		if covered[qi] || a.kinds[qi] != SpeechQuote && !scare || q.single {
			continue
		}
		if o := a.inQ[q.open]; o >= 0 && int(o) != qi {
			continue // nested inside another quote
		}
		ui := a.unitOf(q.open)
		for ci < len(a.cands) && a.cands[ci].unit < ui {
			ci++
		}
		if ci > 0 {
			if p := &a.cands[ci-1]; p.pendColon && p.unit == ui-1 {
				// Er sagte: ¶ „…“ – the colon frame takes the quote that opens the next unit
				p.content, p.quotes, p.pendColon = a.rng1(rng{q.open, q.close + 1}), a.quoteList([]int{qi}), false
				continue
			}
		}
		// the content and the quotation go to their arenas only for a candidate
		// that is kept (see keepQuote): a text of many marks keeps few
		c := cand{typ: Direct, unit: ui, entry: -1, inherit: -1}
		if scare {
			// Für den Minister ist die Lage „alarmierend“; Osterloh sieht einen
			// „Angriff“: a quoted fragment in a clause that names who holds it is
			// that speaker's words, not the author's distance
			if c.speaker = a.quotedHolder(ui, q, ci < len(a.cands) && a.cands[ci].unit == ui); !c.speaker.empty() {
				a.kinds[qi] = PartialQuote
				lastOut = len(out)
				out = appendDoubling(out, a.keepQuote(c, qi))
			}
			continue
		}
		if sp, fr, cue := a.tailFrame(ui, q); !sp.empty() {
			// „…“, strich Romney heraus: any verb with its subject right after a
			// quotation frames it
			c.speaker, c.frame, c.cue = sp, a.rng1(fr), a.rng1(cue)
			for j := fr[0]; j < fr[1]; j++ {
				a.claimed[j] = true
			}
			lastOut = len(out)
			out = appendDoubling(out, a.keepQuote(c, qi))
			continue
		}
		if sp := a.quotedHolder(ui, q, ci < len(a.cands) && a.cands[ci].unit == ui); !sp.empty() {
			// Der Präsident konstatierte eine wachsende „Kluft“: the quoted words
			// are those of the clause's subject
			c.speaker = sp
			lastOut = len(out)
			out = appendDoubling(out, a.keepQuote(c, qi))
			continue
		}
		// the nearest earlier candidate with a speaker, in this or the previous paragraph
		for j := ci - 1; j >= 0 && a.cands[j].unit >= ui-5 && a.units[a.cands[j].unit].para >= a.units[ui].para-1; j-- {
			p := &a.cands[j]
			if p.pendColon || !p.speaker.empty() || p.inherit >= 0 {
				c.inherit = j
				break
			}
		}
		// or a quotation framed by its subject or a tail frame since then: „…“,
		// strich Romney heraus. „…“ – the speaker goes on
		if k := lastOut; k >= 0 && (c.inherit < 0 || out[k].unit > a.cands[c.inherit].unit) &&
			out[k].unit >= ui-5 && a.units[out[k].unit].para >= a.units[ui].para-1 {
			c.inherit = len(a.cands) + k
		}
		if sp := a.previousSubject(ui, q); !sp.empty() && (c.inherit < 0 || c.inherit < len(a.cands) && a.cands[c.inherit].unit < ui-1 ||
			c.inherit >= len(a.cands) && out[c.inherit-len(a.cands)].unit < ui-1) {
			// X widersprach. „…“: the person the sentence before is about says
			// the quotation that follows, rather than a speaker named further back
			c.speaker, c.inherit = sp, -1
		}
		if c.inherit < 0 && c.speaker.empty() && q.close-q.open < 6 {
			continue // a short quotation nobody is said to have spoken: a slogan, a headline
		}
		if c.inherit >= 0 || !c.speaker.empty() {
			lastOut = len(out)
		}
		out = appendDoubling(out, a.keepQuote(c, qi))
	}
	for i := range a.cands {
		if a.cands[i].pendColon {
			a.cands[i].hidden = true // no quote came: the frame only names a speaker
		}
	}
	a.cands = append(a.cands, out...)
	a.sortCands()
}

// keepQuote returns c with quotation qi as its content and its only quotation.
func (a *analysis) keepQuote(c cand, qi int) cand {
	q := a.quotes[qi]
	c.content, c.quotes = a.rng1(rng{q.open, q.close + 1}), a.quoteList([]int{qi})
	return c
}

func (a *analysis) unitOf(tok int) int {
	lo, hi := 0, len(a.units)
	for lo < hi {
		m := (lo + hi) / 2
		if a.units[m].b <= tok {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return min(lo, len(a.units)-1)
}

// freeIndirect attributes frameless units in the subjunctive, or with reportative
// sollen, to the attribution just before; consecutive ones form one event.
func (a *analysis) freeIndirect() {
	has := grown(a.scr.covered, len(a.units))[:len(a.units)]
	clear(has)
	a.scr.covered = has
	for _, c := range a.cands {
		has[c.unit] = has[c.unit] || !c.hidden || len(c.quotes) > 0
	}
	out := a.scr.out[:0] // the new candidates, added to a.cands at the end
	defer func() { clear(out); a.scr.out = out[:0] }()
	ci := 0
	last := -1 // index in out of the free-indirect candidate of the previous unit
	for ui, u := range a.units {
		for ci < len(a.cands) && a.cands[ci].unit < ui {
			ci++
		}
		if has[ui] {
			last = -1
			continue
		}
		strong, weak := false, false
		for _, f := range a.lists.in(listFinite, u.a, u.end) {
			i := int(f)
			if !a.outside(i) || !a.lower(i) {
				continue // only finite verbs and modals mark free indirect speech
			}
			switch {
			case a.fi[i]:
				strong = true
			case a.is(i, cReportative) || a.subj[i] && a.is(i, cStandIn):
				weak = true // plans and modal plurals continue a report, but start none
			}
		}
		if !strong && !weak || a.toks[u.a].Kind == aussage.QuoteOpen && a.inQ[u.a] >= 0 && a.kinds[a.inQ[u.a]] == SpeechQuote {
			last = -1
			continue
		}
		if last >= 0 && out[last].unit == ui-1 {
			out[last].content[0][1] = u.b
			out[last].unit = ui
			continue
		}
		// Konjunktiv I marks reported speech on its own: it continues the last source
		// however far back; plans with sollen only continue the sentence before
		reach, paras := len(a.units), len(a.units)
		if !strong {
			reach, paras = 2, 1
		}
		ante := -1
		for j := ci - 1; j >= 0 && a.cands[j].unit >= ui-reach; j-- {
			if a.units[a.cands[j].unit].para >= u.para-paras {
				ante = j
				break
			}
		}
		if ante < 0 && !(strong && a.reportativeIn(u)) {
			last = -1
			continue
		}
		if ante >= 0 && (a.cands[ante].unit < ui-6 || a.units[a.cands[ante].unit].para < u.para-1) {
			ante = -1 // too far back to name the speaker: reported speech of someone
		}
		out = appendDoubling(out, cand{typ: FreeIndirect, unit: ui, content: a.rng1(rng{u.a, u.b}), entry: -1, inherit: ante})
		last = len(out) - 1
	}
	n := len(a.cands)
	a.cands = append(a.cands, out...)
	for ci := n; ci < len(a.cands); ci++ {
		a.settleType(ci) // partial quotes inside free indirect speech
		a.cands[ci].typ = FreeIndirect
	}
	a.sortCands()
}

// reportativeIn reports whether the unit holds reportative sollen with a perfect
// infinitive, which marks hearsay even without an earlier source.
func (a *analysis) reportativeIn(u unit) bool {
	for i := u.a; i < u.end; i++ {
		if a.is(i, cReportative) && a.fi[i] {
			return true
		}
	}
	return false
}

// clauseSubject returns the subject of the sentence from s that a quotation opening
// at token open stands in, if it plainly names a speaker (a name, a source noun, a
// personal pronoun) and comes before the quote; empty otherwise. f is the main verb
// of the sentence, before the quotation; framed says whether the unit holds a frame
// of its own.
func (a *analysis) clauseSubject(s, f, open int, framed bool) rng {
	if s >= open || f < 0 || (a.fi[f] || a.subj[f]) && !framed {
		// a sentence in the subjunctive without a frame reports someone named
		// before (Sie seien „geeignet“; Der Sender hätte ihm „eine Bühne gegeben“):
		// its subject is what is spoken about
		return rng{}
	}
	var pre rng
	vf := rng{s, f}
	if vf[1]-vf[0] > 1 && focusParticles[a.key(s)] {
		vf[0]++ // Auch der Sprecher der Fraktion will „…“
	}
	if a.subjectLike(vf) {
		pre = a.trimAdverbs(vf)
	}
	sp := a.chooseSubject(pre, f, open)
	if sc := a.speakerScore(sp); sc < 1 || sc == 1 && !a.bareName(sp) {
		return rng{}
	}
	return sp
}

// tailFrame finds a frame right after the quotation q whose verb is not a
// reporting verb („…“, strich Romney heraus; „…,“ freute sich die Trainerin): a
// finite verb after the comma, then its subject. It returns the speaker, the frame
// and the cue, or an empty speaker.
func (a *analysis) tailFrame(ui int, q qpair) (sp, fr, cue rng) {
	u := a.units[ui]
	v := q.close + 1
	switch {
	case v < u.end && a.isComma(v):
		v++
	case q.close > q.open+1 && a.isComma(q.close-1):
	default:
		return
	}
	so := v
	if v+1 < u.end && a.key(v) == "so" && a.outside(v) && !a.claimed[v] && a.lower(v+1) && a.finite(v+1) {
		v++ // „…“, so charakterisierte ihn der Gewerkschafter
	} else if v+3 < u.end && a.key(v) == "mit" && (a.key(v+1) == "diesen" || a.key(v+1) == "den") && a.key(v+2) == "worten" &&
		a.outside(v) && !a.claimed[v] && a.lower(v+3) && a.finite(v+3) {
		v += 3 // „…“, mit diesen Worten meldete er sich zurück
	}
	if v >= u.end || !a.lower(v) || !a.outside(v) || a.claimed[v] || !a.finite(v) && !a.is(v, cVerb) {
		return
	}
	_, ce := a.clauseBounds(v, u)
	w := v
	for w+1 < ce && (a.key(w+1) == "ihn" || a.key(w+1) == "ihm" || a.key(w+1) == "ihnen") {
		w++ // so charakterisierte ihn der Gewerkschafter: the object comes before the subject
	}
	sp = a.postSubject(w, ce)
	if a.speakerScore(sp) < 1 {
		return rng{}, rng{}, rng{}
	}
	fr = rng{so, ce}
	if a.isComma(so - 1) {
		fr[0] = so - 1
	}
	if ce < u.end && a.isComma(ce) {
		fr[1] = ce + 1
	}
	cue = rng{v, v + 1}
	if v+1 < ce && a.key(v+1) == "sich" {
		cue[1] = v + 2
	}
	return sp, fr, cue
}

// bareName reports whether r is a name without an article (Milinkewitsch, Merkel):
// as the subject of a sentence that holds a quotation, it names the speaker, where
// a common noun (der Franzose, Zweifel) may name what the quote is about.
func (a *analysis) bareName(r rng) bool {
	if a.particleName(r[0], r[1]) == r[1] {
		return true // Von der Leyen
	}
	return r[1]-r[0] <= 2 && a.capWord(r[0]) && !a.is(r[0], cDet) && !hasAnySuffix(a.key(r[1]-1), abstractSuffixes...)
}
