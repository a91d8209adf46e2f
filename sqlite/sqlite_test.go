package sqlite

import (
	"context"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"newsgraph"
)

func sp(s string) *string { return &s }

func openTest(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// corpus returns three hand-made records.
func corpus() []newsgraph.Record {
	a := newsgraph.Record{
		ID: "a1", Title: "Rubio meets Lavrov in Riyadh", URL: "https://example.com/a1", Source: "Example News",
		Published: "2025-02-18",
		Text:      `US Secretary of State Marco Rubio met Sergei Lavrov in Riyadh. "We will keep talking," Rubio said. Lavrov said the talks (in Saudi Arabia) were useful.`,
		Entities: []newsgraph.RecEntity{
			{ID: "E1", Type: "PERSON", Name: "Marco Rubio", Country: "USA", Code: "USAGOV",
				Roles:    []newsgraph.Role{{Title: "Secretary of State", Country: "USA"}},
				Mentions: []newsgraph.RecMention{{Start: 22, End: 33, Text: "Marco Rubio", Kind: "NAME"}}},
			{ID: "E2", Type: "PERSON", Name: "Sergei Lavrov", Country: "RUS", Code: "RUSGOV",
				Mentions: []newsgraph.RecMention{{Start: 38, End: 51, Text: "Sergei Lavrov", Kind: "NAME"}}},
			{ID: "E3", Type: "LOC", Name: "Riyadh", Country: "SAU", Place: sp("P1")},
		},
		Quotes: []newsgraph.RecQuote{
			{Start: 64, End: 85, Text: "We will keep talking,", Direct: true,
				Speaker: &newsgraph.RecSpeaker{Entity: sp("E1"), Name: "Rubio", Start: 87, End: 92},
				Cue:     &newsgraph.RecText{Start: 93, End: 97, Text: "said"}},
			{Start: 110, End: 150, Text: "the talks (in Saudi Arabia) were useful", Direct: false,
				Speaker: &newsgraph.RecSpeaker{Entity: sp("E2"), Name: "Lavrov", Start: 99, End: 105}},
		},
		Times:  []newsgraph.RecTime{{Start: 0, End: 4, Text: "Tuesday", Type: "DATE", Value: "2025-02-18"}},
		Places: []newsgraph.RecPlace{{ID: "P1", Name: "Riyadh", Country: "SAU", Lat: 24.69, Lon: 46.72, GeonamesID: 108410, Feature: "city"}},
		Events: []newsgraph.RecEvent{
			{Code: "040", Root: "04", Source: &newsgraph.RecActor{Entity: sp("E1"), Name: "Marco Rubio", Code: "USAGOV"},
				Target: &newsgraph.RecActor{Entity: sp("E2"), Name: "Sergei Lavrov", Code: "RUSGOV"},
				Date:   "2025-02-18", DateSource: "published", Place: sp("P1"), Modality: "asserted", Goldstein: 1, QuadClass: 1,
				Evidence: newsgraph.RecSpan{Start: 0, End: 61}, Text: "US Secretary of State Marco Rubio met Sergei Lavrov in Riyadh"},
		},
	}
	b := newsgraph.Record{
		ID: "b2", Title: "Kremlin threatens sanctions response", Source: "Wire", Published: "2025-03-02",
		Text: `Moscow threatened retaliation against the European Union in February. Jerusalem officials were silent. « Nous répondrons », a déclaré le Kremlin.`,
		Entities: []newsgraph.RecEntity{
			{ID: "E1", Type: "ORG", Name: "Kremlin", Country: "RUS", Code: "RUSGOV"},
			{ID: "E2", Type: "ORG", Name: "European Union", Code: "IGOEU"},
			{ID: "E3", Type: "LOC", Name: "Jerusalem", Country: "ISR"},
		},
		Quotes: []newsgraph.RecQuote{
			{Start: 104, End: 117, Text: "Nous répondrons", Direct: true,
				Speaker: &newsgraph.RecSpeaker{Entity: sp("E1"), Name: "le Kremlin", Start: 133, End: 143}},
		},
		Places: []newsgraph.RecPlace{{ID: "P1", Name: "Moscow", Country: "RUS", Lat: 55.75, Lon: 37.62}},
		Events: []newsgraph.RecEvent{
			{Code: "138", Root: "13", Source: &newsgraph.RecActor{Entity: sp("E1"), Name: "Moscow", Code: "RUSGOV"},
				Target: &newsgraph.RecActor{Entity: sp("E2"), Name: "European Union", Code: "IGOEU"},
				Date:   "2025-02", DateSource: "text", Place: sp("P1"), Modality: "threatened", Goldstein: -7, QuadClass: 4,
				Evidence: newsgraph.RecSpan{Start: 0, End: 68}, Text: "Moscow threatened retaliation against the European Union in February"},
			{Code: "044", Root: "04", Source: &newsgraph.RecActor{Entity: nil, Name: "Jerusalem officials", Code: "ISRGOV"},
				Target: nil, Date: "PAST_REF", Modality: "asserted", Goldstein: 2.5, QuadClass: 1,
				Evidence: newsgraph.RecSpan{Start: 70, End: 101}, Text: "Jerusalem officials were silent"},
		},
	}
	c := newsgraph.Record{
		ID: "c3", Title: "Untitled", Published: "",
		Text: `Nothing happened AND nobody said "anything".`,
		Quotes: []newsgraph.RecQuote{
			{Start: 33, End: 43, Text: `"anything"`, Direct: true},
		},
		Events: []newsgraph.RecEvent{
			{Code: "0441", Root: "04", Source: &newsgraph.RecActor{Name: "USA Today"}, Date: "2025-W09",
				Evidence: newsgraph.RecSpan{Start: 0, End: 16}, Text: "Nothing happened"},
		},
	}
	return []newsgraph.Record{a, b, c}
}

func load(t testing.TB, db *DB) {
	t.Helper()
	for _, r := range corpus() {
		added, err := db.PutArticle(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		if !added {
			t.Fatalf("%s: added = false on first put", r.ID)
		}
	}
}

func TestOpenMigrates(t *testing.T) {
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "x.db")
	db, err := Open(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	v, err := db.Version(ctx)
	if err != nil || v != SchemaVersion() || v < 1 {
		t.Fatalf("version = %d, %v; want %d", v, err, SchemaVersion())
	}
	var mode string
	if err := db.SQL().QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v", mode, err)
	}
	var fk int
	if err := db.SQL().QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v", fk, err)
	}
	db.Close()
	// Reopening applies nothing new.
	db, err = Open(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	db.SQL().QueryRowContext(ctx, "SELECT count(*) FROM schema_version").Scan(&n)
	if n != SchemaVersion() {
		t.Errorf("schema_version rows = %d, want %d", n, SchemaVersion())
	}
	// A database from the future is refused.
	if _, err := db.SQL().ExecContext(ctx, "INSERT INTO schema_version VALUES (999, 'future', '')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(ctx, p); err == nil || newsgraph.ErrorCode(err) != newsgraph.EInvalid {
		t.Errorf("open newer schema: err = %v", err)
	}
}

func TestOpenOddPathAndMemory(t *testing.T) {
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "we?ird #100%.db")
	db, err := Open(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.PutArticle(ctx, corpus()[0]); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := filepath.Glob(p); err != nil {
		t.Fatal(err)
	}
	m, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	load(t, m)
	st, err := m.Stats(ctx)
	if err != nil || st.Articles != 3 {
		t.Fatalf("memory stats = %+v, %v", st, err)
	}
	if _, err := Open(ctx, ""); err == nil {
		t.Error("Open(\"\") succeeded")
	}
}

func TestPutIdempotent(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	load(t, db)
	before, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range corpus() {
		added, err := db.PutArticle(ctx, r)
		if err != nil || added {
			t.Fatalf("re-put %s: added=%v err=%v", r.ID, added, err)
		}
	}
	// A batch mixing new, old and repeated ids.
	n := corpus()[2]
	n.ID = "d4"
	added, err := db.PutArticles(ctx, []newsgraph.Record{corpus()[0], n, n})
	if err != nil {
		t.Fatal(err)
	}
	if want := []bool{false, true, false}; !reflect.DeepEqual(added, want) {
		t.Errorf("PutArticles added = %v, want %v", added, want)
	}
	after, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after.Articles != before.Articles+1 || after.Events != before.Events+1 || after.Quotes != before.Quotes+1 {
		t.Errorf("stats before %+v after %+v", before, after)
	}
	if _, err := db.PutArticle(ctx, newsgraph.Record{}); newsgraph.ErrorCode(err) != newsgraph.EInvalid {
		t.Errorf("put without id: %v", err)
	}
	if a, err := db.PutArticles(ctx, nil); err != nil || len(a) != 0 {
		t.Errorf("PutArticles(nil) = %v, %v", a, err)
	}
	ok, err := db.Has(ctx, "a1")
	if err != nil || !ok {
		t.Errorf("Has(a1) = %v, %v", ok, err)
	}
	ok, err = db.Has(ctx, "zz")
	if err != nil || ok {
		t.Errorf("Has(zz) = %v, %v", ok, err)
	}
}

func TestArticleRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	load(t, db)
	for _, want := range corpus() {
		got, err := db.Article(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("round trip %s:\n got %+v\nwant %+v", want.ID, got, want)
		}
	}
	if _, err := db.Article(ctx, "nope"); newsgraph.ErrorCode(err) != newsgraph.ENotFound {
		t.Errorf("missing article: %v", err)
	}
}

