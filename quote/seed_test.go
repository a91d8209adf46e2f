package quote

import (
	"context"
	"os"
	"strings"
	"testing"

	"newsgraph"
)

const seedPath = "../../shared/seed/article.txt"

func seedDoc(t testing.TB) *newsgraph.Document {
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article %s not available (%v); skipping", seedPath, err)
	}
	return buildDoc(t, string(b),
		ent{"Marco Rubio", newsgraph.Person, []string{"US Secretary of State Marco Rubio", "He", "Mr Rubio", "he", "He#2", "He#3", "Mr Rubio#2", "he#2", "his", "Mr Rubio#3", "Mr Rubio#4", "Mr Rubio#5", "The secretary of state", "Mr Rubio#6"}},
		ent{"Russian Foreign Ministry", newsgraph.Org, []string{"the Russian Foreign Ministry", "its#2"}},
		ent{"Anwar Ibrahim", newsgraph.Person, []string{"Malaysian Prime Minister Anwar Ibrahim", "Mr Anwar"}},
		ent{"Donald Trump", newsgraph.Person, []string{"US President Donald Trump", "Mr Trump"}},
		ent{"Sergey Lavrov", newsgraph.Person, []string{"Russian Foreign Minister Sergey Lavrov", "Mr Lavrov", "Mr Lavrov#2"}},
	)
}

// findQuote returns the quote whose content starts with prefix.
func findQuote(doc *newsgraph.Document, direct bool, prefix string) *newsgraph.Quote {
	for i, q := range doc.Quotes {
		if q.Direct == direct && strings.HasPrefix(doc.Text[q.Start:q.End], prefix) {
			return &doc.Quotes[i]
		}
	}
	return nil
}

func TestSeedArticle(t *testing.T) {
	doc := seedDoc(t)
	if err := mustStage(t).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + dumpQuotes(doc))
	tests := []struct {
		direct  bool
		prefix  string // content starts with
		suffix  string // content ends with
		speaker string // entity name
		mention string // speaker mention text
		cue     string
	}{
		{true, "a new and a different approach", "approach", "Marco Rubio", "Mr Rubio", "told reporters"},
		{true, "I wouldn’t characterise", "the president.", "Marco Rubio", "He", "said"},
		{true, "We need to see a road map", "might look like", "Marco Rubio", "he", "said"},
		{true, "We’re going to continue", "make a difference.", "Marco Rubio", "", ""},
		{true, "The parties discussed", "international agenda", "Russian Foreign Ministry", "its", "according to"},
		{false, "THE United States and Russia", "peace in Ukraine", "Marco Rubio", "US Secretary of State Marco Rubio", "said"},
		{false, "he thought there was", "from Russia", "Marco Rubio", "Mr Rubio", "told reporters"},
		{false, "they would face tariffs", "with the US", "Donald Trump", "Mr Trump", "notified"},
		// the relative pronoun is the speaker's mention nearest the quote
		{false, "global trade is being weaponised", "weaker nations", "Anwar Ibrahim", "who", "warned"},
		{false, "Meanwhile, Mr Lavrov", "Moscow and Asean", "Russian Foreign Ministry", "the Russian Foreign Ministry", "said"},
	}
	for _, tc := range tests {
		q := findQuote(doc, tc.direct, tc.prefix)
		if q == nil {
			t.Errorf("no quote (direct=%v) starting %q", tc.direct, tc.prefix)
			continue
		}
		content := doc.Text[q.Start:q.End]
		if !strings.HasSuffix(content, tc.suffix) {
			t.Errorf("%q: content %q does not end with %q", tc.prefix, content, tc.suffix)
		}
		if q.Speaker == nil {
			t.Errorf("%q: no speaker", tc.prefix)
			continue
		}
		if q.Speaker.Name != tc.speaker || q.Speaker.Entity < 0 || doc.Entities[q.Speaker.Entity].Name != tc.speaker {
			t.Errorf("%q: speaker %q (entity %d), want %q", tc.prefix, q.Speaker.Name, q.Speaker.Entity, tc.speaker)
		}
		if m := doc.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]; tc.mention != "" && m != tc.mention {
			t.Errorf("%q: speaker mention %q, want %q", tc.prefix, m, tc.mention)
		}
		if tc.cue != "" && (q.Cue == nil || doc.Text[q.Cue.Start:q.Cue.End] != tc.cue) {
			t.Errorf("%q: cue %v, want %q", tc.prefix, q.Cue, tc.cue)
		}
	}
	if q := findQuote(doc, true, "We’re going to continue"); q != nil && q.Sieve != SieveConversation {
		t.Errorf("no-cue paragraph: sieve %q, want %q", q.Sieve, SieveConversation)
	}
	// exactly five direct quotes
	n := 0
	for _, q := range doc.Quotes {
		if q.Direct {
			n++
		}
	}
	if n != 5 {
		t.Errorf("%d direct quotes, want 5", n)
	}
	// no apostrophe opened a quote
	for _, q := range doc.Quotes {
		if q.Direct && strings.Contains(doc.Text[q.Start:q.End], "Asean’s 10") {
			t.Errorf("apostrophe read as a quotation mark: %q", doc.Text[q.Start:q.End])
		}
	}
	// "The secretary of state has …": "state" is a noun here
	for _, q := range doc.Quotes {
		if q.Cue != nil && doc.Text[q.Cue.Start:q.Cue.End] == "state" {
			t.Errorf("noun read as a reporting verb: %q", doc.Text[q.Start:q.End])
		}
	}
	// Anwar's urging is reported too
	if q := findQuote(doc, false, "the bloc to strengthen"); q == nil || q.Speaker == nil || q.Speaker.Name != "Anwar Ibrahim" {
		t.Errorf("Mr Anwar urged …: %+v", q)
	}
}
