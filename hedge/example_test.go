package hedge_test

import (
	"fmt"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/hedge"
)

func ExampleFindString() {
	for _, c := range hedge.FindString("Aber das dürfte kaum ausreichen, um Technologie einzukaufen.") {
		fmt.Println(c.Text, c.Class, c.Value, c.Score)
	}
	// Output:
	// dürfte kaum downtoner PR- -2
}

func ExampleDetector_Find() {
	t := aussage.NewText("Der Minister soll von dem Plan gewusst haben. Die Polizei geht davon aus, dass der Brand vermutlich gelegt wurde.")
	var d hedge.Detector // the zero value uses the built-in lexicon
	for _, c := range d.Find(t) {
		fmt.Printf("%q %s %s spans=%v\n", c.Text, c.Class, c.Value, c.Spans)
	}
	// Output:
	// "soll" reportative U spans=[[13,17)]
	// "geht davon aus" speculative-verb PR+ spans=[[58,72)]
	// "vermutlich" epistemic-adverb PR+ spans=[[89,99)]
}

func ExampleDetector_All() {
	t := aussage.NewText("Die UN gehen als Urheber der Angriffe von dem Geheimdienst aus. Das wäre rund ein Zehntel der Wirtschaftsleistung.")
	for c := range hedge.New().All(t) {
		fmt.Println(c.Text, "|", c.Class, c.Value)
	}
	// Output:
	// gehen … von … aus | speculative-verb PR+
	// wäre | hypothetical U
	// rund | approximator none
}

func ExampleNew() {
	d := hedge.New(hedge.WithoutClasses(hedge.Approximator))
	for _, c := range d.Find(aussage.NewText("Rund 40 Menschen starben, offenbar wegen eines Defekts.")) {
		fmt.Println(c.Text, c.Class)
	}
	// Output:
	// offenbar evidential
}
