package source

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/aussage/aussage"
	// named apart from this package's scratch, the buffers of an analysis
	buffers "github.com/aussage/aussage/internal/scratch"
)

// A Detector finds quotations, sources and attributions. The zero value is ready to
// use; the fields switch off parts of the analysis. A Detector is immutable and safe
// for concurrent use.
type Detector struct {
	// NoFreeIndirect leaves out free indirect speech (frameless subjunctive sentences
	// that continue an earlier attribution): the least certain type.
	NoFreeIndirect bool
	// NoReported leaves out speech acts named without content (forderte Reformen).
	NoReported bool
}

// rng is a half-open token range.
type rng [2]int

func (r rng) empty() bool { return r[1] <= r[0] }

// cand is an attribution while it is being built, in token ranges.
// The flags stand together, which saves a word each: a sentence of many frames
// has many candidates.
type cand struct {
	typ       Type
	neg       bool
	anaphor   bool // demnach, wonach: the source of the previous attribution
	prep      bool // a prepositional or impersonal frame: content is the rest of the unit
	pendColon bool // a colon frame whose quote follows in the next unit
	// hidden marks a speech act that is not an attribution itself (the verb has no
	// content and is not reported alone) but names a speaker: it carries quoted
	// fragments and is the antecedent of the subjunctive sentences that follow.
	hidden  bool
	unit    int
	content []rng
	speaker rng
	cue     []rng
	frame   []rng
	addr    rng
	relay   rng // the relaying speaker (die Staatsmedien zitierten ihn): a hop before the source
	entry   int // verb entry, -1 for other frames
	lemma   string
	inherit int // continuation of this candidate (free indirect, frameless quote); -1 if none
	quotes  []int
}

// unit is a stretch of sentences no quotation crosses.
type unit struct {
	a, b int // tokens
	end  int // b without final punctuation outside quotes
	para int
}

// analysis is the state of one Find call.
type analysis struct {
	t      *aussage.Text
	toks   []aussage.Token
	quotes []qpair
	inQ    []int32 // outermost quote pair per token, -1 outside
	kinds  []QuoteKind
	// scareOpens are the tokens, in order, that open a quote classified as a
	// ScareQuote and outermost at its opening mark
	scareOpens []int
	negs       []int // the tokens that are negators, in order
	units      []unit
	claimed    []bool    // tokens used by a frame
	cls        []uint32  // word classes and boundary marks per token
	lists      classToks // the tokens of a few classes
	subj       []bool    // subjunctive or reportative finite verb
	fi         []bool    // a mark of free indirect speech: Konjunktiv I, its plural stand-ins, reportative sollen
	verb       []bool    // a finite verb of the text's Verbs: finite reads it rather than search the verbs
	abbr       []bool    // a dot inside a sentence, before a word: an abbreviation (Prof. Dr. Matthias W. Beckmann)
	// particleNames holds the surnames the text writes with a name particle after a
	// first name (Ursula von der Leyen, Karl-Theodor zu Guttenberg), so that „Von
	// der Leyen“ at the start of a sentence is read as the name, not as a phrase
	// with von; nil if there are none.
	particleNames map[string]bool
	endMemo       struct{ s, res, end int } // the last contentEnd answer
	// backMemo is the last appositionStart answer: from p in the unit that
	// starts at token a, the walk stopped at res; valid while the unit's quote
	// kinds stand, so unitFrames resets it
	backMemo walkMemo
	// startMemo and markMemo are the last answers of clauseStart and nextMark,
	// in the same form and reset with it
	startMemo, markMemo walkMemo
	fidx                frameIndex // the frames of the unit being analysed
	cands               []cand
	spanBuf             []aussage.Span // the backing array of the result's span lists
	intBuf              []int          // the backing array of the result's chains
	rngBuf              []rng          // the backing array of candidates' short range lists
	qBuf                []int          // the backing array of candidates' quotation lists
	fc                  framed         // the last answer of frameContent
	sent                sentenceMemo   // the last sentence sentenceOf found
	subjects            map[int]rng    // unitSubject's answers, by unit
	cm                  clauseMemo     // what verbFrame found in the last clause it read
	imp                 impersonalMemo // what impersonal found in the last clause it read
	later               laterMemo      // what laterMainClause read of the last sentence it was asked about
	ante                unitAntecedent // what sameUnitAntecedent read of the last unit it was asked about
	// scr is the memory of an earlier Find call that this one reuses; a
	// pointer, so that clearing the analysis for the next call copies no lists
	scr *scratch
}

