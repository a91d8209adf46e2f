// Package geo is newsgraph's gazetteer and geocoding stage.
//
// The gazetteer is embedded: countries (world-countries, ODbL 1.0), GeoNames
// first-level administrative divisions, GeoNames cities with at least 15,000
// inhabitants plus every capital and admin seat, the small towns of English-
// speaking countries (US ≥ 500, GB IE CA AU NZ ≥ 1,000) and US, British and
// Irish counties (GeoNames, CC BY 4.0). See data/README.md for attribution
// and how to regenerate the tables.
//
// Load parses the tables once; Lookup finds every entry a name can mean;
// Resolve picks one using the article's country, state and nearby-place
// evidence; NewStage geocodes a Document's LOC entities into
// Document.Places, and adds the places named inside other names ("Laurel
// County Sheriff's Office"), entities the tagger mistyped and state
// qualifiers ("Athens, Ga."). ScoreLGL and ScoreLGLPipeline measure it on
// the LGL corpus; README.md has the figures.
package geo

import (
	_ "embed" // the gazetteer tables
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"newsgraph/geo/internal/fold"
)

var (
	//go:embed data/countries.tsv
	countriesTSV string
	//go:embed data/admin1.tsv
	admin1TSV string
	//go:embed data/cities.tsv
	citiesTSV string
	//go:embed data/place_cues.txt
	placeCuesTSV string
	//go:embed data/not_alone.txt
	notAloneTXT string
	//go:embed data/local_words.txt
	localWordsTXT string
	//go:embed data/regions.tsv
	regionsTSV string
	//go:embed data/admin2.tsv
	admin2TSV string
	//go:embed data/index.tsv
	indexTSV string
)

// Feature kinds of a Candidate.
const (
	FeatureCountry = "country"
	FeatureAdmin1  = "admin1"
	FeatureCity    = "city"
	FeatureAdmin2  = "admin2" // a county, parish or borough
	FeatureRegion  = "region" // a region that is no division: "Middle East", "New England"
	FeatureCont    = "continent"
)

// Candidate is one gazetteer entry a name can refer to.
type Candidate struct {
	Name       string  // canonical name: "United States", "Texas", "Kyiv"
	Country    string  // ISO 3166-1 alpha-3
	Lat, Lon   float64 // degrees
	GeonamesID int     // 0 for countries and admin1 (the sources carry no id)
	Feature    string  // FeatureCountry, FeatureAdmin1 or FeatureCity
	Population int     // cities: GeoNames; admin1 and countries: sum over GeoNames places ≥ 500

	Admin1      string // GeoNames admin1 code of a city or admin1 ("TX", "ENG", "12"); "" for countries
	Admin2      string // GeoNames admin2 code of an admin2 ("113"); "" otherwise
	FeatureCode string // GeoNames feature code of a city ("PPLC", "PPLA" ...); "ADM1" or "PCLI" otherwise
	Alternate   bool   // matched only through an alternate name ("Bombay" for Mumbai)
}

// Admin1Key returns "USA.TX" for a city or admin1 in Texas, "" for a country.
func (c Candidate) Admin1Key() string {
	if c.Feature == FeatureCountry || c.Admin1 == "" {
		return ""
	}
	return c.Country + "." + c.Admin1
}

// key identifies the gazetteer entry (not the match).
func (c Candidate) key() string {
	switch c.Feature {
	case FeatureCountry:
		return "C:" + c.Country
	case FeatureRegion, FeatureCont:
		return "R:" + c.Name
	case FeatureAdmin1:
		return "A:" + c.Country + "." + c.Admin1
	case FeatureAdmin2:
		return "B:" + c.Country + "." + c.Admin1 + "." + c.Admin2
	}
	return "P:" + strconv.Itoa(c.GeonamesID)
}

// Country is one country of the gazetteer.
type Country struct {
	Alpha2, Alpha3 string
	Name           string   // common English name: "United States"
	Official       string   // "United States of America"
	Aliases        []string // other names and spellings: "USA", "America", "U.S."
	Demonyms       []string // "American"
	Lat, Lon       float64  // a representative point (world-countries)
	Capital        string   // "Washington"
	CapitalID      int      // GeoNames id of the capital, 0 when not in the data
	Population     int      // sum over GeoNames places ≥ 500
}

