package verbform

import (
	"bytes"
	"embed"
	"fmt"
	"maps"
	"math/bits"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/aussage/aussage/internal/lexicon"
)

//go:embed paradigms.tsv strong.tsv weak.tsv particles.tsv homographs.tsv
var files embed.FS

// A particle is one row of particles.tsv.
type particle struct {
	both       bool // also an inseparable prefix (übersetzen)
	joinedOnly bool // never joined from a clause end
}

// The lexicon: every listed form with its readings, plus what the derivation rules need.
type lexiconData struct {
	forms     map[string][]Analysis // while loading; then table
	table     formTable
	bare      map[string]string // a ge- participle without its ge- → lemma (geben → geben, stellt → stellen)
	particles map[string]particle
	// particleLen[c] is the length of the longest particle that begins with the
	// byte c (0: none): clause-final words are asked for, most of them no particle.
	particleLen [256]uint8
	byFirst     [256][]string // particles and inseparable prefixes by first byte, longest first
	// prefixPairs[b0] has bit b1 set if a prefix of byFirst begins with the bytes
	// b0 b1: most words that share a first byte with a prefix do not share two.
	prefixPairs [256][4]uint64
	prefixes    map[string]bool

	// listed is a Bloom filter over the keys of forms and bare: most words are no
	// verb forms, and one look at this small table, which stays in the CPU cache,
	// rules them out faster than a map lookup.
	listed [bloomWords]uint64
	// ends is a Bloom filter of one hash over the last three bytes of the keys of
	// forms and bare and of the forms in -ieren. The derivation rules add
	// prefixes only, so a word with another ending is no verb form: near half of
	// all words are ruled out before they are hashed whole.
	ends [1 << 16 / 64]uint64

	// The cache of derivation results so far (nil: none), at most maxCache: cached
	// holds them for lookups without a lock, fresh those that came since cached was
	// made. Each result is in one of the two: a map of every result beside its copy
	// in cached held twice the pointers, which the collector scans on every cycle.
	cacheMu sync.Mutex
	fresh   map[string][]Analysis
	nCached int // entries of cached
	// lockedHits counts the lookups answered by fresh since cached was made.
	lockedHits int
	// cached is made anew when the cache has doubled since, so each result is
	// copied twice on average.
	cached atomic.Pointer[formTable]
}

// The Bloom filter is blocked: the bits of a key lie in one 64-bit word, so that a
// test reads one word. 32 KiB hold some 14 000 keys at about one false positive in
// 300 other words.
const bloomWords = 1 << 12

// bloomHash hashes key a word at a time, with overlapping loads for the rest, in
// the manner of wyhash: words are short, and FNV's byte-by-byte chain of
// multiplications was the larger part of a rejection.
func bloomHash(key string) uint64 {
	const s0, s1, s2 = 0xa0761d6478bd642f, 0xe7037ed1a0b428db, 0x8ebc6af09c88c6e3
	n := len(key)
	seed := s0 ^ uint64(n)
	var a, b uint64
	switch {
	case n > 16:
		for rest := key; len(rest) > 16; rest = rest[16:] {
			seed = mum(load64(rest)^s1, load64(rest[8:])^seed)
		}
		a, b = load64(key[n-16:]), load64(key[n-8:])
	case n >= 8:
		a, b = load64(key), load64(key[n-8:])
	case n >= 4:
		a, b = load32(key), load32(key[n-4:])
	case n > 0:
		a = uint64(key[0])<<16 | uint64(key[n>>1])<<8 | uint64(key[n-1])
	}
	return mum(s2^uint64(n), mum(a^s1, b^seed))
}

// mum multiplies x and y to 128 bits and folds the halves.
func mum(x, y uint64) uint64 {
	hi, lo := bits.Mul64(x, y)
	return hi ^ lo
}

// load64 reads the first eight bytes of s, little-endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 reads the first four bytes of s, little-endian.
func load32(s string) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// bloomMask returns the bits of a key with hash h in its word of the Bloom filter.
func bloomMask(h uint64) uint64 {
	return 1<<(h>>40&63) | 1<<(h>>46&63) | 1<<(h>>52&63)
}

