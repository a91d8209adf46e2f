package actor

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"newsgraph"
	"newsgraph/internal/testner"
	"newsgraph/text"
)

// ner is the stand-in NER layer of internal/testner.
type ner = testner.Names

func annotate(t testing.TB, kb *KB, txt, published string, n ner) *newsgraph.Document {
	t.Helper()
	doc := &newsgraph.Document{Text: txt}
	if published != "" {
		doc.Published = day(published)
	}
	if err := text.New().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	n.Apply(doc)
	if err := NewStage(kb).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	checkMentions(t, doc)
	return doc
}

// checkMentions checks the stage's output invariants.
func checkMentions(t testing.TB, doc *newsgraph.Document) {
	t.Helper()
	seen := map[newsgraph.Span]bool{}
	for i, m := range doc.Mentions {
		if m.Start < 0 || m.End > len(doc.Text) || m.Start >= m.End {
			t.Fatalf("mention %d %+v out of bounds", i, m.Span)
		}
		if m.Text != doc.Text[m.Start:m.End] {
			t.Fatalf("mention %d text %q != %q", i, m.Text, doc.Text[m.Start:m.End])
		}
		if seen[m.Span] {
			t.Fatalf("duplicate span %+v", m.Span)
		}
		seen[m.Span] = true
		if m.Entity != -1 {
			t.Fatalf("mention %d Entity = %d", i, m.Entity)
		}
		if m.Source == "" || m.Kind == "" {
			t.Fatalf("mention %d %q lacks source or kind", i, m.Text)
		}
		if i > 0 {
			p := doc.Mentions[i-1]
			if p.Start > m.Start || (p.Start == m.Start && p.End < m.End) {
				t.Fatalf("mentions out of order: %+v then %+v", p.Span, m.Span)
			}
		}
	}
}

// describe renders a mention for table tests:
// text|kind|type|country|code|title/country/org/agent;...
func describe(m newsgraph.Mention) string {
	var roles []string
	for _, r := range m.Roles {
		roles = append(roles, r.Title+"/"+r.Country+"/"+r.Organization+"/"+r.Agent)
	}
	return fmt.Sprintf("%s|%s|%s|%s|%s|%s", m.Text, m.Kind, m.Type, m.Country, m.Code, strings.Join(roles, ";"))
}

