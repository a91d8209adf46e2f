package actor

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
)

// Person is one row of data/people.tsv: a named person with dated CAMEO
// codes, generated from the Phoenix/PETRARCH2 dictionaries by
// actor/cmd/genpeople.
type Person struct {
	Name     string
	Aliases  []string // other full names
	Surnames []string // bare surnames Phoenix writes alone ("Putin")
	Derived  []string // last word of the name, used only with the country named ("Blair")
	Codes    []DatedCode
}

// PersonInfo is what the KB knows about a named person on a given day.
type PersonInfo struct {
	Name    string // canonical name: "Tony Blair"
	Country string // alpha-3, "" for IGO codes
	Code    string // CAMEO code valid on the day: "GBRGOV"
	Title   string // office held, from officeholders.tsv only ("Prime Minister"); "" otherwise
	Agent   string // agent part of Code ("GOV") or the office's agent
	Source  string // "officeholders" or "people"
	// Weak marks a match that is evidence only when the text supports it
	// (names Country or another person of that country, or gives the person
	// a political title): every people.tsv match but a surname Phoenix
	// writes alone ("Putin") with a dated GOV or IGO code valid on the day,
	// and a full name with a dated IGO code ("John Williams" is likelier a
	// namesake than the Barbadian minister).
	Weak bool
}

// peopleTable is data/people.tsv parsed, shared read-only by every KB.
type peopleTable struct {
	people []Person
	keys   map[string][]personRef // NameKey → people it may name
}

// loadPeople parses data/people.tsv once per process (a variable so that
// a test can make it fail).
var loadPeople = sync.OnceValues(parsePeople)

// personRef is a gazetteer-like key target: a person and how the key names them.
type personRef struct {
	idx     int32
	bare    bool // a one-word surname
	derived bool // ... taken from the name, not written alone by Phoenix
}

// peopleHorizon ends the open-ended codes of people.tsv ("RUSGOV from
// 2008-05-08"): the Phoenix dictionaries describe January 2014, so "still in
// office" is not known after 2014. Later days fall back as PersonOn says.
var peopleHorizon = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)

func parsePeople() (*peopleTable, error) {
	pt := &peopleTable{keys: make(map[string][]personRef, 40000)}
	b, err := dataFS.ReadFile("data/people.tsv")
	if err != nil {
		return nil, err
	}
	if err := readTSV(string(b), 3, func(f []string) error { return addPersonRow(pt, f) }); err != nil {
		return nil, fmt.Errorf("actor: data/people.tsv: %w", err)
	}
	return pt, nil
}

func addPersonRow(pt *peopleTable, f []string) error {
	p := Person{Name: f[0]}
	for _, a := range splitList(dash(f[1])) {
		switch {
		case strings.HasPrefix(a, "~"):
			p.Derived = append(p.Derived, a[1:])
		case !strings.Contains(strings.TrimSpace(a), " "):
			p.Surnames = append(p.Surnames, a)
		default:
			p.Aliases = append(p.Aliases, a)
		}
	}
	codes, err := parseDatedCodes(f[2])
	if err != nil {
		return err
	}
	for _, dc := range codes {
		if dc.dated() && dc.To.IsZero() && dc.From.Before(peopleHorizon) {
			dc.To = peopleHorizon
		}
		p.Codes = append(p.Codes, dc)
	}
	if len(p.Codes) == 0 {
		return fmt.Errorf("%s: no code", p.Name)
	}
	i := int32(len(pt.people))
	pt.people = append(pt.people, p)
	add := func(name string, r personRef) {
		k, _ := NameKey(name)
		if k == "" {
			return
		}
		for _, x := range pt.keys[k] {
			if x.idx == r.idx {
				return
			}
		}
		pt.keys[k] = append(pt.keys[k], r)
	}
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		add(n, personRef{idx: i})
	}
	for _, n := range p.Surnames {
		add(n, personRef{idx: i, bare: true})
	}
	for _, n := range p.Derived {
		add(n, personRef{idx: i, bare: true, derived: true})
	}
	return nil
}

