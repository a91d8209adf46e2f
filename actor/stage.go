package actor

import (
	"context"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph"
)

// Stage is the "actors" stage. It reads the tokens, POS and NER layers and
//   - widens a person name the tagger started at the surname over the
//     given names right before it ("After Hillary Clinton", where the tagger
//     took only "Clinton"; data/givennames.tsv);
//   - adds NAME mentions for known countries, organisations and imported
//     actors the NER missed, and fixes the type of known ones;
//   - reads titles before and after person names ("US Secretary of State
//     Marco Rubio", "Anwar Ibrahim, Malaysia's prime minister") and
//     honorifics ("Mr Rubio") into Mention.Roles, Country and Code;
//   - adds NOMINAL mentions for role and group nouns ("the president", "his
//     Russian counterpart", "the bloc") and organisations named by country
//     and head ("the Russian Foreign Ministry");
//   - adds PRONOUN mentions.
//
// Conventions for later stages: Mention.Head is the KB's canonical name for
// KB-matched mentions ("Asean" for "Association of South-east Asian
// Nations"), the head phrase for country+head organisations ("Foreign
// Ministry"), the last word of a person's name ("Rubio"), the head noun of a
// nominal ("secretary", "counterpart", "bloc") and the lower-case pronoun.
// Source is "ner", "kb", "pattern", "title", "nominal" or "pronoun".
type Stage struct {
	kb *KB
}

// NewStage returns the actors stage. A nil kb loads the embedded one.
func NewStage(kb *KB) *Stage {
	if kb == nil {
		kb, _ = Load() // the embedded data is checked by tests; nil KB makes Process a no-op
	}
	return &Stage{kb: kb}
}

// Name implements newsgraph.Stage.
func (s *Stage) Name() string { return "actors" }

// Requires implements newsgraph.Stage.
func (s *Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerSentences, newsgraph.LayerTokens, newsgraph.LayerPOS, newsgraph.LayerNER}
}

// Provides implements newsgraph.Stage.
func (s *Stage) Provides() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerActors} }

// Process annotates doc.Mentions in place.
func (s *Stage) Process(ctx context.Context, doc *newsgraph.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.kb == nil {
		doc.Notes = append(doc.Notes, "actors: no knowledge base loaded")
		return nil
	}
	a := newAnnotator(s.kb, doc)
	a.run()
	doc.Mentions = a.result()
	return nil
}

// determiners that open a nominal mention.
var determiners = map[string]bool{"the": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"this": true, "that": true, "these": true, "those": true}

// nameOpeners are words the tagger sometimes takes into a name at the start
// of a sentence ("An Eriadorian", "Neither Galadriel"); they never begin one.
var nameOpeners = map[string]bool{"the": true, "a": true, "an": true, "neither": true, "nor": true, "either": true,
	"both": true, "this": true, "these": true, "those": true, "every": true, "each": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "my": true, "your": true, "when": true, "if": true, "but": true, "and": true}

// wm is a working mention.
type wm struct {
	newsgraph.Mention
	t0, t1 int // token range [t0, t1); t0 < 0 when not aligned to tokens
	drop   bool
}

type gmatch struct {
	t0, t1 int
	e      gazEntry
	alts   []gazEntry // orgs.tsv rows of other countries sharing the form ("Treasury")
}

type annotator struct {
	kb     *KB
	doc    *newsgraph.Document
	toks   []newsgraph.Token
	lower  []string
	first  []bool // token → its lower case is in kb.first
	keyBuf []byte // reused by joinLower
	sent   []int  // token → sentence index
	ms     []*wm
	gaz    []*gmatch // by start token, nil when none
	gazEnd map[int]*gmatch
	used   []bool // tokens consumed as titles or modifiers

	// caches of token coverage, rebuilt after mentions change
	dirty bool
	cov   []*wm   // token → the longest mention covering it
	start []*wm   // token → the longest NAME mention starting at it
	byTok [][]*wm // token → every mention covering it
}

func (a *annotator) touch() { a.dirty = true }

func (a *annotator) rebuild() {
	if !a.dirty && a.cov != nil {
		return
	}
	if a.cov == nil {
		a.cov = make([]*wm, len(a.toks))
		a.start = make([]*wm, len(a.toks))
		a.byTok = make([][]*wm, len(a.toks))
	}
	clear(a.cov)
	clear(a.start)
	for i := range a.byTok {
		a.byTok[i] = a.byTok[i][:0]
	}
	for _, x := range a.ms {
		a.cover(x)
	}
	a.dirty = false
}

func (a *annotator) cover(x *wm) {
	if x.drop || x.t0 < 0 {
		return
	}
	for t := x.t0; t < x.t1 && t < len(a.toks); t++ {
		if c := a.cov[t]; c == nil || x.t1-x.t0 > c.t1-c.t0 {
			a.cov[t] = x
		}
		a.byTok[t] = append(a.byTok[t], x)
	}
	if x.Kind == newsgraph.Name && x.t0 < len(a.toks) {
		if c := a.start[x.t0]; c == nil || x.t1 > c.t1 {
			a.start[x.t0] = x
		}
	}
}

func newAnnotator(kb *KB, doc *newsgraph.Document) *annotator {
	a := &annotator{kb: kb, doc: doc, gazEnd: map[int]*gmatch{}}
	n := len(doc.Text)
	last := 0
	sane := true
	for _, t := range doc.Tokens {
		if t.Start < last || t.End > n || t.Start >= t.End || t.Norm == "" {
			sane = false
			break
		}
		last = t.End
	}
	if sane { // the usual case: read the document's tokens, which the stage never changes
		a.toks = doc.Tokens[:len(doc.Tokens):len(doc.Tokens)]
	} else {
		last = 0
		a.toks = make([]newsgraph.Token, 0, len(doc.Tokens))
		for _, t := range doc.Tokens { // keep only sane, ordered tokens
			if t.Start < last || t.End > n || t.Start >= t.End {
				continue
			}
			if t.Norm == "" {
				t.Norm = doc.Text[t.Start:t.End]
			}
			a.toks = append(a.toks, t)
			last = t.End
		}
	}
	a.lower = make([]string, len(a.toks))
	a.first = make([]bool, len(a.toks))
	for i, t := range a.toks {
		a.lower[i] = strings.ToLower(t.Norm)
		a.first[i] = kb.first[a.lower[i]]
	}
	a.sent = make([]int, len(a.toks))
	si := 0
	for i, t := range a.toks {
		for si+1 < len(doc.Sentences) && doc.Sentences[si+1].Start <= t.Start {
			si++
		}
		a.sent[i] = si
	}
	a.used = make([]bool, len(a.toks))
	a.gaz = make([]*gmatch, len(a.toks))
	for _, m := range doc.Mentions {
		if m.Start < 0 || m.End > n || m.Start >= m.End {
			continue
		}
		w := &wm{Mention: m}
		w.t0, w.t1 = a.tokRange(m.Span)
		a.ms = append(a.ms, w)
	}
	return a
}

