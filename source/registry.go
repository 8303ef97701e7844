package source

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aussage/aussage"
)

// A Kind is the type of a source.
type Kind uint8

// The source kinds.
const (
	UnknownKind  Kind = iota
	Person            // Kim Jong-un, der Sprecher, er
	Organisation      // die Vereinten Nationen, das Gremium, die Polizei
	Document          // der Bericht, einem UN-Bericht, das Dokument
	Media             // die Staatsmedien, der Spiegel, die Nachrichtenagentur
	Anonymous         // ein Mitgliedsland, Insider, aus Regierungskreisen
	Collective        // Experten, Kritiker, Beobachter: a vague group
	Generic           // man
	Author            // the author of the text (implied first in every chain)
)

var kindNames = [...]string{"unknown", "person", "organisation", "document", "media", "anonymous", "collective", "generic", "author"}

// String returns the kind's name as the output format spells it.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// headKinds types a source by its head noun (the last part of a compound counts:
// UN-Bericht, Regierungssprecher). Folded suffixes, longest first within a kind.
var headKinds = []struct {
	suffix string
	kind   Kind
}{
	{"staatsmedien", Media}, {"medien", Media}, {"zeitung", Media}, {"agentur", Media}, {"sender", Media}, {"fernsehen", Media},
	{"rundfunk", Media}, {"magazin", Media}, {"blatt", Media}, {"portal", Media}, {"presse", Media}, {"reuters", Media}, {"dpa", Media},
	{"afp", Media}, {"bbc", Media}, {"cnn", Media}, {"spiegel", Media}, {"xinhua", Media}, {"times", Media}, {"post", Media}, {"kcna", Media},
	{"bericht", Document}, {"berichten", Document}, {"rapport", Document}, {"dokument", Document}, {"papier", Document}, {"studie", Document},
	{"report", Document}, {"gutachten", Document}, {"schreiben", Document}, {"mitteilung", Document}, {"erklärung", Document},
	{"urteil", Document}, {"analyse", Document}, {"untersuchung", Document}, {"umfrage", Document}, {"statistik", Document},
	{"brief", Document}, {"dossier", Document}, {"stellungnahme", Document}, {"protokoll", Document}, {"website", Document}, {"internetseite", Document},
	{"memorandum", Document}, {"entwurf", Document}, {"homepage", Document}, {"transparent", Document}, {"plakat", Document},
	{"zettel", Document}, {"spruchband", Document},
	{"insider", Anonymous}, {"kreisen", Anonymous}, {"kreise", Anonymous}, {"quelle", Anonymous}, {"quellen", Anonymous},
	{"informanten", Anonymous}, {"informant", Anonymous}, {"mitgliedsland", Anonymous}, {"mitgliedslands", Anonymous},
	{"experten", Collective}, {"kritiker", Collective}, {"beobachter", Collective}, {"analysten", Collective}, {"wissenschaftler", Collective},
	{"forscher", Collective}, {"ärzte", Collective}, {"anwohner", Collective}, {"zeugen", Collective}, {"demonstranten", Collective},
	{"politiker", Collective}, {"diplomaten", Collective}, {"beamte", Collective}, {"ermittler", Collective}, {"fachleute", Collective},
	{"gegner", Collective}, {"befürworter", Collective}, {"umweltschützer", Collective}, {"aktivisten", Collective}, {"bewohner", Collective},
	{"gremium", Organisation}, {"regierung", Organisation}, {"ministerium", Organisation}, {"polizei", Organisation}, {"partei", Organisation},
	{"behörde", Organisation}, {"behörden", Organisation}, {"amt", Organisation}, {"gericht", Organisation}, {"unternehmen", Organisation},
	{"konzern", Organisation}, {"verband", Organisation}, {"organisation", Organisation}, {"kommission", Organisation}, {"nationen", Organisation},
	{"rat", Organisation}, {"armee", Organisation}, {"militär", Organisation}, {"staatsanwaltschaft", Organisation}, {"bundesanwaltschaft", Organisation},
	{"botschaft", Organisation}, {"verwaltung", Organisation}, {"institut", Organisation}, {"bank", Organisation}, {"gewerkschaft", Organisation},
	{"fraktion", Organisation}, {"union", Organisation}, {"uno", Organisation}, {"un", Organisation}, {"eu", Organisation}, {"nato", Organisation},
	{"who", Organisation}, {"iaea", Organisation}, {"feuerwehr", Organisation}, {"klinik", Organisation}, {"universität", Organisation},
	{"verein", Organisation}, {"stiftung", Organisation}, {"bündnis", Organisation}, {"ausschuss", Organisation}, {"parlament", Organisation},
	{"bundestag", Organisation}, {"weiße haus", Organisation}, {"kreml", Organisation}, {"pentagon", Organisation}, {"team", Organisation},
	{"sprecher", Person}, {"sprecherin", Person}, {"präsident", Person}, {"präsidentin", Person}, {"minister", Person}, {"ministerin", Person},
	{"kanzler", Person}, {"kanzlerin", Person}, {"chef", Person}, {"chefin", Person}, {"machthaber", Person}, {"vorsitzende", Person},
	{"vorsitzender", Person}, {"direktor", Person}, {"direktorin", Person}, {"leiter", Person}, {"leiterin", Person}, {"experte", Person},
	{"expertin", Person}, {"anwalt", Person}, {"anwältin", Person}, {"richter", Person}, {"richterin", Person}, {"autor", Person},
	{"bürgermeister", Person}, {"premier", Person}, {"premierminister", Person}, {"abgeordnete", Person}, {"abgeordneter", Person},
	{"senator", Person}, {"general", Person}, {"trainer", Person}, {"manager", Person}, {"professor", Person}, {"staatsanwalt", Person},
}

