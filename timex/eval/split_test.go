package timexeval

import (
	"path/filepath"
	"testing"

	"newsgraph/timex"
)

// TestTBAQSplit reports the figures on the two halves of TBAQ-cleaned
// (TimeBank and AQUAINT) separately, so that a change can be developed on
// one half and checked on the other.
func TestTBAQSplit(t *testing.T) {
	root := tbaqDir(t)
	st, err := timex.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range []string{"TimeBank", "AQUAINT"} {
		docs, err := LoadDir(filepath.Join(root, part))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %s", part, Score(docs, StageTagger(st), nil))
	}
}