// tokRange returns the tokens inside sp, or (-1,-1).
func (a *annotator) tokRange(sp newsgraph.Span) (int, int) {
	i := sort.Search(len(a.toks), func(i int) bool { return a.toks[i].Start >= sp.Start })
	j := i
	for j < len(a.toks) && a.toks[j].End <= sp.End {
		j++
	}
	if i >= j {
		return -1, -1
	}
	return i, j
}

func (a *annotator) span(t0, t1 int) newsgraph.Span {
	return newsgraph.Span{Start: a.toks[t0].Start, End: a.toks[t1-1].End}
}

func (a *annotator) add(t0, t1 int, m newsgraph.Mention) *wm {
	m.Span = a.span(t0, t1)
	w := &wm{Mention: m, t0: t0, t1: t1}
	a.ms = append(a.ms, w)
	if a.cov != nil && !a.dirty {
		a.cover(w) // incremental: adding never uncovers a token
	} else {
		a.touch()
	}
	return w
}

func (a *annotator) run() {
	a.cleanNER()
	a.touch()
	a.scanGazetteer()
	a.applyGazetteer()
	a.capitalCities()
	a.orgPatterns()
	a.honorifics()
	a.givenNames(true) // again, for names typed otherwise
	heads := a.titles()
	a.partyTags()
	a.surnames()
	a.nominals(heads)
	a.people() // after nominals: "the US president, Donald Trump" gives a role first
	a.pronouns()
}

// surnames adds the bare surname of a person the document names in full
// when the tagger missed it ("Sanders himself acknowledged" after "Bernie
// Sanders"): a capitalised token, outside every mention, spelled exactly as
// the last word of a PERSON name of two or more words, with no capitalised
// word right before (other than at a sentence start) or after it.
func (a *annotator) surnames() {
	sur := map[string]bool{}
	for _, m := range a.ms {
		if m.drop || m.t0 < 0 || m.Kind != newsgraph.Name || m.Type != newsgraph.Person || m.t1-m.t0 < 2 {
			continue
		}
		if _, h := a.kb.Honorific(a.toks[m.t0].Norm); h && m.t1-m.t0 < 3 {
			continue // "Mr. Sanders" is no full name
		}
		last := a.toks[m.t1-1].Norm
		if len(last) < 3 || !isCap(last) || a.kb.nonNames[a.lower[m.t1-1]] {
			continue
		}
		if _, isT := a.kb.titles[a.lower[m.t1-1]]; isT {
			continue
		}
		sur[last] = true
	}
	if len(sur) == 0 {
		return
	}
	for t := range a.toks {
		if !sur[a.toks[t].Norm] || a.used[t] || a.coveredBy(t) != nil || a.gaz[t] != nil {
			continue
		}
		if t+1 < len(a.toks) && a.sent[t+1] == a.sent[t] && isCap(a.toks[t+1].Norm) && isWord(a.toks[t+1].Norm) {
			continue
		}
		if t > 0 && a.sent[t-1] == a.sent[t] && isCap(a.toks[t-1].Norm) && isWord(a.toks[t-1].Norm) {
			continue
		}
		a.add(t, t+1, newsgraph.Mention{Kind: newsgraph.Name, Type: newsgraph.Person, Head: a.toks[t].Norm, Source: "surname"})
	}
}

// people gives person name mentions without a country the country, code
// and office that officeholders.tsv and people.tsv know for them on the
// publication date (KB.PersonOn): "Tony Blair" in 2005 → GBR, GBRGOV. A
// title read in the text is more specific and wins for the code; a role
// read without a country ("President Mitterrand") gets the person's. A weak
// match (PersonInfo.Weak) counts only when the document names the person's
// country or another person matched to it, or gives the person a
// political title ("President Bouteflika"). A bare
// surname is looked up only when the document names no one in full with
// that last word ("Wayne Hawkins ... Hawkins" is not the minister Hawkins).
func (a *annotator) people() {
	if !a.kb.peopleOn() {
		return
	}
	fullLast := map[string]bool{}
	var persons []*wm
	for _, m := range a.ms {
		if m.drop || m.t0 < 0 || m.Kind != newsgraph.Name || m.Type != newsgraph.Person {
			continue
		}
		persons = append(persons, m)
		if ws := a.nameTokens(m); len(ws) > 1 {
			fullLast[ws[len(ws)-1]] = true
		}
	}
	named := map[string]bool{} // countries the document names
	for _, g := range a.gaz {
		if c, ok := a.countryOf(g); ok {
			named[c.Alpha3] = true
		}
	}
	for _, m := range a.ms {
		if !m.drop && m.Country != "" {
			named[m.Country] = true
		}
	}
	type match struct {
		m *wm
		p PersonInfo
	}
	var found []match
	people := map[string]map[string]bool{} // country → people found of it
	for _, m := range persons {
		if m.Country != "" || hasOrgRole(m) {
			continue // "UN Secretary-General Antonio Guterres" speaks for the UN
		}
		ws := a.nameTokens(m)
		if len(ws) == 0 {
			continue
		}
		if len(ws) == 1 && (fullLast[ws[0]] || peerage[a.lower[m.t0]] || a.inList(m)) {
			continue // "Lord Armstrong" is a peer, not the minister Armstrong
		}
		p, ok := a.kb.personByName(strings.Join(ws, " "), a.doc.Day())
		if !ok || (p.Country == "" && p.Code == "") {
			continue
		}
		found = append(found, match{m, p})
		if people[p.Country] == nil {
			people[p.Country] = map[string]bool{}
		}
		people[p.Country][p.Name] = true
	}
	for _, f := range found {
		m, p := f.m, f.p
		if p.Weak && !named[p.Country] && len(people[p.Country]) < 2 && !politicalRole(m) {
			continue
		}
		m.Country = p.Country
		for i := range m.Roles {
			if m.Roles[i].Country == "" && m.Roles[i].Organization == "" {
				m.Roles[i].Country = p.Country
			}
		}
		if m.Code == "" {
			m.Code = rolesCode(m.Roles)
		}
		if m.Code == "" {
			m.Code = p.Code
		}
		if p.Title != "" && len(m.Roles) == 0 {
			m.Roles = append(m.Roles, newsgraph.Role{Title: p.Title, Country: p.Country, Agent: p.Agent})
		}
	}
}

