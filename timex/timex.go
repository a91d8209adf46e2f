// Package timex finds temporal expressions in news text and normalises them
// to TIMEX3 values relative to the document's publication date.
//
// The tagger works on the tokens of each sentence. Hyphenated tokens that
// contain letters ("50-minute", "mid-2024", "third-quarter") are split into
// pieces so that the same rules read "50 minute" and "mid 2024"; a match
// must still begin and end on token boundaries. At every position the rules
// are tried and the longest match wins; ties go to the earlier rule.
//
// Vocabulary (month and weekday names, number words, units, deictic words,
// modifiers, seasons, parts of day, frequency words and tense cues) lives in
// data/*.txt, embedded at build time and described in README.md.
package timex

import (
	"context"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsgraph"
)

// Stage is the temporal tagger. It is read-only after NewStage and safe for
// concurrent use.
type Stage struct {
	lx *lexicon
}

// NewStage loads the embedded vocabulary and returns the tagger.
func NewStage() (*Stage, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	return &Stage{lx: lx}, nil
}

// Name implements newsgraph.Stage.
func (s *Stage) Name() string { return "timex" }

// Requires implements newsgraph.Stage. Token.POS is used when present but
// not required.
func (s *Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerSentences, newsgraph.LayerTokens}
}

// Provides implements newsgraph.Stage.
func (s *Stage) Provides() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerTimes} }

// Process fills doc.Times, sorted by Start and non-overlapping.
func (s *Stage) Process(ctx context.Context, doc *newsgraph.Document) error {
	doc.Times = s.Tag(ctx, doc.Text, doc.Tokens, doc.Sentences, doc.Published)
	return ctx.Err()
}

// Tag returns the temporal expressions of text given its tokens and
// sentences, normalised against published (zero = unknown).
func (s *Stage) Tag(ctx context.Context, text string, toks []newsgraph.Token, sents []newsgraph.Sentence, published time.Time) []newsgraph.TimeExpr {
	c := &docCtx{lx: s.lx, text: text, dct: published, hasDCT: !published.IsZero()}
	// a results story speaks of quarters; halves need finance words
	c.quarterly = countQuarter(toks) >= 2
	c.financial = c.quarterly || countWords(s.lx.finance, toks, 2) >= 2
	if c.hasDCT {
		y, m, d := published.Date()
		c.dct = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	ranges := make([][2]int, 0, len(sents)+1)
	for _, st := range sents {
		a, b := st.FirstToken, st.EndToken
		if a < 0 || b > len(toks) || a >= b {
			continue
		}
		ranges = append(ranges, [2]int{a, b})
	}
	if len(ranges) == 0 && len(toks) > 0 {
		ranges = append(ranges, [2]int{0, len(toks)})
	}
	var out []newsgraph.TimeExpr
	for k, r := range ranges {
		if k%64 == 0 && ctx.Err() != nil {
			break
		}
		ws := buildWords(text, toks[r[0]:r[1]])
		out = c.tagSentence(ws, out)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	// drop overlaps (only possible with overlapping sentences)
	kept := out[:0]
	last := -1
	for _, t := range out {
		if t.Start < last {
			continue
		}
		kept = append(kept, t)
		last = t.End
	}
	if len(kept) == 0 {
		return nil
	}
	return kept
}

// word is one token, or one piece of a hyphenated token.
type word struct {
	text      string // surface
	low       string // lower-cased normalised form
	start     int
	end       int
	tokStart  bool // first piece of its token
	tokEnd    bool // last piece of its token
	cap       bool // starts with an upper-case letter
	allCaps   bool
	sentStart bool
	piece     bool // part of a split hyphenated token
	pos       string
}

func isHyphenRune(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// buildWords turns a sentence's tokens into words, skipping tokens whose
// span is not valid for text.
func buildWords(text string, toks []newsgraph.Token) []word {
	ws := make([]word, 0, len(toks)+4)
	prevEnd := -1
	for _, t := range toks {
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End || t.Start < prevEnd {
			continue
		}
		prevEnd = t.End
		surf := text[t.Start:t.End]
		norm := t.Norm
		if norm == "" || len(norm) != len(surf) && !strings.ContainsAny(surf, "’‘ʼ") {
			norm = surf
		}
		if splittable(surf) {
			first := len(ws)
			off := 0
			for off < len(surf) {
				j := off
				for j < len(surf) {
					r, n := utf8.DecodeRuneInString(surf[j:])
					if isHyphenRune(r) {
						break
					}
					j += n
				}
				if j > off {
					p := surf[off:j]
					ws = append(ws, mkWord(p, p, t.Start+off, t.Start+j, t.POS))
					ws[len(ws)-1].piece = true
				}
				if j < len(surf) {
					_, n := utf8.DecodeRuneInString(surf[j:])
					j += n
				}
				off = j
			}
			if len(ws) > first {
				ws[first].tokStart = true
				ws[len(ws)-1].tokEnd = true
				continue
			}
		}
		w := mkWord(surf, norm, t.Start, t.End, t.POS)
		w.tokStart, w.tokEnd = true, true
		ws = append(ws, w)
	}
	if len(ws) > 0 {
		ws[0].sentStart = true
		// after an opening quote or bracket the next word also starts a sentence-like unit
		for i := 1; i < len(ws); i++ {
			switch ws[i-1].low {
			case "\"", "'", "``", "`", "“", "‘", "(", "[", "--", ":", "-":
				ws[i].sentStart = true
			}
		}
	}
	return ws
}

func mkWord(surf, norm string, start, end int, pos string) word {
	r, _ := utf8.DecodeRuneInString(surf)
	w := word{text: surf, low: strings.ToLower(norm), start: start, end: end, pos: pos, cap: unicode.IsUpper(r)}
	if w.cap {
		w.allCaps = true
		letters := 0
		for _, c := range surf {
			if unicode.IsLetter(c) {
				letters++
				if unicode.IsLower(c) {
					w.allCaps = false
					break
				}
			}
		}
		if letters < 2 {
			w.allCaps = false
		}
	}
	return w
}

// splittable reports whether a token is split at its hyphens: it must
// contain a hyphen between two word characters and at least one letter.
func splittable(s string) bool {
	hasLetter, hasHyphen := false, false
	for _, r := range s {
		if unicode.IsLetter(r) {
			hasLetter = true
		}
		if isHyphenRune(r) {
			hasHyphen = true
		}
	}
	return hasLetter && hasHyphen
}

// countWords counts the tokens whose lower-cased text is a phrase of t.
func countWords(t *table, toks []newsgraph.Token, limit int) int {
	n := 0
	for _, tk := range toks {
		if len(tk.Text) < 3 || len(tk.Text) > 12 {
			continue
		}
		if _, ok := t.entries[strings.ToLower(tk.Text)]; ok {
			n++
			if n >= limit {
				break
			}
		}
	}
	return n
}

func countQuarter(toks []newsgraph.Token) int {
	n := 0
	for _, t := range toks {
		if len(t.Text) >= 7 && strings.Contains(strings.ToLower(t.Text), "quarter") {
			n++
			if n >= 2 {
				break
			}
		}
	}
	return n
}
