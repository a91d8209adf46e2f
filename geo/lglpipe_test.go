package geo_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"newsgraph"
	"newsgraph/actor"
	"newsgraph/coref"
	"newsgraph/geo"
	"newsgraph/ner"
	"newsgraph/text"
)

var (
	pipeOnce sync.Once
	pipe     *newsgraph.Pipeline
	pipeErr  error
)

// fullPipeline builds the standard stages up to geo (no timex: places do not
// depend on times).
func fullPipeline(t testing.TB) *newsgraph.Pipeline {
	t.Helper()
	pipeOnce.Do(func() {
		pos, err := ner.LoadPOS()
		if err != nil {
			pipeErr = err
			return
		}
		nm, err := ner.LoadNER()
		if err != nil {
			pipeErr = err
			return
		}
		kb, err := actor.Load()
		if err != nil {
			pipeErr = err
			return
		}
		g, err := geo.Load()
		if err != nil {
			pipeErr = err
			return
		}
		pipe, pipeErr = newsgraph.NewPipeline(text.New(), ner.NewPOSStage(pos), ner.NewNERStage(nm),
			actor.NewStage(kb), coref.NewStage(kb), geo.NewStage(g))
	})
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
}

const lglPipeSample = `<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Café owners in Paris, France, met visitors from Xyzzyville.]]></text>
    <toponyms count="2">
      <toponym><start>15</start><end>20</end><phrase>Paris</phrase>
        <gaztag geonameid="2988507"><name>Paris</name><lat>48.85341</lat><lon>2.3488</lon></gaztag></toponym>
      <toponym><start>48</start><end>58</end><phrase>Xyzzyville</phrase>
        <gaztag geonameid="1"><name>Xyzzyville</name><lat>0</lat><lon>0</lon></gaztag></toponym>
    </toponyms>
  </article>
</articles>`

func TestScoreLGLPipelineSample(t *testing.T) {
	p := fullPipeline(t)
	run := func(text string) *newsgraph.Document {
		doc := &newsgraph.Document{Text: text}
		if err := p.Run(context.Background(), doc); err != nil {
			t.Error(err)
		}
		return doc
	}
	s, err := geo.ScoreLGLPipeline(context.Background(), run, strings.NewReader(lglPipeSample))
	if err != nil {
		t.Fatal(err)
	}
	t.Log(s)
	if s.Articles != 1 || s.Gold != 2 || s.Matched < 1 || s.Within161 < 1 {
		t.Errorf("score = %+v", s)
	}
}

// TestScoreLGLPipeline runs recognition and resolution on LGL's texts and
// logs recall, precision and accuracy@161km. LGL is GPL: evaluation only.
func TestScoreLGLPipeline(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "data", "lgl", "lgl.xml")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("LGL corpus not available (%v)", err)
	}
	defer f.Close()
	p := fullPipeline(t)
	run := func(text string) *newsgraph.Document {
		doc := &newsgraph.Document{Text: text}
		if err := p.Run(context.Background(), doc); err != nil {
			t.Error(err)
		}
		return doc
	}
	start := time.Now()
	s, err := geo.ScoreLGLPipeline(context.Background(), run, f)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s (%.1fs)", s, time.Since(start).Seconds())
	// Floors against regressions, below the measured recall 0.73 and
	// acc@161km 0.82 (the acceptance targets are 0.70 and 0.75): recall
	// also moves with the tagger, which this test does not control.
	if s.Articles != 588 || s.Recall() < 0.65 || s.Accuracy161() < 0.75 {
		t.Errorf("score %+v below floor", s)
	}
}
