package main

import (
	"bufio"
	"context"
	"encoding/json"

	"newsgraph"
	"newsgraph/ingest"
)

func (m *Main) runExtract(ctx context.Context, args []string) error {
	fs := m.newFlags("extract", "extract [flags] [FILE ...]\n\nReads each FILE (stdin when none, or -) as one article, HTML or plain text,\nand writes one JSON object per article per line, in input order.")
	published := fs.String("published", "", "publication date (YYYY-MM-DD or RFC 3339) that relative dates resolve against, for inputs that carry none")
	explain := fs.Bool("explain", false, "add the rule or pattern behind each quote and event")
	workers := fs.Int("workers", 0, "parallel workers (default: all cores)")
	strict := fs.Bool("strict", false, "refuse input that is not valid UTF-8 instead of decoding it as Windows-1252")
	m.knowledgeFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	opt := ingest.Options{Strict: *strict}
	if *published != "" {
		t, err := ingest.ParseDate(*published)
		if err != nil {
			return usageError("extract: --published: %v", err)
		}
		opt.Published = t
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	inputs := make(chan ingest.Input)
	walkErr := make(chan error, 1)
	go func() {
		defer close(inputs)
		walkErr <- ingest.Walk(paths, m.Stdin, func(in ingest.Input) error {
			select {
			case inputs <- in:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	w := bufio.NewWriterSize(m.Stdout, 1<<16)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	ropt := newsgraph.RecordOptions{Explain: *explain}
	err := m.analyzeAll(ctx, *workers, opt, inputs, func(in ingest.Input, doc *newsgraph.Document, err error) error {
		if err != nil {
			m.failed(in.Where(), err)
			return nil
		}
		return enc.Encode(doc.Record(ropt))
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if werr := <-walkErr; err == nil && werr != nil && werr != ctx.Err() {
		err = werr
	}
	return err
}
