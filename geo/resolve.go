package geo

import (
	"math"
	"strings"

	"newsgraph/geo/internal/fold"
)

func foldKey(s string) string { return fold.Fold(s) }

// Context is the evidence an article gives for resolving an ambiguous name.
type Context struct {
	// Countries counts evidence per alpha-3 code: country names, demonyms
	// ("Malaysian"), countries other stages put on mentions and entities.
	Countries map[string]int
	// Admin1 counts evidence per first-level division key ("USA.TX"): places
	// in the division, or the division itself, mentioned elsewhere.
	Admin1 map[string]int
	// Places are other places the article mentions, already resolved. Each
	// adds one to its country and, below country level, to its division.
	Places []Candidate
	// Within restricts the answer to one country (alpha-3), and WithinAdmin1
	// to one division ("USA.TX"): a qualifier was read next to the name, as
	// in "Riyadh, Saudi Arabia" or "Paris, Texas".
	Within       string
	WithinAdmin1 string
	// PreferAdmin1 says the text calls the place a state or province
	// ("Washington state").
	PreferAdmin1 bool
	// Home is the division ("USA.GA") most of the article's place names
	// can lie in, "" when none stands out: it admits the small towns in it
	// and favours its towns and counties a little, less than a division the
	// text names.
	Home string
}

// evidence is Context with Places folded in.
type evidence struct {
	countries map[string]int
	admin1    map[string]int
	adminFeat map[string]int // per country: admin1 features among Places
}

func (ctx *Context) evidence() evidence {
	ev := evidence{countries: ctx.Countries, admin1: ctx.Admin1}
	if len(ctx.Places) == 0 {
		return ev
	}
	ev.countries = make(map[string]int, len(ctx.Countries)+len(ctx.Places))
	for k, v := range ctx.Countries {
		ev.countries[k] = v
	}
	ev.admin1 = make(map[string]int, len(ctx.Admin1)+len(ctx.Places))
	for k, v := range ctx.Admin1 {
		ev.admin1[k] = v
	}
	ev.adminFeat = map[string]int{}
	for _, p := range ctx.Places {
		ev.countries[p.Country]++
		if k := p.Admin1Key(); k != "" {
			ev.admin1[k]++
		}
		if p.Feature == FeatureAdmin1 {
			ev.adminFeat[p.Country]++
		}
	}
	return ev
}

// Scoring weights. A country outranks every lower feature unless the
// article's evidence points below country level; among the rest, a candidate
// scores 10·log10(population), plus prominence, plus context.
const (
	tierWeight      = 1000 // a country, or a lower place the context singles out
	capitalBonus    = 15   // national capital (PPLC)
	seatBonus       = 5    // admin1 seat (PPLA)
	prominentBonus  = 25   // capital of ≥ 1M or any city of ≥ 5M: "Paris" is in France
	admin1Penalty   = 5    // "New York" is the city before the state
	alternatePen    = 15   // matched only through an alternate name
	countryEvidence = 30   // + 5 per piece of evidence, up to 4
	admin1Evidence  = 50
	minAlternatePop = 100_000 // see resolve
)

// Resolve picks the entry name most likely means in an article with the
// given context, and reports whether name is in the gazetteer at all (and,
// under a Within restriction, inside it).
//
// The rules, strongest first:
//   - a Within/WithinAdmin1 restriction filters the candidates;
//   - a country wins over a division or city of the same name ("Georgia"),
//     unless the country itself has no evidence and the article points to the
//     other's division (a place in it: "Atlanta") or names other divisions of
//     its country ("Texas", "Florida"), or PreferAdmin1 is set;
//   - otherwise the highest score: population (log scale), capitals and
//     world cities first, boosted by country evidence and more by evidence
//     for the candidate's division. Country evidence alone does not move a
//     world city ("Paris" stays in France in an American article); division
//     evidence or a qualifier does ("Paris, Texas").
func (g *Gazetteer) Resolve(name string, ctx Context) (Candidate, bool) {
	c, _, ok := g.resolve(g.Lookup(name), &ctx)
	return c, ok
}

