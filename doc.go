// Package newsgraph holds the domain nouns of the newsgraph engine: the
// Document that pipeline stages annotate, the annotations themselves, and the
// Pipeline that runs stages in an order checked when it is built.
//
// Offsets. Inside Go every Span is a half-open range of BYTE offsets into
// Document.Text, because that is what slicing a Go string needs. The JSON
// contract speaks Unicode code points; the conversion happens in exactly one
// place, Document.Record (record.go), so stages never think about it.
package newsgraph

import "time"

// Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Document is one article and everything the pipeline learned about it.
// A stage reads the layers it requires and fills the layers it provides.
type Document struct {
	ID        string    // stable id: hash of the source text unless given
	Title     string    // headline, "" when unknown
	URL       string    // where it came from, "" when unknown
	Source    string    // outlet or feed name, "" when unknown
	Published time.Time // publication date; zero when unknown
	Text      string    // the body text analysed; valid UTF-8

	Sentences []Sentence
	Tokens    []Token
	Mentions  []Mention // every mention of every entity, sorted by Start
	Entities  []Entity
	Quotes    []Quote
	Times     []TimeExpr
	Places    []Place
	Events    []Event

	// Notes are non-fatal problems found while annotating (a stage that
	// degraded, input that was repaired). They are part of the output.
	Notes []string
}

// Day is the calendar day of Published in its own time zone, as midnight
// UTC, or zero when Published is zero. Stages that compare dates (office
// terms, dated codes, relative time expressions) use it, so that an article
// published at 00:30+02:00 on 11 May is of 11 May in every layer.
func (d *Document) Day() time.Time {
	if d.Published.IsZero() {
		return time.Time{}
	}
	y, m, dd := d.Published.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}

// Sentence is a span of text and the range of its tokens in Document.Tokens.
type Sentence struct {
	Span
	FirstToken int // index into Document.Tokens
	EndToken   int // one past the last token
	Paragraph  int // 0-based paragraph number (paragraphs split on blank or new lines)
}

// Token is one word or punctuation mark.
type Token struct {
	Span
	Text string // the token's surface, Document.Text[Start:End]
	Norm string // normalised form: typographic quotes and apostrophes made ASCII
	POS  string // Penn Treebank tag, filled by the POS stage
	NER  string // IOB2 tag (B-PER ...), filled by the NER stage
}

// EntityType is the coarse type of an entity: PERSON, ORG, LOC or MISC.
type EntityType string

const (
	Person EntityType = "PERSON"
	Org    EntityType = "ORG"
	Loc    EntityType = "LOC"
	Misc   EntityType = "MISC"
)

// MentionKind says how a mention refers to its entity.
type MentionKind string

const (
	Name    MentionKind = "NAME"    // "Marco Rubio", "Mr Rubio", "Asean"
	Nominal MentionKind = "NOMINAL" // "the secretary of state", "his Russian counterpart", "the bloc"
	Pronoun MentionKind = "PRONOUN" // "he", "its"
)

// Role is a title or office a mention attaches to a person or organisation:
// "US Secretary of State" gives {Title: "Secretary of State", Country: "USA",
// Agent: "GOV"}.
type Role struct {
	Title        string `json:"title"`
	Country      string `json:"country"`      // ISO 3166-1 alpha-3 or ""
	Organization string `json:"organization"` // "" or an organisation's name
	Agent        string `json:"-"`            // CAMEO agent code: GOV, MIL, REB ...
	Span         Span   `json:"-"`            // where the title was read
}

// Mention is one span of text that refers to an entity.
type Mention struct {
	Span
	Text    string      // Document.Text[Start:End]
	Kind    MentionKind // NAME, NOMINAL or PRONOUN
	Type    EntityType  // expected type of the entity
	Head    string      // the head word used for matching ("Rubio", "secretary")
	Country string      // alpha-3 the mention itself implies ("Russian counterpart" → RUS)
	Code    string      // CAMEO actor code the mention implies, "" when none
	Roles   []Role      // titles read next to this mention
	Entity  int         // index into Document.Entities; -1 before coreference
	Source  string      // which rule or model produced it: "ner", "actor", "pronoun" ...
}

// Entity is a real-world person, organisation, place or other named thing,
// with all its mentions in this document.
type Entity struct {
	ID       string // "E1", "E2" ... in order of first mention
	Type     EntityType
	Name     string // canonical name, the longest proper name mention
	Country  string // alpha-3 or ""
	Code     string // CAMEO actor code, e.g. USAGOV, or ""
	Roles    []Role
	Mentions []int // indices into Document.Mentions, in text order
	Place    int   // index into Document.Places when the entity is a place; -1 otherwise
}

// Quote is direct speech (inside quotation marks) or reported speech.
type Quote struct {
	Span                // the quoted or reported content
	Direct  bool        // true when inside quotation marks
	Speaker *SpeakerRef // nil when unknown
	Cue     *Span       // the reporting verb or phrase, nil when none
	Sieve   string      // which attribution rule chose the speaker
	// Date is when the statement was made, TIMEX3 value; DateSource says
	// where it came from: "text" (a time expression governs the cue's
	// clause) or "published" (the publication date). Place is where it was
	// made, an index into Document.Places, or -1.
	Date       string
	DateSource string
	Place      int
}

// SpeakerRef points at the entity that spoke and the mention naming it that
// is nearest the quote.
type SpeakerRef struct {
	Entity  int  // index into Document.Entities, -1 when the speaker is not an entity
	Mention Span // nearest mention of the speaker
	Name    string
}

// TimeType is a TIMEX3 type.
type TimeType string

const (
	Date     TimeType = "DATE"
	Time     TimeType = "TIME"
	Duration TimeType = "DURATION"
	Set      TimeType = "SET"
)

// TimeExpr is a temporal expression normalised to a TIMEX3 value.
type TimeExpr struct {
	Span
	Text  string
	Type  TimeType
	Value string // "2025-07-10", "2025-02", "2025-W28", "PT50M", "PAST_REF" ...
	Rule  string // the rule that matched, for --explain
}

// Place is a geocoded location with its mentions.
type Place struct {
	ID         string // "P1", "P2" ... in order of first mention
	Name       string
	Country    string // alpha-3
	Lat, Lon   float64
	GeonamesID int
	Feature    string // "country", "admin1", "city"
	Mentions   []Span
}

// Modality says how an event is asserted by the text.
type Modality string

const (
	Asserted    Modality = "asserted"
	Threatened  Modality = "threatened"
	Conditional Modality = "conditional"
	Negated     Modality = "negated"
	Planned     Modality = "planned"
	Reported    Modality = "reported"
)

// Actor is an event's source or target.
type Actor struct {
	Entity int    // index into Document.Entities, -1 when not an entity
	Name   string // canonical name
	Code   string // CAMEO actor code ("USAGOV"), "" when unknown
}

// Event is one CAMEO-coded interaction: who did what to whom, when and where.
type Event struct {
	Code       string // CAMEO code, "044"
	Source     *Actor
	Target     *Actor
	Date       string // ISO 8601, reduced precision allowed
	DateSource string // "text" when a time expression governs it, "published" otherwise
	Place      int    // index into Document.Places, -1 when none
	Modality   Modality
	Goldstein  float64
	QuadClass  int
	Evidence   []Span // first is the primary evidence; more when merged
	Pattern    string // the pattern that fired, for --explain
}

// Root returns the two-digit CAMEO root of the event code.
func (e Event) Root() string {
	if len(e.Code) < 2 {
		return e.Code
	}
	return e.Code[:2]
}
