package geo

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"sort"

	"newsgraph"
)

// LGLPipelineScore is how well a full pipeline (recognition and resolution)
// geoparses the LGL corpus. A predicted place mention matches a gold
// toponym when their spans overlap (each used at most once, in text order).
type LGLPipelineScore struct {
	Articles  int // articles read
	Gold      int // gold toponyms (with or without coordinates)
	Predicted int // predicted place mentions
	Matched   int // gold toponyms matched by a predicted mention
	// Of the matched toponyms with gold coordinates: how many, and how many
	// predicted within 161 km of the gold point.
	MatchedWithPoint int
	Within161        int
	MedianKm         float64 // median error over MatchedWithPoint
}

// Recall is the share of gold toponyms matched by a predicted mention.
func (s LGLPipelineScore) Recall() float64 { return ratio(s.Matched, s.Gold) }

// Precision is the share of predicted mentions that match a gold toponym.
func (s LGLPipelineScore) Precision() float64 { return ratio(s.Matched, s.Predicted) }

// F1 is the harmonic mean of Precision and Recall.
func (s LGLPipelineScore) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Accuracy161 is the share of matched toponyms with a gold point that the
// pipeline placed within 161 km (100 miles) of it.
func (s LGLPipelineScore) Accuracy161() float64 { return ratio(s.Within161, s.MatchedWithPoint) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (s LGLPipelineScore) String() string {
	return fmt.Sprintf("LGL full pipeline: %d articles, %d gold toponyms, %d predicted mentions, %d matched: recall %.3f, precision %.3f, F1 %.3f; acc@161km %.3f on %d matched toponyms with a gold point (median %.0f km)",
		s.Articles, s.Gold, s.Predicted, s.Matched, s.Recall(), s.Precision(), s.F1(),
		s.Accuracy161(), s.MatchedWithPoint, s.MedianKm)
}

// ScoreLGLPipeline runs run (a full pipeline: recognition and resolution) on
// the text of every article of an LGL file read from r and scores the
// predicted place mentions (doc.Places[i].Mentions) against the gold
// toponyms. LGL's offsets are code points; they are converted to bytes.
func ScoreLGLPipeline(ctx context.Context, run func(text string) *newsgraph.Document, r io.Reader) (LGLPipelineScore, error) {
	var in lglArticles
	if err := xml.NewDecoder(r).Decode(&in); err != nil {
		return LGLPipelineScore{}, fmt.Errorf("lgl: %w", err)
	}
	var s LGLPipelineScore
	var errs []float64
	for _, a := range in.Articles {
		if err := ctx.Err(); err != nil {
			return s, err
		}
		s.Articles++
		golds, err := a.golds()
		if err != nil {
			return s, err
		}
		s.Gold += len(golds)
		doc := run(a.Text)
		if doc == nil {
			continue
		}
		type pred struct {
			span newsgraph.Span
			p    int
		}
		var preds []pred
		for pi, p := range doc.Places {
			for _, m := range p.Mentions {
				preds = append(preds, pred{m, pi})
			}
		}
		sort.SliceStable(preds, func(i, j int) bool { return preds[i].span.Start < preds[j].span.Start })
		s.Predicted += len(preds)
		used := make([]bool, len(preds))
		for _, g := range golds {
			k := -1
			for j, p := range preds {
				if !used[j] && p.span.Overlaps(g.span) {
					k = j
					break
				}
			}
			if k < 0 {
				continue
			}
			used[k] = true
			s.Matched++
			if !g.ok {
				continue
			}
			s.MatchedWithPoint++
			pl := doc.Places[preds[k].p]
			km := haversineKm(g.lat, g.lon, pl.Lat, pl.Lon)
			errs = append(errs, km)
			if km <= 161 {
				s.Within161++
			}
		}
	}
	if len(errs) > 0 {
		sort.Float64s(errs)
		s.MedianKm = errs[len(errs)/2]
	}
	if math.IsNaN(s.MedianKm) {
		s.MedianKm = 0
	}
	return s, nil
}
