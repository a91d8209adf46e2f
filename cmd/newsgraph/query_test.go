package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph"
	"newsgraph/sqlite"
)

func strp(s string) *string { return &s }

// factsDB stores two hand-made records with quotes and events, so the query
// command is tested independently of what the pipeline finds.
func factsDB(t testing.TB) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "facts.db")
	db, err := sqlite.Open(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	recs := []newsgraph.Record{{
		ID: "aaaa000000000001", Title: "Rubio meets Lavrov", Published: "2025-02-18", Source: "Example",
		Text: "Marco Rubio met Sergei Lavrov in Riyadh.\t\"We will keep\ntalking (for now),\" Rubio said.",
		Entities: []newsgraph.RecEntity{
			{ID: "E1", Type: "PERSON", Name: "Marco Rubio", Country: "USA", Code: "USAGOV"},
			{ID: "E2", Type: "PERSON", Name: "Sergei Lavrov", Country: "RUS", Code: "RUSGOV"},
		},
		Quotes: []newsgraph.RecQuote{{Start: 43, End: 74, Text: "We will keep\ntalking (for now),", Direct: true,
			Speaker: &newsgraph.RecSpeaker{Entity: strp("E1"), Name: "Rubio", Start: 76, End: 81},
			Cue:     &newsgraph.RecText{Start: 82, End: 86, Text: "said"}}},
		Places: []newsgraph.RecPlace{{ID: "P1", Name: "Riyadh", Country: "SAU", Lat: 24.69, Lon: 46.72}},
		Events: []newsgraph.RecEvent{{Code: "040", Root: "04",
			Source: &newsgraph.RecActor{Entity: strp("E1"), Name: "Marco Rubio", Code: "USAGOV"},
			Target: &newsgraph.RecActor{Entity: strp("E2"), Name: "Sergei Lavrov", Code: "RUSGOV"},
			Date:   "2025-02-18", Place: strp("P1"), Modality: "asserted", Goldstein: 1, QuadClass: 1,
			Evidence: newsgraph.RecSpan{Start: 0, End: 39},
			Text:     "Marco Rubio met Sergei Lavrov in Riyadh " + strings.Repeat("and talked at great length ", 5)}},
	}, {
		ID: "bbbb000000000002", Title: "Moscow warns", Published: "2025-03-01",
		Text: "Moscow threatened the European Union in February.",
		Events: []newsgraph.RecEvent{{Code: "138", Root: "13",
			Source: &newsgraph.RecActor{Name: "Moscow", Code: "RUSGOV"},
			Target: &newsgraph.RecActor{Name: "European Union", Code: "IGOEU"},
			Date:   "2025-02", Modality: "threatened", Goldstein: -7, QuadClass: 4,
			Evidence: newsgraph.RecSpan{Start: 0, End: 48}, Text: "Moscow threatened the European Union in February"}},
	}}
	if _, err := db.PutArticles(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	return p
}

func jsonlRows(t testing.TB, out string) []map[string]any {
	t.Helper()
	var rows []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, line)
		}
		rows = append(rows, m)
	}
	return rows
}

