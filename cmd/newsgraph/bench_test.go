package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"newsgraph"
	"newsgraph/ingest"
)

// bbcInputs reads the 2,225 BBC News articles.
func bbcInputs(t testing.TB) ([]ingest.Input, int) {
	dir := sharedDir(t, "data/bbc_news")
	var ins []ingest.Input
	words := 0
	err := ingest.Walk([]string{dir}, nil, func(in ingest.Input) error {
		if strings.HasSuffix(in.Path, ".txt") && !strings.HasSuffix(in.Path, "README.TXT") {
			ins = append(ins, in)
			words += len(strings.Fields(string(in.Raw)))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(ins, func(i, j int) bool { return ins[i].Path < ins[j].Path })
	return ins, words
}

// BenchmarkPipelineBBC runs the whole pipeline over the BBC corpus on one
// goroutine and reports words per second.
//
//	go test ./cmd/newsgraph -run '^$' -bench PipelineBBC -benchmem -cpu 1
func BenchmarkPipelineBBC(b *testing.B) {
	ins, words := bbcInputs(b)
	m := &Main{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}}
	if _, err := m.pipeline(); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		for _, in := range ins {
			m.analyze(ctx, in, ingest.Options{})
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(len(ins)), "articles")
}

// TestExtractBBCDeterministic is an acceptance check: extract over all BBC
// articles succeeds (the one file that is not UTF-8 is repaired and noted)
// and two runs, with different worker counts, give identical bytes.
func TestExtractBBCDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs the corpus twice")
	}
	dir := sharedDir(t, "data/bbc_news")
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return nil
	})
	out1, stderr, code := run(t, "", append([]string{"extract", "--workers", "4"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	n := strings.Count(out1, "\n")
	if n != len(files) {
		t.Fatalf("%d records for %d files", n, len(files))
	}
	out2, _, _ := run(t, "", append([]string{"extract", "--workers", "1"}, files...)...)
	if sha256.Sum256([]byte(out1)) != sha256.Sum256([]byte(out2)) {
		t.Fatal("two runs gave different output")
	}
	validate(t, out1)
}

// BenchmarkStagesBBC times each stage over the BBC corpus on one goroutine
// and reports its share of the pipeline's time, so that a stage's cost
// ("quotes add less than 20%") is measured, not guessed.
//
//	go test ./cmd/newsgraph -run '^$' -bench StagesBBC -cpu 1 -benchtime 1x
func BenchmarkStagesBBC(b *testing.B) {
	ins, words := bbcInputs(b)
	stages, err := standardStages(pipelineConfig{})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*newsgraph.Document
	for _, in := range ins {
		doc, err := in.Document(ingest.Options{})
		if err == nil {
			docs = append(docs, doc)
		}
	}
	spent := make([]time.Duration, len(stages))
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			doc := &newsgraph.Document{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Published}
			for i, s := range stages {
				t0 := time.Now()
				s.Process(ctx, doc)
				spent[i] += time.Since(t0)
			}
		}
	}
	var total time.Duration
	for _, d := range spent {
		total += d
	}
	for i, s := range stages {
		b.ReportMetric(100*float64(spent[i])/float64(total), s.Name()+"-%")
	}
	b.ReportMetric(float64(words)*float64(b.N)/total.Seconds(), "words/s")
}
