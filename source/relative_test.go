package source

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestClauseSpeakers covers the speakers that stand in a clause of their own
// shape: a relative pronoun, a subject after a comma that joins two clauses, the
// agent of a passive, a pronoun that takes up the subject of its own sentence, a
// long subject with its apposition, and content that ends where the main clause
// goes on; each with the look-alikes that must keep their reading.
func TestClauseSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the relative pronoun says the words, the phrase after it is the object", "Am Abend sprach der Bürgermeister, der die Proteste als „friedlich und bunt“ bezeichnete.",
			[]string{
				"direct {„friedlich und bunt“} speaker {der} cue {als … bezeichnete} chain [Bürgermeister]",
			}},
		{"a relative pronoun before the verb of a colon frame", "Vor dem Rathaus standen Hunderte Demonstranten, die immer wieder riefen: „Wir bleiben hier!“",
			[]string{
				"direct {„Wir bleiben hier!“} speaker {die} cue {riefen} chain [Hunderte Demonstranten]",
			}},
		{"a relative clause inside the subject", "Die Gewerkschaft, die den Plan als „Zumutung“ bezeichnete, rief zum Streik auf.",
			[]string{
				"direct {„Zumutung“} speaker {die} cue {als … bezeichnete} chain [Gewerkschaft]",
			}},
		{"look-alike: a nominative pronoun after the relative is the subject", "Der Verband lobte die Ministerin, die er als „verlässliche Partnerin“ bezeichnete.",
			[]string{
				"reported {Der Verband lobte die Ministerin} speaker {Der Verband} cue {lobte} chain [Verband]",
				"direct {„verlässliche Partnerin“} speaker {er} cue {als … bezeichnete} chain [Verband]",
			}},
		{"look-alike: von names an origin, not a speaker", "Die Behörde warnte vor der Gefahr, die von dem „auffälligen Bären“ ausgehe.",
			[]string{
				"indirect {die von dem „auffälligen Bären“ ausgehe} speaker {Die Behörde} cue {warnte} chain [Behörde]",
				"direct {„auffälligen Bären“} speaker {Die Behörde} cue {warnte} chain [Behörde]",
			}},
		{"clauses joined by a comma: the subject before the second verb", "Der Innenminister wies die Vorwürfe zurück, die Sprecherin der Opposition, Maria Keller, erklärte: „Das ist ein schwarzer Tag.“",
			[]string{
				"direct {„Das ist ein schwarzer Tag.“} speaker {die Sprecherin der Opposition, Maria Keller} cue {erklärte} chain [Maria Keller]",
			}},
		{"look-alike: a verb after a comma shares the subject of the first clause", "Der Minister wollte sich nicht festlegen, sagte aber: „Wir prüfen alles.“",
			[]string{
				"direct {„Wir prüfen alles.“} speaker {Der Minister} cue {sagte} chain [Minister]",
			}},
		{"the agent of a passive names", "Der Plan wurde vom Minister als „unausgegoren“ bezeichnet.",
			[]string{
				"direct {„unausgegoren“} speaker {Minister} cue {wurde … bezeichnet} chain [Minister]",
			}},
		{"a newspaper as the agent of a passive", "Die Reform wurde gestern in der Süddeutschen Zeitung als „großer Wurf“ bezeichnet.",
			[]string{
				"direct {„großer Wurf“} speaker {der Süddeutschen Zeitung} cue {wurde … als … bezeichnet} chain [Süddeutschen Zeitung]",
			}},
		{"einstufen as a verb of naming", "Die Gefahr wird vom Wetterdienst als „sehr hoch“ eingestuft.",
			[]string{
				"direct {„sehr hoch“} speaker {Wetterdienst} cue {wird … als … eingestuft} chain [Wetterdienst]",
			}},
		{"look-alike: the active keeps its subject", "Der Minister hatte den Plan als „unausgegoren“ bezeichnet.",
			[]string{
				"direct {„unausgegoren“} speaker {Der Minister} cue {hatte … bezeichnet} chain [Minister]",
			}},
		{"look-alike: the subject of a quoting passive is quoted", "Er wird in der Zeitung mit den Worten zitiert: „Wir sind bereit.“",
			[]string{
				"direct {„Wir sind bereit.“} speaker {Er} cue {wird … mit den Worten … zitiert} chain [Zeitung > Er]",
				"direct {„Wir sind bereit.“} speaker {der Zeitung} cue {wird … mit den Worten … zitiert} chain [Zeitung]",
			}},
		{"a pronoun takes up the subject of its own sentence", "Der Student verbrachte die Nacht in Gewahrsam, nur ab und zu war er wach und hatte gefragt: „Wie geht es dem Mann?“",
			[]string{
				"direct {„Wie geht es dem Mann?“} speaker {er} cue {hatte … gefragt} chain [Student]",
			}},
		{"a pronoun takes up a subject after the verb", "Danach war Trainer Klaus Berger zufrieden: „Ein guter Anfang“, sagte er dem Radio.",
			[]string{
				"direct {„Ein guter Anfang“} speaker {er} cue {sagte} chain [Klaus Berger]",
			}},
		{"look-alike: a subject that does not agree with the pronoun", "Die Regierung traf die Ministerin. Danach war die Stimmung gut: „Wir kommen voran“, sagte er.",
			[]string{
				"direct {„Wir kommen voran“} speaker {er} cue {sagte} chain [er]",
			}},
		{"a long subject with its apposition, and the subjunctive after it", "Die Finanzexpertin von Bündnis 90/Die Grünen, Petra Lang, kritisierte die Pläne der Regierung. Hier seien die Mittel „völlig unzureichend“.",
			[]string{
				"free-indirect {Hier seien die Mittel „völlig unzureichend“.} speaker {Die Finanzexpertin von Bündnis 90/Die Grünen, Petra Lang} cue {} chain [Finanzexpertin von Bündnis 90/Die Grünen]",
				"direct {„völlig unzureichend“} speaker {Die Finanzexpertin von Bündnis 90/Die Grünen, Petra Lang} cue {} chain [Finanzexpertin von Bündnis 90/Die Grünen]",
			}},
		{"reported content ends where the main clause goes on", "Nachdem er vom Moderator gefragt wurde, was seine Partei wolle, entgegnete Huber: „Das wissen Sie doch.“",
			[]string{
				"indirect {was seine Partei wolle} speaker {er} cue {gefragt … wurde} chain [er]",
				"direct {„Das wissen Sie doch.“} speaker {Huber} cue {entgegnete} chain [Huber]",
			}},
		{"a coordinated verb in the indicative ends the content", "Die Ministerin sagte, sie komme morgen, betonte aber, dass nichts entschieden sei.",
			[]string{
				"indirect {sie komme morgen} speaker {Die Ministerin} cue {sagte} chain [Ministerin]",
				"indirect {dass nichts entschieden sei} speaker {Die Ministerin} cue {betonte} chain [Ministerin]",
			}},
		{"wie with the passive of zitieren: quoted and relay", "„Wir haben gewonnen“, wie Berger von Spiegel Online zitiert wird.",
			[]string{
				"direct {„Wir haben gewonnen“} speaker {Berger} cue {wie … zitiert … wird} chain [Spiegel Online > Berger]",
				"direct {„Wir haben gewonnen“} speaker {Spiegel Online} cue {wie … zitiert … wird} chain [Spiegel Online]",
			}},
		{"wie with the active of zitieren", "„Wir haben gewonnen“, wie die Zeitung den Trainer zitiert.",
			[]string{
				"direct {„Wir haben gewonnen“} speaker {den Trainer} cue {wie … zitiert} chain [Zeitung > Trainer]",
				"direct {„Wir haben gewonnen“} speaker {die Zeitung} cue {wie … zitiert} chain [Zeitung]",
			}},
		{"a predicate after the copula is no speaker", "Die Verwaltung versicherte, dass das Schild bald zurückkehre. Eine „offene technische Frage“ sei der Grund für die Verzögerung.",
			[]string{
				"indirect {dass das Schild bald zurückkehre} speaker {Die Verwaltung} cue {versicherte} chain [Verwaltung]",
				"free-indirect {Eine „offene technische Frage“ sei der Grund für die Verzögerung.} speaker {Die Verwaltung} cue {} chain [Verwaltung]",
				"direct {„offene technische Frage“} speaker {Die Verwaltung} cue {} chain [Verwaltung]",
			}},
		{"look-alike: a verb of saying after the quotation", "Von einem „schweren Eingriff“ spricht der Gesetzentwurf.",
			[]string{
				"direct {„schweren Eingriff“} speaker {der Gesetzentwurf} cue {Von … spricht} chain [Gesetzentwurf]",
			}},
		{"Stellung nehmen names the speaker of the subjunctive after it", "Am Rande der Sitzung nahm auch der Ministerpräsident, Karl Weber, zu der Frage Stellung. Jeder Beamte könne „das Geld jetzt abrufen“.",
			[]string{
				"free-indirect {Jeder Beamte könne „das Geld jetzt abrufen“.} speaker {der Ministerpräsident, Karl Weber} cue {} chain [Ministerpräsident]",
				"direct {„das Geld jetzt abrufen“} speaker {der Ministerpräsident, Karl Weber} cue {} chain [Ministerpräsident]",
			}},
		{"a participle before a noun is no verb of the first field", "Die staatlich kontrollierten Medien hatten von einem „Volkskrieg“ gesprochen.",
			[]string{
				"direct {„Volkskrieg“} speaker {Die staatlich kontrollierten Medien} cue {hatten … von … gesprochen} chain [Medien]",
			}},
		{"heißt es in a relative clause: the antecedent is the document", "Die Polizei veröffentlichte eine Erklärung, in der es heißt: „Wir ermitteln in alle Richtungen.“",
			[]string{
				"direct {„Wir ermitteln in alle Richtungen.“} speaker {eine Erklärung} cue {es … heißt} chain [Erklärung]",
			}},
		{"heißt es at the end of a relative clause after a particle", "Er griff damit den Tenor der Staatsmedien auf, in denen es zu den Protesten auch heißt, die Opposition sei ein „Papiertiger“.",
			[]string{
				"indirect {die Opposition sei ein „Papiertiger“} speaker {den Tenor der Staatsmedien} cue {es … heißt} chain [Tenor der Staatsmedien]",
				"direct {„Papiertiger“} speaker {den Tenor der Staatsmedien} cue {es … heißt} chain [Tenor der Staatsmedien]",
			}},
		{"look-alike: heißen with a subject of its own names", "In der Stadt, in der er lebt, heißt der Platz „Marktplatz“.",
			nil},
		{"a preposition that can open a clause, before a verb second", "Seit August 2013 sagt er, dass die Krise „hausgemacht“ sei.",
			[]string{
				"indirect {dass die Krise „hausgemacht“ sei} speaker {er} cue {sagt} chain [er]",
				"direct {„hausgemacht“} speaker {er} cue {sagt} chain [er]",
			}},
		{"look-alike: seit opens an adverbial clause", "Seit er im Amt ist, sagt er, dass die Krise „hausgemacht“ sei.",
			[]string{
				"indirect {dass die Krise „hausgemacht“ sei} speaker {er} cue {sagt} chain [er]",
				"direct {„hausgemacht“} speaker {er} cue {sagt} chain [er]",
			}},
		{"der Meinung sein frames a content clause", "Der Verband ist der Meinung, dass die Klage „unbegründet“ sei.",
			[]string{
				"indirect {dass die Klage „unbegründet“ sei} speaker {Der Verband} cue {ist … Meinung} chain [Verband]",
				"direct {„unbegründet“} speaker {Der Verband} cue {ist … Meinung} chain [Verband]",
			}},
		{"look-alike: Meinung without a content clause", "Die Partei ist der Meinung des Verbands gefolgt.",
			nil},
		{"die These vertreten", "Die Ärztin vertritt die These, dass Zucker „süchtig“ mache.",
			[]string{
				"indirect {dass Zucker „süchtig“ mache} speaker {Die Ärztin} cue {vertritt … These} chain [Ärztin]",
				"direct {„süchtig“} speaker {Die Ärztin} cue {vertritt … These} chain [Ärztin]",
			}},
		{"a number before a noun as the subject", "22 Prozent teilen die Auffassung, die Reform sei „gescheitert“.",
			[]string{
				"indirect {die Reform sei „gescheitert“} speaker {22 Prozent} cue {teilen … Auffassung} chain [22 Prozent]",
				"direct {„gescheitert“} speaker {22 Prozent} cue {teilen … Auffassung} chain [22 Prozent]",
			}},
		{"a number before a noun in a colon frame", "300 Anwohner forderten: „Die Straße muss bleiben.“",
			[]string{
				"direct {„Die Straße muss bleiben.“} speaker {300 Anwohner} cue {forderten} chain [300 Anwohner]",
			}},
		{"a colon frame after a colon takes the quotation", "Aber auch die Kommission kritisierte das Verfahren scharf: So sagte Hans Weber, EU-Handelskommissar: „Man kann so kein Gesetz beschließen.“",
			[]string{
				"direct {„Man kann so kein Gesetz beschließen.“} speaker {Hans Weber} cue {sagte} chain [Hans Weber]",
			}},
		{"reported content ends before a colon that opens a frame", "Die Kommission kritisierte, wie das Gesetz beschlossen wurde, scharf: So sagte Hans Weber: „Man kann so kein Gesetz beschließen.“",
			[]string{
				"indirect {wie das Gesetz beschlossen wurde, scharf} speaker {Die Kommission} cue {kritisierte} chain [Kommission]",
				"direct {„Man kann so kein Gesetz beschließen.“} speaker {Hans Weber} cue {sagte} chain [Hans Weber]",
			}},
		{"look-alike: a colon inside reported content", "Die Ministerin sagte, es gebe zwei Wege: Entweder man spart oder man erhöht die Steuern.",
			[]string{
				"indirect {es gebe zwei Wege: Entweder man spart oder man erhöht die Steuern} speaker {Die Ministerin} cue {sagte} chain [Ministerin]",
			}},
		{"a plural first field before a singular verb is the object", "Die protestierenden Bauern beschrieb die Agentur als „aggressiv“.",
			[]string{
				"direct {„aggressiv“} speaker {die Agentur} cue {beschrieb … als} chain [Agentur]",
			}},
		{"look-alike: the plural verb agrees with the first field", "Die protestierenden Bauern beschrieben die Lage als „ernst“.",
			[]string{
				"direct {„ernst“} speaker {Die protestierenden Bauern} cue {beschrieben … als} chain [Bauern]",
			}},
		{"zumal opens a verb-final clause with its subject", "Zwar würde sie ihm eine Chance geben, zumal Anwalt Peter Lorenz betont hatte, der Mann sei nicht „gefährlich“.",
			[]string{
				"indirect {der Mann sei nicht „gefährlich“} speaker {Anwalt Peter Lorenz} cue {betont} chain [Peter Lorenz]",
				"direct {„gefährlich“} speaker {Anwalt Peter Lorenz} cue {betont} chain [Peter Lorenz]",
			}},
		{"mit den Worten before a quotation that is a sentence of its own", "Der Spiegel zitiert den Prediger mit den Worten „Wir werden siegen.“",
			[]string{
				"direct {„Wir werden siegen.“} speaker {den Prediger} cue {zitiert … mit den Worten} chain [Spiegel > Prediger]",
				"direct {„Wir werden siegen.“} speaker {Der Spiegel} cue {zitiert … mit den Worten} chain [Spiegel]",
			}},
		{"look-alike: a quotation after the sentence of the frame goes on with it", "Der Spiegel zitiert den Prediger. „Wir werden siegen.“",
			[]string{
				"direct {„Wir werden siegen.“} speaker {den Prediger} cue {} chain [Spiegel > Prediger]",
			}},
		{"of two frames over the same content the nearer one owns the partial quote", "Wie die Zeitung berichtete, soll sich laut der Studie nur jeder zweite Student „bessere Bedingungen“ erhoffen.",
			[]string{
				"indirect {soll sich … nur jeder zweite Student „bessere Bedingungen“ erhoffen} speaker {die Zeitung} cue {Wie … berichtete} chain [Zeitung]",
				"indirect {soll sich … nur jeder zweite Student „bessere Bedingungen“ erhoffen} speaker {der Studie} cue {laut} chain [Studie]",
				"direct {„bessere Bedingungen“} speaker {der Studie} cue {laut} chain [Studie]",
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