// addBloom enters key into the Bloom filter.
func (l *lexiconData) addBloom(key string) {
	h := bloomHash(key)
	l.listed[h&(bloomWords-1)] |= bloomMask(h)
}

// endIndex returns the bit of the last three bytes of key, which has two or more,
// in ends. A two-byte key counts as one with a zero byte before it.
func endIndex(key string) uint32 {
	n := len(key)
	e := uint32(key[n-2])<<8 | uint32(key[n-1])
	if n > 2 {
		e |= uint32(key[n-3]) << 16
	}
	return e * 0x9E3779B1 >> 16
}

// addEnd enters the ending of key into ends.
func (l *lexiconData) addEnd(key string) {
	if len(key) >= 2 {
		i := endIndex(key)
		l.ends[i/64] |= 1 << (i % 64)
	}
}

// mayEnd reports whether key, of two or more bytes, ends like a verb form; false is
// certain.
func (l *lexiconData) mayEnd(key string) bool {
	i := endIndex(key)
	return l.ends[i/64]&(1<<(i%64)) != 0
}

// mayBeListed reports whether key may be a key of forms or bare; false is certain.
func (l *lexiconData) mayBeListed(key string) bool {
	return l.mayBeListedHash(bloomHash(key))
}

// mayBeListedHash is mayBeListed for a key with bloomHash h.
func (l *lexiconData) mayBeListedHash(h uint64) bool {
	m := bloomMask(h)
	return l.listed[h&(bloomWords-1)]&m == m
}

// maxCache bounds the cache of derivation results, which holds words of the texts
// seen (cloned, so that no text is kept alive by it). A news vocabulary stays well
// below it; past it, words are derived afresh each time.
const maxCache = 1 << 17

// derived returns the readings of a form that is not listed, their summary and
// their Finites, caching the found ones. h is the bloomHash of key.
func (l *lexiconData) derived(key string, h uint64) ([]Analysis, Summary, Finites) {
	if len(key) < 5 {
		return nil, 0, Finites{}
	}
	// The cache first, behind its filter: a word found there has passed mayDerive
	// before, which would cost more than the filter does for all other words.
	t := l.cached.Load()
	if t != nil && t.mayHold(h) {
		if as, sum, f, ok := t.lookupFinite(key); ok {
			return as, sum, f
		}
	}
	if !l.mayDerive(key) {
		return nil, 0, Finites{}
	}
	l.cacheMu.Lock()
	as, ok := l.fresh[key]
	if ok {
		// A word that cached lacks: once such lookups have been as many as the
		// cache has entries, cached is made anew, so the fresh entries of a
		// cache that has stopped growing are not left behind the lock.
		if l.lockedHits++; l.lockedHits >= max(32, l.nCached+len(l.fresh)) {
			l.snapshot()
		}
		l.cacheMu.Unlock()
		return as, Summarize(as), finiteOf(as)
	}
	l.cacheMu.Unlock()
	as = l.derive(key)
	l.cacheMu.Lock()
	defer l.cacheMu.Unlock()
	if l.nCached+len(l.fresh) >= maxCache {
		return as, Summarize(as), finiteOf(as)
	}
	if _, dup := l.fresh[key]; dup {
		return as, Summarize(as), finiteOf(as)
	}
	if t := l.cached.Load(); t != nil {
		if _, _, dup := t.lookup(key); dup { // cached was made anew meanwhile
			return as, Summarize(as), finiteOf(as)
		}
	}
	l.fresh[strings.Clone(key)] = as // not a slice of the caller's text
	if n := len(l.fresh); n >= max(32, l.nCached) || l.nCached+n == maxCache {
		l.snapshot()
	}
	return as, Summarize(as), finiteOf(as)
}

// snapshot makes cached anew from its entries and fresh, and empties fresh. The
// caller holds cacheMu.
func (l *lexiconData) snapshot() {
	all := make(map[string][]Analysis, l.nCached+len(l.fresh))
	if t := l.cached.Load(); t != nil {
		t.each(func(key string, as []Analysis) { all[key] = as })
	}
	maps.Copy(all, l.fresh)
	t := newFormTable(all)
	t.filter = make([]uint64, cacheFilterWords(len(all)))
	for key := range all {
		h := bloomHash(key)
		t.filter[h&uint64(len(t.filter)-1)] |= bloomMask(h)
	}
	l.cached.Store(&t)
	l.nCached, l.fresh, l.lockedHits = len(all), map[string][]Analysis{}, 0
}

