// Command genorgs regenerates actor/data/phoenix_orgs.tsv, the table of
// named organisations (IGOs, NGOs, companies, militant and opposition groups)
// with their CAMEO codes, from the Phoenix/PETRARCH2 actor dictionaries
// (openeventdata/petrarch2, MIT licence):
//
//	go run ./actor/cmd/genorgs \
//	    -dict ../shared/data/petrarch/petrarch2/dictionaries \
//	    -words ../shared/data/conll2003/eng.train \
//	    -out actor/data/phoenix_orgs.tsv
//
// It keeps the entries of Phoenix.MilNonState.actors.txt,
// Phoenix.International.actors.txt and Phoenix.Countries.actors.txt that
// name an organisation rather than a person or a place, with the codes that
// have a country or IGO/NGO/MNC/IMG part, and only the surface forms that are
// safe to match in running text (see the rules in actor/data/README.md).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"newsgraph/actor"
	"newsgraph/actor/cmd/internal/gen"
)

func main() {
	dict := flag.String("dict", "../shared/data/petrarch/petrarch2/dictionaries", "directory of the Phoenix dictionaries")
	words := flag.String("words", "../shared/data/conll2003/eng.train", "corpus whose lower-case words are common words")
	data := flag.String("data", "actor/data", "actor data directory (orgs.tsv, people.tsv)")
	out := flag.String("out", "actor/data/phoenix_orgs.tsv", "output TSV")
	flag.Parse()
	if err := run(*dict, *words, *data, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genorgs:", err)
		os.Exit(1)
	}
}

var files = []string{"Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt", "Phoenix.Countries.actors.txt"}

// orgWords mark a name as an organisation's.
var orgWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`PARTY FRONT ARMY ARMIES ORGANIZATION ORGANISATION COUNCIL MOVEMENT BRIGADE BRIGADES
		GROUP LEAGUE UNION ASSOCIATION FEDERATION COMMITTEE COMMISSION AGENCY BANK FUND INSTITUTE
		FOUNDATION CENTER CENTRE SOCIETY NETWORK ALLIANCE COALITION FORCES AUTHORITY TRIBUNAL COURT
		PROGRAMME PROGRAM CONFERENCE COMMUNITY FORUM TRUST WATCH CORPORATION COMPANY BUREAU SERVICE
		CONGRESS ASSEMBLY OFFICE PARLIAMENT SECRETARIAT COOPERATION INTERNATIONAL DECLARATION
		BATTALION COMMANDOS MILITIA FACTION CELLS CELL NUCLEI SQUAD SQUADS JIHAD MUJAHIDEEN
		TIGERS EMPIRE WING GUARD GUARDS RESISTANCE LIBERATION REVOLUTIONARY BROTHERHOOD
		PARTNERSHIP INITIATIVE CAMPAIGN PROJECT ACTION FACTIONS COMMAND COMMANDO UNIT UNITS
		RED CROSS CRESCENT AMNESTY
		JEMAAH JAMAAH JAMAAT JAMIAT ISLAMIYAH ISLAMIYA ISLAMIAH HARKAT HARAKAT HARAKUT LASHKAR
		JAISH JAYSH HIZB HEZB ANSAR TEHRIK TEHREEK KATAIB KATAEB KATIBAT LIWA LIWAA SARAYA SARAYAT
		JABHAT TANZIM TANZEEM`) {
		orgWords[w] = true
	}
}

var parenRE = regexp.MustCompile(`\(([^)]*)\)`)

type org struct {
	name  string   // display name
	forms []string // upper-case surface forms, words separated by spaces
	codes []actor.DatedCode
	file  string
}

