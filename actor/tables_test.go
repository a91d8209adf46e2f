package actor

import (
	"context"
	"errors"
	"sort"
	"strings"
	"testing"
	"time"

	"newsgraph"
	"newsgraph/text"
)

// TestPeopleKeysUnique: no two full-name rows of people.tsv share a lookup
// key (NameKey), or PersonOn would answer for only one of them ("Ban Ki
// Moon" KORGOVBUS and "Ban Ki-Moon" IGOUNO).
func TestPeopleKeysUnique(t *testing.T) {
	kb := peopleKB(t)
	var bad []string
	for k, refs := range kb.people.keys {
		var names []string
		for _, r := range refs {
			if !r.bare {
				p := kb.people.people[r.idx]
				names = append(names, p.Name+" "+codesString(p.Codes))
			}
		}
		if len(names) > 1 {
			bad = append(bad, k+": "+strings.Join(names, " | "))
		}
	}
	sort.Strings(bad)
	if len(bad) > 0 {
		t.Errorf("%d keys name several people.tsv rows:\n%s", len(bad), strings.Join(bad, "\n"))
	}
}

// TestOrgKeysUnique: no two rows of phoenix_orgs.tsv share a gazetteer key
// ("Carter Center" and "The Carter Center").
func TestOrgKeysUnique(t *testing.T) {
	kb := peopleKB(t)
	rows := map[string][]int{}
	for _, k := range kb.orgTable.keys {
		rows[k.key] = append(rows[k.key], k.e.idx)
	}
	var bad []string
	for k, idx := range rows {
		if len(idx) > 1 {
			var names []string
			for _, i := range idx {
				e := kb.orgTable.entries[i]
				names = append(names, e.Name+" "+codesString(e.Codes))
			}
			bad = append(bad, k+": "+strings.Join(names, " | "))
		}
	}
	sort.Strings(bad)
	if len(bad) > 0 {
		t.Errorf("%d keys name several phoenix_orgs.tsv rows:\n%s", len(bad), strings.Join(bad, "\n"))
	}
}

// TestNoPlacesInPeople: a people.tsv row whose codes are all a bare country
// code is a place ("Halle-An-Der Saale", DEU), not a person.
func TestNoPlacesInPeople(t *testing.T) {
	kb := peopleKB(t)
	for _, p := range kb.people.people {
		place := true
		for _, c := range p.Codes {
			if len(c.Code) != 3 || !countryPrefix(c.Code) {
				place = false
			}
		}
		if place {
			t.Errorf("a place in people.tsv: %s %s", p.Name, codesString(p.Codes))
		}
	}
}

func codesString(cs []DatedCode) string { return FormatDatedCodes(cs) }

// TestPersonOneRowPerName: full names Phoenix spells two ways are one row,
// and the lookup uses every code of it (it used to take the first row
// only: Ban Ki-moon was KORELI in 2008).
func TestPersonOneRowPerName(t *testing.T) {
	kb := peopleKB(t)
	tests := []struct{ name, on, wantName, country, code string }{
		{"Ban Ki-moon", "2008-06-01", "Ban Ki-Moon", "", "IGOUNO"},
		{"Ban Ki Moon", "2005-06-01", "Ban Ki-Moon", "KOR", "KORGOVBUS"},
		{"Guido Mantega", "2007-06-01", "Guido Mantega", "BRA", "BRAGOV"},
		{"Ma Kai", "2006-06-01", "Ma Kai", "CHN", "CHNGOVDEV"},
		{"M Akai", "2004-08-15", "Ma Kai", "CHN", "CHNGOVDEV"},
	}
	for _, tc := range tests {
		p, ok := kb.PersonOn(tc.name, day(tc.on))
		if !ok || p.Name != tc.wantName || p.Country != tc.country || p.Code != tc.code {
			t.Errorf("%s on %s: got %+v (%v), want %s %s %s", tc.name, tc.on, p, ok, tc.wantName, tc.country, tc.code)
		}
	}
}

