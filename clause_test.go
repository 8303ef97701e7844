package aussage

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// clauseString renders a clause as "kind[intro]: text", with "q" after the kind for
// a quoted clause.
func clauseString(t *Text, c Clause) string {
	s := c.Kind.String()
	if c.Quoted {
		s += " q"
	}
	if c.Intro > 0 {
		s += "[" + t.Tokens()[c.Intro].Text + "]"
	}
	return s + ": " + t.Slice(c.Span)
}

// clauseTests are German sentences written for these tests.
var clauseTests = []struct {
	name string
	text string
	want []string
}{
	{"single main clause", "Die Regierung bleibt im Amt.",
		[]string{"main: Die Regierung bleibt im Amt."}},
	{"dass", "Er sagte, dass er morgen komme.",
		[]string{"main: Er sagte,", "content[dass]: dass er morgen komme."}},
	{"ob", "Sie fragte, ob der Zug pünktlich sei.",
		[]string{"main: Sie fragte,", "content[ob]: ob der Zug pünktlich sei."}},
	{"w-word", "Niemand weiß, warum die Brücke einstürzte.",
		[]string{"main: Niemand weiß,", "content[warum]: warum die Brücke einstürzte."}},
	{"weil", "Die Schule bleibt zu, weil die Heizung ausgefallen ist.",
		[]string{"main: Die Schule bleibt zu,", "adverbial[weil]: weil die Heizung ausgefallen ist."}},
	{"obwohl", "Er trat an, obwohl er verletzt war.",
		[]string{"main: Er trat an,", "adverbial[obwohl]: obwohl er verletzt war."}},
	{"initial adverbial clause", "Es ist Mai. Wenn es regnet, fällt das Fest aus.",
		[]string{"main: Es ist Mai.", "adverbial[Wenn]: Wenn es regnet,", "main: fällt das Fest aus."}},
	{"initial content clause", "Es ist Mai. Dass die Preise steigen, bestreitet niemand.",
		[]string{"main: Es ist Mai.", "content[Dass]: Dass die Preise steigen,", "main: bestreitet niemand."}},
	{"initial welch- clause with its verb last", "Es ist Mai. Welcher Zug heute ausfällt, blieb lange unklar.",
		[]string{"main: Es ist Mai.", "content[Welcher]: Welcher Zug heute ausfällt,", "main: blieb lange unklar."}},
	{"initial welch- question stays a main clause", "Welcher Zug fällt aus, fragte sie.",
		[]string{"main: Welcher Zug fällt aus,", "main: fragte sie."}},
	{"initial subordinator without comma", "Es ist Mai. Weil.",
		[]string{"main: Es ist Mai.", "main: Weil."}},
	{"relative clause resumes main", "Der Mann, der dort wohnt, ist krank.",
		[]string{"main: Der Mann,", "relative[der]: der dort wohnt,", "main: ist krank."}},
	{"relative with preposition", "Das Haus, in dem sie wohnt, ist alt.",
		[]string{"main: Das Haus,", "relative[dem]: in dem sie wohnt,", "main: ist alt."}},
	{"relative dessen", "Der Verein, dessen Trainer entlassen wurde, verlor erneut.",
		[]string{"main: Der Verein,", "relative[dessen]: dessen Trainer entlassen wurde,", "main: verlor erneut."}},
	{"relative pronoun as object before a noun", "Sie gründeten eine Firma, die Banken in aller Welt Software liefert.",
		[]string{"main: Sie gründeten eine Firma,", "relative[die]: die Banken in aller Welt Software liefert."}},
	{"article after comma starts no relative clause", "Er kam, die Polizei ermittelt.",
		[]string{"main: Er kam, die Polizei ermittelt."}},
	{"alles, was", "Er bestritt alles, was ihm vorgeworfen wurde.",
		[]string{"main: Er bestritt alles,", "relative[was]: was ihm vorgeworfen wurde."}},
	{"apposition is no relative clause", "Angela Merkel, die frühere Kanzlerin, schwieg dazu.",
		[]string{"main: Angela Merkel, die frühere Kanzlerin, schwieg dazu."}},
	{"enumeration is no boundary", "Sie kaufte Äpfel, Birnen und Pflaumen.",
		[]string{"main: Sie kaufte Äpfel, Birnen und Pflaumen."}},
	{"während as preposition", "Er schlief, während der Sitzung.",
		[]string{"main: Er schlief, während der Sitzung."}},
	{"während as conjunction", "Er schlief, während sie arbeitete.",
		[]string{"main: Er schlief,", "adverbial[während]: während sie arbeitete."}},
	{"um zu", "Sie reiste nach Berlin, um den Minister zu treffen.",
		[]string{"main: Sie reiste nach Berlin,", "infinitive[um]: um den Minister zu treffen."}},
	{"um as preposition", "Das Treffen beginnt, um 10 Uhr.",
		[]string{"main: Das Treffen beginnt, um 10 Uhr."}},
	{"um with infixed zu and insertion", "Das Geld reicht kaum, um im Ausland – etwa in Asien – Technik einzukaufen.",
		[]string{"main: Das Geld reicht kaum,", "infinitive[um]: um im Ausland", "parenthetical: – etwa in Asien –", "infinitive: Technik einzukaufen."}},
	{"ohne zu", "Er ging, ohne ein Wort zu sagen.",
		[]string{"main: Er ging,", "infinitive[ohne]: ohne ein Wort zu sagen."}},
	{"aber after comma", "Der Plan ist gut, aber er kostet viel.",
		[]string{"main: Der Plan ist gut,", "main[aber]: aber er kostet viel."}},
	{"coordinated dass clauses", "Er sagte, dass er komme, und dass er bleibe.",
		[]string{"main: Er sagte,", "content[dass]: dass er komme,", "main[und]: und dass er bleibe."}},
	{"frame after indirect speech", "Die Lage sei ernst, sagte der Sprecher.",
		[]string{"main: Die Lage sei ernst,", "main: sagte der Sprecher."}},
	{"so frame", "Die Lage ist ernst, so der Sprecher.",
		[]string{"main: Die Lage ist ernst,", "main[so]: so der Sprecher."}},
	{"quotation with frame", "„Wir wissen, dass es schwer wird“, sagte er.",
		[]string{"main q: „Wir wissen,", "content q[dass]: dass es schwer wird“,", "main: sagte er."}},
	{"colon opens quotation", "Er sagte: „Wir kommen morgen.“",
		[]string{"main: Er sagte:", "main q: „Wir kommen morgen.“"}},
	{"quotation after comma keeps final period", "Er nannte zwei Gründe, „die Kosten und die Zeit“.",
		[]string{"main: Er nannte zwei Gründe,", "main q: „die Kosten und die Zeit“."}},
	{"partial quotation with relative clause", "Er sagte, dass es „Pläne gibt, die niemand kennt“.",
		[]string{"main: Er sagte,", "content[dass]: dass es „Pläne gibt,", "relative[die]: die niemand kennt“."}},
	{"partial quotation stays inside", "Er nannte den Plan „völlig falsch“.",
		[]string{"main: Er nannte den Plan „völlig falsch“."}},
	{"empty quotation ends no clause", "Er sagte: „“ und ging, ohne zu grüßen.",
		[]string{"main: Er sagte:", "main: „“ und ging,", "infinitive[ohne]: ohne zu grüßen."}},
	{"ASCII quotation marks only", `""""""`,
		[]string{`main: """"""`}},
	{"colons without a comma", "Er sagte: sie meinte: es heißt: wer kommt?",
		[]string{"main: Er sagte:", "main: sie meinte:", "main: es heißt:", "main: wer kommt?"}},
	{"und with verb second", "Er nannte den Plan falsch und sie stimmte zu.",
		[]string{"main: Er nannte den Plan falsch", "main[und]: und sie stimmte zu."}},
	{"und between nouns", "Er traf Peter und Paul.",
		[]string{"main: Er traf Peter und Paul."}},
	{"colon", "Die Bilanz ist klar: Der Umsatz sank.",
		[]string{"main: Die Bilanz ist klar:", "main: Der Umsatz sank."}},
	{"brackets", "Die Firma (gegründet 1990) wächst stark.",
		[]string{"main: Die Firma", "parenthetical: (gegründet 1990)", "main: wächst stark."}},
	{"dashes", "Der Minister – so heißt es – tritt zurück.",
		[]string{"main: Der Minister", "parenthetical: – so heißt es –", "main: tritt zurück."}},
	{"two sentences", "Er kam. Sie sagte, dass sie gehe.",
		[]string{"main: Er kam.", "main: Sie sagte,", "content[dass]: dass sie gehe."}},
}