func run(dict, wordsPath, data, out string) error {
	kb, err := actor.Load()
	if err != nil {
		return err
	}
	common, sp, err := gen.CommonWords(wordsPath)
	if err != nil {
		return err
	}
	spelling = sp
	people, err := firstColumn(filepath.Join(data, "people.tsv"), nil)
	if err != nil {
		return err
	}
	if firstNames, err = firstWords(filepath.Join(data, "people.tsv")); err != nil {
		return err
	}
	hand, err := firstColumn(filepath.Join(data, "orgs.tsv"), kb)
	if err != nil {
		return err
	}
	stats := map[string]int{}
	var orgs []*org
	byName := map[string]*org{} // by the gazetteer key of the name
	for _, f := range files {
		r, err := os.Open(filepath.Join(dict, f))
		if err != nil {
			return err
		}
		es, err := actor.LoadPhoenixActors(r)
		r.Close()
		if err != nil {
			return err
		}
		stats["entries"] += len(es)
		for _, e := range es {
			o := keep(e, f, kb, common, people, stats)
			if o == nil {
				continue
			}
			k := kb.GazetteerKey(o.name)
			if x := byName[k]; x != nil {
				// the International file lists many twice: the first
				// wins; one written with "THE" ("CARTER_CENTER" NGOUSAHRI,
				// "THE_CARTER_CENTER" NGOUSA) is merged into the other,
				// with the more specific codes
				stats["skip: duplicate"]++
				if !strings.EqualFold(x.name, o.name) {
					stats["merged: the same name with THE"]++
					merge(x, o, kb)
				}
				continue
			}
			byName[k] = o
			orgs = append(orgs, o)
		}
	}
	// a form two organisations of different countries share names neither;
	// a form of a hand-written organisation belongs to it
	// (by gazetteer key); a form two organisations of one country share
	// belongs to the first
	owner := map[string]string{}
	first := map[string]*org{}
	for _, o := range orgs {
		for _, f := range o.forms {
			k := kb.GazetteerKey(f)
			c := country(o.codes[0].Code)
			if x, ok := owner[k]; ok && x != c {
				owner[k] = "?"
			} else if !ok {
				owner[k] = c
				first[k] = o
			}
		}
	}
	var kept []*org
	for _, o := range orgs {
		var fs []string
		for _, f := range o.forms {
			switch k := kb.GazetteerKey(f); {
			case owner[k] == "?":
				stats["form: shared by two countries"]++
			case first[k] != o:
				stats["form: of an organisation before"]++
			case hand[k]:
				stats["form: in orgs.tsv"]++
			default:
				fs = append(fs, f)
			}
		}
		if len(fs) == 0 {
			continue
		}
		o.forms = fs
		o.name = display(fs[0])
		kept = append(kept, o)
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].name < kept[j].name })
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `# phoenix_orgs.tsv - GENERATED by actor/cmd/genorgs; do not edit (see README.md).
# Source: %s from openeventdata/petrarch2 (MIT licence,
# Copyright (c) 2014 Open Event Data Alliance).
# name: display name. aliases: other surface forms (|, "-" none); matched like orgs.tsv names
#       (forms of three letters or fewer exactly, longer ones when every content word is
#       capitalised). codes: CAMEO codes, "CODE from/to" (YYYY-MM-DD, from inclusive, to
#       exclusive) or "CODE" (undated: any other date). orgs.tsv wins over this table.
# name	aliases	codes
`, strings.Join(files, ", "))
	for _, o := range kept {
		var al []string
		for _, f := range o.forms {
			if d := display(f); d != o.name {
				al = append(al, d)
			}
		}
		als := strings.Join(al, "|")
		if als == "" {
			als = "-"
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\n", o.name, als, codeString(o.codes))
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	stats["written"] = len(kept)
	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(os.Stderr, "%-40s %d\n", k, stats[k])
	}
	return nil
}

func country(code string) string {
	if len(code) < 3 {
		return ""
	}
	return code[:3]
}