// scratch holds the working lists of an analysis that no result refers to, kept
// from one Find call to the next in a pool: a text would otherwise allocate
// them anew, about as many bytes as the text has, for the collector to free.
type scratch struct {
	flags []bool
	lists classToks
	marks []int32 // the tokens pairQuotes reads
	inQ   []int32
	cls   []uint32
	cands []cand
	units []unit
	rngs  []rng
	qints []int
	negs  []int
	scare []int
	fidx  frameIndex
	pend  []laterClause
	// result's working lists; bcand and cpass are cleared when the analysis is
	// kept, since they point to the candidates and the result
	bcand  []*cand
	brelay []int
	ints   []int
	cpass  [][]aussage.Span
	hulls  []hull
	reg    *registry
	// expandMentions', partialOwners', standaloneQuotes' and freeIndirect's
	owner   map[string]int
	known   []aussage.Span
	added   []bool
	done    seenSpans
	owners  []int
	named   []bool
	covered []bool
	out     []cand
	// unitSubject's and markParticleNames' maps, and sortCands' lists
	subjects  map[int]rng
	particles map[string]bool
	order     []int
	// the name words of the mentions sourceMention describes (describeIn), and
	// the quotations pairQuotes pairs, with its stack
	words []string
	pairs []qpair
	stack []quoteOpen
	// the spans of the direct candidate result is emitting, with the quotation
	// each one is (directSpans), and the quotations given a direct attribution
	content   []aussage.Span
	whole     []int32
	quoteDone []bool
	// unitFrames' pieces of content, settleType's quotations and direct content
	pieces []rng
	qs     []int
	cs     []rng
}

// classToks holds, for a few word classes, the tokens of the class in order (a
// token of several classes is in several lists): the passes that look for verbs,
// auxiliaries, certain prepositions and names read these rather than every token.
type classToks struct {
	toks [nLists][]int32
	at   [nLists]int // where the last answer of in ended, per list
	// readings holds, beside toks[listVerb], the index of each verb form's
	// readings in verbs.list, found with its classes
	readings []int32
}

// The lists of classToks, and the classes they hold.
const (
	listVerb      = iota // cVerb
	listAux              // cAux
	listVonZuAuf         // cVonZuAuf
	listPrepFrame        // cPrepFrame
	listName             // cName
	listFinite           // the subjunctive verbs and the auxiliaries (markSubjunctives)
	listColon            // the colons (colonFrames)
	nLists
)

// listed is the union of the classes with a list that add fills (run adds the
// names as it finds them).
const listed = cVerb | cAux | cVonZuAuf | cPrepFrame

// add adds token i, of classes c, to the lists of its classes. A test for each
// list would often guess wrong: each list takes the token and keeps it only if
// it is of its class.
func (l *classToks) add(c uint32, i int) {
	v := int32(i)
	l.push(listVerb, v, c/cVerb&1)
	l.push(listAux, v, c/cAux&1)
	l.push(listVonZuAuf, v, c/cVonZuAuf&1)
	l.push(listPrepFrame, v, c/cPrepFrame&1)
}

// push appends v to list k and keeps it if keep is 1. A full list doubles
// (append grows a long one by a quarter, which a long text would copy many times).
func (l *classToks) push(k int, v int32, keep uint32) {
	ts := l.toks[k]
	if len(ts) == cap(ts) {
		ts = slices.Grow(ts, max(64, len(ts)))
	}
	ts = append(ts, v)
	l.toks[k] = ts[:len(ts)-1+int(keep)]
}

// in returns the tokens of list k in [s,e).
func (l *classToks) in(k, s, e int) []int32 {
	lo, hi := l.span(k, s, e)
	return l.toks[k][lo:hi]
}

// span returns where the tokens of list k in [s,e) lie in the list. The units
// are read in order: each answer starts where the last one of the list ended,
// and a scan finds its ends.
func (l *classToks) span(k, s, e int) (int, int) {
	ts, lo := l.toks[k], l.at[k]
	if lo > 0 && int(ts[lo-1]) >= s {
		lo, _ = slices.BinarySearch(ts, int32(s)) // asked out of order
	}
	for lo < len(ts) && int(ts[lo]) < s {
		lo++
	}
	hi := lo
	for hi < len(ts) && int(ts[hi]) < e {
		hi++
	}
	l.at[k] = hi
	return lo, hi
}

// maxPooled is the largest text, in tokens, whose working lists go back to the
// pool: a megabyte of any shape (a million commas) or some eight megabytes of
// news prose. The working memory of a larger text is left to the collector, so
// that a rare huge document does not keep it in the pool. (A sync.Pool frees what
// is not taken again within two collections.) With texts of up to 65,536 tokens
// pooled, a megabyte of ASCII quotation marks cost 112 ns a byte, against 92 with
// its working lists reused and 83 for a kilobyte. A variable: the tests lower it.
var maxPooled = 1_300_000

var analyses = sync.Pool{New: func() any { return new(analysis) }}

// grown returns s emptied, with room for n elements.
func grown[T any](s []T, n int) []T { return slices.Grow(s[:0], n) }

// Find analyses t.
func (d Detector) Find(t *aussage.Text) *Result { return d.FindReusing(t, nil) }

