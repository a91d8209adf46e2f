package quote

import (
	"context"
	"strings"
	"testing"

	"newsgraph"
)

func TestStageInterface(t *testing.T) {
	var s newsgraph.Stage = mustStage(t)
	if s.Name() != "quote" {
		t.Errorf("Name = %q", s.Name())
	}
	want := map[newsgraph.Layer]bool{newsgraph.LayerSentences: true, newsgraph.LayerTokens: true, newsgraph.LayerEntities: true}
	for _, l := range s.Requires() {
		delete(want, l)
	}
	if len(want) > 0 {
		t.Errorf("Requires misses %v", want)
	}
	if p := s.Provides(); len(p) != 1 || p[0] != newsgraph.LayerQuotes {
		t.Errorf("Provides = %v", p)
	}
}

// TestDirectSpans checks quotation-mark pairing alone (no mentions).
func TestDirectSpans(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // direct quote contents in order
	}{
		{"curly", "He said: “We will win.”", []string{"We will win."}},
		{"straight", `He said: "We will win." Then he left.`, []string{"We will win."}},
		{"guillemets", "Il a dit: « Nous gagnerons » hier.", []string{"Nous gagnerons"}},
		{"single top level", "Clinton health ‘in their heads’, says poll", []string{"in their heads"}},
		{"straight single", "He called it 'a disaster' on Monday.", []string{"a disaster"}},
		{"apostrophes", "Asean’s members don’t agree with Rubio’s plan, the countries’ leaders said.", nil},
		{"straight apostrophes", "Asean's members don't agree with Rubio's plan in the '90s.", nil},
		{"nested single", "“He told me ‘no way’ twice,” she said.", []string{"He told me ‘no way’ twice"}},
		{"partial", "He thought there was “a new and a different approach” from Russia.", []string{"a new and a different approach"}},
		{"split", "“We,” Mr X said, “will win.”", []string{"We", "will win."}},
		{"across sentences", "“One. Two. Three,” he said.", []string{"One. Two. Three"}},
		{"across paragraphs", "“First paragraph.\n“Second paragraph.”\nNarration.", []string{"First paragraph.\n“Second paragraph."}},
		{"unclosed capped at paragraph", "He said “this never ends.\nThe next paragraph is narration, “not a quote”.", []string{"this never ends.", "not a quote"}},
		{"stray closer", "This ends” and then “this is one” ok.", []string{"this is one"}},
		{"two openers", "“First “second” end.", []string{"First", "second"}},
		{"empty", "“” and \"\"", nil},
		{"single unclosed dropped", "The ‘so-called plan was bad.", nil},
		{"markup numbers", `<tweet tweet-id="744917430200340480" date="2016-06-28">`, nil},
	}
	s := mustStage(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := buildDoc(t, tc.in)
			if err := s.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, q := range doc.Quotes {
				if q.Direct {
					got = append(got, doc.Text[q.Start:q.End])
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestSpeakers checks speaker, cue and content on one-sentence stories.
func TestSpeakers(t *testing.T) {
	X := func(ms ...string) ent { return ent{"Xavier Smith", newsgraph.Person, ms} }
	tests := []struct {
		name    string
		in      string
		ents    []ent
		direct  bool
		content string
		speaker string // Name; "" for no speaker
		entity  bool   // speaker has an entity
		mention string
		cue     string
		sieve   string // prefix
	}{
		{"trailing pronoun", "Xavier Smith arrived. “We will win,” he said.", []ent{X("Xavier Smith", "he")}, true, "We will win", "Xavier Smith", true, "he", "said", SieveTrailing},
		{"trailing inverted", "“We will win,” said Mr Smith.", []ent{X("Mr Smith")}, true, "We will win", "Xavier Smith", true, "Mr Smith", "said", SieveTrailing},
		{"colon", "Mr Smith said: “We will win.”", []ent{X("Mr Smith")}, true, "We will win.", "Xavier Smith", true, "Mr Smith", "said", SieveLeading},
		{"added colon", "Mr Smith added: “We will win.”", []ent{X("Mr Smith")}, true, "We will win.", "Xavier Smith", true, "Mr Smith", "added", SieveLeading},
		{"told reporters", "Mr Smith told reporters: “We will win.”", []ent{X("Mr Smith")}, true, "We will win.", "Xavier Smith", true, "Mr Smith", "told reporters", SieveLeading},
		{"split second part", "“We,” Mr Smith said, “will win.”", []ent{X("Mr Smith")}, true, "will win.", "Xavier Smith", true, "Mr Smith", "said", SieveSplit},
		{"split first part", "“We,” Mr Smith said, “will win.”", []ent{X("Mr Smith")}, true, "We", "Xavier Smith", true, "Mr Smith", "said", SieveTrailing},
		{"appositive", "“It hurts,” Hugh Hill, a doctor, said.", []ent{{"Hugh Hill", newsgraph.Person, []string{"Hugh Hill"}}}, true, "It hurts", "Hugh Hill", true, "Hugh Hill", "said", SieveTrailing + "/" + SieveAppositive},
		{"nominal spokesperson", "“No comment,” a State Department spokesperson said.", []ent{{"State Department", newsgraph.Org, []string{"State Department"}}}, true, "No comment", "a State Department spokesperson", false, "a State Department spokesperson", "said", SieveTrailing + "/" + SieveNominal},
		{"ministry in a statement", "The ministry said in a statement that talks would resume.", []ent{{"Foreign Ministry", newsgraph.Org, []string{"The ministry"}}}, false, "talks would resume", "Foreign Ministry", true, "The ministry", "said in a statement", SieveReported},
		{"according to its", "The Foreign Ministry met envoys. “Talks went well,” according to its statement.", []ent{{"Foreign Ministry", newsgraph.Org, []string{"The Foreign Ministry", "its"}}}, true, "Talks went well", "Foreign Ministry", true, "its", "according to", SieveTrailing},
		{"according to its unresolved", "The Foreign Ministry met envoys. “Talks went well,” according to its statement.", []ent{{"Foreign Ministry", newsgraph.Org, []string{"The Foreign Ministry"}}, {"", newsgraph.Org, []string{"its"}}}, true, "Talks went well", "Foreign Ministry", true, "its", "according to", SieveTrailing},
		{"according to reported", "Talks will resume next week, according to the ministry.", []ent{{"Foreign Ministry", newsgraph.Org, []string{"the ministry"}}}, false, "Talks will resume next week", "Foreign Ministry", true, "the ministry", "according to", SieveReported + "/" + SieveAccordingTo},
		{"according to first", "According to the ministry, talks will resume next week.", []ent{{"Foreign Ministry", newsgraph.Org, []string{"the ministry"}}}, false, "talks will resume next week", "Foreign Ministry", true, "the ministry", "According to", SieveReported + "/" + SieveAccordingTo},
		{"said today", "The two countries exchanged new ideas, US Secretary of State Marco Rubio said today.", []ent{{"Marco Rubio", newsgraph.Person, []string{"US Secretary of State Marco Rubio"}}}, false, "The two countries exchanged new ideas", "Marco Rubio", true, "US Secretary of State Marco Rubio", "said", SieveReported + "/" + SieveSubject},
		// the mention is the bare name; its title stands between the comma and it
		{"said today, titled name", "The two countries exchanged new ideas, US Secretary of State Marco Rubio said today.", []ent{{"Marco Rubio", newsgraph.Person, []string{"Marco Rubio"}}}, false, "The two countries exchanged new ideas", "Marco Rubio", true, "Marco Rubio", "said", SieveReported + "/" + SieveSubject},
		{"notified that", "Mr Trump notified several countries earlier this week that they would face tariffs.", []ent{{"Donald Trump", newsgraph.Person, []string{"Mr Trump"}}}, false, "they would face tariffs", "Donald Trump", true, "Mr Trump", "notified", SieveReported},
		{"relative warned", "Mr Rubio met Anwar Ibrahim, who has warned that global trade is being weaponised.", []ent{{"Anwar Ibrahim", newsgraph.Person, []string{"Anwar Ibrahim"}}}, false, "global trade is being weaponised", "Anwar Ibrahim", true, "who", "warned", SieveReported + "/" + SieveRelative},
		{"restrictive relative", "Voters who say the economy matters most backed Clinton.", nil, false, "the economy matters most backed Clinton", "Voters", false, "Voters who", "say", SieveReported + "/" + SieveRelative + "+" + SieveNominal},
		{"verb chain", "Mr Smith declined to say whether he would run again.", []ent{X("Mr Smith")}, false, "whether he would run again", "Xavier Smith", true, "Mr Smith", "say", SieveReported + "/" + SieveSubject},
		{"possessive phrase", "O’Malley’s campaign says it will shift staff to the early states.", nil, false, "it will shift staff to the early states", "O’Malley’s campaign", false, "O’Malley’s campaign", "says", SieveReported + "/" + SieveNominal},
		{"quantity", "Nearly half said they prefer an outsider.", nil, false, "they prefer an outsider", "Nearly half", false, "Nearly half", "said", SieveReported + "/" + SieveNominal},
		{"dash name", "Voters spoke.\n\n“He is not fit to lead.” ― Carla Sanchez", nil, true, "He is not fit to lead.", "Carla Sanchez", false, "Carla Sanchez", "", SieveDashName},
		{"colon name", "Pollsters agree - Carl Bialik: “Keep on contacting voters.”", []ent{{"Carl Bialik", newsgraph.Person, []string{"Carl Bialik"}}}, true, "Keep on contacting voters.", "Carl Bialik", true, "Carl Bialik", "", SieveColonName},
		{"titled inverted name", "“We will win,” said Rep. Mr Smith.", []ent{X("Mr Smith")}, true, "We will win", "Xavier Smith", true, "Mr Smith", "said", SieveTrailing + "/" + SieveInverted},
		{"untagged name after quote", "“We will win,” Earnest said.", nil, true, "We will win", "Earnest", false, "Earnest", "said", SieveTrailing + "/" + SieveNominal},
		{"obj verb inverted after quote", "“We will win,” warned Mr Smith.", []ent{X("Mr Smith")}, true, "We will win", "Xavier Smith", true, "Mr Smith", "warned", SieveTrailing + "/" + SieveInverted},
		{"gerund after preposition", "Mr Smith erred in saying that the figure was right.", []ent{X("Mr Smith")}, false, "the figure was right", "Xavier Smith", true, "Mr Smith", "saying", SieveReported + "/" + SieveParticiple},
		{"passive agent", "Smith was asked by moderator Mr Smith: “Will you run?”", []ent{X("Mr Smith")}, true, "Will you run?", "Xavier Smith", true, "Mr Smith", "asked", SieveLeading + "/" + SievePassive},
		{"inverted single untagged name", "“We will win,” said Pence.", nil, true, "We will win", "Pence", false, "Pence", "said", SieveTrailing + "/" + SieveInverted + "+" + SieveNominal},
		{"determiner phrase after quote", "“Will you run?” the 43-year-old asked.", nil, true, "Will you run?", "the 43-year-old", false, "the 43-year-old", "asked", SieveTrailing + "/" + SieveNominal},
		{"expletive it is no speaker", "Mr Smith spoke. It is strange that he would reject “self-deportation” now.", []ent{X("Mr Smith", "he"), {"Newsmax", newsgraph.Org, []string{"It"}}}, true, "self-deportation", "Xavier Smith", true, "he", "", SieveSentenceSubject},
		{"aside after the name", "Mr Smith, a columnist for the Daily Post, wrote that talks failed.", []ent{X("Mr Smith"), {"Daily Post", newsgraph.Org, []string{"Daily Post"}}}, false, "talks failed", "Xavier Smith", true, "Mr Smith", "wrote", SieveReported + "/" + SieveAppositive},
		{"long appositive", "Mr Smith, who was not authorized to speak on the record about the talks, told reporters that talks failed.", []ent{X("Mr Smith")}, false, "talks failed", "Xavier Smith", true, "Mr Smith", "told reporters", SieveReported + "/" + SieveAppositive},
		{"said without that", "Mr Smith said he would run again next year.", []ent{X("Mr Smith")}, false, "he would run again next year", "Xavier Smith", true, "Mr Smith", "said", SieveReported + "/" + SieveSubject},
		{"denied", "Mr Smith denied that he had met the envoy.", []ent{X("Mr Smith")}, false, "he had met the envoy", "Xavier Smith", true, "Mr Smith", "denied", SieveReported},
		{"name between commas", "In a statement, her adviser, Jake Sullivan, said: “We agree.”", []ent{{"Jake Sullivan", newsgraph.Person, []string{"Jake Sullivan"}}}, true, "We agree.", "Jake Sullivan", true, "Jake Sullivan", "said", SieveLeading + "/" + SieveAppositive},
		{"parenthesis", "Gov. John Kasich (R-OH), said, “I’m ready.”", []ent{{"John Kasich", newsgraph.Person, []string{"Gov. John Kasich"}}}, true, "I’m ready.", "John Kasich", true, "Gov. John Kasich", "said", SieveLeading + "/" + SieveAppositive},
		{"age appositive", "“It is over,” Ramos, 58, told AFP.", []ent{{"Jorge Ramos", newsgraph.Person, []string{"Ramos"}}}, true, "It is over", "Jorge Ramos", true, "Ramos", "told", SieveTrailing + "/" + SieveAppositive},
		{"participle", "Mr Smith rallied supporters, saying: “We have to stop him.”", []ent{X("Mr Smith")}, true, "We have to stop him.", "Xavier Smith", true, "Mr Smith", "saying", SieveLeading + "/" + SieveParticiple},
		{"coordinated", "Mr Smith called them “crazy” and said the party would lose.", []ent{X("Mr Smith")}, false, "the party would lose", "Xavier Smith", true, "Mr Smith", "said", SieveReported + "/" + SieveCoordinated},
		{"scare quote called", "Mr Smith called them “crazy” and left.", []ent{X("Mr Smith")}, true, "crazy", "Xavier Smith", true, "Mr Smith", "called", SieveSentence},
		{"colon paragraph", "Mr Smith released the following statement:\n“We are sad.”", []ent{X("Mr Smith")}, true, "We are sad.", "Xavier Smith", true, "Mr Smith", "", SieveColonSubject},
		{"colon paragraph with cue", "Mr Smith continued:\n“We are sad.”", []ent{X("Mr Smith")}, true, "We are sad.", "Xavier Smith", true, "Mr Smith", "continued", SieveLeading},
		{"sentence subject", "Mr Smith has long promoted “law and order” in the city.", []ent{X("Mr Smith")}, true, "law and order", "Xavier Smith", true, "Mr Smith", "", SieveSentenceSubject},
		{"belief", "Mr Smith believes that taxes are too high.", []ent{X("Mr Smith")}, false, "taxes are too high", "Xavier Smith", true, "Mr Smith", "believes", SieveBelief},
		{"protesters chanted", "The protesters chanted “Out, out, out.”", nil, true, "Out, out, out.", "The protesters", false, "The protesters", "chanted", SieveLeading + "/" + SieveNominal},
		{"unresolved pronoun mention", "“We will win,” he said.", []ent{{"", newsgraph.Person, []string{"he"}}}, true, "We will win", "he", false, "he", "said", SieveTrailing},
		{"pronoun without mention", "“We will win,” she said.", nil, true, "We will win", "she", false, "she", "said", SieveTrailing},
		{"conversation", "“We will win,” Mr Smith said.\n“And we will keep winning.”", []ent{X("Mr Smith")}, true, "And we will keep winning.", "Xavier Smith", true, "Mr Smith", "", SieveConversation},
		{"headline name", "Sanders: Endorsements prove Clinton ‘candidate of the establishment.’\nHillary Clinton has endorsements.", []ent{{"Hillary Clinton", newsgraph.Person, []string{"Clinton", "Hillary Clinton"}}}, true, "candidate of the establishment.", "Sanders", false, "Sanders", "", SieveHeadlineName},
		{"headline name with topic", "Mr Smith on the Transcripts: ‘I Think She Will.’", []ent{X("Mr Smith")}, true, "I Think She Will.", "Xavier Smith", true, "Mr Smith", "", SieveHeadlineName},
		{"headline starting with a determiner", "The Latest: Mr Smith delivers defense of ‘New York values.’", []ent{X("Mr Smith")}, true, "New York values.", "Xavier Smith", true, "Mr Smith", "", SieveSentenceSubject},
		{"nested according to", "“I ask you not to protest,” Mr Smith said, according to CNN.", []ent{X("Mr Smith"), {"CNN", newsgraph.Org, []string{"CNN"}}}, true, "I ask you not to protest", "CNN", true, "CNN", "according to", SieveTrailing + "/" + SieveAccordingTo},
		{"no subject before the quote", "“We will win,” Mr Smith said.\nNow, “we will keep winning.”", []ent{X("Mr Smith")}, true, "we will keep winning.", "Xavier Smith", true, "Mr Smith", "", SieveConversation},
		{"question answered", "Mr Jones asked: “Will you run?”\n“We will win,” Mr Smith said.\n“Is that a promise?” Mr Jones asked.\n“It is.”", []ent{X("Mr Smith"), {"Ann Jones", newsgraph.Person, []string{"Mr Jones", "Mr Jones#2"}}}, true, "It is.", "Xavier Smith", true, "Mr Smith", "", SieveConversation + "/" + SieveAnswer},
		{"participle after a cue", "Mr Jones left early, Mr Smith said, adding, “He was not religious.”", []ent{X("Mr Smith"), {"Ann Jones", newsgraph.Person, []string{"Mr Jones"}}}, true, "He was not religious.", "Xavier Smith", true, "Mr Smith", "adding", SieveLeading + "/" + SieveParticiple},
		{"fragments before a trailing cue", "Those who spend time ''listening to cable shows'' and inhaling ''conspiracy theories,'' Mr Smith said.", []ent{X("Mr Smith")}, true, "listening to cable shows", "Xavier Smith", true, "Mr Smith", "said", SieveSentence},
		{"introduced inside a paragraph", "Mr Smith filed the lawsuit against the state on Monday. “We are seeking a court order.”", []ent{X("Mr Smith")}, true, "We are seeking a court order.", "Xavier Smith", true, "Mr Smith", "", SieveIntroduced},
		{"sentence ending on its cue", "The figures are bad, Mr Smith said in a statement. “We will recover.”", []ent{X("Mr Smith")}, true, "We will recover.", "Xavier Smith", true, "Mr Smith", "said in a statement", SieveLeading},
		{"conversation past a nested clause", "Mr Smith said that for decades some critics had been predicting a withdrawal.\n“That will not happen.”", []ent{X("Mr Smith")}, true, "That will not happen.", "Xavier Smith", true, "Mr Smith", "", SieveConversation},
		{"outer cue", "Mr Jones said Mr Smith was right to urge leaders “to stand up.”", []ent{X("Mr Smith"), {"Ann Jones", newsgraph.Person, []string{"Mr Jones"}}}, true, "to stand up.", "Ann Jones", true, "Mr Jones", "said", SieveSentence},
		{"clause cut at the next cue", "While not everything Mr Smith says is true, Mr Jones said the rest is fine.", []ent{X("Mr Smith"), {"Ann Jones", newsgraph.Person, []string{"Mr Jones"}}}, false, "is true", "Xavier Smith", true, "Mr Smith", "says", SieveReported},
		{"dateline", "WASHINGTON — Mr Smith rallied supporters in “a show of force” on Monday.", []ent{X("Mr Smith"), {"Washington", newsgraph.Org, []string{"WASHINGTON"}}}, true, "a show of force", "Xavier Smith", true, "Mr Smith", "", SieveSentenceSubject},
		{"capitalised auxiliary as a name", "“The eruption of war is a reminder,” Will wrote.", nil, true, "The eruption of war is a reminder", "Will", false, "Will", "wrote", SieveTrailing + "/" + SieveNominal},
		{"has since said", "Mr Smith has since said that talks failed.", []ent{X("Mr Smith")}, false, "talks failed", "Xavier Smith", true, "Mr Smith", "said", SieveReported + "/" + SieveSubject},
		{"name before asides", "Mr Smith, 39, a Lebanese man, told ABC News that he had been watching the fireworks.", []ent{X("Mr Smith")}, false, "he had been watching the fireworks", "Xavier Smith", true, "Mr Smith", "told", SieveReported + "/" + SieveAppositive},
		{"relative cue of the same speaker", "“It is over,” said Mr Smith, who said there were “too many things to dismiss.”", []ent{X("Mr Smith")}, true, "too many things to dismiss.", "Xavier Smith", true, "who", "said", SieveSplit},
		{"no conversation two paragraphs later", "“We will win,” Mr Smith said.\nNarration here.\nMore narration.\n“And we will keep winning.”", []ent{X("Mr Smith")}, true, "And we will keep winning.", "", false, "", "", ""},
	}
	s := mustStage(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := buildDoc(t, tc.in, tc.ents...)
			if err := s.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			var q *newsgraph.Quote
			for i := range doc.Quotes {
				if doc.Quotes[i].Direct == tc.direct && doc.Text[doc.Quotes[i].Start:doc.Quotes[i].End] == tc.content {
					q = &doc.Quotes[i]
				}
			}
			if q == nil {
				t.Fatalf("no quote (direct=%v) %q in\n%s", tc.direct, tc.content, dumpQuotes(doc))
			}
			if tc.speaker == "" {
				if q.Speaker != nil {
					t.Errorf("speaker %+v, want none", q.Speaker)
				}
				return
			}
			if q.Speaker == nil {
				t.Fatalf("no speaker\n%s", dumpQuotes(doc))
			}
			if q.Speaker.Name != tc.speaker || (q.Speaker.Entity >= 0) != tc.entity {
				t.Errorf("speaker %q entity %d, want %q (entity %v)", q.Speaker.Name, q.Speaker.Entity, tc.speaker, tc.entity)
			}
			if m := doc.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]; m != tc.mention {
				t.Errorf("mention %q, want %q", m, tc.mention)
			}
			cue := ""
			if q.Cue != nil {
				cue = doc.Text[q.Cue.Start:q.Cue.End]
			}
			if cue != tc.cue {
				t.Errorf("cue %q, want %q", cue, tc.cue)
			}
			if !strings.HasPrefix(q.Sieve, tc.sieve) {
				t.Errorf("sieve %q, want prefix %q", q.Sieve, tc.sieve)
			}
		})
	}
}

