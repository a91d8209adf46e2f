// Package quoteeval scores quote extraction against PolNeAR, the Political
// News Attribution Relations corpus (brat standoff: Source, Cue and Content
// spans joined by Attribution relations).
//
// Reading the corpus:
//   - Offsets in the .ann files count Unicode code points (checked on
//     texts with curly quotes), and are converted to byte offsets here.
//   - Discontinuous spans ("1775 1996;1998 2184") keep all their pieces; a
//     relation's Content and Content2 are both content.
//   - Relations with no Content are skipped; relations with no Source
//     ("Attribution-no-source") count for content but not for speakers.
//   - Some texts were annotated by several annotators (agreement checks):
//     the file of the annotator whose id sorts first is used, so every text
//     counts once and the choice is reproducible.
//   - Publication dates come from metadata.tsv (column publication_date).
//
// Scoring: a predicted quote matches a gold attribution when their content
// spans overlap. Content precision is the share of predicted quotes that
// overlap some gold content; recall is the share of gold contents that
// some predicted quote overlaps. On matched gold contents with a Source the
// speaker is right when the predicted speaker mention, or any mention of its
// entity, overlaps the gold Source (the predicted quote used is the one with
// the largest overlap). The Direct figures do the same for gold contents
// that start or end with a quotation mark, against predicted quotes with
// Direct set.
package quoteeval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsgraph"
)

// Pipeline annotates a text; the scorer reads Quotes, Mentions and
// Entities of the returned Document, whose Text must equal text.
type Pipeline func(text string, published time.Time) *newsgraph.Document

// Attribution is one gold attribution relation, in byte offsets.
type Attribution struct {
	Content []newsgraph.Span
	Cue     []newsgraph.Span
	Source  []newsgraph.Span // empty when the attribution has no source
	Direct  bool             // the content starts or ends with a quotation mark
}

// Article is one annotated text.
type Article struct {
	Name      string // file name without extension and annotator
	Annotator string
	Text      string
	Published time.Time // zero when unknown
	Gold      []Attribution
}

// LoadSplit reads the articles of one split ("train", "dev") under dataDir,
// the corpus's data directory (holding train/, dev/ and, here or one level
// up, metadata.tsv).
func LoadSplit(dataDir, split string) ([]Article, error) {
	dates, err := loadDates(dataDir)
	if err != nil {
		return nil, err
	}
	annDir := filepath.Join(dataDir, split, "attributions")
	entries, err := os.ReadDir(annDir)
	if err != nil {
		return nil, err
	}
	chosen := map[string]string{} // base name → annotator
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".ann") {
			continue
		}
		stem := strings.TrimSuffix(name, ".ann")
		i := strings.LastIndexByte(stem, '_')
		if i < 0 {
			continue
		}
		base, ann := stem[:i], stem[i+1:]
		if cur, ok := chosen[base]; !ok || ann < cur {
			chosen[base] = ann
		}
	}
	bases := make([]string, 0, len(chosen))
	for b := range chosen {
		bases = append(bases, b)
	}
	sort.Strings(bases)
	var out []Article
	for _, b := range bases {
		txt, err := os.ReadFile(filepath.Join(dataDir, split, "text", b+".txt"))
		if err != nil {
			return nil, err
		}
		ann, err := os.ReadFile(filepath.Join(annDir, b+"_"+chosen[b]+".ann"))
		if err != nil {
			return nil, err
		}
		if !utf8.Valid(txt) {
			return nil, fmt.Errorf("quoteeval: %s is not UTF-8", b)
		}
		gold, err := ParseAnn(string(txt), string(ann))
		if err != nil {
			return nil, fmt.Errorf("quoteeval: %s: %w", b, err)
		}
		out = append(out, Article{Name: b, Annotator: chosen[b], Text: string(txt), Published: dates[b], Gold: gold})
	}
	return out, nil
}

