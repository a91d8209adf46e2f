package newsgraph

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paragraphs returns the spans of the non-blank lines of text, trimmed of
// surrounding space: in news text a line break ends a paragraph. Stages that
// need paragraphs (the segmenter, quote continuation across paragraphs) share
// this one definition.
func Paragraphs(text string) []Span {
	var out []Span
	start := 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		sp := TrimSpace(text, Span{Start: start, End: end})
		if sp.Len() > 0 {
			out = append(out, sp)
		}
		start = end + 1
	}
	return out
}

// TrimSpace narrows sp to exclude leading and trailing white space of text.
func TrimSpace(text string, sp Span) Span {
	for sp.Start < sp.End {
		r, n := utf8.DecodeRuneInString(text[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.Start += n
	}
	for sp.End > sp.Start {
		r, n := utf8.DecodeLastRuneInString(text[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= n
	}
	return sp
}
