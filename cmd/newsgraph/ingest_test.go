package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsgraph/sqlite"
)

// cli runs the program with args and returns stdout, stderr and the exit
// code; each call is a fresh Main, like a fresh process.
func cli(t testing.TB, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code := m.Run(context.Background(), args)
	return out.String(), errb.String(), code
}

// corpusDir writes a few small articles, one empty file (which fails) and
// a JSON Lines file with two more articles.
func corpusDir(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a/rubio.txt":   "Rubio meets Lavrov\n\nUS Secretary of State Marco Rubio met Sergei Lavrov in Riyadh on Tuesday. \"We will keep talking,\" Rubio said.\n",
		"a/kremlin.txt": "Kremlin warns Brussels\n\nThe Kremlin threatened retaliation against the European Union. Moscow said it would respond (firmly).\n",
		"b/empty.txt":   "",
		"c/feed.jsonl": `{"title":"Ceasefire talks in Doha","text":"Negotiators met in Doha to discuss a ceasefire. Qatar hosted the talks.","published":"2025-02-10","url":"https://example.com/doha","source":"Wire"}` + "\n" +
			`{"title":"Élections à Paris","text":"Les électeurs parisiens ont voté dimanche. Le maire a salué la participation.","published":"2025-03-02","source":"Le Fil"}` + "\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestIngestThenQuery(t *testing.T) {
	dir := corpusDir(t)
	db := filepath.Join(t.TempDir(), "ng.db")

	// First run: four articles stored, the empty file reported; exit 1.
	_, stderr, code := cli(t, "", "ingest", "--db", db, "--published", "2025-07-10", dir)
	if code != exitPartial {
		t.Fatalf("ingest: exit %d, want %d; stderr:\n%s", code, exitPartial, stderr)
	}
	if !strings.Contains(stderr, "empty.txt") {
		t.Errorf("failure not reported with its path:\n%s", stderr)
	}
	if !strings.Contains(stderr, "ingested 4 articles (0 already present, 1 failed)") {
		t.Errorf("summary missing or wrong:\n%s", stderr)
	}

	// Second run: nothing new. Flags after the path work too.
	_, stderr, code = cli(t, "", "ingest", dir, "--db", db)
	if code != exitPartial || !strings.Contains(stderr, "ingested 0 articles (4 already present, 1 failed)") {
		t.Errorf("re-ingest: exit %d:\n%s", code, stderr)
	}

	// Only the good files: exit 0; --quiet prints nothing.
	_, stderr, code = cli(t, "", "ingest", "--quiet", "--db", db, filepath.Join(dir, "a"), filepath.Join(dir, "c"))
	if code != exitOK || stderr != "" {
		t.Errorf("quiet re-ingest: exit %d, stderr %q", code, stderr)
	}

	// Standard input.
	_, stderr, code = cli(t, "Stdin story\n\nThe mayor of Lyon resigned on Monday.\n", "ingest", "--db", db, "-")
	if code != exitOK || !strings.Contains(stderr, "ingested 1 article (0 already present, 0 failed)") {
		t.Errorf("stdin ingest: exit %d:\n%s", code, stderr)
	}

	out, stderr, code := cli(t, "", "query", "--db", db, "--format", "jsonl", "stats")
	if code != exitOK {
		t.Fatalf("stats: exit %d: %s", code, stderr)
	}
	var st sqlite.Stats
	if err := json.Unmarshal([]byte(out), &st); err != nil || st.Articles != 5 || st.SchemaVersion < 1 {
		t.Errorf("stats = %+v, %v (%s)", st, err, out)
	}
	out, _, _ = cli(t, "", "query", "--db", db, "stats")
	if !strings.Contains(out, "articles") || !strings.Contains(out, "5") {
		t.Errorf("stats table:\n%s", out)
	}

	// Full-text search over what ingest stored.
	out, stderr, code = cli(t, "", "query", "--db", db, "--format", "jsonl", "articles", "--words", `ceasefire "Doha`)
	if code != exitOK {
		t.Fatalf("articles: exit %d: %s", code, stderr)
	}
	var a sqlite.ArticleRow
	if err := json.Unmarshal([]byte(out), &a); err != nil || a.Title != "Ceasefire talks in Doha" || a.Source != "Wire" ||
		a.URL != "https://example.com/doha" || a.Published != "2025-02-10" {
		t.Errorf("articles row = %+v, %v\n%s", a, err, out)
	}
	// Positional words, unicode folding, table format.
	out, _, code = cli(t, "", "query", "--db", db, "articles", "electeurs")
	if code != exitOK || !strings.Contains(out, "Élections à Paris") || !strings.Contains(out, "TITLE") {
		t.Errorf("articles table: exit %d\n%s", code, out)
	}
	// --published applies to inputs without a date only.
	out, _, _ = cli(t, "", "query", "--db", db, "--format", "jsonl", "articles", "--from", "2025-07", "--to", "2025-07")
	if n := strings.Count(out, "\n"); n != 2 {
		t.Errorf("articles published 2025-07: %d rows, want 2 (rubio, kremlin)\n%s", n, out)
	}
}

func TestIngestUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ng.db")
	cases := []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"ingest", "--db", db}, exitUsage, "no PATH"},
		{[]string{"ingest", "--db", db, "--published", "yesterday", "x"}, exitUsage, "--published"},
		{[]string{"ingest", "--nope", "x"}, exitUsage, "not defined"},
		{[]string{"ingest", "--db", db, filepath.Join(t.TempDir(), "missing.txt")}, exitPartial, "missing.txt"},
		{[]string{"ingest", "-h"}, exitOK, "Usage"},
	}
	for _, c := range cases {
		_, stderr, code := cli(t, "", c.args...)
		if code != c.code || !strings.Contains(stderr, c.err) {
			t.Errorf("%q: exit %d (want %d), stderr:\n%s", c.args, code, c.code, stderr)
		}
	}
}

func TestIngestEnvDB(t *testing.T) {
	dir := corpusDir(t)
	db := filepath.Join(t.TempDir(), "env.db")
	t.Setenv("NEWSGRAPH_DB", db)
	if _, stderr, code := cli(t, "", "ingest", "--quiet", filepath.Join(dir, "a")); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	out, stderr, code := cli(t, "", "query", "--format", "jsonl", "stats")
	if code != exitOK || !strings.Contains(out, `"articles":2`) {
		t.Errorf("stats via $NEWSGRAPH_DB: exit %d %s %s", code, out, stderr)
	}
}

func TestIngestReplace(t *testing.T) {
	dir := corpusDir(t)
	db := filepath.Join(t.TempDir(), "ng.db")
	a := filepath.Join(dir, "a")
	if _, stderr, code := cli(t, "", "ingest", "--db", db, a); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	_, stderr, code := cli(t, "", "ingest", "--db", db, "--replace", a, filepath.Join(dir, "c"))
	if code != exitOK || !strings.Contains(stderr, "ingested 2 articles (2 replaced, 0 failed)") {
		t.Errorf("--replace: exit %d:\n%s", code, stderr)
	}
	out, _, _ := cli(t, "", "query", "--db", db, "--format", "jsonl", "stats")
	if !strings.Contains(out, `"articles":4`) {
		t.Errorf("stats after replace: %s", out)
	}
}

func TestIngestProgress(t *testing.T) {
	defer func(d time.Duration) { progressEvery = d }(progressEvery)
	progressEvery = time.Nanosecond
	dir := corpusDir(t)
	_, stderr, code := cli(t, "", "ingest", "--db", filepath.Join(t.TempDir(), "p.db"), filepath.Join(dir, "a"), filepath.Join(dir, "c"))
	if code != exitOK || !strings.Contains(stderr, "newsgraph: ingest: 4/4 articles,") || !strings.Contains(stderr, "articles/s") {
		t.Errorf("progress: exit %d\n%s", code, stderr)
	}
}
