package timex

import (
	"strconv"
	"strings"
	"time"

	"newsgraph"
)

// Words after which a bare month, season or year is read as a date.
var temporalPreps = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "'til": true, "from": true,
	"of": true, "during": true, "through": true, "throughout": true, "before": true, "after": true,
	"between": true, "and": true, "to": true, "or": true, "around": true, "for": true, "on": true,
	"early": true, "late": true, "mid": true, "end": true, "last": true, "next": true, "this": true,
	"earlier": true, "later": true, "beginning": true, "start": true, "middle": true, "fiscal": true,
	"until-": true, "circa": true, "c.": true, "as": true, "-": true, "--": true, "(": true, ",": true,
}

func prevLow(ws []word, i int) string {
	if i > 0 && i-1 < len(ws) {
		return ws[i-1].low
	}
	return ""
}

func (c *docCtx) dateWord(ws []word, i int) bool {
	if i < 0 || i >= len(ws) {
		return false
	}
	if _, _, n := c.monthAt(ws, i); n > 0 {
		return true
	}
	if _, _, n := c.weekdayAt(ws, i); n > 0 {
		return true
	}
	return false
}

// nameLike reports whether the capitalised word at i sits inside a proper
// name: a capitalised neighbour that is not itself a date word and not at
// the start of the sentence.
func (c *docCtx) nameLike(ws []word, i, end int) bool {
	if i > 0 {
		p := ws[i-1]
		if p.cap && (!p.allCaps || !ws[i].allCaps) && !p.sentStart && !c.dateWord(ws, i-1) && !c.lx.shifts.has(ws, i-1) && !c.lx.modifiers.has(ws, i-1) {
			return true
		}
	}
	if end < len(ws) {
		n := ws[end]
		if n.cap && !n.allCaps && !c.dateWord(ws, end) && n.low != "i" {
			if n2, _ := c.lx.dayparts.match(ws, end); n2 == 0 {
				return true
			}
		}
	}
	return false
}

// iso-date: 2025-07-10, 2025-07
func (c *docCtx) isoDate(ws []word, i int) (cand, bool) {
	w := ws[i].low
	if len(w) == 10 && w[4] == '-' && w[7] == '-' && isDigits(w[:4]) && isDigits(w[5:7]) && isDigits(w[8:]) {
		y, _ := strconv.Atoi(w[:4])
		m, _ := strconv.Atoi(w[5:7])
		d, _ := strconv.Atoi(w[8:])
		if validDate(y, m, d) {
			return cand{end: i + 1, typ: newsgraph.Date, value: w}, true
		}
	}
	if len(w) == 7 && w[4] == '-' && isDigits(w[:4]) && isDigits(w[5:]) {
		y, _ := strconv.Atoi(w[:4])
		m, _ := strconv.Atoi(w[5:])
		if y >= 1900 && y <= 2199 && m >= 1 && m <= 12 {
			return cand{end: i + 1, typ: newsgraph.Date, value: w}, true
		}
	}
	return cand{}, false
}

