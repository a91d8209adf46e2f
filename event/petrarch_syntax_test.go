package event

import (
	"context"
	"strings"
	"testing"

	"newsgraph"
	"newsgraph/actor"
)

// TestPetrarchSyntax checks the verb-dictionary notation beyond plain
// words: synonym sets with several-word and nested members, a set name
// written with a trailing "_", "_" for adjacent words, a compound subject
// "%", the inflected word "+" of a multi-word verb, a verb form listed
// as written beating a lemma, a bare dictionary verb coding a built-in
// match that adds no content word, "^" skipping a phrase and a slot
// after the verb behind a preposition.
func TestPetrarchSyntax(t *testing.T) {
	dict := `
&NEGAUX
+WILL NOT
+WO N'T

&PREP_
+ON
+AGAINST

&TIES
+MILITARY
+&MORETIES

&MORETIES
+CULTURAL

--- CLASH  [120]  ---
CLASH
- &NEGAUX * OVER EFFORTS  [904]
- RECENTLY_*  [025]

--- ACT [100] ---
ACT
- * &PREP RESOLUTION  [102]

--- ABANDON [345] ---
ABANDON
- * &TIES TIES  [902]

--- AGREE [081] ---
AGREE
- % * [030:030]

--- TAP [1711] ---
WIRE_+TAP {WIRE_+TAPPED}

--- LEAVE [012] ---
LEAVE

--- LEFT [032:033] ---
LEFT

--- URGE [102] ---
URGE

--- WARN [160] ---
WARN
- * AT ^ +  [162]

--- RECEIVE [033] ---
RECEIVE
- + * MONEY $  [071]
`
	ps, got := petrarchLines(t, dict)
	for _, want := range []string{
		"904 SOURCE will not clash over efforts TARGET?",
		"904 SOURCE wo n't clash over efforts TARGET?",
		"102 SOURCE act on|against resolution TARGET?",
		"902 SOURCE abandon military|cultural ties TARGET?",
		"030 SOURCE agree",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	for _, p := range ps {
		switch {
		case p.Code == "030" && !p.compound:
			t.Errorf("%%: not a compound subject: %s", p.Line)
		case p.Code == "025" && !p.elems[2].tight:
			t.Errorf("RECENTLY_*: the verb is not adjacent: %s", p.Line)
		case p.Code == "1711" && p.elems[p.trigger].words[0] != "tap":
			t.Errorf("WIRE_+TAP: trigger %v", p.elems[p.trigger].words)
		}
	}

	st, err := NewStage(WithPetrarchVerbs(strings.NewReader(dict)))
	if err != nil {
		t.Fatal(err)
	}
	A := func(name, code string) caseActor { return caseActor{name, code, []string{name}} }
	cases := []struct {
		text   string
		actors []caseActor
		want   string // codes with source>target, in order
	}{
		{"Bree will not clash over the efforts of Eriador.", []caseActor{A("Bree", "BRE"), A("Eriador", "ERI")}, "904 BRE>ERI"},
		{"The Philippines and France agree that disputes should be settled.", []caseActor{A("Philippines", "PHL"), A("France", "FRA")}, "030 PHL>FRA 030 FRA>PHL"},
		{"Gondor recently did clash with Eriador.", []caseActor{A("Gondor", "GON"), A("Eriador", "ERI")}, "120 GON>ERI"},
		{"Telemar left for Arnor on Wednesday.", []caseActor{A("Telemar", "DAG"), A("Arnor", "ARN")}, "032 DAG>ARN 033 ARN>DAG"},
		{"Calenardhon urged Bree on Monday to help.", []caseActor{A("Calenardhon", "CAL"), A("Bree", "BRE")}, "102 CAL>BRE"},
		{"Denmark warned at Gondor of Arnor.", []caseActor{A("Denmark", "DNK"), A("Gondor", "GON"), A("Arnor", "ARN")}, "162 DNK>ARN"},
		{"Eriador has received money from Osgiliath.", []caseActor{A("Eriador", "ERI"), A("Osgiliath", "OSG")}, "071 OSG>ERI"},
	}
	for _, c := range cases {
		doc := buildCase(t, c.text, c.actors, nil)
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range doc.Events {
			s, g := "", ""
			if e.Source != nil {
				s = e.Source.Code
			}
			if e.Target != nil {
				g = e.Target.Code
			}
			out = append(out, e.Code+" "+s+">"+g)
		}
		if strings.Join(out, " ") != c.want {
			t.Errorf("%s\n got  %q\n want %q", c.text, strings.Join(out, " "), c.want)
		}
	}
}

// TestWithAgents: a loaded agent dictionary decides the agent of a phrase
// ("foreign minister" GOVFRM, the longest phrase) and codes a name by the
// agent of its phrase when nothing gives it a country.
func TestWithAgents(t *testing.T) {
	st, err := NewStage(WithAgents(
		actor.AgentEntry{Phrase: "foreign minister", Code: "GOVFRM"},
		actor.AgentEntry{Phrase: "official", Code: "GOV"},
	))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text   string
		actors []caseActor
		want   string
	}{
		{"Arnor's foreign minister urged Eriador to respond.",
			[]caseActor{{"Arnor", "ARN", []string{"Arnor"}}, {"Eriador", "ERI", []string{"Eriador"}}}, "ARNGOVFRM"},
		{"The official news agency WFNA criticised Gondor, Mordor said in Mordor.",
			[]caseActor{{"WFNA", "", []string{"WFNA"}}, {"Gondor", "GON", []string{"Gondor"}}, {"Mordor", "MOR", []string{"Mordor said|Mordor", "in Mordor|Mordor"}}}, "GOV"},
	} {
		doc := buildCase(t, c.text, c.actors, nil)
		for i := range doc.Entities {
			if doc.Entities[i].Name == "WFNA" {
				doc.Entities[i].Type = newsgraph.Org
			}
		}
		pos := map[string]string{"foreign": "JJ", "minister": "NN", "urged": "VBD", "to": "TO", "respond": "VB",
			"welcomed": "VBD", "the": "DT", "talks": "NNS", "official": "JJ", "news": "NN", "agency": "NN", "criticised": "VBD", "The": "DT", "in": "IN",
			",": ",", ".": ".", "'s": "POS"}
		for i := range doc.Tokens {
			if p, ok := pos[doc.Tokens[i].Text]; ok {
				doc.Tokens[i].POS = p
			} else {
				doc.Tokens[i].POS = "NNP"
			}
		}
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var srcs []string
		for _, e := range doc.Events {
			if e.Source != nil {
				srcs = append(srcs, e.Source.Code)
			}
		}
		found := false
		for _, s := range srcs {
			found = found || s == c.want
		}
		if !found {
			t.Errorf("%s: sources %v, want %s among them", c.text, srcs, c.want)
		}
	}
}
