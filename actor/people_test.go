package actor

import (
	"strings"
	"testing"
	"time"

	"newsgraph"
)

func peopleKB(t testing.TB) *KB {
	t.Helper()
	kb := MustLoad()
	if err := kb.SetPeople(true); err != nil {
		t.Fatal(err)
	}
	return kb
}

func TestPersonOn(t *testing.T) {
	kb := peopleKB(t)
	if kb.People() < 10000 {
		t.Fatalf("people table has %d rows", kb.People())
	}
	tests := []struct {
		name, on                     string
		country, code, title, source string // code "" = not found
	}{
		{"Tony Blair", "2005-03-01", "GBR", "GBRGOV", "", "people"},
		{"Tony Blair", "1985-03-01", "GBR", "GBRELI", "", "people"},
		{"Blair", "2005-03-01", "GBR", "GBRGOV", "", "people"}, // shared surname: Tony, by date
		{"Blair", "2009-06-01", "", "", "", ""},                // Dennis C. Blair, DNI (USASPY): a surname from the name needs a GOV code
		{"Blair", "2012-06-01", "", "", "", ""},                // neither holds a dated code
		{"Putin", "2001-01-01", "RUS", "RUSGOV", "", "people"}, // unique surname
		{"Putin", "2024-01-01", "RUS", "RUSGOV", "President", "officeholders"},
		{"Vladimir Putin", "2024-01-01", "RUS", "RUSGOV", "President", "officeholders"},
		{"Francois Mitterrand", "1990-06-01", "FRA", "FRAGOV", "", "people"},
		{"Francois Mitterrand", "2001-06-01", "FRA", "FRAELI", "", "people"}, // after his last code: nearest, as ELI
		{"Mitterrand", "2001-06-01", "", "", "", ""},                         // a bare surname gets no fallback
		{"Bush", "1990-06-01", "USA", "USAGOV", "", "people"},
		{"Kofi Annan", "2003-01-01", "", "IGOUNO", "", "people"},
		{"Kofi Annan", "2010-01-01", "", "", "", ""}, // a former UN official is not the UN
		{"Joe Biden", "2022-01-01", "USA", "USAGOV", "President", "officeholders"},
		{"Keir Starmer", "2025-01-01", "GBR", "GBRGOV", "Prime Minister", "officeholders"},
		{"Tony Blair", "", "GBR", "GBRELI", "", "people"}, // no date: the undated code (weak)
		{"Brown", "2005-03-01", "", "", "", ""},           // a common word is never a surname alone
		{"John Smith", "2005-03-01", "", "", "", ""},
	}
	for _, tc := range tests {
		var on time.Time
		if tc.on != "" {
			on = day(tc.on)
		}
		p, ok := kb.PersonOn(tc.name, on)
		if tc.code == "" {
			if ok && p.Code != "" {
				t.Errorf("%s on %s: got %+v, want nothing", tc.name, tc.on, p)
			}
			continue
		}
		if !ok || p.Country != tc.country || p.Code != tc.code || p.Title != tc.title || p.Source != tc.source {
			t.Errorf("%s on %s: got %+v (%v), want %s %s %q %s", tc.name, tc.on, p, ok, tc.country, tc.code, tc.title, tc.source)
		}
	}
	off := MustLoad()
	if err := off.SetPeople(false); err != nil {
		t.Fatal(err)
	}
	if _, ok := off.PersonOn("Tony Blair", day("2005-03-01")); ok {
		t.Error("SetPeople(false) still finds people")
	}
}

