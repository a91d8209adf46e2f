package main

import "context"

func (m *Main) runTag(ctx context.Context, args []string) error   { return usageError("tag: not yet") }
func (m *Main) runTrain(ctx context.Context, args []string) error { return usageError("train: not yet") }
