// Package eventeval scores the CAMEO event coder (newsgraph/event) against
// public gold data: the codebook's example sentences, the PLOVER gold
// standard records and PETRARCH's unit-test records.
//
// Every scorer needs entities, so each takes a DocFunc that turns a sentence
// into an annotated Document — the full pipeline in production, StandIn
// (lexicon phrases and capitalised runs as mentions) in tests.
package eventeval

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"newsgraph"
)

// DocFunc turns text into a Document annotated up to (not including) events;
// published is the record's date (zero when the data gives none), which
// date-limited actor codes need.
type DocFunc func(text string, published time.Time) *newsgraph.Document

// Miss is one scored sentence the coder got wrong.
type Miss struct {
	Text string
	Want string
	Got  string
}

func code(ctx context.Context, st newsgraph.Stage, mk DocFunc, txt string) []newsgraph.Event {
	return codeOn(ctx, st, mk, txt, time.Time{})
}

func codeOn(ctx context.Context, st newsgraph.Stage, mk DocFunc, txt string, published time.Time) []newsgraph.Event {
	doc := mk(txt, published)
	if doc == nil {
		return nil
	}
	if err := st.Process(ctx, doc); err != nil {
		return nil
	}
	return doc.Events
}

func codes(evs []newsgraph.Event) string {
	var out []string
	for _, e := range evs {
		s, t := "-", "-"
		if e.Source != nil {
			s = e.Source.Code
		}
		if e.Target != nil {
			t = e.Target.Code
		}
		out = append(out, fmt.Sprintf("%s(%s→%s)", e.Code, s, t))
	}
	return strings.Join(out, " ")
}

// CodebookResult is the score on the codebook's example sentences.
type CodebookResult struct {
	Sentences  int // examples scored
	Coded      int // examples with at least one event
	FirstRoot  int // first event's root equals the example's root
	AnyRoot    int // some event has the example's root
	Misses     []Miss
	SkippedMix int // examples excluded: notes about several events
}

// Accuracy is the first-event root accuracy over all scored sentences.
func (r CodebookResult) Accuracy() float64 { return ratio(r.FirstRoot, r.Sentences) }

// ScoreCodebook reads icews_cameo-codes.csv and codes every example
// sentence that illustrates one clear event: examples whose note speaks of
// several or reciprocal events are skipped, as are the residual 01 "make
// statement" codes, which the coder leaves out by design.
func ScoreCodebook(ctx context.Context, csvPath string, mk DocFunc, st newsgraph.Stage) (CodebookResult, error) {
	var res CodebookResult
	f, err := os.Open(csvPath)
	if err != nil {
		return res, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return res, err
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	ci, ei := col["code"], col["example"]
	seen := 0
	if ci == 0 && ei == 0 {
		return res, fmt.Errorf("%s: no code/example columns", csvPath)
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return res, err
		}
		if ci >= len(rec) || ei >= len(rec) {
			continue
		}
		c, ex := strings.TrimSpace(rec[ci]), strings.TrimSpace(rec[ei])
		if len(c) < 2 || ex == "" || ex == "NA" || strings.HasPrefix(c, "01") {
			continue
		}
		ex = strings.ToValidUTF8(ex, "'")
		if i := strings.Index(ex, "Note:"); i >= 0 {
			note := strings.ToLower(ex[i:])
			if strings.Contains(note, "event") {
				res.SkippedMix++
				continue
			}
			ex = strings.TrimSpace(ex[:i])
		}
		seen++
		if !inSplit(seen - 1) {
			continue
		}
		res.Sentences++
		evs := code(ctx, st, mk, ex)
		root := c[:2]
		if len(evs) > 0 {
			res.Coded++
			if evs[0].Root() == root {
				res.FirstRoot++
			}
		}
		hit := false
		for _, e := range evs {
			hit = hit || e.Root() == root
		}
		if hit {
			res.AnyRoot++
		}
		if len(evs) == 0 || evs[0].Root() != root {
			res.Misses = append(res.Misses, Miss{Text: ex, Want: c, Got: codes(evs)})
		}
		dump("codebook", res.Sentences-1, ex, c, evs)
	}
	return res, nil
}

// PloverResult is the score on the PLOVER gold standard records.
type PloverResult struct {
	Records       int // records with a mappable category
	Coded         int // records with at least one event
	Category      int // first event's PLOVER category equals the gold one
	SourceGold    int // records with a gold source country
	SourceCountry int // first event's source country among the gold ones
	TargetGold    int
	TargetCountry int
	// the same, over the records where an event is found (the measure)
	SourceGoldCoded, TargetGoldCoded int
	Misses                           []Miss
}

// SourceAccuracyCoded is source country accuracy over records with a gold
// source where an event is found.
func (r PloverResult) SourceAccuracyCoded() float64 { return ratio(r.SourceCountry, r.SourceGoldCoded) }

