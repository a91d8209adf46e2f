package newsgraph

import (
	"context"
	"fmt"
	"strings"
)

// Layer names one kind of annotation a stage reads or writes.
type Layer string

// The layers of a Document, in the order the standard pipeline fills them.
const (
	LayerText      Layer = "text"      // Document.Text, given by the reader
	LayerSentences Layer = "sentences" // Document.Sentences
	LayerTokens    Layer = "tokens"    // Document.Tokens (Span, Text, Norm)
	LayerPOS       Layer = "pos"       // Token.POS
	LayerNER       Layer = "ner"       // Token.NER and NAME mentions from the tagger
	LayerActors    Layer = "actors"    // roles, nominal and pronoun mentions, countries and codes on mentions
	LayerEntities  Layer = "entities"  // Document.Entities, Mention.Entity (coreference)
	LayerTimes     Layer = "times"     // Document.Times
	LayerPlaces    Layer = "places"    // Document.Places, Entity.Place
	LayerQuotes    Layer = "quotes"    // Document.Quotes
	LayerEvents    Layer = "events"    // Document.Events
)

// Stage is one step of the pipeline. Process must be safe to call from many
// goroutines at once on different documents: a stage keeps its models and
// tables read-only after construction and holds no per-document state.
type Stage interface {
	Name() string
	Requires() []Layer
	Provides() []Layer
	Process(ctx context.Context, doc *Document) error
}

// StageFunc adapts a function to a Stage.
type StageFunc struct {
	StageName string
	Needs     []Layer
	Adds      []Layer
	Fn        func(ctx context.Context, doc *Document) error
}

func (s StageFunc) Name() string                                     { return s.StageName }
func (s StageFunc) Requires() []Layer                                { return s.Needs }
func (s StageFunc) Provides() []Layer                                { return s.Adds }
func (s StageFunc) Process(ctx context.Context, doc *Document) error { return s.Fn(ctx, doc) }

// Pipeline runs stages in order. Build it with NewPipeline, which checks that
// every stage's requirements are provided by an earlier stage.
type Pipeline struct {
	stages []Stage
}

// NewPipeline checks the stages' declared requirements and returns a
// Pipeline, or an error naming the first stage whose needs are not met.
func NewPipeline(stages ...Stage) (*Pipeline, error) {
	have := map[Layer]string{LayerText: "reader"}
	for _, s := range stages {
		var missing []string
		for _, l := range s.Requires() {
			if _, ok := have[l]; !ok {
				missing = append(missing, string(l))
			}
		}
		if len(missing) > 0 {
			return nil, fmt.Errorf("pipeline: stage %q requires %s, which no earlier stage provides", s.Name(), strings.Join(missing, ", "))
		}
		for _, l := range s.Provides() {
			if by, ok := have[l]; ok {
				return nil, fmt.Errorf("pipeline: stage %q provides %s, already provided by %q", s.Name(), l, by)
			}
			have[l] = s.Name()
		}
	}
	return &Pipeline{stages: append([]Stage(nil), stages...)}, nil
}

// Stages returns the stages' names in order.
func (p *Pipeline) Stages() []string {
	names := make([]string, len(p.stages))
	for i, s := range p.stages {
		names[i] = s.Name()
	}
	return names
}

// Run annotates doc in place. A stage that fails stops the run; the error
// names the stage. A panic inside a stage is turned into an error, so that bad
// input never takes the process down.
func (p *Pipeline) Run(ctx context.Context, doc *Document) (err error) {
	if err := ValidateText(doc.Text); err != nil {
		return err
	}
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := runStage(ctx, s, doc); err != nil {
			return err
		}
	}
	return nil
}

func runStage(ctx context.Context, s Stage, doc *Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &Error{Code: EInternal, Message: fmt.Sprintf("stage %s panicked: %v", s.Name(), r)}
		}
	}()
	if err := s.Process(ctx, doc); err != nil {
		return fmt.Errorf("stage %s: %w", s.Name(), err)
	}
	return nil
}
