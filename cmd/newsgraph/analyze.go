package main

import (
	"context"
	"runtime"
	"sync"

	"newsgraph"
	"newsgraph/ingest"
)

// pipeline builds the standard pipeline once per process.
func (m *Main) pipeline() (*newsgraph.Pipeline, error) {
	m.once.Do(func() { m.pipe, m.pipeErr = buildPipeline(m.cfg) })
	return m.pipe, m.pipeErr
}

// analyze runs the full pipeline on one input.
func (m *Main) analyze(ctx context.Context, in ingest.Input, opt ingest.Options) (*newsgraph.Document, error) {
	p, err := m.pipeline()
	if err != nil {
		return nil, err
	}
	doc, err := in.Document(opt)
	if err != nil {
		return nil, err
	}
	if err := p.Run(ctx, doc); err != nil {
		return nil, err
	}
	return doc, nil
}

// analyzeAll analyses inputs on all cores and calls out for each, in input
// order. out's error stops the run. workers <= 0 means GOMAXPROCS.
func (m *Main) analyzeAll(ctx context.Context, workers int, opt ingest.Options, inputs <-chan ingest.Input,
	out func(in ingest.Input, doc *newsgraph.Document, err error) error) error {
	if _, err := m.pipeline(); err != nil {
		return err
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type result struct {
		in  ingest.Input
		doc *newsgraph.Document
		err error
	}
	type job struct {
		in ingest.Input
		ch chan result
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job)
	// order holds each job's result channel in input order; its buffer bounds
	// how far workers run ahead of the writer.
	order := make(chan chan result, 4*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				doc, err := m.analyze(ctx, j.in, opt)
				j.in.Raw = nil // free the bytes early
				j.ch <- result{j.in, doc, err}
			}
		}()
	}
	go func() {
		defer close(order)
		defer close(jobs)
		for in := range inputs {
			ch := make(chan result, 1)
			select {
			case order <- ch:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{in, ch}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var firstErr error
	for ch := range order {
		r := <-ch
		if firstErr != nil {
			continue
		}
		if err := out(r.in, r.doc, r.err); err != nil {
			firstErr = err
			cancel()
		}
	}
	// drain inputs so the producer is never stuck
	go func() {
		for range inputs {
		}
	}()
	wg.Wait()
	return firstErr
}
