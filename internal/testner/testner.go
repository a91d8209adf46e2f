// Package testner is a stand-in NER layer for the tests of the stages after
// NER (actors, coreference): a test names the entities of its text and gets
// the mentions a tagger would give.
package testner

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph"
)

// Names maps a surface name to its entity type.
type Names map[string]newsgraph.EntityType

// Apply adds a NAME mention for every whole-word occurrence of each name,
// longest names first and without overlaps, and keeps doc.Mentions sorted.
func (n Names) Apply(doc *newsgraph.Document) {
	names := make([]string, 0, len(n))
	for k := range n {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	taken := make([]bool, len(doc.Text))
	for _, name := range names {
		for off := 0; ; {
			i := strings.Index(doc.Text[off:], name)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(name)
			off = e
			if r, _ := utf8.DecodeLastRuneInString(doc.Text[:s]); s > 0 && wordRune(r) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(doc.Text[e:]); e < len(doc.Text) && wordRune(r) {
				continue
			}
			free := true
			for k := s; k < e; k++ {
				free = free && !taken[k]
			}
			if !free {
				continue
			}
			for k := s; k < e; k++ {
				taken[k] = true
			}
			doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: newsgraph.Span{Start: s, End: e}, Text: name,
				Kind: newsgraph.Name, Type: n[name], Entity: -1, Source: "ner"})
		}
	}
	sort.Slice(doc.Mentions, func(i, j int) bool { return doc.Mentions[i].Start < doc.Mentions[j].Start })
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
