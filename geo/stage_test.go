package geo

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"newsgraph"
)

// ent describes one entity of a hand-built document: its type, canonical
// name and the surface texts of its mentions, each found in order in the
// text (the n-th occurrence after the previous mention of the same entity).
type ent struct {
	typ      newsgraph.EntityType
	name     string
	mentions []mspec
}

type mspec struct {
	text    string
	kind    newsgraph.MentionKind
	country string
	nth     int // 0: first occurrence after the previous mention of this entity
}

func name(texts ...string) []mspec {
	var out []mspec
	for _, t := range texts {
		out = append(out, mspec{text: t, kind: newsgraph.Name})
	}
	return out
}

// buildDoc lays out mentions and entities as the entities layer would.
func buildDoc(t testing.TB, text string, ents []ent) *newsgraph.Document {
	t.Helper()
	doc := &newsgraph.Document{Text: text}
	type pm struct {
		m   newsgraph.Mention
		ent int
	}
	var all []pm
	for ei, e := range ents {
		from := 0
		for _, ms := range e.mentions {
			i := strings.Index(text[from:], ms.text)
			for k := 0; k < ms.nth && i >= 0; k++ {
				from += i + len(ms.text)
				i = strings.Index(text[from:], ms.text)
			}
			if i < 0 {
				t.Fatalf("mention %q of %s not found", ms.text, e.name)
			}
			start := from + i
			all = append(all, pm{newsgraph.Mention{Span: newsgraph.Span{Start: start, End: start + len(ms.text)},
				Text: ms.text, Kind: ms.kind, Type: e.typ, Country: ms.country, Entity: ei, Source: "test"}, ei})
			from = start + len(ms.text)
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].m.Start < all[j].m.Start })
	doc.Entities = make([]newsgraph.Entity, len(ents))
	for ei, e := range ents {
		doc.Entities[ei] = newsgraph.Entity{ID: fmt.Sprintf("E%d", ei+1), Type: e.typ, Name: e.name, Place: -1}
	}
	for mi, p := range all {
		doc.Mentions = append(doc.Mentions, p.m)
		doc.Entities[p.ent].Mentions = append(doc.Entities[p.ent].Mentions, mi)
	}
	return doc
}

func runStage(t *testing.T, doc *newsgraph.Document) {
	t.Helper()
	st := NewStage(gaz(t))
	p, err := newsgraph.NewPipeline(
		newsgraph.StageFunc{StageName: "entities", Adds: []newsgraph.Layer{newsgraph.LayerEntities}, Fn: func(context.Context, *newsgraph.Document) error { return nil }},
		st)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
}

const newsText = "Malaysia's foreign minister met his Saudi counterpart in the Malaysian capital Kuala Lumpur on Tuesday. " +
	"The talks, which took place in February in Riyadh, Saudi Arabia, were the second this year. " +
	"Moscow was not represented, and Ukraine was not discussed, the Malaysian minister said. " +
	"Georgia Power, a utility, was cited. Kuala Lumpur will host the next round."

