package event

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph"
)

const seedPath = "../../shared/seed/article.txt"

// seedDoc builds the mission's example article with hand-made entities,
// times and places, standing in for the actor, coref, timex and geo stages.
func seedDoc(t testing.TB) *newsgraph.Document {
	raw, err := os.ReadFile(filepath.FromSlash(seedPath))
	if err != nil {
		t.Skipf("seed article not found at %s (%v): skipping", seedPath, err)
	}
	b := newBuilder(t, string(raw), "2025-07-10")
	kl := b.place("Kuala Lumpur", "MYS", "city", "Kuala Lumpur")
	riyadh := b.place("Riyadh", "SAU", "city", "Riyadh")
	b.place("Saudi Arabia", "SAU", "country", "Saudi Arabia")
	ukr := b.place("Ukraine", "UKR", "country", "peace in Ukraine|Ukraine", "weapons to Ukraine|Ukraine")
	rus := b.place("Russia", "RUS", "country", "and Russia have|Russia", "from Russia.|Russia", "visit to Russia|Russia")
	mos := b.place("Moscow", "RUS", "city", "Moscow")
	_ = kl
	_ = riyadh
	b.entity("Marco Rubio", newsgraph.Person, "USA", "USAGOV",
		"US Secretary of State Marco Rubio", "He spoke|He", "Mr Rubio told|Mr Rubio", "that he thought|he",
		"He said:|He", "Mr Rubio added|Mr Rubio", "he said of|he", "his 50-minute|his", "since Mr Rubio took|Mr Rubio",
		"between Mr Rubio,|Mr Rubio", "Mr Rubio’s presence|Mr Rubio", "The secretary of state has|The secretary of state",
		"Today, Mr Rubio met|Mr Rubio")
	b.entity("Sergey Lavrov", newsgraph.Person, "RUS", "RUSGOV",
		"Russian Foreign Minister Sergey Lavrov", "with Mr Lavrov|Mr Lavrov", "his Russian counterpart",
		"Mr Lavrov and|Mr Lavrov")
	b.entity("United States", newsgraph.Loc, "USA", "USA", "THE United States|United States", "the US resumed|the US",
		"with the US.|the US")
	r := b.entity("Russia", newsgraph.Loc, "RUS", "RUS", "and Russia have|Russia", "from Russia.|Russia", "visit to Russia|Russia")
	u := b.entity("Ukraine", newsgraph.Loc, "UKR", "UKR", "peace in Ukraine|Ukraine", "weapons to Ukraine|Ukraine")
	b.entity("Asean", newsgraph.Org, "", "ASN", "(Asean)|Asean", "the Asean summit|Asean", "of Asean’s|Asean",
		"the bloc", "and Asean,|Asean")
	b.entity("Donald Trump", newsgraph.Person, "USA", "USAGOV", "US President Donald Trump", "Mr Trump notified|Mr Trump")
	b.entity("Anwar Ibrahim", newsgraph.Person, "MYS", "MYSGOV",
		"Malaysian Prime Minister Anwar Ibrahim, who|Malaysian Prime Minister Anwar Ibrahim", "who has warned|who",
		"Mr Anwar", "Malaysian Prime Minister Anwar Ibrahim’s|Malaysian Prime Minister Anwar Ibrahim")
	b.entity("Mohamad Hasan", newsgraph.Person, "MYS", "MYSGOV", "his Malaysian counterpart", "Mohamad Hasan")
	m := b.entity("Moscow", newsgraph.Loc, "RUS", "RUS", "between Moscow|Moscow")
	b.entity("Russian Foreign Ministry", newsgraph.Org, "RUS", "RUSGOV", "the Russian Foreign Ministry", "its statement|its")
	b.entity("several countries", newsgraph.Misc, "", "", "several countries", "that they would|they", "if they failed|they")
	b.entity("Pentagon", newsgraph.Org, "USA", "USAMIL", "a Pentagon review|Pentagon")
	b.doc.Entities[r].Place, b.doc.Entities[u].Place, b.doc.Entities[m].Place = rus, ukr, mos
	b.time("Rubio said today|today", "2025-07-10", newsgraph.Date)
	b.time("50-minute", "PT50M", newsgraph.Duration)
	b.time("since 2004|2004", "2004", newsgraph.Date)
	b.time("in February|February", "2025-02", newsgraph.Date)
	b.time("Today’s meeting|Today", "2025-07-10", newsgraph.Date)
	b.time("August 1", "2025-08-01", newsgraph.Date)
	b.time("earlier this week", "2025-W28", newsgraph.Date)
	b.time("Today, Mr|Today", "2025-07-10", newsgraph.Date)
	b.time("in May|May", "2025-05", newsgraph.Date)
	return b.finish()
}

