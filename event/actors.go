package event

import (
	"sort"
	"strings"
	"unicode"

	"newsgraph"
)

// parseAgents reads agents.txt: "AGENT lemma lemma ...".
func parseAgents(data string) map[string]string {
	out := map[string]string{}
	for _, f := range dataFields(data, 2) {
		for _, w := range f[1:] {
			w = strings.ToLower(w)
			if _, ok := out[w]; !ok {
				out[w] = f[0]
			}
		}
	}
	return out
}

// agentOf returns the agent code of token i's lemmas, "" when none. A
// two-word entry of agents.txt ("aid_agency", "news_agency") read with the
// word before it comes first.
func (v *view) agentOf(i int) string {
	t := v.toks[i]
	if t.punct {
		return ""
	}
	if a := v.dictAgent(i); a != "" {
		return a
	}
	if i > 0 && !v.toks[i-1].punct {
		for _, p := range v.toks[i-1].lemmas {
			for _, l := range t.lemmas {
				if a, ok := v.agents[p+"_"+l]; ok {
					return a
				}
			}
		}
	}
	for _, l := range t.lemmas {
		if a, ok := v.agents[l]; ok {
			return a
		}
	}
	return ""
}

// maxAgentWords bounds a loaded agent phrase ("largest legal opposition
// party").
const maxAgentWords = 4

// dictAgent returns the agent of the longest phrase of a loaded agent
// dictionary that ends at token i, "" when none (or none is loaded). The
// last word is compared through its lemmas ("polices" → police), the others
// as written.
func (v *view) dictAgent(i int) string {
	if len(v.dagents) == 0 || v.toks[i].punct {
		return ""
	}
	for n := maxAgentWords; n >= 1; n-- {
		f := i - n + 1
		if f < 0 {
			continue
		}
		var b strings.Builder
		ok := true
		for j := f; j < i; j++ {
			if v.toks[j].punct {
				ok = false
				break
			}
			b.WriteString(v.toks[j].lower)
			b.WriteByte('_')
		}
		if !ok {
			continue
		}
		pre := b.String()
		if a, ok := v.dagents[pre+v.toks[i].lower]; ok {
			return a
		}
		for _, l := range v.toks[i].lemmas {
			if a, ok := v.dagents[pre+l]; ok {
				return a
			}
		}
	}
	return ""
}

