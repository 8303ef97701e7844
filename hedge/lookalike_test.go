package hedge

import "testing"

// Look-alikes found by running the detector over news text it was not written for.
// Each case pairs a hedge with the look-alike that fooled an earlier version.

func TestApproximatorLookalikes(t *testing.T) {
	runCases(t, []classCase{
		{"Der Zoo freut sich über 19 frisch geschlüpfte Küken.", nil},
		{"Das Amt stellte eine Rechnung über 396 Euro aus.", nil},
		{"Am Abend diskutierte der Landtag über zehn Anträge der Opposition.", nil},
		{"Derzeit kursieren über 60 Varianten der Software im Netz.", []string{"über approximator none"}},
		{"Gemeldet wurden ein Viertel mehr Fälle als 2014.", nil},
		{"Gemeldet wurden ein Viertel mehr als 2014.", nil},
		{"Im Sommer 2014 starben mehr als 2.200 Menschen.", []string{"mehr als approximator none"}},
		{"Da hatte man wenigstens noch etwas auf dem Teller.", nil},
		{"Es kamen wenigstens 300 Zuschauer.", []string{"wenigstens approximator none"}},
		{"Bis zu einer Revolution im Jahr 1962 regierte dort ein König.", nil},
		{"Den Tätern wird ein Nachlass bis zu einem Drittel der Strafe gewährt.", []string{"bis zu approximator none"}},
		{"Sie verpasste nur knapp den zweiten Platz.", nil},
		{"Knapp die Hälfte der Gäste reiste früher ab.", []string{"Knapp approximator none"}},
		{"Das Gerät kostet etwa zwischen 600 und 900 Euro.", []string{"etwa approximator none"}},
		{"Auf dem Gelände warten schätzungsweise 3.000 Menschen.", []string{"schätzungsweise approximator none"}},
		{"Ein Besuch der Gedenkstätte wäre etwa eine mögliche Maßnahme.", []string{"wäre hypothetical U"}},
		{"Etwa einer von drei Befragten stimmte zu.", []string{"Etwa approximator none"}},
		{"Sie wohnte mehr als ein halbes Jahrhundert dort.", []string{"mehr als approximator none"}},
		{"Die Agentur bewertet das Land mit dem Rating Ca.", nil},
	})
}

func TestReportativeLookalikes(t *testing.T) {
	runCases(t, []classCase{
		// Advice, plans and rules with sollte/sollen.
		{"Wer mehr ausgeben will, sollte laut den Testern zur teureren Kamera greifen.", nil},
		{"Die Untersuchung sollte im Sommer fertiggestellt sein.", nil},
		{"Laut Verfassung sollen der Regierung Politiker aller Parteien angehören.", nil},
		{"Er will klären, wie lange die Truppen im Land bleiben sollen.", nil},
		{"Ein eigener Modus soll Katzen auf Trab halten.", nil},
		{"Sollte der Verkauf scheitern, drohen Kündigungen.", []string{"Sollte condition U"}},
		// Hearsay.
		{"Rund 700 Bürger sollen es bisher getan haben.", []string{"Rund approximator none", "sollen reportative U"}},
		{"Auf der Insel sollen nach Schätzungen 15.000 Menschen festsitzen.", []string{"sollen reportative U"}},
		{"Der Pilot soll bei dem Absturz ums Leben gekommen sein.", []string{"soll reportative U"}},
		// A past expectation, and a purpose named by an instrument.
		{"Das Programm sollte kurz darauf das Paket entdeckt haben.", nil},
		{"Mit dem Fonds sollen laut Ministerium die Nachbarländer unterstützt werden.", nil},
		// wollen with an infinitive of its own: the perfect belongs to the next clause.
		{"Es kamen immer mehr, weil viele nicht einrücken wollten und kein Versteck gefunden haben.", nil},
	})
}

func TestEpistemicModalLookalikes(t *testing.T) {
	runCases(t, []classCase{
		{"Das Feuer muss in der Küche ausgebrochen sein.", []string{"muss epistemic-modal PR+"}},
		{"Die Tür muss nachts geschlossen sein.", nil},
		{"Die Schleusen wurden geöffnet, damit Hilfsgüter in die Stadt gelangen könnten.", nil},
		{"Es fehlen die Stellen, in die wir jemanden vermitteln könnten.", nil},
		{"Nach den Schengen-Regeln dürften Flüchtlinge nur mit gültigen Papieren einreisen.", nil},
		{"Der Sender wird über Satellit in ganz Deutschland zu empfangen sein.", nil},
		{"Der Trainer wird einiges dagegen haben.", nil},
		{"Die meisten werden erst einmal arbeitslos sein.", nil},
		// Requirements, not inferences.
		{"Man muss das Programm vorher installiert haben.", nil},
		{"Um eine Wohnung zu bekommen, müssen Zuwanderer den Kurs abgeschlossen haben.", nil},
	})
}

