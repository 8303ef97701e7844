package claim

import (
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"
	"unsafe"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/hedge"
	"github.com/aussage/aussage/internal/recycle"
	"github.com/aussage/aussage/internal/scratch"
	"github.com/aussage/aussage/source"
)

// DefaultMaxBytes is the largest text an [Analyzer] accepts unless [WithMaxBytes] says
// otherwise: 64 MiB, far above any article, small enough that a runaway input cannot
// exhaust memory.
const DefaultMaxBytes = 64 << 20

// ErrTooLarge is returned, wrapped, for a text longer than the Analyzer's limit.
var ErrTooLarge = errors.New("claim: text too large")

// An Analyzer turns texts into [Document]s. The zero value is ready to use: it detects
// with the built-in German lexicons and accepts texts up to [DefaultMaxBytes].
// An Analyzer is immutable and safe for concurrent use by multiple goroutines.
type Analyzer struct {
	hedges   *hedge.Detector
	sources  source.Detector
	maxBytes int
}

// An Option configures an [Analyzer].
type Option func(*Analyzer)

// WithMaxBytes sets the largest text, in bytes, the Analyzer accepts; n <= 0 means no
// limit.
func WithMaxBytes(n int) Option {
	return func(a *Analyzer) {
		if n <= 0 {
			n = -1
		}
		a.maxBytes = n
	}
}

// WithHedgeDetector makes the Analyzer find hedges with d, for example one built with
// a lexicon of your own (hedge.WithLexicon).
func WithHedgeDetector(d *hedge.Detector) Option { return func(a *Analyzer) { a.hedges = d } }

// WithSourceDetector makes the Analyzer find quotations and attributions with d.
func WithSourceDetector(d source.Detector) Option { return func(a *Analyzer) { a.sources = d } }

// New returns an Analyzer configured by opts.
func New(opts ...Option) *Analyzer {
	a := &Analyzer{}
	for _, o := range opts {
		o(a)
	}
	return a
}

// Analyze analyses text with an Analyzer configured by opts. It is the call most
// users make; reuse an [Analyzer] to analyse many documents with the same options.
func Analyze(text string, opts ...Option) (*Document, error) {
	return New(opts...).AnalyzeString(text)
}

// AnalyzeBytes is [Analyze] for a byte slice; the slice is copied.
func AnalyzeBytes(text []byte, opts ...Option) (*Document, error) {
	a := New(opts...)
	if err := a.checkSize(len(text)); err != nil { // before copying the slice
		return nil, err
	}
	return a.AnalyzeString(string(text))
}

// AnalyzeString analyses a plain string. Prefer it to Analyze(aussage.NewText(s))
// when the text is not needed beforehand: the text it makes is private until the
// document is built, so its token, sentence, verb and clause lists are handed on to
// the next document, which halves what an analysis allocates. The document's
// [Document.Text] computes them again when asked.
func (a *Analyzer) AnalyzeString(s string) (*Document, error) {
	// Refuse an oversized text before normalising it, which would cost time and a
	// copy of the text.
	if err := a.checkSize(len(s)); err != nil {
		return nil, err
	}
	// The text is made here and reaches the caller only through the document, so
	// its lists can go back to the pool once the document is built: nothing in a
	// document points into them, and the text computes them again if asked.
	t := aussage.NewText(s)
	recycle.Own(t)
	d, err := a.Analyze(t)
	recycle.Release(t)
	return d, err
}

// checkSize returns an error wrapping ErrTooLarge if n bytes exceed the limit.
func (a *Analyzer) checkSize(n int) error {
	limit := a.maxBytes
	if limit == 0 {
		limit = DefaultMaxBytes
	}
	if limit > 0 && n > limit {
		return fmt.Errorf("%w: %d bytes, the limit is %d; raise it with claim.WithMaxBytes", ErrTooLarge, n, limit)
	}
	return nil
}