// FindReusing analyses t like Find, and builds the result's lists of quotes,
// sources and attributions in those of old, a result of an earlier call that the
// caller reads no more (nil for none): a caller that converts each result and
// drops it, as claim does, so saves allocating them again for every text. The
// lists the attributions and sources hold (spans, mentions, chains) are new, so
// what the caller took of old stays valid. Old's lists are emptied.
func (d Detector) FindReusing(t *aussage.Text, old *Result) *Result {
	a := analyses.Get().(*analysis)
	scr := a.scr
	if scr == nil {
		scr = new(scratch)
	}
	*a = analysis{t: t, toks: t.Tokens(), scr: scr}
	a.cands, a.units, a.rngBuf, a.negs, a.scareOpens = a.scr.cands, a.scr.units, a.scr.rngs, a.scr.negs, a.scr.scare
	a.fidx, a.later.pend, a.qBuf = a.scr.fidx, a.scr.pend, a.scr.qints
	a.run(d)
	res := a.result(old)
	if len(a.toks) <= maxPooled {
		a.keep()
		analyses.Put(a)
	}
	return res
}

// keep takes the working lists back into the scratch memory and drops every
// other reference, to the text and to the result, before the analysis goes back
// to the pool. The candidates are cleared: they refer to lists of the result.
func (a *analysis) keep() {
	s := a.scr
	clear(a.cands)
	clear(s.words)
	clear(s.bcand)
	clear(s.cpass)
	// the lists the analysis grew go back emptied; the maps and the lists only
	// the scratch holds (owner, known, …) stay as they are
	for k := range a.lists.toks {
		s.lists.toks[k] = a.lists.toks[k][:0]
	}
	s.lists.readings = a.lists.readings[:0]
	s.marks, s.inQ, s.cls, s.cands, s.units = s.marks[:0], a.inQ[:0], a.cls[:0], a.cands[:0], a.units[:0]
	s.rngs, s.qints, s.negs, s.scare = a.rngBuf[:0], a.qBuf[:0], a.negs[:0], a.scareOpens[:0]
	s.fidx, s.pend = frameIndex{a.fidx.items[:0], a.fidx.maxEnd[:0]}, a.later.pend[:0]
	s.bcand, s.brelay, s.ints, s.cpass, s.hulls = s.bcand[:0], s.brelay[:0], s.ints[:0], s.cpass[:0], s.hulls[:0]
	s.words, s.pairs, s.stack = s.words[:0], a.quotes[:0], s.stack[:0]
	s.content, s.whole, s.quoteDone, s.qs, s.cs, s.pieces = s.content[:0], s.whole[:0], s.quoteDone[:0], s.qs[:0], s.cs[:0], s.pieces[:0]
	if s.reg != nil {
		s.reg.reset()
	}
	*a = analysis{scr: s}
}

// Attributions iterates over the attributions Find returns.
func (d Detector) Attributions(t *aussage.Text) iter.Seq2[int, Attribution] {
	return func(yield func(int, Attribution) bool) {
		for i, at := range d.Find(t).Attributions {
			if !yield(i, at) {
				return
			}
		}
	}
}

// Quotes iterates over the quotations Find returns.
func (d Detector) Quotes(t *aussage.Text) iter.Seq[Quote] {
	return func(yield func(Quote) bool) {
		for _, q := range d.Find(t).Quotes {
			if !yield(q) {
				return
			}
		}
	}
}

