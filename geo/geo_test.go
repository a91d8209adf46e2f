package geo

import (
	"math"
	"testing"
	"time"
)

func gaz(tb testing.TB) *Gazetteer {
	tb.Helper()
	g, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

func TestLoadTime(t *testing.T) {
	best := time.Duration(math.MaxInt64)
	var g *Gazetteer
	for range 3 {
		t0 := time.Now()
		var err error
		g, err = parse()
		if err != nil {
			t.Fatal(err)
		}
		best = min(best, time.Since(t0))
	}
	t.Logf("parse: %v (best of 3), %d entries, %d keys", best, g.Len(), len(g.keys))
	if best > 200*time.Millisecond {
		t.Errorf("parsing the gazetteer took %v, want < 200ms", best)
	}
	if len(g.countries) < 240 || g.Len() < 30000 {
		t.Errorf("%d countries, %d entries: data truncated?", len(g.countries), g.Len())
	}
	if g2 := gaz(t); g2 != gaz(t) {
		t.Error("Load returned different gazetteers")
	}
}

func TestLookupFolding(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct {
		name, want, country string
	}{
		{"zurich", "Zürich", "CHE"},
		{"ZÜRICH", "Zürich", "CHE"},
		{"Sao Paulo", "São Paulo", "BRA"},
		{"são-paulo", "São Paulo", "BRA"},
		{"Kiev", "Kyiv", "UKR"},
		{"Bombay", "Mumbai", "IND"},
		{"the United States", "United States", "USA"},
		{"U.S.", "United States", "USA"},
		{"Côte d'Ivoire", "Ivory Coast", "CIV"},
	} {
		got := g.Lookup(tc.name)
		found := false
		for _, c := range got {
			if c.Name == tc.want && c.Country == tc.country {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q): %d candidates, none is %s (%s)", tc.name, len(got), tc.want, tc.country)
		}
	}
	if got := g.Lookup("Xyzzyville"); got != nil {
		t.Errorf("Lookup(nonsense) = %v", got)
	}
	// Alternate-only matches are marked; the primary name is not.
	for _, c := range g.Lookup("Kiev") {
		if c.Name == "Kyiv" && !c.Alternate {
			t.Error("Kiev → Kyiv should be an alternate match")
		}
	}
	for _, c := range g.Lookup("Kyiv") {
		if c.Name == "Kyiv" && c.Alternate {
			t.Error("Kyiv → Kyiv should be a primary match")
		}
	}
}

func TestCountry(t *testing.T) {
	g := gaz(t)
	for in, want := range map[string]string{
		"GE": "GEO", "geo": "GEO", "Georgia": "GEO", "the United States": "USA", "USA": "USA",
		"U.K.": "GBR", "Britain": "GBR", "Türkiye": "TUR", "Saudi Arabia": "SAU", "Malaysia": "MYS",
		"Ukraine": "UKR", "Russia": "RUS", "Burma": "MMR", "DRC": "COD",
	} {
		c, ok := g.Country(in)
		if !ok || c.Alpha3 != want {
			t.Errorf("Country(%q) = %q, %v; want %s", in, c.Alpha3, ok, want)
		}
	}
	if _, ok := g.Country("Atlantis"); ok {
		t.Error("Country(Atlantis) found")
	}
	us, _ := g.Country("USA")
	if us.Alpha2 != "US" || us.Capital != "Washington" || us.CapitalID != 4140963 {
		t.Errorf("USA = %+v", us)
	}
	for in, want := range map[string]string{"Malaysian": "MYS", "Russian": "RUS", "Saudi": "SAU",
		"Americans": "USA", "Ukrainian": "UKR", "British": "GBR", "Dutch": "NLD"} {
		c, ok := g.Demonym(in)
		if !ok || c.Alpha3 != want {
			t.Errorf("Demonym(%q) = %q, %v; want %s", in, c.Alpha3, ok, want)
		}
	}
}

func TestEvidence(t *testing.T) {
	g := gaz(t)
	got := map[string]int{}
	g.Evidence("The Malaysian minister met Saudi officials and U.S. envoys in Saudi Arabia; Russia's view. Georgia and us.", got)
	want := map[string]int{"MYS": 1, "SAU": 2, "USA": 1, "RUS": 1}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("evidence[%s] = %d, want %d (all: %v)", k, got[k], v, got)
		}
	}
	if got["GEO"] != 0 {
		t.Errorf("ambiguous Georgia counted as country evidence: %v", got)
	}
}

