package timex

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsgraph"
	"newsgraph/text"
)

var pub = time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC) // a Thursday

func tag(t testing.TB, s *Stage, txt string, published time.Time) []newsgraph.TimeExpr {
	t.Helper()
	doc := &newsgraph.Document{Text: txt, Published: published}
	if err := text.New().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := s.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	return doc.Times
}

func checkInvariants(t testing.TB, doc *newsgraph.Document) {
	t.Helper()
	last := 0
	for i, tm := range doc.Times {
		if tm.Start < 0 || tm.End > len(doc.Text) || tm.Start >= tm.End {
			t.Fatalf("time %d span %v out of bounds (len %d)", i, tm.Span, len(doc.Text))
		}
		if tm.Start < last {
			t.Fatalf("time %d %v overlaps or is out of order (previous end %d)", i, tm.Span, last)
		}
		if tm.Text != doc.Text[tm.Start:tm.End] {
			t.Fatalf("time %d text %q != %q", i, tm.Text, doc.Text[tm.Start:tm.End])
		}
		if tm.Value == "" || tm.Rule == "" || tm.Type == "" {
			t.Fatalf("time %d incomplete: %+v", i, tm)
		}
		last = tm.End
	}
}

func newStage(t testing.TB) *Stage {
	t.Helper()
	s, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStageInterface(t *testing.T) {
	var st newsgraph.Stage = newStage(t)
	if st.Name() != "timex" {
		t.Fatal(st.Name())
	}
	if _, err := newsgraph.NewPipeline(text.New(), st); err != nil {
		t.Fatal(err)
	}
	for _, l := range st.Requires() {
		if l == newsgraph.LayerPOS {
			t.Fatal("timex must not require POS")
		}
	}
}

func TestTable(t *testing.T) {
	s := newStage(t)
	cases := []struct {
		text, want, typ, value string
	}{
		{"Marco Rubio said today.", "today", "DATE", "2025-07-10"},
		{"The relatives have until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", "TIME", "2025-07-15T09:00"},
		{"The talks are supposed to conclude by May.", "May", "DATE", "2026-05"},
		{"The offer runs until 5 p.m. EDT July 25.", "5 p.m. EDT July 25", "TIME", "2025-07-25T17:00"},
		{"The offer expires at 5 p.m. EDT, July 25.", "5 p.m. EDT, July 25", "TIME", "2025-07-25T17:00"},
		{"He was shot to death last Oct. 23 at home.", "last Oct. 23", "DATE", "2024-10-23"},
		{"The plant closes next Jan. 5.", "next Jan. 5", "DATE", "2026-01-05"},
		{"Prices peaked in July last year.", "July last year", "DATE", "2024-07"},
		{"Sales rose in January this year.", "January this year", "DATE", "2025-01"},
		{"Profit rose in this year's third quarter.", "this year's third quarter", "DATE", "2025-Q3"},
		{"Sales fell in last year's first half.", "last year's first half", "DATE", "2024-H1"},
		{"Over the weekend, officials confirmed the reports.", "the weekend", "DATE", "2025-W27-WE"},
		{"The offer was extended to Sept. 16.", "Sept. 16", "DATE", "2025-09-16"},
		{"The siege lasted 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"},
		{"He served two and a half years in prison.", "two and a half years", "DURATION", "P2Y6M"},
		{"It took a minute and a half to land.", "a minute and a half", "DURATION", "PT1M30S"},
		{"Delta earnings soared in the fiscal first quarter. Net rose from $100 million a year earlier. Traffic jumped in the quarter.", "the quarter", "DATE", "2025-Q1"},
		{"Delta earnings soared in the fiscal first quarter. Net rose from $100 million a year earlier. Traffic jumped in the quarter.", "a year earlier", "DATE", "2024-Q1"},
		{"The offer was extended to July 28.", "July 28", "DATE", "2025-07-28"},
		{"The dividend will be paid Aug. 14 to holders of record.", "Aug. 14", "DATE", "2025-08-14"},
		{"It is payable Sept. 3 to stock of record July 30, the company said.", "July 30", "DATE", "2025-07-30"},
		{"He arrived yesterday.", "yesterday", "DATE", "2025-07-09"},
		{"They meet tomorrow.", "tomorrow", "DATE", "2025-07-11"},
		{"He will speak tonight.", "tonight", "TIME", "2025-07-10TNI"},
		{"They met on Friday.", "Friday", "DATE", "2025-07-04"},
		{"They met on Tuesday.", "Tuesday", "DATE", "2025-07-08"},
		{"They will meet on Tuesday.", "Tuesday", "DATE", "2025-07-15"},
		{"The talks are due to resume on Monday.", "Monday", "DATE", "2025-07-14"},
		{"Prices rose last week.", "last week", "DATE", "2025-W27"},
		{"He phoned earlier this week.", "earlier this week", "DATE", "2025-W28"},
		{"Sales fell this month.", "this month", "DATE", "2025-07"},
		{"Elections are due next year.", "next year", "DATE", "2026"},
		{"The first meeting took place in February.", "February", "DATE", "2025-02"},
		{"They will meet in September.", "September", "DATE", "2025-09"},
		{"The deadline is August 1.", "August 1", "DATE", "2025-08-01"},
		{"Tariffs come in on 1 August.", "1 August", "DATE", "2025-08-01"},
		{"It opens on August 1, 2025.", "August 1, 2025", "DATE", "2025-08-01"},
		{"It was signed on 10 July 2025.", "10 July 2025", "DATE", "2025-07-10"},
		{"Filed 2025-07-10 in court.", "2025-07-10", "DATE", "2025-07-10"},
		{"He spoke on July 10th.", "July 10th", "DATE", "2025-07-10"},
		{"He has been minister since 2004.", "2004", "DATE", "2004"},
		{"The visit to Russia in May was short.", "May", "DATE", "2025-05"},
		{"Profits fell last year.", "last year", "DATE", "2024"},
		{"Prices rose over the past two weeks.", "the past two weeks", "DURATION", "P2W"},
		{"After a 50-minute meeting he left.", "50-minute", "DURATION", "PT50M"},
		{"The trial lasted three days.", "three days", "DURATION", "P3D"},
		{"They talked for two hours.", "two hours", "DURATION", "PT2H"},
		{"The market opens every Monday.", "every Monday", "SET", "XXXX-WXX-1"},
		{"The paper appears weekly.", "weekly", "SET", "P1W"},
		{"Growth slowed in mid-2024.", "mid-2024", "DATE", "2024"},
		{"Music of the 1990s was loud.", "the 1990s", "DATE", "199"},
		{"Built in the 19th century.", "the 19th century", "DATE", "18"},
		{"He is now in charge.", "now", "DATE", "PRESENT_REF"},
		{"He is currently in charge.", "currently", "DATE", "PRESENT_REF"},
		{"He recently resigned.", "recently", "DATE", "PAST_REF"},
		{"The train leaves at 10:30.", "10:30", "TIME", "2025-07-10T10:30"},
		{"The vote is at 3pm.", "3pm", "TIME", "2025-07-10T15:00"},
		{"The vote is at 3 p.m.", "3 p.m.", "TIME", "2025-07-10T15:00"},
		{"Floods hit last summer.", "last summer", "DATE", "2024-SU"},
		{"Results are due in the fourth quarter.", "the fourth quarter", "DATE", "2025-Q4"},
		{"Countries face tariffs being imposed on August 1.", "August 1", "DATE", "2025-08-01"},
		{"He left two years ago.", "two years ago", "DATE", "2023"},
		{"Third-quarter profit rose.", "Third-quarter", "DATE", "2025-Q3"},
		{"A five-year plan was agreed.", "five-year", "DURATION", "P5Y"},
		{"Profit rose in fiscal 1989.", "fiscal 1989", "DATE", "1989"},
		{"He arrived on Friday morning.", "Friday morning", "TIME", "2025-07-04TMO"},
		{"He spoke this morning.", "this morning", "TIME", "2025-07-10TMO"},
		{"Prices rise twice a year.", "twice a year", "SET", "P1Y"},
		{"Results for the first half of 2024 were poor.", "the first half of 2024", "DATE", "2024-H1"},
		{"Sales rose in July 2024.", "July 2024", "DATE", "2024-07"},
		{"They met last Friday.", "last Friday", "DATE", "2025-07-04"},
		{"Talks resume next month.", "next month", "DATE", "2025-08"},
		{"He served for about three years.", "three years", "DURATION", "P3Y"},
		{"In the future prices may rise.", "the future", "DATE", "FUTURE_REF"},
		{"He will be home for Christmas.", "Christmas", "DATE", "2025-12-25"},
		{"Last Christmas was quiet.", "Last Christmas", "DATE", "2024-12-25"},
		{"Thanksgiving Day falls late.", "Thanksgiving Day", "DATE", "2025-11-27"},
		{"Music of the '90s.", "the '90s", "DATE", "199"},
		{"Two years later he died.", "Two years", "DURATION", "P2Y"},
		{"The vote is at noon Thursday.", "noon Thursday", "TIME", "2025-07-10T12:00"},
		{"He spoke on Monday, Oct. 26.", "Monday, Oct. 26", "DATE", "2026-10-26"},
		{"They met the day before yesterday.", "the day before yesterday", "DATE", "2025-07-08"},
		{"It happened 10 days ago.", "10 days ago", "DATE", "2025-06-30"},
		{"He was re-elected in the year two thousand.", "the year two thousand", "DATE", "2000"},
		{"Results for Q3 2024 were weak.", "Q3 2024", "DATE", "2024-Q3"},
		{"Shares fell by 1700 GMT.", "1700 GMT", "TIME", "2025-07-10T17:00"},
		{"Net income for the year ended March 31 rose.", "the year", "DURATION", "P1Y"},
		{"Sales in the fiscal year ending June 30 fell.", "the fiscal year", "DURATION", "P1Y"},
		{"He will stay for two more weeks.", "two more weeks", "DURATION", "P2W"},
		{"It may run for an additional year.", "an additional year", "DURATION", "P1Y"},
		{"Third-quarter profit rose to $5 million from $4 million a year earlier, on higher sales.", "a year earlier", "DATE", "2024-Q3"},
		{"Sales for the full year rose 5%, and profit fell.", "the full year", "DATE", "2025"},
		{"Stocks fell on Friday, Oct. 3, down 4% from the previous Friday.", "the previous Friday", "DATE", "2025-09-26"},
		{"Mr. Smith will succeed him, effective Feb. 1.", "Feb. 1", "DATE", "2026-02-01"},
		{"They were planning to drive to the airport on Monday.", "Monday", "DATE", "2025-07-14"},
		{"On Tuesday, the Parents and Teachers Association plans to meet.", "Tuesday", "DATE", "2025-07-15"},
		{"Polls open on Election Day.", "Election Day", "DATE", "2025-11-04"},
		{"Music of the late 80s.", "the late 80s", "DATE", "198"},
		{"He signed a June agreement with the group.", "June", "DATE", "2025-06"},
		{"It followed a several-year tenure.", "several-year", "DURATION", "PXY"},
		{"Police studied the October slaying.", "October", "DATE", "2024-10"},
		{"Markets are shut on New Year's Day.", "New Year's Day", "DATE", "2026-01-01"},
		{"Sales rose before Mother's Day.", "Mother's Day", "DATE", "2025-05-11"},
		{"In the year-ago third quarter, it earned $5 million.", "the year-ago third quarter", "DATE", "2024-Q3"},
		{"The talks lasted eight trading days.", "eight trading days", "DURATION", "P8D"},
		{"He will leave at 4 in the morning.", "4 in the morning", "TIME", "2025-07-10T04:00"},
		{"``Today, I'm here to tell you,'' he said.", "Today", "DATE", "2025-07-10"},
		{"The talks ended in the winter of 2010.", "the winter of 2010", "DATE", "2010-WI"},
		{"Sales hit a 10-year high.", "10-year", "DURATION", "P10Y"},
		{"Talks run until the end of next week.", "the end of next week", "DATE", "2025-W29"},
		{"He said it rose 5% in recent years.", "recent years", "DURATION", "PXY"},
		{"It met twice in the third quarter of 2024.", "the third quarter of 2024", "DATE", "2024-Q3"},
	}
	for _, c := range cases {
		got := tag(t, s, c.text, pub)
		var hit *newsgraph.TimeExpr
		for i := range got {
			if got[i].Text == c.want {
				hit = &got[i]
			}
		}
		if hit == nil {
			t.Errorf("%q: want %q, got %+v", c.text, c.want, got)
			continue
		}
		if string(hit.Type) != c.typ || hit.Value != c.value {
			t.Errorf("%q: %q = %s %s, want %s %s (rule %s)", c.text, c.want, hit.Type, hit.Value, c.typ, c.value, hit.Rule)
		}
	}
}

func TestNoFalsePositives(t *testing.T) {
	s := newStage(t)
	for _, txt := range []string{
		"Countries may face tariffs.",
		"Protesters march on parliament.",
		"The March on Washington drew crowds.",
		"He told the Sun newspaper.",
		"He was interviewed by The Sun.",
		"He dined at TGI Friday's.",
		"Robinson Crusoe met Man Friday.",
		"She read the April Fool story.",
		"It cost $2000 in total.",
		"May I ask a question?",
		"A second round of talks.",
		"He scored in the first half of the match.",
		"The 2000 people gathered.",
		"They secured the future of the plant.",
		"The currency gained in the past three sessions.",
		"The quarterly report was late.",
		"Three-quarters of voters agreed.",
		"It won Record Of The Year.",
		"He joined Sheffield Wednesday.",
		"It said so in the Mail on Sunday.",
		"Oil output is 84 million barrels a day.",
		"He was 52 years old.",
		"It matters in today's world.",
		"Prices will rise soon.",
		"She married him when he was in his late 30s.",
		"They joined the march toward the capital.",
		"The May Department Stores chain grew.",
	} {
		if got := tag(t, s, txt, pub); len(got) != 0 {
			t.Errorf("%q: unexpected %+v", txt, got)
		}
	}
}

func TestUnknownPublished(t *testing.T) {
	s := newStage(t)
	cases := []struct{ text, want, value string }{
		{"Rubio said today.", "today", "PRESENT_REF"},
		{"He left yesterday.", "yesterday", "PAST_REF"},
		{"He will go tomorrow.", "tomorrow", "FUTURE_REF"},
		{"Prices rose last week.", "last week", "PAST_REF"},
		{"It took place in February.", "February", "XXXX-02"},
		{"Tariffs start on August 1.", "August 1", "XXXX-08-01"},
		{"He left on Friday.", "Friday", "XXXX-WXX-5"},
		{"A 50-minute meeting.", "50-minute", "PT50M"},
		{"He was elected in 2004.", "2004", "2004"},
	}
	for _, c := range cases {
		got := tag(t, s, c.text, time.Time{})
		if len(got) != 1 || got[0].Text != c.want || got[0].Value != c.value {
			t.Errorf("%q: got %+v, want %q %s", c.text, got, c.want, c.value)
		}
	}
}

func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "seed", "article.txt"))
	if err != nil {
		t.Skipf("seed article not found: %v", err)
	}
	s := newStage(t)
	got := tag(t, s, string(b), pub)
	want := map[string]string{
		"today": "2025-07-10", "February": "2025-02", "2004": "2004", "earlier this week": "2025-W28",
		"August 1": "2025-08-01", "May": "2025-05", "50-minute": "PT50M",
	}
	seen := map[string]bool{}
	for _, tm := range got {
		if v, ok := want[tm.Text]; ok {
			seen[tm.Text] = true
			if tm.Value != v {
				t.Errorf("%q = %s, want %s", tm.Text, tm.Value, v)
			}
		}
	}
	for k := range want {
		if !seen[k] {
			t.Errorf("missing %q in %+v", k, got)
		}
	}
}