func (a *analysis) run(d Detector) {
	toks := a.toks
	// the flags per token in one allocation
	n := len(toks)
	flags := grown(a.scr.flags, 5*n)[:5*n]
	clear(flags)
	a.scr.flags = flags
	a.abbr, a.subj, a.fi, a.claimed, a.verb = flags[:n:n], flags[n:2*n:2*n], flags[2*n:3*n:3*n], flags[3*n:4*n:4*n], flags[4*n:]
	// one pass over the tokens for what needs their text: the word classes, the
	// capitalised names, the negators, the dots before a word (abbreviations, which
	// markAbbreviations narrows down), and the tokens pairQuotes reads. Names and
	// abbreviations stand outside quotations only: the pass takes them wherever
	// they stand, and the quotations, once paired, take back those they hold.
	a.cls = grown(a.scr.cls, n)[:n] // each token's is set below
	a.inQ = grown(a.scr.inQ, n)[:n] // -1 for each token below, then the quotations' own
	// and the lists of the tokens of the classes that later passes look for, so
	// that each reads its few tokens rather than all (see classToks)
	var lists classToks
	for k := range lists.toks {
		lists.toks[k] = a.scr.lists.toks[k][:0]
	}
	lists.readings = a.scr.lists.readings[:0]
	marks := a.scr.marks[:0]
	for i := range toks {
		tok := &toks[i] // a pointer: a token is large, and this loop reads every one
		mark := tok.Gap == aussage.Paragraph && i > 0
		c := uint32(0)
		switch tok.Kind {
		case aussage.Word:
			v, _ := classTable.Get(tok.Key)
			c = uint32(v) | cWord
			if w := tok.Text; len(w) > 0 && w[0] < utf8.RuneSelf {
				// isCap of the many words that start in ASCII: A to Z, in
				// arithmetic, as a third of the words are capitalised and a
				// test would often guess wrong
				c |= (uint32(w[0]-'A') - 26) >> 31 * cCap
			} else if isCap(w) {
				c |= cCap
			}
			// cName as capWord decides it (a capital, of no closed class), in
			// arithmetic too
			closed := c & notName
			name := c / cCap & 1 * cName & ((closed|-closed)>>31 - 1)
			c |= name
			lists.push(listName, int32(i), name/cName)
			if c&(cNeg|listed) != 0 {
				if c&cNeg != 0 {
					a.negs = append(a.negs, i)
				}
				lists.add(c, i)
				if c&cVerb != 0 {
					lists.readings = append(lists.readings, int32(v>>32))
				}
			}
		case aussage.Punct:
			if boundaryPunct(tok.Text) {
				c = cBound
			}
			if tok.Text == "." && i+1 < n {
				k := toks[i+1].Kind
				a.abbr[i] = k == aussage.Word || k == aussage.Number
			} else if tok.Text == ":" {
				lists.toks[listColon] = append(lists.toks[listColon], int32(i))
			}
		case aussage.Dash:
			c = cBound
		case aussage.QuoteOpen, aussage.QuoteClose:
			c = cQuote
			mark = true
		case aussage.URL:
			if isCap(tok.Text) { // capWord takes every URL outside quotations
				c = cName
				lists.toks[listName] = append(lists.toks[listName], int32(i))
			}
		}
		a.cls[i], a.inQ[i] = c, -1
		if mark {
			// a text of nothing but quotation marks has as many marks as tokens
			marks = append(buffers.Room(marks, i+1, n, n), int32(i))
		}
	}
	a.scr.marks = marks
	a.quotes, a.scr.stack = pairQuotes(a.t, toks, marks, a.scr.pairs[:0], a.scr.stack[:0])
	// each token belongs to the first quote (by opening) that holds it; the tokens
	// before covered are taken already, which keeps deep nesting linear. A quoted
	// token is neither a name nor an abbreviation's dot.
	covered := 0
	quotedNames := false
	for qi, q := range a.quotes {
		for i := max(q.open, covered); i <= q.close; i++ {
			a.inQ[i] = int32(qi)
			quotedNames = quotedNames || a.cls[i]&cName != 0
			a.cls[i] &^= cName
			a.abbr[i] = false
		}
		covered = max(covered, q.close+1)
	}
	if quotedNames {
		names := lists.toks[listName][:0]
		for _, i := range lists.toks[listName] {
			if a.inQ[i] < 0 {
				names = append(names, i)
			}
		}
		lists.toks[listName] = names
	}
	a.kinds = make([]QuoteKind, len(a.quotes))
	titles := map[string]bool{}
	for i, q := range a.quotes {
		a.kinds[i] = quoteShape(toks, q)
		// a name quoted once as a title stays a title: die Gruppe „Lazarus“ … zu „Lazarus“
		name := a.t.Slice(aussage.Span{Start: toks[q.open].Span.End, End: toks[q.close].Span.Start})
		if a.kinds[i] == TitleQuote {
			titles[name] = true
		} else if a.kinds[i] == ScareQuote && titles[name] {
			a.kinds[i] = TitleQuote
		}
	}
	a.scareOpens = slices.Grow(a.scareOpens, len(a.quotes)) // at most one a quote: sized once
	for qi, q := range a.quotes {
		if a.kinds[qi] == ScareQuote && a.inQ[q.open] == int32(qi) {
			a.scareOpens = append(a.scareOpens, q.open)
		}
	}
	a.lists, a.scr.lists = lists, lists
	// room for a candidate per verb and quotation, up to a bound: a text rarely
	// has more, and a text of many verbs in clauses too long to frame has none
	if c := min(len(lists.toks[listVerb])+len(a.quotes), maxPrealloc); c > 0 {
		a.cands = grown(a.scr.cands, c)
	}
	a.markSubjunctives()
	a.markAbbreviations()
	a.markParticleNames()
	a.buildUnits()
	for ui := range a.units {
		a.unitFrames(ui, d)
	}
	a.standaloneQuotes()
	if !d.NoFreeIndirect {
		a.freeIndirect()
	}
}

func (a *analysis) markSubjunctives() {
	toks := a.toks
	vs := a.t.Verbs()
	next := 0 // the first boundary after the current token, found once for all the tokens before it
	// the tokens of interest to freeIndirect, too: the subjunctive verbs and the
	// auxiliaries, each of which mark reads
	finite := a.scr.lists.toks[listFinite][:0]
	mark := func(i int) {
		if a.subj[i] || a.is(i, cAux) {
			finite = append(finite, int32(i))
		}
		if !a.word(i) {
			return
		}
		if !a.is(i, cMood) {
			a.fi[i] = a.subj[i] // in none of the maps below: neither reportative nor conditional
			return
		}
		rep := a.is(i, cReportative)
		if rep && next <= i {
			for next = i + 1; next < len(toks) && a.cls[next]&(cBound|cQuote) == 0; next++ {
			}
		}
		if (rep && a.perfectInfinitive(i, next)) || (len(vs) == 0 && a.is(i, cSubjunctive) && !(i > 0 && toks[i-1].Key == "ich")) {
			if !a.subj[i] && !a.is(i, cAux) {
				finite = append(finite, int32(i))
			}
			a.subj[i] = true
		}
		a.fi[i] = a.subj[i] && !a.is(i, cConditional)
	}
	defer func() { a.lists.toks[listFinite] = finite }()
	if len(vs) == 0 {
		for i := range toks {
			if toks[i].Kind == aussage.Word { // mark passes over the rest
				mark(i)
			}
		}
		return
	}
	// every form of interest is a finite verb or an auxiliary: the auxiliaries
	// and the subjunctive verbs, in order. The verbs come in text order, so
	// that one pass marks the finite verbs and the subjunctive ones, and mark
	// reads each token after its verb's flags are set.
	auxs, n := a.lists.toks[listAux], 0
	for _, v := range vs {
		a.verb[v.Token] = true
		if (v.Mood == aussage.Konjunktiv1 || v.Mood == aussage.Konjunktiv2) && (!v.Ambiguous || a.is(v.Token, cSubjunctive)) {
			a.subj[v.Token] = true
		}
		if !a.subj[v.Token] {
			continue
		}
		for ; n < len(auxs) && int(auxs[n]) <= v.Token; n++ {
			if int(auxs[n]) < v.Token {
				mark(int(auxs[n]))
			}
		}
		mark(v.Token)
	}
	for ; n < len(auxs); n++ {
		mark(int(auxs[n]))
	}
}

