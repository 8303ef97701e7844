package hedge

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aussage/aussage"
)

// A rule tells a hedge from a look-alike. It sees the candidate's tokens in their
// sentence, may widen the candidate (add an auxiliary) or change its class and
// value, and reports whether the candidate is a cue. Rules are named in the lexicon's
// rule column; several names separated by commas must all accept.
type rule func(s *scan, c *cand) bool

// rules maps the names usable in a lexicon file to their code. The lexicon header
// documents each of them.
var rules map[string]rule

func init() {
	// Assigned in init because several rules refer to the scan methods that refer
	// back to the table's entries.
	rules = map[string]rule{
		"lower":       ruleLower,
		"num":         ruleNum,
		"digits":      ruleDigits,
		"final":       ruleFinal,
		"comma":       ruleComma,
		"clause":      ruleClause,
		"neg":         ruleNeg,
		"v1":          ruleV1,
		"perfect":     rulePerfect,
		"soll":        ruleSoll,
		"could":       ruleCould,
		"might":       ruleMight,
		"must2":       ruleMust2,
		"mag":         ruleMag,
		"future":      ruleFuture,
		"kii":         ruleKII,
		"wenn":        ruleWenn,
		"wohl":        ruleWohl,
		"kaum":        ruleKaum,
		"sicher":      ruleSicher,
		"bestimmt":    ruleBestimmt,
		"seem":        ruleSeem,
		"offenbar":    ruleOffenbar,
		"known":       ruleKnown,
		"unclear":     ruleUnclear,
		"group":       ruleGroup,
		"man":         ruleMan,
		"dep":         ruleDep,
		"anon":        ruleAnon,
		"ausgehen":    ruleAusgehen,
		"excluded":    ruleExcluded,
		"possible":    rulePossible,
		"schaetzen":   ruleSchaetzen,
		"denken":      ruleDenken,
		"glauben":     ruleGlauben,
		"meinen":      ruleMeinen,
		"practically": rulePractically,
		"source":      ruleSource,
		"nonum":       ruleNoNum,
		"dass":        ruleDass,
		"over":        ruleOver,
		"more":        ruleMore,
		"proof":       ruleProof,
		"fixed":       ruleFixed,
		"accept":      ruleAccept,
		"nocompare":   ruleNoCompare,
		"otherwise":   ruleOtherwise,
		"incase":      ruleInCase,
		"upto":        ruleUpTo,
		"itmeans":     ruleItMeans,
		"hearsay":     ruleHearsay,
	}
}

