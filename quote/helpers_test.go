package quote

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"newsgraph"
	"newsgraph/text"
)

// ent is a hand-built entity for tests: each mention is a substring of the
// text, optionally suffixed "#n" for its n-th occurrence (1-based).
type ent struct {
	name  string
	typ   newsgraph.EntityType
	ments []string
}

var testPronouns = map[string]bool{"he": true, "she": true, "it": true, "its": true, "they": true, "their": true, "his": true, "her": true, "we": true, "him": true}

// buildDoc segments txt with package text and adds the mentions and
// entities of ents; mentions with an empty entity name get Entity -1.
func buildDoc(t testing.TB, txt string, ents ...ent) *newsgraph.Document {
	t.Helper()
	doc := &newsgraph.Document{Text: txt}
	if err := text.New().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	type pm struct {
		m   newsgraph.Mention
		ent int
	}
	var ms []pm
	for ei, e := range ents {
		for _, spec := range e.ments {
			s, n := spec, 1
			if i := strings.LastIndex(spec, "#"); i > 0 {
				if k, err := strconv.Atoi(spec[i+1:]); err == nil {
					s, n = spec[:i], k
				}
			}
			pos := -1
			for from, c := 0, 0; c < n; c++ {
				i := indexWord(txt[from:], s)
				if i < 0 {
					t.Fatalf("mention %q (#%d) not in text", s, n)
				}
				pos = from + i
				from = pos + len(s)
			}
			kind := newsgraph.Name
			low := strings.ToLower(s)
			switch {
			case testPronouns[low]:
				kind = newsgraph.Pronoun
			case strings.HasPrefix(low, "the ") || strings.HasPrefix(low, "a "):
				kind = newsgraph.Nominal
			}
			eidx := ei
			if e.name == "" {
				eidx = -1
			}
			ms = append(ms, pm{newsgraph.Mention{Span: newsgraph.Span{Start: pos, End: pos + len(s)}, Text: s, Kind: kind, Type: e.typ, Head: s, Entity: eidx}, eidx})
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].m.Start < ms[j].m.Start })
	for i, e := range ents {
		doc.Entities = append(doc.Entities, newsgraph.Entity{ID: fmt.Sprintf("E%d", i+1), Type: e.typ, Name: e.name, Place: -1})
	}
	for i, m := range ms {
		doc.Mentions = append(doc.Mentions, m.m)
		if m.ent >= 0 {
			doc.Entities[m.ent].Mentions = append(doc.Entities[m.ent].Mentions, i)
		}
	}
	return doc
}

// indexWord is strings.Index restricted to whole-word matches.
func indexWord(s, sub string) int {
	for from := 0; from <= len(s); {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return -1
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(sub):])
		if (i == 0 || !isWord(before)) && (i+len(sub) == len(s) || !isWord(after)) {
			return i
		}
		from = i + 1
	}
	return -1
}

func mustStage(t testing.TB) *Stage {
	t.Helper()
	s, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func dumpQuotes(doc *newsgraph.Document) string {
	var b strings.Builder
	for _, q := range doc.Quotes {
		sp := "<nil>"
		if q.Speaker != nil {
			sp = fmt.Sprintf("%s[%d] %q", q.Speaker.Name, q.Speaker.Entity, doc.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End])
		}
		cue := ""
		if q.Cue != nil {
			cue = doc.Text[q.Cue.Start:q.Cue.End]
		}
		fmt.Fprintf(&b, "direct=%v %q\n    speaker=%s cue=%q sieve=%s\n", q.Direct, doc.Text[q.Start:q.End], sp, cue, q.Sieve)
	}
	return b.String()
}
