package aussage

// A Sentence is one sentence or headline of a text.
type Sentence struct {
	Span   Span   // bytes in the original, without surrounding white space
	Tokens [2]int // the sentence's tokens are Tokens()[Tokens[0]:Tokens[1]]
}

// Sentences returns the sentences of the text in order. They are computed on first
// use; the slice is shared and must not be modified.
func (t *Text) Sentences() []Sentence {
	t.sentOnce.Do(t.segment)
	return t.sentences
}

// Date returns the document date given by a leading metadata line such as
// "date 2020-08", and the span of that line. It returns "" and the zero Span if there
// is none. The metadata line is not part of any sentence.
func (t *Text) Date() (string, Span) {
	t.sentOnce.Do(t.segment)
	if t.date.IsEmpty() {
		return "", Span{}
	}
	return t.dateValue, t.date
}

// segment splits the tokens into sentences. TODO(sentences): real rules.
func (t *Text) segment() {
	toks := t.Tokens()
	start := 0
	for i, tok := range toks {
		if tok.Kind == Punct && (tok.Text == "." || tok.Text == "!" || tok.Text == "?") {
			t.sentences = append(t.sentences, Sentence{Span: Span{toks[start].Span.Start, tok.Span.End}, Tokens: [2]int{start, i + 1}})
			start = i + 1
		}
	}
	if start < len(toks) {
		t.sentences = append(t.sentences, Sentence{Span: Span{toks[start].Span.Start, toks[len(toks)-1].Span.End}, Tokens: [2]int{start, len(toks)}})
	}
}
