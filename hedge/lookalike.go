package hedge

import (
	"sort"
	"strings"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/internal/verbform"
)

// Rules that tell general look-alikes apart, found by running the detector over news
// text it was not written for: prepositional objects that look like approximators,
// obligations and plans that look like hearsay, Konjunktiv II that continues reported
// speech across sentences, and the like.

var (
	// Lemmas of reporting verbs: a sentence with one frames reported speech, so that
	// the Konjunktiv II of the sentences after it stands in for Konjunktiv I.
	reportingLemmas = set("sagen erklären betonen berichten mitteilen erläutern schreiben meinen behaupten versichern zitieren ergänzen warnen kritisieren argumentieren bestätigen dementieren verkünden fordern unterstreichen angeben ankündigen hinzufügen einräumen beklagen vorwerfen schildern darlegen heißen verlauten melden erzählen antworten entgegnen kommentieren zugeben bekräftigen beteuern feststellen hervorheben hinweisen verweisen monieren anmerken bemängeln klarstellen glauben befürchten")
	// Verbs and nouns that take "über" as their preposition: "freut sich über 19
	// Küken", "eine Rechnung über 396 Euro" are no approximators.
	uberVerbs     = set("freuen ärgern wundern beschweren beklagen informieren diskutieren sprechen reden berichten verhandeln beraten entscheiden abstimmen verfügen streiten klagen nachdenken urteilen schreiben staunen jubeln")
	uberNouns     = []string{"rechnung", "scheck", "vertrag", "vertrags", "kredit", "kredits", "auftrag", "auftrags", "darlehen", "bürgschaft", "gutschein", "spende", "zahlung", "forderung", "klage", "strafe", "strafbefehl", "anleihe", "vergleich", "vereinbarung", "bericht", "buch", "studie", "debatte", "diskussion", "gespräch", "gespräche", "verhandlungen", "abstimmung", "entscheidung", "streit", "freude", "ärger", "bescheid", "urteil", "quittung", "überweisung", "beleg"}
	quantityWords = set("viertel drittel hälfte prozent prozentpunkte mal doppelt dreimal zweimal deutlich weit viel")
	// Rules, laws and plans: what they prescribe is an obligation or a plan, not
	// hearsay ("Laut Verfassung sollen Politiker aller Parteien …").
	legalNouns = []string{"verfassung", "gesetz", "gesetzes", "gesetzen", "vertrag", "vertrags", "vertrages", "plan", "plänen", "planung", "planungen", "vereinbarung", "beschluss", "beschlusses", "entschließung", "entwurf", "entwurfs", "regel", "regeln", "regelung", "verordnung", "satzung", "statut", "statuten", "abkommen", "abkommens", "konzept", "konzepts", "vorschlag", "vorschlags", "richtlinie", "richtlinien", "programm", "zeitplan", "ausschreibung", "vorgaben", "vorschriften", "vorschrift", "bestimmungen", "reform", "novelle"}
	// Participles of verbs that form their perfect with sein and describe a change,
	// so that "muss ausgebrochen sein" is an inference, unlike the state "muss
	// geschlossen sein".
	seinPerfects    = []string{"kommen", "gangen", "fahren", "flogen", "fallen", "storben", "schehen", "lungen", "schwunden", "standen", "brochen", "stürzt", "stiegen", "sunken", "blieben", "flohen", "laufen", "reist", "folgt", "trunken", "glückt", "troffen", "treten", "kehrt", "wandert", "scheitert", "wachsen", "passiert", "explodiert", "geraten", "gelangt", "gerannt", "geschwommen", "gesprungen", "gewichen", "gezogen", "erwacht", "verstummt", "flossen", "flüchtet", "gelandet", "gestartet", "wacht", "eingeschlafen", "platzt", "gekentert"}
	frequencyWords  = set("oft häufig meist meistens stets immer nur gerade")
	obligationWords = set("muss müssen musste mussten müsse soll sollen sollte sollten solle darf dürfen nur wenn")
	clauseStarts    = set("dass ob wie was wer warum wann wo welche welcher welches welchen")
	subjectWords    = set("er sie es man wir ich ihr du der die das dies diese dieser den dem ein eine einer")
	concessiveWords = set("auch selbst sogar")
	indefinite      = set("ein eine einen einem einer eines")
	permissionWords = set("nicht nie nur keine kein keinen")
	permissionKI    = set("dürfe dürfest")
	// Adverbs and prepositions that look like participles ("dagegen haben").
	notParticiple = set("dagegen entgegen hingegen gegen deswegen wegen morgen übermorgen eigen genügend gelegentlich")
	// Lemmas with which a vague group alone is a source: verbs of saying, judging
	// and expecting ("verweisen Analysten", "fragen sich Experten"), not any verb
	// ("reagierten viele Marktbeobachter mit Skepsis").
	groupLemmas = set("annehmen ausgehen führen werfen sagen meinen glauben erwarten befürchten fürchten warnen verweisen fragen sehen kritisieren vorwerfen monieren bemängeln bezweifeln zweifeln rätseln spekulieren vermuten schätzen rechnen prognostizieren halten bewerten beurteilen loben raten empfehlen mahnen fordern sprechen zurückführen erklären betonen")
)

