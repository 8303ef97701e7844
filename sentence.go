package aussage

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aussage/aussage/internal/abbrev"
)

// A Sentence is one sentence or headline of a text.
type Sentence struct {
	Span   Span   // bytes in the original, without surrounding white space
	Tokens [2]int // the sentence's tokens are Tokens()[Tokens[0]:Tokens[1]]
}

// Sentences returns the sentences of the text in order. They are computed on first
// use; the slice is shared and must not be modified.
//
// The segmenter works on tokens. A sentence ends at '.', '!', '?' or an ellipsis
// (with the closing quotation marks and brackets that follow it) unless the next
// token continues the sentence (a lower-case word, a comma: „Warum?“, fragte er) or
// the period belongs to an abbreviation (z. B., Dr.), an ordinal number (am 1. August),
// or an initial (J. R. R. Tolkien). Periods that may or may not end a sentence (etc.,
// "Rang 5.") end one only if a word follows that is capitalised solely because it
// starts a sentence (Die, Im, Doch). A blank line always ends a sentence; a single line
// break does only in text that is not hard-wrapped, or after a short line that reads
// as a headline. A headline glued to the next sentence by a plain space ends where a
// sentence-start word follows a word without punctuation ("… tritt zurück Am Anfang
// war …").
func (t *Text) Sentences() []Sentence {
	t.sentOnce.Do(t.segment)
	return t.sentences
}

// Date returns the document date given by a leading metadata line such as
// "date 2020-08", and the span of that line. It returns "" and the zero Span if there
// is none. The metadata line is not part of any sentence.
//
// The value is given in ISO 8601 form: "2020", "2020-08" or "2020-08-04"; a German
// date "Datum: 04.08.2020" reads as "2020-08-04".
func (t *Text) Date() (string, Span) {
	t.sentOnce.Do(t.segment)
	if t.date.IsEmpty() {
		return "", Span{}
	}
	return t.dateValue, t.date
}

// segmenter holds the state of one pass over the tokens.
type segmenter struct {
	t       *Text
	toks    []Token
	first   int  // the first token after the date line
	wrapped bool // the text is hard-wrapped: line breaks inside sentences
	median  int  // median length in bytes of the lines inside paragraphs
	// bdNext is the first bracket or dash after token bdFrom (len(toks) if none),
	// for bracketOrDashNear.
	bdFrom, bdNext int
}

func (t *Text) segment() {
	toks := t.Tokens()
	first := t.dateLine(toks)
	s := segmenter{t: t, toks: toks, first: first}
	s.wrapped, s.median = lineShape(t.norm.View)
	t.sentences = sentenceLists.get(t.recycled, len(toks)/16+1) // about 16 tokens a sentence
	start := first
	quoteOpen := false // an opening quotation mark of the current sentence is unclosed
	for i := first; i < len(toks); {
		tok := &toks[i]
		if i > start && (tok.Gap >= LineBreak || tok.Gap == Space && mayStart(tok)) && s.breakBefore(start, i, quoteOpen) {
			t.emit(toks, start, i)
			start, quoteOpen = i, false
		}
		switch tok.Kind {
		case QuoteOpen:
			quoteOpen = true
		case QuoteClose:
			quoteOpen = false
		}
		if !s.terminal(start, i) {
			i++
			continue
		}
		j := s.absorb(i)
		if s.ends(start, i, j) {
			t.emit(toks, start, j)
			start, quoteOpen = j, false
		}
		i = j
	}
	if start < len(toks) {
		t.emit(toks, start, len(toks))
	}
}

func (t *Text) emit(toks []Token, a, b int) {
	t.sentences = append(t.sentences, Sentence{
		Span:   Span{toks[a].Span.Start, toks[b-1].Span.End},
		Tokens: [2]int{a, b},
	})
}

// mayStart is a quick test for a token that may start a sentence after a space
// without punctuation: a capitalised word or an opening quotation mark. Upper-case
// letters outside ASCII that start a sentence-start word are Ä, Ö, Ü (0xC3 …).
func mayStart(tok *Token) bool {
	switch tok.Kind {
	case Word:
		c := tok.Text[0]
		return 'A' <= c && c <= 'Z' || c == 0xC3
	case QuoteOpen:
		return true
	case Symbol:
		return tok.Text == "`"
	}
	return false
}