func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// explicitDate: "August 1", "August 1, 2025", "1 August 2025", "July 10th",
// "the 10th of July", "July 2025", "Friday, Aug. 7".
func (c *docCtx) explicitDate(ws []word, i int) (cand, bool) {
	j := i
	rule := "date"
	wd, _, wn := c.weekdayAt(ws, j)
	if wn > 0 {
		j += wn
		j += c.comma(ws, j)
		rule = "weekday-date"
	}
	var m, d, y, end int
	the := false
	if mm, _, mn := c.monthAt(ws, j); mn > 0 {
		m = mm
		k := j + mn
		if dd, dn := dayNum(ws, k); dn > 0 && !(k+1 < len(ws) && ws[k+1].low == "%") {
			d = dd
			k += dn
			end = k
			kk := k + c.comma(ws, k)
			if yy, yn := yearNum(ws, kk); yn > 0 {
				y, end = yy, kk+yn
			}
			rule += ":month-day"
		} else {
			kk := k
			if kk < len(ws) && (ws[kk].low == "of" || ws[kk].low == ",") {
				kk++
			}
			if yy, yn := yearNum(ws, kk); yn > 0 {
				y, end = yy, kk+yn
				rule += ":month-year"
			}
		}
	} else {
		k := j
		if k >= len(ws) {
			return cand{}, false
		}
		if ws[k].low == "the" {
			the = true
			k++
		}
		if dd, dn := dayNum(ws, k); dn > 0 {
			k += dn
			if k < len(ws) && ws[k].low == "of" {
				k++
			} else if the {
				return cand{}, false
			}
			if mm, _, mn := c.monthAt(ws, k); mn > 0 {
				m, d = mm, dd
				k += mn
				end = k
				kk := k + c.comma(ws, k)
				if yy, yn := yearNum(ws, kk); yn > 0 {
					y, end = yy, kk+yn
				}
				rule += ":day-month"
			}
		}
	}
	if m > 0 && y == 0 && wn == 0 {
		// "July last year", "January this year", "May of next year"
		k := j
		if end > 0 {
			k = end
		} else {
			_, _, mn := c.monthAt(ws, j)
			k = j + mn
		}
		kk := k
		if kk < len(ws) && ws[kk].low == "of" {
			kk++
		}
		if sy, ok := c.shiftedYear(ws, kk); ok {
			y, end = sy, kk+2
			rule += ":shifted-year"
			if d > 0 && !validDate(y, m, d) {
				return cand{}, false
			}
		}
	}
	if m == 0 || end == 0 {
		return cand{}, false
	}
	var v string
	switch {
	case d > 0 && y > 0:
		if !validDate(y, m, d) {
			return cand{}, false
		}
		v = pad4(y) + "-" + pad2(m) + "-" + pad2(d)
	case d > 0:
		if !validDate(2000, m, d) {
			return cand{}, false
		}
		v = c.resolveMonth(m, d, c.tense(ws, i, end))
		if wd > 0 && c.hasDCT {
			// the weekday fixes the year: the nearest year where it fits
			y0 := c.dct.Year()
			for _, yy := range []int{y0, y0 - 1, y0 + 1} {
				if time.Date(yy, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday() == time.Weekday(wd%7) {
					v = pad4(yy) + "-" + pad2(m) + "-" + pad2(d)
					break
				}
			}
		}
	default:
		if wn > 0 {
			return cand{}, false
		}
		v = pad4(y) + "-" + pad2(m)
	}
	return cand{end: end, typ: newsgraph.Date, value: v, rule: rule, takesThe: the}, true
}

// shiftedYear reads "last year", "this year", "next year" at k and returns
// the year it names.
func (c *docCtx) shiftedYear(ws []word, k int) (int, bool) {
	if !c.hasDCT || k+1 >= len(ws) || ws[k+1].low != "year" {
		return 0, false
	}
	switch ws[k].low {
	case "last", "past", "previous":
		return c.dct.Year() - 1, true
	case "this", "current":
		return c.dct.Year(), true
	case "next", "coming":
		return c.dct.Year() + 1, true
	}
	return 0, false
}

// yearPossessive: "this year's third quarter", "last year's first half",
// "next year's March".
func (c *docCtx) yearPossessive(ws []word, i int) (cand, bool) {
	y, ok := c.shiftedYear(ws, i)
	if !ok || i+2 >= len(ws) || ws[i+2].low != "'s" {
		return cand{}, false
	}
	j := i + 3
	if j < len(ws) && ws[j].low == "fiscal" {
		j++
	}
	if o, on := c.ordinal(ws, j); on > 0 && j+on < len(ws) {
		switch u := ws[j+on].low; {
		case u == "quarter" && o >= 1 && o <= 4:
			return cand{end: j + on + 1, typ: newsgraph.Date, value: pad4(y) + "-Q" + strconv.Itoa(o), rule: "year's:quarter"}, true
		case u == "half" && o >= 1 && o <= 2:
			return cand{end: j + on + 1, typ: newsgraph.Date, value: pad4(y) + "-H" + strconv.Itoa(o), rule: "year's:half"}, true
		}
	}
	if m, amb, mn := c.monthAt(ws, j); mn > 0 && !amb {
		return cand{end: j + mn, typ: newsgraph.Date, value: pad4(y) + "-" + pad2(m), rule: "year's:month"}, true
	}
	return cand{}, false
}

var ampm = map[string]string{"am": "am", "a.m.": "am", "a.m": "am", "pm": "pm", "p.m.": "pm", "p.m": "pm"}

var zones = map[string]bool{"gmt": true, "bst": true, "utc": true, "est": true, "edt": true, "cst": true, "cdt": true,
	"pst": true, "pdt": true, "mst": true, "mdt": true, "cet": true, "cest": true, "et": true, "pt": true}

// clockTime: "10:30", "3pm", "3 p.m.", "10.30am", "noon", "midnight".
func (c *docCtx) clockTime(ws []word, i int) (cand, bool) {
	w := ws[i].low
	hh, mm, half := -1, 0, ""
	end := i + 1
	// split a glued am/pm suffix
	core := w
	for _, suf := range []string{"a.m.", "p.m.", "am", "pm"} {
		if strings.HasSuffix(core, suf) && len(core) > len(suf) && core[len(core)-len(suf)-1] >= '0' && core[len(core)-len(suf)-1] <= '9' {
			half = ampm[suf]
			core = core[:len(core)-len(suf)]
			break
		}
	}
	if k := strings.IndexAny(core, ":."); k > 0 && k < len(core)-1 {
		h, m := core[:k], core[k+1:]
		if isDigits(h) && isDigits(m) && len(h) <= 2 && len(m) == 2 {
			hh, _ = strconv.Atoi(h)
			mm, _ = strconv.Atoi(m)
			if core[k] == '.' && half == "" {
				if end < len(ws) && ampm[ws[end].low] != "" {
					half = ampm[ws[end].low]
					end++
				} else {
					return cand{}, false // 10.30 is a decimal
				}
			}
		}
	} else if isDigits(core) && len(core) == 4 && half == "" && end < len(ws) && (zones[ws[end].low] && ws[end].allCaps || ws[end].low == "hrs" || ws[end].low == "local" && end+1 < len(ws) && ws[end+1].low == "time") {
		// "1700 GMT", "0900 local time", "1430 hrs"
		hh, _ = strconv.Atoi(core[:2])
		mm, _ = strconv.Atoi(core[2:])
		if hh > 24 || mm > 59 {
			return cand{}, false
		}
		switch ws[end].low {
		case "hrs":
			end++
		case "local":
			end += 2
		default:
			end++
		}
		day, dend := c.timeDay(ws, i, end)
		return cand{end: dend, typ: newsgraph.Time, value: day + "T" + pad2(hh) + ":" + pad2(mm), rule: "time:24h"}, true
	} else if isDigits(core) && len(core) <= 2 {
		hh, _ = strconv.Atoi(core)
		if half == "" {
			if end < len(ws) && ampm[ws[end].low] != "" {
				half = ampm[ws[end].low]
				end++
			} else if end < len(ws) && (ws[end].low == "o'clock" || ws[end].low == "o’clock") {
				end++
			} else if h, n := c.inDaypart(ws, end, hh); n > 0 {
				// "4 in the morning", "9 at night"
				half = h
				end += n
			} else {
				return cand{}, false
			}
		}
	} else if n, v := c.lx.dayparts.match(ws, i); n > 0 && len(v) > 0 && strings.Contains(v[0], ":") && !ws[i].cap {
		tv := v[0]
		day, dend := c.timeDay(ws, i, i+n)
		return cand{end: dend, typ: newsgraph.Time, value: day + "T" + tv, rule: "time:named"}, true
	} else {
		return cand{}, false
	}
	if hh < 0 || hh > 24 || mm > 59 {
		return cand{}, false
	}
	if half == "" && end < len(ws) && ampm[ws[end].low] != "" {
		half = ampm[ws[end].low]
		end++
	}
	if half != "" {
		if hh < 1 || hh > 12 {
			return cand{}, false
		}
		if half == "pm" && hh < 12 {
			hh += 12
		}
		if half == "am" && hh == 12 {
			hh = 0
		}
	} else if !strings.Contains(core, ":") && !strings.HasSuffix(ws[end-1].low, "clock") {
		return cand{}, false
	}
	if end < len(ws) && zones[ws[end].low] && ws[end].allCaps {
		end++
	}
	day, dend := c.timeDay(ws, i, end)
	return cand{end: dend, typ: newsgraph.Time, value: day + "T" + pad2(hh) + ":" + pad2(mm), rule: "time:clock"}, true
}

// timeDay reads a day that follows a clock time starting at word start
// ("noon Thursday", "10 a.m. yesterday") and returns its date. The tense
// is read around the whole expression ("until 9 a.m. Tuesday" is a
// deadline ahead). A parenthesis in between is skipped: "10:35 a.m. (0735
// GMT) Friday" is on Friday, "4 in the morning (4 a.m. EDT Thursday)" on
// Thursday (the day stays out of the extent). A bare clock time is on the
// last day the text named ("Slepian was killed Friday ... shot at 10
// p.m."), else on the publication date.
func (c *docCtx) timeDay(ws []word, start, i int) (string, int) {
	if d, end, ok := c.dayAfterTime(ws, start, i); ok {
		return d, end
	}
	if i < len(ws) && ws[i].low == "(" {
		k := i + 1
		for ; k < len(ws) && k < i+8 && ws[k].low != ")"; k++ {
			if d, _, ok := c.dayAfterTime(ws, start, k); ok {
				return d, i
			}
		}
		if k < len(ws) && ws[k].low == ")" {
			if d, _, ok := c.dayAfterTime(ws, start, k+1); ok {
				return d, i
			}
		}
	}
	if c.hasAnchor && c.anchorGran == gDay {
		return c.anchor.Format("2006-01-02"), i
	}
	return c.dayPrefix(), i
}

// dayAfterTime reads a weekday, a full date or a relative day word at i.
func (c *docCtx) dayAfterTime(ws []word, start, i int) (string, int, bool) {
	if i >= len(ws) {
		return "", 0, false
	}
	w := i
	if ws[w].low == "on" && w+1 < len(ws) {
		// "noon on Monday"
		w++
	}
	if wd, abbr, n := c.weekdayAt(ws, w); n > 0 && !abbr {
		t := c.tense(ws, start, w+n)
		if t == 0 {
			t = -1
		}
		return c.resolveWeekday(wd, t, false), w + n, true
	}
	// "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6", "noon on Aug. 1"
	k := i
	if k < len(ws) && (ws[k].low == "," || ws[k].low == "on") {
		k++
	}
	if k < len(ws) {
		if cd, ok := c.explicitDate(ws, k); ok && len(cd.value) == 10 {
			return cd.value, cd.end, true
		}
	}
	if n, v := c.lx.relative.match(ws, i); n > 0 && len(v) == 2 && strings.HasPrefix(v[1], "day") && c.hasDCT {
		if k, err := strconv.Atoi(strings.TrimPrefix(v[1][3:], "+")); err == nil {
			return c.shiftValue(gDay, k), i + n, true
		}
	}
	return "", 0, false
}

// inDaypart reads "in the morning", "in the afternoon", "in the evening"
// (parts of the day from data/dayparts.txt) or "at night" after a clock
// hour h and returns the half of the day.
func (c *docCtx) inDaypart(ws []word, i, h int) (string, int) {
	if i+1 < len(ws) && ws[i].low == "at" && ws[i+1].low == "night" {
		if h >= 6 && h <= 12 {
			return "pm", 2
		}
		return "am", 2
	}
	if i+2 >= len(ws) || ws[i].low != "in" || ws[i+1].low != "the" {
		return "", 0
	}
	n, v := c.lx.dayparts.match(ws, i+2)
	if n == 0 || len(v) == 0 {
		return "", 0
	}
	switch v[0] {
	case "MO":
		return "am", 2 + n
	case "AF", "EV":
		return "pm", 2 + n
	}
	return "", 0
}

func (c *docCtx) dayPrefix() string {
	if !c.hasDCT {
		return "XXXX-XX-XX"
	}
	return c.dct.Format("2006-01-02")
}

// ago: "two years ago", "a year earlier", "three days later", "year-earlier".
func (c *docCtx) ago(ws []word, i int) (cand, bool) {
	num, nn := c.number(ws, i)
	j := i + nn
	if nn == 0 {
		num = "1"
		if !ws[i].piece {
			return cand{}, false
		}
	}
	u, _, un := c.unit(ws, j)
	if un == 0 || ws[j].cap && !ws[j].allCaps && !ws[j].sentStart || nn > 0 && ws[j].piece && !ws[i].piece {
		// "a year-earlier loss": the article is not part of the expression
		return cand{}, false
	}
	j += un
	if j >= len(ws) {
		return cand{}, false
	}
	dir := 0
	switch ws[j].low {
	case "ago", "earlier", "before", "previously", "back":
		dir = -1
	case "hence":
		dir = 1
	case "from":
		if j+1 < len(ws) && ws[j+1].low == "now" {
			dir = 1
			j++
		}
	}
	if dir == 0 || nn == 0 && !ws[j].piece {
		return cand{}, false
	}
	if ws[j].low == "before" || ws[j].low == "after" || ws[j].low == "back" {
		// "two days before the vote": the anchor is not the publication date
		return cand{}, false
	}
	end := j + 1
	takesThe := false
	if nn == 0 && end < len(ws) && u == "year" {
		// "the year-ago third quarter": that quarter a year earlier
		if q, ok := c.quarter(ws, end); ok && len(q.value) == 7 && q.value[4:6] == "-Q" {
			if y, err := strconv.Atoi(q.value[:4]); err == nil {
				return cand{end: q.end, typ: newsgraph.Date, value: pad4(y-1) + q.value[4:], rule: "ago:year-earlier-quarter", takesThe: true}, true
			}
		}
		if d, ok := c.duration(ws, end); ok && d.typ == newsgraph.Duration && strings.HasSuffix(d.value, "M") && !strings.HasPrefix(d.value, "PT") {
			// "the year-earlier nine months": a span of that length
			return cand{end: d.end, typ: newsgraph.Duration, value: d.value, rule: "ago:year-earlier-span", takesThe: true}, true
		}
	}
	if end < len(ws) && (ws[end].low == "period" || ws[end].low == "quarter" || ws[end].low == "level" || ws[end].low == "month" || ws[end].low == "year") && nn == 0 {
		takesThe = true
		if ws[end].low == "quarter" || ws[end].low == "period" {
			end++
			if c.hasDCT {
				return cand{end: end, typ: newsgraph.Date, value: c.reportedQuarter(-4), rule: "ago:year-earlier-quarter", takesThe: true}, true
			}
			return cand{end: end, typ: newsgraph.Date, value: "PAST_REF", rule: "ago:year-earlier-quarter", takesThe: true}, true
		}
		end++
	}
	var v string
	k, err := strconv.Atoi(num)
	g := unitGran[u]
	switch {
	case u == "year" && k == 1 && dir < 0 && c.hasDCT && c.financial && c.hasLastQ:
		// in results "a year ago" is the same quarter last year as the
		// quarter just named
		v = c.lastQuarter(-4)
	case u == "year" && k == 1 && dir < 0 && c.hasDCT && c.quarterly:
		// in quarterly results "a year ago" is the same quarter last year
		v = c.reportedQuarter(-4)
	case num == "X" || err != nil:
		v = "PAST_REF"
		if dir > 0 {
			v = "FUTURE_REF"
		}
	case u == "hour" || u == "minute" || u == "second":
		v = c.shiftValue(gDay, 0)
		if !c.hasDCT {
			v = c.shiftValue(gDay, dir)
		}
	case u == "fortnight":
		v = c.shiftValue(gWeek, 2*k*dir)
	case u == "decade":
		v = c.shiftValue(gYear, 10*k*dir)
	case u == "century":
		v = c.shiftValue(gYear, 100*k*dir)
	case u == "millennium":
		v = c.shiftValue(gYear, 1000*k*dir)
	default:
		v = c.shiftValue(g, k*dir)
	}
	return cand{end: end, typ: newsgraph.Date, value: v, rule: "ago", takesThe: takesThe}, true
}

// shifted: "last week", "this month", "next year", "last Friday", "last
// summer", "this morning", "the past two weeks", "the current fiscal year".
func (c *docCtx) shifted(ws []word, i int) (cand, bool) {
	sn, sv := c.lx.shifts.match(ws, i)
	if sn == 0 || len(sv) == 0 || ws[i].cap && !ws[i].sentStart && !ws[i].allCaps {
		return cand{}, false
	}
	shift, err := strconv.Atoi(sv[0])
	if err != nil {
		return cand{}, false
	}
	the := prevLow(ws, i) == "the"
	j := i + sn
	if j < len(ws) && ws[j].low == "fiscal" {
		j++
	}
	if j >= len(ws) {
		return cand{}, false
	}
	// number + unit: duration
	if num, nn := c.number(ws, j); nn > 0 && ws[j].low != "a" && ws[j].low != "an" {
		if u, plural, un := c.unit(ws, j+nn); un > 0 && (plural || num == "1") {
			return cand{end: j + nn + un, typ: newsgraph.Duration, value: durValue(num, u), rule: "shifted:duration", takesThe: true}, true
		}
	}
	if u, plural, un := c.unit(ws, j); un > 0 && !(ws[j].cap && !ws[j].allCaps) {
		end := j + un
		if plural {
			if shift != 0 && (the || ws[i].low == "past" || ws[i].low == "last" || ws[i].low == "next" || ws[i].low == "coming") {
				return cand{end: end, typ: newsgraph.Duration, value: durValue("X", u), rule: "shifted:duration", takesThe: true}, true
			}
			return cand{}, false
		}
		g, ok := unitGran[u]
		if ok && the && anaphoric(ws[i].low, u) {
			// "the following year", "the previous day", "the next day":
			// from the date the story is at, not the publication date
			if v, ok := c.fromAnchor(g, shift); ok {
				return cand{end: end, typ: newsgraph.Date, value: v, rule: "shifted:anaphoric", takesThe: true}, true
			}
		}
		if the && shift != 0 && end < len(ws) && ws[end].low == "of" && (u == "half" || u == "week" || u == "month" || u == "quarter") {
			// "the last half of the '80s", "the last week of October": a
			// part of what follows, not a span back from now
			return cand{}, false
		}
		if the && shift != 0 && (ws[i].low == "past" || ws[i].low == "last" || ws[i].low == "next" || ws[i].low == "coming") {
			return cand{end: end, typ: newsgraph.Duration, value: durValue("1", u), rule: "shifted:duration", takesThe: true}, true
		}
		if !ok || u == "hour" || u == "minute" || u == "second" {
			return cand{}, false
		}
		k := shift
		switch u {
		case "fortnight":
			k *= 2
		case "day":
			if shift == 0 {
				return cand{}, false
			}
		}
		return cand{end: end, typ: newsgraph.Date, value: c.shiftValue(g, k), rule: "shifted:unit", takesThe: true}, true
	}
	if wd, abbr, wn := c.weekdayAt(ws, j); wn > 0 && !abbr {
		end := j + wn
		var v string
		switch {
		case shift == 0:
			if c.hasDCT {
				cur := int(c.dct.Weekday())
				if cur == 0 {
					cur = 7
				}
				v = c.dct.AddDate(0, 0, wd-cur).Format("2006-01-02")
			} else {
				v = "XXXX-WXX-" + strconv.Itoa(wd)
			}
		case the && c.hasAnchor && c.anchorGran == gDay && anaphoric(ws[i].low, "day"):
			// "the previous Friday", "the following Monday": from the day
			// the story is at
			d := (int(c.anchor.Weekday())+6)%7 + 1
			delta := (wd - d + 7) % 7
			if shift < 0 {
				delta = -((d - wd + 7) % 7)
			}
			if delta == 0 {
				delta = 7 * shift
			}
			v = c.anchor.AddDate(0, 0, delta).Format("2006-01-02")
		default:
			v = c.resolveWeekday(wd, shift, true)
		}
		typ := newsgraph.Date
		if pn, pv := c.lx.dayparts.match(ws, end); pn > 0 && len(pv) > 0 && !strings.Contains(pv[0], ":") {
			end += pn
			v += "T" + pv[0]
			typ = newsgraph.Time
		}
		return cand{end: end, typ: typ, value: v, rule: "shifted:weekday", takesThe: true}, true
	}
	if m, _, mn := c.monthAt(ws, j); mn > 0 {
		end := j + mn
		if d, dn := dayNum(ws, end); dn > 0 && shift != 0 && validDate(2000, m, d) {
			// "last Oct. 23": the nearest such date before (or after) the
			// publication date
			end += dn
			if !c.hasDCT {
				return cand{end: end, typ: newsgraph.Date, value: "XXXX-" + pad2(m) + "-" + pad2(d), rule: "shifted:month-day", takesThe: true}, true
			}
			y := c.dct.Year()
			date := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			if shift < 0 && !date.Before(c.dct) {
				y--
			} else if shift > 0 && !date.After(c.dct) {
				y++
			}
			if !validDate(y, m, d) {
				return cand{}, false
			}
			return cand{end: end, typ: newsgraph.Date, value: pad4(y) + "-" + pad2(m) + "-" + pad2(d), rule: "shifted:month-day", takesThe: true}, true
		}
		if !c.hasDCT {
			return cand{end: end, typ: newsgraph.Date, value: "XXXX-" + pad2(m), rule: "shifted:month", takesThe: true}, true
		}
		y, cm := c.dct.Year(), int(c.dct.Month())
		switch {
		case shift < 0 && m >= cm:
			y--
		case shift > 0 && m <= cm:
			y++
		}
		return cand{end: end, typ: newsgraph.Date, value: pad4(y) + "-" + pad2(m), rule: "shifted:month", takesThe: true}, true
	}
	if hn, hv := c.lx.holidays.match(ws, j); hn > 0 && len(hv) > 0 && ws[j].cap && shift != 0 {
		if v, ok := c.holidayValue(hv, shift, true); ok {
			return cand{end: j + hn, typ: newsgraph.Date, value: v, rule: "shifted:holiday", takesThe: true}, true
		}
	}
	if sn2, sv2 := c.lx.seasons.match(ws, j); sn2 > 0 && len(sv2) > 0 {
		return cand{end: j + sn2, typ: newsgraph.Date, value: c.seasonValue(sv2[0], shift, true), rule: "shifted:season", takesThe: true}, true
	}
	if pn, pv := c.lx.dayparts.match(ws, j); pn > 0 && len(pv) > 0 && !strings.Contains(pv[0], ":") && shift == 0 {
		return cand{end: j + pn, typ: newsgraph.Time, value: c.dayPrefix() + "T" + pv[0], rule: "shifted:daypart"}, true
	}
	return cand{}, false
}

// thatUnit: "that year", "that same day", "later that month": the unit
// of the date the story is at. Without such a date there is no value and
// no expression.
func (c *docCtx) thatUnit(ws []word, i int) (cand, bool) {
	if ws[i].low != "that" || ws[i].cap && !ws[i].sentStart {
		return cand{}, false
	}
	j := i + 1
	if j < len(ws) && ws[j].low == "same" {
		j++
	}
	if j >= len(ws) {
		return cand{}, false
	}
	u, plural, un := c.unit(ws, j)
	if un == 0 || plural {
		return cand{}, false
	}
	g, ok := unitGran[u]
	if !ok || u != "day" && u != "week" && u != "month" && u != "year" {
		return cand{}, false
	}
	v, ok := c.fromAnchor(g, 0)
	if !ok {
		return cand{}, false
	}
	return cand{end: j + un, typ: newsgraph.Date, value: v, rule: "that-unit"}, true
}

// dayOf: "the day before last Tuesday('s hearing)", "the day after Nov.
// 3", "the week of March 6": a day or week fixed by the date that follows.
func (c *docCtx) dayOf(ws []word, i int) (cand, bool) {
	if i+2 >= len(ws) {
		return cand{}, false
	}
	var k int
	switch {
	case ws[i].low == "day" && ws[i+1].low == "before":
		k = -1
	case ws[i].low == "day" && ws[i+1].low == "after":
		k = 1
	case ws[i].low == "week" && ws[i+1].low == "of" && prevLow(ws, i) == "the":
	default:
		return cand{}, false
	}
	var in cand
	ok := false
	for _, f := range []ruleFunc{(*docCtx).explicitDate, (*docCtx).shifted, (*docCtx).weekday, (*docCtx).relative} {
		if cd, found := f(c, ws, i+2); found && cd.typ == newsgraph.Date && len(cd.value) == 10 && cd.end > in.end && ws[cd.end-1].tokEnd {
			in, ok = cd, true
		}
	}
	if !ok {
		return cand{}, false
	}
	d, err := time.Parse("2006-01-02", in.value)
	if err != nil {
		return cand{}, false
	}
	if ws[i].low == "week" {
		y, w := d.ISOWeek()
		return cand{end: in.end, typ: newsgraph.Date, value: pad4(y) + "-W" + pad2(w), takesThe: true}, true
	}
	return cand{end: in.end, typ: newsgraph.Date, value: d.AddDate(0, 0, k).Format("2006-01-02")}, true
}

// yearEnd: "by year-end", "around year end", "by year's end": the end of
// the publication year (TIMEX3 value of the year, as "the end of the
// year"); "since year-end" counts from a point, last year's closing day
// (Dec. 31). Only after a preposition and
// not before a noun ("year-end net was" is a modifier).
func (c *docCtx) yearEnd(ws []word, i int) (cand, bool) {
	if ws[i].low != "year" || !c.hasDCT {
		return cand{}, false
	}
	j := i + 1
	if j < len(ws) && ws[j].low == "'s" {
		j++
	}
	if j >= len(ws) || ws[j].low != "end" {
		return cand{}, false
	}
	end := j + 1
	switch prevLow(ws, i) {
	case "by", "since", "at", "around", "until", "till", "before", "after", "near", "toward", "towards", "through", "from", "to", "of":
	default:
		return cand{}, false
	}
	if end < len(ws) && strings.HasPrefix(ws[end].pos, "NN") {
		return cand{}, false
	}
	if prevLow(ws, i) == "since" {
		// a point to measure from: last year's closing day
		return cand{end: end, typ: newsgraph.Date, value: pad4(c.dct.Year()-1) + "-12-31"}, true
	}
	return cand{end: end, typ: newsgraph.Date, value: pad4(c.dct.Year())}, true
}

// nthDay: "(today) is the eighth day of Desert Shield", "it's the second
// day of an offensive": the present tense makes it the publication day
// (or week).
func (c *docCtx) nthDay(ws []word, i int) (cand, bool) {
	if !c.hasDCT || i < 2 || ws[i-1].low != "the" {
		return cand{}, false
	}
	switch ws[i-2].low {
	case "is", "'s":
	default:
		return cand{}, false
	}
	o, on := c.ordinal(ws, i)
	if on == 0 || o < 1 || i+on >= len(ws) {
		return cand{}, false
	}
	j := i + on
	if ws[j].low == "straight" || ws[j].low == "consecutive" {
		j++
	}
	if j >= len(ws) {
		return cand{}, false
	}
	switch ws[j].low {
	case "day":
		return cand{end: j + 1, typ: newsgraph.Date, value: c.dayPrefix(), takesThe: true}, true
	case "week":
		return cand{end: j + 1, typ: newsgraph.Date, value: c.shiftValue(gWeek, 0), takesThe: true}, true
	}
	return cand{}, false
}

// then: "until then", "by then" after a date: that date ("rights will
// terminate on Nov. 30. Until then, ..."), named in this sentence or the
// one before. "Since then" and other uses are not tagged.
func (c *docCtx) then(ws []word, i int) (cand, bool) {
	if ws[i].low != "then" || !c.hasAnchor || c.anchorGran != gDay || c.sent-c.anchorSent > 1 {
		return cand{}, false
	}
	switch prevLow(ws, i) {
	case "until", "till", "by":
	default:
		return cand{}, false
	}
	return cand{end: i + 1, typ: newsgraph.Date, value: c.anchor.Format("2006-01-02")}, true
}

// daypart: "in the morning", "during the night", "by mid afternoon",
// "mid-afternoon yesterday": a part of the day that follows, else, in a
// past-tense clause, of the day the story is at (the last day the text
// named, else the publication date). Habits ("people wake up in the
// morning"), plans ("we will assess it in the morning") and modifiers
// ("early morning trading", "late-night drinkers") are not tagged.
func (c *docCtx) daypart(ws []word, i int) (cand, bool) {
	pn, pv := c.lx.dayparts.match(ws, i)
	if pn == 0 || len(pv) == 0 || strings.Contains(pv[0], ":") || ws[i].cap && !ws[i].sentStart || i == 0 {
		return cand{}, false
	}
	p := ws[i-1].low
	pp := prevLow(ws, i-1)
	start := i - 1
	switch {
	case p == "the" && (pp == "in" || pp == "during" || pp == "by" || pp == "until" || pp == "through" || pp == "throughout"):
		if i >= 3 && c.numberAt(ws, i-3) {
			// "three in the morning" is a clock time
			return cand{}, false
		}
		start = i - 2
	case p == "mid" || p == "mid-" || p == "late" || p == "early":
		// "mid afternoon", "late evening": the modifier stays in the extent
	default:
		return cand{}, false
	}
	end := i + pn
	if d, dend, ok := c.dayAfterTime(ws, i, end); ok {
		return cand{end: dend, typ: newsgraph.Time, value: d + "T" + pv[0], takesThe: true}, true
	}
	if !c.hasDCT || end < len(ws) && strings.HasPrefix(ws[end].pos, "NN") || c.tense(ws, start, end) >= 0 {
		return cand{}, false
	}
	day := c.dayPrefix()
	if c.hasAnchor && c.anchorGran == gDay {
		day = c.anchor.Format("2006-01-02")
	}
	return cand{end: end, typ: newsgraph.Time, value: day + "T" + pv[0], takesThe: true}, true
}

// anaphoric reports whether "the <shift> <unit>" counts from the story's
// last date: "the following/previous/prior year"; "the next day" (but "the
// next year" is the coming one).
func anaphoric(shift, unit string) bool {
	switch shift {
	case "following", "previous", "prior", "preceding":
		return true
	case "next":
		return unit == "day"
	}
	return false
}

var seasonIdx = map[string]int{"SP": 1, "SU": 2, "FA": 3, "WI": 4}

// seasonValue resolves a season code. explicit: dir comes from a shift word
// (last/this/next); otherwise dir is the clause's tense.
func (c *docCtx) seasonValue(code string, dir int, explicit bool) string {
	if !c.hasDCT {
		return "XXXX-" + code
	}
	y, m := c.dct.Year(), int(c.dct.Month())
	cur := 0
	switch {
	case m >= 3 && m <= 5:
		cur = 1
	case m >= 6 && m <= 8:
		cur = 2
	case m >= 9 && m <= 11:
		cur = 3
	default:
		cur = 4
		if m <= 2 {
			y--
		}
	}
	s := seasonIdx[code]
	switch {
	case explicit && dir < 0:
		if s >= cur {
			y--
		}
	case explicit && dir > 0:
		if s <= cur {
			y++
		}
	case explicit:
	case dir < 0:
		if s > cur {
			y--
		}
	case dir > 0:
		if s < cur {
			y++
		}
	}
	return pad4(y) + "-" + code
}

// set: "daily", "weekly", "every Monday", "each year", "twice a week".
func (c *docCtx) set(ws []word, i int) (cand, bool) {
	n, v := c.lx.sets.match(ws, i)
	if n == 0 || len(v) == 0 {
		// "twice a week", "three times a year"
		j := i
		switch ws[i].low {
		case "once", "twice":
			j++
		default:
			if _, nn := c.number(ws, i); nn > 0 && i+nn < len(ws) && ws[i+nn].low == "times" {
				j = i + nn + 1
			}
		}
		if j == i || j+1 >= len(ws) || (ws[j].low != "a" && ws[j].low != "per" && ws[j].low != "an" && ws[j].low != "each" && ws[j].low != "every") {
			return cand{}, false
		}
		if u, plural, un := c.unit(ws, j+1); un > 0 && !plural {
			return cand{end: j + 1 + un, typ: newsgraph.Set, value: durValue("1", u), rule: "set:times"}, true
		}
		return cand{}, false
	}
	if v[0] == "every" && ws[i].low == "per" && c.afterAmount(ws, i) {
		// "15 million instructions per second": a unit of a rate
		return cand{}, false
	}
	if v[0] != "every" {
		if ws[i].cap && !ws[i].sentStart && !ws[i].allCaps {
			return cand{}, false
		}
		if e := i + n; e < len(ws) && hasFlag(v, "adverb") && !setFollower(ws[e]) {
			// "daily newspaper", "annual report": an adjective, not a frequency
			return cand{}, false
		}
		if hasFlag(v, "adverb") && c.afterAmount(ws, i) {
			// "rise 8.5% annually", "C$17.9 million annually": a rate, as
			// "$500 million a year"
			return cand{}, false
		}
		return cand{end: i + n, typ: newsgraph.Set, value: v[0], rule: "set:word"}, true
	}
	j := i + n
	if j < len(ws) && ws[j].low == "other" {
		j++
	}
	num := "1"
	if nm, nn := c.number(ws, j); nn > 0 && nm != "X" && ws[j].low != "a" {
		num, j = nm, j+nn
	}
	if u, _, un := c.unit(ws, j); un > 0 {
		return cand{end: j + un, typ: newsgraph.Set, value: durValue(num, u), rule: "set:every"}, true
	}
	if wd, _, wn := c.weekdayAt(ws, j); wn > 0 {
		return cand{end: j + wn, typ: newsgraph.Set, value: "XXXX-WXX-" + strconv.Itoa(wd), rule: "set:every"}, true
	}
	if m, _, mn := c.monthAt(ws, j); mn > 0 {
		return cand{end: j + mn, typ: newsgraph.Set, value: "XXXX-" + pad2(m), rule: "set:every"}, true
	}
	if pn, pv := c.lx.dayparts.match(ws, j); pn > 0 && len(pv) > 0 && !strings.Contains(pv[0], ":") {
		return cand{end: j + pn, typ: newsgraph.Set, value: "XXXX-XX-XXT" + pv[0], rule: "set:every"}, true
	}
	if sn, sv := c.lx.seasons.match(ws, j); sn > 0 && len(sv) > 0 {
		return cand{end: j + sn, typ: newsgraph.Set, value: "XXXX-" + sv[0], rule: "set:every"}, true
	}
	return cand{}, false
}

// quarter: "the fourth quarter", "third-quarter", "the first half of 2024",
// "Q3", "the latest quarter".
func (c *docCtx) quarter(ws []word, i int) (cand, bool) {
	j := i
	q := 0
	w := ws[i].low
	if len(w) == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4' {
		q = int(w[1] - '0')
		unit := "quarter"
		if w[0] == 'h' {
			unit = "half"
			if q > 2 {
				return cand{}, false
			}
		}
		return c.quarterTail(ws, i, i+1, q, unit)
	}
	if y, yn := yearNum(ws, i); yn > 0 && i+1 < len(ws) {
		// "the 1988 second quarter"
		if o, on := c.ordinal(ws, i+1); on > 0 && i+1+on < len(ws) && ws[i+1+on].low == "quarter" && o >= 1 && o <= 4 {
			return cand{end: i + 2 + on, typ: newsgraph.Date, value: pad4(y) + "-Q" + strconv.Itoa(o), rule: "quarter:year", takesThe: true}, true
		}
		if i+1 < len(ws) && (ws[i+1].low == "quarter" || ws[i+1].low == "period") && prevLow(ws, i) == "the" && c.hasDCT {
			// "the 1988 quarter": the latest quarter, in that year
			q := (int(c.dct.Month())-1)/3 + 1 - 1
			if q == 0 {
				q = 4
			}
			if c.hasRepQ {
				q = c.repQ%4 + 1
			}
			return cand{end: i + 2, typ: newsgraph.Date, value: pad4(y) + "-Q" + strconv.Itoa(q), rule: "quarter:year", takesThe: true}, true
		}
		return cand{}, false
	}
	if w == "final" || w == "last" && prevLow(ws, i) == "the" {
		q = 4
		j++
	} else if w == "latest" {
		j++
		if j < len(ws) && (ws[j].low == "quarter" || ws[j].low == "period") {
			return cand{end: j + 1, typ: newsgraph.Date, value: c.reportedQuarter(0), rule: "quarter:latest", takesThe: true}, true
		}
		return cand{}, false
	} else if o, on := c.ordinal(ws, i); on > 0 {
		q = o
		j += on
	} else if w == "fiscal" && i+1 < len(ws) {
		// "the fiscal first quarter"
		if o, on := c.ordinal(ws, i+1); on > 0 {
			q = o
			j += 1 + on
		} else {
			return cand{}, false
		}
	} else {
		return cand{}, false
	}
	if j < len(ws) && ws[j].low == "fiscal" {
		j++
	}
	if j >= len(ws) {
		return cand{}, false
	}
	u := ws[j].low
	if u != "quarter" && u != "half" {
		return cand{}, false
	}
	if (w == "final" || w == "last") && u == "half" {
		q = 2
	}
	if u == "quarter" && q > 4 || u == "half" && q > 2 || q < 1 {
		return cand{}, false
	}
	return c.quarterTail(ws, i, j+1, q, u)
}

