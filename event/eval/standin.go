package eventeval

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
	"unicode"

	"newsgraph"
	"newsgraph/text"
)

// Lexicon maps actor phrases (lower case, words separated by one space) to
// CAMEO actor codes, for the stand-in annotator.
type Lexicon struct {
	actors   map[string]string
	agents   map[string]string // agent phrase → agent code ("government" → GOV)
	maxWords int
}

// NewLexicon returns an empty lexicon.
func NewLexicon() *Lexicon {
	return &Lexicon{actors: map[string]string{}, agents: map[string]string{}}
}

// Add maps phrase to code.
func (l *Lexicon) Add(phrase, code string) {
	p := normPhrase(phrase)
	if p == "" {
		return
	}
	l.actors[p] = code
	if n := len(strings.Fields(p)); n > l.maxWords {
		l.maxWords = n
	}
}

// AddAgent maps an agent phrase ("foreign minister") to an agent code (GOV).
func (l *Lexicon) AddAgent(phrase, code string) {
	p := normPhrase(phrase)
	if p == "" {
		return
	}
	l.agents[p] = code
	if n := len(strings.Fields(p)); n > l.maxWords {
		l.maxWords = n
	}
}

func normPhrase(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// LoadTSV adds "phrase<TAB>code" lines ('#' comments).
func (l *Lexicon) LoadTSV(r io.Reader) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		name, code, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("lexicon: want phrase<TAB>code, got %q", line)
		}
		l.Add(name, strings.TrimSpace(code))
	}
	return sc.Err()
}

// LoadPetrarchActors adds a PETRARCH actor dictionary: an entry line
// "PHRASE [CODE]", synonyms on "+PHRASE" lines, the code possibly on an
// indented line of its own; date-restricted codes take the first.
func (l *Lexicon) LoadPetrarchActors(r io.Reader) error {
	sc := bufio.NewScanner(r)
	var names []string
	code := ""
	flush := func() {
		if code != "" && code != "---" && code != "+++" {
			for _, n := range names {
				l.Add(n, code)
			}
		}
		names, code = nil, ""
	}
	for sc.Scan() {
		raw := sc.Text()
		line := raw
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if strings.HasPrefix(strings.TrimSpace(line), "<!--") {
			continue
		}
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		indented := raw[0] == ' ' || raw[0] == '\t'
		c := ""
		if i, j := strings.Index(t, "["), strings.Index(t, "]"); i >= 0 && j > i {
			c = strings.Fields(strings.TrimSpace(t[i+1:j]) + " ")[0]
			t = strings.TrimSpace(t[:i])
		}
		switch {
		case indented:
			if code == "" {
				code = c
			}
			continue
		case strings.HasPrefix(t, "+"):
			names = append(names, strings.TrimPrefix(t, "+"))
		default:
			flush()
			if t != "" {
				names = append(names, t)
			}
		}
		if c != "" && code == "" {
			code = c
		}
	}
	flush()
	return sc.Err()
}

// LoadPetrarchAgents adds a PETRARCH agent dictionary: "PHRASE {PLURALS}
// [~CODE]" lines; "!X! = ..." substitution lines are skipped.
func (l *Lexicon) LoadPetrarchAgents(r io.Reader) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		i, j := strings.Index(line, "["), strings.Index(line, "]")
		if i < 0 || j < i || strings.Contains(line, "!") {
			continue
		}
		code := strings.TrimPrefix(strings.TrimSpace(line[i+1:j]), "~")
		head := line[:i]
		var plurals []string
		if a, b := strings.Index(head, "{"), strings.Index(head, "}"); a >= 0 && b > a {
			plurals = strings.Fields(head[a+1 : b])
			head = head[:a]
		}
		l.AddAgent(head, code)
		for _, p := range plurals {
			l.AddAgent(p, code)
		}
	}
	return sc.Err()
}