func hasSuffixIn(k string, sufs []string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(k, s) {
			return true
		}
	}
	return false
}

// lemma returns the verb lemma of token i, or "".
func (s *scan) lemma(i int) string {
	if !s.isWord(i) {
		return ""
	}
	l, _ := s.t.VerbLemma(i)
	return l
}

// ownInfinitive reports whether the modal at token i stands at the end of its
// clause after an infinitive of its own ("weil viele nicht einrücken wollten"), so
// that a perfect infinitive further on ("… und kein Versteck gefunden haben")
// belongs to another clause.
func (s *scan) ownInfinitive(i int) bool {
	p := i - 1
	if !s.isLower(p) {
		return false
	}
	k := s.toks[p].Key
	if k == "haben" || k == "sein" || k == "werden" {
		return false
	}
	for _, a := range verbform.Analyze(k) {
		if a.Kind == verbform.Infinitive {
			return true
		}
	}
	return false
}

// clauseEnd reports whether token i ends its clause: the verb-final position of a
// subordinate clause ("…, die die Bombe enthalten sollte, …").
func (s *scan) clauseEnd(i int) bool {
	n := i + 1
	return n >= s.hi || isSep(&s.toks[n]) || s.toks[n].Kind == aussage.QuoteClose || s.key(n) == "." || s.key(n) == "und" || s.key(n) == "oder"
}

// legalAttribution reports whether an attribution in [lo, hi) names a rule, law or
// plan ("laut Verfassung", "gemäß dem Beschluss", "dem Abkommen zufolge").
func (s *scan) legalAttribution(lo, hi int) bool {
	return s.first("legal", s.legalAttributionAt, max(lo, s.lo), min(hi, s.hi)) >= 0
}

// legalAttributionAt reports whether token j is an attribution that names a rule,
// law or plan (see legalAttribution).
func (s *scan) legalAttributionAt(j int) bool {
	switch s.toks[j].Key {
	case "laut", "gemäß", "nach":
		for k := j + 1; k < min(j+5, s.hi); k++ {
			if s.nounLike(k) {
				return hasSuffixIn(s.toks[k].Key, legalNouns)
			}
		}
	case "zufolge":
		for k := j - 1; k >= max(s.lo, j-4); k-- {
			if s.nounLike(k) {
				return hasSuffixIn(s.toks[k].Key, legalNouns)
			}
		}
	}
	return false
}

// reportedContext reports whether the current sentence continues reported speech:
// the sentence before it in the same paragraph has a Konjunktiv I or a reporting
// verb, or continues the report itself with a plural Konjunktiv II (then the one
// before that counts, up to three back), or the sentence after it goes on in
// Konjunktiv I. (An attribution with the indicative, "Einem Bericht zufolge wird …
// geschätzt. Das wäre …", opens no indirect speech: the Konjunktiv II after it is the
// author's.) Konjunktiv II in such a sentence stands in for
// Konjunktiv I ("Mitarbeiter würden überwacht") rather than marking a hypothesis.
func (s *scan) reportedContext() bool {
	ss := s.t.Sentences()
	k := sort.Search(len(ss), func(k int) bool { return ss[k].Tokens[0] >= s.lo })
	if k >= len(ss) || ss[k].Tokens[0] != s.lo {
		return false
	}
	for j, n := k-1, 0; j >= 0 && n < 3; j, n = j-1, n+1 {
		if s.paragraphStart(ss[j+1].Tokens[0]) {
			break
		}
		lo, hi := ss[j].Tokens[0], min(ss[j].Tokens[1], len(s.toks))
		if s.konjunktiv1(lo, hi) || s.reportsByLemma(lo, hi) {
			return true
		}
		if !s.pluralKII(lo, hi) {
			break
		}
	}
	if k+1 < len(ss) && !s.paragraphStart(ss[k+1].Tokens[0]) {
		lo, hi := ss[k+1].Tokens[0], min(ss[k+1].Tokens[1], len(s.toks))
		if s.konjunktiv1(lo, hi) {
			return true
		}
	}
	return false
}

