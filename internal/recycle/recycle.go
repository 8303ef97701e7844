// Package recycle lets package claim hand the lists of a text back to package
// aussage for reuse. The token list is the largest allocation of an analysis, near
// half of all it allocates, and claim knows what no caller of aussage does: the
// Text that AnalyzeString makes is held by nobody else until the Document is built,
// and nothing the Document holds points into the lists. So that text takes its
// token, sentence, verb and clause lists from a pool and returns them when the
// document is done; asked again (Document.Text), it computes them anew.
//
// The hooks are functions set by package aussage when it is initialised, as the
// standard library connects packages through internal ones: an exported method of
// Text would let any caller invalidate lists that others still hold.
package recycle

// Own marks t, a new *aussage.Text that no other goroutine can reach yet, as one
// whose lists come from the pool and go back to it with Release.
var Own func(t any)

// Release returns the lists of t, marked with Own, to the pool and makes t compute
// them again when asked. Nothing may use the lists any more, and no other goroutine
// may use t while Release runs. A text not marked with Own keeps its lists.
var Release func(t any)