func (g *Gazetteer) resolve(cands []Candidate, ctx *Context) (Candidate, float64, bool) {
	if ctx.Within != "" || ctx.WithinAdmin1 != "" {
		kept := cands[:0:0]
		for _, c := range cands {
			if ctx.Within != "" && c.Country != ctx.Within {
				continue
			}
			if ctx.WithinAdmin1 != "" && (c.Feature == FeatureCountry || c.Admin1Key() != ctx.WithinAdmin1) {
				continue
			}
			kept = append(kept, c)
		}
		cands = kept
	}
	if len(cands) == 0 {
		return Candidate{}, 0, false
	}
	ev := ctx.evidence()
	// A small town's alternate name ("Berea", "Rogersville") is more often
	// another place the gazetteer lacks than that town: keep alternates of
	// cities below 100,000 only with evidence for their country.
	kept := cands[:0:0]
	for _, c := range cands {
		if c.Alternate && c.Feature == FeatureCity && c.Population < minAlternatePop &&
			ev.countries[c.Country] == 0 && ctx.Within == "" {
			continue
		}
		// A small town (the gazetteer holds them for local news) needs its
		// state in the article: "Scotland" is not Scotland, South Dakota,
		// in a story that names no place in South Dakota.
		if c.Feature == FeatureCity && c.Population < smallTown && c.FeatureCode != "PPLC" && c.FeatureCode != "PPLA" &&
			ev.admin1[c.Admin1Key()] == 0 && c.Admin1Key() != ctx.Home && ctx.WithinAdmin1 == "" {
			continue
		}
		kept = append(kept, c)
	}
	if cands = kept; len(cands) == 0 {
		return Candidate{}, 0, false
	}
	// A region named after its own seat ("Geneva", "São Paulo", "Quebec")
	// is, in news, nearly always the city: drop the region when its seat of
	// the same name is a candidate, unless the text says "state".
	if !ctx.PreferAdmin1 {
		seats := map[string]bool{}
		for _, c := range cands {
			if c.Feature == FeatureCity && c.FeatureCode == "PPLA" {
				seats[c.Admin1Key()] = true
			}
		}
		if len(seats) > 0 {
			kept := cands[:0:0]
			for _, c := range cands {
				if c.Feature == FeatureAdmin1 && seats[c.Admin1Key()] {
					continue
				}
				if c.Feature == FeatureCity && c.FeatureCode == "PPLA" {
					// the seat's English name is the region's ("Geneva" for
					// Genève): as prominent as its own name
					c.Alternate = false
				}
				kept = append(kept, c)
			}
			cands = kept
		}
	}
	// Is there a country candidate, and does it have evidence of its own?
	countryHere, countryBacked := false, false
	for _, c := range cands {
		if c.Feature == FeatureCountry && !c.Alternate {
			countryHere = true
			if ev.countries[c.Country] > 0 {
				countryBacked = true
			}
		}
	}
	best, bestScore := -1, math.Inf(-1)
	for i, c := range cands {
		s := score(c, ev, ctx.PreferAdmin1, countryHere && !countryBacked)
		s += proximity(c, ctx.Places)
		if ctx.Home != "" && c.Admin1Key() == ctx.Home && (c.Feature == FeatureCity || c.Feature == FeatureAdmin2) {
			s += homeBonus
		}
		if s > bestScore || s == bestScore && tieBefore(c, cands[best]) {
			best, bestScore = i, s
		}
	}
	return cands[best], bestScore, true
}

