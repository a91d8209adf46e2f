package newsgraph

import (
	"sort"
	"time"
	"unicode/utf8"
)

// Record is the JSON contract: one article as `newsgraph extract` writes it,
// one JSON object per line. Every start/end is a half-open offset into Text
// counted in Unicode code points. Fields may be added; none is ever removed
// or renamed. docs/contract.md and docs/schema/article.schema.json describe it.
type Record struct {
	ID        string      `json:"id"`
	Title     string      `json:"title"`
	URL       string      `json:"url,omitempty"`
	Source    string      `json:"source,omitempty"`
	Published string      `json:"published"` // YYYY-MM-DD, or "" when unknown
	Text      string      `json:"text"`
	Sentences []RecSpan   `json:"sentences"`
	Entities  []RecEntity `json:"entities"`
	Quotes    []RecQuote  `json:"quotes"`
	Times     []RecTime   `json:"times"`
	Places    []RecPlace  `json:"places"`
	Events    []RecEvent  `json:"events"`
	Notes     []string    `json:"notes,omitempty"`
}

// RecSpan is a span in code points.
type RecSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// RecText is a span in code points with its text.
type RecText struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// RecMention is an entity mention.
type RecMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"` // NAME, NOMINAL or PRONOUN
}

// RecEntity is an entity with its mentions.
type RecEntity struct {
	ID       string       `json:"id"`
	Type     string       `json:"type"`
	Name     string       `json:"name"`
	Country  string       `json:"country"`
	Code     string       `json:"code"`
	Roles    []Role       `json:"roles"`
	Place    *string      `json:"place"` // place id when the entity is a geocoded place
	Mentions []RecMention `json:"mentions"`
}

