package sqlite

import (
	"context"
	"fmt"
	"testing"

	"newsgraph"
)

// benchRecord returns a record of realistic size: ~4 kB of text, 20
// entities with 3 mentions each, 8 quotes, 10 times, 5 places, 12 events.
func benchRecord(i int) newsgraph.Record {
	r := corpus()[0]
	r.ID = fmt.Sprintf("bench-%08d", i)
	for len(r.Text) < 4000 {
		r.Text += " The ministers met again in the capital and said the talks would continue next week."
	}
	r.Entities = nil
	for e := 0; e < 20; e++ {
		ent := newsgraph.RecEntity{ID: fmt.Sprintf("E%d", e+1), Type: "PERSON", Name: fmt.Sprintf("Person %d", e), Code: "USAGOV"}
		for m := 0; m < 3; m++ {
			ent.Mentions = append(ent.Mentions, newsgraph.RecMention{Start: m * 10, End: m*10 + 6, Text: "Person", Kind: "NAME"})
		}
		r.Entities = append(r.Entities, ent)
	}
	q := r.Quotes[0]
	r.Quotes = nil
	for n := 0; n < 8; n++ {
		r.Quotes = append(r.Quotes, q)
	}
	t := r.Times[0]
	r.Times = nil
	for n := 0; n < 10; n++ {
		r.Times = append(r.Times, t)
	}
	p := r.Places[0]
	r.Places = nil
	for n := 0; n < 5; n++ {
		p.ID = fmt.Sprintf("P%d", n+1)
		r.Places = append(r.Places, p)
	}
	ev := r.Events[0]
	r.Events = nil
	for n := 0; n < 12; n++ {
		r.Events = append(r.Events, ev)
	}
	return r
}

func BenchmarkPutArticle(b *testing.B) {
	db := openTest(b)
	ctx := context.Background()
	recs := make([]newsgraph.Record, b.N)
	for i := range recs {
		recs[i] = benchRecord(i)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := db.PutArticle(ctx, recs[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkPutArticles64(b *testing.B) {
	db := openTest(b)
	ctx := context.Background()
	recs := make([]newsgraph.Record, b.N)
	for i := range recs {
		recs[i] = benchRecord(i)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i += 64 {
		j := min(i+64, b.N)
		if _, err := db.PutArticles(ctx, recs[i:j]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkEventsByActor(b *testing.B) {
	db := openTest(b)
	ctx := context.Background()
	var recs []newsgraph.Record
	for i := 0; i < 2000; i++ {
		recs = append(recs, benchRecord(i))
	}
	if _, err := db.PutArticles(ctx, recs); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := db.Events(ctx, EventFilter{Actor: "rubio", Code: "04", From: "2025-02", Limit: 100}); err != nil {
			b.Fatal(err)
		}
	}
}