// perfectInfinitive reports whether the clause of the modal at i ends in a perfect
// infinitive (soll … gewusst haben, sollen … festgenommen worden sein): the
// reportative reading of sollen, as opposed to a plan (soll … gebaut werden). j is
// the first boundary after i (or the end of the text): the caller finds it once for
// all the modals of a clause, which keeps text without punctuation linear.
func (a *analysis) perfectInfinitive(i, j int) bool {
	if j-i < 3 {
		return false
	}
	last, prev := a.key(j-1), a.key(j-2)
	return (last == "haben" || last == "sein") && (prev == "worden" || prev == "gewesen" || strings.HasPrefix(prev, "ge") ||
		hasAnySuffix(prev, "t", "en") && prev != "haben" && prev != "werden")
}

// buildUnits merges sentences so that no closed quotation crosses a unit boundary
// (a quote of several sentences belongs with its frame), within a paragraph.
func (a *analysis) buildUnits() {
	toks := a.toks
	sents := a.t.Sentences()
	a.units = grown(a.scr.units, len(sents))
	para := 0
	for si := 0; si < len(sents); si++ {
		u := unit{a: sents[si].Tokens[0], b: sents[si].Tokens[1]}
		if u.a >= u.b {
			continue
		}
		for si+1 < len(sents) && a.quoteCrosses(u.b) && toks[sents[si+1].Tokens[0]].Gap != aussage.Paragraph {
			si++
			u.b = sents[si].Tokens[1]
		}
		if len(a.units) > 0 && toks[u.a].Gap == aussage.Paragraph {
			para++
		}
		u.para = para
		u.end = u.b
		for u.end > u.a && toks[u.end-1].Kind == aussage.Punct && a.inQ[u.end-1] < 0 {
			switch toks[u.end-1].Text {
			case ".", "!", "?", ":", ";", "...":
				u.end--
				continue
			}
			break
		}
		a.units = append(a.units, u)
	}
}

// markAbbreviations marks the dots that do not end their sentence and stand before
// a word: the dots of abbreviations and initials, which neither end a clause nor
// break a name. run has marked every dot outside quotes before a word or number
// (in the pass that reads the tokens' text); this leaves out the last token of
// each sentence and the tokens in none.
func (a *analysis) markAbbreviations() {
	next := 0 // the first token after the sentences seen
	for _, s := range a.t.Sentences() {
		for j := next; j < min(s.Tokens[0], len(a.abbr)); j++ {
			a.abbr[j] = false // mostly none: sentences follow each other
		}
		if e := s.Tokens[1] - 1; e >= s.Tokens[0] && e < len(a.abbr) {
			a.abbr[e] = false
		}
		next = max(next, s.Tokens[1])
	}
	clear(a.abbr[min(next, len(a.abbr)):])
}

// markParticleNames collects the surnames that follow a first name and a
// lower-case name particle: Ursula von der Leyen, Karl-Theodor zu Guttenberg.
func (a *analysis) markParticleNames() {
	toks := a.toks
	for _, p := range a.lists.toks[listVonZuAuf] {
		i := int(p)
		if i < 1 || i+1 >= len(toks) {
			continue
		}
		if k := toks[i].Key; (k != "von" && k != "zu") || isCap(toks[i].Text) || !a.is(i-1, cName) ||
			i > 1 && a.is(i-2, cDet) {
			continue // not after a first name (die Regierung von …)
		}
		j := i + 1
		if toks[i].Key == "von" && (toks[j].Key == "der" || toks[j].Key == "den") && j+1 < len(toks) {
			j++
		}
		if a.capWord(j) && (j+1 >= len(toks) || !a.capWord(j+1)) {
			if a.particleNames == nil {
				// the map of an earlier text, emptied, unless it grew large
				if a.particleNames = a.scr.particles; a.particleNames == nil || len(a.particleNames) > maxReusedMap {
					a.particleNames = map[string]bool{}
					a.scr.particles = a.particleNames
				}
				clear(a.particleNames)
			}
			a.particleNames[toks[j].Key] = true
		}
	}
}

