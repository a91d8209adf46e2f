package timex

import (
	"embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed data/*.txt
var dataFS embed.FS

// table is one vocabulary file: phrases (lower case, space separated words)
// mapped to their fields.
type table struct {
	name    string
	entries map[string][]string
	maxLen  int            // longest phrase in words
	first   map[string]int // first word → longest phrase starting with it
}

// lexicon holds every vocabulary table, read-only after load.
type lexicon struct {
	months, weekdays, numbers, ordinals, units, relative, shifts *table
	modifiers, seasons, dayparts, sets, tense, stop              *table
	holidays, decades, finance                                   *table
	notPast                                                      map[string]bool
	starters                                                     map[string]bool // words that may begin an expression
}

// parseTable reads the "phrase = field field ..." format. Lines starting
// with # and blank lines are ignored.
func parseTable(name, src string) (*table, error) {
	t := &table{name: name, entries: map[string][]string{}, first: map[string]int{}}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, " = ")
		if !ok {
			return nil, fmt.Errorf("timex: %s:%d: want \"phrase = value\", got %q", name, n+1, line)
		}
		key := strings.Join(strings.Fields(strings.ToLower(k)), " ")
		if key == "" {
			return nil, fmt.Errorf("timex: %s:%d: empty phrase", name, n+1)
		}
		t.entries[key] = strings.Fields(v)
		// split clitics the way the tokenizer does: "year's" → "year 's"
		var f []string
		for _, w := range strings.Fields(key) {
			if len(w) > 2 && strings.HasSuffix(w, "'s") {
				f = append(f, w[:len(w)-2], "'s")
				continue
			}
			f = append(f, w)
		}
		key = strings.Join(f, " ")
		// matched as tokenized ("new year 's day"), so stored that way too
		t.entries[key] = strings.Fields(v)
		if len(f) > t.maxLen {
			t.maxLen = len(f)
		}
		if len(f) > t.first[f[0]] {
			t.first[f[0]] = len(f)
		}
	}
	return t, nil
}

func loadLexicon() (*lexicon, error) {
	read := func(name string) (*table, error) {
		b, err := dataFS.ReadFile("data/" + name + ".txt")
		if err != nil {
			return nil, fmt.Errorf("timex: %w", err)
		}
		return parseTable(name, string(b))
	}
	lx := &lexicon{notPast: map[string]bool{}}
	for _, f := range []struct {
		name string
		dst  **table
	}{
		{"months", &lx.months}, {"weekdays", &lx.weekdays}, {"numbers", &lx.numbers},
		{"ordinals", &lx.ordinals}, {"units", &lx.units}, {"relative", &lx.relative},
		{"shifts", &lx.shifts}, {"modifiers", &lx.modifiers}, {"seasons", &lx.seasons},
		{"dayparts", &lx.dayparts}, {"sets", &lx.sets}, {"tense", &lx.tense},
		{"stopphrases", &lx.stop}, {"holidays", &lx.holidays}, {"decades", &lx.decades},
		{"finance", &lx.finance},
	} {
		t, err := read(f.name)
		if err != nil {
			return nil, err
		}
		*f.dst = t
	}
	lx.starters = map[string]bool{}
	for _, t := range []*table{lx.months, lx.weekdays, lx.numbers, lx.ordinals, lx.units, lx.relative, lx.shifts,
		lx.modifiers, lx.seasons, lx.dayparts, lx.sets, lx.stop, lx.holidays, lx.decades} {
		for w := range t.first {
			lx.starters[w] = true
		}
	}
	for _, w := range []string{"the", "once", "twice", "fiscal", "fy", "latest", "final", "last", "mid", "that", "then"} {
		lx.starters[w] = true
	}
	b, err := dataFS.ReadFile("data/notpast.txt")
	if err != nil {
		return nil, fmt.Errorf("timex: %w", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			lx.notPast[strings.ToLower(line)] = true
		}
	}
	return lx, nil
}

// match finds the longest phrase of t starting at word i. It returns the
// number of words matched (0 when none) and the phrase's fields.
func (t *table) match(ws []word, i int) (int, []string) {
	if t == nil || i < 0 || i >= len(ws) {
		return 0, nil
	}
	max, ok := t.first[ws[i].low]
	if !ok {
		// "Jan." may be tokenized as "Jan" "." or "Jan."
		if strings.HasSuffix(ws[i].low, ".") {
			if v, ok := t.entries[strings.TrimSuffix(ws[i].low, ".")]; ok {
				return 1, v
			}
		}
		return 0, nil
	}
	if i+max > len(ws) {
		max = len(ws) - i
	}
	for n := max; n >= 1; n-- {
		key := ws[i].low
		if n > 1 {
			var b strings.Builder
			b.WriteString(key)
			for k := 1; k < n; k++ {
				b.WriteByte(' ')
				b.WriteString(ws[i+k].low)
			}
			key = b.String()
		}
		if v, ok := t.entries[key]; ok {
			return n, v
		}
	}
	return 0, nil
}

// has reports whether word i alone is a phrase of t.
func (t *table) has(ws []word, i int) bool {
	n, _ := t.match(ws, i)
	return n == 1
}

// keys returns the table's phrases, sorted (for tests and docs).
func (t *table) keys() []string {
	out := make([]string, 0, len(t.entries))
	for k := range t.entries {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func hasFlag(v []string, flag string) bool {
	for _, f := range v[min(1, len(v)):] {
		if f == flag {
			return true
		}
	}
	return false
}

// canStart reports whether a word may begin a temporal expression: it is
// the first word of some vocabulary phrase or contains a digit.
func (lx *lexicon) canStart(w string) bool {
	if lx.starters[w] {
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return strings.HasSuffix(w, ".") && lx.starters[strings.TrimSuffix(w, ".")]
}
