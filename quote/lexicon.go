package quote

import (
	"embed"
	"fmt"
	"sort"
	"strings"

	"newsgraph"
)

//go:embed data/*.txt
var dataFS embed.FS

// verbInfo describes one surface form of a reporting verb.
type verbInfo struct {
	Lemma  string
	Obj    bool // may take an addressee before "that"
	Noun   bool // the form may also be a noun
	Direct bool // a cue for direct quotes only
	Belief bool // a verb of thinking: reported clauses only
}

// phrase is a multi-word cue such as "according to".
type phrase struct {
	Words []string
	Kind  string // "source-after"
}

// lexicon is the read-only knowledge of the stage, loaded from data files.
type lexicon struct {
	verbs      map[string]verbInfo
	phrases    []phrase   // longest first
	tails      [][]string // longest first
	fillers    map[string]bool
	titleGlue  map[string]bool                 // lower-case words inside a title: "of", "the"
	pronouns   map[string]newsgraph.EntityType // "" for ANY
	npOpeners  map[string]bool
	relatives  map[string]bool
	complement map[string]bool
	notCompl   map[string]bool
	timeWords  map[string]bool
	quantities map[string]bool // "half", "third", "most": heads of speaker phrases
	nonSubject map[string]bool // "his", "them": pronouns that are never a clause's subject
	passiveAux map[string]bool // "was", "been": auxiliaries of a passive ("was asked by")
	preps      map[string]bool // "at", "for": prepositions that never open a clause
	asides     map[string]bool // "however", "for instance": asides between a subject and its verb
	conj       map[string]bool
	openers    map[string]bool // "after", "when": subordinators opening an adverbial clause of time or reason
}

// Lexicon is the user-extensible content of the data files, given to
// NewStageWith to add entries to the embedded lists. Each field takes lines
// in the same format as the file of the same name (see data/README.md).
type Lexicon struct {
	Verbs   []string // lines of verbs.txt
	Phrases []string // lines of phrases.txt
	Tails   []string // lines of tails.txt
	Words   []string // lines of words.txt (with [section] headers)
}

func readData(name string) (string, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return "", fmt.Errorf("quote: reading %s: %w", name, err)
	}
	return string(b), nil
}

// lines returns the non-blank, non-comment lines of s.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if i := strings.Index(l, "#"); i >= 0 && (i == 0 || l[i-1] == ' ' || l[i-1] == '\t') {
			l = l[:i]
		}
		l = strings.TrimSpace(l)
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

func loadLexicon(extra Lexicon) (*lexicon, error) {
	lx := &lexicon{
		verbs:      map[string]verbInfo{},
		fillers:    map[string]bool{},
		titleGlue:  map[string]bool{},
		pronouns:   map[string]newsgraph.EntityType{},
		npOpeners:  map[string]bool{},
		relatives:  map[string]bool{},
		complement: map[string]bool{},
		notCompl:   map[string]bool{},
		timeWords:  map[string]bool{},
		quantities: map[string]bool{},
		nonSubject: map[string]bool{},
		passiveAux: map[string]bool{},
		preps:      map[string]bool{},
		asides:     map[string]bool{},
		conj:       map[string]bool{},
		openers:    map[string]bool{},
	}
	get := func(name string, more []string) ([]string, error) {
		s, err := readData(name)
		if err != nil {
			return nil, err
		}
		return append(lines(s), lines(strings.Join(more, "\n"))...), nil
	}
	vl, err := get("verbs.txt", extra.Verbs)
	if err != nil {
		return nil, err
	}
	for n, l := range vl {
		forms, flags, _ := strings.Cut(l, "|")
		fs := strings.Fields(strings.ToLower(forms))
		if len(fs) == 0 {
			return nil, fmt.Errorf("quote: verbs.txt entry %d: no forms in %q", n+1, l)
		}
		vi := verbInfo{Lemma: fs[0]}
		for _, f := range strings.Fields(flags) {
			switch f {
			case "obj":
				vi.Obj = true
			case "noun":
				vi.Noun = true
			case "direct":
				vi.Direct = true
			case "belief":
				vi.Belief = true
			default:
				return nil, fmt.Errorf("quote: verbs.txt entry %q: unknown flag %q", l, f)
			}
		}
		for _, f := range fs {
			lx.verbs[f] = vi
		}
	}
	pl, err := get("phrases.txt", extra.Phrases)
	if err != nil {
		return nil, err
	}
	for _, l := range pl {
		words, kind, _ := strings.Cut(l, "|")
		kind = strings.TrimSpace(kind)
		if kind != "source-after" {
			return nil, fmt.Errorf("quote: phrases.txt entry %q: unknown kind %q", l, kind)
		}
		ws := strings.Fields(strings.ToLower(words))
		if len(ws) == 0 {
			return nil, fmt.Errorf("quote: phrases.txt entry %q: no words", l)
		}
		lx.phrases = append(lx.phrases, phrase{Words: ws, Kind: kind})
	}
	sort.SliceStable(lx.phrases, func(i, j int) bool { return len(lx.phrases[i].Words) > len(lx.phrases[j].Words) })
	tl, err := get("tails.txt", extra.Tails)
	if err != nil {
		return nil, err
	}
	for _, l := range tl {
		lx.tails = append(lx.tails, strings.Fields(strings.ToLower(l)))
	}
	sort.SliceStable(lx.tails, func(i, j int) bool { return len(lx.tails[i]) > len(lx.tails[j]) })
	wl, err := get("words.txt", extra.Words)
	if err != nil {
		return nil, err
	}
	section := ""
	for _, l := range wl {
		if strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]") {
			section = l[1 : len(l)-1]
			continue
		}
		fs := strings.Fields(l)
		w := strings.ToLower(fs[0])
		switch section {
		case "fillers":
			lx.fillers[w] = true
		case "title-glue":
			lx.titleGlue[w] = true
		case "pronouns":
			t := newsgraph.EntityType("")
			if len(fs) > 1 && fs[1] != "ANY" {
				t = newsgraph.EntityType(fs[1])
			}
			lx.pronouns[w] = t
		case "determiners":
			lx.npOpeners[w] = true
		case "relatives":
			lx.relatives[w] = true
		case "complementizers":
			lx.complement[w] = true
		case "not-complement":
			lx.notCompl[w] = true
		case "conjunctions":
			lx.conj[w] = true
		case "time-words":
			lx.timeWords[w] = true
		case "quantities":
			lx.quantities[w] = true
		case "non-subject-pronouns":
			lx.nonSubject[w] = true
		case "passive-auxiliaries":
			lx.passiveAux[w] = true
		case "prepositions":
			lx.preps[w] = true
		case "clause-openers":
			lx.openers[w] = true
		case "asides":
			lx.asides[strings.ToLower(strings.Join(fs, " "))] = true
		default:
			return nil, fmt.Errorf("quote: words.txt line %q outside a known [section] (%q)", l, section)
		}
	}
	return lx, nil
}
