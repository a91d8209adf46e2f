package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"newsgraph"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sharedDir returns ../shared relative to the repository root, or skips.
func sharedDir(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("development data not found at %s (the ../shared folder beside the repository): %v", p, err)
	}
	return p
}

// run runs the CLI with args and stdin, returning stdout, stderr and the exit code.
func run(t testing.TB, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code := m.Run(context.Background(), args)
	return out.String(), errb.String(), code
}

func records(t testing.TB, jsonl string) []newsgraph.Record {
	t.Helper()
	var rs []newsgraph.Record
	for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		if line == "" {
			continue
		}
		var r newsgraph.Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("output line is not a record: %v\n%s", err, line)
		}
		rs = append(rs, r)
	}
	return rs
}

var schema *jsonschema.Schema

func validate(t testing.TB, jsonl string) {
	t.Helper()
	if schema == nil {
		c := jsonschema.NewCompiler()
		sch, err := c.Compile("../../docs/schema/article.schema.json")
		if err != nil {
			t.Fatalf("schema: %v", err)
		}
		schema = sch
	}
	for i, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(line))
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if err := schema.Validate(v); err != nil {
			t.Fatalf("line %d does not validate against the schema: %v", i+1, err)
		}
		var r newsgraph.Record
		json.Unmarshal([]byte(line), &r)
		if err := newsgraph.CheckRecord(r); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
	}
}

// extractSeed runs extract on the mission's example article (published
// 2025-07-10), or skips when ../shared is absent.
func extractSeed(t *testing.T) string {
	t.Helper()
	seed := filepath.Join(sharedDir(t, "seed"), "article.txt")
	out, stderr, code := run(t, "", "extract", "--published", "2025-07-10", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	return out
}

func TestExtractSeedGolden(t *testing.T) {
	out := extractSeed(t)
	validate(t, out)
	// the golden file is pretty-printed so that diffs read well in review
	var v any
	json.Unmarshal([]byte(out), &v)
	pretty, _ := json.MarshalIndent(v, "", "  ")
	golden := filepath.Join("testdata", "seed.golden.json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, append(pretty, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/newsgraph -run Golden -update)", err)
	}
	if string(want) != string(pretty)+"\n" {
		t.Errorf("output differs from %s; run with -update after checking the diff:\n%s", golden, firstDiff(string(want), string(pretty)+"\n"))
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "line " + strconv.Itoa(i+1) + ":\n- " + al[i] + "\n+ " + bl[i]
		}
	}
	return "lengths differ"
}

func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin.dat")
	os.WriteFile(bin, []byte("\x7fELF\x02\x01\x01\x00\x00\x00binary"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Mr Smith said “hello."), 0o644)
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		lines  int
		errHas string
	}{
		{"empty stdin", []string{"extract"}, "", exitPartial, 0, "empty input"},
		{"binary", []string{"extract", bin}, "", exitPartial, 0, "binary"},
		{"missing", []string{"extract", filepath.Join(dir, "nope.txt")}, "", exitPartial, 0, "not_found"},
		{"mixed keeps order and goes on", []string{"extract", good, empty, good}, "", exitPartial, 2, "empty input"},
		{"bad date", []string{"extract", "--published", "10/07/2025", good}, "", exitUsage, 0, "neither YYYY-MM-DD"},
		{"bad flag", []string{"extract", "--nope"}, "", exitUsage, 0, "flag provided but not defined"},
		{"unbalanced quote", []string{"extract", good}, "", exitOK, 1, ""},
	}
	for _, tc := range tests {
		out, stderr, code := run(t, tc.stdin, tc.args...)
		if code != tc.code {
			t.Errorf("%s: exit %d, want %d (stderr %q)", tc.name, code, tc.code, stderr)
		}
		if n := len(records(t, out)); n != tc.lines {
			t.Errorf("%s: %d records, want %d", tc.name, n, tc.lines)
		}
		if tc.errHas != "" && !strings.Contains(stderr, tc.errHas) {
			t.Errorf("%s: stderr %q lacks %q", tc.name, stderr, tc.errHas)
		}
		if tc.lines > 0 {
			validate(t, out)
		}
	}
}

func TestExtractInvalidUTF8File(t *testing.T) {
	p := filepath.Join(sharedDir(t, "data/bbc_news"), "sport", "199.txt")
	out, stderr, code := run(t, "", "extract", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	validate(t, out)
	r := records(t, out)[0]
	if len(r.Notes) == 0 || !strings.Contains(r.Notes[0], "Windows-1252") {
		t.Errorf("repair not noted: %q", r.Notes)
	}
	_, stderr, code = run(t, "", "extract", "--strict", p)
	if code != exitPartial || !strings.Contains(stderr, "not valid UTF-8") {
		t.Errorf("--strict: exit %d, stderr %q", code, stderr)
	}
}

func TestExtractHuge(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.txt")
	para := strings.Repeat("The minister said the talks in Geneva would resume on Monday. ", 40) + "\n"
	var b strings.Builder
	for b.Len() < 50<<20 {
		b.WriteString(para)
	}
	os.WriteFile(p, []byte(b.String()), 0o644)
	out, stderr, code := run(t, "", "extract", p)
	if code != exitPartial || out != "" || !strings.Contains(stderr, "too_large") {
		t.Errorf("50 MB: exit %d, %d bytes out, stderr %q", code, len(out), stderr)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Mr Rubio said: “We will.”", "“Unbalanced quote. He said", "a\xff\xfe\xfdb", "\x00\x01binary",
		"<html><body><p>Hi “there</p>", "“”“”‘’'\"", "He said “x” and ” y “ z",
	} {
		f.Add(s)
	}
	m := &Main{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}}
	if _, err := m.pipeline(); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var out, errb bytes.Buffer
		m.Stdin, m.Stdout, m.Stderr = strings.NewReader(in), &out, &errb
		m.failures = 0
		code := m.Run(context.Background(), []string{"extract", "--published", "2025-07-10"})
		if code != exitOK && code != exitPartial {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		if out.Len() > 0 {
			var r newsgraph.Record
			if err := json.Unmarshal(out.Bytes(), &r); err != nil {
				t.Fatalf("invalid JSON: %v", err)
			}
			if err := newsgraph.CheckRecord(r); err != nil {
				t.Fatal(err)
			}
		}
	})
}
