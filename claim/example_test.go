package claim_test

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/aussage/aussage/claim"
)

const report = "Die Polizei teilte mit, der Fahrer sei vermutlich zu schnell gefahren. " +
	"Ein Sprecher des Herstellers dementierte einen technischen Defekt. " +
	"Der Schaden dürfte bei rund zwei Millionen Euro liegen."

// ExampleAnalyze prints who claims what, through whom, and how surely.
func ExampleAnalyze() {
	doc, err := claim.Analyze(report)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range doc.Claims {
		fmt.Printf("%-3s %-28s %s\n", c.Factuality, strings.Join(doc.ChainNames(c), " → "), doc.Text().Slice(c.Span))
	}
	// Output:
	// CT+ author                       Die Polizei teilte mit,
	// PR+ author → Polizei             der Fahrer sei vermutlich zu schnell gefahren
	// CT- author → Sprecher des Herstellers Ein Sprecher des Herstellers dementierte einen technischen Defekt
	// PR+ author                       Der Schaden dürfte bei rund zwei Millionen Euro liegen.
}

// ExampleDocument_ClaimsOf lists what one source claims, with the flags a
// fact-checker wants to see.
func ExampleDocument_ClaimsOf() {
	doc, err := claim.Analyze(report)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range doc.Sources {
		for _, c := range doc.ClaimsOf(s.ID) {
			fmt.Printf("%s (%s): %q %s %s %v\n", s.Name, s.Kind, doc.Text().Slice(c.Span), c.Factuality, c.Polarity, c.Flags)
		}
	}
	// Output:
	// Polizei (organisation): "der Fahrer sei vermutlich zu schnell gefahren" PR+ positive []
	// Sprecher des Herstellers (person): "Ein Sprecher des Herstellers dementierte einen technischen Defekt" CT- negative [denial]
}

// ExampleClaim_Values shows FactBank's per-source view: the author reports what the
// police say without committing to it.
func ExampleClaim_Values() {
	doc, err := claim.Analyze("Die Polizei geht davon aus, dass der Brand gelegt wurde.")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range doc.Claims {
		fmt.Println(doc.Text().Slice(c.Span))
		for _, v := range c.Values {
			fmt.Printf("  %-6s %s %+.1f\n", v.Source, v.Value, v.Score)
		}
	}
	// Output:
	// Die Polizei geht davon aus,
	//   author CT+ +3.0
	// dass der Brand gelegt wurde
	//   author Uu +0.0
	//   s1     PR+ +2.0
}

// ExampleAnalyzer reuses one Analyzer, safe for concurrent use, with a size limit.
func ExampleAnalyzer() {
	a := claim.New(claim.WithMaxBytes(1 << 20))
	for _, text := range []string{"Der Zug fällt heute wohl aus.", strings.Repeat("Text. ", 1<<18)} {
		doc, err := a.AnalyzeString(text)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(doc.Claims[0].Factuality, doc.Text().Slice(doc.Claims[0].Span))
	}
	// Output:
	// PR+ Der Zug fällt heute wohl aus.
	// error: claim: text too large: 1572864 bytes, the limit is 1048576; raise it with claim.WithMaxBytes
}

// ExampleDocument_json shows the JSON the aussage command prints (format 1).
func ExampleDocument_json() {
	doc, err := claim.Analyze("Laut Polizei ist niemand verletzt worden.")
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := json.MarshalIndent(doc.Claims, "", "  ")
	fmt.Println(string(b))
	// Output:
	// [
	//   {
	//     "id": "c1",
	//     "sentence": 0,
	//     "span": {
	//       "start": 13,
	//       "end": 40
	//     },
	//     "attribution": "a1",
	//     "chain": [
	//       "author",
	//       "s1"
	//     ],
	//     "factuality": "CT+",
	//     "score": 3,
	//     "polarity": "positive",
	//     "hedges": [],
	//     "flags": [],
	//     "values": [
	//       {
	//         "source": "author",
	//         "value": "Uu",
	//         "score": 0
	//       },
	//       {
	//         "source": "s1",
	//         "value": "CT+",
	//         "score": 3
	//       }
	//     ]
	//   }
	// ]
}