// inseparable are the prefixes that never separate and take no ge- in the participle.
var inseparable = []string{"be", "emp", "ent", "er", "miss", "ver", "zer"}

var (
	lexOnce sync.Once
	lexData *lexiconData
)

// lex returns the lexicon, built on first use. The embedded files are part of the
// program, so a broken file is a programming error that the package tests catch.
// Unlike a sync.OnceValue, lex is inlined at its call sites, which are many.
func lex() *lexiconData {
	lexOnce.Do(initLex)
	return lexData
}

func initLex() {
	l, err := load()
	if err != nil {
		panic(err)
	}
	lexData = l
}

func load() (*lexiconData, error) {
	l := &lexiconData{
		forms:     make(map[string][]Analysis, 40000),
		bare:      make(map[string]string, 1000),
		particles: make(map[string]particle, 100),
		prefixes:  make(map[string]bool),
		fresh:     make(map[string][]Analysis),
	}
	var errs []error
	read := func(name string, f func(r lexicon.Record) error) {
		data, err := files.ReadFile(name)
		if err != nil {
			errs = append(errs, err)
			return
		}
		recs, err := lexicon.Read(name, bytes.NewReader(data))
		if err != nil {
			errs = append(errs, err)
		}
		for _, r := range recs {
			if err := f(r); err != nil {
				errs = append(errs, err)
			}
		}
	}
	listed := map[string]bool{} // lemmas of paradigms.tsv: no rule adds to them
	read("paradigms.tsv", func(r lexicon.Record) error {
		if len(r.Fields) < 3 {
			return lexicon.Errorf("paradigms.tsv", r, "want lemma, paradigm, forms")
		}
		lemma, cells := fold(r.Fields[0]), r.Fields[2:]
		if !listed[lemma] {
			listed[lemma] = true
			l.add(lemma, Analysis{Lemma: lemma, Kind: Infinitive})
		}
		var a Analysis
		switch r.Fields[1] {
		case "ind.pres":
			a = Analysis{Mood: Indicative, Tense: Present}
		case "k1":
			a = Analysis{Mood: Subjunctive1, Tense: Present}
		case "ind.past":
			a = Analysis{Mood: Indicative, Tense: Past}
		case "k2":
			a = Analysis{Mood: Subjunctive2, Tense: Past}
		case "imp":
			if len(cells) != 2 {
				return lexicon.Errorf("paradigms.tsv", r, "imp wants 2 forms (2sg, 2pl), got %d", len(cells))
			}
			for i, c := range cells {
				for _, f := range variants(c) {
					l.add(f, Analysis{Lemma: lemma, Kind: Finite, Mood: Imperative, Person: 2, Plural: i == 1})
				}
			}
			return nil
		case "part":
			for _, c := range cells {
				for _, f := range variants(c) {
					l.add(f, Analysis{Lemma: lemma, Kind: Participle})
					l.addBare(f, lemma)
				}
			}
			return nil
		default:
			return lexicon.Errorf("paradigms.tsv", r, "unknown paradigm %q", r.Fields[1])
		}
		if len(cells) != 6 {
			return lexicon.Errorf("paradigms.tsv", r, "%s wants 6 forms, got %d", r.Fields[1], len(cells))
		}
		for i, c := range cells {
			for _, f := range variants(c) {
				b := a
				b.Lemma, b.Kind, b.Person, b.Plural = lemma, Finite, uint8(i%3+1), i >= 3
				l.add(f, b)
			}
		}
		return nil
	})
	adj := map[string]bool{} // lemmas whose plain forms need a subject pronoun
	read("strong.tsv", func(r lexicon.Record) error {
		if len(r.Fields) < 5 || len(r.Fields) > 6 {
			return lexicon.Errorf("strong.tsv", r, "want infinitive, 3sg, Präteritum, Konjunktiv II, Partizip II, [flags]")
		}
		f := make([]string, 5)
		for i := range f {
			f[i] = fold(r.Fields[i])
		}
		if !strings.HasSuffix(f[0], "en") || listed[f[0]] {
			return lexicon.Errorf("strong.tsv", r, "%q: want an infinitive in -en not in paradigms.tsv", f[0])
		}
		if len(r.Fields) == 6 {
			if r.Fields[5] != "adj" {
				return lexicon.Errorf("strong.tsv", r, "unknown flag %q", r.Fields[5])
			}
			adj[f[0]] = true
		}
		strongForms(f[0], variants(f[1]), variants(f[2]), variants(f[3]), variants(f[4]), l.add)
		for _, p := range variants(f[4]) {
			l.addBare(p, f[0])
		}
		listed[f[0]] = true
		return nil
	})
	read("weak.tsv", func(r lexicon.Record) error {
		if len(r.Fields) < 1 || len(r.Fields) > 2 {
			return lexicon.Errorf("weak.tsv", r, "want infinitive, [flags]")
		}
		lemma := fold(r.Fields[0])
		if listed[lemma] {
			return lexicon.Errorf("weak.tsv", r, "%q is listed twice", lemma)
		}
		if len(r.Fields) == 2 {
			if r.Fields[1] != "adj" {
				return lexicon.Errorf("weak.tsv", r, "unknown flag %q", r.Fields[1])
			}
			adj[lemma] = true
		}
		stem, ok := weakStem(lemma)
		if !ok {
			return lexicon.Errorf("weak.tsv", r, "%q: want an infinitive in -en, -eln or -ern", lemma)
		}
		weakForms(lemma, stem, !hasInseparablePrefix(lemma), l.add)
		l.addBare("ge"+stem+epenthesis(stem)+"t", lemma)
		listed[lemma] = true
		return nil
	})
	read("particles.tsv", func(r lexicon.Record) error {
		if len(r.Fields) < 1 || len(r.Fields) > 2 {
			return lexicon.Errorf("particles.tsv", r, "want particle, [flags]")
		}
		var p particle
		if len(r.Fields) == 2 {
			for _, flag := range strings.Split(r.Fields[1], ",") {
				switch flag {
				case "both":
					p.both = true
				case "joined":
					p.joinedOnly = true
				default:
					return lexicon.Errorf("particles.tsv", r, "unknown flag %q", flag)
				}
			}
		}
		key := fold(r.Fields[0])
		if key == "" || len(key) > 255 {
			return lexicon.Errorf("particles.tsv", r, "want a particle of 1 to 255 bytes")
		}
		l.particles[key] = p
		l.particleLen[key[0]] = max(l.particleLen[key[0]], uint8(len(key)))
		return nil
	})
	for _, q := range inseparable {
		l.prefixes[q] = true
	}
	var all []string
	for p := range l.particles {
		all = append(all, p)
	}
	for p := range l.prefixes {
		if _, ok := l.particles[p]; !ok {
			all = append(all, p)
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if len(all[i]) != len(all[j]) {
			return len(all[i]) > len(all[j])
		}
		return all[i] < all[j]
	})
	for _, p := range all {
		l.byFirst[p[0]] = append(l.byFirst[p[0]], p)
		if len(p) == 1 {
			l.prefixPairs[p[0]] = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		} else {
			l.prefixPairs[p[0]][p[1]>>6] |= 1 << (p[1] & 63)
		}
	}
	// Mark the readings that need a subject: the plain forms of adjective-like
	// verbs, and the homographs (derived ones such as zufolge are stored so).
	for form, as := range l.forms {
		if !adjectiveEnding(form) {
			continue // sichert, hieß: no adjective looks like these
		}
		for i := range as {
			if adj[as[i].Lemma] && as[i].Kind == Finite {
				as[i].NeedsSubject = true
			}
		}
	}
	read("homographs.tsv", func(r lexicon.Record) error {
		if len(r.Fields) != 3 || r.Fields[2] != "subject" && r.Fields[2] != "never" {
			return lexicon.Errorf("homographs.tsv", r, "want form, commoner reading, subject|never")
		}
		form := fold(r.Fields[0])
		as := l.forms[form]
		if as == nil {
			as = l.derive(form)
		}
		if as == nil {
			return lexicon.Errorf("homographs.tsv", r, "%q is no verb form of the lexicon", form)
		}
		if r.Fields[2] == "never" {
			l.forms[form] = nil // a listed key without readings: no rule derives it
			return nil
		}
		marked := make([]Analysis, len(as))
		for i, a := range as {
			a.NeedsSubject = true
			marked[i] = a
		}
		l.forms[form] = marked
		return nil
	})
	if len(errs) > 0 {
		return nil, fmt.Errorf("verbform: %w", lexicon.Join(errs))
	}
	for form := range l.forms {
		l.addBloom(form)
		l.addEnd(form)
	}
	for b := range l.bare {
		l.addBloom(b) // übernommen: über + nommen
		l.addEnd(b)
	}
	for _, e := range ierenEndings {
		l.addEnd("ier" + e)
	}
	l.table = newFormTable(l.forms)
	l.forms = nil
	return l, nil
}

