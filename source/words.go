package source

import "github.com/aussage/aussage"

// Closed word classes the rules need. They are grammar, not lexicon: small, fixed
// sets of German function words, kept here as folded keys.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[aussage.Fold(w)] = true // token keys spell ß as ss
	}
	return m
}

// determiners open a noun phrase.
var determiners = set("der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines",
	"sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres",
	"unser", "unsere", "unserem", "unseren", "unserer", "dieser", "diese", "diesem", "diesen", "dieses",
	"jener", "jene", "jenem", "jenen", "mehrere", "mehrerer", "viele", "vieler", "einige", "einiger", "zahlreiche", "zahlreicher",
	"alle", "beide", "beiden", "kein", "keine", "keinem", "keinen", "keiner", "jeder", "jede", "jedem", "jeden")

// genitiveDet opens a genitive attribute after a noun (der Sprecher der Polizei).
var genitiveDet = set("der", "des", "eines", "einer", "dieser", "dieses", "seiner", "seines", "ihrer", "ihres", "mehrerer", "vieler", "zahlreicher")

// attachPrep may attach a prepositional attribute to a source noun (der Experte für
// Sicherheit, das Gremium zur Einhaltung von Sanktionen).
var attachPrep = set("von", "vom", "zur", "zum", "für", "gegen", "aus", "bei", "beim", "im")

// personalPronouns can be speakers.
var personalPronouns = set("er", "sie", "ihn", "ihm", "ihnen", "wir", "ich", "man", "du", "ihr")

// subordinators open a verb-final clause.
var subordinators = set("dass", "ob", "weil", "wenn", "als", "nachdem", "obwohl", "obgleich", "da", "während", "bevor",
	"seit", "seitdem", "sofern", "falls", "damit", "indem", "sodass", "wie", "wo", "wonach", "womit", "wobei", "weshalb",
	"warum", "wer", "was", "wann", "welche", "welcher", "welches", "welchen", "welchem", "inwiefern", "wieso", "weswegen",
	"zumal", "sobald", "solange", "wenngleich", "obschon")

// relatives open a relative clause after a comma.
var relatives = set("der", "die", "das", "dem", "den", "denen", "dessen", "deren", "welche", "welcher", "welches", "welchem", "welchen", "was", "wo")

// contentIntro opens a content clause of a reporting verb.
var contentIntro = set("dass", "ob", "wie", "wer", "was", "wann", "warum", "weshalb", "wo", "wieso", "welche", "welcher",
	"welches", "welchen", "inwiefern", "inwieweit", "weswegen", "wohin", "woher")

// coordinators join main clauses (…, aber die UN gehen … aus).
var coordinators = set("und", "aber", "doch", "sondern", "denn", "oder", "jedoch")

// prepositions open an adverbial, never a subject.
var prepositions = set("in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "seit", "von", "vom", "zu", "zum", "zur",
	"für", "gegen", "ohne", "um", "über", "unter", "vor", "hinter", "neben", "zwischen", "trotz", "wegen", "während",
	"durch", "bis", "ab", "angesichts", "laut", "gemäß", "infolge", "aufgrund", "innerhalb", "außerhalb", "gegenüber", "dank", "entgegen")