// NameKey is the lookup key of a person's name: its letters and digits,
// lower case, without common Latin diacritics, so that tokenisation,
// hyphens, full stops and apostrophes do not matter ("Jean-Bertrand
// Aristide" = "Jean Bertrand Aristide", "Vladimir V. Putin", "D'Estaing",
// "François"); and its number of words (1 for a bare surname). The people
// table is keyed by it, and actor/cmd/genpeople merges people by it, so
// that no two full-name rows of people.tsv share a key.
func NameKey(s string) (string, int) {
	var b strings.Builder
	b.Grow(len(s))
	words, in := 0, false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !in {
				words++
				in = true
			}
			b.WriteRune(foldRune(unicode.ToLower(r)))
		case r == '\'' || r == '’':
			// inside a word: "O'Neill"
		default:
			in = false
		}
	}
	return b.String(), words
}

func foldRune(r rune) rune {
	if r < 0xC0 {
		return r
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
		return 'a'
	case 'ç', 'ć', 'č':
		return 'c'
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě':
		return 'e'
	case 'ì', 'í', 'î', 'ï', 'ī', 'ı':
		return 'i'
	case 'ñ', 'ń', 'ň':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő':
		return 'o'
	case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű':
		return 'u'
	case 'ý', 'ÿ':
		return 'y'
	case 'š', 'ś', 'ş':
		return 's'
	case 'ž', 'ź', 'ż':
		return 'z'
	case 'ğ':
		return 'g'
	case 'ł':
		return 'l'
	case 'ř':
		return 'r'
	case 'ť', 'ţ':
		return 't'
	case 'đ', 'ď':
		return 'd'
	}
	return r
}

// addOfficeKeys indexes officeholders.tsv by the person's full name and by
// last word (at least four letters), for PersonOn.
func (kb *KB) addOfficeKeys() {
	kb.officeByName = map[string][]int{}
	kb.officeBySurname = map[string][]int{}
	for i, t := range kb.offices {
		k, _ := NameKey(t.Person)
		kb.officeByName[k] = append(kb.officeByName[k], i)
		ws := strings.Fields(t.Person)
		if last, _ := NameKey(ws[len(ws)-1]); len(ws) > 1 && len(last) >= 4 {
			kb.officeBySurname[last] = append(kb.officeBySurname[last], i)
		}
	}
}

// SetPeople turns person-name lookups on or off for this KB: people.tsv
// (parsed once per process, on first use) and officeholders.tsv by name,
// used by the actors stage and PersonOn; and with them the organisation
// table phoenix_orgs.tsv (SetOrgTable). It is all or nothing: when either
// table fails to parse, the KB is left as it was. Call it before the KB is
// shared with stages.
func (kb *KB) SetPeople(on bool) error {
	if !on {
		kb.people = nil
		return kb.SetOrgTable(false)
	}
	pt, err := loadPeople()
	if err != nil {
		return err
	}
	if err := kb.SetOrgTable(true); err != nil {
		return err
	}
	kb.people = pt
	return nil
}

// People returns the number of rows of the people table, 0 when it is off.
func (kb *KB) People() int {
	if kb.people == nil {
		return 0
	}
	return len(kb.people.people)
}

func (kb *KB) peopleOn() bool { return kb.people != nil }

// PersonOn returns what the KB knows about the person named name (a full
// name such as "Tony Blair", or a bare surname such as "Putin") on day on:
// country, CAMEO code, and the office when officeholders.tsv has it. Pass
// the article's calendar day (newsgraph.Document.Day), not an instant.
//
// Precedence: an officeholders.tsv term covering the day (by full name, or
// by surname when exactly one term-holder that day has it); then the people
// table. A full name gets the code valid on the day; when none is, the
// undated code; when there is none either, the country of the latest dated
// code that has already ended, with agent ELI (a former official; a former
// IGO or NGO official gets nothing), or, before every dated code, the
// country of the earliest one without a code (a future official). A bare
// surname names the one person who has it and holds a dated code valid on
// the day (preferring a non-ELI code), and gets that code (an undated code
// says little about who "Fraser" is in a 2005 article); a surname taken
// from the name ("~Blair" in people.tsv) only a plain GOV or IGO code. See
// PersonInfo.Weak for the matches to use only with the country named. A
// zero day (publication date unknown) is answered by personUndated.
func (kb *KB) PersonOn(name string, on time.Time) (PersonInfo, bool) {
	if !kb.peopleOn() {
		return PersonInfo{}, false
	}
	return kb.personByName(name, on)
}

