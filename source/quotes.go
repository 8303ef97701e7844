package source

import (
	"slices"
	"strings"
	"unicode"

	"github.com/aussage/aussage"
)

// qpair is a quotation pair by token index: toks[open] opens, toks[close] closes;
// close is the last token of the paragraph for a quote continued in the next one.
type qpair struct {
	open, close int
	closed      bool
	single      bool
}

// family groups the marks that pair with each other: 0 double, 1 single.
func family(glyph string) int {
	switch glyph {
	case "‚", "‘", "’", "'", "›", "‹":
		return 1
	}
	return 0
}

// pairQuotes pairs the quotation marks of the text by family, innermost first.
// A closing mark with no opener of its family is skipped (a stray mark or an
// apostrophe); an opener left open at the end of a paragraph is kept only if the
// next paragraph reopens a quote of the same family, the typographic convention for a
// quotation running over several paragraphs; other unclosed openers are dropped, and
// so is one that no mark has closed within maxQuoteTokens, so one stray mark never
// swallows the rest of the text.
//
// marks lists, in order, the only tokens that matter: the quotation marks and
// the tokens that start a paragraph (other than the first). run gathers them in
// its pass over the tokens, which spares this one a pass of its own over them all.
// The pairs are appended to pairs, with stack as the working list of open
// marks; both are returned for the caller to reuse.
func pairQuotes(t *aussage.Text, toks []aussage.Token, marks []int32, pairs []qpair, stack []quoteOpen) ([]qpair, []quoteOpen) {
	type open = quoteOpen
	// Two marks make a pair, or one opener and the paragraph that reopens it: half
	// the marks is what a text of many quotations pairs, sized once.
	pairs = slices.Grow(pairs, len(marks)/2)
	flush := func(next int) {
		// next: index of the first token of the next paragraph (len(toks) at the end)
		for len(stack) > 0 {
			o := stack[0]
			stack = stack[1:]
			if o.fam == 0 && next < len(toks) && toks[next].Kind == aussage.QuoteOpen &&
				family(t.Slice(toks[next].Span)) == 0 && next-1 > o.tok {
				pairs = appendDoubling(pairs, qpair{open: o.tok, close: next - 1})
			}
		}
	}
	for _, m := range marks {
		i := int(m)
		tok := &toks[i]
		if tok.Gap == aussage.Paragraph && i > 0 {
			flush(i)
		}
		// an opener that has waited maxQuoteTokens is a stray mark: the stack
		// holds openers in text order, so the oldest go first
		for len(stack) > 0 && i-stack[0].tok > maxQuoteTokens {
			stack = stack[1:]
		}
		switch tok.Kind {
		case aussage.QuoteOpen:
			stack = appendDoubling(stack, open{i, family(t.Slice(tok.Span))})
		case aussage.QuoteClose:
			f := family(t.Slice(tok.Span))
			for j := len(stack) - 1; j >= 0; j-- {
				if stack[j].fam == f {
					pairs = appendDoubling(pairs, qpair{open: stack[j].tok, close: i, closed: true, single: f == 1})
					stack = stack[:j]
					break
				}
			}
		}
	}
	flush(len(toks))
	// sort by opening token (each token opens at most one pair); nested quotes
	// come innermost first, so an insertion sort would be quadratic in their depth
	slices.SortFunc(pairs, func(x, y qpair) int { return x.open - y.open })
	return pairs, stack
}

// maxQuoteTokens is the most tokens a quotation spans within a paragraph. A text
// without paragraph breaks (a whole feed on one line) gives a stray opening mark
// no paragraph end to be dropped at, and it would pair with a closing mark whose
// own opener is missing hundreds of kilobytes on, making one quotation of
// everything between. The longest quotation in the speed corpus and the dev sets
// spans some 2 KB, about 350 tokens.
const maxQuoteTokens = 2000

// quoteOpen is an opening mark waiting for its pair: its token and family.
type quoteOpen struct{ tok, fam int }

