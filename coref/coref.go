// Package coref is newsgraph's within-document coreference: the "entities"
// stage. It groups the mentions the actors stage produced into entities with
// ordered sieves, most precise first (after Lee et al. 2013, "Deterministic
// coreference resolution based on entity-centric, precision-ranked rules"):
//
//  1. exact name match (KB canonical names, so "US" = "United States");
//  2. acronyms: "Association of South-east Asian Nations (Asean)", initials;
//  3. partial person names: "Mr Rubio", "Rubio" → "Marco Rubio"; "Mr Anwar"
//     → "Anwar Ibrahim" (any name token, the last one preferred); a bare
//     surname the tagger typed as a place or organisation becomes the
//     person, with every repetition of it; a full name misspelt by one
//     letter ("Hilary Clinton") is the same person;
//  4. apposition: "his Malaysian counterpart Mohamad Hasan";
//  5. role nominals: "the secretary of state" → the entity holding that
//     office in this document, else the office holder on the publication
//     day (data from the actor KB), created as an entity;
//  6. group nouns: "the bloc" → Asean, "the ministry" → the last ministry;
//  7. pronouns: he/she/his/him/her by salience (subject > other, recency,
//     no crossing from narration into quotes), "its" to the nearest
//     organisation or country, "they" to a plural group noun. The subject
//     of "Clinton campaign manager Robby Mook said" is the name ending the
//     noun phrase; a he/she never takes a plural group name ("Muslims",
//     "Syrians": data/groupnames.txt and the KB's demonyms), a name made of
//     group words ("Hispanic Republican"), a name after "a"/"an", a
//     one-word name the document mostly uses for a place or organisation,
//     or the name right before a parenthetical "she said" ("and Ms.
//     Warren, she said, ...").
//
// Two clusters never merge when they hold full names that cannot be one
// person ("Eric Trump", "Donald Trump") or whose names imply different
// genders (honorifics, and given names listed in the actor KB's
// givennames.tsv, kb.GivenName; the actors stage has already taken a listed
// given name the tagger left out into the name: "After Hillary Clinton
// accused him", where the tagger took only "Clinton"). An object pronoun is
// never the subject of its own verb ("Clinton accused him"). A he/she in a sentence-opening clause may point
// forward to the name right after its comma ("Asked if she ..., Clinton
// said").
//
// Pronouns and nominals that no sieve resolves are left out of the entities
// (Mention.Entity = -1) rather than guessed.
package coref

import (
	"bufio"
	"context"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph"
	"newsgraph/actor"
)

//go:embed data/prepositions.txt
var prepositionsFile string

//go:embed data/groupnames.txt
var groupNamesFile string

// Stage is the "entities" stage.
type Stage struct {
	kb     *actor.KB
	preps  map[string]bool
	groups map[string]bool // plural group names ("muslims")
}

// NewStage returns the coreference stage. A nil kb loads the embedded actor
// knowledge (used for titles' offices, group nouns, honorifics and office
// holders).
func NewStage(kb *actor.KB) *Stage {
	if kb == nil {
		kb, _ = actor.Load()
	}
	s := &Stage{kb: kb, preps: map[string]bool{}, groups: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(prepositionsFile))
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && !strings.HasPrefix(w, "#") {
			s.preps[w] = true
		}
	}
	sc = bufio.NewScanner(strings.NewReader(groupNamesFile))
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && !strings.HasPrefix(w, "#") {
			s.groups[w] = true
		}
	}
	return s
}

// Name implements newsgraph.Stage.
func (s *Stage) Name() string { return "entities" }

// Requires implements newsgraph.Stage.
func (s *Stage) Requires() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerActors} }

// Provides implements newsgraph.Stage.
func (s *Stage) Provides() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerEntities} }

// Process fills doc.Entities and every Mention.Entity.
func (s *Stage) Process(ctx context.Context, doc *newsgraph.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.kb == nil {
		doc.Notes = append(doc.Notes, "entities: no knowledge base loaded")
		for i := range doc.Mentions {
			doc.Mentions[i].Entity = -1
		}
		doc.Entities = nil
		return nil
	}
	r := newResolver(s, doc)
	r.run()
	r.build()
	return nil
}

// minfo is what the sieves know about one mention.
type minfo struct {
	sent    int
	t0, t1  int // token range, -1 when unaligned
	quoted  bool
	subject bool
	key     string   // name key for NAME mentions
	words   []string // name words without honorific
	lwords  []string // the same, lower case
	gender  string
	plural  bool
	weak    bool // a Person name no he/she should refer back to
	group   bool // a name made of group words only: "Hispanic Republican"
}

// cluster is a set of mentions being built into an entity.
type cluster struct {
	name    string // virtual name (office holder) when no NAME mention
	roles   []newsgraph.Role
	country string
	virtual bool
}

type resolver struct {
	s      *Stage
	doc    *newsgraph.Document
	ms     []newsgraph.Mention
	info   []minfo
	parent []int
	virt   []*cluster // clusters created for office holders, ids >= len(ms)

	// per-root caches, merged on union
	named   []bool
	roles   [][]newsgraph.Role
	gender  []string   // from names and nominals
	pgender []string   // from pronouns
	full    [][]string // distinct person names of two or more words (lower case, joined by " ")
	sorted  bool       // mentions sorted by start: loops may stop early
	toks    []newsgraph.Token
	lower   []string
	tsent   []int
	inQ     []bool
	covered []bool // tokens inside a mention
}

