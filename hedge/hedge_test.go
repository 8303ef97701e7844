package hedge

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// found formats the cues of s as "text class value".
func found(s string) []string {
	var out []string
	for _, c := range FindString(s) {
		out = append(out, fmt.Sprintf("%s %s %s", c.Text, c.Class, c.Value))
	}
	return out
}

type classCase struct {
	in   string
	want []string // nil: no cue
}

func runCases(t *testing.T, cases []classCase) {
	t.Helper()
	for _, tc := range cases {
		if diff := cmp.Diff(tc.want, found(tc.in)); diff != "" {
			t.Errorf("%s\n(-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestEpistemicAdverb(t *testing.T) {
	runCases(t, []classCase{
		{"Der Brand wurde vermutlich gelegt.", []string{"vermutlich epistemic-adverb PR+"}},
		{"Die Sitzung dauert wohl bis zum Abend.", []string{"wohl epistemic-adverb PR+"}},
		{"Möglicherweise kommt der Zug später.", []string{"Möglicherweise epistemic-adverb PS+"}},
		{"Es ist sehr wahrscheinlich, dass die Wahl verschoben wird.", []string{"sehr wahrscheinlich epistemic-adverb PR+"}},
		{"Eine Einigung ist durchaus möglich.", []string{"durchaus möglich epistemic-adverb PS+"}},
		{"Der Zug kommt wahrscheinlich nicht mehr.", []string{"wahrscheinlich nicht downtoner PR-"}},
		{"Das ist wahrscheinlich nicht nur ein Zufall.", []string{"wahrscheinlich epistemic-adverb PR+"}},
		// Look-alikes: sich wohl fühlen, the noun Wohl, feasibility möglich.
		{"Die Gäste fühlen sich in dem Hotel wohl.", nil},
		{"Zum Wohl der Kinder wurde die Schule geschlossen.", nil},
		{"Die Hilfe soll so schnell wie möglich kommen.", nil},
	})
}

func TestBooster(t *testing.T) {
	runCases(t, []classCase{
		{"Ich bin mir sicher, dass die Mannschaft gewinnt.", []string{"sicher booster CT+"}},
		{"Das war zweifellos der Höhepunkt des Abends.", []string{"zweifellos booster CT+"}},
		{"Es gab bestimmt auch schwierige Jahre.", []string{"bestimmt booster CT+"}},
		{"Fest steht, dass der Termin nicht zu halten ist.", []string{"Fest steht booster CT+"}},
		{"Das wird sicherlich Folgen haben.", []string{"sicherlich booster PR+"}},
		// Look-alikes: sicher = safe, bestimmen as a verb.
		{"Die Zustimmung gilt als sicher. Die Kinder kamen sicher nach Hause.", []string{"gilt als sicher impersonal CT+"}},
		{"Der Flughafen ist sicher.", nil},
		{"Der Rat bestimmt den neuen Vorsitzenden.", nil},
		{"Der Termin wird durch das Los bestimmt.", nil},
	})
}

func TestEpistemicModal(t *testing.T) {
	runCases(t, []classCase{
		{"Der Täter muss das Haus gekannt haben.", []string{"muss epistemic-modal PR+"}},
		{"Die Zahl der Opfer dürfte weiter steigen.", []string{"dürfte epistemic-modal PR+"}},
		{"Das könnte teuer werden.", []string{"könnte epistemic-modal PS+"}},
		{"Der Fernseher wird schon längst kaputt sein.", []string{"wird … sein epistemic-modal PR+"}},
		{"Die Lösung könnte lauten: mehr Personal.", []string{"könnte epistemic-modal PS+"}},
		// Root readings: obligation, ability, plain future.
		{"Der Mieter muss die Kosten zahlen.", nil},
		{"Das Kind kann schon schwimmen.", nil},
		{"Die Sicherheit der Bürger wird vorrangig sein.", nil},
		{"In der Nacht könnten Gewitter auftreten.", []string{"könnten epistemic-modal PS+"}},
		{"Das dürfte ihm nicht gefallen.", []string{"dürfte … nicht epistemic-modal PR-"}},
		{"Er kann das Geld nicht gestohlen haben.", []string{"kann … nicht epistemic-modal CT-"}},
		{"Dürfte ich kurz stören?", nil},
		{"Könnten Sie mir helfen?", nil},
		{"Wir könnten morgen kommen.", nil},
	})
}

func TestReportative(t *testing.T) {
	runCases(t, []classCase{
		{"Der Minister soll von dem Plan gewusst haben.", []string{"soll reportative U"}},
		{"Der Angeklagte will von nichts gewusst haben.", []string{"will reportative U"}},
		{"Angeblich wurde das Geld ins Ausland gebracht.", []string{"Angeblich reportative U"}},
		{"Die Gruppe soll über große Geldmittel verfügen.", []string{"soll reportative U"}},
		{"Bei der Razzia sollen ein Lager, ein Depot und Waffen gefunden worden sein.", []string{"sollen reportative U"}},
		{"Laut Polizei sollte die Tasche eine Bombe enthalten.", []string{"sollte reportative U"}},
		{"Jeder sollte wissen, was auf dem Spiel steht.", nil},
		// Plans and intentions.
		{"Dann soll ein Protestmarsch stattfinden.", nil},
		{"Die Brücke soll im Herbst fertig werden.", nil},
		{"Die Ministerin will kandidieren.", nil},
	})
}

func TestEvidential(t *testing.T) {
	runCases(t, []classCase{
		{"Pjöngjang treibt offenbar sein Raketenprogramm voran.", []string{"offenbar evidential PR+"}},
		{"Die Partei scheint zur Koalition bereitzustehen.", []string{"scheint evidential PR+"}},
		{"Anscheinend hat niemand den Fehler bemerkt.", []string{"Anscheinend evidential PR+"}},
		// Look-alikes: light, and "offenbar werden".
		{"Am Nachmittag scheint die Sonne.", nil},
		{"Die Mängel wurden erst spät offenbar.", nil},
	})
}

func TestDistancing(t *testing.T) {
	runCases(t, []classCase{
		{"Die Polizei nahm den mutmaßlichen Täter fest.", []string{"mutmaßlichen distancing U"}},
		{"Sie kritisierte den sogenannten Kompromiss.", []string{"sogenannten distancing U"}},
		{"Der so genannte Rettungsschirm ist umstritten.", []string{"so genannte distancing U"}},
		{"Die vermeintliche Lösung hielt nicht lange.", []string{"vermeintliche distancing U"}},
		{"Die Polizei nahm den Täter fest.", nil},
	})
}

func TestSpeculativeVerb(t *testing.T) {
	runCases(t, []classCase{
		{"Die Polizei geht davon aus, dass der Brand gelegt wurde.", []string{"geht davon aus speculative-verb PR+"}},
		{"Offiziell geht die Regierung davon aus, dass es keine Gefahr gibt.", []string{"geht … davon aus speculative-verb PR+"}},
		{"Die Ermittler schließen einen Anschlag nicht aus.", []string{"schließen … nicht aus speculative-verb PS+"}},
		{"Die Ärzte vermuten eine Vergiftung.", []string{"vermuten speculative-verb PR+"}},
		{"Der Verband bezweifelt, dass die Zahlen stimmen.", []string{"bezweifelt speculative-verb PR-"}},
		{"Die Beute wird auf zwei Milliarden Dollar geschätzt.", []string{"geschätzt speculative-verb PR+"}},
		// Look-alikes: reporting verbs, emanating "ausgehen von", appreciating.
		{"Der Minister betonte, dass die Lage ernst sei.", nil},
		{"Die größte Gefahr geht von den Stürmen aus.", nil},
		{"Die Mitarbeiter schätzen ihren Chef sehr.", nil},
		{"Das Geld wird für die Kinder angenommen.", nil},
	})
}

func TestImpersonal(t *testing.T) {
	runCases(t, []classCase{
		{"Man darf vermuten, dass es sich um China handelt.", []string{"Man darf vermuten impersonal PS+"}},
		{"Es heißt, die Firma sei zahlungsunfähig.", []string{"Es heißt impersonal U"}},
		{"Den Angriff vermuten internationale Experten hinter der Gruppe.", []string{"vermuten … Experten impersonal PR+"}},
		{"Die Stadt gilt als Hochburg der Partei.", []string{"gilt als impersonal PR+"}},
		{"Bekannt ist, dass das Land Kohle verkauft.", []string{"Bekannt ist impersonal CT+"}},
		{"Man vermutet, dass der Täter floh.", []string{"Man vermutet impersonal PR+"}},
		{"Es wird befürchtet, dass die Zahl steigt.", []string{"Es wird befürchtet impersonal PR+"}},
		{"Die Analysten hatten mit einem Gewinn gerechnet.", []string{"Analysten … gerechnet impersonal PR+"}},
		{"Experten zufolge steigen die Preise.", []string{"Experten zufolge impersonal U"}},
		{"Ein hochrangiger Diplomat bestätigte das Treffen.", []string{"hochrangiger Diplomat impersonal U"}},
		{"Die Regierung lud hochrangige Gäste ein.", nil},
		// Named sources are not impersonal.
		{"Ferner heißt es in dem Bericht, das Programm werde fortgesetzt.", nil},
		{"Die Experten des Instituts legten ihren Bericht vor.", nil},
		{"Der Sänger ist bekannt für seine Balladen.", nil},
	})
}

func TestInvestigation(t *testing.T) {
	runCases(t, []classCase{
		{"Bisher ist noch nicht bekannt, warum das Unglück geschah.", []string{"ist noch nicht bekannt investigation U"}},
		{"Derzeit werden die Ursachen geprüft.", []string{"werden … geprüft investigation U"}},
		{"Nach ersten Erkenntnissen war ein Defekt die Ursache.", []string{"Nach ersten Erkenntnissen investigation U"}},
		{"Ob der Vertrag hält, ist unklar.", []string{"ist unklar investigation U"}},
		{"Die Tür ist offen.", nil},
	})
}

func TestCondition(t *testing.T) {
	runCases(t, []classCase{
		{"Wenn das Kerosin abgelassen wird, verdunstet es.", []string{"Wenn condition U"}},
		{"Falls es regnet, fällt das Spiel aus.", []string{"Falls condition U"}},
		{"Sollte der Vertrag scheitern, drohen Neuwahlen.", []string{"Sollte condition U"}},
		// Temporal, concessive and idiomatic wenn.
		{"Die Sonne ist am 4. Juli, wenn die Erde den fernsten Punkt passiert, kleiner.", nil},
		{"Auch wenn der Plan scheiterte, blieb sie im Amt.", nil},
		{"Das ist normal, wenn es ums Familienrecht geht.", nil},
	})
}

func TestHypothetical(t *testing.T) {
	runCases(t, []classCase{
		{"Ein Flug in die USA wäre vertretbar gewesen.", []string{"wäre hypothetical U"}},
		{"Den Auftrag hätte der Konzern gut gebrauchen können.", []string{"hätte hypothetical U"}},
		{"Er sagte: „Ich hätte das Amt gern übernommen.“", []string{"hätte hypothetical U"}},
		// Konjunktiv II that replaces Konjunktiv I in reported speech, and the noun.
		{"Ein Sprecher erklärte, die Tiere würden behandelt.", nil},
		{"Er sei zuversichtlich, da die Feuerwehr Leute gerettet hätte.", nil},
		{"Die Würde des Menschen ist unantastbar.", nil},
		{"Der Pilot hätte den Jet zu spät aufgesetzt.", nil},
		{"Ohne den Regen hätte das Feuer den Wald zerstört.", []string{"hätte hypothetical U"}},
		{"Sie erklärte, er sei krank. Er hätte das Treffen deshalb abgesagt.", nil},
	})
}

func TestApproximator(t *testing.T) {
	runCases(t, []classCase{
		{"Rund 7.500 Kilometer liegen noch vor ihm.", []string{"Rund approximator none"}},
		{"Bei dem Unglück starben mehr als 100 Menschen.", []string{"mehr als approximator none"}},
		{"Es kamen über 200 Gäste, fast alle aus der Stadt.", []string{"über approximator none", "fast approximator none"}},
		{"Das Land hat praktisch kein Internet.", []string{"praktisch approximator none"}},
		// Prepositions and examples.
		{"Rund um den Tatort wurde gesperrt.", nil},
		{"Sie sprachen über die Wahl.", nil},
		{"Viele Tiere, wie etwa Füchse, leben hier.", nil},
		{"Das Gerät ist sehr praktisch.", nil},
	})
}

func TestDowntoner(t *testing.T) {
	runCases(t, []classCase{
		{"Die Isolation hat kaum Auswirkungen.", []string{"kaum downtoner PR-"}},
		{"Das dürfte kaum ausreichen.", []string{"dürfte kaum downtoner PR-"}},
		{"Das dürfte wohl kaum ausreichen.", []string{"dürfte wohl kaum downtoner PR-"}},
		{"Das ist wohl kaum ein Zufall.", []string{"wohl kaum downtoner PR-"}},
		{"Ein Rücktritt ist sehr unwahrscheinlich.", []string{"sehr unwahrscheinlich downtoner PR-"}},
		{"Ein Betrug ist ausgeschlossen.", []string{"ausgeschlossen downtoner CT-"}},
		// Time and quantity kaum, exclusion from a party.
		{"Kaum angekommen, musste er wieder abreisen.", nil},
		{"Kaum jemand kam zur Versammlung.", nil},
		{"Er wurde aus der Partei ausgeschlossen.", nil},
	})
}

func TestLitotes(t *testing.T) {
	runCases(t, []classCase{
		{"Ein Anschlag ist nicht ausgeschlossen.", []string{"nicht ausgeschlossen litotes PS+"}},
		{"Es ist nicht auszuschließen, dass weitere Opfer gefunden werden.", []string{"nicht auszuschließen litotes PS+"}},
		{"Ein Sieg ist nicht unwahrscheinlich.", []string{"nicht unwahrscheinlich litotes PS+"}},
		{"Das Ergebnis ist nicht überraschend.", nil},
	})
}

func TestIntensifier(t *testing.T) {
	for _, tc := range []struct {
		in    string
		text  string
		score float64
	}{
		{"Die Gruppe operiert sehr wahrscheinlich von Nordkorea aus.", "sehr wahrscheinlich", 2.4},
		{"Ein Sieg ist eher unwahrscheinlich.", "eher unwahrscheinlich", -1.5},
		{"Das ist höchst unwahrscheinlich.", "höchst unwahrscheinlich", -2.9},
	} {
		cs := FindString(tc.in)
		if len(cs) != 1 || cs[0].Text != tc.text || cs[0].Modifier == nil || cs[0].Modifier.Class != Intensifier {
			t.Errorf("%s: got %+v, want one cue %q with an intensifier", tc.in, cs, tc.text)
			continue
		}
		if d := cs[0].Score - tc.score; d > 1e-9 || d < -1e-9 {
			t.Errorf("%s: score %v, want %v", tc.in, cs[0].Score, tc.score)
		}
	}
	// An intensifier alone is no cue.
	runCases(t, []classCase{{"Das Wetter war sehr schön.", nil}})
}
