package source

import (
	"testing"

	"github.com/aussage/aussage"
	"github.com/google/go-cmp/cmp"
)

// TestWordsAndPlaces covers quotations whose speaker is not the plain subject of
// a verb of saying: slogans chanted or written (Parolen wie „…“, skandierten „…“,
// and the carrier of an inscription: ein Transparent mit der Aufschrift „…“), the
// agent of a passive (von X, in den Medien), a document or medium as the place
// where the words stand (In einem Schreiben war von „…“ die Rede), a relay named
// by its web address inside a colon frame, a colon frame after a wonach clause, a
// quoted fragment in a relative clause whose pronoun is its subject, the object
// of a verb of saying, a speech act (verteidigte den Plan) whose speaker the
// subjunctive sentences after it go on quoting, and the look-alikes of each.
func TestWordsAndPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a slogan after a slogan noun and wie is the marchers' words",
			"Am Abend zogen Studenten vor das Parlament und skandierten Parolen wie „Gestohlene Wahl“.",
			[]string{
				"direct {„Gestohlene Wahl“} speaker {Studenten} cue {skandierten} chain [Studenten]",
			}},
		{"a slogan written on a banner is the banner's, not the subject's",
			"Die Polizei beschlagnahmte ein Transparent mit der Aufschrift „Kleine Klassen Jetzt“.",
			[]string{
				"direct {„Kleine Klassen Jetzt“} speaker {ein Transparent} cue {} chain [Transparent]",
			}},
		{"look-alike: a slogan chanted without a carrier is the subject's",
			"Die Eltern der Schüler skandierten „Kleine Klassen Jetzt“.",
			[]string{
				"direct {„Kleine Klassen Jetzt“} speaker {Die Eltern der Schüler} cue {skandierten} chain [Eltern der Schüler]",
			}},
		{"look-alike: an event's motto quotes nobody",
			"Unter dem Motto „Freie Presse“ zogen Studenten durch die Stadt.",
			nil},
		{"a slogan chanted by the agent of a passive, its participle right after the quotation",
			"Die Rede der Ministerin wurde von einer mit einer Trommel ausgerüsteten, sichtlich empörten Frau mit einem immer wieder skandierten „Frieden ohne Waffen“ begleitet.",
			[]string{
				"direct {„Frieden ohne Waffen“} speaker {einer mit einer Trommel ausgerüsteten, sichtlich empörten Frau} cue {} chain [Frau]",
			}},
		{"look-alike: a passive agent in a clause before the quotation's own",
			"Der Name wird von dem Forscher Paul Berg abgeleitet, er lautet also „kleiner Drache vom Berg“.",
			nil},
		{"the medium a passive names as where a judgement appeared",
			"In den Medien war der Vertrag schon als „Geschäft des Jahrzehnts“ bezeichnet worden.",
			[]string{
				"direct {„Geschäft des Jahrzehnts“} speaker {den Medien} cue {war … bezeichnet worden} chain [Medien]",
			}},
		{"look-alike: the subject of a passive is what is named, and no agent speaks",
			"Der Vertrag war schon als „Geschäft des Jahrzehnts“ bezeichnet worden.",
			nil},
		{"an extended attribute before the head of the speaker's phrase",
			"Laut der von der Regierung eingesetzten Kommission ist die Lage ernst.",
			[]string{
				"indirect {ist die Lage ernst} speaker {der von der Regierung eingesetzten Kommission} cue {Laut} chain [Kommission]",
			}},
		{"look-alike: a pronominal adverb in the first field is no subject",
			"Die Wahl wird für Sonntag erwartet. Davon geht der zuständige Minister Paul Berg aus.",
			[]string{
				"reported {Davon geht … aus} speaker {der zuständige Minister Paul Berg} cue {Davon … geht … aus} chain [Paul Berg]",
			}},
		{"a document as the place of a quoted fragment",
			"In einem internen Schreiben an die Mitarbeiter war von einem „offenen Dialog“ die Rede.",
			[]string{
				"direct {„offenen Dialog“} speaker {einem internen Schreiben} cue {} chain [Schreiben]",
			}},
		{"a document as the place of a colon frame without a speaker",
			"Derzeit steht in dem Gesetzentwurf noch der Passus: „Die Daten sind sofort zu löschen.“",
			[]string{
				"direct {„Die Daten sind sofort zu löschen.“} speaker {dem Gesetzentwurf} cue {steht} chain [Gesetzentwurf]",
			}},
		{"a newspaper as the place of a quoted sentence",
			"In der Zeitung fand sich dazu die Feststellung „Wir stellen uns neu auf und bleiben unabhängig“.",
			[]string{
				"direct {„Wir stellen uns neu auf und bleiben unabhängig“} speaker {der Zeitung} cue {} chain [Zeitung]",
			}},
		{"look-alike: a speaker in the clause outranks the document it speaks in",
			"In seiner Rede sagte der Minister: „Wir bleiben hart.“",
			[]string{
				"direct {„Wir bleiben hart.“} speaker {der Minister} cue {sagte} chain [Minister]",
			}},
		{"look-alike: a bare name before a colon outranks the document after the verb",
			"Berger sieht in dem Urteil eine Bestätigung: „Das Gericht stärkt die Bürger.“",
			[]string{
				"direct {„Das Gericht stärkt die Bürger.“} speaker {Berger} cue {sieht} chain [Berger]",
			}},
		{"look-alike: in die names where words go, not where they stand",
			"Die Kritik fand ihren Weg in die Zeitung, die Lage sei „verheerend“.",
			nil},
		{"a relay named by its web address inside a colon frame",
			"Anna Berg, eine Sprecherin des Vereins, kommentierte den Beschluss laut „news.example.org“ mit folgenden Worten: „Das ist ein schwarzer Tag.“",
			[]string{
				"direct {„Das ist ein schwarzer Tag.“} speaker {Anna Berg, eine Sprecherin des Vereins} cue {kommentierte … mit folgenden Worten} chain [„news.example.org“ > Anna Berg]",
				"direct {„Das ist ein schwarzer Tag.“} speaker {„news.example.org“} cue {kommentierte … mit folgenden Worten} chain [„news.example.org“]",
			}},
		{"a colon after a wonach clause: the main clause's subject goes on",
			"Der Minister Karl Huber reagierte. Er schließt sich dem Verdacht der Kritiker an, wonach die Wahl politisch motiviert sei: „Das sieht doch jeder.“",
			[]string{
				"indirect {die Wahl politisch motiviert sei: „Das sieht doch jeder.“} speaker {wonach} cue {wonach} chain []",
				"direct {„Das sieht doch jeder.“} speaker {Er} cue {schließt sich} chain [Karl Huber]",
			}},
		{"a quoted fragment in a relative clause is the words of the pronoun's antecedent",
			"Kritik kommt vom Fahrgastverband, der diese Maßnahme als „Kapitulation“ vor den Randalierern sieht.",
			[]string{
				"direct {„Kapitulation“} speaker {der} cue {} chain [Fahrgastverband]",
			}},
		{"a plural verb after a singular phrase makes die the subject",
			"Der Präsident unterstützt die Veteranen, die die Gefahr einer „Invasion durch Fremde“ beschwören.",
			[]string{
				"direct {„Invasion durch Fremde“} speaker {die} cue {} chain [Veteranen]",
			}},
		{"look-alike: a relative clause that describes its antecedent",
			"Es gibt Kunden, die für die „grüne Gentechnik“ nicht offen sind.",
			nil},
		{"look-alike: die opening an infinitive clause is an article",
			"Der Senat stimmte dem Entwurf zu, mit dem sich die Staaten verpflichten, die „grausame Behandlung Gefangener“ zu ächten.",
			nil},
		{"look-alike: an antecedent that says nothing",
			"Die Tagung endete mit einer Regelung, die sich „möglicherweise“ dem Vorschlag anschließt.",
			nil},
		{"verteidigen names the speaker of the subjunctive sentences that follow",
			"Die Vorsitzende Eva Kern verteidigte den Plan. Die Kosten seien „vertretbar“.",
			[]string{
				"free-indirect {Die Kosten seien „vertretbar“.} speaker {Die Vorsitzende Eva Kern} cue {} chain [Eva Kern]",
				"direct {„vertretbar“} speaker {Die Vorsitzende Eva Kern} cue {} chain [Eva Kern]",
			}},
		{"the object of a verb of saying is its subject's words, though the colon frames what follows",
			"Der Minister verspricht „Reformen ohne Ausnahme“: Niemand werde verschont.",
			[]string{
				"direct {„Reformen ohne Ausnahme“} speaker {Der Minister} cue {} chain [Minister]",
				"direct {Niemand werde verschont} speaker {Der Minister} cue {verspricht} chain [Minister]",
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

// TestSloganAndAddressKinds checks the kind of a quotation that looks like a name
// but is a slogan (after Parolen wie, skandierten, mit der Aufschrift) or a web
// address, and the names it must not take for either.
func TestSloganAndAddressKinds(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a slogan is someone's words", "Sie riefen Sprüche wie „Gestohlene Wahl“ und trugen Schilder mit der Aufschrift „Freie Presse“.",
			[]string{"partial „Gestohlene Wahl“", "partial „Freie Presse“"}},
		{"a quoted sentence after a slogan noun stays speech", "Auf dem Transparent stand die Parole „Wir bleiben hier. Wir geben nicht auf.“",
			[]string{"speech „Wir bleiben hier. Wir geben nicht auf.“"}},
		{"look-alike: wie after a verb is no slogan noun's", "Er kam wie „Rumpelstilzchen“ in den Saal.",
			[]string{"scare „Rumpelstilzchen“"}},
		{"look-alike: a name after a group noun stays a title", "Die Gruppe „Freie Presse“ demonstrierte.",
			[]string{"title „Freie Presse“"}},
		{"a web address is a name", "Laut „news.example.org“ ist die Lage ruhig.",
			[]string{"title „news.example.org“"}},
		{"look-alike: words joined by a dot without a domain", "Die Datei „bericht.final“ fehlt.",
			[]string{"scare „bericht.final“"}},
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

// TestCueWords covers the readings that need a particle or the first word of a
// fixed phrase in their clause (teilte … mit, ging davon aus, gab … bekannt),
// which verbFrames turns away by the cue-word masks of the unit and the clause,
// and look-alikes whose clause holds another particle or none.
func TestCueWords(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a separated particle completes the verb of saying",
			"Die Polizei teilte am Montag mit, der Täter sei gefasst.",
			[]string{"indirect {der Täter sei gefasst} speaker {Die Polizei} cue {teilte … mit} chain [Polizei]"}},
		{"look-alike: another particle makes another verb",
			"Die Polizei teilte die Beute auf, der Täter sei gefasst.",
			nil},
		{"the fixed words of the phrase stand in the clause",
			"Der Minister geht davon aus, dass die Preise steigen.",
			[]string{"indirect {dass die Preise steigen} speaker {Der Minister} cue {geht … davon … aus} chain [Minister]"}},
		{"look-alike: the verb without its fixed words frames nothing",
			"Der Minister geht heute aus, weil die Preise steigen.",
			nil},
		{"a particle that is an adjective (bekanntgeben)",
			"Der Sprecher gab am Abend bekannt, dass die Wahl verschoben werde.",
			[]string{"indirect {dass die Wahl verschoben werde} speaker {Der Sprecher} cue {gab … bekannt} chain [Sprecher]"}},
		{"look-alike: nachgeben is no verb of saying",
			"Der Sprecher gab am Abend nach, dass die Wahl verschoben werde.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, renderAll(tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
