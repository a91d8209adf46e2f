package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph"
)

// Quotation marks come in two families. Double marks (“ ” „ « » ") delimit
// direct speech; single marks (‘ ’ ‹ › ') delimit it only at the top level
// (British headline style) and are nested quotations inside double marks.
const (
	famDouble = 1
	famSingle = 2
)

// What a mark can do given its neighbours.
const (
	kOpen   = 1
	kClose  = 2
	kEither = 3 // a straight mark with no clue from its neighbours: toggles
)

type mark struct {
	newsgraph.Span
	fam, kind int
}

// rawQuote is one quotation found by the marks alone.
type rawQuote struct {
	Content newsgraph.Span // inside the marks, trimmed of spaces
	Open    newsgraph.Span // the opening mark
	Close   newsgraph.Span // the closing mark; Start == -1 when capped
	Para    int            // paragraph of the opening mark
	EndPara int            // paragraph of the end
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isOpenContext reports whether r may stand right before an opening mark.
func isOpenContext(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("([{—–-/:;,", r) || isQuoteRune(r)
}

func isQuoteRune(r rune) bool {
	switch r {
	case '“', '”', '„', '«', '»', '"', '‘', '’', '‹', '›', '\'':
		return true
	}
	return false
}

// classify decides what the quotation mark r at text[i:i+size] can do in a
// paragraph [ps, pe). ok is false for apostrophes and non-marks.
func classify(text string, i, size, ps, pe int, r rune) (m mark, ok bool) {
	prev, next := ' ', ' '
	if i > ps {
		prev, _ = utf8.DecodeLastRuneInString(text[ps:i])
	}
	if i+size < pe {
		next, _ = utf8.DecodeRuneInString(text[i+size : pe])
	}
	m.Span = newsgraph.Span{Start: i, End: i + size}
	left := isOpenContext(prev)                                     // nothing glued before
	right := unicode.IsSpace(next) || !isWord(next) && next != '\'' // nothing glued after
	switch r {
	case '“', '„', '«':
		m.fam, m.kind = famDouble, kOpen
		if (!left || strings.ContainsRune(",.!?", prev)) && (unicode.IsSpace(next) || i+size >= pe) {
			m.kind = kClose // “ misused as a closer: “It’s unusual,“ said
		}
	case '”', '»':
		m.fam, m.kind = famDouble, kClose
		if left && isWord(next) || i == ps && !unicode.IsSpace(next) || i == ps && next == ' ' && strings.HasPrefix(text[i+size:pe], " …") {
			m.kind = kEither // ” misused as an opener
		}
	case '"':
		m.fam = famDouble
		switch {
		case left && !unicode.IsSpace(next):
			m.kind = kOpen
		case !left && right:
			m.kind = kClose
		default:
			m.kind = kEither
		}
	case '‹':
		m.fam, m.kind = famSingle, kOpen
	case '›':
		m.fam, m.kind = famSingle, kClose
	case '‘':
		if isWord(prev) || unicode.IsDigit(next) || unicode.IsSpace(next) {
			return m, false
		}
		m.fam, m.kind = famSingle, kOpen
	case '’', '\'':
		switch {
		case isWord(prev) && isWord(next):
			return m, false // don’t, Asean’s
		case left && isWord(next):
			if r == '’' || unicode.IsDigit(next) {
				return m, false // ’em, ’90s
			}
			m.fam, m.kind = famSingle, kOpen
		case !left && right:
			m.fam, m.kind = famSingle, kClose // a closer, or a plural possessive (countries’)
		default:
			return m, false
		}
	default:
		return m, false
	}
	return m, true
}

func scanMarks(text string, p newsgraph.Span) []mark {
	var out []mark
	for i := p.Start; i < p.End; {
		r, size := utf8.DecodeRuneInString(text[i:p.End])
		if size <= 0 {
			size = 1
		}
		if r == '\'' && i+2 < p.End && text[i+1] == '\'' && text[i+2] == '\'' {
			// three straight marks: a nested quotation closing with the
			// outer one (",''' said") or opening with it; the single mark
			// is nested and needs no pairing
			after := ' '
			if i+3 < p.End {
				after, _ = utf8.DecodeRuneInString(text[i+3 : p.End])
			}
			if !isWord(after) {
				m, _ := classify(text, i+1, 2, p.Start, p.End, '"')
				if m.kind == kEither {
					m.kind = kClose
				}
				out = append(out, m)
			} else {
				m, _ := classify(text, i, 2, p.Start, p.End, '"')
				m.kind = kOpen
				out = append(out, m)
			}
			i += 3
			continue
		}
		if (r == '\'' || r == '`') && i+1 < p.End && text[i+1] == text[i] {
			// '' and `` stand for double marks in some newswire text
			m, _ := classify(text, i, 2, p.Start, p.End, '"')
			if r == '`' {
				m.kind = kOpen
			}
			out = append(out, m)
			i += 2
			continue
		}
		if isQuoteRune(r) {
			if m, ok := classify(text, i, size, p.Start, p.End, r); ok {
				out = append(out, m)
			}
		}
		i += size
	}
	return out
}

// findDirect pairs quotation marks paragraph by paragraph. A double quote
// left open at the end of a paragraph continues when the next paragraph
// opens with a double mark (the newspaper convention for multi-paragraph
// quotes) and is otherwise capped at the end of its paragraph; a single
// quote left open is dropped (single marks are too often apostrophes).
func findDirect(text string, paras []newsgraph.Span) []rawQuote {
	var out []rawQuote
	var open *mark
	openPara, lastPara := 0, 0
	emit := func(o mark, end int, close newsgraph.Span, para, endPara int) {
		c := newsgraph.TrimSpace(text, newsgraph.Span{Start: o.End, End: end})
		// a comma or colon before the closing mark belongs to the sentence
		// around the quote ("“…,” he said"), not to the quoted words
		for c.Len() > 0 && strings.ContainsRune(",:;", rune(text[c.End-1])) {
			c.End--
			c = newsgraph.TrimSpace(text, c)
		}
		if c.Len() == 0 || !strings.ContainsFunc(text[c.Start:c.End], unicode.IsLetter) {
			return // no words: a number or date in markup ("tweet-id="…"")
		}
		out = append(out, rawQuote{Content: c, Open: o.Span, Close: close, Para: para, EndPara: endPara})
	}
	capped := newsgraph.Span{Start: -1, End: -1}
	for pi, p := range paras {
		marks := scanMarks(text, p)
		if open != nil {
			if len(marks) > 0 && marks[0].fam == famDouble && marks[0].kind != kClose && marks[0].Start == p.Start {
				marks = marks[1:] // continuation of the open quote
				lastPara = pi
			} else {
				emit(*open, paras[lastPara].End, capped, openPara, lastPara)
				open = nil
			}
		}
		var sopen *mark
		for k := range marks {
			m := marks[k]
			if m.fam == famDouble {
				sopen = nil
				switch {
				case open == nil && m.kind != kClose:
					open, openPara, lastPara = &marks[k], pi, pi
				case open != nil && m.kind != kOpen:
					emit(*open, m.Start, m.Span, openPara, pi)
					open = nil
				case open != nil && m.kind == kOpen:
					// two openers in a row: the first was never closed
					emit(*open, m.Start, capped, openPara, pi)
					open, openPara, lastPara = &marks[k], pi, pi
				}
				continue
			}
			if open != nil {
				continue // nested quotation inside a double quote
			}
			switch {
			case sopen == nil && m.kind == kOpen:
				sopen = &marks[k]
			case sopen != nil && m.kind != kOpen:
				emit(*sopen, m.Start, m.Span, pi, pi)
				sopen = nil
			}
		}
	}
	if open != nil && lastPara < len(paras) {
		emit(*open, paras[lastPara].End, capped, openPara, lastPara)
	}
	return out
}