// TargetAccuracyCoded is target country accuracy over records with a gold
// target where an event is found.
func (r PloverResult) TargetAccuracyCoded() float64 { return ratio(r.TargetCountry, r.TargetGoldCoded) }

// CategoryAccuracy is category accuracy over all records.
func (r PloverResult) CategoryAccuracy() float64 { return ratio(r.Category, r.Records) }

// SourceAccuracy is source country accuracy over records with a gold source.
func (r PloverResult) SourceAccuracy() float64 { return ratio(r.SourceCountry, r.SourceGold) }

// TargetAccuracy is target country accuracy over records with a gold target.
func (r PloverResult) TargetAccuracy() float64 { return ratio(r.TargetCountry, r.TargetGold) }

// legacyPlover reconciles the 2021 CAMEO→PLOVER table with the category
// names of the gold records (PLOVER 0.5b1), by CAMEO root.
func legacyPlover(root string) string {
	switch root {
	case "09":
		return "INVESTIGATE"
	case "10":
		return "DEMAND"
	case "11":
		return "DISAPPROVE"
	case "16":
		return "SANCTION"
	case "19":
		return "FIGHT"
	}
	return ""
}

// LoadCameoToPlover reads CAMEO2PLOVER-2021.txt: "code: CATEGORY, mode, context # name".
func LoadCameoToPlover(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		c, rest, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		c = strings.TrimSpace(c)
		cat := strings.TrimSpace(strings.Split(rest, ",")[0])
		if c != "" && cat != "" {
			m[c] = cat
		}
	}
	return m, sc.Err()
}

// PloverCategory maps a CAMEO code to a PLOVER category name as the gold
// records spell it; "" when the code has none (01, 02 are dropped).
func PloverCategory(m map[string]string, code string) string {
	if len(code) < 2 {
		return ""
	}
	if c := legacyPlover(code[:2]); c != "" {
		return c
	}
	for p := code; len(p) >= 2; p = p[:len(p)-1] {
		if c, ok := m[p]; ok {
			return c
		}
	}
	return ""
}

type ploverActor struct {
	Text string `json:"actorText"`
	Code string `json:"code"`
}

