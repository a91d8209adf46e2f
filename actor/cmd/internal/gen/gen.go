// Package gen holds what the generators of actor/data (genpeople, genorgs)
// share: reading the -words corpus and writing names in title case.
package gen

import (
	"bufio"
	"io"
	"os"
	"strings"
	"unicode"

	"newsgraph/actor"
)

// CommonWords reads a corpus (CoNLL columns or plain text) and returns the
// upper-case forms of the words seen in lower case at least twice, and the
// usual spelling of each capitalised word by its upper case (the most
// frequent form, ties to the smallest: "Sony", "IAEA").
func CommonWords(path string) (common map[string]bool, spelling map[string]string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	counts := map[string]int{}
	forms := map[string]int{}
	br := bufio.NewReader(f)
	for {
		line, err := br.ReadString('\n')
		fs := strings.Fields(line)
		if len(fs) > 0 && !strings.HasPrefix(fs[0], "-DOCSTART-") {
			toks := fs
			if len(fs) == 4 { // CoNLL: word POS chunk NE
				toks = fs[:1]
			}
			for _, t := range toks {
				switch r := []rune(t)[0]; {
				case unicode.IsLower(r):
					counts[strings.ToUpper(t)]++
				case unicode.IsUpper(r):
					forms[t]++
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, err
		}
	}
	common = map[string]bool{}
	for w, n := range counts {
		if n >= 2 {
			common[w] = true
		}
	}
	spelling = map[string]string{}
	best := map[string]int{}
	for w, n := range forms {
		u := strings.ToUpper(w)
		if n > best[u] || (n == best[u] && w < spelling[u]) {
			best[u], spelling[u] = n, w
		}
	}
	return common, spelling, nil
}

// TitleWord writes one word in title case: lower case, with a capital at
// the start and after any character but a letter, and after an apostrophe
// only near the start ("O'NEILL" → "O'Neill", "D'ESTAING" → "D'Estaing",
// "PEOPLE'S" → "People's", "KI-MOON" → "Ki-Moon", "U.S." → "U.S.").
func TitleWord(w string) string {
	r := []rune(strings.ToLower(w))
	up := true
	for j, c := range r {
		if up && unicode.IsLetter(c) {
			r[j] = unicode.ToUpper(c)
		}
		up = !unicode.IsLetter(c) && !(c == '\'' && j > 2)
	}
	return string(r)
}

// PersonKey is the people table's lookup key of a name (actor.NameKey):
// two names with one key are one name for the loader ("Ban Ki Moon", "Ban
// Ki-Moon"; "Ma Kai", "M Akai").
func PersonKey(s string) string {
	k, _ := actor.NameKey(s)
	return k
}

// NonCountry are the code prefixes that are a kind of actor, not a country
// (IGOUNO, NGOHRIAMN, MNCUSA, IMGMUS).
var NonCountry = map[string]bool{"IGO": true, "NGO": true, "MNC": true, "IMG": true}
