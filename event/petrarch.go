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
				if p := buildPetrarch(vb.words, vb.forms, "*", code, synsets); p != nil {
					p.Origin = "petrarch:" + block
					out = append(out, p)
				}
			}
			for _, pt := range patterns {
				if p := buildPetrarch(vb.words, vb.forms, pt[0], pt[1], synsets); p != nil {
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
			curSyn = strings.ToUpper(strings.Fields(line)[0])
			synsets[curSyn] = nil
		case strings.HasPrefix(line, "+") && curSyn != "":
			w := strings.TrimSuffix(strings.TrimPrefix(strings.Fields(line)[0], "+"), "_")
			synsets[curSyn] = append(synsets[curSyn], strings.ToLower(w))
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

// buildPetrarch converts one PETRARCH pattern for one verb.
func buildPetrarch(vwords, forms []string, pat, code string, synsets map[string][]string) *Pattern {
	var elems []elem
	hasSrc, hasTgt, sawVerb := false, false, false
	var line []string
	addLit := func(words ...string) {
		elems = append(elems, elem{kind: elLit, words: words})
		line = append(line, strings.Join(words, "|"))
	}
	repl := strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ", "_", " ")
	for _, tok := range strings.Fields(repl.Replace(pat)) {
		switch {
		case tok == "*":
			if sawVerb {
				return nil
			}
			sawVerb = true
			for i, w := range vwords {
				if i == 0 && len(vwords) == 1 {
					addLit(append([]string{w}, forms...)...)
				} else {
					addLit(w)
				}
			}
		case tok == "+":
			if hasTgt {
				return nil
			}
			hasTgt = true
			elems = append(elems, elem{kind: elTarget})
			line = append(line, "TARGET")
		case tok == "$":
			if hasSrc {
				return nil
			}
			hasSrc = true
			elems = append(elems, elem{kind: elSource})
			line = append(line, "SOURCE")
		case tok == "^" || tok == "%":
			elems = append(elems, elem{kind: elSkip})
			line = append(line, "...")
		case strings.HasPrefix(tok, "&"):
			ws := synsets[strings.ToUpper(tok)]
			var single []string
			for _, w := range ws {
				if !strings.ContainsAny(w, "_ &") && w != "" {
					single = append(single, w)
				}
			}
			if len(single) == 0 {
				return nil
			}
			addLit(single...)
		default:
			w := strings.ToLower(strings.Trim(tok, "+$"))
			if w == "" || strings.ContainsAny(w, "*&^%") {
				return nil
			}
			addLit(w)
		}
	}
	if !sawVerb {
		return nil
	}
	if !hasSrc {
		if len(elems) > 0 && elems[0].kind != elLit {
			return nil // a slot before the verb and no source: not expressible
		}
		elems = append([]elem{{kind: elSource}}, elems...)
		line = append([]string{"SOURCE"}, line...)
	}
	if !hasTgt {
		elems = append(elems, elem{kind: elTarget, optional: true, loose: true})
		line = append(line, "TARGET?")
	}
	// merge consecutive skips and drop a trailing one
	var clean []elem
	for _, e := range elems {
		if e.kind == elSkip && len(clean) > 0 && clean[len(clean)-1].kind == elSkip {
			continue
		}
		clean = append(clean, e)
	}
	code, back, _ := strings.Cut(code, ":")
	p := &Pattern{Code: code, Line: strings.Join(line, " "), elems: clean, fallback: true}
	if p.finish() != nil {
		return nil
	}
	if back != "" {
		r := *p
		r.Code = back
		p.rev = &r // "ARRIVE [032:033]": the host's 033 towards the visitor
	}
	return p
}