type ploverRecord struct {
	ID     string          `json:"id"`
	Event  string          `json:"event"`
	Text   string          `json:"text"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
}

func actorsOf(raw json.RawMessage) []ploverActor {
	var as []ploverActor
	if json.Unmarshal(raw, &as) == nil {
		return as
	}
	return nil
}

// ScorePlover codes the PLOVER gold records (PLOVER_GSR_CAMEO.txt) and
// compares the first event's category (through the CAMEO→PLOVER table) and
// source and target countries (first three letters of the actor codes).
func ScorePlover(ctx context.Context, gsrPath, mapPath string, mk DocFunc, st newsgraph.Stage) (PloverResult, error) {
	var res PloverResult
	m, err := LoadCameoToPlover(mapPath)
	if err != nil {
		return res, err
	}
	b, err := os.ReadFile(gsrPath)
	if err != nil {
		return res, err
	}
	var recs []ploverRecord
	if err := json.Unmarshal(b, &recs); err != nil {
		return res, fmt.Errorf("%s: %w", gsrPath, err)
	}
	country := func(c string) string {
		if len(c) < 3 {
			return ""
		}
		return strings.ToUpper(c[:3])
	}
	in := func(c string, as []ploverActor) bool {
		for _, a := range as {
			if c != "" && country(a.Code) == c {
				return true
			}
		}
		return false
	}
	seen := 0
	for _, r := range recs {
		if r.Text == "" || r.Event == "" || r.Event == "DOCUMENT" {
			continue
		}
		seen++
		if !inSplit(seen - 1) {
			continue
		}
		res.Records++
		evs := code(ctx, st, mk, r.Text)
		srcs, tgts := actorsOf(r.Source), actorsOf(r.Target)
		if len(srcs) > 0 {
			res.SourceGold++
		}
		if len(tgts) > 0 {
			res.TargetGold++
		}
		if len(evs) == 0 {
			res.Misses = append(res.Misses, Miss{Text: r.Text, Want: r.Event})
			dump("plover", res.Records-1, r.Text, r.Event+" NONE", nil)
			continue
		}
		res.Coded++
		if len(srcs) > 0 {
			res.SourceGoldCoded++
		}
		if len(tgts) > 0 {
			res.TargetGoldCoded++
		}
		e := evs[0]
		cat := PloverCategory(m, e.Code)
		dump("plover", res.Records-1, r.Text, fmt.Sprintf("%s %s %s→%s", r.Event, cat, string(r.Source), string(r.Target)), evs)
		if cat == r.Event {
			res.Category++
		} else {
			res.Misses = append(res.Misses, Miss{Text: r.Text, Want: r.Event, Got: cat + " " + codes(evs)})
		}
		if e.Source != nil && in(country(e.Source.Code), srcs) {
			res.SourceCountry++
		}
		if e.Target != nil && in(country(e.Target.Code), tgts) {
			res.TargetCountry++
		}
	}
	return res, nil
}

// PetrarchResult is the score on PETRARCH's unit-test records.
type PetrarchResult struct {
	Records  int // records scored
	Passed   int // every expected coding produced (no event for "noevents")
	Expected int // expected codings
	Found    int // expected codings produced (source, target and event code)
	Produced int // events produced
	Misses   []Miss
}

// PassRate is the share of records passed.
func (r PetrarchResult) PassRate() float64 { return ratio(r.Passed, r.Records) }

// Recall is the share of expected codings produced.
func (r PetrarchResult) Recall() float64 { return ratio(r.Found, r.Expected) }

type petrCoding struct {
	Source   string `xml:"sourcecode,attr"`
	Target   string `xml:"targetcode,attr"`
	Event    string `xml:"eventcode,attr"`
	NoEvents string `xml:"noevents,attr"`
}

type petrSentence struct {
	ID       string       `xml:"id,attr"`
	Date     string       `xml:"date,attr"` // YYYYMMDD
	Category string       `xml:"category,attr"`
	Codings  []petrCoding `xml:"EventCoding"`
	Text     string       `xml:"Text"`
}

type petrFile struct {
	Sentences []petrSentence `xml:"Sentences>Sentence"`
}

// ScorePetrarch codes PETR.UnitTest.records.xml. The records use fictional
// actors and verbs: mk should know the PETR.Validate actor and agent
// dictionaries and st should be built with the PETR.Validate verbs.
func ScorePetrarch(ctx context.Context, xmlPath string, mk DocFunc, st newsgraph.Stage) (PetrarchResult, error) {
	var res PetrarchResult
	b, err := os.ReadFile(xmlPath)
	if err != nil {
		return res, err
	}
	var pf petrFile
	dec := xml.NewDecoder(strings.NewReader(string(b)))
	dec.Strict = false
	if err := dec.Decode(&pf); err != nil {
		return res, fmt.Errorf("%s: %w", xmlPath, err)
	}
	seen := 0
	for _, s := range pf.Sentences {
		txt := strings.Join(strings.Fields(s.Text), " ")
		if txt == "" || len(s.Codings) == 0 {
			continue
		}
		seen++
		if !inSplit(seen - 1) {
			continue
		}
		res.Records++
		day, _ := time.Parse("20060102", s.Date) // zero when absent
		evs := codeOn(ctx, st, mk, txt, day)
		res.Produced += len(evs)
		got := map[string]bool{}
		for _, e := range evs {
			sc, tc := "", ""
			if e.Source != nil {
				sc = e.Source.Code
			}
			if e.Target != nil {
				tc = e.Target.Code
			}
			got[sc+"|"+tc+"|"+e.Code] = true
		}
		pass := true
		var want []string
		for _, c := range s.Codings {
			c.Source, c.Target = petrCode(c.Source), petrCode(c.Target)
			if strings.EqualFold(strings.TrimSpace(c.NoEvents), "true") {
				want = append(want, "none")
				pass = pass && len(evs) == 0
				continue
			}
			res.Expected++
			k := c.Source + "|" + c.Target + "|" + c.Event
			want = append(want, fmt.Sprintf("%s(%s→%s)", c.Event, c.Source, c.Target))
			if got[k] {
				res.Found++
			} else {
				pass = false
			}
		}
		dump("petrarch", res.Records-1, txt, strings.Join(want, " "), evs)
		if pass {
			res.Passed++
		} else {
			res.Misses = append(res.Misses, Miss{Text: txt, Want: strings.Join(want, " "), Got: codes(evs)})
		}
	}
	return res, nil
}

// petrCode reads PETRARCH's placeholder for an unknown country: "---" is
// no actor, "---GOV" a government actor of no known country, which the
// coder writes as its agent alone (GOV).
func petrCode(c string) string {
	return strings.TrimPrefix(c, "---")
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// inSplit reports whether the i-th scored record (from 0) is in the split
// named by the environment variable EVENTEVAL_SPLIT: "even" or "odd" keep
// every other record, so rules are developed on one half and confirmed on
// the other; anything else keeps all.
func inSplit(i int) bool {
	switch os.Getenv("EVENTEVAL_SPLIT") {
	case "even":
		return i%2 == 0
	case "odd":
		return i%2 == 1
	}
	return true
}

// dump writes one scored record to standard error when EVENTEVAL_DUMP is
// set, for error analysis.
func dump(set string, i int, txt, want string, evs []newsgraph.Event) {
	if os.Getenv("EVENTEVAL_DUMP") == "" {
		return
	}
	fmt.Fprintf(os.Stderr, "%s\t%d\t%s\tWANT %s\tGOT %s\n", set, i, txt, want, codes(evs))
}