// v1Condition reports whether the sentence opens with a finite verb followed later
// by a comma: a conditional clause without "wenn" ("Würde die Regel umgesetzt,
// hätte dies …").
func (s *scan) v1Condition() bool {
	i := s.lo
	for i < s.hi && s.toks[i].Kind != aussage.Word {
		i++
	}
	if i >= s.hi || s.question(i) {
		return false
	}
	if _, ok := s.t.VerbAt(i); !ok && !verbform.IsFinite(s.toks[i].Key) {
		return false
	}
	return s.has(i, s.hi, commaSet)
}

// nearby reports whether one of the two sentences before the current one or the one
// after it, in the same paragraph, has a word of set m.
func (s *scan) nearby(m *wordSet) bool {
	ss := s.t.Sentences()
	k := sort.Search(len(ss), func(k int) bool { return ss[k].Tokens[0] >= s.lo })
	if k >= len(ss) || ss[k].Tokens[0] != s.lo {
		return false
	}
	in := func(j int) bool {
		for t := ss[j].Tokens[0]; t < min(ss[j].Tokens[1], len(s.toks)); t++ {
			if m.has(s.toks[t].Key) {
				return true
			}
		}
		return false
	}
	for j, n := k-1, 0; j >= 0 && n < 2 && !s.paragraphStart(ss[j+1].Tokens[0]); j, n = j-1, n+1 {
		if in(j) {
			return true
		}
	}
	return k+1 < len(ss) && !s.paragraphStart(ss[k+1].Tokens[0]) && in(k+1)
}

// pluralKII reports whether [lo, hi) has a finite plural Konjunktiv II ("hätten",
// "würden") outside quotation marks.
func (s *scan) pluralKII(lo, hi int) bool {
	for k := sort.Search(len(s.verbs), func(k int) bool { return s.verbs[k].Token >= lo }); k < len(s.verbs) && s.verbs[k].Token < hi; k++ {
		if v := s.verbs[k]; v.Mood == aussage.Konjunktiv2 && strings.HasSuffix(s.toks[v.Token].Key, "en") {
			return true
		}
	}
	return false
}

// wellParticiple reports whether k is an inflected participle adjective, not a
// superlative: after an article, "wohl dokumentiertes" means "well documented",
// while "der wohl bekannteste" grades a likelihood.
func wellParticiple(k string) bool {
	for _, end := range []string{"es", "en", "er", "em", "e"} {
		if stem, ok := strings.CutSuffix(k, end); ok {
			return !strings.HasSuffix(stem, "st") && participle(stem)
		}
	}
	return false
}

// purpose reports whether a purpose clause "um … zu" precedes token i in its
// sentence: then a modal states a requirement.
func (s *scan) purpose(i int) bool { return i >= s.purposeFrom() }

// purposeZu reports whether token j is the "zu" of "um … zu": "zu" or a
// zu-infinitive ("abzuwarten").
func (s *scan) purposeZu(j int) bool {
	k := s.toks[j].Key
	return k == "zu" || strings.Contains(k, "zu") && strings.HasSuffix(k, "en") && s.isLower(j) && verbform.Analyze(k) != nil
}

// paragraphStart reports whether token i opens a paragraph.
func (s *scan) paragraphStart(i int) bool {
	return i < len(s.toks) && s.toks[i].Gap == aussage.Paragraph
}

