package timex

import (
	"strconv"
	"strings"
	"time"

	"newsgraph"
)

// docCtx is the per-call state: the vocabulary and the anchor date.
type docCtx struct {
	lx        *lexicon
	text      string
	dct       time.Time
	hasDCT    bool
	quarterly bool // the text reports quarterly results
	financial bool // the text is about company results

	// the last calendar date the text named, for "the following year",
	// "the previous day"; anchorGran is gDay, gMonth or gYear
	anchor     time.Time
	anchorGran int
	hasAnchor  bool
	// sentences tagged so far, and the one the anchor was named in
	sent, anchorSent int

	// the quarter a results story reports: the first quarter it names
	// ("the fiscal first quarter"), as year*4+quarter-1; "the quarter",
	// "the latest period" and "a year earlier" refer to it
	repQ    int
	hasRepQ bool
	// the last quarter the text named, same encoding
	lastQ    int
	hasLastQ bool
}

// noteQuarter records the quarter just named, when it is the publication
// date's quarter or one of the four before it: as the last quarter named
// ("a year earlier"), and in a results story the first one as the
// reported quarter ("the quarter").
func (c *docCtx) noteQuarter(rule, v string) {
	if !c.hasDCT || !strings.HasPrefix(rule, "quarter") || len(v) != 7 || v[4:6] != "-Q" {
		return
	}
	y, err1 := strconv.Atoi(v[:4])
	q, err2 := strconv.Atoi(v[6:])
	if err1 != nil || err2 != nil || q < 1 || q > 4 {
		return
	}
	idx := y*4 + q - 1
	cur := c.dct.Year()*4 + (int(c.dct.Month())-1)/3
	if idx > cur || idx < cur-4 {
		return
	}
	c.lastQ, c.hasLastQ = idx, true
	if !c.hasRepQ && c.quarterly && rule == "quarter" {
		c.repQ, c.hasRepQ = idx, true
	}
}

// lastQuarter is the last quarter the text named moved by k quarters.
func (c *docCtx) lastQuarter(k int) string {
	i := c.lastQ + k
	return pad4(floorDiv(i, 4)) + "-Q" + strconv.Itoa(i-floorDiv(i, 4)*4+1)
}

// reportedQuarter is the quarter the story reports moved by k quarters
// (k=-4: the same quarter a year earlier); without one, the quarter before
// the publication date's.
func (c *docCtx) reportedQuarter(k int) string {
	if !c.hasRepQ {
		return c.shiftValue(gQuarter, -1+k)
	}
	i := c.repQ + k
	return pad4(floorDiv(i, 4)) + "-Q" + strconv.Itoa(i-floorDiv(i, 4)*4+1)
}

// noteAnchor records the value of an expression just found as the time the
// narrative is at.
func (c *docCtx) noteAnchor(typ newsgraph.TimeType, v string) {
	if typ != newsgraph.Date && typ != newsgraph.Time {
		return
	}
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		v = v[:i]
	}
	for _, f := range []struct {
		layout string
		gran   int
	}{{"2006-01-02", gDay}, {"2006-01", gMonth}, {"2006", gYear}} {
		if len(v) != len(f.layout) {
			continue
		}
		if t, err := time.Parse(f.layout, v); err == nil {
			c.anchor, c.anchorGran, c.hasAnchor = t, f.gran, true
			c.anchorSent = c.sent
		}
		return
	}
}

// fromAnchor moves the last named date by k units of granularity g, when
// it is precise enough.
func (c *docCtx) fromAnchor(g, k int) (string, bool) {
	if !c.hasAnchor {
		return "", false
	}
	a := c.anchor
	switch g {
	case gDay:
		if c.anchorGran == gDay {
			return a.AddDate(0, 0, k).Format("2006-01-02"), true
		}
	case gWeek:
		if c.anchorGran == gDay {
			yy, ww := a.AddDate(0, 0, 7*k).ISOWeek()
			return pad4(yy) + "-W" + pad2(ww), true
		}
	case gMonth:
		if c.anchorGran == gDay || c.anchorGran == gMonth {
			return time.Date(a.Year(), a.Month()+time.Month(k), 1, 0, 0, 0, 0, time.UTC).Format("2006-01"), true
		}
	case gYear:
		return pad4(a.Year() + k), true
	}
	return "", false
}

