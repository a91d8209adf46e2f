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