// reportsByLemma reports whether [lo, hi) has, outside quotation marks, a reporting
// verb, by its lemma so that every form counts.
func (s *scan) reportsByLemma(lo, hi int) bool {
	// The words come in token order, and so do the verbs (see Text.VerbAt): the
	// verb of word j, if any, is found by going on from that of the word before,
	// not by a search of all the text's verbs for each word.
	vs := s.verbs
	k := sort.Search(len(vs), func(k int) bool { return vs[k].Token >= lo })
	return s.wordOutsideQuotes(lo, hi, func(j int) bool {
		if reportingVerbs.has(s.toks[j].Key) {
			return true
		}
		for k < len(vs) && vs[k].Token < j {
			k++
		}
		return k < len(vs) && vs[k].Token == j && reportingLemmas.has(vs[k].Lemma)
	})
}

// ruleOver: "über" + number is an approximator ("über 200 Tote") unless a verb or
// noun governs the preposition ("freut sich über 19 Küken", "eine Rechnung über
// 396 Euro", "diskutierte über zehn Anträge").
func ruleOver(s *scan, c *cand) bool {
	i := c.toks[0]
	if !s.numberAt(i+1, true) {
		return false
	}
	if s.nounLike(i-1) && hasSuffixIn(s.toks[i-1].Key, uberNouns) {
		return false
	}
	lo, _ := s.segment(i)
	governs := func(j int) bool { return s.isLower(j) && uberVerbs.has(s.lemma(j)) }
	return s.first("über", governs, lo, i) < 0
}

// ruleMore: "mehr als" / "weniger als" with a number, not a comparison of an amount
// ("ein Viertel mehr als 2014", "15 Prozent mehr als im Vorjahr").
func ruleMore(s *scan, c *cand) bool {
	i := c.toks[0]
	if quantityWords.has(s.key(i - 1)) {
		return false
	}
	// A year after "als" compares with that year: "mehr als 2014."
	n := last(c) + 1
	if n < s.hi && s.toks[n].Kind == aussage.Number {
		k := s.toks[n].Key
		if len(k) == 4 && (strings.HasPrefix(k, "19") || strings.HasPrefix(k, "20")) && !s.nounLike(n+1) && !s.numberAt(n+1, true) {
			return false
		}
	}
	return ruleNum(s, c)
}

// ruleProof: beweisen presents its complement as fact ("beweist, dass …"); without
// a complement clause it means to show or prove oneself ("langen Atem beweisen",
// "muss sich beweisen"). The participle after sein ("ist bewiesen") is a booster too.
func ruleProof(s *scan, c *cand) bool {
	i := c.toks[0]
	if !s.isLower(i) && !s.initial(i) {
		return false
	}
	if s.toks[i].Key == "bewiesen" && seinForms.has(s.key(i-1)) {
		return true
	}
	for j := i + 1; j < min(i+9, s.hi); j++ {
		k := s.toks[j].Key
		if k == "dass" || (clauseStarts.has(k) && (isSep(&s.toks[j-1]))) {
			return true
		}
	}
	return false
}

// ruleFixed: "steht fest" is certain; negated ("steht noch nicht fest", "ob …
// nicht feststeht") it is an open question, and the negation joins the cue.
func ruleFixed(s *scan, c *cand) bool {
	first, l := c.toks[0], last(c)
	var neg []int
	for j := max(s.lo, first-2); j < l; j++ {
		if k := s.toks[j].Key; k == "nicht" || k == "noch" && s.key(j+1) == "nicht" {
			neg = append(neg, j)
		}
	}
	if len(neg) > 0 && s.key(neg[len(neg)-1]) == "nicht" {
		c.class, c.value, c.score = Investigation, U, 0
		c.toks = mergeToks(c.toks, neg)
	}
	return true
}

// ruleAccept: annehmen of assuming ("Ich nehme an, dass …"), not of accepting
// ("Anrufe annehmen", "Jobs anzunehmen") or of taking care ("nimmt sich des
// Themas an").
func ruleAccept(s *scan, c *cand) bool {
	i := c.toks[0]
	if !ruleComma(s, c) {
		return false
	}
	for j := i + 1; j < last(c); j++ {
		if s.toks[j].Key == "sich" {
			return false
		}
	}
	if len(c.toks) == 1 && s.nounLike(i-1) {
		return false // the object precedes the infinitive or participle
	}
	n := last(c) + 2 // after the comma
	if n >= s.hi {
		return false
	}
	k := s.toks[n].Key
	return clauseStarts.has(k) || subjectWords.has(k) || !s.isLower(n)
}

