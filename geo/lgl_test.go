package geo

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// lglPath is LGL relative to this package's directory: the repo's
// ../shared/data/lgl/lgl.xml.
var lglPath = filepath.Join("..", "..", "shared", "data", "lgl", "lgl.xml")

// A made-up article in LGL's format: one toponym with a multi-byte character
// before it (offsets are code points), one unknown place, one without a
// gold point.
const lglSample = `<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Café owners in Riyadh met visitors from Xyzzyville and Nowhere.]]></text>
    <toponyms count="3">
      <toponym><start>15</start><end>21</end><phrase>Riyadh</phrase>
        <gaztag geonameid="108410"><name>Riyadh</name><lat>24.68773</lat><lon>46.72185</lon></gaztag></toponym>
      <toponym><start>40</start><end>50</end><phrase>Xyzzyville</phrase>
        <gaztag geonameid="1"><name>Xyzzyville</name><lat>0</lat><lon>0</lon></gaztag></toponym>
      <toponym><start>55</start><end>62</end><phrase>Nowhere</phrase></toponym>
    </toponyms>
  </article>
</articles>`

func TestScoreLGLSample(t *testing.T) {
	s, err := ScoreLGL(context.Background(), NewStage(gaz(t)), strings.NewReader(lglSample))
	if err != nil {
		t.Fatal(err)
	}
	if s.Articles != 1 || s.Toponyms != 2 || s.Resolved != 1 || s.Within161 != 1 || s.MeanKm > 1 {
		t.Errorf("score = %+v", s)
	}
	if s.AUC < 0.49 || s.AUC > 0.51 {
		t.Errorf("AUC = %v, want ≈ 0.5 (one exact, one maximal)", s.AUC)
	}
	t.Log(s)
}

func TestScoreLGL(t *testing.T) {
	f, err := os.Open(lglPath)
	if err != nil {
		t.Skipf("LGL corpus not available (%v): skipping the geoparsing score", err)
	}
	defer f.Close()
	s, err := ScoreLGL(context.Background(), NewStage(gaz(t)), f)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(s)
	if s.Articles != 588 || s.Toponyms < 4000 {
		t.Errorf("read %d articles, %d toponyms: want 588 and 4,462", s.Articles, s.Toponyms)
	}
	// A floor against regressions, well below the measured score.
	if s.Accuracy161() < 0.45 {
		t.Errorf("accuracy@161km %.3f, want ≥ 0.45", s.Accuracy161())
	}
}
