package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"newsgraph"
	"newsgraph/eval/conll"
	eventeval "newsgraph/event/eval"
	"newsgraph/geo"
	quoteeval "newsgraph/quote/eval"
	timexeval "newsgraph/timex/eval"
)

// defaultData is where the development data lives relative to the
// repository root, from where BENCHMARKS.md's commands are run.
const defaultData = "../shared/data"

const evalUsage = `eval conll [--gold N] [FILE]     span F1 of tagged CoNLL lines (pipe 'tag --conll' into it)
eval polnear [--split dev]       quotes and speakers on PolNeAR, full pipeline
eval timeml                      time expressions on TempEval-3 TBAQ-cleaned, full pipeline up to timex
eval lgl [--full]                geocoding on LGL: resolution given the gold toponyms, or (--full) recognition and resolution, full pipeline
eval events                      CAMEO coding on the codebook examples, PLOVER gold records and PETRARCH unit tests`

// runEval scores the pipeline against development data with the
// repository's scorers.
func (m *Main) runEval(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return usageError("eval: say what to score:\n%s", evalUsage)
	}
	switch args[0] {
	case "conll":
		return m.evalCoNLL(args[1:])
	case "polnear":
		return m.evalPolNeAR(ctx, args[1:])
	case "timeml":
		return m.evalTimeML(ctx, args[1:])
	case "lgl":
		return m.evalLGL(ctx, args[1:])
	case "events":
		return m.evalEvents(ctx, args[1:])
	}
	return usageError("eval: unknown scorer %q; one of:\n%s", args[0], evalUsage)
}

// evalCoNLL reads CoNLL lines whose last column is the prediction and whose
// --gold column (default: the one before the last) is the gold tag, and prints
// conlleval-style span precision, recall and F1 overall and per type.
func (m *Main) evalCoNLL(args []string) error {
	fs := m.newFlags("eval conll", "eval conll [--gold N] [FILE]\n\nScores tagged CoNLL lines (gold tag in column N, prediction last) with\nconlleval semantics: a span counts only when type and both ends match.")
	goldCol := fs.Int("gold", 0, "1-based column of the gold tag (default: the column before the last)")
	if err := parse(fs, args); err != nil {
		return err
	}
	in := m.Stdin
	if fs.NArg() > 0 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return newsgraph.Errorf(newsgraph.ENotFound, "eval conll: %v", err)
		}
		defer f.Close()
		in = f
	}
	var sc conll.Scorer
	var gold, pred []string
	add := func() error {
		if len(gold) == 0 {
			return nil
		}
		err := sc.Add(gold, pred)
		gold, pred = gold[:0], pred[:0]
		return err
	}
	s := bufio.NewScanner(in)
	s.Buffer(make([]byte, 0, 1<<16), 1<<24)
	line := 0
	for s.Scan() {
		line++
		f := strings.Fields(s.Text())
		if len(f) == 0 || f[0] == "-DOCSTART-" {
			if err := add(); err != nil {
				return err
			}
			continue
		}
		g := len(f) - 2
		if *goldCol > 0 {
			g = *goldCol - 1
		}
		if g < 0 || g >= len(f)-1 {
			return newsgraph.Errorf(newsgraph.EInvalid, "eval conll: line %d has %d columns, no gold column", line, len(f))
		}
		gold = append(gold, f[g])
		pred = append(pred, f[len(f)-1])
	}
	if err := add(); err != nil {
		return err
	}
	sc.Report(m.Stdout)
	fmt.Fprintf(m.Stdout, "overall F1 %.4f\n", sc.Overall.F1())
	return nil
}

func (m *Main) dataFlag(fs interface {
	String(string, string, string) *string
}, rel, what string) *string {
	return fs.String("data", filepath.Join(defaultData, rel), what)
}

