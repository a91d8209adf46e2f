package ner

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is one sentence of a CoNLL file with all its columns kept.
// Columns[0] holds the tokens; Columns[c-1] holds column c (1-based, as in
// the CoNLL-2003 description: 1 token, 2 POS, 3 chunk, 4 NER).
type Sentence struct {
	Columns [][]string
}

// Len is the number of tokens.
func (s Sentence) Len() int {
	if len(s.Columns) == 0 {
		return 0
	}
	return len(s.Columns[0])
}

// Words returns the token column.
func (s Sentence) Words() []string { return s.Column(1) }

// Column returns the 1-based column n, or nil when the sentence has fewer
// columns.
func (s Sentence) Column(n int) []string {
	if n < 1 || n > len(s.Columns) {
		return nil
	}
	return s.Columns[n-1]
}

// ReadCoNLL reads whitespace-separated columns, one token per line, with a
// blank line between sentences. -DOCSTART- lines are skipped. Every line of
// a sentence must have the same number of columns.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var out []Sentence
	var cur [][]string
	lineNo := 0
	flush := func() {
		if len(cur) > 0 && len(cur[0]) > 0 {
			out = append(out, Sentence{Columns: cur})
		}
		cur = nil
	}
	for sc.Scan() {
		lineNo++
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			flush()
			continue
		}
		if fields[0] == "-DOCSTART-" {
			flush()
			continue
		}
		if cur == nil {
			cur = make([][]string, len(fields))
		} else if len(fields) != len(cur) {
			return nil, fmt.Errorf("conll: line %d has %d columns, the sentence's earlier lines have %d", lineNo, len(fields), len(cur))
		}
		for i, f := range fields {
			cur[i] = append(cur[i], f)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conll: line %d: %w", lineNo, err)
	}
	flush()
	return out, nil
}

// ReadCoNLLFile reads a CoNLL file from disk.
func ReadCoNLLFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}
