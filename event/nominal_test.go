package event

import (
	"context"
	"strings"
	"testing"

	"newsgraph"
)

// TestNounPatterns checks the "; noun" flag: the trigger must be a noun and
// the source the name inside its noun phrase, never a clause subject further
// left or a town naming where it happened.
func TestNounPatterns(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	type actor struct {
		name, code string
		typ        newsgraph.EntityType
		spec       string
	}
	cases := []struct {
		name   string
		text   string
		actors []actor
		nouns  []string // tokens tagged NN/NNS; every other word is tagged VBD or JJ below
		adjs   []string
		want   string // "CODE SOURCE TARGET" of the only event, "" = none
	}{
		{"demonym before noun", "Palestinian riots against Israeli troops continued.",
			[]actor{{"Palestinian", "PSE", newsgraph.Misc, "Palestinian"}, {"Israeli troops", "ISRMIL", newsgraph.Org, "Israeli troops"}},
			[]string{"riots", "troops"}, []string{"Palestinian", "Israeli"}, "145 Palestinian Israeli troops"},
		{"adjective between", "Israeli fresh air strikes on Gaza continued.",
			[]actor{{"Israeli", "ISR", newsgraph.Misc, "Israeli"}, {"Gaza", "PSE", newsgraph.Loc, "Gaza"}},
			[]string{"air", "strikes"}, []string{"Israeli", "fresh"}, "195 Israeli Gaza"},
		{"clause subject is not the source", "Police watched the riots against Mr Blair.",
			[]actor{{"Police", "GBRCOP", newsgraph.Org, "Police"}, {"Blair", "GBRGOV", newsgraph.Person, "Mr Blair"}},
			[]string{"riots", "Police"}, nil, ""},
		{"a town names the place", "The Brixton riots against police were remembered.",
			[]actor{{"Brixton", "", newsgraph.Loc, "Brixton"}, {"police", "GBRCOP", newsgraph.Org, "police"}},
			[]string{"riots", "police"}, nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := newBuilder(t, c.text, "2025-07-10")
			for _, a := range c.actors {
				country := ""
				if len(a.code) >= 3 {
					country = a.code[:3]
				}
				b.entity(a.name, a.typ, country, a.code, a.spec)
			}
			doc := b.finish()
			for i := range doc.Tokens {
				tk := &doc.Tokens[i]
				switch {
				case contains(c.nouns, tk.Text):
					tk.POS = "NNS"
				case contains(c.adjs, tk.Text):
					tk.POS = "JJ"
				case tk.Text == "the" || tk.Text == "The":
					tk.POS = "DT"
				case tk.Text == "against" || tk.Text == "on":
					tk.POS = "IN"
				case tk.Text == "." || tk.Text == ",":
					tk.POS = tk.Text
				default:
					tk.POS = "NNP"
					if strings.HasSuffix(tk.Text, "ed") {
						tk.POS = "VBD"
					}
				}
			}
			if err := st.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, e := range doc.Events {
				if got != "" {
					got += "; "
				}
				got += e.Code + " " + actorName(e.Source) + " " + actorName(e.Target)
			}
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func actorName(a *newsgraph.Actor) string {
	if a == nil {
		return "-"
	}
	return a.Name
}