// inList reports whether a one-word name stands in a comma-separated list
// of names ("Sheahan, Horan, O'Callaghan"): a team sheet, not a politician.
func (a *annotator) inList(m *wm) bool {
	a.rebuild()
	isName := func(t int) bool {
		if t < 0 || t >= len(a.toks) || a.sent[t] != a.sent[m.t0] {
			return false
		}
		x := a.cov[t]
		return x != nil && x != m && x.Kind == newsgraph.Name && (x.Type == newsgraph.Person || x.Type == "")
	}
	return (m.t0 >= 2 && a.lower[m.t0-1] == "," && isName(m.t0-2)) ||
		(m.t1+1 < len(a.toks) && a.lower[m.t1] == "," && isName(m.t1+1))
}

// politicalAgents are the agents of titles that make a person a public
// figure: "President Bouteflika" is not a namesake of the president.
var politicalAgents = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true, "ELI": true, "SPY": true,
	"OPP": true, "REB": true, "COP": true}

// politicalRole reports whether m has a political title read in the text.
func politicalRole(m *wm) bool {
	for _, r := range m.Roles {
		if r.Title != "" && r.Span.End > r.Span.Start && politicalAgents[r.Agent] {
			return true
		}
	}
	return false
}

// peerage are honorifics before a peer's title name, which is no surname.
var peerage = map[string]bool{"lord": true, "lady": true, "baron": true, "baroness": true, "viscount": true, "earl": true}

func hasOrgRole(m *wm) bool {
	for _, r := range m.Roles {
		if r.Organization != "" || r.Agent == "IGO" {
			return true
		}
	}
	return false
}

// partyTagRE matches the party-and-state tag US news put after a
// politician's name: "(R-Texas)", "(D-Calif.)", "(I-Vt.)".
var partyTagRE = regexp.MustCompile(`^[RDI]\s?[-–]\s?[A-Z][A-Za-z.]*(\s[A-Z][A-Za-z.]*)?$`)

// partyTags reads "Sen. Ted Cruz (R-Texas)" and "Rep. Tom DeLay, R-Texas,":
// the tag is not a mention of its own, and it makes the person an American
// politician (Country USA, and the country of a role read without one:
// "Senator" → USALEG; a member of Congress without a title read is USALEG).
func (a *annotator) partyTags() {
	for _, m := range a.sorted() {
		if m.drop || m.t0 < 0 || m.Type != newsgraph.Person || m.Kind != newsgraph.Name {
			continue
		}
		open := m.t1
		if open >= len(a.toks) || (a.toks[open].Norm != "(" && a.toks[open].Norm != ",") {
			continue
		}
		close, tagEnd := -1, -1
		for k := open + 1; k <= open+5; k++ {
			if k >= len(a.toks) || a.sent[k] != a.sent[open] {
				if a.toks[open].Norm == "," && k > open+1 {
					close, tagEnd = k, a.toks[k-1].End // "..., D-Mass." ends the sentence
				}
				break
			}
			n := a.toks[k].Norm
			if n == ")" && a.toks[open].Norm == "(" {
				close, tagEnd = k, a.toks[k].Start
				break
			}
			if a.toks[open].Norm == "," && (n == "," || n == ";" || n == "said" || n == "says") {
				close, tagEnd = k, a.toks[k].Start
				break
			}
		}
		if close < 0 || !partyTagRE.MatchString(strings.TrimSpace(a.doc.Text[a.toks[open].End:tagEnd])) {
			continue
		}
		a.rebuild()
		for k := open + 1; k < close; k++ {
			for _, x := range a.byTok[k] {
				if x != m && !x.drop {
					x.drop = true
				}
			}
		}
		a.touch()
		for i := range m.Roles {
			if m.Roles[i].Country == "" {
				m.Roles[i].Country = "USA"
			}
		}
		if m.Country == "" {
			m.Country = "USA"
		}
		if m.Code == "" {
			m.Code = rolesCode(m.Roles)
		}
		if m.Code == "" {
			m.Code = "USALEG"
		}
	}
}

func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

var functionWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "da": true,
	"do": true, "dos": true, "del": true, "la": true, "le": true, "van": true, "von": true, "bin": true, "al": true, "'s": true, "&": true}

// cleanNER trims possessives and articles off NER mentions and widens
// person names over given names the tagger left out (givenNames).
func (a *annotator) cleanNER() {
	for _, m := range a.ms {
		if m.t0 < 0 {
			continue
		}
		if m.t1-m.t0 > 1 && (a.lower[m.t1-1] == "'s" || a.lower[m.t1-1] == "'") {
			m.t1--
		}
		for m.Kind == newsgraph.Name && m.t1-m.t0 > 1 && nameOpeners[a.lower[m.t0]] && isCap(a.toks[m.t0+1].Norm) {
			m.t0++
		}
		m.Span = a.span(m.t0, m.t1)
		if m.Kind == "" {
			m.Kind = newsgraph.Name
		}
		if m.Source == "" {
			m.Source = "ner"
		}
		if m.Head == "" && m.Kind == newsgraph.Name {
			m.Head = a.toks[m.t1-1].Norm
		}
	}
	a.givenNames(false)
}

// locativeWords are lower-case words after which a given name that is also
// an ordinary word or a place is read as the place ("in Virginia Clinton
// leads"; months are never taken).
var locativeWords = map[string]bool{"in": true, "at": true, "from": true, "to": true, "of": true, "on": true,
	"by": true, "for": true, "near": true, "into": true, "across": true, "through": true, "around": true,
	"outside": true, "inside": true}

// givenNames widens a PERSON name the tagger started at the surname over
// the given names right before it: "After Hillary Clinton", where the tagger
// took only "Clinton", becomes "Hillary Clinton". A word taken is listed in
// givennames.tsv, capitalised with the rest in lower case, in the same
// sentence with only spaces between it and the name, in no other mention,
// and no month or weekday (nonnames.tsv); one marked as also an ordinary
// word or a place ("Mark", "Grace", "Virginia") is not taken at a sentence
// start or after a preposition. A name in capitals ("Crooked Hillary PAC")
// is left alone.
//
// cleanNER runs it on the tagger's PERSON names, before the other steps
// read them; run again after the gazetteer and honorifics (others true), it
// takes the names typed PERSON since, and a one-word ORG or MISC name of the
// tagger's that no table knows, which it types PERSON ("Jeb Bush" where the
// tagger took "Bush" for an organisation).
func (a *annotator) givenNames(others bool) {
	taken := append([]bool(nil), a.used...) // titles and their modifiers
	for _, m := range a.ms {
		if m.drop {
			continue
		}
		for t := max(m.t0, 0); t < m.t1 && t < len(a.toks); t++ {
			taken[t] = true
		}
	}
	changed := false
	for _, m := range a.ms {
		if m.drop || m.t0 <= 0 || m.Kind != newsgraph.Name || !capitalised(a.toks[m.t0].Norm) {
			continue
		}
		other := others && m.Source == "ner" && (m.Type == newsgraph.Org || m.Type == newsgraph.Misc) &&
			m.t1 == m.t0+1 && a.gaz[m.t0] == nil
		if m.Type != newsgraph.Person && !other {
			continue
		}
		t0 := m.t0
		for k := 0; k < 2 && a.givenAt(t0-1, t0, taken); k++ {
			t0--
		}
		if t0 == m.t0 {
			continue
		}
		for t := t0; t < m.t0; t++ {
			taken[t] = true
		}
		m.t0 = t0
		m.Span = a.span(m.t0, m.t1)
		if other {
			a.personize(m)
		}
		changed = true
	}
	if changed {
		a.touch()
	}
}