// StandIn returns a DocFunc that stands in for the actor, coreference and
// time stages: lexicon phrases (with an adjacent agent: "Gondor government")
// and runs of capitalised words become NAME mentions, one entity per
// distinct phrase. It finds no times or places.
func StandIn(lex *Lexicon) DocFunc {
	seg := text.New()
	return func(txt string, published time.Time) *newsgraph.Document {
		doc := &newsgraph.Document{Text: txt, Published: published}
		_ = seg.Process(context.Background(), doc)
		toks := doc.Tokens
		words := make([]string, len(toks))
		for i, t := range toks {
			w := t.Norm
			if w == "" {
				w = t.Text
			}
			words[i] = strings.ToLower(w)
		}
		ents := map[string]int{}
		addMention := func(a, b int, code string) {
			s := newsgraph.Span{Start: toks[a].Start, End: toks[b-1].End}
			name := txt[s.Start:s.End]
			key := strings.ToLower(name)
			ei, ok := ents[key]
			if !ok {
				ei = len(doc.Entities)
				ents[key] = ei
				country := ""
				if len(code) >= 3 && !strings.HasPrefix(code, "IGO") {
					country = code[:3]
				}
				doc.Entities = append(doc.Entities, newsgraph.Entity{ID: fmt.Sprintf("E%d", ei+1), Name: name,
					Code: code, Country: country, Type: newsgraph.Misc, Place: -1})
			}
			doc.Entities[ei].Mentions = append(doc.Entities[ei].Mentions, len(doc.Mentions))
			doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: s, Text: name, Kind: newsgraph.Name,
				Code: code, Entity: ei, Source: "standin"})
		}
		longest := func(i int, m map[string]string) (int, string) {
			for n := lex.maxWords; n >= 1; n-- {
				if i+n > len(words) {
					continue
				}
				p := strings.Join(words[i:i+n], " ")
				if c, ok := m[p]; ok {
					return i + n, c
				}
				if n == 1 && strings.HasSuffix(p, "s") {
					if c, ok := m[strings.TrimSuffix(p, "s")]; ok {
						return i + 1, c
					}
				}
			}
			return i, ""
		}
		for i := 0; i < len(toks); {
			if j, code := longest(i, lex.actors); j > i {
				// an agent right after ("Gondor government") or before
				// ("government of Gondor" is left alone) refines the code
				k := j
				if j < len(words) && words[j] == "'s" {
					k = j + 1
				}
				if e, ag := longest(k, lex.agents); e > k {
					addMention(i, e, code+ag)
					i = e
					continue
				}
				addMention(i, j, code)
				i = j
				continue
			}
			initial := i == 0 || toks[i-1].Text == "." || toks[i-1].Text == "“" || toks[i-1].Text == "\"" || toks[i-1].Text == "-"
			if initial && (i+1 >= len(toks) || !isCap(toks[i+1].Text)) {
				i++ // a lone capitalised first word is usually not a name ("Firstly", "Sadly")
				continue
			}
			if isCap(toks[i].Text) && !commonCap(words[i]) {
				j := i + 1
				for j < len(toks) && isCap(toks[j].Text) && !commonCap(words[j]) {
					if k, _ := longest(j, lex.actors); k > j {
						break
					}
					j++
				}
				addMention(i, j, "")
				i = j
				continue
			}
			i++
		}
		sort.SliceStable(doc.Mentions, func(a, b int) bool { return doc.Mentions[a].Start < doc.Mentions[b].Start })
		for i := range doc.Entities {
			doc.Entities[i].Mentions = nil
		}
		for mi, m := range doc.Mentions {
			doc.Entities[m.Entity].Mentions = append(doc.Entities[m.Entity].Mentions, mi)
		}
		return doc
	}
}

func isCap(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// commonCap lists capitalised words that begin sentences but name no one.
func commonCap(w string) bool {
	switch w {
	case "the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "on", "at", "after", "before", "but", "and",
		"this", "that", "these", "those", "his", "her", "its", "their", "our", "mr", "mrs", "ms", "dr", "monday",
		"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
		"april", "may", "june", "july", "august", "september", "october", "november", "december", "today",
		"yesterday", "tomorrow", "meanwhile", "however", "also", "earlier", "later", "when", "if", "while",
		"some", "many", "several", "both", "there", "last", "next", "on monday":
		return true
	}
	return false
}
