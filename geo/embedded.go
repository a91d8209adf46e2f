package geo

import (
	"sort"
	"strings"

	"newsgraph"
)

// extra is a place mention found outside the LOC entities: a place named
// inside an organisation's name ("Laurel County Sheriff's Office", "City of
// Athens", "Fremont-based"), an entity the tagger typed ORG, PERSON or MISC
// whose every mention is a place name, or a state qualifier ("Athens, Ga.").
type extra struct {
	span   newsgraph.Span
	cand   Candidate
	entity int // entity made a place by this, -1 when the mention is embedded
}

// adminSuffixes end the names of counties and townships: a person's name
// never does ("Henry County").
var adminSuffixes = []string{" County", " Parish", " Township", " Borough", " Twp."}

// findExtras returns the place mentions outside the resolved LOC entities.
// resolved are the LOC entities' places; taken are the spans they cover.
func (s *Stage) findExtras(doc *newsgraph.Document, locs []*locEntity, base map[string]int, homeState string) []extra {
	var resolved []Candidate
	home := map[string]int{} // admin1 keys of the resolved places, by mentions
	var taken []newsgraph.Span
	for _, l := range locs {
		if l.final == nil {
			continue
		}
		for range max(1, len(l.spans)) {
			resolved = append(resolved, *l.final)
		}
		if k := l.final.Admin1Key(); k != "" {
			home[k] += max(1, len(l.spans))
		}
		taken = append(taken, l.spans...)
	}
	ctx := Context{Countries: base, Places: resolved, Home: homeState}
	countryEv := map[string]int{}
	for k, v := range base {
		countryEv[k] += v
	}
	for _, c := range resolved {
		countryEv[c.Country]++
	}
	isTaken := func(sp newsgraph.Span) bool {
		for _, t := range taken {
			if t.Overlaps(sp) {
				return true
			}
		}
		return false
	}
	var out []extra
	add := func(sp newsgraph.Span, c Candidate, entity int) {
		if isTaken(sp) {
			return
		}
		taken = append(taken, sp)
		out = append(out, extra{span: sp, cand: c, entity: entity})
	}

	// accept resolves name as a place the article can mean: a country, a
	// first- or second-level division, a city of 15,000 or more, or a
	// smaller town in a state the article's other places are in.
	var acceptIn func(name string, person, inside bool) (Candidate, bool)
	accept := func(name string, person bool) (Candidate, bool) {
		return acceptIn(name, person, false)
	}
	// inside another name ("Liberal Democrats", "Geneva Motor Show") a
	// town must be in the article's state
	acceptInside := func(name string, person bool) (Candidate, bool) {
		return acceptIn(name, person, true)
	}
	acceptIn = func(name string, person, inside bool) (Candidate, bool) {
		if len(name) < 3 || s.g.notAlone[strings.ToLower(name)] {
			return Candidate{}, false
		}
		c, ok := s.g.Resolve(name, ctx)
		if !ok || c.Alternate {
			if k, dok := s.g.Demonym(name); dok && !person {
				return s.g.entries[s.g.countryEn[k.Alpha3]], true
			}
			return Candidate{}, false
		}
		switch c.Feature {
		case FeatureCountry:
			return c, countryEv[c.Country] > 0 || s.g.unambiguousCountry(foldKey(name))
		case FeatureCont, FeatureRegion:
			return c, true
		case FeatureAdmin1, FeatureAdmin2:
			// "Georgia Power" in an article with nothing else American
			// is not a place in Georgia, the country or the state.
			return c, countryEv[c.Country] > 0
		}
		if home[c.Admin1Key()] > 0 || c.Admin1Key() == homeState || c.Population >= smallTown && !person && !inside && countryEv[c.Country] > 0 {
			return c, true
		}
		return Candidate{}, false
	}

	for ei := range doc.Entities {
		e := &doc.Entities[ei]
		if e.Place >= 0 || e.Type == newsgraph.Loc && len(e.Roles) > 0 {
			continue
		}
		person := e.Type == newsgraph.Person
		// Every NAME mention a place name: the entity is the place.
		var exact []extra
		allExact, cued := true, false
		for _, mi := range e.Mentions {
			if mi < 0 || mi >= len(doc.Mentions) {
				allExact = false
				break
			}
			m := doc.Mentions[mi]
			if m.Kind != newsgraph.Name {
				if m.Kind == newsgraph.Pronoun && person {
					allExact = false // "he": a person after all
					break
				}
				continue
			}
			if len(m.Roles) > 0 || m.Start < 0 || m.End > len(doc.Text) || m.Start >= m.End {
				allExact = false
				break
			}
			name := strings.TrimSuffix(strings.TrimSuffix(doc.Text[m.Start:m.End], "'s"), "’s")
			c, ok := accept(name, person)
			if !ok {
				allExact = false
				break
			}
			if s.g.placeCues[strings.ToLower(wordBefore(doc.Text, m.Start))] || hasAdminSuffix(name) {
				cued = true
			}
			exact = append(exact, extra{span: newsgraph.Span{Start: m.Start, End: m.Start + len(name)}, cand: c, entity: ei})
		}
		// A "person" named only ever by one bare word or a town's name,
		// never introduced by a full name, that is a town or county of the
		// article's home state is that place: "Greer", "Rock Hill". (A real
		// person is introduced with a full name, and coreference makes that
		// the entity's name.)
		homeTown := false
		if person && allExact && len(exact) > 0 {
			c := exact[0].cand
			homeTown = (c.Feature == FeatureCity || c.Feature == FeatureAdmin2) &&
				(c.Admin1Key() == homeState || home[c.Admin1Key()] >= 2)
		}
		if allExact && len(exact) > 0 && e.Type != newsgraph.Loc && (!person || cued || homeTown) {
			for _, x := range exact {
				add(x.span, x.cand, ei)
			}
			continue
		}
		if person {
			continue
		}
		// A place inside the name: "Laurel County Sheriff's Office",
		// "Gainesville Police Department", "City of Athens",
		// "Fremont-based".
		for _, mi := range e.Mentions {
			if mi < 0 || mi >= len(doc.Mentions) {
				continue
			}
			m := doc.Mentions[mi]
			if m.Kind != newsgraph.Name || m.Start < 0 || m.End > len(doc.Text) || m.Start >= m.End {
				continue
			}
			if sp, c, ok := s.embedded(doc.Text, m.Span, acceptInside, accept); ok {
				add(sp, c, -1)
			}
		}
	}

	// Demonyms the tagger left out: "Israeli troops", "Sri Lankan
	// officials" are country-level mentions, as MISC demonyms are.
	words := wordSpans(doc.Text)
	for i := 0; i < len(words); i++ {
		w := doc.Text[words[i][0]:words[i][1]]
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		for n := min(2, len(words)-i); n >= 1; n-- {
			if n == 2 && doc.Text[words[i][1]:words[i+1][0]] != " " {
				continue
			}
			sp := newsgraph.Span{Start: words[i][0], End: words[i+n-1][1]}
			k, ok := s.g.Demonym(doc.Text[sp.Start:sp.End])
			if !ok {
				continue
			}
			if !inMention(doc, sp) {
				add(sp, s.g.entries[s.g.countryEn[k.Alpha3]], -1)
			}
			i += n - 1
			break
		}
	}

	// State qualifiers after a place: "Athens, Ga.", "Dayton, Ohio".
	for _, sp := range append([]newsgraph.Span(nil), taken...) {
		if sp.End >= len(doc.Text) {
			continue
		}
		rest := doc.Text[sp.End:]
		trimmed := strings.TrimLeft(rest, " ")
		if !strings.HasPrefix(trimmed, ",") {
			continue
		}
		at := sp.End + (len(rest) - len(strings.TrimLeft(strings.TrimPrefix(trimmed, ","), " ")))
		q := s.g.qualifierAt(doc.Text[at:])
		if q == "" {
			continue
		}
		if c, ok := s.g.Resolve(q, ctx); ok && c.Feature != FeatureCity {
			add(newsgraph.Span{Start: at, End: at + len(q)}, c, -1)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].span.Start < out[j].span.Start })
	return out
}