// cand is one rule's match: words [start, end) of the sentence.
type cand struct {
	end      int
	typ      newsgraph.TimeType
	value    string
	rule     string
	takesThe bool // a preceding "the" belongs to the expression
}

type ruleFunc func(c *docCtx, ws []word, i int) (cand, bool)

// rules in priority order (ties in length go to the earlier one).
var rules = []struct {
	name string
	fn   ruleFunc
}{
	{"iso-date", (*docCtx).isoDate},
	{"date", (*docCtx).explicitDate},
	{"year's", (*docCtx).yearPossessive},
	{"time", (*docCtx).clockTime},
	{"ago", (*docCtx).ago},
	{"shifted", (*docCtx).shifted},
	{"set", (*docCtx).set},
	{"quarter", (*docCtx).quarter},
	{"duration", (*docCtx).duration},
	{"relative", (*docCtx).relative},
	{"decade", (*docCtx).decade},
	{"season", (*docCtx).season},
	{"weekday", (*docCtx).weekday},
	{"month", (*docCtx).month},
	{"year", (*docCtx).year},
	{"the-unit", (*docCtx).theUnit},
	{"that-unit", (*docCtx).thatUnit},
	{"holiday", (*docCtx).holiday},
	{"spoken-year", (*docCtx).spokenYear},
	{"day-of", (*docCtx).dayOf},
	{"year-end", (*docCtx).yearEnd},
	{"nth-day", (*docCtx).nthDay},
	{"then", (*docCtx).then},
	{"daypart", (*docCtx).daypart},
}

func (c *docCtx) tagSentence(ws []word, out []newsgraph.TimeExpr) []newsgraph.TimeExpr {
	c.sent++
	for i := 0; i < len(ws); {
		if !ws[i].tokStart || !c.lx.canStart(ws[i].low) {
			i++
			continue
		}
		if n, _ := c.lx.stop.match(ws, i); n > 0 {
			i += n
			continue
		}
		best, ok := c.matchAt(ws, i)
		if !ok {
			i++
			continue
		}
		sp := newsgraph.Span{Start: ws[i].start, End: ws[best.end-1].end}
		out = append(out, newsgraph.TimeExpr{Span: sp, Text: c.text[sp.Start:sp.End], Type: best.typ, Value: best.value, Rule: best.rule})
		c.noteAnchor(best.typ, best.value)
		c.noteQuarter(best.rule, best.value)
		i = best.end
		if e, v, ok := c.conjoinedDay(ws, best); ok {
			// "April 24 and 25": the second day is an expression of its own
			sp := newsgraph.Span{Start: ws[e-1].start, End: ws[e-1].end}
			out = append(out, newsgraph.TimeExpr{Span: sp, Text: c.text[sp.Start:sp.End], Type: newsgraph.Date, Value: v, Rule: best.rule + ":conjoined"})
			c.noteAnchor(newsgraph.Date, v)
			i = e
		}
	}
	return out
}

