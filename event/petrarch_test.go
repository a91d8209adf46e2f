package event

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph"
)

const petrarchDict = "../../shared/data/petrarch/petrarch2/dictionaries/CAMEO.2.0.txt"

func TestLoadPetrarchVerbsSmall(t *testing.T) {
	src := `
&ARMS
+WEAPONS
+ARMS_

---  MEET_PEOPLE   [040]  ---
+MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }
MEET {MEETS MET MEETING}
- * (WITH LEADERS)                                    [036:036]     # MEET
- * CALLS                                             [:020]        # FACE
- $ * (AS NEGOTIATOR) (WITH +)                        [045]         # ACT
- + * ROCKET                                          [193]         # THWART
- * &ARMS (TO +)                                      [072]         # SHIP
`
	_, got := petrarchLines(t, src)
	for _, want := range []string{
		"040 SOURCE meet with TARGET?",
		"040 SOURCE meet|meets|met|meeting TARGET?",
		"036 SOURCE meet|meets|met|meeting with leaders TARGET?",
		"045 SOURCE meet|meets|met|meeting as negotiator with TARGET",
		"072 SOURCE meet|meets|met|meeting weapons|arms to TARGET",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "020") || strings.Contains(got, "193") {
		t.Errorf("passive-only or inexpressible patterns kept:\n%s", got)
	}
}

func TestLoadPetrarchVerbsCAMEO(t *testing.T) {
	f, err := os.Open(filepath.FromSlash(petrarchDict))
	if err != nil {
		t.Skipf("PETRARCH dictionary not found at %s: skipping", petrarchDict)
	}
	defer f.Close()
	ps, err := LoadPetrarchVerbs(f)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("CAMEO.2.0.txt: %d patterns", len(ps))
	if len(ps) < 5000 {
		t.Errorf("only %d patterns read", len(ps))
	}
	if _, err := f.Seek(0, 0); err != nil {
		t.Fatal(err)
	}
	st, err := NewStage(WithPetrarchVerbs(f))
	if err != nil {
		t.Fatal(err)
	}
	doc := buildCase(t, "Gondor rushed arms shipments to Arnor.", []caseActor{{"Gondor", "GON", []string{"Gondor"}}, {"Arnor", "ARN", []string{"Arnor"}}}, nil)
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) == 0 || doc.Events[0].Root() != "07" {
		for _, e := range doc.Events {
			t.Log(describe(doc, e))
		}
		t.Errorf("PETRARCH pattern RUSH * {ARMS SHIPMENT} not applied")
	}
}

func TestPetrarchReciprocalAndGroupCodes(t *testing.T) {
	if _, c := splitCode("ARRIVE  [032:033]"); c != "032:033" {
		t.Errorf("splitCode reciprocal: %q", c)
	}
	if _, c := splitCode("RENEW [---]"); c != "" {
		t.Errorf("splitCode ---: %q", c)
	}
	ps, err := LoadPetrarchVerbs(strings.NewReader("--- ARRIVE  [032:033]  ---\nARRIVE\n"))
	if err != nil || len(ps) == 0 {
		t.Fatalf("load: %v %d", err, len(ps))
	}
	if ps[0].Code != "032" || ps[0].rev == nil || ps[0].rev.Code != "033" {
		t.Errorf("reciprocal pattern: %+v", ps[0])
	}
	f := found{ev: newsgraph.Event{Code: "064",
		Source: &newsgraph.Actor{Entity: 0, Code: "FRO/BIL"},
		Target: &newsgraph.Actor{Entity: 1, Code: "ELR/GAL"}}, src: "E0", tgt: "E1"}
	got := splitGroups(f)
	var codes []string
	for _, g := range got {
		codes = append(codes, g.ev.Source.Code+">"+g.ev.Target.Code)
	}
	if strings.Join(codes, " ") != "FRO>ELR FRO>GAL BIL>ELR BIL>GAL" {
		t.Errorf("splitGroups: %v", codes)
	}
}

// petrarchLines loads a verb dictionary and returns its patterns and them
// as text, one "CODE pattern" per line.
func petrarchLines(t *testing.T, dict string) ([]*Pattern, string) {
	t.Helper()
	ps, err := LoadPetrarchVerbs(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, p := range ps {
		lines = append(lines, p.Code+" "+p.Line)
	}
	return ps, strings.Join(lines, "\n")
}
