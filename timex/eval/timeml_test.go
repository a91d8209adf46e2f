package timexeval

import (
	"os"
	"path/filepath"
	"testing"
)

// tbaqDir locates the TempEval-3 training data relative to the repository.
func tbaqDir(t testing.TB) string {
	dir := filepath.Join("..", "..", "..", "shared", "data", "tempeval3", "TBAQ-cleaned")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("TimeML data not found at %s (see /work/shared/data/README.md): %v", dir, err)
	}
	return dir
}

func TestParseTimeML(t *testing.T) {
	src := `<?xml version="1.0" ?><TimeML><DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>Prices fell &amp; rose <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>, <EVENT eid="e1">said</EVENT> AT&amp;T.</TEXT></TimeML>`
	d, err := ParseTimeML(src)
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "X1" || d.DCT.Format("2006-01-02") != "1998-01-08" {
		t.Fatalf("id/dct: %q %v", d.ID, d.DCT)
	}
	if d.Text != "Prices fell & rose yesterday, said AT&T." {
		t.Fatalf("text %q", d.Text)
	}
	if len(d.Gold) != 1 || d.Text[d.Gold[0].Start:d.Gold[0].End] != "yesterday" || d.Gold[0].Value != "1998-01-07" {
		t.Fatalf("gold %+v", d.Gold)
	}
}

// TestTBAQ scores the pipeline of `newsgraph eval timeml` (segmenter, POS,
// timex) on all of TBAQ-cleaned (TestTBAQSplit dumps the outcomes).
func TestTBAQ(t *testing.T) {
	docs, err := LoadDir(tbaqDir(t))
	if err != nil {
		t.Fatal(err)
	}
	s := Score(docs, posTagger(t), nil)
	t.Logf("TBAQ-cleaned: %s", s)
	// floors a little under the measured figures
	if s.RelaxedF1 < floorRelaxedF1 || s.ValueF1 < floorValueF1 {
		t.Errorf("below floor: relaxed F1 %.3f (floor %.2f), value F1 %.3f (floor %.2f)", s.RelaxedF1, floorRelaxedF1, s.ValueF1, floorValueF1)
	}
}

const (
	floorRelaxedF1 = 0.94
	floorValueF1   = 0.81
)
