package timexeval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newsgraph/ner"
	"newsgraph/text"
	"newsgraph/timex"
)

// TestTBAQSplit reports the figures on the two halves of TBAQ-cleaned
// (TimeBank and AQUAINT) separately, and on the even- and odd-numbered
// documents in path order, so that a change can be developed on one half
// (even) and checked on the other (odd). The tokens carry POS tags, as in
// `newsgraph eval timeml`. TIMEX_ERRORS=FILE writes every outcome
// (disagreements, and "correct" for a right value) of the even half to FILE
// (TIMEX_ERRORS_HALF=odd or all for the others).
func TestTBAQSplit(t *testing.T) {
	root := tbaqDir(t)
	tag := posTagger(t)
	for _, part := range []string{"TimeBank", "AQUAINT"} {
		docs, err := LoadDir(filepath.Join(root, part))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %s", part, Score(docs, tag, nil))
	}
	all, err := LoadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	var even, odd []*Doc
	for i, d := range all {
		if i%2 == 0 {
			even = append(even, d)
		} else {
			odd = append(odd, d)
		}
	}
	half := os.Getenv("TIMEX_ERRORS_HALF")
	for _, h := range []struct {
		name string
		docs []*Doc
	}{{"even", even}, {"odd", odd}, {"all", all}} {
		var errs []Error
		s := score(h.docs, tag, func(e Error) { errs = append(errs, e) })
		t.Logf("%s: %s (value F1 %.4f: %d right of %d system, %d gold)", h.name, s, s.ValueF1, s.ValueTP, s.System, s.Gold)
		if dump := os.Getenv("TIMEX_ERRORS"); dump != "" && (h.name == half || half == "" && h.name == "even") {
			writeErrors(t, dump, errs)
		}
	}
}

// posTagger runs the text segmenter, the POS tagger and the timex stage,
// as `newsgraph eval timeml` does.
func posTagger(t *testing.T) Tagger {
	st, err := timex.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	pm, err := ner.LoadPOS()
	if err != nil {
		t.Fatal(err)
	}
	return PipelineTagger(text.New(), ner.NewPOSStage(pm), st)
}

func writeErrors(t *testing.T, path string, errs []Error) {
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Kind < errs[j].Kind })
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, e := range errs {
		g, sy := "-", "-"
		if e.Gold != nil {
			g = fmt.Sprintf("%q %s %s", e.Gold.Text, e.Gold.Type, e.Gold.Value)
		}
		if e.Sys != nil {
			sy = fmt.Sprintf("%q %s %s %s", e.Sys.Text, e.Sys.Type, e.Sys.Value, e.Sys.Rule)
		}
		fmt.Fprintf(f, "%s\t%s\tgold=%s\tsys=%s\t| %s\n", e.Kind, e.Doc, g, sy, e.Context)
	}
}

// TestTBAQDoc prints the gold and system expressions of the documents
// named by TIMEX_DOC (comma-separated DOCIDs), for error analysis.
func TestTBAQDoc(t *testing.T) {
	want := os.Getenv("TIMEX_DOC")
	if want == "" {
		t.Skip("set TIMEX_DOC=DOCID[,DOCID...]")
	}
	docs, err := LoadDir(tbaqDir(t))
	if err != nil {
		t.Fatal(err)
	}
	tag := posTagger(t)
	ids := map[string]bool{}
	for _, id := range strings.Split(want, ",") {
		ids[id] = true
	}
	for _, d := range docs {
		if !ids[d.ID] {
			continue
		}
		t.Logf("== %s DCT %s", d.ID, d.DCT.Format("2006-01-02"))
		sys := tag(d.Text, d.DCT)
		gi, si := 0, 0
		for gi < len(d.Gold) || si < len(sys) {
			if si >= len(sys) || gi < len(d.Gold) && d.Gold[gi].Start <= sys[si].Start {
				g := d.Gold[gi]
				t.Logf("  gold %5d %-30q %-8s %s", g.Start, g.Text, g.Type, g.Value)
				gi++
				continue
			}
			s := sys[si]
			a, b := max(0, s.Start-60), min(len(d.Text), s.End+40)
			t.Logf("  sys  %5d %-30q %-8s %-14s %-20s | %s", s.Start, s.Text, s.Type, s.Value, s.Rule, strings.ReplaceAll(d.Text[a:b], "\n", " "))
			si++
		}
	}
}