// RecSpeaker names a quote's speaker.
type RecSpeaker struct {
	Entity *string `json:"entity"` // entity id, null when not an entity
	Name   string  `json:"name"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
}

// RecQuote is a direct or reported quote.
type RecQuote struct {
	Start      int         `json:"start"`
	End        int         `json:"end"`
	Text       string      `json:"text"`
	Direct     bool        `json:"direct"`
	Speaker    *RecSpeaker `json:"speaker"`
	Cue        *RecText    `json:"cue"`
	Date       string      `json:"date,omitempty"`
	DateSource string      `json:"date_source,omitempty"`
	Place      *string     `json:"place,omitempty"`
	Sieve      string      `json:"sieve,omitempty"`
}

// RecTime is a normalised time expression.
type RecTime struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// RecPlace is a geocoded place.
type RecPlace struct {
	ID         string    `json:"id"`
	Name       string    `json:"name"`
	Country    string    `json:"country"`
	Lat        float64   `json:"lat"`
	Lon        float64   `json:"lon"`
	GeonamesID int       `json:"geonames_id"`
	Feature    string    `json:"feature,omitempty"`
	Mentions   []RecText `json:"mentions"`
}

// RecActor is an event's source or target.
type RecActor struct {
	Entity *string `json:"entity"`
	Name   string  `json:"name"`
	Code   string  `json:"code"`
}

// RecEvent is a CAMEO-coded event.
type RecEvent struct {
	Code       string    `json:"code"`
	Root       string    `json:"root"`
	Source     *RecActor `json:"source"`
	Target     *RecActor `json:"target"`
	Date       string    `json:"date"`
	DateSource string    `json:"date_source,omitempty"`
	Place      *string   `json:"place"`
	Modality   string    `json:"modality"`
	Goldstein  float64   `json:"goldstein"`
	QuadClass  int       `json:"quad_class"`
	Evidence   RecSpan   `json:"evidence"`
	More       []RecSpan `json:"more_evidence,omitempty"`
	Text       string    `json:"evidence_text,omitempty"`
	Pattern    string    `json:"pattern,omitempty"` // only with --explain
}

// RecordOptions tune Record.
type RecordOptions struct {
	Explain bool // include the rule or pattern behind each fact
}

// Record converts the annotated document to the JSON contract, turning byte
// offsets into code-point offsets.
func (d *Document) Record(opt RecordOptions) Record {
	cp := newCodepoints(d.Text)
	r := Record{
		ID: d.ID, Title: d.Title, URL: d.URL, Source: d.Source, Text: d.Text,
		Sentences: []RecSpan{}, Entities: []RecEntity{}, Quotes: []RecQuote{},
		Times: []RecTime{}, Places: []RecPlace{}, Events: []RecEvent{}, Notes: d.Notes,
	}
	if !d.Published.IsZero() {
		r.Published = d.Published.Format(time.DateOnly)
	}
	span := func(s Span) RecSpan { return RecSpan{cp.at(s.Start), cp.at(s.End)} }
	txt := func(s Span) RecText {
		return RecText{Start: cp.at(s.Start), End: cp.at(s.End), Text: d.slice(s)}
	}
	for _, s := range d.Sentences {
		r.Sentences = append(r.Sentences, span(s.Span))
	}
	entID := func(i int) *string {
		if i < 0 || i >= len(d.Entities) {
			return nil
		}
		id := d.Entities[i].ID
		return &id
	}
	placeID := func(i int) *string {
		if i < 0 || i >= len(d.Places) {
			return nil
		}
		id := d.Places[i].ID
		return &id
	}
	for _, e := range d.Entities {
		re := RecEntity{ID: e.ID, Type: string(e.Type), Name: e.Name, Country: e.Country, Code: e.Code,
			Roles: e.Roles, Place: placeID(e.Place), Mentions: []RecMention{}}
		if re.Roles == nil {
			re.Roles = []Role{}
		}
		for _, mi := range e.Mentions {
			if mi < 0 || mi >= len(d.Mentions) {
				continue
			}
			m := d.Mentions[mi]
			t := txt(m.Span)
			re.Mentions = append(re.Mentions, RecMention{Start: t.Start, End: t.End, Text: t.Text, Kind: string(m.Kind)})
		}
		r.Entities = append(r.Entities, re)
	}
	for _, q := range d.Quotes {
		t := txt(q.Span)
		rq := RecQuote{Start: t.Start, End: t.End, Text: t.Text, Direct: q.Direct, Date: q.Date, DateSource: q.DateSource}
		if q.Place >= 0 && q.Place < len(d.Places) {
			rq.Place = placeID(q.Place)
		}
		if opt.Explain {
			rq.Sieve = q.Sieve
		}
		if q.Speaker != nil {
			ms := span(q.Speaker.Mention)
			rq.Speaker = &RecSpeaker{Entity: entID(q.Speaker.Entity), Name: q.Speaker.Name, Start: ms.Start, End: ms.End}
		}
		if q.Cue != nil {
			c := txt(*q.Cue)
			rq.Cue = &c
		}
		r.Quotes = append(r.Quotes, rq)
	}
	for _, tm := range d.Times {
		t := txt(tm.Span)
		r.Times = append(r.Times, RecTime{Start: t.Start, End: t.End, Text: t.Text, Type: string(tm.Type), Value: tm.Value})
	}
	for _, p := range d.Places {
		rp := RecPlace{ID: p.ID, Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon, GeonamesID: p.GeonamesID, Feature: p.Feature, Mentions: []RecText{}}
		for _, m := range p.Mentions {
			rp.Mentions = append(rp.Mentions, txt(m))
		}
		r.Places = append(r.Places, rp)
	}
	actor := func(a *Actor) *RecActor {
		if a == nil {
			return nil
		}
		return &RecActor{Entity: entID(a.Entity), Name: a.Name, Code: a.Code}
	}
	for _, e := range d.Events {
		re := RecEvent{Code: e.Code, Root: e.Root(), Source: actor(e.Source), Target: actor(e.Target),
			Date: e.Date, DateSource: e.DateSource, Place: placeID(e.Place), Modality: string(e.Modality),
			Goldstein: e.Goldstein, QuadClass: e.QuadClass}
		if len(e.Evidence) > 0 {
			re.Evidence = span(e.Evidence[0])
			re.Text = d.slice(e.Evidence[0])
			for _, s := range e.Evidence[1:] {
				re.More = append(re.More, span(s))
			}
		}
		if opt.Explain {
			re.Pattern = e.Pattern
		}
		r.Events = append(r.Events, re)
	}
	return r
}

func (d *Document) slice(s Span) string {
	if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
		return ""
	}
	return d.Text[s.Start:s.End]
}

// codepoints maps byte offsets to code-point offsets.
type codepoints struct {
	ascii  bool
	starts []int // byte offset of each rune start, in order
}

func newCodepoints(text string) codepoints {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return codepoints{ascii: true}
	}
	starts := make([]int, 0, len(text))
	for i := range text {
		starts = append(starts, i)
	}
	starts = append(starts, len(text))
	return codepoints{starts: starts}
}

// at returns the code-point offset of byte offset b (the rune containing b
// when b falls inside a rune).
func (c codepoints) at(b int) int {
	if c.ascii {
		return b
	}
	i := sort.SearchInts(c.starts, b)
	if i < len(c.starts) && c.starts[i] == b {
		return i
	}
	return i - 1
}
