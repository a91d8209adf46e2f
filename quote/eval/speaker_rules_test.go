package quoteeval

import (
	"strings"
	"testing"
	"time"
)

// TestSpeakerRules runs the full pipeline up to the quote stage on short
// texts and checks the speaker of one quotation in each: the subject of
// the cue verb wins over a closer name in an aside, a prepositional
// phrase or after the verb.
func TestSpeakerRules(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker string
	}{
		{"aside before the verb",
			"Other candidates called the orders \"quite dangerous.\" New Jersey Gov. Chris Christie, hoping to surge in New Hampshire, called Obama a \"petulant child\" who's acting \"as if he is a king.\"",
			"petulant child", "Chris Christie"},
		{"relative aside with commas inside",
			"Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said Mr. Trump was a candidate in the spirit of Silicon Valley: ''He's a start-up kind of guy. He has a lot of ideas.''",
			"He has a lot of ideas", "Slinker"},
		{"name inside a prepositional phrase",
			"The party was long.\n\n''That was a good speech you gave last night, Mr. President,'' Representative Steve Cohen, Democrat of Tennessee, told Mr. Obama as he stopped to have his picture taken.",
			"That was a good speech", "Steve Cohen"},
		{"inverted speaker after a bare name and a comma",
			"Strategists are skeptical.\n\n\"He can assert it, but it seems extremely unlikely\" that Sanders can catch Clinton, said Steve Elmendorf, a deputy campaign manager.",
			"He can assert it", "Steve Elmendorf"},
		{"period inside a parenthesis",
			"Supporters of the bill have rejected Saudi concerns. “If the Saudis did not participate, they have nothing to worry about,” Sen. Chuck Schumer (D-N.Y.) said Tuesday.",
			"nothing to worry about", "Chuck Schumer"},
		{"second part of a split quotation",
			"He spoke on Monday.\n\n“Many people are uncertain in this election year,” Thiel wrote in a statement to Wired explaining why he is speaking at the convention, “but most Americans agree that our country is on the wrong track.”",
			"most Americans agree", "Thiel"},
		{"participle object is not the subject",
			"The probe continued.\n\nAnother intelligence source speaking to Fox News said, “The agents are investigating the possible intersection of Clinton Foundation donations.”",
			"The agents are investigating", "Another intelligence source"},
		{"object pronoun is no inverted subject",
			"The debate was tense. He later mocked her answers, called her “third-rate” and left the stage.",
			"third-rate", "He"},
		{"relative clause closing an opening adverbial",
			"Speaking in Ohio, which votes next week, Smith referred to Jones as “a bright leader” but described his record as “thin.”",
			"a bright leader", "Smith"},
		{"subject after a complementizer",
			"Tunnels are so numerous in the area that Border Patrol agents described the ground as “Swiss cheese.”",
			"Swiss cheese", "Border Patrol agents"},
		{"conjoined clause is not a title",
			"The poll asked voters about the race, and 21 percent said “very likely” and 14 percent said “not at all likely.”",
			"very likely", "21 percent"},
		{"cue ending on a colon introduces the next quote",
			"After Scalia said that some students “would do better elsewhere,” Trump said: “I don't like what he said.”",
			"would do better elsewhere", "Scalia"},
		{"a naming verb after an object",
			"The senators spoke on Tuesday. They slammed the tax loophole called an “inversion,” in which a company moves abroad.",
			"inversion", "senators"},
		{"dateline with a date",
			"Clinton camp: Trump’s plan threatens security.\n\nWASHINGTON, Dec. 8 (UPI) — In response to Donald Trump’s proposal to bar Muslims from entering the United States, Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”",
			"ready to stop him", "right-hand woman"},
		{"name with a parenthesis before an appositive",
			"New Jersey Gov. Chris Christie (R), a staunch Donald Trump ally, effectively acknowledged some plagiarism even as he defended the campaign, saying, \"Ninety-three percent of the speech is different.\"",
			"Ninety-three percent", "Chris Christie"},
		{"quote inside a subordinate clause",
			"Trump sent a tweet about the tragedy, followed by one in which he took credit for \"being right on terrorism.\"",
			"being right on terrorism", "Trump"},
		{"clause after a semicolon",
			"The remarks prompted the Parliament to call a debate on whether to ban Trump; one lawmaker called Trump \"the orange prince of self-publicity.\"",
			"orange prince", "one lawmaker"},
		{"preposition object is no subject",
			"He has clashed with the mayor over the budget, at one point calling the mayor a “liar.”",
			"liar", "He"},
		{"the accuser in an opening clause is not the speaker",
			"Donald Trump spoke in Ohio on Monday.\n\nAfter Hillary Clinton accused him of sexism, he warned, \"She will regret it.\"",
			"She will regret it", "Donald Trump"},
	}
	p := fullPipeline(t)
	run := fullRun(t, p)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(tc.text, time.Time{})
			for _, q := range doc.Quotes {
				if !q.Direct || !strings.Contains(doc.Text[q.Start:q.End], tc.quote) {
					continue
				}
				got := "<nil>"
				if q.Speaker != nil {
					got = q.Speaker.Name
				}
				if !strings.Contains(got, tc.speaker) {
					t.Errorf("speaker of %q = %q (sieve %s), want %q", tc.quote, got, q.Sieve, tc.speaker)
				}
				return
			}
			t.Errorf("no direct quote containing %q", tc.quote)
		})
	}
}

