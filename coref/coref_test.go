package coref

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"newsgraph"
	"newsgraph/actor"
	"newsgraph/internal/testner"
	"newsgraph/text"
)

var kb = actor.MustLoad()

// ner is the stand-in NER layer of internal/testner.
type ner = testner.Names

func run(t testing.TB, txt, published string, n ner) *newsgraph.Document {
	t.Helper()
	doc := &newsgraph.Document{Text: txt}
	if published != "" {
		p, err := time.Parse(time.DateOnly, published)
		if err != nil {
			t.Fatal(err)
		}
		doc.Published = p
	}
	ctx := context.Background()
	if err := text.New().Process(ctx, doc); err != nil {
		t.Fatal(err)
	}
	n.Apply(doc)
	if err := actor.NewStage(kb).Process(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if err := NewStage(kb).Process(ctx, doc); err != nil {
		t.Fatal(err)
	}
	checkEntities(t, doc)
	return doc
}

// checkEntities checks the stage's output invariants.
func checkEntities(t testing.TB, doc *newsgraph.Document) {
	t.Helper()
	owner := map[int]int{}
	for k, e := range doc.Entities {
		if e.ID != fmt.Sprintf("E%d", k+1) || e.Place != -1 || len(e.Mentions) == 0 || e.Name == "" || e.Type == "" {
			t.Fatalf("entity %d malformed: %+v", k, e)
		}
		if !sort.IntsAreSorted(e.Mentions) {
			t.Fatalf("entity %s mentions unsorted", e.ID)
		}
		for _, mi := range e.Mentions {
			if mi < 0 || mi >= len(doc.Mentions) {
				t.Fatalf("entity %s: mention index %d out of range", e.ID, mi)
			}
			if _, dup := owner[mi]; dup {
				t.Fatalf("mention %d in two entities", mi)
			}
			owner[mi] = k
		}
		if k > 0 && doc.Mentions[doc.Entities[k-1].Mentions[0]].Start > doc.Mentions[e.Mentions[0]].Start {
			t.Fatalf("entities not in order of first mention")
		}
	}
	for i, m := range doc.Mentions {
		want, ok := owner[i]
		if !ok {
			want = -1
		}
		if m.Entity != want {
			t.Fatalf("mention %d %q Entity = %d, want %d", i, m.Text, m.Entity, want)
		}
		if m.Start < 0 || m.End > len(doc.Text) || m.Start > m.End {
			t.Fatalf("mention %d out of bounds", i)
		}
	}
}

// entityOf returns the entity owning the n-th (0-based) mention whose text is s.
func entityOf(doc *newsgraph.Document, s string, n int) *newsgraph.Entity {
	for _, m := range doc.Mentions {
		if m.Text == s {
			if n == 0 {
				if m.Entity < 0 {
					return nil
				}
				return &doc.Entities[m.Entity]
			}
			n--
		}
	}
	return nil
}

func dump(doc *newsgraph.Document) string {
	var b strings.Builder
	for _, e := range doc.Entities {
		fmt.Fprintf(&b, "%s %s %q %s %s %v:", e.ID, e.Type, e.Name, e.Country, e.Code, e.Roles)
		for _, i := range e.Mentions {
			fmt.Fprintf(&b, " %q", doc.Mentions[i].Text)
		}
		b.WriteString("\n")
	}
	for _, m := range doc.Mentions {
		if m.Entity < 0 {
			fmt.Fprintf(&b, "unresolved %q\n", m.Text)
		}
	}
	return b.String()
}

type expect struct {
	name, country, code, role string // role: a title the entity must hold ("" none required)
	typ                       newsgraph.EntityType
	mentions                  []string // "text" or "text#n" for the n-th occurrence (0-based)
}

func checkExpect(t *testing.T, doc *newsgraph.Document, want []expect, unresolved []string) {
	t.Helper()
	for _, w := range want {
		var e *newsgraph.Entity
		for k := range doc.Entities {
			if doc.Entities[k].Name == w.name {
				e = &doc.Entities[k]
			}
		}
		if e == nil {
			t.Errorf("no entity %q\n%s", w.name, dump(doc))
			continue
		}
		if e.Country != w.country || e.Code != w.code || (w.typ != "" && e.Type != w.typ) {
			t.Errorf("%s: country %q code %q type %s; want %q %q %s", w.name, e.Country, e.Code, e.Type, w.country, w.code, w.typ)
		}
		if w.role != "" {
			ok := false
			for _, r := range e.Roles {
				ok = ok || r.Title == w.role
			}
			if !ok {
				t.Errorf("%s: roles %v lack %q", w.name, e.Roles, w.role)
			}
		}
		for _, ms := range w.mentions {
			txt, n := ms, 0
			if i := strings.LastIndex(ms, "#"); i > 0 {
				fmt.Sscanf(ms[i+1:], "%d", &n)
				txt = ms[:i]
			}
			if got := entityOf(doc, txt, n); got == nil || got.ID != e.ID {
				t.Errorf("%s: mention %q not in it\n%s", w.name, ms, dump(doc))
			}
		}
	}
	for _, u := range unresolved {
		txt, n := u, 0
		if i := strings.LastIndex(u, "#"); i > 0 {
			fmt.Sscanf(u[i+1:], "%d", &n)
			txt = u[:i]
		}
		if e := entityOf(doc, txt, n); e != nil {
			t.Errorf("%q should stay unresolved, got %s %q", u, e.ID, e.Name)
		}
	}
}

func TestFixtures(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		published  string
		ner        ner
		want       []expect
		unresolved []string
	}{
		{
			name: "diplomacy",
			text: "Chinese Foreign Minister Wang Yi met Australian Foreign Minister Penny Wong in Canberra on Wednesday. " +
				"Ms Wong said she had raised trade barriers. " +
				"Mr Wang told reporters that his Australian counterpart, who hosted the talks, had been constructive. " +
				"The Chinese foreign minister later met Prime Minister Anthony Albanese. " +
				"Mr Albanese said he welcomed the visit. " +
				"The World Trade Organization (WTO) said the organisation was watching. " +
				"Meanwhile the US president criticised the talks.",
			published: "2024-03-01",
			ner:       ner{"Wang Yi": newsgraph.Person, "Penny Wong": newsgraph.Person, "Canberra": newsgraph.Loc, "Wang": newsgraph.Person, "Wong": newsgraph.Person, "Albanese": newsgraph.Person, "Anthony Albanese": newsgraph.Person, "World Trade Organization": newsgraph.Org, "WTO": newsgraph.Org},
			want: []expect{
				{name: "Wang Yi", country: "CHN", code: "CHNGOV", role: "Foreign Minister", typ: newsgraph.Person,
					mentions: []string{"Wang Yi", "Mr Wang", "The Chinese foreign minister"}},
				{name: "Penny Wong", country: "AUS", code: "AUSGOV", role: "Foreign Minister", typ: newsgraph.Person,
					mentions: []string{"Penny Wong", "Ms Wong", "she", "his Australian counterpart"}},
				{name: "Anthony Albanese", country: "", code: "", role: "Prime Minister", typ: newsgraph.Person,
					mentions: []string{"Anthony Albanese", "Mr Albanese", "he"}},
				{name: "World Trade Organization", code: "IGOBUSWTO", typ: newsgraph.Org,
					mentions: []string{"World Trade Organization", "WTO", "the organisation"}},
				{name: "Joe Biden", country: "USA", code: "USAGOV", role: "President", typ: newsgraph.Person,
					mentions: []string{"the US president"}},
				{name: "Canberra", country: "AUS", typ: newsgraph.Loc, mentions: []string{"Canberra"}}, // a capital: its country
			},
		},
		{
			name:      "office holder by date",
			text:      "The US president spoke on Tuesday.",
			published: "2025-07-10",
			want:      []expect{{name: "Donald Trump", country: "USA", code: "USAGOV", role: "President", mentions: []string{"The US president"}}},
		},
		{
			name: "groups, its and quotes",
			text: "Police arrested dozens of protesters in Paris on Saturday. " +
				"They said the protesters had blocked a road. " +
				"France's interior ministry said its officers would investigate. " +
				"Mrs Ardern arrived first. “He is late again,” she said of Mr Smith.",
			ner: ner{"Paris": newsgraph.Loc, "Ardern": newsgraph.Person, "Smith": newsgraph.Person},
			want: []expect{
				{name: "Police", code: "", typ: newsgraph.Person, mentions: []string{"Police", "They"}},
				{name: "protesters", typ: newsgraph.Person, mentions: []string{"protesters", "the protesters"}},
				{name: "France's interior ministry", country: "FRA", code: "FRAGOV", typ: newsgraph.Org, mentions: []string{"France's interior ministry", "its"}},
				{name: "France", country: "FRA", code: "FRA", typ: newsgraph.Loc, mentions: []string{"France"}},
				{name: "Ardern", typ: newsgraph.Person, mentions: []string{"Mrs Ardern", "she"}},
				{name: "Smith", typ: newsgraph.Person, mentions: []string{"Mr Smith"}},
			},
			unresolved: []string{"He"}, // inside a quote, no compatible antecedent before it
		},
		{
			name: "relative clause and subject salience",
			text: "Russian President Vladimir Putin received Turkish President Recep Tayyip Erdogan, who praised his host. " +
				"Mr Erdogan later said he would return. Mr Putin thanked his guest.",
			ner: ner{"Vladimir Putin": newsgraph.Person, "Recep Tayyip Erdogan": newsgraph.Person, "Erdogan": newsgraph.Person, "Putin": newsgraph.Person},
			want: []expect{
				{name: "Vladimir Putin", country: "RUS", code: "RUSGOV", role: "President", mentions: []string{"Vladimir Putin", "Mr Putin", "his#1"}},
				{name: "Recep Tayyip Erdogan", country: "TUR", code: "TURGOV", role: "President", mentions: []string{"Recep Tayyip Erdogan", "Mr Erdogan", "his#0", "he"}},
			},
		},
		{
			name: "same surname, different people stay apart by type",
			text: "Ford said the Ford Motor Company would invest. The company said its plant would open.",
			ner:  ner{"Ford": newsgraph.Person, "Ford Motor Company": newsgraph.Org},
			want: []expect{
				{name: "Ford", typ: newsgraph.Person, mentions: []string{"Ford"}},
				{name: "Ford Motor Company", typ: newsgraph.Org, mentions: []string{"Ford Motor Company", "The company", "its"}},
			},
		},
		{
			name: "same surname, different given names stay apart",
			text: "Donald Trump spoke first. His son Eric Trump said the campaign was strong. " +
				"Trump thanked the crowd. Eric Trump later left.",
			ner: ner{"Donald Trump": newsgraph.Person, "Eric Trump": newsgraph.Person, "Trump": newsgraph.Person},
			want: []expect{
				{name: "Donald Trump", typ: newsgraph.Person, mentions: []string{"Donald Trump", "His", "Trump"}},
				{name: "Eric Trump", typ: newsgraph.Person, mentions: []string{"Eric Trump", "Eric Trump#1"}},
			},
		},
		{
			name: "given names carry gender",
			text: "Hillary Clinton met Bernie Sanders on Monday. His aides were not there. She said the talks went well.",
			ner:  ner{"Hillary Clinton": newsgraph.Person, "Bernie Sanders": newsgraph.Person},
			want: []expect{
				{name: "Hillary Clinton", typ: newsgraph.Person, mentions: []string{"Hillary Clinton", "She"}},
				{name: "Bernie Sanders", typ: newsgraph.Person, mentions: []string{"Bernie Sanders", "His"}},
			},
		},
		{
			name: "lone surname typed as a place",
			text: "John Bolton spoke on Fox. Bolton said he would serve.",
			ner:  ner{"John Bolton": newsgraph.Person, "Bolton": newsgraph.Loc, "Fox": newsgraph.Org},
			want: []expect{
				{name: "John Bolton", typ: newsgraph.Person, mentions: []string{"John Bolton", "Bolton", "he"}},
			},
		},
		{
			name: "subject after an opening phrase",
			text: "Hillary Clinton arrived. In a statement, Nancy Pelosi welcomed Mary Smith. She said the talks went well.",
			ner:  ner{"Hillary Clinton": newsgraph.Person, "Nancy Pelosi": newsgraph.Person, "Mary Smith": newsgraph.Person},
			want: []expect{
				{name: "Nancy Pelosi", typ: newsgraph.Person, mentions: []string{"Nancy Pelosi", "She"}},
				{name: "Mary Smith", typ: newsgraph.Person, mentions: []string{"Mary Smith"}},
			},
		},
		{
			name: "pronoun before the name in an opening clause",
			text: "Ted Cruz spoke on Sunday. Asked if she believed the report, Nancy Pelosi said no.",
			ner:  ner{"Ted Cruz": newsgraph.Person, "Nancy Pelosi": newsgraph.Person},
			want: []expect{
				{name: "Nancy Pelosi", typ: newsgraph.Person, mentions: []string{"she", "Nancy Pelosi"}},
				{name: "Ted Cruz", typ: newsgraph.Person, mentions: []string{"Ted Cruz"}},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, tc.text, tc.published, tc.ner)
			checkExpect(t, doc, tc.want, tc.unresolved)
		})
	}
}

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(file))
}

