package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"newsgraph/ner"
)

// Gazetteer bits: the fifth word-level id of the NER model is 1 + a bit set
// saying in which kinds of name lists of the repository's knowledge tables
// (actor/data, geo/data — never the CoNLL data) a word occurs, alone (a
// whole one-word entry) or as part of a longer entry.
const (
	gzLocWhole = 1 << iota // "France", "Kabul"
	gzLocPart              // "New", "York"
	gzDemonym              // "French", "Afghan"
	gzOrgWhole             // "NATO", "EU"
	gzOrgPart              // "Security", "Council"
	gzPerPart              // "Trump", "Joe"
	gzBits
)

// gazetteer reads the name lists of the actor and geo knowledge tables under
// root and returns ClusterWord(word) -> bit set.
// Cities count only with at least minPop inhabitants: small places are
// mostly noise (their names are common words) and the list of them grows.
func gazetteer(root string, minPop int) (map[string]uint32, error) {
	g := map[string]uint32{}
	add := func(name string, whole, part uint32) {
		name = strings.TrimSpace(name)
		if name == "" {
			return
		}
		ws := strings.Fields(name)
		for _, w := range ws {
			w = strings.Trim(w, ",;:()\"")
			if w == "" {
				continue
			}
			k := ner.ClusterWord(w)
			if len(ws) == 1 {
				g[k] |= whole
			} else {
				g[k] |= part
			}
		}
	}
	addList := func(s string, whole, part uint32) {
		for _, n := range strings.Split(s, "|") {
			add(n, whole, part)
		}
	}
	// geo/data: countries (names, aliases, demonyms, capitals), first-level
	// divisions and cities, by column name
	for _, spec := range []struct {
		file string
		cols map[string]uint32 // column -> whole bit (part bit derived)
	}{
		{"countries.tsv", map[string]uint32{"name": gzLocWhole, "official": gzLocWhole, "aliases": gzLocWhole, "capital": gzLocWhole, "demonyms": gzDemonym}},
		{"admin1.tsv", map[string]uint32{"name": gzLocWhole, "aliases": gzLocWhole}},
		{"cities.tsv", map[string]uint32{"name": gzLocWhole, "ascii": gzLocWhole}},
	} {
		err := readTable(filepath.Join(root, "geo", "data", spec.file), true, func(get func(string) string) {
			if spec.file == "cities.tsv" {
				if pop, err := strconv.Atoi(get("population")); err != nil || pop < minPop {
					return
				}
			}
			for col, whole := range spec.cols {
				part := uint32(gzLocPart)
				if whole == gzDemonym {
					part = 0
				}
				addList(get(col), whole, part)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	// actor/data: countries (name, short forms, demonyms), organisations,
	// office holders
	err := readTable(filepath.Join(root, "actor", "data", "countries.tsv"), false, func(get func(string) string) {
		addList(get("2"), gzLocWhole, gzLocPart)
		addList(get("3"), gzLocWhole, gzLocPart)
		addList(get("4"), gzDemonym, 0)
		addList(get("5"), gzLocWhole, gzLocPart)
	})
	if err != nil {
		return nil, err
	}
	err = readTable(filepath.Join(root, "actor", "data", "orgs.tsv"), false, func(get func(string) string) {
		addList(get("0"), gzOrgWhole, gzOrgPart)
		addList(get("1"), gzOrgWhole, gzOrgPart)
	})
	if err != nil {
		return nil, err
	}
	err = readTable(filepath.Join(root, "actor", "data", "officeholders.tsv"), false, func(get func(string) string) {
		add(get("0"), gzPerPart, gzPerPart)
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

// readTable calls row for every non-comment line of a tab-separated file.
// With header the first line names the columns; otherwise columns are
// named by their 0-based index.
func readTable(path string, header bool, row func(get func(string) string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var names map[string]int
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if header && names == nil {
			names = map[string]int{}
			for i, n := range fields {
				names[n] = i
			}
			continue
		}
		row(func(col string) string {
			i, ok := names[col]
			if !header {
				if _, err := fmt.Sscan(col, &i); err != nil {
					return ""
				}
				ok = true
			}
			if !ok || i >= len(fields) {
				return ""
			}
			return fields[i]
		})
	}
	return sc.Err()
}
