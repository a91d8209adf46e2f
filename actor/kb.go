// Package actor holds newsgraph's actor knowledge (countries, titles and
// offices, organisations, office holders, Phoenix/PETRARCH dictionaries) and
// the "actors" stage, which reads titles, roles, nominal and pronoun mentions
// and gives mentions their countries and CAMEO actor codes.
//
// All knowledge lives in data/*.tsv (see data/README.md), embedded in the
// binary. Load parses the small tables once per process; the large generated
// ones (people.tsv, phoenix_orgs.tsv) are parsed once per process on first
// use, when a KB turns them on with SetPeople or SetOrgTable. A KB is
// read-only once a stage uses it.
package actor

import (
	"bufio"
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"newsgraph"
	"newsgraph/text"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Country is one row of data/countries.tsv.
type Country struct {
	Alpha2   string
	Alpha3   string // ISO 3166-1 alpha-3, also the CAMEO country code
	Name     string // common English name: "United States"
	Names    []string
	Demonyms []string // adjectives and demonyms: "American", "US"
	Capital  string
}

// TitleInfo is one row of data/titles.tsv: a role noun.
type TitleInfo struct {
	Phrase string // lower-case words: "secretary of state"
	Title  string // canonical title: "Secretary of State"
	Agent  string // CAMEO agent code: GOV, MIL ... ("" when none)
	Type   newsgraph.EntityType
	Plural bool
	Office string // generic office for counterparts and office holders, "" when none
}

// Org is one row of data/orgs.tsv.
type Org struct {
	Name    string
	Aliases []string
	Type    newsgraph.EntityType
	Code    string // undated code (or the last dated one): "GBROPP"
	Country string
	Groups  []string    // group nouns that refer back to it: "bloc"
	Codes   []DatedCode // dated codes when the table gives them ("GBRGOV 1997-05-02/2010-05-11")
}

// OrgPattern is one row of data/org_patterns.tsv: country + head → organisation.
type OrgPattern struct {
	Head  string // lower-case words: "foreign ministry"
	Agent string
	Group string
}

// OfficeTerm is one row of data/officeholders.tsv.
type OfficeTerm struct {
	Person    string
	Office    string // title as written in the table
	Country   string
	From, To  time.Time // To zero = still in office
	Uncertain bool
}

// PronounInfo is one row of data/pronouns.tsv.
type PronounInfo struct {
	Type   newsgraph.EntityType // "" for any
	Plural bool
	Gender string // "m", "f" or ""
}

// DatedCode is a CAMEO code valid between From and To (zero = open).
type DatedCode struct {
	Code     string
	From, To time.Time
}

// dated reports whether the code has a date range (either end set).
func (c DatedCode) dated() bool { return !c.From.IsZero() || !c.To.IsZero() }

// String writes the code in the syntax of people.tsv: "CODE" when undated,
// else "CODE from/to" (YYYY-MM-DD, either end may be empty).
func (c DatedCode) String() string {
	if !c.dated() {
		return c.Code
	}
	d := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(time.DateOnly)
	}
	return c.Code + " " + d(c.From) + "/" + d(c.To)
}

// FormatDatedCodes writes codes as the codes column of people.tsv and
// phoenix_orgs.tsv ("|"-separated DatedCode.String), in the order given;
// parseDatedCodes reads it back.
func FormatDatedCodes(cs []DatedCode) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.String()
	}
	return strings.Join(parts, "|")
}

// covers reports whether the code is dated and its range holds day on
// (From inclusive, To exclusive, a zero end open).
func (c DatedCode) covers(on time.Time) bool {
	return c.dated() && (c.From.IsZero() || !on.Before(c.From)) && (c.To.IsZero() || on.Before(c.To))
}

// covers reports whether the term holds day on (To zero: still in office).
func (t OfficeTerm) covers(on time.Time) bool {
	return !on.Before(t.From) && (t.To.IsZero() || on.Before(t.To))
}

// ActorEntry is a named actor, as imported from a Phoenix/PETRARCH actor
// dictionary or added by hand.
type ActorEntry struct {
	Name     string   // display name: "Ban Ki-Moon"
	Synonyms []string // other surface forms, words separated by spaces
	Codes    []DatedCode
	Type     newsgraph.EntityType // PERSON, ORG or LOC (a guess for imported entries)
}