func TestStageTable(t *testing.T) {
	kb := MustLoad()
	tests := []struct {
		name string
		text string
		ner  ner
		want []string // mentions that must be present, as describe() renders them
		not  []string // texts that must not be mentions
	}{
		{"title before name", "US Secretary of State Marco Rubio said today.", ner{"Marco Rubio": newsgraph.Person},
			// "US" is the role's country, not a mention of its own (it would stand in for Rubio as an event actor)
			[]string{"Marco Rubio|NAME|PERSON|USA|USAGOV|Secretary of State/USA//GOV"}, []string{"US"}},
		{"demonym title", "He met Russian Foreign Minister Sergey Lavrov.", ner{},
			[]string{"Sergey Lavrov|NAME|PERSON|RUS|RUSGOV|Foreign Minister/RUS//GOV", "He|PRONOUN|PERSON|||"}, []string{"Russian"}},
		{"no NER at all", "Malaysian Prime Minister Anwar Ibrahim spoke.", nil,
			[]string{"Anwar Ibrahim|NAME|PERSON|MYS|MYSGOV|Prime Minister/MYS//GOV"}, nil},
		{"appositive after", "Anwar Ibrahim, Malaysia's prime minister, said so.", ner{"Anwar Ibrahim": newsgraph.Person},
			[]string{"Anwar Ibrahim|NAME|PERSON|MYS|MYSGOV|Prime Minister/MYS//GOV", "Malaysia|NAME|LOC|MYS|MYS|"}, nil},
		{"appositive of country", "Olaf Scholz, the chancellor of Germany, arrived.", ner{"Olaf Scholz": newsgraph.Person},
			[]string{"Olaf Scholz|NAME|PERSON|DEU|DEUGOV|Chancellor/DEU//GOV"}, []string{"the chancellor of Germany"}},
		{"honorific", "Mr Trump spoke. Mrs May replied.", ner{"Trump": newsgraph.Person},
			[]string{"Mr Trump|NAME|PERSON|||", "Mrs May|NAME|PERSON|||"}, []string{"Trump"}},
		{"possessive trimmed", "Mr Rubio’s presence was noted.", ner{"Rubio’s": newsgraph.Person},
			[]string{"Mr Rubio|NAME|PERSON|||"}, []string{"Mr Rubio’s"}},
		{"org typed by KB", "The Asean summit opened in Kuala Lumpur.", ner{"Asean": newsgraph.Loc, "Kuala Lumpur": newsgraph.Loc},
			[]string{"Asean|NAME|ORG||IGOSEAASN|", "Kuala Lumpur|NAME|LOC|MYS||"}, nil},
		{"org missed by NER", "An Association of South-east Asian Nations (Asean) summit and NATO.", nil,
			[]string{"Association of South-east Asian Nations|NAME|ORG||IGOSEAASN|", "Asean|NAME|ORG||IGOSEAASN|", "NATO|NAME|ORG||IGOWSTNAT|"}, nil},
		{"metonyms", "The Kremlin and the White House disagreed with the Pentagon.", nil,
			[]string{"Kremlin|NAME|ORG|RUS|RUSGOV|", "White House|NAME|ORG|USA|USAGOV|", "Pentagon|NAME|ORG|USA|USAMIL|"}, nil},
		{"ministry patterns", "the Russian Foreign Ministry said. Malaysia's foreign ministry agreed. The US military left.", nil,
			[]string{"Russian Foreign Ministry|NAME|ORG|RUS|RUSGOV|", "Malaysia's foreign ministry|NOMINAL|ORG|MYS|MYSGOV|", "US military|NOMINAL|ORG|USA|USAMIL|"}, nil},
		{"role nominals", "The secretary of state met the US president. The bloc and the company agreed.", nil,
			[]string{"The secretary of state|NOMINAL|PERSON|||Secretary of State///GOV", "the US president|NOMINAL|PERSON|USA|USAGOV|President/USA//GOV",
				"The bloc|NOMINAL|ORG|||", "the company|NOMINAL|ORG|||"}, nil},
		{"counterpart", "Russian Foreign Minister Sergey Lavrov met his Malaysian counterpart Mohamad Hasan.", ner{"Sergey Lavrov": newsgraph.Person, "Mohamad Hasan": newsgraph.Person},
			[]string{"his Malaysian counterpart|NOMINAL|PERSON|MYS|MYSGOV|Foreign Minister/MYS//GOV", "Mohamad Hasan|NAME|PERSON|MYS|MYSGOV|Foreign Minister/MYS//GOV"}, []string{"his"}},
		{"counterpart of secretary", "Secretary of State Marco Rubio and his Russian counterpart met.", nil,
			[]string{"his Russian counterpart|NOMINAL|PERSON|RUS|RUSGOV|Foreign Minister/RUS//GOV"}, nil},
		{"plural groups", "Israeli troops clashed with protesters as police watched.", nil,
			[]string{"Israeli troops|NOMINAL|PERSON|ISR|ISRMIL|Troops/ISR//MIL", "protesters|NOMINAL|PERSON|||Protesters///CVL", "police|NOMINAL|PERSON|||Police///COP"}, nil},
		{"former", "Former President Barack Obama spoke.", nil,
			[]string{"Barack Obama|NAME|PERSON|||President///ELI"}, nil},
		{"org title", "UN Secretary-General Antonio Guterres spoke.", nil,
			// "UN" is the role's organisation, not a mention of its own
			[]string{"Antonio Guterres|NAME|PERSON||IGOUNO|Secretary-General//United Nations/IGO"}, []string{"UN"}},
		{"pronouns", "She said its members and they agreed; it rained.", nil,
			[]string{"She|PRONOUN|PERSON|||", "its|PRONOUN|ORG|||", "they|PRONOUN||||"}, []string{"it"}},
		{"short names exact case", "Us and them: the us of it. The UK and America.", nil,
			[]string{"UK|NAME|LOC|GBR|GBR|", "America|NAME|LOC|USA|USA|"}, []string{"Us", "us"}},
		{"no title on a determiner", "the president Joe Biden", ner{"Joe Biden": newsgraph.Person},
			[]string{"the president|NOMINAL|PERSON|||President///GOV", "Joe Biden|NAME|PERSON|||President///GOV"}, nil},
		{"weekday is no name", "President Monday said.", nil, nil, []string{"Monday"}},
		{"abbreviated titles and party tags", "Sen. Ted Cruz (R-Texas) and Rep. Nancy Pelosi (D-Calif.) met Gov. Greg Abbott.",
			ner{"Ted Cruz": newsgraph.Person, "R-Texas": newsgraph.Misc, "Nancy Pelosi": newsgraph.Person, "Greg Abbott": newsgraph.Person},
			[]string{"Ted Cruz|NAME|PERSON|USA|USALEG|Senator/USA//LEG", "Nancy Pelosi|NAME|PERSON|USA|USALEG|Representative/USA//LEG",
				"Greg Abbott|NAME|PERSON|||Governor///GOV"}, []string{"R-Texas", "D-Calif"}},
		{"demonym gets country and code", "Malaysian officials and a Russian diplomat spoke.", ner{"Malaysian": newsgraph.Misc, "Russian": newsgraph.Misc},
			[]string{"Malaysian|NAME|MISC|MYS|MYS|", "Russian|NAME|MISC|RUS|RUS|"}, nil},
		{"no article or conjunction opens a name", "An Eriadorian was shot. Neither Galadriel nor Gollum came.", ner{"An Eriadorian": newsgraph.Misc, "Neither Galadriel": newsgraph.Person},
			[]string{"Eriadorian|NAME|MISC|||", "Galadriel|NAME|PERSON|||"}, []string{"An Eriadorian", "Neither Galadriel"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := annotate(t, kb, tc.text, "2025-07-10", tc.ner)
			got := map[string]bool{}
			texts := map[string]bool{}
			for _, m := range doc.Mentions {
				got[describe(m)] = true
				texts[m.Text] = true
			}
			for _, w := range tc.want {
				if !got[w] {
					var all []string
					for _, m := range doc.Mentions {
						all = append(all, describe(m))
					}
					t.Errorf("missing %q\nhave:\n  %s", w, strings.Join(all, "\n  "))
				}
			}
			for _, n := range tc.not {
				if texts[n] {
					t.Errorf("unexpected mention %q", n)
				}
			}
		})
	}
}