func score(c Candidate, ev evidence, preferAdmin1, countryOpen bool) float64 {
	if c.Feature == FeatureCountry {
		s := float64(tierWeight) + 10*math.Log10(float64(c.Population)+1)
		if c.Alternate {
			s -= tierWeight
		}
		return s
	}
	s := 10 * math.Log10(float64(c.Population)+1)
	switch {
	case c.Feature == FeatureAdmin1:
		s -= admin1Penalty
	case c.Alternate:
		// Another language's name or a former one: no prominence.
		s -= alternatePen
	case c.FeatureCode == "PPLC":
		s += capitalBonus
		if c.Population >= 1_000_000 {
			s += prominentBonus
		}
	case c.FeatureCode == "PPLA":
		s += seatBonus
	}
	if c.Feature == FeatureCity && !c.Alternate && c.Population >= 5_000_000 && c.FeatureCode != "PPLC" {
		s += prominentBonus
	}
	if n := ev.countries[c.Country]; n > 0 {
		s += countryEvidence + 5*float64(min(n, 4))
	}
	adminBacked := false
	if k := c.Admin1Key(); k != "" && ev.admin1[k] > 0 {
		// more for the article's home state: "Dublin" in an Ohio story
		s += admin1Evidence + 10*float64(min(ev.admin1[k]-1, 3))
		adminBacked = true
	}
	if preferAdmin1 && c.Feature == FeatureAdmin1 {
		s += tierWeight
	} else if countryOpen && !c.Alternate && (adminBacked || ev.adminFeat[c.Country] > 0) {
		// "Atlanta, ... Georgia": the state, not the country.
		s += tierWeight
	}
	return s
}

// Local places lie near each other: a town or county near another place
// the article names (below country level) is likelier than a namesake
// far away.
const (
	homeBonus = 20
	nearKm    = 40
	nearBonus = 30
	areaKm    = 120
	areaBonus = 15
)

func proximity(c Candidate, places []Candidate) float64 {
	if c.Feature != FeatureCity && c.Feature != FeatureAdmin2 || len(places) == 0 {
		return 0
	}
	best := math.Inf(1)
	k := c.key()
	for _, p := range places {
		if p.Feature != FeatureCity && p.Feature != FeatureAdmin2 || p.key() == k {
			continue
		}
		if math.Abs(p.Lat-c.Lat) > 2 {
			continue
		}
		best = min(best, haversineKm(c.Lat, c.Lon, p.Lat, p.Lon))
	}
	switch {
	case best <= nearKm:
		return nearBonus
	case best <= areaKm:
		return areaBonus
	}
	return 0
}

func tieBefore(a, b Candidate) bool {
	if a.Population != b.Population {
		return a.Population > b.Population
	}
	return a.key() < b.key()
}

// ResolveQualified resolves "name, qualifier" as in "Riyadh, Saudi Arabia" or
// "Atlanta, Georgia": the qualifier must be a country or admin1 division that
// contains one of name's candidates. It returns the place, the qualifier's
// entry and true, or false when no reading fits.
func (g *Gazetteer) ResolveQualified(name, qualifier string, ctx Context) (place, qual Candidate, ok bool) {
	cands := g.Lookup(name)
	if len(cands) == 0 {
		return Candidate{}, Candidate{}, false
	}
	bestScore := math.Inf(-1)
	for _, q := range g.Lookup(qualifier) {
		if q.Feature == FeatureCity || q.Alternate {
			continue
		}
		c := ctx
		c.Within, c.WithinAdmin1 = q.Country, ""
		if q.Feature == FeatureAdmin1 {
			c.WithinAdmin1 = q.Admin1Key()
		}
		p, s, found := g.resolve(cands, &c)
		if !found || p.key() == q.key() {
			continue
		}
		if s > bestScore {
			place, qual, ok, bestScore = p, q, true, s
		}
	}
	return place, qual, ok
}

