package fold

import (
	"reflect"
	"testing"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Sant Julià de Lòria": "sant julia de loria",
		"SANT-JULIA DE LORIA": "sant julia de loria",
		"U.S.":                "us",
		"the United States":   "united states",
		"The Hague":           "hague",
		"Côte d’Ivoire":       "cote divoire",
		"Cote d'Ivoire":       "cote divoire",
		"  Kuala   Lumpur ":   "kuala lumpur",
		"Washington, D.C.":    "washington dc",
		"Straße":              "strasse",
		"Łódź":                "lodz",
		"İstanbul":            "istanbul",
		"Hyderābād":           "hyderabad",
		"Ḩalab":               "halab",
		"Москва":              "москва",
		"kuala lumpur":        "kuala lumpur",
		"":                    "",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeys(t *testing.T) {
	keys, alt := Keys([]string{"New York City", "New York City"}, []string{"New York", "NYC", "Nueva York", "new-york"})
	wantKeys := []string{"new york city", "new york", "nyc", "nueva york"}
	wantAlt := []bool{false, false, true, true}
	if !reflect.DeepEqual(keys, wantKeys) || !reflect.DeepEqual(alt, wantAlt) {
		t.Errorf("Keys = %q %v, want %q %v", keys, alt, wantKeys, wantAlt)
	}
}

func BenchmarkFold(b *testing.B) {
	for b.Loop() {
		Fold("Sant Julià de Lòria")
	}
}