func TestStageMetadata(t *testing.T) {
	s := NewStage(nil)
	if s.Name() != "actors" || len(s.Requires()) != 4 || s.Provides()[0] != newsgraph.LayerActors {
		t.Errorf("metadata: %s %v %v", s.Name(), s.Requires(), s.Provides())
	}
	if _, err := newsgraph.NewPipeline(text.New(), newsgraph.StageFunc{StageName: "ner", Adds: []newsgraph.Layer{newsgraph.LayerPOS, newsgraph.LayerNER}}, s); err != nil {
		t.Error(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Process(ctx, &newsgraph.Document{Text: "x"}); err == nil {
		t.Error("cancelled context not reported")
	}
}

// TestStageBadInput: mentions and tokens out of bounds are ignored, not fatal.
func TestStageBadInput(t *testing.T) {
	doc := &newsgraph.Document{Text: "Mr Rubio met him."}
	_ = text.New().Process(context.Background(), doc)
	doc.Mentions = []newsgraph.Mention{{Span: newsgraph.Span{Start: 5, End: 99}}, {Span: newsgraph.Span{Start: 4, End: 2}}, {Span: newsgraph.Span{Start: 3, End: 8}, Type: newsgraph.Person}}
	doc.Tokens = append(doc.Tokens, newsgraph.Token{Span: newsgraph.Span{Start: 50, End: 60}})
	if err := NewStage(MustLoad()).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	checkMentions(t, doc)
}

func seedText(t testing.TB) string {
	p := filepath.Join(dataDir(t), "..", "seed", "article.txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Skipf("seed article absent at %s: %v", p, err)
	}
	return string(b)
}

// TestSeedActors runs the stage on the seed article with no NER at all: the
// KB, titles and honorifics alone find the actors.
func TestSeedActors(t *testing.T) {
	doc := annotate(t, MustLoad(), seedText(t), "2025-07-10", nil)
	got := map[string]bool{}
	for _, m := range doc.Mentions {
		got[describe(m)] = true
	}
	for _, w := range []string{
		"United States|NAME|LOC|USA|USA|",
		"Marco Rubio|NAME|PERSON|USA|USAGOV|Secretary of State/USA//GOV",
		"Sergey Lavrov|NAME|PERSON|RUS|RUSGOV|Foreign Minister/RUS//GOV",
		"Association of South-east Asian Nations|NAME|ORG||IGOSEAASN|",
		"Donald Trump|NAME|PERSON|USA|USAGOV|President/USA//GOV",
		"The secretary of state|NOMINAL|PERSON|||Secretary of State///GOV",
		"his Russian counterpart|NOMINAL|PERSON|RUS|RUSGOV|Foreign Minister/RUS//GOV",
		"Anwar Ibrahim|NAME|PERSON|MYS|MYSGOV|Prime Minister/MYS//GOV",
		"his Malaysian counterpart|NOMINAL|PERSON|MYS|MYSGOV|Foreign Minister/MYS//GOV",
		"Russian Foreign Ministry|NAME|ORG|RUS|RUSGOV|",
		"Pentagon|NAME|ORG|USA|USAMIL|",
		"the bloc|NOMINAL|ORG|||",
		"Mr Rubio|NAME|PERSON|||",
	} {
		if !got[w] {
			t.Errorf("seed: missing %q", w)
		}
	}
}

func FuzzStage(f *testing.F) {
	f.Add("US Secretary of State Marco Rubio met his Russian counterpart. He said its plan works.")
	f.Add("Mr")
	f.Add("the the the Mr Mr , , Asean’s (Asean) Malaysia's foreign ministry")
	f.Add("“He said,” she said. They")
	kb := MustLoad()
	seg := text.New()
	st := NewStage(kb)
	f.Fuzz(func(t *testing.T, s string) {
		if !strings.ContainsRune(s, 0) && len(s) < 4096 {
			doc := &newsgraph.Document{Text: strings.ToValidUTF8(s, "?")}
			_ = seg.Process(context.Background(), doc)
			// a crude NER: every capitalised token is a PERSON mention
			for _, tk := range doc.Tokens {
				if tk.Text != "" && unicode.IsUpper([]rune(tk.Text)[0]) {
					doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: tk.Span, Kind: newsgraph.Name, Type: newsgraph.Person, Entity: -1})
				}
			}
			if err := st.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			checkMentions(t, doc)
		}
	})
}

func BenchmarkStage(b *testing.B) {
	txt := "US Secretary of State Marco Rubio met Russian Foreign Minister Sergey Lavrov and his Malaysian counterpart in Kuala Lumpur. The bloc said its members agreed.\n"
	if p := filepath.Join("..", "..", "shared", "seed", "article.txt"); fileExists(p) {
		bt, _ := os.ReadFile(p)
		txt = string(bt)
	}
	kb := MustLoad()
	st := NewStage(kb)
	base := &newsgraph.Document{Text: txt}
	_ = text.New().Process(context.Background(), base)
	b.SetBytes(int64(len(txt)))
	b.ReportAllocs()
	for b.Loop() {
		doc := *base
		doc.Mentions = nil
		_ = st.Process(context.Background(), &doc)
	}
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }
