// Package text splits a Document's text into paragraphs, sentences and
// tokens, keeping byte offsets into the text for every piece.
//
// Conventions (close to the Penn Treebank, which our taggers are trained on):
// hyphenated words stay whole ("50-minute", "South-east"); clitics split off
// ("Asean’s" → "Asean" "’s", "wouldn’t" → "would" "n’t"); abbreviations from
// data/abbreviations.txt, initials and dotted acronyms ("U.S.") keep their
// full stop; British "Mr Rubio" needs nothing special. Token.Norm maps
// typographic quotes and apostrophes to ASCII so that models trained on ASCII
// text see what they know.
package text

import (
	"bufio"
	"context"
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph"
)

//go:embed data/abbreviations.txt
var abbreviationsFile string

// Segmenter tokenizes text and splits it into sentences. It is read-only
// after New and safe for concurrent use.
type Segmenter struct {
	abbrev map[string]bool
}

// New returns a Segmenter with the embedded abbreviation list plus extra.
func New(extra ...string) *Segmenter {
	s := &Segmenter{abbrev: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(abbreviationsFile))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s.abbrev[line] = true
	}
	for _, a := range extra {
		s.abbrev[strings.TrimSuffix(a, ".")] = true
	}
	return s
}

// Name implements newsgraph.Stage.
func (s *Segmenter) Name() string { return "text" }

// Requires implements newsgraph.Stage.
func (s *Segmenter) Requires() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerText} }

// Provides implements newsgraph.Stage.
func (s *Segmenter) Provides() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerSentences, newsgraph.LayerTokens}
}

// Process fills doc.Tokens and doc.Sentences.
func (s *Segmenter) Process(_ context.Context, doc *newsgraph.Document) error {
	doc.Tokens, doc.Sentences = s.Segment(doc.Text)
	return nil
}

// Segment returns the tokens and sentences of text.
func (s *Segmenter) Segment(text string) ([]newsgraph.Token, []newsgraph.Sentence) {
	var toks []newsgraph.Token
	var sents []newsgraph.Sentence
	para := 0
	for _, p := range Paragraphs(text) {
		first := len(toks)
		toks = s.tokenize(text, p, toks)
		sents = s.split(text, toks, first, para, sents)
		para++
	}
	return toks, sents
}

// Paragraphs returns the spans of non-blank lines: in news text a line
// break ends a paragraph. It is newsgraph.Paragraphs, kept here for callers
// of this package.
func Paragraphs(text string) []newsgraph.Span { return newsgraph.Paragraphs(text) }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// tokenize appends the tokens of the paragraph span p.
func (s *Segmenter) tokenize(text string, p newsgraph.Span, toks []newsgraph.Token) []newsgraph.Token {
	i := p.Start
	for i < p.End {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == utf8.RuneError && n <= 1 || unicode.IsControl(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			end := i + n
			// runs of the same punctuation: "...", "--", "!!"
			if r == '.' || r == '-' || r == '!' || r == '?' {
				for end < p.End {
					r2, n2 := utf8.DecodeRuneInString(text[end:])
					if r2 != r {
						break
					}
					end += n2
				}
			}
			toks = appendTok(text, toks, i, end)
			i = end
			continue
		}
		end := s.wordEnd(text, i, p.End)
		toks, i = s.appendWord(text, toks, i, end, p.End)
	}
	return toks
}

// wordEnd scans a word from i: letters and digits, joined by internal
// hyphens, full stops (U.S., 1.5), commas between digits (1,000),
// apostrophes and slashes between word characters.
func (s *Segmenter) wordEnd(text string, i, limit int) int {
	end := i
	var prev rune
	for end < limit {
		r, n := utf8.DecodeRuneInString(text[end:])
		if isWordRune(r) {
			prev = r
			end += n
			continue
		}
		if end+n >= limit {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[end+n:])
		joins := false
		switch {
		case isHyphen(r) || r == '&' && unicode.IsUpper(prev) && unicode.IsUpper(next):
			joins = isWordRune(next)
		case r == '.':
			// 1.5, U.S, e.g, www.bbc.co.uk
			joins = unicode.IsDigit(prev) && unicode.IsDigit(next) || isWordRune(next) && (unicode.IsLetter(prev) && end-i <= 2*utf8.RuneLen(prev) || unicode.IsLower(next) && unicode.IsLower(prev))
		case r == ',' || r == ':':
			joins = unicode.IsDigit(prev) && unicode.IsDigit(next)
		case r == '/':
			joins = unicode.IsDigit(prev) && unicode.IsDigit(next)
		case isApostrophe(r):
			joins = unicode.IsLetter(prev) && unicode.IsLetter(next)
		}
		if !joins {
			break
		}
		prev = r
		end += n
	}
	return end
}

var clitics = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}

// appendWord appends the word text[i:end], splitting clitics and taking a
// following abbreviation full stop into the token.
func (s *Segmenter) appendWord(text string, toks []newsgraph.Token, i, end, limit int) ([]newsgraph.Token, int) {
	w := text[i:end]
	// a full stop that belongs to the word
	if end < limit && text[end] == '.' {
		core := w
		if s.abbrev[core] || isInitial(core) || strings.Contains(core, ".") && !strings.ContainsAny(core, "0123456789") {
			return appendTok(text, toks, i, end+1), end + 1
		}
	}
	norm := normalize(w)
	for _, c := range clitics {
		if len(norm) > len(c) && strings.HasSuffix(strings.ToLower(norm), c) {
			// find the clitic's byte offset in the original (apostrophe may be 3 bytes)
			cut := cliticCut(w, len([]rune(c)))
			if cut > 0 && cut < len(w) {
				toks = appendTok(text, toks, i, i+cut)
				return appendTok(text, toks, i+cut, end), end
			}
		}
	}
	return appendTok(text, toks, i, end), end
}

// cliticCut returns the byte offset in w where its last n runes begin.
func cliticCut(w string, n int) int {
	cut := len(w)
	for k := 0; k < n && cut > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(w[:cut])
		cut -= size
	}
	return cut
}

func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

func appendTok(text string, toks []newsgraph.Token, start, end int) []newsgraph.Token {
	t := text[start:end]
	return append(toks, newsgraph.Token{Span: newsgraph.Span{Start: start, End: end}, Text: t, Norm: normalize(t)})
}

var normReplacer = strings.NewReplacer(
	"’", "'", "‘", "'", "ʼ", "'", "′", "'",
	"“", "\"", "”", "\"", "„", "\"", "«", "\"", "»", "\"", "″", "\"",
	"–", "-", "—", "--", "‐", "-", "‑", "-", "…", "...",
	"\u00a0", " ",
)

// Normalize maps typographic punctuation to ASCII.
func Normalize(s string) string { return normalize(s) }

func normalize(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return normReplacer.Replace(s)
		}
	}
	return s
}

// closers may follow a sentence-final mark and still belong to the sentence.
func isCloser(t string) bool {
	switch t {
	case "\"", "'", ")", "]", "}", "”", "’", "»":
		return true
	}
	return false
}

func isOpener(t string) bool {
	switch t {
	case "\"", "'", "(", "[", "“", "‘", "«":
		return true
	}
	return false
}

// split appends the sentences of the paragraph whose tokens start at first.
func (s *Segmenter) split(text string, toks []newsgraph.Token, first, para int, sents []newsgraph.Sentence) []newsgraph.Sentence {
	start := first
	for k := first; k < len(toks); k++ {
		t := toks[k].Norm
		if !(t == "." || t == "!" || t == "?" || t == "..." || strings.HasPrefix(t, "?") || strings.HasPrefix(t, "!")) {
			continue
		}
		end := k + 1
		for end < len(toks) && isCloser(toks[end].Text) && (toks[end].Text != "'" && toks[end].Text != "’" || toks[end].Start == toks[end-1].End) {
			end++
		}
		if end < len(toks) {
			next := toks[end].Text
			r, _ := utf8.DecodeRuneInString(next)
			if !(unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(next) || unicode.IsLetter(r) && !unicode.IsLower(r)) {
				continue
			}
			if t == "..." && unicode.IsLower(r) {
				continue
			}
		}
		sents = append(sents, mkSentence(toks, start, end, para))
		start = end
		k = end - 1
	}
	if start < len(toks) {
		sents = append(sents, mkSentence(toks, start, len(toks), para))
	}
	return sents
}

func mkSentence(toks []newsgraph.Token, a, b, para int) newsgraph.Sentence {
	return newsgraph.Sentence{Span: newsgraph.Span{Start: toks[a].Start, End: toks[b-1].End}, FirstToken: a, EndToken: b, Paragraph: para}
}
