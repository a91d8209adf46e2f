package event

import (
	"context"
	"strings"
	"testing"

	"newsgraph"
)

// TestAttachment checks how sources and targets are found and completed:
// reciprocal coordination, agentless passives, lists headed by an office
// noun, threats whose condition names the target, protests against the
// protesters' own state, agent-only and story-country codes.
func TestAttachment(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	type actor struct {
		name, code string
		typ        newsgraph.EntityType
		specs      []string
	}
	cases := []struct {
		name   string
		text   string
		actors []actor
		place  string // an actor name that is also a geocoded place
		pos    map[string]string
		want   string // "CODE SRC/CODE TGT/CODE" of every event, "; "-joined
	}{
		{"reciprocal coordination", "Gondor and Osgiliath ratified the treaty.",
			[]actor{{"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}, {"Osgiliath", "OSG", newsgraph.Loc, []string{"Osgiliath"}}},
			"", map[string]string{"ratified": "VBD", "treaty": "NN"},
			"057 Gondor/GON Osgiliath/OSG; 057 Osgiliath/OSG Gondor/GON"},
		{"agentless passive takes the state of the place", "Two journalists were arrested in Tehran.",
			[]actor{{"Tehran", "IRN", newsgraph.Loc, []string{"Tehran"}}},
			"Tehran", map[string]string{"journalists": "NNS", "arrested": "VBN", "were": "VBD", "Two": "CD", "in": "IN"},
			"173 Tehran/IRN journalists/IRNMED"},
		{"agentless passive without a place", "Two journalists were arrested yesterday.",
			nil, "", map[string]string{"journalists": "NNS", "arrested": "VBN", "were": "VBD", "Two": "CD", "yesterday": "NN"},
			""},
		{"list headed by an office noun", "The ambassadors of Arnor, Osgiliath and Gondor condemned Mordor.",
			[]actor{{"Arnor", "ARN", newsgraph.Loc, []string{"Arnor"}}, {"Osgiliath", "OSG", newsgraph.Loc, []string{"Osgiliath"}},
				{"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}, {"Mordor", "MOR", newsgraph.Loc, []string{"Mordor"}}},
			"", map[string]string{"ambassadors": "NNS", "condemned": "VBD", "of": "IN"},
			"111 Arnor/ARNGOV Mordor/MOR; 111 Osgiliath/OSGGOV Mordor/MOR; 111 Gondor/GONGOV Mordor/MOR"},
		{"comma list with modifiers", "Evil Mordor, the awful Fornost, and good Gondor condemned Arnor.",
			[]actor{{"Mordor", "MOR", newsgraph.Loc, []string{"Mordor"}}, {"Fornost", "FOR", newsgraph.Loc, []string{"Fornost"}},
				{"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}, {"Arnor", "ARN", newsgraph.Loc, []string{"Arnor"}}},
			"", map[string]string{"Evil": "JJ", "awful": "JJ", "good": "JJ", "condemned": "VBD"},
			"111 Mordor/MOR Arnor/ARN; 111 Fornost/FOR Arnor/ARN; 111 Gondor/GON Arnor/ARN"},
		{"a participle after a comma shares the clause's subject", "Mordor attacked Gondor, killing five civilians.",
			[]actor{{"Mordor", "MOR", newsgraph.Loc, []string{"Mordor"}}, {"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}},
			"", map[string]string{"attacked": "VBD", "killing": "VBG", "civilians": "NNS", "five": "CD"},
			"180 Mordor/MOR Gondor/GON; 1823 Mordor/MOR civilians/CVL"}, // the victims are not the attacker's
		{"a threat's condition names the target", "Mordor threatened to halt talks if Gondor deploys troops.",
			[]actor{{"Mordor", "MOR", newsgraph.Loc, []string{"Mordor"}}, {"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}},
			"", map[string]string{"threatened": "VBD", "halt": "VB", "talks": "NNS", "deploys": "VBZ", "troops": "NNS"},
			"134 Mordor/MOR Gondor/GON"},
		{"a threat hands its code to the threatened act", "Mordor threatened to attack Gondor.",
			[]actor{{"Mordor", "MOR", newsgraph.Loc, []string{"Mordor"}}, {"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}},
			"", map[string]string{"threatened": "VBD", "attack": "VB"},
			"138 Mordor/MOR Gondor/GON"},
		{"a reduced passive after adverbs", "A Gondor civilian allegedly killed by Mordor soldiers was buried.",
			[]actor{{"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}, {"Mordor", "MOR", newsgraph.Loc, []string{"Mordor"}}},
			"", map[string]string{"civilian": "JJ", "allegedly": "RB", "killed": "VBN", "by": "IN", "soldiers": "NNS", "was": "VBD", "buried": "VBN", "A": "DT"},
			"190 Mordor soldiers/MORMIL Gondor/GONCVL"},
		{"the object's of-phrase is stepped over", "Mordor pressed workers of the Arnor Bus Company (ABC) to end the strike.",
			[]actor{{"Mordor", "MOR", newsgraph.Loc, []string{"Mordor"}}, {"Arnor Bus Company", "", newsgraph.Org, []string{"Arnor Bus Company"}}},
			"", map[string]string{"pressed": "VBD", "workers": "NNS", "of": "IN", "end": "VB", "strike": "NN", "(": "(", ")": ")", "ABC": "NNP"},
			"100 Mordor/MOR workers/MORLAB"},
		{"what a demand asks is no event", "Gondor rejected demands to release prisoners.",
			[]actor{{"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}},
			"", map[string]string{"rejected": "VBD", "demands": "NNS", "release": "VB", "prisoners": "NNS"},
			"120 Gondor/GON prisoners/GONOPP"},
		{"a list ends at its and", "Sauron threatened Gondor and Arnor, a weekly reports.",
			[]actor{{"Sauron", "", newsgraph.Person, []string{"Sauron"}}, {"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}, {"Arnor", "ARN", newsgraph.Loc, []string{"Arnor"}}},
			"", map[string]string{"threatened": "VBD", "weekly": "NN", "reports": "VBZ", "a": "DT"},
			"130 Sauron/ Gondor/GON; 130 Sauron/ Arnor/ARN"},
		{"foreign envoys are not the other side's", "Gondor officials briefed foreign ambassadors on Monday.",
			[]actor{{"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}},
			"", map[string]string{"officials": "NNS", "briefed": "VBD", "foreign": "JJ", "ambassadors": "NNS", "Monday": "NNP"},
			""},
		{"a protest without target is against the own state", "Gondorian students blocked roads on Sunday.",
			[]actor{{"Gondorian", "GON", newsgraph.Misc, []string{"Gondorian"}}},
			"", map[string]string{"students": "NNS", "blocked": "VBD", "roads": "NNS", "Gondorian": "JJ"},
			"144 Gondorian students/GONEDU GON/GON"}, // without a knowledge base the country's name is its code
		{"an indefinite official has only an agent", "A senior official resigned.",
			nil, "", map[string]string{"official": "NN", "senior": "JJ", "resigned": "VBD", "A": "DT"},
			"083 official/GOV -"},
		{"the government is the story's country's", "Gondor rejected the plan. The government arrested ten protesters.",
			[]actor{{"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}},
			"", map[string]string{"government": "NN", "arrested": "VBD", "protesters": "NNS", "rejected": "VBD", "plan": "NN", "ten": "CD"},
			"127 Gondor/GON -; 173 government/GONGOV protesters/GONOPP"},
		{"an optional target naming the source again gives way", "Gondor imposed restrictions on its civilians.",
			[]actor{{"Gondor", "GON", newsgraph.Loc, []string{"Gondor", "its"}}},
			"", map[string]string{"imposed": "VBD", "restrictions": "NNS", "civilians": "NNS", "on": "IN"},
			"172 Gondor/GON civilians/GONCVL"},
		{"rebels fighting a state organ are that state's", "Gondor soldiers attacked rebels.",
			[]actor{{"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}},
			"", map[string]string{"soldiers": "NNS", "attacked": "VBD", "rebels": "NNS"},
			"180 Gondor soldiers/GONMIL rebels/GONREB"},
		{"attacking plans is criticism", "Mordor attacked the Gondor plans.",
			[]actor{{"Mordor", "MOR", newsgraph.Loc, []string{"Mordor"}}, {"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}},
			"", map[string]string{"attacked": "VBD", "plans": "NNS"},
			"111 Mordor/MOR Gondor/GON"},
		{"bombarding with requests is no attack", "Mordor bombarded Gondor with a barrage of requests.",
			[]actor{{"Mordor", "MOR", newsgraph.Loc, []string{"Mordor"}}, {"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}},
			"", map[string]string{"bombarded": "VBD", "barrage": "NN", "requests": "NNS", "a": "DT", "of": "IN", "with": "IN"},
			""},
		{"a named organisation is not coloured by a foreign actor", "In Gondor, Gondor voters wait. Mordor was condemned by the Conservatives.",
			[]actor{{"Mordor", "MOR", newsgraph.Loc, []string{"Mordor"}}, {"Gondor", "GON", newsgraph.Loc, []string{"In Gondor|Gondor", ", Gondor|Gondor"}},
				{"Conservatives", "", newsgraph.Org, []string{"Conservatives"}}},
			"", map[string]string{"condemned": "VBN", "was": "VBD", "by": "IN", "voters": "NNS", "wait": "VBP"},
			"111 Conservatives/ Mordor/MOR"},
		{"a countryless threatener is not the threatened's", "Sauron threatened Gondor with new attacks.",
			[]actor{{"Sauron", "", newsgraph.Person, []string{"Sauron"}}, {"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}},
			"", map[string]string{"threatened": "VBD", "new": "JJ", "attacks": "NNS", "with": "IN"},
			"130 Sauron/ Gondor/GON"},
		{"a threat with a same-country context is domestic", "Gondorian officials said Sauron threatened Gondor.",
			[]actor{{"Sauron", "", newsgraph.Person, []string{"Sauron"}}, {"Gondor", "GON", newsgraph.Loc, []string{"threatened Gondor|Gondor"}},
				{"Gondorian", "GON", newsgraph.Misc, []string{"Gondorian"}}},
			"", map[string]string{"threatened": "VBD", "officials": "NNS", "said": "VBD", "Gondorian": "JJ"},
			"130 Sauron/GON Gondor/GON"},
		{"a later conjunct of a preposition's object is no subject", "Under the Fornost Crimes and Security Act, suspects can be detained in Gondor.",
			[]actor{{"Fornost Crimes", "", newsgraph.Org, []string{"Fornost Crimes"}}, {"Security Act", "", newsgraph.Org, []string{"Security Act"}}, {"Gondor", "GON", newsgraph.Loc, []string{"in Gondor|Gondor"}}},
			"Gondor", map[string]string{"Under": "IN", "suspects": "NNS", "can": "MD", "be": "VB", "detained": "VBN"},
			""},
		{"a participle after 'before' takes the clause's subject", "Mordor will condemn Gondor before visiting Arnor.",
			[]actor{{"Mordor", "MOR", newsgraph.Loc, []string{"Mordor"}}, {"Gondor", "GON", newsgraph.Loc, []string{"Gondor"}}, {"Arnor", "ARN", newsgraph.Loc, []string{"Arnor"}}},
			"", map[string]string{"will": "MD", "condemn": "VB", "before": "IN", "visiting": "VBG"},
			"111 Mordor/MOR Gondor/GON; 042 Mordor/MOR Arnor/ARN"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := newBuilder(t, c.text, "2025-07-10")
			for _, a := range c.actors {
				country := ""
				if len(a.code) >= 3 {
					country = a.code[:3]
				}
				ei := b.entity(a.name, a.typ, country, a.code, a.specs...)
				if a.name == c.place {
					pi := b.place(a.name, country, "city", a.specs[0])
					b.doc.Entities[ei].Place = pi
				}
			}
			doc := b.finish()
			for i := range doc.Tokens {
				tk := &doc.Tokens[i]
				switch p, ok := c.pos[tk.Text]; {
				case ok:
					tk.POS = p
				case tk.Text == "the" || tk.Text == "The":
					tk.POS = "DT"
				case tk.Text == "." || tk.Text == ",":
					tk.POS = tk.Text
				case tk.Text == "and" || tk.Text == "if":
					tk.POS = "CC"
				case tk.Text == "to":
					tk.POS = "TO"
				case tk.Text == "on" || tk.Text == "in":
					tk.POS = "IN"
				default:
					tk.POS = "NNP"
				}
			}
			if err := st.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range doc.Events {
				got = append(got, e.Code+" "+actorDesc(e.Source)+" "+actorDesc(e.Target))
			}
			if g := strings.Join(got, "; "); g != c.want {
				t.Errorf("got  %q\nwant %q", g, c.want)
			}
		})
	}
}

func actorDesc(a *newsgraph.Actor) string {
	if a == nil {
		return "-"
	}
	return a.Name + "/" + a.Code
}

// TestHypothetical: a modal of possibility (could, might, may, can) makes an event conditional,
// "May" the month does not.
func TestHypothetical(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want newsgraph.Modality
	}{
		{"Gondor could attack Mordor.", newsgraph.Conditional},
		{"Gondor might attack Mordor.", newsgraph.Conditional},
		{"Gondor can attack Mordor.", newsgraph.Conditional},
		{"Gondor attacked Mordor.", newsgraph.Asserted},
		{"In May Gondor attacked Mordor.", newsgraph.Asserted},
	} {
		doc := buildCase(t, c.text, []caseActor{{"Gondor", "GON", []string{"Gondor"}}, {"Mordor", "MOR", []string{"Mordor"}}}, nil)
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Events) != 1 || doc.Events[0].Modality != c.want {
			for _, e := range doc.Events {
				t.Log(describe(doc, e))
			}
			t.Errorf("%s: want one %s event", c.text, c.want)
		}
	}
}