// roleNouns precede a person's name and are left out of the source name
// (Machthaber Kim Jong-un → Kim Jong-un).
var roleNouns = set("machthaber", "präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin", "sprecher", "sprecherin",
	"chef", "chefin", "herr", "frau", "dr", "prof", "professor", "professorin", "bundeskanzler", "bundeskanzlerin", "bundespräsident",
	"außenminister", "außenministerin", "innenminister", "innenministerin", "regierungschef", "regierungschefin", "staatschef", "parteichef",
	"premierminister", "ministerpräsident", "ministerpräsidentin", "bürgermeister", "bürgermeisterin", "trainer", "direktor", "direktorin",
	"generalsekretär", "vorsitzende", "vorsitzender", "papst", "könig", "königin", "senator", "senatorin", "general", "richter", "richterin",
	"anwalt", "anwältin", "staatsanwalt", "staatsanwältin", "wirtschaftsminister", "verteidigungsminister", "finanzminister", "gesundheitsminister",
	"justizminister", "umweltminister", "kommissar", "kommissarin", "abgeordnete", "abgeordneter", "oppositionsführer")

// definiteHeads are nouns that, after a definite article, point back to a source
// named before (das Gremium, der Bericht, das Dokument).
var anaphoricHeads = set("gremium", "bericht", "dokument", "papier", "rapport", "studie", "report", "behörde", "regierung", "ministerium",
	"unternehmen", "konzern", "gericht", "organisation", "polizei", "sprecher", "sprecherin", "minister", "ministerin", "präsident",
	"präsidentin", "politiker", "politikerin", "experte", "expertin", "kommission", "partei", "agentur", "zeitung", "sender", "blatt",
	"schreiben", "gutachten", "urteil", "verband", "team", "ermittler", "richter", "richterin", "anwalt", "anwältin", "autor", "autorin", "autoren")

// mention is one reference to a source in the text.
type mention struct {
	toks  [2]int
	span  aussage.Span
	words []string // name words (capitalised, role nouns and determiners left out)
	text  string   // the mention without a leading determiner
	kind  Kind
	head  string // folded head noun
	pron  string // folded pronoun, "" if none
	indef bool   // opens with an indefinite article or is a bare plural: never merged by name
}