// adverbs are words that fill the first position of a main clause without being its
// subject, and particles that may follow the subject (Die Kanadier hingegen sagen).
var adverbs = set("auch", "so", "dann", "zudem", "außerdem", "ferner", "gestern", "heute", "morgen", "bereits", "schon", "nun", "jetzt",
	"inzwischen", "mittlerweile", "damals", "später", "zuvor", "danach", "dabei", "dazu", "darüber", "hingegen", "jedoch", "allerdings",
	"zwar", "aber", "doch", "ebenfalls", "weiter", "weiterhin", "zugleich", "gleichzeitig", "offiziell", "zuletzt", "erst", "noch",
	"immer", "bisher", "vorher", "nachher", "deshalb", "daher", "darum", "trotzdem", "dennoch", "stattdessen", "außerdem", "vielmehr",
	"insbesondere", "besonders", "vor", "ebenso", "gar", "sogar", "selbst", "freilich", "indes", "indessen", "andererseits", "einerseits",
	"hier", "dort", "da", "kürzlich", "jüngst", "unlängst", "zunächst", "anschließend", "schließlich", "letztlich", "offenbar",
	"offensichtlich", "angeblich", "vermutlich", "wahrscheinlich", "möglicherweise", "eigentlich", "tatsächlich", "öffentlich", "dagegen",
	"demgegenüber", "ausdrücklich", "mehrfach", "wiederholt", "erneut", "deutlich", "klar", "ferner", "nämlich", "also", "ja", "nicht", "nie",
	"niemals", "kaum", "bislang", "vergangene", "vergangenen", "am", "gegenüber", "laut", "wörtlich", "insgesamt", "dennoch", "ebenso", "zuerst", "erstmals", "bislang", "heute", "gestern", "nun", "ferner", "weiter", "abschließend", "ausserdem", "zusätzlich", "allein", "lediglich", "nur", "zunächst", "vorerst", "sinngemäß", "unterdessen", "derweil",
	"derzeit", "zurzeit", "ursprünglich", "gegenwärtig", "momentan", "künftig", "seinerzeit", "jedenfalls", "immerhin", "daraufhin",
	"deswegen", "folglich", "somit", "wiederum", "demnach", "hierzu", "dazu", "hierbei", "inzwischen", "mittlerweile")

// auxiliaries carry a participle or infinitive (hat gesagt, soll erklärt haben).
var auxiliaries = set("hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten", "ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären",
	"wird", "werden", "wurde", "wurden", "werde", "würde", "würden", "soll", "sollen", "sollte", "sollten", "solle", "will", "wollen",
	"wollte", "wollten", "wolle", "kann", "können", "konnte", "konnten", "könne", "könnte", "könnten", "muss", "müssen", "musste",
	"mussten", "müsse", "müsste", "müssten", "darf", "dürfen", "durfte", "dürfe", "dürfte", "dürften", "möchte", "möchten", "mag",
	"ließ", "ließen", "lässt", "lassen", "liess", "liessen", "lässt", "lasse", "ließe")

// passiveAux marks a passive frame (wurde bekannt, wird vorgeworfen): no subject speaker.
var passiveAux = set("wird", "werden", "wurde", "wurden", "worden", "werde", "würde", "würden")

// modalAux: a generic "man" with a modal is the author's own hedge (man darf vermuten).
var modalAux = set("kann", "können", "könnte", "darf", "dürfte", "muss", "müsste", "sollte", "mag", "möchte")

// negators make a frame negative (wurde nicht erwähnt).
var negators = set("nicht", "nie", "niemals", "kein", "keine", "keinem", "keinen", "keiner", "keinerlei")

// subjunctives are frequent third-person Konjunktiv I and II forms, used until the
// root package reports moods ([aussage.Text.Verbs]).
var subjunctives = set("sei", "seien", "seiest", "habe", "hätte", "hätten", "werde", "würde", "würden", "könne", "könnte", "könnten",
	"müsse", "müsste", "müssten", "solle", "wolle", "dürfe", "möge", "wäre", "wären", "gebe", "gäbe", "gäben", "käme", "kämen",
	"komme", "stehe", "liege", "gehe", "lasse", "wisse", "bleibe", "handle", "handele", "gelte", "sehe", "halte", "brauche", "fehle",
	"bestehe", "trage", "finde", "führe", "mache", "plane", "arbeite", "befinde", "verfüge", "zeige", "seien", "stünde", "stünden",
	"ließe", "hieße", "bedeute", "betrage", "erhalte", "könnt", "wüsste", "ginge", "fände", "läge", "bräuchte", "erfolge", "entspreche",
	"verstoße", "müssen", "drohe", "hänge", "diene", "sitze", "nehme", "gelange", "beabsichtige", "erwarte", "sehe", "wolle")