func eventKeys(rows []EventRow) []string {
	var ks []string
	for _, r := range rows {
		ks = append(ks, r.Article+"/"+r.Code)
	}
	return ks
}

func TestEventFilters(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	load(t, db)
	cases := []struct {
		name string
		f    EventFilter
		want []string // in result order
	}{
		{"all", EventFilter{}, []string{"b2/138", "a1/040", "c3/0441", "b2/044"}},
		{"actor name substring", EventFilter{Actor: "rubio"}, []string{"a1/040"}},
		{"actor name is target", EventFilter{Actor: "LAVROV"}, []string{"a1/040"}},
		{"actor entity canonical name", EventFilter{Actor: "kremlin"}, []string{"b2/138"}},
		{"actor code prefix", EventFilter{Actor: "RUS"}, []string{"b2/138", "a1/040"}},
		{"actor full code", EventFilter{Actor: "USAGOV"}, []string{"a1/040"}},
		{"upper code is whole word", EventFilter{Actor: "USA"}, []string{"a1/040", "c3/0441"}},
		{"lower usa is substring", EventFilter{Actor: "usa"}, []string{"a1/040", "c3/0441", "b2/044"}},
		{"actor accents folded", EventFilter{Actor: "ÉUROPÉAN"}, []string{"b2/138"}},
		{"source only", EventFilter{Source: "Lavrov"}, nil},
		{"target only", EventFilter{Target: "Lavrov"}, []string{"a1/040"}},
		{"source and target", EventFilter{Source: "RUS", Target: "IGO"}, []string{"b2/138"}},
		{"root", EventFilter{Code: "04"}, []string{"a1/040", "c3/0441", "b2/044"}},
		{"exact code", EventFilter{Code: "044"}, []string{"c3/0441", "b2/044"}},
		{"code list", EventFilter{Code: "13, 040"}, []string{"b2/138", "a1/040"}},
		{"from month covers reduced date", EventFilter{From: "2025-02-10", To: "2025-02-20"}, []string{"b2/138", "a1/040"}},
		{"month range", EventFilter{From: "2025-02", To: "2025-02"}, []string{"b2/138", "a1/040", "c3/0441"}},
		{"week overlapping march", EventFilter{From: "2025-03"}, []string{"c3/0441"}},
		{"after", EventFilter{From: "2025-03-03"}, nil},
		{"to before february 18", EventFilter{To: "2025-02-17"}, []string{"b2/138"}},
		{"year", EventFilter{From: "2025"}, []string{"b2/138", "a1/040", "c3/0441"}},
		{"iso week", EventFilter{From: "2025-02-24", To: "2025-02-24"}, []string{"b2/138", "c3/0441"}},
		{"place name", EventFilter{Place: "riyad"}, []string{"a1/040"}},
		{"place country", EventFilter{Place: "rus"}, []string{"b2/138"}},
		{"place country upper", EventFilter{Place: "SAU"}, []string{"a1/040"}},
		{"modality", EventFilter{Modality: "Threatened"}, []string{"b2/138"}},
		{"article", EventFilter{Article: "b2"}, []string{"b2/138", "b2/044"}},
		{"limit", EventFilter{Limit: 2}, []string{"b2/138", "a1/040"}},
		{"offset", EventFilter{Limit: 2, Offset: 3}, []string{"b2/044"}},
		{"offset no limit", EventFilter{Offset: 3}, []string{"b2/044"}},
		{"sql metacharacters", EventFilter{Actor: `%' OR 1=1 --`}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, err := db.Events(ctx, c.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := eventKeys(rows); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
	if _, err := db.Events(ctx, EventFilter{From: "last week"}); newsgraph.ErrorCode(err) != newsgraph.EInvalid {
		t.Errorf("bad date: %v", err)
	}
	rows, _ := db.Events(ctx, EventFilter{Code: "040"})
	r := rows[0]
	if r.PlaceName != "Riyadh" || r.PlaceCountry != "SAU" || r.Lat == nil || *r.Lat != 24.69 || r.SourceEntity == nil ||
		*r.SourceEntity != "E1" || r.Title == "" || r.EvidenceEnd != 61 || r.Published != "2025-02-18" || r.QuadClass != 1 {
		t.Errorf("event row = %+v", r)
	}
	rows, _ = db.Events(ctx, EventFilter{Code: "044"})
	if r := rows[1]; r.TargetEntity != nil || r.PlaceID != nil || r.Lat != nil || r.SourceEntity != nil {
		t.Errorf("nulls not kept: %+v", r)
	}
}

func TestQuoteFilters(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	load(t, db)
	key := func(rows []QuoteRow) []string {
		var ks []string
		for _, r := range rows {
			ks = append(ks, r.Article+"/"+r.Text)
		}
		return ks
	}
	cases := []struct {
		name string
		f    QuoteFilter
		want []string
	}{
		{"all", QuoteFilter{}, []string{"a1/We will keep talking,", "a1/the talks (in Saudi Arabia) were useful", "b2/Nous répondrons", `c3/"anything"`}},
		{"direct", QuoteFilter{Direct: true}, []string{"a1/We will keep talking,", "b2/Nous répondrons", `c3/"anything"`}},
		{"speaker", QuoteFilter{Speaker: "rubio"}, []string{"a1/We will keep talking,"}},
		{"speaker entity name", QuoteFilter{Speaker: "Sergei"}, []string{"a1/the talks (in Saudi Arabia) were useful"}},
		{"speaker direct", QuoteFilter{Speaker: "lavrov", Direct: true}, nil},
		{"words", QuoteFilter{Words: "talking"}, []string{"a1/We will keep talking,"}},
		{"words and", QuoteFilter{Words: "talks useful"}, []string{"a1/the talks (in Saudi Arabia) were useful"}},
		{"words or", QuoteFilter{Words: "talking OR useful"}, []string{"a1/We will keep talking,", "a1/the talks (in Saudi Arabia) were useful"}},
		{"words prefix", QuoteFilter{Words: "talk*"}, []string{"a1/We will keep talking,", "a1/the talks (in Saudi Arabia) were useful"}},
		{"words phrase", QuoteFilter{Words: `"Saudi Arabia"`}, []string{"a1/the talks (in Saudi Arabia) were useful"}},
		{"words wrong phrase", QuoteFilter{Words: `"Arabia Saudi"`}, nil},
		{"stray quote", QuoteFilter{Words: `keep"`}, []string{"a1/We will keep talking,"}},
		{"parentheses", QuoteFilter{Words: `(Saudi`}, []string{"a1/the talks (in Saudi Arabia) were useful"}},
		{"unbalanced parens and colon", QuoteFilter{Words: `text: useful)`}, nil},
		{"AND literal", QuoteFilter{Words: "AND"}, nil},
		{"AND operator", QuoteFilter{Words: "keep AND talking"}, []string{"a1/We will keep talking,"}},
		{"NOT is a word", QuoteFilter{Words: "NOT talking"}, nil},
		{"unicode diacritics", QuoteFilter{Words: "repondrons"}, []string{"b2/Nous répondrons"}},
		{"unicode exact", QuoteFilter{Words: "RÉPONDRONS"}, []string{"b2/Nous répondrons"}},
		{"typographic quotes", QuoteFilter{Words: "“nous répondrons”"}, []string{"b2/Nous répondrons"}},
		{"punctuation only", QuoteFilter{Words: `" ( ) * : -`}, nil},
		{"speaker name is not text", QuoteFilter{Words: "Rubio"}, nil},
		{"words direct", QuoteFilter{Words: "talks OR talking", Direct: true}, []string{"a1/We will keep talking,"}},
		{"article", QuoteFilter{Article: "b2"}, []string{"b2/Nous répondrons"}},
		{"speaker accents", QuoteFilter{Speaker: "KRÉMLIN"}, []string{"b2/Nous répondrons"}},
		{"limit", QuoteFilter{Limit: 1, Offset: 1}, []string{"a1/the talks (in Saudi Arabia) were useful"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, err := db.Quotes(ctx, c.f)
			if err != nil {
				t.Fatal(err)
			}
			got := key(rows)
			if strings.Contains(c.name, "words or") || strings.Contains(c.name, "prefix") {
				sort.Strings(got) // relevance order is not what is tested here
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
	rows, _ := db.Quotes(ctx, QuoteFilter{Speaker: "rubio"})
	if r := rows[0]; r.Cue == nil || *r.Cue != "said" || r.SpeakerEntity == nil || *r.SpeakerEntity != "E1" || !r.Direct || r.Start != 64 {
		t.Errorf("quote row = %+v", r)
	}
}

func TestArticles(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	load(t, db)
	ids := func(rows []ArticleRow) []string {
		var ks []string
		for _, r := range rows {
			ks = append(ks, r.ID)
		}
		return ks
	}
	cases := []struct {
		name string
		f    ArticleFilter
		want []string
	}{
		{"all", ArticleFilter{}, []string{"a1", "b2", "c3"}},
		{"title word", ArticleFilter{Words: "kremlin"}, []string{"b2"}},
		{"text word", ArticleFilter{Words: "Riyadh"}, []string{"a1"}},
		{"AND in text", ArticleFilter{Words: "AND"}, []string{"c3"}},
		{"quotes and parens", ArticleFilter{Words: `"(nobody said)"`}, []string{"c3"}},
		{"colon column syntax is literal", ArticleFilter{Words: `title:kremlin`}, nil},
		{"source", ArticleFilter{Source: "wire"}, []string{"b2"}},
		{"published range", ArticleFilter{From: "2025-02", To: "2025-02"}, []string{"a1"}},
		{"published from", ArticleFilter{From: "2025-03-01"}, []string{"b2"}},
		{"limit", ArticleFilter{Limit: 1}, []string{"a1"}},
		{"offset", ArticleFilter{Limit: 5, Offset: 1}, []string{"b2", "c3"}},
		{"words and source", ArticleFilter{Words: "Riyadh OR Kremlin", Source: "WIRE"}, []string{"b2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, err := db.Articles(ctx, c.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(rows); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
	rows, _ := db.Articles(ctx, ArticleFilter{Words: "Riyadh"})
	if r := rows[0]; r.Quotes != 2 || r.Events != 1 || r.Entities != 3 || !strings.Contains(r.Snippet, "[Riyadh]") || r.Chars == 0 {
		t.Errorf("article row = %+v", r)
	}
}

func TestStats(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	st, err := db.Stats(ctx)
	if err != nil || st.Articles != 0 || st.EventRoots == nil {
		t.Fatalf("empty stats = %+v, %v", st, err)
	}
	load(t, db)
	st, err = db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{SchemaVersion: SchemaVersion(), Articles: 3, Entities: 6, Mentions: 2, Quotes: 4, DirectQuotes: 3, Times: 1,
		Places: 2, Events: 4, FirstPublished: "2025-02-18", LastPublished: "2025-03-02",
		EventRoots: []RootCount{{"04", 3}, {"13", 1}}}
	if !reflect.DeepEqual(st, want) {
		t.Errorf("stats = %+v\nwant %+v", st, want)
	}
}

func TestDateRange(t *testing.T) {
	cases := []struct{ in, lo, hi string }{
		{"2025-02-18", "2025-02-18", "2025-02-18"},
		{"2025-02", "2025-02-01", "2025-02-28"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2025", "2025-01-01", "2025-12-31"},
		{"202", "2020-01-01", "2029-12-31"},
		{"20", "2000-01-01", "2099-12-31"},
		{"2025-W01", "2024-12-30", "2025-01-05"},
		{"2025-W09", "2025-02-24", "2025-03-02"},
		{"2026-W53", "2026-12-28", "2027-01-03"},
		{"2025-Q1", "2025-01-01", "2025-03-31"},
		{"2025-H2", "2025-07-01", "2025-12-31"},
		{"2025-SU", "2025-06-01", "2025-08-31"},
		{"2025-WI", "2025-12-01", "2026-02-28"},
		{"2025-07-10T14:00", "2025-07-10", "2025-07-10"},
		{" 2025-07-10 ", "2025-07-10", "2025-07-10"},
		{"PAST_REF", "", ""},
		{"XXXX-07-10", "", ""},
		{"PT50M", "", ""},
		{"2025-13", "", ""},
		{"2025-02-30", "", ""},
		{"2025-2-3", "", ""},
		{"", "", ""},
		{"-", "", ""},
		{"2025-02-18-01", "", ""},
	}
	for _, c := range cases {
		lo, hi, ok := DateRange(c.in)
		if lo != c.lo || hi != c.hi || ok != (c.lo != "") {
			t.Errorf("DateRange(%q) = %q, %q, %v; want %q, %q", c.in, lo, hi, ok, c.lo, c.hi)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Erdoğan": "erdogan", " Sánchez ": "sanchez", "Straße": "strasse", "İstanbul": "istanbul",
		"Łukaszenka": "lukaszenka", "Ærø": "aero", "Путин": "путин", "ASCII": "ascii", "": "",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMatchQuery(t *testing.T) {
	cases := []struct{ in, want string }{
		{"peace talks", `"peace" AND "talks"`},
		{`"peace talks" now`, `"peace talks" AND "now"`},
		{`it's "odd`, `"it's" AND "odd"`},
		{`say "hi`, `"say" AND "hi"`}, // an unmatched quote mark is dropped
		{"a OR b OR c d", `("a" OR "b" OR "c") AND "d"`},
		{"0 0 OR 0", `"0" AND ("0" OR "0")`},
		{"OR a", `"OR" AND "a"`},
		{"a AND b", `"a" AND "b"`},
		{"AND", `"AND"`},
		{"NOT x", `"NOT" AND "x"`},
		{"negot*", `"negot"*`},
		{"***", ""},
		{`x"y`, `"x" AND "y"`},
		{"(a) {b} [c]:", `"(a)" AND "{b}" AND "[c]:"`},
	}
	for _, c := range cases {
		got, ok := MatchQuery(c.in)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("MatchQuery(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}
