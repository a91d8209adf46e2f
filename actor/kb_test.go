package actor

import (
	"strings"
	"testing"
	"time"

	"newsgraph"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestCountry(t *testing.T) {
	kb := MustLoad()
	tests := []struct{ in, want string }{
		{"US", "USA"}, {"USA", "USA"}, {"the United States", "USA"}, {"America", "USA"}, {"American", "USA"},
		{"U.S.", "USA"}, {"UK", "GBR"}, {"the UK", "GBR"}, {"Britain", "GBR"}, {"British", "GBR"},
		{"Malaysian", "MYS"}, {"Malaysia", "MYS"}, {"MY", "MYS"}, {"Russian", "RUS"}, {"Russia", "RUS"},
		{"Russian Federation", "RUS"}, {"Saudi", "SAU"}, {"Türkiye", "TUR"}, {"Turkey", "TUR"},
		{"Burma", "MMR"}, {"Viet Nam", "VNM"}, {"South Korean", "KOR"}, {"the Philippines", "PHL"},
		{"Ukrainian", "UKR"}, {"Chinese", "CHN"}, {"German", "DEU"},
	}
	for _, tc := range tests {
		c, ok := kb.Country(tc.in)
		if !ok || c.Alpha3 != tc.want {
			t.Errorf("Country(%q) = %q, %v; want %q", tc.in, c.Alpha3, ok, tc.want)
		}
	}
	for _, bad := range []string{"", "Atlantis", "the", "Mr"} {
		if c, ok := kb.Country(bad); ok {
			t.Errorf("Country(%q) = %q, want none", bad, c.Alpha3)
		}
	}
	if c, _ := kb.Country("MYS"); c.Capital != "Kuala Lumpur" || c.Name != "Malaysia" {
		t.Errorf("Malaysia row = %+v", c)
	}
	if n := len(kb.Countries()); n < 240 {
		t.Errorf("only %d countries", n)
	}
}

func TestTitle(t *testing.T) {
	kb := MustLoad()
	tests := []struct {
		in           string
		title, agent string
		typ          newsgraph.EntityType
		plural       bool
		office       string
	}{
		{"President", "President", "GOV", newsgraph.Person, false, "President"},
		{"prime minister", "Prime Minister", "GOV", newsgraph.Person, false, "Prime Minister"},
		{"Premier", "Premier", "GOV", newsgraph.Person, false, "Prime Minister"},
		{"Secretary of State", "Secretary of State", "GOV", newsgraph.Person, false, "Foreign Minister"},
		{"foreign minister", "Foreign Minister", "GOV", newsgraph.Person, false, "Foreign Minister"},
		{"Defense Secretary", "Defense Secretary", "GOV", newsgraph.Person, false, "Defence Minister"},
		{"spokeswoman", "Spokeswoman", "GOV", newsgraph.Person, false, ""},
		{"troops", "Troops", "MIL", newsgraph.Person, true, ""},
		{"police", "Police", "COP", newsgraph.Person, true, ""},
		{"rebels", "Rebels", "REB", newsgraph.Person, true, ""},
		{"judge", "Judge", "JUD", newsgraph.Person, false, ""},
		{"lawmakers", "Lawmakers", "LEG", newsgraph.Person, true, ""},
		{"protesters", "Protesters", "CVL", newsgraph.Person, true, ""},
		{"CEO", "CEO", "BUS", newsgraph.Person, false, ""},
		{"bloc", "Bloc", "", newsgraph.Org, false, ""},
		{"company", "Company", "BUS", newsgraph.Org, false, ""},
	}
	for _, tc := range tests {
		ti, ok := kb.Title(tc.in)
		if !ok || ti.Title != tc.title || ti.Agent != tc.agent || ti.Type != tc.typ || ti.Plural != tc.plural || ti.Office != tc.office {
			t.Errorf("Title(%q) = %+v, %v", tc.in, ti, ok)
		}
	}
	if ti, ok := kb.Title("Secretary", "of", "State"); !ok || ti.Title != "Secretary of State" {
		t.Errorf("Title(words) = %+v, %v", ti, ok)
	}
	if _, ok := kb.Title("banana"); ok {
		t.Error("banana is a title")
	}
	if got := kb.Office("Secretary of State"); got != "Foreign Minister" {
		t.Errorf("Office = %q", got)
	}
}

func TestOrg(t *testing.T) {
	kb := MustLoad()
	tests := []struct{ in, name, code, country string }{
		{"UN", "United Nations", "IGOUNO", ""},
		{"the United Nations", "United Nations", "IGOUNO", ""},
		{"NATO", "NATO", "IGOWSTNAT", ""},
		{"Nato", "NATO", "IGOWSTNAT", ""},
		{"EU", "European Union", "IGOEUREEC", ""},
		{"Asean", "Asean", "IGOSEAASN", ""},
		{"Association of South-east Asian Nations", "Asean", "IGOSEAASN", ""},
		{"Association of Southeast Asian Nations", "Asean", "IGOSEAASN", ""},
		{"the Pentagon", "Pentagon", "USAMIL", "USA"},
		{"Kremlin", "Kremlin", "RUSGOV", "RUS"},
		{"the White House", "White House", "USAGOV", "USA"},
		{"State Department", "State Department", "USAGOV", "USA"},
		{"Downing Street", "Downing Street", "GBRGOV", "GBR"},
	}
	for _, tc := range tests {
		o, ok := kb.Org(tc.in)
		if !ok || o.Name != tc.name || o.Code != tc.code || o.Country != tc.country {
			t.Errorf("Org(%q) = %+v, %v", tc.in, o, ok)
		}
	}
	groups := func(name string) string { return strings.Join(kb.GroupNouns(name), ",") }
	if g := groups("Asean"); !strings.Contains(g, "bloc") {
		t.Errorf("Asean groups %q", g)
	}
	if g := groups("NATO"); !strings.Contains(g, "alliance") {
		t.Errorf("NATO groups %q", g)
	}
	if g := groups("Russian Foreign Ministry"); !strings.Contains(g, "ministry") {
		t.Errorf("ministry groups %q", g)
	}
	if p, ok := kb.OrgPatternFor("Foreign Ministry"); !ok || p.Agent != "GOV" {
		t.Errorf("pattern = %+v, %v", p, ok)
	}
}

func TestOfficeHolder(t *testing.T) {
	kb := MustLoad()
	tests := []struct{ office, country, on, want string }{
		{"president", "USA", "2022-06-01", "Joe Biden"},
		{"president", "US", "2025-07-10", "Donald Trump"},
		{"President", "United States", "2020-06-01", "Donald Trump"},
		{"president", "USA", "2025-01-20", "Donald Trump"},
		{"president", "USA", "2025-01-19", "Joe Biden"},
		{"Secretary of State", "USA", "2025-07-10", "Marco Rubio"},
		{"foreign minister", "USA", "2025-07-10", "Marco Rubio"},
		{"Secretary of State", "USA", "2023-03-01", "Antony Blinken"},
		{"foreign minister", "Russia", "2025-07-10", "Sergey Lavrov"},
		{"prime minister", "MYS", "2025-07-10", "Anwar Ibrahim"},
		{"prime minister", "Malaysia", "2021-01-01", "Muhyiddin Yassin"},
		{"foreign minister", "Malaysian", "2025-07-10", "Mohamad Hasan"},
		{"foreign minister", "MYS", "2023-06-01", "Zambry Abdul Kadir"},
		{"chancellor", "Germany", "2023-01-01", "Olaf Scholz"},
		{"prime minister", "UK", "2022-10-01", "Liz Truss"},
		{"premier", "China", "2024-01-01", "Li Qiang"},
		{"president", "Indonesia", "2025-01-01", "Prabowo Subianto"},
	}
	for _, tc := range tests {
		got, ok := kb.OfficeHolder(tc.office, tc.country, day(tc.on))
		if !ok || got != tc.want {
			t.Errorf("OfficeHolder(%q, %q, %s) = %q, %v; want %q", tc.office, tc.country, tc.on, got, ok, tc.want)
		}
	}
	for _, tc := range []struct{ office, country, on string }{
		{"president", "MYS", "2025-07-10"}, // Malaysia has no president
		{"president", "Atlantis", "2025-07-10"},
		{"president", "USA", ""},
	} {
		var on time.Time
		if tc.on != "" {
			on = day(tc.on)
		}
		if got, ok := kb.OfficeHolder(tc.office, tc.country, on); ok {
			t.Errorf("OfficeHolder(%q, %q, %q) = %q, want none", tc.office, tc.country, tc.on, got)
		}
	}
}

// TestOfficeData checks the table's consistency: known countries and titles,
// ordered dates, and no two holders of one office on the same day.
func TestOfficeData(t *testing.T) {
	kb := MustLoad()
	for _, o := range kb.offices {
		if _, ok := kb.Country(o.Country); !ok {
			t.Errorf("%s: unknown country %q", o.Person, o.Country)
		}
		if _, ok := kb.Title(o.Office); !ok {
			t.Errorf("%s: office %q not in titles.tsv", o.Person, o.Office)
		}
		if !o.To.IsZero() && !o.From.Before(o.To) {
			t.Errorf("%s: from %v not before to %v", o.Person, o.From, o.To)
		}
	}
	for i, a := range kb.offices {
		for _, b := range kb.offices[i+1:] {
			if a.Country != b.Country || kb.Office(a.Office) != kb.Office(b.Office) || a.Person == b.Person {
				continue
			}
			aEnd, bEnd := a.To, b.To
			if aEnd.IsZero() {
				aEnd = day("9999-01-01")
			}
			if bEnd.IsZero() {
				bEnd = day("9999-01-01")
			}
			if a.From.Before(bEnd) && b.From.Before(aEnd) {
				t.Errorf("overlap: %s and %s as %s of %s", a.Person, b.Person, a.Office, a.Country)
			}
		}
	}
}

func TestPronounsAndHonorifics(t *testing.T) {
	kb := MustLoad()
	if p, ok := kb.Pronoun("He"); !ok || p.Gender != "m" || p.Type != newsgraph.Person {
		t.Errorf("he = %+v %v", p, ok)
	}
	if _, ok := kb.Pronoun("it"); ok {
		t.Error(`"it" must not be a pronoun mention`)
	}
	if g, ok := kb.Honorific("Mrs."); !ok || g != "f" {
		t.Errorf("Mrs. = %q %v", g, ok)
	}
}

func TestLoadIndependent(t *testing.T) {
	a, b := MustLoad(), MustLoad()
	a.AddActors(ActorEntry{Name: "Zorblax Quint", Codes: []DatedCode{{Code: "USAGOV"}}, Type: newsgraph.Person})
	if _, ok := b.gaz["zorblax quint"]; ok {
		t.Error("AddActors on one KB changed another")
	}
	if _, ok := a.gaz["zorblax quint"]; !ok {
		t.Error("AddActors did not add")
	}
}
