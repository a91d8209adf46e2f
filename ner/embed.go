package ner

import (
	"bytes"
	_ "embed"
	"sync"
)

//go:embed models/ner.gz
var nerModelGz []byte

//go:embed models/pos.gz
var posModelGz []byte

var (
	nerOnce, posOnce   sync.Once
	nerModel, posModel *Model
	nerErr, posErr     error
)

// LoadNER returns the embedded CoNLL-2003 named-entity model (IOB2 tags
// over PER, ORG, LOC, MISC). It is decoded once and shared; a Model is
// read-only and safe for concurrent use.
func LoadNER() (*Model, error) {
	nerOnce.Do(func() { nerModel, nerErr = Load(bytes.NewReader(nerModelGz)) })
	return nerModel, nerErr
}

// LoadPOS returns the embedded CoNLL-2003 part-of-speech model (Penn
// Treebank tags), decoded once and shared.
func LoadPOS() (*Model, error) {
	posOnce.Do(func() { posModel, posErr = Load(bytes.NewReader(posModelGz)) })
	return posModel, posErr
}

// DefaultOptions returns the options the embedded NER model was trained
// with, word clusters and gazetteer bits included (taken from the embedded
// NER model), so that
//
//	ner.TrainFiles(train, dev, 4, ner.DefaultOptions(), os.Stderr)
//
// reproduces the NER model without inducing clusters again: the mean of 5
// runs (Seeds), weights below 0.5 pruned. The embedded POS model was
// trained with one run (Seeds 1), MinCount 3, Prune 1 and the clusters
// without the fifth (gazetteer) level.
func DefaultOptions() Options {
	o := Options{Augment: true, Seeds: 5, Prune: 0.5}
	if m, err := LoadNER(); err == nil {
		o.Clusters = m.Clusters()
	}
	return o
}
