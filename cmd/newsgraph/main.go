// Command newsgraph turns news articles into checkable facts: entities,
// quotes with speakers, CAMEO events, times and places, each pointing at its
// evidence in the text.
//
//	newsgraph extract [flags] [FILE ...]   analyse articles, write JSON Lines
//	newsgraph tag --conll [FILE]           NER-tag CoNLL columns
//	newsgraph ingest [--db FILE] PATH ...  analyse and store a corpus
//	newsgraph query [--db FILE] WHAT ...   ask the store
//	newsgraph train ner|pos ...            train a tagger model
//
// Exit codes: 0 success; 1 some inputs could not be analysed (each is
// reported on stderr, the others are still written); 2 usage error; 3 a
// fatal error (the pipeline could not be built, output could not be written).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"

	"newsgraph"
)

// Exit codes, the one place they are defined.
const (
	exitOK      = 0
	exitPartial = 1
	exitUsage   = 2
	exitFatal   = 3
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	code := m.Run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

// Main is the program, testable: tests give it buffers for its streams.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer

	cfg      pipelineConfig // set by flags before the pipeline is first built
	once     sync.Once
	pipe     *newsgraph.Pipeline
	pipeErr  error
	failures int // inputs that could not be analysed in this run
	mu       sync.Mutex
}

const usage = `newsgraph turns news articles into checkable facts.

Usage:
  newsgraph extract [--published DATE] [--explain] [--workers N] [FILE ...]
  newsgraph tag --conll [FILE]
  newsgraph ingest [--db FILE] [--published DATE] PATH ...
  newsgraph query [--db FILE] [--format table|jsonl] events|quotes|articles|stats [filters]
  newsgraph train ner|pos --train FILE --dev FILE --out FILE
  newsgraph eval conll|... [FILE]
  newsgraph version

Run 'newsgraph COMMAND -h' for a command's flags. Exit codes: 0 ok, 1 some
inputs failed (reported on stderr), 2 usage error, 3 fatal error.
`

// Run runs one command and returns the process exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(m.Stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "extract":
		err = m.runExtract(ctx, args[1:])
	case "tag":
		err = m.runTag(ctx, args[1:])
	case "ingest":
		err = m.runIngest(ctx, args[1:])
	case "query":
		err = m.runQuery(ctx, args[1:])
	case "train":
		err = m.runTrain(ctx, args[1:])
	case "eval":
		err = m.runEval(ctx, args[1:])
	case "version":
		fmt.Fprintln(m.Stdout, "newsgraph", version)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(m.Stdout, usage)
	default:
		fmt.Fprintf(m.Stderr, "newsgraph: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	return m.exitCode(err)
}

var version = "0.1.0-dev"

// exitCode maps an error to an exit status: the single place that does.
func (m *Main) exitCode(err error) int {
	var ue *usageErr
	switch {
	case err == nil && m.failures == 0:
		return exitOK
	case err == nil:
		return exitPartial
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(m.Stderr, "newsgraph: %v\n", err)
		return exitUsage
	default:
		fmt.Fprintf(m.Stderr, "newsgraph: %v\n", err)
		return exitFatal
	}
}

type usageErr struct{ msg string }

func (e *usageErr) Error() string { return e.msg }

// usageError returns an error that exits with status 2.
func usageError(format string, args ...any) error {
	return &usageErr{msg: fmt.Sprintf(format, args...)}
}

// failed reports one input that could not be analysed and counts it.
func (m *Main) failed(where string, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.failures++
	fmt.Fprintf(m.Stderr, "newsgraph: %s: %s: %v\n", where, newsgraph.ErrorCode(err), err)
}

// newFlags returns a FlagSet that reports to Stderr and never exits.
func (m *Main) newFlags(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "Usage: newsgraph %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// knowledgeFlags adds the flags that extend the embedded knowledge.
func (m *Main) knowledgeFlags(fs *flag.FlagSet) {
	fs.Func("actors", "a Phoenix/PETRARCH actor dictionary to add to the embedded actors (repeatable)", func(s string) error {
		m.cfg.actorFiles = append(m.cfg.actorFiles, s)
		return nil
	})
	fs.Func("agents", "a Phoenix/PETRARCH agent dictionary to add to the embedded titles (repeatable)", func(s string) error {
		m.cfg.agentFiles = append(m.cfg.agentFiles, s)
		return nil
	})
	fs.Func("verbs", "a PETRARCH CAMEO verb dictionary (CAMEO.2.0.txt format) whose patterns code what the built-in ones miss (repeatable)", func(s string) error {
		m.cfg.verbFiles = append(m.cfg.verbFiles, s)
		return nil
	})
	fs.BoolVar(&m.cfg.noPeople, "no-people", false, "leave out the tables derived from the Phoenix dictionaries: people by name (1945–2014, and office holders by name) and organisations")
	fs.Func("patterns", "an event pattern file in newsgraph's format (event/data/README.md) added to the built-in patterns (repeatable)", func(s string) error {
		m.cfg.patterns = append(m.cfg.patterns, s)
		return nil
	})
}

// parse parses flags, turning flag errors into usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError("%s: %v", fs.Name(), err)
	}
	return nil
}
