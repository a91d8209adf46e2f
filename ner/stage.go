package ner

import (
	"context"
	"errors"
	"sort"

	"newsgraph"
	"newsgraph/eval/conll"
)

// tokenWords appends the model input of tokens: Norm, or Text when Norm is
// empty.
func tokenWords(dst []string, toks []newsgraph.Token) []string {
	for i := range toks {
		w := toks[i].Norm
		if w == "" {
			w = toks[i].Text
		}
		dst = append(dst, w)
	}
	return dst
}

func sentenceTokens(doc *newsgraph.Document, s newsgraph.Sentence) ([]newsgraph.Token, error) {
	if s.FirstToken < 0 || s.EndToken > len(doc.Tokens) || s.FirstToken > s.EndToken {
		return nil, errors.New("sentence token range out of bounds")
	}
	return doc.Tokens[s.FirstToken:s.EndToken], nil
}

type posStage struct{ m *Model }

// NewPOSStage returns a stage that fills Token.POS with Penn Treebank tags,
// one sentence at a time.
func NewPOSStage(m *Model) newsgraph.Stage { return posStage{m} }

func (posStage) Name() string { return "pos" }
func (posStage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerSentences, newsgraph.LayerTokens}
}
func (posStage) Provides() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerPOS} }

func (st posStage) Process(ctx context.Context, doc *newsgraph.Document) error {
	var tags []int
	return eachSentence(ctx, doc, func(toks []newsgraph.Token, words []string) error {
		tags = st.m.TagIndices(tags[:0], words)
		for i := range toks {
			toks[i].POS = st.m.tags[tags[i]]
		}
		return nil
	})
}

// eachSentence calls fn with the tokens of every non-empty sentence of doc
// (a slice of doc.Tokens, so fn may set their fields) and the words the
// models read (Token.Norm). It stops at the first error and when ctx ends.
func eachSentence(ctx context.Context, doc *newsgraph.Document, fn func(toks []newsgraph.Token, words []string) error) error {
	var words []string
	for _, s := range doc.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		toks, err := sentenceTokens(doc, s)
		if err != nil {
			return err
		}
		if len(toks) == 0 {
			continue
		}
		words = tokenWords(words[:0], toks)
		if err := fn(toks, words); err != nil {
			return err
		}
	}
	return nil
}

type nerStage struct{ m *Model }

// NewNERStage returns a stage that fills Token.NER with IOB2 tags and adds
// one NAME mention (Source "ner", Entity -1) per predicted entity span,
// keeping Document.Mentions sorted by Start. It does not use POS tags.
func NewNERStage(m *Model) newsgraph.Stage { return nerStage{m} }

func (nerStage) Name() string { return "ner" }
func (nerStage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerSentences, newsgraph.LayerTokens}
}
func (nerStage) Provides() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerNER} }

// EntityType maps a CoNLL entity type to newsgraph's; ok is false for an
// unknown type.
func EntityType(conllType string) (t newsgraph.EntityType, ok bool) {
	switch conllType {
	case "PER":
		return newsgraph.Person, true
	case "ORG":
		return newsgraph.Org, true
	case "LOC":
		return newsgraph.Loc, true
	case "MISC":
		return newsgraph.Misc, true
	}
	return "", false
}

func (st nerStage) Process(ctx context.Context, doc *newsgraph.Document) error {
	var tags []string
	added := 0
	err := eachSentence(ctx, doc, func(toks []newsgraph.Token, words []string) error {
		tags = st.m.TagInto(tags[:0], words)
		dropTitles(words, tags)
		for i := range toks {
			toks[i].NER = tags[i]
		}
		for _, c := range conll.Chunks(tags) {
			typ, ok := EntityType(c.Type)
			if !ok {
				continue
			}
			first, last := toks[c.Start], toks[c.End-1]
			span := newsgraph.Span{Start: first.Start, End: last.End}
			if span.Start < 0 || span.End > len(doc.Text) || span.Start > span.End {
				return errors.New("token offsets out of range")
			}
			head := last.Text
			doc.Mentions = append(doc.Mentions, newsgraph.Mention{
				Span:   span,
				Text:   doc.Text[span.Start:span.End],
				Kind:   newsgraph.Name,
				Type:   typ,
				Head:   head,
				Entity: -1,
				Source: "ner",
			})
			added++
		}
		return nil
	})
	if err != nil {
		return err
	}
	if added > 0 {
		sort.SliceStable(doc.Mentions, func(i, j int) bool { return doc.Mentions[i].Start < doc.Mentions[j].Start })
	}
	return nil
}

// Evaluate tags the sentences with m and scores the result against the
// 1-based column (chunk P/R/F1 and token accuracy).
func Evaluate(m *Model, sents []Sentence, column int) (*conll.Scorer, error) {
	var sc conll.Scorer
	var pred []string
	for _, s := range sents {
		gold := s.Column(column)
		if gold == nil {
			return nil, errors.New("evaluate: sentence lacks the gold column")
		}
		pred = m.TagInto(pred[:0], s.Words())
		if err := sc.Add(gold, pred); err != nil {
			return nil, err
		}
	}
	return &sc, nil
}

var personTitles = map[string]bool{
	"Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true,
	"Dr": true, "Dr.": true, "Sir": true, "Dame": true, "Lord": true, "Lady": true,
}

// dropTitles takes a leading courtesy title out of a person span, as the
// CoNLL-2003 guidelines do: "Mr/B-PER Starmer/I-PER" becomes
// "Mr/O Starmer/B-PER".
func dropTitles(words, tags []string) {
	for i := 0; i+1 < len(tags); i++ {
		if tags[i] == "B-PER" && tags[i+1] == "I-PER" && personTitles[words[i]] {
			tags[i], tags[i+1] = "O", "B-PER"
		}
	}
}