var (
	seinForms   = set("ist sind war waren sei seien wäre wären bin bist seid gewesen sein scheint scheinen schien bleibt bleiben blieb")
	werdenForms = set("wird werden wurde wurden worden werde würde würden geworden")
	pronouns    = set("ich du er sie es wir ihr man")
	articles    = set("der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner")
	numberWords = set("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert tausend million millionen milliarde milliarden dutzend hälfte drittel viertel doppelt dreifach")
	numPrefixes = []string{"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "hundert", "tausend", "anderthalb", "eineinhalb"}
	// Reporting verbs and phrases that make a sentence reported speech, so that its
	// Konjunktiv II stands in for Konjunktiv I instead of marking a hypothesis.
	reportingVerbs   = set("sagt sagte sagten sagen gesagt erklärt erklärte erklärten erklären betont betonte betonten berichtet berichtete berichteten meint meinte meinten kommentiert kommentierte behauptet behauptete behaupteten versichert versicherte schreibt schrieb schrieben zitiert zitierte ergänzt ergänzte warnt warnte warnten kritisiert kritisierte argumentiert argumentierte bestätigt bestätigte dementiert dementierte verkündet verkündete teilte teilten mitgeteilt fügte räumte gab gaben forderte forderten fordert gefordert erläuterte unterstrich hieß heißt verlautete verlautet sprach befürchtete befürchten glaubt glaubte")
	attributionWords = set("laut zufolge gemäß")
	// Nouns that attribute after "nach": "nach Angaben der Polizei".
	attributionNouns = set("angaben aussage aussagen darstellung informationen ansicht einschätzung berichten bericht berichts meldung meldungen schätzungen meinung auffassung")
	kiForms          = set("sei seien könne müsse solle dürfe wolle möge gebe liege stehe habe werde wisse gehe komme")
	// Stative verbs: with these, sollen and können read as hearsay or possibility
	// rather than as obligation, plan or ability.
	stativeInf  = set("sein lauten geben liegen stehen stimmen bedeuten heißen bleiben kosten betragen zutreffen handeln gehören stammen existieren verfügen besitzen wissen kennen leben wohnen befinden enthalten")
	sollStative = set("verfügen besitzen wissen kennen leben wohnen befinden stammen gehören existieren enthalten handeln aufhalten")
	timeWords   = set("januar februar märz april mai juni juli august september oktober november dezember montag dienstag mittwoch donnerstag freitag samstag sonntag uhr tag tage tagen zeit zeitpunkt moment augenblick abend morgen nacht woche monat jahr jahren zeiten")
	// Things that can emanate from somewhere: "Die Gefahr geht von X aus" is not an
	// assumption.
	emanating      = set("gefahr gefahren bedrohung risiko risiken gewalt signal signale impuls impulse initiative wirkung strahlung brand feuer anstoß kraft geruch reiz druck macht")
	sunLight       = set("sonne mond licht lampe lampen sterne stern scheinwerfer")
	definite       = set("die den der diese dieser diesen jene beide beiden")
	modalInf       = set("können müssen sollen dürfen wollen lassen mögen")
	counterfactual = set("ohne lieber liebsten besser eigentlich dann")
	conditionWords = set("wenn falls sofern sonst andernfalls fast beinahe gern gerne")
	// Nouns of people who speak for an institution: with "hochrangig" or
	// "ungenannt" they are anonymous sources.
	officials     = []string{"beamter", "beamte", "beamten", "mitarbeiter", "diplomat", "diplomaten", "offizier", "offiziere", "funktionär", "funktionäre", "vertreter", "quelle", "quellen", "sprecher", "insider", "informant", "informanten", "ermittler", "militär", "militärs", "regierungsmitglied", "mitglied"}
	clauseOpeners = set("dass weil wenn ob obwohl da als nachdem bevor damit um ohne sodass so wie während der die das dem den deren dessen denen welche welcher welches wo was wer und aber doch sondern denn falls sofern zumal indem seit seitdem bis")
	// Small word sets of single rules.
	commaSet      = set(",")
	hearsayWords  = set("angeblich berichten")
	nowWords      = set("schon längst inzwischen mittlerweile jetzt bereits gerade")
	safeContext   = set("vor fühlen fühlt fühlte fühlten nummer")
	feelWords     = set("fühlen fühlt fühlte fühlten fühle")
	stillWords    = set("noch weiter weiterhin")
	firstPerson   = set("ich wir")
	questionWords = set("ob wie wer was warum wann wo welche welcher welches")
	placePreps    = set("in im aus bei von vom laut auf unter zufolge")
	fromPreps     = set("aus von vom")
	aufSet        = set("auf")
	funcWords     = set("der die das den dem des ein eine einen einem einer eines und oder aber auch nicht noch schon sich sie er es wir ihr ihre ihren ihrem ihres sein seine seinen seinem seiner seines in im an am auf aus bei mit nach von vom zu zum zur für gegen wegen zwischen unter über vor hinter neben seit bis als wie dass ob wenn weil damit denn doch so nur mehr sehr dann hier dort jetzt heute gestern bereits zuletzt meist erst")
)

// segment returns the token range [lo, hi) of the clause segment around token i: the
// stretch between separating punctuation (comma, colon, semicolon, brackets, dashes)
// inside the sentence.
func (s *scan) segment(i int) (lo, hi int) {
	lo, hi = i, i+1
	if i < s.lo {
		return s.lo, s.lo
	}
	if i >= s.hi {
		for lo > s.lo && !isSep(&s.toks[lo-1]) {
			lo--
		}
		return lo, hi
	}
	// Most segments are short: scan up to shortRange tokens each way, and only
	// when that finds no end use the sentence's index of separators.
	for lo > s.lo && lo > i-shortRange && !isSep(&s.toks[lo-1]) {
		lo--
	}
	for hi < s.hi && hi <= i+shortRange && !isSep(&s.toks[hi]) {
		hi++
	}
	if (lo == s.lo || isSep(&s.toks[lo-1])) && (hi >= s.hi || isSep(&s.toks[hi])) {
		return lo, hi
	}
	seps := s.separators()
	k := sort.SearchInts(seps, i)
	lo = s.lo
	if k > 0 {
		lo = seps[k-1] + 1
	}
	if k < len(seps) && seps[k] == i {
		k++
	}
	hi = s.hi
	if k < len(seps) {
		hi = seps[k]
	}
	return lo, hi
}

func isSep(t *aussage.Token) bool {
	switch t.Kind {
	case aussage.Dash:
		return true
	case aussage.Punct:
		switch t.Text {
		case ",", ";", ":", "!", "?", "(", ")", "[", "]":
			// Not ".": inside a sentence it ends an ordinal or abbreviation.
			return true
		}
	}
	return false
}

// key returns the match key of token i, or "" outside the sentence.
func (s *scan) key(i int) string {
	if i < s.lo || i >= s.hi {
		return ""
	}
	return s.toks[i].Key
}

func (s *scan) isWord(i int) bool {
	return i >= s.lo && i < s.hi && s.toks[i].Kind == aussage.Word
}

func (s *scan) isLower(i int) bool {
	if !s.isWord(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.toks[i].Text)
	return unicode.IsLower(r)
}

// initial reports whether token i starts its sentence or a quotation or follows a
// colon: the places where a capital letter says nothing about the part of speech.
func (s *scan) initial(i int) bool {
	for j := i - 1; j >= s.lo; j-- {
		switch s.toks[j].Kind {
		case aussage.QuoteOpen, aussage.Dash:
			continue
		case aussage.Punct:
			return s.toks[j].Text == ":" || s.toks[j].Text == "(" || s.toks[j].Text == "..."
		}
		return false
	}
	return true
}

// nounLike reports whether token i is capitalised where German capitalises nouns.
func (s *scan) nounLike(i int) bool {
	return s.isWord(i) && !s.isLower(i) && !s.initial(i)
}

// question reports whether a question mark follows token i in its sentence.
func (s *scan) question(i int) bool {
	if s.long() {
		return s.lastQuestion() > i
	}
	for j := i + 1; j < s.hi; j++ {
		if s.toks[j].Text == "?" {
			return true
		}
	}
	return false
}

func last(c *cand) int { return c.toks[len(c.toks)-1] }

// isNumber reports whether t is a number: digits, a number word, or, unless strict,
// an indefinite article ("rund eine Million").
func isNumber(t *aussage.Token, strict bool) bool {
	if t.Kind == aussage.Number {
		return true
	}
	if t.Kind != aussage.Word || t.Key == "" {
		return false
	}
	k := t.Key
	if k[0] >= '0' && k[0] <= '9' {
		return true
	}
	if numberWords.has(k) {
		return true
	}
	if !strict {
		switch k {
		case "ein", "eine", "einen", "einem", "einer", "eines", "einige", "einigen", "mehrere", "mehreren", "gut", "knapp":
			return true
		}
	}
	for _, p := range numPrefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// ordinal reports whether key k ends like an ordinal number word ("zweiten").
func ordinal(k string) bool {
	if numberWords.has(k) {
		return false // "die Hälfte"
	}
	for _, suf := range []string{"te", "ten", "ter", "tes", "tem"} {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

func (s *scan) numberAt(i int, strict bool) bool {
	return i >= s.lo && i < s.hi && isNumber(&s.toks[i], strict)
}

// participle reports whether key k looks like a past participle: ge- inside the
// word, an inseparable prefix, or -iert, ending in -t or -en.
func participle(k string) bool {
	if k == "getan" {
		return true // the one participle ending in -an
	}
	if len(k) < 4 || !(strings.HasSuffix(k, "t") || strings.HasSuffix(k, "en")) {
		return false
	}
	if seinForms.has(k) || werdenForms.has(k) || k == "haben" || funcWords.has(k) || notParticiple.has(k) {
		return false
	}
	if strings.Contains(k[:len(k)-2], "ge") || strings.HasSuffix(k, "iert") {
		return true
	}
	for _, p := range []string{"be", "ent", "er", "ver", "zer", "emp", "miss"} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// perfectIn reports whether [lo, hi) holds a perfect infinitive: a participle followed
// by "haben" or "sein" ("gewusst haben", "gestorben sein"), or "gewesen sein",
// "worden sein". With haveOnly, "sein" counts only after gewesen or worden, because
// "muss geschlossen sein" is a state, not an inference.
func (s *scan) perfectIn(lo, hi int, haveOnly bool) int {
	if hi-lo > shortRange && lo >= s.lo && hi <= s.hi {
		key := "perfect"
		if haveOnly {
			key = "perfect-have"
		}
		return s.first(key, func(j int) bool { return s.perfectAt(j, haveOnly) }, lo+1, hi)
	}
	for j := lo + 1; j < hi; j++ {
		if s.perfectAt(j, haveOnly) {
			return j
		}
	}
	return -1
}

// perfectAt reports whether token j is the haben or sein of a perfect infinitive
// (see perfectIn).
func (s *scan) perfectAt(j int, haveOnly bool) bool {
	k := s.toks[j].Key
	if k != "haben" && k != "sein" {
		return false
	}
	p := s.toks[j-1].Key
	if p == "gewesen" || p == "worden" {
		return true
	}
	if !s.isLower(j-1) || s.key(j-2) == "zu" {
		return false // "zu empfangen sein" is no perfect
	}
	if k == "haben" && participle(p) {
		return true
	}
	return k == "sein" && (!haveOnly || hasSuffixIn(p, seinPerfects)) && participle(p) && strings.Contains(p, "ge")
}

// verbField returns the token range in which the infinitives of a modal at token i
// stand: its segment, and for a modal in second position also the segments after
// commas that continue an enumeration ("sollen ein Lager, ein Depot und Waffen
// gefunden worden sein"), up to a comma that opens a new clause.
func (s *scan) verbField(i int) (lo, hi int) {
	lo, hi = s.segment(i)
	if i == hi-1 || (i+1 < s.hi && s.key(i+1) == ".") {
		return lo, hi
	}
	if !s.long() {
		for s.continues(hi) {
			_, hi = s.segment(hi + 1)
		}
		return lo, hi
	}
	// In a long sentence, remember where each chain ends: "man glaubt, er könnte, er
	// könnte, …" would otherwise walk the rest of the sentence for every modal.
	if s.idx.chain == nil {
		s.idx.chain = map[int]int{}
	}
	start, end := hi, hi
	for s.continues(end) {
		if e, ok := s.idx.chain[end]; ok {
			end = e
			break
		}
		_, end = s.segment(end + 1)
	}
	for h := start; h != end; {
		if _, ok := s.idx.chain[h]; ok {
			break
		}
		s.idx.chain[h] = end
		_, h = s.segment(h + 1)
	}
	return lo, end
}

// continues reports whether the comma at token hi continues an enumeration in the
// verb field instead of opening a new clause.
func (s *scan) continues(hi int) bool {
	return hi < s.hi && s.toks[hi].Text == "," && hi+1 < s.hi && !clauseOpeners.has(s.toks[hi+1].Key) && s.toks[hi+1].Kind == aussage.Word
}

// finalVerb returns the last lower-case word of [lo, hi) other than token skip.
func (s *scan) finalVerb(lo, hi, skip int) int {
	if hi-lo > shortRange && lo >= s.lo && hi <= s.hi {
		word := func(j int) bool { return s.toks[j].Kind == aussage.Word }
		j := s.last("word", word, lo, hi)
		if j >= 0 && j == skip {
			j = s.last("word", word, lo, skip)
		}
		if j >= 0 && s.isLower(j) {
			return j
		}
		return -1
	}
	for j := hi - 1; j >= lo; j-- {
		if j != skip && s.isLower(j) {
			return j
		}
		if j != skip && s.toks[j].Kind == aussage.Word {
			return -1
		}
	}
	return -1
}

func (s *scan) has(lo, hi int, m *wordSet) bool {
	lo, hi = max(lo, s.lo), min(hi, s.hi)
	if hi-lo > shortRange {
		return s.first(m, func(j int) bool { return m.has(s.toks[j].Key) }, lo, hi) >= 0
	}
	for j := lo; j < hi; j++ {
		if m.has(s.toks[j].Key) {
			return true
		}
	}
	return false
}

// quoteDepth returns how many quotations are open before token i in its sentence.
func (s *scan) quoteDepth(i int) int {
	if i-s.lo > shortRange {
		return s.depthBefore(i)
	}
	d := 0
	for j := s.lo; j < i; j++ {
		switch s.toks[j].Kind {
		case aussage.QuoteOpen:
			d++
		case aussage.QuoteClose:
			d = max(0, d-1)
		}
	}
	return d
}

// konjunktiv1 reports whether [lo, hi) has a Konjunktiv I verb: from the text's verb
// analysis when there is one, else from the unambiguous forms.
func (s *scan) konjunktiv1(lo, hi int) bool {
	if s.verbs != nil {
		// The verbs are in token order (Text.VerbAt relies on it too): look only at
		// those in [lo, hi), so that a long text is not scanned once per candidate.
		for k := sort.Search(len(s.verbs), func(k int) bool { return s.verbs[k].Token >= lo }); k < len(s.verbs) && s.verbs[k].Token < hi; k++ {
			if v := s.verbs[k]; v.Mood == aussage.Konjunktiv1 && !v.Ambiguous {
				return true
			}
		}
		return false
	}
	for j := lo; j < hi; j++ {
		if kiForms.has(s.toks[j].Key) && s.isLower(j) {
			k := s.toks[j].Key
			// "ich habe", "ich werde" are indicative.
			if (k == "habe" || k == "werde" || k == "gehe" || k == "komme" || k == "stehe" || k == "liege" || k == "gebe" || k == "wisse") && s.key(j-1) == "ich" {
				continue
			}
			return true
		}
	}
	return false
}

func ruleLower(s *scan, c *cand) bool {
	i := c.toks[0]
	return s.isLower(i) || s.initial(i)
}

func ruleNum(s *scan, c *cand) bool {
	p := s.key(c.toks[0] - 1)
	if p == "wie" || p == "z.b" || p == "beispielsweise" {
		return false // "wie etwa" introduces an example
	}
	n := last(c) + 1
	if k := s.key(n + 1); indefinite.has(s.key(n)) && s.isLower(n+1) && !s.numberAt(n+1, true) && !strings.HasPrefix(k, "halb") && k != "von" {
		// "rund eine Million", "etwa einer von drei", "mehr als ein halbes Jahr",
		// not "etwa eine mögliche Maßnahme" (for example).
		return false
	}
	// "knapp die Hälfte": an article before a fraction; "etwa zwischen 600 und 900".
	return s.numberAt(n, false) || (articles.has(s.key(n)) || s.key(n) == "zwischen") && s.numberAt(n+1, true) && !ordinal(s.key(n+1))
}

func ruleNoNum(s *scan, c *cand) bool { return !s.numberAt(last(c)+1, true) }

func ruleDigits(s *scan, c *cand) bool { return s.numberAt(last(c)+1, true) }

// ruleFinal: the last word ends its clause segment, as the particle of a separable
// verb does ("geht … davon aus").
func ruleFinal(s *scan, c *cand) bool {
	n := last(c) + 1
	return n >= s.hi || isSep(&s.toks[n]) || s.toks[n].Kind == aussage.QuoteClose || s.key(n) == "dass" || s.key(n) == "." || s.key(n) == "..."
}

// ruleComma: a complement clause follows ("nimmt an, dass").
func ruleComma(s *scan, c *cand) bool {
	p := s.key(c.toks[0] - 1)
	// "früher als erwartet," and "wie angenommen," compare, they do not expect.
	return s.key(last(c)+1) == "," && p != "als" && p != "wie"
}

// ruleClause: a comma or "dass" follows ("vorausgesetzt, dass").
func ruleClause(s *scan, c *cand) bool {
	k := s.key(last(c) + 1)
	return k == "," || k == "dass"
}

// ruleDass: a dass or ob clause follows ("Vermutet wird, dass"), not any comma
// ("dass der Antrag angenommen wird, löst …").
func ruleDass(s *scan, c *cand) bool {
	n := last(c) + 1
	if s.key(n) == "," {
		n++
	}
	return s.key(n) == "dass" || s.key(n) == "ob"
}

// ruleNeg: the negation is not the "nicht" of "nicht nur".
func ruleNeg(s *scan, c *cand) bool { return s.key(last(c)+1) != "nur" }

// ruleV1: "Sollte es regnen, …": the verb opens a conditional clause.
func ruleV1(s *scan, c *cand) bool {
	i := c.toks[0]
	return s.initial(i) && !s.question(i) && s.has(i, s.hi, commaSet)
}

// rulePerfect: a modal with a perfect infinitive reads epistemically or as hearsay
// ("muss … gewesen sein", "will … gesehen haben").
func rulePerfect(s *scan, c *cand) bool {
	i := c.toks[0]
	if !s.isLower(i) && !s.initial(i) {
		return false
	}
	lo, hi := s.verbField(i)
	if c.e.Class == EpistemicModal && (s.key(i-1) == "man" || s.key(i+1) == "man" || s.purpose(i)) {
		// "Man muss Windows installiert haben", "Um eine Wohnung zu bekommen,
		// müssen Zuwanderer den Kurs abgeschlossen haben": a requirement.
		return false
	}
	return !s.ownInfinitive(i) && s.perfectIn(lo, hi, c.e.Class != Reportative) >= 0
}

// ruleSoll: hearsay sollen, not the sollen of plans and duties. It reads as hearsay
// with a perfect infinitive ("soll … gewusst haben"), with a stative verb ("soll über
// Waffen verfügen"), or next to an attribution ("laut Polizei", "nach Angaben") that
// is not a rule or plan ("laut Verfassung sollen …" prescribes). Sentence-initial
// "Sollte" opens a condition. sollte/sollten are mostly advice or a past plan
// ("sollte laut den Testern zu X greifen", "sollte im Sommer fertiggestellt sein"):
// hearsay only with a perfect infinitive of haben, or with an attribution when the
// verb is stative or ends a subordinate clause ("die nach seinen Angaben die Bombe
// enthalten sollte").
func ruleSoll(s *scan, c *cand) bool {
	i := c.toks[0]
	if !s.isLower(i) || s.question(i) {
		return false
	}
	k := s.toks[i].Key
	past := k == "sollte" || k == "sollten"
	lo, hi := s.verbField(i)
	perfect := !s.ownInfinitive(i) && s.perfectIn(lo, hi, true) >= 0
	if perfect && !past {
		return true
	}
	if s.clauseEnd(i) && questionWords.has(s.key(lo)) {
		return false // "klären, wie lange die Truppen bleiben sollen"
	}
	v := s.finalVerb(lo, hi, i)
	stative := v >= 0 && sollStative.has(s.toks[v].Key)
	if !past && stative {
		return true
	}
	if s.has(lo, hi, hearsayWords) {
		return true
	}
	attrib := s.attribution(lo, hi) && !s.legalAttribution(lo, hi)
	if past {
		// "sollte … entdeckt haben" without a source is an expectation.
		return attrib && (perfect || stative || s.clauseEnd(i))
	}
	// "Mit dem Fonds sollen die Länder unterstützt werden": an instrument with a
	// passive names a purpose, whoever reports it.
	if s.key(lo) == "mit" || s.key(lo) == "durch" || s.key(lo) == "damit" || s.key(lo) == "dadurch" {
		if v >= 0 && s.toks[v].Key == "werden" {
			return false
		}
	}
	return attrib
}

// ruleCould: könnte is epistemic ("die Maßnahme könnte sich als nötig erweisen")
// except with a first or second person subject or in a question, where it asks or
// offers ("könnten Sie …?", "wir könnten helfen").
func ruleCould(s *scan, c *cand) bool {
	i := c.toks[0]
	if !s.isLower(i) && !s.initial(i) {
		return false
	}
	lo, hi := s.verbField(i)
	if s.perfectIn(lo, hi, false) >= 0 {
		return true
	}
	if s.question(i) {
		return false
	}
	if s.clauseEnd(i) && (s.key(lo) == "damit" || s.key(lo) == "sodass") {
		return false // purpose: "damit Hilfslieferungen gelangen könnten"
	}
	if s.clauseEnd(i) {
		// "…, in die wir jemanden drängen könnten": a subject of the first
		// person anywhere in the verb-final clause.
		if s.has(lo, i, firstPerson) {
			return false
		}
	}
	for _, j := range [2]int{i - 1, i + 1} {
		switch s.key(j) {
		case "ich", "wir", "du", "ihr":
			return false
		case "sie":
			if j == i+1 && !s.isLower(j) {
				return false // polite "Sie"
			}
		}
	}
	return true
}

// ruleMight: dürfte is epistemic except in a question ("Dürfte ich …?").
//
// dürften also stands in for the Konjunktiv I of permission in reported speech
// ("Sie dürften nicht den Anschein erwecken", "Nach den Regeln dürften Flüchtlinge
// nur mit Papieren einreisen"): a rule named in the clause, or a plural with "nicht",
// "nie" or "nur" next to a sentence with the Konjunktiv I "dürfe", reads as
// permission.
func ruleMight(s *scan, c *cand) bool {
	i := c.toks[0]
	if (!s.isLower(i) && !s.initial(i)) || s.question(i) {
		return false
	}
	lo, hi := s.verbField(i)
	if s.legalAttribution(lo, hi) {
		return false
	}
	if s.toks[i].Key == "dürften" && s.has(lo, hi, permissionWords) && s.once(factNearbyPermission, func() bool { return s.nearby(permissionKI) }) {
		return false
	}
	return true
}

// ruleMust2: müsste is epistemic with a perfect infinitive or a stative verb ("müsste
// längst da sein"); otherwise it is a hypothetical obligation, which the hypothetical
// entry takes.
func ruleMust2(s *scan, c *cand) bool {
	i := c.toks[0]
	lo, hi := s.segment(i)
	if s.perfectIn(lo, hi, true) >= 0 {
		return true
	}
	v := s.finalVerb(lo, hi, i)
	return v >= 0 && (s.toks[v].Key == "sein" || s.toks[v].Key == "zutreffen")
}

// ruleMag: mögen is epistemic in "mag sein", with a perfect infinitive or with a
// stative verb; "ich mag Kaffee" is liking.
func ruleMag(s *scan, c *cand) bool {
	i := c.toks[0]
	lo, hi := s.segment(i)
	if s.perfectIn(lo, hi, false) >= 0 {
		return true
	}
	v := s.finalVerb(lo, hi, i)
	return v > i && stativeInf.has(s.toks[v].Key)
}

// ruleFuture: werden is an epistemic future ("wird … kaputt sein") with a perfect
// infinitive, or with "sein"/"haben" and a word that puts the state in the present
// ("schon", "längst", "inzwischen"). The infinitive joins the cue: "wird … sein".
func ruleFuture(s *scan, c *cand) bool {
	i := c.toks[0]
	if !s.isLower(i) && !s.initial(i) {
		return false
	}
	_, hi := s.segment(i)
	if i+1 >= hi {
		return false
	}
	j := s.perfectIn(i+1, hi, false)
	if j < 0 {
		v := s.finalVerb(i+1, hi, -1)
		if v < 0 || (s.toks[v].Key != "sein" && s.toks[v].Key != "haben") || !s.has(i+1, v, nowWords) {
			return false
		}
		j = v
	}
	c.toks = mergeToks(c.toks, []int{j})
	return true
}

// ruleKII: Konjunktiv II marks a hypothesis except where it stands in for Konjunktiv
// I in reported speech: in a sentence with a reporting verb, an attribution or a
// Konjunktiv I outside quotation marks. Inside quotation marks (direct speech) it is
// the speaker's hypothesis. A capitalised form in mid-sentence is a noun ("Würde").
func ruleKII(s *scan, c *cand) bool {
	i := c.toks[0]
	if s.nounLike(i) {
		return false
	}
	if v, ok := s.verbAt(i); ok && v.Mood == aussage.Indicative && !v.Ambiguous {
		return false // "gingen" as a past tense
	}
	if s.quoteDepth(i) > 0 {
		return true
	}
	if s.reportedPluperfect(i) {
		return false
	}
	// Any reporting verb by its lemma, unless a condition makes the Konjunktiv II
	// hypothetical ("Wir glauben nicht, dass es gut wäre, wenn …").
	// The facts of the whole sentence are computed once for all its candidates.
	if s.once(factReports, func() bool { return s.reports(s.lo, s.hi, true) }) ||
		!s.conditional() && s.once(factReportsByLemma, func() bool { return s.reportsByLemma(s.lo, s.hi) }) {
		return false
	}
	if s.once(factKonjunktiv1, func() bool { return s.konjunktiv1(s.lo, s.hi) }) {
		return false
	}
	// Free indirect speech: a sentence that follows one with Konjunktiv I goes on
	// reporting ("Er sei verhaftet worden. Zuvor hätten Zeugen …").
	// Across sentences only the plural forms count: there Konjunktiv I equals the
	// indicative (sie haben, werden), so reported speech needs the Konjunktiv II
	// (hätten, würden), while a singular würde, hätte, wäre has a Konjunktiv I of
	// its own (werde, habe, sei) and stays the author's hypothesis. A sentence that
	// opens with the verb ("Würde die Regel umgesetzt, hätte dies …") is a condition.
	if !s.conditional() && !s.once(factV1Condition, s.v1Condition) {
		if strings.HasSuffix(s.toks[i].Key, "en") && s.once(factReportedContext, s.reportedContext) {
			return false
		}
		// A singular right after a sentence in Konjunktiv I or with a reporting verb
		// ("Er sei verhaftet worden. Zuvor hätte ein Zeuge …").
		if s.prevLo < s.lo && s.once(factPrevReported, func() bool { return s.konjunktiv1(s.prevLo, s.lo) || s.reports(s.prevLo, s.lo, false) }) {
			return false
		}
	}
	return true
}

// attribution reports whether [lo, hi) has an attribution: "laut", "zufolge",
// "gemäß", or "nach" with "Angaben", "Aussage" and the like.
func (s *scan) attribution(lo, hi int) bool {
	return s.first("attribution", s.attributionAt, max(lo, s.lo), min(hi, s.hi)) >= 0
}

// attributionAt reports whether token j is an attribution word or noun (see
// attribution).
func (s *scan) attributionAt(j int) bool {
	k := s.toks[j].Key
	if attributionWords.has(k) {
		return true
	}
	if attributionNouns.has(k) {
		if s.key(j+1) == "nach" {
			return true // "seiner Meinung nach"
		}
		for p := j - 1; p >= max(s.lo, j-4); p-- {
			if s.toks[p].Key == "nach" {
				return true
			}
		}
	}
	return false
}

// reports reports whether [lo, hi) has a reporting verb, or with attrib an
// attribution ("laut", "zufolge"), outside quotation marks.
func (s *scan) reports(lo, hi int, attrib bool) bool {
	// attribution(j, j+1) tests attributionAt(j) for a token of the current
	// sentence and is false for any other: the test itself, made directly,
	// saves a call of first for every word.
	return s.wordOutsideQuotes(lo, hi, func(j int) bool {
		return reportingVerbs.has(s.toks[j].Key) || attrib && j >= s.lo && j < s.hi && s.attributionAt(j)
	})
}

// wordOutsideQuotes reports whether a word of [lo, hi) outside quotation marks
// satisfies match.
func (s *scan) wordOutsideQuotes(lo, hi int, match func(j int) bool) bool {
	depth := 0
	for j := lo; j < hi; j++ {
		switch s.toks[j].Kind {
		case aussage.QuoteOpen:
			depth++
		case aussage.QuoteClose:
			depth = max(0, depth-1)
		case aussage.Word:
			if depth == 0 && match(j) {
				return true
			}
		}
	}
	return false
}

// reportedPluperfect reports whether the hätte at token i forms a plain pluperfect
// ("Er hätte den Jet zu spät aufgesetzt"): in news that is reported speech, for a
// counterfactual hätte comes with a modal infinitive ("hätte verlangen müssen") or a
// counterfactual word ("sonst", "fast", "gern", "wenn").
func (s *scan) reportedPluperfect(i int) bool {
	if k := s.toks[i].Key; !strings.HasPrefix(k, "hätt") {
		return false
	}
	lo, hi := s.segment(i)
	if s.has(lo, hi, modalInf) {
		return false
	}
	lowerPart := func(j int) bool { return s.isLower(j) && participle(s.toks[j].Key) }
	part := s.first("participle", lowerPart, lo, i) >= 0 || s.first("participle", lowerPart, i+1, hi) >= 0
	return part && !s.conditional()
}

// conditional reports whether the current sentence has a word of conditionWords or
// counterfactual, which make its Konjunktiv II hypothetical.
func (s *scan) conditional() bool {
	return s.once(factConditional, func() bool {
		return s.has(s.lo, s.hi, conditionWords) || s.has(s.lo, s.hi, counterfactual)
	})
}

// verbAt returns the text's verb analysis of token i, if it has one.
func (s *scan) verbAt(i int) (aussage.Verb, bool) {
	if s.verbs == nil {
		return aussage.Verb{}, false
	}
	return s.t.VerbAt(i)
}

// finite reports whether token i is a finite verb: from the text's verb analysis
// when there is one, else by its ending.
func (s *scan) finite(i int) bool {
	if s.verbs != nil {
		_, ok := s.t.VerbAt(i)
		return ok
	}
	return s.isLower(i) && verbLike(s.key(i))
}

// ruleWenn: wenn is conditional unless it is concessive ("auch wenn", "wenn auch"),
// comparative ("als wenn"), temporal after a time ("am 4. Juli, wenn …", "immer
// wenn") or part of "wenn es um … geht".
func ruleWenn(s *scan, c *cand) bool {
	i := c.toks[0]
	switch s.key(i - 1) {
	case "auch", "selbst", "als", "wie", "immer", "jedesmal", "sogar", "ohne":
		return false
	}
	if n := s.key(i + 1); n == "auch" || (n == "es" && (s.key(i+2) == "um" || s.key(i+2) == "ums")) || (n == "nicht" && (s.key(i+2) == "sogar" || s.key(i+2) == "gar")) {
		return false
	}
	if s.key(i-1) == "," {
		// "immer, wenn", "häufig dann, wenn": whenever.
		if p := s.key(i - 2); p == "immer" || p == "jedesmal" || p == "dann" && (frequencyWords.has(s.key(i-3)) || concessiveWords.has(s.key(i-3))) {
			return false
		}
		for j := i - 2; j >= max(s.lo, i-4); j-- {
			if timeWords.has(s.toks[j].Key) || s.toks[j].Kind == aussage.Number {
				return false
			}
		}
	}
	return true
}

// ruleWohl: the modal particle wohl, not "sich wohl fühlen", the noun "Wohl",
// concessive "wohl aber", "wohl oder übel", or affirming "sehr wohl".
func ruleWohl(s *scan, c *cand) bool {
	i := c.toks[0]
	if s.nounLike(i) {
		return false
	}
	if articles.has(s.key(i-1)) && s.isLower(i+1) && wellParticiple(s.key(i+1)) {
		return false // "ein wohl dokumentiertes Verhältnis": well, not probably
	}
	switch s.key(i + 1) {
	case "aber", "oder", "bekomm's", "bekomms":
		return false
	}
	if p := s.key(i - 1); p == "sehr" || p == "durchaus" || p == "leben" || p == "lebt" {
		return false
	}
	lo, hi := s.segment(i)
	feel := func(j int) bool {
		k := s.toks[j].Key
		return strings.HasPrefix(k, "fühl") || strings.HasPrefix(k, "befind") || strings.HasPrefix(k, "gefühlt")
	}
	return s.first("feel", feel, lo, hi) < 0
}

// ruleKaum: kaum of likelihood or degree, not of time ("kaum angekommen", "kaum
// dass") or of plain quantity ("kaum jemand", "kaum 50 Menschen").
func ruleKaum(s *scan, c *cand) bool {
	i := c.toks[0]
	n := i + 1
	switch s.key(n) {
	case "jemand", "jemanden", "jemandem", "ein", "eine", "einen", "einem", "einer", "etwas", "was", "dass", "mehr", "noch", "zu":
		return false
	case "glauben", "fassen", "erwarten":
		return false // "kann es kaum glauben / erwarten": astonishment, eagerness
	}
	if s.numberAt(n, true) {
		return false
	}
	lo, _ := s.segment(i)
	if i == lo || s.initial(i) {
		if k := s.key(n); participle(k) || seinForms.has(k) || k == "hatte" || k == "hat" || k == "hatten" {
			return false
		}
	}
	return true
}

// ruleSicher: sicher of certainty ("ich bin mir sicher", "sicher ist, dass", "wird
// sicher kommen"), not sicher meaning safe ("ein sicheres Land", "sicher landen").
func ruleSicher(s *scan, c *cand) bool {
	i := c.toks[0]
	if s.nounLike(i) {
		return false
	}
	lo, hi := s.segment(i)
	if s.has(lo, hi, feelWords) {
		return false // "fühlen Sie sich sicher?"
	}
	for j := i - 1; j >= max(s.lo, i-3); j-- {
		k := s.toks[j].Key
		if k == "mir" || k == "sich" || k == "uns" || k == "dir" || k == "euch" || k == "mich" {
			return true
		}
		if k == "doch" || k == "ja" || (k == "ganz" && j == i-1 && !seinForms.has(s.key(j-1))) {
			return true // "liegt ganz sicher in", "doch sicher"
		}
		if k != "ganz" && k != "sehr" && k != "absolut" && k != "nicht" && k != "so" && k != "völlig" {
			break
		}
	}
	if s.key(i+1) == "," && s.key(i+2) == "dass" {
		return true
	}
	if s.key(i+1) == "ist" && s.initial(i) {
		return true
	}
	if s.has(lo, hi, safeContext) {
		return false
	}
	switch s.key(i + 1) {
	case "nicht", "auch", "noch", "schon", "bald", "ein", "eine", "einer", "einen", "kein", "keine", "richtig", "mehr", "nie":
		return true
	}
	return false
}

// ruleBestimmt: the adverb bestimmt ("es gab bestimmt Jahre"), not the verb or
// participle of bestimmen ("er bestimmt den Kurs", "wird bestimmt durch").
func ruleBestimmt(s *scan, c *cand) bool {
	i := c.toks[0]
	if !s.isLower(i) {
		return false
	}
	n := s.key(i + 1)
	if !s.isWord(i+1) || n == "für" || n == "zu" || n == "durch" || n == "von" || n == "vom" || werdenForms.has(n) || seinForms.has(n) || n == "hat" || n == "haben" {
		return false
	}
	if _, ok := s.verbAt(i); ok {
		return false // the finite verb bestimmen
	}
	p := s.key(i - 1)
	if (pronouns.has(p) || p == "wer" || s.nounLike(i-1)) && (articles.has(n) || strings.HasPrefix(n, "sein") || strings.HasPrefix(n, "ihr") || n == "über" || n == "wie" || n == "was" || n == "ob") {
		return false
	}
	return true
}

// ruleSeem: scheinen of appearance ("scheint bereitzustehen", "es scheint, dass"),
// not of light ("die Sonne scheint").
func ruleSeem(s *scan, c *cand) bool {
	i := c.toks[0]
	if s.nounLike(i) {
		return false // "die Schienen"
	}
	lo, hi := s.segment(i)
	if s.has(lo, hi, sunLight) {
		return false
	}
	switch s.key(i + 1) {
	case ",":
		k := s.key(i + 2)
		return k == "dass" || k == "als" || k == "wie"
	case "es", "mir", "uns", "ihm", "ihr", "ihnen", "dir", "so":
		return true
	}
	if s.key(i-1) == "es" {
		return true
	}
	return s.first("lower", s.isLower, i+1, hi) >= 0
}

// ruleOffenbar: offenbar as an evidential adverb, not "offenbar werden" (come to
// light).
func ruleOffenbar(s *scan, c *cand) bool {
	i := c.toks[0]
	if werdenForms.has(s.key(i+1)) || werdenForms.has(s.key(i-1)) {
		return false
	}
	// At the end of its clause it is a predicate: "die Mängel wurden spät offenbar".
	return !ruleFinal(s, c)
}

// auxBefore returns the nearest sein or werden form among the three tokens before i
// within its segment, or -1.
func (s *scan) auxBefore(i int) int {
	lo, _ := s.segment(i)
	for j := i - 1; j >= max(lo, i-3); j-- {
		if seinForms.has(s.toks[j].Key) || werdenForms.has(s.toks[j].Key) {
			return j
		}
	}
	return -1
}

// ruleKnown: "bekannt ist", "wurde bekannt" (impersonal, certain) and "ist noch nicht
// bekannt" (an open question: investigation), not "bekannt für" or "gab bekannt".
func ruleKnown(s *scan, c *cand) bool {
	i := c.toks[0]
	switch s.key(i + 1) {
	case "für", "als", "dafür", "durch", "wie", "gegeben", "gemacht", "geben", "gab", "gibt", "machen", "mit":
		return false
	}
	if a := s.auxBefore(i); a >= 0 {
		neg := false
		for j := a + 1; j < i; j++ {
			if k := s.toks[j].Key; k == "nicht" || k == "kaum" || k == "nie" || k == "nichts" {
				neg = true
			}
		}
		if neg {
			c.class, c.value, c.score = Investigation, U, 0
		}
		toks := make([]int, 0, i-a+1)
		for j := a; j <= i; j++ {
			toks = append(toks, j)
		}
		c.toks = toks
		return true
	}
	if n := s.key(i + 1); (n == "ist" || n == "war" || n == "wurde" || n == "geworden" || n == "sei") && (s.initial(i) || s.key(i-1) == "als" || s.key(i-1) == "wie") {
		c.toks = []int{i, i + 1}
		return true
	}
	return false
}

// ruleUnclear: "ist unklar", "ist noch offen", "bleibt ungeklärt": an open question.
// The auxiliary joins the cue. "offen" needs "noch" or a following question word,
// since "die Tür ist offen" is no question.
func ruleUnclear(s *scan, c *cand) bool {
	i := c.toks[0]
	a := s.auxBefore(i)
	n := s.key(i + 1)
	after := n == "ist" || n == "bleibt" || n == "sei" || n == "war" || n == "blieb"
	if a < 0 && !after {
		return false
	}
	if s.toks[i].Key == "offen" && !s.has(max(a, i-3), i, stillWords) && !(n == "," && s.has(i+2, i+3, questionWords)) {
		return false
	}
	if a >= 0 {
		c.toks = nil
		for j := a; j <= i; j++ {
			c.toks = append(c.toks, j)
		}
	}
	return true
}

// sourceIn reports whether [lo, hi) names where something is said: "in dem Bericht",
// "aus Kreisen", "laut X". Then "heißt es" or "wurde vermutet" is attributed, not
// impersonal.
func (s *scan) sourceIn(lo, hi int) bool {
	return s.has(lo, hi, placePreps)
}

// ruleHeisst: "es heißt" without a named place of saying is impersonal; "heißt es in
// dem Dokument" names its source.
func ruleHeisst(s *scan, c *cand) bool {
	lo, hi := s.segment(c.toks[0])
	return !s.sourceIn(lo, hi)
}

// ruleSource: a passive speculative verb ("wurde vermutet") with a named place of
// saying ("in einem Bericht") is that source's, not an impersonal frame.
func ruleSource(s *scan, c *cand) bool {
	lo, hi := s.segment(c.toks[0])
	if s.sourceIn(lo, hi) {
		c.class = SpeculativeVerb
		for _, t := range c.toks {
			if k := s.toks[t].Key; k != "es" && !werdenForms.has(k) {
				c.toks = []int{t} // the participle alone: "wurde vermutet" → "vermutet"
				break
			}
		}
	}
	return true
}

// ruleGroup: a vague group as source ("Experten", "Analysten", "Brandt-Kenner"). It
// joins a speculative verb of its segment (see scan.mergeSources); alone it is a cue
// only next to a finite verb or "zufolge", and only if no name or genitive makes it
// specific ("Experten des Instituts", "Analyst Peter Meier").
func ruleGroup(s *scan, c *cand) bool {
	i := c.toks[0]
	if s.isLower(i) {
		return false
	}
	n := s.key(i + 1)
	switch n {
	case "des", "der", "vom", "von", "aus", "um", "am", "im", "für", "wie", "und":
		return false
	}
	if s.nounLike(i + 1) {
		return false
	}
	k := s.toks[i].Key
	if n == "zufolge" {
		// "Experten zufolge" is a frame of its own, whatever verb follows.
		c.toks = []int{i, i + 1}
		return true
	}
	c.dep = true
	if p := s.key(i - 1); definite.has(p) || s.numberAt(i-1, true) {
		return true // "die Forscher fanden": specific people, unless a speculative verb joins
	}
	if strings.HasSuffix(k, "ern") || strings.HasSuffix(k, "ten") && !strings.HasSuffix(k, "analysten") && !strings.HasSuffix(k, "experten") {
		return true // a dative plural ("Kritikern") is no subject
	}
	if strings.HasSuffix(n, "en") && !strings.HasPrefix(n, "ge") && s.isLower(i+1) && verbLike(n) && s.finite(i+1) && groupLemmas.has(s.lemma(i+1)) {
		c.solo = true
		c.alone = []int{i, i + 1}
		return true
	}
	// Verb first: "verweisen Analysten", "fragen sich Experten".
	j := i - 1
	for j >= s.lo && j >= i-3 && s.isLower(j) && (s.key(j) == "sich" || adjLike(s.key(j))) {
		j--
	}
	if j < i && s.isLower(j) && verbLike(s.key(j)) && !articles.has(s.key(j)) && s.finite(j) && groupLemmas.has(s.lemma(j)) {
		c.solo = true
		c.alone = make([]int, 0, i-j+1)
		for k := j; k <= i; k++ {
			c.alone = append(c.alone, k)
		}
	}
	return true
}

// verbLike is a crude finite-verb test for words next to a group noun, until the
// verb analysis is available: a lower-case non-function word ending like a finite
// verb.
func verbLike(k string) bool {
	if len(k) < 4 || funcWords.has(k) || articles.has(k) || adjLike(k) {
		return false
	}
	return strings.HasSuffix(k, "en") || strings.HasSuffix(k, "t") || strings.HasSuffix(k, "te") || strings.HasSuffix(k, "ten") || seinForms.has(k) || werdenForms.has(k) || k == "hatten" || k == "hatte"
}

// adjLike: endings of attributive adjectives that finite verbs do not have.
func adjLike(k string) bool {
	return len(k) > 3 && (strings.HasSuffix(k, "e") || strings.HasSuffix(k, "er") || strings.HasSuffix(k, "es") || strings.HasSuffix(k, "em")) && !strings.HasSuffix(k, "te")
}

// ruleMan: "man" is a cue only with a speculative verb ("man vermutet").
func ruleMan(s *scan, c *cand) bool {
	c.dep = true
	return true
}

// ruleDep: a verb that is a hedge only with a vague source ("Analysten hatten mit …
// gerechnet").
func ruleDep(s *scan, c *cand) bool {
	c.dep = true
	// "Rechnet man mit acht Tonnen pro Wagen, dann …" opens a condition.
	return !(s.initial(c.toks[0]) && !s.isLower(c.toks[0]) && s.has(c.toks[0], s.hi, commaSet))
}

// ruleAnon: an anonymous official ("ein hochrangiger Regierungsbeamter"): the noun
// joins the cue.
func ruleAnon(s *scan, c *cand) bool {
	n := last(c) + 1
	if !s.isWord(n) || s.isLower(n) {
		return false
	}
	for _, suf := range officials {
		if strings.HasSuffix(s.toks[n].Key, suf) {
			c.toks = mergeToks(c.toks, []int{n})
			return true
		}
	}
	return false
}

// ruleAusgehen: "ausgehen von" of assumption, not of origin: "die Gefahr geht von X
// aus" is not a hedge. The particle must close the segment.
func ruleAusgehen(s *scan, c *cand) bool {
	l := last(c)
	if s.toks[l].Key == "aus" && !ruleFinal(s, c) {
		return false
	}
	lo, hi := s.segment(c.toks[0])
	return !s.has(lo, hi, emanating)
}

// ruleExcluded: "ausgeschlossen" as a predicate of likelihood ("ist ausgeschlossen",
// "Ausgeschlossen, dass …"), not exclusion from something ("aus der Partei
// ausgeschlossen").
func ruleExcluded(s *scan, c *cand) bool {
	i := c.toks[0]
	lo, hi := s.segment(i)
	if s.has(lo, hi, fromPreps) {
		return false
	}
	if s.key(i+1) == "," && s.key(i+2) == "dass" {
		return true
	}
	return s.has(max(lo, i-3), min(hi, i+2), seinForms)
}

// rulePossible: möglich and denkbar of likelihood ("es ist möglich, dass", "durchaus
// möglich"), not of feasibility ("so schnell wie möglich").
func rulePossible(s *scan, c *cand) bool {
	i := c.toks[0]
	p := s.key(i - 1)
	if p == "wie" || p == "nicht" || p == "kaum" {
		return false
	}
	if s.key(i+1) == "," {
		switch s.key(i + 2) {
		case "dass", "ob", "wie", "was", "wer", "warum":
			return true
		}
	}
	if p == "durchaus" || p == "gut" || p == "ebenso" || p == "sehr" {
		return true
	}
	n := i + 1
	end := n >= s.hi || isSep(&s.toks[n]) || s.key(n) == "."
	return end && seinForms.has(p)
}

// ruleSchaetzen: schätzen of estimating ("auf zwei Milliarden geschätzt", "schätzt,
// dass"), not of appreciating.
func ruleSchaetzen(s *scan, c *cand) bool {
	i := c.toks[0]
	if s.nounLike(i) {
		return false
	}
	lo, hi := s.segment(i)
	if s.key(i+1) == "," {
		// "schätzt, dass …", not "Eine Haltung wird geschätzt, ergab eine Studie".
		if k := s.key(i + 2); clauseStarts.has(k) || subjectWords.has(k) || s.numberAt(i+2, true) {
			return true
		}
	}
	return s.has(lo, hi, aufSet) || s.numberAt(i+1, true)
}

// ruleDenken: "ich denke" as opinion, not "denken an/über" (think of/about).
func ruleDenken(s *scan, c *cand) bool {
	i := c.toks[0]
	if !s.isLower(i) && !s.initial(i) {
		return false
	}
	switch s.key(i + 1) {
	case "an", "daran", "über", "darüber", "nach", "mit":
		return false
	}
	p, n := s.key(i-1), s.key(i+1)
	return p == "ich" || p == "wir" || n == "ich" || n == "wir" || (n == "," && s.key(i+2) == "dass")
}

// ruleGlauben: glauben of opinion, not "glauben an" (believe in), "kaum zu glauben" or
// the noun.
func ruleGlauben(s *scan, c *cand) bool {
	i := c.toks[0]
	if !s.isLower(i) && !s.initial(i) {
		return false
	}
	n, n2 := s.key(i+1), s.key(i+2)
	if n == "an" || n == "daran" || pronouns.has(n) && (n2 == "an" || n2 == "daran") {
		return false // "glaubte ich daran"
	}
	return s.key(i-1) != "zu" && s.key(i-1) != "kaum" // "kann es kaum glauben"
}

// ruleMeinen: meinen of opinion with a complement clause ("meint, dass"), not the
// possessive "meinen" nor the reporting "…“, meinte er".
func ruleMeinen(s *scan, c *cand) bool {
	i := c.toks[0]
	if !s.isLower(i) || s.key(i+1) != "," {
		return false
	}
	// "…, meinte er" reports; "Wenn Ökonomen Flexibilität meinen, dann …" means.
	if k := s.key(i + 2); !clauseStarts.has(k) && !subjectWords.has(k) && !s.nounLike(i+2) {
		return false
	}
	p := i - 1
	return p < s.lo || (s.toks[p].Kind != aussage.QuoteClose && s.toks[p].Text != ",")
}

// rulePractically: praktisch as "almost" ("praktisch ohne Internet"), not "practical".
func rulePractically(s *scan, c *cand) bool {
	n := s.key(last(c) + 1)
	switch n {
	case "ohne", "nichts", "niemand", "nie", "ganz", "gleich", "unmöglich", "ausgeschlossen", "nur", "überall", "sofort", "vollständig", "komplett", "identisch", "unverändert", "zum", "immer", "jeder", "jede", "jedes", "jeden", "alle", "allen", "alles":
		return true
	}
	return strings.HasPrefix(n, "kein")
}