// TestPersonFormerOfficial: out of office, a person gets the ELI code of
// the latest code that has ended, not of a later one (Arthur Watson,
// Anguilla's minister to 1974, was Brunei's from 1978).
func TestPersonFormerOfficial(t *testing.T) {
	kb := peopleKB(t)
	tests := []struct{ name, on, country, code string }{
		{"Arthur Christopher Watson", "1976-06-01", "AIA", "AIAELI"},
		{"Arthur Christopher Watson", "1980-06-01", "BRN", "BRNGOV"},
		{"Bernard Laporte", "2005-03-01", "FRA", ""}, // before every code: the country only
	}
	for _, tc := range tests {
		p, ok := kb.PersonOn(tc.name, day(tc.on))
		if !ok || p.Country != tc.country || p.Code != tc.code {
			t.Errorf("%s on %s: got %+v (%v), want %s %s", tc.name, tc.on, p, ok, tc.country, tc.code)
		}
	}
}

// TestPersonUndatedNGO: without a date, a person with only NGO codes gets
// nothing (there is no NGOELI code).
func TestPersonUndatedNGO(t *testing.T) {
	kb := peopleKB(t)
	for _, name := range []string{"Jakob Kellenberger", "Cornelio Sommaruga"} {
		if p, ok := kb.PersonOn(name, time.Time{}); ok {
			t.Errorf("%s undated: got %+v, want nothing", name, p)
		}
	}
	if p, ok := kb.PersonOn("Kofi Annan", time.Time{}); !ok || p.Code != "IGOUNO" {
		t.Errorf("Kofi Annan undated: got %+v (%v), want IGOUNO", p, ok)
	}
}

// TestOrgTheVariant: "The Carter Center" (NGOUSA) and "Carter Center"
// (NGOUSAHRI) are one organisation with the more specific code.
func TestOrgTheVariant(t *testing.T) {
	kb := peopleKB(t)
	var got []string
	for _, k := range kb.orgTable.keys {
		if k.key == "carter center" {
			got = append(got, FormatDatedCodes(kb.orgTable.entries[k.e.idx].Codes))
		}
	}
	if len(got) != 1 || got[0] != "NGOUSAHRI" {
		t.Errorf("carter center: %q, want one NGOUSAHRI", got)
	}
}

// TestStagePublishedDay: the stage dates codes by the article's calendar
// day in its own zone: 00:30 on 11 May 2010 at +02:00 (22:30 UTC on 10
// May) is the day the Conservatives took office.
func TestStagePublishedDay(t *testing.T) {
	kb := peopleKB(t)
	doc := &newsgraph.Document{Text: "The Conservatives and Labour met.",
		Published: time.Date(2010, 5, 11, 0, 30, 0, 0, time.FixedZone("CEST", 2*3600))}
	if err := text.New().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := NewStage(kb).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Conservatives": "GBRGOV", "Labour": "GBROPP"}
	for _, m := range doc.Mentions {
		if w, ok := want[m.Text]; ok {
			if m.Code != w {
				t.Errorf("%s: %s, want %s", m.Text, m.Code, w)
			}
			delete(want, m.Text)
		}
	}
	for n := range want {
		t.Errorf("%s: no mention", n)
	}
}

// TestSetPeopleAllOrNothing: when the people table fails to parse,
// SetPeople leaves the KB as it was (the organisation table off too).
func TestSetPeopleAllOrNothing(t *testing.T) {
	saved := loadPeople
	defer func() { loadPeople = saved }()
	loadPeople = func() (*peopleTable, error) { return nil, errors.New("broken") }
	kb := MustLoad()
	if err := kb.SetPeople(true); err == nil {
		t.Fatal("SetPeople: no error")
	}
	if kb.People() != 0 || kb.OrgTable() != 0 {
		t.Errorf("after a failed SetPeople: %d people, %d organisations", kb.People(), kb.OrgTable())
	}
}
