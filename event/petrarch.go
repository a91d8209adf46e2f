package event

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// LoadPetrarchVerbs reads a PETRARCH (TABARI) CAMEO verb dictionary such as
// CAMEO.2.0.txt and converts its patterns to the newsgraph form.
//
// The dictionary holds synonym sets ("&NAME" then "+WORD" lines) and verb
// blocks: a header "---  NAME   [code]  ---", verb lines ("MEET {MEETS MET
// MEETING}", "+MEET_WITH {...}", optionally with their own [code]) and
// pattern lines "- words * words [code] # comment", where "*" stands for the
// verb, "+" for the target, "$" for the source, "&SET" for any word of a
// synonym set, "_" joins adjacent words, "(...)" and "{...}" group words, and
// "^" or "%" skip a phrase. A code "[a:b]" codes a from source to target and b
// back from target to source; "[---]" and "[:b]" code nothing. When a pattern names no source, the source is the verb's
// subject; when it names no target, an optional target follows the pattern.
// Patterns that cannot be expressed (a target before the verb and no
// source) are skipped.
func LoadPetrarchVerbs(r io.Reader) ([]*Pattern, error) {
	type verb struct {
		words []string // lower case; a multi-word verb's words in order
		forms []string // listed inflections of a single-word verb
		head  int      // the inflected word of a multi-word verb ("WIRE_+TAP")
		code  string
	}
	var (
		out      []*Pattern
		synsets  = map[string][]string{}
		curSyn   string
		block    string
		defCode  string
		verbs    []verb
		patterns [][2]string // raw pattern, code
		lineNo   int
	)
	flush := func() {
		if block == "" {
			return
		}
		for _, vb := range verbs {
			code := vb.code
			if code == "" {
				code = defCode
			}
			if code != "" {
				for _, p := range buildPetrarch(vb.words, vb.forms, vb.head, "*", code, synsets) {
					p.Origin = "petrarch:" + block
					out = append(out, p)
				}
			}
			for _, pt := range patterns {
				for _, p := range buildPetrarch(vb.words, vb.forms, vb.head, pt[0], pt[1], synsets) {
					p.Origin = "petrarch:" + block
					out = append(out, p)
				}
			}
		}
		block, defCode, verbs, patterns = "", "", nil, nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			curSyn = ""
			continue
		}
		switch {
		case strings.HasPrefix(line, "<!--") || strings.HasPrefix(line, "~"):
			continue
		case strings.HasPrefix(line, "---"):
			flush()
			body := strings.Trim(line, "- ")
			name, code := splitCode(body)
			block, defCode, curSyn = strings.TrimSpace(name), code, ""
		case strings.HasPrefix(line, "&"):
			if block != "" {
				flush()
			}
			curSyn = synName(strings.Fields(line)[0])
			synsets[curSyn] = nil
		case strings.HasPrefix(line, "+") && curSyn != "":
			// a member may be several words ("+WILL NOT", "+GOLDEN_GOBLIN_GALLEONS")
			// or another set ("+&TIETYPES"), expanded when the pattern is built
			w := strings.Trim(strings.TrimPrefix(line, "+"), "_ ")
			w = strings.Join(strings.Fields(strings.ReplaceAll(w, "_", " ")), " ")
			if w != "" {
				synsets[curSyn] = append(synsets[curSyn], strings.ToLower(w))
			}
		case strings.HasPrefix(line, "-") && block != "":
			body, code := splitCode(strings.TrimPrefix(line, "-"))
			if code != "" {
				patterns = append(patterns, [2]string{body, code})
			}
		case block != "":
			body, code := splitCode(line)
			f := strings.Fields(body)
			if len(f) == 0 {
				continue
			}
			head := strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(f[0], "+"), "_"))
			vb := verb{code: code}
			for _, w := range strings.Split(head, "_") {
				if w != "" && w != "+" {
					if strings.HasPrefix(w, "+") {
						vb.head = len(vb.words)
					}
					vb.words = append(vb.words, strings.TrimPrefix(w, "+"))
				}
			}
			if len(vb.words) == 0 {
				continue
			}
			if len(vb.words) == 1 {
				rest := strings.Trim(strings.Join(f[1:], " "), "{} ")
				for _, x := range strings.Fields(rest) {
					x = strings.ToLower(strings.Trim(x, "{}+"))
					if x != "" && !strings.Contains(x, "_") {
						vb.forms = append(vb.forms, x)
					}
				}
			}
			verbs = append(verbs, vb)
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("petrarch verbs line %d: %w", lineNo, err)
	}
	return out, nil
}

