package source

import (
	"github.com/aussage/aussage"
)

// A QuoteKind says what a pair of quotation marks encloses.
type QuoteKind uint8

// The quotation kinds. Only Speech and Partial quotes are attributed.
const (
	SpeechQuote  QuoteKind = iota // someone's words: „Wir sind bereit“, sagte sie.
	PartialQuote                  // a quoted fragment inside indirect speech: er sei „tief enttäuscht“
	TitleQuote                    // a name or title: die Gruppe „Lazarus“, der Film „Heimat“
	TermQuote                     // a term being introduced: eine „Ransomware“ genannte Software
	ScareQuote                    // distance from a word: die „Reform“ (scare quotes)
)

var quoteKindNames = [...]string{"speech", "partial", "title", "term", "scare"}

// String returns the kind as the output format spells it.
func (k QuoteKind) String() string {
	if int(k) < len(quoteKindNames) {
		return quoteKindNames[k]
	}
	return "quote?"
}

// A Quote is one pair of quotation marks, or an opening mark whose quote runs on to
// the end of its paragraph because the next paragraph continues it.
type Quote struct {
	Span     aussage.Span // from the opening mark to the closing mark, both included
	Open     aussage.Span // the opening mark
	Close    aussage.Span // the closing mark; empty if the quote is continued in the next paragraph
	Kind     QuoteKind
	Continue bool // the quote continues in the next paragraph, which reopens it
}

// A Source is one speaker, organisation, document or group that the text quotes or
// reports, with all its mentions merged (Kim Jong-un, Machthaber Kim Jong-un, Kim, er).
type Source struct {
	Name     string // the fullest name mentioned, without a leading article
	Kind     Kind
	Mentions []aussage.Span // in text order
}

// A Type is the reported-speech type of an attribution.
type Type uint8

// The attribution types of the German reported-speech scheme.
const (
	Direct       Type = iota // the words in quotation marks, or after a colon in a quoting frame
	Indirect                 // a frame and dependent content: sagte, dass …; laut X; X zufolge
	FreeIndirect             // subjunctive or reportative sollen with no frame of its own
	Reported                 // a speech act named without its content: dementierte eine Verbindung
)

var typeNames = [...]string{"direct", "indirect", "free-indirect", "reported"}

// String returns the type as the output format spells it.
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return "type?"
}

// A Polarity is the polarity of the speech act itself (not of its content).
type Polarity uint8

// The polarities: a denial (dementiert, bestreitet) or a negated frame (wurde nicht
// erwähnt) is PolarityNegative.
const (
	PolarityPositive Polarity = iota
	PolarityNegative
)

// String returns "positive" or "negative".
func (p Polarity) String() string {
	if p == PolarityNegative {
		return "negative"
	}
	return "positive"
}

// An Attribution links reported content to its source. All spans are byte offsets
// into the original text, in text order; several spans mean a discontinuous element
// (the two parts of teilte … mit).
type Attribution struct {
	Type      Type
	Content   []aussage.Span // what was said; for direct speech, with the quotation marks
	Speaker   []aussage.Span // the speaker's mention as it stands in the frame; empty if none
	Cue       []aussage.Span // the reporting word(s): sagte, teilte … mit, laut, zufolge
	Frame     []aussage.Span // the whole introducing clause or phrase
	Addressee []aussage.Span // to whom it was said (gegenüber der Zeitung); empty if none
	Source    int            // index into Result.Sources, -1 if none
	Parent    int            // index of the attribution this one is nested in, -1 if none
	// Chain lists the sources from the outermost to the original one (indexes into
	// Result.Sources); the author is implied before the first. A relay (die
	// Staatsmedien zitierten ihn, unter Berufung auf) adds a hop.
	Chain []int
	// RelayOf is the index of the attribution whose words this one passes on, -1
	// if none: a relay's own report (Die Zeitung zitierte ihn mit den Worten …; …,
	// sagte er laut Spiegel Online) is an attribution too, with the same content
	// and the relay as speaker, so that a reader counting claims counts the words
	// once.
	RelayOf  int
	Lemma    string    // the reporting verb's lemma, or the frame word (laut, zufolge)
	Class    VerbClass // the reporting verb's class; NoClass for other frames
	Medium   Medium
	Polarity Polarity
}

// A Result holds everything the detector found in one text.
type Result struct {
	Quotes       []Quote
	Sources      []Source
	Attributions []Attribution
}
