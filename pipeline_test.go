package newsgraph_test

import (
	"context"
	"strings"
	"testing"

	"newsgraph"
)

func stage(name string, needs, adds []newsgraph.Layer) newsgraph.Stage {
	return newsgraph.StageFunc{StageName: name, Needs: needs, Adds: adds,
		Fn: func(context.Context, *newsgraph.Document) error { return nil }}
}

func TestNewPipelineChecksLayers(t *testing.T) {
	L := func(l ...newsgraph.Layer) []newsgraph.Layer { return l }
	tok := stage("tok", L(newsgraph.LayerText), L(newsgraph.LayerTokens, newsgraph.LayerSentences))
	ner := stage("ner", L(newsgraph.LayerTokens), L(newsgraph.LayerNER))
	if _, err := newsgraph.NewPipeline(tok, ner); err != nil {
		t.Fatalf("valid pipeline refused: %v", err)
	}
	_, err := newsgraph.NewPipeline(ner, tok)
	if err == nil || !strings.Contains(err.Error(), `"ner" requires tokens`) {
		t.Errorf("out-of-order pipeline: err = %v", err)
	}
	_, err = newsgraph.NewPipeline(tok, tok)
	if err == nil || !strings.Contains(err.Error(), "already provided") {
		t.Errorf("duplicate provider: err = %v", err)
	}
}

func TestRunRecoversPanicsAndValidates(t *testing.T) {
	bad := newsgraph.StageFunc{StageName: "bad", Fn: func(context.Context, *newsgraph.Document) error { panic("boom") }}
	p, _ := newsgraph.NewPipeline(bad)
	err := p.Run(context.Background(), &newsgraph.Document{Text: "x"})
	if newsgraph.ErrorCode(err) != newsgraph.EInternal || !strings.Contains(err.Error(), "boom") {
		t.Errorf("panic not turned into error: %v", err)
	}
	err = p.Run(context.Background(), &newsgraph.Document{Text: "a\xffb"})
	if newsgraph.ErrorCode(err) != newsgraph.EInvalid {
		t.Errorf("invalid UTF-8 accepted: %v", err)
	}
}

func TestRecordCodePoints(t *testing.T) {
	text := "“Hé” said Ann."
	i := strings.Index(text, "Ann")
	doc := &newsgraph.Document{ID: "x", Text: text,
		Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: i, End: i + 3}, Kind: newsgraph.Name}},
		Entities: []newsgraph.Entity{{ID: "E1", Type: newsgraph.Person, Name: "Ann", Mentions: []int{0}, Place: -1}},
	}
	r := doc.Record(newsgraph.RecordOptions{})
	m := r.Entities[0].Mentions[0]
	if m.Start != 10 || m.End != 13 || m.Text != "Ann" {
		t.Errorf("mention = %+v, want code points 10-13", m)
	}
	if err := newsgraph.CheckRecord(r); err != nil {
		t.Error(err)
	}
	r.Entities[0].Mentions[0].Start = 9
	if newsgraph.CheckRecord(r) == nil {
		t.Error("CheckRecord accepted a wrong mention text")
	}
}
