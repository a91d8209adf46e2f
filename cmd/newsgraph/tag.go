package main

import (
	"bufio"
	"context"
	"io"
	"os"
	"strings"

	"newsgraph"
	"newsgraph/ner"
)

func (m *Main) runTag(ctx context.Context, args []string) error {
	fs := m.newFlags("tag", "tag --conll [FILE]\n\nReads CoNLL columns (token first; a blank line ends a sentence; -DOCSTART-\nlines pass through) and writes each line back with one more column: the\npredicted IOB2 tag.")
	conllFmt := fs.Bool("conll", false, "input and output are CoNLL columns (the only format for now)")
	modelPath := fs.String("model", "", "a model file from 'newsgraph train ner' (default: the embedded model)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if !*conllFmt {
		return usageError("tag: --conll is required (CoNLL columns are the only format)")
	}
	if fs.NArg() > 1 {
		return usageError("tag: at most one FILE")
	}
	model, err := loadModel(*modelPath, ner.LoadNER)
	if err != nil {
		return err
	}
	in := m.Stdin
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return newsgraph.Errorf(newsgraph.ENotFound, "tag: %v", err)
		}
		defer f.Close()
		in = f
	}
	w := bufio.NewWriterSize(m.Stdout, 1<<16)
	if err := tagCoNLL(ctx, model, in, w); err != nil {
		return err
	}
	return w.Flush()
}

func loadModel(path string, builtin func() (*ner.Model, error)) (*ner.Model, error) {
	if path == "" {
		return builtin()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.Load(f)
}

// tagCoNLL streams sentences: lines are buffered to the next blank line,
// tagged together, and written back with the tag appended.
func tagCoNLL(ctx context.Context, model *ner.Model, r io.Reader, w io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	var lines, words, tags []string
	flush := func() error {
		if len(lines) == 0 {
			return nil
		}
		tags = model.TagInto(tags[:0], words)
		for i, l := range lines {
			if _, err := io.WriteString(w, l+" "+tags[i]+"\n"); err != nil {
				return err
			}
		}
		lines, words = lines[:0], words[:0]
		return ctx.Err()
	}
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		fields := strings.Fields(line)
		switch {
		case len(fields) == 0:
			if err := flush(); err != nil {
				return err
			}
			io.WriteString(w, "\n")
		case fields[0] == "-DOCSTART-":
			if err := flush(); err != nil {
				return err
			}
			io.WriteString(w, line+"\n")
		default:
			lines = append(lines, line)
			words = append(words, fields[0])
		}
	}
	if err := sc.Err(); err != nil {
		return newsgraph.Errorf(newsgraph.EInvalid, "tag: reading input: %v", err)
	}
	return flush()
}