func TestHypotheticalLookalikes(t *testing.T) {
	runCases(t, []classCase{
		// Plural Konjunktiv II continues reported speech across sentences.
		{"Ein Bericht erhebt schwere Vorwürfe. Demnach seien die Zustände prekär. Mitarbeiter würden überwacht und versetzt.", nil},
		{"Die Forscherin erläuterte ihre Ergebnisse. Zwar würden Menschen anders schlafen als Vögel.", nil},
		{"Die Forscherin erläuterte, Menschen würden anders schlafen.", nil},
		{"Seiner Meinung nach hätten die Behörden versagt.", nil},
		// A singular after a report is still the author's; so is a conditional.
		{"Ein Polizist sagte, sie hätten die Granate gesprengt. Bewohner hätten dafür ihre Wohnungen verlassen müssen.", nil},
		{"Der Trainer sagte, er sei zufrieden. Das Team liegt vorn. Ein weiteres Tor würde die Kritiker verstummen lassen.", []string{"würde hypothetical U"}},
		{"Der Trainer sagte, er sei zufrieden. Das Team liegt vorn. Weitere Tore würden die Kritiker verstummen lassen.", []string{"würden hypothetical U"}},
		{"Die Kommission sagte nichts dazu. Würden die Pläne umgesetzt, hätten Verlage einen Vorteil.", []string{"Würden hypothetical U", "hätten hypothetical U"}},
	})
}

func TestConditionLookalikes(t *testing.T) {
	runCases(t, []classCase{
		{"Immer, wenn der Film Erfolg hat, wollen die Geldgeber mehr.", nil},
		{"Es passierte häufig dann, wenn ihm die Argumente ausgingen.", nil},
		{"Tote haben auch dann, wenn es sich um Fremde handelt, Anspruch auf Würde.", nil},
		{"Die Folge wäre eine Drosselung, wenn nicht gar das Ende des Wettbewerbs.", []string{"wäre hypothetical U"}},
		{"Die Grenze solle ohne wenn und aber geöffnet werden.", nil},
		{"Der Akku ist schwach, aber ansonsten ist das Modell gut.", nil},
		{"Die Firma muss zahlen, ansonsten drohen hohe Strafen.", []string{"ansonsten condition U"}},
		{"Im Fall dieses Heftes wurde das Gesetz verletzt.", nil},
		{"Im Falle des Scheiterns drohen Neuwahlen.", []string{"Im Falle condition U"}},
		{"Im Falle einer Rückkehr gibt er den Posten ab.", []string{"Im Falle condition U"}},
		{"Eine Prüfung des Falls wurde für Montag angesetzt.", nil},
	})
}

func TestBoosterLookalikes(t *testing.T) {
	runCases(t, []classCase{
		{"Der Neuling muss sich im Kampf beweisen.", nil},
		{"Im letzten Test bewies er seinen Torriecher.", nil},
		{"Der Anschlag beweist, dass die Gefahr wächst.", []string{"beweist booster CT+"}},
		{"Ob er zurücktritt, steht noch nicht fest.", []string{"steht noch nicht fest investigation U"}},
		{"Fühlen Sie sich sicher?", nil},
		{"Der Fischer kann es kaum glauben.", nil},
		{"Ab der dritten Runde glaubte ich daran.", nil},
		{"Die Firma hat ein wohl dokumentiertes Verhältnis zu freien Lizenzen.", nil},
		{"Der wohl bekannteste Zwischenfall ereignete sich 1945.", []string{"wohl epistemic-adverb PR+"}},
	})
}

func TestSpeculativeVerbLookalikes(t *testing.T) {
	runCases(t, []classCase{
		{"Nutzer können über das Headset Anrufe annehmen, entgangene Anrufe beantworten und SMS lesen.", nil},
		{"Die Künstlerin nimmt sich des Themas keineswegs per Fotografie an, sondern malt.", []string{"keineswegs downtoner CT-"}},
		{"Arbeitslose sollen gedrängt werden, Jobs anzunehmen, sagt er.", nil},
		{"Ich nehme an, dass ich der Chef bin.", []string{"nehme an speculative-verb PR+"}},
		{"Eine strikte Haltung wird geschätzt, ergab eine Studie.", nil},
		{"Der Schaden wird auf 800 Millionen geschätzt, umgerechnet 407 Millionen Euro.", []string{"geschätzt speculative-verb PR+"}},
		{"Die Pleite traf die Firma schlimmer als befürchtet.", nil},
		{"Wenn Ökonomen Flexibilisierung meinen, dann geht es um Löhne.", []string{"Wenn condition U"}},
		{"Die Nutzung der Schienen ist teuer.", nil},
	})
}

func TestImpersonalLookalikes(t *testing.T) {
	runCases(t, []classCase{
		{"Die Miliz steht im Verdacht, Giftgas eingesetzt zu haben.", []string{"steht im Verdacht impersonal PR+"}},
		{"Der Mann wird verdächtigt, das Feuer gelegt zu haben.", []string{"wird verdächtigt impersonal PR+"}},
		{"Trotz langer Recherche konnten Experten keinen Hinweis finden.", nil},
		{"Auf die Übernahme reagierten viele Marktbeobachter mit Skepsis.", nil},
		{"Es heißt natürlich St. Leonhard, nicht St. Leonhardt.", nil},
		{"Im Halbfinale heißt es dann alles geben, meinte er.", nil},
		{"Die Ursache sei unklar, hieß es.", []string{"sei unklar investigation U", "hieß es impersonal U"}},
		{"Über die Verletzungen ist bislang nichts bekannt.", []string{"ist bislang nichts bekannt investigation U"}},
		{"Rechnet man mit acht Tonnen pro Wagen, dann braucht es 60.000 Fahrten.", nil},
		{"Im Redefluss hört man Verzweiflung und Wut.", nil},
		{"Immer wieder hört man von Hinrichtungen.", []string{"hört man impersonal U"}},
		{"Es gilt als ausgeschlossen, dass er antritt.", []string{"gilt als ausgeschlossen impersonal CT-"}},
		{"Nach einem Bericht des Senders käme es dort häufig zu Unfällen.", nil},
	})
}
