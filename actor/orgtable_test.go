package actor

import (
	"testing"

	"newsgraph"
)

func BenchmarkLoadOrgTable(b *testing.B) {
	kb := MustLoad()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := kb.parseOrgTable(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSetOrgTable is the per-KB cost of turning the table on (merging
// its keys into the KB's gazetteer), once it is parsed.
func BenchmarkSetOrgTable(b *testing.B) {
	base := MustLoad()
	if err := base.SetOrgTable(true); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		kb := MustLoad()
		if err := kb.SetOrgTable(true); err != nil {
			b.Fatal(err)
		}
	}
}

func TestOrgTable(t *testing.T) {
	kb := MustLoad()
	if err := kb.SetPeople(true); err != nil {
		t.Fatal(err)
	}
	if kb.OrgTable() < 5000 {
		t.Fatalf("org table has %d rows", kb.OrgTable())
	}
	cases := []struct {
		text, published, name, code, country string
	}{
		{"The Labour Party won the election.", "2005-05-06", "Labour Party", "GBRGOV", "GBR"},
		{"The Conservatives attacked the plan.", "2005-05-06", "Conservative Party", "GBROPP", "GBR"},
		{"Likud said it would leave the coalition.", "2004-06-01", "Likud", "ISRGOV", "ISR"},
		{"The Republicans blocked the bill.", "2010-03-01", "Republican Party", "USAOPP", "USA"},
		{"The ANC won the vote.", "2004-04-15", "African National Congress", "ZAFGOV", "ZAF"},
		{"Amnesty International demanded the release of the prisoners.", "2004-04-15", "Amnesty International", "NGOHRIAMN", ""},
		{"Abu Sayyaf Group kidnapped three tourists.", "2004-04-15", "Abu Sayyaf Group", "PHLREB", "PHL"},
	}
	for _, c := range cases {
		doc := annotate(t, kb, c.text, c.published, ner{})
		found := false
		for _, m := range doc.Mentions {
			if m.Head == c.name && m.Kind == newsgraph.Name {
				found = true
				if m.Code != c.code || m.Country != c.country {
					t.Errorf("%q: %s = %s/%s, want %s/%s", c.text, c.name, m.Code, m.Country, c.code, c.country)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention of %s", c.text, c.name)
		}
	}
	if err := kb.SetPeople(false); err != nil || kb.OrgTable() != 0 {
		t.Fatalf("SetPeople(false): %v, %d rows", err, kb.OrgTable())
	}
}

func TestNewsDemonyms(t *testing.T) {
	kb := MustLoad()
	for form, want := range map[string]string{
		"Kyrgyz": "KGZ", "Kazakh": "KAZ", "Uzbek": "UZB", "Tajik": "TJK", "Turkmen": "TKM", "Azeri": "AZE",
		"Bosnian": "BIH", "Bosnia": "BIH", "Serb": "SRB", "Croat": "HRV", "Spaniard": "ESP", "Slovenian": "SVN",
		"Slovakian": "SVK", "Belarussian": "BLR", "Nepali": "NPL", "Ecuadorian": "ECU", "Cape Verdean": "CPV",
		"Djiboutian": "DJI", "Antiguan": "ATG", "Maldivian": "MDV", "Comorian": "COM", "Surinamese": "SUR",
		"Salvadorean": "SLV", "Icelandic": "ISL",
	} {
		if c, ok := kb.Country(form); !ok || c.Alpha3 != want {
			t.Errorf("Country(%q) = %q, %v; want %s", form, c.Alpha3, ok, want)
		}
	}
	for _, form := range []string{"Island", "Cape Verdian", "Finn", "Algerians"} {
		if c, ok := kb.Country(form); ok {
			t.Errorf("Country(%q) = %s, want none", form, c.Alpha3)
		}
	}
}

// A demonym the tagger made a mention of still modifies the role noun after
// it at a sentence start, and the new titles read.
func TestDemonymBeforeNominal(t *testing.T) {
	kb := MustLoad()
	cases := []struct{ text, head, code string }{
		{"Palestinian leaders said they would boycott the talks.", "leaders", "PSE"},
		{"Afghan rebel leaders said they would meet the envoy.", "leaders", "AFGREB"},
		{"Egyptian dissidents said they would protest.", "dissidents", "EGYOPP"},
	}
	for _, c := range cases {
		words := map[string]newsgraph.EntityType{}
		for _, w := range []string{"Palestinian", "Afghan", "Egyptian"} {
			words[w] = newsgraph.Misc
		}
		doc := annotate(t, kb, c.text, "", ner(words))
		found := false
		for _, m := range doc.Mentions {
			if m.Kind == newsgraph.Nominal && m.Head == c.head {
				found = true
				got := m.Code
				if got == "" {
					got = m.Country
				}
				if got != c.code {
					t.Errorf("%q: %s code %q country %q, want %s", c.text, c.head, m.Code, m.Country, c.code)
				}
			}
		}
		if !found {
			t.Errorf("%q: no nominal %s", c.text, c.head)
		}
	}
}