func TestStageNews(t *testing.T) {
	doc := buildDoc(t, newsText, []ent{
		{newsgraph.Loc, "Malaysia", name("Malaysia")},
		{newsgraph.Person, "foreign minister", []mspec{{text: "foreign minister", kind: newsgraph.Nominal, country: "MYS"}}},
		{newsgraph.Loc, "Kuala Lumpur", append([]mspec{{text: "the Malaysian capital", kind: newsgraph.Nominal, country: "MYS"}}, name("Kuala Lumpur", "Kuala Lumpur")...)},
		{newsgraph.Loc, "Riyadh", name("Riyadh")},
		{newsgraph.Loc, "Saudi Arabia", name("Saudi Arabia")},
		{newsgraph.Loc, "Moscow", name("Moscow")},
		{newsgraph.Loc, "Ukraine", name("Ukraine")},
		{newsgraph.Org, "Georgia Power", name("Georgia Power")},
		{newsgraph.Misc, "Saudi", name("Saudi")},
	})
	runStage(t, doc)

	type want struct {
		name, country, feature string
		lat, lon               float64
		mentions               []string
	}
	wants := []want{
		// "the Malaysian minister" has no mention here: the free demonym is
		// a country-level mention (in the pipeline the actor stage reads it
		// as a nominal mention, which keeps it out)
		{"Malaysia", "MYS", "country", 2.5, 112.5, []string{"Malaysia", "Malaysian"}},
		// the demonym "Saudi" (a MISC entity) is a country-level mention, as in GDELT
		{"Saudi Arabia", "SAU", "country", 25, 45, []string{"Saudi", "Saudi Arabia"}},
		{"Kuala Lumpur", "MYS", "city", 3.14, 101.69, []string{"Kuala Lumpur", "Kuala Lumpur"}},
		{"Riyadh", "SAU", "city", 24.69, 46.72, []string{"Riyadh"}},
		{"Moscow", "RUS", "city", 55.75, 37.62, []string{"Moscow"}},
		{"Ukraine", "UKR", "country", 49, 32, []string{"Ukraine"}},
	}
	if len(doc.Places) != len(wants) {
		t.Fatalf("%d places, want %d: %+v", len(doc.Places), len(wants), doc.Places)
	}
	for i, w := range wants {
		p := doc.Places[i]
		c := Candidate{Lat: p.Lat, Lon: p.Lon}
		if p.ID != fmt.Sprintf("P%d", i+1) || p.Name != w.name || p.Country != w.country || p.Feature != w.feature || !near(c, w.lat, w.lon, 0.5) {
			t.Errorf("place %d = %+v, want %+v", i, p, w)
		}
		var texts []string
		for _, sp := range p.Mentions {
			texts = append(texts, doc.Text[sp.Start:sp.End])
		}
		if !reflect.DeepEqual(texts, w.mentions) {
			t.Errorf("place %s mentions %q, want %q", p.ID, texts, w.mentions)
		}
		if w.feature == "city" && p.GeonamesID == 0 {
			t.Errorf("place %s has no GeoNames id", p.ID)
		}
	}
	wantPlace := map[string]int{"Malaysia": 0, "Kuala Lumpur": 2, "Riyadh": 3, "Saudi Arabia": 1, "Moscow": 4,
		"Ukraine": 5, "foreign minister": -1, "Georgia Power": -1, "Saudi": 1}
	for _, e := range doc.Entities {
		if e.Place != wantPlace[e.Name] {
			t.Errorf("entity %s (%s) Place = %d, want %d", e.ID, e.Name, e.Place, wantPlace[e.Name])
		}
	}

	// Deterministic and idempotent.
	again := buildDoc(t, newsText, nil)
	again.Mentions, again.Entities = doc.Mentions, cloneEntities(doc.Entities)
	runStage(t, again)
	if !reflect.DeepEqual(again.Places, doc.Places) || !reflect.DeepEqual(again.Entities, doc.Entities) {
		t.Error("a second run gave different output")
	}
}

func cloneEntities(es []newsgraph.Entity) []newsgraph.Entity {
	out := append([]newsgraph.Entity(nil), es...)
	for i := range out {
		out[i].Mentions = append([]int(nil), out[i].Mentions...)
		out[i].Place = -1
	}
	return out
}

func placeOf(t *testing.T, doc *newsgraph.Document, entityName string) newsgraph.Place {
	t.Helper()
	for _, e := range doc.Entities {
		if e.Name == entityName {
			if e.Place < 0 {
				t.Fatalf("entity %s has no place", entityName)
			}
			return doc.Places[e.Place]
		}
	}
	t.Fatalf("no entity %s", entityName)
	return newsgraph.Place{}
}