// Evidence scans text for demonyms and country names ("Malaysian", "Saudi
// Arabia") and adds one per occurrence to counts, keyed by alpha-3. Only
// capitalised words count.
func (g *Gazetteer) Evidence(text string, counts map[string]int) {
	words := wordSpans(text)
	for i := 0; i < len(words); i++ {
		w := text[words[i][0]:words[i][1]]
		if w == "" || !isUpperASCII(w[0]) && w[0] < 0x80 {
			continue
		}
		// Longest match first, up to the longest name in words.
		longest := min(g.maxWords, len(words)-i)
		if !g.starts[foldKey(w)] {
			longest = 1
		}
		for n := longest; n >= 1; n-- {
			k := foldWords(text, words[i:i+n])
			if j, ok := g.demonyms[k]; ok {
				counts[g.countries[j].Alpha3]++
				i += n - 1
				break
			}
			if j, ok := g.byName[k]; ok && n > 1 || ok && g.unambiguousCountry(k) {
				counts[g.countries[j].Alpha3]++
				i += n - 1
				break
			}
		}
	}
}

// unambiguousCountry reports whether a one-word country name names nothing
// else in the gazetteer ("Georgia" also names a US state, so it does not).
// Villages and counties do not count: "Russia, Ohio" (pop. 656) does not
// make "Russia" ambiguous.
func (g *Gazetteer) unambiguousCountry(key string) bool {
	for _, v := range g.ids(key) {
		e := &g.entries[v>>1]
		if e.Feature == FeatureAdmin1 || e.Feature == FeatureCity && e.Population >= smallTown {
			return false
		}
	}
	return true
}

// smallTown is the population under which a town is a local place: the
// gazetteer holds such towns only in English-speaking countries.
const smallTown = 15000

func isUpperASCII(b byte) bool { return 'A' <= b && b <= 'Z' }

// wordSpans splits text into runs of letters, digits, '.' inside
// abbreviations and apostrophes; hyphens split words.
func wordSpans(text string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range text {
		word := r == '.' && start >= 0 || r == '\'' && start >= 0 || isLetterOrDigit(r)
		if word {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	// A trailing period ends a sentence unless the word is an abbreviation
	// ("U.S."): keep periods only when the word has another one inside.
	for i, w := range out {
		s := text[w[0]:w[1]]
		if strings.HasSuffix(s, ".") && strings.Count(s, ".") == 1 {
			out[i][1]--
		}
		if strings.HasSuffix(text[out[i][0]:out[i][1]], "'s") {
			out[i][1] -= 2
		}
	}
	return out
}

func isLetterOrDigit(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r >= 0xC0 && r != 0xD7 && r != 0xF7 && !(r >= 0x2000 && r <= 0x206F)
}

func foldWords(text string, words [][2]int) string {
	if len(words) == 1 {
		return foldKey(text[words[0][0]:words[0][1]])
	}
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text[w[0]:w[1]])
	}
	return foldKey(b.String())
}

// qualifierAt returns the longest run of up to four capitalised words at the
// start of text that names a country or an admin1 division ("Saudi Arabia",
// "Tenn."), or "".
func (g *Gazetteer) qualifierAt(text string) string {
	if len(text) > 64 {
		text = text[:64]
	}
	words := wordSpans(text)
	if len(words) == 0 || words[0][0] != 0 {
		return ""
	}
	n := 0
	for n < len(words) && n < 4 && text[words[n][0]] >= 'A' && text[words[n][0]] <= 'Z' {
		if n > 0 && strings.TrimSpace(text[words[n-1][1]:words[n][0]]) != "" {
			break // only spaces between the words
		}
		n++
	}
	for ; n > 0; n-- {
		name := text[:words[n-1][1]]
		if strings.HasPrefix(text[words[n-1][1]:], ".") && !strings.HasSuffix(name, ".") {
			name = text[:words[n-1][1]+1] // "Tenn." lost its period as a sentence end
		}
		for _, c := range g.Lookup(name) {
			if !c.Alternate && c.Feature != FeatureCity {
				return name
			}
		}
	}
	return ""
}
