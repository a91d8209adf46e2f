package main

import (
	"bytes"
	"fmt"
	"os"

	"newsgraph"
	"newsgraph/actor"
	"newsgraph/anchor"
	"newsgraph/coref"
	"newsgraph/event"
	"newsgraph/geo"
	"newsgraph/ner"
	"newsgraph/quote"
	"newsgraph/text"
	"newsgraph/timex"
)

// pipelineConfig extends the embedded knowledge with users' files.
type pipelineConfig struct {
	actorFiles []string // Phoenix/PETRARCH actor dictionaries
	agentFiles []string // Phoenix/PETRARCH agent dictionaries
	verbFiles  []string // PETRARCH CAMEO verb dictionaries (after the built-in patterns)
	patterns   []string // event pattern files in newsgraph's format
	noPeople   bool     // leave out the Phoenix-derived tables (actor/data/people.tsv, phoenix_orgs.tsv)
}

// standardStages loads models and tables, once per call, and returns the
// standard stages in order.
func standardStages(cfg pipelineConfig) ([]newsgraph.Stage, error) {
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
	if err := kb.SetPeople(!cfg.noPeople); err != nil {
		return nil, fmt.Errorf("loading the people table: %w", err)
	}
	for _, p := range cfg.actorFiles {
		f, err := os.Open(p)
		if err != nil {
			return nil, usageError("--actors: %v", err)
		}
		entries, err := actor.LoadPhoenixActors(f)
		f.Close()
		if err != nil {
			return nil, usageError("--actors %s: %v", p, err)
		}
		kb.AddActors(entries...)
	}
	var evOpts []event.Option // a loaded agent dictionary also decides the event actors' agents
	for _, p := range cfg.agentFiles {
		f, err := os.Open(p)
		if err != nil {
			return nil, usageError("--agents: %v", err)
		}
		entries, err := actor.LoadPhoenixAgents(f)
		f.Close()
		if err != nil {
			return nil, usageError("--agents %s: %v", p, err)
		}
		kb.AddAgents(entries...)
		evOpts = append(evOpts, event.WithAgents(entries...))
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
	for _, p := range cfg.verbFiles {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, usageError("--verbs: %v", err)
		}
		evOpts = append(evOpts, event.WithPetrarchVerbs(bytes.NewReader(b)))
	}
	for _, p := range cfg.patterns {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, usageError("--patterns: %v", err)
		}
		evOpts = append(evOpts, event.WithPatterns(bytes.NewReader(b), p))
	}
	ev, err := event.NewStage(evOpts...)
	if err != nil {
		return nil, fmt.Errorf("loading event patterns: %w", err)
	}
	return []newsgraph.Stage{
		text.New(),
		ner.NewPOSStage(pos),
		ner.NewNERStage(nerModel),
		actor.NewStage(kb),
		coref.NewStage(kb),
		tx,
		geo.NewStage(gaz),
		qs,
		ev,
		anchor.NewStage(),
	}, nil
}

// buildPipeline wires the standard stages. NewPipeline checks that each
// stage's requirements are met by the stages before it.
func buildPipeline(cfg pipelineConfig) (*newsgraph.Pipeline, error) {
	stages, err := standardStages(cfg)
	if err != nil {
		return nil, err
	}
	return newsgraph.NewPipeline(stages...)
}

// splitAt returns the pipeline of the stages before the one named, and that
// stage, so a scorer can time or swap the stage it measures.
func splitAt(cfg pipelineConfig, name string) (*newsgraph.Pipeline, newsgraph.Stage, error) {
	stages, err := standardStages(cfg)
	if err != nil {
		return nil, nil, err
	}
	for i, s := range stages {
		if s.Name() == name {
			p, err := newsgraph.NewPipeline(stages[:i]...)
			return p, s, err
		}
	}
	return nil, nil, fmt.Errorf("no stage named %q", name)
}
