// Package anchor is the pipeline stage that says when and where each quote
// was said and completes the dates and places of events.
//
// A quote's date comes from a time expression that governs its cue: one in
// the cue's sentence, outside the quoted content, not inside a relative
// clause ("who took office in 2004") and not modifying a noun ("Tuesday's
// vote"), nearest the cue — "said on Tuesday", "told reporters today", "On
// Monday, she said". Without one the date is the publication date
// (DateSource "published"); without a publication date it stays empty.
//
// A quote's place is, in order: a place named after "in"/"at" in the cue's
// sentence outside the quoted content ("said in Riyadh"); the venue of a
// meeting ("talks in Kuala Lumpur", "summit in the Malaysian capital Kuala
// Lumpur") in the same or the previous sentence; the dateline place
// ("KUALA LUMPUR —", "WASHINGTON (Reuters) -"); else -1.
//
// Events keep the date the event stage gave them (it knows the trigger's
// clause); one with no place takes the dateline place when there is one.
package anchor

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsgraph"
)

// LayerAnchors is the layer the stage provides: Quote.Date, Quote.DateSource
// and Quote.Place, and events' dates and places checked.
const LayerAnchors newsgraph.Layer = "anchors"

// Stage is the anchoring stage. It holds no state and is safe for
// concurrent use.
type Stage struct{}

// NewStage returns the anchoring stage.
func NewStage() *Stage { return &Stage{} }

// Name implements newsgraph.Stage.
func (*Stage) Name() string { return "anchor" }

// Requires implements newsgraph.Stage.
func (*Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerQuotes, newsgraph.LayerEvents, newsgraph.LayerTimes, newsgraph.LayerPlaces}
}

// Provides implements newsgraph.Stage.
func (*Stage) Provides() []newsgraph.Layer { return []newsgraph.Layer{LayerAnchors} }

// Process implements newsgraph.Stage.
func (*Stage) Process(ctx context.Context, doc *newsgraph.Document) error {
	a := newAnchorer(doc)
	for i := range doc.Quotes {
		if i%256 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		a.quote(&doc.Quotes[i])
	}
	for i := range doc.Events {
		a.event(&doc.Events[i])
	}
	return ctx.Err()
}

type anchorer struct {
	doc      *newsgraph.Document
	dateline int // place index of the dateline, -1 when none
	mentions []placeMention
}

type placeMention struct {
	newsgraph.Span
	place int
}

func newAnchorer(doc *newsgraph.Document) *anchorer {
	a := &anchorer{doc: doc, dateline: -1}
	for pi, p := range doc.Places {
		for _, m := range p.Mentions {
			if m.Start >= 0 && m.End <= len(doc.Text) && m.Start < m.End {
				a.mentions = append(a.mentions, placeMention{m, pi})
			}
		}
	}
	if sp, ok := Dateline(doc.Text); ok {
		best := -1
		for k, m := range a.mentions {
			if sp.Contains(m.Span) && (best < 0 || m.Start < a.mentions[best].Start) {
				best = k
			}
		}
		if best >= 0 {
			a.dateline = a.mentions[best].place
		}
	}
	return a
}

func (a *anchorer) quote(q *newsgraph.Quote) {
	at := q.Span
	if q.Cue != nil {
		at = *q.Cue
	}
	si := a.sentence(at.Start)
	q.Date, q.DateSource = "", ""
	if v := a.governingTime(si, at, q.Span); v != "" {
		q.Date, q.DateSource = v, "text"
	} else if !a.doc.Published.IsZero() {
		q.Date, q.DateSource = a.doc.Published.Format(time.DateOnly), "published"
	}
	q.Place = -1
	if p := a.locativePlace(si, at, q.Span, false); p >= 0 {
		q.Place = p
		return
	}
	for _, vs := range []int{si, si - 1} {
		if vs < 0 || a.otherDate(vs, q.Date) {
			continue // "the first meeting took place in February in Riyadh"
		}
		if p := a.locativePlace(vs, at, q.Span, true); p >= 0 {
			q.Place = p
			return
		}
	}
	q.Place = a.dateline
}

// event completes an event's place from the dateline. Its date is the event
// stage's: that stage knows the trigger and its clause ("meetings scheduled
// with ministers whose countries face tariffs on August 1" is not dated
// August 1), where the evidence here is the whole sentence.
func (a *anchorer) event(e *newsgraph.Event) {
	if (e.Place < 0 || e.Place >= len(a.doc.Places)) && a.dateline >= 0 {
		e.Place = a.dateline
	}
}

// otherDate reports whether sentence si holds a calendar date that is not
// date's day, week, month or year: its meeting is another one.
func (a *anchorer) otherDate(si int, date string) bool {
	sent, ok := a.sentSpan(si)
	if !ok {
		return false
	}
	for _, t := range a.doc.Times {
		if t.Start < sent.Start || t.End > sent.End || t.Type != newsgraph.Date && t.Type != newsgraph.Time || !concrete(t.Value) {
			continue
		}
		v := t.Value
		if i := strings.IndexByte(v, 'T'); i >= 0 {
			v = v[:i]
		}
		if date == "" || !strings.HasPrefix(date, v) && !strings.HasPrefix(v, date) && !sameWeek(v, date) {
			return true
		}
	}
	return false
}