func TestRobustInputs(t *testing.T) {
	s := mustStage(t)
	docs := []*newsgraph.Document{
		{},
		{Text: "“"},
		{Text: "\"\"\"'''"},
		{Text: "He said: “x", Tokens: []newsgraph.Token{{Span: newsgraph.Span{Start: 5, End: 100}}}},
		{Text: "said said said", Sentences: []newsgraph.Sentence{{Span: newsgraph.Span{Start: -3, End: 2}, FirstToken: 9, EndToken: -1}}},
		{Text: "“a” he said", Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: 4, End: 6}, Entity: 99}, {Span: newsgraph.Span{Start: 7, End: 2}}}},
	}
	for _, d := range docs {
		if err := s.Process(context.Background(), d); err != nil {
			t.Errorf("%q: %v", d.Text, err)
		}
		checkQuotes(t, d)
	}
	// no tokens at all: direct quotes are still found
	d := &newsgraph.Document{Text: "He said “hello there” today."}
	_ = s.Process(context.Background(), d)
	if len(d.Quotes) != 1 || d.Text[d.Quotes[0].Start:d.Quotes[0].End] != "hello there" {
		t.Errorf("without tokens: %+v", d.Quotes)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Process(ctx, &newsgraph.Document{Text: "x"}); err == nil {
		t.Error("cancelled context: no error")
	}
}