// conjoinedDay reads a second day of the month after a month-day
// expression ("April 24 and 25", "Nov. 2 or 3") and returns the end of
// that word and its date.
func (c *docCtx) conjoinedDay(ws []word, m cand) (int, string, bool) {
	k := m.end
	if m.typ != newsgraph.Date || len(m.value) != 10 || !strings.Contains(m.rule, "month-day") || k+1 >= len(ws) {
		return 0, "", false
	}
	switch ws[k].low {
	case "and", "or":
	default:
		return 0, "", false
	}
	d, dn := dayNum(ws, k+1)
	if dn == 0 || !ws[k+1].tokStart || !ws[k+1].tokEnd {
		return 0, "", false
	}
	e := k + 2
	if e < len(ws) {
		// "May 5 and 6 percent", "Jan. 3 and 4 p.m.", "June 1 and 2 other ..."
		if nx := ws[e]; nx.low == "%" || nx.low == "percent" || ampm[nx.low] != "" || nx.low == "," && e+1 < len(ws) && isDigits(ws[e+1].low) ||
			!nx.cap && (isDigits(nx.low) || len(nx.low) > 0 && nx.low[0] >= 'a' && nx.low[0] <= 'z' && !isClauseBreak(nx.low) && !rightStop[nx.low] && !temporalPreps[nx.low] && nx.pos != "VBD" && nx.pos != "VBZ" && nx.pos != "VBP" && nx.pos != "MD") {
			return 0, "", false
		}
	}
	y, _ := strconv.Atoi(m.value[:4])
	mo, _ := strconv.Atoi(m.value[5:7])
	if !validDate(y, mo, d) {
		return 0, "", false
	}
	return e, pad4(y) + "-" + pad2(mo) + "-" + pad2(d), true
}

// matchAt tries every rule at i, with and without leading "the" and
// modifiers, and returns the longest match that ends on a token boundary.
func (c *docCtx) matchAt(ws []word, i int) (cand, bool) {
	var best cand
	found := false
	try := func(j int, sawThe bool, rule string, cd cand) {
		if sawThe && (!cd.takesThe || ws[j].piece && sameToken(ws, j, cd.end-1)) {
			// "the third-quarter loss": an adjectival compound leaves "the" out
			return
		}
		if cd.end <= j || cd.end > len(ws) || !ws[cd.end-1].tokEnd {
			return
		}
		if !found || cd.end > best.end {
			best, found = cd, true
			if best.rule == "" {
				best.rule = rule
			}
		}
	}
	// prefixes: "the", modifiers (early, mid-, about, the end of ...)
	j, sawThe := i, false
	for step := 0; step < 4 && j < len(ws); step++ {
		for _, r := range rules {
			if cd, ok := r.fn(c, ws, j); ok {
				try(j, sawThe, r.name, cd)
			}
		}
		if ws[j].low == "the" && !sawThe {
			sawThe = true
			j++
			continue
		}
		if n, _ := c.lx.modifiers.match(ws, j); n > 0 {
			sawThe = false // "the end of 1990": the article belongs to the modifier
			j += n
			continue
		}
		break
	}
	if found && i > 0 && !ws[i].tokStart {
		return cand{}, false
	}
	return best, found
}

// ---------------------------------------------------------------- helpers

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// number reads a cardinal at i: digits ("50", "1,000", "1.5") or number
// words ("twenty four", "a", "several"). It returns the value ("X" when
// unspecified) and the number of words used.
func (c *docCtx) number(ws []word, i int) (string, int) {
	if i >= len(ws) {
		return "", 0
	}
	w := ws[i].low
	if isDigits(strings.ReplaceAll(w, ",", "")) && len(w) <= 9 {
		return strings.ReplaceAll(w, ",", ""), 1
	}
	if k := strings.IndexByte(w, '.'); k > 0 && isDigits(w[:k]) && isDigits(w[k+1:]) && len(w) <= 8 {
		return w, 1
	}
	n, v := c.lx.numbers.match(ws, i)
	if n == 0 || len(v) == 0 {
		return "", 0
	}
	if v[0] == "X" {
		return "X", n
	}
	total, cur := 0, 0
	j := i
	for j < len(ws) {
		m, vv := c.lx.numbers.match(ws, j)
		if m == 0 || len(vv) == 0 || vv[0] == "X" {
			break
		}
		if j > i && (ws[j].low == "a" || ws[j].low == "an") {
			break
		}
		val, err := strconv.Atoi(vv[0])
		if err != nil {
			break
		}
		switch {
		case val == 100:
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case val == 1000:
			if cur == 0 {
				cur = 1
			}
			total += cur * 1000
			cur = 0
		case j > i && cur%10 == 0 && cur >= 20 && val < 10:
			cur += val
		case j > i:
			// "two three" is not a number
			goto done
		default:
			cur += val
		}
		j += m
		if val < 10 && val != 1 && j < len(ws) && ws[j].low != "hundred" && ws[j].low != "thousand" {
			break
		}
		if val == 1 && (ws[i].low == "a" || ws[i].low == "an") && j < len(ws) && ws[j].low != "hundred" && ws[j].low != "dozen" {
			break
		}
	}
done:
	if j == i {
		return "", 0
	}
	return strconv.Itoa(total + cur), j - i
}