// registry collects the sources of one document. Its indexes keep resolving a
// mention independent of the number of sources before it, so that a document of
// many thousand sources stays linear.
type registry struct {
	sources []Source
	words   [][]string // name words per source
	heads   []string
	last    int // most recently mentioned source, -1 if none
	lastBy  [9]int
	// newestHead and newestKind are the newest source with a head noun and of a
	// kind (heads and kinds are set when a source is added and never change)
	newestHead map[string]int
	newestKind [9]int
	// byWord lists, in ascending order, the sources with a name word of each
	// wordKey: the only sources whose words can be a subset of a mention's or
	// contain them
	byWord map[string][]int32
	cursor []int // scratch for find
	// mentions are the mentions of all sources in the order they were found,
	// and lastSpan the last one of each source; finishMentions hands them to
	// the sources in one list
	mentions []sourceSpan
	lastSpan []aussage.Span
	ends     []int // finishMentions' working list
	// ids holds the first two places of each byWord list: a name word is
	// shared by a source or two, and the lists would otherwise take an
	// allocation each
	ids []int32
}

func newRegistry() *registry {
	r := &registry{last: -1, newestHead: map[string]int{}, byWord: map[string][]int32{}}
	for i := range r.lastBy {
		r.lastBy[i] = -1
		r.newestKind[i] = -1
	}
	return r
}

// maxReusedMap is the most entries a map of the working memory (the registry's,
// expandMentions', unitSubject's …) may have held to be cleared for the next text
// rather than made anew: clearing costs the room the map grew to, which a text of
// many sources would leave to every small one after.
const maxReusedMap = 1 << 10

// reset empties the registry for the next text, keeping its memory: the lists
// and, unless they grew large, the maps. The result has a copy of the sources,
// which share their mention lists with it: they are cleared here so that the
// pool does not hold them.
func (r *registry) reset() {
	clear(r.sources)
	clear(r.words)
	head, byWord := r.newestHead, r.byWord
	if len(head) > maxReusedMap || len(byWord) > maxReusedMap {
		head, byWord = map[string]int{}, map[string][]int32{}
	}
	clear(head)
	clear(byWord)
	*r = registry{sources: r.sources[:0], words: r.words[:0], heads: r.heads[:0], last: -1, newestHead: head, byWord: byWord,
		cursor: r.cursor[:0], ids: r.ids[:0], mentions: r.mentions[:0], lastSpan: r.lastSpan[:0], ends: r.ends}
	for i := range r.lastBy {
		r.lastBy[i] = -1
		r.newestKind[i] = -1
	}
}

// wordKey is the key under which byWord files a name word: the word itself if
// shorter than five bytes (it matches only itself), else its first five bytes,
// which every word it matches by prefix shares (see subset).
func wordKey(w string) string {
	if len(w) < 5 {
		return w
	}
	return w[:5]
}

// indexWords files the name words of source id.
func (r *registry) indexWords(id int, words []string) {
	for _, w := range words {
		k := wordKey(w)
		l := r.byWord[k]
		switch {
		case len(l) == 0:
			if cap(r.ids)-len(r.ids) < 2 {
				r.ids = make([]int32, 0, max(64, 2*cap(r.ids)))
			}
			n := len(r.ids)
			r.ids = r.ids[:n+2]
			r.byWord[k] = append(r.ids[n:n:n+2], int32(id))
		case int(l[len(l)-1]) < id:
			r.byWord[k] = append(l, int32(id))
		case int(l[len(l)-1]) > id:
			// an older source gains words (the fuller name): keep the list sorted
			at, found := slices.BinarySearch(l, int32(id))
			if !found {
				r.byWord[k] = slices.Insert(l, at, int32(id))
			}
		}
	}
}

// describe analyses the mention toks[a:b]; cls holds the word classes of the
// tokens (analysis.cls).
func describe(t *aussage.Text, toks []aussage.Token, cls []uint32, a, b int) mention {
	return describeIn(t, toks, cls, a, b, nil)
}