// particleName returns the end of a surname with a capitalised particle that
// starts at s (Von der Leyen, Zu Guttenberg), or s if there is none.
func (a *analysis) particleName(s, e int) int {
	if a.particleNames == nil || s+1 >= e {
		return s
	}
	j := s + 1
	if a.key(s) == "von" && (a.key(j) == "der" || a.key(j) == "den") {
		j++
	}
	if j < e && a.particleNames[a.key(j)] && isCap(a.toks[j].Text) {
		return j + 1
	}
	return s
}

// quoteCrosses reports whether a closed quote opens before token b and closes at or after it.
func (a *analysis) quoteCrosses(b int) bool {
	if b <= 0 || b >= len(a.toks) {
		return false
	}
	q := a.inQ[b-1]
	return q >= 0 && a.quotes[q].closed && a.quotes[q].close >= b
}

func (a *analysis) isComma(i int) bool {
	return a.toks[i].Kind == aussage.Punct && a.toks[i].Text == ","
}

// word and lower read the class bits run set rather than the token, which is
// many times larger.
func (a *analysis) word(i int) bool { return a.cls[i]&cWord != 0 }

// key and is read past either end of the text as an empty word of no class, so
// that a rule looking a few words ahead (`nach der …`) cannot fall off a text that
// ends early; every rule still checks its own limits, this is the safety net.
func (a *analysis) key(i int) string {
	if uint(i) >= uint(len(a.toks)) {
		return ""
	}
	return a.toks[i].Key
}

func (a *analysis) is(i int, c uint32) bool { return uint(i) < uint(len(a.cls)) && a.cls[i]&c != 0 }

// verbRefs returns the reporting-verb readings of token i: the class bit turns
// away the tokens that are no form of one without a lookup.
func (a *analysis) verbRefs(i int) []formRef {
	if !a.is(i, cVerb) {
		return nil
	}
	return verbs.lookup(a.key(i))
}

func (a *analysis) outside(i int) bool { return a.inQ[i] < 0 }

func (a *analysis) lower(i int) bool { return a.cls[i]&(cWord|cCap) == cWord }

func (a *analysis) boundary(i int) bool {
	c := a.cls[i]
	if c&(cBound|cQuote) == 0 || a.abbr[i] {
		return false
	}
	if c&cQuote != 0 {
		q := a.inQ[i]
		return q < 0 || a.kinds[q] == SpeechQuote || a.kinds[q] == PartialQuote
	}
	return true // a boundary mark or a dash
}

// boundaryPunct reports whether the punctuation token text is a clause boundary:
// , ; : . ! or ?
func boundaryPunct(text string) bool {
	return len(text) == 1 && boundaryBytes[text[0]]
}

var boundaryBytes = [256]bool{',': true, ';': true, ':': true, '.': true, '!': true, '?': true}

// unitFrames finds the frames of one unit and builds their candidates.
func (a *analysis) unitFrames(ui int, d Detector) {
	u := a.units[ui]
	first := len(a.cands)
	a.backMemo.a, a.startMemo.a, a.markMemo.a = -1, -1, -1
	a.prepFrames(ui)
	a.verbFrames(ui, d)
	a.colonFrames(ui)
	if len(a.cands) == first {
		a.provenanceFrames(ui) // no frame: nothing to merge, index or settle
		return
	}
	a.mergeRelays(first)
	x := a.indexFrames(first)
	// content of prepositional frames: the rest of the unit, or of the content of the
	// verb frame it stands in
	a.prepContents(first, u, x)
	// a verb frame's content loses the frames of the other candidates in the unit,
	// then the candidate settles its type; the pieces are gathered in a working
	// list and go to the arena only if settleType keeps them (a candidate that
	// turns direct takes its quotations instead)
	for ci := first; ci < len(a.cands); ci++ {
		c := &a.cands[ci]
		if c.prep {
			a.settleType(ci)
			continue
		}
		out := a.scr.pieces[:0]
		for _, r := range c.content {
			out = a.subtractFrames(out, r, x, ci)
		}
		c.content, a.scr.pieces = out, out
		if !a.settleType(ci) {
			c.content = a.rngs(c.content)
		}
	}
	a.provenanceFrames(ui)
}

// prepContents sets the content of the prepositional frames of the unit u, whose
// candidates start at first: the rest of the unit between colons and semicolons, or
// the content of the verb frame it stands in (the last one that holds it). The stops
// and the verb contents are looked up, not scanned for each frame, which keeps a
// sentence of many frames linear.
func (a *analysis) prepContents(first int, u unit, x *frameIndex) {
	var frs []rng
	var prepCands []int
	for ci := first; ci < len(a.cands); ci++ {
		if c := &a.cands[ci]; c.prep && c.content == nil {
			frs, prepCands = append(frs, c.frame[0]), append(prepCands, ci)
		}
	}
	if len(frs) == 0 {
		return
	}
	var contents []rng
	for ci := first; ci < len(a.cands); ci++ {
		if c := &a.cands[ci]; !c.prep {
			contents = append(contents, c.content...)
		}
	}
	holder := containing(contents, frs, true)
	var stops []int // the colons and semicolons outside quotes after u.a
	for k := u.a + 1; k < u.end; k++ {
		if a.outside(k) && (a.toks[k].Text == ":" || a.toks[k].Text == ";") {
			stops = append(stops, k)
		}
	}
	for n, ci := range prepCands {
		fr := frs[n]
		lo, hi := u.a, u.end
		if h := holder[n]; h >= 0 {
			lo, hi = contents[h][0], contents[h][1]
		} else {
			// the nearest stops before the frame and at or after its end
			k, _ := slices.BinarySearch(stops, fr[0])
			if k > 0 {
				lo = stops[k-1] + 1
			}
			if k, _ := slices.BinarySearch(stops, fr[1]); k < len(stops) {
				hi = stops[k]
			}
		}
		var buf [maxHoles + 2]rng
		a.cands[ci].content = a.rngs(a.subtractFrames(buf[:0], rng{lo, hi}, x, -1))
	}
}