// form returns the readings of key and whether it is a listed form.
func (l *lexiconData) form(key string) ([]Analysis, bool) {
	if l.forms != nil { // still loading
		as, ok := l.forms[key]
		return as, ok
	}
	as, _, ok := l.table.lookup(key)
	return as, ok
}

// adjectiveEnding reports whether form ends like an inflected adjective.
func adjectiveEnding(form string) bool {
	for _, e := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(form, e) {
			return true
		}
	}
	return false
}

// variants splits a cell into its "/"-separated variants; "-" is no form.
func variants(cell string) []string {
	if cell == "-" {
		return nil
	}
	return strings.Split(fold(cell), "/")
}

// add stores reading a of form, once.
func (l *lexiconData) add(form string, a Analysis) {
	if form == "" {
		return
	}
	for _, b := range l.forms[form] {
		if b == a {
			return
		}
	}
	l.forms[form] = append(l.forms[form], a)
}

// addBare records the participle part that an inseparable prefix attaches to
// (geben of gegeben for vergeben, stellt of gestellt for bestellt). Verbs that
// carry such a prefix themselves (gestehen, gefallen) record nothing, or their forms
// would shadow the base verb's (verstanden is verstehen, not vergestehen).
func (l *lexiconData) addBare(part, lemma string) {
	b, ok := strings.CutPrefix(part, "ge")
	if !ok || len(b) < 3 || hasInseparablePrefix(lemma) {
		return
	}
	if _, dup := l.bare[b]; !dup {
		l.bare[b] = lemma
	}
}

