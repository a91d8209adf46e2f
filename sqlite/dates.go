package sqlite

import (
	"strconv"
	"strings"
	"time"
)

// DateRange returns the first and last calendar day (YYYY-MM-DD) that an
// ISO 8601 / TIMEX3 date value covers, so that reduced-precision dates
// compare sensibly: "2025" covers 2025-01-01..2025-12-31, "2025-02"
// covers 2025-02-01..2025-02-28, "2025-W07" the ISO week's Monday..Sunday,
// "2025-Q1" a quarter, "2025-H2" a half, "2025-SU" a northern season, "202"
// a decade and "20" a century. A time of day after the date ("T14:00") is
// ignored. ok is false for values that are not calendar dates ("PAST_REF",
// "PT50M", "XXXX-07-10", "").
func DateRange(v string) (lo, hi string, ok bool) {
	l, h, ok := dateRange(strings.TrimSpace(v))
	if !ok {
		return "", "", false
	}
	return l.Format(time.DateOnly), h.Format(time.DateOnly), true
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// lastOfMonth returns the last day of month m of year y.
func lastOfMonth(y, m int) time.Time { return day(y, m+1, 0) }

func digits(s string) bool {
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

func atoi(s string) (int, bool) {
	if !digits(s) {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func dateRange(v string) (lo, hi time.Time, ok bool) {
	if i := strings.IndexAny(v, "Tt "); i >= 0 {
		v = v[:i]
	}
	parts := strings.Split(v, "-")
	if len(parts) > 3 || len(parts) == 0 {
		return lo, hi, false
	}
	ys := parts[0]
	if !digits(ys) {
		return lo, hi, false
	}
	switch len(ys) {
	case 2, 3: // century "20", decade "202"
		if len(parts) != 1 {
			return lo, hi, false
		}
		n, _ := atoi(ys)
		if len(ys) == 2 {
			return day(n*100, 1, 1), day(n*100+99, 12, 31), true
		}
		return day(n*10, 1, 1), day(n*10+9, 12, 31), true
	case 4:
	default:
		return lo, hi, false
	}
	y, _ := atoi(ys)
	if len(parts) == 1 {
		return day(y, 1, 1), day(y, 12, 31), true
	}
	p := strings.ToUpper(parts[1])
	if len(parts) == 2 {
		switch {
		case len(p) == 2 && digits(p):
			m, _ := atoi(p)
			if m < 1 || m > 12 {
				return lo, hi, false
			}
			return day(y, m, 1), lastOfMonth(y, m), true
		case len(p) == 3 && p[0] == 'W' && digits(p[1:]):
			w, _ := atoi(p[1:])
			if w < 1 || w > 53 {
				return lo, hi, false
			}
			// ISO week 1 is the week with January 4th in it.
			jan4 := day(y, 1, 4)
			monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
			start := monday.AddDate(0, 0, 7*(w-1))
			return start, start.AddDate(0, 0, 6), true
		case len(p) == 2 && p[0] == 'Q' && p[1] >= '1' && p[1] <= '4':
			q := int(p[1] - '0')
			return day(y, 3*q-2, 1), lastOfMonth(y, 3*q), true
		case len(p) == 2 && p[0] == 'H' && (p[1] == '1' || p[1] == '2'):
			h := int(p[1] - '0')
			return day(y, 6*h-5, 1), lastOfMonth(y, 6*h), true
		case p == "SP":
			return day(y, 3, 1), lastOfMonth(y, 5), true
		case p == "SU":
			return day(y, 6, 1), lastOfMonth(y, 8), true
		case p == "FA" || p == "AU":
			return day(y, 9, 1), lastOfMonth(y, 11), true
		case p == "WI":
			return day(y, 12, 1), lastOfMonth(y+1, 2), true
		}
		return lo, hi, false
	}
	if len(parts[1]) != 2 || len(parts[2]) != 2 {
		return lo, hi, false
	}
	m, ok1 := atoi(parts[1])
	d, ok2 := atoi(parts[2])
	if !ok1 || !ok2 || m < 1 || m > 12 || d < 1 || d > lastOfMonth(y, m).Day() {
		return lo, hi, false
	}
	t := day(y, m, d)
	return t, t, true
}