// Analyze analyses a prepared text, which keeps its lists (tokens, sentences, verbs,
// clauses) for the caller. It fails only if the text is longer than the
// Analyzer's limit (an error wrapping [ErrTooLarge]). Invalid UTF-8 is analysed like
// U+FFFD and reported by t.Err, not here.
func (a *Analyzer) Analyze(t *aussage.Text) (*Document, error) {
	if err := a.checkSize(t.Len()); err != nil {
		return nil, err
	}
	hd := a.hedges
	if hd == nil {
		hd = defaultHedges
	}
	x := builders.Get().(*extraction)
	// The document's hedges copy what they need of the cues, so the cues are
	// collected into x's buffer, not into the new slice hedge's Find returns.
	cues := x.found[:0]
	// A text of millions of cues has the list grown to what the text so far
	// predicts, up to a cue a token.
	size, most := t.Len(), len(t.Tokens())
	for c := range hd.All(t) {
		cues = append(scratch.Room(cues, c.Spans[0].Start+1, size, most), c)
	}
	x.found = cues
	return x.build(t, a.sources.FindReusing(t, x.oldRes), cues), nil
}

// build makes the document of t from the detectors' results and returns x to
// builders. Every list of the document is made non-nil as it is written, as the
// format requires arrays: normalizeLists, a pass over the finished document, would
// read it all again.
func (x *extraction) build(t *aussage.Text, res *source.Result, cues []hedge.Cue) *Document {
	x.t, x.res, x.cues = t, res, cues
	x.d = x.newDocument()
	d := x.d
	d.Claims = x.extractClaims()
	x.release()
	return d
}

var defaultHedges = hedge.New()

// blockBytes is the least size of a block of the slabs that the lists of documents
// are cut from (see cut). A document that is kept keeps its blocks alive, with the
// lists of the documents before and after it that share them: a few kilobytes each.
const blockBytes = 4 << 10

// least returns how many elements of type T fill blockBytes.
func least[T any]() int {
	var zero T
	return max(1, blockBytes/int(unsafe.Sizeof(zero)))
}

// cut returns a list of n zero elements for one document. A short list is cut
// from what is left of s's block if it fits, else from a new block of blockBytes;
// the slabs live on with the extraction, and a news corpus is mostly short
// documents, whose lists so take one allocation for many documents instead of one
// for each list of each. A list of blockBytes or more is allocated by itself: cut
// from a block, it would leave the rest of the block unused.
func cut[T any](s *scratch.Slab[T], n int) []T {
	if m := least[T](); n < m {
		s.Size = m
		return s.Take(n)
	}
	return make([]T, n)
}

