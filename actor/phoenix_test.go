package actor

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"newsgraph"
	"newsgraph/text"
)

// dataDir returns ../shared/data relative to the repository root, or skips.
func dataDir(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Dir(filepath.Dir(file)) // actor/ → repo root
	dir := filepath.Join(root, "..", "shared", "data")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("development data not found at %s (../shared/data from the repo root): %v", dir, err)
	}
	return dir
}

func TestLoadPhoenixActorsInline(t *testing.T) {
	in := `# comment
UNITED_NATIONS_ [IGOUNO]
+U.N._
+UNITED_NATIONS_ORGANIZATION
SECRETARY-GENERAL_BAN_KI-MOON
+BAN_KI-MOON
	[IGOUNO >20070101]
	[KORGOVBUS 2004017-20061201]
JAVIER_SOLANA_	[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # two codes
NO_CODE_HERE_

KREMLIN_
+RUSSIAN_WHITE_HOUSE
	[RUSGOV]
`
	got, err := LoadPhoenixActors(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 {
		t.Fatalf("got %d entries: %+v", len(got), got)
	}
	tests := []struct {
		i        int
		name     string
		syn      string
		on, code string
		typ      newsgraph.EntityType
	}{
		{0, "United Nations", "U.N.", "", "IGOUNO", newsgraph.Org},
		{1, "Secretary-General Ban Ki-Moon", "BAN KI-MOON", "2010-01-01", "IGOUNO", newsgraph.Person},
		{2, "Javier Solana", "JAVIER SOLANA", "1998-01-01", "IGOWSTNAT", newsgraph.Person},
		{2, "Javier Solana", "JAVIER SOLANA", "1995-08-01", "IGOEUREEC", newsgraph.Person},
		{3, "Kremlin", "RUSSIAN WHITE HOUSE", "", "RUSGOV", newsgraph.Org},
	}
	for _, tc := range tests {
		e := got[tc.i]
		var on time.Time
		if tc.on != "" {
			on = day(tc.on)
		}
		if e.Name != tc.name || !contains(e.Synonyms, tc.syn) || e.CodeOn(on) != tc.code || e.Type != tc.typ {
			t.Errorf("entry %d = %+v (code on %s: %q)", tc.i, e, tc.on, e.CodeOn(on))
		}
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

func TestLoadPhoenixAgentsInline(t *testing.T) {
	in := `!PERSON! = MAN, MEN, WOMAN
GOVERNMENT_SPOKES!PERSON! [~GOV]
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
ISLAMIC_EXTREMIST
PEACEKEEPING_TROOPS {} [IGO~]
`
	got, err := LoadPhoenixAgents(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var phrases []string
	for _, a := range got {
		phrases = append(phrases, a.Phrase+"="+a.Code)
	}
	want := "government spokesman=GOV|government spokesmen=GOV|government spokeswoman=GOV|chamber of commerce=BUS|peacekeeping troops=IGO"
	if g := strings.Join(phrases, "|"); g != want {
		t.Errorf("agents = %s\nwant     %s", g, want)
	}
	if got[3].Plurals[0] != "chambers of commerce" {
		t.Errorf("plural = %v", got[3].Plurals)
	}
}

// TestPhoenixDictionaries loads the real PETRARCH2 dictionaries, extends the
// KB with them and checks that the stage then finds an imported actor.
func TestPhoenixDictionaries(t *testing.T) {
	dir := filepath.Join(dataDir(t), "petrarch", "petrarch2", "dictionaries")
	f, err := os.Open(filepath.Join(dir, "Phoenix.International.actors.txt"))
	if err != nil {
		t.Skipf("Phoenix dictionary absent: %v", err)
	}
	defer f.Close()
	actors, err := LoadPhoenixActors(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(actors) < 1000 {
		t.Fatalf("only %d actors", len(actors))
	}
	af, err := os.Open(filepath.Join(dir, "Phoenix.agents.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer af.Close()
	agents, err := LoadPhoenixAgents(af)
	if err != nil {
		t.Fatal(err)
	}
	if len(agents) < 1500 {
		t.Fatalf("only %d agents", len(agents))
	}
	kb := MustLoad()
	kb.AddActors(actors...)
	kb.AddAgents(agents...)
	doc := &newsgraph.Document{
		Text:      "Anders Nordstrom said the outbreak was under control. The peacekeeping troops left.",
		Published: day("2006-08-01"),
	}
	if err := text.New().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := NewStage(kb).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, m := range doc.Mentions {
		if m.Text == "Anders Nordstrom" && m.Code == "IGOUNOHLHWHO" && m.Source == "kb" {
			found = true
		}
	}
	if !found {
		t.Errorf("imported actor not found: %+v", doc.Mentions)
	}
	// Without the import the name is unknown to the KB.
	doc2 := &newsgraph.Document{Text: doc.Text, Published: doc.Published}
	_ = text.New().Process(context.Background(), doc2)
	_ = NewStage(MustLoad()).Process(context.Background(), doc2)
	for _, m := range doc2.Mentions {
		if m.Code == "IGOUNOHLHWHO" {
			t.Errorf("base KB knows %q", m.Text)
		}
	}
}

// TestPetrarchValidateActors loads PETRARCH's validation dictionary
// (fictional actors: Arnor, Gondor ...) and checks that its actors are
// found in text with their codes: one-word and multi-word names, synonyms
// ("+MINAS_TIRITH" of GONDOR), entries whose later words are lower case in
// text ("ISRAELI_TROOPS"), and that a loaded entry wins over the built-in
// country table while the mention keeps the country ("KUWAIT [KUW]").
func TestPetrarchValidateActors(t *testing.T) {
	path := filepath.Join(dataDir(t), "petrarch", "petrarch2", "dictionaries", "PETR.Validate.actors.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("validation dictionary absent: %v", err)
	}
	defer f.Close()
	actors, err := LoadPhoenixActors(f)
	if err != nil {
		t.Fatal(err)
	}
	kb := MustLoad()
	kb.AddActors(actors...)
	doc := &newsgraph.Document{
		Text: "Arnor is about to restore full diplomatic ties with Gondor. " +
			"Caras Galadhon's new mayor left yesterday for Minas Tirith. " +
			"Israeli troops fired on Hamas gunmen in Gaza City. " +
			"An Eriadorian was shot dead in Osgiliath. " +
			"The Kuwait government protested.",
		Published: day("1995-01-01"),
	}
	if err := text.New().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := NewStage(kb).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]newsgraph.Mention{}
	for _, m := range doc.Mentions {
		got[m.Text] = m
	}
	for _, w := range []struct{ text, code, country string }{
		{"Arnor", "ARN", ""},
		{"Gondor", "GON", ""},
		{"Caras Galadhon", "ELF", ""},
		{"Minas Tirith", "GON", ""},
		{"Israeli troops", "ISRMIL", "ISR"},
		{"Hamas gunmen", "PSEHMSMIL", "PSE"},
		{"Gaza City", "PSEGZA", "PSE"},
		{"Eriadorian", "ERI", ""},
		{"Osgiliath", "OSG", ""},
		{"Kuwait", "KUW", "KWT"},
	} {
		m, ok := got[w.text]
		if !ok {
			t.Errorf("%q: no mention (mentions: %v)", w.text, mentionTexts(doc.Mentions))
			continue
		}
		if m.Code != w.code || (w.country != "" && m.Country != w.country) {
			t.Errorf("%q: code %q country %q, want %q %q", w.text, m.Code, m.Country, w.code, w.country)
		}
	}
}

func mentionTexts(ms []newsgraph.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text+"/"+m.Code)
	}
	return out
}

func TestReadPhoenixActorsOptions(t *testing.T) {
	in := `# header, before any entry
TONY_BLAIR_ [GBRGOV 970502-070627] # CountryInfo.txt
+PRIME_MINISTER_BLAIR_
# GBR IGOrulers note
NO_CODE_HERE_ # uncoded
+NOCODE_
KREMLIN_
	[RUSGOV]
`
	plain, err := ReadPhoenixActors(strings.NewReader(in), PhoenixOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(plain) != 2 || plain[0].Comments != nil || plain[1].Name != "Kremlin" {
		t.Fatalf("without options: %+v", plain)
	}
	got, err := ReadPhoenixActors(strings.NewReader(in), PhoenixOptions{Uncoded: true, Comments: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("got %d entries: %+v", len(got), got)
	}
	if c := got[0].Comments; len(c) != 2 || c[0] != "# CountryInfo.txt" || c[1] != "# GBR IGOrulers note" {
		t.Errorf("Blair comments = %q", c)
	}
	if e := got[1]; e.Name != "No Code Here" || len(e.Codes) != 0 || len(e.Synonyms) != 2 || len(e.Comments) != 1 {
		t.Errorf("uncoded entry = %+v", e)
	}
	if got[2].Comments != nil {
		t.Errorf("Kremlin comments = %q", got[2].Comments)
	}
}