// near reports whether (lat, lon) is within tol degrees of the expectation.
func near(c Candidate, lat, lon, tol float64) bool {
	return math.Abs(c.Lat-lat) <= tol && math.Abs(c.Lon-lon) <= tol
}

func TestResolveAmbiguous(t *testing.T) {
	g := gaz(t)
	atlanta, _, _ := g.ResolveQualified("Atlanta", "Georgia", Context{})
	seattle, _ := g.Resolve("Seattle", Context{})
	texas, _ := g.Resolve("Texas", Context{})
	type want struct {
		feature, country string
		lat, lon         float64
	}
	for _, tc := range []struct {
		name string
		desc string
		ctx  Context
		want want
	}{
		{"Georgia", "no context: the country", Context{}, want{"country", "GEO", 42, 43.5}},
		{"Georgia", "US evidence alone", Context{Countries: map[string]int{"USA": 3}}, want{"country", "GEO", 42, 43.5}},
		{"Georgia", "Atlanta in the text", Context{Places: []Candidate{atlanta}}, want{"admin1", "USA", 32.9, -83.4}},
		{"Georgia", "a Georgia division named", Context{Admin1: map[string]int{"USA.GA": 1}}, want{"admin1", "USA", 32.9, -83.4}},
		{"Georgia", "other US states named", Context{Places: []Candidate{texas}}, want{"admin1", "USA", 32.9, -83.4}},
		{"Georgia", "Georgian evidence wins over US states", Context{Places: []Candidate{texas}, Countries: map[string]int{"GEO": 1}}, want{"country", "GEO", 42, 43.5}},
		{"Georgia", "qualified by the US", Context{Within: "USA"}, want{"admin1", "USA", 32.9, -83.4}},

		{"Paris", "no context", Context{}, want{"city", "FRA", 48.85, 2.35}},
		{"Paris", "US evidence alone keeps the world city", Context{Countries: map[string]int{"USA": 4}}, want{"city", "FRA", 48.85, 2.35}},
		{"Paris", "Texas in the text", Context{Places: []Candidate{texas}}, want{"city", "USA", 33.66, -95.56}},
		{"Paris", "Texas qualifier", Context{WithinAdmin1: "USA.TX"}, want{"city", "USA", 33.66, -95.56}},
		{"Paris", "French evidence", Context{Countries: map[string]int{"FRA": 1}}, want{"city", "FRA", 48.85, 2.35}},

		{"Washington", "no context: the capital", Context{}, want{"city", "USA", 38.9, -77.04}},
		{"Washington", "US evidence", Context{Countries: map[string]int{"USA": 2}}, want{"city", "USA", 38.9, -77.04}},
		{"Washington", "\"Washington state\"", Context{PreferAdmin1: true}, want{"admin1", "USA", 47.3, -121.5}},
		{"Washington", "Seattle in the text", Context{Places: []Candidate{seattle}}, want{"admin1", "USA", 47.3, -121.5}},
		{"Washington", "British evidence", Context{Countries: map[string]int{"GBR": 2}}, want{"city", "GBR", 54.9, -1.52}},

		{"Victoria", "no context: the Australian state", Context{}, want{"admin1", "AUS", -36.5, 145.5}},
		{"Victoria", "Australian evidence", Context{Countries: map[string]int{"AUS": 1}}, want{"admin1", "AUS", -36.5, 145.5}},
		{"Victoria", "Canadian evidence: British Columbia's capital", Context{Countries: map[string]int{"CAN": 2}}, want{"city", "CAN", 48.43, -123.37}},
		{"Victoria", "Seychelles evidence", Context{Countries: map[string]int{"SYC": 1}}, want{"city", "SYC", -4.62, 55.45}},

		{"Santiago", "no context: Chile's capital", Context{}, want{"city", "CHL", -33.46, -70.65}},
		{"Geneva", "a canton named after its seat is the city", Context{}, want{"city", "CHE", 46.20, 6.15}},
		{"Santiago", "Spanish evidence alone keeps the capital", Context{Countries: map[string]int{"ESP": 2}}, want{"city", "CHL", -33.46, -70.65}},
		{"Santiago", "\"Santiago, Spain\"", Context{Within: "ESP"}, want{"city", "ESP", 42.88, -8.54}},
		{"Santiago", "\"Santiago, Dominican Republic\"", Context{Within: "DOM"}, want{"city", "DOM", 19.45, -70.7}},

		{"Kuala Lumpur", "", Context{}, want{"city", "MYS", 3.14, 101.69}},
		{"Riyadh", "", Context{}, want{"city", "SAU", 24.69, 46.72}},
		{"Moscow", "", Context{}, want{"city", "RUS", 55.75, 37.62}},
		{"Moscow", "US evidence keeps the Russian capital", Context{Countries: map[string]int{"USA": 4}}, want{"city", "RUS", 55.75, 37.62}},
		{"Ukraine", "", Context{}, want{"country", "UKR", 49, 32}},
		{"Malaysia", "", Context{}, want{"country", "MYS", 2.5, 112.5}},
		{"Saudi Arabia", "", Context{}, want{"country", "SAU", 25, 45}},
		{"New York", "the city, not the state", Context{}, want{"city", "USA", 40.71, -74.01}},
		{"Kiev", "former spelling", Context{}, want{"city", "UKR", 50.45, 30.52}},
	} {
		c, ok := g.Resolve(tc.name, tc.ctx)
		if !ok {
			t.Errorf("Resolve(%q) [%s]: not found", tc.name, tc.desc)
			continue
		}
		if c.Feature != tc.want.feature || c.Country != tc.want.country || !near(c, tc.want.lat, tc.want.lon, 1) {
			t.Errorf("Resolve(%q) [%s] = %s %s %s (%.2f, %.2f); want %s %s (%.2f, %.2f)", tc.name, tc.desc,
				c.Name, c.Feature, c.Country, c.Lat, c.Lon, tc.want.feature, tc.want.country, tc.want.lat, tc.want.lon)
		}
	}
	if _, ok := g.Resolve("Riyadh", Context{Within: "FRA"}); ok {
		t.Error("Resolve(Riyadh, Within FRA) found something")
	}
}