// terminal reports whether token i is a mark that may end a sentence.
func (s *segmenter) terminal(start, i int) bool {
	tok := &s.toks[i]
	if tok.Kind != Punct {
		return false
	}
	switch tok.Text {
	case ".", "!", "?":
		return true
	}
	if !strings.HasPrefix(tok.Text, "..") || i == start {
		return false // an ellipsis opening a sentence leads into it
	}
	// "[...]" and "(...)" mark an omission inside a quotation.
	p := s.toks[i-1].Text
	return p != "(" && p != "["
}

// absorb returns the index after the marks that belong to the sentence end at i:
// repeated marks (?!, !!!) and closing quotation marks and brackets glued to it.
func (s *segmenter) absorb(i int) int {
	j := i + 1
	for j < len(s.toks) && s.toks[j].Gap == NoSpace {
		tok := &s.toks[j]
		switch {
		case tok.Kind == Punct && (tok.Text == "." || tok.Text == "!" || tok.Text == "?" || strings.HasPrefix(tok.Text, "..")):
			if s.toks[j-1].Text == ")" {
				// "(31.)." – the mark after the bracket is judged on its own.
				return j
			}
		case tok.Kind == QuoteClose || tok.Kind == QuoteOpen: // a glued straight quote closes
		case tok.Kind == Punct && (tok.Text == ")" || tok.Text == "]"):
		default:
			return j
		}
		j++
	}
	return j
}

// ends decides whether the sentence that started at token start ends with the
// terminal mark at i and the marks absorbed up to j.
func (s *segmenter) ends(start, i, j int) bool {
	toks := s.toks
	if j >= len(toks) || toks[j].Gap == Paragraph {
		return true
	}
	nx := &toks[j]
	if continues(nx) {
		return false
	}
	if nx.Gap == NoSpace && !titleCase(nx) {
		// Glued on without a space: "Sojus-2.1b", "Linkspartei.PDS"; only a
		// capitalised word reads as a sentence after a missing space ("Ende.Danach").
		return false
	}
	mark := toks[i].Text
	if mark != "." || i == start || toks[i].Gap != NoSpace {
		return true // !, ?, an ellipsis, or a free-standing period
	}
	p := &toks[i-1]
	switch {
	case p.Kind == Number:
		if strings.ContainsAny(p.Text, ".,:") || len(p.Text) >= 4 {
			return true // a date, a score or a year ends a sentence
		}
		if i-1 == start {
			return false // "2." numbering a list item
		}
		return s.startsSentence(j) // an ordinal: am 1. August, die 3. Liga
	case p.Kind != Word:
		return true
	}
	switch s.abbreviation(start, i) {
	case abbrev.Inner:
		return false
	case abbrev.Final:
		return s.startsSentence(j)
	}
	if r, size := utf8.DecodeRuneInString(p.Text); size == len(p.Text) {
		if unicode.IsLower(r) {
			return false // d., s., a. – a one-letter abbreviation
		}
		return s.startsSentence(j) // an initial: J. R. R. Tolkien
	}
	if strings.Contains(p.Text, ".") || isRoman(p.Text) {
		// An unknown abbreviation with inner periods (U.S.A.), or a regnal number
		// (Ludwig XIV.) that reads as an ordinal.
		return s.startsSentence(j)
	}
	return true
}

// titleCase reports whether tok is a word of an upper-case letter followed by at
// least one lower-case letter.
func titleCase(tok *Token) bool {
	if tok.Kind != Word {
		return false
	}
	r, size := utf8.DecodeRuneInString(tok.Text)
	r2, _ := utf8.DecodeRuneInString(tok.Text[size:])
	return unicode.IsUpper(r) && unicode.IsLower(r2)
}

// continues reports whether a token after a terminal mark continues the sentence:
// a lower-case word, or a mark that cannot start a sentence.
func continues(nx *Token) bool {
	switch nx.Kind {
	case Word:
		r, _ := utf8.DecodeRuneInString(nx.Text)
		return unicode.IsLower(r)
	case Dash:
		return true
	case Punct:
		switch nx.Text {
		case ",", ";", ":", ")", "]", "}":
			return true
		}
	}
	return false
}

// startsSentence reports whether token j is a word that is capitalised because it
// starts a sentence, or an opening quotation mark before a capitalised word.
func (s *segmenter) startsSentence(j int) bool {
	toks := s.toks
	if isOpeningQuote(&toks[j]) {
		for j < len(toks) && isOpeningQuote(&toks[j]) {
			j++
		}
		if j == len(toks) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(toks[j].Text)
		return unicode.IsUpper(r)
	}
	return toks[j].Kind == Word && abbrev.StartOf(toks[j].Text) != abbrev.NoStart
}