func loadDates(dataDir string) (map[string]time.Time, error) {
	dates := map[string]time.Time{}
	var f *os.File
	var err error
	for _, p := range []string{filepath.Join(dataDir, "metadata.tsv"), filepath.Join(dataDir, "..", "metadata.tsv")} {
		if f, err = os.Open(p); err == nil {
			break
		}
	}
	if f == nil {
		return dates, nil // dates are optional
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	col, fileCol := -1, -1
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if col < 0 {
			for i, h := range fs {
				switch h {
				case "publication_date":
					col = i
				case "filename":
					fileCol = i
				}
			}
			if col < 0 || fileCol < 0 {
				return nil, fmt.Errorf("quoteeval: metadata.tsv lacks filename or publication_date")
			}
			continue
		}
		if len(fs) <= col || len(fs) <= fileCol {
			continue
		}
		if t, err := time.Parse(time.DateOnly, fs[col]); err == nil {
			dates[fs[fileCol]] = t
		}
	}
	return dates, sc.Err()
}

// ParseAnn reads brat standoff whose offsets count code points of text.
func ParseAnn(text, ann string) ([]Attribution, error) {
	// code point index → byte offset
	starts := make([]int, 0, len(text)+1)
	for i := range text {
		starts = append(starts, i)
	}
	starts = append(starts, len(text))
	toByte := func(cp int) (int, bool) {
		if cp < 0 || cp >= len(starts) {
			return 0, false
		}
		return starts[cp], true
	}
	spans := map[string][]newsgraph.Span{}
	for ln, line := range strings.Split(ann, "\n") {
		if !strings.HasPrefix(line, "T") {
			continue
		}
		fs := strings.SplitN(line, "\t", 3)
		if len(fs) < 2 {
			continue
		}
		_, offs, ok := strings.Cut(fs[1], " ")
		if !ok {
			continue
		}
		var ss []newsgraph.Span
		for _, piece := range strings.Split(offs, ";") {
			a, b, ok := strings.Cut(strings.TrimSpace(piece), " ")
			if !ok {
				return nil, fmt.Errorf("line %d: bad offsets %q", ln+1, offs)
			}
			x, err1 := strconv.Atoi(a)
			y, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("line %d: bad offsets %q", ln+1, offs)
			}
			bx, ok1 := toByte(x)
			by, ok2 := toByte(y)
			if !ok1 || !ok2 || bx > by {
				return nil, fmt.Errorf("line %d: offsets %q outside the text", ln+1, offs)
			}
			ss = append(ss, newsgraph.Span{Start: bx, End: by})
		}
		spans[fs[0]] = ss
	}
	var out []Attribution
	for _, line := range strings.Split(ann, "\n") {
		if !strings.HasPrefix(line, "E") {
			continue
		}
		fs := strings.SplitN(line, "\t", 2)
		if len(fs) < 2 {
			continue
		}
		var a Attribution
		for _, arg := range strings.Fields(fs[1]) {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			switch {
			case strings.HasPrefix(role, "Content"):
				a.Content = append(a.Content, spans[id]...)
			case role == "Cue":
				a.Cue = append(a.Cue, spans[id]...)
			case role == "Source":
				a.Source = append(a.Source, spans[id]...)
			}
		}
		if len(a.Content) == 0 {
			continue
		}
		sort.Slice(a.Content, func(i, j int) bool { return a.Content[i].Start < a.Content[j].Start })
		a.Direct = isDirect(text, a.Content)
		out = append(out, a)
	}
	return out, nil
}

// isDirect reports whether the content starts or ends with a quotation mark.
func isDirect(text string, content []newsgraph.Span) bool {
	first, last := content[0], content[len(content)-1]
	s := strings.TrimFunc(text[first.Start:first.End], unicode.IsSpace)
	e := strings.TrimFunc(text[last.Start:last.End], unicode.IsSpace)
	r1, _ := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeLastRuneInString(e)
	return strings.ContainsRune("“\"«‘'„", r1) && r1 != utf8.RuneError || strings.ContainsRune("”\"»’'", r2) && r2 != utf8.RuneError
}