func seedText(t testing.TB) string {
	p := filepath.Join(repoRoot(), "..", "shared", "seed", "article.txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Skipf("seed article absent at %s (../shared/seed from the repo root): %v", p, err)
	}
	return string(b)
}

// seedNER stands in for the NER stage: hand-listed names, "Asean" wrongly
// typed LOC as a CoNLL model would, and no organisations at all.
var seedNER = ner{
	"Marco Rubio": newsgraph.Person, "Rubio": newsgraph.Person, "Sergey Lavrov": newsgraph.Person, "Lavrov": newsgraph.Person,
	"Donald Trump": newsgraph.Person, "Trump": newsgraph.Person, "Anwar Ibrahim": newsgraph.Person, "Anwar": newsgraph.Person,
	"Mohamad Hasan": newsgraph.Person, "Asean": newsgraph.Loc, "Kuala Lumpur": newsgraph.Loc, "Moscow": newsgraph.Loc,
	"Riyadh": newsgraph.Loc, "Saudi Arabia": newsgraph.Loc, "Russian": newsgraph.Misc, "Malaysian": newsgraph.Misc,
}

func TestSeed(t *testing.T) {
	txt := seedText(t)
	for _, variant := range []struct {
		name string
		ner  ner
	}{{"stand-in NER", seedNER}, {"no NER", nil}} {
		t.Run(variant.name, func(t *testing.T) {
			doc := run(t, txt, "2025-07-10", variant.ner)
			// the "He" before “I wouldn’t characterise…” is the third "He"
			he := "He#2"
			if !strings.Contains(txt[strings.Index(txt, "He said: “I wouldn"):], "I wouldn") {
				t.Fatal("seed text changed")
			}
			checkExpect(t, doc, []expect{
				{name: "Marco Rubio", country: "USA", code: "USAGOV", role: "Secretary of State", typ: newsgraph.Person,
					mentions: []string{"Marco Rubio", "Mr Rubio", "Mr Rubio#5", he, "The secretary of state"}},
				{name: "Sergey Lavrov", country: "RUS", code: "RUSGOV", role: "Foreign Minister", typ: newsgraph.Person,
					mentions: []string{"Sergey Lavrov", "Mr Lavrov", "his Russian counterpart"}},
				{name: "Donald Trump", country: "USA", code: "USAGOV", role: "President", typ: newsgraph.Person,
					mentions: []string{"Donald Trump", "Mr Trump"}},
				{name: "Anwar Ibrahim", country: "MYS", code: "MYSGOV", role: "Prime Minister", typ: newsgraph.Person,
					mentions: []string{"Anwar Ibrahim", "Mr Anwar"}},
				{name: "Mohamad Hasan", country: "MYS", code: "MYSGOV", role: "Foreign Minister", typ: newsgraph.Person,
					mentions: []string{"Mohamad Hasan", "his Malaysian counterpart"}},
				{name: "Asean", code: "IGOSEAASN", typ: newsgraph.Org,
					mentions: []string{"Association of South-east Asian Nations", "Asean", "Asean#3", "the bloc", "its#0"}},
				{name: "Pentagon", country: "USA", code: "USAMIL", typ: newsgraph.Org, mentions: []string{"Pentagon"}},
				{name: "Russian Foreign Ministry", country: "RUS", code: "RUSGOV", typ: newsgraph.Org,
					mentions: []string{"Russian Foreign Ministry", "its#1"}},
				{name: "United States", country: "USA", code: "USA", typ: newsgraph.Loc, mentions: []string{"United States", "US"}},
				{name: "Russia", country: "RUS", code: "RUS", typ: newsgraph.Loc, mentions: []string{"Russia"}},
				{name: "Ukraine", country: "UKR", code: "UKR", typ: newsgraph.Loc, mentions: []string{"Ukraine"}},
			}, nil)
			// "Mr Rubio’s": the mention stops before the possessive
			for _, m := range doc.Mentions {
				if strings.HasSuffix(m.Text, "’s") || strings.HasSuffix(m.Text, "'s") && m.Kind == newsgraph.Name {
					t.Errorf("possessive inside mention %q", m.Text)
				}
			}
			if testing.Verbose() {
				t.Log("\n" + dump(doc))
			}
		})
	}
}