// CodeOn returns the code valid on day t (the first undated code when t is
// zero or no dated code covers it).
func (a ActorEntry) CodeOn(t time.Time) string {
	undated := ""
	for _, c := range a.Codes {
		if !c.dated() {
			if undated == "" {
				undated = c.Code
			}
			continue
		}
		if !t.IsZero() && c.covers(t) {
			return c.Code
		}
	}
	if undated == "" && len(a.Codes) > 0 && t.IsZero() {
		return a.Codes[len(a.Codes)-1].Code
	}
	return undated
}

// AgentEntry is a Phoenix agent: a role noun and its agent code.
type AgentEntry struct {
	Phrase  string   // lower-case words: "defense minister"
	Plurals []string // explicit plural forms, lower-case words
	Code    string   // agent code without "~": "GOV", "GOVMED"
}

// gazetteer entry kinds
const (
	kindCountry = iota
	kindDemonym
	kindOrg
	kindActor
	kindPhxOrg // data/phoenix_orgs.tsv (SetOrgTable)
)

type gazEntry struct {
	words []string // surface words (token Norms) as written in the data
	kind  int
	idx   int  // into countries, orgs or actors
	fold  bool // case-insensitive (Phoenix upper-case names)
}

// KB is the actor knowledge base. Build it with Load; extend it with
// AddActors and AddAgents before handing it to stages. After that it is
// read-only and safe for concurrent use.
type KB struct {
	seg             *text.Segmenter
	countries       []Country
	byCode          map[string]int // alpha-2 / alpha-3 → countries index
	byName          map[string]int // lower-case name, short form or demonym → index
	capitals        map[string]int // capital as written → countries index; -1 when two countries share the name
	orgs            []Org
	orgByName       map[string]int
	actors          []ActorEntry
	gaz             map[string][]gazEntry // lower-case words joined by " "
	gazMax          int
	gazFirst        map[string]int       // first space-separated word of a gazetteer key → most words of a key starting with it
	first           map[string]bool      // first words of gazetteer keys, titles and patterns
	titleLast       map[string]bool      // last words of titles
	titles          map[string]TitleInfo // phrase → info
	titleMax        int
	patterns        map[string]OrgPattern
	patternMax      int
	offices         []OfficeTerm
	people          *peopleTable     // nil: the people table is off (SetPeople)
	orgTable        *orgTable        // nil: the organisation table is off (SetOrgTable)
	officeByName    map[string][]int // officeholders.tsv by nameKey of the full name
	officeBySurname map[string][]int // ... and by last word
	pronouns        map[string]PronounInfo
	honorifics      map[string]string // honorific (no full stop) → gender
	nonNames        map[string]bool
	givenNames      map[string]givenName // givennames.tsv by lower-case name
}

// givenName is a row of givennames.tsv.
type givenName struct {
	gender string // "m" or "f"
	word   bool   // also an ordinary word or a place ("Mark", "Virginia")
}

var (
	baseOnce sync.Once
	baseKB   *KB
	baseErr  error
)

// Load returns a KB built from the embedded data files. The files are parsed
// once per process; every call returns an independent copy that AddActors
// and AddAgents may extend.
func Load() (*KB, error) {
	baseOnce.Do(func() { baseKB, baseErr = parseAll() })
	if baseErr != nil {
		return nil, baseErr
	}
	return baseKB.clone(), nil
}

// MustLoad is Load for tests and main packages; it panics on a data error,
// which can only be a bug in the embedded files.
func MustLoad() *KB {
	kb, err := Load()
	if err != nil {
		panic(err)
	}
	return kb
}

func (kb *KB) clone() *KB {
	c := *kb
	c.actors = append([]ActorEntry(nil), kb.actors...)
	c.gaz = make(map[string][]gazEntry, len(kb.gaz))
	for k, v := range kb.gaz {
		c.gaz[k] = v
	}
	c.titles = make(map[string]TitleInfo, len(kb.titles))
	for k, v := range kb.titles {
		c.titles[k] = v
	}
	c.gazFirst = make(map[string]int, len(kb.gazFirst))
	for k, v := range kb.gazFirst {
		c.gazFirst[k] = v
	}
	c.first = make(map[string]bool, len(kb.first))
	for k := range kb.first {
		c.first[k] = true
	}
	c.titleLast = make(map[string]bool, len(kb.titleLast))
	for k := range kb.titleLast {
		c.titleLast[k] = true
	}
	return &c
}

