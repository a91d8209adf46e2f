package anchor

import (
	"context"
	"strings"
	"testing"
	"time"

	"newsgraph"
)

// builder lays out a hand-built document: sentences split after ". ",
// times, places and quotes found by their text.
type builder struct {
	t   *testing.T
	doc *newsgraph.Document
}

func newDoc(t *testing.T, text string) *builder {
	doc := &newsgraph.Document{Text: text, Published: time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)}
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], ". ")
		if end < 0 {
			end = len(text)
		} else {
			end = start + end + 1
		}
		doc.Sentences = append(doc.Sentences, newsgraph.Sentence{Span: newsgraph.Span{Start: start, End: end}})
		start = end
		for start < len(text) && text[start] == ' ' {
			start++
		}
	}
	return &builder{t, doc}
}

func (b *builder) span(s string, nth int) newsgraph.Span {
	b.t.Helper()
	from := 0
	for k := 0; ; k++ {
		i := strings.Index(b.doc.Text[from:], s)
		if i < 0 {
			b.t.Fatalf("%q not in text", s)
		}
		if k == nth {
			return newsgraph.Span{Start: from + i, End: from + i + len(s)}
		}
		from += i + 1
	}
}

func (b *builder) time(s, value string) {
	sp := b.span(s, 0)
	b.doc.Times = append(b.doc.Times, newsgraph.TimeExpr{Span: sp, Text: s, Type: newsgraph.Date, Value: value})
}

func (b *builder) place(name string, mentions ...string) int {
	p := newsgraph.Place{ID: "P" + string(rune('1'+len(b.doc.Places))), Name: name}
	for _, m := range mentions {
		p.Mentions = append(p.Mentions, b.span(m, 0))
	}
	b.doc.Places = append(b.doc.Places, p)
	return len(b.doc.Places) - 1
}

func (b *builder) quote(content, cue string) {
	c := b.span(cue, 0)
	b.doc.Quotes = append(b.doc.Quotes, newsgraph.Quote{Span: b.span(content, 0), Cue: &c, Place: -1})
}

func (b *builder) event(evidence, date, source string, place int) {
	b.doc.Events = append(b.doc.Events, newsgraph.Event{Code: "040", Evidence: []newsgraph.Span{b.span(evidence, 0)},
		Date: date, DateSource: source, Place: place})
}

func (b *builder) run() *newsgraph.Document {
	b.t.Helper()
	if err := NewStage().Process(context.Background(), b.doc); err != nil {
		b.t.Fatal(err)
	}
	return b.doc
}

func TestQuoteDateFromCueClause(t *testing.T) {
	b := newDoc(t, "The talks went well, Rubio said on Tuesday. He told reporters today that the vote would be on Friday. The minister, who took office in 2004, said the plan was dead. Officials said nothing.")
	b.time("Tuesday", "2025-07-08")
	b.time("today", "2025-07-10")
	b.time("Friday", "2025-07-11")
	b.time("2004", "2004")
	b.quote("The talks went well", "said")
	b.quote("the vote would be on Friday", "told reporters")
	b.quote("the plan was dead", "said the")
	b.quote("nothing", "said nothing")
	doc := b.run()
	want := []struct{ date, src string }{
		{"2025-07-08", "text"}, {"2025-07-10", "text"}, {"2025-07-10", "published"}, {"2025-07-10", "published"},
	}
	for i, w := range want {
		q := doc.Quotes[i]
		if q.Date != w.date || q.DateSource != w.src {
			t.Errorf("quote %d %q: date %s (%s), want %s (%s)", i, doc.Text[q.Start:q.End], q.Date, q.DateSource, w.date, w.src)
		}
	}
}

func TestQuoteDateInitialAdverbial(t *testing.T) {
	b := newDoc(t, "On Monday, the spokesman said the border was closed.")
	b.time("Monday", "2025-07-07")
	b.quote("the border was closed", "said")
	if q := b.run().Quotes[0]; q.Date != "2025-07-07" || q.DateSource != "text" {
		t.Errorf("date %s (%s), want 2025-07-07 (text)", q.Date, q.DateSource)
	}
}

func TestQuoteNoPublished(t *testing.T) {
	b := newDoc(t, "Officials said the border was closed.")
	b.doc.Published = time.Time{}
	b.quote("the border was closed", "said")
	if q := b.run().Quotes[0]; q.Date != "" || q.DateSource != "" || q.Place != -1 {
		t.Errorf("quote %+v, want no date, no place", q)
	}
}

