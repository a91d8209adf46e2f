package event

import (
	"context"
	"strings"
	"testing"

	"newsgraph"
	"newsgraph/text"
)

// FuzzProcess codes arbitrary text with capitalised words as entity
// mentions: it must not panic and every evidence span must lie in the text.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"Mr Putin met Mr Xi in Beijing on Monday.",
		"Gondor and Osgiliath attacked Mordor, the army said.",
		"The first meeting between Mr Rubio, who , and his ( counterpart",
		"X would face tariffs if",
		"“",
		"",
		"\xff\xfe Mr A met",
		"A and B and C and D and E met F, G and H.",
	} {
		f.Add(s)
	}
	st, err := NewStage()
	if err != nil {
		f.Fatal(err)
	}
	seg := text.New()
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "?")
		doc := &newsgraph.Document{Text: s}
		_ = seg.Process(context.Background(), doc)
		for i, tk := range doc.Tokens {
			if tk.Text != "" && tk.Text[0] >= 'A' && tk.Text[0] <= 'Z' {
				ei := len(doc.Entities)
				doc.Entities = append(doc.Entities, newsgraph.Entity{Name: tk.Text, Code: "XXX", Mentions: []int{len(doc.Mentions)}, Place: -1})
				doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: tk.Span, Text: tk.Text, Kind: newsgraph.Name, Entity: ei})
				if i%3 == 0 {
					doc.Places = append(doc.Places, newsgraph.Place{Name: tk.Text, Country: "XXX", Feature: "city", Mentions: []newsgraph.Span{tk.Span}})
				}
				if i%4 == 0 {
					doc.Times = append(doc.Times, newsgraph.TimeExpr{Span: tk.Span, Value: "2025-01", Type: newsgraph.Date})
				}
			}
		}
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatalf("error: %v", err)
		}
		for _, e := range doc.Events {
			if len(e.Evidence) == 0 {
				t.Fatalf("event without evidence")
			}
			for _, sp := range e.Evidence {
				if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
					t.Fatalf("evidence %v out of bounds (len %d)", sp, len(s))
				}
			}
			if e.Source == nil || e.Place >= len(doc.Places) {
				t.Fatalf("bad event %+v", e)
			}
		}
	})
}

func BenchmarkProcessSeed(b *testing.B) {
	doc := seedDoc(b)
	st, err := NewStage()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		d := *doc
		_ = st.Process(context.Background(), &d)
	}
}

func BenchmarkNewStage(b *testing.B) {
	for b.Loop() {
		if _, err := NewStage(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestStageInterface(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	var s newsgraph.Stage = st
	if s.Name() != "event" {
		t.Errorf("name %q", s.Name())
	}
	if got := s.Provides(); len(got) != 1 || got[0] != newsgraph.LayerEvents {
		t.Errorf("provides %v", got)
	}
	need := map[newsgraph.Layer]bool{}
	for _, l := range s.Requires() {
		need[l] = true
	}
	for _, l := range []newsgraph.Layer{newsgraph.LayerSentences, newsgraph.LayerTokens, newsgraph.LayerEntities, newsgraph.LayerTimes, newsgraph.LayerPlaces} {
		if !need[l] {
			t.Errorf("does not require %s", l)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc := buildCase(t, "Mr Putin met Mr Xi.", []caseActor{{"Putin", "RUSGOV", []string{"Mr Putin"}}, {"Xi", "CHNGOV", []string{"Mr Xi"}}}, nil)
	if err := st.Process(ctx, doc); err == nil {
		t.Errorf("cancelled context: want error")
	}
}