func parseAll() (*KB, error) {
	kb := &KB{
		seg:        text.New(),
		byCode:     map[string]int{},
		capitals:   map[string]int{},
		byName:     map[string]int{},
		orgByName:  map[string]int{},
		gaz:        map[string][]gazEntry{},
		gazFirst:   map[string]int{},
		first:      map[string]bool{},
		titleLast:  map[string]bool{},
		titles:     map[string]TitleInfo{},
		patterns:   map[string]OrgPattern{},
		pronouns:   map[string]PronounInfo{},
		honorifics: map[string]string{},
		nonNames:   map[string]bool{},
		givenNames: map[string]givenName{},
	}
	steps := []struct {
		file string
		cols int
		fn   func([]string) error
	}{
		{"countries.tsv", 6, kb.addCountryRow},
		{"titles.tsv", 6, kb.addTitleRow},
		{"orgs.tsv", 6, kb.addOrgRow},
		{"org_patterns.tsv", 3, kb.addPatternRow},
		{"officeholders.tsv", 6, kb.addOfficeRow},
		{"pronouns.tsv", 4, kb.addPronounRow},
		{"honorifics.tsv", 2, func(f []string) error { kb.honorifics[strings.TrimSuffix(f[0], ".")] = dash(f[1]); return nil }},
		{"nonnames.tsv", 1, func(f []string) error { kb.nonNames[strings.ToLower(f[0])] = true; return nil }},
		{"givennames.tsv", 3, kb.addGivenNameRow},
	}
	for _, s := range steps {
		b, err := dataFS.ReadFile("data/" + s.file)
		if err != nil {
			return nil, err
		}
		if err := readTSV(string(b), s.cols, s.fn); err != nil {
			return nil, fmt.Errorf("actor: data/%s: %w", s.file, err)
		}
	}
	kb.addOfficeKeys()
	return kb, nil
}

