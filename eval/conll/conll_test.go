package conll

import (
	"bytes"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		name string
		tags string
		want []Chunk
	}{
		{"empty", "", nil},
		{"all O", "O O O", nil},
		{"single", "B-PER", []Chunk{{"PER", 0, 1}}},
		{"two tokens", "B-PER I-PER O", []Chunk{{"PER", 0, 2}}},
		{"adjacent B", "B-PER B-PER", []Chunk{{"PER", 0, 1}, {"PER", 1, 2}}},
		{"type change", "B-PER I-ORG", []Chunk{{"PER", 0, 1}, {"ORG", 1, 2}}},
		{"I after O starts chunk", "O I-LOC I-LOC O", []Chunk{{"LOC", 1, 3}}},
		{"I at start", "I-MISC O", []Chunk{{"MISC", 0, 1}}},
		{"ends at sentence end", "O B-ORG I-ORG", []Chunk{{"ORG", 1, 3}}},
		{"IOB1", "I-PER I-PER B-PER", []Chunk{{"PER", 0, 2}, {"PER", 2, 3}}},
		{"IOBES", "S-LOC B-PER E-PER O", []Chunk{{"LOC", 0, 1}, {"PER", 1, 3}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Chunks(strings.Fields(tc.tags))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Chunks(%q) = %v, want %v", tc.tags, got, tc.want)
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScorer(t *testing.T) {
	tests := []struct {
		name                      string
		gold, pred                []string // one sentence per element
		correct, predicted, ngold int
	}{
		{"perfect", []string{"B-PER I-PER O B-LOC"}, []string{"B-PER I-PER O B-LOC"}, 2, 2, 2},
		{"boundary wrong (right end)", []string{"B-PER I-PER O"}, []string{"B-PER O O"}, 0, 1, 1},
		{"boundary wrong (left end)", []string{"O B-ORG I-ORG"}, []string{"B-ORG I-ORG I-ORG"}, 0, 1, 1},
		{"type wrong", []string{"B-PER O"}, []string{"B-ORG O"}, 0, 1, 1},
		{"missed", []string{"B-MISC O B-LOC"}, []string{"O O B-LOC"}, 1, 1, 2},
		{"spurious", []string{"O O"}, []string{"B-LOC O"}, 0, 1, 0},
		{"split chunk", []string{"B-ORG I-ORG"}, []string{"B-ORG B-ORG"}, 0, 2, 1},
		{"sentences reset", []string{"B-PER", "I-PER"}, []string{"B-PER", "I-PER"}, 2, 2, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s Scorer
			for i := range tc.gold {
				if err := s.Add(strings.Fields(tc.gold[i]), strings.Fields(tc.pred[i])); err != nil {
					t.Fatal(err)
				}
			}
			o := s.Overall
			if o.Correct != tc.correct || o.Predicted != tc.predicted || o.Gold != tc.ngold {
				t.Errorf("got correct/predicted/gold %d/%d/%d, want %d/%d/%d",
					o.Correct, o.Predicted, o.Gold, tc.correct, tc.predicted, tc.ngold)
			}
		})
	}
}

func TestScorerPerTypeAndF1(t *testing.T) {
	var s Scorer
	// gold: PER(0,2) LOC(3,4) ORG(5,6); pred: PER(0,2) LOC(3,4) PER(5,6) MISC(7,8)
	gold := strings.Fields("B-PER I-PER O B-LOC O B-ORG O O")
	pred := strings.Fields("B-PER I-PER O B-LOC O B-PER O B-MISC")
	if err := s.Add(gold, pred); err != nil {
		t.Fatal(err)
	}
	if err := s.Add([]string{"O"}, []string{"O", "O"}); err == nil {
		t.Error("length mismatch: want error")
	}
	o := s.Overall
	if !near(o.Precision(), 0.5) || !near(o.Recall(), 2.0/3) || !near(o.F1(), 2*0.5*(2.0/3)/(0.5+2.0/3)) {
		t.Errorf("overall P/R/F = %v/%v/%v", o.Precision(), o.Recall(), o.F1())
	}
	if p := s.Type("PER"); p.Correct != 1 || p.Predicted != 2 || p.Gold != 1 {
		t.Errorf("PER = %+v", p)
	}
	if p := s.Type("ORG"); p.Correct != 0 || p.Predicted != 0 || p.Gold != 1 || p.F1() != 0 {
		t.Errorf("ORG = %+v", p)
	}
	if p := s.Type("LOC"); !near(p.F1(), 1) {
		t.Errorf("LOC F1 = %v", p.F1())
	}
	if !near(s.Accuracy(), 6.0/8) {
		t.Errorf("accuracy = %v", s.Accuracy())
	}
	if got := s.TypeNames(); !reflect.DeepEqual(got, []string{"LOC", "MISC", "ORG", "PER"}) {
		t.Errorf("TypeNames = %v", got)
	}
	var buf bytes.Buffer
	s.Report(&buf)
	if !strings.Contains(buf.String(), "FB1:  57.14") {
		t.Errorf("report:\n%s", buf.String())
	}
}

func TestZero(t *testing.T) {
	var p PRF
	if p.Precision() != 0 || p.Recall() != 0 || p.F1() != 0 {
		t.Error("zero PRF must score 0")
	}
}