// reportative sollen marks hearsay (soll … gewusst haben).
var reportative = set("soll", "sollen")

// speechNouns head the noun phrase of a "nach …" frame (nach Angaben der Polizei).
var speechNounSuffixes = []string{"angaben", "aussagen", "aussage", "informationen", "ansicht", "meinung", "worten", "einschätzung",
	"einschätzungen", "bericht", "berichten", "darstellung", "schätzungen", "schätzung", "auffassung", "erkenntnissen", "überzeugung",
	"mitteilung", "auskunft", "auskünften", "analyse", "untersuchung", "umfrage", "studie", "ermittlungen", "zählung", "prognose",
	"prognosen", "berechnungen", "statistik", "dokument", "quelle", "quellen", "meldung", "meldungen", "urteil", "bewertung", "angabe", "erklärung", "recherchen",
	"stellungnahme", "ergebnis", "ergebnissen", "planungen", "hinweis", "hinweisen", "gerüchten", "befragung", "hochrechnung", "erhebung",
	"vorstellungen", "vernehmen", "beobachtungen", "zeugenaussagen", "darstellungen", "aussagen", "interpretation", "lesart",
	"vorhersage", "bekunden", "erkenntnisstand", "kenntnisstand", "erfahrungen", "veröffentlichung", "grundgesetz", "verfassung", "dekret",
	"ankündigung", "ankündigungen", "idee", "vorstellung", "willen", "artikel", "paragraf", "paragraph", "gesetz", "gesetzentwurf", "entwurf"}

// postposedNouns take a postposed "nach" (seiner Meinung nach).
var postposedNouns = set("meinung", "ansicht", "auffassung", "überzeugung", "einschätzung", "worten", "angaben", "aussage", "aussagen", "darstellung",
	"vernehmen")

// conditional Konjunktiv II forms mark the hypothetical or an epistemic modal (das
// wäre, könnte lauten), not free indirect speech; hätten and würden stay, as they
// replace plural Konjunktiv I forms that equal the indicative.
var conditional = set("wäre", "hätte", "würde", "könnte", "könnten", "müsste", "müssten", "dürfte", "dürften", "sollte", "sollten",
	"gäbe", "käme", "ließe", "stünde", "wüsste", "ginge", "fände", "läge", "bräuchte", "möchte")

// pluralStandIns are Konjunktiv II plurals that stand in for Konjunktiv I forms equal
// to the indicative (sie hätten, würden, wären), and plural modals of reported plans:
// they continue a report, though they start none. Singular wäre or hätte is the
// author's hypothetical (Das wäre ein Zehntel der Wirtschaftsleistung).
var pluralStandIns = set("hätten", "würden", "wären", "könnten", "müssten", "dürften", "sollten", "gäben", "kämen")

// nonNominative forms never open a subject: articles and pronouns in the dative,
// accusative or genitive.
var nonNominative = set("dem", "den", "des", "einem", "einen", "eines", "ihm", "ihn", "ihnen", "mir", "mich", "dir", "dich", "uns", "euch",
	"seinem", "seinen", "seines", "ihrem", "ihren", "ihres", "diesem", "jenem", "jenen", "keinem", "keinen", "allen")

// dativeOpeners open the dative object of a verb of saying: the addressee.
var dativeOpeners = set("dem", "einem", "ihm", "ihnen", "seinem", "ihrem", "diesem", "unserem", "mir", "uns")

// accusativeOpeners open the object of a directive verb (forderte die Regierung auf).
var accusativeOpeners = set("den", "die", "das", "einen", "eine", "ihn", "sie", "uns", "alle", "seine", "ihre", "seinen", "ihren", "diese", "diesen")