func TestConcurrentDeterministic(t *testing.T) {
	s := newStage(t)
	txt := "On Friday, he said prices rose 5% last year and will rise again in the fourth quarter, every Monday at 3pm."
	first := tag(t, s, txt, pub)
	done := make(chan []newsgraph.TimeExpr, 8)
	for k := 0; k < 8; k++ {
		go func() {
			doc := &newsgraph.Document{Text: txt, Published: pub}
			_ = text.New().Process(context.Background(), doc)
			_ = s.Process(context.Background(), doc)
			done <- doc.Times
		}()
	}
	for k := 0; k < 8; k++ {
		got := <-done
		if len(got) != len(first) {
			t.Fatalf("nondeterministic: %v vs %v", got, first)
		}
		for i := range got {
			if got[i] != first[i] {
				t.Fatalf("nondeterministic: %v vs %v", got[i], first[i])
			}
		}
	}
}

func TestBadTokens(t *testing.T) {
	s := newStage(t)
	doc := &newsgraph.Document{Text: "today", Tokens: []newsgraph.Token{{Span: newsgraph.Span{Start: 3, End: 99}}, {Span: newsgraph.Span{Start: -1, End: 2}}},
		Sentences: []newsgraph.Sentence{{FirstToken: 1, EndToken: 5}}}
	if err := s.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
}

