package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"sync/atomic"
	"time"

	"newsgraph"
	"newsgraph/ingest"
	"newsgraph/sqlite"
)

// defaultDB is the store used when --db is not given: $NEWSGRAPH_DB, or
// newsgraph.db in the current directory.
func defaultDB() string {
	if p := os.Getenv("NEWSGRAPH_DB"); p != "" {
		return p
	}
	return "newsgraph.db"
}

// parseInterspersed parses flags that may appear before, between or after
// the positional arguments (`ingest DIR --quiet`), stopping at "--".
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parse(fs, args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// ingestBatch is how many analysed articles are stored per transaction;
// ingestFlushEvery bounds how long an analysed article waits in the batch.
const (
	ingestBatch      = 64
	ingestFlushEvery = time.Second
	progressArticles = 500
)

// progressEvery is how often ingest reports progress; runs shorter than
// this print only the summary. A variable for tests.
var progressEvery = 2 * time.Second

func (m *Main) runIngest(ctx context.Context, args []string) error {
	fs := m.newFlags("ingest", "ingest [--db FILE] [--published DATE] [--quiet] [--replace] PATH ...\n\n"+
		"Analyses every article in PATH (files, directories walked recursively, .jsonl/.ndjson\n"+
		"files with one article per line, - for stdin) and stores the results in the database.\n"+
		"Articles already stored (same content id) are skipped. An article that cannot be\n"+
		"analysed is reported and the run goes on; the exit status is then 1.")
	dbPath := fs.String("db", defaultDB(), "database file (default $NEWSGRAPH_DB, else newsgraph.db)")
	published := fs.String("published", "", "publication date (YYYY-MM-DD or RFC 3339) for inputs that carry none")
	quiet := fs.Bool("quiet", false, "print no progress and no summary (failures are still reported)")
	workers := fs.Int("workers", 0, "parallel workers (default: all cores)")
	replace := fs.Bool("replace", false, "analyse again and overwrite articles already stored (after a pipeline upgrade)")
	strict := fs.Bool("strict", false, "refuse input that is not valid UTF-8 instead of decoding it as Windows-1252")
	m.knowledgeFlags(fs)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usageError("ingest: no PATH given (use - for standard input)")
	}
	if *dbPath == "" {
		return usageError("ingest: --db is empty")
	}
	opt := ingest.Options{Strict: *strict}
	if *published != "" {
		t, err := ingest.ParseDate(*published)
		if err != nil {
			return usageError("ingest: --published: %v", err)
		}
		opt.Published = t
	}
	// Build the pipeline before touching the database, so a broken
	// installation does not leave an empty database behind.
	if _, err := m.pipeline(); err != nil {
		return err
	}
	db, err := sqlite.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()

	start := time.Now()
	var (
		read    atomic.Int64 // inputs walked so far
		skipped atomic.Int64 // inputs found already stored before analysis
		done    int64        // inputs analysed (or failed), in the writer
		added   int64
		present int64
		failed  int64
	)

	// Walk in the background. Inputs whose id can be computed cheaply
	// (plain text, not HTML) and is already stored are not analysed again.
	inputs := make(chan ingest.Input)
	walkErr := make(chan error, 1)
	wctx, stopWalk := context.WithCancel(ctx) // stops the walk when storing fails
	defer stopWalk()
	go func() {
		defer close(inputs)
		walkErr <- ingest.Walk(paths, m.Stdin, func(in ingest.Input) error {
			read.Add(1)
			if !*replace {
				if id := cheapID(in, opt); id != "" {
					if ok, err := db.Has(wctx, id); err == nil && ok {
						skipped.Add(1)
						return nil
					}
				}
			}
			select {
			case inputs <- in:
				return nil
			case <-wctx.Done():
				return wctx.Err()
			}
		})
	}()

	var batch []newsgraph.Record
	lastFlush := time.Now()
	flush := func(ctx context.Context) error {
		if len(batch) == 0 {
			return nil
		}
		put := db.PutArticles
		if *replace {
			put = db.ReplaceArticles
		}
		a, err := put(ctx, batch)
		if err != nil {
			return err
		}
		for _, ok := range a {
			switch {
			case *replace && ok:
				present++ // replaced
			case *replace, ok:
				added++
			default:
				present++
			}
		}
		batch = batch[:0]
		lastFlush = time.Now()
		return nil
	}
	lastProgress, lastProgressN := start, int64(0)
	progress := func() {
		if *quiet {
			return
		}
		now := time.Now()
		if now.Sub(lastProgress) < progressEvery && done-lastProgressN < progressArticles {
			return
		}
		if now.Sub(start) < progressEvery {
			return // short runs stay quiet
		}
		n := done + skipped.Load()
		fmt.Fprintf(m.Stderr, "newsgraph: ingest: %d/%d articles, %.1f articles/s\n",
			n, read.Load(), float64(n)/now.Sub(start).Seconds())
		lastProgress, lastProgressN = now, done
	}

	rec := newsgraph.RecordOptions{}
	err = m.analyzeAll(ctx, *workers, opt, inputs, func(in ingest.Input, doc *newsgraph.Document, err error) error {
		if err != nil && ctx.Err() != nil {
			return ctx.Err() // interrupted: not the input's fault
		}
		done++
		if err != nil {
			failed++
			m.failed(in.Where(), err)
		} else {
			batch = append(batch, doc.Record(rec))
		}
		if len(batch) >= ingestBatch || time.Since(lastFlush) >= ingestFlushEvery {
			if err := flush(ctx); err != nil {
				return err
			}
		}
		progress()
		return nil
	})
	// Keep what was analysed even when interrupted.
	if ferr := flush(context.WithoutCancel(ctx)); err == nil {
		err = ferr
	}
	stopWalk()
	if werr := <-walkErr; err == nil && werr != nil && !errors.Is(werr, context.Canceled) {
		err = werr
	}
	if err == nil {
		err = ctx.Err()
	}
	present += skipped.Load()
	if !*quiet {
		what := "already present"
		if *replace {
			what = "replaced"
		}
		fmt.Fprintf(m.Stderr, "ingested %d %s (%d %s, %d failed) in %.1fs\n",
			added, plural(added, "article", "articles"), present, what, failed, time.Since(start).Seconds())
	}
	return err
}

func plural(n int64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// errHTML stops cheapID from extracting HTML, which is not cheap.
var errHTML = errors.New("html")

// cheapID returns the id the pipeline will give to in when that costs no more
// than decoding its bytes, or "" (HTML input, unreadable input).
func cheapID(in ingest.Input, opt ingest.Options) string {
	if in.Err != nil || in.HTML != "" {
		return ""
	}
	if in.ID != "" {
		return in.ID
	}
	opt.HTML = func(string) (string, string, time.Time, error) { return "", "", time.Time{}, errHTML }
	doc, err := in.Document(opt)
	if err != nil || doc == nil {
		return ""
	}
	return doc.ID
}
