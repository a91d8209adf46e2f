package geo

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"newsgraph"
)

// maxRounds bounds the rounds of re-reading places in each other's context.
const maxRounds = 3

// Stage geocodes a Document's LOC entities into Document.Places.
type Stage struct {
	g *Gazetteer
}

// NewStage returns the geocoding stage over g. It requires the entities layer
// and provides the places layer.
func NewStage(g *Gazetteer) *Stage { return &Stage{g: g} }

// Name implements newsgraph.Stage.
func (s *Stage) Name() string { return "geo" }

// Requires implements newsgraph.Stage.
func (s *Stage) Requires() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerEntities} }

// Provides implements newsgraph.Stage.
func (s *Stage) Provides() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerPlaces} }

// locEntity is the stage's working state for one LOC entity.
type locEntity struct {
	idx      int      // index into doc.Entities
	names    []string // names to try: the entity's name, then its NAME mentions' texts
	spans    []newsgraph.Span
	first    int            // byte offset of the first mention
	selfEv   map[string]int // country evidence the entity's own names carry
	qual     int            // entity index of a qualifier ("Riyadh, [Saudi Arabia]"), -1 when none
	qualName string         // qualifier read inside the entity's own name
	state    bool           // "Washington state"
	cur      *Candidate     // current resolution
	final    *Candidate     // resolution used
	forced   bool           // final was fixed by a qualifier relation
}