// describeIn is describe with the name words kept in the arena words (if not
// nil), whose lists are capped: the mentions that go to the registry are many,
// and each would take an allocation of its own.
func describeIn(t *aussage.Text, toks []aussage.Token, cls []uint32, a, b int, words *[]string) mention {
	// the classes of a word are read from cls, not looked up again: a text
	// has many mentions
	class := func(i int) uint32 {
		if toks[i].Kind == aussage.Word {
			return cls[i]
		}
		return classesOf(toks[i].Key)
	}
	m := mention{toks: [2]int{a, b}, span: aussage.Span{Start: toks[a].Span.Start, End: toks[b-1].Span.End}}
	first := toks[a].Key
	if b-a == 1 && (class(a)&cPron != 0 || first == "es") {
		m.pron = first
		switch first {
		case "man":
			m.kind = Generic
		case "ich", "wir", "du":
			m.kind = Person
		}
		m.text = toks[a].Text
		return m
	}
	start := a
	if (first == "aus" || first == "in") && b-a > 1 {
		start++ // aus Regierungskreisen names Regierungskreise
		a++
		first = toks[a].Key
	}
	if class(a)&cDet != 0 {
		switch first {
		case "ein", "eine", "einem", "einen", "einer", "eines", "mehrere", "mehrerer", "einige", "einiger":
			m.indef = true
		}
		start++
	}
	if start+2 < b && class(start)&cPrep != 0 && start > a {
		// der von der Regierung eingesetzten Kommission: the phrase names what
		// follows the participle that closes its extended attribute
		for i := start + 2; i < b; i++ {
			if p := toks[i-1]; isCap(toks[i].Text) && p.Kind == aussage.Word && !isCap(p.Text) &&
				class(i-1)&(cDet|cPrep|cGen|cAttach) == 0 && hasAnySuffix(p.Key, "e", "en", "er", "es", "em") {
				start = i
			}
		}
	}
	// the head: the last capitalised word before a genitive, preposition or bracket
	headAt := -1
	for i := start; i < b; i++ {
		if i > start && (class(i)&(cGen|cAttach) != 0 || toks[i].Text == "(" || toks[i].Text == ",") {
			break
		}
		if isCap(toks[i].Text) {
			headAt = i
		}
	}
	if headAt < 0 {
		headAt = b - 1
	}
	m.head = toks[headAt].Key
	m.kind = kindOf(m.head)
	nameStart := start
	for nameStart+1 < b && !isCap(toks[nameStart].Text) && toks[nameStart].Kind == aussage.Word && m.kind != Collective {
		nameStart++ // an unabhängiges Gremium is named Gremium
	}
	for nameStart+1 < b && class(nameStart)&cRole != 0 {
		switch {
		case toks[nameStart+1].Text == "." && nameStart+2 < b && isCap(toks[nameStart+2].Text):
			nameStart += 2 // Prof. Dr. Anna Berg is named Anna Berg
			continue
		case isCap(toks[nameStart+1].Text) && kindOf(toks[nameStart+1].Key) == UnknownKind:
			nameStart++ // Machthaber Kim Jong-un is named Kim Jong-un
			continue
		}
		break
	}
	if start < b {
		start, end := nameStart, nameStart+1
		for end < b && toks[end].Text != "," && toks[end].Text != "(" {
			end++
		}
		m.text = t.Slice(aussage.Span{Start: toks[start].Span.Start, End: toks[end-1].Span.End})
	}
	// the name words, counted first so that they take one allocation
	capitals, wend := 0, b
	for i := start; i < b; i++ {
		c := class(i)
		if i > start && c&(cGen|cAttach) != 0 {
			wend = i
			break
		}
		if isCap(toks[i].Text) && c&cRole == 0 {
			capitals++
		}
	}
	if capitals > 0 {
		if words == nil {
			m.words = make([]string, 0, capitals)
		} else {
			if cap(*words)-len(*words) < capitals {
				*words = make([]string, 0, max(capitals, 64, 2*cap(*words)))
			}
			n := len(*words)
			m.words, *words = (*words)[n:n:n+capitals], (*words)[:n+capitals]
		}
		for i := start; i < wend; i++ {
			if isCap(toks[i].Text) && class(i)&cRole == 0 {
				m.words = append(m.words, toks[i].Key)
			}
		}
	}
	if m.kind == UnknownKind {
		switch {
		case start == a && capitals >= 1 && !m.indef:
			m.kind = Person // a bare name: Brüderle, Kim Jong-un
		case m.indef:
			m.kind = Anonymous
		default:
			m.kind = Organisation
		}
	}
	if class(start)&cRole != 0 && m.kind != Person && capitals > 0 {
		m.kind = Person
	}
	if m.kind == Collective && !m.indef && start == a && class(a)&cDet != 0 {
		m.indef = true
	}
	if start == a && (m.kind == Collective || m.kind == Anonymous) {
		m.indef = true // bare plurals: Experten, Insider
	}
	return m
}