func TestStagePeople(t *testing.T) {
	kb := peopleKB(t)
	tests := []struct {
		name, text, published string
		ner                   ner
		want                  []string
	}{
		{"full name, country named", "Tony Blair met Jacques Chirac in Paris. Blair flew back to London.", "2005-03-01",
			ner{"Tony Blair": newsgraph.Person, "Jacques Chirac": newsgraph.Person, "Paris": newsgraph.Loc, "Blair": newsgraph.Person, "London": newsgraph.Loc},
			[]string{"Tony Blair|NAME|PERSON|GBR|GBRGOV|", "Jacques Chirac|NAME|PERSON|FRA|FRAGOV|", "Blair|NAME|PERSON|||"}},
		{"full names, two of one country", "Tony Blair and Gordon Brown spoke.", "2005-03-01",
			ner{"Tony Blair": newsgraph.Person, "Gordon Brown": newsgraph.Person},
			[]string{"Tony Blair|NAME|PERSON|GBR|GBRGOV|", "Gordon Brown|NAME|PERSON|GBR|GBRGOV|"}},
		{"full name alone, country not named", "Tony Blair spoke.", "2005-03-01",
			ner{"Tony Blair": newsgraph.Person}, []string{"Tony Blair|NAME|PERSON|||"}},
		{"a namesake", "Chief executive John Williams said the club was in talks.", "2005-03-01",
			ner{"John Williams": newsgraph.Person}, []string{"John Williams|NAME|PERSON|||Chief Executive///BUS"}},
		{"a team sheet", "Ireland: Sheahan, Horan, Dempsey, Miller.", "2005-03-01",
			ner{"Ireland": newsgraph.Loc, "Sheahan": newsgraph.Person, "Horan": newsgraph.Person, "Dempsey": newsgraph.Person, "Miller": newsgraph.Person},
			[]string{"Dempsey|NAME|PERSON|||"}},
		{"bare surname and honorific", "Putin offered talks. Mr Mitterrand welcomed them in Paris.", "1991-03-01",
			ner{"Putin": newsgraph.Person, "Mitterrand": newsgraph.Person, "Paris": newsgraph.Loc},
			// Putin's 1991 code is RUSELI: weak without Russia named; Paris names France
			[]string{"Putin|NAME|PERSON|||", "Mr Mitterrand|NAME|PERSON|FRA|FRAGOV|"}},
		{"a surname Phoenix writes alone, in office", "Putin offered talks.", "2001-03-01",
			ner{"Putin": newsgraph.Person}, []string{"Putin|NAME|PERSON|RUS|RUSGOV|"}},
		{"title without a country gets the person's", "President Mitterrand spoke to French voters.", "1991-03-01",
			ner{"Mitterrand": newsgraph.Person, "French": newsgraph.Misc},
			[]string{"Mitterrand|NAME|PERSON|FRA|FRAGOV|President/FRA//GOV"}},
		{"a surname from the name needs support", "Mitterrand spoke.", "1991-03-01",
			ner{"Mitterrand": newsgraph.Person}, []string{"Mitterrand|NAME|PERSON|||"}},
		{"a political title is support", "President Mitterrand spoke.", "1991-03-01",
			ner{"Mitterrand": newsgraph.Person}, []string{"Mitterrand|NAME|PERSON|FRA|FRAGOV|President/FRA//GOV"}},
		{"hyphens", "President Jean-Bertrand Aristide spoke.", "1991-03-01",
			ner{"Jean-Bertrand Aristide": newsgraph.Person}, []string{"Jean-Bertrand Aristide|NAME|PERSON|HTI|HTIGOV|President/HTI//GOV"}},
		{"a namesake out of office needs the country", "Chris Evans presented the show.", "2005-03-01",
			ner{"Chris Evans": newsgraph.Person}, []string{"Chris Evans|NAME|PERSON|||"}},
		{"a title read in the text wins", "British Foreign Secretary Tony Blair spoke.", "1985-03-01",
			ner{"Tony Blair": newsgraph.Person},
			[]string{"Tony Blair|NAME|PERSON|GBR|GBRGOV|Foreign Secretary/GBR//GOV"}},
		{"officeholders first", "Keir Starmer spoke.", "2025-03-01",
			ner{"Keir Starmer": newsgraph.Person},
			[]string{"Keir Starmer|NAME|PERSON|GBR|GBRGOV|Prime Minister/GBR//GOV"}},
		{"a surname of someone named in full is theirs", "Wayne Hawkins scored. Hawkins celebrated.", "2005-03-01",
			ner{"Wayne Hawkins": newsgraph.Person, "Hawkins": newsgraph.Person},
			[]string{"Wayne Hawkins|NAME|PERSON|||", "Hawkins|NAME|PERSON|||"}},
		{"UN officials speak for the UN", "UN Secretary-General Kofi Annan spoke.", "2003-03-01", nil,
			[]string{"Kofi Annan|NAME|PERSON||IGOUNO|Secretary-General//United Nations/IGO"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := annotate(t, kb, tc.text, tc.published, tc.ner)
			got := map[string]bool{}
			var all []string
			for _, m := range doc.Mentions {
				got[describe(m)] = true
				all = append(all, describe(m))
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %q\nhave: %q", w, all)
				}
			}
		})
	}
}

func BenchmarkLoadPeople(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := parsePeople(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestPhoenixCenturyRange(t *testing.T) {
	es, err := LoadPhoenixActors(strings.NewReader("FRANCOIS_MITTERRAND_\n\t[FRAELI 340101-810521]\n\t[FRAGOV 810521-950517]\n"))
	if err != nil || len(es) != 1 {
		t.Fatal(es, err)
	}
	if y := es[0].Codes[0].From.Year(); y != 1934 {
		t.Errorf("340101-810521 starts in %d, want 1934", y)
	}
	if got := es[0].CodeOn(day("1990-01-01")); got != "FRAGOV" {
		t.Errorf("code in 1990 = %s", got)
	}
}
