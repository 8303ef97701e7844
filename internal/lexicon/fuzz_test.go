package lexicon

import (
	"strings"
	"testing"
)

// FuzzRead reads arbitrary text as a lexicon file: records or an error naming the file
// and line, never a panic; every record has fields with no tab and no surrounding
// space, and line numbers that increase.
func FuzzRead(f *testing.F) {
	f.Add("# header\n\na\tb\t\tc \n d \t e\n")
	f.Add("\xff\tx\r\n#\n\t\t\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		recs, err := Read("fuzz.tsv", strings.NewReader(s))
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.tsv") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		last := 0
		for _, r := range recs {
			if r.Line <= last {
				t.Fatalf("line %d after line %d", r.Line, last)
			}
			last = r.Line
			for _, fld := range r.Fields {
				if strings.Contains(fld, "\t") || strings.TrimSpace(fld) != fld {
					t.Fatalf("line %d: field %q is not trimmed", r.Line, fld)
				}
			}
		}
	})
}