func (c *docCtx) quarterTail(ws []word, i, j, q int, unit string) (cand, bool) {
	letter := "Q"
	per := 4
	if unit == "half" {
		letter, per = "H", 2
	}
	explicitYear := func() bool {
		k := j
		if k < len(ws) && (ws[k].low == "of" || ws[k].low == "in") {
			k++
		}
		if k < len(ws) && ws[k].low == "fiscal" {
			k++
		}
		if _, yn := yearNum(ws, k); yn > 0 {
			return true
		}
		n, _ := c.lx.shifts.match(ws, k)
		return n > 0 && k+n < len(ws) && ws[k+n].low == "year" || k < len(ws) && ws[k].low == "the" && k+1 < len(ws) && ws[k+1].low == "year"
	}
	if unit == "half" && !c.financial && !explicitYear() {
		// "the first half of the match"
		return cand{}, false
	}
	if unit == "quarter" && !c.financial && !explicitYear() && !c.lx.finance.has(ws, j) {
		// "the third quarter of the match" in a sports story
		if j < len(ws) && ws[j].low == "of" {
			return cand{}, false
		}
	}
	end := j
	y := 0
	k := j
	if k < len(ws) && (ws[k].low == "of" || ws[k].low == "in" || ws[k].low == ",") {
		k++
	}
	if k < len(ws) && ws[k].low == "fiscal" {
		k++
	}
	if yy, yn := yearNum(ws, k); yn > 0 {
		y, end = yy, k+yn
	} else if k < len(ws) && ws[k].low != "," {
		if ws[k].low == "the" && k+1 < len(ws) && ws[k+1].low == "year" && c.hasDCT {
			y, end = c.dct.Year(), k+2
		} else if sn, sv := c.lx.shifts.match(ws, k); sn > 0 && k+sn < len(ws) && ws[k+sn].low == "year" && len(sv) > 0 && ws[k].low != "past" {
			s, _ := strconv.Atoi(sv[0])
			if c.hasDCT {
				y = c.dct.Year() + s
			}
			end = k + sn + 1
		}
	}
	if y == 0 && j+2 < len(ws) && ws[j].low == "of" && ws[j+1].low == "the" && ws[j+2].low != "fiscal" && ws[j+2].low != "year" && ws[j+2].low != "current" {
		// "the last half of the '80s", "the first quarter of the
		// century": a part of something else than a year
		return cand{}, false
	}
	if y == 0 {
		if !c.hasDCT {
			return cand{end: end, typ: newsgraph.Date, value: "XXXX-" + letter + strconv.Itoa(q), rule: "quarter", takesThe: true}, true
		}
		y = c.dct.Year()
		cq := (int(c.dct.Month())-1)/(12/per) + 1
		if q > cq && c.tense(ws, i, end) < 0 {
			y--
		}
	}
	return cand{end: end, typ: newsgraph.Date, value: pad4(y) + "-" + letter + strconv.Itoa(q), rule: "quarter", takesThe: true}, true
}