// isCountry reports whether c looks like an alpha-3 country code.
func isCountry(c string) bool {
	if len(c) != 3 {
		return false
	}
	for _, r := range c {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// unitCountry is the country a unit names by itself: its entity's code or
// country, else the code or country of one of its mentions ("Pakistani
// troops" whose entity has none).
func (v *view) unitCountry(u int) string {
	if u < 0 || u >= len(v.units) {
		return ""
	}
	un := v.units[u]
	doc := v.doc
	if e := un.entity; e >= 0 && e < len(doc.Entities) {
		ent := doc.Entities[e]
		if isCountry(ent.Country) {
			return ent.Country
		}
		if len(ent.Code) >= 3 && isCountry(ent.Code[:3]) && !nonState(ent.Code) {
			return ent.Code[:3]
		}
	}
	m := v.mentionOf(u)
	if un.country != "" {
		return un.country
	}
	if isCountry(m.Country) {
		return m.Country
	}
	if len(m.Code) >= 3 && isCountry(m.Code[:3]) && !nonState(m.Code) {
		return m.Code[:3]
	}
	for _, r := range m.Roles {
		if isCountry(r.Country) {
			return r.Country // "the Iranian foreign minister"
		}
	}
	if c := v.leaderCountry(u); c != "" {
		return c
	}
	if c := v.demonymCountry(u); c != "" {
		return c
	}
	if c := v.ledCountry(u); c != "" {
		return c
	}
	return v.placeCountry(u)
}

// ledCountry is the country of a "X-led" modifier ("US-led", "the
// Saudi-led coalition"): the one that leads; "" for anything else.
func (v *view) ledCountry(u int) string {
	if v.kb == nil || u < 0 || u >= len(v.units) {
		return ""
	}
	un := v.units[u]
	w := v.doc.Text[v.toks[un.last].Start:v.toks[un.last].End]
	lead, ok := strings.CutSuffix(w, "-led")
	if !ok || lead == "" {
		return ""
	}
	if c, ok := v.kb.Country(lead); ok && isCountry(c.Alpha3) {
		return c.Alpha3
	}
	return ""
}

// demonymCountry is the country of a plural demonym inside the unit's name
// ("Young Algerians", "Ghanaians"), "" when none.
func (v *view) demonymCountry(u int) string {
	if v.kb == nil || u < 0 || u >= len(v.units) {
		return ""
	}
	un := v.units[u]
	for i := un.first; i <= un.last && i < len(v.toks); i++ {
		w := v.doc.Text[v.toks[i].Start:v.toks[i].End]
		if len(w) < 5 || w[0] < 'A' || w[0] > 'Z' || !strings.HasSuffix(w, "s") {
			continue
		}
		if _, ok := v.kb.Country(w); ok {
			continue // a country's own name ("Philippines")
		}
		if i > 0 && v.toks[i-1].lower == "ethnic" {
			continue // "ethnic Albanians" in Macedonia: an ethnic group, not a nationality
		}
		if c, ok := v.kb.Country(w[:len(w)-1]); ok && isCountry(c.Alpha3) {
			return c.Alpha3
		}
	}
	return ""
}

// leaderCountry is the country of a person named by a leader's surname
// (leaders.txt: "Putin", "President Bush"), "" for anyone else.
func (v *view) leaderCountry(u int) string {
	if u < 0 || u >= len(v.units) || len(v.leaders) == 0 {
		return ""
	}
	un := v.units[u]
	m := v.mentionOf(u)
	typ, name := m.Type, m.Text
	if m.Kind != newsgraph.Name {
		name = ""
	}
	if e := un.entity; e >= 0 && e < len(v.doc.Entities) {
		ent := v.doc.Entities[e]
		typ = ent.Type
		if ent.Name != "" {
			name = ent.Name
		}
	}
	if typ != newsgraph.Person || name == "" {
		return ""
	}
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return ""
	}
	last := ws[len(ws)-1]
	if last[0] < 'A' || last[0] > 'Z' {
		return ""
	}
	if c, ok := v.leaders[strings.ToLower(strings.Join(ws, "_"))]; ok {
		return c
	}
	return v.leaders[strings.ToLower(last)]
}

// unitCode is the CAMEO code a unit's entity or mention carries, "" when
// none.
func (v *view) unitCode(u int) string {
	un := v.units[u]
	if e := un.entity; e >= 0 && e < len(v.doc.Entities) && v.doc.Entities[e].Code != "" {
		return v.doc.Entities[e].Code
	}
	if un.modCode != "" {
		return un.modCode
	}
	return v.mentionOf(u).Code
}

// placeCountry is the country of the place a unit names, from the geo
// layer: "Tehran", "Moscow" and "Bosnia" stand for their countries.
func (v *view) placeCountry(u int) string {
	un := v.units[u]
	doc := v.doc
	if e := un.entity; e >= 0 && e < len(doc.Entities) {
		if p := doc.Entities[e].Place; p >= 0 && p < len(doc.Places) && isCountry(doc.Places[p].Country) {
			return doc.Places[p].Country
		}
	}
	sp := newsgraph.Span{Start: v.toks[un.first].Start, End: v.toks[un.last].End}
	for _, p := range doc.Places {
		if !isCountry(p.Country) {
			continue
		}
		for _, ps := range p.Mentions {
			if sp.Contains(ps) && ps.Len() > 0 {
				return p.Country
			}
		}
	}
	return ""
}

// nonState reports codes whose first three letters are not a country: IGO,
// NGO, multinational and ethnic or religious group codes.
func nonState(code string) bool {
	switch code[:3] {
	case "IGO", "NGO", "MNC", "IMG", "UAF", "REB", "OPP", "GOV", "MIL", "COP", "JUD", "LEG", "CVL", "BUS", "MED":
		return true
	}
	return false
}

// plainWord reports a word that may stand inside a noun phrase between an
// actor and its head noun: tagged as a noun or adjective, not a clause word
// or preposition. Untagged text has none.
func plainWord(t stok) bool {
	if t.punct || t.f&(cBarrier|cPreposition|cDeterminer|cBe|cSpeech) != 0 {
		return false
	}
	return strings.HasPrefix(t.pos, "NN") || strings.HasPrefix(t.pos, "JJ")
}

// compose completes an actor's code from the noun phrase around its unit:
// a country read from a neighbouring name ("Palestinian officials",
// "soldiers from Gondor", "Arnor security officials") and an agent from a
// head noun or title ("the Calenardhon government", "Gondor's police",
// "Fornost President Umbardacil"). Codes the actor stage set with an agent
// or a non-state prefix are kept.
func (v *view) compose(u int, code string) string {
	return v.composeIn(u, code, "")
}

// composeIn is compose with a fallback country, used when the noun phrase
// names none: "President Omar El Bashir" acting on Sudan.
func (v *view) composeIn(u int, code, fallback string) string {
	if u < 0 || u >= len(v.units) {
		return code
	}
	un := v.units[u]
	if code == "" && un.country == "" && un.modCode != "" {
		return un.modCode // "Red Cross officials", "NATO peacekeeping troops"
	}
	if code != "" && !isCountry(code) {
		return code // USAGOV, IGOUNO: the actor stage knew better
	}
	ctry := v.unitCountry(u)
	if code != "" && ctry == "" {
		ctry = code
	}
	agent := ""
	dagent := "" // the phrase's agent in a loaded dictionary, which wins
	for _, r := range v.mentionOf(u).Roles {
		if r.Agent != "" {
			agent = r.Agent
		}
	}
	for i := un.first; i <= un.last; i++ {
		if i < un.last && v.toks[i+1].lower == "'s" {
			continue // "Democratic People's Republic of Korea"
		}
		if a := v.agentOf(i); a != "" {
			agent = a
		}
		if d := v.dictAgent(i); d != "" {
			dagent = d
		}
	}
	if agent == "" && v.leaderCountry(u) != "" {
		agent = "GOV"
	}
	// left: modifiers, titles and a country name before the unit
	modCode := ""
	for j, n := un.first-1, 0; j >= 0 && n < 4; j, n = j-1, n+1 {
		t := v.toks[j]
		if t.unit >= 0 {
			if ctry == "" {
				ctry = v.unitCountry(t.unit)
			}
			if c := v.unitCode(t.unit); ctry == "" && c != "" && !isCountry(c) && n > 0 {
				modCode = c // "U.N. mediator Diego Cordovez"
			}
			break
		}
		if !plainWord(t) && t.lower != "'s" {
			break
		}
		if a := v.agentOf(j); a != "" && agent == "" {
			agent = a
		}
		if d := v.dictAgent(j); d != "" && dagent == "" {
			dagent = d
		}
	}
	// right: "'s", modifiers and a head noun after the unit
	j := un.last + 1
	if j < len(v.toks) && v.toks[j].lower == "'s" {
		j++
	}
	for n := 0; j < len(v.toks) && n < 3; j, n = j+1, n+1 {
		t := v.toks[j]
		if t.unit >= 0 {
			mu := v.units[t.unit]
			if k := v.mentionOf(t.unit).Kind; k != newsgraph.Nominal {
				break
			}
			if a := v.agentOf(mu.last); a != "" {
				agent = a
			}
			if d := v.dictAgent(mu.last); d != "" {
				dagent = d
			}
			j = mu.last + 1
			break
		}
		if !plainWord(t) {
			break
		}
		if a := v.agentOf(j); a != "" {
			agent = a
			if d := v.dictAgent(j); d != "" {
				dagent = d
			}
			j++
			break
		}
	}
	if dagent != "" {
		agent = dagent
	}
	// "soldiers from Gondor", "opposition groups in Zimbabwe"
	if ctry == "" && j < len(v.toks) {
		if w := v.toks[j].lower; w == "from" || w == "of" || w == "in" {
			for k := j + 1; k < len(v.toks) && k <= j+3; k++ {
				if t := v.toks[k]; t.unit >= 0 {
					ctry = v.unitCountry(t.unit)
					break
				} else if t.punct {
					break
				}
			}
		}
	}
	if ctry == "" {
		if code == "" && modCode != "" && len(modCode) >= 3 && nonState(modCode) {
			return modCode
		}
		if code == "" && agent == "NGO" {
			return agent // "an international aid agency": a code of its own without a country
		}
		if code != "" || fallback == "" {
			return code
		}
		if fallback == agentOnly {
			return agent // "a senior official": GOV, no country
		}
		ctry = fallback
	}
	return ctry + agent
}

// agentOnly is the composeIn fallback asking for the agent alone.
const agentOnly = "---"

// bareCode is the code of an actor whose noun phrase and event name no
// country: its agent alone ("a senior official" → GOV, "gunmen" → UAF), as
// PETRARCH writes "---GOV" without the placeholder. Names and pronouns get
// none.
func (v *view) bareCode(u int) string {
	if u < 0 || u >= len(v.units) {
		return ""
	}
	if v.mentionOf(u).Kind != newsgraph.Nominal {
		if len(v.dagents) > 0 {
			// a loaded agent dictionary codes a name by the agent of its
			// phrase, as PETRARCH writes "---GOV": "the official news
			// agency WFNA"
			return v.composeIn(u, "", agentOnly)
		}
		return ""
	}
	return v.composeIn(u, "", agentOnly)
}

// homeCode is the code of a definite group or office that names no
// country ("the government", "the rebels"): the one of the country the
// story is about; "" for anything else.
func (v *view) homeCode(u int) string {
	if u < 0 || u >= len(v.units) || v.home == "" || v.mentionOf(u).Kind != newsgraph.Nominal {
		return ""
	}
	f := v.units[u].first
	if v.toks[f].lower != "the" && (f == 0 || v.toks[f-1].lower != "the") {
		return ""
	}
	if v.abroad(u) {
		return "" // "the foreign ministers": not the story's country's
	}
	if e := v.units[u].entity; e >= 0 && e < len(v.doc.Entities) {
		if ent := v.doc.Entities[e]; ent.Type != newsgraph.Person && ent.Name != "" && unicode.IsUpper([]rune(ent.Name)[0]) {
			return "" // "the militants" standing for a named group: not the story's country's
		}
	}
	if c := v.composeIn(u, "", v.home); c != v.home && v.homeAgent[strings.ToLower(strings.TrimPrefix(c, v.home))] {
		return c // a state organ or a domestic group: GOV, REB ...
	}
	return ""
}

// domestic reports whether a unit without a country of its own may take the
// country of the other actor of its event: a person ("President Omar El
// Bashir" lifting a curfew in Sudan) or a group or nominal ("the rebels",
// "students") whose words do not mark it as international, or a named
// organisation when other, the country offered, is the one the story is
// about. Places never do. Most events between a countryless person or
// group and a national actor are domestic.
func (v *view) domestic(u int, other string) bool {
	if u < 0 || u >= len(v.units) {
		return false
	}
	un := v.units[u]
	m := v.mentionOf(u)
	typ, name := m.Type, m.Text
	if un.entity < 0 && m.Kind == newsgraph.Pronoun {
		return false // "its embassy" with nothing to resolve it to
	}
	if v.abroad(u) {
		return false // "foreign ambassadors" are not the other actor's
	}
	if e := un.entity; e >= 0 && e < len(v.doc.Entities) {
		ent := v.doc.Entities[e]
		typ = ent.Type
		if ent.Name != "" {
			name = ent.Name
		}
		if ent.Place >= 0 {
			return false
		}
	}
	switch typ {
	case newsgraph.Loc:
		return false
	case newsgraph.Org, newsgraph.Misc:
		if m.Kind == newsgraph.Name && v.home != "" && v.home != other {
			// a named organisation the actor stage could not place
			// takes the other actor's country only when the story is
			// about that country: in a British story "condemned by
			// human rights groups and the Conservatives" does not make
			// the Conservatives Chinese
			return false
		}
		for _, w := range strings.Fields(strings.ToLower(name)) {
			if v.intl[strings.Trim(w, ".,'()")] {
				return false
			}
		}
	}
	return true
}

// mergeModifiers joins a country name or demonym to the nominal it
// modifies: "British soldiers", "Arnor security officials" and "Palestinian
// officials" are one actor, the nominal's, with the modifier's country.
func (s *Stage) mergeModifiers(v *view) {
	if len(v.units) < 2 {
		return
	}
	out := v.units[:0:0]
	for k := 0; k < len(v.units); k++ {
		a := v.units[k]
		if k+1 < len(v.units) {
			b := v.units[k+1]
			gap := a.last + 1
			if gap < len(v.toks) && v.toks[gap].lower == "'s" {
				gap++ // "Taiwan's vice foreign minister", "Gondor's police"
			}
			ok := b.first >= gap && b.first-gap <= 2 &&
				v.mentionOf(k+1).Kind == newsgraph.Nominal &&
				v.mentionOf(k).Kind == newsgraph.Name
			ok = ok && v.mentionOf(k).Type != newsgraph.Person
			for j := gap; ok && j < b.first; j++ {
				ok = plainWord(v.toks[j])
				if !ok && j+1 < b.first && v.toks[j].lower == "-" && v.toks[j+1].lower == "led" {
					ok = true // "U.S.-led forces": the leader's
					j++
				}
			}
			if ok {
				c, code := v.unitCountry(k), v.unitCode(k)
				if (c != "" || code != "") && v.unitCountry(k+1) == "" && v.unitCode(k+1) == "" {
					b.first = a.first
					b.country, b.modCode = c, code
					out = append(out, b)
					k++
					continue
				}
			}
		}
		out = append(out, a)
	}
	if len(out) == len(v.units) {
		return
	}
	v.units = out
	for i := range v.toks {
		v.toks[i].unit = -1
	}
	for ui, u := range v.units {
		for j := u.first; j <= u.last; j++ {
			v.toks[j].unit = ui
		}
	}
}

// addAgentUnits makes an actor of a common noun naming a group or office
// that no mention covers ("Egyptian demonstrators", "the police", "an
// international aid agency"): the head of a noun compound whose lemma is in
// agents.txt. Such a unit has no mention (mention -1) and no entity.
func (s *Stage) addAgentUnits(v *view) {
	added := false
	for i, t := range v.toks {
		if t.unit >= 0 || !strings.HasPrefix(t.pos, "NN") || v.agentOf(i) == "" {
			continue
		}
		if i+1 < len(v.toks) && (strings.HasPrefix(v.toks[i+1].pos, "NN") || v.toks[i+1].unit >= 0) {
			continue // a modifier: "government officials", "police custody"
		}
		v.units = append(v.units, unit{first: i, last: i, entity: -1, mention: -1})
		added = true
	}
	if !added {
		return
	}
	sort.SliceStable(v.units, func(a, b int) bool { return v.units[a].first < v.units[b].first })
	for ui, u := range v.units {
		for j := u.first; j <= u.last; j++ {
			v.toks[j].unit = ui
		}
	}
}

// mentionOf returns the unit's mention; a unit of addAgentUnits gets a
// nominal one made from its words.
func (v *view) mentionOf(u int) newsgraph.Mention {
	un := v.units[u]
	if un.mention >= 0 && un.mention < len(v.doc.Mentions) {
		return v.doc.Mentions[un.mention]
	}
	sp := newsgraph.Span{Start: v.toks[un.first].Start, End: v.toks[un.last].End}
	return newsgraph.Mention{Span: sp, Text: v.doc.Text[sp.Start:sp.End], Kind: newsgraph.Nominal, Entity: -1}
}

// abroad reports whether a group's own words or the two words before it
// mark it as from abroad (cue list foreign): "foreign ambassadors",
// "overseas investors", "visiting diplomats".
func (v *view) abroad(u int) bool {
	un := v.units[u]
	from := un.first - 2
	if from < 0 {
		from = 0
	}
	for j := from; j <= un.last && j < len(v.toks); j++ {
		if j < un.first && v.toks[j].unit >= 0 {
			continue
		}
		if v.foreign[v.toks[j].lower] {
			return true
		}
	}
	return false
}
