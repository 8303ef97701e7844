package hedge

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestIndexesAgree checks that the sentence indexes of index.go give exactly the
// cues of the direct scans: once with every range scanned directly and once with
// every range looked up in an index, on the seed article, on the article as one
// sentence without punctuation, and on sentences of many short clauses.
func TestIndexesAgree(t *testing.T) {
	seed, err := os.ReadFile("../testdata/nordkorea-2020-08.txt")
	if err != nil {
		t.Fatal(err)
	}
	oneSentence := strings.ToLower(strings.Join(strings.FieldsFunc(string(seed), func(r rune) bool {
		return strings.ContainsRune(".,;:!?()[]\"„“»«-–—\n", r)
	}), " "))
	texts := map[string]string{
		"seed":         string(seed),
		"one sentence": oneSentence,
		"clauses": strings.Repeat("Man glaubt, er könnte wohl recht haben, die Täter sollen Waffen besessen haben, wie es heißt, "+
			"sie hätten vermutlich, so sehr wahrscheinlich, Experten zufolge, gewusst haben, dass es nicht sicher ist, ", 20) + "heißt es.",
		"questions": strings.Repeat("Könnte es sein, dass er wohl geflohen sein muss, um nicht gefasst zu werden, ", 30) + "fragt man sich?",
		"quotes":    strings.Repeat("„Er dürfte nicht kommen, ", 40) + "sagte er. Sie hätten gewusst, meint man. Würden sie kommen, wäre es gut.",
	}
	defer func(n int) { shortRange = n }(shortRange)
	for name, text := range texts {
		shortRange = 1 << 30
		direct := summary(FindString(text))
		shortRange = 0
		indexed := summary(FindString(text))
		if len(direct) == 0 {
			t.Errorf("%s: no cues: the test text tests nothing", name)
		}
		if d := cmp.Diff(direct, indexed); d != "" {
			t.Errorf("%s: indexed cues differ from direct (-direct +indexed):\n%s", name, d)
		}
	}
}

// summary prints every field of the cues, the entries by their address.
func summary(cues []Cue) []string {
	out := make([]string, len(cues))
	for i, c := range cues {
		out[i] = fmt.Sprintf("%v %q %v %v %.3f %p %p %d", c.Spans, c.Text, c.Class, c.Value, c.Score, c.Entry, c.Modifier, c.Clause)
	}
	return out
}