// duration: "three days", "two hours", "50-minute", "the first nine months",
// "about a year", "for years".
func (c *docCtx) duration(ws []word, i int) (cand, bool) {
	j := i
	if o, on := c.ordinal(ws, j); on > 0 && o == 1 && prevLow(ws, j) == "the" {
		j += on
	}
	num, nn := c.number(ws, j)
	if nn == 0 {
		// bare plural after "for"/"over"/"within": "for years"
		if u, plural, un := c.unit(ws, i); un > 0 && plural && !ws[i].cap {
			switch prevLow(ws, i) {
			case "for", "within", "over":
				if j+un < len(ws) && (ws[j+un].low == "of" || ws[j+un].low == "to") {
					return cand{}, false
				}
				return cand{end: i + un, typ: newsgraph.Duration, value: durValue("X", u), rule: "duration:plural"}, true
			}
		}
		return cand{}, false
	}
	j += nn
	// "5 1/2 hours", "two and a half years"
	half := false
	if j < len(ws) && (ws[j].low == "1/2" || ws[j].low == "½") {
		half, j = true, j+1
	} else if j+2 < len(ws) && ws[j].low == "and" && (ws[j+1].low == "a" || ws[j+1].low == "one") && ws[j+2].low == "half" {
		half, j = true, j+3
	}
	if j < len(ws) && ws[j].low == "-" {
		j++
	}
	if j+1 < len(ws) && extraWord(ws[j].low) && !half {
		// "two more weeks", "an additional year"
		if _, _, un := c.unit(ws, j+1); un > 0 {
			j++
		}
	}
	u, plural, un := c.unit(ws, j)
	if !half && un > 0 && j+un+2 < len(ws) && ws[j+un].low == "and" && ws[j+un+1].low == "a" && ws[j+un+2].low == "half" && (num == "1" || ws[i].low == "a" || ws[i].low == "an") {
		// "a minute and a half", "a year and a half"
		if v, ok := halfDuration(num, u); ok {
			return cand{end: j + un + 3, typ: newsgraph.Duration, value: v, rule: "duration:half", takesThe: true}, true
		}
	}
	if half {
		v, ok := halfDuration(num, u)
		if un == 0 || !ok {
			return cand{}, false
		}
		return cand{end: j + un, typ: newsgraph.Duration, value: v, rule: "duration:half", takesThe: true}, true
	}
	if y, yn := yearNum(ws, i); yn > 0 && y >= 1800 && un > 0 && !plural {
		// "the 1988 quarter" is a date, not 1988 quarters
		return cand{}, false
	}
	if un == 0 || ws[j].cap && !ws[j].allCaps {
		// "half an hour"
		return cand{}, false
	}
	if (ws[i].low == "a" || ws[i].low == "an" || ws[i].low == "one") && (u == "second" || u == "half" || u == "quarter") {
		return cand{}, false
	}
	if num == "1" && plural {
		return cand{}, false
	}
	if num == "X" && !plural && !(ws[j].piece && !ws[j].tokStart) {
		return cand{}, false
	}
	if e := j + un; e < len(ws) {
		if (u == "quarter" || u == "half") && ws[e].low == "of" {
			// "three-quarters of the vote" is a fraction
			return cand{}, false
		}
		if _, _, un2 := c.unit(ws, e); un2 > 0 && u == "second" {
			return cand{}, false
		}
	}
	if u == "half" || u == "quarter" && num == "X" {
		return cand{}, false
	}
	end := j + un
	if (ws[i].low == "a" || ws[i].low == "an") && c.afterAmount(ws, i) && (end >= len(ws) || !anchorWord(ws[end].low)) {
		// a rate after an amount ("£1bn a year", "84 million barrels a
		// day") is not tagged: TimeBank tags it in under a third of its uses
		return cand{}, false
	}
	if end < len(ws) && ws[end].low == "old" && plural {
		// an age ("52 years old") is not tagged, like "52-year-old"
		return cand{}, false
	}
	return cand{end: end, typ: newsgraph.Duration, value: durValue(num, u), rule: "duration", takesThe: true}, true
}