// isOpeningQuote also accepts the TeX-style “ of older German corpora.
func isOpeningQuote(tok *Token) bool {
	return tok.Kind == QuoteOpen || tok.Kind == Symbol && tok.Text == "`"
}

// abbreviation returns the class of the abbreviation that the period at i ends,
// trying the longest spaced form first: "v. Chr." is looked up as "v.Chr".
func (s *segmenter) abbreviation(start, i int) abbrev.Class {
	toks := s.toks
	// k is the first word of the candidate; parts are word, ".", word, ".", ….
	k := i - 1
	for n := 1; n < 3 && k-2 >= start && toks[k].Gap <= Space &&
		toks[k-1].Text == "." && toks[k-1].Gap == NoSpace &&
		toks[k-2].Kind == Word && len(toks[k-2].Text) <= 4; n++ {
		k -= 2
	}
	for ; k < i-1; k += 2 {
		var b strings.Builder
		for m := k; m < i; m += 2 {
			if m > k {
				b.WriteByte('.')
			}
			b.WriteString(toks[m].Text)
		}
		if c := abbrev.Lookup(b.String()); c != abbrev.None {
			return c
		}
	}
	return abbrev.Lookup(toks[i-1].Text)
}

// isRoman reports whether w is a Roman numeral of two or more letters (II, XIV).
func isRoman(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !strings.ContainsRune("IVXLC", rune(w[i])) {
			return false
		}
	}
	return true
}

// breakBefore decides whether a sentence ends before token i although no terminal
// mark precedes it: at a blank line, after a headline line, or where a headline runs
// into the next sentence without punctuation.
func (s *segmenter) breakBefore(start, i int, quoteOpen bool) bool {
	toks := s.toks
	tok, p := &toks[i], &toks[i-1]
	switch tok.Gap {
	case Paragraph:
		return true
	case LineBreak:
		if s.lineEnds(start, i) {
			return true
		}
	}
	if tok.Gap == NoSpace || quoteOpen || i-start < 2 {
		return false
	}
	if isOpeningQuote(tok) {
		// A headline followed by a quoted sentence: … länger als geplant "Die …", …
		// A lower-case word before the quotation is a verb of saying ("kommentierte
		// „Die …“") or a preposition, not the end of a headline.
		r, _ := utf8.DecodeRuneInString(p.Text)
		return (p.Kind == Word && unicode.IsUpper(r) || p.Kind == Number) && s.quotedSentence(i)
	}
	if tok.Kind != Word || !mayStart(tok) {
		return false
	}
	switch p.Kind {
	case Word, Number, QuoteClose:
	case Punct:
		if p.Text != ")" || s.agency(i-1) >= 0 {
			return false // "(dpa) Die Schweiz …" is one sentence
		}
	default:
		return false
	}
	strong := abbrev.StartOf(tok.Text) == abbrev.StrongStart
	dateline := s.datelineAt(i)
	if !strong && !dateline || s.nounPhrase(start, i) {
		return false
	}
	if dateline {
		return true
	}
	if s.datelineOnly(start, i) {
		return false
	}
	if i+1 < len(toks) {
		if nx := &toks[i+1]; nx.Gap == NoSpace && nx.Kind == Dash || abbrev.IsName(tok.Text, nx.Text) {
			return false // "Ja- und Nein-Stimmen", "in Den Haag"
		}
	}
	return true
}

// quotedSentence reports whether the quotation opening at i starts with a
// sentence-start word and reads as a quoted sentence rather than a title such as
// „Die Welt“: its closing mark follows a terminal mark or is followed by a comma.
func (s *segmenter) quotedSentence(i int) bool {
	toks := s.toks
	if i+1 >= len(toks) || abbrev.StartOf(toks[i+1].Text) != abbrev.StrongStart {
		return false
	}
	for k := i + 2; k < len(toks) && k < i+80 && toks[k].Gap < Paragraph; k++ {
		if toks[k].Kind != QuoteClose {
			continue
		}
		if p := toks[k-1].Text; p == "." || p == "!" || p == "?" || strings.HasPrefix(p, "..") {
			return true
		}
		return k+1 < len(toks) && toks[k+1].Text == ","
	}
	return false
}

