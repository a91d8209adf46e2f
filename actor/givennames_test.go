package actor

import (
	"strings"
	"testing"

	"newsgraph"
)

func TestGivenName(t *testing.T) {
	kb := MustLoad()
	tests := []struct {
		w      string
		gender string
		ok     bool
	}{
		{"Hillary", "f", true},
		{"hillary", "f", true},
		{"JEB", "m", true},
		{"Mark", "m", true},
		{"Jordan", "", false}, // both genders: left out
		{"Clinton", "", false},
	}
	for _, tc := range tests {
		g, ok := kb.GivenName(tc.w)
		if g != tc.gender || ok != tc.ok {
			t.Errorf("GivenName(%q) = %q, %v; want %q, %v", tc.w, g, ok, tc.gender, tc.ok)
		}
	}
	for n := range kb.givenNames {
		if n != strings.ToLower(n) || kb.nonNames[n] && !kb.givenNames[n].word {
			t.Errorf("givennames.tsv: %q: want lower case, and a month (nonnames.tsv) marked word", n)
		}
	}
}

// TestGivenNameWidening: a PERSON name the tagger started at the surname
// takes the listed given names right before it.
func TestGivenNameWidening(t *testing.T) {
	kb := MustLoad()
	tests := []struct {
		name string
		text string
		ner  ner
		want []string // mentions that must be present, as text|type
		not  []string // texts that must not be mentions
	}{
		{"after a sentence opener", "After Hillary Clinton accused him, he left.", ner{"Clinton": newsgraph.Person},
			[]string{"Hillary Clinton|PERSON"}, []string{"Clinton"}},
		{"after Then", "Then Jeb Bush said nothing.", ner{"Bush": newsgraph.Person},
			[]string{"Jeb Bush|PERSON"}, []string{"Bush"}},
		{"mid-sentence", "The party backed Democrat Hillary Clinton on Monday.", ner{"Clinton": newsgraph.Person},
			[]string{"Hillary Clinton|PERSON"}, nil},
		{"two given names", "After Mary Jane Smith spoke, he left.", ner{"Smith": newsgraph.Person},
			[]string{"Mary Jane Smith|PERSON"}, nil},
		{"sentence start", "Hillary Clinton said so.", ner{"Clinton": newsgraph.Person},
			[]string{"Hillary Clinton|PERSON"}, nil},
		{"possessive", "After Hillary Clinton's speech he left.", ner{"Clinton's": newsgraph.Person},
			[]string{"Hillary Clinton|PERSON"}, nil},
		{"a month is no given name", "In April Smith said he would run.", ner{"Smith": newsgraph.Person},
			[]string{"Smith|PERSON"}, []string{"April Smith"}},
		{"a weekday or month after a name", "On Monday May Smith said so.", ner{"Smith": newsgraph.Person},
			[]string{"Smith|PERSON"}, []string{"May Smith"}},
		{"an ordinary word at a sentence start", "Grace Smith said so.", ner{"Smith": newsgraph.Person},
			[]string{"Smith|PERSON"}, []string{"Grace Smith"}},
		{"an ordinary word mid-sentence", "Then Mark Smith said so.", ner{"Smith": newsgraph.Person},
			[]string{"Mark Smith|PERSON"}, nil},
		{"a place after a preposition", "In Virginia Clinton leads.", ner{"Clinton": newsgraph.Person},
			[]string{"Clinton|PERSON"}, []string{"Virginia Clinton"}},
		{"in capitals", "The Crooked Hillary PAC spent it.", ner{"PAC": newsgraph.Person},
			[]string{"PAC|PERSON"}, []string{"Hillary PAC"}},
		{"given name in capitals", "After HILLARY Clinton spoke, he left.", ner{"Clinton": newsgraph.Person},
			[]string{"Clinton|PERSON"}, []string{"HILLARY Clinton"}},
		{"not across a comma", "After Hillary, Clinton spoke.", ner{"Clinton": newsgraph.Person},
			[]string{"Clinton|PERSON"}, []string{"Hillary, Clinton"}},
		{"not across sentences", "He thanked Hillary.\nClinton spoke.", ner{"Clinton": newsgraph.Person},
			[]string{"Clinton|PERSON"}, nil},
		{"not out of another mention", "After Bill Clinton spoke, he left.", ner{"Bill": newsgraph.Person, "Clinton": newsgraph.Person},
			[]string{"Bill|PERSON", "Clinton|PERSON"}, []string{"Bill Clinton"}},
		{"only a person", "After George Washington University spoke, he left.", ner{"Washington University": newsgraph.Org},
			[]string{"Washington University|ORG"}, []string{"George Washington University"}},
		{"a one-word organisation no table knows", "Jeb Bush endorsed Cruz on Wednesday.", ner{"Bush": newsgraph.Org, "Cruz": newsgraph.Person},
			[]string{"Jeb Bush|PERSON"}, []string{"Bush"}},
		{"a known organisation stays", "After John Hamas said it, he left.", ner{"Hamas": newsgraph.Org},
			[]string{"Hamas|ORG"}, []string{"John Hamas"}},
		{"a demonym stays", "Billionaire Mark Cuban spoke.", ner{"Cuban": newsgraph.Misc},
			[]string{"Cuban|MISC"}, []string{"Mark Cuban"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := annotate(t, kb, tc.text, "", tc.ner)
			got := map[string]bool{}
			texts := map[string]bool{}
			var all []string
			for _, m := range doc.Mentions {
				if m.Kind != newsgraph.Name {
					continue
				}
				d := m.Text + "|" + string(m.Type)
				got[d], texts[m.Text] = true, true
				all = append(all, d)
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %q; got %q", w, all)
				}
			}
			for _, n := range tc.not {
				if texts[n] {
					t.Errorf("unexpected mention %q; got %q", n, all)
				}
			}
		})
	}
}