// checkQuotes verifies the invariants every output must hold.
func checkQuotes(t *testing.T, d *newsgraph.Document) {
	t.Helper()
	n := len(d.Text)
	in := func(s newsgraph.Span) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= n }
	for i, q := range d.Quotes {
		if !in(q.Span) || q.Len() == 0 {
			t.Fatalf("quote %d span %v out of bounds (len %d)", i, q.Span, n)
		}
		if i > 0 && d.Quotes[i-1].Start > q.Start {
			t.Fatalf("quotes not sorted at %d", i)
		}
		if q.Cue != nil && !in(*q.Cue) {
			t.Fatalf("cue %v out of bounds", *q.Cue)
		}
		if q.Speaker != nil {
			if !in(q.Speaker.Mention) {
				t.Fatalf("speaker mention %v out of bounds", q.Speaker.Mention)
			}
			if q.Speaker.Entity >= len(d.Entities) || q.Speaker.Entity < -1 {
				t.Fatalf("speaker entity %d out of range", q.Speaker.Entity)
			}
		}
	}
}

func TestConcurrentDeterministic(t *testing.T) {
	s := mustStage(t)
	in := "“We,” Mr Smith said, “will win.” Talks will resume, according to the ministry.\n“Yes.”"
	ref := buildDoc(t, in, ent{"Xavier Smith", newsgraph.Person, []string{"Mr Smith"}})
	_ = s.Process(context.Background(), ref)
	want := dumpQuotes(ref)
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() {
			d := buildDoc(t, in, ent{"Xavier Smith", newsgraph.Person, []string{"Mr Smith"}})
			_ = s.Process(context.Background(), d)
			done <- dumpQuotes(d)
		}()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != want {
			t.Errorf("run differs:\n%s\nwant\n%s", got, want)
		}
	}
}