// Word classes as bits, so that each token is looked up once per analysis.
const (
	cDet uint16 = 1 << iota
	cPrep
	cAdv
	cAux
	cSub
	cRel
	cCoord
	cPron
	cVerb      // a form of a reporting verb
	cNeg       // a negator
	cGen       // opens a genitive attribute
	cAttach    // may attach a prepositional attribute
	cRole      // a role noun before a name
	cPrepFrame // a word that may open a frame without a verb (prepFrameWords)
	// cName is no lexicon's: run sets it on each token that starts with a
	// capital letter (isCap) and that capWord accepts, so that a pass over a
	// text's names reads the bits, not the text of every token
	cName
)

// classOf maps a folded word to its classes.
var classOf = buildClasses()

// classTable holds the keys of classOf in an open-addressing hash table: looking
// up every word of a text is the package's most frequent operation, and most
// words are in no class. Each slot keeps a tag of the key's hash beside the key's
// index in one word, so that a probe rejects a different word without reading its
// bytes, and the table is kept at most half full, so that a probe rarely goes on
// and the slots stay few enough to stay in the nearest cache.
var classTable = buildClassTable()

type classTab struct {
	// slots hold the key's tag (the low half of its hash) in the high half and
	// 1 + the key's index in keys and cls in the low half; 0 for an empty slot
	slots []uint32
	shift uint // 64 minus log2 of the number of slots
	keys  []string
	cls   []uint16
}

func buildClassTable() *classTab {
	bits := uint(4)
	for 1<<bits < 2*len(classOf) {
		bits++
	}
	t := &classTab{slots: make([]uint32, 1<<bits), shift: 64 - bits}
	for k, c := range classOf {
		if k == "" || len(t.keys) >= 1<<16-1 {
			continue
		}
		h := classHash(k)
		slot := h >> t.shift
		for t.slots[slot] != 0 {
			slot = (slot + 1) & uint64(len(t.slots)-1)
		}
		t.keys = append(t.keys, k)
		t.cls = append(t.cls, c)
		t.slots[slot] = uint32(h)<<16 | uint32(len(t.keys))
	}
	return t
}

// classHash hashes a non-empty key from its length and its first and last eight
// bytes (all of its bytes if it has at most sixteen), read as two words.
func classHash(k string) uint64 {
	n := len(k)
	var x, y uint64
	switch {
	case n >= 8:
		x, y = load64(k), load64(k[n-8:])
	case n >= 4:
		x, y = uint64(load32(k)), uint64(load32(k[n-4:]))
	default:
		x = uint64(k[0])<<16 | uint64(k[n>>1])<<8 | uint64(k[n-1])
	}
	h := (x^uint64(n))*0x9E3779B97F4A7C15 ^ y*0xC2B2AE3D27D4EB4F
	return h ^ h>>32
}

// load64 reads the first eight bytes of s as a little-endian word.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 reads the first four bytes of s as a little-endian word.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// classesOf returns the classes of the folded word k (classOf[k]).
func classesOf(k string) uint16 {
	if k == "" {
		return 0
	}
	t := classTable
	h := classHash(k)
	tag, mask := uint32(h)<<16, uint64(len(t.slots)-1)
	for slot := h >> t.shift; ; slot = (slot + 1) & mask {
		s := t.slots[slot]
		if s == 0 {
			return 0
		}
		if s&^0xFFFF == tag {
			if i := s&0xFFFF - 1; t.keys[i] == k {
				return t.cls[i]
			}
		}
	}
}

func buildClasses() map[string]uint16 {
	m := map[string]uint16{}
	for _, s := range []struct {
		words map[string]bool
		bit   uint16
	}{{determiners, cDet}, {prepositions, cPrep}, {adverbs, cAdv}, {auxiliaries, cAux}, {subordinators, cSub},
		{relatives, cRel}, {coordinators, cCoord}, {personalPronouns, cPron}, {negators, cNeg},
		{genitiveDet, cGen}, {attachPrep, cAttach}, {roleNouns, cRole}, {prepFrameWords, cPrepFrame}} {
		for k := range s.words {
			m[k] |= s.bit
		}
	}
	for k := range verbs.forms {
		m[k] |= cVerb
	}
	return m
}