// relative: deictic words from relative.txt, with an optional part of day
// ("yesterday morning").
func (c *docCtx) relative(ws []word, i int) (cand, bool) {
	n, v := c.lx.relative.match(ws, i)
	if n == 0 || len(v) < 2 {
		return cand{}, false
	}
	if ws[i].cap && !ws[i].sentStart && !ws[i].allCaps {
		return cand{}, false
	}
	typ := newsgraph.TimeType(v[0])
	val := v[1]
	end := i + n
	if n > 1 && strings.HasSuffix(val, "_REF") && (!ws[end-1].tokStart || end < len(ws) && strings.HasPrefix(ws[end].pos, "NN")) {
		// "the short-term outlook": an adjective
		return cand{}, false
	}
	part := ""
	if len(v) > 2 {
		part = v[2]
	}
	if strings.HasPrefix(val, "day") && n == 1 && i >= 2 && ws[i-1].low == "of" && genericHead(ws[i-2]) && !c.dateWord(ws, i-2) {
		// "the people of tomorrow", "the world of today": the age, not
		// the day
		return cand{}, false
	}
	if strings.HasPrefix(val, "day") {
		k, err := strconv.Atoi(strings.TrimPrefix(val[3:], "+"))
		if err != nil {
			return cand{}, false
		}
		val = c.shiftValue(gDay, k)
		if part == "" {
			if pn, pv := c.lx.dayparts.match(ws, end); pn > 0 && len(pv) > 0 {
				end += pn
				part = pv[0]
			}
		}
		if part != "" && c.hasDCT {
			typ = newsgraph.Time
			val += "T" + part
		}
	} else if ws[i].low == "the" && end < len(ws) && (ws[end].low == "of" || ws[end].low == "'s" || c.numberAt(ws, end)) {
		// "the future of the plant", "the past three sessions"
		return cand{}, false
	} else if val == "PAST_REF" && ws[i].low == "recent" {
		// "recent" only as "recent years", "recent weeks"
		if u, plural, un := c.unit(ws, end); un > 0 && plural {
			return cand{end: end + un, typ: newsgraph.Duration, value: durValue("X", u), rule: "relative:recent"}, true
		}
		return cand{}, false
	}
	return cand{end: end, typ: typ, value: val, rule: "relative"}, true
}