// hasInseparablePrefix reports whether an infinitive begins with a prefix that
// takes no ge- (besuchen, gehören, verlangen, überraschen); a short rest (beten,
// erben) is the verb's own stem.
func hasInseparablePrefix(lemma string) bool {
	for _, q := range inseparable {
		if rest, ok := strings.CutPrefix(lemma, q); ok && len(rest) >= 5 {
			return true
		}
	}
	// A listed verb with a prefix that may separate (überraschen, unterstützen) is
	// listed because it does not: a separable one is derived from its base verb.
	for _, q := range []string{"ge", "über", "unter", "durch", "hinter", "wider", "voll", "um"} {
		if rest, ok := strings.CutPrefix(lemma, q); ok && len(rest) >= 5 {
			return true
		}
	}
	return strings.HasSuffix(lemma, "ieren")
}

// weakStem returns the present stem of a weak infinitive: sag of sagen, änder of ändern.
func weakStem(lemma string) (string, bool) {
	switch {
	case strings.HasSuffix(lemma, "eln") || strings.HasSuffix(lemma, "ern"):
		return lemma[:len(lemma)-1], true
	case strings.HasSuffix(lemma, "en") && len(lemma) > 3:
		return lemma[:len(lemma)-2], true
	}
	return "", false
}

// epenthesis returns "e" if the stem needs an e before the endings -st and -t
// (arbeitet, rechnet, öffnet), else "".
func epenthesis(stem string) string {
	n := len(stem)
	if n < 2 {
		return ""
	}
	switch last := stem[n-1]; {
	case last == 't' || last == 'd':
		return "e"
	case last == 'm' || last == 'n':
		if strings.HasSuffix(stem[:n-1], "ch") {
			return "e" // rechnet, zeichnet
		}
		if prev := stem[n-2]; !strings.ContainsRune("aeiouylrhmn", rune(prev)) {
			return "e"
		}
	}
	return ""
}