// frameIndex holds the frames of one unit's candidates sorted by start, with the
// running maximum of their ends, so that the frames overlapping a range are found
// by binary search rather than by a scan of every frame. One index is reused for
// every unit of a text.
type frameIndex struct {
	items  []frameItem
	maxEnd []int // maxEnd[k] = max end of items[:k+1]
}

type frameItem struct {
	fr    rng
	owner int // the candidate whose frame it is
}

// indexFrames indexes the frames of the candidates from first on.
func (a *analysis) indexFrames(first int) *frameIndex {
	x := &a.fidx
	// sized once: a unit of many frames would grow the lists again and again
	n := 0
	for ci := first; ci < len(a.cands); ci++ {
		n += len(a.cands[ci].frame)
	}
	x.items, x.maxEnd = slices.Grow(x.items[:0], n), slices.Grow(x.maxEnd[:0], n)
	for ci := first; ci < len(a.cands); ci++ {
		for _, f := range a.cands[ci].frame {
			x.items = append(x.items, frameItem{f, ci})
		}
	}
	slices.SortFunc(x.items, func(p, q frameItem) int { return p.fr[0] - q.fr[0] })
	for k, it := range x.items {
		m := it.fr[1]
		if k > 0 {
			m = max(m, x.maxEnd[k-1])
		}
		x.maxEnd = append(x.maxEnd, m)
	}
	return x
}

// maxHoles bounds how many frames a content range loses: in a sentence of a
// hundred frames in a row („Er sagte, er sagte, …“) each content would otherwise
// be cut a hundred times. The content ends before the frame that would exceed it.
// The output on the speed corpus and every dev set is the same with 16 (the bound
// before); with 16, each frame of „Ja“, sagte er, „nein“, … carried the 35
// quotations up to its 16th neighbour, which the first frame takes anyway, and a
// kilobyte of such text, whose frames run out of neighbours, cost a third less per
// byte than a megabyte.
const maxHoles = 4

// subtractFrames appends to dst the pieces of r without the frames in x (except
// those of candidate self) and without the commas and dashes that set them off.
func (a *analysis) subtractFrames(dst []rng, r rng, x *frameIndex, self int) []rng {
	// the pieces live in a local array (each frame splits one piece in two, and
	// at most maxHoles+1 frames cut).
	// The frames come in order of their start, so every point from the start of
	// the next one up to the furthest end so far is cut already: all pieces but
	// the last lie before it, and only the last can be cut again.
	var buf [maxHoles + 2]rng
	out := append(buf[:0], r)
	k, _ := slices.BinarySearchFunc(x.maxEnd, r[0]+1, func(m, t int) int { return m - t }) // first maxEnd > r[0]
	for holes := 0; k < len(x.items) && x.items[k].fr[0] < r[1]; k++ {
		f := x.items[k].fr
		if x.items[k].owner == self || f[1] <= r[0] {
			continue
		}
		if holes++; holes > maxHoles {
			f[1] = r[1] // cut the rest
		}
		if n := len(out) - 1; n >= 0 && f[1] > out[n][0] && f[0] < out[n][1] {
			p := out[n]
			out = out[:n]
			if p[0] < f[0] {
				out = append(out, rng{p[0], f[0]})
			}
			if f[1] < p[1] {
				out = append(out, rng{f[1], p[1]})
			}
		}
		if holes > maxHoles {
			break
		}
	}
	for _, p := range out {
		for p[0] < p[1] && (a.isComma(p[0]) || a.toks[p[0]].Kind == aussage.Dash) {
			p[0]++
		}
		for p[1] > p[0] && (a.isComma(p[1]-1) || a.toks[p[1]-1].Kind == aussage.Dash) {
			p[1]--
		}
		if !p.empty() {
			dst = append(dst, p)
		}
	}
	return dst
}