// TestReportedSpeakerRules is TestSpeakerRules for reported speech: the
// speaker of the clause containing quote.
func TestReportedSpeakerRules(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker string
	}{
		{"subject with an aside between commas",
			"Cement makers, for instance, argue that imports are unfair.",
			"imports are unfair", "Cement makers"},
		{"subject with an aside between dashes",
			"Democrats — and some Republicans — say that the plan is a problem.",
			"the plan is a problem", "Democrats"},
		{"coordinated names before a floating quantifier",
			"But Richards and Menendez both stressed that it was not all bad news.",
			"not all bad news", "Menendez"},
		{"quantity subject",
			"Several said they would rather wait.",
			"they would rather wait", "Several"},
		{"those surveyed",
			"Thirty-one percent of those surveyed say they would be satisfied.",
			"they would be satisfied", "those surveyed"},
		{"clause cut at a later cue",
			"Rubio suggested that his rival can't be president, while Cruz said that the stakes are high.",
			"his rival can't be president", "Rubio"},
	}
	p := fullPipeline(t)
	run := fullRun(t, p)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(tc.text, time.Time{})
			for _, q := range doc.Quotes {
				if q.Direct || !strings.Contains(doc.Text[q.Start:q.End], tc.quote) {
					continue
				}
				if strings.Contains(doc.Text[q.Start:q.End], "said that") {
					t.Errorf("clause %q runs over the next cue", doc.Text[q.Start:q.End])
				}
				got := "<nil>"
				if q.Speaker != nil {
					got = doc.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
				}
				if !strings.Contains(got, tc.speaker) {
					t.Errorf("speaker of %q = %q (sieve %s), want %q", tc.quote, got, q.Sieve, tc.speaker)
				}
				return
			}
			t.Errorf("no reported quote containing %q", tc.quote)
		})
	}
}

// TestOpeningClause runs the full pipeline on sentences opening with an
// adverbial clause before a cue's subject: a past-tense clause of time or
// reason sets the scene of the saying and is no content when a direct
// quote (or nothing) follows the cue; a condition, a clause in the present
// and a clause that runs on past a comma stay content.
func TestOpeningClause(t *testing.T) {
	tests := []struct {
		name, text string
		content    string // a reported content that must be found ("" none)
		notContent string // a reported content that must not be found ("" none)
		direct     string // a direct quote that must be found ("" none)
	}{
		{"accusation before the warning",
			"Donald Trump spoke in Ohio on Monday.\n\nAfter Hillary Clinton accused him of sexism, he warned, \"She will regret it.\"",
			"", "After Hillary Clinton accused him of sexism", "She will regret it."},
		{"time of the saying",
			"Trump spoke about the border.\n\nWhen he first described the wall in December, he said, “We’re going to do a wall.”",
			"", "When he first described the wall in December", "We’re going to do a wall."},
		{"while clause in the past",
			"Trump spoke in Miami.\n\nWhile he was speaking with the press on Wednesday, he said, “It’s been 235 days.”",
			"", "While he was speaking with the press on Wednesday", "It’s been 235 days."},
		{"a condition is said",
			"Jeb Bush spoke in Iowa. If Clinton is elected, he said, \"she might be going back and forth.\"",
			"If Clinton is elected", "", "she might be going back and forth."},
		{"a clause in the present is said",
			"Dr. Clark teaches in Boston.\n\nWhen the regulation goes into effect, Dr. Clark added, ''it will at least feel like a job.''",
			"When the regulation goes into effect", "", ""},
		{"a clause that runs on past a comma is said",
			"Mr. Smith spoke on Monday. After the vote, the party split, he said.",
			"After the vote, the party split", "", ""},
	}
	run := fullRun(t, fullPipeline(t))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(tc.text, time.Time{})
			found, foundDirect := false, false
			for _, q := range doc.Quotes {
				txt := doc.Text[q.Start:q.End]
				if q.Direct {
					foundDirect = foundDirect || txt == tc.direct
					continue
				}
				if tc.notContent != "" && txt == tc.notContent {
					t.Errorf("opening clause %q taken as content (cue %v, sieve %s)", txt, q.Cue, q.Sieve)
				}
				found = found || txt == tc.content
			}
			if tc.content != "" && !found {
				t.Errorf("no reported content %q", tc.content)
			}
			if tc.direct != "" && !foundDirect {
				t.Errorf("no direct quote %q", tc.direct)
			}
		})
	}
}
