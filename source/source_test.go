package source

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/aussage/aussage"
	"github.com/google/go-cmp/cmp"
)

// render prints an attribution compactly: type, content, speaker and cue, with the
// source name and the chain of source names.
func render(t *aussage.Text, r *Result, a Attribution) string {
	join := func(ss []aussage.Span) string {
		var parts []string
		for _, s := range ss {
			parts = append(parts, t.Slice(s))
		}
		return strings.Join(parts, " … ")
	}
	var chain []string
	for _, s := range a.Chain {
		chain = append(chain, r.Sources[s].Name)
	}
	return a.Type.String() + " {" + join(a.Content) + "} speaker {" + join(a.Speaker) + "} cue {" + join(a.Cue) +
		"} chain [" + strings.Join(chain, " > ") + "]"
}

func renderAll(text string) []string {
	t := aussage.NewText(text)
	r := Detector{}.Find(t)
	var out []string
	for _, a := range r.Attributions {
		out = append(out, render(t, r, a))
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// direct speech
		{"direct, frame after", "„Wir werden die Steuern nicht erhöhen“, sagte die Ministerin am Montag.",
			[]string{"direct {„Wir werden die Steuern nicht erhöhen“} speaker {die Ministerin} cue {sagte} chain [Ministerin]"}},
		{"direct, colon frame", "Der Bürgermeister erklärte: „Die Brücke wird im Herbst fertig.“",
			[]string{"direct {„Die Brücke wird im Herbst fertig.“} speaker {Der Bürgermeister} cue {erklärte} chain [Bürgermeister]"}},
		{"direct, continued after the frame", "„Das Werk bleibt offen“, sagte der Betriebsrat. „Wir haben lange verhandelt.“",
			[]string{
				"direct {„Das Werk bleibt offen“} speaker {der Betriebsrat} cue {sagte} chain [Betriebsrat]",
				"direct {„Wir haben lange verhandelt.“} speaker {der Betriebsrat} cue {} chain [Betriebsrat]",
			}},
		{"direct, colon frame before a paragraph", "Der Minister sagte:\n\n„Wir werden die Steuern senken.“",
			[]string{"direct {„Wir werden die Steuern senken.“} speaker {Der Minister} cue {sagte} chain [Minister]"}},
		{"direct, so-frame", "„Die Lage ist ernst, aber beherrschbar“, so der Sprecher der Feuerwehr.",
			[]string{"direct {„Die Lage ist ernst, aber beherrschbar“} speaker {der Sprecher der Feuerwehr} cue {so} chain [Sprecher der Feuerwehr]"}},
		{"direct, relayed by a paper", "Der Präsident äußerte sich am Abend vor der Presse. Die Zeitung zitierte ihn mit den Worten: „Ich trete nicht zurück.“",
			[]string{
				"direct {„Ich trete nicht zurück.“} speaker {ihn} cue {zitierte … mit den Worten} chain [Zeitung > Präsident]",
				"direct {„Ich trete nicht zurück.“} speaker {Die Zeitung} cue {zitierte … mit den Worten} chain [Zeitung]",
			}},
		{"a relayed source continues", "Die Zeitung zitierte den Minister mit den Worten: „Wir halten Wort.“ Die Reform sei beschlossen.",
			[]string{
				"direct {„Wir halten Wort.“} speaker {den Minister} cue {zitierte … mit den Worten} chain [Zeitung > Minister]",
				"direct {„Wir halten Wort.“} speaker {Die Zeitung} cue {zitierte … mit den Worten} chain [Zeitung]",
				"free-indirect {Die Reform sei beschlossen.} speaker {den Minister} cue {} chain [Zeitung > Minister]",
			}},
		{"direct, straight quotes", `"Wir sind sehr zufrieden mit dem Ergebnis", sagte der Trainer.`,
			[]string{`direct {"Wir sind sehr zufrieden mit dem Ergebnis"} speaker {der Trainer} cue {sagte} chain [Trainer]`}},
		{"direct, guillemets", "»Das Angebot gilt bis Freitag«, erklärte die Firma.",
			[]string{"direct {»Das Angebot gilt bis Freitag«} speaker {die Firma} cue {erklärte} chain [Firma]"}},
		// indirect speech with a verb
		{"indirect, dass", "Die Sprecherin sagte, dass das Museum geschlossen bleibe.",
			[]string{"indirect {dass das Museum geschlossen bleibe} speaker {Die Sprecherin} cue {sagte} chain [Sprecherin]"}},
		{"indirect, ob", "Der Richter fragte, ob der Zeuge die Wahrheit sage.",
			[]string{"indirect {ob der Zeuge die Wahrheit sage} speaker {Der Richter} cue {fragte} chain [Richter]"}},
		{"indirect, w-clause", "Die Polizei erklärte nicht, warum die Straße gesperrt wurde.",
			[]string{"indirect {warum die Straße gesperrt wurde} speaker {Die Polizei} cue {erklärte} chain [Polizei]"}},
		{"hieß es aus X", "Die Gespräche seien gescheitert, hieß es aus dem Ministerium.",
			[]string{"indirect {Die Gespräche seien gescheitert} speaker {dem Ministerium} cue {hieß … es} chain [Ministerium]"}},
		{"indirect, verb second in the subjunctive", "Der Trainer sagte, er sei mit dem Spiel zufrieden.",
			[]string{"indirect {er sei mit dem Spiel zufrieden} speaker {Der Trainer} cue {sagte} chain [Trainer]"}},
		{"indirect, separable verb", "Die Stadt teilte am Freitag mit, die Straße werde gesperrt.",
			[]string{"indirect {die Straße werde gesperrt} speaker {Die Stadt} cue {teilte … mit} chain [Stadt]"}},
		{"indirect, perfect", "Der Konzern hat angekündigt, das Werk zu schließen.",
			[]string{"indirect {das Werk zu schließen} speaker {Der Konzern} cue {hat … angekündigt} chain [Konzern]"}},
		{"indirect, frame after the content", "Die Preise werden weiter steigen, vermuten Fachleute.",
			[]string{"indirect {Die Preise werden weiter steigen} speaker {Fachleute} cue {vermuten} chain [Fachleute]"}},
		{"indirect, subject after the verb", "Am Montag erklärte die Polizei, der Täter sei gefasst.",
			[]string{"indirect {der Täter sei gefasst} speaker {die Polizei} cue {erklärte} chain [Polizei]"}},
		{"indirect, addressee", "Der Minister sagte der Zeitung gegenüber, die Reform komme.",
			[]string{"indirect {die Reform komme} speaker {Der Minister} cue {sagte} chain [Minister]"}},
		{"indirect, document frame", "Die Kommission kommt zu dem Schluss, dass die Regeln genügen.",
			[]string{"indirect {dass die Regeln genügen} speaker {Die Kommission} cue {kommt … zu dem Schluss} chain [Kommission]"}},
		// prepositional and impersonal frames
		{"laut", "Laut der Feuerwehr brannte die Halle vollständig aus.",
			[]string{"indirect {brannte die Halle vollständig aus} speaker {der Feuerwehr} cue {Laut} chain [Feuerwehr]"}},
		{"zufolge", "Einem Gutachten zufolge ist die Brücke marode.",
			[]string{"indirect {ist die Brücke marode} speaker {Einem Gutachten} cue {zufolge} chain [Gutachten]"}},
		{"nach Angaben", "Nach Angaben der Stadtwerke fiel der Strom zwei Stunden aus.",
			[]string{"indirect {fiel der Strom zwei Stunden aus} speaker {Angaben der Stadtwerke} cue {Nach} chain [Stadtwerke]"}},
		{"wie X mitteilte", "Wie die Polizei mitteilte, wurde niemand verletzt.",
			[]string{"indirect {wurde niemand verletzt} speaker {die Polizei} cue {Wie … mitteilte} chain [Polizei]"}},
		{"heißt es in X", "In dem Bericht heißt es, die Anlage sei sicher.",
			[]string{"indirect {die Anlage sei sicher} speaker {dem Bericht} cue {heißt … es} chain [Bericht]"}},
		{"unter Berufung auf", "Die Agentur meldete unter Berufung auf Regierungskreise, das Treffen sei abgesagt.",
			[]string{
				"indirect {das Treffen sei abgesagt} speaker {Regierungskreise} cue {meldete} chain [Agentur > Regierungskreise]",
				"indirect {das Treffen sei abgesagt} speaker {Die Agentur} cue {meldete} chain [Agentur]",
			}},
		{"demnach points back", "Die Studie wurde gestern vorgestellt. Laut der Studie essen Kinder zu wenig Obst. Demnach fehlen ihnen Vitamine.",
			[]string{
				"indirect {essen Kinder zu wenig Obst} speaker {der Studie} cue {Laut} chain [Studie]",
				"indirect {fehlen ihnen Vitamine} speaker {Demnach} cue {Demnach} chain [Studie]",
			}},
		{"gemäß", "Gemäß der Zeitung wurden drei Menschen verletzt.",
			[]string{"indirect {wurden drei Menschen verletzt} speaker {der Zeitung} cue {Gemäß} chain [Zeitung]"}},
		{"wonach", "Es gab Berichte, wonach der Minister zurücktritt.",
			[]string{"indirect {der Minister zurücktritt} speaker {wonach} cue {wonach} chain []"}},
		{"anonymous circles", "Aus Parteikreisen verlautete, dass die Wahl verschoben werde.",
			[]string{"indirect {dass die Wahl verschoben werde} speaker {Aus Parteikreisen} cue {verlautete} chain [Parteikreisen]"}},
		{"the frame in the next sentence", "Die Halle bleibt bis Montag gesperrt. Dies teilte die Stadt am Abend mit.",
			[]string{"indirect {Die Halle bleibt bis Montag gesperrt. … Dies} speaker {die Stadt} cue {teilte … mit} chain [Stadt]"}},
		{"one frame between two quotes", "„Wir sind bereit“, erklärte der Sprecher, „aber nicht um jeden Preis.“",
			[]string{
				"direct {„Wir sind bereit“} speaker {der Sprecher} cue {erklärte} chain [Sprecher]",
				"direct {„aber nicht um jeden Preis.“} speaker {der Sprecher} cue {erklärte} chain [Sprecher]",
			}},
		// free indirect speech
		{"free indirect continues the source", "Der Minister sagte, die Reform komme. Sie sei dringend nötig. Die Kassen seien leer.",
			[]string{
				"indirect {die Reform komme} speaker {Der Minister} cue {sagte} chain [Minister]",
				"free-indirect {Sie sei dringend nötig. Die Kassen seien leer.} speaker {Der Minister} cue {} chain [Minister]",
			}},
		{"reportative sollen", "Der Täter soll das Geld im Wald versteckt haben.",
			[]string{"free-indirect {Der Täter soll das Geld im Wald versteckt haben.} speaker {} cue {} chain []"}},
		// reported speech acts
		{"reported denial", "Der Konzern dementiert jede Beteiligung an dem Unfall.",
			[]string{"reported {Der Konzern dementiert jede Beteiligung an dem Unfall} speaker {Der Konzern} cue {dementiert} chain [Konzern]"}},
		{"reported, speaker after the verb", "Offiziell bestreitet der Konzern jede Beteiligung.",
			[]string{"reported {Offiziell bestreitet … jede Beteiligung} speaker {der Konzern} cue {bestreitet} chain [Konzern]"}},
		{"reported demand", "Die Gewerkschaft fordert höhere Löhne für alle Beschäftigten.",
			[]string{"reported {Die Gewerkschaft fordert höhere Löhne für alle Beschäftigten} speaker {Die Gewerkschaft} cue {fordert} chain [Gewerkschaft]"}},
		// nesting: a quoted fragment in indirect speech
		{"partial quote", "Die Ministerin sagte, die Pläne seien „völlig unausgegoren“.",
			[]string{
				"indirect {die Pläne seien „völlig unausgegoren“} speaker {Die Ministerin} cue {sagte} chain [Ministerin]",
				"direct {„völlig unausgegoren“} speaker {Die Ministerin} cue {sagte} chain [Ministerin]",
			}},
		{"reported warning", "Umweltschützer warnen vor den Folgen des Baus.",
			[]string{"reported {Umweltschützer warnen vor den Folgen des Baus} speaker {Umweltschützer} cue {warnen} chain [Umweltschützer]"}},
		// the speaker of a frame whose first field is not its subject
		{"als before the verb is a preposition", "Als Begründung sagte ein Sprecher der Stadt: „Die Brücke ist zu alt.“",
			[]string{"direct {„Die Brücke ist zu alt.“} speaker {ein Sprecher der Stadt} cue {sagte} chain [Sprecher der Stadt]"}},
		{"an object first, the pronoun after the verb", "Die Arbeit der Regierung lobte er mit den Worten: „Sie handelt klug und schnell.“",
			[]string{"direct {„Sie handelt klug und schnell.“} speaker {er} cue {lobte … mit den Worten} chain [er]"}},
		{"a focus particle before the subject", "Auch der Vorsitzende Peter Kurz kritisierte, die Stadt habe zu spät gehandelt.",
			[]string{"indirect {die Stadt habe zu spät gehandelt} speaker {der Vorsitzende Peter Kurz} cue {kritisierte} chain [Peter Kurz]"}},
		{"a colon frame with any verb", "Die Ministerin äußerte sich zufrieden über das Ergebnis: „Wir haben viel erreicht.“",
			[]string{"direct {„Wir haben viel erreicht.“} speaker {Die Ministerin} cue {äußerte sich} chain [Ministerin]"}},
		{"a colon frame that names no speaker", "Der Trainer sagte, er sei gelassen. Seine Zuversicht gründet sich auf die Erfahrung: „Wir haben schon schwerere Spiele gewonnen.“",
			[]string{
				"indirect {er sei gelassen} speaker {Der Trainer} cue {sagte} chain [Trainer]",
				"direct {„Wir haben schon schwerere Spiele gewonnen.“} speaker {Der Trainer} cue {gründet sich} chain [Trainer]",
			}},
		{"a name with abbreviations", "Das Risiko sei gering, erklärte Prof. Dr. Anna W. Berg von der Universität.",
			[]string{"indirect {Das Risiko sei gering} speaker {Prof. Dr. Anna W. Berg von der Universität} cue {erklärte} chain [Anna W. Berg von der Universität]"}},
		{"quoted words inside the clause of a speech act", "Die Regierung hatte den Bericht umgehend als „falsch“ zurückgewiesen.",
			[]string{"direct {„falsch“} speaker {Die Regierung} cue {hatte … als … zurückgewiesen} chain [Regierung]"}},
		{"a quote in a sentence about its speaker", "Der Präsident sieht eine wachsende „Kluft zwischen Arm und Reich im Land“.",
			[]string{"direct {„Kluft zwischen Arm und Reich im Land“} speaker {Der Präsident} cue {} chain [Präsident]"}},
		{"a relative frame", "Er verwies auf eine Studie der Universität, nach der die Methode wirkt.",
			[]string{"indirect {die Methode wirkt} speaker {eine Studie der Universität} cue {nach} chain [Studie der Universität]"}},
		{"the addressee stays the addressee", "Die Polizisten forderten die Schüler auf, das Gebäude nicht zu verlassen.",
			[]string{"indirect {das Gebäude nicht zu verlassen} speaker {Die Polizisten} cue {forderten … auf} chain [Polizisten]"}},
		{"a sentence about a thing names no speaker", "Der Airbus sei erst „weit hinter der normalen Zone“ aufgesetzt worden.",
			[]string{"direct {„weit hinter der normalen Zone“} speaker {} cue {} chain []"}},
		{"nach with a plural noun of saying", "Bei dem Unglück sind nach den Polizeiangaben elf Menschen gestorben.",
			[]string{"indirect {Bei dem Unglück sind … elf Menschen gestorben} speaker {den Polizeiangaben} cue {nach} chain []"}},
		// look-alikes that are no attribution
		{"nach an event with an attribute", "Die Soldaten blieben nach der Unabhängigkeitserklärung im Land.", nil},
		{"an abstract subject is no speaker", "Die Stadtreinigung äußerte Zweifel an der Darstellung.", nil},
		{"an adverbial clause before a verb", "Wenn der Vertrag scheitert, droht dem Verein der Abstieg.", nil},
		{"the author infers", "Mit dem neuen Fall ist davon auszugehen, dass die Seuche sich ausbreitet.", nil},
		{"wonach as a question", "Wonach die Ermittler suchen, blieb unklar.", nil},
		{"laut as an adjective", "Die Musik auf dem Fest war sehr laut.", nil},
		{"nach as time", "Nach dem Spiel feierten die Fans bis in die Nacht.", nil},
		{"the author hedges", "Man darf vermuten, dass es morgen regnet.", nil},
		{"participle as adjective", "Die erwarteten Zahlen kamen erst am Abend.", nil},
		{"a title is no speech", "Der Film „Das Boot“ läuft heute im Fernsehen.", nil},
		{"hypothetical subjunctive alone", "Das wäre ein großer Erfolg für die Stadt.", nil},
		{"plan with sollen alone", "Die neue Brücke soll im Herbst gebaut werden.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, renderAll(tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestQuoteKinds(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"speech, title and term",
			"Die Gruppe mit Namen „Lazarus“ nutzt eine „Ransomware“ genannte Software. „Wir wissen noch nicht, wer dahintersteckt“, sagte ein Ermittler.",
			[]string{"title „Lazarus“", "term „Ransomware“", "speech „Wir wissen noch nicht, wer dahintersteckt“"}},
		{"a name stays a title", "Die Gruppe „Lazarus“ ist bekannt. Die Regierung bestreitet jede Verbindung zu „Lazarus“.",
			[]string{"title „Lazarus“", "title „Lazarus“"}},
		{"partial and scare", "Er nannte die Reform „halbherzig“. Die „Reform“ kam nie.",
			[]string{"partial „halbherzig“", "scare „Reform“"}},
		{"nested single quotes", "„Er rief ‚Halt!‘ und lief weg“, berichtete die Zeugin.",
			[]string{"speech „Er rief ‚Halt!‘ und lief weg“", "speech ‚Halt!‘"}},
		{"stray opening mark", "Der „Bericht kam spät. „Wir prüfen das“, sagte sie.",
			[]string{"speech „Wir prüfen das“"}},
		{"stray closing mark", "Das ist“ falsch. „Wir prüfen das“, sagte sie.",
			[]string{"speech „Wir prüfen das“"}},
		{"quote over two paragraphs", "Sie sagte: „Der erste Teil.\n\n„Der zweite Teil.“",
			[]string{"speech „Der erste Teil.", "speech „Der zweite Teil.“"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx := aussage.NewText(tt.text)
			var got []string
			for _, q := range (Detector{}).Find(tx).Quotes {
				got = append(got, q.Kind.String()+" "+tx.Slice(q.Span))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestSources(t *testing.T) {
	text := "Machthaber Kim Jong-un hat erklärt, das Land sei bereit. Kim sagte zudem, man werde verhandeln. " +
		"Er betonte, die Gespräche seien vertraulich. Ein Insider sagte, das Treffen finde im Mai statt. " +
		"Experten glauben, dass die Gespräche scheitern. In dem Bericht heißt es, die Lage sei ernst. " +
		"Der Bericht stellt fest, dass die Sanktionen wirken."
	tx := aussage.NewText(text)
	r := Detector{}.Find(tx)
	type src struct {
		Name     string
		Kind     string
		Mentions []string
	}
	var got []src
	for _, s := range r.Sources {
		var ms []string
		for _, m := range s.Mentions {
			ms = append(ms, tx.Slice(m))
		}
		got = append(got, src{s.Name, s.Kind.String(), ms})
	}
	want := []src{
		{"Kim Jong-un", "person", []string{"Machthaber Kim Jong-un", "Kim", "Er"}},
		{"Insider", "anonymous", []string{"Ein Insider"}},
		{"Experten", "collective", []string{"Experten"}},
		{"Bericht", "document", []string{"dem Bericht", "Der Bericht"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestFindLooksBackBounded checks that a name is matched with the sources named
// before it that share a word with it only as far back as maxLookBack of them:
// Anna Müller is the same source again after forty other Müllers, and a new one
// after a hundred.
func TestFindLooksBackBounded(t *testing.T) {
	for _, tt := range []struct {
		others   int
		sources  int // Anna Müller, the others, and Anna Müller again if not found
		mentions int // of the first Anna Müller
	}{
		{40, 41, 2},
		{100, 102, 1},
	} {
		var b strings.Builder
		b.WriteString("Anna Müller sagte, die Lage sei ernst. ")
		for i := range tt.others { // Balo, Dalo, …: names that share no word and no prefix
			fmt.Fprintf(&b, "%c%c%co Müller sagte, die Lage sei ernst. ",
				"BDFGKLMNPRST"[i%12], "aeiuy"[i/12%5], "lnrst"[i/60%5])
		}
		b.WriteString("Anna Müller sagte, die Lage sei ernst.")
		r := Detector{}.Find(aussage.NewText(b.String()))
		if len(r.Sources) != tt.sources || r.Sources[0].Name != "Anna Müller" || len(r.Sources[0].Mentions) != tt.mentions {
			t.Errorf("after %d other Müllers: %d sources, the first %q with %d mentions; want %d, Anna Müller with %d",
				tt.others, len(r.Sources), r.Sources[0].Name, len(r.Sources[0].Mentions), tt.sources, tt.mentions)
		}
	}
}

func TestClassAndPolarity(t *testing.T) {
	tests := []struct {
		text  string
		class VerbClass
		pol   Polarity
	}{
		{"Der Sprecher sagte, das Werk bleibe offen.", Neutral, PolarityPositive},
		{"Der Angeklagte behauptet, er sei unschuldig.", Distancing, PolarityPositive},
		{"Die Firma bestreitet, dass Daten verloren gingen.", Negative, PolarityNegative},
		{"Die Behörde bestätigte, dass zwei Menschen starben.", Confirming, PolarityPositive},
		{"Die Forscher vermuten, dass der Fund alt ist.", Speculative, PolarityPositive},
		{"Der Minister sagte nicht, dass er zurücktritt.", Neutral, PolarityNegative},
	}
	for _, tt := range tests {
		r := Detector{}.Find(aussage.NewText(tt.text))
		if len(r.Attributions) == 0 {
			t.Errorf("%s: no attribution", tt.text)
			continue
		}
		a := r.Attributions[0]
		if a.Class != tt.class || a.Polarity != tt.pol {
			t.Errorf("%s: class %v polarity %v, want %v %v", tt.text, a.Class, a.Polarity, tt.class, tt.pol)
		}
	}
}

func TestDetectorOptions(t *testing.T) {
	text := "Der Minister sagte, die Reform komme. Sie sei dringend nötig. Die Gewerkschaft fordert höhere Löhne."
	all := Detector{}.Find(aussage.NewText(text))
	some := Detector{NoFreeIndirect: true, NoReported: true}.Find(aussage.NewText(text))
	if len(all.Attributions) != 3 || len(some.Attributions) != 1 {
		t.Errorf("attributions: all %d, restricted %d; want 3 and 1", len(all.Attributions), len(some.Attributions))
	}
	for _, a := range some.Attributions {
		if a.Type == FreeIndirect || a.Type == Reported {
			t.Errorf("restricted detector returned %v", a.Type)
		}
	}
}

func TestIterators(t *testing.T) {
	tx := aussage.NewText("„Wir sind bereit“, sagte sie. Laut der Polizei blieb es ruhig.")
	n := 0
	for i, a := range (Detector{}).Attributions(tx) {
		if i != n || len(a.Content) == 0 {
			t.Errorf("attribution %d: index %d, content %v", n, i, a.Content)
		}
		n++
		break // stopping early must be safe
	}
	if n != 1 {
		t.Errorf("iterated %d attributions before break, want 1", n)
	}
	kinds := ""
	for q := range (Detector{}).Quotes(tx) {
		kinds += q.Kind.String()
	}
	if kinds != "speech" {
		t.Errorf("quotes: %q, want speech", kinds)
	}
}

// seedArticle returns the seed article of testdata.
func seedArticle(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/nordkorea-2020-08.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSeedArticle(t *testing.T) {
	tx := aussage.NewText(seedArticle(t))
	r := Detector{}.Find(tx)
	var kim, media = -1, -1
	for i, s := range r.Sources {
		switch s.Name {
		case "Kim Jong-un":
			kim = i
		case "Staatsmedien":
			media = i
		}
	}
	if kim < 0 || media < 0 {
		t.Fatalf("sources %v: want Kim Jong-un and Staatsmedien", r.Sources)
	}
	// the quote is Kim's, relayed by the state media, and the media's own report
	var chains [][]int
	var relays []int
	for i, a := range r.Attributions {
		if a.Type == Direct && strings.HasPrefix(tx.Slice(a.Content[0]), "„Dank unserer") {
			chains = append(chains, a.Chain)
			relays = append(relays, a.RelayOf-i) // relative: the relay's report follows the quote
		}
		if a.Lemma == "dementieren" && (a.Polarity != PolarityNegative || a.Class != Negative || a.Source != kim) {
			t.Errorf("dementiert: polarity %v class %v source %d", a.Polarity, a.Class, a.Source)
		}
	}
	if diff := cmp.Diff([][]int{{media, kim}, {media}}, chains); diff != "" {
		t.Errorf("chains of the quote (-want +got):\n%s", diff)
	}
	if len(relays) == 2 && relays[1] != -1 {
		t.Errorf("the media's report relays attribution %+d from it, want the quote just before", relays[1])
	}
	for _, q := range r.Quotes {
		s := tx.Slice(q.Span)
		if (s == "„Lazarus“" || s == "„Ransomware“") && (q.Kind == SpeechQuote || q.Kind == PartialQuote) {
			t.Errorf("%s is %v", s, q.Kind)
		}
	}
}

func TestLexicon(t *testing.T) {
	if _, err := parseVerbs("bad.tsv", "sagen\tneutral\tspeech\n"); err == nil {
		t.Error("a record with three fields was accepted")
	}
	if _, err := parseVerbs("bad.tsv", "sagen\tloud\tspeech\tc\n"); err == nil {
		t.Error("an unknown class was accepted")
	}
	if _, err := parseVerbs("bad.tsv", "sagen\tneutral\tspeech\tc\nsagen\tneutral\tspeech\tc\n"); err == nil {
		t.Error("a duplicate lemma was accepted")
	}
	if _, err := parseVerbs("bad.tsv", "m1t|teilen\tneutral\tmixed\tc\n"); err == nil {
		t.Error("a particle that is not a word of letters was accepted")
	}
	for form, lemma := range map[string]string{"sagte": "sagen", "mitgeteilt": "mitteilen", "teilte": "mitteilen",
		"bezeichnete": "bezeichnen", "sprach": "von sprechen", "kommt": "zu dem Schluss kommen", "bestritt": "bestreiten"} {
		ok := false
		for _, ref := range verbs.lookup(form) {
			ok = ok || verbs.entries[ref.entry].lemma == lemma
		}
		if !ok {
			t.Errorf("%s: no reading as %s", form, lemma)
		}
	}
}

// TestConcurrent runs one detector on one text from several goroutines; run with
// -race to check that nothing is shared mutably.
func TestConcurrent(t *testing.T) {
	tx := aussage.NewText("„Wir sind bereit“, sagte sie. Laut der Polizei blieb es ruhig. Der Minister sagte, die Lage sei ernst. Sie sei beherrschbar.")
	var d Detector
	want := len(d.Find(tx).Attributions)
	done := make(chan int)
	for range 8 {
		go func() { done <- len(d.Find(tx).Attributions) }()
	}
	for range 8 {
		if got := <-done; got != want {
			t.Errorf("concurrent Find: %d attributions, want %d", got, want)
		}
	}
}

// TestOneDirectAttributionPerQuote checks that a sentence of many quotations and
// frames gives each quotation one direct attribution, not one per frame that reaches it.
func TestOneDirectAttributionPerQuote(t *testing.T) {
	text := strings.Repeat("„Ja“, sagte er, „nein“, ", 20)
	res := Detector{}.Find(aussage.NewText(text))
	seen := map[aussage.Span]int{}
	for _, a := range res.Attributions {
		if a.Type == Direct && a.RelayOf < 0 {
			for _, c := range a.Content {
				seen[c]++
			}
		}
	}
	if len(seen) != len(res.Quotes) {
		t.Errorf("%d quotations attributed, want all %d", len(seen), len(res.Quotes))
	}
	for sp, n := range seen {
		if n > 1 {
			t.Errorf("quotation %v has %d direct attributions, want 1", sp, n)
		}
	}
}