func TestExtraLexicon(t *testing.T) {
	s, err := NewStageWith(Lexicon{Verbs: []string{"quip quips quipped quipping"}})
	if err != nil {
		t.Fatal(err)
	}
	doc := buildDoc(t, "“Nice,” Mr Smith quipped.", ent{"Xavier Smith", newsgraph.Person, []string{"Mr Smith"}})
	_ = s.Process(context.Background(), doc)
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil {
		t.Errorf("extra verb not used:\n%s", dumpQuotes(doc))
	}
	if _, err := NewStageWith(Lexicon{Verbs: []string{"x | bogus"}}); err == nil {
		t.Error("bad flag accepted")
	}
}

// TestOpeningClauseUntagged: without POS tags an opening clause of time or
// reason of three words or more before a cue's subject is no content when
// a direct quote follows the cue; one that runs on past a comma, and a
// condition, are.
func TestOpeningClauseUntagged(t *testing.T) {
	X := func(ms ...string) ent { return ent{"Xavier Smith", newsgraph.Person, ms} }
	tests := []struct {
		name, text string
		ents       []ent
		content    string // reported content that must be found ("" none)
		notContent string // reported content that must not be found
	}{
		{"accusation before the warning",
			`After Hillary Clinton accused him of sexism, he warned, "She will regret it."`,
			[]ent{{"Donald Trump", newsgraph.Person, []string{"him", "he"}}, {"Hillary Clinton", newsgraph.Person, []string{"Clinton"}}},
			"", "After Hillary Clinton accused him of sexism"},
		{"because clause",
			"Because the talks failed in May, Mr Smith said, “we start again.”",
			[]ent{X("Mr Smith")}, "", "Because the talks failed in May"},
		{"clause running on past a comma",
			"If the deal fails, the country will suffer, Mr Smith warned.",
			[]ent{X("Mr Smith")}, "If the deal fails, the country will suffer", ""},
		{"condition before a direct quote",
			"If the deal fails, Mr Smith warned, “we will suffer.”",
			[]ent{X("Mr Smith")}, "If the deal fails", ""},
	}
	s := mustStage(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := buildDoc(t, tc.text, tc.ents...)
			if err := s.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, q := range doc.Quotes {
				txt := doc.Text[q.Start:q.End]
				if q.Direct {
					continue
				}
				if tc.notContent != "" && txt == tc.notContent {
					t.Errorf("opening clause %q taken as content\n%s", txt, dumpQuotes(doc))
				}
				found = found || txt == tc.content
			}
			if tc.content != "" && !found {
				t.Errorf("no reported content %q\n%s", tc.content, dumpQuotes(doc))
			}
		})
	}
}