func TestStageMetadata(t *testing.T) {
	s := NewStage(nil)
	if s.Name() != "entities" || s.Requires()[0] != newsgraph.LayerActors || s.Provides()[0] != newsgraph.LayerEntities {
		t.Errorf("metadata %s %v %v", s.Name(), s.Requires(), s.Provides())
	}
	p, err := newsgraph.NewPipeline(text.New(),
		newsgraph.StageFunc{StageName: "ner", Adds: []newsgraph.Layer{newsgraph.LayerPOS, newsgraph.LayerNER},
			Fn: func(context.Context, *newsgraph.Document) error { return nil }},
		actor.NewStage(kb), s)
	if err != nil {
		t.Fatal(err)
	}
	doc := &newsgraph.Document{Text: "Mr Rubio met Mr Lavrov. He said the talks went well."}
	if err := p.Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	checkEntities(t, doc)
	if len(doc.Entities) != 2 {
		t.Errorf("entities: %s", dump(doc))
	}
}

func TestDeterministic(t *testing.T) {
	txt := "Mr Rubio met Mr Lavrov and his Malaysian counterpart. The bloc said its members agreed. They left."
	first := dump(run(t, txt, "2025-07-10", nil))
	for i := 0; i < 20; i++ {
		if got := dump(run(t, txt, "2025-07-10", nil)); got != first {
			t.Fatalf("run %d differs:\n%s\nvs\n%s", i, got, first)
		}
	}
}

