package quoteeval

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"newsgraph"
	"newsgraph/actor"
	"newsgraph/coref"
	"newsgraph/geo"
	"newsgraph/ner"
	"newsgraph/quote"
	"newsgraph/text"
	"newsgraph/timex"
)

// TestDumpFullErrors is TestDumpErrors with the real stages up to quote
// (set QUOTE_FULLDUMP=file; QUOTE_SPLIT=dev|train, default train).
func TestDumpFullErrors(t *testing.T) {
	out := os.Getenv("QUOTE_FULLDUMP")
	if out == "" {
		t.Skip("set QUOTE_FULLDUMP=file to write an error listing with the full pipeline")
	}
	if in := os.Getenv("QUOTE_TEXT"); in != "" {
		b, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		explainText(t, string(b))
		return
	}
	split := os.Getenv("QUOTE_SPLIT")
	if split == "" {
		split = "train"
	}
	p := fullPipeline(t)
	run := fullRun(t, p)
	dumpErrors(t, split, out, run)
}

func fullRun(t *testing.T, p *newsgraph.Pipeline) Pipeline {
	return func(txt string, pub time.Time) *newsgraph.Document {
		doc := &newsgraph.Document{Text: txt, Published: pub}
		if err := p.Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		return doc
	}
}

func fullPipeline(t *testing.T) *newsgraph.Pipeline {
	pos, err := ner.LoadPOS()
	if err != nil {
		t.Fatal(err)
	}
	nm, err := ner.LoadNER()
	if err != nil {
		t.Fatal(err)
	}
	kb, err := actor.Load()
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	tx, err := timex.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	qs, err := quote.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	p, err := newsgraph.NewPipeline(text.New(), ner.NewPOSStage(pos), ner.NewNERStage(nm), actor.NewStage(kb), coref.NewStage(kb), tx, geo.NewStage(gaz), qs)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// explainText prints the tokens (with POS), mentions and quotes of a text.
func explainText(t *testing.T, txt string) {
	doc := fullRun(t, fullPipeline(t))(txt, time.Time{})
	var b strings.Builder
	for _, tk := range doc.Tokens {
		fmt.Fprintf(&b, "%s/%s ", tk.Text, tk.POS)
	}
	t.Log(b.String())
	for _, m := range doc.Mentions {
		t.Logf("mention %q entity %d", m.Text, m.Entity)
	}
	for _, q := range doc.Quotes {
		sp := "<nil>"
		if q.Speaker != nil {
			sp = txt[q.Speaker.Mention.Start:q.Speaker.Mention.End]
		}
		t.Logf("quote %q speaker %q sieve %s", txt[q.Start:q.End], sp, q.Sieve)
	}
}

// TestQuoteTiming reports the quote stage's share of the time of the
// stages up to it on the train split (set QUOTE_TIMING=1).
func TestQuoteTiming(t *testing.T) {
	if os.Getenv("QUOTE_TIMING") == "" {
		t.Skip("set QUOTE_TIMING=1 to time the quote stage")
	}
	arts, err := LoadSplit(dataDir(t), "train")
	if err != nil {
		t.Fatal(err)
	}
	full := fullPipeline(t)
	qs, err := quote.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	var before, inQuote time.Duration
	for _, a := range arts {
		doc := &newsgraph.Document{Text: a.Text, Published: a.Published}
		start := time.Now()
		if err := full.Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		before += time.Since(start)
		doc.Quotes = nil
		start = time.Now()
		if err := qs.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		inQuote += time.Since(start)
	}
	t.Logf("stages up to quote (incl.) %v, quote alone %v (%.1f%%)", before, inQuote, 100*float64(inQuote)/float64(before))
}