func TestStageGeorgia(t *testing.T) {
	// The country: Russian evidence, nothing American.
	doc := buildDoc(t, "Russian troops massed on the border with Georgia, officials in Tbilisi said.", []ent{
		{newsgraph.Loc, "Georgia", name("Georgia")},
		{newsgraph.Loc, "Tbilisi", name("Tbilisi")},
	})
	runStage(t, doc)
	if p := placeOf(t, doc, "Georgia"); p.Feature != "country" || p.Country != "GEO" {
		t.Errorf("Georgia = %+v, want the country", p)
	}

	// The state: "Atlanta, Georgia", and a later bare "Georgia".
	doc = buildDoc(t, "The storm hit Atlanta, Georgia, on Monday. Georgia's governor declared an emergency.", []ent{
		{newsgraph.Loc, "Atlanta", name("Atlanta")},
		{newsgraph.Loc, "Georgia", name("Georgia", "Georgia")},
	})
	runStage(t, doc)
	if p := placeOf(t, doc, "Georgia"); p.Feature != "admin1" || p.Country != "USA" || len(p.Mentions) != 2 {
		t.Errorf("Georgia = %+v, want the US state with 2 mentions", p)
	}
	if p := placeOf(t, doc, "Atlanta"); p.Country != "USA" || p.Feature != "city" {
		t.Errorf("Atlanta = %+v", p)
	}

	// Atlanta elsewhere in the text, no comma.
	doc = buildDoc(t, "Georgia's new voting law drew protests in Atlanta.", []ent{
		{newsgraph.Loc, "Georgia", name("Georgia")},
		{newsgraph.Loc, "Atlanta", name("Atlanta")},
	})
	runStage(t, doc)
	if p := placeOf(t, doc, "Georgia"); p.Feature != "admin1" || p.Country != "USA" {
		t.Errorf("Georgia with Atlanta = %+v, want the US state", p)
	}
}

func TestStagePairsAndStates(t *testing.T) {
	doc := buildDoc(t, "He was born in Paris, Texas, and moved to Washington state before working in Paris.", []ent{
		{newsgraph.Loc, "Paris", name("Paris")},
		{newsgraph.Loc, "Texas", name("Texas")},
		{newsgraph.Loc, "Washington", name("Washington")},
		{newsgraph.Loc, "Paris#2", []mspec{{text: "Paris", kind: newsgraph.Name, nth: 1}}},
	})
	runStage(t, doc)
	if p := placeOf(t, doc, "Paris"); p.Country != "USA" || p.Feature != "city" {
		t.Errorf("Paris, Texas = %+v", p)
	}
	if p := placeOf(t, doc, "Texas"); p.Country != "USA" || p.Feature != "admin1" {
		t.Errorf("Texas = %+v", p)
	}
	if p := placeOf(t, doc, "Washington"); p.Feature != "admin1" || p.Country != "USA" {
		t.Errorf("Washington state = %+v", p)
	}

	// One Loc entity whose name carries the qualifier.
	doc = buildDoc(t, "Talks in Riyadh, Saudi Arabia ended.", []ent{
		{newsgraph.Loc, "Riyadh, Saudi Arabia", name("Riyadh, Saudi Arabia")},
	})
	runStage(t, doc)
	if p := placeOf(t, doc, "Riyadh, Saudi Arabia"); p.Name != "Riyadh" || p.Country != "SAU" || p.Feature != "city" {
		t.Errorf("Riyadh, Saudi Arabia = %+v", p)
	}

	// The capital by default; two entities naming one place share it.
	doc = buildDoc(t, "The US said Washington would respond. The United States has bases.", []ent{
		{newsgraph.Loc, "US", name("US")},
		{newsgraph.Loc, "Washington", name("Washington")},
		{newsgraph.Loc, "United States", name("United States")},
	})
	runStage(t, doc)
	if len(doc.Places) != 2 {
		t.Fatalf("places = %+v, want 2", doc.Places)
	}
	if p := placeOf(t, doc, "Washington"); p.Feature != "city" || p.GeonamesID != 4140963 {
		t.Errorf("Washington = %+v, want the capital", p)
	}
	if doc.Entities[0].Place != doc.Entities[2].Place || len(doc.Places[0].Mentions) != 2 {
		t.Errorf("US and United States should share P1: %+v", doc.Places)
	}
}