// givenAt reports whether token t is a given name to take into the person
// name starting at token next = t+1 (see givenNames).
func (a *annotator) givenAt(t, next int, taken []bool) bool {
	if t < 0 || taken[t] || a.sent[t] != a.sent[next] || a.kb.nonNames[a.lower[t]] {
		return false
	}
	g, ok := a.kb.givenNames[a.lower[t]]
	if !ok || !capitalised(a.toks[t].Norm) || strings.TrimRight(a.doc.Text[a.toks[t].End:a.toks[next].Start], " ") != "" {
		return false
	}
	if g.word && (t == 0 || a.sent[t-1] != a.sent[t] || !isWord(a.toks[t-1].Norm) || locativeWords[a.lower[t-1]]) {
		return false
	}
	return true
}

// capitalised reports whether w is a capitalised word with the rest in lower
// case ("Hillary", not "HILLARY" or "hillary").
func capitalised(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.ToLower(w[n:]) == w[n:] && isWord(w)
}

// caseOK checks a gazetteer entry against the text's casing: names of three
// letters or fewer match exactly; longer ones match case-insensitively when
// every content word in the text is capitalised. Entries of a loaded actor
// dictionary need only their first word capitalised: PETRARCH's
// "ISRAELI_TROOPS" is written "Israeli troops".
func caseOK(e gazEntry, text []string) bool {
	letters := 0
	for _, w := range e.words {
		letters += utf8.RuneCountInString(w)
	}
	for i, w := range e.words {
		t := text[i]
		if letters <= 3 && !e.fold {
			if t != w {
				return false
			}
			continue
		}
		if !strings.EqualFold(t, w) {
			return false
		}
		if functionWords[strings.ToLower(t)] && i > 0 {
			continue
		}
		if i > 0 && e.kind == kindActor && len(e.words) > 1 {
			continue
		}
		if isWord(t) && !isCap(t) && !unicode.IsDigit([]rune(t)[0]) {
			return false
		}
	}
	return true
}

// kindRank orders the entries one phrase may have: actors loaded from a
// dictionary (--actors) first, since loading them says they should win over
// the built-in tables (PETRARCH's "KUWAIT [KUW]"), then organisations,
// countries and demonyms.
var kindRank = map[int]int{kindActor: 0, kindOrg: 1, kindCountry: 2, kindDemonym: 3, kindPhxOrg: 4}

// joinLower returns the lower-case tokens [i, j) joined by " " in a buffer
// reused by the next call: index maps with string(a.joinLower(i, j)), which
// does not allocate.
func (a *annotator) joinLower(i, j int) []byte {
	b := a.keyBuf[:0]
	for k := i; k < j; k++ {
		if k > i {
			b = append(b, ' ')
		}
		b = append(b, a.lower[k]...)
	}
	a.keyBuf = b
	return b
}

func (a *annotator) scanGazetteer() {
	n := len(a.toks)
	norms := make([]string, n)
	for i, t := range a.toks {
		norms[i] = t.Norm
	}
	for i := 0; i < n; {
		found := false
		if !a.first[i] {
			i++
			continue
		}
		// no key starting with this word has more words than gazFirst says
		w, _, _ := strings.Cut(a.lower[i], " ")
		for l := min(a.kb.gazMax, a.kb.gazFirst[w], n-i); l >= 1 && !found; l-- {
			if a.sent[i+l-1] != a.sent[i] {
				continue
			}
			ents := a.kb.gaz[string(a.joinLower(i, i+l))]
			var best *gazEntry
			for k := range ents {
				e := ents[k]
				if !caseOK(e, norms[i:i+l]) {
					continue
				}
				if best == nil || kindRank[e.kind] < kindRank[best.kind] {
					best = &ents[k]
				}
			}
			if best != nil {
				g := &gmatch{t0: i, t1: i + l, e: *best}
				if best.kind == kindOrg {
					for _, e := range ents {
						if e.kind == kindOrg && caseOK(e, norms[i:i+l]) && a.kb.orgs[e.idx].Country != a.kb.orgs[best.idx].Country {
							g.alts = append(g.alts, e)
						}
					}
				}
				a.gaz[i] = g
				a.gazEnd[i+l] = g
				i += l
				found = true
			}
		}
		if !found {
			i++
		}
	}
	a.resolveAmbiguous()
}

// resolveAmbiguous settles an organisation form that orgs.tsv rows of
// different countries share ("the Treasury": Britain's or America's): the
// row whose country the document names most often (a country or demonym)
// wins, if no other country is named more often. Otherwise ("Treasury
// Secretary Mario Brodersohn" in a story about Argentina; a story naming no
// country) the form is no match and the tagger's mention keeps no country.
func (a *annotator) resolveAmbiguous() {
	var count map[string]int
	most := 0
	for _, g := range a.gaz {
		if g == nil || len(g.alts) == 0 {
			continue
		}
		if count == nil {
			count = map[string]int{}
			for _, x := range a.gaz {
				if c, ok := a.countryOf(x); ok {
					count[c.Alpha3]++
					most = max(most, count[c.Alpha3])
				}
			}
		}
		best, n, tie := g.e, count[a.kb.orgs[g.e.idx].Country], false
		for _, e := range g.alts {
			switch k := count[a.kb.orgs[e.idx].Country]; {
			case k > n:
				best, n, tie = e, k, false
			case k == n:
				tie = true
			}
		}
		if n == 0 || n < most || tie {
			a.gaz[g.t0], a.gazEnd[g.t1] = nil, nil
			continue
		}
		g.e, g.alts = best, nil
	}
}

// countryOf returns the country of a gazetteer match of a country or demonym.
func (a *annotator) countryOf(g *gmatch) (Country, bool) {
	if g == nil || (g.e.kind != kindCountry && g.e.kind != kindDemonym) {
		return Country{}, false
	}
	return a.kb.countries[g.e.idx], true
}

