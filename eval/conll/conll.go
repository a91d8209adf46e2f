// Package conll scores chunk (span) taggings with the semantics of the
// CoNLL-2000/2003 conlleval script: a predicted chunk is correct only when a
// gold chunk has the same type and the same first and last token.
//
// Tags are IOB1, IOB2 or IOBES strings such as "B-PER", "I-ORG", "O"; the
// chunk boundaries are found exactly as conlleval's startOfChunk/endOfChunk
// do, so an I-X after O or after a chunk of another type starts a new chunk.
package conll

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Chunk is one span of tokens [Start, End) with a type.
type Chunk struct {
	Type       string
	Start, End int
}

// split returns a tag's prefix ("B", "I", "O", "E", "S") and type.
func split(tag string) (prefix, typ string) {
	if tag == "" || tag == "O" {
		return "O", ""
	}
	if i := strings.IndexByte(tag, '-'); i >= 0 {
		return tag[:i], tag[i+1:]
	}
	// conlleval: a tag without a dash is treated as an I tag of that type,
	// except O.
	return "I", tag
}

func endOfChunk(prevTag, tag, prevType, typ string) bool {
	switch {
	case prevTag == "E", prevTag == "S":
		return true
	case prevTag == "B" && (tag == "B" || tag == "S" || tag == "O"):
		return true
	case prevTag == "I" && (tag == "B" || tag == "S" || tag == "O"):
		return true
	case prevTag != "O" && prevTag != "." && prevType != typ:
		return true
	}
	return false
}

func startOfChunk(prevTag, tag, prevType, typ string) bool {
	switch {
	case tag == "B", tag == "S":
		return true
	case prevTag == "E" && (tag == "E" || tag == "I"):
		return true
	case prevTag == "S" && (tag == "E" || tag == "I"):
		return true
	case prevTag == "O" && (tag == "E" || tag == "I"):
		return true
	case tag != "O" && tag != "." && prevType != typ:
		return true
	}
	return false
}

// Chunks returns the chunks of a tag sequence, in order, using conlleval's
// rules for where chunks start and end.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	prevTag, prevType := "O", ""
	start := -1
	for i, t := range tags {
		tag, typ := split(t)
		if start >= 0 && endOfChunk(prevTag, tag, prevType, typ) {
			out = append(out, Chunk{Type: prevType, Start: start, End: i})
			start = -1
		}
		if startOfChunk(prevTag, tag, prevType, typ) {
			start = i
		}
		prevTag, prevType = tag, typ
	}
	if start >= 0 {
		out = append(out, Chunk{Type: prevType, Start: start, End: len(tags)})
	}
	return out
}

// PRF is precision, recall and F1 with the counts they come from.
type PRF struct {
	Correct   int // predicted chunks that match a gold chunk exactly
	Predicted int // predicted chunks
	Gold      int // gold chunks
}

// Precision is Correct/Predicted, 0 when nothing was predicted.
func (p PRF) Precision() float64 {
	if p.Predicted == 0 {
		return 0
	}
	return float64(p.Correct) / float64(p.Predicted)
}

// Recall is Correct/Gold, 0 when there is no gold chunk.
func (p PRF) Recall() float64 {
	if p.Gold == 0 {
		return 0
	}
	return float64(p.Correct) / float64(p.Gold)
}

// F1 is the harmonic mean of precision and recall, 0 when both are 0.
func (p PRF) F1() float64 {
	pr, rc := p.Precision(), p.Recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

// Scorer accumulates counts over sentences. The zero value is ready to use.
type Scorer struct {
	Overall       PRF
	Types         map[string]*PRF
	Tokens        int // tokens seen
	CorrectTokens int // tokens whose predicted tag equals the gold tag
}

func (s *Scorer) typ(t string) *PRF {
	if s.Types == nil {
		s.Types = map[string]*PRF{}
	}
	p := s.Types[t]
	if p == nil {
		p = &PRF{}
		s.Types[t] = p
	}
	return p
}

// Add scores one sentence. gold and pred must have the same length.
func (s *Scorer) Add(gold, pred []string) error {
	if len(gold) != len(pred) {
		return fmt.Errorf("conll: gold has %d tags, prediction %d", len(gold), len(pred))
	}
	for i := range gold {
		s.Tokens++
		if gold[i] == pred[i] {
			s.CorrectTokens++
		}
	}
	g, p := Chunks(gold), Chunks(pred)
	gs := make(map[Chunk]bool, len(g))
	for _, c := range g {
		gs[c] = true
		s.Overall.Gold++
		s.typ(c.Type).Gold++
	}
	for _, c := range p {
		s.Overall.Predicted++
		t := s.typ(c.Type)
		t.Predicted++
		if gs[c] {
			s.Overall.Correct++
			t.Correct++
		}
	}
	return nil
}

// Accuracy is the token-level tag accuracy.
func (s *Scorer) Accuracy() float64 {
	if s.Tokens == 0 {
		return 0
	}
	return float64(s.CorrectTokens) / float64(s.Tokens)
}

// Type returns the counts of one chunk type (zero when never seen).
func (s *Scorer) Type(t string) PRF {
	if p := s.Types[t]; p != nil {
		return *p
	}
	return PRF{}
}

// TypeNames returns the chunk types seen, sorted.
func (s *Scorer) TypeNames() []string {
	names := make([]string, 0, len(s.Types))
	for t := range s.Types {
		names = append(names, t)
	}
	sort.Strings(names)
	return names
}

// Report writes a conlleval-style summary.
func (s *Scorer) Report(w io.Writer) {
	fmt.Fprintf(w, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n",
		s.Tokens, s.Overall.Gold, s.Overall.Predicted, s.Overall.Correct)
	fmt.Fprintf(w, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
		100*s.Accuracy(), 100*s.Overall.Precision(), 100*s.Overall.Recall(), 100*s.Overall.F1())
	for _, t := range s.TypeNames() {
		p := s.Type(t)
		fmt.Fprintf(w, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n",
			t, 100*p.Precision(), 100*p.Recall(), 100*p.F1(), p.Predicted)
	}
}