// quoteShape classifies a quote by its form alone: whether it is long enough to be
// speech, and otherwise whether it names a title or introduces a term.
func quoteShape(toks []aussage.Token, q qpair) QuoteKind {
	words, sentenceEnd := 0, false
	for i := q.open + 1; i < q.close; i++ {
		switch toks[i].Kind {
		case aussage.Word, aussage.Number:
			words++
			if words > 10 {
				// the shape is settled: too long for a name or title, so speech;
				// stopping here keeps quotes nested deep linear
				return SpeechQuote
			}
		case aussage.Punct:
			switch toks[i].Text {
			case ".", "!", "?", ":", ";":
				// icelandreview.com is a name, not a sentence
				sentenceEnd = sentenceEnd || i+1 == q.close || toks[i+1].Gap != aussage.NoSpace
			}
		}
	}
	if webAddress(toks, q) {
		return TitleQuote // laut „news.example.org“: a site named by its address
	}
	if slogan(toks, q) {
		// skandierten Parolen wie „Gestohlene Wahl“: words chanted or written, however
		// much they look like a name; a quoted sentence stays speech
		if words >= 5 || sentenceEnd || !q.closed {
			return SpeechQuote
		}
		return ScareQuote
	}
	if !sentenceEnd && words <= 10 && nameLike(toks, q) {
		return TitleQuote // „Union pour un Mouvement Populaire“, „XXXII Championnat du Monde“
	}
	if words <= 4 && properName(toks, q) {
		return TitleQuote // „Interfax“, „OpenOffice“, „documenta 12“, „DFB“
	}
	exclaims := toks[q.close-1].Text == "!" || toks[q.close-1].Text == "?"
	if words >= 5 || (sentenceEnd && (words >= 2 || exclaims)) || !q.closed {
		return SpeechQuote
	}
	before := ""
	if q.open > 0 {
		before = toks[q.open-1].Key
	}
	after := ""
	if q.close+1 < len(toks) {
		after = toks[q.close+1].Key
	}
	switch {
	case hasAnyPrefix(before, "sogenannt", "genannt") || before != "als" && hasAnyPrefix(after, "genannt", "bezeichnet", "heißt", "heisst", "getauft"):
		// a „Ransomware“ genannte Software; but als „Fest“ bezeichnet is a judgement
		return TermQuote
	case titleNouns[before] || before == "namens" || before == "titel" || before == "motto":
		return TitleQuote
	}
	if q.open+1 < q.close && isCap(toks[q.open+1].Text) {
		allCap := true
		for i := q.open + 1; i < q.close; i++ {
			if toks[i].Kind == aussage.Word && !isCap(toks[i].Text) && !determiners[toks[i].Key] {
				allCap = false
			}
		}
		if allCap && words >= 2 && words <= 4 {
			return TitleQuote // a multi-word name; a single capitalised word is just a noun
		}
	}
	return ScareQuote
}

// sloganNouns name words chanted or written as a slogan (Parolen, Sprüche, eine
// Aufschrift); sloganVerbs chant them. Motto and Slogan are not among them: „Unter
// dem Motto „…““ names an event, it quotes nobody.
var (
	sloganNouns = set("parole", "parolen", "spruch", "sprüche", "sprüchen", "aufschrift", "aufschriften", "losung", "losungen",
		"sprechchor", "sprechchöre", "sprechchören", "schlachtruf", "schlachtrufe", "schlachtrufen", "rufe", "rufen")
	sloganVerbs = set("skandieren", "skandiert", "skandierte", "skandierten", "skandierter", "skandiertes", "skandierend",
		"skandierende", "skandierenden", "rufen", "ruft", "rief", "riefen", "gerufen", "gerufenen", "brüllten", "grölten")
)

// slogan reports whether the quotation q follows a slogan noun, with wie (etwa,
// zum Beispiel) between, or a slogan verb right before it: skandierten Sprüche wie
// „Nieder mit …“, Schilder mit der Aufschrift „Freie Presse“, mit Rufen wie
// „Lügner“, ein immer wieder skandiertes „Nie wieder“. The noun is capitalised and
// the verb is not, which tells Rufen from rufen.
func slogan(toks []aussage.Token, q qpair) bool {
	j := q.open - 1
	if j >= 1 && toks[j].Key == "beispiel" && toks[j-1].Key == "zum" {
		j -= 2
	} else if j >= 0 && toks[j].Key == "etwa" {
		j--
	}
	wie := j >= 1 && toks[j].Key == "wie" && toks[j].Kind == aussage.Word
	if wie {
		j--
	}
	if j < 0 || toks[j].Kind != aussage.Word {
		return false
	}
	if isCap(toks[j].Text) {
		return sloganNouns[toks[j].Key]
	}
	return !wie && sloganVerbs[toks[j].Key]
}