func (m *Main) evalPolNeAR(ctx context.Context, args []string) error {
	fs := m.newFlags("eval polnear", "eval polnear [--split dev|train] [--data DIR]\n\nRuns the full pipeline on PolNeAR texts (with their publication dates) and\nscores quote contents (overlap) and speakers (the speaker or any mention of\nits entity overlaps the gold Source), for all attributions and direct quotes.")
	split := fs.String("split", "dev", "dev or train")
	data := m.dataFlag(fs, "polnear/data", "PolNeAR data directory (holding train/, dev/ and metadata.tsv)")
	if err := parse(fs, args); err != nil {
		return err
	}
	p, err := m.pipeline()
	if err != nil {
		return err
	}
	arts, err := quoteeval.LoadSplit(*data, *split)
	if err != nil {
		return newsgraph.Errorf(newsgraph.ENotFound, "eval polnear: %v", err)
	}
	start := time.Now()
	rep := quoteeval.Score(arts, m.annotator(ctx, p, "polnear text"))
	fmt.Fprintf(m.Stdout, "PolNeAR %s (%d texts, %.1fs)\n%s\n", *split, rep.Articles, time.Since(start).Seconds(), rep)
	return nil
}

func (m *Main) evalTimeML(ctx context.Context, args []string) error {
	fs := m.newFlags("eval timeml", "eval timeml [--data DIR]\n\nRuns the pipeline up to the timex stage on every TimeML document (its DCT as\nthe publication date) and prints extent, type and value scores.")
	data := m.dataFlag(fs, "tempeval3/TBAQ-cleaned", "directory of .tml files, searched recursively")
	if err := parse(fs, args); err != nil {
		return err
	}
	before, tx, err := splitAt(m.cfg, "timex")
	if err != nil {
		return err
	}
	docs, err := timexeval.LoadDir(*data)
	if err != nil {
		return newsgraph.Errorf(newsgraph.ENotFound, "eval timeml: %v", err)
	}
	sc := timexeval.Score(docs, func(text string, dct time.Time) []timexeval.Timex {
		doc, ok := m.annotate(ctx, before, "timeml text", text, dct)
		if !ok {
			return nil
		}
		if err := tx.Process(ctx, doc); err != nil {
			m.failed("timeml text", err)
		}
		return timexeval.FromDoc(doc)
	}, nil)
	fmt.Fprintf(m.Stdout, "TimeML %s: %d documents, %d gold, %d system\n", *data, sc.Docs, sc.Gold, sc.System)
	fmt.Fprintf(m.Stdout, "strict extent   P %.3f R %.3f F1 %.3f\n", sc.StrictP, sc.StrictR, sc.StrictF1)
	fmt.Fprintf(m.Stdout, "relaxed extent  P %.3f R %.3f F1 %.3f\n", sc.RelaxedP, sc.RelaxedR, sc.RelaxedF1)
	fmt.Fprintf(m.Stdout, "type accuracy %.3f, value accuracy %.3f (on relaxed matches)\n", sc.TypeAcc, sc.ValueAcc)
	fmt.Fprintf(m.Stdout, "TempEval-3 value P %.3f R %.3f F1 %.3f\n", sc.ValueP, sc.ValueR, sc.ValueF1)
	return nil
}

func (m *Main) evalLGL(ctx context.Context, args []string) error {
	fs := m.newFlags("eval lgl", "eval lgl [--full] [--data FILE]\n\nWithout --full, geocodes LGL's gold toponyms (given as LOC entities) and prints\nhow many are placed and how many within 161 km of the gold point. With --full,\nruns the whole pipeline on the texts and scores toponym recall, precision and\naccuracy within 161 km on the toponyms found.")
	data := m.dataFlag(fs, "lgl/lgl.xml", "LGL XML file")
	full := fs.Bool("full", false, "recognition and resolution: run the full pipeline on the texts")
	if err := parse(fs, args); err != nil {
		return err
	}
	f, err := os.Open(*data)
	if err != nil {
		return newsgraph.Errorf(newsgraph.ENotFound, "eval lgl: %v", err)
	}
	defer f.Close()
	if *full {
		p, err := m.pipeline()
		if err != nil {
			return err
		}
		start := time.Now()
		annotate := m.annotator(ctx, p, "lgl text")
		sc, err := geo.ScoreLGLPipeline(ctx, func(text string) *newsgraph.Document { return annotate(text, time.Time{}) }, f)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "LGL (full pipeline: recognition and resolution): %s (%.1fs)\n", sc, time.Since(start).Seconds())
		return nil
	}
	gaz, err := geo.Load()
	if err != nil {
		return err
	}
	sc, err := geo.ScoreLGL(ctx, geo.NewStage(gaz), f)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "LGL (gold toponyms, resolution only): %s\n", sc)
	return nil
}