// ruleNoCompare: a speculative participle after "als" compares ("schlimmer als
// befürchtet"), and after "wie" with nothing following it confirms ("wie
// befürchtet,"): neither grades the statement.
func ruleNoCompare(s *scan, c *cand) bool {
	i := c.toks[0]
	switch s.key(i - 1) {
	case "als":
		return false
	case "wie":
		return !ruleFinal(s, c)
	}
	return ruleLower(s, c)
}

// ruleOtherwise: "ansonsten" is a condition after a clause it negates ("Die Firma
// muss zahlen, ansonsten drohen Strafen"), not "apart from that" ("aber ansonsten
// ist das Modell gut").
func ruleOtherwise(s *scan, c *cand) bool {
	i := c.toks[0]
	if p := i - 1; p >= s.lo && (isSep(&s.toks[p]) || s.toks[p].Key == "oder") {
		return s.has(s.lo, i, obligationWords)
	}
	if s.initial(i) && s.prevLo < s.lo {
		return s.once(factPrevObligation, func() bool {
			for j := s.prevLo; j < s.lo; j++ {
				if obligationWords.has(s.toks[j].Key) {
					return true
				}
			}
			return false
		})
	}
	return false
}

// ruleInCase: "im Fall(e)" opens a condition ("im Falle einer Rückkehr", "im Falle
// des Scheiterns"), but with a demonstrative it names a case ("im Fall dieses
// Heftes").
func ruleInCase(s *scan, c *cand) bool {
	switch s.key(last(c) + 1) {
	case "dieses", "dieser", "jenes":
		return false
	}
	return true
}

// ruleUpTo: "bis zu" with a number or fraction ("bis zu 850", "bis zu einem
// Drittel") or a vague degree ("bis zu einem gewissen Grad"), not with an
// indefinite noun phrase ("bis zu einer Revolution").
func ruleUpTo(s *scan, c *cand) bool {
	n := last(c) + 1
	if articles.has(s.key(n)) && s.key(n+1) == "gewissen" {
		return true // a vague degree: "bis zu einem gewissen Grad"
	}
	return s.numberAt(n, true) || articles.has(s.key(n)) && s.numberAt(n+1, true) && !ordinal(s.key(n+1))
}

// ruleHearsay: "man hört" is hearsay only of something said ("hört man, dass …",
// "hört man von Hinrichtungen"), not of a sound ("hört man Verzweiflung").
func ruleHearsay(s *scan, c *cand) bool {
	switch s.key(last(c) + 1) {
	case ",", ":", "dass", "von", "vom", "immer":
		return true
	}
	return false
}

// ruleItMeans: "es heißt" reports ("…, heißt es", "es heißt, die Firma sei …"),
// unless it names or demands something: "Es heißt St. Leonhard", "dort heißt es
// alles geben".
func ruleItMeans(s *scan, c *cand) bool {
	if !ruleHeisst(s, c) {
		return false
	}
	first, l := c.toks[0], last(c)
	if p := first - 1; p >= s.lo && (isSep(&s.toks[p]) || s.toks[p].Kind == aussage.QuoteClose || s.toks[p].Key == "wie" || s.toks[p].Key == "so") {
		return true // parenthetical: "…, heißt es."
	}
	_, hi := s.segment(l)
	infinitive := func(j int) bool {
		if s.isLower(j) {
			for _, a := range verbform.Analyze(s.toks[j].Key) {
				if a.Kind == verbform.Infinitive {
					return true
				}
			}
		}
		return false
	}
	if s.first("infinitive", infinitive, l+1, hi) >= 0 {
		return false // "heißt es dann alles geben"
	}
	switch s.key(hi) {
	case ":":
		return true
	case ",":
		// A clause follows: "es heißt, die Firma sei …", not ", nicht St. Leonhardt".
		k := s.key(hi + 1)
		return clauseStarts.has(k) || subjectWords.has(k) || s.nounLike(hi+1) || hi+1 < s.hi && s.toks[hi+1].Kind == aussage.QuoteOpen
	}
	return s.key(l+1) == "dass"
}
