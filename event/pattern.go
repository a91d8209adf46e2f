package event

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type elemKind int

const (
	elLit    elemKind = iota // a word: any of words, compared with the token's lemmas
	elSource                 // the source actor
	elTarget                 // the target actor
	elSkip                   // skip up to n arbitrary words (PETRARCH ^, pattern ...)
)

type elem struct {
	kind     elemKind
	words    []string // lemmas (lower case) for elLit
	optional bool
	loose    bool // may step over prepositions: PETRARCH's implicit object
	tight    bool // right after the previous word (PETRARCH "_": "RECENTLY_*")
	phrase   bool // elSkip: PETRARCH "^", a noun phrase that is not the next slot's actor
}

// Pattern is one compiled coding pattern: a CAMEO code and a sequence of
// words and actor slots. Patterns are written one a line (see
// data/README.md):
//
//	040  SOURCE meet with TARGET
//	1312 TARGET would face tariff ; source=governor
type Pattern struct {
	Code   string // CAMEO event code
	Line   string // the pattern as written, reported in Event.Pattern
	Origin string // file:line or dictionary block it came from

	elems    []elem
	trigger  int      // index in elems of the trigger word
	governor bool     // source = actor governing the clause (source=governor)
	verbal   bool     // the trigger directly follows the leading SOURCE slot: a verb pattern
	nominal  bool     // flag noun: the trigger is a noun and SOURCE modifies it ("Palestinian riots against")
	weight   int      // specificity: number of elements
	lits     int      // required words (not slots, not "...")
	content  int      // required words that are not function words ("urge TARGET to": 1)
	fallback bool     // from a PETRARCH dictionary: used only where no built-in pattern fires
	rev      *Pattern // a dictionary's reciprocal code ("[032:033]"): the same match, actors swapped
	compound bool     // PETRARCH "%": SOURCE is a coordination whose members act on each other
	bare     bool     // a dictionary verb alone ("--- URGE [102] ---"), no pattern words
	asIs     bool     // coded as a dictionary says: refine.txt does not apply
}

// ParsePatterns reads patterns in the newsgraph format: "CODE PATTERN
// [; flag ...]", '#' comments. origin names the source in Pattern.Origin.
func ParsePatterns(r io.Reader, origin string) ([]*Pattern, error) {
	var out []*Pattern
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		p, err := parsePatternLine(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", origin, n, err)
		}
		p.Origin = fmt.Sprintf("%s:%d", origin, n)
		out = append(out, p)
	}
	return out, sc.Err()
}

func parsePatternLine(line string) (*Pattern, error) {
	body, flags, _ := strings.Cut(line, ";")
	f := strings.Fields(body)
	if len(f) < 2 {
		return nil, fmt.Errorf("want CODE PATTERN, got %q", line)
	}
	if !isCode(f[0]) {
		return nil, fmt.Errorf("bad CAMEO code %q", f[0])
	}
	p := &Pattern{Code: f[0], Line: strings.Join(f[1:], " ")}
	for _, w := range f[1:] {
		e := elem{}
		if strings.HasSuffix(w, "?") && len(w) > 1 {
			e.optional = true
			w = strings.TrimSuffix(w, "?")
		}
		switch w {
		case "SOURCE":
			e.kind = elSource
		case "TARGET":
			e.kind = elTarget
		case "...":
			e.kind = elSkip
		default:
			e.kind = elLit
			for _, a := range strings.Split(strings.ToLower(w), "|") {
				if a != "" {
					e.words = append(e.words, a)
				}
			}
			if len(e.words) == 0 {
				return nil, fmt.Errorf("empty word in %q", line)
			}
		}
		p.elems = append(p.elems, e)
	}
	for _, fl := range strings.Fields(flags) {
		switch fl {
		case "source=governor":
			p.governor = true
		case "noun":
			p.nominal = true
		default:
			return nil, fmt.Errorf("unknown flag %q", fl)
		}
	}
	return p, p.finish()
}

