package aussage_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/claim"
)

// Example analyses the seed article, a commentary on North Korea's nuclear programme,
// and prints who claims what: each attributed claim with its chain of sources (the
// author first) and the innermost source's certainty, and the author's own hedged
// claims.
func Example() {
	article, err := os.ReadFile("testdata/nordkorea-2020-08.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := claim.AnalyzeBytes(article)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("date:", doc.Date)
	for _, c := range doc.Claims {
		if len(c.Chain) == 1 && c.Factuality.String() == "CT+" {
			continue // the author's plain statements
		}
		text := []rune(doc.Text().Slice(c.Span))
		if len(text) > 40 {
			text = append(text[:40], '…')
		}
		fmt.Printf("%-3s %s\n    %s\n", c.Factuality, strings.Join(doc.ChainNames(c), " → "), string(text))
	}
	// Output:
	// date: 2020-08
	// PR+ author
	//     Trotz internationaler Sanktionen treibt …
	// CT+ author → Rapport der Vereinten Nationen
	//     Das
	// PR+ author → UN-Expertengremium zur Einhaltung von Sanktionen
	//     dass Nordkorea „wahrscheinlich sehr klei…
	// CT+ author → Rapport der Vereinten Nationen
	//     dass Pjöngjang sein Atomprogramm generel…
	// CT+ author → UN-Expertengremium zur Einhaltung von Sanktionen
	//     dass die jüngsten Einschätzungen auf Inf…
	// CT+ author → UN-Expertengremium zur Einhaltung von Sanktionen → Mitgliedslands
	//     die jüngsten Einschätzungen
	// PS+ author
	//     aber man darf vermuten, dass es sich um …
	// CT+ author → Kim Jong-un
	//     dass er in dem Atomwaffenarsenal eine Si…
	// CT+ author → Staatsmedien → Kim Jong-un
	//     „Dank unserer zuverlässigen und wirksame…
	// PR- author
	//     Aber das dürfte kaum ausreichen, um im A…
	// PS+ author
	//     Die Lösung dieses Rätsels könnte lauten:…
	// PR+ author
	//     Indizien dafür gibt es genug, vor allem …
	// PR+ author → internationale Experten
	//     Diese Hacker greifen durch eine „Ransomw…
	// PR+ author → UN-Bericht
	//     wird die bisherige Beute Pjöngjangs aus …
	// Uu  author
	//     Das wäre rund ein Zehntel der gesamten w…
	// CT- author → Kim Jong-un
	//     Offiziell dementiert Kim Jong-un zwar ei…
	// PR+ author → Vereinten Nationen
	//     die Vereinten Nationen gehen als Urheber…
}

// ExampleText shows that spans always point into the original bytes, although
// matching happens on a normalised view.
func ExampleText() {
	t := aussage.NewText("„Sank\u00adtionen“ – sagte er.")
	fmt.Printf("view: %s\n", t.View())
	for _, tok := range t.Tokens() {
		fmt.Printf("%-11s %-8v %q\n", tok.Kind, tok.Span, t.Slice(tok.Span))
	}
	// Output:
	// view: "Sanktionen" - sagte er.
	// quote-open  [0,3)    "„"
	// word        [3,15)   "Sank\u00adtionen"
	// quote-close [15,18)  "“"
	// dash        [19,22)  "–"
	// word        [23,28)  "sagte"
	// word        [29,31)  "er"
	// punct       [31,32)  "."
}

// ExampleText_Verbs lists the subjunctive verbs that mark indirect speech.
func ExampleText_Verbs() {
	t := aussage.NewText("Die Polizei teilte mit, der Fahrer sei verletzt worden und habe keinen Führerschein gehabt.")
	toks := t.Tokens()
	for _, v := range t.Verbs() {
		if v.Mood == aussage.Konjunktiv1 {
			fmt.Println(toks[v.Token].Text, v.Lemma, v.Mood)
		}
	}
	// Output:
	// sei sein konjunktiv1
	// habe haben konjunktiv1
}
