package event

import (
	"context"
	"strings"
	"testing"

	"newsgraph"
)

// tag sets the POS of every token from "word/TAG ..." (untagged words NN).
func tag(doc *newsgraph.Document, tags string) {
	m := map[string]string{}
	for _, f := range strings.Fields(tags) {
		w, p, _ := strings.Cut(f, "/")
		m[w] = p
	}
	for i, t := range doc.Tokens {
		p, ok := m[t.Text]
		if !ok {
			p = "NN"
		}
		doc.Tokens[i].POS = p
	}
}

func TestActorComposition(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	type ent struct {
		name          string
		typ           newsgraph.EntityType
		country, code string
		specs         []string
	}
	cases := []struct {
		name, text, tags string
		ents             []ent
		place            [3]string // name, country, spec
		root, src, tgt   string
	}{
		{"demonym + nominal", "Palestinian officials demanded that the United States act.",
			"Palestinian/JJ officials/NNS demanded/VBD that/IN the/DT United/NNP States/NNP act/VB ./.",
			[]ent{{"Palestinian", newsgraph.Misc, "PSE", "", []string{"Palestinian"}},
				{"officials", newsgraph.Person, "", "", []string{"officials"}},
				{"United States", newsgraph.Loc, "USA", "USA", []string{"the United States"}}},
			[3]string{}, "10", "PSEGOV", "USA"},
		{"nominal from country", "Soldiers from Gondor attacked Mordor.",
			"Soldiers/NNS from/IN Gondor/NNP attacked/VBD Mordor/NNP ./.",
			[]ent{{"Gondor", newsgraph.Loc, "", "GON", []string{"Gondor"}},
				{"Mordor", newsgraph.Loc, "", "MOR", []string{"Mordor"}}},
			[3]string{}, "18", "GONMIL", "MOR"},
		{"country + agent noun, object after a noun", "The Calenardhon government condemned an attack by Osgiliath soldiers.",
			"The/DT Calenardhon/NNP government/NN condemned/VBD an/DT attack/NN by/IN Osgiliath/NNP soldiers/NNS ./.",
			[]ent{{"Calenardhon", newsgraph.Loc, "", "CAL", []string{"Calenardhon"}},
				{"Osgiliath", newsgraph.Loc, "", "OSG", []string{"Osgiliath"}}},
			[3]string{}, "11", "CALGOV", "OSGMIL"},
		{"city stands for its country", "Turkey asked Tehran to provide information.",
			"Turkey/NNP asked/VBD Tehran/NNP to/TO provide/VB information/NN ./.",
			[]ent{{"Turkey", newsgraph.Loc, "TUR", "TUR", []string{"Turkey"}},
				{"Tehran", newsgraph.Loc, "", "", []string{"Tehran"}}},
			[3]string{"Tehran", "IRN", "Tehran"}, "02", "TUR", "IRN"},
		{"partitive subject", "Dozens of journalists appealed to the Sudanese government.",
			"Dozens/NNS of/IN journalists/NNS appealed/VBD to/TO the/DT Sudanese/JJ government/NN ./.",
			[]ent{{"Sudanese government", newsgraph.Org, "SDN", "SDNGOV", []string{"the Sudanese government"}}},
			[3]string{}, "02", "SDNMED", "SDNGOV"}, // countryless journalists take the government's country
		{"coordinated object before more pattern words", "Turkey asked Tehran and Damascus to provide information.",
			"Turkey/NNP asked/VBD Tehran/NNP and/CC Damascus/NNP to/TO provide/VB information/NN ./.",
			[]ent{{"Turkey", newsgraph.Loc, "TUR", "TUR", []string{"Turkey"}},
				{"Tehran", newsgraph.Loc, "", "", []string{"Tehran"}},
				{"Damascus", newsgraph.Loc, "SYR", "SYR", []string{"Damascus"}}},
			[3]string{"Tehran", "IRN", "Tehran"}, "02", "TUR", "IRN"},
		{"leader named by surname", "Putin attacked Ukraine.",
			"Putin/NNP attacked/VBD Ukraine/NNP ./.",
			[]ent{{"Putin", newsgraph.Person, "", "", []string{"Putin"}},
				{"Ukraine", newsgraph.Loc, "UKR", "UKR", []string{"Ukraine"}}},
			[3]string{}, "18", "RUSGOV", "UKR"},
		{"countryless person takes the other actor's country", "Omar Bashir accused Sudan.",
			"Omar/NNP Bashir/NNP accused/VBD Sudan/NNP ./.",
			[]ent{{"Omar Bashir", newsgraph.Person, "", "", []string{"Omar Bashir"}},
				{"Sudan", newsgraph.Loc, "SDN", "SDN", []string{"Sudan"}}},
			[3]string{}, "11", "SDN", "SDN"},
		{"but not on a visit", "Omar Bashir visited Sudan.",
			"Omar/NNP Bashir/NNP visited/VBD Sudan/NNP ./.",
			[]ent{{"Omar Bashir", newsgraph.Person, "", "", []string{"Omar Bashir"}},
				{"Sudan", newsgraph.Loc, "SDN", "SDN", []string{"Sudan"}}},
			[3]string{}, "04", "", "SDN"},
		{"intergovernmental organisation", "The European Community accused Sudan.",
			"The/DT European/NNP Community/NNP accused/VBD Sudan/NNP ./.",
			[]ent{{"European Community", newsgraph.Org, "", "", []string{"European Community"}},
				{"Sudan", newsgraph.Loc, "SDN", "SDN", []string{"Sudan"}}},
			[3]string{}, "11", "IGO", "SDN"},
		{"intent hands over to the event it introduces", "Iraq is prepared to impose martial law.",
			"Iraq/NNP is/VBZ prepared/VBN to/TO impose/VB martial/JJ law/NN ./.",
			[]ent{{"Iraq", newsgraph.Loc, "IRQ", "IRQ", []string{"Iraq"}}},
			[3]string{}, "13", "IRQ", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := newBuilder(t, c.text, "2025-07-10")
			for _, e := range c.ents {
				b.entity(e.name, e.typ, e.country, e.code, e.specs...)
			}
			if c.place[0] != "" {
				b.place(c.place[0], c.place[1], "city", c.place[2])
			}
			doc := b.finish()
			tag(doc, c.tags)
			if err := st.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			if len(doc.Events) == 0 {
				t.Fatalf("no event")
			}
			e := doc.Events[0]
			code := func(a *newsgraph.Actor) string {
				if a == nil {
					return ""
				}
				return a.Code
			}
			if e.Root() != c.root || code(e.Source) != c.src || code(e.Target) != c.tgt {
				t.Errorf("got %s, want %s %s→%s", describe(doc, e), c.root, c.src, c.tgt)
			}
		})
	}
}

func TestConjunctsWithModifiers(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	b := newBuilder(t, "Gondor, the awful Fornost and Bree attacked Mordor.", "2025-07-10")
	b.entity("Gondor", newsgraph.Loc, "", "GON", "Gondor")
	b.entity("Fornost", newsgraph.Loc, "", "FOR", "Fornost")
	b.entity("Bree", newsgraph.Loc, "", "BRE", "Bree")
	b.entity("Mordor", newsgraph.Loc, "", "MOR", "Mordor")
	doc := b.finish()
	tag(doc, "Gondor/NNP ,/, the/DT awful/JJ Fornost/NNP and/CC Bree/NNP attacked/VBD Mordor/NNP ./.")
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Source.Code+">"+e.Target.Code)
	}
	if strings.Join(got, " ") != "GON>MOR FOR>MOR BRE>MOR" {
		t.Errorf("got %v, want one attack per conjunct", got)
	}
}