// Gazetteer is the parsed, read-only gazetteer. It is safe for concurrent use.
type Gazetteer struct {
	entries   []Candidate
	keys      []string // every folded name, sorted
	keyIDs    []uint32 // keyIDs[keyOff[i]:keyOff[i+1]] are key i's entries, each entry<<1 | alternate bit
	keyOff    []uint32
	countries []Country
	byCode    map[string]int      // "US", "USA" → countries index
	byName    map[string]int      // folded name or alias → countries index
	demonyms  map[string]int      // folded demonym (and plural) → countries index
	countryEn map[string]int      // alpha-3 → entries index of the country
	admin1En  map[string]int      // "USA.TX" → entries index
	maxWords  int                 // longest country name or demonym, in words
	starts    map[string]bool     // first words of multi-word country names and demonyms
	placeCues map[string]bool     // data/place_cues.txt
	notAlone  map[string]bool     // data/not_alone.txt
	local     map[string]bool     // data/local_words.txt
	regionIDs map[string][]uint32 // folded name → region entries (data/regions.tsv), as in keyIDs
}

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

// Load returns the embedded gazetteer, parsing it on the first call. Later
// calls return the same value.
func Load() (*Gazetteer, error) {
	loadOnce.Do(func() { loaded, loadErr = parse() })
	return loaded, loadErr
}

func parse() (*Gazetteer, error) {
	g := &Gazetteer{
		byCode:    map[string]int{},
		byName:    map[string]int{},
		demonyms:  map[string]int{},
		countryEn: map[string]int{},
		admin1En:  map[string]int{},
		starts:    map[string]bool{},
		placeCues: map[string]bool{},
		notAlone:  map[string]bool{},
		local:     map[string]bool{},
	}
	for _, t := range []struct {
		text string
		m    map[string]bool
	}{{placeCuesTSV, g.placeCues}, {notAloneTXT, g.notAlone}, {localWordsTXT, g.local}} {
		for _, line := range strings.Split(t.text, "\n") {
			if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
				t.m[strings.ToLower(w)] = true
			}
		}
	}
	g.entries = make([]Candidate, 0, lines(countriesTSV)+lines(admin1TSV)+lines(citiesTSV)+lines(admin2TSV))
	g.keys = make([]string, 0, lines(indexTSV))
	g.keyOff = make([]uint32, 0, lines(indexTSV)+1)
	g.keyIDs = make([]uint32, 0, lines(indexTSV)*5/4)
	for _, t := range []struct {
		name, text string
		cols       int
		row        func([]string) error
	}{
		{"countries.tsv", countriesTSV, 11, g.addCountry},
		{"admin1.tsv", admin1TSV, 7, g.addAdmin1},
		{"cities.tsv", citiesTSV, 10, g.addCity},
		{"admin2.tsv", admin2TSV, 7, g.addAdmin2},
		{"index.tsv", indexTSV, 2, g.addKey},
	} {
		if err := readTSV(t.name, t.text, t.cols, t.row); err != nil {
			return nil, err
		}
	}
	g.keyOff = append(g.keyOff, uint32(len(g.keyIDs)))
	if err := g.addRegions(); err != nil {
		return nil, err
	}
	return g, nil
}

// addRegions reads data/regions.tsv: name aliases a3 lat lon feature, after
// comment lines and a header.
func (g *Gazetteer) addRegions() error {
	g.regionIDs = map[string][]uint32{}
	header := true
	for n, line := range strings.Split(regionsTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return fmt.Errorf("geo: regions.tsv:%d: %d columns, want 6", n+1, len(f))
		}
		lat, lon, err := parseLatLon(f[3], f[4])
		if err != nil {
			return fmt.Errorf("geo: regions.tsv:%d: %w", n+1, err)
		}
		a3 := f[2]
		if a3 == "-" {
			a3 = ""
		}
		id := uint32(len(g.entries))
		g.entries = append(g.entries, Candidate{Name: f[0], Country: a3, Lat: lat, Lon: lon, Feature: f[5], FeatureCode: "RGN"})
		for _, name := range append([]string{f[0]}, splitList(f[1])...) {
			k := fold.Fold(name)
			g.regionIDs[k] = append(g.regionIDs[k], id<<1)
		}
	}
	return nil
}

func lines(text string) int { return strings.Count(text, "\n") }

