// Package timexeval scores the timex tagger against TimeML gold data
// (TempEval-3 TBAQ-cleaned: TimeBank and AQUAINT .tml files).
//
// TimeML is inline XML. ParseTimeML strips the tags of the TEXT element to
// recover the plain text and the byte offsets of every gold TIMEX3; the
// document creation time (the TIMEX3 with functionInDocument="CREATION_TIME",
// inside DCT) becomes the publication date and is not scored.
package timexeval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"newsgraph"
	"newsgraph/text"
	"newsgraph/timex"
)

// Timex is one gold or system temporal expression, byte offsets into Doc.Text.
type Timex struct {
	newsgraph.Span
	Text  string
	Type  string
	Value string
	Rule  string // the system rule that matched (system expressions only)
}

// Doc is one TimeML document.
type Doc struct {
	ID   string
	DCT  time.Time // zero when the file has none
	Text string    // the TEXT element with tags removed and entities decoded
	Gold []Timex
}

var (
	attrRE  = regexp.MustCompile(`([A-Za-z_:]+)\s*=\s*"([^"]*)"`)
	dctRE   = regexp.MustCompile(`(?s)<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>`)
	docIDRE = regexp.MustCompile(`(?s)<DOCID>(.*?)</DOCID>`)
)

func attrs(tag string) map[string]string {
	m := map[string]string{}
	for _, a := range attrRE.FindAllStringSubmatch(tag, -1) {
		m[a[1]] = a[2]
	}
	return m
}

// ParseTimeML reads one .tml document.
func ParseTimeML(src string) (*Doc, error) {
	d := &Doc{}
	if m := docIDRE.FindStringSubmatch(src); m != nil {
		d.ID = strings.TrimSpace(m[1])
	}
	if tag := dctRE.FindString(src); tag != "" {
		v := attrs(tag)["value"]
		if len(v) >= 10 {
			if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
				d.DCT = t
			}
		}
	}
	a := strings.Index(src, "<TEXT>")
	b := strings.LastIndex(src, "</TEXT>")
	if a < 0 || b < a {
		return nil, fmt.Errorf("timeml: no TEXT element")
	}
	body := src[a+len("<TEXT>") : b]
	var out strings.Builder
	type open struct {
		start int
		attrs map[string]string
	}
	var stack []open
	for i := 0; i < len(body); {
		switch body[i] {
		case '<':
			j := strings.IndexByte(body[i:], '>')
			if j < 0 {
				return nil, fmt.Errorf("timeml: unterminated tag at %d", i)
			}
			tag := body[i : i+j+1]
			i += j + 1
			switch {
			case strings.HasPrefix(tag, "<TIMEX3"):
				o := open{start: out.Len(), attrs: attrs(tag)}
				if strings.HasSuffix(tag, "/>") {
					continue
				}
				stack = append(stack, o)
			case strings.HasPrefix(tag, "</TIMEX3"):
				if len(stack) == 0 {
					continue
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if o.attrs["functionInDocument"] == "CREATION_TIME" {
					continue
				}
				s := out.String()
				d.Gold = append(d.Gold, Timex{Span: newsgraph.Span{Start: o.start, End: out.Len()}, Text: s[o.start:], Type: o.attrs["type"], Value: o.attrs["value"]})
			}
		case '&':
			j := strings.IndexByte(body[i:], ';')
			if j > 0 && j < 10 {
				if r, ok := entity(body[i+1 : i+j]); ok {
					out.WriteString(r)
					i += j + 1
					continue
				}
			}
			out.WriteByte('&')
			i++
		default:
			out.WriteByte(body[i])
			i++
		}
	}
	d.Text = out.String()
	sort.SliceStable(d.Gold, func(i, j int) bool { return d.Gold[i].Start < d.Gold[j].Start })
	return d, nil
}

func entity(name string) (string, bool) {
	switch name {
	case "amp":
		return "&", true
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "quot":
		return "\"", true
	case "apos":
		return "'", true
	}
	if strings.HasPrefix(name, "#") {
		n := name[1:]
		base := 10
		if strings.HasPrefix(n, "x") || strings.HasPrefix(n, "X") {
			n, base = n[1:], 16
		}
		if v, err := strconv.ParseInt(n, base, 32); err == nil && v > 0 && v < 0x110000 {
			return string(rune(v)), true
		}
	}
	return "", false
}