// splitCode cuts "body [code]" and returns the active code, "" when none;
// a reciprocal code "[a:b]" is returned as "a:b".
func splitCode(s string) (string, string) {
	i := strings.LastIndex(s, "[")
	j := strings.LastIndex(s, "]")
	if i < 0 || j < i {
		return s, ""
	}
	code := strings.TrimSpace(s[i+1 : j])
	body := s[:i]
	back := ""
	if k := strings.IndexByte(code, ':'); k >= 0 {
		code, back = strings.TrimSpace(code[:k]), strings.TrimSpace(code[k+1:])
	}
	if !isCode(code) {
		return body, ""
	}
	if isCode(back) {
		return body, code + ":" + back // reciprocal: the target does back to the source
	}
	return body, code
}

// synName normalises a synonym-set name: "&PREPOSIT1_" defines the set
// that patterns call "&PREPOSIT1".
func synName(w string) string {
	return strings.ToUpper(strings.Trim(w, "_+"))
}

// synMembers expands a synonym set into its members, each a sequence of
// words; a member naming another set ("+&TIETYPES") is replaced by that
// set's members.
func synMembers(name string, synsets map[string][]string, depth int) [][]string {
	var out [][]string
	for _, m := range synsets[synName(name)] {
		if strings.HasPrefix(m, "&") {
			if depth < 3 {
				out = append(out, synMembers(m, synsets, depth+1)...)
			}
			continue
		}
		if ws := strings.Fields(m); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// maxVariants bounds the patterns one dictionary line expands into through
// synonym sets with multi-word members.
const maxVariants = 16

// buildPetrarch converts one PETRARCH pattern for one verb. A synonym set
// whose members are single words becomes one element matching any of them;
// each multi-word member ("&NEGATVAUXVRB": "will not", "wo n't") gives a
// pattern of its own. The verb ("*") is the trigger, so tense and negation
// are read on it. "%" before the verb is a compound subject whose members
// act on each other ("% * [030:030]": "the Philippines and France agree");
// such a pattern matches only a coordination, and then beats the verb alone.
// After the verb ("* WITH %") it is the target.
func buildPetrarch(vwords, forms []string, head int, pat, code string, synsets map[string][]string) []*Pattern {
	type item struct {
		kind  elemKind
		words []string // alternatives (elLit)
		verb  bool
		tight bool
	}
	variants := [][]item{nil}
	compound := false
	add := func(its ...item) {
		for i := range variants {
			variants[i] = append(variants[i], its...)
		}
	}
	hasSrc, hasTgt, sawVerb := false, false, false
	// words joined by "_" are adjacent ("RECENTLY_*"); a space lets a few
	// modifiers stand between them
	type ptok struct {
		s     string
		tight bool
	}
	var toks []ptok
	repl := strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ")
	for _, grp := range strings.Fields(repl.Replace(pat)) {
		for k, t := range strings.Split(grp, "_") {
			if t != "" {
				toks = append(toks, ptok{t, k > 0})
			}
		}
	}
	for _, pt := range toks {
		tok := pt.s
		switch {
		case tok == "*":
			if sawVerb {
				return nil
			}
			sawVerb = true
			for i, w := range vwords {
				it := item{kind: elLit, words: []string{w}, verb: i == head, tight: i > 0 || pt.tight}
				if len(vwords) == 1 {
					it.words = append(it.words, forms...)
				}
				add(it)
			}
		case tok == "+":
			if hasTgt {
				return nil
			}
			hasTgt = true
			add(item{kind: elTarget})
		case tok == "%" && sawVerb:
			// a compound after the verb ("* WITH %") is the target,
			// one event per member
			if hasTgt {
				return nil
			}
			hasTgt = true
			add(item{kind: elTarget})
		case tok == "$" || tok == "%":
			if hasSrc {
				return nil
			}
			hasSrc = true
			compound = tok == "%"
			add(item{kind: elSource})
		case tok == "^":
			add(item{kind: elSkip})
		case strings.HasPrefix(tok, "&"):
			var single []string
			var multi [][]string
			for _, ws := range synMembers(tok, synsets, 0) {
				if len(ws) == 1 {
					single = append(single, ws[0])
				} else {
					multi = append(multi, ws)
				}
			}
			var next [][]item
			for _, v := range variants {
				if len(single) > 0 {
					next = append(next, append(append([]item(nil), v...), item{kind: elLit, words: single, tight: pt.tight}))
				}
				for _, ws := range multi {
					nv := append([]item(nil), v...)
					for k, w := range ws {
						nv = append(nv, item{kind: elLit, words: []string{w}, tight: k > 0 || pt.tight})
					}
					next = append(next, nv)
				}
			}
			if len(next) == 0 || len(next) > maxVariants {
				return nil
			}
			variants = next
		default:
			w := strings.ToLower(strings.Trim(tok, "+$"))
			if w == "" || strings.ContainsAny(w, "*&^%") {
				return nil
			}
			add(item{kind: elLit, words: []string{w}, tight: pt.tight})
		}
	}
	if !sawVerb {
		return nil
	}
	code, back, _ := strings.Cut(code, ":")
	var out []*Pattern
	for _, its := range variants {
		var elems []elem
		var line []string
		verbAt := -1
		if !hasSrc {
			if len(its) > 0 && its[0].kind != elLit {
				return nil // a slot before the verb and no source: not expressible
			}
			elems = append(elems, elem{kind: elSource})
			line = append(line, "SOURCE")
		}
		for _, it := range its {
			if it.kind == elSkip && len(elems) > 0 && elems[len(elems)-1].kind == elSkip {
				continue // merge consecutive skips
			}
			if it.verb {
				verbAt = len(elems)
			}
			tight := it.tight && it.kind == elLit && len(elems) > 0 && elems[len(elems)-1].kind == elLit
			// a slot after the verb may be a preposition's object
			// ("+ * MONEY $": "received by courier money from Osgiliath")
			loose := (it.kind == elSource || it.kind == elTarget) && verbAt >= 0
			elems = append(elems, elem{kind: it.kind, words: it.words, tight: tight, phrase: it.kind == elSkip, loose: loose})
			switch it.kind {
			case elLit:
				line = append(line, strings.Join(it.words, "|"))
			case elSource:
				line = append(line, "SOURCE")
			case elTarget:
				line = append(line, "TARGET")
			case elSkip:
				line = append(line, "...")
			}
		}
		if !hasTgt && !compound {
			elems = append(elems, elem{kind: elTarget, optional: true, loose: true})
			line = append(line, "TARGET?")
		}
		p := &Pattern{Code: code, Line: strings.Join(line, " "), elems: elems, fallback: true, compound: compound, asIs: true}
		p.bare = strings.TrimSpace(pat) == "*"
		if p.finish() != nil {
			continue
		}
		if verbAt >= 0 && verbAt != p.trigger {
			// the verb carries tense and negation, not a word before it
			// ("UNEXPECTEDLY &NEGATVAUXVRB * OVER EFFORTS")
			p.trigger = verbAt
			p.verbal = false
		}
		if back != "" && !compound {
			r := *p
			r.Code = back
			p.rev = &r // "ARRIVE [032:033]": the host's 033 towards the visitor
		}
		out = append(out, p)
	}
	return out
}
