package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph"
	"newsgraph/actor"
)

// Cue lists of data/cues.txt, as bits set on every token of a view.
const (
	cBarrier             uint64 = 1 << 0
	cBe                  uint64 = 1 << 1
	cConditional         uint64 = 1 << 2
	cDeterminer          uint64 = 1 << 3
	cGovernorVerb        uint64 = 1 << 4
	cModifierPreposition uint64 = 1 << 5
	cNegation            uint64 = 1 << 6
	cNegationVerb        uint64 = 1 << 7
	cPlaceBlocker        uint64 = 1 << 8
	cPlanned             uint64 = 1 << 9
	cPlannedAfter        uint64 = 1 << 10
	cPossessive          uint64 = 1 << 11
	cPreposition         uint64 = 1 << 12
	cQuantityHead        uint64 = 1 << 13
	cRelative            uint64 = 1 << 14
	cReportedAdverb      uint64 = 1 << 15
	cSpeech              uint64 = 1 << 16
	cTimeBlocker         uint64 = 1 << 17
	cPartitive           uint64 = 1 << 18
)

// cueBits names the bit of each list.
func cueBits() map[string]uint64 {
	return map[string]uint64{
		"barrier":              cBarrier,
		"be":                   cBe,
		"conditional":          cConditional,
		"determiner":           cDeterminer,
		"governor_verb":        cGovernorVerb,
		"modifier_preposition": cModifierPreposition,
		"negation":             cNegation,
		"negation_verb":        cNegationVerb,
		"place_blocker":        cPlaceBlocker,
		"planned":              cPlanned,
		"planned_after":        cPlannedAfter,
		"possessive":           cPossessive,
		"preposition":          cPreposition,
		"quantity_head":        cQuantityHead,
		"relative":             cRelative,
		"reported_adverb":      cReportedAdverb,
		"speech":               cSpeech,
		"time_blocker":         cTimeBlocker,
		"partitive":            cPartitive,
	}
}

// stok is one token of the sentence being coded.
type stok struct {
	newsgraph.Span
	lower  string
	lemmas []string
	pos    string
	punct  bool
	unit   int    // index into view.units, -1 when the token is not part of an actor
	lf     uint64 // cue lists holding the lower-case word
	f      uint64 // cue lists holding the word or one of its lemmas
}

// Text returns the token's surface.
func (t stok) Text(doc *newsgraph.Document) string { return doc.Text[t.Start:t.End] }

// unit is a run of tokens naming one actor: the merged mentions of an
// entity ("his Malaysian counterpart Mohamad Hasan").
type unit struct {
	first, last int // local token indices, inclusive
	entity      int // index into doc.Entities, -1 when the mention has none
	mention     int // the longest mention in the run
	possessive  bool
	country     string // a country read from a name modifying the unit ("Palestinian officials")
	modCode     string // the CAMEO code of that name ("Red Cross officials": NGOHLHIRC)
}

type view struct {
	doc      *newsgraph.Document
	sent     newsgraph.Sentence
	toks     []stok
	units    []unit
	rel      [][2]int // relative clauses ", who ... ," as local token ranges
	stamp    []int32  // per pattern: the tick it was last tried at, shared by a document's views
	tick     int32
	agents   map[string]string
	dagents  map[string]string // a loaded agent dictionary (WithAgents)
	intl     map[string]bool   // words marking an organisation as international
	foreign  map[string]bool   // words marking a group as from abroad ("foreign ambassadors")
	igo      map[string]bool   // words marking it as intergovernmental
	leaders  map[string]string
	kb       *actor.KB
	home     string // the document's main country (homeCountry)
	dominant string // the country the story is plainly about (dominantCountry)
	// agents of groups and offices that belong to the story's country
	// (cue list home_agent)
	homeAgent map[string]bool
}

func (s *Stage) view(doc *newsgraph.Document, si int, stamp []int32, tick int32) *view {
	sent := doc.Sentences[si]
	n := len(doc.Tokens)
	if sent.FirstToken < 0 || sent.EndToken > n || sent.FirstToken >= sent.EndToken ||
		sent.Start < 0 || sent.End > len(doc.Text) || sent.Start > sent.End {
		return nil
	}
	v := &view{doc: doc, sent: sent, toks: make([]stok, 0, sent.EndToken-sent.FirstToken), stamp: stamp, tick: tick, agents: s.agents, dagents: s.dagents, intl: s.cues["international"], foreign: s.cues["foreign"], igo: s.cues["igo_word"], leaders: s.leaders, kb: s.kb, homeAgent: s.cues["home_agent"]}
	tl := len(doc.Text)
	for _, t := range doc.Tokens[sent.FirstToken:sent.EndToken] {
		if t.Start < 0 || t.End > tl || t.Start > t.End {
			return nil
		}
		w := t.Norm
		if w == "" {
			w = doc.Text[t.Start:t.End]
		}
		lw := strings.ToLower(w)
		tk := stok{Span: t.Span, lower: lw, lemmas: s.lem.lemmas(lw), pos: t.POS, punct: isPunct(lw), unit: -1}
		tk.lf = s.cueWord[lw]
		tk.f = tk.lf
		for _, l := range tk.lemmas {
			tk.f |= s.cueWord[l]
		}
		v.toks = append(v.toks, tk)
	}
	s.buildUnits(v)
	v.rel = s.relatives(v)
	return v
}

func isPunct(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return w != "'s" && w != "n't"
}

// buildUnits maps mentions onto the sentence's tokens.
func (s *Stage) buildUnits(v *view) {
	doc := v.doc
	best := make([]int, len(v.toks)) // mention index covering each token
	for i := range best {
		best[i] = -1
	}
	for mi, m := range doc.Mentions {
		if m.End <= v.sent.Start || m.Start >= v.sent.End || m.Start >= m.End {
			continue
		}
		ent := m.Entity
		if ent >= len(doc.Entities) {
			ent = -1
		}
		if ent < 0 && m.Kind == newsgraph.Pronoun {
			continue // an unresolved pronoun names no one
		}
		for i, t := range v.toks {
			if t.Start >= m.Start && t.End <= m.End {
				if b := best[i]; b < 0 || doc.Mentions[b].Len() < m.Len() {
					best[i] = mi
				}
			}
		}
	}
	key := func(mi int) int {
		if e := doc.Mentions[mi].Entity; e >= 0 && e < len(doc.Entities) {
			return e
		}
		return -2 - mi
	}
	for i := 0; i < len(v.toks); i++ {
		if best[i] < 0 {
			continue
		}
		k := key(best[i])
		j := i
		for j+1 < len(v.toks) && best[j+1] >= 0 && key(best[j+1]) == k {
			j++
		}
		// An apposition or a title run of the same entity extends the unit:
		// "Mr Lavrov, the Russian foreign minister," or "his counterpart Mohamad Hasan".
		if n := len(v.units); n > 0 && k >= 0 {
			u := &v.units[n-1]
			gap := i - u.last - 1
			if u.entity == k && (gap == 0 || (gap == 1 && v.toks[u.last+1].lower == ",")) {
				u.last = j
				for x := i - gap; x <= j; x++ {
					v.toks[x].unit = n - 1
				}
				i = j
				continue
			}
		}
		ent := -1
		if k >= 0 {
			ent = k
		}
		mention := best[i]
		for x := i; x <= j; x++ {
			if doc.Mentions[best[x]].Len() > doc.Mentions[mention].Len() {
				mention = best[x]
			}
			v.toks[x].unit = len(v.units)
		}
		v.units = append(v.units, unit{first: i, last: j, entity: ent, mention: mention})
		i = j
	}
	s.addAgentUnits(v)
	s.mergeModifiers(v)
	for ui := range v.units {
		u := &v.units[ui]
		if u.first == u.last && (v.toks[u.first].lf&cPossessive != 0) {
			u.possessive = true
		}
		if u.last+1 < len(v.toks) && v.toks[u.last+1].lower == "'s" {
			u.possessive = true
		}
	}
}

// relatives finds ", who ... ," clauses.
func (s *Stage) relatives(v *view) [][2]int {
	var out [][2]int
	for i := 0; i+1 < len(v.toks); i++ {
		if v.toks[i].lower != "," || !(v.toks[i+1].lf&cRelative != 0) {
			continue
		}
		end := len(v.toks) - 1
		for j := i + 2; j < len(v.toks); j++ {
			if v.toks[j].lower == "," || v.toks[j].lower == ";" {
				end = j
				break
			}
		}
		out = append(out, [2]int{i, end})
		i = end - 1
	}
	return out
}

func (v *view) inRelative(i int) int {
	for k, r := range v.rel {
		if i > r[0] && i < r[1] {
			return k
		}
	}
	return -1
}

func hasLemma(t stok, words []string) bool {
	for _, w := range words {
		for _, l := range t.lemmas {
			if l == w {
				return true
			}
		}
	}
	return false
}

func hardBarrier(t stok) bool {
	switch t.lower {
	case ";", ":", "\"", "“", "”", "(", ")", "[", "]", "—", "–":
		return true
	}
	return false
}

// match is one pattern matched at one trigger.
type match struct {
	p        *Pattern
	pi       int
	trig     int
	src, tgt int // unit indices, -1 when unbound
	first    int
	last     int
	weight   int  // 2 per required element, 1 per optional element matched
	intent   bool // governed by an expression of intent ("is prepared to ...")
	// agents a coordinated list takes from the noun heading it: "the
	// ambassadors of Arnor, Osgiliath and Gondor" are ARNGOV, OSGGOV, GONGOV
	srcAgent, tgtAgent string
	recip              bool // the coordinated subjects acting on each other
	exact              bool // a dictionary verb matched as written, not through its lemma
}