// settleType makes a candidate direct if its content is essentially quoted speech,
// and records partial quotes inside indirect content. It reports whether it gave
// the candidate a content of its own, in the arena: its quotations.
func (a *analysis) settleType(ci int) bool {
	// the quote kinds may change, and with them the boundaries the memos hold
	a.backMemo.a, a.startMemo.a, a.markMemo.a = -1, -1, -1
	c := &a.cands[ci]
	total, quoted := 0, 0
	// the lists are gathered in working lists and kept in the arenas of the
	// analysis: a candidate of a sentence of many quotes holds many
	qs := a.scr.qs[:0]
	for _, r := range c.content {
		total += r[1] - r[0]
		for i := r[0]; i < r[1]; {
			q := a.inQ[i]
			if q < 0 {
				i++
				continue
			}
			// the tokens a quotation holds (those no earlier one took) run up
			// to its closing mark: one step over them all
			e := min(r[1], a.quotes[q].close+1)
			quoted += e - i
			i = e
			if len(qs) == 0 || qs[len(qs)-1] != int(q) {
				qs = append(qs, int(q))
			}
		}
	}
	a.scr.qs = qs
	c.quotes = a.quoteList(qs)
	if total == 0 {
		return false
	}
	speech := false
	for _, q := range qs {
		// a quotation that is the whole content of a frame is speech, however short
		speech = speech || a.kinds[q] == SpeechQuote || a.kinds[q] == ScareQuote || a.kinds[q] == PartialQuote
	}
	if c.typ != Reported && quoted*10 >= total*7 && speech && a.toks[c.content[0][0]].Kind == aussage.QuoteOpen {
		c.typ = Direct
		cs := a.scr.cs[:0]
		for _, q := range qs {
			cs = append(cs, rng{a.quotes[q].open, a.quotes[q].close + 1})
			a.kinds[q] = SpeechQuote
		}
		c.content = a.rngs(cs)
		a.scr.cs = cs[:0]
		return true
	}
	for _, q := range qs {
		if a.kinds[q] == SpeechQuote || a.kinds[q] == ScareQuote || a.kinds[q] == TitleQuote && a.judged(a.quotes[q]) {
			a.kinds[q] = PartialQuote
			if c.typ == Reported {
				// nannte den Bericht eine „Zeitungsente“: the quoted words are the
				// report; the clause around them only frames them
				c.hidden = true
			}
		}
	}
	return false
}

func sortRanges(rs []rng) {
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j][0] < rs[j-1][0]; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

// maxPrealloc bounds the candidates run makes room for before it knows how many
// there are; addCand grows the room beyond.
const maxPrealloc = 1024

// appendDoubling appends v to s, doubling a full backing array and starting with
// room for eight: append starts with one and grows a large slice by a quarter,
// and candidates and attributions are large, so that a text would copy its few
// several times, and a sentence of many thousand frames its many again and again.
func appendDoubling[T any](s []T, v T) []T {
	if len(s) == cap(s) {
		s = slices.Grow(s, max(8, cap(s)))
	}
	return append(s, v)
}

// addCand appends c, a candidate whose frame is at token i, to the candidates.
// A full list grows to the number the text so far predicts (buffers.Room), up to
// one per verb and quotation: a text of many thousand frames (er sagte: er
// meinte: …) would otherwise copy its candidates through every doubling, and a
// candidate is large.
func (a *analysis) addCand(c cand, i int) {
	bound := len(a.lists.toks[listVerb]) + len(a.quotes)
	a.cands = append(buffers.Room(a.cands, i+1, len(a.toks), bound), c)
}

// sortCands orders candidates by unit, then by the start of their content, keeping
// inherit links valid.
func (a *analysis) sortCands() {
	cs := a.cands
	inOrder := true
	for i := 1; i < len(cs) && inOrder; i++ {
		inOrder = !candBefore(&cs[i], &cs[i-1])
	}
	if inOrder {
		return // the common case: nothing to move, nothing to allocate
	}
	ints := grown(a.scr.order, 2*len(cs))[:2*len(cs)]
	a.scr.order = ints
	idx, pos := ints[:len(cs)], ints[len(cs):]
	for i := range idx {
		idx[i] = i
	}
	// stable: candidates of one unit with the same start keep the order they were
	// found in; not an insertion sort, since the quotes found last move far back
	slices.SortStableFunc(idx, func(x, y int) int {
		switch {
		case candBefore(&cs[x], &cs[y]):
			return -1
		case candBefore(&cs[y], &cs[x]):
			return 1
		}
		return 0
	})
	for n, o := range idx {
		pos[o] = n
	}
	for i := range cs {
		if cs[i].inherit >= 0 {
			cs[i].inherit = pos[cs[i].inherit]
		}
	}
	// move the candidates in place, one cycle of the permutation at a time (a
	// candidate is large, and a copy of them all would double the memory);
	// idx[n] = -1 marks position n as filled
	for n := range idx {
		if idx[n] < 0 {
			continue
		}
		tmp := cs[n]
		j := n
		for idx[j] != n {
			k := idx[j]
			cs[j], idx[j] = cs[k], -1
			j = k
		}
		cs[j], idx[j] = tmp, -1
	}
}

// candBefore reports whether candidate x sorts before y: by unit, then by the
// start of the content.
func candBefore(x, y *cand) bool {
	if x.unit != y.unit {
		return x.unit < y.unit
	}
	return candStart(x) < candStart(y)
}

func candStart(c *cand) int {
	if len(c.content) > 0 {
		return c.content[0][0]
	}
	return 0
}