// readTSV calls row for every line after the header of a TSV file. The
// fields are substrings of the embedded data and cost no allocation.
func readTSV(name, text string, cols int, row func([]string) error) error {
	if text == "" {
		return fmt.Errorf("geo: %s: empty", name)
	}
	f := make([]string, 0, cols)
	for line := 1; text != ""; line++ {
		l := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			l, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if line == 1 || l == "" {
			continue
		}
		f = splitTab(f[:0], l)
		if len(f) != cols {
			return fmt.Errorf("geo: %s:%d: %d columns, want %d", name, line, len(f), cols)
		}
		if err := row(f); err != nil {
			return fmt.Errorf("geo: %s:%d: %w", name, line, err)
		}
	}
	return nil
}

func splitTab(dst []string, s string) []string {
	for {
		i := strings.IndexByte(s, '\t')
		if i < 0 {
			return append(dst, s)
		}
		dst = append(dst, s[:i])
		s = s[i+1:]
	}
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func parseLatLon(lat, lon string) (float64, float64, error) {
	a, err := strconv.ParseFloat(lat, 64)
	if err != nil {
		return 0, 0, err
	}
	b, err := strconv.ParseFloat(lon, 64)
	return a, b, err
}

// addKey reads one index line: a folded name and its entries.
func (g *Gazetteer) addKey(f []string) error {
	if n := len(g.keys); n > 0 && g.keys[n-1] >= f[0] {
		return fmt.Errorf("index not sorted at %q", f[0])
	}
	g.keys = append(g.keys, f[0])
	g.keyOff = append(g.keyOff, uint32(len(g.keyIDs)))
	for ids := f[1]; ids != ""; {
		v := ids
		if i := strings.IndexByte(ids, ','); i >= 0 {
			v, ids = ids[:i], ids[i+1:]
		} else {
			ids = ""
		}
		n, err := strconv.ParseUint(v, 10, 32)
		if err != nil {
			return err
		}
		if int(n>>1) >= len(g.entries) {
			return fmt.Errorf("entry %d out of range", n>>1)
		}
		g.keyIDs = append(g.keyIDs, uint32(n))
	}
	return nil
}

// countries: a2 a3 name official aliases demonyms lat lon capital_id capital population
func (g *Gazetteer) addCountry(f []string) error {
	lat, lon, err := parseLatLon(f[6], f[7])
	if err != nil {
		return err
	}
	capID, _ := strconv.Atoi(f[8])
	pop, _ := strconv.Atoi(f[10])
	k := Country{Alpha2: f[0], Alpha3: f[1], Name: f[2], Official: f[3], Aliases: splitList(f[4]),
		Demonyms: splitList(f[5]), Lat: lat, Lon: lon, CapitalID: capID, Capital: f[9], Population: pop}
	i := len(g.countries)
	g.countries = append(g.countries, k)
	g.byCode[k.Alpha2] = i
	g.byCode[k.Alpha3] = i
	names := append([]string{k.Name, k.Official}, k.Aliases...)
	for _, n := range names {
		key := fold.Fold(n)
		if _, dup := g.byName[key]; !dup {
			g.byName[key] = i
		}
		g.noteWords(key)
	}
	for _, d := range k.Demonyms {
		key := fold.Fold(d)
		g.demonyms[key] = i
		if strings.HasSuffix(key, "n") || strings.HasSuffix(key, "i") {
			g.demonyms[key+"s"] = i // "Russians", "Saudis"
		}
		g.noteWords(key)
	}
	g.countryEn[k.Alpha3] = len(g.entries)
	g.entries = append(g.entries, Candidate{Name: k.Name, Country: k.Alpha3, Lat: lat, Lon: lon,
		Feature: FeatureCountry, Population: pop, FeatureCode: "PCLI"})
	return nil
}

func (g *Gazetteer) noteWords(key string) {
	n := strings.Count(key, " ") + 1
	g.maxWords = max(g.maxWords, n)
	if n > 1 {
		first, _, _ := strings.Cut(key, " ")
		g.starts[first] = true
	}
}

// admin1: a3 code name aliases lat lon population
func (g *Gazetteer) addAdmin1(f []string) error {
	lat, lon, err := parseLatLon(f[4], f[5])
	if err != nil {
		return err
	}
	pop, _ := strconv.Atoi(f[6])
	c := Candidate{Name: f[2], Country: f[0], Lat: lat, Lon: lon, Feature: FeatureAdmin1,
		Population: pop, Admin1: f[1], FeatureCode: "ADM1"}
	g.admin1En[c.Admin1Key()] = len(g.entries)
	g.entries = append(g.entries, c)
	return nil
}

// admin2: a3 code name aliases lat lon population, code "admin1.admin2"
func (g *Gazetteer) addAdmin2(f []string) error {
	lat, lon, err := parseLatLon(f[4], f[5])
	if err != nil {
		return err
	}
	pop, _ := strconv.Atoi(f[6])
	a1, a2, ok := strings.Cut(f[1], ".")
	if !ok {
		return fmt.Errorf("admin2 code %q", f[1])
	}
	g.entries = append(g.entries, Candidate{Name: f[2], Country: f[0], Lat: lat, Lon: lon, Feature: FeatureAdmin2,
		Population: pop, Admin1: a1, Admin2: a2, FeatureCode: "ADM2"})
	return nil
}

// cities: id name ascii alternates a3 admin1 lat lon population feature_code
func (g *Gazetteer) addCity(f []string) error {
	id, err := strconv.Atoi(f[0])
	if err != nil {
		return err
	}
	lat, lon, err := parseLatLon(f[6], f[7])
	if err != nil {
		return err
	}
	pop, _ := strconv.Atoi(f[8])
	c := Candidate{Name: f[1], Country: f[4], Lat: lat, Lon: lon, GeonamesID: id, Feature: FeatureCity,
		Population: pop, Admin1: f[5], FeatureCode: f[9]}
	g.entries = append(g.entries, c) // alternates (f[3]) live in the index
	return nil
}

// Lookup returns every entry that name can mean: countries (by name, official
// name or alias), admin1 divisions and cities (by name, ASCII name or
// alternate name), compared case-insensitively with diacritics folded and a
// leading "the" ignored. Candidates matched only through an alternate name
// have Alternate set. The order is deterministic: countries, then admin1,
// then cities, each by population, largest first.
func (g *Gazetteer) Lookup(name string) []Candidate {
	ids := g.ids(fold.Fold(name))
	if len(ids) == 0 {
		return nil
	}
	out := make([]Candidate, len(ids))
	for i, v := range ids {
		out[i] = g.entries[v>>1]
		out[i].Alternate = v&1 == 1
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if ra, rb := featureRank(a.Feature), featureRank(b.Feature); ra != rb {
			return ra < rb
		}
		if a.Population != b.Population {
			return a.Population > b.Population
		}
		return a.key() < b.key()
	})
	return out
}

