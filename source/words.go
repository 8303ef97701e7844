package source

import (
	"maps"
	"slices"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/internal/wordtab"
)

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
	"deswegen", "folglich", "somit", "wiederum", "demnach", "hierzu", "dazu", "hierbei", "inzwischen", "mittlerweile",
	// pronominal adverbs (Davon geht der Minister aus); not those of place (darin,
	// daraus, darauf), which may name the document or sign that says something
	"davon", "daran", "dadurch", "dafür", "hiervon", "hierfür", "hiermit")

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
	cDet uint32 = 1 << iota
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
	// cReportative, cSubjunctive, cConditional and cStandIn mark the words of
	// reportative, subjunctives, conditional and pluralStandIns, so that the
	// passes over finite verbs read bits rather than look those maps up
	cReportative
	cSubjunctive
	cConditional
	cStandIn
	// cName is no lexicon's: run sets it on each token that starts with a
	// capital letter (isCap) and that capWord accepts, so that a pass over a
	// text's names reads the bits, not the text of every token
	cName
	// cBound and cQuote are no lexicon's either: run sets cBound on the marks
	// that boundaryPunct accepts and on dashes, and cQuote on quotation marks, so
	// that the clause walks read a dense array rather than every token
	cBound
	cQuote
	// cVonZuAuf marks von and zu, the particles of names (Ursula von der
	// Leyen), and auf, which opens provenance frames: the passes that look for
	// them read a list of these tokens
	cVonZuAuf
	cEs // es, which is no name even where it is capitalised
	// cFixed marks the first word of a fixed phrase of verbs.tsv (davon, zu,
	// deutlich), so that fixedPhrase compares only the words that may start one
	cFixed
	// cWord and cCap are no lexicon's: run sets cWord on every word token, and
	// cCap on those that isCap accepts
	cWord
	cCap
)

// cMood marks the words of any of the four sets of moods and modals.
const cMood = cReportative | cSubjunctive | cConditional | cStandIn

// cueShift is where a word's classes hold its number among the cue words of the
// verb lexicon (verbLexicon.cues), 0 for any other word: the bits above the
// classes.
const cueShift = 27

// The classes must stay below the cue numbers: once a class bit reaches
// cueShift, this index is out of range and the build fails.
var _ = [1]struct{}{}[cCap>>cueShift]

// classOf maps a folded word to its classes.
var classOf = buildClasses()

// classTable holds classOf for lookup: every word of a text is looked up, and most
// are in no class, which wordtab answers without hashing most of them. The upper
// half of a value is the index of the form's readings in verbs.list, for the
// forms of cVerb.
var classTable = buildClassTable()

func buildClassTable() *wordtab.Table[uint64] {
	keys := slices.Sorted(maps.Keys(classOf)) // the same layout on every run
	vals := make([]uint64, len(keys))
	for i, k := range keys {
		vals[i] = uint64(classOf[k]) | uint64(verbs.index[k])<<32
	}
	return wordtab.New(keys, vals)
}

// classesOf returns the classes of the folded word k (classOf[k]).
func classesOf(k string) uint32 {
	c, _ := classTable.Get(k)
	return uint32(c)
}

func buildClasses() map[string]uint32 {
	m := map[string]uint32{}
	for _, s := range []struct {
		words map[string]bool
		bit   uint32
	}{{determiners, cDet}, {prepositions, cPrep}, {adverbs, cAdv}, {auxiliaries, cAux}, {subordinators, cSub},
		{relatives, cRel}, {coordinators, cCoord}, {personalPronouns, cPron}, {negators, cNeg},
		{genitiveDet, cGen}, {attachPrep, cAttach}, {roleNouns, cRole}, {prepFrameWords, cPrepFrame},
		{reportative, cReportative}, {subjunctives, cSubjunctive}, {conditional, cConditional}, {pluralStandIns, cStandIn},
		{set("von", "zu", "auf"), cVonZuAuf}, {set("es"), cEs}} {
		for k := range s.words {
			m[k] |= s.bit
		}
	}
	for k := range verbs.forms {
		m[k] |= cVerb
	}
	for _, e := range verbs.entries {
		if len(e.fixed) > 0 {
			m[e.fixed[0]] |= cFixed
		}
	}
	for w, n := range verbs.cues {
		m[w] |= n << cueShift
	}
	return m
}
