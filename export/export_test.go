package export

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/aussage/aussage/claim"
)

// seedPath is the article the package's tests export; it is ours (see testdata/).
var seedPath = filepath.Join("..", "testdata", "nordkorea-2020-08.txt")

// seed analyses the seed article.
func seed(t testing.TB) *claim.Document {
	t.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	d, err := claim.Analyze(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Claims) == 0 {
		t.Fatal("the seed article has no claims")
	}
	return d
}