func TestStageNoPlaces(t *testing.T) {
	doc := buildDoc(t, "Nothing here.", nil)
	runStage(t, doc)
	if doc.Places != nil {
		t.Errorf("places = %+v", doc.Places)
	}
	doc = buildDoc(t, "Xyzzyville is not a place we know.", []ent{{newsgraph.Loc, "Xyzzyville", name("Xyzzyville")}})
	runStage(t, doc)
	if len(doc.Places) != 0 || doc.Entities[0].Place != -1 {
		t.Errorf("unknown place resolved: %+v", doc.Places)
	}
}

func BenchmarkStage(b *testing.B) {
	st := NewStage(gaz(b))
	proto := buildDoc(b, newsText, []ent{
		{newsgraph.Loc, "Malaysia", name("Malaysia")},
		{newsgraph.Loc, "Kuala Lumpur", name("Kuala Lumpur", "Kuala Lumpur")},
		{newsgraph.Loc, "Riyadh", name("Riyadh")},
		{newsgraph.Loc, "Saudi Arabia", name("Saudi Arabia")},
		{newsgraph.Loc, "Moscow", name("Moscow")},
		{newsgraph.Loc, "Ukraine", name("Ukraine")},
	})
	b.ReportAllocs()
	for b.Loop() {
		doc := *proto
		doc.Entities = cloneEntities(proto.Entities)
		if err := st.Process(context.Background(), &doc); err != nil {
			b.Fatal(err)
		}
	}
}