// sibilant reports whether a stem ends in s, ss, z or x, after which 2sg -st is -t.
func sibilant(stem string) bool {
	return strings.HasSuffix(stem, "s") || strings.HasSuffix(stem, "z") || strings.HasSuffix(stem, "x")
}

type emitFunc func(form string, a Analysis)

// finite emits the six person forms of one tense and mood.
func finite(emit emitFunc, lemma string, mood Mood, tense Tense, forms [6]string) {
	for i, f := range forms {
		emit(f, Analysis{Lemma: lemma, Kind: Finite, Mood: mood, Tense: tense, Person: uint8(i%3 + 1), Plural: i >= 3})
	}
}

// weakForms emits every form of a weak verb.
func weakForms(lemma, stem string, ge bool, emit emitFunc) {
	e := epenthesis(stem)
	elOrEr := strings.HasSuffix(lemma, "eln") || strings.HasSuffix(lemma, "ern")
	second := stem + e + "st"
	if sibilant(stem) {
		second = stem + "t"
	}
	emit(lemma, Analysis{Lemma: lemma, Kind: Infinitive})
	finite(emit, lemma, Indicative, Present, [6]string{stem + "e", second, stem + e + "t", lemma, stem + e + "t", lemma})
	if strings.HasSuffix(lemma, "eln") {
		// handle beside handele, in the indicative and (as news writes it) Konjunktiv I
		short := stem[:len(stem)-2] + "le"
		emit(short, Analysis{Lemma: lemma, Kind: Finite, Mood: Indicative, Person: 1})
		emit(short, Analysis{Lemma: lemma, Kind: Finite, Mood: Subjunctive1, Person: 3})
	}
	k1 := [6]string{stem + "e", stem + "est", stem + "e", lemma, stem + "et", lemma}
	if elOrEr {
		k1[1], k1[4] = stem+"st", stem+"t"
	}
	finite(emit, lemma, Subjunctive1, Present, k1)
	past := stem + e + "te"
	pf := [6]string{past, past + "st", past, past + "n", past + "t", past + "n"}
	finite(emit, lemma, Indicative, Past, pf)
	finite(emit, lemma, Subjunctive2, Past, pf)
	emit(stem+"e", Analysis{Lemma: lemma, Kind: Finite, Mood: Imperative, Person: 2})
	if e == "" && !elOrEr {
		emit(stem, Analysis{Lemma: lemma, Kind: Finite, Mood: Imperative, Person: 2})
	}
	emit(stem+e+"t", Analysis{Lemma: lemma, Kind: Finite, Mood: Imperative, Person: 2, Plural: true})
	part := stem + e + "t"
	if ge {
		part = "ge" + part
	}
	emit(part, Analysis{Lemma: lemma, Kind: Participle})
}

