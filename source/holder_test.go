package source

import (
	"testing"

	"github.com/aussage/aussage"
	"github.com/google/go-cmp/cmp"
)

// TestQuoteHolders covers who a quotation is given to when no reporting verb
// stands next to it, or when the frame's subject is not the plain phrase before
// the verb: the holder of a judgement (für X ist …), a quoted fragment in a
// clause with a speaker subject, the subject of the sentence before, a pronoun
// bound to the person named just before, a place adverb bound to the document
// named just before, a speaker after the verb, a word noun before the quotation
// (die Bezeichnung „…“), a name-shaped quotation in reported content, a sentence in
// the subjunctive, heißt es after a relative clause, a second main clause after a
// comma with a speaker of its own, and the look-alikes that must not name one.
func TestQuoteHolders(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"für names the holder of a judgement", "Für den Gesundheitsminister Jan Berger ist die Lage in der Stadt „alarmierend“.",
			[]string{
				"direct {„alarmierend“} speaker {den Gesundheitsminister Jan Berger} cue {} chain [Jan Berger]",
			}},
		{"look-alike: für with a thing", "Für die Region ist der Tourismus ein „Segen“.",
			nil},
		{"a quoted fragment after an indefinite article is the subject's", "Der Sprecher des Betriebsrats sieht in dem Urteil einen „Angriff gegen die hart arbeitende Belegschaft“.",
			[]string{
				"direct {„Angriff gegen die hart arbeitende Belegschaft“} speaker {Der Sprecher des Betriebsrats} cue {} chain [Sprecher des Betriebsrats]",
			}},
		{"look-alike: gelten als makes the subject what is described", "Er galt damals als „heimlicher Regierungschef“.",
			nil},
		{"look-alike: a capitalised name after a definite article", "Die Firma zog in die „Neue Mitte“ um.",
			nil},
		{"the subject of the sentence before says a quotation of its own", "Der Vorsitzende des Vereins, Karl Berger, verteidigte den Plan. „Das Konzept ist solide und bezahlbar.“",
			[]string{
				"direct {„Das Konzept ist solide und bezahlbar.“} speaker {Der Vorsitzende des Vereins, Karl Berger} cue {} chain [Karl Berger]",
			}},
		{"look-alike: the sentence before names no speaker", "Der Plan wurde gestern vorgestellt. „Das Konzept ist solide und bezahlbar.“",
			[]string{
				"direct {„Das Konzept ist solide und bezahlbar.“} speaker {} cue {} chain []",
			}},
		{"er refers to the person the sentence before is about", "Unterdessen verteidigte der Vorsitzende des Ausschusses, Sebastian Müller, den Entwurf. Er halte die Regeln für vertretbar und bezeichnete die Erweiterung als „maßvoll“.",
			[]string{
				"direct {„maßvoll“} speaker {Er} cue {bezeichnete} chain [Vorsitzende des Ausschusses]",
			}},
		{"sie refers to the person the sentence before is about, not to the speaker before",
			"Der Trainer Paul Berg sagte, die Mannschaft sei müde. Die Abgeordnete Silvana Koch verteidigte am Montag ihre Arbeit. Sie wisse, dass die Arbeit „nicht frei von Schwächen“ sei.",
			[]string{
				"indirect {die Mannschaft sei müde} speaker {Der Trainer Paul Berg} cue {sagte} chain [Paul Berg]",
				"indirect {dass die Arbeit „nicht frei von Schwächen“ sei} speaker {Sie} cue {wisse} chain [Silvana Koch]",
				"direct {„nicht frei von Schwächen“} speaker {Sie} cue {wisse} chain [Silvana Koch]",
			}},
		{"look-alike: er with no one named before", "Er bezeichnete die Erweiterung als „maßvoll“.",
			[]string{
				"direct {„maßvoll“} speaker {Er} cue {bezeichnete} chain [Er]",
			}},
		{"nach eigenem Bekunden: the statement is the subject's", "Der ältere Bruder des Sängers, Georg Weber, war nach eigenem Bekunden seit langem eingeweiht. „Mein Bruder wünscht sich mehr Ruhe.“",
			[]string{
				"indirect {Der ältere Bruder des Sängers, Georg Weber, war … seit langem eingeweiht} speaker {Der ältere Bruder des Sängers, Georg Weber} cue {nach} chain [Bruder des Sängers]",
				"direct {„Mein Bruder wünscht sich mehr Ruhe.“} speaker {Der ältere Bruder des Sängers, Georg Weber} cue {} chain [Bruder des Sängers]",
			}},
		{"darin points back to the document named before", "Die Staatsanwaltschaft gab am Dienstag eine Stellungnahme ab. Darin steht: „Wir bedauern den Fehler sehr.“",
			[]string{
				"direct {„Wir bedauern den Fehler sehr.“} speaker {Darin} cue {steht} chain [Stellungnahme]",
			}},
		{"look-alike: darin with no document before", "Die Ermittler kamen am Dienstag zurück. Darin steht: „Wir bedauern den Fehler sehr.“",
			[]string{
				"direct {„Wir bedauern den Fehler sehr.“} speaker {Darin} cue {steht} chain [Darin]",
			}},
		{"an acronym names an organisation", "Die SPD will hohe Einkommen („ab einem Einkommen von 250.000 Euro“) stärker belasten.",
			[]string{
				"direct {„ab einem Einkommen von 250.000 Euro“} speaker {Die SPD} cue {} chain [SPD]",
			}},
		{"so with a verb and an object pronoun before the subject", "„Er ist die eiserne Hand im eisernen Handschuh“, so charakterisierte ihn der Gewerkschafter Paul Weber.",
			[]string{
				"direct {„Er ist die eiserne Hand im eisernen Handschuh“} speaker {der Gewerkschafter Paul Weber} cue {charakterisierte} chain [Gewerkschafter Paul Weber]",
			}},
		{"mit diesen Worten after the quotation", "„Guten Tag, da bin ich wieder“, mit diesen Worten meldete er sich zurück.",
			[]string{
				"direct {„Guten Tag, da bin ich wieder“} speaker {er} cue {meldete} chain [er]",
			}},
		{"a verb after a comma shares the subject of the clause before", "Der Abgeordnete Jim Baker wollte sich nicht festlegen, sagte aber, die Partei müsse „nach vorne schauen“.",
			[]string{
				"indirect {die Partei müsse „nach vorne schauen“} speaker {Der Abgeordnete Jim Baker} cue {sagte} chain [Jim Baker]",
				"direct {„nach vorne schauen“} speaker {Der Abgeordnete Jim Baker} cue {sagte} chain [Jim Baker]",
			}},
		{"an expletive es frames nothing: the speaker before goes on", "Die Grünen-Chefin Renate Kunz sagte, es müsse Schluss sein mit „Blockaden“. Es drohe „eine Erwärmung von bis zu sechs Grad“.",
			[]string{
				"indirect {es müsse Schluss sein mit „Blockaden“} speaker {Die Grünen-Chefin Renate Kunz} cue {sagte} chain [Grünen-Chefin Renate Kunz]",
				"direct {„Blockaden“} speaker {Die Grünen-Chefin Renate Kunz} cue {sagte} chain [Grünen-Chefin Renate Kunz]",
				"direct {„eine Erwärmung von bis zu sechs Grad“} speaker {Die Grünen-Chefin Renate Kunz} cue {} chain [Grünen-Chefin Renate Kunz]",
			}},
		{"a possessive names the source of a noun of saying", "Die Anwältin Gülsen Kaya gab an, dass ihre Mandantin „große Angst hatte“. Nach ihren Informationen habe sich der Mann in den Niederlanden aufgehalten.",
			[]string{
				"indirect {dass ihre Mandantin „große Angst hatte“} speaker {Die Anwältin Gülsen Kaya} cue {gab … an} chain [Gülsen Kaya]",
				"direct {„große Angst hatte“} speaker {Die Anwältin Gülsen Kaya} cue {gab … an} chain [Gülsen Kaya]",
				"indirect {habe sich der Mann in den Niederlanden aufgehalten} speaker {ihren Informationen} cue {Nach} chain [Gülsen Kaya]",
			}},
		{"the speaker after the verb when the quotation opens the sentence", "Von einem „besonders schweren Eingriff in die Rechte“ spricht der Gesetzentwurf.",
			[]string{
				"direct {„besonders schweren Eingriff in die Rechte“} speaker {der Gesetzentwurf} cue {} chain [Gesetzentwurf]",
			}},
		{"nach with a possessive name", "Nach Schäubles Idee soll „im Zweifel die Mehrheit der abgegebenen Stimmen“ entscheiden.",
			[]string{
				"indirect {soll „im Zweifel die Mehrheit der abgegebenen Stimmen“ entscheiden} speaker {Schäubles Idee} cue {Nach} chain [Schäubles Idee]",
				"direct {„im Zweifel die Mehrheit der abgegebenen Stimmen“} speaker {Schäubles Idee} cue {Nach} chain [Schäubles Idee]",
			}},
		{"als before bezeichnet is a judgement, not a term", "Die Regierung hat das Land als „junge mutige Demokratie“ bezeichnet.",
			[]string{
				"direct {„junge mutige Demokratie“} speaker {Die Regierung} cue {hat … bezeichnet} chain [Regierung]",
			}},
		{"look-alike: a term named with genannt", "Die Täter nutzten eine „Ransomware“ genannte Software.",
			nil},
		{"a plural noun ending in -sten is a subject", "Analysten sprachen in diesem Zusammenhang von „Panikverkäufen“.",
			[]string{
				"direct {„Panikverkäufen“} speaker {Analysten} cue {sprachen … von} chain [Analysten]",
			}},
		{"a heading before the subject of the sentence before", "Europapolitik: Die SPD will am Kurs der Erweiterung festhalten. „Wir wollen ein Europa, auf das man sich verlassen kann.“",
			[]string{
				"direct {„Wir wollen ein Europa, auf das man sich verlassen kann.“} speaker {Die SPD} cue {} chain [SPD]",
			}},
		{"the dot of an ordinal does not end a colon frame", "Mit seinen Kollegen lenkte er am 20. Juli die Fähre zu einem Landeplatz und meldete sich mit den Worten: „Hier ist alles ruhig.“",
			[]string{
				"direct {„Hier ist alles ruhig.“} speaker {er} cue {meldete sich … mit den Worten} chain [er]",
			}},
		{"a name-shaped quotation after an indefinite article in reported content is a partial quote", "Der Präsident sagte am Sonntag, das Land sei ein „Opfer des Terrorismus“.",
			[]string{
				"indirect {das Land sei ein „Opfer des Terrorismus“} speaker {Der Präsident} cue {sagte} chain [Präsident]",
				"direct {„Opfer des Terrorismus“} speaker {Der Präsident} cue {sagte} chain [Präsident]",
			}},
		{"look-alike: a name-shaped quotation after a definite article stays a title", "Der Präsident sagte am Sonntag, das Land unterstütze die „Allianz der Freiheit“.",
			[]string{
				"indirect {das Land unterstütze die „Allianz der Freiheit“} speaker {Der Präsident} cue {sagte} chain [Präsident]",
			}},
		{"a word noun before a quotation: the words are the subject's", "Der Innenminister Nicolas Sarkozy rechtfertigte die Bezeichnung „Gesindel“.",
			[]string{
				"direct {„Gesindel“} speaker {Der Innenminister Nicolas Sarkozy} cue {} chain [Nicolas Sarkozy]",
			}},
		{"look-alike: a scare quote with no word noun before it", "Der Innenminister Nicolas Sarkozy besuchte die „Banlieue“.",
			nil},
		{"a sentence in the subjunctive continues the speaker before", "„Ich gehe lieber“, so Suttner. Außerdem hätte der Sender dem Gast „die Gelegenheit gegeben, sich als harmlos zu verkaufen“.",
			[]string{
				"direct {„Ich gehe lieber“} speaker {Suttner} cue {so} chain [Suttner]",
				"direct {„die Gelegenheit gegeben, sich als harmlos zu verkaufen“} speaker {Suttner} cue {} chain [Suttner]",
			}},
		{"a second main clause after a comma gives the quotation to its own subject",
			"Der Stürmer Jan Kolb nannte die Strafe „hart“, Trainer Hans Weber bezeichnete die Karten in einem Spiel, in dem es kaum Fouls gab, als „übertrieben“.",
			[]string{
				"direct {„hart“} speaker {Der Stürmer Jan Kolb} cue {nannte} chain [Stürmer Jan Kolb]",
				"reported {Trainer Hans Weber bezeichnete die Karten in einem Spiel} speaker {Trainer Hans Weber} cue {bezeichnete} chain [Hans Weber]",
				"direct {„übertrieben“} speaker {Trainer Hans Weber} cue {} chain [Hans Weber]",
			}},
		{"quotations before a second main clause stay the first subject's, those after it are the second's",
			"Der Stürmer Jan Kolb sieht einen „Fehler“ und einen „Skandal“, Trainer Hans Weber sieht eine „Chance“ und einen „Neuanfang“.",
			[]string{
				"direct {„Fehler“} speaker {Der Stürmer Jan Kolb} cue {} chain [Stürmer Jan Kolb]",
				"direct {„Skandal“} speaker {Der Stürmer Jan Kolb} cue {} chain [Stürmer Jan Kolb]",
				"direct {„Chance“} speaker {Trainer Hans Weber} cue {} chain [Hans Weber]",
				"direct {„Neuanfang“} speaker {Trainer Hans Weber} cue {} chain [Hans Weber]",
			}},
		{"look-alike: a clause whose verb comes after the quotation does not hold it",
			"Der Stürmer Jan Kolb sieht einen „Fehler“, Trainer Hans Weber mit einer „Chance“ erkennt.",
			[]string{
				"direct {„Fehler“} speaker {Der Stürmer Jan Kolb} cue {} chain [Stürmer Jan Kolb]",
				"direct {„Chance“} speaker {Der Stürmer Jan Kolb} cue {} chain [Stürmer Jan Kolb]",
			}},
		{"look-alike: a subjunctive second clause is reported content of the first",
			"Der Stürmer Jan Kolb nannte die Strafe „hart“, der Schiedsrichter habe die Karten „zu schnell“ gezogen.",
			[]string{
				"direct {„hart“} speaker {Der Stürmer Jan Kolb} cue {nannte} chain [Stürmer Jan Kolb]",
				"direct {„zu schnell“} speaker {Der Stürmer Jan Kolb} cue {nannte} chain [Stürmer Jan Kolb]",
			}},
		{"look-alike: a second clause whose subject is no speaker",
			"Der Stürmer Jan Kolb lobte die Mannschaft, die Abwehr verteidigte in einem Spiel, in dem es kaum Chancen gab, „wie eine Wand“.",
			[]string{
				"reported {Der Stürmer Jan Kolb lobte die Mannschaft, die Abwehr verteidigte in einem Spiel} speaker {Der Stürmer Jan Kolb} cue {lobte} chain [Stürmer Jan Kolb]",
				"direct {„wie eine Wand“} speaker {Der Stürmer Jan Kolb} cue {} chain [Stürmer Jan Kolb]",
			}},
		{"two participles of one auxiliary share its subject after an apposition",
			"So hat sich etwa die Vorsitzende des Elternrats, Eva Kern, gerade diese Woche gegen den Plan ausgesprochen und behauptet, die Klassen seien „viel zu groß“.",
			[]string{
				"indirect {die Klassen seien „viel zu groß“} speaker {die Vorsitzende des Elternrats, Eva Kern} cue {behauptet} chain [Eva Kern]",
				"direct {„viel zu groß“} speaker {die Vorsitzende des Elternrats, Eva Kern} cue {behauptet} chain [Eva Kern]",
			}},
		{"look-alike: a phrase running up to und with no auxiliary before it names no one",
			"Die Vorsitzende Eva Kern, gerade diese Woche gegen den Plan ausgesprochen und behauptet, die Klassen seien „viel zu groß“, trat zurück.",
			[]string{
				"indirect {die Klassen seien „viel zu groß“} speaker {} cue {behauptet} chain []",
				"direct {„viel zu groß“} speaker {} cue {behauptet} chain []",
			}},
		{"heißt es after a relative clause: the document opens the sentence", "Im letzten Satz der Anordnung, die dem Unternehmen zugestellt wurde, heißt es: „Die Firma darf nichts sagen.“",
			[]string{
				"direct {„Die Firma darf nichts sagen.“} speaker {letzten Satz der Anordnung} cue {heißt … es} chain [Satz der Anordnung]",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, renderAll(tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExpandMentions checks that a source named by its full name is also
// mentioned where the text repeats its surname or its whole name, and that a
// different person with the same surname, or a common noun, is not.
func TestExpandMentions(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]string // the mentions of each source, in order
	}{
		{"the surname repeated in a sentence that frames nothing",
			"Bundesfinanzminister Peer Steinbrück sagte, der Haushalt sei solide. Später hatte Steinbrück Positives zu vermelden.",
			[][]string{{"Bundesfinanzminister Peer Steinbrück", "Steinbrück"}}},
		{"a role noun and a first name before a surname known alone",
			"„Wir halten Kurs“, sagte Figel. Der Kommissar Jan Figel reiste danach ab.",
			[][]string{{"Figel", "Kommissar Jan Figel"}}},
		{"look-alike: another first name with the same surname",
			"Die Ärztin Anna Berger sagte, die Lage sei ernst. Ihr Bruder Paul Berger widersprach nicht.",
			[][]string{{"Die Ärztin Anna Berger"}}},
		{"look-alike: a common noun that a source is named by",
			"Die Regierung erklärte, sie prüfe den Fall. Die Regierung des Nachbarlands schwieg.",
			[][]string{{"Die Regierung"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			txt := aussage.NewText(tt.text)
			r := Detector{}.Find(txt)
			var got [][]string
			for _, s := range r.Sources {
				var ms []string
				for _, m := range s.Mentions {
					ms = append(ms, txt.Slice(m))
				}
				got = append(got, ms)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
