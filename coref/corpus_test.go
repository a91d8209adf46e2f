package coref

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
	"unicode/utf8"

	"newsgraph"
	"newsgraph/actor"
	"newsgraph/text"
)

// TestBBCCorpus runs both stages, with no NER, over the BBC News articles in
// ../shared/data/bbc_news and checks the output invariants on every one. It
// logs throughput and how many mentions were resolved.
func TestBBCCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	dir := filepath.Join(repoRoot(), "..", "shared", "data", "bbc_news")
	var files []string
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".txt" {
			files = append(files, p)
		}
		return nil
	})
	if len(files) == 0 {
		t.Skipf("BBC News data absent at %s (../shared/data from the repo root)", dir)
	}
	sort.Strings(files)
	seg, as, cs := text.New(), actor.NewStage(kb), NewStage(kb)
	var bytes, docs, mentions, resolved, pronouns, pronResolved, entities int
	start := time.Now()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil || !utf8.Valid(b) {
			continue // sport/199.txt is not UTF-8; the pipeline rejects it before these stages
		}
		doc := &newsgraph.Document{Text: string(b), Published: time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC)}
		ctx := context.Background()
		_ = seg.Process(ctx, doc)
		if err := as.Process(ctx, doc); err != nil {
			t.Fatal(err)
		}
		if err := cs.Process(ctx, doc); err != nil {
			t.Fatal(err)
		}
		checkEntities(t, doc)
		docs++
		bytes += len(b)
		entities += len(doc.Entities)
		for _, m := range doc.Mentions {
			mentions++
			if m.Entity >= 0 {
				resolved++
			}
			if m.Kind == newsgraph.Pronoun {
				pronouns++
				if m.Entity >= 0 {
					pronResolved++
				}
			}
		}
	}
	el := time.Since(start)
	t.Logf("%d docs, %.1f MB in %v (%.2f MB/s incl. tokenizer); %d mentions, %d in entities; %d pronouns, %d resolved (%.0f%%); %.1f entities/doc",
		docs, float64(bytes)/1e6, el.Round(time.Millisecond), float64(bytes)/1e6/el.Seconds(), mentions, resolved,
		pronouns, pronResolved, 100*float64(pronResolved)/float64(max(pronouns, 1)), float64(entities)/float64(max(docs, 1)))
}
