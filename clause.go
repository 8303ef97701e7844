package aussage

// A ClauseKind says how a clause attaches to its sentence.
type ClauseKind uint8

// The clause kinds.
const (
	MainClause        ClauseKind = iota // a main clause (verb second)
	ContentClause                       // dass, ob, w-word: the content of a verb of saying or thinking
	AdverbialClause                     // weil, wenn, obwohl, damit, …
	RelativeClause                      // der, die, das, welche, wo, … after a comma
	InfinitiveClause                    // um … zu, ohne … zu, … zu + infinitive
	ParentheticalPart                   // a bracketed or dash-delimited insertion
)

var clauseKindNames = [...]string{"main", "content", "adverbial", "relative", "infinitive", "parenthetical"}

// String returns the kind's name.
func (k ClauseKind) String() string {
	if int(k) < len(clauseKindNames) {
		return clauseKindNames[k]
	}
	return "clause?"
}

// A Clause is a stretch of a sentence between clause boundaries.
type Clause struct {
	Span     Span   // bytes in the original
	Tokens   [2]int // Tokens()[Tokens[0]:Tokens[1]]
	Sentence int    // index in Sentences()
	Kind     ClauseKind
	Intro    int // index of the introducing word (dass, weil, der …), or 0 if none
}

// Clauses returns the clauses of all sentences in text order. TODO(clauses): rules.
func (t *Text) Clauses() []Clause {
	t.clauseOnce.Do(func() {
		for i, s := range t.Sentences() {
			t.clauses = append(t.clauses, Clause{Span: s.Span, Tokens: s.Tokens, Sentence: i})
		}
	})
	return t.clauses
}