// keep decides whether a dictionary entry is an organisation and returns it
// with its usable codes and surface forms.
func keep(e actor.ActorEntry, file string, kb *actor.KB, common, people map[string]bool, stats map[string]int) *org {
	var codes []actor.DatedCode
	dated := false
	for _, c := range e.Codes {
		p := country(c.Code)
		if _, ok := kb.Country(p); !(ok && len(p) == 3 && strings.ToUpper(p) == p) && !gen.NonCountry[p] {
			continue
		}
		if !c.From.IsZero() || !c.To.IsZero() {
			dated = true
		}
		codes = append(codes, c)
	}
	if len(codes) == 0 {
		stats["skip: no country or IGO/NGO/MNC/IMG code"]++
		return nil
	}
	name := e.Synonyms[0] // upper-case Phoenix words
	acr := ""
	if m := parenRE.FindStringSubmatch(name); m != nil {
		acr = strings.TrimSpace(m[1])
	}
	base := strings.Join(strings.Fields(parenRE.ReplaceAllString(name, " ")), " ")
	if _, ok := kb.Country(base); ok {
		stats["skip: country or demonym"]++
		return nil
	}
	isOrg := hasOrgWord(base)
	if ws := strings.Fields(base); !isOrg && file == "Phoenix.MilNonState.actors.txt" {
		// the TOPS list is of groups, with a few members among them
		switch {
		case dated:
			stats["skip: dated codes, no organisation word (a person)"]++
			return nil
		case len(ws) >= 2 && len(ws) <= 4 && (firstNames[ws[0]] || nameLike(ws)):
			stats["skip: MilNonState entry named like a person"]++
			return nil
		case imgOnly(codes) && !(len(ws) == 1 && !strings.ContainsAny(ws[0], "AEIOU")):
			// the IMG entries without an organisation word are the groups'
			// members ("HAFIZ_SAEED", "HAMBALI"); acronyms ("JKLF") stay
			stats["skip: MilNonState IMG entry without organisation word (a member)"]++
			return nil
		}
		isOrg = true
	}
	if !isOrg {
		ws := strings.Fields(base)
		switch {
		case dated:
			stats["skip: dated codes, no organisation word (a person)"]++
			return nil
		case file == "Phoenix.Countries.actors.txt":
			stats["skip: Countries entry without organisation word"]++
			return nil
		case len(ws) == 1 && (common[ws[0]] || len(ws[0]) < 4):
			stats["skip: one common or short word"]++
			return nil
		case len(ws) == 1 && imgOnly(codes) && strings.ContainsAny(ws[0], "AEIOU"):
			// "HAMBALI", "DULMATIN": members of the groups; acronyms ("JKLF") stay
			stats["skip: one-word IMG entry (a member)"]++
			return nil
		case len(ws) >= 2 && people[gen.PersonKey(base)]:
			stats["skip: a person of people.tsv"]++
			return nil
		case len(ws) >= 2 && !allCaps(codes):
			// two or three plain words with no organisation word: a person
			// as often as a company ("Arthur Andersen", "E Slack")
			stats["skip: no organisation word"]++
			return nil
		}
	}
	o := &org{name: display(base), codes: codes, file: file}
	nameWords := map[string]bool{}
	for _, w := range strings.FieldsFunc(base, func(r rune) bool { return r == ' ' || r == '-' }) {
		nameWords[w] = true
	}
	add := func(f string) {
		f = strings.Join(strings.Fields(parenRE.ReplaceAllString(f, " ")), " ")
		f = strings.Trim(f, " -")
		if f == "" {
			return
		}
		for _, x := range o.forms {
			if x == f {
				return
			}
		}
		if !safeForm(f, nameWords, kb, common, people, stats) {
			return
		}
		o.forms = append(o.forms, f)
	}
	add(base)
	if acr != "" && !strings.Contains(acr, " ") {
		add(acr)
	}
	for _, s := range e.Synonyms[1:] {
		if m := parenRE.FindStringSubmatch(s); m != nil && !strings.Contains(strings.TrimSpace(m[1]), " ") {
			add(strings.TrimSpace(m[1]))
		}
		add(s)
	}
	if len(o.forms) == 0 {
		stats["skip: no safe form"]++
		return nil
	}
	o.name = display(o.forms[0])
	return o
}

// merge folds organisation o into x, which has the same name: x keeps the
// more specific codes (the longer code: NGOUSAHRI over NGOUSA; x's on a
// tie) and gains o's forms.
func merge(x, o *org, kb *actor.KB) {
	if specificity(o.codes) > specificity(x.codes) {
		x.codes = o.codes
	}
	have := map[string]bool{}
	for _, f := range x.forms {
		have[kb.GazetteerKey(f)] = true
	}
	for _, f := range o.forms {
		if k := kb.GazetteerKey(f); !have[k] {
			have[k] = true
			x.forms = append(x.forms, f)
		}
	}
}

// specificity is the length of the longest code.
func specificity(cs []actor.DatedCode) int {
	n := 0
	for _, c := range cs {
		n = max(n, len(c.Code))
	}
	return n
}

// allCaps reports whether every code is an MNC/NGO/IGO one: such an entry of
// two words is a company or agency ("Daewoo Motors"), not a person (IMG
// entries without an organisation word are mostly the group's members:
// "Hafiz Saeed").
func allCaps(codes []actor.DatedCode) bool {
	for _, c := range codes {
		if p := country(c.Code); !gen.NonCountry[p] || p == "IMG" {
			return false
		}
	}
	return true
}

// imgOnly reports whether every code is an IMG one.
func imgOnly(codes []actor.DatedCode) bool {
	for _, c := range codes {
		if country(c.Code) != "IMG" {
			return false
		}
	}
	return true
}

func hasOrgWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if orgWords[strings.Trim(w, "'-.,")] {
			return true
		}
	}
	return false
}

