package main

import (
	"slices"
	"strings"
	"testing"

	"newsgraph"
)

// TestSeedAcceptance checks the facts the spine issue asks of the mission's
// example article, fact by fact, so that a regression names what broke
// (the golden test only says that something changed).
func TestSeedAcceptance(t *testing.T) {
	r := records(t, extractSeed(t))[0]
	byName := map[string]newsgraph.RecEntity{}
	for _, e := range r.Entities {
		byName[e.Name] = e
	}
	mentions := func(e newsgraph.RecEntity) []string {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		return ms
	}
	people := []struct{ name, country, title, code string }{
		{"Marco Rubio", "USA", "Secretary of State", "USAGOV"},
		{"Sergey Lavrov", "RUS", "Foreign Minister", "RUSGOV"},
		{"Donald Trump", "USA", "President", "USAGOV"},
		{"Anwar Ibrahim", "MYS", "Prime Minister", "MYSGOV"},
		{"Mohamad Hasan", "MYS", "", ""},
	}
	for _, p := range people {
		e, ok := byName[p.name]
		if !ok {
			t.Errorf("no entity %q", p.name)
			continue
		}
		if e.Type != "PERSON" || e.Country != p.country || p.code != "" && e.Code != p.code {
			t.Errorf("%s: type %s country %s code %s", p.name, e.Type, e.Country, e.Code)
		}
		if p.title != "" && !slices.ContainsFunc(e.Roles, func(r newsgraph.Role) bool { return r.Title == p.title }) {
			t.Errorf("%s: roles %+v lack %q", p.name, e.Roles, p.title)
		}
	}
	for _, o := range []string{"Asean", "Pentagon", "Russian Foreign Ministry"} {
		if e, ok := byName[o]; !ok || e.Type != "ORG" {
			t.Errorf("organisation %q: %+v", o, e)
		}
	}
	places := map[string]newsgraph.RecPlace{}
	for _, p := range r.Places {
		places[p.Name] = p
	}
	for _, p := range []struct {
		name     string
		lat, lon float64
	}{{"Kuala Lumpur", 3.1, 101.7}, {"Riyadh", 24.7, 46.7}, {"Moscow", 55.8, 37.6}, {"Ukraine", 49, 32}, {"Malaysia", 2.5, 112.5}, {"Saudi Arabia", 25, 45}} {
		got, ok := places[p.name]
		if !ok || abs(got.Lat-p.lat) > 3 || abs(got.Lon-p.lon) > 5 {
			t.Errorf("place %s: %+v", p.name, got)
		}
	}
	rubio := mentions(byName["Marco Rubio"])
	for _, m := range []string{"Mr Rubio", "He", "The secretary of state"} {
		if !slices.Contains(rubio, m) {
			t.Errorf("Rubio's mentions %q lack %q", rubio, m)
		}
	}
	// "He" right before “I wouldn’t characterise…”
	he := strings.Index(r.Text, "He said: “I wouldn’t")
	heCP := len([]rune(r.Text[:he]))
	if !slices.ContainsFunc(byName["Marco Rubio"].Mentions, func(m newsgraph.RecMention) bool { return m.Start == heCP }) {
		t.Errorf("the He of “I wouldn’t characterise…” is not Rubio's")
	}
	if ms := mentions(byName["Mohamad Hasan"]); !slices.Contains(ms, "his Malaysian counterpart") {
		t.Errorf("Mohamad Hasan's mentions %q lack his Malaysian counterpart", ms)
	}
	var direct []string
	reported := map[string]bool{}
	for _, q := range r.Quotes {
		name := ""
		if q.Speaker != nil {
			name = q.Speaker.Name
		}
		if q.Direct {
			direct = append(direct, name)
		} else {
			reported[name] = true
		}
	}
	if want := []string{"Marco Rubio", "Marco Rubio", "Marco Rubio", "Marco Rubio", "Russian Foreign Ministry"}; !slices.Equal(direct, want) {
		t.Errorf("direct quote speakers %q, want %q", direct, want)
	}
	for _, s := range []string{"Marco Rubio", "Anwar Ibrahim", "Donald Trump", "Russian Foreign Ministry"} {
		if !reported[s] {
			t.Errorf("no reported speech by %s", s)
		}
	}
	times := map[string]string{}
	for _, tm := range r.Times {
		times[strings.ToLower(tm.Text)] = tm.Value
	}
	for text, v := range map[string]string{"today": "2025-07-10", "february": "2025-02", "2004": "2004", "earlier this week": "2025-W28", "august 1": "2025-08-01", "may": "2025-05", "50-minute": "PT50M"} {
		if times[text] != v {
			t.Errorf("time %q = %q, want %q", text, times[text], v)
		}
	}
	placeName := map[string]string{}
	for _, p := range r.Places {
		placeName[p.ID] = p.Name
	}
	type ev struct{ root, src, tgt, date, place, modality string }
	var evs []ev
	for _, e := range r.Events {
		x := ev{root: e.Root, date: e.Date, modality: e.Modality}
		if e.Source != nil {
			x.src = e.Source.Name
		}
		if e.Target != nil {
			x.tgt = e.Target.Name
		}
		if e.Place != nil {
			x.place = placeName[*e.Place]
		}
		evs = append(evs, x)
		if e.Root == "16" && strings.Contains(strings.ToLower(e.Text), "tariff") {
			t.Errorf("a tariff threat coded as a sanction: %+v", e)
		}
	}
	want := []struct {
		name string
		ok   func(ev) bool
	}{
		{"Rubio–Lavrov meeting in Kuala Lumpur", func(e ev) bool {
			return e.root == "04" && e.src == "Marco Rubio" && e.tgt == "Sergey Lavrov" && e.date == "2025-07-10" && e.place == "Kuala Lumpur"
		}},
		{"their first meeting, in Riyadh, February", func(e ev) bool {
			return e.root == "04" && e.date == "2025-02" && e.place == "Riyadh"
		}},
		{"US weapons shipments to Ukraine", func(e ev) bool { return e.root == "07" && e.tgt == "Ukraine" }},
		{"Trump's tariff threat", func(e ev) bool { return e.root == "13" && e.src == "Donald Trump" && e.modality == "threatened" }},
		{"Rubio meets Anwar", func(e ev) bool { return e.root == "04" && e.src == "Marco Rubio" && e.tgt == "Anwar Ibrahim" }},
		{"Anwar urges Asean", func(e ev) bool { return e.root == "02" && e.src == "Anwar Ibrahim" && e.tgt == "Asean" }},
		{"Lavrov meets Mohamad Hasan", func(e ev) bool {
			return e.root == "04" && (e.src == "Sergey Lavrov" && e.tgt == "Mohamad Hasan" || e.src == "Mohamad Hasan" && e.tgt == "Sergey Lavrov")
		}},
	}
	for _, w := range want {
		if !slices.ContainsFunc(evs, w.ok) {
			t.Errorf("missing event: %s; have %+v", w.name, evs)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