// finish checks the element sequence and picks the trigger.
func (p *Pattern) finish() error {
	first := -1
	nsrc, ntgt := 0, 0
	for i, e := range p.elems {
		switch e.kind {
		case elLit:
			if first < 0 && !e.optional {
				first = i
			}
		case elSource:
			nsrc++
		case elTarget:
			ntgt++
		}
	}
	if first < 0 {
		return fmt.Errorf("pattern %q has no required word", p.Line)
	}
	if nsrc > 1 || ntgt > 1 {
		return fmt.Errorf("pattern %q has more than one SOURCE or TARGET", p.Line)
	}
	if first > 1 || (first == 1 && p.elems[0].kind == elSkip) {
		return fmt.Errorf("pattern %q: at most one slot before the first word", p.Line)
	}
	for i := 0; i < first; i++ {
		if p.elems[i].optional {
			return fmt.Errorf("pattern %q: the leading slot cannot be optional", p.Line)
		}
	}
	if nsrc == 0 && !p.governor {
		return fmt.Errorf("pattern %q has no SOURCE (add one or flag source=governor)", p.Line)
	}
	// The trigger is the first content word: function words such as
	// "between", "and", "'s" anchor the match but do not carry the event.
	p.trigger = first
	for i := first; i < len(p.elems); i++ {
		e := p.elems[i]
		if e.kind == elLit && !e.optional && !isFunctionWord(e.words[0]) && !isMannerAdverb(e.words[0]) {
			p.trigger = i
			break
		}
	}
	// "SOURCE sexually abuse": the verb after a manner adverb is the trigger;
	// such a pattern is not verbal (the adverb already marks a verb use)
	p.verbal = first == 1 && p.elems[0].kind == elSource && p.trigger == 1
	if p.nominal {
		if first != 1 || p.elems[0].kind != elSource {
			return fmt.Errorf("pattern %q: flag noun needs a leading SOURCE", p.Line)
		}
		p.verbal = false
	}
	p.weight = len(p.elems)
	p.lits, p.content = 0, 0
	for _, e := range p.elems {
		if e.kind == elLit && !e.optional {
			p.lits++
			if !isFunctionWord(e.words[0]) {
				p.content++
			}
		}
	}
	return nil
}

// isMannerAdverb reports an adverb in -ally, -ously, -ively ("sexually",
// "ethnically", "forcibly" aside): it modifies the pattern's verb and is not
// its trigger.
func isMannerAdverb(w string) bool {
	if len(w) < 7 {
		return false
	}
	for _, suf := range []string{"ally", "ously", "ively", "ibly"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isFunctionWord reports words that never serve as a pattern's trigger.
func isFunctionWord(w string) bool {
	switch w {
	case "and", "between", "with", "by", "of", "to", "'s", "the", "a", "an", "on", "in", "at",
		"for", "from", "against", "would", "will", "be", "have", "that", "not", "into", "over",
		"upon", "it":
		return true
	}
	return false
}

func isCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func (p *Pattern) hasWord(w string) bool {
	for _, e := range p.elems {
		if e.kind == elLit {
			for _, x := range e.words {
				if x == w {
					return true
				}
			}
		}
	}
	return false
}

// hasTarget reports whether the pattern has a TARGET slot.
func (p *Pattern) hasTarget() bool {
	for _, e := range p.elems {
		if e.kind == elTarget {
			return true
		}
	}
	return false
}

// optionalTarget reports whether the pattern's TARGET slot is optional.
func (p *Pattern) optionalTarget() bool {
	for _, e := range p.elems {
		if e.kind == elTarget {
			return e.optional
		}
	}
	return false
}

// endsWith reports whether the pattern's last element is the word w.
func (p *Pattern) endsWith(w string) bool {
	if len(p.elems) == 0 {
		return false
	}
	e := p.elems[len(p.elems)-1]
	return e.kind == elLit && len(e.words) == 1 && e.words[0] == w
}
