package quoteeval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"newsgraph"
	"newsgraph/quote"
	"newsgraph/text"
)

func TestParseAnnCodePoints(t *testing.T) {
	txt := "“Héllo,” she said. Trump’s aide says it’s fine."
	// code points: “=0 H=1 ... ”=8
	ann := "T1\tContent 0 8\t“Héllo,”\nT2\tSource 9 12\tshe\nT3\tCue 13 17\tsaid\nE1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n" +
		"T4\tContent 37 41;42 47\tit’s fine\nT5\tCue 32 36\tsays\nE2\tAttribution-no-source:T5 Content:T4 Cue:T5\nE3\tAttribution:T5 Cue:T5\n"
	got, err := ParseAnn(txt, ann)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d attributions, want 2", len(got))
	}
	if c := got[0].Content[0]; txt[c.Start:c.End] != "“Héllo,”" || !got[0].Direct {
		t.Errorf("content %q direct %v", txt[c.Start:c.End], got[0].Direct)
	}
	if s := got[0].Source[0]; txt[s.Start:s.End] != "she" {
		t.Errorf("source %q", txt[s.Start:s.End])
	}
	if len(got[1].Content) != 2 || len(got[1].Source) != 0 || got[1].Direct {
		t.Errorf("second: %+v", got[1])
	}
	if c := got[1].Content; txt[c[0].Start:c[0].End] != "it’s" || txt[c[1].Start:c[1].End] != "fine." {
		t.Errorf("pieces %q %q", txt[c[0].Start:c[0].End], txt[c[1].Start:c[1].End])
	}
	if _, err := ParseAnn("ab", "T1\tContent 0 9\tx\n"); err == nil {
		t.Error("offsets outside the text accepted")
	}
}

func TestScore(t *testing.T) {
	txt := "“We will win,” she said. He left."
	gold, err := ParseAnn(txt, "T1\tContent 0 14\tx\nT2\tSource 15 18\tshe\nE1\tAttribution:T1 Content:T1 Source:T2\n")
	if err != nil {
		t.Fatal(err)
	}
	art := Article{Name: "t", Text: txt, Gold: gold}
	right := func(string, time.Time) *newsgraph.Document {
		return &newsgraph.Document{Text: txt, Quotes: []newsgraph.Quote{
			{Span: newsgraph.Span{Start: 3, End: 14}, Direct: true, Speaker: &newsgraph.SpeakerRef{Entity: -1, Mention: newsgraph.Span{Start: 19, End: 22}}},
			{Span: newsgraph.Span{Start: 29, End: 33}},
		}}
	}
	r := Score([]Article{art}, right)
	if r.All.Pred != 2 || r.All.PredMatched != 1 || r.All.GoldMatched != 1 || r.All.SpeakerRight != 1 {
		t.Errorf("all: %+v", r.All)
	}
	if r.Direct.Gold != 1 || r.Direct.Pred != 1 || r.Direct.Recall != 1 || r.Direct.SpeakerAccuracy != 1 {
		t.Errorf("direct: %+v", r.Direct)
	}
	if r := Score([]Article{art}, func(string, time.Time) *newsgraph.Document { return nil }); r.All.Recall != 0 {
		t.Errorf("nil doc: %+v", r.All)
	}
}

// dataDir locates ../shared/data/polnear/data relative to the repository
// root (three levels up from this package).
func dataDir(t *testing.T) string {
	d := filepath.Join("..", "..", "..", "shared", "data", "polnear", "data")
	if _, err := os.Stat(filepath.Join(d, "dev")); err != nil {
		t.Skipf("PolNeAR not found at %s (../shared/data relative to the repo root); skipping", d)
	}
	return d
}

// standIn is a stand-in for the full pipeline, only to exercise the scorer:
// package text, then naive mentions (runs of capitalised words, and
// pronouns) with naive coreference (same last word; a pronoun is the most
// recent name).
func standIn(t testing.TB) Pipeline {
	seg := text.New()
	st, err := quote.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	pron := map[string]newsgraph.EntityType{"he": newsgraph.Person, "she": newsgraph.Person, "it": newsgraph.Org, "its": newsgraph.Org, "they": "", "their": ""}
	skip := map[string]bool{"The": true, "A": true, "In": true, "But": true, "And": true, "I": true, "It": true, "This": true, "That": true, "We": true, "He": true, "She": true, "They": true, "If": true, "On": true, "As": true, "At": true, "For": true, "Mr": false}
	return func(txt string, pub time.Time) *newsgraph.Document {
		doc := &newsgraph.Document{Text: txt, Published: pub}
		if err := seg.Process(context.Background(), doc); err != nil {
			return nil
		}
		byLast := map[string]int{}
		lowerText := txt
		sentStart := map[int]bool{}
		for _, s := range doc.Sentences {
			sentStart[s.FirstToken] = true
		}
		isCap := func(s string) bool { r := []rune(s); return len(r) > 0 && unicode.IsUpper(r[0]) }
		lastName := -1
		toks := doc.Tokens
		for k := 0; k < len(toks); k++ {
			w := toks[k].Text
			if typ, ok := pron[strings.ToLower(w)]; ok {
				doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: toks[k].Span, Text: w, Kind: newsgraph.Pronoun, Type: typ, Entity: lastName})
				continue
			}
			r := []rune(w)
			if len(r) == 0 || !unicode.IsUpper(r[0]) || skip[w] {
				continue
			}
			if (k == 0 || sentStart[k]) && (k+1 >= len(toks) || !isCap(toks[k+1].Text)) && strings.Contains(lowerText, " "+strings.ToLower(w)+" ") {
				continue // a sentence-initial common word
			}
			e := k + 1
			for e < len(toks) && isCap(toks[e].Text) {
				e++
			}
			sp := newsgraph.Span{Start: toks[k].Start, End: toks[e-1].End}
			name := txt[sp.Start:sp.End]
			last := toks[e-1].Text
			ei, ok := byLast[last]
			if !ok {
				ei = len(doc.Entities)
				byLast[last] = ei
				doc.Entities = append(doc.Entities, newsgraph.Entity{Name: name, Type: newsgraph.Person, Place: -1})
			} else if len(name) > len(doc.Entities[ei].Name) {
				doc.Entities[ei].Name = name
			}
			doc.Entities[ei].Mentions = append(doc.Entities[ei].Mentions, len(doc.Mentions))
			doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: sp, Text: name, Kind: newsgraph.Name, Type: newsgraph.Person, Entity: ei})
			lastName = ei
			k = e - 1
		}
		for i, m := range doc.Mentions {
			if m.Kind == newsgraph.Pronoun && m.Entity >= 0 {
				doc.Entities[m.Entity].Mentions = append(doc.Entities[m.Entity].Mentions, i)
			}
		}
		if err := st.Process(context.Background(), doc); err != nil {
			return nil
		}
		return doc
	}
}

func TestPolNeARStandIn(t *testing.T) {
	dir := dataDir(t)
	for _, split := range []string{"dev", "train"} {
		if split == "train" && testing.Short() {
			continue
		}
		arts, err := LoadSplit(dir, split)
		if err != nil {
			t.Fatal(err)
		}
		if len(arts) == 0 {
			t.Fatalf("%s: no articles", split)
		}
		dated := 0
		for _, a := range arts {
			if !a.Published.IsZero() {
				dated++
			}
		}
		r := Score(arts, standIn(t))
		t.Logf("PolNeAR %s with the stand-in pipeline (%d dated):\n%s", split, dated, r)
		if r.All.Gold == 0 || r.Direct.Gold == 0 {
			t.Errorf("%s: no gold attributions read", split)
		}
	}
}