func (a *annotator) applyGazetteer() {
	for _, g := range a.gaz {
		if g == nil {
			continue
		}
		sp := a.span(g.t0, g.t1)
		var m newsgraph.Mention
		switch g.e.kind {
		case kindCountry:
			c := a.kb.countries[g.e.idx]
			m = newsgraph.Mention{Kind: newsgraph.Name, Type: newsgraph.Loc, Head: c.Name, Country: c.Alpha3, Code: c.Alpha3}
		case kindOrg:
			o := a.kb.orgs[g.e.idx]
			m = newsgraph.Mention{Kind: newsgraph.Name, Type: o.Type, Head: o.Name, Country: o.Country, Code: o.codeOn(a.doc.Day())}
		case kindPhxOrg:
			e := a.kb.orgTable.entries[g.e.idx]
			code := e.CodeOn(a.doc.Day())
			m = newsgraph.Mention{Kind: newsgraph.Name, Type: newsgraph.Org, Head: e.Name, Code: code, Country: a.kb.codeCountry(code)}
		case kindActor:
			e := a.kb.actors[g.e.idx]
			code := e.CodeOn(a.doc.Day())
			m = newsgraph.Mention{Kind: newsgraph.Name, Type: e.Type, Head: e.Name, Code: code, Country: a.kb.codeCountry(code)}
			if m.Country == "" {
				// the phrase also names a built-in country or organisation
				for _, x := range a.kb.gaz[string(a.joinLower(g.t0, g.t1))] {
					switch x.kind {
					case kindCountry:
						m.Country = a.kb.countries[x.idx].Alpha3
					case kindOrg:
						m.Country = a.kb.orgs[x.idx].Country
					}
					if m.Country != "" {
						break
					}
				}
			}
		case kindDemonym:
			// Adjectives are not mentions; an NER MISC mention of one gets its
			// country, as Country and Code.
			c := a.kb.countries[g.e.idx]
			for _, x := range a.ms {
				if !x.drop && x.Span == sp && x.Country == "" {
					x.Country = c.Alpha3
					if x.Code == "" {
						x.Code = c.Alpha3 // CAMEO codes a nationality as its country
					}
				}
			}
			continue
		}
		a.replaceWith(g.t0, g.t1, m, "kb")
	}
}

// capitalCities gives a place name the tagger found the country whose
// capital it is ("Moscow" → RUS) as Country only: the city is a place, not
// a stand-in for the country's government.
func (a *annotator) capitalCities() {
	for _, m := range a.ms {
		if m.drop || m.t0 < 0 || m.Type != newsgraph.Loc || m.Kind != newsgraph.Name || m.Country != "" {
			continue
		}
		if c, ok := a.kb.CapitalOf(a.doc.Text[m.Start:m.End]); ok {
			m.Country = c.Alpha3
		}
	}
}

// replaceWith adds m over tokens [t0,t1) unless an existing mention contains
// or crosses it; existing mentions inside it are dropped, one with the same
// span is updated. nestedLoc keeps LOC mentions inside the new one.
func (a *annotator) replaceWith(t0, t1 int, m newsgraph.Mention, source string) *wm {
	sp := a.span(t0, t1)
	a.rebuild()
	var near []*wm // mentions sharing a token with the span
	for t := t0; t < t1; t++ {
		for _, x := range a.byTok[t] {
			if len(near) == 0 || near[len(near)-1] != x {
				near = append(near, x)
			}
		}
	}
	for _, x := range near {
		if x.drop || x.t0 < 0 {
			continue
		}
		if x.Span == sp {
			x.Kind, x.Type, x.Head, x.Country, x.Code, x.Source = m.Kind, m.Type, m.Head, m.Country, m.Code, source
			return x
		}
		if x.Span.Contains(sp) || (x.Span.Overlaps(sp) && !sp.Contains(x.Span)) {
			return nil
		}
	}
	dropped := false
	for _, x := range near {
		if !x.drop && sp.Contains(x.Span) && !(source == "pattern" && x.Type == newsgraph.Loc && x.Country != "") {
			x.drop, dropped = true, true
		}
	}
	if dropped {
		a.touch()
	}
	m.Source = source
	return a.add(t0, t1, m)
}

// countryMod reads a country modifier starting at token i: a demonym or
// country name ("Russian", "US"), or a possessive country name
// ("Malaysia 's"). It returns the country and the token after it.
func (a *annotator) countryMod(i int) (Country, int, bool) {
	if i < 0 || i >= len(a.toks) {
		return Country{}, i, false
	}
	g := a.gaz[i]
	c, ok := a.countryOf(g)
	if !ok {
		return Country{}, i, false
	}
	j := g.t1
	if j < len(a.toks) && (a.lower[j] == "'s" || a.lower[j] == "'") && g.e.kind == kindCountry {
		j++
	}
	return c, j, true
}

// countryModBefore reads a country modifier ending just before token k.
func (a *annotator) countryModBefore(k int) (Country, int, bool) {
	p := k
	if p > 0 && (a.lower[p-1] == "'s" || a.lower[p-1] == "'") {
		p--
	}
	g := a.gazEnd[p]
	c, ok := a.countryOf(g)
	if !ok || (p != k && g.e.kind != kindCountry) {
		return Country{}, k, false
	}
	return c, g.t0, true
}

func (a *annotator) orgPatterns() {
	for i := 0; i < len(a.toks); i++ {
		c, j, ok := a.countryMod(i)
		if !ok || j >= len(a.toks) || !a.first[j] {
			continue
		}
		for l := min(a.kb.patternMax, len(a.toks)-j); l >= 1; l-- {
			if a.sent[j+l-1] != a.sent[i] {
				continue
			}
			p, ok := a.kb.patterns[string(a.joinLower(j, j+l))]
			if !ok {
				continue
			}
			// "the US military commander": the head must not be followed by a role noun.
			if j+l < len(a.toks) {
				if _, more := a.kb.titles[a.lower[j+l]]; more && a.sent[j+l] == a.sent[i] {
					break
				}
			}
			kind := newsgraph.Nominal
			if isCap(a.toks[j].Norm) {
				kind = newsgraph.Name
			}
			code := c.Alpha3 + p.Agent
			m := newsgraph.Mention{Kind: kind, Type: newsgraph.Org, Head: titleCase(p.Head), Country: c.Alpha3, Code: code}
			if w := a.replaceWith(i, j+l, m, "pattern"); w != nil {
				i = j + l - 1
			}
			break
		}
	}
}

// capRun returns the end of a run of capitalised name tokens starting at i
// (at most 4), or i when there is none. After an honorific the first word
// may be one of nonnames.tsv ("Mrs May").
func (a *annotator) capRun(i int, afterHonorific bool) int {
	j := i
	for j < len(a.toks) && j-i < 4 && a.sent[j] == a.sent[i] {
		w := a.toks[j].Norm
		if !isCap(w) || !isWord(w) || (a.kb.nonNames[a.lower[j]] && !(afterHonorific && j == i)) {
			break
		}
		if _, h := a.kb.Honorific(w); h && j > i {
			break
		}
		if g := a.gaz[j]; g != nil && g.e.kind != kindActor {
			break
		}
		if _, isT := a.kb.titles[a.lower[j]]; isT && j == i {
			break
		}
		j++
	}
	return j
}