// Process implements newsgraph.Stage. It sets doc.Places and every entity's
// Place (-1 when the entity is not a resolved place). It is deterministic and
// keeps no state between documents.
func (s *Stage) Process(ctx context.Context, doc *newsgraph.Document) error {
	doc.Places = nil
	for i := range doc.Entities {
		doc.Entities[i].Place = -1
	}

	// Country evidence for the whole article.
	base := map[string]int{}
	s.g.Evidence(doc.Text, base)
	for _, m := range doc.Mentions {
		if m.Country != "" {
			base[m.Country]++
		}
	}
	for _, e := range doc.Entities {
		if e.Country != "" && e.Type != newsgraph.Loc {
			base[e.Country]++
		}
	}

	// The LOC entities, with their names, spans and own evidence. A
	// person or organisation the tagger misread is retyped first; a
	// demonym ("Malaysian") is a country-level mention of its country, as
	// GDELT and ICEWS geocode adjectival mentions.
	s.retypeMisreadPlaces(doc)
	var locs []*locEntity
	byEntity := map[int]*locEntity{}
	for i, e := range doc.Entities {
		demonym, isDemonym := Country{}, false
		if e.Type == newsgraph.Misc {
			demonym, isDemonym = s.g.Demonym(e.Name)
		}
		if e.Type != newsgraph.Loc && !isDemonym {
			continue
		}
		l := &locEntity{idx: i, qual: -1, first: -1, selfEv: map[string]int{}}
		if isDemonym {
			l.names = appendName(l.names, demonym.Name)
		} else {
			l.names = appendName(l.names, e.Name)
		}
		for _, mi := range e.Mentions {
			if mi < 0 || mi >= len(doc.Mentions) {
				continue
			}
			m := doc.Mentions[mi]
			if l.first < 0 || m.Start < l.first {
				l.first = m.Start
			}
			if m.Kind != newsgraph.Name {
				continue // "the Malaysian capital" is evidence for this place: it stays
			}
			if m.Country != "" {
				l.selfEv[m.Country]++ // "Georgia" must not vote for itself
			}
			l.spans = append(l.spans, m.Span)
			if !isDemonym {
				l.names = appendName(l.names, m.Text)
			}
		}
		// The entity's own demonym or country-name evidence in the text.
		for _, sp := range l.spans {
			if sp.Start >= 0 && sp.End <= len(doc.Text) && sp.Start <= sp.End {
				s.g.Evidence(doc.Text[sp.Start:sp.End], l.selfEv)
			}
		}
		sort.Slice(l.spans, func(a, b int) bool { return l.spans[a].Start < l.spans[b].Start })
		if name, q, ok := strings.Cut(e.Name, ","); ok && strings.TrimSpace(q) != "" {
			l.names = append([]string{strings.TrimSpace(name)}, l.names...)
			l.qualName = strings.TrimSpace(q)
		}
		locs = append(locs, l)
		byEntity[i] = l
	}
	if err := ctx.Err(); err != nil {
		return err
	}

	entityOf := make(map[int]int, len(doc.Mentions))
	for i, e := range doc.Entities {
		for _, mi := range e.Mentions {
			entityOf[mi] = i
		}
	}

	// Qualifiers: "Riyadh, Saudi Arabia" — a NAME mention of another LOC
	// entity right after a comma. And "Washington state".
	for _, l := range locs {
		for _, sp := range l.spans {
			if sp.End > len(doc.Text) || sp.End < 0 {
				continue
			}
			rest := doc.Text[sp.End:]
			if hasStateWord(rest) {
				l.state = true
			}
			if l.qual >= 0 {
				continue
			}
			trimmed := strings.TrimLeft(rest, " ")
			if !strings.HasPrefix(trimmed, ",") {
				continue
			}
			at := sp.End + (len(rest) - len(strings.TrimLeft(strings.TrimPrefix(trimmed, ","), " ")))
			if q := mentionAt(doc, at, entityOf); q >= 0 && q != l.idx && byEntity[q] != nil {
				l.qual = q
			} else if l.qualName == "" {
				// No entity there: read the words themselves ("Paris, Tenn.").
				l.qualName = s.g.qualifierAt(doc.Text[at:])
			}
		}
	}

	// The article's home state: the division most of its place names can
	// lie in (local news names places near each other).
	home := s.homeState(locs)

	// First reading: each place on the article's country evidence alone.
	for _, l := range locs {
		c := Context{Countries: minus(base, l.selfEv), PreferAdmin1: l.state, Home: home}
		if p, ok := s.resolveEntity(l, c); ok {
			l.cur = &p
		}
	}

	// Qualified pairs fix both sides.
	for _, l := range locs {
		var qnames []string
		var ql *locEntity
		switch {
		case l.qual >= 0:
			ql = byEntity[l.qual]
			qnames = ql.names
		case l.qualName != "":
			qnames = []string{l.qualName}
		default:
			continue
		}
		c := s.context(locs, l, base)
		c.Home = home
	pairs:
		for _, n := range l.names {
			for _, qn := range qnames {
				p, q, ok := s.g.ResolveQualified(n, qn, c)
				if !ok {
					continue
				}
				l.cur, l.forced = &p, true
				if ql != nil && !ql.forced {
					ql.cur, ql.forced = &q, true
				}
				break pairs
			}
		}
	}

	// Then the rest again with the other places as context, until nothing
	// changes (a state read in one round can move a city in the next:
	// "Athens ... Georgia ... Kentucky"), at most maxRounds times.
	for range maxRounds {
		changed := false
		for _, l := range locs {
			if l.forced {
				continue
			}
			c := s.context(locs, l, base)
			c.Home = home
			if p, ok := s.resolveEntity(l, c); ok && (l.cur == nil || p.key() != l.cur.key()) {
				l.cur, changed = &p, true
			}
		}
		if !changed {
			break
		}
	}
	for _, l := range locs {
		l.final = l.cur
	}

	// Places the LOC entities miss: inside organisations' names, entities
	// typed ORG, PERSON or MISC that are places, state qualifiers. Each
	// becomes a one-mention working entry (idx -1 when no entity).
	for _, x := range s.findExtras(doc, locs, base, home) {
		c := x.cand
		l := &locEntity{idx: x.entity, spans: []newsgraph.Span{x.span}, first: x.span.Start, final: &c}
		if x.entity >= 0 {
			e := &doc.Entities[x.entity]
			e.Type = newsgraph.Loc
			for _, mi := range e.Mentions {
				if mi >= 0 && mi < len(doc.Mentions) {
					doc.Mentions[mi].Type = newsgraph.Loc
				}
			}
		}
		locs = append(locs, l)
	}

	// Places in order of first mention; entities resolving to the same
	// entry share one place.
	sort.SliceStable(locs, func(a, b int) bool { return firstOf(locs[a]) < firstOf(locs[b]) })
	placeOf := map[string]int{}
	for _, l := range locs {
		if l.final == nil {
			continue
		}
		c := *l.final
		k := c.key()
		pi, ok := placeOf[k]
		if !ok {
			pi = len(doc.Places)
			placeOf[k] = pi
			doc.Places = append(doc.Places, newsgraph.Place{
				ID: "P" + strconv.Itoa(pi+1), Name: c.Name, Country: c.Country,
				Lat: c.Lat, Lon: c.Lon, GeonamesID: c.GeonamesID, Feature: c.Feature,
			})
		}
		p := &doc.Places[pi]
		p.Mentions = append(p.Mentions, l.spans...)
		sort.Slice(p.Mentions, func(a, b int) bool { return p.Mentions[a].Start < p.Mentions[b].Start })
		if l.idx >= 0 {
			doc.Entities[l.idx].Place = pi
		}
	}
	return nil
}

// homeState returns the first-level division that the most LOC entities
// can lie in (as the division itself, or a town or county in it), when at
// least two entities agree and no other division ties; "" otherwise. Names
// found in more than five divisions ("Springfield") and names of countries
// ("China", also a town in Maine) do not vote.
func (s *Stage) homeState(locs []*locEntity) string {
	votes := map[string]int{}
	for _, l := range locs {
		keys := map[string]bool{}
		country := false
		for _, n := range l.names {
			for _, c := range s.g.Lookup(n) {
				if c.Feature == FeatureCountry && !c.Alternate {
					country = true
				}
				if c.Feature == FeatureCountry || c.Alternate {
					continue
				}
				keys[c.Admin1Key()] = true
			}
		}
		if country || len(keys) == 0 || len(keys) > 5 {
			continue
		}
		for k := range keys {
			votes[k]++
		}
	}
	best, n, ties := "", 0, 0
	for k, v := range votes {
		switch {
		case v > n:
			best, n, ties = k, v, 1
		case v == n:
			ties++
		}
	}
	if n < 2 || ties > 1 {
		return ""
	}
	return best
}