// Figures are the scores of one subset.
type Figures struct {
	Gold, Pred               int // gold attributions, predicted quotes
	GoldMatched, PredMatched int
	Precision, Recall, F1    float64
	SpeakerGold              int // matched gold attributions with a source
	SpeakerRight             int
	SpeakerAccuracy          float64
}

func (f *Figures) finish() {
	if f.Pred > 0 {
		f.Precision = float64(f.PredMatched) / float64(f.Pred)
	}
	if f.Gold > 0 {
		f.Recall = float64(f.GoldMatched) / float64(f.Gold)
	}
	if f.Precision+f.Recall > 0 {
		f.F1 = 2 * f.Precision * f.Recall / (f.Precision + f.Recall)
	}
	if f.SpeakerGold > 0 {
		f.SpeakerAccuracy = float64(f.SpeakerRight) / float64(f.SpeakerGold)
	}
}

func (f Figures) String() string {
	return fmt.Sprintf("content P %.3f (%d/%d) R %.3f (%d/%d) F1 %.3f; speaker accuracy %.3f (%d/%d)",
		f.Precision, f.PredMatched, f.Pred, f.Recall, f.GoldMatched, f.Gold, f.F1,
		f.SpeakerAccuracy, f.SpeakerRight, f.SpeakerGold)
}

// Report holds the figures over all attributions and over direct quotes.
type Report struct {
	Articles int
	All      Figures
	Direct   Figures
}

func (r Report) String() string {
	return fmt.Sprintf("%d articles\nall:    %s\ndirect: %s", r.Articles, r.All, r.Direct)
}

// Score runs the pipeline on every article and scores its quotes.
func Score(arts []Article, run Pipeline) Report {
	var r Report
	for _, a := range arts {
		doc := run(a.Text, a.Published)
		if doc == nil || doc.Text != a.Text {
			doc = &newsgraph.Document{Text: a.Text} // a failed run predicts nothing
		}
		r.Articles++
		scoreDoc(&r.All, a.Gold, doc, false)
		scoreDoc(&r.Direct, a.Gold, doc, true)
	}
	r.All.finish()
	r.Direct.finish()
	return r
}

func overlapLen(a []newsgraph.Span, b newsgraph.Span) int {
	n := 0
	for _, s := range a {
		if x, y := max(s.Start, b.Start), min(s.End, b.End); y > x {
			n += y - x
		}
	}
	return n
}

func scoreDoc(f *Figures, gold []Attribution, doc *newsgraph.Document, directOnly bool) {
	var preds []newsgraph.Quote
	for _, q := range doc.Quotes {
		if !directOnly || q.Direct {
			preds = append(preds, q)
		}
	}
	f.Pred += len(preds)
	for _, q := range preds {
		for _, g := range gold {
			if overlapLen(g.Content, q.Span) > 0 {
				f.PredMatched++
				break
			}
		}
	}
	for _, g := range gold {
		if directOnly && !g.Direct {
			continue
		}
		f.Gold++
		best, bestN := -1, 0
		for i, q := range preds {
			if n := overlapLen(g.Content, q.Span); n > bestN {
				best, bestN = i, n
			}
		}
		if best < 0 {
			continue
		}
		f.GoldMatched++
		if len(g.Source) == 0 {
			continue
		}
		f.SpeakerGold++
		if speakerRight(preds[best].Speaker, g.Source, doc) {
			f.SpeakerRight++
		}
	}
}

func speakerRight(sp *newsgraph.SpeakerRef, source []newsgraph.Span, doc *newsgraph.Document) bool {
	if sp == nil {
		return false
	}
	if overlapLen(source, sp.Mention) > 0 {
		return true
	}
	if sp.Entity < 0 || sp.Entity >= len(doc.Entities) {
		return false
	}
	for _, mi := range doc.Entities[sp.Entity].Mentions {
		if mi >= 0 && mi < len(doc.Mentions) && overlapLen(source, doc.Mentions[mi].Span) > 0 {
			return true
		}
	}
	return false
}