func FuzzCoref(f *testing.F) {
	f.Add("US Secretary of State Marco Rubio met his Russian counterpart. He said its plan works. The secretary of state left.")
	f.Add("“He”")
	f.Add("Mr Mr (Asean) Association of South-east Asian Nations (Asean) the bloc its they them")
	seg := text.New()
	as, cs := actor.NewStage(kb), NewStage(kb)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		doc := &newsgraph.Document{Text: strings.ToValidUTF8(s, "?"), Published: time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)}
		_ = seg.Process(context.Background(), doc)
		for _, tk := range doc.Tokens {
			if tk.Text != "" && unicode.IsUpper([]rune(tk.Text)[0]) {
				doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: tk.Span, Kind: newsgraph.Name, Type: newsgraph.Person, Entity: -1})
			}
		}
		if err := as.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := cs.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		checkEntities(t, doc)
	})
}

// TestBadMentions: out-of-bounds mentions (from a buggy upstream stage) are
// left unresolved, not fatal.
func TestBadMentions(t *testing.T) {
	doc := &newsgraph.Document{Text: "Mr Rubio said he agreed."}
	_ = text.New().Process(context.Background(), doc)
	_ = actor.NewStage(kb).Process(context.Background(), doc)
	doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: newsgraph.Span{Start: 10, End: 400}, Kind: newsgraph.Name, Type: newsgraph.Person})
	if err := NewStage(kb).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if doc.Mentions[len(doc.Mentions)-1].Entity != -1 {
		t.Error("bad mention resolved")
	}
}