func TestQuotePlace(t *testing.T) {
	b := newDoc(t, "Rubio met Lavrov at a summit in the Malaysian capital Kuala Lumpur. Rubio told reporters that the ideas were new. Lavrov said in Moscow that a deal in Paris would follow. A spokesman said nothing changed.")
	kl := b.place("Kuala Lumpur", "Kuala Lumpur")
	mos := b.place("Moscow", "Moscow")
	b.place("Paris", "Paris")
	b.quote("the ideas were new", "told reporters")
	b.quote("a deal in Paris would follow", "said in")
	b.quote("nothing changed", "said nothing")
	doc := b.run()
	if got := doc.Quotes[0].Place; got != kl {
		t.Errorf("venue in previous sentence: place %d, want %d (Kuala Lumpur)", got, kl)
	}
	if got := doc.Quotes[1].Place; got != mos {
		t.Errorf("said in Moscow: place %d, want %d", got, mos)
	}
	if got := doc.Quotes[2].Place; got != -1 {
		t.Errorf("no place: got %d, want -1", got)
	}
}

func TestDateline(t *testing.T) {
	for _, c := range []struct {
		text, place string
	}{
		{"KUALA LUMPUR — Ministers met.", "KUALA LUMPUR"},
		{"WASHINGTON (Reuters) - The Senate voted.", "WASHINGTON"},
		{"Gainesville, Ga. (AP) — A fire broke out.", "Gainesville, Ga."},
		{"ATHENS, Ga. -- The council met.", "ATHENS, Ga."},
		{"THE United States and Russia - talks.", ""},
		{"The United States said - nothing.", ""},
		{"He said: \"No\" — and left.", ""},
		{"", ""},
	} {
		sp, ok := Dateline(c.text)
		got := ""
		if ok {
			got = c.text[sp.Start:sp.End]
		}
		if got != c.place {
			t.Errorf("Dateline(%q) = %q, want %q", c.text, got, c.place)
		}
	}
}

func TestDatelinePlaceForQuotesAndEvents(t *testing.T) {
	b := newDoc(t, "KUALA LUMPUR — Ministers met on Thursday. A spokesman said nothing changed. Talks in Riyadh took place in February.")
	kl := b.place("Kuala Lumpur", "KUALA LUMPUR")
	ry := b.place("Riyadh", "Riyadh")
	b.time("Thursday", "2025-07-10")
	b.time("February", "2025-02")
	b.quote("nothing changed", "said")
	b.event("Ministers met", "2025-07-10", "published", -1)
	b.event("Talks in Riyadh took place in February", "2025-02", "text", ry)
	doc := b.run()
	if got := doc.Quotes[0].Place; got != kl {
		t.Errorf("quote place %d, want dateline %d", got, kl)
	}
	// the date stays the event stage's; only the place comes from the dateline
	if e := doc.Events[0]; e.Place != kl || e.Date != "2025-07-10" || e.DateSource != "published" {
		t.Errorf("event 0 = place %d date %s (%s), want dateline place, the event stage's date", e.Place, e.Date, e.DateSource)
	}
	if e := doc.Events[1]; e.Place != ry || e.Date != "2025-02" {
		t.Errorf("event 1 = place %d date %s, want Riyadh 2025-02 unchanged", e.Place, e.Date)
	}
}

func TestEventDateNotFromRelativeClause(t *testing.T) {
	b := newDoc(t, "Rubio met Lavrov, who has been in his role since 2004, and Tuesday's vote was discussed.")
	b.time("2004", "2004")
	b.time("Tuesday", "2025-07-08")
	b.event("Rubio met Lavrov", "2025-07-10", "published", -1)
	if e := b.run().Events[0]; e.Date != "2025-07-10" || e.DateSource != "published" || e.Place != -1 {
		t.Errorf("event = %s (%s) place %d, want published date kept, no place", e.Date, e.DateSource, e.Place)
	}
}

func TestEmptyAndBrokenDocs(t *testing.T) {
	doc := &newsgraph.Document{Text: "x"}
	doc.Quotes = []newsgraph.Quote{{Span: newsgraph.Span{Start: 5, End: 9}, Place: 3}}
	doc.Events = []newsgraph.Event{{Evidence: []newsgraph.Span{{Start: -3, End: 99}}, Place: 7, DateSource: "published"}}
	doc.Times = []newsgraph.TimeExpr{{Span: newsgraph.Span{Start: 0, End: 40}, Type: newsgraph.Date, Value: "2025"}}
	doc.Places = []newsgraph.Place{{Mentions: []newsgraph.Span{{Start: 0, End: 70}}}}
	if err := NewStage().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if doc.Quotes[0].Place != -1 {
		t.Errorf("quote place %d, want -1", doc.Quotes[0].Place)
	}
}

func TestPipelineOrder(t *testing.T) {
	s := NewStage()
	if s.Name() != "anchor" || len(s.Provides()) != 1 || s.Provides()[0] != newsgraph.Layer("anchors") {
		t.Errorf("stage %s provides %v", s.Name(), s.Provides())
	}
}