func firstOf(l *locEntity) int {
	if len(l.spans) > 0 {
		return l.spans[0].Start
	}
	return l.first
}

// resolveEntity tries the entity's names in order and returns the first
// that resolves.
func (s *Stage) resolveEntity(l *locEntity, c Context) (Candidate, bool) {
	for _, n := range l.names {
		if p, ok := s.g.Resolve(n, c); ok {
			return p, true
		}
	}
	// A LOC entity named by a demonym ("the Palestinian", "Russian") is the
	// country.
	for _, n := range l.names {
		if k, ok := s.g.Demonym(n); ok {
			return s.g.entries[s.g.countryEn[k.Alpha3]], true
		}
	}
	return Candidate{}, false
}

// context is the evidence for resolving l: the article's, less l's own,
// plus every other place as currently resolved.
func (s *Stage) context(locs []*locEntity, l *locEntity, base map[string]int) Context {
	c := Context{Countries: minus(base, l.selfEv), PreferAdmin1: l.state}
	for _, o := range locs {
		if o == l {
			continue
		}
		p := o.cur
		if p == nil {
			continue
		}
		// One piece of evidence per mention of the other place.
		for range max(1, len(o.spans)) {
			c.Places = append(c.Places, *p)
		}
	}
	return c
}

func minus(a, b map[string]int) map[string]int {
	out := make(map[string]int, len(a))
	for k, v := range a {
		if v -= b[k]; v > 0 {
			out[k] = v
		}
	}
	return out
}

func appendName(names []string, n string) []string {
	n = strings.TrimSpace(n)
	n = strings.TrimSuffix(strings.TrimSuffix(n, "'s"), "’s")
	if n == "" {
		return names
	}
	for _, o := range names {
		if o == n {
			return names
		}
	}
	return append(names, n)
}

// hasStateWord reports whether rest starts with " state" or " State" as a
// whole word ("Washington state", not "Washington stated").
func hasStateWord(rest string) bool {
	if !strings.HasPrefix(rest, " state") && !strings.HasPrefix(rest, " State") {
		return false
	}
	if len(rest) == 6 {
		return true
	}
	c := rest[6]
	return !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z')
}

// mentionAt returns the entity of the NAME mention starting at byte offset
// at, or -1. doc.Mentions is sorted by Start.
func mentionAt(doc *newsgraph.Document, at int, entityOf map[int]int) int {
	i := sort.Search(len(doc.Mentions), func(i int) bool { return doc.Mentions[i].Start >= at })
	for ; i < len(doc.Mentions) && doc.Mentions[i].Start == at; i++ {
		if doc.Mentions[i].Kind != newsgraph.Name {
			continue
		}
		if e, ok := entityOf[i]; ok {
			return e
		}
	}
	return -1
}

// retypeMisreadPlaces turns PERSON and ORG entities that are places into LOC
// entities: every mention is a bare name (no title, honorific, nominal or
// pronoun), a word from data/place_cues.txt comes right before one of them,
// and the gazetteer knows the name as a country, region or city of at least
// minMisreadPopulation people.
func (s *Stage) retypeMisreadPlaces(doc *newsgraph.Document) {
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if (e.Type != newsgraph.Person && e.Type != newsgraph.Org) || len(e.Roles) > 0 || len(e.Mentions) == 0 {
			continue
		}
		cued, bare := false, true
		for _, mi := range e.Mentions {
			if mi < 0 || mi >= len(doc.Mentions) {
				bare = false
				break
			}
			m := doc.Mentions[mi]
			if m.Kind != newsgraph.Name || len(m.Roles) > 0 || m.Text != e.Name {
				bare = false
				break
			}
			if s.g.placeCues[strings.ToLower(wordBefore(doc.Text, m.Start))] {
				cued = true
			}
		}
		if !cued || !bare || !s.g.isNotablePlace(e.Name) {
			continue
		}
		e.Type = newsgraph.Loc
		for _, mi := range e.Mentions {
			doc.Mentions[mi].Type = newsgraph.Loc
		}
	}
}

// minMisreadPopulation is how big a city must be for a misread name to be
// taken as the city.
const minMisreadPopulation = 100000

func (g *Gazetteer) isNotablePlace(name string) bool {
	if _, ok := g.Country(name); ok {
		return true
	}
	for _, c := range g.Lookup(name) {
		if c.Alternate {
			continue
		}
		if c.Feature == FeatureCountry || c.Feature == FeatureAdmin1 || c.Population >= minMisreadPopulation {
			return true
		}
	}
	return false
}

// wordBefore returns the word that ends right before byte offset at
// (skipping spaces), or "".
func wordBefore(text string, at int) string {
	if at > len(text) {
		return ""
	}
	end := at
	for end > 0 && (text[end-1] == ' ' || text[end-1] == '\t') {
		end--
	}
	start := end
	for start > 0 {
		c := text[start-1]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			start--
			continue
		}
		break
	}
	return text[start:end]
}
