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
	// The embedded models' settings (ner.DefaultOptions): word clusters
	// induced from unlabelled news plus gazetteer bits (carried by the
	// embedded NER model), recased augmentation, the mean of five runs.
	opts := ner.DefaultOptions()
	opts.Column, opts.Iterations, opts.Log = col, *iters, m.Stderr
	if what == "pos" {
		// one run, rare features dropped, and the clusters without the
		// fifth (gazetteer) level, as the embedded POS model was trained
		opts.MinCount, opts.Prune, opts.Seeds = 3, 1, 1
		pos := make(map[string][]uint32, len(opts.Clusters))
		for w, ids := range opts.Clusters {
			pos[w] = ids[:min(len(ids), 4)]
		}
		opts.Clusters = pos
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
