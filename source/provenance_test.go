package source

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestProvenance covers the frames that trace content back to a source without
// anyone saying it (geht auf Informationen X zurück, beruht auf Angaben X), nested
// in the attribution that reports them so that the chain runs from the reporter to
// the origin, and the document anaphor (Das geht aus X hervor), whose content is
// the anaphor.
func TestProvenance(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"inside a content clause: the chain runs reporter, origin",
			"Das UN-Expertengremium betont in dem Bericht, dass die jüngsten Einschätzungen auf Informationen eines Mitgliedslands zurückgingen.",
			[]string{
				"indirect {dass die jüngsten Einschätzungen auf Informationen eines Mitgliedslands zurückgingen} speaker {Das UN-Expertengremium} cue {betont} chain [UN-Expertengremium]",
				"reported {die jüngsten Einschätzungen} speaker {eines Mitgliedslands} cue {auf Informationen … zurückgingen} chain [UN-Expertengremium > Mitgliedslands]",
			}},
		{"a main clause with the particle apart",
			"Die Angaben gingen auf Informationen eines Mitgliedslands zurück.",
			[]string{"reported {Die Angaben} speaker {eines Mitgliedslands} cue {gingen … auf Informationen … zurück} chain [Mitgliedslands]"}},
		{"beruhen auf with a von-attribute",
			"Die Zahlen beruhen auf Angaben von Hilfsorganisationen.",
			[]string{"reported {Die Zahlen} speaker {Hilfsorganisationen} cue {beruhen auf Angaben} chain [Hilfsorganisationen]"}},
		{"look-alike: zurückgehen as a decline", "Die Zahl der Unfälle ging auf den Stand von 1990 zurück.", nil},
		{"look-alike: information without a source", "Der Erfolg beruht auf Informationen.", nil},
		{"the document anaphor: the content is das, the sentence before stays the author's",
			"Trotz Sanktionen treibt das Land sein Programm voran. Das geht aus einem vertraulichen Bericht der Vereinten Nationen hervor.",
			[]string{"reported {Das} speaker {einem vertraulichen Bericht der Vereinten Nationen} cue {geht … aus … hervor} chain [Bericht der Vereinten Nationen]"}},
		{"look-alike: hervorgehen with a noun subject keeps the clause",
			"Ein Anstieg der Preise geht aus dem Bericht der Behörde hervor.",
			[]string{"reported {Ein Anstieg der Preise geht aus … hervor} speaker {dem Bericht der Behörde} cue {geht … aus … hervor} chain [Bericht der Behörde]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, renderAll(tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