// personByName is PersonOn for the name as written.
func (kb *KB) personByName(name string, on time.Time) (PersonInfo, bool) {
	k, words := NameKey(name)
	if k == "" {
		return PersonInfo{}, false
	}
	if on.IsZero() {
		return kb.personUndated(k)
	}
	bare := words == 1
	{
		idx := kb.officeByName[k]
		if bare {
			idx = kb.officeBySurname[k]
		}
		found := -1
		for _, i := range idx {
			if kb.offices[i].covers(on) {
				if found >= 0 && kb.offices[found].Person != kb.offices[i].Person {
					found = -2 // two people with this surname in office that day
					break
				}
				if found == -1 {
					found = i
				}
			}
		}
		if found >= 0 {
			t := kb.offices[found]
			info := PersonInfo{Name: t.Person, Country: t.Country, Title: t.Office, Source: "officeholders"}
			if ti, ok := kb.Title(t.Office); ok {
				info.Agent = ti.Agent
			}
			if info.Agent != "" {
				info.Code = t.Country + info.Agent
			}
			return info, true
		}
	}
	refs := kb.people.keys[k]
	people := kb.people.people
	if len(refs) == 0 {
		return PersonInfo{}, false
	}
	var p *Person
	code, only := "", "" // only: a country without a code
	weak := false
	if r, ok := fullRef(people, refs, on); ok {
		p = &people[r.idx]
		code, only = p.codeOn(on)
		// "John Williams" is likelier a namesake than Barbados's minister;
		// a UN secretary-general's name is not
		weak = !strings.HasPrefix(p.covering(on), "IGO")
	} else {
		// a surname: the one person who has it and holds a dated code that
		// day (a non-ELI one before an ELI one)
		var best, eli []personRef
		for _, r := range refs {
			switch c := people[r.idx].covering(on); {
			case c == "":
			case strings.HasSuffix(c, "ELI"):
				eli = append(eli, r)
			default:
				best = append(best, r)
			}
		}
		var r personRef
		switch {
		case len(best) == 1:
			r = best[0]
		case len(best) == 0 && len(eli) == 1:
			r = eli[0]
		default:
			return PersonInfo{}, false
		}
		p = &people[r.idx]
		code = p.covering(on)
		if r.derived && !strongCode(code) {
			return PersonInfo{}, false // "Dempsey" is no minister for the media
		}
		weak = r.derived || !strongCode(code)
	}
	if code == "" && only == "" {
		return PersonInfo{}, false
	}
	info := PersonInfo{Name: p.Name, Code: code, Source: "people", Weak: weak}
	if code != "" {
		info.Country, info.Agent = kb.codeParts(code)
	} else {
		info.Country = kb.codeCountry(only)
	}
	return info, true
}

// fullRef picks the person a full name (not a bare surname) names: the one
// of refs whose dated code covers day on (a non-ELI code before an ELI one),
// else the first. people.tsv has one full-name row per key (genpeople
// merges by NameKey); the choice matters only for a table that has not.
func fullRef(people []Person, refs []personRef, on time.Time) (personRef, bool) {
	var first, eli *personRef
	for i := range refs {
		r := &refs[i]
		if r.bare {
			continue
		}
		if first == nil {
			first = r
		}
		switch c := people[r.idx].covering(on); {
		case c == "":
		case strings.HasSuffix(c, "ELI"):
			if eli == nil {
				eli = r
			}
		default:
			return *r, true
		}
	}
	switch {
	case eli != nil:
		return *eli, true
	case first != nil:
		return *first, true
	}
	return personRef{}, false
}