func (m *Main) evalEvents(ctx context.Context, args []string) error {
	fs := m.newFlags("eval events", "eval events [--data DIR] [--actors F] [--agents F] [--verbs F] [--patterns F]\n\nRuns the pipeline up to the event coder on the CAMEO codebook's example\nsentences, the PLOVER gold records and PETRARCH's unit-test records (with\nthe validation dictionaries they are written for loaded as PETRARCH runs\nthem: PETR.Validate.actors/agents/verbs.txt) and scores the event stage.\nKnowledge flags apply to all three scorers.")
	data := fs.String("data", defaultData, "the shared data directory")
	m.knowledgeFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	path := func(rel string) string { return filepath.Join(*data, rel) }
	run := func(cfg pipelineConfig) (eventeval.DocFunc, newsgraph.Stage, error) {
		before, ev, err := splitAt(cfg, "event")
		if err != nil {
			return nil, nil, err
		}
		return eventeval.DocFunc(m.annotator(ctx, before, "event text")), ev, nil
	}
	mk, ev, err := run(m.cfg)
	if err != nil {
		return err
	}
	cb, err := eventeval.ScoreCodebook(ctx, path("cameo_codebook/icews_cameo-codes.csv"), mk, ev)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "codebook examples: %d sentences with one clear event, %d coded; root accuracy %.3f (first event), any event with the root %.3f\n",
		cb.Sentences, cb.Coded, cb.Accuracy(), float64(cb.AnyRoot)/float64(max(cb.Sentences, 1)))
	pl, err := eventeval.ScorePlover(ctx, path("plover_gsr/PLOVER_GSR_CAMEO.txt"), path("plover_gsr/CAMEO2PLOVER-2021.txt"), mk, ev)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "PLOVER gold: %d records, %d coded; category accuracy %.3f; source country %.3f, target country %.3f on records where an event is found (%.3f, %.3f over all records)\n",
		pl.Records, pl.Coded, pl.CategoryAccuracy(), pl.SourceAccuracyCoded(), pl.TargetAccuracyCoded(), pl.SourceAccuracy(), pl.TargetAccuracy())
	pcfg := m.cfg
	pcfg.actorFiles = append(append([]string{}, pcfg.actorFiles...), path("petrarch/petrarch2/dictionaries/PETR.Validate.actors.txt"))
	pcfg.agentFiles = append(append([]string{}, pcfg.agentFiles...), path("petrarch/petrarch2/dictionaries/PETR.Validate.agents.txt"))
	pcfg.verbFiles = append(append([]string{}, pcfg.verbFiles...), path("petrarch/petrarch2/dictionaries/PETR.Validate.verbs.txt"))
	pmk, pev, err := run(pcfg)
	if err != nil {
		return err
	}
	pt, err := eventeval.ScorePetrarch(ctx, path("petrarch/petrarch2/text/PETR.UnitTest.records.xml"), pmk, pev)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "PETRARCH unit tests: %d records; pass rate %.3f; codings found %d of %d (recall %.3f), %d events produced\n",
		pt.Records, pt.PassRate(), pt.Found, pt.Expected, pt.Recall(), pt.Produced)
	return nil
}

// annotate runs p on a text dated published; a text p fails on is reported
// (as what) without stopping the scorer, and ok is false.
func (m *Main) annotate(ctx context.Context, p *newsgraph.Pipeline, what, text string, published time.Time) (doc *newsgraph.Document, ok bool) {
	doc = &newsgraph.Document{Text: text, Published: published}
	if err := p.Run(ctx, doc); err != nil {
		m.failed(what, err)
		return doc, false
	}
	return doc, true
}

// annotator is annotate as the document function the scorers take.
func (m *Main) annotator(ctx context.Context, p *newsgraph.Pipeline, what string) func(text string, published time.Time) *newsgraph.Document {
	return func(text string, published time.Time) *newsgraph.Document {
		doc, _ := m.annotate(ctx, p, what, text, published)
		return doc
	}
}
