package event

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"newsgraph"
	"newsgraph/text"
)

// builder makes annotated documents by hand: mentions, times and places are
// found by substring. A spec "context|sub" finds context first, then sub
// inside it; a plain spec is its own context. Each spec is searched after
// the previous match of the same builder call only when it has no context.
type builder struct {
	t   testing.TB
	doc *newsgraph.Document
}

func newBuilder(t testing.TB, txt, published string) *builder {
	doc := &newsgraph.Document{Text: txt}
	if published != "" {
		p, err := time.Parse("2006-01-02", published)
		if err != nil {
			t.Fatal(err)
		}
		doc.Published = p
	}
	if err := text.New().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	return &builder{t: t, doc: doc}
}

func (b *builder) find(spec string) newsgraph.Span {
	ctx, sub, ok := strings.Cut(spec, "|")
	if !ok {
		sub = ctx
	}
	i := strings.Index(b.doc.Text, ctx)
	if i < 0 {
		b.t.Fatalf("context %q not in text", ctx)
	}
	j := strings.Index(ctx, sub)
	if j < 0 {
		b.t.Fatalf("%q not in %q", sub, ctx)
	}
	return newsgraph.Span{Start: i + j, End: i + j + len(sub)}
}

var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "his": true, "her": true,
	"its": true, "their": true, "who": true, "we": true, "i": true}

// entity adds an entity with its mentions and returns its index.
func (b *builder) entity(name string, typ newsgraph.EntityType, country, code string, specs ...string) int {
	ei := len(b.doc.Entities)
	b.doc.Entities = append(b.doc.Entities, newsgraph.Entity{ID: fmt.Sprintf("E%d", ei+1), Type: typ,
		Name: name, Country: country, Code: code, Place: -1})
	for _, sp := range specs {
		s := b.find(sp)
		txt := b.doc.Text[s.Start:s.End]
		kind := newsgraph.Name
		low := strings.ToLower(txt)
		switch {
		case pronouns[low]:
			kind = newsgraph.Pronoun
		case strings.HasPrefix(low, "the ") || strings.HasPrefix(low, "his ") || strings.HasPrefix(low, "several "):
			kind = newsgraph.Nominal
		}
		b.doc.Mentions = append(b.doc.Mentions, newsgraph.Mention{Span: s, Text: txt, Kind: kind, Type: typ,
			Country: country, Code: code, Entity: ei, Source: "test"})
	}
	return ei
}

func (b *builder) time(spec, value string, typ newsgraph.TimeType) {
	s := b.find(spec)
	b.doc.Times = append(b.doc.Times, newsgraph.TimeExpr{Span: s, Text: b.doc.Text[s.Start:s.End], Type: typ, Value: value})
}

func (b *builder) place(name, country, feature string, specs ...string) int {
	pi := len(b.doc.Places)
	p := newsgraph.Place{ID: fmt.Sprintf("P%d", pi+1), Name: name, Country: country, Feature: feature}
	for _, sp := range specs {
		p.Mentions = append(p.Mentions, b.find(sp))
	}
	b.doc.Places = append(b.doc.Places, p)
	return pi
}

// finish sorts mentions by offset and fills Entity.Mentions.
func (b *builder) finish() *newsgraph.Document {
	d := b.doc
	sort.SliceStable(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	for i := range d.Entities {
		d.Entities[i].Mentions = nil
	}
	for mi, m := range d.Mentions {
		d.Entities[m.Entity].Mentions = append(d.Entities[m.Entity].Mentions, mi)
	}
	sort.SliceStable(d.Times, func(i, j int) bool { return d.Times[i].Start < d.Times[j].Start })
	return d
}

func describe(doc *newsgraph.Document, e newsgraph.Event) string {
	name := func(a *newsgraph.Actor) string {
		if a == nil {
			return "-"
		}
		return a.Name + "/" + a.Code
	}
	place := "-"
	if e.Place >= 0 && e.Place < len(doc.Places) {
		place = doc.Places[e.Place].Name
	}
	ev := ""
	if len(e.Evidence) > 0 {
		ev = doc.Text[e.Evidence[0].Start:e.Evidence[0].End]
		if len(ev) > 70 {
			ev = ev[:70] + "…"
		}
	}
	return fmt.Sprintf("%s %s -> %s date=%s(%s) place=%s %s g=%.1f q=%d ev=%d [%s] %q", e.Code, name(e.Source), name(e.Target),
		e.Date, e.DateSource, place, e.Modality, e.Goldstein, e.QuadClass, len(e.Evidence), e.Pattern, ev)
}