// LoadDir parses every .tml file under dir (recursively), in path order.
func LoadDir(dir string) ([]*Doc, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && strings.HasSuffix(p, ".tml") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	docs := make([]*Doc, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		d, err := ParseTimeML(string(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		if d.ID == "" {
			d.ID = filepath.Base(p)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// Tagger returns the system's expressions for text published at dct.
type Tagger func(text string, dct time.Time) []Timex

// StageTagger runs the text segmenter and the timex stage.
func StageTagger(st *timex.Stage) Tagger { return PipelineTagger(text.New(), st) }

// PipelineTagger runs stages in order on each text and returns its
// expressions. A stage that fails leaves the layers it did not fill empty.
func PipelineTagger(stages ...newsgraph.Stage) Tagger {
	return func(txt string, dct time.Time) []Timex {
		doc := &newsgraph.Document{Text: txt, Published: dct}
		for _, st := range stages {
			_ = st.Process(context.Background(), doc)
		}
		return FromDoc(doc)
	}
}

// FromDoc returns a document's time expressions as the scorer reads them.
func FromDoc(doc *newsgraph.Document) []Timex {
	out := make([]Timex, len(doc.Times))
	for i, t := range doc.Times {
		out[i] = Timex{Span: t.Span, Text: t.Text, Type: string(t.Type), Value: t.Value, Rule: t.Rule}
	}
	return out
}

// Scores are the TempEval-3 style figures.
type Scores struct {
	Docs, Gold, System            int
	StrictTP, RelaxedTP           int
	StrictP, StrictR, StrictF1    float64
	RelaxedP, RelaxedR, RelaxedF1 float64
	TypeAcc                       float64 // type accuracy over relaxed matches
	ValueAcc                      float64 // value accuracy over relaxed matches
	ValueTP                       int     // relaxed match with equal value
	ValueP, ValueR, ValueF1       float64 // TempEval-3 value F1
}

func (s Scores) String() string {
	return fmt.Sprintf("docs=%d gold=%d system=%d | strict P=%.3f R=%.3f F1=%.3f | relaxed P=%.3f R=%.3f F1=%.3f | type acc=%.3f value acc=%.3f | value P=%.3f R=%.3f F1=%.3f",
		s.Docs, s.Gold, s.System, s.StrictP, s.StrictR, s.StrictF1, s.RelaxedP, s.RelaxedR, s.RelaxedF1, s.TypeAcc, s.ValueAcc, s.ValueP, s.ValueR, s.ValueF1)
}

// Error is one disagreement, for error analysis.
type Error struct {
	Doc     string
	Kind    string // "missed", "spurious", "extent", "type", "value"
	Gold    *Timex
	Sys     *Timex
	Context string
}

// Score tags every document and compares with the gold. errs, when not
// nil, receives every disagreement.
func Score(docs []*Doc, tag Tagger, errs *[]Error) Scores {
	var report func(Error)
	if errs != nil {
		report = func(e Error) {
			if e.Kind != "correct" {
				*errs = append(*errs, e)
			}
		}
	}
	return score(docs, tag, report)
}

// score is Score with every outcome reported: the disagreements of Error
// and, for a relaxed match whose value is right, Kind "correct".
//
// Matching follows the TempEval-3 scorer: a gold and a system expression
// match when their extents overlap, each expression matches at most once
// (an exact extent is preferred), and value F1 is 2·V/(S+G) with V the
// matches with equal value, S the system and G the gold expressions
// (equivalently, value accuracy on relaxed matches times relaxed F1).
func score(docs []*Doc, tag Tagger, report func(Error)) Scores {
	var s Scores
	var typeOK, valueOK int
	for _, d := range docs {
		s.Docs++
		sys := tag(d.Text, d.DCT)
		s.Gold += len(d.Gold)
		s.System += len(sys)
		used := make([]bool, len(sys))
		ctx := func(sp newsgraph.Span) string {
			a, b := max(0, sp.Start-50), min(len(d.Text), sp.End+50)
			return strings.ReplaceAll(d.Text[a:b], "\n", " ")
		}
		for gi := range d.Gold {
			g := &d.Gold[gi]
			best := -1
			for si := range sys {
				if used[si] || !sys[si].Overlaps(g.Span) {
					continue
				}
				if best < 0 || sys[si].Span == g.Span {
					best = si
				}
			}
			if best < 0 {
				if report != nil {
					report(Error{Doc: d.ID, Kind: "missed", Gold: g, Context: ctx(g.Span)})
				}
				continue
			}
			used[best] = true
			m := &sys[best]
			s.RelaxedTP++
			if m.Span == g.Span {
				s.StrictTP++
			} else if report != nil {
				report(Error{Doc: d.ID, Kind: "extent", Gold: g, Sys: m, Context: ctx(g.Span)})
			}
			if m.Type == g.Type {
				typeOK++
			} else if report != nil {
				report(Error{Doc: d.ID, Kind: "type", Gold: g, Sys: m, Context: ctx(g.Span)})
			}
			if m.Value == g.Value {
				valueOK++
				if report != nil {
					report(Error{Doc: d.ID, Kind: "correct", Gold: g, Sys: m, Context: ctx(g.Span)})
				}
			} else if report != nil {
				report(Error{Doc: d.ID, Kind: "value", Gold: g, Sys: m, Context: ctx(g.Span)})
			}
		}
		if report != nil {
			for si := range sys {
				if !used[si] {
					report(Error{Doc: d.ID, Kind: "spurious", Sys: &sys[si], Context: ctx(sys[si].Span)})
				}
			}
		}
	}
	s.ValueTP = valueOK
	s.StrictP, s.StrictR, s.StrictF1 = prf(s.StrictTP, s.System, s.Gold)
	s.RelaxedP, s.RelaxedR, s.RelaxedF1 = prf(s.RelaxedTP, s.System, s.Gold)
	s.ValueP, s.ValueR, s.ValueF1 = prf(valueOK, s.System, s.Gold)
	if s.RelaxedTP > 0 {
		s.TypeAcc = float64(typeOK) / float64(s.RelaxedTP)
		s.ValueAcc = float64(valueOK) / float64(s.RelaxedTP)
	}
	return s
}

func prf(tp, sys, gold int) (p, r, f float64) {
	if sys > 0 {
		p = float64(tp) / float64(sys)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}