// safeForm says whether a surface form may be matched in text: not a
// country, demonym or title, not a person's name, not one common word, not a
// two-letter acronym, and sharing a word with the organisation's name
// unless it is an acronym or has an organisation word of its own (Phoenix
// lists leaders among a group's synonyms: "+SALIM_IDRIS" for the FSA).
func safeForm(f string, nameWords map[string]bool, kb *actor.KB, common, people map[string]bool, stats map[string]int) bool {
	ws := strings.Fields(f)
	letters := 0
	for _, r := range f {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if strings.ContainsAny(f, ",+") || unicode.IsDigit([]rune(f)[0]) {
		stats["form: list punctuation or a leading number"]++
		return false
	}
	if letters < 3 {
		stats["form: fewer than three letters"]++
		return false
	}
	if _, ok := kb.Country(f); ok {
		stats["form: a country or demonym"]++
		return false
	}
	if _, ok := kb.Title(strings.ToLower(f)); ok {
		stats["form: a title"]++
		return false
	}
	if len(ws) == 1 {
		w := strings.Trim(ws[0], ".'-")
		if common[w] || orgWords[w] {
			stats["form: one common word"]++
			return false
		}
		if len(w) <= 3 && strings.ContainsAny(w, ".") {
			return false
		}
	}
	if len(ws) >= 2 && people[gen.PersonKey(f)] {
		stats["form: a person of people.tsv"]++
		return false
	}
	acronym := len(ws) == 1 && strings.ToUpper(f) == f && len(f) <= 6
	if !acronym && !hasOrgWord(f) {
		shared := false
		for _, w := range strings.FieldsFunc(f, func(r rune) bool { return r == ' ' || r == '-' }) {
			if nameWords[w] && !stop[w] {
				shared = true
			}
		}
		if !shared {
			stats["form: shares no word with the name (a member)"]++
			return false
		}
	}
	if len(ws) >= 2 && !hasOrgWord(f) && nameLike(ws) {
		stats["form: looks like a person's name"]++
		return false
	}
	return true
}

var stop = map[string]bool{"THE": true, "OF": true, "AL": true, "AND": true, "FOR": true, "IN": true, "DE": true, "LA": true, "EL": true}

// nameLike: two or three words with a leader's honorific or "ABU" opening
// ("ABU MOHAMMAD AL-JAWLANI"), which the dictionaries list among a group's
// synonyms.
func nameLike(ws []string) bool {
	switch ws[0] {
	case "ABU", "SHEIKH", "SHEIK", "MULLAH", "MR", "MR.", "DR", "DR.", "GEN", "GEN.", "GENERAL", "COMMANDER", "EMIR":
		return true
	}
	for _, w := range ws[1:] {
		if w == "BIN" || w == "IBN" || w == "BINTI" {
			return true // "OSAMA BIN LADEN", "AZAHARI BIN HUSIN"
		}
	}
	return false
}

// display writes a Phoenix form as text: title case, acronyms (one word of up
// to five letters, or a word without vowels) in capitals, function words in
// lower case.
func display(f string) string {
	ws := strings.Fields(f)
	if len(ws) == 1 {
		if w, ok := spelling[ws[0]]; ok {
			return w // as the -words corpus writes it: "Sony", "IAEA"
		}
		if len(ws[0]) <= 5 {
			return ws[0]
		}
	}
	for i, w := range ws {
		lw := strings.ToLower(w)
		if i > 0 && (lw == "of" || lw == "the" || lw == "for" || lw == "and" || lw == "in" || lw == "on") {
			ws[i] = lw
			continue
		}
		if !strings.ContainsAny(lw, "aeiouy") || (len(w) <= 4 && i > 0 && strings.ToUpper(w) == w && !strings.ContainsAny(lw, "aeiou")) {
			continue
		}
		ws[i] = gen.TitleWord(w)
	}
	return strings.Join(ws, " ")
}

// codeString writes codes as people.tsv does: dated codes first, then
// undated ones.
func codeString(cs []actor.DatedCode) string {
	cs = append([]actor.DatedCode(nil), cs...)
	sort.SliceStable(cs, func(i, j int) bool {
		return (!cs[i].From.IsZero() || !cs[i].To.IsZero()) && cs[j].From.IsZero() && cs[j].To.IsZero()
	})
	return actor.FormatDatedCodes(cs)
}

// firstColumn reads the names (and, for people.tsv, the full-name aliases)
// of a data file: with kb nil (people.tsv) the full names keyed by gen.PersonKey;
// else (orgs.tsv) every form by the gazetteer key (kb.GazetteerKey).
func firstColumn(path string, kb *actor.KB) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		names := []string{f[0]}
		if len(f) > 1 && f[1] != "-" {
			names = append(names, strings.Split(f[1], "|")...)
		}
		for _, n := range names {
			n = strings.TrimPrefix(strings.TrimSpace(n), "~")
			if kb == nil {
				if strings.Contains(n, " ") {
					out[gen.PersonKey(n)] = true
				}
				continue
			}
			out[kb.GazetteerKey(strings.ReplaceAll(n, "_", " "))] = true
		}
	}
	return out, nil
}

// firstNames are the first words of at least three people.tsv names (set by run).
var firstNames map[string]bool

func firstWords(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	n := map[string]int{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ws := strings.Fields(strings.Split(line, "\t")[0])
		if len(ws) >= 2 {
			n[strings.ToUpper(ws[0])]++
		}
	}
	out := map[string]bool{}
	for w, c := range n {
		if c >= 3 {
			out[w] = true
		}
	}
	return out, nil
}

// spelling is the usual written form of a capitalised word of the -words
// corpus, by its upper case (set by run).
var spelling map[string]string