// genericHead reports whether w is a common noun that makes "<w> of
// tomorrow/today" the age rather than the day ("the people of tomorrow");
// without POS tags, a lower-case word that does not name a point of the
// day ("the end of today").
func genericHead(w word) bool {
	if w.cap {
		return false
	}
	if w.pos != "" {
		return strings.HasPrefix(w.pos, "NN")
	}
	switch w.low {
	case "end", "close", "start", "beginning", "middle", "rest", "morning", "afternoon", "evening", "night", "as":
		return false
	}
	if len(w.low) < 4 {
		return false
	}
	for i := 0; i < len(w.low); i++ {
		if w.low[i] < 'a' || w.low[i] > 'z' {
			return false
		}
	}
	return true
}

// decade and century: "the 1990s", "the '90s", "the 19th century".
func (c *docCtx) decade(ws []word, i int) (cand, bool) {
	if (ws[i].low == "'" || ws[i].low == "`") && i+1 < len(ws) && ws[i+1].start == ws[i].end && strings.HasSuffix(ws[i+1].low, "0s") && len(ws[i+1].low) == 3 {
		// "the '90s" tokenized as "'" "90s"
		if cd, ok := c.decade(ws, i+1); ok {
			return cand{end: cd.end, typ: cd.typ, value: cd.value, rule: cd.rule, takesThe: true}, true
		}
	}
	w := strings.TrimPrefix(ws[i].low, "'")
	if strings.HasSuffix(w, "s") && isDigits(w[:len(w)-1]) {
		d := w[:len(w)-1]
		switch len(d) {
		case 4:
			if d[3] != '0' {
				return cand{}, false
			}
			y, _ := strconv.Atoi(d)
			if y < 1000 || y > 2190 {
				return cand{}, false
			}
			if y%100 == 0 && y != 2000 {
				return cand{end: i + 1, typ: newsgraph.Date, value: d[:2], rule: "decade:century", takesThe: true}, true
			}
			return cand{end: i + 1, typ: newsgraph.Date, value: d[:3], rule: "decade", takesThe: true}, true
		case 2:
			if d[1] != '0' || agePossessive(ws, i) {
				// "in his 30s" is an age
				return cand{}, false
			}
			p := "19"
			if d[0] < '3' {
				p = "20"
			}
			return cand{end: i + 1, typ: newsgraph.Date, value: p + d[:1], rule: "decade", takesThe: true}, true
		}
		return cand{}, false
	}
	if n, v := c.lx.decades.match(ws, i); n > 0 && len(v) > 0 && prevLow(ws, i) == "the" {
		return cand{end: i + n, typ: newsgraph.Date, value: "19" + v[0], rule: "decade:word", takesThe: true}, true
	}
	if o, on := c.ordinal(ws, i); on > 0 && o >= 1 && o <= 22 && i+on < len(ws) && ws[i+on].low == "century" {
		return cand{end: i + on + 1, typ: newsgraph.Date, value: pad2(o - 1), rule: "century", takesThe: true}, true
	}
	return cand{}, false
}

// season: "summer 2024", "the summer", "in winter".
func (c *docCtx) season(ws []word, i int) (cand, bool) {
	n, v := c.lx.seasons.match(ws, i)
	if n == 0 || len(v) == 0 || ws[i].cap && !ws[i].sentStart && !ws[i].allCaps {
		return cand{}, false
	}
	j := i + n
	k := j
	if k < len(ws) && ws[k].low == "of" {
		k++
	}
	if y, yn := c.yearAt(ws, k); yn > 0 {
		return cand{end: k + yn, typ: newsgraph.Date, value: pad4(y) + "-" + v[0], rule: "season:year", takesThe: true}, true
	}
	p := prevLow(ws, i)
	if p == "the" && i >= 2 {
		p = ws[i-2].low
	}
	switch p {
	case "in", "during", "over", "by", "until", "since", "through", "throughout", "early", "late", "mid", "this", "into", "of", "end":
	default:
		return cand{}, false
	}
	if j < len(ws) && !ws[j].cap && ws[j].low != "," && ws[j].low != "." && ws[j].low != "and" && !temporalPreps[ws[j].low] {
		// "summer holidays": the season is a modifier, not a date
		return cand{}, false
	}
	return cand{end: j, typ: newsgraph.Date, value: c.seasonValue(v[0], c.tense(ws, i, j), false), rule: "season", takesThe: true}, true
}

