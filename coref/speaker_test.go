package coref

import (
	"context"
	"strings"
	"testing"
	"time"

	"newsgraph"
	"newsgraph/actor"
	nerpkg "newsgraph/ner"
	"newsgraph/text"
)

// runTagged is run with the part-of-speech tagger (subjects and noun
// phrases need tags).
func runTagged(t *testing.T, txt string, n ner) *newsgraph.Document {
	t.Helper()
	pos, err := nerpkg.LoadPOS()
	if err != nil {
		t.Skipf("no POS model: %v", err)
	}
	doc := &newsgraph.Document{Text: txt, Published: time.Date(2016, 2, 10, 0, 0, 0, 0, time.UTC)}
	ctx := context.Background()
	if err := text.New().Process(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if err := nerpkg.NewPOSStage(pos).Process(ctx, doc); err != nil {
		t.Fatal(err)
	}
	n.Apply(doc)
	if err := actor.NewStage(kb).Process(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if err := NewStage(kb).Process(ctx, doc); err != nil {
		t.Fatal(err)
	}
	checkEntities(t, doc)
	return doc
}

// speakerEntity returns the name of the entity of the n-th (0-based) mention
// whose text is s, or "" when it has none.
func speakerEntity(t *testing.T, doc *newsgraph.Document, s string, n int) string {
	t.Helper()
	for _, m := range doc.Mentions {
		if m.Text != s {
			continue
		}
		if n > 0 {
			n--
			continue
		}
		if m.Entity < 0 {
			return ""
		}
		return doc.Entities[m.Entity].Name
	}
	t.Fatalf("no mention %q", s)
	return ""
}

func TestSpeakerCoref(t *testing.T) {
	tests := []struct {
		name, text string
		ner        ner
		mention    string
		nth        int
		want       string
		notWant    string
	}{
		{
			name: "titled full name after a modifier is the subject",
			text: "Bernie Sanders won in New Hampshire. In a memo released as polls closed Tuesday, Clinton campaign manager Robby Mook " +
				"acknowledged the former secretary and Sanders had split the first two contests, which is an outcome, he said, that was expected.",
			ner:     ner{"Bernie Sanders": newsgraph.Person, "Clinton": newsgraph.Person, "Robby Mook": newsgraph.Person, "Sanders": newsgraph.Person, "New Hampshire": newsgraph.Loc},
			mention: "he", want: "Robby Mook",
		},
		{
			name: "a name before a parenthetical she said is in the reported words",
			text: "Hillary Clinton spoke in Cincinnati with Elizabeth Warren. It was a potent punch, as Mrs. Clinton echoed the criticism, " +
				"saying Mr. Trump was not in it for the people and Ms. Warren, she said, exposes him.",
			ner:     ner{"Hillary Clinton": newsgraph.Person, "Elizabeth Warren": newsgraph.Person, "Clinton": newsgraph.Person, "Warren": newsgraph.Person, "Trump": newsgraph.Person, "Cincinnati": newsgraph.Loc},
			mention: "she", want: "Hillary Clinton",
		},
		{
			name:    "he never refers to a plural group name",
			text:    "Sami Ahmed came from Iraq. \"All Muslims are seen as terrorists,\" Ahmed said. \"It hurts,\" he said.",
			ner:     ner{"Sami Ahmed": newsgraph.Person, "Muslims": newsgraph.Person, "Ahmed": newsgraph.Person, "Iraq": newsgraph.Loc},
			mention: "he", want: "Sami Ahmed",
		},
		{
			name:    "group words are no person's name",
			text:    "Lionel Sosa is a media consultant. He is an influential Hispanic Republican who said he would not vote for Mr. Cruz.",
			ner:     ner{"Lionel Sosa": newsgraph.Person, "Hispanic Republican": newsgraph.Person, "Cruz": newsgraph.Person},
			mention: "he", nth: 0, notWant: "Hispanic Republican",
		},
		{
			name:    "a misspelt full name is the same person",
			text:    "Hillary Clinton spoke. Later Hilary Clinton met Elizabeth Warren in Ohio.",
			ner:     ner{"Hillary Clinton": newsgraph.Person, "Hilary Clinton": newsgraph.Person, "Elizabeth Warren": newsgraph.Person, "Ohio": newsgraph.Loc},
			mention: "Hilary Clinton", want: "Hillary Clinton",
		},
		{
			name:    "a given name the tagger left out gives the gender: him is not Hillary Clinton",
			text:    "Donald Trump spoke in Ohio on Monday.\n\nAfter Hillary Clinton accused him of sexism, he warned, \"She will regret it.\"",
			ner:     ner{"Donald Trump": newsgraph.Person, "Clinton": newsgraph.Person, "Ohio": newsgraph.Loc},
			mention: "him", want: "Donald Trump",
		},
		{
			name:    "a given name the tagger left out gives the gender: he is not Hillary Clinton",
			text:    "Donald Trump spoke in Ohio on Monday.\n\nAfter Hillary Clinton accused him of sexism, he warned, \"She will regret it.\"",
			ner:     ner{"Donald Trump": newsgraph.Person, "Clinton": newsgraph.Person, "Ohio": newsgraph.Loc},
			mention: "he", want: "Donald Trump",
		},
		{
			name:    "a given name the tagger left out names the entity",
			text:    "Donald Trump spoke in Ohio on Monday.\n\nAfter Hillary Clinton accused him of sexism, he warned, \"She will regret it.\"",
			ner:     ner{"Donald Trump": newsgraph.Person, "Clinton": newsgraph.Person, "Ohio": newsgraph.Loc},
			mention: "Hillary Clinton", want: "Hillary Clinton",
		},
		{
			name:    "a given name the tagger left out keeps Hillary and Bill Clinton apart",
			text:    "Bill Clinton campaigned in Iowa. Later Hillary Clinton said he had helped.",
			ner:     ner{"Bill Clinton": newsgraph.Person, "Clinton": newsgraph.Person, "Iowa": newsgraph.Loc},
			mention: "Hillary Clinton", want: "Hillary Clinton",
		},
		{
			name:    "a given name the tagger left out of an organisation makes a person",
			text:    "Jeb Bush endorsed Cruz on Wednesday. He said the senator would win.",
			ner:     ner{"Bush": newsgraph.Org, "Cruz": newsgraph.Person},
			mention: "He", want: "Jeb Bush",
		},
		{
			name:    "the object of a verb is not its subject",
			text:    "Donald Trump spoke in Ohio on Monday.\n\nAfter Clinton accused him of sexism, he warned, \"She will regret it.\"",
			ner:     ner{"Donald Trump": newsgraph.Person, "Clinton": newsgraph.Person, "Ohio": newsgraph.Loc},
			mention: "him", notWant: "Clinton",
		},
		{
			name:    "a month is no given name",
			text:    "In April Smith said he would run.",
			ner:     ner{"Smith": newsgraph.Person},
			mention: "Smith", want: "Smith",
		},
		{
			name:    "a bare surname the tagger missed",
			text:    "Bernie Sanders lost Pennsylvania. Sanders himself acknowledged it will be hard to win if he continues to lose.",
			ner:     ner{"Bernie Sanders": newsgraph.Person, "Pennsylvania": newsgraph.Loc},
			mention: "Sanders", want: "Bernie Sanders",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := runTagged(t, tc.text, tc.ner)
			got := speakerEntity(t, doc, tc.mention, tc.nth)
			if tc.want != "" && got != tc.want {
				t.Errorf("%q → %q, want %q", tc.mention, got, tc.want)
			}
			if tc.notWant != "" && strings.EqualFold(got, tc.notWant) {
				t.Errorf("%q → %q", tc.mention, got)
			}
		})
	}
}