func newResolver(s *Stage, doc *newsgraph.Document) *resolver {
	r := &resolver{s: s, doc: doc}
	n := len(doc.Text)
	last := 0
	for _, t := range doc.Tokens {
		if t.Start < last || t.End > n || t.Start >= t.End {
			continue
		}
		if t.Norm == "" {
			t.Norm = doc.Text[t.Start:t.End]
		}
		r.toks = append(r.toks, t)
		last = t.End
	}
	r.lower = make([]string, len(r.toks))
	r.tsent = make([]int, len(r.toks))
	r.inQ = make([]bool, len(r.toks))
	si := 0
	open := false
	for i, t := range r.toks {
		r.lower[i] = strings.ToLower(t.Norm)
		for si+1 < len(doc.Sentences) && doc.Sentences[si+1].Start <= t.Start {
			si++
		}
		r.tsent[i] = si
		if i > 0 && r.tsent[i-1] != si && si < len(doc.Sentences) && doc.Sentences[si].Paragraph != doc.Sentences[max(si-1, 0)].Paragraph {
			// a quote left open at a paragraph's end is reopened by the
			// next paragraph's opening mark, which must not close it
			open = false
		}
		mark := t.Text
		if (mark == "'" || mark == "`") && i+1 < len(r.toks) && r.toks[i+1].Text == mark && r.toks[i+1].Start == t.End {
			mark = "\"" // '' and `` stand for double marks in some newswire text
		} else if (mark == "'" || mark == "`") && i > 0 && r.toks[i-1].Text == mark && r.toks[i-1].End == t.Start {
			r.inQ[i] = r.inQ[i-1] // the second half of the pair
			continue
		}
		switch mark {
		case "“", "«":
			open = true
		case "”", "»":
			r.inQ[i] = true
			open = false
			continue
		case "\"":
			if open {
				r.inQ[i] = true
				open = false
				continue
			}
			open = true
		}
		r.inQ[i] = open
	}
	// keep valid mentions only; the slice is rewritten with Entity set at the end
	for i := range doc.Mentions {
		m := doc.Mentions[i]
		if m.Start < 0 || m.End > n || m.Start >= m.End {
			m.Entity = -1
		}
		r.ms = append(r.ms, m)
	}
	r.covered = make([]bool, len(r.toks))
	for i := range r.ms {
		if r.valid(i) {
			if t0, t1 := r.tokRange(r.ms[i].Span); t0 >= 0 {
				for t := t0; t < t1; t++ {
					r.covered[t] = true
				}
			}
		}
	}
	r.parent = make([]int, len(r.ms))
	r.info = make([]minfo, len(r.ms))
	r.named = make([]bool, len(r.ms))
	r.roles = make([][]newsgraph.Role, len(r.ms))
	r.gender = make([]string, len(r.ms))
	r.pgender = make([]string, len(r.ms))
	r.full = make([][]string, len(r.ms))
	r.sorted = true
	for i := range r.ms {
		r.parent[i] = i
		r.info[i] = r.describe(i)
		if i > 0 && r.ms[i].Start < r.ms[i-1].Start {
			r.sorted = false
		}
	}
	r.markWeak()
	for i := range r.ms {
		r.named[i] = r.isName(i) || r.isGroup(i)
		r.roles[i] = r.ms[i].Roles
		if r.ms[i].Kind == newsgraph.Pronoun {
			r.pgender[i] = r.info[i].gender
		} else {
			r.gender[i] = r.info[i].gender
		}
		if r.isName(i) && r.ms[i].Type == newsgraph.Person && len(r.info[i].lwords) >= 2 {
			r.full[i] = []string{strings.Join(r.info[i].lwords, " ")}
		}
	}
	r.markSubjects()
	return r
}

func (r *resolver) valid(i int) bool {
	m := r.ms[i]
	return m.Start >= 0 && m.End <= len(r.doc.Text) && m.Start < m.End
}

func (r *resolver) tokRange(sp newsgraph.Span) (int, int) {
	i := sort.Search(len(r.toks), func(i int) bool { return r.toks[i].Start >= sp.Start })
	j := i
	for j < len(r.toks) && r.toks[j].End <= sp.End {
		j++
	}
	if i >= j {
		return -1, -1
	}
	return i, j
}

func (r *resolver) describe(i int) minfo {
	m := r.ms[i]
	in := minfo{sent: -1, t0: -1, t1: -1}
	if !r.valid(i) {
		return in
	}
	in.t0, in.t1 = r.tokRange(m.Span)
	if in.t0 >= 0 {
		in.sent = r.tsent[in.t0]
		in.quoted = r.inQ[in.t0]
	} else {
		in.sent = sort.Search(len(r.doc.Sentences), func(k int) bool { return r.doc.Sentences[k].End > m.Start })
	}
	switch m.Kind {
	case newsgraph.Pronoun:
		if p, ok := r.s.kb.Pronoun(m.Head); ok {
			in.gender, in.plural = p.Gender, p.Plural
		} else if p, ok := r.s.kb.Pronoun(m.Text); ok {
			in.gender, in.plural = p.Gender, p.Plural
		}
	case newsgraph.Name:
		words := r.nameWords(i)
		if len(words) > 0 {
			if g, ok := r.s.kb.Honorific(words[0]); ok && len(words) > 1 {
				in.gender = g
				words = words[1:]
			} else if m.Type == newsgraph.Person && len(words) > 1 {
				// a given name with one gender: "Hillary Clinton"
				in.gender, _ = r.s.kb.GivenName(words[0])
			}
		}
		in.words = words
		in.lwords = lowerAll(words)
		if r.groupName(in.lwords) {
			in.plural = true
		}
		if m.Source == "kb" && m.Head != "" {
			in.key = "kb:" + strings.ToLower(m.Head)
		} else if m.Source == "pattern" {
			in.key = "pat:" + m.Country + ":" + strings.ToLower(m.Head)
		} else {
			in.key = strings.ToLower(strings.Join(words, " "))
		}
	case newsgraph.Nominal:
		if m.Source == "pattern" {
			in.key = "pat:" + m.Country + ":" + strings.ToLower(m.Head)
		}
		if t, ok := r.s.kb.Title(m.Head); ok {
			in.plural = t.Plural
		}
		for _, ro := range m.Roles {
			if t, ok := r.s.kb.Title(ro.Title); ok && t.Plural {
				in.plural = true
			}
		}
		low := strings.ToLower(m.Text)
		if strings.Contains(low, "spokeswoman") || strings.Contains(low, "congresswoman") {
			in.gender = "f"
		}
	}
	return in
}

// groupName reports whether a one-word name is a plural group ("Muslims",
// "Syrians"): listed in data/groupnames.txt, or a country's demonym plus "s".
func (r *resolver) groupName(lw []string) bool {
	if len(lw) != 1 || len(lw[0]) < 4 || !strings.HasSuffix(lw[0], "s") {
		return false
	}
	if r.s.groups[lw[0]] {
		return true
	}
	if r.s.kb == nil {
		return false
	}
	return r.demonym(strings.TrimSuffix(lw[0], "s"))
}