// unit reads a calendar unit word at i.
func (c *docCtx) unit(ws []word, i int) (u string, plural bool, n int) {
	n, v := c.lx.units.match(ws, i)
	if n == 0 || len(v) == 0 {
		return "", false, 0
	}
	return v[0], strings.HasSuffix(ws[i+n-1].low, "s") || ws[i+n-1].low == "centuries", n
}

// ordinal reads "fourth", "4th", "21st" at i.
func (c *docCtx) ordinal(ws []word, i int) (int, int) {
	if i >= len(ws) {
		return 0, 0
	}
	w := ws[i].low
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) && isDigits(w[:len(w)-2]) && len(w) <= 4 {
			v, _ := strconv.Atoi(w[:len(w)-2])
			return v, 1
		}
	}
	n, v := c.lx.ordinals.match(ws, i)
	if n == 0 || len(v) == 0 || hasFlag(v, "quarter") {
		return 0, 0
	}
	val, err := strconv.Atoi(v[0])
	if err != nil {
		return 0, 0
	}
	return val, n
}

// monthAt reads a month name at i (and an abbreviation's full stop).
func (c *docCtx) monthAt(ws []word, i int) (m int, ambiguous bool, n int) {
	if i >= len(ws) || !(ws[i].cap || ws[i].allCaps) {
		return 0, false, 0
	}
	n, v := c.lx.months.match(ws, i)
	if n == 0 || len(v) == 0 {
		return 0, false, 0
	}
	m, err := strconv.Atoi(v[0])
	if err != nil || m < 1 || m > 12 {
		return 0, false, 0
	}
	if i+n < len(ws) && ws[i+n].low == "." && ws[i+n].start == ws[i+n-1].end && c.lx.months.entries[ws[i+n-1].low+"."] != nil {
		n++
	}
	return m, hasFlag(v, "ambiguous"), n
}

// weekdayAt reads a weekday name at i.
func (c *docCtx) weekdayAt(ws []word, i int) (d int, abbr bool, n int) {
	if i >= len(ws) || !(ws[i].cap || ws[i].allCaps) {
		return 0, false, 0
	}
	n, v := c.lx.weekdays.match(ws, i)
	if n == 0 || len(v) == 0 {
		return 0, false, 0
	}
	d, err := strconv.Atoi(v[0])
	if err != nil || d < 1 || d > 7 {
		return 0, false, 0
	}
	if i+n < len(ws) && ws[i+n].low == "." && ws[i+n].start == ws[i+n-1].end && c.lx.weekdays.entries[ws[i+n-1].low+"."] != nil {
		n++
	}
	return d, hasFlag(v, "abbr"), n
}

// dayNum reads a day of month at i: "1" ... "31", "1st", "31st".
func dayNum(ws []word, i int) (int, int) {
	if i >= len(ws) {
		return 0, 0
	}
	w := ws[i].low
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) {
			w = w[:len(w)-2]
			break
		}
	}
	if !isDigits(w) || len(w) > 2 {
		return 0, 0
	}
	d, _ := strconv.Atoi(w)
	if d < 1 || d > 31 {
		return 0, 0
	}
	return d, 1
}