func (s *Stage) codeSentence(v *view) []found {
	best := map[int]match{}
	bare := map[int]match{}  // the loaded dictionaries' verbs alone, by trigger
	worded := map[int]bool{} // triggers where a longer dictionary pattern matched
	var order []int
	for i, t := range v.toks {
		if t.punct || t.unit >= 0 {
			continue // an actor's name is never the event's word
		}
		v.tick++
		for _, l := range t.lemmas {
			for _, pi := range s.index[l] {
				if v.stamp[pi] == v.tick {
					continue
				}
				v.stamp[pi] = v.tick
				m, ok := s.matchAt(v, s.patterns[pi], i)
				if !ok {
					continue
				}
				if m.p.compound {
					// PETRARCH "%": a coordinated subject, more specific
					// than the verb alone
					if len(v.conjuncts(m.src)) < 2 {
						continue
					}
					m.weight += 2
				}
				m.pi = pi
				if m.p.fallback && m.trig >= 0 {
					// "LEFT [032:033]" beats "LEAVE [012]" on "left": a
					// dictionary lists the forms it means
					for _, w := range m.p.elems[m.p.trigger].words {
						m.exact = m.exact || w == v.toks[m.trig].lower
					}
				}
				if m.p.bare {
					if d, ok := bare[m.trig]; !ok || better(m, d) {
						bare[m.trig] = m
					}
				} else if m.p.fallback {
					worded[m.trig] = true
				}
				old, seen := best[m.trig]
				if !seen {
					order = append(order, m.trig)
				}
				if !seen || better(m, old) {
					best[m.trig] = m
				}
			}
		}
	}
	primary := false
	for t, m := range best {
		primary = primary || !m.p.fallback
		intro := strings.HasPrefix(m.p.Code, "03") && m.p.endsWith("to") // "agree to": handed on below
		if d, ok := bare[t]; ok && !m.p.fallback && !worded[t] && !intro && m.p.content <= d.p.content {
			// a loaded dictionary lists this verb, no longer pattern of
			// it matched and the built-in pattern adds no content word
			// ("urge TARGET to"): the dictionary's code, the built-in
			// pattern's actors ("urged Bree to help" is URGE's 102, not
			// the built-in 020)
			m.p = withCode(m.p, d.p)
			best[t] = m
		}
	}
	if primary {
		// a bare dictionary verb (the verb and one slot) only fills
		// sentences the built-in patterns miss; a longer dictionary
		// pattern ("welcome ... resumption") stands beside them
		for t, m := range best {
			if m.p.fallback && !m.p.compound && m.weight <= 4 && !s.ownClause(v, best, t) {
				delete(best, t)
			}
		}
	}
	// "is prepared to impose martial law", "agreed to release the
	// prisoners": a bare intent pattern (03, ending in "to") hands its
	// source to the event it introduces, which is coded as intended
	intro := map[int]bool{}
	for _, t := range order {
		m, ok := best[t]
		if !ok || !strings.HasPrefix(m.p.Code, "03") || !m.p.endsWith("to") {
			continue
		}
		for _, t2 := range order {
			m2, ok := best[t2]
			if ok && t2 > m.last && t2 <= m.last+2 && !strings.HasPrefix(m2.p.Code, "03") && !strings.HasPrefix(m2.p.Code, "01") && !strings.HasPrefix(m2.p.Code, "02") {
				m2.intent = true
				if m2.src < 0 {
					m2.src = m.src
				}
				best[t2] = m2
				intro[t] = true
			}
		}
	}
	// "urged Japan to remove all controls", "pressed workers to end the
	// strike": what an appeal or demand (02, 10, ending in "to") asks for
	// has not happened
	for _, t := range order {
		m, ok := best[t]
		if !ok || !strings.HasPrefix(m.p.Code, "02") && !strings.HasPrefix(m.p.Code, "10") {
			continue
		}
		to := m.last // the "to" of the asked act
		if !m.p.endsWith("to") {
			if to+1 >= len(v.toks) || v.toks[to+1].lower != "to" {
				continue
			}
			to++
		}
		for _, t2 := range order {
			if m2, ok := best[t2]; ok && t2 > to && t2 <= to+2 && !strings.HasPrefix(m2.p.Code, "02") && !strings.HasPrefix(m2.p.Code, "10") {
				delete(best, t2)
			}
		}
	}
	// "threatened to ban voting": what is threatened does not happen; the
	// threat (13, ending in "to") is the event
	for _, t := range order {
		m, ok := best[t]
		if !ok || !strings.HasPrefix(m.p.Code, "13") || !m.p.endsWith("to") {
			continue
		}
		for _, t2 := range order {
			m2, ok := best[t2]
			if !ok || t2 <= m.last || t2 > m.last+2 || strings.HasPrefix(m2.p.Code, "13") {
				continue
			}
			tc := s.threatCode(m2.p.Code)
			if m2.p.asIs || tc == "" {
				delete(best, t2) // "threatened to deliver blows": no delivery
				continue
			}
			// "threatened to halt talks if Gondor deploys troops": the
			// threat is the halt's, which refine.txt makes the specific
			// threat of a planned halt (134)
			c := *m2.p
			c.Code = tc
			m2.p = &c
			m2.intent = true
			if m2.src < 0 {
				m2.src = m.src
			}
			if m2.tgt < 0 {
				m2.tgt = m.tgt
			}
			best[t2] = m2
			intro[t] = true
		}
	}
	var out []found
	for _, trig := range order {
		if _, ok := best[trig]; !ok || intro[trig] {
			continue
		}
		if s.embedded(v, best, trig) {
			continue
		}
		out = append(out, s.events(v, best[trig])...)
	}
	return out
}

// withCode is pattern p coding as dictionary verb d does.
func withCode(p, d *Pattern) *Pattern {
	c := *p
	c.Code, c.asIs, c.rev = d.Code, true, nil
	if d.rev != nil {
		r := c
		r.Code = d.rev.Code
		c.rev = &r
	}
	return &c
}

// ownClause reports whether a bare dictionary verb at trig stands in a
// reporting clause of its own, after a comma that follows every built-in
// match: ", a senior official said on Saturday".
func (s *Stage) ownClause(v *view, best map[int]match, trig int) bool {
	for t, m := range best {
		if m.p.fallback {
			continue
		}
		if t > trig {
			return false
		}
		comma := false
		for j := m.last + 1; j < trig; j++ {
			comma = comma || v.toks[j].lower == ","
		}
		if !comma {
			return false
		}
	}
	return true
}

// better reports whether match a beats b at the same trigger. Between a
// built-in pattern and one of a loaded dictionary, the one with more words
// wins ("welcome ... resumption" over "welcome"), and on equal words the
// dictionary, which was loaded to code exactly these verbs ("condemn" is 122
// in PETRARCH's validation dictionary, 111 built in). Between patterns of
// one origin, more matched elements win, then the earlier pattern.
func better(a, b match) bool {
	if a.p.fallback != b.p.fallback {
		if a.p.lits != b.p.lits {
			return a.p.lits > b.p.lits
		}
		return a.p.fallback
	}
	if a.weight != b.weight {
		return a.weight > b.weight
	}
	if a.exact != b.exact {
		return a.exact
	}
	return a.pi < b.pi
}

// embedded reports whether the trigger is part of another event's
// description: inside the words another pattern matched ("urged the bloc to
// strengthen trade" is an appeal, not trade), or in the "if" clause of a
// threat ("would face tariffs if they failed to make deals").
func (s *Stage) embedded(v *view, best map[int]match, trig int) bool {
	for t, m := range best {
		if t == trig {
			continue
		}
		if trig > m.trig && trig <= m.last {
			return true
		}
		if strings.HasPrefix(m.p.Code, "13") && trig > m.last {
			for j := m.last + 1; j < trig && j < len(v.toks); j++ {
				w := v.toks[j]
				if hardBarrier(w) || w.lower == "but" {
					break
				}
				if w.lf&cConditional != 0 {
					return true
				}
			}
		}
	}
	return false
}

const (
	maxGap     = 2  // words between two pattern words
	maxSkipGap = 6  // words a "..." element covers
	maxMods    = 4  // modifiers before a slot's actor
	maxSubject = 30 // how far left the subject search goes
)