// strongForms emits every form of a strong or irregular verb from its principal parts.
func strongForms(lemma string, third, past, k2, part []string, emit emitFunc) {
	stem := lemma[:len(lemma)-2]
	e := epenthesis(stem)
	emit(lemma, Analysis{Lemma: lemma, Kind: Infinitive})
	k1 := [6]string{stem + "e", stem + "est", stem + "e", lemma, stem + "et", lemma}
	finite(emit, lemma, Subjunctive1, Present, k1)
	for _, t := range third {
		second := strings.TrimSuffix(t, "t") + "st"
		switch {
		case strings.HasSuffix(t, "st"):
			second = t
		case strings.HasSuffix(t, "dt"):
			second = t[:len(t)-1] + "st"
		case strings.HasSuffix(stem, "t") && strings.HasSuffix(t, "t") && !strings.HasSuffix(t, stem[len(stem)-2:]+"et"):
			second = t + "st" // hält → hältst
		}
		finite(emit, lemma, Indicative, Present, [6]string{stem + "e", second, t, lemma, stem + e + "t", lemma})
		imp := stem
		if strings.Contains(t, "i") && !strings.Contains(stem, "i") {
			imp = strings.TrimSuffix(t, "t") // gibt → gib, liest → lies
			if strings.HasSuffix(stem, "t") {
				imp = t // gilt, tritt
			}
		} else {
			emit(stem+"e", Analysis{Lemma: lemma, Kind: Finite, Mood: Imperative, Person: 2})
		}
		emit(imp, Analysis{Lemma: lemma, Kind: Finite, Mood: Imperative, Person: 2})
	}
	emit(stem+e+"t", Analysis{Lemma: lemma, Kind: Finite, Mood: Imperative, Person: 2, Plural: true})
	for _, p := range past {
		if strings.HasSuffix(p, "e") { // brachte: weak endings
			finite(emit, lemma, Indicative, Past, [6]string{p, p + "st", p, p + "n", p + "t", p + "n"})
			continue
		}
		st, t := "st", "t"
		if last := p[len(p)-1]; last == 't' || last == 'd' {
			st, t = "est", "et"
		} else if sibilant(p) {
			st = "est"
		}
		finite(emit, lemma, Indicative, Past, [6]string{p, p + st, p, p + "en", p + t, p + "en"})
	}
	for _, k := range k2 {
		finite(emit, lemma, Subjunctive2, Past, [6]string{k, k + "st", k, k + "n", k + "t", k + "n"})
	}
	for _, p := range part {
		emit(p, Analysis{Lemma: lemma, Kind: Participle})
	}
}

// mayDerive reports whether a derivation rule can apply to key: it has -ier- before
// an ending (see ierBeforeEnding), or it begins with a prefix or particle whose rest
// (after an optional zu or inseparable prefix) may be a listed form. It is exact in
// the negative, cheap (the Bloom filter, no map, no lock), and spares most words the
// cache.
func (l *lexiconData) mayDerive(key string) bool {
	if ierBeforeEnding(key) {
		return true
	}
	if len(key) < 2 || l.prefixPairs[key[0]][key[1]>>6]&(1<<(key[1]&63)) == 0 {
		return false
	}
	for _, p := range l.byFirst[key[0]] {
		// The second byte rules out most prefixes without a call.
		if len(key) < len(p)+3 || len(p) > 1 && key[1] != p[1] || key[:len(p)] != p {
			continue
		}
		rest := key[len(p):]
		if l.mayBeListed(rest) {
			return true
		}
		if inf, ok := strings.CutPrefix(rest, "zu"); ok {
			if l.mayBeListed(inf) || l.mayBeListedBehindPrefix(inf) {
				return true // anzukündigen, anzuerkennen
			}
		}
		if l.mayBeListedBehindPrefix(rest) {
			return true
		}
	}
	return false
}

// ierBeforeEnding reports whether key has "ier", after three bytes or more, before
// its last one to four bytes, as every form that ieren analyses has (a stem of six
// bytes or more in -ier, plus one of ierenEndings): an -ieren reading of key, or of
// a part of it behind a prefix, needs it. Most words with -ier- elsewhere
// (vierten, hierzu, Bierdeckel) are ruled out, and testing four fixed places is
// cheaper than searching the whole word.
func ierBeforeEnding(key string) bool {
	for k := 1; k <= 4 && k+6 <= len(key); k++ {
		if key[len(key)-k-3:len(key)-k] == "ier" {
			return true
		}
	}
	return false
}

// mayBeListedBehindPrefix reports whether s is an inseparable prefix followed by a
// form that may be listed: erkennen, verkündet.
func (l *lexiconData) mayBeListedBehindPrefix(s string) bool {
	for _, q := range inseparable {
		if r, ok := strings.CutPrefix(s, q); ok && l.mayBeListed(r) {
			return true
		}
	}
	return false
}

// derive analyses a form that is not listed: a verb in -ieren, or a listed or -ieren
// form behind an inseparable prefix or a separable particle. It allocates only when
// it finds something.
func (l *lexiconData) derive(key string) []Analysis {
	if len(key) < 5 {
		return nil
	}
	out := l.ieren(key, nil)
	if out != nil {
		return out
	}
	for _, p := range l.byFirst[key[0]] {
		rest, ok := strings.CutPrefix(key, p)
		if !ok || len(rest) < 3 {
			continue
		}
		if pa, isParticle := l.particles[p]; isParticle {
			out = l.separable(p, rest, out)
			if pa.both {
				out = l.inseparable(p, rest, out)
			}
		} else {
			out = l.inseparable(p, rest, out)
		}
	}
	return out
}

