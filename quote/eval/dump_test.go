package quoteeval

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

// TestDumpErrors writes missed direct gold and speaker errors (train split)
// when QUOTE_DUMP is set.
func TestDumpErrors(t *testing.T) {
	out := os.Getenv("QUOTE_DUMP")
	if out == "" {
		t.Skip("set QUOTE_DUMP=file to write an error listing")
	}
	dumpErrors(t, "train", out, standIn(t))
}

func dumpErrors(t *testing.T, split, out string, run Pipeline) {
	arts, err := LoadSplit(dataDir(t), split)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Create(out)
	defer f.Close()
	right, wrong := map[string]int{}, map[string]int{}
	defer func() {
		keys := make([]string, 0, len(right)+len(wrong))
		for k := range right {
			keys = append(keys, k)
		}
		for k := range wrong {
			if right[k] == 0 {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(f, "SIEVE %-50s right %5d wrong %4d\n", k, right[k], wrong[k])
		}
	}()
	for _, a := range arts {
		doc := run(a.Text, a.Published)
		fmt.Fprintf(f, "=== %s\n", a.Name)
		for _, g := range a.Gold {
			best, bestN := -1, 0
			for i, q := range doc.Quotes {
				if g.Direct && !q.Direct {
					continue // as the scorer's Direct figures
				}
				if n := overlapLen(g.Content, q.Span); n > bestN {
					best, bestN = i, n
				}
			}
			c := g.Content[0]
			content := a.Text[c.Start:min(c.End, c.Start+150)]
			src := ""
			if len(g.Source) > 0 {
				src = a.Text[g.Source[0].Start:g.Source[0].End]
			}
			ctx := a.Text[max(0, c.Start-100):min(len(a.Text), g.Content[len(g.Content)-1].End+80)]
			if best < 0 {
				fmt.Fprintf(f, "MISS direct=%v src=%q\n  %q\n  ctx=%q\n", g.Direct, src, content, ctx)
				continue
			}
			q := doc.Quotes[best]
			if src != "" && g.Direct {
				if speakerRight(q.Speaker, g.Source, doc) {
					right[q.Sieve]++
				} else {
					wrong[q.Sieve]++
				}
			}
			if src != "" && !speakerRight(q.Speaker, g.Source, doc) {
				ps := "<nil>"
				if q.Speaker != nil {
					ps = a.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] + " / " + q.Speaker.Name
				}
				fmt.Fprintf(f, "SPK direct=%v gold=%q pred=%q sieve=%s\n  %q\n  ctx=%q\n", g.Direct, src, ps, q.Sieve, content, ctx)
			}
		}
		for _, q := range doc.Quotes {
			hit := false
			for _, g := range a.Gold {
				if overlapLen(g.Content, q.Span) > 0 {
					hit = true
				}
			}
			if !hit {
				fmt.Fprintf(f, "FP direct=%v %q sieve=%s\n", q.Direct, a.Text[q.Start:min(q.End, q.Start+150)], q.Sieve)
			}
		}
	}
}
