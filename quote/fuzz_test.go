package quote

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"newsgraph"
	"newsgraph/text"
)

// FuzzQuotes feeds random text with random quotation marks: the stage must
// not panic, its spans must lie in the text and be ordered, and when the
// double marks are balanced (the derived text below) no direct quote may
// span more than one quotation.
func FuzzQuotes(f *testing.F) {
	for _, s := range []string{
		"He said: “We will win.” Then ‘maybe’ not.",
		"“a” b “c\nd” e \"f\" 'g' don’t Asean’s",
		"«x» ‹y› „z“ ”w”",
		"said said according to its, “",
		"\"\"\"''''’’’‘‘‘“““”””",
		"Mr X said that “he\n“would” go,” he said.",
	} {
		f.Add(s)
	}
	s, err := NewStage()
	if err != nil {
		f.Fatal(err)
	}
	seg := text.New()
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) || len(in) > 4096 {
			return
		}
		run := func(txt string) *newsgraph.Document {
			doc := &newsgraph.Document{Text: txt}
			doc.Tokens, doc.Sentences = seg.Segment(txt)
			// a mention on every capitalised token and pronoun
			for _, tk := range doc.Tokens {
				if isCapitalised(tk.Text) || tk.Norm == "he" || tk.Norm == "its" {
					e := -1
					if len(doc.Entities) < 3 {
						doc.Entities = append(doc.Entities, newsgraph.Entity{Name: tk.Text, Type: newsgraph.Org})
						e = len(doc.Entities) - 1
					}
					doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: tk.Span, Text: tk.Text, Entity: e, Kind: newsgraph.Pronoun})
				}
			}
			if err := s.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			checkQuotes(t, doc)
			return doc
		}
		run(in)
		// balanced: only curly double marks, inserted in pairs between words
		words := strings.Fields(strings.Map(func(r rune) rune {
			if isQuoteRune(r) {
				return -1
			}
			return r
		}, in))
		var b strings.Builder
		open := false
		for i, w := range words {
			if i > 0 {
				b.WriteByte(' ')
			}
			if !open && len(w)%3 == 0 {
				b.WriteString("“")
				open = true
			}
			b.WriteString(w)
			if open && len(w)%2 == 0 {
				b.WriteString("”")
				open = false
			}
		}
		if open {
			b.WriteString("”")
		}
		doc := run(b.String())
		for _, q := range doc.Quotes {
			if c := doc.Text[q.Start:q.End]; q.Direct && strings.ContainsAny(c, "“”") {
				t.Fatalf("direct quote %q spans more than one quotation in %q", c, doc.Text)
			}
		}
	})
}

func BenchmarkSeedArticle(b *testing.B) {
	doc := seedDoc(b)
	s := mustStage(b)
	b.SetBytes(int64(len(doc.Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc.Quotes = nil
		if err := s.Process(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLargeDocument runs the stage on the seed article repeated 200
// times (about 400 KB, 1,000 direct quotes) to show it scales linearly.
func BenchmarkLargeDocument(b *testing.B) {
	seed := seedDoc(b)
	txt := strings.Repeat(seed.Text+"\n", 200)
	doc := buildDoc(b, txt)
	// one mention per capitalised token, entities by surface
	ents := map[string]int{}
	for _, tk := range doc.Tokens {
		if isCapitalised(tk.Text) {
			e, ok := ents[tk.Text]
			if !ok {
				e = len(doc.Entities)
				ents[tk.Text] = e
				doc.Entities = append(doc.Entities, newsgraph.Entity{Name: tk.Text, Type: newsgraph.Person})
			}
			doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: tk.Span, Text: tk.Text, Kind: newsgraph.Name, Entity: e})
		}
	}
	s := mustStage(b)
	b.SetBytes(int64(len(txt)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := s.Process(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}