func TestStageConcurrent(t *testing.T) {
	st := NewStage(gaz(t))
	proto := buildDoc(t, newsText, []ent{
		{newsgraph.Loc, "Malaysia", name("Malaysia")},
		{newsgraph.Loc, "Kuala Lumpur", name("Kuala Lumpur", "Kuala Lumpur")},
		{newsgraph.Loc, "Moscow", name("Moscow")},
	})
	want := *proto
	want.Entities = cloneEntities(proto.Entities)
	if err := st.Process(context.Background(), &want); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			doc := *proto
			doc.Entities = cloneEntities(proto.Entities)
			err := st.Process(context.Background(), &doc)
			if err == nil && !reflect.DeepEqual(doc.Places, want.Places) {
				err = fmt.Errorf("concurrent run differs: %+v", doc.Places)
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestStageTextQualifier(t *testing.T) {
	// The qualifiers are not entities: the stage reads them from the text.
	doc := buildDoc(t, "Flooding closed schools in Athens, Ga. and in Victoria, British Columbia.", []ent{
		{newsgraph.Loc, "Athens", name("Athens")},
		{newsgraph.Loc, "Victoria", name("Victoria")},
	})
	runStage(t, doc)
	if p := placeOf(t, doc, "Athens"); p.Country != "USA" || !near(Candidate{Lat: p.Lat, Lon: p.Lon}, 33.96, -83.38, 0.3) {
		t.Errorf("Athens, Ga. = %+v", p)
	}
	if p := placeOf(t, doc, "Victoria"); p.Country != "CAN" || p.Feature != "city" {
		t.Errorf("Victoria, British Columbia = %+v", p)
	}
}

func TestStageNominalEvidence(t *testing.T) {
	// The place's own nominal mention carries the country another stage
	// read ("the Canadian city" → CAN); its own name does not vote.
	doc := buildDoc(t, "Victoria, the Canadian city, voted on Monday.", []ent{
		{newsgraph.Loc, "Victoria", []mspec{{text: "Victoria", kind: newsgraph.Name}, {text: "the Canadian city", kind: newsgraph.Nominal, country: "CAN"}}},
	})
	runStage(t, doc)
	if p := placeOf(t, doc, "Victoria"); p.Country != "CAN" || p.Feature != "city" || len(p.Mentions) != 1 {
		t.Errorf("Victoria, the Canadian city = %+v", p)
	}
}

func TestStageRetypesMisreadPlaces(t *testing.T) {
	const text = "He spoke in the Malaysian capital Kuala Lumpur. Paris Hilton smiled. Mr Lincoln left."
	doc := buildDoc(t, text, []ent{
		{newsgraph.Person, "Kuala Lumpur", name("Kuala Lumpur")},
		{newsgraph.Person, "Paris Hilton", name("Paris Hilton")},
		{newsgraph.Person, "Lincoln", name("Lincoln")},
	})
	runStage(t, doc)
	got := map[string]newsgraph.EntityType{}
	for _, e := range doc.Entities {
		got[e.Name] = e.Type
	}
	want := map[string]newsgraph.EntityType{"Kuala Lumpur": newsgraph.Loc, "Paris Hilton": newsgraph.Person, "Lincoln": newsgraph.Person}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("types = %v, want %v", got, want)
	}
	var names []string
	for _, p := range doc.Places {
		names = append(names, p.Name)
	}
	// "Malaysian" has no mention in this hand-built document: a free
	// demonym is a mention of its country
	if !reflect.DeepEqual(names, []string{"Malaysia", "Kuala Lumpur"}) {
		t.Errorf("places = %+v", doc.Places)
	}
}

// Places outside LOC entities: inside an organisation's name, a mistyped
// entity, a state qualifier, a free demonym, a region.
func TestStageExtras(t *testing.T) {
	const text = "Deputies of the Laurel County Sheriff's Office met in London, Ky., with Gainesville Police. " +
		"Israeli visitors toured Europe. The Liberal Democrats met in Corbin. Corbin beat Barbourville."
	doc := buildDoc(t, text, []ent{
		{newsgraph.Org, "Laurel County Sheriff's Office", name("Laurel County Sheriff's Office")},
		{newsgraph.Loc, "London", name("London")},
		{newsgraph.Org, "Gainesville Police", name("Gainesville Police")},
		{newsgraph.Loc, "Europe", name("Europe")},
		{newsgraph.Org, "Liberal Democrats", name("Liberal Democrats")},
		{newsgraph.Loc, "Corbin", name("Corbin")},
		{newsgraph.Org, "Corbin", []mspec{{text: "Corbin", kind: newsgraph.Name, nth: 1}}},
		{newsgraph.Person, "Barbourville", name("Barbourville")},
	})
	runStage(t, doc)
	got := map[string]string{}
	for _, p := range doc.Places {
		for _, m := range p.Mentions {
			got[doc.Text[m.Start:m.End]+"@"+fmt.Sprint(m.Start)] = p.Name + "/" + p.Country + "/" + p.Feature
		}
	}
	at := func(s string, nth int) string {
		i := -1
		for k := 0; k <= nth; k++ {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return s + "@" + fmt.Sprint(i)
	}
	want := map[string]string{
		at("Laurel County", 0): "Laurel County/USA/admin2",
		at("London", 0):        "London/USA/city",
		at("Ky.", 0):           "Kentucky/USA/admin1",
		at("Israeli", 0):       "Israel/ISR/country",
		at("Europe", 0):        "Europe//continent",
		at("Corbin", 0):        "Corbin/USA/city",
		at("Corbin", 1):        "Corbin/USA/city",
		at("Barbourville", 0):  "Barbourville/USA/city",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
	for k, v := range got {
		if strings.HasPrefix(k, "Liberal") {
			t.Errorf("%s is no place here (Liberal, Kan., is not in Kentucky): %s", k, v)
		}
	}
}