// matchAt tries pattern p with its first required word at token i.
func (s *Stage) matchAt(v *view, p *Pattern, i int) (match, bool) {
	m := match{p: p, trig: -1, src: -1, tgt: -1, first: i, last: i, weight: 2}
	fl := p.firstWord()
	if !hasLemma(v.toks[i], p.elems[fl].words) {
		return m, false
	}
	if fl == p.trigger {
		m.trig = i
	}
	if p.nominal && strings.HasPrefix(v.toks[i].pos, "VB") {
		return m, false // a noun pattern needs the noun ("riots", not "rioted")
	}
	passive := false
	if p.verbal {
		if !s.verbUse(v, i) {
			return m, false
		}
		if i >= 2 && v.toks[i-1].lower == "to" && strings.HasPrefix(v.toks[i-2].pos, "NN") &&
			(s.inCue("content_noun", v.toks[i-2]) || s.cues["content_noun_form"][v.toks[i-2].lower]) {
			return m, false // "demands to release prisoners": what is asked, not done
		}
		passive = s.isPassive(v, i)
		if !passive && i+1 < len(v.toks) && v.toks[i+1].lower == "by" && (v.toks[i].pos == "VBN" || v.toks[i].pos == "VBD") {
			// "civilians killed by soldiers", "a civilian allegedly killed
			// by troops": a participle after its noun, adverbs between
			j := i - 1
			for j > 0 && v.toks[j].pos == "RB" && v.toks[j].unit < 0 {
				j--
			}
			if j >= 0 && (v.toks[j].unit >= 0 || v.agentOf(j) != "") {
				passive = true
			}
		}
		if passive && (len(p.elems) < 3 || p.elems[2].kind != elTarget) {
			return m, false // only "SOURCE verb TARGET ..." patterns have a passive
		}
	}
	bind := func(k elemKind, u int) {
		if k == elSource {
			m.src = u
		} else {
			m.tgt = u
		}
	}
	pos := i + 1
	gap := maxGap
	wordUnit := -1
	skipPhrase := false // after PETRARCH "^": the next actor is skipped
	for ei := fl + 1; ei < len(p.elems); ei++ {
		e := p.elems[ei]
		switch e.kind {
		case elSkip:
			gap = maxSkipGap
			skipPhrase = e.phrase
			continue
		case elLit:
			if len(e.words) > 0 && e.words[0] == "and" && pos < len(v.toks) && v.toks[pos].lower == "," {
				pos++
			}
			if e.tight {
				gap = 0
			}
			j := s.findWord(v, e.words, pos, gap)
			if j < 0 && p.fallback && !e.tight && gap == maxGap {
				// a dictionary's words need not be consecutive unless
				// joined by "_": "* TRADE PROTOCOL" is "signed an 800
				// million ducat trade protocol", within one phrase
				j = s.findWordInPhrase(v, e.words, pos)
			}
			if j < 0 {
				if e.optional {
					continue
				}
				return m, false
			}
			if ei == p.trigger {
				m.trig = j
			}
			if u := v.toks[j].unit; u >= 0 && ei != p.trigger && wordUnit < 0 {
				wordUnit = u // "expelled two Russian diplomats": the word names an actor
			}
			pos = j + 1
			m.last = j
			m.weight += weightOf(e)
		case elSource, elTarget:
			start := pos
			if passive && ei == fl+1 {
				by := -1
				for j := pos; j < len(v.toks) && j <= pos+3; j++ {
					if v.toks[j].lower == "by" {
						by = j
						break
					}
					if v.toks[j].punct || v.toks[j].unit >= 0 {
						break
					}
				}
				if by < 0 {
					// "two journalists were arrested in Tehran": an
					// agentless arrest, expulsion or inquiry is the
					// state's where it happened
					u := -1
					if s.prefixIn("agentless", p.Code) {
						u = s.statePlace(v, pos)
					}
					if u < 0 {
						return m, false
					}
					bind(e.kind, u)
					m.weight += weightOf(e)
					continue
				}
				start = by + 1
			}
			if skipPhrase {
				// "* AT ^ +": "warned at the Gondor of the Prince of Dol
				// Amroth" skips the Gondor; the target may follow a
				// preposition
				if u1 := s.findLoose(v, start); u1 >= 0 {
					if u := s.findLoose(v, v.units[u1].last+1); u >= 0 {
						bind(e.kind, u)
						m.weight += weightOf(e)
						pos, m.last = v.units[u].last+1, v.units[u].last
						skipPhrase, gap = false, maxGap
						continue
					}
				}
			}
			u := s.findActor(v, start, gap)
			if u < 0 && e.loose {
				u = s.findLoose(v, start)
			}
			fell := false
			if u < 0 && e.kind == elTarget && ei == len(p.elems)-1 && !passive {
				// "condemned an attack by Osgiliath soldiers": the object
				// phrase ends in the target; "expelled two Russian
				// diplomats": a pattern word named it
				if u = wordUnit; u < 0 || u == m.src {
					u = s.fallbackTarget(v, m)
					fell = u >= 0
				}
			}
			if u < 0 {
				if e.optional {
					continue
				}
				return m, false
			}
			bind(e.kind, u)
			m.weight += weightOf(e)
			if fell && !e.optional {
				// a target found further on is weaker evidence than one
				// right after the verb: "would not meet hostage-takers
				// demands to release prisoners" is about demands
				m.weight--
			}
			end := u
			if cs := v.conjuncts(u); len(cs) > 1 && ei+1 < len(p.elems) && !p.hasWord("and") {
				end = cs[len(cs)-1] // "asked Tehran and Damascus to provide"
			}
			pos = s.skipRelative(v, v.units[end].last+1)
			if ei+1 < len(p.elems) && p.elems[ei+1].kind == elLit {
				pos = s.skipPostmodifier(v, pos, p.elems[ei+1].words)
			}
			m.last = v.units[end].last
		}
		gap = maxGap
	}
	if fl == 1 {
		k := p.elems[0].kind
		other := m.src
		if k == elSource {
			other = m.tgt
		}
		u := -1
		if p.nominal {
			u = s.premodifier(v, i, other)
		} else {
			if k == elSource && p.verbal {
				u = s.participleSubject(v, i, other)
			}
			if u < 0 {
				u = s.subject(v, i, other, p.verbal)
			}
		}
		if u < 0 && k == elSource && p.verbal {
			u = s.coordSubject(v, i, other)
		}
		if u < 0 && k == elSource && other >= 0 && p.optionalTarget() && !p.nominal {
			// "Greece imposed restrictions on its ...": the target is the
			// subject again; the subject stays, the target goes (below)
			u = s.subject(v, i, -1, p.verbal)
		}
		if u < 0 {
			return m, false
		}
		bind(k, u)
		m.weight += 2
		if v.units[u].first < m.first {
			m.first = v.units[u].first
		}
	}
	if m.tgt < 0 && wordUnit >= 0 && wordUnit != m.src && p.hasTarget() {
		m.tgt = wordUnit
	}
	if passive {
		m.src, m.tgt = m.tgt, m.src
	}
	if p.governor && m.src < 0 {
		m.src = s.governor(v, m)
	}
	if m.trig < 0 {
		m.trig = i
	}
	if m.src >= 0 && m.tgt >= 0 && actorKey(v.actor(m.src)) == actorKey(v.actor(m.tgt)) {
		// "impose restrictions on its ...": the target names the source
		// again; a pattern that needs a target does not match
		if !p.optionalTarget() {
			return m, false
		}
		m.tgt = -1
		m.weight--
	}
	if m.tgt < 0 && (!p.hasTarget() || p.optionalTarget()) {
		m.tgt = s.fallbackTarget(v, m)
	}
	if m.tgt < 0 && s.prefixIn("condition_target", p.Code) {
		m.tgt = s.conditionSubject(v, m)
	}
	return m, true
}

// conditionSubject is the subject of the condition a threat sets: "Russia
// threatened to stop negotiations if the United States goes ahead"
// threatens the United States.
func (s *Stage) conditionSubject(v *view, m match) int {
	for j := m.last + 1; j < len(v.toks); j++ {
		t := v.toks[j]
		if hardBarrier(t) {
			return -1
		}
		if t.lf&cConditional == 0 {
			continue
		}
		for k := j + 1; k < len(v.toks) && k <= j+3; k++ {
			if u := v.toks[k].unit; u >= 0 {
				if u == m.src || (m.src >= 0 && actorKey(v.actor(u)) == actorKey(v.actor(m.src))) {
					return -1
				}
				return u
			}
			if v.toks[k].lf&cDeterminer == 0 {
				return -1
			}
		}
		return -1
	}
	return -1
}

// statePlace finds "in PLACE" after an agentless passive, within its
// clause: the unit of a place or country whose country is known.
func (s *Stage) statePlace(v *view, pos int) int {
	for j := pos; j < len(v.toks) && j <= pos+2; j++ {
		t := v.toks[j]
		if t.lower != "in" {
			if t.punct || t.unit >= 0 || !strings.HasPrefix(t.pos, "RB") {
				return -1 // only an adverb may stand between: "was detained briefly in Iran"
			}
			continue
		}
		k := j + 1
		if k < len(v.toks) && v.toks[k].lf&cDeterminer != 0 {
			k++
		}
		if k >= len(v.toks) || v.toks[k].unit < 0 {
			return -1
		}
		u := v.toks[k].unit
		if v.placeCountry(u) == "" {
			return -1
		}
		return u
	}
	return -1
}

// fallbackTarget finds the target of a pattern that names none ("SOURCE
// offer ..."): the first actor after the matched words in the same clause,
// stepping over verbs and prepositions ("offered to hand over to Great
// Britain"), not past a comma, a clause word or a relative clause.
func (s *Stage) fallbackTarget(v *view, m match) int {
	start := m.last
	if m.trig > start {
		start = m.trig
	}
	// An actor inside the matched object phrase: "rejected a Senegalese
	// peace plan", "demolished Palestinian homes"; else a group without a
	// country there ("holding thousands of Tamil civilian refugees as
	// human shields").
	group := -1
	for j := m.trig + 1; j <= m.last && j < len(v.toks); j++ {
		t := v.toks[j]
		if t.punct || hardBarrier(t) || t.f&(cBarrier|cSpeech) != 0 {
			break
		}
		if t.unit < 0 || t.unit == m.src || v.inRelative(j) >= 0 {
			continue
		}
		if c := v.country(v.actor(t.unit)); c != "" && (m.src < 0 || c != v.country(v.actor(m.src))) {
			return t.unit
		} else if c == "" && group < 0 && v.units[t.unit].entity < 0 && v.mentionOf(t.unit).Kind == newsgraph.Nominal {
			group = t.unit
		}
		j = v.units[t.unit].last
	}
	if group >= 0 {
		return group
	}
	for j := start + 1; j < len(v.toks) && j <= start+10; j++ {
		t := v.toks[j]
		if j == start+1 && t.lower == "that" && m.p.fallback {
			continue // a dictionary verb's target may open its clause: "allowed that Mordor isn't"
		}
		if t.unit >= 0 {
			if v.inRelative(j) >= 0 {
				return -1
			}
			if m.src >= 0 && actorKey(v.actor(t.unit)) == actorKey(v.actor(m.src)) {
				j = v.units[t.unit].last
				continue
			}
			return t.unit
		}
		if t.punct || hardBarrier(t) || t.f&(cBarrier|cSpeech) != 0 {
			return -1
		}
	}
	return -1
}

func weightOf(e elem) int {
	if e.optional {
		return 1
	}
	return 2
}