func TestQueryEvents(t *testing.T) {
	db := factsDB(t)
	cases := []struct {
		args []string
		want []string // codes, in order
	}{
		{nil, []string{"138", "040"}},
		{[]string{"--actor", "lavrov"}, []string{"040"}},
		{[]string{"--actor", "RUS"}, []string{"138", "040"}},
		{[]string{"--source", "RUS"}, []string{"138"}},
		{[]string{"--target", "RUSGOV"}, []string{"040"}},
		{[]string{"--code", "04"}, []string{"040"}},
		{[]string{"--code", "13,04"}, []string{"138", "040"}},
		{[]string{"--from", "2025-02-19"}, []string{"138"}},
		{[]string{"--from", "2025-02", "--to", "2025-02-17"}, []string{"138"}},
		{[]string{"--place", "SAU"}, []string{"040"}},
		{[]string{"--place", "riy", "--limit", "1"}, []string{"040"}},
		{[]string{"--limit", "1", "--offset", "1"}, []string{"040"}},
		{[]string{"--modality", "threatened"}, []string{"138"}},
		{[]string{"--actor", `") OR 1=1 --`}, nil},
	}
	for _, c := range cases {
		args := append([]string{"query", "--db", db, "--format", "jsonl", "events"}, c.args...)
		out, stderr, code := cli(t, "", args...)
		if code != exitOK {
			t.Errorf("%q: exit %d: %s", c.args, code, stderr)
			continue
		}
		var got []string
		for _, r := range jsonlRows(t, out) {
			got = append(got, r["code"].(string))
		}
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%q: codes %v, want %v", c.args, got, c.want)
		}
	}

	// The jsonl field names are a contract.
	out, _, _ := cli(t, "", "query", "--db", db, "--format", "jsonl", "events", "--code", "040")
	row := jsonlRows(t, out)[0]
	for _, k := range []string{"article", "title", "published", "n", "code", "root", "source_entity", "source_name",
		"source_code", "target_entity", "target_name", "target_code", "date", "place_id", "place_name", "place_country",
		"lat", "lon", "modality", "goldstein", "quad_class", "evidence_start", "evidence_end", "evidence_text"} {
		if _, ok := row[k]; !ok {
			t.Errorf("events jsonl lacks %q: %v", k, row)
		}
	}

	// Table: a header, aligned columns, long evidence cut with "…".
	out, stderr, code := cli(t, "", "query", "--db", db, "events", "--actor", "Rubio")
	if code != exitOK {
		t.Fatalf("table: exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "DATE") || !strings.Contains(lines[1], "Marco Rubio (USAGOV)") ||
		!strings.Contains(lines[1], "…") || strings.Index(lines[0], "CODE") != strings.Index(lines[1], "040") {
		t.Errorf("table:\n%s", out)
	}
	_, stderr, _ = cli(t, "", "query", "--db", db, "events", "--actor", "nobody")
	if !strings.Contains(stderr, "no matching events") {
		t.Errorf("empty result not said: %q", stderr)
	}
}

func TestQueryQuotes(t *testing.T) {
	db := factsDB(t)
	for _, words := range []string{`talking`, `"keep talking"`, `(for now`, `talking AND keep`, `talk*`, `talking"`} {
		out, stderr, code := cli(t, "", "query", "--db", db, "--format", "jsonl", "quotes", "--words", words)
		rows := jsonlRows(t, out)
		if code != exitOK || len(rows) != 1 || rows[0]["speaker"] != "Rubio" || rows[0]["cue"] != "said" || rows[0]["direct"] != true {
			t.Errorf("--words %q: exit %d rows %v stderr %s", words, code, rows, stderr)
		}
	}
	for _, words := range []string{`AND`, `"`, `()`, `NOT`, `Lavrov`} {
		out, stderr, code := cli(t, "", "query", "--db", db, "--format", "jsonl", "quotes", "--words", words)
		if code != exitOK || out != "" {
			t.Errorf("--words %q: exit %d out %q stderr %s", words, code, out, stderr)
		}
	}
	out, _, code := cli(t, "", "query", "--db", db, "quotes", "--speaker", "rubio", "--direct")
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if code != exitOK || len(lines) != 2 || !strings.Contains(lines[1], "We will keep talking (for now),") {
		t.Errorf("quotes table (newlines in the quote must not break the row):\n%s", out)
	}
	out, _, _ = cli(t, "", "query", "--db", db, "quotes", "keep", "talking")
	if !strings.Contains(out, "Rubio") {
		t.Errorf("positional words:\n%s", out)
	}
}

func TestQueryUsage(t *testing.T) {
	db := factsDB(t)
	cases := []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"query", "--db", db}, exitUsage, "events, quotes, articles or stats"},
		{[]string{"query", "--db", db, "people"}, exitUsage, "unknown"},
		{[]string{"query", "--db", db, "--format", "xml", "stats"}, exitUsage, "--format"},
		{[]string{"query", "--db", db, "events", "--from", "last week"}, exitUsage, "bad from date"},
		{[]string{"query", "--db", db, "events", "extra"}, exitUsage, "unexpected argument"},
		{[]string{"query", "--db", db, "events", "--bogus"}, exitUsage, "not defined"},
		{[]string{"query", "--db", filepath.Join(t.TempDir(), "none.db"), "stats"}, exitUsage, "no database"},
		{[]string{"query", "events", "-h"}, exitOK, "--actor"},
	}
	for _, c := range cases {
		_, stderr, code := cli(t, "", c.args...)
		if code != c.code || !strings.Contains(stderr, c.err) {
			t.Errorf("%q: exit %d (want %d), stderr:\n%s", c.args, code, c.code, stderr)
		}
	}
	// --db and --format may also follow the subcommand.
	out, stderr, code := cli(t, "", "query", "stats", "--db", db, "--format", "jsonl")
	if code != exitOK || !strings.Contains(out, `"events":2`) {
		t.Errorf("flags after subcommand: exit %d %s %s", code, out, stderr)
	}
}
