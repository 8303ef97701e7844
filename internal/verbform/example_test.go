package verbform_test

import (
	"fmt"

	"github.com/aussage/aussage/internal/verbform"
)

func ExampleAnalyze() {
	for _, a := range verbform.Analyze("mitteilte") {
		fmt.Println(a.Lemma, a.Kind, a.Mood, a.Tense == verbform.Past, a.Person, a.Plural)
	}
	// Output:
	// mitteilen finite indicative true 1 false
	// mitteilen finite indicative true 3 false
	// mitteilen finite konjunktiv2 true 1 false
	// mitteilen finite konjunktiv2 true 3 false
}

func ExampleJoin() {
	lemma, ok := verbform.Join("zurück", "weisen")
	fmt.Println(lemma, ok)
	// Output: zurückweisen true
}
