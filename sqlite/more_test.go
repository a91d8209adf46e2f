package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"newsgraph"
)

func count(t testing.TB, db *DB, table string) int {
	t.Helper()
	var n int
	if err := db.SQL().QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestDeleteAndReplace(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	load(t, db)
	ok, err := db.DeleteArticle(ctx, "a1")
	if err != nil || !ok {
		t.Fatalf("delete a1 = %v, %v", ok, err)
	}
	if ok, _ := db.DeleteArticle(ctx, "a1"); ok {
		t.Error("deleted twice")
	}
	// Cascades and the full-text indexes follow.
	for table, want := range map[string]int{"articles": 2, "entities": 3, "mentions": 0, "quotes": 2, "times": 0, "places": 1, "events": 3} {
		if n := count(t, db, table); n != want {
			t.Errorf("%s after delete: %d rows, want %d", table, n, want)
		}
	}
	if rows, _ := db.Quotes(ctx, QuoteFilter{Words: "talking"}); len(rows) != 0 {
		t.Errorf("deleted quote still found by FTS: %v", rows)
	}
	if rows, _ := db.Articles(ctx, ArticleFilter{Words: "Riyadh"}); len(rows) != 0 {
		t.Errorf("deleted article still found by FTS: %v", rows)
	}
	var ftsRows int
	db.SQL().QueryRow(`SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'talking'`).Scan(&ftsRows)
	if ftsRows != 0 {
		t.Errorf("quotes_fts still has %d rows for a deleted quote", ftsRows)
	}

	// Replace: a1 is new again, b2 is overwritten with fewer events.
	c := corpus()
	b := c[1]
	b.Events = b.Events[:1]
	b.Title = "Kremlin threatens (updated)"
	rep, err := db.ReplaceArticles(ctx, []newsgraph.Record{c[0], b})
	if err != nil {
		t.Fatal(err)
	}
	if rep[0] || !rep[1] {
		t.Errorf("replaced = %v, want [false true]", rep)
	}
	if n := count(t, db, "events"); n != 3 {
		t.Errorf("events after replace = %d, want 3", n)
	}
	rows, _ := db.Articles(ctx, ArticleFilter{Words: "updated"})
	if len(rows) != 1 || rows[0].ID != "b2" {
		t.Errorf("replaced title not indexed: %v", rows)
	}
	if rows, _ := db.Articles(ctx, ArticleFilter{Words: "threatens"}); len(rows) != 1 {
		t.Errorf("old FTS rows left behind: %v", rows)
	}
	if _, err := db.SQL().Exec(`INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("articles_fts integrity: %v", err)
	}
	if _, err := db.SQL().Exec(`INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("quotes_fts integrity: %v", err)
	}
}

// TestConcurrentWriters writes from several goroutines and from two
// handles on one file (as two processes would): no "database is locked".
func TestConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "c.db")
	db1, err := Open(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	defer db1.Close()
	db2, err := Open(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db := db1
			if g%2 == 1 {
				db = db2
			}
			for i := 0; i < 15; i++ {
				r := corpus()[i%3]
				r.ID = fmt.Sprintf("g%d-%d", g%3, i) // goroutines g and g+3 collide on purpose
				if _, err := db.PutArticle(ctx, r); err != nil {
					errs <- err
					return
				}
				if _, err := db.Events(ctx, EventFilter{Actor: "rubio"}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := count(t, db1, "articles"); n != 45 {
		t.Errorf("articles = %d, want 45", n)
	}
}

// TestAwkwardRecords stores records with missing, inconsistent and odd
// values: nothing panics, nothing fails.
func TestAwkwardRecords(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	recs := []newsgraph.Record{
		{ID: "empty"},
		{ID: "dangling", Text: "x",
			Entities: []newsgraph.RecEntity{{ID: "E1"}, {ID: "E1", Name: "dup"}},
			Places:   []newsgraph.RecPlace{{ID: "P1"}, {ID: "P1"}},
			Quotes:   []newsgraph.RecQuote{{Start: -5, End: 1 << 40, Speaker: &newsgraph.RecSpeaker{Entity: sp("E99")}}},
			Events: []newsgraph.RecEvent{
				{Code: "", Place: sp("P42"), Source: &newsgraph.RecActor{Entity: sp("E77")}, Date: "garbage"},
				{Code: "1", Date: "2025-02-30"},
			}},
		{ID: "quote'\"id; DROP TABLE articles; --", Title: "\x00nul\x00", Text: "\u202eRTL 🙂 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"},
	}
	for _, r := range recs {
		if _, err := db.PutArticle(ctx, r); err != nil {
			t.Errorf("%q: %v", r.ID, err)
		}
	}
	for _, r := range recs {
		got, err := db.Article(ctx, r.ID)
		if err != nil || got.ID != r.ID || got.Text != r.Text || got.Title != r.Title {
			t.Errorf("%q round trip: %+v, %v", r.ID, got, err)
		}
	}
	rows, err := db.Events(ctx, EventFilter{Code: "1"})
	if err != nil || len(rows) != 1 || rows[0].Root != "1" {
		t.Errorf("one-digit code: %+v, %v", rows, err)
	}
	if rows, err := db.Articles(ctx, ArticleFilter{Words: "🙂 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"}); err != nil {
		t.Errorf("emoji search: %v, %v", rows, err)
	}
}

// FuzzMatchQuery checks that no user input makes an FTS5 syntax error.
func FuzzMatchQuery(f *testing.F) {
	for _, s := range []string{`a "b`, `(x) AND (y`, `"" OR ""`, `NOT`, `*`, `a OR`, `OR`, `AND AND`, `^x`, `x:y`,
		`NEAR(a b)`, `{text}: x`, `"a" * "b"`, `-x`, `+x`, "tab\there", `a OR OR b`, `é*`, "\u00a0\u2028"} {
		f.Add(s)
	}
	db := openTest(f)
	load(f, db)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, s string) {
		if _, err := db.Quotes(ctx, QuoteFilter{Words: s}); err != nil {
			q, _ := MatchQuery(s)
			t.Fatalf("Quotes(%q) (match %q): %v", s, q, err)
		}
		if _, err := db.Articles(ctx, ArticleFilter{Words: s}); err != nil {
			t.Fatalf("Articles(%q): %v", s, err)
		}
	})
}