// markWeak flags Person names that a he/she should not take as antecedent:
// a one-word name that the document more often names as a place or
// organisation and that no multi-word person name holds ("Clarkston became his home"
// after "Clarkston, Ga."), and a name after an indefinite article ("an
// influential Hispanic Republican who ...").
func (r *resolver) markWeak() {
	other := map[string]int{}
	person := map[string]int{}
	inFull := map[string]bool{}
	for i := range r.ms {
		if r.ms[i].Kind != newsgraph.Name {
			continue
		}
		lw := r.info[i].lwords
		switch {
		case r.ms[i].Type == newsgraph.Person && len(lw) >= 2:
			for _, w := range lw {
				inFull[w] = true
			}
		case (r.ms[i].Type == newsgraph.Loc || r.ms[i].Type == newsgraph.Org) && len(lw) == 1:
			other[lw[0]]++
		case r.ms[i].Type == newsgraph.Person && len(lw) == 1:
			person[lw[0]]++
		}
	}
	for i := range r.ms {
		in := &r.info[i]
		if r.ms[i].Kind != newsgraph.Name {
			continue
		}
		// "Latino", "Hispanic Republican": group words, no one's name
		if len(in.lwords) > 0 && in.key != "" && !strings.HasPrefix(in.key, "kb:") {
			all := true
			for _, w := range in.lwords {
				if !r.groupWord(w) {
					all = false
					break
				}
			}
			if all {
				in.group = true
				in.weak = true
			}
		}
		if r.ms[i].Type != newsgraph.Person {
			continue
		}
		if w := in.lwords; len(w) == 1 && other[w[0]] > person[w[0]] && !inFull[w[0]] {
			in.weak = true
		}
		for t := in.t0 - 1; t >= 0 && in.t0 >= 0 && r.tsent[t] == in.sent; t-- {
			if r.lower[t] == "a" || r.lower[t] == "an" {
				in.weak = true
				break
			}
			if p := r.toks[t].POS; p != "JJ" && p != "RB" && p != "JJR" && p != "JJS" {
				break
			}
		}
	}
}

// groupWord reports whether w (lower case) names a member of a group:
// "latino", "republican", "syrian" (or the plural).
func (r *resolver) groupWord(w string) bool {
	if r.s.groups[w] || r.s.groups[w+"s"] || r.groupName([]string{w}) {
		return true
	}
	if r.s.kb == nil || len(w) < 4 {
		return false
	}
	return r.demonym(w)
}

// demonym reports whether w (lower case) is a country's demonym.
func (r *resolver) demonym(w string) bool {
	c, ok := r.s.kb.Country(w)
	if !ok {
		return false
	}
	for _, d := range c.Demonyms {
		if strings.EqualFold(d, w) {
			return true
		}
	}
	return false
}