// newDocument converts the detectors' results into the document model with IDs.
func (x *extraction) newDocument() *Document {
	t, res, cues := x.t, x.res, x.cues
	// Size the next blocks of the lists that are cut in pieces (see cut): for
	// the chains (one per attribution, which its claim shares, and the author's)
	// and the hedges of every cue taken once, a block that holds all of them;
	// extractClaims does the same for the attributed claims' values. News text
	// has one claim in ten or so with a flag, and a document a few author values
	// (authorClaim), which take blocks that grow from the least size.
	chains := 1
	for i := range res.Attributions {
		chains += chainLen(&res.Attributions[i])
	}
	x.strs.Size, x.ints.Size = max(chains, least[string]()), max(len(cues), least[int]())
	x.flagsS.Size, x.authorSlab.Size = least[Flag](), least[SourceValue]()
	d := &Document{
		Format:       FormatVersion,
		text:         t,
		Sentences:    cut(&x.sentences, len(t.Sentences())),
		Quotes:       cut(&x.quotes, len(res.Quotes)),
		Sources:      cut(&x.sources, len(res.Sources)),
		Attributions: make([]Attribution, len(res.Attributions)), // written in place below
		Hedges:       cut(&x.hedges, len(cues)),
	}
	d.Date, _ = t.Date()
	for i, s := range t.Sentences() {
		d.Sentences[i] = s.Span
	}
	toks, verbs := t.Tokens(), t.Verbs()
	// Count the moods to size the list exactly, and fill it from the first one
	// to the last: most verbs are indicative, and many documents have no mood.
	moods, from, to := 0, 0, 0
	for i := range verbs {
		if isMood(verbs[i]) {
			if moods == 0 {
				from = i
			}
			moods, to = moods+1, i+1
		}
	}
	d.Moods = cut(&x.moods, moods)[:0]
	// A text that is valid UTF-8 has valid texts only: each is cut from it on rune
	// boundaries (or from its view) or joined from such pieces. Checking them was
	// a pass over every hedge, mood and source name.
	valid := t.Err() == nil
	text := func(s string) string {
		if valid {
			return s
		}
		return validUTF8(s)
	}
	for i := from; i < to; i++ {
		v := &verbs[i]
		if !isMood(*v) {
			continue
		}
		sp := toks[v.Token].Span
		d.Moods = append(d.Moods, Mood{Span: sp, Text: text(t.Slice(sp)), Mood: v.Mood.String()})
	}
	for i, q := range res.Quotes {
		d.Quotes[i] = Quote{Span: q.Span, Kind: q.Kind.String()}
	}
	x.sourceIDs = idsOf(&x.sourceBuf, 's', len(res.Sources))
	for i, s := range res.Sources {
		d.Sources[i] = Source{ID: x.sourceID(i), Name: text(s.Name), Kind: s.Kind.String(), Mentions: nonNil(s.Mentions)}
	}
	aids := idsOf(&x.idBuf, 'a', len(res.Attributions))
	ref := func(i int) Ref {
		if i < len(aids) {
			return Ref(aids[i])
		}
		return Ref(attributionID(i))
	}
	// The attributions are written in place, one field at a time: an Attribution
	// is large, and one built aside would be copied, with a write barrier per
	// pointer while the collector runs.
	for i := range res.Attributions {
		a, out := &res.Attributions[i], &d.Attributions[i]
		out.ID, out.Type, out.Class, out.Polarity = aids[i], a.Type.String(), a.Class.String(), a.Polarity.String()
		out.Content, out.Speaker, out.Addressee = nonNil(a.Content), nonNil(a.Speaker), nonNil(a.Addressee)
		if a.Type != source.Reported {
			// The German WikiNews scheme, which the format follows, annotates a
			// reported speech act as one content span with its verb and no frame.
			out.Cue, out.Frame = nonNil(a.Cue), nonNil(a.Frame)
		} else {
			out.Cue, out.Frame = []aussage.Span{}, []aussage.Span{}
		}
		out.Chain = x.chainIDs(a)
		if a.Source >= 0 {
			out.Source = Ref(x.sourceID(a.Source))
		}
		if a.Parent >= 0 {
			out.Parent = ref(a.Parent)
		}
		if a.RelayOf >= 0 {
			out.RelayOf = ref(a.RelayOf)
		}
	}
	for i, c := range cues {
		d.Hedges[i] = Hedge{Spans: nonNil(c.Spans), Text: text(c.Text), Class: c.Class, Value: c.Value, Score: c.Score}
	}
	return d
}

// isMood reports whether v is listed among the document's moods: an unambiguous
// Konjunktiv.
func isMood(v aussage.Verb) bool {
	return !v.Ambiguous && (v.Mood == aussage.Konjunktiv1 || v.Mood == aussage.Konjunktiv2)
}

// validUTF8 returns s with every byte that is not valid UTF-8 replaced by U+FFFD, as
// the view reads it. JSON carries only valid UTF-8, so a document's texts must be
// valid for it to read back from its JSON unchanged; the spans still point at the
// original bytes.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, r) // an invalid byte decodes as RuneError, size 1
		i += size
	}
	return string(b)
}

func attributionID(i int) string { return "a" + strconv.Itoa(i+1) }

// sourceID returns the ID of source i, from the document's list when i is in it.
func (x *extraction) sourceID(i int) string {
	if i >= 0 && i < len(x.sourceIDs) {
		return x.sourceIDs[i]
	}
	return "s" + strconv.Itoa(i+1)
}

// chainLen returns the length of the attribution's chain of IDs (chainIDs).
func chainLen(a *source.Attribution) int {
	if len(a.Chain) == 0 && a.Source >= 0 {
		return 2
	}
	return 1 + len(a.Chain)
}

// chainIDs returns the attribution's chain as IDs, the author first.
func (x *extraction) chainIDs(a *source.Attribution) []string {
	chain := x.strs.Take(chainLen(a))
	chain[0] = AuthorID
	for k, s := range a.Chain {
		chain[1+k] = x.sourceID(s)
	}
	if len(a.Chain) == 0 && a.Source >= 0 {
		chain[1] = x.sourceID(a.Source)
	}
	return chain
}
