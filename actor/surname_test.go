package actor

import (
	"context"
	"testing"

	"newsgraph"
	"newsgraph/text"
)

func TestSurnames(t *testing.T) {
	kb := MustLoad()
	doc := &newsgraph.Document{Text: "Bernie Sanders lost Pennsylvania. Sanders himself acknowledged it. Mr. Warren spoke at Sanders Theater."}
	ctx := context.Background()
	if err := text.New().Process(ctx, doc); err != nil {
		t.Fatal(err)
	}
	ner{"Bernie Sanders": newsgraph.Person, "Pennsylvania": newsgraph.Loc}.Apply(doc)
	if err := NewStage(kb).Process(ctx, doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range doc.Mentions {
		if m.Source == "surname" {
			got = append(got, m.Text)
			if m.Type != newsgraph.Person || m.Kind != newsgraph.Name {
				t.Errorf("%q: %s %s", m.Text, m.Kind, m.Type)
			}
		}
	}
	// "Sanders Theater" is another name; "Mr. Warren" is no full name
	if len(got) != 1 || got[0] != "Sanders" {
		t.Errorf("surname mentions = %q, want [Sanders]", got)
	}
}
