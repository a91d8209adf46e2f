package sqlite

import (
	"strings"
	"unicode"
)

// MatchQuery turns free user input into a safe FTS5 query: every word or
// "quoted phrase" becomes a quoted FTS5 string, so quote marks, parentheses,
// colons, stars and the words AND/OR/NOT can never cause a syntax error.
// Terms are ANDed. Two conveniences are kept: a bare upper-case OR between
// two terms means either one ("ceasefire OR truce"), and a trailing * on a
// bare word asks for a prefix match ("negotiat*"). A bare upper-case AND is
// redundant and dropped. ok is false when the input has no searchable term
// (only punctuation or spaces); the query then matches nothing.
func MatchQuery(input string) (q string, ok bool) {
	type term struct {
		text   string
		prefix bool
		op     string // "OR" or "AND" for a bare operator word
	}
	var terms []term
	// Control characters (NUL ends an FTS5 string early) become spaces.
	rs := []rune(input)
	for i, r := range rs {
		if unicode.IsControl(r) {
			rs[i] = ' '
		}
	}
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r) || unicode.IsControl(r):
			i++
		case r == '"' || r == '“' || r == '”' || r == '„':
			// A phrase runs to the next double quote; an unmatched quote
			// mark is ignored.
			j := i + 1
			for j < len(rs) && rs[j] != '"' && rs[j] != '“' && rs[j] != '”' && rs[j] != '„' {
				j++
			}
			if j < len(rs) {
				terms = append(terms, term{text: string(rs[i+1 : j])})
				i = j + 1
			} else {
				i++
			}
		default:
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && !unicode.IsControl(rs[j]) && rs[j] != '"' && rs[j] != '“' && rs[j] != '”' && rs[j] != '„' {
				j++
			}
			w := string(rs[i:j])
			i = j
			t := term{text: w}
			switch w {
			case "OR", "AND":
				t.op = w
			default:
				if strings.HasSuffix(w, "*") {
					t.text = strings.TrimRight(w, "*")
					t.prefix = true
				}
			}
			terms = append(terms, t)
		}
	}
	searchable := func(s string) bool {
		for _, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return true
			}
		}
		return false
	}
	quote := func(t term) string {
		s := `"` + strings.ReplaceAll(t.text, `"`, `""`) + `"`
		if t.prefix {
			s += "*"
		}
		return s
	}
	// Drop unsearchable terms first, so that an operator's neighbours are
	// real terms.
	var kept []term
	for _, t := range terms {
		if t.op != "" || searchable(t.text) {
			kept = append(kept, t)
		}
	}
	var groups [][]string
	for i := 0; i < len(kept); i++ {
		t := kept[i]
		if t.op != "" {
			prevOK := len(groups) > 0 && i > 0 && kept[i-1].op == ""
			nextOK := i+1 < len(kept) && kept[i+1].op == ""
			if t.op == "OR" && prevOK && nextOK {
				groups[len(groups)-1] = append(groups[len(groups)-1], quote(kept[i+1]))
				i++
				continue
			}
			if t.op == "AND" && (prevOK || nextOK) {
				continue
			}
			// A stray operator is searched as the plain word.
			t.op = ""
		}
		groups = append(groups, []string{quote(t)})
	}
	if len(groups) == 0 {
		return "", false
	}
	parts := make([]string, len(groups))
	for i, g := range groups {
		if len(g) == 1 {
			parts[i] = g[0]
		} else {
			parts[i] = "(" + strings.Join(g, " OR ") + ")"
		}
	}
	// Explicit AND: FTS5's implicit AND does not join a phrase to a
	// parenthesised group ("a (b OR c)" is a syntax error).
	return strings.Join(parts, " AND "), true
}
