package aussage

import (
	"sync"
	"unsafe"

	"github.com/aussage/aussage/internal/recycle"
)

func init() {
	recycle.Own = func(t any) { t.(*Text).recycled = true }
	recycle.Release = func(t any) { t.(*Text).release() }
}

// maxPooledBytes is the largest list, in bytes, that goes back to the pool. A
// program that analyses documents of up to a megabyte of any shape (a megabyte of
// commas is a million tokens, 56 MB of them) or some six megabytes of news prose
// reuses every list; a larger one is left to the collector, so that a rare huge
// document does not keep its memory in the pool. (A sync.Pool frees what is not
// taken again within two collections.) With lists of up to 65,536 elements, a
// megabyte of commas cost 62 ns a byte, against 45 with its lists reused and 35
// for a kilobyte. (A variable: the tests lower it.)
var maxPooledBytes = 64 << 20

// maxPooled returns the most elements a list of lp may have to go back to the pool.
func (lp *listPool[T]) maxPooled() int {
	var zero T
	return maxPooledBytes / max(1, int(unsafe.Sizeof(zero)))
}

// A listPool keeps lists of one kind, emptied, for reuse: the lists of the texts
// that package claim recycles (see package internal/recycle), and the working lists
// of a pass, which every text gives back.
type listPool[T any] struct{ p sync.Pool }

var (
	tokenLists    listPool[Token]
	sentenceLists listPool[Sentence]
	verbLists     listPool[Verb]
	clauseLists   listPool[Clause]
	finLists      listPool[bool] // clauser.fin
)

// get returns an empty list with room for n elements, which are zero (see put),
// from the pool if pooled is set and the pooled list is large enough. A pooled
// list too small is dropped, so the lists in the pool grow to the size of the
// texts analysed; a list too large for the pool leaves it alone.
func (lp *listPool[T]) get(pooled bool, n int) []T {
	if pooled && n <= lp.maxPooled() {
		if p, _ := lp.p.Get().(*[]T); p != nil && cap(*p) >= n {
			return (*p)[:0]
		}
	}
	return make([]T, 0, n)
}

// put hands s to the pool, cleared: stale strings would keep the texts they point
// into alive. A list is written only up to its length (appended to, or resliced
// over zero elements), so the elements past len(s) are still zero.
func (lp *listPool[T]) put(s []T) {
	if cap(s) == 0 || cap(s) > lp.maxPooled() {
		return
	}
	clear(s)
	lp.p.Put(&s)
}

// release returns the lists of a recycled text to the pools and resets them, so
// that they are computed again, into lists of their own, if asked for.
func (t *Text) release() {
	if !t.recycled {
		return
	}
	t.recycled = false
	tokenLists.put(t.tokens)
	sentenceLists.put(t.sentences)
	verbLists.put(t.verbs)
	clauseLists.put(t.clauses)
	t.tokOnce, t.sentOnce, t.verbOnce, t.clauseOnce = sync.Once{}, sync.Once{}, sync.Once{}, sync.Once{}
	t.tokens, t.sentences, t.verbs, t.clauses = nil, nil, nil, nil
	t.date, t.dateValue = Span{}, ""
}