func (a *annotator) mentionAt(t0 int) *wm {
	if t0 < 0 || t0 >= len(a.toks) {
		return nil
	}
	a.rebuild()
	return a.start[t0]
}

func (a *annotator) coveredBy(t int) *wm {
	if t < 0 || t >= len(a.toks) {
		return nil
	}
	a.rebuild()
	return a.cov[t]
}

// honorifics attaches "Mr"/"Mrs"... to the following name and types it
// PERSON, creating the name mention when the NER missed it.
func (a *annotator) honorifics() {
	for t := 0; t+1 < len(a.toks); t++ {
		if _, ok := a.kb.Honorific(a.toks[t].Norm); !ok || !isCap(a.toks[t].Norm) || a.sent[t+1] != a.sent[t] {
			continue
		}
		if c := a.coveredBy(t); c != nil && c.t0 < t {
			continue // inside another mention
		}
		if m := a.mentionAt(t); m != nil && m.t1 > t+1 { // NER included the honorific
			a.personize(m)
			continue
		}
		if m := a.mentionAt(t + 1); m != nil {
			m.t0 = t
			m.Span = a.span(m.t0, m.t1)
			a.personize(m)
			a.touch()
			continue
		}
		if a.coveredBy(t+1) != nil {
			continue
		}
		if end := a.capRun(t+1, true); end > t+1 {
			w := a.add(t, end, newsgraph.Mention{Kind: newsgraph.Name, Type: newsgraph.Person, Source: "title"})
			a.personize(w)
		}
	}
}

func (a *annotator) personize(m *wm) {
	if m.Type != newsgraph.Person {
		m.Type = newsgraph.Person
		m.Country, m.Code = "", ""
	}
	m.Head = a.toks[m.t1-1].Norm
}

// readTitle finds the longest title phrase starting at token i.
func (a *annotator) readTitle(i int) (TitleInfo, int, bool) {
	if i < 0 || i >= len(a.toks) || !a.first[i] {
		return TitleInfo{}, i, false
	}
	for l := min(a.kb.titleMax, len(a.toks)-i); l >= 1; l-- {
		if a.sent[i+l-1] != a.sent[i] {
			continue
		}
		if ti, ok := a.kb.titles[string(a.joinLower(i, i+l))]; ok {
			return ti, i + l, true
		}
	}
	return TitleInfo{}, i, false
}

// rolesCode is the code of the first role that makes one, "" when none does.
func rolesCode(roles []newsgraph.Role) string {
	for _, r := range roles {
		if c := roleCode(r, ""); c != "" {
			return c
		}
	}
	return ""
}

// titleBefore finds a title phrase ending just before token s.
func (a *annotator) titleBefore(s int) (TitleInfo, int, bool) {
	if s <= 0 || s > len(a.toks) || !a.kb.titleLast[a.lower[s-1]] {
		return TitleInfo{}, s, false
	}
	for l := min(a.kb.titleMax, s); l >= 1; l-- {
		if a.sent[s-l] != a.sent[s-1] {
			continue
		}
		if ti, ok := a.kb.titles[string(a.joinLower(s-l, s))]; ok {
			return ti, s - l, true
		}
	}
	return TitleInfo{}, s, false
}

func roleCode(r newsgraph.Role, orgCode string) string {
	if r.Country != "" && r.Agent != "" && r.Agent != "IGO" {
		return r.Country + r.Agent
	}
	if orgCode != "" {
		return orgCode
	}
	return ""
}

func (a *annotator) giveRole(m *wm, r newsgraph.Role, orgCode string) {
	for i, x := range m.Roles {
		if x.Title == r.Title && x.Country == r.Country && x.Organization == r.Organization {
			if x.Span.End <= x.Span.Start { // known from officeholders.tsv, now read in the text
				m.Roles[i].Span = r.Span
			}
			return
		}
	}
	m.Roles = append(m.Roles, r)
	if m.Country == "" {
		m.Country = r.Country
	}
	if m.Code == "" {
		m.Code = roleCode(r, orgCode)
	}
}

// modifiersBefore reads country, organisation and "former" modifiers ending
// before token k; it returns the role filled in and the first token used.
func (a *annotator) modifiersBefore(k int, r *newsgraph.Role) (orgCode string, start int) {
	start = k
	for steps := 0; steps < 3 && start > 0; steps++ {
		if r.Country == "" {
			if c, s, ok := a.countryModBefore(start); ok && a.sent[s] == a.sent[k] {
				r.Country, start = c.Alpha3, s
				continue
			}
		}
		if g := a.gazEnd[start]; g != nil && g.e.kind == kindOrg && r.Organization == "" {
			o := a.kb.orgs[g.e.idx]
			r.Organization, orgCode, start = o.Name, o.codeOn(a.doc.Day()), g.t0
			if r.Country == "" {
				r.Country = o.Country
			}
			continue
		}
		if a.lower[start-1] == "former" {
			r.Agent, start = "ELI", start-1
			continue
		}
		break
	}
	return orgCode, start
}

// orgAgent gives a role read with an organisation the organisation's agent
// (its code after the country part) when the title has none ("Tory leader"
// → OPP, "Labour leader" in 2005 → GOV) or only the business default of
// "chairman" and "chief executive" at a body that is no business ("Fed
// chairman" → GOVBUS), or the government default of "spokesman" and
// "official" at a party out of power or an armed group ("Liberal Democrat
// spokesman" in 2005 → OPP, "Hamas spokesman" → REBHMS). A title with an
// agent of its own keeps it ("Tory MP" LEG, "Bundesbank president" GOV);
// codes without a country part (IGO, MNC, NGO) give nothing.
func (a *annotator) orgAgent(r *newsgraph.Role, orgCode string) {
	if len(orgCode) <= 3 {
		return
	}
	if _, ok := a.kb.byCode[orgCode[:3]]; !ok {
		return
	}
	ag := orgCode[3:]
	switch r.Agent {
	case "":
	case "BUS":
		if strings.HasPrefix(ag, "BUS") {
			return
		}
	case "GOV":
		if !strings.HasPrefix(ag, "OPP") && !strings.HasPrefix(ag, "REB") {
			return
		}
	default:
		return
	}
	r.Agent = ag
}

// pastOrg returns the end of an organisation named at the start of the
// title phrase [k,s), or k when there is none.
func (a *annotator) pastOrg(k, s int) int {
	if g := a.gaz[k]; g != nil && g.e.kind == kindOrg && g.t1 < s {
		return g.t1
	}
	return k
}