// readTSV calls fn with the tab-separated fields of every non-comment line,
// padded to at least cols fields.
func readTSV(data string, cols int, fn func([]string) error) error {
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if f[0] == "" {
			return fmt.Errorf("line %d: empty first column", n)
		}
		for len(f) < cols {
			f = append(f, "")
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return sc.Err()
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// words tokenizes s the way documents are tokenized and returns the tokens'
// normalised forms.
func (kb *KB) words(s string) []string {
	toks, _ := kb.seg.Segment(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.Norm)
	}
	return out
}

// nameWords returns the words of a gazetteer form as the tokenizer splits
// them, without a leading "the" (the stage never includes the article in a
// name mention).
func (kb *KB) nameWords(s string) []string {
	ws := kb.words(s)
	if len(ws) > 1 && strings.EqualFold(ws[0], "the") {
		ws = ws[1:]
	}
	return ws
}

// GazetteerKey returns the key under which the gazetteer (orgs.tsv,
// phoenix_orgs.tsv, imported actors) files a surface form: its tokens, lower
// case, without a leading "the" ("The Carter Center" = "Carter Center").
// actor/cmd/genorgs merges organisations by it.
func (kb *KB) GazetteerKey(s string) string {
	return lowerJoin(kb.nameWords(s))
}

// noteGazKey records the number of words of a gazetteer key under its first
// word, so that the stage tries only phrase lengths some key has. Keys are
// counted by spaces, not by tokens, so the bound holds whatever the tokens.
func (kb *KB) noteGazKey(key string) {
	first, _, _ := strings.Cut(key, " ")
	if n := strings.Count(key, " ") + 1; n > kb.gazFirst[first] {
		kb.gazFirst[first] = n
	}
}

func lowerJoin(ws []string) string {
	return strings.ToLower(strings.Join(ws, " "))
}

// addName puts a surface form into the gazetteer. A leading "the" is dropped:
// the stage never includes the article in a name mention.
func (kb *KB) addName(s string, kind, idx int, fold bool) {
	ws := kb.nameWords(s)
	if len(ws) == 0 {
		return
	}
	key := lowerJoin(ws)
	kb.first[strings.ToLower(ws[0])] = true
	for _, e := range kb.gaz[key] {
		if e.kind == kind && e.idx == idx {
			return
		}
	}
	// copy-on-write: the slice may be shared with the base KB
	old := kb.gaz[key]
	kb.gaz[key] = append(append(make([]gazEntry, 0, len(old)+1), old...), gazEntry{words: ws, kind: kind, idx: idx, fold: fold})
	kb.noteGazKey(key)
	if len(ws) > kb.gazMax {
		kb.gazMax = len(ws)
	}
}

func (kb *KB) addCountryRow(f []string) error {
	c := Country{Alpha2: f[0], Alpha3: f[1], Name: f[2], Names: splitList(f[3]), Demonyms: splitList(f[4]), Capital: f[5]}
	if len(c.Alpha3) != 3 {
		return fmt.Errorf("bad alpha-3 %q", c.Alpha3)
	}
	i := len(kb.countries)
	kb.countries = append(kb.countries, c)
	kb.byCode[c.Alpha3] = i
	if c.Alpha2 != "" {
		kb.byCode[c.Alpha2] = i
	}
	for _, n := range append([]string{c.Name}, c.Names...) {
		kb.setName(n, i)
		kb.addName(n, kindCountry, i, false)
	}
	for _, d := range c.Demonyms {
		kb.setName(d, i)
		kb.addName(d, kindDemonym, i, false)
	}
	if c.Capital != "" {
		if _, dup := kb.capitals[c.Capital]; dup {
			kb.capitals[c.Capital] = -1
		} else {
			kb.capitals[c.Capital] = i
		}
	}
	return nil
}

// CapitalOf returns the country whose capital is written name ("Moscow"),
// unless no country or more than one has a capital of that name.
func (kb *KB) CapitalOf(name string) (Country, bool) {
	i, ok := kb.capitals[name]
	if !ok || i < 0 {
		return Country{}, false
	}
	return kb.countries[i], true
}

func (kb *KB) setName(n string, i int) {
	k := strings.ToLower(strings.TrimPrefix(n, "the "))
	if _, ok := kb.byName[k]; !ok {
		kb.byName[k] = i
	}
}

func parseType(s string) (newsgraph.EntityType, error) {
	switch t := newsgraph.EntityType(strings.ToUpper(s)); t {
	case newsgraph.Person, newsgraph.Org, newsgraph.Loc, newsgraph.Misc:
		return t, nil
	case "-", "":
		return "", nil
	}
	return "", fmt.Errorf("unknown type %q", s)
}

func (kb *KB) addTitleRow(f []string) error {
	t, err := parseType(f[3])
	if err != nil {
		return err
	}
	phrase := lowerJoin(kb.words(f[0]))
	if strings.HasSuffix(f[0], ".") && !strings.Contains(f[0], " ") {
		// an abbreviation ("sen."): one token before a name, though alone
		// the tokenizer splits its full stop off
		phrase = strings.ToLower(f[0])
	}
	ti := TitleInfo{Phrase: phrase, Title: f[1], Agent: dash(f[2]), Type: t, Plural: f[4] == "pl", Office: dash(f[5])}
	kb.addTitle(ti)
	return nil
}

func (kb *KB) addTitle(ti TitleInfo) {
	if ti.Phrase == "" {
		return
	}
	if _, ok := kb.titles[ti.Phrase]; ok {
		return
	}
	kb.titles[ti.Phrase] = ti
	f := strings.Fields(ti.Phrase)
	kb.first[f[0]] = true
	kb.titleLast[f[len(f)-1]] = true
	if len(f) > kb.titleMax {
		kb.titleMax = len(f)
	}
}

func (kb *KB) addOrgRow(f []string) error {
	t, err := parseType(f[2])
	if err != nil {
		return err
	}
	o := Org{Name: f[0], Aliases: splitList(f[1]), Type: t, Code: f[3], Country: f[4], Groups: splitList(f[5])}
	if strings.ContainsAny(o.Code, "|/") {
		if o.Codes, err = parseDatedCodes(o.Code); err != nil {
			return err
		}
		o.Code = ""
		for _, c := range o.Codes {
			if c.From.IsZero() && c.To.IsZero() {
				o.Code = c.Code
			}
		}
		if o.Code == "" && len(o.Codes) > 0 {
			o.Code = o.Codes[len(o.Codes)-1].Code
		}
	}
	i := len(kb.orgs)
	kb.orgs = append(kb.orgs, o)
	for _, n := range append([]string{o.Name}, o.Aliases...) {
		k := strings.ToLower(n)
		if _, ok := kb.orgByName[k]; !ok {
			kb.orgByName[k] = i
		}
		kb.addName(n, kindOrg, i, false)
	}
	return nil
}

func (kb *KB) addPatternRow(f []string) error {
	p := OrgPattern{Head: lowerJoin(kb.words(f[0])), Agent: dash(f[1]), Group: dash(f[2])}
	kb.patterns[p.Head] = p
	kb.first[strings.Fields(p.Head)[0]] = true
	if n := len(strings.Fields(p.Head)); n > kb.patternMax {
		kb.patternMax = n
	}
	return nil
}

func parseDay(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.DateOnly, s)
}

