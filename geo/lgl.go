package geo

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"sort"
	"unicode/utf8"

	"newsgraph"
	"newsgraph/geo/internal/fold"
)

// LGLScore is how well a geocoding stage resolves the gold toponyms of the
// LGL corpus (Lieberman et al. 2010, local news). The stage sees the gold
// toponyms as LOC entities (toponyms with the same folded phrase in one
// article form one entity), so the score measures resolution, not
// recognition.
type LGLScore struct {
	Articles  int     // articles read
	Toponyms  int     // gold toponyms with coordinates: the denominator
	Resolved  int     // of those, how many the stage placed
	Within161 int     // placed within 161 km (100 miles) of the gold point
	MeanKm    float64 // mean error of the placed ones
	MedianKm  float64 // median error of the placed ones
	// AUC is the area under the curve of log(1+error km) over all gold
	// toponyms, unplaced ones counting as the maximum error (20,039 km),
	// normalised to [0, 1]; lower is better (Gritta et al. 2018).
	AUC float64
}

// Accuracy161 is the share of gold toponyms placed within 161 km.
func (s LGLScore) Accuracy161() float64 {
	if s.Toponyms == 0 {
		return 0
	}
	return float64(s.Within161) / float64(s.Toponyms)
}

func (s LGLScore) String() string {
	return fmt.Sprintf("LGL: %d articles, %d toponyms, %d placed (%.1f%%), acc@161km %.3f, mean %.0f km, median %.0f km, AUC %.3f",
		s.Articles, s.Toponyms, s.Resolved, 100*float64(s.Resolved)/math.Max(1, float64(s.Toponyms)),
		s.Accuracy161(), s.MeanKm, s.MedianKm, s.AUC)
}

type lglArticles struct {
	Articles []lglArticle `xml:"article"`
}

type lglArticle struct {
	DocID    string `xml:"docid,attr"`
	Text     string `xml:"text"`
	Toponyms []struct {
		Start  int    `xml:"start"`
		End    int    `xml:"end"`
		Phrase string `xml:"phrase"`
		Gaztag *struct {
			Lat float64 `xml:"lat"`
			Lon float64 `xml:"lon"`
		} `xml:"gaztag"`
	} `xml:"toponyms>toponym"`
}

// lglGold is one gold toponym: its byte span and, when LGL geocodes it, its
// coordinates.
type lglGold struct {
	span     newsgraph.Span
	lat, lon float64
	ok       bool
}

// golds returns the article's toponyms with byte offsets (LGL counts code
// points), sorted by start.
func (a *lglArticle) golds() ([]lglGold, error) {
	byteOff := codePointOffsets(a.Text)
	var golds []lglGold
	for _, t := range a.Toponyms {
		if t.Start < 0 || t.End < t.Start || t.End >= len(byteOff) {
			return nil, fmt.Errorf("lgl: article %s: toponym %q at %d-%d outside the text", a.DocID, t.Phrase, t.Start, t.End)
		}
		g := lglGold{span: newsgraph.Span{Start: byteOff[t.Start], End: byteOff[t.End]}}
		if t.Gaztag != nil {
			g.lat, g.lon, g.ok = t.Gaztag.Lat, t.Gaztag.Lon, true
		}
		golds = append(golds, g)
	}
	sort.SliceStable(golds, func(i, j int) bool { return golds[i].span.Start < golds[j].span.Start })
	return golds, nil
}

// ScoreLGL runs stage over every article of an LGL file (lgl.xml, read from
// r) and scores its places against the gold coordinates. LGL's offsets are
// in code points; they are converted to the byte offsets newsgraph uses.
func ScoreLGL(ctx context.Context, stage newsgraph.Stage, r io.Reader) (LGLScore, error) {
	var in lglArticles
	if err := xml.NewDecoder(r).Decode(&in); err != nil {
		return LGLScore{}, fmt.Errorf("lgl: %w", err)
	}
	const maxKm = 20039.0
	var s LGLScore
	var errs []float64 // placed toponyms' errors
	var auc float64
	for _, a := range in.Articles {
		s.Articles++
		doc := &newsgraph.Document{ID: a.DocID, Text: a.Text}
		golds, err := a.golds()
		if err != nil {
			return s, err
		}
		entityOf := map[string]int{}
		for _, g := range golds {
			text := a.Text[g.span.Start:g.span.End]
			key := fold.Fold(text)
			ei, ok := entityOf[key]
			if !ok {
				ei = len(doc.Entities)
				entityOf[key] = ei
				doc.Entities = append(doc.Entities, newsgraph.Entity{ID: fmt.Sprintf("E%d", ei+1), Type: newsgraph.Loc, Name: text, Place: -1})
			}
			doc.Entities[ei].Mentions = append(doc.Entities[ei].Mentions, len(doc.Mentions))
			doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: g.span, Text: text, Kind: newsgraph.Name,
				Type: newsgraph.Loc, Entity: ei, Source: "lgl"})
		}
		if err := stage.Process(ctx, doc); err != nil {
			return s, fmt.Errorf("lgl: article %s: %w", a.DocID, err)
		}
		for mi, g := range golds {
			if !g.ok {
				continue
			}
			s.Toponyms++
			km := maxKm
			if p := doc.Entities[doc.Mentions[mi].Entity].Place; p >= 0 {
				pl := doc.Places[p]
				km = haversineKm(g.lat, g.lon, pl.Lat, pl.Lon)
				s.Resolved++
				errs = append(errs, km)
				if km <= 161 {
					s.Within161++
				}
			}
			auc += math.Log1p(km) / math.Log1p(maxKm)
		}
	}
	if len(errs) > 0 {
		sort.Float64s(errs)
		var sum float64
		for _, e := range errs {
			sum += e
		}
		s.MeanKm = sum / float64(len(errs))
		s.MedianKm = errs[len(errs)/2]
	}
	if s.Toponyms > 0 {
		s.AUC = auc / float64(s.Toponyms)
	}
	return s, nil
}

// codePointOffsets maps code point i of text to its byte offset, with one
// more entry for the end.
func codePointOffsets(text string) []int {
	out := make([]int, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		out = append(out, i)
	}
	return append(out, len(text))
}

// haversineKm is the great-circle distance between two points in km.
func haversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	a := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}
