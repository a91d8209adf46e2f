package main

import (
	"context"
	"os"

	"newsgraph/ner"
)

func (m *Main) runTrain(ctx context.Context, args []string) error {
	if len(args) == 0 || (args[0] != "ner" && args[0] != "pos") {
		return usageError("train: say what to train: 'newsgraph train ner' or 'newsgraph train pos'")
	}
	what := args[0]
	fs := m.newFlags("train "+what, "train "+what+" --train FILE --dev FILE --out FILE\n\nTrains the averaged-perceptron tagger on CoNLL columns (NER: column 4, POS:\ncolumn 2), stopping early on the dev set, and writes a compressed model.")
	trainPath := fs.String("train", "", "CoNLL training file (e.g. ../shared/data/conll2003/eng.train)")
	devPath := fs.String("dev", "", "CoNLL development file for early stopping (e.g. eng.testa)")
	out := fs.String("out", "", "where to write the model (e.g. ner/models/ner.gz)")
	iters := fs.Int("iterations", 0, "maximum passes over the data (default 15)")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if *trainPath == "" || *out == "" {
		return usageError("train %s: --train and --out are required", what)
	}
	col := 4
	if what == "pos" {
		col = 2
	}
	// The embedded models' settings: word clusters induced from unlabelled
	// news (carried by the embedded NER model) and recased augmentation;
	// POS drops rare features and small weights for speed.
	opts := ner.DefaultOptions()
	opts.Column, opts.Iterations, opts.Log = col, *iters, m.Stderr
	if what == "pos" {
		opts.MinCount, opts.Prune = 3, 1
	}
	model, err := ner.TrainFiles(*trainPath, *devPath, col, opts, m.Stderr)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := model.Save(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