func (kb *KB) addOfficeRow(f []string) error {
	from, err := parseDay(f[3])
	if err != nil {
		return err
	}
	to, err := parseDay(f[4])
	if err != nil {
		return err
	}
	kb.offices = append(kb.offices, OfficeTerm{Person: f[0], Office: f[1], Country: f[2], From: from, To: to,
		Uncertain: strings.Contains(f[len(f)-1], "uncertain")})
	return nil
}

func (kb *KB) addPronounRow(f []string) error {
	t, err := parseType(f[1])
	if err != nil {
		return err
	}
	kb.pronouns[strings.ToLower(f[0])] = PronounInfo{Type: t, Plural: f[2] == "pl", Gender: dash(f[3])}
	return nil
}

// Country finds a country by alpha-2 or alpha-3 code, name, short form or
// demonym ("US", "USA", "the United States", "America", "American").
func (kb *KB) Country(s string) (Country, bool) {
	s = strings.TrimSpace(s)
	if i, ok := kb.byCode[s]; ok {
		return kb.countries[i], true
	}
	k := strings.ToLower(s)
	k = strings.TrimPrefix(k, "the ")
	if i, ok := kb.byName[k]; ok {
		return kb.countries[i], true
	}
	if i, ok := kb.byCode[strings.ToUpper(s)]; ok && len(s) == 3 {
		return kb.countries[i], true
	}
	return Country{}, false
}

// Countries returns all countries, sorted by alpha-3.
func (kb *KB) Countries() []Country {
	out := append([]Country(nil), kb.countries...)
	sort.Slice(out, func(i, j int) bool { return out[i].Alpha3 < out[j].Alpha3 })
	return out
}

// Title looks up a role noun given as words ("Secretary", "of", "State") or
// as one string; matching is case-insensitive.
func (kb *KB) Title(words ...string) (TitleInfo, bool) {
	s := strings.Join(words, " ")
	if t, ok := kb.titles[strings.ToLower(strings.Join(strings.Fields(s), " "))]; ok {
		return t, true // fast path: already split as the tokenizer would
	}
	t, ok := kb.titles[lowerJoin(kb.words(s))]
	return t, ok
}

// Office returns the generic office of a title ("Secretary of State" →
// "Foreign Minister"), or the title itself when it has none.
func (kb *KB) Office(title string) string {
	if t, ok := kb.Title(title); ok && t.Office != "" {
		return t.Office
	}
	return title
}

// Org finds an organisation by name or alias, case-insensitively, with an
// optional leading "the".
func (kb *KB) Org(name string) (Org, bool) {
	k := strings.ToLower(strings.TrimSpace(name))
	if i, ok := kb.orgByName[k]; ok {
		return kb.orgs[i], true
	}
	if i, ok := kb.orgByName[strings.TrimPrefix(k, "the ")]; ok {
		return kb.orgs[i], true
	}
	return Org{}, false
}

// OrgPatternFor returns the pattern whose head is phrase ("foreign ministry").
func (kb *KB) OrgPatternFor(phrase string) (OrgPattern, bool) {
	p, ok := kb.patterns[lowerJoin(kb.words(phrase))]
	return p, ok
}

