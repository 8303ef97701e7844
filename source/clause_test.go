package source

import (
	"strings"
	"testing"

	"github.com/aussage/aussage"
)

// TestLongClauseReadInBlocks: a clause longer than maxClause (text without
// punctuation) is read in blocks of maxClause tokens, so that a verb frames the
// same in a long text as in a short one. Each „sagte“ frames a speech act, except
// the first of each block, which has no subject before it in its block; the long
// text used to frame nothing at all.
func TestLongClauseReadInBlocks(t *testing.T) {
	for _, n := range []int{20, 100, 2000} {
		tx := aussage.NewText(strings.Repeat("er sagte ", n))
		a := &analysis{t: tx, toks: tx.Tokens(), scr: new(scratch)}
		a.run(Detector{})
		blocks := (2*n + maxClause - 1) / maxClause
		if got, want := len(a.cands), n-blocks; got != want {
			t.Errorf("%d × „er sagte“: %d frames, want %d", n, got, want)
		}
	}
}
