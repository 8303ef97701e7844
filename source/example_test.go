package source_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/source"
)

// The attributions of a short report: a direct quote with its frame after it, a
// prepositional frame, and indirect speech continued in the subjunctive.
func ExampleDetector_Find() {
	t := aussage.NewText("„Wir werden das Werk nicht schließen“, sagte die Sprecherin. " +
		"Laut der Gewerkschaft stehen dennoch 300 Stellen auf dem Spiel. " +
		"Der Betriebsrat erklärte, man sei gesprächsbereit. Eine Einigung sei aber noch fern.")
	r := source.Detector{}.Find(t)
	for _, a := range r.Attributions {
		name := ""
		if a.Source >= 0 {
			name = r.Sources[a.Source].Name
		}
		fmt.Printf("%-13s %-15s %s\n", a.Type, name, t.Slice(a.Content[0]))
	}
	// Output:
	// direct        Sprecherin      „Wir werden das Werk nicht schließen“
	// indirect      Gewerkschaft    stehen dennoch 300 Stellen auf dem Spiel
	// indirect      Betriebsrat     man sei gesprächsbereit
	// free-indirect Betriebsrat     Eine Einigung sei aber noch fern.
}

// The seed article: who says what, through whom. The chain lists the sources from
// the outermost relay to the original speaker; the author is implied before them.
func ExampleDetector_Find_seed() {
	b, err := os.ReadFile("../testdata/nordkorea-2020-08.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	t := aussage.NewText(string(b))
	r := source.Detector{}.Find(t)
	for _, a := range r.Attributions {
		if a.Parent >= 0 {
			continue // quoted fragments nested in another attribution
		}
		chain := []string{"author"}
		for _, s := range a.Chain {
			chain = append(chain, r.Sources[s].Name)
		}
		content := t.Slice(a.Content[0])
		if len(content) > 30 {
			content = content[:strings.LastIndex(content[:30], " ")] + " …"
		}
		fmt.Printf("%-9s %-22s %-30s %s\n", a.Type, a.Lemma, content, strings.Join(chain, " → "))
	}
	// Output:
	// reported  aus hervorgehen        Das                            author → Rapport der Vereinten Nationen
	// indirect  zu dem Schluss kommen  dass Nordkorea …               author → UN-Expertengremium zur Einhaltung von Sanktionen
	// indirect  heißen                 dass Pjöngjang sein …          author → Rapport der Vereinten Nationen
	// indirect  betonen                dass die jüngsten …            author → UN-Expertengremium zur Einhaltung von Sanktionen
	// indirect  deutlich machen        dass er in dem …               author → Kim Jong-un
	// direct    zitieren               „Dank unserer …                author → Staatsmedien → Kim Jong-un
	// direct    zitieren               „Dank unserer …                author → Staatsmedien
	// indirect  vermuten               Diese Hacker greifen durch …   author → internationale Experten
	// indirect  zufolge                wird die bisherige Beute …     author → UN-Bericht
	// reported  dementieren            Offiziell dementiert           author → Kim Jong-un
	// reported  von ausgehen           die Vereinten Nationen gehen … author → Vereinten Nationen
}

// Quotation marks and what they enclose.
func ExampleDetector_Quotes() {
	t := aussage.NewText("Die Gruppe „Lazarus“ nutzt eine „Ransomware“ genannte Software, " +
		"sagte ein Ermittler. Sie sei „sehr professionell“.")
	for q := range (source.Detector{}).Quotes(t) {
		fmt.Println(q.Kind, t.Slice(q.Span))
	}
	// Output:
	// title „Lazarus“
	// term „Ransomware“
	// partial „sehr professionell“
}