// core returns the readings of a form that may follow a prefix: listed, -ieren, or
// behind an inseparable prefix (vorbereitet = vor + be + reitet).
func (l *lexiconData) core(rest string, out []Analysis, emit func(out []Analysis, a Analysis, bare bool) []Analysis) []Analysis {
	as, _ := l.form(rest)
	for _, a := range as {
		out = emit(out, a, false)
	}
	for _, a := range l.ieren(rest, nil) {
		out = emit(out, a, false)
	}
	for _, q := range inseparable {
		if r, ok := strings.CutPrefix(rest, q); ok && len(r) >= 3 {
			for _, a := range l.inseparable(q, r, nil) {
				out = emit(out, a, false)
			}
		}
	}
	return out
}

// separable adds the readings of particle p joined to rest: mitteilte, mitgeteilt,
// mitzuteilen.
func (l *lexiconData) separable(p, rest string, out []Analysis) []Analysis {
	if inf, ok := strings.CutPrefix(rest, "zu"); ok && len(inf) >= 3 {
		out = l.core(inf, out, func(out []Analysis, a Analysis, _ bool) []Analysis {
			if a.Kind != Infinitive || IsModal(a.Lemma) {
				return out
			}
			return appendNew(out, Analysis{Lemma: p + a.Lemma, Kind: ZuInfinitive})
		})
	}
	return l.core(rest, out, func(out []Analysis, a Analysis, _ bool) []Analysis {
		if a.Mood == Imperative && a.Kind == Finite || IsModal(a.Lemma) {
			return out
		}
		a.Lemma = p + a.Lemma
		a.NeedsSubject = false
		return appendNew(out, a)
	})
}

// inseparable adds the readings of inseparable prefix q before rest: verändere,
// vergab, vergeben. The participle is the bare one (ver + geben), never ver + gegeben.
func (l *lexiconData) inseparable(q, rest string, out []Analysis) []Analysis {
	add := func(as []Analysis) {
		for _, a := range as {
			if a.Kind == Participle || a.Mood == Imperative && a.Kind == Finite ||
				IsModal(a.Lemma) || IsAuxiliary(a.Lemma) || a.Lemma == "wissen" || a.Lemma == "tun" {
				continue
			}
			a.Lemma = q + a.Lemma
			a.NeedsSubject = false
			out = appendNew(out, a)
		}
	}
	as, _ := l.form(rest)
	add(as)
	add(l.ieren(rest, nil))
	if lemma, ok := l.bare[rest]; ok && !IsModal(lemma) && !IsAuxiliary(lemma) {
		out = appendNew(out, Analysis{Lemma: q + lemma, Kind: Participle})
	}
	return out
}

// ierenEndings are the endings a weak verb in -ieren takes after its stem -ier.
var ierenEndings = []string{"e", "st", "t", "en", "et", "est", "te", "test", "ten", "tet", "test"}

// ieren adds the readings of a form of a verb in -ieren (reagiere, kritisierte),
// recognised by rule: the stem before -ier must have at least three letters, which
// keeps out vier, hier, Tier and their forms.
func (l *lexiconData) ieren(key string, out []Analysis) []Analysis {
	if !strings.Contains(key, "ier") {
		return out
	}
	for _, end := range ierenEndings {
		stem, ok := strings.CutSuffix(key, end)
		if !ok || !strings.HasSuffix(stem, "ier") || len(stem) < 6 {
			continue
		}
		lemma := stem + "en"
		weakForms(lemma, stem, false, func(form string, a Analysis) {
			if form == key {
				out = appendNew(out, a)
			}
		})
		if out != nil {
			return out
		}
	}
	return out
}

// appendNew appends a unless out already holds it.
func appendNew(out []Analysis, a Analysis) []Analysis {
	for _, b := range out {
		if b == a {
			return out
		}
	}
	return append(out, a)
}
