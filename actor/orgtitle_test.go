package actor

import (
	"strings"
	"testing"

	"newsgraph"
)

// TestOrgTitles: people and organisations named without a country get one
// from an organisation in their title, a US party-state tag, or a national
// institution's name (orgs.tsv).
func TestOrgTitles(t *testing.T) {
	kb := MustLoad()
	P := newsgraph.Person
	tests := []struct {
		name      string
		text      string
		published string
		ner       ner
		want      []string // describe() renderings that must be present
		not       []string // texts that must not be mentions
	}{
		// (a) organisation before the title
		{"party before title", "Tory MP John Smith and Labour MP Ann Jones spoke.", "2005-03-01",
			ner{"John Smith": P, "Ann Jones": P},
			[]string{"John Smith|NAME|PERSON|GBR|GBRLEG|MP/GBR/Conservative Party/LEG",
				"Ann Jones|NAME|PERSON|GBR|GBRLEG|MP/GBR/Labour Party/LEG"}, []string{"Tory", "Labour"}},
		{"party leader without agent takes the party's", "Labour leader Neil Kinnock met Tory leader Michael Howard.", "2005-03-01",
			ner{"Neil Kinnock": P, "Michael Howard": P},
			[]string{"Neil Kinnock|NAME|PERSON|GBR|GBRGOV|Leader/GBR/Labour Party/GOV",
				"Michael Howard|NAME|PERSON|GBR|GBROPP|Leader/GBR/Conservative Party/OPP"}, nil},
		{"opposition party spokesman is OPP", "Liberal Democrat spokesman Mark Oaten warned.", "2005-03-01",
			ner{"Mark Oaten": P},
			[]string{"Mark Oaten|NAME|PERSON|GBR|GBROPP|Spokesman/GBR/Liberal Democrats/OPP"}, nil},
		{"central bank before title", "Bundesbank president Hans Tietmeyer spoke.", "1995-06-01",
			ner{"Hans Tietmeyer": P},
			[]string{"Hans Tietmeyer|NAME|PERSON|DEU|DEUGOV|President/DEU/Bundesbank/GOV"}, []string{"Bundesbank"}},
		{"chairman of a central bank is no business", "Fed chairman Alan Greenspan testified.", "2005-03-01",
			ner{"Alan Greenspan": P},
			[]string{"Alan Greenspan|NAME|PERSON|USA|USAGOVBUS|Chairman/USA/Federal Reserve/GOVBUS"}, []string{"Fed"}},
		{"organisation opens the title", "Treasury Secretary James Baker met U.S. bankers.", "1987-03-01",
			ner{"James Baker": P},
			[]string{"James Baker|NAME|PERSON|USA|USAGOV|Treasury Secretary/USA/US Treasury/GOV"}, []string{"Treasury"}},
		{"organisation in a nominal", "The Bundesbank spokesman said so. The Fed chairman agreed.", "1995-06-01", nil,
			[]string{"The Bundesbank spokesman|NOMINAL|PERSON|DEU|DEUGOV|Spokesman/DEU/Bundesbank/GOV",
				"The Fed chairman|NOMINAL|PERSON|USA|USAGOVBUS|Chairman/USA/Federal Reserve/GOVBUS"}, []string{"Bundesbank", "Fed"}},
		// an indefinite nominal is no mention; the organisation stays one, with its country
		{"organisation in an indefinite nominal", "A Bundesbank spokesman said so.", "1995-06-01", nil,
			[]string{"Bundesbank|NAME|ORG|DEU|DEUGOVBUS|"}, nil},
		// (b) appositive title after the name
		{"appositive with party", "Michael Howard, the Tory leader, attacked the plan.", "2005-03-01",
			ner{"Michael Howard": P},
			[]string{"Michael Howard|NAME|PERSON|GBR|GBROPP|Leader/GBR/Conservative Party/OPP"}, nil},
		{"appositive with central bank", "Karl Otto Poehl, a Bundesbank spokesman, declined to comment.", "1987-03-01",
			ner{"Karl Otto Poehl": P},
			[]string{"Karl Otto Poehl|NAME|PERSON|DEU|DEUGOV|Spokesman/DEU/Bundesbank/GOV"}, nil},
		// (c) US party-state tags
		{"party tag in parentheses", "Senator Edward Kennedy (D-Mass.) criticised the bill.", "2005-03-01",
			ner{"Edward Kennedy": P},
			[]string{"Edward Kennedy|NAME|PERSON|USA|USALEG|Senator/USA//LEG"}, []string{"D-Mass"}},
		{"party tag after a comma", "Rep. Tom DeLay, R-Texas, disagreed.", "2005-03-01",
			ner{"Tom DeLay": P, "R-Texas": P},
			[]string{"Tom DeLay|NAME|PERSON|USA|USALEG|Representative/USA//LEG"}, []string{"R-Texas"}},
		{"party tag ends the sentence", "The bill was backed by Rep. Barney Frank, D-Mass.", "2005-03-01",
			ner{"Barney Frank": P},
			[]string{"Barney Frank|NAME|PERSON|USA|USALEG|Representative/USA//LEG"}, nil},
		{"party tag without a title is a member of Congress", "Daniel Evans (R-Wash.) voted no.", "1987-03-01",
			ner{"Daniel Evans": P},
			[]string{"Daniel Evans|NAME|PERSON|USA|USALEG|"}, nil},
		{"no party tag in a list", "Smith, Jones and Brown, Texas, came.", "2005-03-01",
			ner{"Smith": P}, []string{"Smith|NAME|PERSON|||"}, nil},
		// (d) national institutions named without a country
		{"central banks", "The Bundesbank, the Bank of Japan, the Bank of England and the Fed acted.", "2005-03-01", nil,
			[]string{"Bundesbank|NAME|ORG|DEU|DEUGOVBUS|", "Bank of Japan|NAME|ORG|JPN|JPNGOVBUS|",
				"Bank of England|NAME|ORG|GBR|GBRGOVBUS|", "Fed|NAME|ORG|USA|USAGOVBUS|"}, nil},
		{"metonyms", "Whitehall and Westminster argued; Capitol Hill and the Commons voted.", "2005-03-01", nil,
			[]string{"Whitehall|NAME|ORG|GBR|GBRGOV|", "Westminster|NAME|ORG|GBR|GBRLEG|",
				"Capitol Hill|NAME|ORG|USA|USALEG|", "Commons|NAME|ORG|GBR|GBRLEG|"}, nil},
		{"Treasury in a British story", "The UK economy grew, the Treasury said.", "2005-03-01", nil,
			[]string{"Treasury|NAME|ORG|GBR|GBRGOV|"}, nil},
		{"Treasury in an American story", "The U.S. economy grew, the Treasury said.", "1987-03-01", nil,
			[]string{"Treasury|NAME|ORG|USA|USAGOV|"}, nil},
		{"Treasury in a story naming both countries as often", "The UK and the U.S. grew, the Treasury said.", "2005-03-01",
			ner{"Treasury": newsgraph.Org}, []string{"Treasury|NAME|ORG|||"}, nil},
		{"Treasury in a story naming another country more", "Argentina's debt: Argentina will pay the U.S. banks, Treasury Secretary Mario Brodersohn said.", "1987-03-01",
			ner{"Treasury": newsgraph.Org, "Mario Brodersohn": P}, []string{"Treasury|NAME|ORG|||"}, nil},
		{"country before treasury", "The French Treasury and the Italian treasury will issue bonds.", "1987-03-01", nil,
			[]string{"French Treasury|NAME|ORG|FRA|FRAGOV|", "Italian treasury|NOMINAL|ORG|ITA|ITAGOV|"}, nil},
		{"Treasury in a story naming no country", "The economy grew, the Treasury said.", "2005-03-01",
			ner{"Treasury": newsgraph.Org}, []string{"Treasury|NAME|ORG|||"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := annotate(t, kb, tc.text, tc.published, tc.ner)
			got := map[string]bool{}
			texts := map[string]bool{}
			var all []string
			for _, m := range doc.Mentions {
				got[describe(m)] = true
				texts[m.Text] = true
				all = append(all, describe(m))
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %q\nhave:\n  %s", w, strings.Join(all, "\n  "))
				}
			}
			for _, n := range tc.not {
				if texts[n] {
					t.Errorf("unexpected mention %q\nhave:\n  %s", n, strings.Join(all, "\n  "))
				}
			}
		})
	}
}
