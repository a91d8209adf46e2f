package main

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readBBC returns the lines of every BBC News article (title line included).
func readBBC(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		s := strings.ToValidUTF8(string(b), " ")
		lines = append(lines, strings.Split(s, "\n")...)
	}
	return lines, nil
}

var (
	reutTitle = regexp.MustCompile(`(?s)<TITLE>(.*?)</TITLE>`)
	reutBody  = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)
)

// readReuters returns titles and body paragraphs of Reuters-21578 stories,
// with the body's hard line breaks joined.
func readReuters(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "reut2-*.sgm"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		s := strings.ToValidUTF8(string(b), " ")
		for _, m := range reutTitle.FindAllStringSubmatch(s, -1) {
			lines = append(lines, html.UnescapeString(m[1]))
		}
		for _, m := range reutBody.FindAllStringSubmatch(s, -1) {
			body := html.UnescapeString(m[1])
			for _, para := range strings.Split(body, "\n    ") {
				lines = append(lines, strings.Join(strings.Fields(para), " "))
			}
		}
	}
	return lines, nil
}

var abbrevs = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "st.": true, "inc.": true, "corp.": true,
	"co.": true, "ltd.": true, "jr.": true, "sr.": true, "gen.": true, "gov.": true, "sen.": true,
	"rep.": true, "vs.": true, "jan.": true, "feb.": true, "aug.": true, "sept.": true, "oct.": true,
	"nov.": true, "dec.": true, "no.": true, "bros.": true, "prof.": true, "lt.": true, "col.": true,
}

// tokenize splits a line into CoNLL-2003-like tokens: punctuation split off,
// clitics ('s, n't) separated, abbreviations ("U.S.", "Mr.") kept whole.
func tokenize(line string) []string {
	var out []string
	for _, f := range strings.Fields(line) {
		f = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", "\"", "\u201d", "\"", "`", "'").Replace(f)
		var tail []string
		for len(f) > 0 {
			r, n := utf8.DecodeRuneInString(f)
			if strings.ContainsRune("\"'([{<", r) && len(f) > n {
				out = append(out, f[:n])
				f = f[n:]
				continue
			}
			break
		}
		for len(f) > 1 {
			r, n := utf8.DecodeLastRuneInString(f)
			if strings.ContainsRune("\"')]}>,;:!?", r) {
				tail = append(tail, f[len(f)-n:])
				f = f[:len(f)-n]
				continue
			}
			if r == '.' {
				low := strings.ToLower(f)
				inner := strings.Count(f[:len(f)-1], ".") > 0
				single := utf8.RuneCountInString(f) == 2 && unicode.IsUpper([]rune(f)[0])
				if abbrevs[low] || inner || single {
					break
				}
				tail = append(tail, ".")
				f = f[:len(f)-1]
				continue
			}
			break
		}
		if f != "" {
			low := strings.ToLower(f)
			switch {
			case strings.HasSuffix(low, "n't") && len(f) > 3:
				out = append(out, f[:len(f)-3], f[len(f)-3:])
			case len(f) > 2 && (strings.HasSuffix(low, "'s") || strings.HasSuffix(low, "'d") || strings.HasSuffix(low, "'m")):
				out = append(out, f[:len(f)-2], f[len(f)-2:])
			case len(f) > 3 && (strings.HasSuffix(low, "'re") || strings.HasSuffix(low, "'ve") || strings.HasSuffix(low, "'ll")):
				out = append(out, f[:len(f)-3], f[len(f)-3:])
			default:
				out = append(out, f)
			}
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

// unlabelled returns the tokenised lines of BBC News and Reuters-21578.
func unlabelled(data string) ([][]string, error) {
	bbc, err := readBBC(filepath.Join(data, "bbc_news"))
	if err != nil {
		return nil, err
	}
	reu, err := readReuters(filepath.Join(data, "reuters21578"))
	if err != nil {
		return nil, err
	}
	var out [][]string
	for _, l := range append(bbc, reu...) {
		if t := tokenize(l); len(t) > 0 {
			out = append(out, t)
		}
	}
	return out, nil
}