func FuzzTag(f *testing.F) {
	for _, seed := range []string{
		"He met them on Friday, Aug. 7, 1998 at 3 p.m. EST.",
		"the past two weeks; every other Monday; 10.30am; mid-2024; the '90s; Q3 2024",
		"a year-earlier quarter, the first nine months, twenty-four hours ago",
		"Jan. ,", "the 31st of", "Friday ,", "fiscal", "in May", "\xff\xfe today",
	} {
		f.Add(seed, int64(0))
	}
	s, err := NewStage()
	if err != nil {
		f.Fatal(err)
	}
	seg := text.New()
	f.Fuzz(func(t *testing.T, txt string, days int64) {
		var p time.Time
		if days != 0 {
			p = time.Unix(0, 0).UTC().AddDate(0, 0, int(days%200000))
		}
		doc := &newsgraph.Document{Text: strings.ToValidUTF8(txt, "?"), Published: p}
		_ = seg.Process(context.Background(), doc)
		_ = s.Process(context.Background(), doc)
		checkInvariants(t, doc)
	})
}

func BenchmarkBBC(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "data", "bbc_news", "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("BBC corpus not found at ../../shared/data/bbc_news (see /work/shared/data/README.md)")
	}
	s := newStage(b)
	seg := text.New()
	var docs []*newsgraph.Document
	words := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		txt := strings.ToValidUTF8(string(raw), "\uFFFD")
		if _, body, ok := strings.Cut(txt, "\n"); ok {
			txt = body
		}
		d := &newsgraph.Document{Text: txt, Published: time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC)}
		_ = seg.Process(context.Background(), d)
		words += len(strings.Fields(txt))
		docs = append(docs, d)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			_ = s.Process(context.Background(), d)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func TestDataFiles(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	months := map[string]bool{}
	for _, k := range lx.months.keys() {
		months[lx.months.entries[k][0]] = true
	}
	if len(months) != 12 {
		t.Errorf("months.txt covers %d months", len(months))
	}
	for _, k := range lx.holidays.keys() {
		if _, _, ok := holidayDate(lx.holidays.entries[k], 2025); !ok {
			t.Errorf("holidays.txt: %q = %v does not resolve", k, lx.holidays.entries[k])
		}
	}
	if _, err := parseTable("bad", "no equals sign"); err == nil {
		t.Error("parseTable accepted a malformed line")
	}
}

