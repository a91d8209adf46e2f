package main

import (
	"fmt"

	"newsgraph"
	"newsgraph/actor"
	"newsgraph/coref"
	"newsgraph/event"
	"newsgraph/geo"
	"newsgraph/ner"
	"newsgraph/quote"
	"newsgraph/text"
	"newsgraph/timex"
)

// buildPipeline wires the standard stages. Models and tables load here, once
// per process; the Pipeline is then shared by all workers. NewPipeline checks
// that each stage's requirements are met by the stages before it.
func buildPipeline() (*newsgraph.Pipeline, error) {
	pos, err := ner.LoadPOS()
	if err != nil {
		return nil, fmt.Errorf("loading POS model: %w", err)
	}
	nerModel, err := ner.LoadNER()
	if err != nil {
		return nil, fmt.Errorf("loading NER model: %w", err)
	}
	kb, err := actor.Load()
	if err != nil {
		return nil, fmt.Errorf("loading actor knowledge: %w", err)
	}
	gaz, err := geo.Load()
	if err != nil {
		return nil, fmt.Errorf("loading gazetteer: %w", err)
	}
	tx, err := timex.NewStage()
	if err != nil {
		return nil, fmt.Errorf("loading time rules: %w", err)
	}
	qs, err := quote.NewStage()
	if err != nil {
		return nil, fmt.Errorf("loading quote cues: %w", err)
	}
	ev, err := event.NewStage()
	if err != nil {
		return nil, fmt.Errorf("loading event patterns: %w", err)
	}
	return newsgraph.NewPipeline(
		text.New(),
		ner.NewPOSStage(pos),
		ner.NewNERStage(nerModel),
		actor.NewStage(kb),
		coref.NewStage(kb),
		tx,
		geo.NewStage(gaz),
		qs,
		ev,
	)
}