// weekday: "Friday", "on Tuesday", "Friday morning".
func (c *docCtx) weekday(ws []word, i int) (cand, bool) {
	wd, abbr, n := c.weekdayAt(ws, i)
	if n == 0 || abbr {
		return cand{}, false
	}
	end := i + n
	// a capitalised word before is fine ("in Kenya and Tanzania Friday");
	// names like "Man Friday" are in stopphrases.txt
	if end < len(ws) && ws[end].cap && !ws[end].allCaps && !c.dateWord(ws, end) && !ws[i].allCaps {
		if pn, _ := c.lx.dayparts.match(ws, end); pn == 0 && ws[end].low != "i" {
			return cand{}, false
		}
	}
	if i > 0 && ws[i-1].allCaps && !ws[i].allCaps && !ws[i-1].sentStart {
		// "TGI Friday's"
		return cand{}, false
	}
	if end < len(ws) && (ws[end].low == "'s" && end+1 < len(ws) && ws[end+1].cap) {
		return cand{}, false
	}
	t := c.tense(ws, i, end)
	if t == 0 || end < len(ws) && ws[end].low == "'s" {
		// "Wednesday's ruling": a possessive weekday names a past event
		t = -1
	}
	v := c.resolveWeekday(wd, t, false)
	typ := newsgraph.Date
	if pn, pv := c.lx.dayparts.match(ws, end); pn > 0 && len(pv) > 0 && !strings.Contains(pv[0], ":") {
		end += pn
		v += "T" + pv[0]
		typ = newsgraph.Time
	}
	return cand{end: end, typ: typ, value: v, rule: "weekday"}, true
}

// month: a bare month name; ambiguous names (May, March) need temporal
// context.
func (c *docCtx) month(ws []word, i int) (cand, bool) {
	m, amb, n := c.monthAt(ws, i)
	if n == 0 {
		return cand{}, false
	}
	end := i + n
	p := prevLow(ws, i)
	ctxOK := temporalPreps[p] || c.lx.modifiers.has(ws, i-1)
	if p == "the" || p == "a" || p == "an" {
		// only as a modifier of a noun: "the October slaying", "a June
		// agreement", "the March accession" (not "the March on Washington")
		if !ws[i].cap || end >= len(ws) || ws[end].cap || setFollower(ws[end]) || ws[end].low == "of" || ws[end].low == "'s" {
			return cand{}, false
		}
		ctxOK = true
	}
	if amb && (!ctxOK || p == "," || p == "and" || p == "or" || p == "to" || p == "as") {
		// "and May" only after another month: "April and May"
		if !(p == "and" || p == "or" || p == "to") || i < 2 || !c.dateWord(ws, i-2) {
			return cand{}, false
		}
	}
	if len(ws[i].low) <= 4 && !strings.HasSuffix(ws[i].low, ".") && n == 1 && ws[i].low != "june" && ws[i].low != "july" && ws[i].low != "may" {
		// bare abbreviations ("Jan", "Dec") only with a day or year
		return cand{}, false
	}
	if c.nameLike(ws, i, end) && !ctxOK {
		return cand{}, false
	}
	if end < len(ws) && ws[end].cap && !ws[end].allCaps && !c.dateWord(ws, end) {
		return cand{}, false
	}
	t := c.tense(ws, i, end)
	return cand{end: end, typ: newsgraph.Date, value: c.resolveMonth(m, 0, t), rule: "month"}, true
}

// year: "2004", "in 1990", "fiscal 1989".
func (c *docCtx) year(ws []word, i int) (cand, bool) {
	j := i
	if ws[i].low == "fiscal" || ws[i].low == "fy" {
		j++
	}
	y, yn := yearNum(ws, j)
	if yn == 0 {
		return cand{}, false
	}
	end := j + yn
	p := prevLow(ws, i)
	switch p {
	case "$", "#", "no.", "no", "number", "nos.", "£", "€", "us$", "page", "flight", "route", "model":
		return cand{}, false
	}
	if end < len(ws) {
		switch nx := ws[end].low; {
		case nx == "%" || nx == "percent" || nx == "per" || nx == "pct":
			return cand{}, false
		}
		if _, _, un := c.unit(ws, end); un > 0 {
			return cand{}, false
		}
		if end+1 < len(ws) && ws[end].low == "," && isDigits(ws[end+1].low) {
			return cand{}, false
		}
	}
	if !(temporalPreps[p] || j > i) && (y < 1900 || y > 2099) {
		return cand{}, false
	}
	if y%100 == 0 && !temporalPreps[p] && j == i && end < len(ws) && !ws[end].cap && ws[end].low[0] >= 'a' && ws[end].low[0] <= 'z' && !setFollower(ws[end]) {
		// "the 2000 people": a round number before a noun is a quantity
		return cand{}, false
	}
	if i > 0 && ws[i-1].end == ws[i].start && (ws[i-1].low == "$" || ws[i-1].low == "#") {
		return cand{}, false
	}
	if j == i && i > 0 && ws[i-1].cap && !ws[i-1].allCaps && !ws[i-1].sentStart && !temporalPreps[p] && !c.dateWord(ws, i-1) && !c.lx.shifts.has(ws, i-1) && !c.lx.modifiers.has(ws, i-1) && !c.lx.holidays.has(ws, i-1) && !c.lx.seasons.has(ws, i-1) {
		// "a venture called Orion 1980", "Expo 2000": part of a name
		return cand{}, false
	}
	rule := "year"
	return cand{end: end, typ: newsgraph.Date, value: pad4(y), rule: rule}, true
}

// theUnit: "the weekend", "the year" (the current one).
func (c *docCtx) theUnit(ws []word, i int) (cand, bool) {
	if prevLow(ws, i) != "the" || ws[i].cap && !ws[i].allCaps {
		// "Record Of The Year" is a title
		return cand{}, false
	}
	afterOf := i >= 2 && ws[i-2].low == "of"
	// "earlier in the year", "later in the month": the current one
	afterIn := i >= 3 && ws[i-2].low == "in" && (ws[i-3].low == "earlier" || ws[i-3].low == "later")
	// "for the year", "for the full year" in results: this year
	afterFor := i >= 2 && ws[i-2].low == "for" && c.financial
	switch ws[i].low {
	case "full":
		if afterFor && i+1 < len(ws) && ws[i+1].low == "year" && !c.periodEnded(ws, i+2) {
			return cand{end: i + 2, typ: newsgraph.Date, value: c.shiftValue(gYear, 0), rule: "the-unit", takesThe: true}, true
		}
	case "fiscal":
		if i+1 < len(ws) && ws[i+1].low == "year" {
			if c.periodEnded(ws, i+2) {
				return cand{end: i + 2, typ: newsgraph.Duration, value: "P1Y", rule: "the-year-ended", takesThe: true}, true
			}
			return cand{end: i + 2, typ: newsgraph.Date, value: c.shiftValue(gYear, 0), rule: "the-fiscal-year", takesThe: true}, true
		}
	case "year", "month", "week":
		if ws[i].low == "year" && c.periodEnded(ws, i+1) {
			// "for the year ended March 31": a reporting period, a duration
			return cand{end: i + 1, typ: newsgraph.Duration, value: "P1Y", rule: "the-year-ended", takesThe: true}, true
		}
		if y, yn := c.yearAt(ws, i+1); yn > 0 && ws[i].low == "year" {
			// "the year 2000", "the year two thousand"
			return cand{end: i + 1 + yn, typ: newsgraph.Date, value: pad4(y), rule: "the-year", takesThe: true}, true
		}
		if afterOf || afterIn || afterFor && ws[i].low == "year" && (i+1 >= len(ws) || ws[i+1].low != "before" && ws[i+1].low != "after" && ws[i+1].low != "ahead") {
			// "the end of the year", "the middle of the month"
			return cand{end: i + 1, typ: newsgraph.Date, value: c.shiftValue(map[string]int{"year": gYear, "month": gMonth, "week": gWeek}[ws[i].low], 0), rule: "the-unit", takesThe: true}, true
		}
	case "quarter":
		if i+1 < len(ws) && (ws[i+1].low == "century" || ws[i+1].low == "of" && i+2 < len(ws) && !c.dateWord(ws, i+2)) {
			return cand{}, false
		}
		return cand{end: i + 1, typ: newsgraph.Date, value: c.reportedQuarter(0), rule: "the-quarter", takesThe: true}, true
	case "weekend":
		t := c.tense(ws, i, i+1)
		k := 0
		if c.hasDCT {
			wd := int(c.dct.Weekday())
			if t < 0 && wd >= 1 && wd <= 5 {
				k = -1
			}
		}
		return cand{end: i + 1, typ: newsgraph.Date, value: c.shiftValue(gWeekend, k), rule: "the-weekend", takesThe: true}, true
	}
	return cand{}, false
}

// periodEnded reports whether word i opens the end date of a reporting
// period: "(the year) ended March 31", "ending June 30", "that ended Sept.
// 30", "to March 2005".
func (c *docCtx) periodEnded(ws []word, i int) bool {
	if i < len(ws) && (ws[i].low == "that" || ws[i].low == "which") {
		i++
	}
	if i+1 < len(ws) && ws[i].low == "to" {
		if _, _, n := c.monthAt(ws, i+1); n > 0 {
			return true
		}
		d, dn := dayNum(ws, i+1)
		_, _, n := c.monthAt(ws, i+1+dn)
		return d > 0 && n > 0
	}
	return i < len(ws) && (ws[i].low == "ended" || ws[i].low == "ending")
}

