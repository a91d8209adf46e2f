package main

import (
	"newsgraph"
	"newsgraph/text"
)

// buildPipeline wires the standard stages. Models and tables load here, once
// per process; the Pipeline is then shared by all workers.
func buildPipeline() (*newsgraph.Pipeline, error) {
	return newsgraph.NewPipeline(
		text.New(),
	)
}