// ids returns the entries of a folded name.
func (g *Gazetteer) ids(key string) []uint32 {
	r := g.regionIDs[key]
	i := sort.SearchStrings(g.keys, key)
	if i == len(g.keys) || g.keys[i] != key {
		return r
	}
	ids := g.keyIDs[g.keyOff[i]:g.keyOff[i+1]]
	if len(r) > 0 {
		return append(append([]uint32(nil), ids...), r...)
	}
	return ids
}

func featureRank(f string) int {
	switch f {
	case FeatureCountry:
		return 0
	case FeatureCont, FeatureRegion, FeatureAdmin1:
		return 1
	case FeatureAdmin2:
		return 2
	}
	return 3
}

// Country finds a country by ISO alpha-2 or alpha-3 code ("GE", "geo"), by
// name, official name or alias ("Georgia", "the United States", "U.K."),
// case-insensitively with diacritics folded.
func (g *Gazetteer) Country(nameOrCode string) (Country, bool) {
	s := strings.TrimSpace(nameOrCode)
	if n := len(s); n == 2 || n == 3 {
		if i, ok := g.byCode[strings.ToUpper(s)]; ok {
			return g.countries[i], true
		}
	}
	if i, ok := g.byName[fold.Fold(s)]; ok {
		return g.countries[i], true
	}
	return Country{}, false
}

// Demonym finds the country a demonym or nationality adjective names:
// "Malaysian", "Russians", "Saudi" → MYS, RUS, SAU.
func (g *Gazetteer) Demonym(word string) (Country, bool) {
	if i, ok := g.demonyms[fold.Fold(word)]; ok {
		return g.countries[i], true
	}
	return Country{}, false
}

// Countries returns all countries, ordered by alpha-3 code.
func (g *Gazetteer) Countries() []Country {
	return append([]Country(nil), g.countries...)
}

// Admin1 returns the first-level division with key "USA.TX".
func (g *Gazetteer) Admin1(key string) (Candidate, bool) {
	i, ok := g.admin1En[key]
	if !ok {
		return Candidate{}, false
	}
	return g.entries[i], true
}

// Len returns the number of entries: countries, admin1 and cities.
func (g *Gazetteer) Len() int { return len(g.entries) }