func TestClauses(t *testing.T) {
	for _, tc := range clauseTests {
		t.Run(tc.name, func(t *testing.T) {
			txt := NewText(tc.text)
			var got []string
			for _, c := range txt.Clauses() {
				got = append(got, clauseString(txt, c))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Clauses(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
			checkClauses(t, txt)
		})
	}
}

// checkClauses verifies that the clauses cover every sentence's tokens in order
// without gaps or overlaps, that spans match the tokens and that Intro lies inside
// its clause.
func checkClauses(t *testing.T, txt *Text) {
	t.Helper()
	toks, sents := txt.Tokens(), txt.Sentences()
	cls := txt.Clauses()
	k := 0
	for si, s := range sents {
		next := s.Tokens[0]
		for k < len(cls) && cls[k].Sentence == si {
			c := cls[k]
			if c.Tokens[0] != next || c.Tokens[1] <= c.Tokens[0] || c.Tokens[1] > s.Tokens[1] {
				t.Fatalf("clause %d tokens %v: want start %d inside sentence %v", k, c.Tokens, next, s.Tokens)
			}
			if want := (Span{toks[c.Tokens[0]].Span.Start, toks[c.Tokens[1]-1].Span.End}); c.Span != want {
				t.Fatalf("clause %d span %v, tokens give %v", k, c.Span, want)
			}
			if c.Intro != 0 && (c.Intro < c.Tokens[0] || c.Intro >= c.Tokens[1]) {
				t.Fatalf("clause %d intro %d outside %v", k, c.Intro, c.Tokens)
			}
			next = c.Tokens[1]
			k++
		}
		if next != s.Tokens[1] {
			t.Fatalf("sentence %d %v: clauses end at token %d", si, s.Tokens, next)
		}
	}
	if k != len(cls) {
		t.Fatalf("%d clauses belong to no sentence", len(cls)-k)
	}
}

func FuzzClauses(f *testing.F) {
	for _, tc := range clauseTests {
		f.Add(tc.text)
	}
	for _, tc := range sentenceTests {
		f.Add(tc.text)
	}
	f.Add("(„a, dass“ – b) – c: „“")
	f.Fuzz(func(t *testing.T, s string) {
		checkClauses(t, NewText(s))
	})
}

func ExampleText_Clauses() {
	t := NewText("Der Minister sagte, dass er zurücktrete, weil er krank sei.")
	for _, c := range t.Clauses() {
		fmt.Printf("%s: %s\n", c.Kind, t.Slice(c.Span))
	}
	// Output:
	// main: Der Minister sagte,
	// content: dass er zurücktrete,
	// adverbial: weil er krank sei.
}

func ExampleText_Sentences() {
	t := NewText("Am 1. August trat Dr. Müller zurück. „Warum?“, fragte die Presse.")
	for _, s := range t.Sentences() {
		fmt.Println(t.Slice(s.Span))
	}
	// Output:
	// Am 1. August trat Dr. Müller zurück.
	// „Warum?“, fragte die Presse.
}
