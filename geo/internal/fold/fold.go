// Package fold normalises place names for lookup: lower case, Latin
// diacritics removed, punctuation dropped, hyphens and runs of spaces made one
// space. It is shared by the gazetteer and its generator so that both agree.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold returns the lookup key of s. "Sant Julià de Lòria" and
// "SANT-JULIA DE LORIA" give the same key; "U.S." gives "us"; a leading
// "the " is dropped.
func Fold(s string) string {
	if isKey(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == ',' || c == '_':
				space = true
				continue
			default: // . ' ( ) and other punctuation vanish
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if rep, ok := foldTable[r]; ok {
			if rep == "" {
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(rep)
			continue
		}
		switch {
		case unicode.IsSpace(r) || unicode.Is(unicode.Pd, r):
			space = true
			continue
		case unicode.IsMark(r) || unicode.IsPunct(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// IsASCII reports whether key holds only ASCII bytes, i.e. the name it came
// from was written in Latin script.
func IsASCII(key string) bool {
	for i := 0; i < len(key); i++ {
		if key[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isKey reports whether s is already folded: lower-case ASCII letters and
// digits in words separated by single spaces, not starting with "the ".
func isKey(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.HasPrefix(s, "the ") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if s[i-1] == ' ' {
				return false
			}
			continue
		}
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// Keys returns the lookup keys of one gazetteer entry, without repeats, and
// for each whether it is an alternate name. Primary names are the entry's
// own (name, ASCII name, a country's official name and aliases). An
// alternate that is a word prefix of the first primary key ("New York" for
// "New York City") counts as primary: it is a short form, not another name.
func Keys(primary, alternates []string) (keys []string, alt []bool) {
	var first string
	for i, names := range [][]string{primary, alternates} {
	next:
		for _, n := range names {
			k := Fold(n)
			if k == "" {
				continue
			}
			for _, o := range keys {
				if o == k {
					continue next
				}
			}
			a := i == 1
			if !a && first == "" {
				first = k
			} else if a && len(k) < len(first) && first[len(k)] == ' ' && strings.HasPrefix(first, k) {
				a = false
			}
			keys = append(keys, k)
			alt = append(alt, a)
		}
	}
	return keys, alt
}