func BenchmarkCoref(b *testing.B) {
	txt := "US Secretary of State Marco Rubio met Russian Foreign Minister Sergey Lavrov. Mr Rubio said he was hopeful. The bloc said its members agreed.\n"
	if bt, err := os.ReadFile(filepath.Join(repoRoot(), "..", "shared", "seed", "article.txt")); err == nil {
		txt = string(bt)
	}
	base := &newsgraph.Document{Text: txt, Published: time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)}
	_ = text.New().Process(context.Background(), base)
	_ = actor.NewStage(kb).Process(context.Background(), base)
	mentions := base.Mentions
	st := NewStage(kb)
	b.SetBytes(int64(len(txt)))
	b.ReportAllocs()
	for b.Loop() {
		doc := *base
		doc.Mentions = append([]newsgraph.Mention(nil), mentions...)
		_ = st.Process(context.Background(), &doc)
	}
}

// TestConcurrent runs both stages from many goroutines on shared stages and
// KB; run with -race.
func TestConcurrent(t *testing.T) {
	txt := "US Secretary of State Marco Rubio met his Russian counterpart. He said the bloc and its members agreed. The US president left."
	want := dump(run(t, txt, "2025-07-10", nil))
	as, cs := actor.NewStage(kb), NewStage(kb)
	errs := make(chan string, 16)
	for g := 0; g < 16; g++ {
		go func() {
			doc := &newsgraph.Document{Text: txt, Published: time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)}
			_ = text.New().Process(context.Background(), doc)
			_ = as.Process(context.Background(), doc)
			_ = cs.Process(context.Background(), doc)
			errs <- dump(doc)
		}()
	}
	for g := 0; g < 16; g++ {
		if got := <-errs; got != want {
			t.Errorf("goroutine result differs:\n%s\nwant\n%s", got, want)
		}
	}
}