// verbUse reports whether token i can be a verb here: its POS when tagged,
// else not right after a determiner or a possessive.
func (s *Stage) verbUse(v *view, i int) bool {
	if i > 0 && innerHyphen(v, i-1) {
		return false // "U.S.-backed rebels", "state-owned": an adjective
	}
	if pos := v.toks[i].pos; pos != "" {
		return strings.HasPrefix(pos, "VB")
	}
	if i == 0 {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(v.doc.Text[v.toks[i].Start:v.toks[i].End]); unicode.IsUpper(r) && !headline(v) {
		return false // "on 16 March": a capitalised word inside a sentence is a name
	}
	prev := v.toks[i-1]
	if prev.lower == "'s" || (prev.lf&cDeterminer != 0) {
		return false
	}
	return true
}

// headline reports whether the sentence is in title case ("Fox Attacks
// Blair"), where capitals say nothing about names.
func headline(v *view) bool {
	words, caps := 0, 0
	for _, t := range v.toks {
		if t.punct {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(t.lower); r != utf8.RuneError {
			if r2, _ := utf8.DecodeRuneInString(t.Text(v.doc)); unicode.IsUpper(r2) {
				caps++
			}
		}
	}
	return words > 0 && caps*10 >= words*8
}

// isPassive reports "was met", "were being attacked": a form of be within
// two words before a participle.
func (s *Stage) isPassive(v *view, i int) bool {
	t := v.toks[i]
	if t.pos != "" && t.pos != "VBN" {
		return false
	}
	if t.pos == "" && !strings.HasSuffix(t.lower, "ed") && !strings.HasSuffix(t.lower, "en") && len(t.lemmas) < 2 {
		return false
	}
	if strings.HasSuffix(t.lower, "ing") || t.lemmas[0] == t.lemmas[len(t.lemmas)-1] {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := v.toks[j]
		if w.punct || w.unit >= 0 {
			return false
		}
		if (w.lf&cBe != 0) && w.lower != "'s" {
			return true
		}
		if w.lower == "have" || w.lower == "has" || w.lower == "had" {
			return false
		}
	}
	return false
}

// findWord finds one of words at pos or after at most gap modifiers.
func (s *Stage) findWord(v *view, words []string, pos, gap int) int {
	for j := pos; j < len(v.toks) && j <= pos+gap; j++ {
		t := v.toks[j]
		if hasLemma(t, words) {
			return j
		}
		if t.punct && innerHyphen(v, j) {
			continue // "hostage-takers": a hyphen inside a word
		}
		if t.punct || hardBarrier(t) || (gap <= maxGap && t.unit >= 0) || (t.f&cBarrier != 0) {
			return -1
		}
	}
	return -1
}

// innerHyphen reports whether token j is a hyphen joining the words
// around it with no space ("hostage-takers", "cross-border").
func innerHyphen(v *view, j int) bool {
	if j <= 0 || j+1 >= len(v.toks) || v.toks[j].lower != "-" {
		return false
	}
	return v.toks[j-1].End == v.toks[j].Start && v.toks[j].End == v.toks[j+1].Start
}

// findWordInPhrase finds one of words within maxSkipGap words from pos,
// not past punctuation, a clause word, a preposition, a verb or an actor:
// the rest of the noun phrase a dictionary pattern's words spread over.
func (s *Stage) findWordInPhrase(v *view, words []string, pos int) int {
	for j := pos; j < len(v.toks) && j <= pos+maxSkipGap; j++ {
		t := v.toks[j]
		if hasLemma(t, words) {
			return j
		}
		if t.punct || hardBarrier(t) || t.f&cBarrier != 0 || t.lf&cPreposition != 0 ||
			t.unit >= 0 || strings.HasPrefix(t.pos, "VB") {
			return -1
		}
	}
	return -1
}

// findActor finds the actor starting at pos or after a few modifiers.
func (s *Stage) findActor(v *view, pos, gap int) int {
	lim := maxMods
	if gap > lim {
		lim = gap
	}
	for j := pos; j < len(v.toks) && j <= pos+lim; j++ {
		t := v.toks[j]
		if t.unit >= 0 {
			return t.unit
		}
		if t.punct || (t.f&cBarrier != 0) {
			return -1
		}
		if (t.lf&cPreposition != 0) && !(t.lf&cModifierPreposition != 0) &&
			!(j > pos && (v.toks[j-1].lf&cQuantityHead != 0)) {
			return -1
		}
	}
	return -1
}

// findLoose finds the first actor within the clause after pos, stepping
// over prepositions: "restore ties with Gondor".
func (s *Stage) findLoose(v *view, pos int) int {
	for j := pos; j < len(v.toks) && j <= pos+6; j++ {
		t := v.toks[j]
		if t.unit >= 0 {
			return t.unit
		}
		if t.punct || (t.f&cBarrier != 0) {
			return -1
		}
	}
	return -1
}

// skipRelative steps over ", who has ... ," after an actor.
// skipPostmodifier steps over what completes an actor's noun phrase before
// the next pattern word: an "of" phrase and a parenthesis ("pressured
// workers of the United Bus Company of Tehran (Sharekat-e Vahed) to
// cancel", "urged the leaders of both countries to"). It stops at a verb,
// "to", punctuation or a clause word, and does not skip a word the pattern
// wants next ("accused Gondor of").
func (s *Stage) skipPostmodifier(v *view, pos int, next []string) int {
	j := pos
	for j < len(v.toks) {
		t := v.toks[j]
		if hasLemma(t, next) {
			return j
		}
		switch {
		case t.lower == "of":
			k := j + 1
			for k < len(v.toks) && k <= j+8 {
				u := v.toks[k]
				if hasLemma(u, next) || u.punct || u.f&cBarrier != 0 || hardBarrier(u) ||
					strings.HasPrefix(u.pos, "VB") || u.pos == "TO" || u.pos == "MD" ||
					(u.lf&cPreposition != 0 && u.lower != "of") {
					break
				}
				k++
			}
			if k == j+1 {
				return pos
			}
			j = k
		case t.lower == "(" || t.lower == "-lrb-":
			k := j + 1
			for k < len(v.toks) && k <= j+8 && v.toks[k].lower != ")" && v.toks[k].lower != "-rrb-" {
				k++
			}
			if k >= len(v.toks) || k > j+8 {
				return pos
			}
			j = k + 1
		default:
			if j == pos {
				return pos
			}
			if hasLemma(t, next) {
				return j
			}
			return pos // the next word is not right after the phrase: as before
		}
	}
	return pos
}

func (s *Stage) skipRelative(v *view, pos int) int {
	for _, r := range v.rel {
		if r[0] == pos {
			if r[1] < len(v.toks) && v.toks[r[1]].lower == "," {
				return r[1] + 1
			}
			return r[1]
		}
	}
	return pos
}

// premodifier finds the actor inside the noun phrase of a noun trigger at i:
// a name or possessor right before it, with at most two adjectives or nouns
// between ("Palestinian riots", "Israel's air strikes", "US Predator
// attacks"). It is -1 when the word before the noun is anything else: a verb
// ("held talks") or a determiner ("the protests").
func (s *Stage) premodifier(v *view, i, exclude int) int {
	for j, n := i-1, 0; j >= 0; j-- {
		t := v.toks[j]
		if t.unit >= 0 && t.unit != exclude {
			if e := v.units[t.unit].entity; e >= 0 && v.doc.Entities[e].Type == newsgraph.Loc && v.doc.Entities[e].Code == "" {
				return -1 // "the Brixton riots": a town names where, not who
			}
			if v.unitCountry(t.unit) == "" && v.unitCode(t.unit) == "" {
				return -1 // "the US-led invasion": a name of no known country names no one
			}
			return t.unit
		}
		if t.lower == "'s" && j > 0 && v.toks[j-1].unit >= 0 && v.toks[j-1].unit != exclude {
			continue // a possessor: "Russia's invasion of Ukraine"
		}
		if t.unit >= 0 || t.punct || t.lf != 0 || n >= 2 || t.pos == "" ||
			!(strings.HasPrefix(t.pos, "JJ") || strings.HasPrefix(t.pos, "NN")) {
			return -1
		}
		n++
	}
	return -1
}

// subject finds the clause subject for a trigger at i: the nearest actor to
// the left not governed by a preposition. A possessor ("his meeting",
// "Rubio's meeting") is the subject of a noun trigger right after it.
func (s *Stage) subject(v *view, i, exclude int, verbal bool) int {
	ex := -2
	if exclude >= 0 {
		ex = v.units[exclude].entity
	}
	for j := i - 1; j >= 0 && i-j <= maxSubject; j-- {
		t := v.toks[j]
		if t.lower == ")" {
			// step over a parenthesis: "The Asia-Pacific Economic Cooperation (APEC) forum has agreed"
			k := j - 1
			for k >= 0 && v.toks[k].lower != "(" && j-k < 12 {
				k--
			}
			if k >= 0 && v.toks[k].lower == "(" {
				j = k
				continue
			}
		}
		if hardBarrier(t) {
			return -1
		}
		if t.lower == "," {
			if k := s.apposition(v, j); k >= 0 {
				j = k // "Pakistan, a key U.S. ally in the war against terrorism, has refused"
				continue
			}
		}
		if t.unit < 0 || t.unit == exclude {
			continue
		}
		ui := t.unit
		u := v.units[ui]
		j = u.first
		if ex >= 0 && u.entity == ex {
			continue
		}
		if u.possessive {
			if !verbal && i-u.last <= 4 {
				return ui
			}
			if verbal && possessedSubject(v, u.last, i) {
				return ui // "bin Laden's terror network has threatened": the network's owner
			}
			continue
		}
		pk := u.first - 1 // the word before the actor's phrase: "to the Yes campaign"
		for pk >= 0 && v.toks[pk].unit < 0 && (v.toks[pk].lf&cDeterminer != 0 || strings.HasPrefix(v.toks[pk].pos, "JJ")) && u.first-pk <= 3 {
			pk--
		}
		if c := conjunctPrep(v, pk); c >= 0 {
			pk = c // "Under the Anti-Terrorism Crimes and Security Act"
		}
		if pk >= 0 && (v.toks[pk].lf&cPreposition != 0) && !s.partitive(v, pk) {
			if !s.adjacent(v, u.last, i) {
				continue
			}
			if w := v.toks[pk].lower; pk > 0 && v.toks[pk-1].unit >= 0 && (w == "from" || w == "of" || w == "in") {
				continue // "soldiers from Gondor attacked": Gondor modifies the subject
			}
		}
		if v.inRelative(u.first) >= 0 && v.inRelative(i) < 0 {
			continue
		}
		return ui
	}
	return -1
}

// namedPerson reports a unit that is a person named by name ("Ms
// Jamieson") or a pronoun standing for one ("She praised Celtic"), not a
// nominal ("the protesters").
func (v *view) namedPerson(u int) bool {
	return v.isPerson(u) && v.units[u].entity >= 0 && v.mentionOf(u).Kind != newsgraph.Nominal
}

// conjunctPrep finds, for the word at pk before an actor's phrase that is
// "and" or "or" after other actors, the preposition governing the first
// conjunct: a later conjunct of a preposition's object is one too ("Under
// the Anti-Terrorism Crimes and Security Act, suspects can be detained").
// A preposition right after an actor ("Lawmakers in Fornost and Gondor")
// makes a modifier of the list, which the caller handles; -1 when none.
func conjunctPrep(v *view, pk int) int {
	for n := 0; n < 4 && pk > 0 && (v.toks[pk].lower == "and" || v.toks[pk].lower == "or") && v.toks[pk-1].unit >= 0; n++ {
		f := v.units[v.toks[pk-1].unit].first
		pk = f - 1
		for pk >= 0 && v.toks[pk].unit < 0 && (v.toks[pk].lf&cDeterminer != 0 || strings.HasPrefix(v.toks[pk].pos, "JJ")) && f-pk <= 3 {
			pk--
		}
		if pk >= 0 && v.toks[pk].lf&cPreposition != 0 {
			if pk > 0 && v.toks[pk-1].unit >= 0 {
				return -1
			}
			return pk
		}
	}
	return -1
}

// possessedSubject reports whether the words from the possessor ending at
// last to the verb at i are one noun phrase and the verb's auxiliaries:
// "Osama bin Laden's al-Qaeda terror network has threatened". The possessed
// noun is no actor (else it would be the subject), so its owner acts.
func possessedSubject(v *view, last, i int) bool {
	j := last + 1
	if j < len(v.toks) && v.toks[j].lower == "'s" {
		j++
	}
	nouns := 0
	for ; j < i && (plainWord(v.toks[j]) || v.toks[j].lower == "-"); j++ {
		if strings.HasPrefix(v.toks[j].pos, "NN") {
			nouns++
		}
	}
	if nouns == 0 || nouns > 4 {
		return false
	}
	for ; j < i; j++ {
		t := v.toks[j]
		if t.f&cBe == 0 && t.pos != "MD" && t.pos != "RB" && t.lower != "has" && t.lower != "have" && t.lower != "had" {
			return false
		}
	}
	return true
}

// participleSubject finds the subject of a participle clause after a comma
// or a temporal subordinator (cue list participle_link): in "Rebels
// attacked a police station, killing five officers" the rebels kill, and in
// "Funaro will explain Brazil's actions to Michel Camdessus before
// travelling to Europe" Funaro travels. It is the subject of the nearest
// finite verb before.
func (s *Stage) participleSubject(v *view, i, exclude int) int {
	if v.toks[i].pos != "VBG" || i < 2 || v.toks[i-1].lower != "," && !s.cues["participle_link"][v.toks[i-1].lower] {
		return -1
	}
	for j := i - 2; j >= 0 && i-j <= maxSubject; j-- {
		t := v.toks[j]
		if hardBarrier(t) {
			return -1
		}
		switch t.pos {
		case "VBD", "VBZ", "VBP", "MD":
			if t.unit < 0 {
				return s.subject(v, j, exclude, true)
			}
		}
	}
	return -1
}

// coordSubject finds the subject of a verb coordinated with a speech verb
// across a quotation: in "Mr Fidan told reporters that Ankara was \"ready to
// host both sides\" and urged Russia and Ukraine to return", the closing
// quote stops the subject search, and "and urged" shares the subject of
// "told".
func (s *Stage) coordSubject(v *view, i, exclude int) int {
	j := i - 1
	if j >= 0 && v.toks[j].pos == "RB" {
		j--
	}
	if j < 1 || v.toks[j].lower != "and" {
		return -1
	}
	quote := false
	for k := j - 1; k >= 0; k-- {
		t := v.toks[k]
		switch t.lower {
		case "\"", "”", "“":
			quote = true
			continue
		case ";", ":", "(", ")":
			return -1
		}
		if quote && (t.f&cGovernorVerb != 0 || t.f&cSpeech != 0) && s.verbUse(v, k) {
			return s.subject(v, k, exclude, true)
		}
	}
	return -1
}

// apposition finds, for a comma at c closing an apposition after an actor
// ("Pakistan, a key U.S. ally in the war against terrorism, has refused"),
// the opening comma; -1 when the comma closes no verbless phrase that
// follows an actor of known country.
func (s *Stage) apposition(v *view, c int) int {
	for k := c - 1; k > 0 && c-k <= 12; k-- {
		t := v.toks[k]
		if hardBarrier(t) || t.f&cBarrier != 0 {
			return -1
		}
		switch t.pos {
		case "VBD", "VBZ", "VBP", "MD":
			return -1
		}
		if t.lower == "," {
			if k == c-1 || v.toks[k-1].unit < 0 || v.toks[k-1].unit == v.toks[k+1].unit {
				return -1
			}
			if v.country(v.actor(v.toks[k-1].unit)) == "" {
				return -1 // "Kenzo Oshima, the United Nations Emergency Relief Coordinator,": the apposition says who he is
			}
			return k
		}
	}
	return -1
}

// partitive reports "of" after a quantity or group word: "dozens of
// journalists", "a group of African diplomats", "members of the
// association" make the actor after "of" the subject.
func (s *Stage) partitive(v *view, of int) bool {
	if of < 1 || v.toks[of].lower != "of" {
		return false
	}
	q := v.toks[of-1]
	return q.pos == "CD" || q.f&cPartitive != 0
}

// adjacent reports whether at most two plain words (auxiliaries, adverbs)
// separate an actor ending at last from the trigger at i: "after the US
// resumed" makes the US a subject despite "after".
func (s *Stage) adjacent(v *view, last, i int) bool {
	if i-last-1 > 2 {
		return false
	}
	for j := last + 1; j < i; j++ {
		if v.toks[j].punct || v.toks[j].unit >= 0 {
			return false
		}
	}
	return true
}

// governor finds the actor whose clause governs the match: the subject of
// the nearest communication verb to its left ("Mr Trump notified several
// countries that they would face tariffs").
func (s *Stage) governor(v *view, m match) int {
	for j := m.first - 1; j >= 0; j-- {
		if v.toks[j].f&cGovernorVerb != 0 {
			return s.subject(v, j, m.tgt, true)
		}
	}
	return -1
}

func (v *view) actor(u int) *newsgraph.Actor {
	if u < 0 || u >= len(v.units) {
		return nil
	}
	un := v.units[u]
	doc := v.doc
	if e := un.entity; e >= 0 {
		ent := doc.Entities[e]
		a := &newsgraph.Actor{Entity: e, Name: ent.Name, Code: ent.Code}
		if a.Code == "" {
			a.Code = ent.Country
		}
		a.Code = v.compose(u, a.Code)
		if a.Code == "" && ent.Type == newsgraph.Org && v.intergovernmental(ent.Name) {
			a.Code = "IGO"
		}
		if a.Name == "" {
			a.Name = v.mentionOf(u).Text
		}
		return a
	}
	m := v.mentionOf(u)
	name := m.Text
	if name == "" && m.Start >= 0 && m.End <= len(doc.Text) {
		name = doc.Text[m.Start:m.End]
	}
	a := &newsgraph.Actor{Entity: -1, Name: name, Code: m.Code}
	if a.Code == "" {
		a.Code = m.Country
	}
	a.Code = v.compose(u, a.Code)
	return a
}

// intergovernmental reports an organisation's name holding a word of the
// igo_word list ("European Community").
func (v *view) intergovernmental(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	for i, w := range ws {
		w = strings.Trim(w, ".,'()")
		if v.igo[w] || (i+1 < len(ws) && v.igo[w+"_"+strings.Trim(ws[i+1], ".,'()")]) {
			return true
		}
	}
	return false
}

func actorKey(a *newsgraph.Actor) string {
	if a == nil {
		return ""
	}
	if a.Entity >= 0 {
		return "E" + itoa(a.Entity)
	}
	return "N" + strings.ToLower(a.Name)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// events codes one event per pair of conjuncts: "Gondor and Osgiliath
// attacked Mordor" is two events. Patterns that spell out the coordination
// themselves ("SOURCE and TARGET meet") are not expanded.
func (s *Stage) events(v *view, m match) []found {
	srcs, tgts := []int{m.src}, []int{m.tgt}
	if !m.p.hasWord("and") {
		srcs, tgts = v.conjuncts(m.src), v.conjuncts(m.tgt)
	}
	// "Gondor and Osgiliath renewed ties": with no target, each conjunct
	// of a reciprocal event acts on the others
	m.srcAgent, m.tgtAgent = v.listAgent(srcs), v.listAgent(tgts)
	recip := m.tgt < 0 && len(srcs) > 1 && s.prefixIn("reciprocal", m.p.Code)
	if m.p.compound {
		// PETRARCH "%": only a compound subject, its members acting on each other
		if len(srcs) < 2 {
			return nil
		}
		recip = true
	}
	if recip {
		tgts = srcs
	}
	var out []found
	for _, a := range srcs {
		for _, b := range tgts {
			if recip && a == b {
				continue
			}
			mm := m
			mm.src, mm.tgt, mm.recip = a, b, recip
			if f, ok := s.event(v, mm); ok {
				out = append(out, splitGroups(f)...)
				if m.p.rev != nil && b >= 0 {
					mr := mm
					mr.p, mr.src, mr.tgt = m.p.rev, b, a
					if g, ok := s.event(v, mr); ok {
						out = append(out, splitGroups(g)...)
					}
				}
			}
		}
		if len(out) >= maxConjuncts*maxConjuncts {
			break
		}
	}
	return out
}

const maxConjuncts = 4

// listAgent is the agent of a group or office noun heading a coordinated
// list of names through "of", "from" or "in": "the ambassadors of Arnor,
// Osgiliath and Gondor", "lawmakers in Fornost and Gondor". "" when the list
// has no such head.
func (v *view) listAgent(list []int) string {
	if len(list) < 2 || list[0] < 0 {
		return ""
	}
	j := v.units[list[0]].first - 1
	if j >= 0 && v.toks[j].lf&cDeterminer != 0 {
		j--
	}
	if j < 1 {
		return ""
	}
	if w := v.toks[j].lower; w != "of" && w != "from" && w != "in" {
		return ""
	}
	h := v.toks[j-1].unit
	if h < 0 || v.mentionOf(h).Kind != newsgraph.Nominal || v.unitCountry(h) != "" {
		return ""
	}
	return v.agentOf(v.units[h].last)
}

// splitGroups turns an event whose actor carries a group code — a
// PETRARCH dictionary entry naming several actors at once, "THE_SHIRE
// [FRO/BIL/SAM]" — into one event per member.
func splitGroups(f found) []found {
	parts := func(a *newsgraph.Actor) []string {
		if a == nil || !strings.Contains(a.Code, "/") {
			return nil
		}
		var ps []string
		for _, p := range strings.Split(a.Code, "/") {
			if p = strings.TrimSpace(p); p != "" && len(ps) < maxConjuncts {
				ps = append(ps, p)
			}
		}
		return ps
	}
	sp, tp := parts(f.ev.Source), parts(f.ev.Target)
	if sp == nil && tp == nil {
		return []found{f}
	}
	one := func(a *newsgraph.Actor, key string, ps []string) ([]*newsgraph.Actor, []string) {
		if ps == nil {
			return []*newsgraph.Actor{a}, []string{key}
		}
		var as []*newsgraph.Actor
		var ks []string
		for _, p := range ps {
			c := *a
			c.Code = p
			as = append(as, &c)
			ks = append(ks, key+"/"+p)
		}
		return as, ks
	}
	srcs, sks := one(f.ev.Source, f.src, sp)
	tgts, tks := one(f.ev.Target, f.tgt, tp)
	var out []found
	for i, a := range srcs {
		for j, b := range tgts {
			g := f
			g.ev.Source, g.ev.Target = a, b
			g.src, g.tgt = sks[i], tks[j]
			out = append(out, g)
		}
	}
	return out
}

// conjuncts returns the unit and the units coordinated with it
// ("Arnor, Osgiliath and Gondor"), in text order; [u] when none.
func (v *view) conjuncts(u int) []int {
	if u < 0 || u >= len(v.units) {
		return []int{u}
	}
	isConj := func(i int) bool {
		return i >= 0 && i < len(v.toks) && (v.toks[i].lower == "and" || v.toks[i].lower == ",")
	}
	// modifiers may stand between a conjunction and the next actor:
	// "Israel and the Palestinians", "Mordor, the awful Fornost, and Gondor"
	mod := func(i int) bool {
		t := v.toks[i]
		return t.unit < 0 && (t.lf&cDeterminer != 0 || strings.HasPrefix(t.pos, "JJ"))
	}
	first := u
	for n := 0; n < maxConjuncts; n++ {
		f := v.units[first].first - 1
		for k := 0; k < 3 && f >= 0 && mod(f); k++ {
			f--
		}
		if f > 0 && v.toks[f].lower == "and" && v.toks[f-1].lower == "," {
			f-- // "Mordor, the awful Fornost, and good Gondor"
		}
		if !isConj(f) || f-1 < 0 || v.toks[f-1].unit < 0 || v.toks[f-1].unit == first {
			break
		}
		first = v.toks[f-1].unit
	}
	out := []int{first}
	cur := first
	sawAnd := false
	for len(out) < maxConjuncts {
		l := v.units[cur].last
		j := -1
		if l+2 < len(v.toks) && v.toks[l+1].lower == "," && v.toks[l+2].lower == "and" {
			j = l + 3
			sawAnd = true
		} else if isConj(l + 1) {
			if v.toks[l+1].lower == "," && sawAnd {
				break // "the United States and Israel, a weekly reports": the list ended at "and"
			}
			sawAnd = sawAnd || v.toks[l+1].lower == "and"
			j = l + 2
		}
		for k := 0; k < 3 && j >= 0 && j < len(v.toks) && mod(j); k++ {
			j++
		}
		next := -1
		if j >= 0 && j < len(v.toks) {
			next = v.toks[j].unit
		}
		if next < 0 || next == cur {
			break
		}
		out = append(out, next)
		cur = next
	}
	// a list must contain the unit itself and use "and" somewhere
	hasAnd, hasU := false, false
	for _, x := range out {
		hasU = hasU || x == u
	}
	for i := v.units[out[0]].first; i <= v.units[out[len(out)-1]].last && i < len(v.toks); i++ {
		hasAnd = hasAnd || v.toks[i].lower == "and"
	}
	if !hasU || !hasAnd || len(out) < 2 {
		return []int{u}
	}
	return out
}

// event turns a match into an event, or reports false when it names no
// source or the same actor twice.
func (s *Stage) event(v *view, m match) (found, bool) {
	src, tgt := v.actor(m.src), v.actor(m.tgt)
	if src == nil {
		return found{}, false
	}
	if tgt != nil && actorKey(src) == actorKey(tgt) {
		if !m.p.optionalTarget() {
			return found{}, false
		}
		// "plans to impose restrictions on its ...": an optional target
		// naming the source again is none
		tgt, m.tgt = nil, -1
	}
	// an actor without a country takes the other actor's: most events
	// between a countryless person or group and a national actor are
	// domestic ("President Omar El Bashir lifted the curfew in Sudan")
	// Meetings and visits (04) are the exception: they mostly cross borders
	// ("Jack Straw will visit Auschwitz").
	if src.Code == "" {
		src.Code = v.homeCode(m.src)
	}
	if tgt != nil && tgt.Code == "" {
		tgt.Code = v.homeCode(m.tgt)
	}
	// "attacked the Tory plans" is criticism; "fight the seat",
	// "bombarded the minister with requests" are no violence at all
	fig := s.figurative(v, m)
	verbal := fig && (m.p.hasWord("attack") || m.p.hasWord("assault"))
	if fig && !verbal || s.naturalCause(v, m) {
		return found{}, false
	}
	place := s.place(v, m)
	// a named person no rule placed, in a story plainly about one
	// country, is of that country: "Mr Kennedy" in a British story;
	// decided first, so that the other side may take that country too
	// ("Ms Jamieson praised Celtic and Rangers")
	if src.Code == "" && v.dominant != "" && v.namedPerson(m.src) {
		src.Code = v.composeIn(m.src, "", v.dominant)
	}
	if tgt != nil && tgt.Code == "" && v.dominant != "" && v.namedPerson(m.tgt) {
		tgt.Code = v.composeIn(m.tgt, "", v.dominant)
	}
	if tgt != nil && !strings.HasPrefix(m.p.Code, "04") && !m.recip {
		sc, tc := v.stateOf(src), v.stateOf(tgt)
		// in an attack or a battle (cue list no_domestic) only where it
		// happens says whose the countryless side is: "the Sri Lankan
		// army holding Tamil refugees in the Jaffna peninsula"
		pc := ""
		if place >= 0 && place < len(v.doc.Places) {
			pc = v.doc.Places[place].Country
		}
		// happens, or an insurgency (rebels or militants against a state
		// organ: "Burmese troops captured a Karen guerrilla stronghold")
		// says whose the countryless side is
		violent := s.prefixIn("no_domestic", m.p.Code) && !verbal
		// a threat (cue list evidence_domestic) crosses borders as often
		// as not: "Osama bin Laden threatened the United States" does
		// not make bin Laden American. Only evidence colours the
		// countryless side: the event happens in that country, the other
		// actor is a place inside it ("a curfew in Algiers"), or the
		// sentence names that country once more ("Macedonian officials
		// said")
		guarded := !violent && s.prefixIn("evidence_domestic", m.p.Code)
		if src.Code == "" && sc == "" && tc != "" && (v.domestic(m.src, tc) && (!violent || pc == tc) && (!guarded || pc == tc || v.domesticEvidence(m.src, m.tgt, tc)) && !v.mixedList(m.tgt) || s.insurgency(v, m.src, tgt.Code)) {
			src.Code = v.composeIn(m.src, "", tc)
		} else if tgt.Code == "" && tc == "" && sc != "" && (v.domestic(m.tgt, sc) && (!violent || pc == sc) && (!guarded || pc == sc || v.domesticEvidence(m.tgt, m.src, sc)) && !v.mixedList(m.src) || s.insurgency(v, m.tgt, src.Code)) {
			tgt.Code = v.composeIn(m.tgt, "", sc)
		}
	}
	// any other person still without one (a nominal: "the protesters")
	// after the other actor had its say
	if src.Code == "" && v.dominant != "" && v.isPerson(m.src) && v.units[m.src].entity >= 0 {
		src.Code = v.composeIn(m.src, "", v.dominant)
	}
	if tgt != nil && tgt.Code == "" && v.dominant != "" && v.isPerson(m.tgt) && v.units[m.tgt].entity >= 0 {
		tgt.Code = v.composeIn(m.tgt, "", v.dominant)
	}
	if m.srcAgent != "" && isCountry(src.Code) {
		src.Code += m.srcAgent
	}
	if m.tgtAgent != "" && tgt != nil && isCountry(tgt.Code) {
		tgt.Code += m.tgtAgent
	}
	if src.Code == "" {
		src.Code = v.bareCode(m.src)
	}
	if tgt == nil && s.prefixIn("implicit_target", m.p.Code) {
		// "Young Algerians blocked roads": a protest that names no
		// target is against the protesters' own state
		if c := v.stateOf(src); c != "" && isCountry(c) {
			name := c
			if v.kb != nil {
				if ci, ok := v.kb.Country(c); ok && ci.Name != "" {
					name = ci.Name
				}
			}
			tgt = &newsgraph.Actor{Entity: -1, Name: name, Code: c}
		}
	}
	if tgt != nil && tgt.Code == "" {
		tgt.Code = v.bareCode(m.tgt)
	}
	ev := newsgraph.Event{
		Code:     m.p.Code,
		Source:   src,
		Target:   tgt,
		Place:    place,
		Evidence: []newsgraph.Span{v.sent.Span},
		Pattern:  m.p.Code + " " + m.p.Line,
	}
	ev.Date, ev.DateSource = s.date(v, m)
	ev.Modality = s.modality(v, m, ev)
	if m.intent && (ev.Modality == newsgraph.Asserted || ev.Modality == newsgraph.Reported) {
		ev.Modality = newsgraph.Planned
	}
	ev.Code = s.refined(v, ev, m)
	if verbal {
		ev.Code = "111" // "attacked the Tory plans": criticism
	}
	if strings.HasPrefix(ev.Code, "13") && ev.Modality != newsgraph.Negated {
		ev.Modality = newsgraph.Threatened
	}
	ci, _ := s.codebook.Lookup(ev.Code)
	ev.Goldstein, ev.QuadClass = ci.Goldstein, ci.QuadClass
	if ev.QuadClass == 0 {
		ev.QuadClass = QuadClass(ev.Code)
	}
	return found{ev: ev, order: v.toks[m.trig].Start, src: actorKey(src), tgt: actorKey(tgt)}, true
}

func (s *Stage) refined(v *view, ev newsgraph.Event, m match) string {
	code := ev.Code
	if m.p.asIs {
		return code // a dictionary codes as written (PETRARCH refines nothing)
	}
	pc := ""
	if ev.Place >= 0 && ev.Place < len(v.doc.Places) {
		pc = v.doc.Places[ev.Place].Country
	}
	sc, tc := v.country(ev.Source), v.country(ev.Target)
	for _, r := range s.refine {
		if r.from != code && !(len(r.from) == 2 && strings.HasPrefix(code, r.from)) {
			continue
		}
		if r.cond == "intent" {
			if m.intent {
				return r.to // "offered to negotiate with"
			}
			continue
		}
		if ag, ok := strings.CutPrefix(r.cond, "source="); ok {
			// "source=MIL": the source is armed forces ("Serb forces killed
			// three ethnic Albanians" is fighting, not an assault)
			if ev.Source != nil && len(ev.Source.Code) > 3 && hasAgent(ev.Source.Code[3:], ag) {
				return r.to
			}
			if ev.Source != nil && len(ev.Source.Code) >= 3 && nonState(ev.Source.Code) && hasAgent(ev.Source.Code, ag) {
				return r.to // "MIL": armed forces of no known country
			}
			continue
		}
		if strings.HasPrefix(r.cond, "modality=") {
			if string(ev.Modality) == strings.TrimPrefix(r.cond, "modality=") {
				return r.to
			}
			continue
		}
		if pc == "" {
			continue
		}
		ok := false
		switch r.cond {
		case "place=third":
			ok = sc != "" && tc != "" && pc != sc && pc != tc
		case "place=target":
			ok = tc != "" && pc == tc && pc != sc
		case "place=source":
			ok = sc != "" && pc == sc && pc != tc
		}
		if ok {
			return r.to
		}
	}
	return code
}

// stateOf is the actor's country when it is a state, "" for none and for
// IGO, NGO and other non-state codes.
// hasAgent reports whether the agent part of an actor code (after the
// country) holds the three-letter agent ag.
func hasAgent(agents, ag string) bool {
	for i := 0; i+3 <= len(agents); i += 3 {
		if agents[i:i+3] == ag {
			return true
		}
	}
	return false
}

func (v *view) stateOf(a *newsgraph.Actor) string {
	c := v.country(a)
	if c == "" || nonState(c) {
		return ""
	}
	return c
}

// country is the actor's alpha-3 country: its entity's, else the first three
// letters of its CAMEO code.
func (v *view) country(a *newsgraph.Actor) string {
	if a == nil {
		return ""
	}
	if a.Entity >= 0 && a.Entity < len(v.doc.Entities) {
		if c := v.doc.Entities[a.Entity].Country; c != "" {
			return c
		}
	}
	if len(a.Code) >= 3 {
		c := a.Code[:3]
		for _, r := range c {
			if r < 'A' || r > 'Z' {
				return ""
			}
		}
		return c
	}
	return ""
}

// localIndex returns the local index of the first token starting at or
// after byte offset b, or -1.
func (v *view) localIndex(b int) int {
	for i, t := range v.toks {
		if t.End > b {
			return i
		}
	}
	return -1
}

// tokenRange returns the sentence tokens a..b (inclusive) that byte span
// sp covers; ok is false when it covers none.
func (v *view) tokenRange(sp newsgraph.Span) (a, b int, ok bool) {
	a = v.localIndex(sp.Start)
	if a < 0 {
		return 0, 0, false
	}
	b = a
	for b+1 < len(v.toks) && v.toks[b+1].Start < sp.End {
		b++
	}
	return a, b, true
}

// date picks the time expression governing the trigger: in the sentence,
// not in a relative clause the trigger is outside of, not after "since";
// nearest, preferring the same clause and "in February" forms.
func (s *Stage) date(v *view, m match) (string, string) {
	doc := v.doc
	best, bestScore := "", 1<<30
	for _, tx := range doc.Times {
		if tx.Start < v.sent.Start || tx.End > v.sent.End || tx.Start >= tx.End {
			continue
		}
		switch tx.Type {
		case newsgraph.Date, newsgraph.Time, "":
		default:
			continue
		}
		val := dateValue(tx.Value, doc)
		if val == "" {
			continue
		}
		a, b, ok := v.tokenRange(tx.Span)
		if !ok {
			continue
		}
		if a > 0 && (v.toks[a-1].lf&cTimeBlocker != 0) {
			continue
		}
		if r := v.inRelative(a); r >= 0 && v.inRelative(m.trig) != r {
			continue
		}
		if a > m.trig && s.otherClause(v, m.trig, a) {
			continue
		}
		if b+1 < len(v.toks) && v.toks[b+1].lower == "'s" {
			// "Today's meeting" dates only the noun it modifies.
			if m.trig <= b || m.trig > b+5 {
				continue
			}
		}
		d := m.trig - a
		if d < 0 {
			d = a - b
		}
		lo, hi := a, m.trig
		if hi < lo {
			lo, hi = m.trig, b
		}
		for k := lo; k < hi; k++ {
			if w := v.toks[k].lower; w == "," || w == ";" {
				d += 20
				break
			}
		}
		if a > 0 && (v.toks[a-1].lower == "in" || v.toks[a-1].lower == "on") {
			d -= 2
		}
		if d < bestScore {
			best, bestScore = val, d
		}
	}
	if best != "" {
		return best, "text"
	}
	if !doc.Published.IsZero() {
		return doc.Published.Format("2006-01-02"), "published"
	}
	return "", ""
}

// otherClause reports whether a time expression starting at a, after the
// trigger at trig, sits in a relative clause that does not modify the
// trigger: "meetings scheduled with other foreign ministers, including many
// whose countries face tariffs being imposed on August 1" does not date the
// meetings, while "the talks, which will be held on Friday" does.
func (s *Stage) otherClause(v *view, trig, a int) bool {
	for k := trig + 1; k < a; k++ {
		if v.toks[k].lf&cRelative == 0 {
			continue
		}
		if !s.verbUse(v, trig) && (k == trig+1 || (k == trig+2 && v.toks[trig+1].lower == ",")) {
			continue
		}
		if r := v.inRelative(k); r >= 0 && v.rel[r][1] < a && v.toks[v.rel[r][1]].lower == "," {
			k = v.rel[r][1] // ", who has no experience," closed before the time
			continue
		}
		return true
	}
	return false
}

// dateValue keeps TIMEX3 values that name a calendar date ("2025",
// "2025-02", "2025-07-10", "2025-W28"); PRESENT_REF is the publication date.
func dateValue(val string, doc *newsgraph.Document) string {
	if val == "PRESENT_REF" && !doc.Published.IsZero() {
		return doc.Published.Format("2006-01-02")
	}
	if len(val) < 4 {
		return ""
	}
	for _, r := range val[:4] {
		if r < '0' || r > '9' {
			return ""
		}
	}
	if i := strings.IndexByte(val, 'T'); i > 0 {
		val = val[:i]
	}
	if !utf8.ValidString(val) {
		return ""
	}
	return val
}

// place picks the event's venue: a place named after "in"/"at" in the
// sentence (or in apposition to one: "Riyadh, Saudi Arabia"), the most
// specific first, then the nearest.
func (s *Stage) place(v *view, m match) int {
	doc := v.doc
	best, bestRank, bestDist := -1, -1, 1<<30
	prevEligibleEnd := -10
	type cand struct{ pi, a, b int }
	var cands []cand
	for pi, p := range doc.Places {
		for _, sp := range p.Mentions {
			if sp.Start < v.sent.Start || sp.End > v.sent.End || sp.Start >= sp.End {
				continue
			}
			a, b, ok := v.tokenRange(sp)
			if !ok {
				continue
			}
			cands = append(cands, cand{pi, a, b})
		}
	}
	// text order, so that apposition sees the place before it
	for x := 1; x < len(cands); x++ {
		for y := x; y > 0 && cands[y].a < cands[y-1].a; y-- {
			cands[y], cands[y-1] = cands[y-1], cands[y]
		}
	}
	for _, c := range cands {
		if u := v.toks[c.a].unit; u >= 0 && (u == m.src || u == m.tgt) {
			continue
		}
		eligible := false
		if c.a >= 2 && v.toks[c.a-1].lower == "," && prevEligibleEnd == c.a-2 {
			eligible = true
		} else {
			for j := c.a - 1; j >= 0 && j >= c.a-5; j-- {
				w := v.toks[j]
				if w.lower == "in" || w.lower == "at" {
					eligible = j == 0 || !(v.toks[j-1].f&cPlaceBlocker != 0)
					break
				}
				if w.punct || (w.f&cBarrier != 0) || (w.lf&cPreposition != 0) {
					break
				}
			}
		}
		if !eligible {
			continue
		}
		if r := v.inRelative(c.a); r >= 0 && v.inRelative(m.trig) != r {
			continue
		}
		prevEligibleEnd = c.b
		d := c.a - m.trig
		if d < 0 {
			d = -d
		}
		if d > 30 {
			continue
		}
		rank := featureRank(doc.Places[c.pi].Feature)
		if rank > bestRank || (rank == bestRank && d < bestDist) {
			best, bestRank, bestDist = c.pi, rank, d
		}
	}
	return best
}

func featureRank(f string) int {
	switch strings.ToLower(f) {
	case "country":
		return 1
	case "admin1", "admin2", "region", "continent":
		return 2
	case "":
		return 2
	}
	return 3
}

// modality reads how the text asserts the event.
func (s *Stage) modality(v *view, m match, ev newsgraph.Event) newsgraph.Modality {
	t := m.trig
	neg := s.negated(v, t)
	for j := t + 1; j <= m.last && j < len(v.toks); j++ {
		if w := v.toks[j]; w.unit < 0 && w.lf&cNegation != 0 && v.inRelative(j) == v.inRelative(t) {
			neg = true // "held no talks with"
		}
	}
	if ev.Root() == "13" {
		if neg {
			return newsgraph.Negated
		}
		return newsgraph.Threatened
	}
	// a conditional refusal is a refusal: "will not accept any more
	// refugees if war starts"
	if neg {
		return newsgraph.Negated
	}
	if s.conditional(v, t) || s.hypothetical(v, t) {
		return newsgraph.Conditional
	}
	if ev.Root() != "03" && s.planned(v, t) {
		return newsgraph.Planned
	}
	if s.reported(v, m) {
		return newsgraph.Reported
	}
	return newsgraph.Asserted
}

func (s *Stage) negated(v *view, t int) bool {
	for j := t - 1; j >= 0 && j >= t-4; j-- {
		w := v.toks[j]
		if w.punct || w.unit >= 0 {
			break
		}
		if (w.lf&cNegation != 0) || (w.f&cNegationVerb != 0) {
			return true
		}
	}
	return false
}

func (s *Stage) conditional(v *view, t int) bool {
	for j := t - 1; j >= 0 && j >= t-12; j-- {
		w := v.toks[j]
		if hardBarrier(w) || w.lower == "but" {
			break
		}
		if w.lf&cConditional != 0 {
			return true
		}
	}
	for j := t + 1; j < len(v.toks) && j <= t+12; j++ {
		w := v.toks[j]
		if hardBarrier(w) || w.lower == "but" || w.lower == "." {
			break
		}
		if w.lf&cConditional != 0 {
			return true
		}
	}
	return false
}

// domesticEvidence reports evidence that the countryless unit u of an event
// with the national unit other (of country c) is of c too: other is a place
// below the country ("a curfew in Algiers"), or a third unit of the
// sentence names c ("Macedonian officials said").
func (v *view) domesticEvidence(u, other int, c string) bool {
	if other >= 0 && other < len(v.units) {
		if e := v.units[other].entity; e >= 0 && e < len(v.doc.Entities) {
			if p := v.doc.Entities[e].Place; p >= 0 && p < len(v.doc.Places) {
				if pl := v.doc.Places[p]; pl.Country == c && pl.Feature != "" && pl.Feature != "country" {
					return true
				}
			}
		}
	}
	for k := range v.units {
		if k != u && k != other && v.unitCountry(k) == c {
			return true
		}
	}
	return false
}

// insurgency reports a countryless unit u whose agent is an insurgent one
// (cue list insurgent: REB, UAF ...) facing a state organ of a country
// (other, cue list state_organ: GOV, MIL, COP ...): the violence between
// them is domestic.
func (s *Stage) insurgency(v *view, u int, other string) bool {
	if len(other) < 6 || !isCountry(other[:3]) || nonState(other) || !s.cues["state_organ"][strings.ToLower(other[3:6])] {
		return false
	}
	if !v.domestic(u, other[:3]) && (v.home == "" || v.home == other[:3]) {
		return false // a place, an international body or an unresolved pronoun
	}
	a := v.composeIn(u, "", agentOnly)
	return len(a) >= 3 && s.cues["insurgent"][strings.ToLower(a[:3])]
}

// hypothetical reports a modal of possibility right before the trigger:
// "could kill", "might be expelled", "may impose". "May" the month is
// capitalised and never a modal.
func (s *Stage) hypothetical(v *view, t int) bool {
	for j := t - 1; j >= 0 && j >= t-4; j-- {
		w := v.toks[j]
		if w.punct || w.unit >= 0 {
			break
		}
		if s.cues["hypothetical"][w.lower] && (w.pos == "" || w.pos == "MD") && w.Text(v.doc) == w.lower {
			return true
		}
	}
	return false
}

// figurative reports a violent event (roots 18 to 20) whose object is an
// abstraction, not the actor: "attacked the Tory plans" (the target is
// only the plans' owner), "kill the Disability Bill", "bombarded the
// minister with a barrage of requests". Cue lists figurative_object and
// figurative_with.
func (s *Stage) figurative(v *view, m match) bool {
	r := m.p.Code
	if len(r) < 2 || (r[:2] != "18" && r[:2] != "19" && r[:2] != "20") {
		return false
	}
	if m.trig >= 0 && s.inCue("person_figurative", v.toks[m.trig]) && v.isPerson(m.src) && v.isPerson(m.tgt) {
		return true // "the former police chief clashed with campaigner Neil Herron": words, not blows
	}
	obj := func(j int) bool {
		if j < 0 || j >= len(v.toks) {
			return false
		}
		for _, l := range v.toks[j].lemmas {
			if s.cues["figurative_object"][l] {
				return true
			}
		}
		return false
	}
	end := m.trig
	// its object noun before any actor: "fight the seat", "shot
	// basketball hoops with students"
	for j := m.trig + 1; j < len(v.toks) && j <= m.trig+4; j++ {
		t := v.toks[j]
		if t.punct || t.unit >= 0 || t.lf&cPreposition != 0 {
			break
		}
		if obj(j) {
			return true
		}
	}
	if m.tgt >= 0 && m.tgt < len(v.units) && v.units[m.tgt].first > m.trig {
		u := v.units[m.tgt]
		if obj(u.last) {
			return true // "the Disability Bill"
		}
		j := u.last + 1
		if j < len(v.toks) && v.toks[j].lower == "'s" {
			j++
		}
		if obj(j) || (j < len(v.toks) && v.toks[j].unit < 0 && plainWord(v.toks[j]) && obj(j+1)) {
			return true // "the Tory plans", "Mr Brown's economic record"
		}
		if j < len(v.toks) && (v.toks[j].lower == "about" ||
			v.toks[j].lower == "for" && j+1 < len(v.toks) && v.toks[j+1].pos == "VBG") {
			return true // "clashed with ministers about how", "attacked Mr Brown for failing to"
		}
		end = u.last
	}
	// "with a barrage of requests"
	for j := end + 1; j < len(v.toks) && j <= end+8; j++ {
		if t := v.toks[j]; t.punct || hardBarrier(t) {
			break
		}
		if v.toks[j].lower != "with" {
			continue
		}
		for k := j + 1; k < len(v.toks) && k <= j+4; k++ {
			for _, l := range v.toks[k].lemmas {
				if s.cues["figurative_with"][l] {
					return true
				}
			}
		}
		break
	}
	return false
}

func (s *Stage) planned(v *view, t int) bool {
	for j := t - 1; j >= 0 && j >= t-4; j-- {
		w := v.toks[j]
		if w.punct || w.unit >= 0 {
			break
		}
		if (w.lf&cPlanned != 0) || (w.f&cPlanned != 0) {
			return true
		}
	}
	for j := t + 1; j < len(v.toks) && j <= t+3; j++ {
		w := v.toks[j]
		if w.punct {
			break
		}
		if w.lf&cPlannedAfter != 0 && v.toks[j-1].lf&cDeterminer == 0 {
			return true // not "cancelled a planned visit"
		}
	}
	return false
}

// reported: a cue adverb, or a speech verb whose speaker is not one of the
// event's actors ("..., the Russian Foreign Ministry said").
func (s *Stage) reported(v *view, m match) bool {
	for i, w := range v.toks {
		if w.lf&cReportedAdverb != 0 {
			return true
		}
		if i == m.trig {
			continue
		}
		speaker, speech := -1, false
		if w.lower == "according" && i+1 < len(v.toks) && v.toks[i+1].lower == "to" {
			speech = true
			speaker = s.findActor(v, i+2, maxMods)
		} else if (w.f&cSpeech != 0) && (w.pos == "" || strings.HasPrefix(w.pos, "VB")) {
			speech = true
			speaker = s.subject(v, i, -1, true)
			if speaker < 0 || (i > 0 && v.toks[i-1].lower == ",") {
				if u := s.findActor(v, i+1, maxMods); u >= 0 {
					speaker = u
				}
			}
		}
		if !speech {
			continue
		}
		if speaker < 0 {
			return true
		}
		se := v.actor(speaker)
		if actorKey(se) != actorKey(v.actor(m.src)) && actorKey(se) != actorKey(v.actor(m.tgt)) {
			return true
		}
	}
	return false
}

// mixedList reports whether u is one of a list of actors of different
// countries ("threatened the United States and Israel"): the countryless
// other side cannot be domestic to all of them, so it is to none.
func (v *view) mixedList(u int) bool {
	seen := ""
	for _, c := range v.conjuncts(u) {
		k := v.unitCountry(c)
		if k == "" {
			continue
		}
		if seen != "" && k != seen {
			return true
		}
		seen = k
	}
	return false
}

// inCue reports whether the token or one of its lemmas is in cue list name.
func (s *Stage) inCue(name string, t stok) bool {
	l := s.cues[name]
	if l[t.lower] {
		return true
	}
	for _, x := range t.lemmas {
		if l[x] {
			return true
		}
	}
	return false
}

// isPerson reports whether unit u names a person (an entity or mention of
// type person).
func (v *view) isPerson(u int) bool {
	if u < 0 || u >= len(v.units) {
		return false
	}
	if e := v.units[u].entity; e >= 0 && e < len(v.doc.Entities) {
		return v.doc.Entities[e].Type == newsgraph.Person
	}
	return v.mentionOf(u).Type == newsgraph.Person
}

// threatCode is the threat (13x) refine.txt makes of a planned event of
// code, "" when a planned event of that code is no threat.
func (s *Stage) threatCode(code string) string {
	for _, r := range s.refine {
		if r.cond != "modality=planned" || (r.from != code && !(len(r.from) == 2 && strings.HasPrefix(code, r.from))) {
			continue
		}
		if strings.HasPrefix(r.to, "13") {
			return r.to
		}
		return ""
	}
	return ""
}

// naturalCause reports a violent event (roots 18-20) whose subject is a
// natural disaster (cue list natural_cause): in "an earthquake which struck
// southwest Japan killed one person" no one killed anyone. The disaster
// word stands before the trigger and before the source, which then only
// names where it struck.
func (s *Stage) naturalCause(v *view, m match) bool {
	r := m.p.Code
	if len(r) < 2 || (r[:2] != "18" && r[:2] != "19" && r[:2] != "20") || m.trig < 0 {
		return false
	}
	stop := m.trig
	if m.src >= 0 && m.src < len(v.units) && v.units[m.src].first < stop {
		stop = v.units[m.src].first
	}
	for j := stop - 1; j >= 0 && m.trig-j <= 15; j-- {
		t := v.toks[j]
		if hardBarrier(t) || t.f&cSpeech != 0 {
			return false
		}
		if s.inCue("natural_cause", t) {
			return true
		}
	}
	return false
}