// orgInTitle reads an organisation named at the start of the title phrase
// [k,s) ("Treasury" in "Treasury Secretary"): the role gets its name and
// country, and the organisation is no mention of its own.
func (a *annotator) orgInTitle(k, s int, r *newsgraph.Role) string {
	g := a.gaz[k]
	if g == nil || g.e.kind != kindOrg || g.t1 >= s {
		return ""
	}
	o := a.kb.orgs[g.e.idx]
	r.Organization = o.Name
	if r.Country == "" {
		r.Country = o.Country
	}
	return o.codeOn(a.doc.Day())
}

// titles reads titles before and after person names. It returns the roles
// seen so far per person head word, for counterparts.
func (a *annotator) titles() map[string][]newsgraph.Role {
	heads := map[string][]newsgraph.Role{}
	// Titles followed by a capitalised run the NER missed: "Secretary of State Marco Rubio".
	for i := 0; i < len(a.toks); i++ {
		ti, end, ok := a.readTitle(i)
		if !ok || ti.Type != newsgraph.Person || ti.Plural || end >= len(a.toks) || a.sent[end] != a.sent[i] {
			continue
		}
		if a.coveredBy(i) != nil || a.coveredBy(end) != nil || (i > 0 && determiners[a.lower[i-1]]) {
			continue
		}
		if e := a.capRun(end, false); e > end {
			a.add(end, e, newsgraph.Mention{Kind: newsgraph.Name, Type: newsgraph.Person, Head: a.toks[e-1].Norm, Source: "title"})
		}
		i = end - 1
	}
	ms := a.sorted()
	for _, m := range ms {
		if m.drop || m.t0 < 0 || m.Type != newsgraph.Person || m.Kind != newsgraph.Name {
			continue
		}
		s := m.t0
		// before: [modifiers] title NAME, unless a determiner makes it a nominal
		if ti, k, ok := a.titleBefore(s); ok && ti.Type == newsgraph.Person && !ti.Plural && ti.Title != "counterpart" && !a.tokensTaken(a.pastOrg(k, s), s, m) {
			r := newsgraph.Role{Title: ti.Title, Agent: ti.Agent}
			orgCode := a.orgInTitle(k, s, &r) // "Treasury Secretary James Baker"
			oc, start := a.modifiersBefore(k, &r)
			if orgCode == "" {
				orgCode = oc
			}
			a.orgAgent(&r, orgCode)
			if start == 0 || !determiners[a.lower[start-1]] {
				r.Span = a.span(start, s)
				a.giveRole(m, r, orgCode)
				for t := start; t < s; t++ {
					a.used[t] = true
				}
			}
		}
		// after: NAME, [the|a] [country] title [of [the] Country] [,|.|who|and|end]
		a.appositiveAfter(m)
		if len(m.Roles) > 0 {
			for _, w := range a.nameTokens(m) {
				heads[w] = append(heads[w], m.Roles...)
			}
		}
	}
	return heads
}

// tokensTaken reports whether tokens [k,s) belong to a mention other than m.
func (a *annotator) tokensTaken(k, s int, m *wm) bool {
	for t := k; t < s; t++ {
		if c := a.coveredBy(t); c != nil && c != m && c.Type != newsgraph.Loc {
			return true
		}
	}
	return false
}

func (a *annotator) appositiveAfter(m *wm) {
	j := m.t1
	if j >= len(a.toks) || a.lower[j] != "," {
		return
	}
	j++
	start := j
	if j < len(a.toks) && (a.lower[j] == "the" || a.lower[j] == "a" || a.lower[j] == "an") {
		j++
	}
	r := newsgraph.Role{}
	if c, k, ok := a.countryMod(j); ok && a.sent[j] == a.sent[m.t0] {
		r.Country, j = c.Alpha3, k
	}
	orgCode := ""
	if j < len(a.toks) {
		if g := a.gaz[j]; g != nil && g.e.kind == kindOrg {
			o := a.kb.orgs[g.e.idx]
			r.Organization, orgCode, j = o.Name, o.codeOn(a.doc.Day()), g.t1
			if r.Country == "" {
				r.Country = o.Country // "Michael Howard, the Tory leader," → GBR
			}
		}
	}
	if j >= len(a.toks) || a.sent[j] != a.sent[m.t0] {
		return
	}
	ti, end, ok := a.readTitle(j)
	if !ok || ti.Type != newsgraph.Person || ti.Plural || ti.Title == "counterpart" {
		return
	}
	if end+1 < len(a.toks) && a.lower[end] == "of" && a.sent[end+1] == a.sent[j] {
		k := end + 1
		if a.lower[k] == "the" && k+1 < len(a.toks) {
			k++
		}
		if g := a.gaz[k]; g != nil && g.e.kind == kindCountry && r.Country == "" {
			r.Country, end = a.kb.countries[g.e.idx].Alpha3, g.t1
		}
	}
	if end < len(a.toks) && a.sent[end] == a.sent[j] {
		switch a.lower[end] {
		case ",", ".", "who", "and", "said", "says", ";", ")", "\"", "'":
		default:
			return
		}
	}
	r.Title, r.Agent = ti.Title, ti.Agent
	a.orgAgent(&r, orgCode)
	r.Span = a.span(start, end)
	a.giveRole(m, r, orgCode)
	for t := start; t < end; t++ {
		a.used[t] = true
	}
}

func (a *annotator) sorted() []*wm {
	ms := append([]*wm(nil), a.ms...)
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	return ms
}

func headWord(ti TitleInfo) string {
	ws := strings.Fields(ti.Phrase)
	for i, w := range ws {
		if w == "of" && i > 0 {
			return ws[i-1]
		}
	}
	return ws[len(ws)-1]
}