func TestResolveQualified(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct {
		name, qual        string
		country, qFeature string
		lat, lon          float64
		qCountry, qAdmin1 string
	}{
		{"Riyadh", "Saudi Arabia", "SAU", "country", 24.69, 46.72, "SAU", ""},
		{"Atlanta", "Georgia", "USA", "admin1", 33.75, -84.39, "USA", "GA"},
		{"Paris", "Texas", "USA", "admin1", 33.66, -95.56, "USA", "TX"},
		{"Paris", "France", "FRA", "country", 48.85, 2.35, "FRA", ""},
		{"Victoria", "British Columbia", "CAN", "admin1", 48.43, -123.37, "CAN", "02"},
		{"Santiago", "Chile", "CHL", "country", -33.46, -70.65, "CHL", ""},
	} {
		p, q, ok := g.ResolveQualified(tc.name, tc.qual, Context{})
		if !ok || p.Country != tc.country || !near(p, tc.lat, tc.lon, 0.5) || q.Feature != tc.qFeature ||
			q.Country != tc.qCountry || q.Admin1 != tc.qAdmin1 {
			t.Errorf("ResolveQualified(%q, %q) = %+v, %+v, %v", tc.name, tc.qual, p, q, ok)
		}
	}
	if _, _, ok := g.ResolveQualified("Riyadh", "Texas", Context{}); ok {
		t.Error("Riyadh, Texas resolved")
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	g := gaz(b)
	texas, _ := g.Resolve("Texas", Context{})
	ctx := Context{Countries: map[string]int{"USA": 2, "FRA": 1}, Places: []Candidate{texas}}
	names := []string{"Georgia", "Paris", "Washington", "Victoria", "Santiago", "Kuala Lumpur", "Riyadh", "Moscow", "Ukraine", "Springfield"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		g.Resolve(names[i%len(names)], ctx)
		i++
	}
}