// webAddress reports whether the quotation q holds a web address only: words
// joined by dots without spaces, the last a short top-level domain in lower case
// (news.example.org, icelandreview.com).
func webAddress(toks []aussage.Token, q qpair) bool {
	if q.close-q.open < 4 || !q.closed {
		return false
	}
	for i := q.open + 1; i < q.close; i++ {
		t := &toks[i]
		if (i-q.open)%2 == 0 {
			if t.Kind != aussage.Punct || t.Text != "." || t.Gap != aussage.NoSpace || toks[i+1].Gap != aussage.NoSpace {
				return false
			}
		} else if t.Kind != aussage.Word && t.Kind != aussage.Number {
			return false
		}
	}
	last := toks[q.close-1].Text
	if i := strings.LastIndexByte(last, '.'); i >= 0 {
		last = last[i+1:] // bbc.co.uk is one token
	}
	return (q.close-q.open)%2 == 0 && topLevelDomains[last]
}

// topLevelDomains end the web addresses that webAddress accepts.
var topLevelDomains = set("com", "org", "net", "info", "de", "at", "ch", "eu", "uk", "fr", "it", "es", "nl", "be", "pl", "ru",
	"us", "tv", "io", "gov", "edu", "int", "cn", "jp", "in", "au", "ca", "se", "dk", "no", "fi", "cz", "tk", "ly")

// nameLike reports whether every word of a quote of two or more words is
// capitalised or a short function word: a name or title, not a sentence.
func nameLike(toks []aussage.Token, q qpair) bool {
	words := 0
	for i := q.open + 1; i < q.close; i++ {
		t := toks[i]
		if t.Kind != aussage.Word {
			continue
		}
		words++
		if !isCap(t.Text) && !nameFunctionWords[t.Key] {
			return false
		}
	}
	return words >= 2
}

// properName reports whether the first word of a quote looks like a proper name
// rather than a common noun: all capitals, an inner capital, a digit or a dot.
func properName(toks []aussage.Token, q qpair) bool {
	for i := q.open + 1; i < q.close; i++ {
		t := toks[i].Text
		if toks[i].Kind == aussage.Number {
			return true
		}
		if toks[i].Kind != aussage.Word {
			continue
		}
		upper := 0
		for j, r := range t {
			if unicode.IsUpper(r) {
				upper++
			}
			if unicode.IsDigit(r) || r == '.' && j > 0 {
				return true
			}
		}
		return upper >= 2
	}
	return false
}

// nameFunctionWords may stand lower-case inside a name (Institute of Science,
// Championnat du Monde, Mit dem Goldbären zur Kultmarke).
var nameFunctionWords = set("of", "the", "and", "for", "de", "du", "des", "la", "le", "les", "pour", "un", "une", "et", "del", "di",
	"da", "y", "van", "von", "der", "dem", "den", "die", "das", "zur", "zum", "und", "im", "in", "am", "an", "auf", "mit", "für", "vom")

func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if len(s) >= len(p) && s[:len(p)] == p {
			return true
		}
	}
	return false
}

// titleNouns precede a quoted name or title (eine Gruppe mit Namen „Lazarus“).
var titleNouns = set("namen", "titel", "film", "buch", "roman", "album", "lied", "song", "single", "operation", "projekt",
	"programm", "sendung", "serie", "magazin", "zeitung", "zeitschrift", "motto", "slogan", "aktion", "kampagne", "gruppe",
	"band", "schiff", "hurrikan", "sturm", "tief", "hoch", "organisation", "partei", "bewegung", "initiative", "plan", "gesetz",
	"stück", "oper", "ausstellung", "show", "spiel", "marke", "restaurant", "hotel", "verein", "mission", "codename", "spitzname")