// inMention reports whether sp overlaps a mention: a demonym inside a
// name was judged with the name, and one inside a nominal ("the Malaysian
// capital") is evidence for the place the nominal names, not a place.
func inMention(doc *newsgraph.Document, sp newsgraph.Span) bool {
	for _, m := range doc.Mentions {
		if m.Start >= sp.End {
			break
		}
		if m.Overlaps(sp) {
			return true
		}
	}
	return false
}

func hasAdminSuffix(name string) bool {
	for _, s := range adminSuffixes {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

// embedded finds a place named inside the mention at sp: its longest
// leading run of capitalised words followed by more of the name, or the
// words after "of". accept judges a place inside a name, acceptAlone one
// followed by a word of data/local_words.txt.
func (s *Stage) embedded(text string, sp newsgraph.Span, accept, acceptAlone func(string, bool) (Candidate, bool)) (newsgraph.Span, Candidate, bool) {
	name := text[sp.Start:sp.End]
	words := wordSpans(name)
	if len(words) == 0 {
		return newsgraph.Span{}, Candidate{}, false
	}
	if len(words) == 1 || words[len(words)-1][1] == len(name) && !strings.Contains(name, " ") && !strings.Contains(name, "-") {
		// one mention of the entity that is a place name alone: "Kentucky"
		// among the mentions of "the Kentucky Derby"
		if c, ok := acceptAlone(name, false); ok && words[0][0] == 0 && words[0][1] == len(name) {
			return sp, c, true
		}
		return newsgraph.Span{}, Candidate{}, false
	}
	capital := func(i int) bool {
		b := name[words[i][0]]
		return b >= 'A' && b <= 'Z' || b >= 0xC0
	}
	// Leading words: "Laurel County" of "Laurel County Sheriff's Office".
	n := 0
	for n < len(words) && n < 4 && capital(n) {
		n++
	}
	for k := min(n, len(words)-1); k >= 1; k-- {
		// only spaces or a hyphen between the words taken
		ok := true
		for i := 1; i < k; i++ {
			if gap := name[words[i-1][1]:words[i][0]]; gap != " " && gap != "-" && gap != ". " {
				ok = false
			}
		}
		if !ok {
			continue
		}
		end := words[k-1][1]
		acc := accept
		if k < len(words) && s.g.local[strings.ToLower(name[words[k][0]:words[k][1]])] {
			acc = acceptAlone // "Gainesville Police Department"
		}
		if c, ok := acc(name[:end], false); ok && words[0][0] == 0 {
			return newsgraph.Span{Start: sp.Start, End: sp.Start + end}, c, true
		}
	}
	// After a leading word that is no place alone: "North Georgia",
	// "Greater Cincinnati".
	if k := len(words); k >= 2 && s.g.notAlone[strings.ToLower(name[:words[0][1]])] && name[words[0][1]:words[1][0]] == " " {
		from := words[1][0]
		if c, ok := accept(name[from:], false); ok {
			return newsgraph.Span{Start: sp.Start + from, End: sp.End}, c, true
		}
	}
	// After "of": "City of Athens", "University of Georgia".
	for i := 1; i+1 < len(words); i++ {
		if name[words[i][0]:words[i][1]] != "of" {
			continue
		}
		from := words[i+1][0]
		rest := name[from:]
		if c, ok := accept(rest, false); ok {
			return newsgraph.Span{Start: sp.Start + from, End: sp.End}, c, true
		}
		break
	}
	return newsgraph.Span{}, Candidate{}, false
}