func TestPluperfectSchedule(t *testing.T) {
	s := newStage(t)
	got := tag(t, s, "It had been due to expire Friday evening.", pub)
	if len(got) != 1 || got[0].Value != "2025-07-04TEV" {
		t.Errorf("got %+v, want Friday evening of last week (2025-07-04TEV)", got)
	}
}

func TestHolidayNearPublication(t *testing.T) {
	s := newStage(t)
	// Easter 2025 is April 20; written on April 14 in the past tense
	got := tag(t, s, "Protesters prayed as Easter approached.", time.Date(2025, 4, 14, 0, 0, 0, 0, time.UTC))
	if len(got) != 1 || got[0].Value != "2025-04-20" {
		t.Errorf("got %+v, want Easter 2025-04-20", got)
	}
}

func TestAnaphoricShift(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want, value string }{
		{"In 1995 he was promoted, and the following year he retired.", "the following year", "1996"},
		{"He arrived on March 3. The next day he left.", "The next day", "2025-03-04"},
		{"Sales peaked in March 2024 and fell the following month.", "the following month", "2024-04"},
		{"The following year will be hard.", "The following year", "2026"}, // no date before: the publication year moves
		{"Elections are due next year.", "next year", "2026"},
		{"He was born in 1990 and that year the wall fell.", "that year", "1990"},
		{"The bomb went off on Oct. 23. Earlier that day police had been warned.", "Earlier that day", "2024-10-23"},
	} {
		var got []string
		found := false
		for _, tm := range tag(t, s, c.text, pub) {
			got = append(got, tm.Text+"="+tm.Value)
			if tm.Text == c.want && tm.Value == c.value {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: got %v, want %s=%s", c.text, got, c.want, c.value)
		}
	}
}

