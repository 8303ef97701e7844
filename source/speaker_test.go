package source

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSpeakers covers how the speaker of a quotation is found when no reporting
// verb stands next to it: the subject of its sentence, a tail or so-frame, the
// speaker of the quotation before, and the look-alikes that must not name one.
func TestSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a bare name as the subject of the sentence", "Petrowitsch sieht in dem Vorgehen eine „Provokation, die der Regierung sehr gelegen kam“.",
			[]string{"direct {„Provokation, die der Regierung sehr gelegen kam“} speaker {Petrowitsch} cue {} chain [Petrowitsch]"}},
		{"look-alike: a common noun as the subject", "Zweifel weckte auch die „Reform“ der Behörden.",
			nil},
		{"so with a pronoun", "Die Aktivistin verteilte Flugblätter. „Die Tiere leiden jeden Tag“, so letztere.",
			[]string{"direct {„Die Tiere leiden jeden Tag“} speaker {letztere} cue {so} chain [letztere]"}},
		{"a quotation after a tail frame goes on with its speaker", "„Ich trete wieder an“, betonte Gruber in Linz. „Meine Positionen sind dieselben geblieben.“",
			[]string{
				"direct {„Ich trete wieder an“} speaker {Gruber} cue {betonte} chain [Gruber]",
				"direct {„Meine Positionen sind dieselben geblieben.“} speaker {Gruber} cue {} chain [Gruber]",
			}},
		{"a surname with a particle opens the sentence", "Die Ministerin Maria von der Heide besuchte Kassel. Von der Heide betonte, unter den Bewerbern seien „viele erfahrene Kräfte“.",
			[]string{
				"indirect {unter den Bewerbern seien „viele erfahrene Kräfte“} speaker {Von der Heide} cue {betonte} chain [Von der Heide]",
				"direct {„viele erfahrene Kräfte“} speaker {Von der Heide} cue {betonte} chain [Von der Heide]",
			}},
		{"look-alike: von with an agent", "Von der Regierung hieß es, man sei zufrieden.",
			[]string{"indirect {man sei zufrieden} speaker {der Regierung} cue {hieß … es} chain [Regierung]"}},
		{"heißt es on a website", "Auf der Homepage des Vereins heißt es: „Wir feiern im Mai.“",
			[]string{"direct {„Wir feiern im Mai.“} speaker {der Homepage des Vereins} cue {heißt … es} chain [Homepage des Vereins]"}},
		{"heißt es in a statement with an adverb inside", "„Wir bedauern den Vorfall“, heißt es in einer gestern verbreiteten Erklärung.",
			[]string{"direct {„Wir bedauern den Vorfall“} speaker {einer gestern verbreiteten Erklärung} cue {heißt … es} chain [Erklärung]"}},
		{"the object comes first, a pronoun after the verb", "Die Haltung der Partei bezeichnete er als „scheinheilig“.",
			[]string{"direct {„scheinheilig“} speaker {er} cue {bezeichnete} chain [er]"}},
		{"a colon frame in Konjunktiv I goes on with the speaker before", "Die Kommissarin sagte in Brüssel, man müsse handeln. Die Pflichten der Staaten seien klar festgelegt: „Nationales Recht muss dem Vertrag folgen.“",
			[]string{
				"indirect {man müsse handeln} speaker {Die Kommissarin} cue {sagte} chain [Kommissarin]",
				"direct {„Nationales Recht muss dem Vertrag folgen.“} speaker {Die Kommissarin} cue {seien} chain [Kommissarin]",
			}},
		{"the verb-first conjunct names the speaker", "Als ein Fluggast helfen wollte, stieß der Mann ihn weg und rief: „Lasst mich gehen!“",
			[]string{"direct {„Lasst mich gehen!“} speaker {der Mann} cue {rief} chain [Mann]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, renderAll(tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