func TestSeedArticle(t *testing.T) {
	doc := seedDoc(t)
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		t.Log(describe(doc, e))
	}
	name := func(a *newsgraph.Actor) string {
		if a == nil {
			return ""
		}
		return a.Name
	}
	pair := func(e newsgraph.Event, a, b string) bool {
		s, g := name(e.Source), name(e.Target)
		return (s == a && (b == "" || g == b)) || (s == b && g == a)
	}
	placeName := func(e newsgraph.Event) string {
		if e.Place < 0 {
			return ""
		}
		return doc.Places[e.Place].Name
	}
	want := []struct {
		what  string
		check func(e newsgraph.Event) bool
	}{
		{"Rubio–Lavrov meeting in Kuala Lumpur, 04x, 2025-07-10", func(e newsgraph.Event) bool {
			return e.Root() == "04" && pair(e, "Marco Rubio", "Sergey Lavrov") && e.Date == "2025-07-10" && placeName(e) == "Kuala Lumpur"
		}},
		{"first meeting in Riyadh dated 2025-02", func(e newsgraph.Event) bool {
			return e.Root() == "04" && pair(e, "Marco Rubio", "Sergey Lavrov") && e.Date == "2025-02" && placeName(e) == "Riyadh"
		}},
		{"US weapons shipments to Ukraine, 07x", func(e newsgraph.Event) bool {
			return e.Root() == "07" && name(e.Source) == "United States" && name(e.Target) == "Ukraine"
		}},
		{"Trump's tariff threat, 13x threatened", func(e newsgraph.Event) bool {
			return e.Root() == "13" && name(e.Source) == "Donald Trump" && e.Modality == newsgraph.Threatened
		}},
		{"Trump threatens countries with tariffs, 1312", func(e newsgraph.Event) bool {
			return e.Code == "1312" && name(e.Source) == "Donald Trump" && name(e.Target) == "several countries" && e.Date == "2025-W28"
		}},
		{"Rubio meets Anwar, 04x", func(e newsgraph.Event) bool {
			return e.Root() == "04" && name(e.Source) == "Marco Rubio" && name(e.Target) == "Anwar Ibrahim" && e.Date == "2025-07-10"
		}},
		{"Anwar urges Asean, 02x", func(e newsgraph.Event) bool {
			return e.Root() == "02" && name(e.Source) == "Anwar Ibrahim" && name(e.Target) == "Asean"
		}},
		{"Lavrov meets Mohamad Hasan, 04x", func(e newsgraph.Event) bool {
			return e.Root() == "04" && name(e.Source) == "Sergey Lavrov" && name(e.Target) == "Mohamad Hasan"
		}},
	}
	for _, w := range want {
		ok := false
		for _, e := range doc.Events {
			if w.check(e) {
				ok = true
				break
			}
		}
		if !ok {
			t.Errorf("missing: %s", w.what)
		}
	}
	for _, e := range doc.Events {
		if e.Root() == "01" {
			t.Errorf("statement event flood: %s", describe(doc, e))
		}
		if e.Root() == "16" && name(e.Source) == "Donald Trump" {
			t.Errorf("a tariff threat coded as sanctions: %s", describe(doc, e))
		}
		if e.Root() == "13" && e.Modality != newsgraph.Threatened {
			t.Errorf("13x event not threatened: %s", describe(doc, e))
		}
		for _, sp := range e.Evidence {
			if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start > sp.End {
				t.Errorf("evidence out of bounds: %v", sp)
			}
		}
		if strings.TrimSpace(e.Pattern) == "" {
			t.Errorf("event without pattern: %s", describe(doc, e))
		}
	}
	// Rubio–Lavrov on 2025-07-10 is told twice: merged into one event.
	n := 0
	for _, e := range doc.Events {
		if e.Root() == "04" && pair(e, "Marco Rubio", "Sergey Lavrov") && e.Date == "2025-07-10" {
			n++
			if len(e.Evidence) < 2 {
				t.Errorf("Rubio–Lavrov meeting not merged with its second mention: %s", describe(doc, e))
			}
		}
	}
	if n != 1 {
		t.Errorf("Rubio–Lavrov 2025-07-10 meeting coded %d times, want 1", n)
	}
}
