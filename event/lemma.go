package event

import (
	"strings"
)

// lemmatizer maps a word to its candidate lemmas: the word itself, an
// irregular form from data/lemmas.txt, and regular inflections stripped.
// It over-generates on purpose ("meeting" → meeting, meet): a pattern word
// must still equal one of the candidates, so the extra forms cost nothing.
type lemmatizer struct {
	irregular map[string][]string
}

func newLemmatizer(data string) *lemmatizer {
	l := &lemmatizer{irregular: map[string][]string{}}
	for _, f := range dataFields(strings.ToLower(data), 2) {
		// "lemma form form ..." – every form maps to the lemma.
		for _, form := range f[1:] {
			l.irregular[form] = appendUniq(l.irregular[form], f[0])
		}
	}
	return l
}

func appendUniq(xs []string, s string) []string {
	for _, x := range xs {
		if x == s {
			return xs
		}
	}
	return append(xs, s)
}

// lemmas returns the candidate lemmas of a lower-case word.
func (l *lemmatizer) lemmas(w string) []string {
	out := make([]string, 1, 4)
	out[0] = w
	if strings.ContainsAny(w, "-‐‑") {
		out = appendUniq(out, strings.NewReplacer("-", "", "‐", "", "‑", "").Replace(w))
	}
	for _, base := range out {
		for _, x := range l.irregular[base] {
			out = appendUniq(out, x)
		}
	}
	if len(l.irregular[w]) > 0 {
		return out
	}
	n := len(w)
	add := func(s string) {
		if len(s) >= 2 {
			out = appendUniq(out, s)
		}
	}
	switch {
	case strings.HasSuffix(w, "ies") && n > 4:
		add(w[:n-3] + "y")
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes"):
		add(w[:n-2])
		add(w[:n-1])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && n > 3:
		add(w[:n-1])
	case strings.HasSuffix(w, "ied") && n > 4:
		add(w[:n-3] + "y")
	case strings.HasSuffix(w, "ed") && n > 4:
		stem := w[:n-2]
		add(stem)
		add(stem + "e")
		if doubled(stem) {
			add(stem[:len(stem)-1])
		}
	case strings.HasSuffix(w, "ing") && n > 5:
		stem := w[:n-3]
		add(stem)
		add(stem + "e")
		if doubled(stem) {
			add(stem[:len(stem)-1])
		}
	}
	return out
}

func doubled(s string) bool {
	n := len(s)
	if n < 3 {
		return false
	}
	c := s[n-1]
	return c == s[n-2] && !strings.ContainsRune("aeiou", rune(c))
}