// yearNum reads a four-digit year at i ("2025"; "'98" is read as 1998).
func yearNum(ws []word, i int) (int, int) {
	if i >= len(ws) {
		return 0, 0
	}
	w := ws[i].low
	if len(w) == 4 && isDigits(w) {
		y, _ := strconv.Atoi(w)
		if y >= 1000 && y <= 2199 {
			return y, 1
		}
	}
	return 0, 0
}

func (c *docCtx) comma(ws []word, i int) int {
	if i < len(ws) && ws[i].low == "," {
		return 1
	}
	return 0
}

// --------------------------------------------------------- normalisation

const (
	gDay = iota
	gWeek
	gWeekend
	gMonth
	gQuarter
	gHalf
	gYear
	gDecade
	gCentury
)

var unitGran = map[string]int{
	"second": gDay, "minute": gDay, "hour": gDay, "day": gDay, "week": gWeek, "weekend": gWeekend,
	"fortnight": gWeek, "month": gMonth, "quarter": gQuarter, "half": gHalf, "year": gYear,
	"decade": gDecade, "century": gCentury, "millennium": gCentury,
}

// shiftValue formats the publication date moved by k units of granularity g.
func (c *docCtx) shiftValue(g, k int) string {
	if !c.hasDCT {
		switch {
		case k < 0:
			return "PAST_REF"
		case k > 0:
			return "FUTURE_REF"
		}
		return "PRESENT_REF"
	}
	d := c.dct
	y, m, _ := d.Date()
	switch g {
	case gDay:
		return d.AddDate(0, 0, k).Format("2006-01-02")
	case gWeek, gWeekend:
		yy, ww := d.AddDate(0, 0, 7*k).ISOWeek()
		v := pad4(yy) + "-W" + pad2(ww)
		if g == gWeekend {
			v += "-WE"
		}
		return v
	case gMonth:
		return time.Date(y, m+time.Month(k), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	case gQuarter:
		q := y*4 + (int(m)-1)/3 + k
		return pad4(floorDiv(q, 4)) + "-Q" + strconv.Itoa(q-floorDiv(q, 4)*4+1)
	case gHalf:
		h := y*2 + (int(m)-1)/6 + k
		return pad4(floorDiv(h, 2)) + "-H" + strconv.Itoa(h-floorDiv(h, 2)*2+1)
	case gYear:
		return pad4(y + k)
	case gDecade:
		return padN(floorDiv(y, 10)+k, 3)
	case gCentury:
		return padN(floorDiv(y, 100)+k, 2)
	}
	return "PRESENT_REF"
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func pad2(n int) string { return padN(n, 2) }
func pad4(n int) string { return padN(n, 4) }
func padN(n, w int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return s
	}
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// durValue is the TIMEX3 duration of num units.
func durValue(num, unit string) string {
	mul := func(k int) string {
		if num == "X" {
			return "X"
		}
		if v, err := strconv.Atoi(num); err == nil {
			return strconv.Itoa(v * k)
		}
		if f, err := strconv.ParseFloat(num, 64); err == nil {
			return strconv.FormatFloat(f*float64(k), 'f', -1, 64)
		}
		return "X"
	}
	switch unit {
	case "second":
		return "PT" + mul(1) + "S"
	case "minute":
		return "PT" + mul(1) + "M"
	case "hour":
		return "PT" + mul(1) + "H"
	case "day":
		return "P" + mul(1) + "D"
	case "week":
		return "P" + mul(1) + "W"
	case "weekend":
		return "P" + mul(1) + "WE"
	case "fortnight":
		return "P" + mul(2) + "W"
	case "month":
		return "P" + mul(1) + "M"
	case "quarter":
		return "P" + mul(1) + "Q"
	case "half":
		return "P" + mul(6) + "M"
	case "year":
		return "P" + mul(1) + "Y"
	case "decade":
		if num == "X" {
			return "PXDE"
		}
		return "P" + mul(10) + "Y"
	case "century":
		if num == "X" {
			return "PXCE"
		}
		return "P" + mul(100) + "Y"
	case "millennium":
		return "P" + mul(1000) + "Y"
	}
	return "PXY"
}

// tense of the clause around words [a, b): +1 future, -1 past, 0 unknown.
// The nearest cue wins; cues to the left win ties. The scan stops at
// sentence punctuation and quotation marks.
func (c *docCtx) tense(ws []word, a, b int) int {
	deadline := 0
	if a > 0 {
		switch ws[a-1].low {
		case "by", "until", "till":
			// a deadline ("by Jan. 14", "until February") looks forward
			// unless a tense cue says otherwise
			deadline = 1
		case "since":
			return -1
		}
	}
	if t := c.tenseCue(ws, a, b); t != 0 {
		return t
	}
	return deadline
}

// tenseCue finds the nearest tense cue around words [a, b).
func (c *docCtx) tenseCue(ws []word, a, b int) int {
	const window = 15
	// cue reports the cue whose phrase ends at word k (scanning left) or
	// starts at k (scanning right).
	cue := func(k int, left bool) int {
		if k < 0 || k >= len(ws) {
			return 0
		}
		if left {
			for back := 3; back >= 1; back-- {
				if k-back < 0 {
					continue
				}
				if n, v := c.lx.tense.match(ws, k-back); n == back+1 && len(v) > 0 {
					return tenseSign(v[0])
				}
			}
		}
		if n, v := c.lx.tense.match(ws, k); n > 0 && len(v) > 0 && (left && n == 1 || !left) {
			if t := tenseSign(v[0]); t < 0 && n == 1 && afterBe(ws, k) {
				// "will be paid Dec. 14": a participle, not the past
			} else {
				return t
			}
		}
		w := ws[k]
		switch w.pos {
		case "VBD":
			return -1
		case "MD":
			if w.low == "will" || w.low == "'ll" || w.low == "shall" || w.low == "wo" {
				return 1
			}
		}
		if w.pos == "" && len(w.low) > 4 && strings.HasSuffix(w.low, "ed") && !w.cap && !c.lx.notPast[w.low] {
			if k > 0 {
				switch ws[k-1].low {
				case "be", "been", "being", "is", "are", "am", "'s", "'re", "get", "gets", "will", "has", "have", "'ve":
					return 0
				}
			}
			return -1
		}
		return 0
	}
	leftOK, rightOK := true, true
	// Right of a comma is another clause ("... record Nov. 16, the company
	// said") unless the expression opens the sentence ("On Tuesday, the
	// minister said").
	opening := true
	for k := 0; k < a; k++ {
		if !openers[ws[k].low] {
			opening = false
			break
		}
	}
	for d := 1; d <= window && (leftOK || rightOK); d++ {
		if l := a - d; leftOK && l >= 0 {
			if isClauseBreak(ws[l].low) {
				leftOK = false
			} else if t := cue(l, true); t != 0 {
				return t
			}
		} else {
			leftOK = false
		}
		if r := b + d - 1; rightOK && r < len(ws) {
			if ws[r].low == "and" && r > 0 && r+1 < len(ws) && ws[r-1].cap && ws[r+1].cap && !ws[r+1].sentStart {
				// "the National Abortion and Reproductive Rights Action
				// League plans to": "and" inside a name
			} else if isClauseBreak(ws[r].low) || rightStop[ws[r].low] || ws[r].low == "," && !opening {
				rightOK = false
			} else if t := cue(r, false); t != 0 {
				return t
			}
		} else {
			rightOK = false
		}
	}
	return 0
}

// openers may come before an expression that opens its sentence.
var openers = map[string]bool{"on": true, "in": true, "at": true, "by": true, "during": true, "until": true,
	"since": true, "over": true, "the": true, "throughout": true, "after": true, "earlier": true, "later": true, "and": true, "but": true, "also": true, "then": true, "late": true, "early": true,
	"\"": true, "``": true, "(": true, "-": true, "--": true}

// afterBe reports whether word k follows a form of "be" or "have"
// ("will be paid", "has been held"): a participle.
func afterBe(ws []word, k int) bool {
	if k == 0 {
		return false
	}
	switch ws[k-1].low {
	case "be", "been", "being", "is", "are", "am", "'s", "'re", "get", "gets", "has", "have", "'ve":
		return true
	}
	return false
}

func tenseSign(v string) int {
	switch v {
	case "future":
		return 1
	case "past":
		return -1
	}
	return 0
}

// rightStop ends the scan to the right of an expression: what follows
// belongs to another clause ("on Saturday and were planning ...").
var rightStop = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "which": true,
	"who": true, "although": true, "though": true, "because": true, "when": true, "after": true, "before": true}

func isClauseBreak(w string) bool {
	switch w {
	case ";", ".", "?", "!", "\"":
		return true
	}
	return false
}

// resolveMonth picks the year for month m (and day d, 0 for none).
func (c *docCtx) resolveMonth(m, d, t int) string {
	if !c.hasDCT {
		if d > 0 {
			return "XXXX-" + pad2(m) + "-" + pad2(d)
		}
		return "XXXX-" + pad2(m)
	}
	y := c.dct.Year()
	cm := int(c.dct.Month())
	if d == 0 {
		switch {
		// in the last week of a month, next month is imminent even under
		// past tense ("extended to mid-November", written on October 31)
		case t < 0 && (m > cm+1 || m == cm+1 && c.dct.Day() < 24):
			y--
		case t > 0 && m < cm:
			y++
		case t == 0 && m-cm > 6:
			y--
		case t == 0 && cm-m > 6:
			y++
		}
		return pad4(y) + "-" + pad2(m)
	}
	date := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	// the tense moves a date to another year only when it is more than
	// three months on the wrong side of the publication date: the verb
	// often tells of another event than the date's ("was extended to Nov.
	// 16" or "said it is calling the shares for redemption on Dec. 7",
	// written on Oct. 30, are this year's)
	const slack = 92 * 24 * time.Hour
	switch {
	case t < 0 && date.Sub(c.dct) > slack && m != cm:
		// in the publication month the date stays in its year
		// whatever the tense ("was extended to Nov. 20", on Nov. 2)
		y--
	case t > 0 && c.dct.Sub(date) > slack && m != cm:
		y++
	case t == 0:
		// the nearest such date
		diff := date.Sub(c.dct)
		if diff > 183*24*time.Hour {
			y--
		} else if diff < -183*24*time.Hour {
			y++
		}
	}
	return pad4(y) + "-" + pad2(m) + "-" + pad2(d)
}

// resolveWeekday gives the date of weekday wd (1=Mon) in direction t;
// strict excludes the publication day itself ("last Friday").
func (c *docCtx) resolveWeekday(wd, t int, strict bool) string {
	if !c.hasDCT {
		return "XXXX-WXX-" + strconv.Itoa(wd)
	}
	cur := int(c.dct.Weekday())
	if cur == 0 {
		cur = 7
	}
	var delta int
	if t > 0 {
		delta = (wd - cur + 7) % 7
		if delta == 0 && strict {
			delta = 7
		}
	} else {
		delta = -((cur - wd + 7) % 7)
		if delta == 0 && strict {
			delta = -7
		}
	}
	return c.dct.AddDate(0, 0, delta).Format("2006-01-02")
}

// sameToken reports whether words a..b are pieces of one token.
func sameToken(ws []word, a, b int) bool {
	for k := a + 1; k <= b && k < len(ws); k++ {
		if ws[k].tokStart {
			return false
		}
	}
	return true
}