// setFollower reports whether a word may follow an adverbial frequency word
// ("trading daily, ..."): punctuation, a preposition or a conjunction.
func setFollower(w word) bool {
	if w.low == "" {
		return true
	}
	r := w.low[0]
	if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
		return true
	}
	switch w.low {
	case "in", "on", "at", "for", "to", "and", "or", "but", "from", "since", "by", "with", "until", "during", "than", "as", "over", "through":
		return true
	}
	return false
}

// holiday: "Christmas", "Thanksgiving Day", "Good Friday".
func (c *docCtx) holiday(ws []word, i int) (cand, bool) {
	n, v := c.lx.holidays.match(ws, i)
	if n == 0 || len(v) == 0 || !ws[i].cap {
		return cand{}, false
	}
	val, ok := c.holidayValue(v, c.tense(ws, i, i+n), false)
	if !ok {
		return cand{}, false
	}
	if e := i + n; e < len(ws) && ws[e].low == "week" && len(val) == 10 {
		// "Easter week", "Christmas week": the week of the holiday
		if d, err := time.Parse("2006-01-02", val); err == nil {
			y, w := d.ISOWeek()
			return cand{end: e + 1, typ: newsgraph.Date, value: pad4(y) + "-W" + pad2(w), rule: "holiday:week"}, true
		}
	}
	return cand{end: i + n, typ: newsgraph.Date, value: val, rule: "holiday"}, true
}

var weekdayAbbr = map[string]time.Weekday{"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday,
	"wed": time.Wednesday, "thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday}

// holidayDate returns the holiday's month and day in year y.
func holidayDate(v []string, y int) (int, int, bool) {
	switch {
	case strings.HasPrefix(v[0], "easter"):
		off, err := strconv.Atoi(strings.TrimPrefix(v[0][6:], "+"))
		if err != nil {
			return 0, 0, false
		}
		t := easter(y).AddDate(0, 0, off)
		return int(t.Month()), t.Day(), true
	case len(v) == 4:
		// "11 1 mon +1": a day after the Nth weekday (US Election Day)
		off, err := strconv.Atoi(strings.TrimPrefix(v[3], "+"))
		m, d, ok := holidayDate(v[:3], y)
		if err != nil || !ok {
			return 0, 0, false
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, off)
		return int(t.Month()), t.Day(), true
	case len(v) == 3:
		m, err1 := strconv.Atoi(v[0])
		nth, err2 := strconv.Atoi(v[1])
		wd, ok := weekdayAbbr[v[2]]
		if err1 != nil || err2 != nil || !ok || m < 1 || m > 12 || nth == 0 || nth > 5 || nth < -1 {
			return 0, 0, false
		}
		if nth > 0 {
			t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
			t = t.AddDate(0, 0, (int(wd)-int(t.Weekday())+7)%7+7*(nth-1))
			if int(t.Month()) != m {
				return 0, 0, false
			}
			return m, t.Day(), true
		}
		t := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		t = t.AddDate(0, 0, -((int(t.Weekday()) - int(wd) + 7) % 7))
		return m, t.Day(), true
	default:
		mm, dd, ok := strings.Cut(v[0], "-")
		m, err1 := strconv.Atoi(mm)
		d, err2 := strconv.Atoi(dd)
		if !ok || err1 != nil || err2 != nil || !validDate(2000, m, d) {
			return 0, 0, false
		}
		return m, d, true
	}
}

// holidayValue resolves a holiday against the publication date: dir < 0
// the last one before it, dir > 0 the next one after it, 0 the nearest.
// strict excludes the publication day itself.
func (c *docCtx) holidayValue(v []string, dir int, strict bool) (string, bool) {
	if !c.hasDCT {
		if m, d, ok := holidayDate(v, 2001); ok && !strings.HasPrefix(v[0], "easter") && len(v) == 1 {
			return "XXXX-" + pad2(m) + "-" + pad2(d), true
		}
		return "XXXX-XX-XX", true
	}
	y := c.dct.Year()
	if !strict && dir != 0 {
		// a direction read from the tense yields to a holiday within two
		// weeks of the publication date, as a month-day does
		if near, ok := c.holidayValue(v, 0, false); ok {
			if t, err := time.Parse("2006-01-02", near); err == nil && absDur(t.Sub(c.dct)) <= 14*24*time.Hour {
				return near, true
			}
		}
	}
	var best time.Time
	for _, yy := range []int{y - 1, y, y + 1} {
		m, d, ok := holidayDate(v, yy)
		if !ok {
			return "", false
		}
		t := time.Date(yy, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		switch {
		case dir < 0:
			if t.After(c.dct) || strict && t.Equal(c.dct) {
				continue
			}
			if best.IsZero() || t.After(best) {
				best = t
			}
		case dir > 0:
			if t.Before(c.dct) || strict && t.Equal(c.dct) {
				continue
			}
			if best.IsZero() || t.Before(best) {
				best = t
			}
		default:
			if best.IsZero() || absDur(t.Sub(c.dct)) < absDur(best.Sub(c.dct)) {
				best = t
			}
		}
	}
	if best.IsZero() {
		return "", false
	}
	return best.Format("2006-01-02"), true
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// easter returns Western Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, cc := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := cc/4, cc%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// spokenYear: "nineteen ninety-six", "nineteen seventy-nine" (transcripts).
func (c *docCtx) spokenYear(ws []word, i int) (cand, bool) {
	n, v := c.lx.numbers.match(ws, i)
	if n != 1 || len(v) == 0 {
		return cand{}, false
	}
	hi, err := strconv.Atoi(v[0])
	if err != nil || hi < 11 || hi > 19 {
		return cand{}, false
	}
	lo, ln := c.number(ws, i+1)
	l, err := strconv.Atoi(lo)
	if ln == 0 || err != nil || l < 10 || l > 99 || isDigits(ws[i+1].low) {
		return cand{}, false
	}
	return cand{end: i + 1 + ln, typ: newsgraph.Date, value: pad4(hi*100 + l), rule: "spoken-year"}, true
}

// yearAt reads a year in digits or words ("1994", "nineteen ninety-four",
// "two thousand").
func (c *docCtx) yearAt(ws []word, i int) (int, int) {
	if y, n := yearNum(ws, i); n > 0 {
		return y, n
	}
	if i >= len(ws) {
		return 0, 0
	}
	if cd, ok := c.spokenYear(ws, i); ok {
		y, _ := strconv.Atoi(cd.value)
		return y, cd.end - i
	}
	if v, n := c.number(ws, i); n > 1 {
		if y, err := strconv.Atoi(v); err == nil && y >= 1900 && y <= 2099 {
			return y, n
		}
	}
	return 0, 0
}

// agePossessive reports whether a possessive before the two-digit decade
// at i ("in his 30s", "their early 20s") makes it an age.
func agePossessive(ws []word, i int) bool {
	k := i - 1
	if k >= 0 && (ws[k].low == "early" || ws[k].low == "mid" || ws[k].low == "late") {
		k--
	}
	if k < 0 {
		return false
	}
	switch ws[k].low {
	case "his", "her", "their", "my", "your", "our":
		return true
	}
	return false
}

// extraWord may come between a number and its unit: "two more weeks",
// "eight trading days".
func extraWord(w string) bool {
	switch w {
	case "more", "additional", "further", "extra", "trading", "business", "working":
		return true
	}
	return false
}

// anchorWord reports whether w after a duration makes it a point or an
// anchored span: "a year ago", "a week after the vote".
func anchorWord(w string) bool {
	switch w {
	case "after", "before", "ago", "earlier", "later":
		return true
	}
	return false
}

// afterAmount reports whether one of the three words before i is an
// amount: it has a digit, or is a number word or a scale word.
func (c *docCtx) afterAmount(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := ws[k].low
		switch w {
		case "million", "billion", "thousand", "hundred", "bn", "m", "trillion":
			return true
		case ".", ",", ";", ":", "and", "or", "but", "for", "in", "of":
			return false
		}
		for x := 0; x < len(w); x++ {
			if w[x] >= '0' && w[x] <= '9' {
				return true
			}
		}
		if n, v := c.lx.numbers.match(ws, k); n == 1 && len(v) > 0 && v[0] != "X" && w != "a" && w != "an" {
			return true
		}
	}
	return false
}

func (c *docCtx) numberAt(ws []word, i int) bool {
	_, n := c.number(ws, i)
	return n > 0
}

// halfDuration is the value of num and a half units: "2 1/2 years" P2Y6M,
// "5 1/2 hours" PT5H30M, "a minute and a half" PT1M30S.
func halfDuration(num, u string) (string, bool) {
	n, err := strconv.Atoi(num)
	if err != nil || n < 0 {
		return "", false
	}
	k := strconv.Itoa(n)
	switch u {
	case "year":
		return "P" + k + "Y6M", true
	case "day":
		return "P" + k + "DT12H", true
	case "hour":
		return "PT" + k + "H30M", true
	case "minute":
		return "PT" + k + "M30S", true
	case "decade":
		return "P" + strconv.Itoa(10*n+5) + "Y", true
	case "century":
		return "P" + strconv.Itoa(100*n+50) + "Y", true
	}
	return "", false
}