// codeParts returns the country of a CAMEO code (codeCountry) and, when the
// code starts with that country, the agent after it (GBRGOV → GBR, GOV;
// IGOUNO → "", "").
func (kb *KB) codeParts(code string) (country, agent string) {
	country = kb.codeCountry(code)
	if country != "" && strings.HasPrefix(code, country) {
		agent = code[len(country):]
	}
	return country, agent
}

// personUndated answers PersonOn for a text without a date: a full name
// (or a surname Phoenix writes alone) of a person whose codes all begin
// with one country (or IGO/NGO) part gets its country, with the undated code
// or, when there is none, the country's ELI code; always Weak. IGO-only
// people get their last IGO code; NGO-only people without an undated code
// get nothing (there is no NGOELI). Officeholders and surnames taken from
// the name get nothing.
func (kb *KB) personUndated(k string) (PersonInfo, bool) {
	refs := kb.people.keys[k]
	if len(refs) != 1 || (refs[0].bare && refs[0].derived) {
		return PersonInfo{}, false
	}
	p := &kb.people.people[refs[0].idx]
	prefix, undated := "", ""
	for _, c := range p.Codes {
		if len(c.Code) < 3 || (prefix != "" && c.Code[:3] != prefix) {
			return PersonInfo{}, false
		}
		prefix = c.Code[:3]
		if !c.dated() && undated == "" {
			undated = c.Code
		}
	}
	info := PersonInfo{Name: p.Name, Source: "people", Weak: true}
	switch {
	case undated != "":
		info.Code = undated
	case prefix == "IGO":
		info.Code = p.Codes[len(p.Codes)-1].Code
		info.Weak = false
	case kb.codeCountry(prefix) == prefix:
		info.Code = prefix + "ELI"
	default:
		return PersonInfo{}, false // NGO, MNC ...: no ELI code
	}
	info.Country, info.Agent = kb.codeParts(info.Code)
	return info, true
}

// strongCode: a plain government code (GBRGOV) or an IGO code.
func strongCode(c string) bool {
	return (len(c) == 6 && strings.HasSuffix(c, "GOV")) || strings.HasPrefix(c, "IGO")
}

// covering returns the dated code covering day on, preferring one that is
// not ELI (a career range "GBRELI 1971-1997" may overlap an office), or "".
func (p *Person) covering(on time.Time) string {
	eli := ""
	for _, c := range p.Codes {
		if !c.covers(on) {
			continue
		}
		if !strings.HasSuffix(c.Code, "ELI") {
			return c.Code
		}
		if eli == "" {
			eli = c.Code
		}
	}
	return eli
}

// codeOn returns the code valid on day on: a dated code covering it, else
// the undated one, else a former official's code: the country of the latest
// dated code that has already ended with agent ELI (nothing when that code
// is an IGO, NGO, MNC or IMG one: a former UN official is no longer the UN). When no
// dated code has ended yet (a future official), it returns only the country
// of the earliest one, as country.
func (p *Person) codeOn(on time.Time) (code, country string) {
	if c := p.covering(on); c != "" {
		return c, ""
	}
	for _, c := range p.Codes {
		if !c.dated() {
			return c.Code, ""
		}
	}
	var past, future *DatedCode
	for i := range p.Codes {
		c := &p.Codes[i]
		switch {
		case !c.To.IsZero() && !on.Before(c.To):
			if past == nil || !c.To.Before(past.To) {
				past = c
			}
		case !c.From.IsZero() && on.Before(c.From):
			if future == nil || c.From.Before(future.From) {
				future = c
			}
		}
	}
	switch {
	case past != nil:
		if !countryPrefix(past.Code) {
			return "", "" // a former UN official is no longer the UN
		}
		return past.Code[:3] + "ELI", ""
	case future != nil && countryPrefix(future.Code):
		// not yet an official ("Bernard Laporte", rugby coach in 2005,
		// minister from 2007): a country, no code
		return "", future.Code[:3]
	}
	return "", ""
}

// countryPrefix reports whether a code's first three letters may be a
// country: not IGO, NGO, MNC or IMG, whose codes have no ELI form.
func countryPrefix(code string) bool {
	if len(code) < 3 {
		return false
	}
	switch code[:3] {
	case "IGO", "NGO", "MNC", "IMG":
		return false
	}
	return true
}
