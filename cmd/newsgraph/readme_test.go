package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadmeIngestQuery runs the README's own ingest and query commands, in
// order, against a temporary database, so that the README stays true.
func TestReadmeIngestQuery(t *testing.T) {
	sharedDir(t, "seed")
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "news.db")
	ran := 0
	var outputs []string
	for _, line := range strings.Split(string(readme), "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "./newsgraph ingest ") && !strings.HasPrefix(line, "./newsgraph query ") {
			continue
		}
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		var args []string
		for _, f := range strings.Fields(line)[1:] {
			f = strings.Trim(f, `"`)
			switch {
			case f == "news.db":
				f = db
			case strings.HasPrefix(f, "../") || strings.HasSuffix(f, "/") || strings.HasSuffix(f, ".txt"):
				f = filepath.Join("..", "..", f) // the README runs from the repository root
			}
			args = append(args, f)
		}
		// the README quotes multi-word arguments: rejoin "road map"
		args = rejoinQuoted(line, args)
		out, stderr, code := run(t, "", args...)
		if code != exitOK {
			t.Fatalf("%s: exit %d\n%s", line, code, stderr)
		}
		outputs = append(outputs, out)
		ran++
	}
	if ran < 4 {
		t.Fatalf("found %d ingest/query commands in the README", ran)
	}
	all := strings.Join(outputs, "\n")
	for _, want := range []string{"Marco Rubio", "Riyadh", "road map"} {
		if !strings.Contains(all, want) {
			t.Errorf("README queries never show %q:\n%s", want, all)
		}
	}
}

// rejoinQuoted restores arguments written in double quotes in line.
func rejoinQuoted(line string, args []string) []string {
	start := strings.IndexByte(line, '"')
	end := strings.LastIndexByte(line, '"')
	if start < 0 || end <= start {
		return args
	}
	phrase := line[start+1 : end]
	words := strings.Fields(phrase)
	for i := 0; i+len(words) <= len(args); i++ {
		if strings.Join(args[i:i+len(words)], " ") == phrase {
			return append(append(append([]string{}, args[:i]...), phrase), args[i+len(words):]...)
		}
	}
	return args
}
