package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"newsgraph"
	"newsgraph/eval/conll"
)

// runEval scores predictions against gold data with the repository's scorers.
func (m *Main) runEval(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return usageError("eval: say what to score: conll")
	}
	switch args[0] {
	case "conll":
		return m.evalCoNLL(args[1:])
	}
	return usageError("eval: unknown scorer %q", args[0])
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