func TestAnchoredDays(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, want, typ, value string }{
		// conjoined days, a day or week fixed by a date
		{"The summit will be held on Sept. 24 and 25.", "25", "DATE", "2025-09-25"},
		{"The day before last Tuesday's hearing, he went home.", "day before last Tuesday", "DATE", "2025-07-07"},
		{"The case may be resolved in a hearing the week of Sept. 8.", "the week of Sept. 8", "DATE", "2025-W37"},
		// year-end
		{"The deal should close by year-end.", "year-end", "DATE", "2025"},
		{"The index has risen 5% since year-end.", "year-end", "DATE", "2024-12-31"},
		{"It needs capital by year's end.", "year's end", "DATE", "2025"},
		// the week of a holiday
		{"Protesters prayed as Easter week began.", "Easter week", "DATE", "2025-W16"},
		// an ordinal day in the present tense is today
		{"Today is the eighth day of the strike.", "the eighth day", "DATE", "2025-07-10"},
		// "until then" after a date
		{"The rights terminate on Nov. 30. Until then, the stock remains convertible.", "then", "DATE", "2025-11-30"},
		// parts of the day
		{"Dealers placed heavy orders Friday. They placed them in the morning.", "the morning", "TIME", "2025-07-04TMO"},
		{"By mid afternoon, officials were saying the operation was over.", "mid afternoon", "TIME", "2025-07-10TAF"},
		{"Shares fell in trading mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2025-07-09TAF"},
		// a clock time takes the day after a parenthesis, else the last day named
		{"The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", "10:35 a.m.", "TIME", "2025-07-04T10:35"},
		{"He will leave at 4 in the morning (4 a.m. EDT Saturday).", "4 in the morning", "TIME", "2025-07-12T04:00"},
		{"Slepian was killed on Friday. He was shot at 10 p.m. in his kitchen.", "10 p.m.", "TIME", "2025-07-04T22:00"},
		{"Shares were up 5% by noon on Monday.", "noon on Monday", "TIME", "2025-07-07T12:00"},
	} {
		var got []string
		found := false
		for _, tm := range tag(t, s, c.text, pub) {
			got = append(got, tm.Text+"="+string(tm.Type)+":"+tm.Value)
			if tm.Text == c.want && string(tm.Type) == c.typ && tm.Value == c.value {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: got %v, want %s=%s:%s", c.text, got, c.want, c.typ, c.value)
		}
	}
	// not tagged: habits, modifiers, rates, "since then", "of tomorrow",
	// a part of something else
	for _, c := range []struct{ text, not string }{
		{"People wake up in the morning and check their phones.", "the morning"},
		{"Early morning cartoon shows will change.", "early morning"},
		{"Revenue will increase by 20% annually.", "annually"},
		{"If I were choosing the people of tomorrow, I would pick them.", "tomorrow"},
		{"The profit was flat in 1988, when year-end net was lower.", "year-end"},
		{"Sales were flat during the last half of the '80s.", "the last half"},
		{"It was founded on May 5. Since then, it has grown.", "then"},
	} {
		for _, tm := range tag(t, s, c.text, pub) {
			if strings.EqualFold(tm.Text, c.not) {
				t.Errorf("%q: tagged %q = %s %s (rule %s)", c.text, tm.Text, tm.Type, tm.Value, tm.Rule)
			}
		}
	}
}