// nominals adds role and group noun mentions.
func (a *annotator) nominals(heads map[string][]newsgraph.Role) {
	for t := 0; t < len(a.toks); t++ {
		if a.used[t] {
			continue
		}
		if x := a.coveredBy(t); x != nil {
			// a demonym the tagger made a mention of still modifies the noun
			// after it: "Palestinian leaders said ..." at a sentence start
			if g := a.gaz[t]; g == nil || g.e.kind != kindDemonym || x.t0 != g.t0 || x.t1 != g.t1 {
				continue
			}
		}
		k := t
		det := ""
		var r newsgraph.Role
		if determiners[a.lower[t]] {
			det, k = a.lower[t], t+1
		} else if c, j, ok := a.countryMod(t); ok && j > t && (a.lower[j-1] == "'s" || a.lower[j-1] == "'") {
			det, r.Country, k = "'s", c.Alpha3, j // "Russia's foreign minister"
		}
		if k >= len(a.toks) || a.sent[k] != a.sent[t] {
			continue
		}
		if a.lower[k] == "former" {
			r.Agent, k = "ELI", k+1
		}
		if r.Country == "" {
			if c, j, ok := a.countryMod(k); ok {
				r.Country, k = c.Alpha3, j
			}
		}
		// "a Bundesbank spokesman", "the Fed chairman", "a Tory MP": an
		// organisation named between the determiner and the title
		orgCode := ""
		var org *wm
		if det != "" && k < len(a.toks) {
			if g := a.gaz[k]; g != nil && g.e.kind == kindOrg && g.t1 < len(a.toks) && a.sent[g.t1] == a.sent[t] {
				if ti, _, ok := a.readTitle(g.t1); ok && ti.Type == newsgraph.Person {
					o := a.kb.orgs[g.e.idx]
					r.Organization, orgCode = o.Name, o.codeOn(a.doc.Day())
					if r.Country == "" {
						r.Country = o.Country
					}
					org, k = a.coveredBy(k), g.t1
				}
			}
		}
		if k >= len(a.toks) || a.sent[k] != a.sent[t] || a.used[k] {
			continue
		}
		ti, end, ok := a.readTitle(k)
		if !ok || a.takenRange(k, end) {
			continue
		}
		if det == "" && !(ti.Plural && ti.Type == newsgraph.Person) {
			continue // bare singular nouns are not references
		}
		if det == "" && t != k && !ti.Plural {
			continue
		}
		// "the government forces": a role noun followed by another one is a modifier.
		if end < len(a.toks) && a.sent[end] == a.sent[k] && !isCap(a.toks[end].Norm) {
			if _, more := a.kb.titles[a.lower[end]]; more {
				continue
			}
		}
		m := newsgraph.Mention{Kind: newsgraph.Nominal, Type: ti.Type, Head: headWord(ti), Country: r.Country, Source: "nominal"}
		if ti.Type == newsgraph.Person {
			r.Title = ti.Title
			if r.Agent == "" {
				r.Agent = ti.Agent
			}
			if ti.Title == "counterpart" {
				a.counterpart(t, &r, heads)
			}
			a.orgAgent(&r, orgCode)
			r.Span = a.span(t, end)
			m.Roles = []newsgraph.Role{r}
			m.Code = roleCode(r, orgCode)
			if m.Country == "" {
				m.Country = r.Country
			}
			if org != nil && org.t0 >= t && org.t1 <= end {
				org.drop = true // the organisation names the person's employer, not an actor
				a.touch()
			}
		} else if r.Country != "" && ti.Agent != "" && ti.Agent != "IGO" {
			m.Code = r.Country + ti.Agent
		}
		w := a.add(t, end, m)
		// apposition: "his Malaysian counterpart Mohamad Hasan", "the US president, Donald Trump"
		n := end
		if n < len(a.toks) && a.lower[n] == "," {
			n++
		}
		if ti.Type == newsgraph.Person && n < len(a.toks) && a.sent[n] == a.sent[t] {
			if p := a.mentionAt(n); p != nil && p.Type == newsgraph.Person && len(w.Roles) > 0 {
				a.giveRole(p, w.Roles[0], "")
			}
		}
		t = end - 1
	}
}

// nameTokens returns the lower-case words of a person mention without its
// honorific.
func (a *annotator) nameTokens(m *wm) []string {
	var out []string
	for t := m.t0; t < m.t1; t++ {
		if _, h := a.kb.Honorific(a.toks[t].Norm); h && t == m.t0 {
			continue
		}
		if isWord(a.toks[t].Norm) {
			out = append(out, a.lower[t])
		}
	}
	return out
}

func (a *annotator) takenRange(k, end int) bool {
	for i := k; i < end; i++ {
		if a.used[i] || a.coveredBy(i) != nil {
			return true
		}
	}
	return false
}

// counterpart gives "his Russian counterpart" the office of the possessor:
// the nearest person named before it in the sentence.
func (a *annotator) counterpart(t int, r *newsgraph.Role, heads map[string][]newsgraph.Role) {
	var poss *wm
	for _, x := range a.ms {
		if x.drop || x.t0 < 0 || x.Type != newsgraph.Person || x.Kind != newsgraph.Name || x.t1 > t || a.sent[x.t0] != a.sent[t] {
			continue
		}
		if poss == nil || x.t0 > poss.t0 {
			poss = x
		}
	}
	if poss == nil {
		return
	}
	roles := poss.Roles
	for _, w := range a.nameTokens(poss) {
		if len(roles) > 0 {
			break
		}
		roles = heads[w] // "Mr Wang" → the roles read for "Wang Yi"
	}
	for _, pr := range roles {
		if pr.Title == "" || pr.Title == "counterpart" {
			continue
		}
		r.Title = a.kb.Office(pr.Title)
		r.Agent = pr.Agent
		return
	}
}

func (a *annotator) pronouns() {
	for t := range a.toks {
		p, ok := a.kb.pronouns[a.lower[t]]
		if !ok || a.used[t] || a.coveredBy(t) != nil {
			continue
		}
		a.add(t, t+1, newsgraph.Mention{Kind: newsgraph.Pronoun, Type: p.Type, Head: a.lower[t], Source: "pronoun"})
	}
}

// result returns the mentions sorted by start (longer first), without
// duplicate spans, with Text set and Entity = -1.
func (a *annotator) result() []newsgraph.Mention {
	ms := a.sorted()
	out := make([]newsgraph.Mention, 0, len(ms))
	seen := map[newsgraph.Span]bool{}
	// A country, demonym or organisation read as part of a person's title
	// ("US" in "US Secretary of State Marco Rubio", "Russian" in "Russian
	// Foreign Minister Sergey Lavrov", "UN" in "UN Secretary-General Antonio
	// Guterres") is the role's country or organisation, not a mention of its
	// own: kept, it would stand in for the person as an event actor.
	var roleSpans []newsgraph.Span
	for _, m := range ms {
		if !m.drop && m.Type == newsgraph.Person {
			for _, r := range m.Roles {
				if (r.Country != "" || r.Organization != "") && r.Span.End > r.Span.Start && r.Span.End <= m.Start {
					roleSpans = append(roleSpans, r.Span)
				}
			}
		}
	}
	inRole := func(m *wm) bool {
		if m.Kind != newsgraph.Name || (m.Type != newsgraph.Loc && m.Type != newsgraph.Misc && m.Type != newsgraph.Org) {
			return false
		}
		for _, rs := range roleSpans {
			if rs.Contains(m.Span) {
				return true
			}
		}
		return false
	}
	for _, m := range ms {
		if m.drop || m.Start < 0 || m.End > len(a.doc.Text) || m.Start >= m.End || seen[m.Span] || inRole(m) {
			continue
		}
		seen[m.Span] = true
		mm := m.Mention
		mm.Text = a.doc.Text[m.Start:m.End]
		mm.Entity = -1
		out = append(out, mm)
	}
	return out
}