func kindOf(head string) Kind {
	if k := kindOfForm(head); k != UnknownKind {
		return k
	}
	for _, end := range []string{"en", "n", "s", "e"} {
		if s, ok := strings.CutSuffix(head, end); ok && len(s) > 3 {
			if k := kindOfForm(s); k != UnknownKind {
				return k
			}
		}
	}
	return UnknownKind
}

// headTrie holds the head suffixes with their kinds.
var headTrie = func() *suffixTrie {
	t := newSuffixTrie()
	for _, h := range headKinds {
		t.add(h.suffix, h.kind)
	}
	return t
}()

// kindOfForm returns the kind of the longest listed suffix of head: the last part
// of a compound (UN-Bericht, Regierungssprecher). Suffixes shorter than four
// letters count only as the whole word (dpa, UN).
func kindOfForm(head string) Kind { return headTrie.longestKind(head) }

func isCap(s string) bool {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z' // ASCII, most words: no rune to decode
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// A sourceSpan is a mention of source id.
type sourceSpan struct {
	id int
	sp aussage.Span
}

// reserve makes room for n more sources and mentions: result reserves one per
// candidate, which a text of many frames (er sagte: er meinte: …) fills with as
// many sources, and which the lists would otherwise reach by growing a quarter at
// a time, copying each many times over.
func (r *registry) reserve(n int) {
	r.sources = slices.Grow(r.sources, n)
	r.words = slices.Grow(r.words, n)
	r.heads = slices.Grow(r.heads, n)
	r.mentions = slices.Grow(r.mentions, n)
	r.lastSpan = slices.Grow(r.lastSpan, n)
}

// mention records sp as a mention of source id.
func (r *registry) mention(id int, sp aussage.Span) {
	r.mentions = appendDoubling(r.mentions, sourceSpan{id, sp})
	for len(r.lastSpan) <= id {
		r.lastSpan = appendDoubling(r.lastSpan, aussage.Span{Start: -1, End: -1})
	}
	r.lastSpan[id] = sp
}

// lastMention returns the mention of source id recorded last, if any.
func (r *registry) lastMention(id int) (aussage.Span, bool) {
	if id >= len(r.lastSpan) || r.lastSpan[id].Start < 0 {
		return aussage.Span{}, false
	}
	return r.lastSpan[id], true
}

// finishMentions gives each source its mentions, in the order they were
// recorded, all in one list; those of the sources marked in sorted (if not nil)
// are sorted by their start.
func (r *registry) finishMentions(sorted []bool) {
	if len(r.mentions) == 0 {
		return
	}
	// count the mentions of each source, then place them: ends[id] is where
	// the next mention of id goes
	ends := grown(r.ends, len(r.sources)+1)[:len(r.sources)+1]
	clear(ends)
	r.ends = ends
	for _, m := range r.mentions {
		ends[m.id+1]++
	}
	for id := 1; id < len(ends); id++ {
		ends[id] += ends[id-1]
	}
	all := make([]aussage.Span, len(r.mentions))
	for id := range r.sources {
		if n := ends[id+1] - ends[id]; n > 0 {
			r.sources[id].Mentions = all[ends[id] : ends[id] : ends[id]+n]
		}
	}
	for _, m := range r.mentions {
		s := &r.sources[m.id]
		s.Mentions = append(s.Mentions, m.sp)
	}
	for id, ok := range sorted {
		if ok {
			slices.SortFunc(r.sources[id].Mentions, func(x, y aussage.Span) int { return x.Start - y.Start })
		}
	}
}

// resolve returns the source the mention refers to, adding a new one if needed.
func (r *registry) resolve(m mention) int {
	id := r.find(m)
	if id < 0 {
		kind := m.kind
		if kind == UnknownKind {
			kind = Person
		}
		name := m.text
		if m.pron != "" && m.pron != "man" {
			kind = UnknownKind
		}
		r.sources = appendDoubling(r.sources, Source{Name: name, Kind: kind})
		r.words = appendDoubling(r.words, m.words)
		r.heads = appendDoubling(r.heads, m.head)
		id = len(r.sources) - 1
		r.newestHead[m.head] = id
		r.newestKind[kind] = id
		r.indexWords(id, m.words)
	} else if len(m.words) > len(r.words[id]) && m.pron == "" && !m.indef {
		r.words[id] = m.words // the fuller name wins: Kim → Kim Jong-un
		r.sources[id].Name = m.text
		r.indexWords(id, m.words)
	}
	s := &r.sources[id]
	r.mention(id, m.span)
	r.last = id
	r.lastBy[s.Kind] = id
	return id
}

func (r *registry) find(m mention) int {
	switch m.pron {
	case "":
	case "er", "ihn", "ihm":
		return r.lastBy[Person]
	case "sie", "ihr", "ihnen":
		best := -1
		for _, k := range []Kind{Person, Organisation, Collective, Media, Anonymous} {
			best = max(best, r.lastBy[k])
		}
		return best
	case "man":
		return -1
	default:
		return -1
	}
	if m.indef {
		return -1
	}
	// a definite description points back to a source of the same kind or head
	if len(m.words) <= 1 && anaphoricHeads[m.head] {
		best, ok := r.newestHead[m.head]
		if !ok {
			best = -1
		}
		if m.kind != UnknownKind {
			best = max(best, r.newestKind[m.kind])
		}
		if best >= 0 {
			return best
		}
	}
	if len(m.words) == 0 {
		return -1
	}
	// the newest source whose words are a subset of the mention's or contain
	// them: only sources that share a word key with the mention can, so walk
	// their lists backwards together, newest first
	cur := r.cursor[:0]
	for _, w := range m.words {
		cur = append(cur, len(r.byWord[wordKey(w)])-1)
	}
	r.cursor = cur
	for n := 0; n < maxLookBack; n++ {
		i := -1
		for k, w := range m.words {
			if c := cur[k]; c >= 0 {
				i = max(i, int(r.byWord[wordKey(w)][c]))
			}
		}
		if i < 0 {
			break
		}
		for k, w := range m.words {
			if c := cur[k]; c >= 0 && int(r.byWord[wordKey(w)][c]) == i {
				cur[k]--
			}
		}
		if len(r.words[i]) > 0 && (subset(m.words, r.words[i]) || subset(r.words[i], m.words)) {
			return i
		}
	}
	return -1
}

// maxLookBack is how many sources sharing a word with a mention find compares it
// with, newest first. A news article has a few dozen sources; the limit bounds the
// work on documents of many thousand similar names (Peter Müller, Anna Müller,
// …), where a name is then taken as a new source rather than compared with all of
// them. It is what keeps the cost of a mention the same in a long document as in a
// short one: at 1,000 a 50 MB text of German prose mixed with other scripts (each
// Cyrillic name a new source sharing its words with the rest) cost 88 ns a byte,
// against 57 for a megabyte; at 64, 66 and 54. The speed corpus and every dev suite
// resolve the same with either.
const maxLookBack = 64

// subset reports whether every word of a is a word of b (or shares a prefix of at
// least four letters with one: UN-Bericht, UN-Berichts).
func subset(a, b []string) bool {
	if len(a) == 0 {
		return false
	}
	for _, x := range a {
		ok := false
		for _, y := range b {
			if x == y || (min(len(x), len(y)) >= 5 && (strings.HasPrefix(x, y) || strings.HasPrefix(y, x))) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