// GroupNouns returns the group nouns that can refer back to the organisation
// called name: its orgs.tsv groups, the pattern group of a "Country + head"
// name ("Russian Foreign Ministry" → ministry), and its last word.
func (kb *KB) GroupNouns(name string) []string {
	var out []string
	if o, ok := kb.Org(name); ok {
		out = append(out, o.Groups...)
	}
	ws := strings.Fields(name)
	for i := range ws {
		if p, ok := kb.patterns[lowerJoin(ws[i:])]; ok && p.Group != "" {
			out = append(out, p.Group)
			break
		}
	}
	if len(ws) > 0 {
		out = append(out, strings.ToLower(ws[len(ws)-1]))
	}
	return out
}

// OfficeHolder returns who held office (any title whose generic office
// matches, e.g. "president", "foreign minister", "Secretary of State") in
// country (alpha-3 or any name Country accepts) on day on.
func (kb *KB) OfficeHolder(office, country string, on time.Time) (string, bool) {
	if on.IsZero() {
		return "", false
	}
	c, ok := kb.Country(country)
	if !ok {
		return "", false
	}
	want := strings.ToLower(kb.Office(office))
	for _, t := range kb.offices {
		if t.Country != c.Alpha3 || strings.ToLower(kb.Office(t.Office)) != want {
			continue
		}
		if t.covers(on) {
			return t.Person, true
		}
	}
	return "", false
}

// Pronoun returns the pronoun table's entry for a lower-case word.
func (kb *KB) Pronoun(w string) (PronounInfo, bool) {
	p, ok := kb.pronouns[strings.ToLower(w)]
	return p, ok
}

// Honorific reports whether w ("Mr", "Mr.") is a courtesy title and returns
// its gender ("m", "f" or "").
func (kb *KB) Honorific(w string) (gender string, ok bool) {
	g, ok := kb.honorifics[strings.TrimSuffix(w, ".")]
	return g, ok
}

func (kb *KB) addGivenNameRow(f []string) error {
	if f[1] != "m" && f[1] != "f" {
		return fmt.Errorf("gender %q: want m or f", f[1])
	}
	if f[2] != "-" && f[2] != "word" {
		return fmt.Errorf("also %q: want - or word", f[2])
	}
	kb.givenNames[strings.ToLower(f[0])] = givenName{gender: f[1], word: f[2] == "word"}
	return nil
}

// GivenName returns the gender ("m" or "f") of a given name listed in
// data/givennames.tsv ("Hillary" → "f"), in any case.
func (kb *KB) GivenName(w string) (gender string, ok bool) {
	g, ok := kb.givenNames[strings.ToLower(w)]
	return g.gender, ok
}

// AddActors extends the KB with named actors (for instance from
// LoadPhoenixActors). Call it before the KB is shared with stages.
func (kb *KB) AddActors(entries ...ActorEntry) {
	for _, e := range entries {
		if e.Name == "" || len(e.Codes) == 0 {
			continue
		}
		i := len(kb.actors)
		kb.actors = append(kb.actors, e)
		for _, n := range append([]string{e.Name}, e.Synonyms...) {
			kb.addName(n, kindActor, i, true)
		}
	}
}

// AddAgents extends the title table with Phoenix agents; existing titles win.
func (kb *KB) AddAgents(entries ...AgentEntry) {
	for _, a := range entries {
		title := titleCase(a.Phrase)
		kb.addTitle(TitleInfo{Phrase: a.Phrase, Title: title, Agent: a.Code, Type: newsgraph.Person})
		for _, p := range a.Plurals {
			kb.addTitle(TitleInfo{Phrase: p, Title: title, Agent: a.Code, Type: newsgraph.Person, Plural: true})
		}
	}
}

func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if i > 0 && (w == "of" || w == "the" || w == "for" || w == "and") {
			continue
		}
		r := []rune(w)
		prevLetter := false
		for j, c := range r {
			if !prevLetter {
				r[j] = unicode.ToUpper(c)
			} else {
				r[j] = unicode.ToLower(c)
			}
			prevLetter = unicode.IsLetter(c) || c == '\''
		}
		ws[i] = string(r)
	}
	return strings.Join(ws, " ")
}