// nameWords returns the mention's words without a trailing possessive.
func (r *resolver) nameWords(i int) []string {
	in := r.info[i]
	var ws []string
	if t0, t1 := r.tokRange(r.ms[i].Span); t0 >= 0 {
		_ = in
		for t := t0; t < t1; t++ {
			ws = append(ws, r.toks[t].Norm)
		}
	} else {
		ws = strings.Fields(r.ms[i].Text)
	}
	for len(ws) > 1 && (ws[len(ws)-1] == "'s" || ws[len(ws)-1] == "'") {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// markSubjects flags, per sentence, the first unquoted mention with no
// preposition or verb before it.
func (r *resolver) markSubjects() {
	bySent := map[int][]int{}
	for i := range r.ms {
		if r.info[i].t0 >= 0 {
			bySent[r.info[i].sent] = append(bySent[r.info[i].sent], i)
		}
	}
	for si, idx := range bySent {
		if si < 0 || si >= len(r.doc.Sentences) {
			continue
		}
		start, _ := r.tokRange(r.doc.Sentences[si].Span)
		if start < 0 {
			continue
		}
		sort.Ints(idx)
		for _, i := range idx {
			in := r.info[i]
			if in.quoted || r.ms[i].Type == newsgraph.Loc && r.ms[i].Kind != newsgraph.Name {
				continue
			}
			// an opening phrase closed by a comma does not block the
			// subject after it: "In an interview, Clinton said ..."
			blocked, opening := false, false
			for t := start; t < in.t0; t++ {
				if r.inQ[t] {
					continue
				}
				if r.lower[t] == "," && blocked {
					blocked, opening = false, true
					continue
				}
				pos := r.toks[t].POS
				if r.s.preps[r.lower[t]] || pos == "IN" || pos == "TO" || strings.HasPrefix(pos, "VB") || pos == "MD" {
					blocked = true
				}
			}
			if !blocked {
				r.info[r.npHead(i, idx)].subject = true
				break
			}
			// a mention inside the opening phrase: look at the next one
			if !opening && r.commaAfter(in.t1, si) {
				continue
			}
			break
		}
	}
}

// npHead returns the person name that ends the noun phrase mention i opens:
// "Clinton campaign manager Robby Mook acknowledged" → "Robby Mook", when
// only nouns and adjectives stand between the two; else i. idx holds the
// sentence's mentions, ascending.
func (r *resolver) npHead(i int, idx []int) int {
	for _, k := range idx {
		if k <= i || r.info[k].t0 < r.info[i].t1 || r.info[k].quoted {
			continue
		}
		for t := r.info[i].t1; t < r.info[k].t0; t++ {
			p := r.toks[t].POS
			if !strings.HasPrefix(p, "NN") && !strings.HasPrefix(p, "JJ") {
				return i
			}
		}
		if r.ms[k].Kind == newsgraph.Name && r.ms[k].Type == newsgraph.Person {
			return k
		}
		return i
	}
	return i
}

// commaAfter reports whether a comma follows token t in sentence si before
// any verb: t ends a mention inside an opening phrase.
func (r *resolver) commaAfter(t, si int) bool {
	for ; t < len(r.toks) && r.tsent[t] == si; t++ {
		if r.lower[t] == "," {
			return true
		}
		if pos := r.toks[t].POS; strings.HasPrefix(pos, "VB") || pos == "MD" || r.inQ[t] {
			return false
		}
	}
	return false
}

func (r *resolver) find(i int) int {
	for r.parent[i] != i {
		r.parent[i] = r.parent[r.parent[i]]
		i = r.parent[i]
	}
	return i
}

func (r *resolver) union(a, b int) {
	ra, rb := r.find(a), r.find(b)
	if ra == rb {
		return
	}
	if ra < len(r.ms) && rb < len(r.ms) && r.nameConflict(ra, rb) {
		return // "Eric Trump" and "Donald Trump" stay apart
	}
	// the lower index is the root, except that a virtual (office holder)
	// cluster always stays the root so that its name survives
	if (rb < ra && ra < len(r.ms)) || rb >= len(r.ms) {
		ra, rb = rb, ra
	}
	r.parent[rb] = ra
	r.named[ra] = r.named[ra] || r.named[rb]
	r.roles[ra] = mergeRoles(r.roles[ra], r.roles[rb])
	if r.gender[ra] == "" {
		r.gender[ra] = r.gender[rb]
	}
	if r.pgender[ra] == "" {
		r.pgender[ra] = r.pgender[rb]
	}
	for _, n := range r.full[rb] {
		dup := false
		for _, x := range r.full[ra] {
			if x == n {
				dup = true
				break
			}
		}
		if !dup {
			r.full[ra] = append(r.full[ra], n)
		}
	}
	r.full[rb] = nil
}

// nameConflict reports whether the clusters rooted at a and b hold full
// person names that cannot be the same person: neither is the other with
// words left out ("Donald Trump" fits "Donald J. Trump"; "Eric Trump" does
// not fit "Donald Trump"), or whose names imply different genders.
func (r *resolver) nameConflict(a, b int) bool {
	if ga, gb := r.gender[a], r.gender[b]; ga != "" && gb != "" && ga != gb {
		return true
	}
	for _, x := range r.full[a] {
		for _, y := range r.full[b] {
			xs, ys := strings.Fields(x), strings.Fields(y)
			if !inOrder(xs, ys) && !inOrder(ys, xs) {
				return true
			}
		}
	}
	return false
}

// inOrder reports whether every word of short occurs in long in the same
// order; an initial ("j.", "j") matches a word with that first letter.
func inOrder(short, long []string) bool {
	k := 0
	for _, w := range short {
		for k < len(long) && !sameNameWord(w, long[k]) {
			k++
		}
		if k == len(long) {
			return false
		}
		k++
	}
	return true
}

func sameNameWord(a, b string) bool {
	if a == b || oneDropped(a, b) || oneDropped(b, a) {
		return true
	}
	ia := len(strings.TrimSuffix(a, ".")) == 1
	ib := len(strings.TrimSuffix(b, ".")) == 1
	if ia && !ib {
		return b[0] == a[0]
	}
	if ib && !ia {
		return a[0] == b[0]
	}
	return false
}

// mergeRoles returns a new slice with a's roles and those of b not in a.
func mergeRoles(a, b []newsgraph.Role) []newsgraph.Role {
	out := append([]newsgraph.Role(nil), a...)
	for _, x := range b {
		dup := false
		for _, y := range out {
			if x.Title == y.Title && x.Country == y.Country && x.Organization == y.Organization && x.Agent == y.Agent {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}

func compatibleType(a, b newsgraph.EntityType) bool {
	return a == b || a == "" || b == "" || a == newsgraph.Misc || b == newsgraph.Misc
}

func (r *resolver) run() {
	r.exactNames()
	r.acronyms()
	r.partialNames()
	r.misspelt()
	r.apposition()
	r.roleNominals()
	r.groupNouns()
	r.pluralGroups()
	r.pronouns()
}

func (r *resolver) isName(i int) bool {
	return r.valid(i) && r.info[i].key != "" && (r.ms[i].Kind == newsgraph.Name || r.ms[i].Source == "pattern")
}

// isGroup reports whether mention i is a plural group noun ("protesters",
// "Israeli troops"); such groups are entities of their own.
func (r *resolver) isGroup(i int) bool {
	return r.valid(i) && r.ms[i].Kind == newsgraph.Nominal && r.info[i].plural && r.ms[i].Type == newsgraph.Person
}

// Sieve 1: exact name match.
func (r *resolver) exactNames() {
	first := map[string]int{}
	for i := range r.ms {
		if !r.isName(i) {
			continue
		}
		k := string(r.ms[i].Type) + "|" + r.info[i].key
		if r.ms[i].Type == newsgraph.Misc || r.ms[i].Type == "" {
			k = "?|" + r.info[i].key
		}
		if j, ok := first[k]; ok {
			r.union(j, i)
		} else {
			first[k] = i
		}
	}
}

// Sieve 2: "Long Name (ACR)" and initials.
func (r *resolver) acronyms() {
	for i := range r.ms {
		if !r.isName(i) || r.ms[i].Type == newsgraph.Person {
			continue
		}
		e := r.info[i].t1
		if e < 0 || e+2 >= len(r.toks) || r.toks[e].Text != "(" {
			continue
		}
		for j := i + 1; j < len(r.ms) && j < i+4; j++ {
			if r.isName(j) && r.info[j].t0 == e+1 && r.info[j].t1 < len(r.toks) && r.toks[r.info[j].t1].Text == ")" {
				r.union(i, j)
			}
		}
	}
	// initials: "Association of South-east Asian Nations" / "ASEAN"
	byInitials := map[string][]int{}
	for j := range r.ms {
		if r.isName(j) && r.ms[j].Type != newsgraph.Person && len(r.info[j].words) >= 2 {
			k := initials(r.info[j].words)
			byInitials[k] = append(byInitials[k], j)
		}
	}
	for i := range r.ms {
		if !r.isName(i) || r.ms[i].Type == newsgraph.Person || len(r.info[i].words) != 1 {
			continue
		}
		short := strings.ToUpper(r.info[i].words[0])
		if len(short) < 2 {
			continue
		}
		for _, j := range byInitials[short] {
			if compatibleType(r.ms[i].Type, r.ms[j].Type) {
				r.union(i, j)
				break
			}
		}
	}
}

func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		for _, part := range strings.FieldsFunc(w, func(c rune) bool { return c == '-' }) {
			c, _ := utf8.DecodeRuneInString(part)
			if unicode.IsUpper(c) || (b.Len() > 0 && unicode.IsLetter(c) && !isMinor(part)) {
				b.WriteRune(unicode.ToUpper(c))
			}
		}
	}
	return b.String()
}

func isMinor(w string) bool {
	switch strings.ToLower(w) {
	case "of", "the", "and", "for", "de", "la", "&":
		return true
	}
	return false
}

// Sieve 3: partial person names. Multi-word names are indexed by word, so
// each shorter name only meets the names that share a word with it.
func (r *resolver) partialNames() {
	type long struct {
		words []string
		at    []int // mention indices, ascending
	}
	byKey := map[string]*long{}
	byWord := map[string][]*long{}
	for j := range r.ms {
		if !r.isName(j) || r.ms[j].Type != newsgraph.Person || len(r.info[j].lwords) < 2 || r.info[j].group {
			continue
		}
		k := strings.Join(r.info[j].lwords, " ")
		l := byKey[k]
		if l == nil {
			l = &long{words: r.info[j].lwords}
			byKey[k] = l
			seen := map[string]bool{}
			for _, w := range l.words {
				if !seen[w] {
					seen[w] = true
					byWord[w] = append(byWord[w], l)
				}
			}
		}
		l.at = append(l.at, j)
	}
	for i := range r.ms {
		// a lone surname the tagger typed otherwise ("Bolton" after "John
		// Bolton", read as the town) is the person when it ends a full name
		retype := r.isName(i) && r.ms[i].Type != newsgraph.Person && r.ms[i].Source == "ner" && len(r.info[i].lwords) == 1
		if !r.isName(i) || (r.ms[i].Type != newsgraph.Person && !retype) {
			continue
		}
		short := r.info[i].lwords
		if len(short) == 0 {
			continue
		}
		best, bestScore := -1, 0
		for _, l := range byWord[short[0]] {
			if len(l.words) <= len(short) {
				continue
			}
			sc := subseqScore(short, l.words)
			if sc == 0 || (retype && sc != 2) {
				continue
			}
			// prefer suffix matches, then the full name introduced first
			// (a bare "Trump" is Donald Trump, not his son Eric Trump
			// named later), then the nearest following one
			k := sort.SearchInts(l.at, i)
			var j, score int
			if k > 0 {
				j = l.at[k-1]
				score = sc*100000 + 50000 - min(l.at[0], 40000)
			} else {
				j = l.at[k]
				score = sc*100000 + 10000 - min(j-i, 9000)
			}
			if score > bestScore {
				best, bestScore = j, score
			}
		}
		if best >= 0 && r.genderOK(r.find(best), r.info[i].gender) {
			if retype {
				// the surname repeated ("Cruz ... Cruz") was grouped
				// with itself first: retype the whole group, unless it
				// holds other names
				same := r.sameNameGroup(i)
				if same == nil {
					continue
				}
				for _, j := range same {
					r.ms[j].Type = newsgraph.Person
				}
			}
			r.union(best, i)
		}
	}
}

// sameNameGroup returns the members of mention i's cluster when all are
// names with i's words, else nil.
func (r *resolver) sameNameGroup(i int) []int {
	root := r.find(i)
	if root >= len(r.ms) {
		return nil
	}
	var out []int
	for j := range r.ms {
		if r.find(j) != root {
			continue
		}
		if !r.isName(j) || strings.Join(r.info[j].lwords, " ") != strings.Join(r.info[i].lwords, " ") {
			return nil
		}
		out = append(out, j)
	}
	return out
}

// Sieve 3b: a person's full name misspelt by one letter ("Hilary Clinton",
// "Hillary Clinton") is the same person: same words but one of five letters
// or more that differs by one letter dropped.
func (r *resolver) misspelt() {
	var fulls []int
	for i := range r.ms {
		if r.isName(i) && r.ms[i].Type == newsgraph.Person && len(r.info[i].lwords) >= 2 && !r.info[i].group {
			fulls = append(fulls, i)
		}
	}
	for x := 0; x < len(fulls) && x < 400; x++ {
		for y := x + 1; y < len(fulls) && y < 400; y++ {
			a, b := r.info[fulls[x]].lwords, r.info[fulls[y]].lwords
			if len(a) != len(b) || r.find(fulls[x]) == r.find(fulls[y]) {
				continue
			}
			diff := 0
			for k := range a {
				if a[k] == b[k] {
					continue
				}
				if !oneDropped(a[k], b[k]) && !oneDropped(b[k], a[k]) {
					diff = 2
					break
				}
				diff++
			}
			if diff == 1 {
				r.union(fulls[x], fulls[y])
			}
		}
	}
}

// oneDropped reports whether short is long with one letter left out, both
// of five letters or more and with the same first letter.
func oneDropped(short, long string) bool {
	if len(short) < 5 || len(long) != len(short)+1 || short[0] != long[0] {
		return false
	}
	for k := 0; k < len(short); k++ {
		if short[k] != long[k] {
			return short[k:] == long[k+1:]
		}
	}
	return true
}

func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// subseqScore: 2 when short is a suffix of long, 1 when it is another
// contiguous part, 0 otherwise.
func subseqScore(short, long []string) int {
	for off := len(long) - len(short); off >= 0; off-- {
		ok := true
		for k := range short {
			if long[off+k] != short[k] {
				ok = false
				break
			}
		}
		if ok {
			if off == len(long)-len(short) {
				return 2
			}
			return 1
		}
	}
	return 0
}

// Sieve 4: a person nominal directly before or after a person name (with at
// most a comma between) is the same person.
func (r *resolver) apposition() {
	for i := range r.ms {
		if !r.valid(i) || r.ms[i].Kind != newsgraph.Nominal || r.ms[i].Type != newsgraph.Person || r.info[i].plural || r.info[i].t0 < 0 {
			continue
		}
		lo, hi := 0, len(r.ms)
		if r.sorted { // the mention next to a nominal is a few indices away
			lo, hi = max(0, i-4), min(len(r.ms), i+5)
		}
		for j := lo; j < hi; j++ {
			if !r.isName(j) || r.ms[j].Type != newsgraph.Person || r.info[j].sent != r.info[i].sent {
				continue
			}
			gap := -1
			if r.info[j].t0 >= r.info[i].t1 {
				gap = r.info[j].t0 - r.info[i].t1
				if gap == 1 && r.lower[r.info[i].t1] != "," {
					continue
				}
			} else if r.info[i].t0 >= r.info[j].t1 {
				gap = r.info[i].t0 - r.info[j].t1
				if gap != 1 || r.lower[r.info[j].t1] != "," {
					continue
				}
			}
			if gap == 0 || gap == 1 {
				r.union(j, i)
				break
			}
		}
	}
}

// roles of the cluster rooted at root.
func (r *resolver) clusterRoles(root int) []newsgraph.Role { return r.roles[root] }

func (r *resolver) hasName(root int) bool { return r.named[root] }

func (r *resolver) office(title string) string {
	return strings.ToLower(r.s.kb.Office(title))
}

// Sieve 5: role nominals.
func (r *resolver) roleNominals() {
	var people []int
	for j := range r.ms {
		if r.isName(j) && r.ms[j].Type == newsgraph.Person {
			people = append(people, j)
		}
	}
	memo := map[string]bool{}
	holds := func(root int, office, country string) bool {
		k := fmt.Sprintf("%d|%d|%s|%s", root, len(r.roles[root]), office, country)
		v, ok := memo[k]
		if !ok {
			v = r.holds(root, office, country)
			memo[k] = v
		}
		return v
	}
	for i := range r.ms {
		m := r.ms[i]
		if !r.valid(i) || m.Kind != newsgraph.Nominal || m.Type != newsgraph.Person || r.info[i].plural || len(m.Roles) == 0 {
			continue
		}
		if r.hasName(r.find(i)) {
			continue // resolved by apposition
		}
		role := m.Roles[0]
		if role.Title == "" || role.Title == "counterpart" {
			continue
		}
		want := r.office(role.Title)
		country := role.Country
		if country == "" {
			country = m.Country
		}
		// in-document holders: the nearest preceding one, else the only one
		best := -1
		k := sort.SearchInts(people, i)
		for p := k - 1; p >= 0; p-- {
			if root := r.find(people[p]); holds(root, want, country) {
				best = root
				break
			}
		}
		if best < 0 {
			holders := map[int]bool{}
			for _, j := range people[k:] {
				if root := r.find(j); holds(root, want, country) {
					holders[root] = true
					if len(holders) > 1 {
						break
					}
				}
			}
			if len(holders) == 1 {
				for h := range holders {
					best = h
				}
			}
		}
		if best < 0 && country != "" {
			if name, ok := r.s.kb.OfficeHolder(role.Title, country, r.doc.Day()); ok {
				best = r.clusterNamed(name, role)
			}
		}
		if best >= 0 {
			r.union(best, i)
		}
	}
}

func (r *resolver) holds(root int, office, country string) bool {
	for _, ro := range r.clusterRoles(root) {
		if r.office(ro.Title) == office && (country == "" || ro.Country == country) {
			return true
		}
	}
	return false
}

// clusterNamed finds the person cluster called name, or creates a virtual one.
func (r *resolver) clusterNamed(name string, role newsgraph.Role) int {
	words := lowerAll(strings.Fields(name))
	for j := range r.ms {
		if r.isName(j) && r.ms[j].Type == newsgraph.Person && subseqScore(lowerAll(r.info[j].words), words) > 0 {
			return r.find(j)
		}
	}
	for k, c := range r.virt {
		if c.name == name {
			return len(r.ms) + k
		}
	}
	c := &cluster{name: name, roles: []newsgraph.Role{role}, country: role.Country, virtual: true}
	r.virt = append(r.virt, c)
	r.parent = append(r.parent, len(r.parent))
	r.named = append(r.named, true)
	r.roles = append(r.roles, c.roles)
	r.gender = append(r.gender, "")
	r.pgender = append(r.pgender, "")
	return len(r.parent) - 1
}

// Sieve 6: group nouns ("the bloc", "the ministry", "the company").
func (r *resolver) groupNouns() {
	for i := range r.ms {
		m := r.ms[i]
		if !r.valid(i) || m.Kind != newsgraph.Nominal || m.Type != newsgraph.Org || m.Source == "pattern" || r.hasName(r.find(i)) {
			continue
		}
		head := strings.ToLower(m.Head)
		best := -1
		for j := i - 1; j >= 0 && !r.tooFar(i, j, 6); j-- {
			if !r.isName(j) || r.ms[j].Type != newsgraph.Org || r.info[i].sent-r.info[j].sent > 6 {
				continue
			}
			if m.Country != "" && r.ms[j].Country != m.Country {
				continue
			}
			if r.groupMatch(j, head) {
				best = j
				break
			}
		}
		if best >= 0 {
			r.union(best, i)
		}
	}
}

// Sieve 6b: a plural group noun repeats an earlier one with the same head
// and a compatible country ("protesters" ... "the protesters").
func (r *resolver) pluralGroups() {
	for i := range r.ms {
		if !r.isGroup(i) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if r.isGroup(j) && strings.EqualFold(r.ms[j].Head, r.ms[i].Head) &&
				(r.ms[i].Country == "" || r.ms[j].Country == "" || r.ms[i].Country == r.ms[j].Country) {
				r.union(j, i)
				break
			}
		}
	}
}

func (r *resolver) groupMatch(j int, head string) bool {
	name := r.ms[j].Head
	if r.ms[j].Source != "kb" {
		name = strings.Join(r.info[j].words, " ")
	}
	for _, g := range r.s.kb.GroupNouns(name) {
		if strings.EqualFold(g, head) {
			return true
		}
	}
	if t, ok := r.s.kb.Title(head); ok && t.Agent != "" && strings.HasSuffix(r.ms[j].Code, t.Agent) {
		return true // "the company" → an organisation coded ...BUS
	}
	return false
}

// weakRoot reports whether every name in the cluster rooted at root is weak
// (see markWeak) and the cluster holds a name.
func (r *resolver) weakRoot(root int) bool {
	if root >= len(r.ms) {
		return false
	}
	if !r.info[root].weak {
		return false
	}
	for j := range r.ms {
		if r.info[j].t0 >= 0 && r.isName(j) && !r.info[j].weak && r.find(j) == root {
			return false
		}
	}
	return true
}

func (r *resolver) clusterGender(root int) string {
	if r.gender[root] != "" {
		return r.gender[root]
	}
	return r.pgender[root]
}

func (r *resolver) genderOK(root int, g string) bool {
	cg := r.clusterGender(root)
	return g == "" || cg == "" || cg == g
}

// Sieve 7: pronouns.
func (r *resolver) pronouns() {
	for i := range r.ms {
		m := r.ms[i]
		if !r.valid(i) || m.Kind != newsgraph.Pronoun || r.info[i].t0 < 0 {
			continue
		}
		in := r.info[i]
		var best int
		switch {
		case in.plural:
			best = r.pluralAntecedent(i)
		case m.Type == newsgraph.Org:
			best = r.orgAntecedent(i)
		default:
			if c := r.cataphor(i); c >= 0 {
				best = c
			} else {
				best = r.personAntecedent(i)
			}
		}
		if best >= 0 {
			r.union(best, i)
		}
	}
}

// candidate reports whether mention j may be an antecedent of pronoun i as
// far as position, quotes and resolution go.
// tooFar reports whether a backwards scan from i may stop at j: mentions
// are sorted, and j is more than maxBack sentences back.
func (r *resolver) tooFar(i, j, maxBack int) bool {
	return r.sorted && r.info[j].sent >= 0 && r.info[i].sent-r.info[j].sent > maxBack
}

func (r *resolver) candidate(i, j int, maxBack int) bool {
	if j >= i || !r.valid(j) || r.info[j].t0 < 0 {
		return false
	}
	d := r.info[i].sent - r.info[j].sent
	if d < 0 || d > maxBack {
		return false
	}
	if r.info[j].quoted && !r.info[i].quoted {
		return false
	}
	return r.hasName(r.find(j))
}

func (r *resolver) personAntecedent(i int) int {
	in := r.info[i]
	// relative clause: "X, who ... his" → X
	for j := i - 1; j >= 0; j-- {
		if !r.candidate(i, j, 0) || r.ms[j].Type != newsgraph.Person || r.info[j].plural || r.ms[j].Kind == newsgraph.Pronoun {
			continue
		}
		t := r.info[j].t1
		if t+1 < in.t0 && r.lower[t] == "," && r.lower[t+1] == "who" {
			clause := true
			for k := t + 2; k < in.t0; k++ {
				if r.lower[k] == "," || r.lower[k] == ";" {
					clause = false
				}
			}
			if clause && r.genderOK(r.find(j), in.gender) {
				return r.find(j)
			}
		}
		break
	}
	best, bestScore := -1, -1.0
	for j := i - 1; j >= 0 && !r.tooFar(i, j, 4); j-- {
		if !r.candidate(i, j, 4) || r.ms[j].Type != newsgraph.Person || r.info[j].plural {
			continue
		}
		root := r.find(j)
		if !r.genderOK(root, in.gender) || r.weakRoot(root) {
			continue
		}
		if r.boundBy(j, i) {
			continue
		}
		// "... and Ms. Warren, she said, ...": the name before a
		// parenthetical "she said" belongs to the reported words
		if t := r.info[j].t1; t+1 == in.t0 && r.lower[t] == "," && in.t1 < len(r.toks) && strings.HasPrefix(r.toks[in.t1].POS, "VB") {
			continue
		}
		d := in.sent - r.info[j].sent
		score := float64(5-d) * 10
		if r.info[j].subject {
			score += 6
		}
		score += float64(r.ms[j].Start) / float64(len(r.doc.Text)+1) // recency
		if score > bestScore {
			best, bestScore = root, score
		}
	}
	return best
}

// boundBy reports whether object pronoun i ("him", "her" tagged PRP) is
// the object of a verb whose subject is mention j: only verbs, adverbs
// and particles stand between them ("Clinton accused him", "Clinton has
// repeatedly attacked him"). A clause's subject and its object are not
// the same person; "himself" would say so.
func (r *resolver) boundBy(j, i int) bool {
	in, jn := r.info[i], r.info[j]
	if in.t0 < 0 || jn.t1 < 0 || jn.t1 >= in.t0 || jn.sent != in.sent || r.toks[in.t0].POS != "PRP" {
		return false
	}
	if w := r.lower[in.t0]; w != "him" && w != "her" {
		return false
	}
	verb := false
	for t := jn.t1; t < in.t0; t++ {
		p := r.toks[t].POS
		switch {
		case strings.HasPrefix(p, "VB"):
			verb = true
		case p == "RB" || p == "RP" || p == "MD":
		default:
			return false
		}
	}
	return verb
}

// subordinators open a clause that may hold a pronoun whose antecedent is
// the subject of the main clause after it: "Asked if she believed ...,
// Clinton said"; "During his drive back, Sexton reflected".
var subordinators = map[string]bool{"asked": true, "when": true, "after": true, "although": true, "though": true,
	"while": true, "before": true, "since": true, "during": true, "as": true, "if": true, "once": true,
	"speaking": true, "addressing": true, "in": true, "at": true, "despite": true, "unlike": true}

// cataphor resolves a he/she pronoun in a sentence-initial subordinate
// clause to the person named first after the clause's comma, when that
// name is the main clause's subject (nothing but the name between the
// comma and a verb is not checked; the name must directly follow the comma).
func (r *resolver) cataphor(i int) int {
	in := r.info[i]
	if in.quoted || in.t0 < 0 || in.gender == "" {
		return -1
	}
	si := in.sent
	if si < 0 || si >= len(r.doc.Sentences) {
		return -1
	}
	start, _ := r.tokRange(r.doc.Sentences[si].Span)
	if start < 0 || start >= in.t0 || !subordinators[r.lower[start]] {
		return -1
	}
	comma := -1
	for t := start; t < in.t0; t++ {
		if r.lower[t] == "," || r.lower[t] == ";" || r.lower[t] == ":" || r.inQ[t] {
			return -1 // the pronoun is not in the opening clause
		}
	}
	for t := in.t1; t < len(r.toks) && r.tsent[t] == si; t++ {
		if r.lower[t] == "," {
			comma = t
			break
		}
		if r.inQ[t] || r.lower[t] == ";" {
			return -1
		}
	}
	if comma < 0 {
		return -1
	}
	for j := i + 1; j < len(r.ms); j++ {
		if !r.valid(j) || r.info[j].t0 < 0 || r.info[j].t0 <= comma {
			continue
		}
		if r.info[j].t0 != comma+1 || r.ms[j].Type != newsgraph.Person || r.ms[j].Kind != newsgraph.Name || r.info[j].plural || r.info[j].quoted {
			return -1
		}
		root := r.find(j)
		if !r.genderOK(root, in.gender) {
			return -1
		}
		return root
	}
	return -1
}

// orgAntecedent: the organisation or country ending nearest before "its"
// (the outer one of nested mentions: "France's interior ministry"); a
// country only in the same sentence or as a subject.
func (r *resolver) orgAntecedent(i int) int {
	best := -1
	for j := i - 1; j >= 0 && !r.tooFar(i, j, 2); j-- {
		if !r.candidate(i, j, 2) || r.info[j].plural {
			continue
		}
		t := r.ms[j].Type
		country := t == newsgraph.Loc && r.ms[j].Country != "" && r.ms[j].Source == "kb"
		if t != newsgraph.Org && !country {
			continue
		}
		// a country is taken only from the same sentence or as a subject: organisations
		// the NER missed ("Nestle ... its") must not fall back to a country further back
		if country && r.info[j].sent != r.info[i].sent && !r.info[j].subject {
			continue
		}
		if best < 0 || r.ms[j].End > r.ms[best].End || (r.ms[j].End == r.ms[best].End && r.ms[j].Start < r.ms[best].Start) {
			best = j
		}
	}
	if best < 0 {
		return -1
	}
	return r.find(best)
}

// pluralAntecedent: the nearest plural group earlier in the same sentence,
// else a plural group that is the subject of the previous sentence. Plural
// things that are not mentions ("several countries ... they") are common, so
// nothing further back is tried.
func (r *resolver) pluralAntecedent(i int) int {
	for j := i - 1; j >= 0 && !r.tooFar(i, j, 1); j-- {
		if !r.candidate(i, j, 1) || r.ms[j].Kind == newsgraph.Pronoun || !r.info[j].plural {
			continue
		}
		if r.info[j].sent == r.info[i].sent || r.info[j].subject {
			return r.find(j)
		}
	}
	return -1
}

// build turns clusters into entities.
func (r *resolver) build() {
	groups := map[int][]int{}
	for i := range r.ms {
		if !r.valid(i) {
			continue
		}
		root := r.find(i)
		groups[root] = append(groups[root], i)
	}
	type ent struct {
		root    int
		members []int
		first   int
	}
	var ents []ent
	for root, mem := range groups {
		if !r.hasName(root) {
			continue
		}
		sort.Ints(mem)
		ents = append(ents, ent{root: root, members: mem, first: r.ms[mem[0]].Start})
	}
	sort.Slice(ents, func(a, b int) bool {
		if ents[a].first != ents[b].first {
			return ents[a].first < ents[b].first
		}
		return ents[a].root < ents[b].root
	})
	for i := range r.ms {
		r.ms[i].Entity = -1
	}
	out := make([]newsgraph.Entity, 0, len(ents))
	for k, e := range ents {
		en := newsgraph.Entity{ID: fmt.Sprintf("E%d", k+1), Place: -1, Mentions: e.members}
		r.fill(&en, e.root, e.members)
		for _, i := range e.members {
			r.ms[i].Entity = k
		}
		out = append(out, en)
	}
	r.doc.Mentions = r.ms
	r.doc.Entities = out
}

func (r *resolver) fill(en *newsgraph.Entity, root int, mem []int) {
	var v *cluster
	if root >= len(r.ms) {
		v = r.virt[root-len(r.ms)]
	}
	// type: KB and pattern names first, then the first typed name
	for pass := 0; pass < 3 && en.Type == ""; pass++ {
		for _, i := range mem {
			m := r.ms[i]
			ok := r.isName(i) && m.Type != ""
			if pass == 0 {
				ok = ok && (m.Source == "kb" || m.Source == "pattern")
			}
			if pass == 1 {
				ok = ok && m.Type != newsgraph.Misc
			}
			if pass == 2 {
				ok = m.Type != ""
			}
			if ok {
				en.Type = m.Type
				break
			}
		}
	}
	if en.Type == "" && (v != nil || (len(mem) > 0 && r.isGroup(mem[0]))) {
		en.Type = newsgraph.Person
	}
	// name: KB canonical name, else the longest name without honorific
	for _, i := range mem {
		if r.isName(i) && r.ms[i].Source == "kb" && r.ms[i].Head != "" {
			en.Name = r.ms[i].Head
			break
		}
	}
	if en.Name == "" {
		for _, i := range mem {
			if !r.isName(i) {
				continue
			}
			n := strings.Join(r.info[i].words, " ")
			if r.ms[i].Source == "pattern" {
				n = stripDeterminer(r.ms[i].Text)
			}
			if len(n) > len(en.Name) {
				en.Name = n
			}
		}
	}
	if en.Name == "" && v != nil {
		en.Name = v.name
	}
	if en.Name == "" {
		for _, i := range mem {
			if r.isGroup(i) {
				en.Name = stripDeterminer(r.ms[i].Text)
				break
			}
		}
	}
	// roles, merged
	seen := map[string]bool{}
	add := func(ro newsgraph.Role) {
		if ro.Title == "" || ro.Title == "counterpart" {
			return
		}
		k := strings.ToLower(ro.Title) + "|" + ro.Country + "|" + ro.Organization + "|" + ro.Agent
		if seen[k] {
			return
		}
		// a role without country adds nothing when the same title is known with one
		for _, x := range en.Roles {
			if strings.EqualFold(x.Title, ro.Title) && ro.Country == "" && ro.Organization == "" {
				return
			}
		}
		seen[k] = true
		en.Roles = append(en.Roles, ro)
	}
	for pass := 0; pass < 2; pass++ { // roles with a country first
		for _, i := range mem {
			for _, ro := range r.ms[i].Roles {
				if (ro.Country != "") == (pass == 0) {
					add(ro)
				}
			}
		}
		if v != nil {
			for _, ro := range v.roles {
				if (ro.Country != "") == (pass == 0) {
					add(ro)
				}
			}
		}
	}
	// country and code
	for _, i := range mem {
		if r.isName(i) && r.ms[i].Country != "" {
			en.Country = r.ms[i].Country
			break
		}
	}
	if en.Country == "" {
		for _, ro := range en.Roles {
			if ro.Country != "" {
				en.Country = ro.Country
				break
			}
		}
	}
	if en.Country == "" && v != nil {
		en.Country = v.country
	}
	if en.Type == newsgraph.Person {
		for _, ro := range en.Roles {
			if ro.Agent != "" && ro.Country != "" && ro.Country == en.Country && ro.Agent != "IGO" {
				en.Code = ro.Country + ro.Agent
				break
			}
		}
	}
	if en.Code == "" {
		for _, i := range mem {
			if r.isName(i) && r.ms[i].Code != "" {
				en.Code = r.ms[i].Code
				break
			}
		}
	}
	if en.Code == "" {
		for _, i := range mem {
			if r.ms[i].Code != "" {
				en.Code = r.ms[i].Code
				break
			}
		}
	}
}

func stripDeterminer(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 {
		switch strings.ToLower(s[:i]) {
		case "the", "his", "her", "their", "its", "our", "this", "that", "these", "those":
			return s[i+1:]
		}
	}
	return s
}