// sameWeek reports whether a week value ("2025-W28") holds a day.
func sameWeek(week, day string) bool {
	w, okw := time.Parse(time.DateOnly, day)
	if okw != nil || len(week) < 8 || week[5] != 'W' {
		return false
	}
	y, n := w.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, n) == week[:8]
}

// sentence returns the index of the sentence holding byte offset at, or -1.
func (a *anchorer) sentence(at int) int {
	ss := a.doc.Sentences
	lo, hi := 0, len(ss)
	for lo < hi {
		m := (lo + hi) / 2
		if ss[m].End <= at {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ss) && ss[lo].Start <= at && at < ss[lo].End {
		return lo
	}
	return -1
}

func (a *anchorer) sentSpan(si int) (newsgraph.Span, bool) {
	if si < 0 || si >= len(a.doc.Sentences) {
		return newsgraph.Span{}, false
	}
	s := a.doc.Sentences[si].Span
	if s.Start < 0 || s.End > len(a.doc.Text) || s.Start > s.End {
		return newsgraph.Span{}, false
	}
	return s, true
}

// governingTime returns the value of the time expression that governs the
// clause of anchor in sentence si, ignoring expressions inside content, or
// "".
func (a *anchorer) governingTime(si int, anchor, content newsgraph.Span) string {
	sent, ok := a.sentSpan(si)
	if !ok {
		return ""
	}
	text := a.doc.Text
	anchorRel := anchor.Start > sent.Start && anchor.Start <= sent.End && inRelative(text, sent.Start, anchor.Start)
	best, bestD := "", 1<<30
	for _, t := range a.doc.Times {
		if t.Start < sent.Start || t.End > sent.End || t.Start >= t.End {
			continue
		}
		if t.Type != newsgraph.Date && t.Type != newsgraph.Time {
			continue
		}
		if !concrete(t.Value) || content.Overlaps(t.Span) {
			continue
		}
		if anchor.Start < t.Start && anchor.End > t.End && anchor.Len() > 40 {
			// the evidence is the whole sentence: any place in it
		} else if content.Start >= 0 && between(t.Span, anchor, content) && !complementAfter(a.doc.Text[t.End:content.Start]) {
			// "said on Friday the meeting ..." — the content's side
			continue
		}
		if possessive(text, t.End) || blocked(wordBefore(text, t.Start)) {
			continue
		}
		if inRelative(text, sent.Start, t.Start) != anchorRel {
			continue // one in a relative clause, the other not
		}
		d := distance(t.Span, anchor)
		if d > 120 {
			continue
		}
		if d < bestD {
			best, bestD = t.Value, d
		}
	}
	return best
}

// between reports whether t lies after the anchor and before the content
// that follows it ("said on Friday the vote ..." is ambiguous; the side of
// the content wins).
func between(t, anchor, content newsgraph.Span) bool {
	return anchor.End <= t.Start && t.End <= content.Start
}

// complementAfter reports whether the words between a time expression and
// the content open the content: "told reporters today that ...", "said on
// Tuesday: ...".
func complementAfter(gap string) bool {
	g := strings.TrimSpace(gap)
	return g == "that" || g == "," || g == ":" || g == ", that" || strings.HasPrefix(g, ",")
}

func distance(t, anchor newsgraph.Span) int {
	switch {
	case t.End <= anchor.Start:
		return anchor.Start - t.End
	case anchor.End <= t.Start:
		return t.Start - anchor.End
	}
	return 0
}

// concrete reports whether a TIMEX3 value names a calendar point: it starts
// with a digit ("2025-07-10", "2025-W28"), not PAST_REF or XXXX-02.
func concrete(v string) bool {
	return v != "" && v[0] >= '0' && v[0] <= '9' && len(v) >= 4
}

// possessive: "Tuesday's vote" dates the noun, not the clause.
func possessive(text string, end int) bool {
	r := text[end:]
	return strings.HasPrefix(r, "'s") || strings.HasPrefix(r, "’s")
}

// blocked: prepositions that make a time expression a bound of something
// else, not the time of the clause.
func blocked(w string) bool {
	switch strings.ToLower(w) {
	case "since", "until", "till", "by", "before", "after", "from", "through", "to", "than", "of":
		return true
	}
	return false
}

// inRelative reports whether the clause around offset at (from the
// sentence start) is a relative clause: the last comma before at opens
// ", who", ", which", ", whose", ", where" and no comma closes it.
func inRelative(text string, sentStart, at int) bool {
	seg := text[sentStart:at]
	i := strings.LastIndexByte(seg, ',')
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(seg[i+1:], " ")
	w := strings.ToLower(firstWord(rest))
	switch w {
	case "who", "which", "whose", "whom", "where":
		return true
	}
	return false
}

func firstWord(s string) string {
	end := 0
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	return s[:end]
}

// wordBefore returns the word ending right before at, skipping spaces.
func wordBefore(text string, at int) string {
	w, _ := wordBeforeAt(text, at)
	return w
}

// wordBeforeAt is wordBefore that also returns the word's start.
func wordBeforeAt(text string, at int) (string, int) {
	end := at
	for end > 0 && text[end-1] == ' ' {
		end--
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= n
	}
	return text[start:end], start
}

// meetingWords name events whose venue is where what was said there was
// said.
var meetingWords = []string{"meeting", "meetings", "talks", "summit", "conference", "visit", "forum",
	"rally", "session", "hearing", "briefing", "interview", "speech", "address", "ceremony",
	"gathering", "convention", "news conference", "press conference", "event", "trip", "tour", "met", "spoke", "speaking"}

// placeNouns may stand between "in" and a place name: "in the Malaysian
// capital Kuala Lumpur".
var placeNouns = map[string]bool{"capital": true, "city": true, "town": true, "village": true, "port": true,
	"province": true, "state": true, "county": true, "region": true, "resort": true, "district": true}

// locativePlace returns the place named after "in"/"at" in sentence si,
// outside content, or -1. With venue, the sentence must speak of a meeting
// (and any such place in it counts); without, the place must be in the
// anchor's clause near the anchor.
func (a *anchorer) locativePlace(si int, anchor, content newsgraph.Span, venue bool) int {
	sent, ok := a.sentSpan(si)
	if !ok {
		return -1
	}
	if venue && !hasMeetingWord(a.doc.Text[sent.Start:sent.End]) {
		return -1
	}
	best, bestD := -1, 1<<30
	for _, m := range a.mentions {
		if m.Start < sent.Start || m.End > sent.End || m.Overlaps(content) {
			continue
		}
		if venue && a.inQuote(m.Span) {
			continue // "said talks in Paris would follow": what was said, not where
		}
		if !locative(a.doc.Text, sent.Start, m.Start) {
			continue
		}
		d := distance(m.Span, anchor)
		if !venue && d > 60 {
			continue
		}
		if d < bestD {
			best, bestD = m.place, d
		}
	}
	return best
}

func (a *anchorer) inQuote(sp newsgraph.Span) bool {
	for _, q := range a.doc.Quotes {
		if q.Span.Contains(sp) {
			return true
		}
	}
	return false
}

func hasMeetingWord(s string) bool {
	low := strings.ToLower(s)
	for _, w := range meetingWords {
		for i := 0; ; {
			j := strings.Index(low[i:], w)
			if j < 0 {
				break
			}
			j += i
			before := j == 0 || !isLetter(low[j-1])
			after := j+len(w) == len(low) || !isLetter(low[j+len(w)])
			if before && after {
				return true
			}
			i = j + 1
		}
	}
	return false
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// locative reports whether the place mention at offset at is governed by
// "in" or "at": right before it, or before "the [Adjective] capital".
func locative(text string, sentStart, at int) bool {
	pos := at
	for k := 0; k < 4 && pos > sentStart; k++ {
		w, ws := wordBeforeAt(text, pos)
		if w == "" || ws < sentStart {
			return false
		}
		lw := strings.ToLower(w)
		if lw == "in" || lw == "at" {
			return true
		}
		if k == 0 && !placeNouns[lw] {
			return false
		}
		if k > 0 && lw != "the" && !isCapitalised(w) && !placeNouns[lw] {
			return false
		}
		pos = ws
	}
	return false
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// Dateline returns the span of the place words of a dateline at the start of
// text ("KUALA LUMPUR —", "WASHINGTON (Reuters) -", "Paris, France (AP) —"),
// and whether there is one.
func Dateline(text string) (newsgraph.Span, bool) {
	start := 0
	for start < len(text) && (text[start] == ' ' || text[start] == '\n' || text[start] == '\r' || text[start] == '\t') {
		start++
	}
	limit := min(len(text), start+80)
	head := text[start:limit]
	// the dash that ends the dateline
	dash := -1
	for _, d := range []string{" — ", " – ", " -- ", " - ", "—", "–"} {
		if i := strings.Index(head, d); i > 0 && (dash < 0 || i < dash) {
			dash = i
		}
	}
	if dash < 0 {
		return newsgraph.Span{}, false
	}
	place := strings.TrimRight(head[:dash], " ")
	agency := false
	if i := strings.IndexByte(place, '('); i > 0 && strings.HasSuffix(place, ")") {
		place, agency = strings.TrimRight(place[:i], " "), true
	}
	if place == "" || strings.ContainsAny(place, "\n\"“”!?;:") {
		return newsgraph.Span{}, false
	}
	words := strings.FieldsFunc(place, func(r rune) bool { return r == ' ' || r == ',' })
	if len(words) == 0 || len(words) > 6 {
		return newsgraph.Span{}, false
	}
	for _, w := range words {
		if !isCapitalised(w) {
			return newsgraph.Span{}, false
		}
	}
	// "THE United States" is not a dateline: the first word group must be
	// all capitals, or an agency must follow.
	first := words[0]
	if !agency && strings.ToUpper(first) != first {
		return newsgraph.Span{}, false
	}
	return newsgraph.Span{Start: start, End: start + len(place)}, true
}
