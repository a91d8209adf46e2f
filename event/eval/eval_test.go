package eventeval

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"newsgraph/event"
)

// dataDir is the development data, ../shared/data from the repository root.
const dataDir = "../../../shared/data"

func need(t *testing.T, rel string) string {
	p := filepath.Join(dataDir, filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		t.Skipf("development data not found at %s: skipping (it lives in ../shared/data from the repo root)", p)
	}
	return p
}

func standIn(t *testing.T) DocFunc {
	lex := NewLexicon()
	f, err := os.Open("testdata/countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := lex.LoadTSV(f); err != nil {
		t.Fatal(err)
	}
	return StandIn(lex)
}

func logMisses(t *testing.T, ms []Miss, n int) {
	for i, m := range ms {
		if i == n {
			break
		}
		t.Logf("miss: want %s got [%s]: %.120s", m.Want, m.Got, m.Text)
	}
}

func TestCodebookExamples(t *testing.T) {
	path := need(t, "cameo_codebook/icews_cameo-codes.csv")
	st, err := event.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	res, err := ScoreCodebook(context.Background(), path, standIn(t), st)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("codebook examples: %d sentences (%d skipped as multi-event), coded %d, first-event root accuracy %.3f, any-event root %.3f",
		res.Sentences, res.SkippedMix, res.Coded, res.Accuracy(), float64(res.AnyRoot)/float64(max(res.Sentences, 1)))
	if testing.Verbose() {
		logMisses(t, res.Misses, 400)
	}
	if res.Sentences < 150 {
		t.Errorf("only %d example sentences scored", res.Sentences)
	}
	if res.Accuracy() < 0.30 {
		t.Errorf("codebook root accuracy %.3f below the floor 0.30", res.Accuracy())
	}
}

func TestPloverGold(t *testing.T) {
	gsr := need(t, "plover_gsr/PLOVER_GSR_CAMEO.txt")
	mp := need(t, "plover_gsr/CAMEO2PLOVER-2021.txt")
	st, err := event.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	res, err := ScorePlover(context.Background(), gsr, mp, standIn(t), st)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("PLOVER gold: %d records, coded %d, category accuracy %.3f, source country %.3f (%d/%d), target country %.3f (%d/%d)",
		res.Records, res.Coded, res.CategoryAccuracy(), res.SourceAccuracy(), res.SourceCountry, res.SourceGold,
		res.TargetAccuracy(), res.TargetCountry, res.TargetGold)
	if testing.Verbose() {
		logMisses(t, res.Misses, 60)
	}
	if res.Records < 300 {
		t.Errorf("only %d records scored", res.Records)
	}
}

func TestPetrarchUnitTests(t *testing.T) {
	xmlPath := need(t, "petrarch/petrarch2/text/PETR.UnitTest.records.xml")
	dict := need(t, "petrarch/petrarch2/dictionaries")
	lex := NewLexicon()
	for name, load := range map[string]func(*os.File) error{
		"PETR.Validate.actors.txt": func(f *os.File) error { return lex.LoadPetrarchActors(f) },
		"PETR.Validate.agents.txt": func(f *os.File) error { return lex.LoadPetrarchAgents(f) },
	} {
		f, err := os.Open(filepath.Join(dict, name))
		if err != nil {
			t.Fatal(err)
		}
		err = load(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	vf, err := os.Open(filepath.Join(dict, "PETR.Validate.verbs.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer vf.Close()
	st, err := event.NewStage(event.WithoutBuiltinPatterns(), event.WithPetrarchVerbs(vf))
	if err != nil {
		t.Fatal(err)
	}
	res, err := ScorePetrarch(context.Background(), xmlPath, StandIn(lex), st)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("PETRARCH unit tests: %d records, pass rate %.3f (%d), coding recall %.3f (%d/%d), %d events produced",
		res.Records, res.PassRate(), res.Passed, res.Recall(), res.Found, res.Expected, res.Produced)
	if testing.Verbose() {
		logMisses(t, res.Misses, 40)
	}
	if res.Records < 200 {
		t.Errorf("only %d records parsed", res.Records)
	}
}

// TestPetrarchExtension measures whether adding PETRARCH's CAMEO.2.0 verb
// dictionary to the built-in patterns helps on the codebook examples and
// the PLOVER records (it is an option, off by default).
func TestPetrarchExtension(t *testing.T) {
	csvPath := need(t, "cameo_codebook/icews_cameo-codes.csv")
	gsr := need(t, "plover_gsr/PLOVER_GSR_CAMEO.txt")
	mp := need(t, "plover_gsr/CAMEO2PLOVER-2021.txt")
	dict := need(t, "petrarch/petrarch2/dictionaries/CAMEO.2.0.txt")
	f, err := os.Open(dict)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := event.NewStage(event.WithPetrarchVerbs(f))
	if err != nil {
		t.Fatal(err)
	}
	mk := standIn(t)
	cb, err := ScoreCodebook(context.Background(), csvPath, mk, st)
	if err != nil {
		t.Fatal(err)
	}
	pl, err := ScorePlover(context.Background(), gsr, mp, mk, st)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("with PETRARCH verbs: codebook root accuracy %.3f (coded %d/%d); PLOVER category %.3f, source %.3f, target %.3f",
		cb.Accuracy(), cb.Coded, cb.Sentences, pl.CategoryAccuracy(), pl.SourceAccuracy(), pl.TargetAccuracy())
}

// TestBBCSample codes BBC politics articles (unlabelled) to watch the event
// rate and the root mix: a flood of events per sentence would show here.
func TestBBCSample(t *testing.T) {
	dir := need(t, "bbc_news/politics")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skip("no BBC politics articles")
	}
	if len(files) > 200 {
		files = files[:200]
	}
	st, err := event.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	mk := standIn(t)
	roots := map[string]int{}
	mods := map[string]int{}
	sents, evs := 0, 0
	var examples []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		doc := mk(string(b), time.Time{})
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		sents += len(doc.Sentences)
		evs += len(doc.Events)
		for _, e := range doc.Events {
			roots[e.Root()]++
			mods[string(e.Modality)]++
			if len(examples) < 30 && len(e.Evidence) > 0 {
				ev := doc.Text[e.Evidence[0].Start:e.Evidence[0].End]
				s, g := "-", "-"
				if e.Source != nil {
					s = e.Source.Name
				}
				if e.Target != nil {
					g = e.Target.Name
				}
				examples = append(examples, e.Code+" "+s+" -> "+g+" ["+e.Pattern+"] "+ev)
			}
		}
	}
	t.Logf("BBC politics: %d articles, %d sentences, %d events (%.3f per sentence); roots %v; modality %v",
		len(files), sents, evs, float64(evs)/float64(max(sents, 1)), roots, mods)
	if testing.Verbose() {
		for _, x := range examples {
			t.Logf("  %.220s", x)
		}
	}
}

func TestPetrCode(t *testing.T) {
	for in, want := range map[string]string{"---": "", "---GOV": "GOV", "USAGOV": "USAGOV", "": ""} {
		if got := petrCode(in); got != want {
			t.Errorf("petrCode(%q) = %q, want %q", in, got, want)
		}
	}
}