// nounPhrase reports whether the capitalised word at i is a noun inside a phrase
// that a determiner or preposition opened before it, perhaps with adjectives in
// between: "das Aus", "mit Ja", "nach dem blamablen Aus", "zum Trotz". A headline
// does not end in an article or a preposition.
func (s *segmenter) nounPhrase(start, i int) bool {
	for k, adj := i-1, 0; k >= start && s.toks[k].Kind == Word; k-- {
		w := s.toks[k].Text
		if abbrev.LeavesOpen(w) {
			return true
		}
		// Only inflected adjectives may stand between: "einen zusätzlichen Dank".
		r, _ := utf8.DecodeRuneInString(w)
		if adj++; adj > 2 || !unicode.IsLower(r) || !(strings.HasSuffix(w, "e") || strings.HasSuffix(w, "en") ||
			strings.HasSuffix(w, "em") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "es")) {
			return false
		}
	}
	return false
}

// datelineOnly reports whether the sentence so far is only a place name such as
// "Frankfurt/Hamburg", which a dateline puts before the first sentence of a report.
func (s *segmenter) datelineOnly(start, i int) bool {
	if i-start > 3 {
		return false
	}
	for k := start; k < i; k++ {
		tok := &s.toks[k]
		if tok.Kind == Punct && tok.Text == "/" || tok.Kind == Symbol && tok.Text == "/" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(tok.Text); tok.Kind != Word || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// agencies are the news agencies whose abbreviation appears in a dateline:
// "Mainz (dpa) - …".
var agencies = map[string]bool{
	"dpa": true, "AFP": true, "afp": true, "AP": true, "Reuters": true, "sda": true, "SDA": true,
	"apa": true, "APA": true, "epd": true, "KNA": true, "dts": true, "SID": true, "sid": true,
	"ddp": true, "dapd": true, "AFX": true, "ots": true, "red": true,
}

// agency returns the index of the opening bracket if the token at k closes a
// bracketed agency name "(dpa)", and -1 otherwise.
func (s *segmenter) agency(k int) int {
	toks := s.toks
	if k < 2 || toks[k].Text != ")" || toks[k-2].Text != "(" || !agencies[toks[k-1].Text] {
		return -1
	}
	return k - 2
}

// datelineAt reports whether a dateline starts at token i: a place name followed by
// a bracketed agency ("Peking (dpa) -") or by a dash and a sentence-start word
// ("Wien - Die Bundesregierung …"). The place name is one word, two words with a
// prefix such as "San" or "Bad", or two names joined by a slash ("Coburg/Rödental").
func (s *segmenter) datelineAt(i int) bool {
	toks := s.toks
	capital := func(k int) bool {
		if k >= len(toks) || toks[k].Kind != Word {
			return false
		}
		r, _ := utf8.DecodeRuneInString(toks[k].Text)
		return unicode.IsUpper(r)
	}
	// The remembered bracket or dash first: it rules out nearly every word, which
	// breakBefore has found capitalised already.
	if !s.bracketOrDashNear(i) || !capital(i) || i > 0 && abbrev.IsName(toks[i-1].Text, toks[i].Text) {
		return false // not the "Haag" of "Den Haag"
	}
	k := i + 1
	if isPlacePrefix(toks[i].Text) && capital(k) && toks[k].Gap == Space {
		k++
	}
	for k+1 < len(toks) && toks[k].Text == "/" && capital(k+1) {
		k += 2 // Coburg/Rödental, Hanoi / Phnom Penh
		if isPlacePrefix(toks[k-1].Text) && capital(k) && toks[k].Gap == Space {
			k++
		}
	}
	if k+3 < len(toks) && toks[k].Text == "(" && s.agency(k+2) == k {
		// The report follows: "Peking (dpa) - …", "Mainz (dpa) Die …", not "(dpa)."
		nx := &toks[k+3]
		r, _ := utf8.DecodeRuneInString(nx.Text)
		return nx.Kind == Dash || nx.Text == ":" || isOpeningQuote(nx) || nx.Kind == Word && unicode.IsUpper(r)
	}
	if k+1 < len(toks) && toks[k].Kind == Dash && toks[k].Gap == Space && toks[k+1].Gap == Space {
		return toks[k+1].Kind == Word && abbrev.StartOf(toks[k+1].Text) == abbrev.StrongStart
	}
	return false
}

// bracketOrDashNear is a quick test for datelineAt: a bracket or a dash among the
// six tokens after i. It remembers the next such token, as it is asked for nearly
// every capitalised word, in text order.
func (s *segmenter) bracketOrDashNear(i int) bool {
	if s.bdNext <= i || i < s.bdFrom {
		k := i + 1
		for k < len(s.toks) && s.toks[k].Kind != Dash && (s.toks[k].Kind != Punct || s.toks[k].Text != "(") {
			k++
		}
		s.bdFrom, s.bdNext = i, k
	}
	return s.bdNext <= i+6 && s.bdNext < len(s.toks)
}

// isPlacePrefix reports whether w starts two-word place names. It is asked for
// nearly every capitalised word near a bracket or a dash: a switch, unlike a map,
// turns the longer ones away by their length.
func isPlacePrefix(w string) bool {
	switch w {
	case "San", "Santa", "Sankt", "Saint", "Bad", "New", "Los", "Las", "Den", "Le", "La", "Neu":
		return true
	}
	return false
}

// lineEnds decides whether the line break before token i ends a sentence.
func (s *segmenter) lineEnds(start, i int) bool {
	toks := s.toks
	p, tok := &toks[i-1], &toks[i]
	if p.Kind == Punct && (p.Text == "," || p.Text == "(") || p.Kind == Dash || strings.HasSuffix(p.Text, "-") {
		return false // the sentence clearly goes on
	}
	if r, _ := utf8.DecodeRuneInString(tok.Text); unicode.IsLower(r) || tok.Kind == Punct {
		return false
	}
	if !s.wrapped {
		return true
	}
	// In hard-wrapped text only a short line that holds a whole sentence of its own
	// is a headline or byline.
	if start > s.first && toks[start].Gap < LineBreak {
		return false
	}
	for k := start + 1; k < i; k++ {
		if toks[k].Gap >= LineBreak {
			return false
		}
	}
	return (s.t.viewStart(&toks[i-1])+len(toks[i-1].Text)-s.t.viewStart(&toks[start]))*10 <= s.median*7
}

// lineShape reports whether view is hard-wrapped (most lines inside paragraphs end in
// the middle of a sentence) and the median byte length of those lines.
func lineShape(view string) (wrapped bool, median int) {
	var lens []int
	open := 0 // interior lines that end without sentence-final punctuation
	for rest := view; rest != ""; {
		nl := strings.IndexByte(rest, '\n')
		if nl < 0 {
			break
		}
		line := strings.TrimSpace(rest[:nl])
		rest = rest[nl+1:]
		next := rest
		if k := strings.IndexByte(next, '\n'); k >= 0 {
			next = next[:k]
		}
		if line == "" || strings.TrimSpace(next) == "" {
			continue // the last line of a paragraph
		}
		lens = append(lens, len(line))
		if !strings.ContainsRune(".!?:;\"')", rune(line[len(line)-1])) {
			open++
		}
	}
	if open < 2 || open*2 < len(lens) {
		return false, 0
	}
	// News text has a few dozen lines, but a hostile one has millions (the
	// insertion sort that was here made a 50 MB text of short lines quadratic).
	slices.Sort(lens)
	return true, lens[len(lens)/2]
}

// dateLine recognises a leading metadata line "date 2020-08" (also "Datum:" and
// German dates), records it and returns the index of the first token after it.
func (t *Text) dateLine(toks []Token) int {
	if len(toks) < 2 || toks[0].Kind != Word {
		return 0
	}
	switch toks[0].Text {
	case "date", "Date", "Datum", "datum":
	default:
		return 0
	}
	k := 1
	if toks[k].Text == ":" && toks[k].Gap == NoSpace {
		k++
	}
	if k >= len(toks) || toks[k].Gap >= Paragraph {
		return 0
	}
	v, ok := isoDate(toks[k].Text)
	if !ok || k+1 < len(toks) && toks[k+1].Gap == NoSpace {
		return 0
	}
	t.date = Span{toks[0].Span.Start, toks[k].Span.End}
	t.dateValue = v
	return k + 1
}

// isoDate parses YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY into ISO 8601 form.
func isoDate(s string) (string, bool) {
	digits := func(s string, n int) bool {
		if len(s) != n {
			return false
		}
		for i := 0; i < n; i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	month := func(m string) bool { return m >= "01" && m <= "12" }
	day := func(d string) bool { return d >= "01" && d <= "31" }
	parts := strings.Split(s, "-")
	switch {
	case len(parts) == 1 && digits(s, 4):
		return s, true
	case len(parts) == 2 && digits(parts[0], 4) && digits(parts[1], 2) && month(parts[1]):
		return s, true
	case len(parts) == 3 && digits(parts[0], 4) && digits(parts[1], 2) && digits(parts[2], 2) && month(parts[1]) && day(parts[2]):
		return s, true
	}
	parts = strings.Split(s, ".")
	if len(parts) == 3 && digits(parts[0], 2) && digits(parts[1], 2) && digits(parts[2], 4) && month(parts[1]) && day(parts[0]) {
		return parts[2] + "-" + parts[1] + "-" + parts[0], true
	}
	return "", false
}
