// Package quote finds quotations and reported speech in a Document and
// attributes each to its speaker.
//
// Direct quotes are found from the quotation marks alone (marks.go): the
// content span lies inside the marks. Reported speech is found from
// reporting cues — verbs such as "said", "told reporters that", "warned"
// and phrases such as "according to" (data/*.txt) — and the content span is
// the clause the cue governs. Speakers are chosen by ordered sieves in the
// manner of CoreNLP's quote attribution: a cue next to the quote with its
// subject, a cue elsewhere in the quote's sentence, and conversation
// continuation from the previous quote. The sieve that chose a speaker is
// recorded in Quote.Sieve as "placement/subject-rule": for a direct quote
// the placement says where its cue was (trailing-cue, leading-cue, split,
// sentence-cue) or names a cue-less sieve (dash-name, colon-name,
// colon-subject, sentence-subject, conversation, introduced); for reported
// speech it is "reported", or "belief" for verbs of thinking and wanting.
// The subject rule says how the cue's speaker was read (subject, inverted,
// appositive, relative, participle, coordinated, nominal, according-to;
// "+org-fallback", "+person-fallback" or "+pronoun-token" when a pronoun
// had no resolved mention). A subject is looked for past adverbs, time
// expressions (Document.Times, when present) and verb chains ("declined
// to say"); a relative pronoun ("who said") is itself the speaker's
// mention, its antecedent giving the entity and name. Token.POS, when
// present, decides what is a verb and what is a noun.
//
// The stage reads tokens, sentences, mentions and entities, and is robust to
// any of them being empty or inconsistent: it never panics and never reads
// outside Document.Text.
package quote

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph"
)

// Sieve names, in the order they are tried for a direct quote.
const (
	SieveTrailing        = "trailing-cue"     // “…,” he said / “…,” said Mr X
	SieveLeading         = "leading-cue"      // He said: “…” / X added, “…”
	SieveSplit           = "split"            // “We,” X said, “will …” (second part)
	SieveSentence        = "sentence-cue"     // a cue elsewhere in the quote's sentence
	SieveSentenceSubject = "sentence-subject" // no cue, quote inside a sentence: the sentence's first mention
	SieveConversation    = "conversation"     // no cue, quote opens its sentence: the previous quote's speaker
	SieveReported        = "reported"         // reported speech: the cue's own subject
	SieveBelief          = "belief"           // reported thought or wish: the cue is a verb of thinking
	SieveAccordingTo     = "according-to"     // according to X
	SieveOrgFallback     = "org-fallback"     // "its" unresolved: nearest preceding organisation
	SievePersonFallback  = "person-fallback"  // "he" unresolved: nearest preceding person name in this or the previous paragraph
	SieveNominal         = "nominal"          // speaker is a phrase with no entity ("a spokesperson")
	SieveAppositive      = "appositive"       // Hugh Hill, a doctor, said
	SieveRelative        = "relative"         // Anwar Ibrahim, who has warned that
	SieveInverted        = "inverted"         // said Mr X
	SieveSubject         = "subject"          // X said
	SieveParticiple      = "participle"       // X did Y, saying …: the main clause's subject
	SievePassive         = "passive"          // X was asked by Y …: the agent after "by"
	SieveCoordinated     = "coordinated"      // X did Y and said …: the first subject of the sentence
	SieveColonSubject    = "colon-subject"    // X released a statement: “…” (no cue): the colon sentence's subject
	SieveColonName       = "colon-name"       // - Carl Bialik: “…” (no cue): the name right before the colon
	SieveDashName        = "dash-name"        // “…” ― Carla Sanchez (no cue): the name after the dash
	SieveIntroduced      = "introduced"       // no cue, no conversation: the person the previous paragraph, or the paragraph's previous sentence, ends on
	SievePronounToken    = "pronoun-token"    // a pronoun that no mention covers
	SieveHeadlineName    = "headline-name"    // Trump: Cruz Has ‘To Come a Long Way’ (no cue): the name opening the sentence before a colon
	SieveAnswer          = "answer"           // conversation: a question answered in the next paragraph by the other party
	SieveObjectOwner     = "object-owner"     // X issued a statement saying …: the subject of the verb whose object the phrase is
)

// Stage is the quote stage. It is read-only after construction and safe
// for concurrent use.
type Stage struct {
	lx *lexicon
}

// NewStage returns a Stage with the embedded cue lists.
func NewStage() (*Stage, error) { return NewStageWith(Lexicon{}) }

// NewStageWith returns a Stage with the embedded cue lists plus extra lines
// in the data-file formats (data/README.md).
func NewStageWith(extra Lexicon) (*Stage, error) {
	lx, err := loadLexicon(extra)
	if err != nil {
		return nil, err
	}
	return &Stage{lx: lx}, nil
}

// Name implements newsgraph.Stage.
func (s *Stage) Name() string { return "quote" }

// Requires implements newsgraph.Stage.
func (s *Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerSentences, newsgraph.LayerTokens, newsgraph.LayerEntities}
}

// Provides implements newsgraph.Stage.
func (s *Stage) Provides() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerQuotes} }

// Process fills doc.Quotes, sorted by Start.
func (s *Stage) Process(ctx context.Context, doc *newsgraph.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	doc.Quotes = s.Find(doc)
	return nil
}

// Find returns the quotes of doc without changing it.
func (s *Stage) Find(doc *newsgraph.Document) []newsgraph.Quote {
	v := newView(s.lx, doc)
	direct := findDirect(v.text, v.paras)
	v.markQuotes(direct)
	cues := v.findCues()
	var out []item
	for _, c := range cues {
		if c.hasContent && !v.mostlyDirect(c.content) {
			out = append(out, item{q: newsgraph.Quote{Span: c.content, Speaker: c.speaker, Cue: spanPtr(c.span), Sieve: c.kind() + "/" + c.sieve, Place: -1}, para: v.paraOf(c.content.Start), endPara: v.paraOf(c.content.End - 1)})
		}
	}
	out = append(out, v.attributeDirect(direct, cues)...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].q, out[j].q
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Direct && !b.Direct
	})
	v.conversation(out)
	v.introduced(out)
	qs := make([]newsgraph.Quote, len(out))
	for i, it := range out {
		qs[i] = it.q
	}
	return qs
}

type item struct {
	q             newsgraph.Quote
	para, endPara int
	noCue         bool // a direct quote with no cue in its sentences
}

func spanPtr(s newsgraph.Span) *newsgraph.Span { return &s }

// view is the per-document working state of one Find call.
type view struct {
	lx        *lexicon
	doc       *newsgraph.Document
	text      string
	toks      []newsgraph.Token // tokens with valid spans, sorted by Start
	lower     []string          // lower-cased Norm of each token
	sent      []int             // sentence number of each token
	sentRange [][2]int          // token range [a, b) of each sentence
	paras     []newsgraph.Span
	inQuote   []bool // token is a quotation mark or inside a direct quote
	isMark    []bool // token is a quotation mark of a direct quote
	inTime    []bool // token lies in a time expression (Document.Times)
	direct    []newsgraph.Span
	ments     []int // indices of valid mentions, sorted by Start
	byEnd     map[int][]int
	byStart   map[int][]int
}

func newView(lx *lexicon, doc *newsgraph.Document) *view {
	v := &view{lx: lx, doc: doc, text: doc.Text, byEnd: map[int][]int{}, byStart: map[int][]int{}}
	n := len(v.text)
	last := -1
	v.toks = make([]newsgraph.Token, 0, len(doc.Tokens))
	v.lower = make([]string, 0, len(doc.Tokens))
	for _, t := range doc.Tokens {
		if t.Start < 0 || t.End > n || t.Start >= t.End || t.Start < last {
			continue
		}
		last = t.End
		if t.Norm == "" {
			t.Norm = v.text[t.Start:t.End]
		}
		v.toks = append(v.toks, t)
		v.lower = append(v.lower, strings.ToLower(t.Norm))
	}
	v.paras = newsgraph.Paragraphs(v.text)
	// sentences: assign each token to the sentence span containing it
	v.sent = make([]int, len(v.toks))
	sents := make([]newsgraph.Span, 0, len(doc.Sentences))
	for _, s := range doc.Sentences {
		if s.Start >= 0 && s.End <= n && s.Start < s.End {
			sents = append(sents, s.Span)
		}
	}
	sort.SliceStable(sents, func(i, j int) bool { return sents[i].Start < sents[j].Start })
	si := 0
	for k, t := range v.toks {
		for si < len(sents) && sents[si].End <= t.Start {
			si++
		}
		if si < len(sents) && sents[si].Start <= t.Start {
			v.sent[k] = si
		} else {
			v.sent[k] = -1 - k // a token outside every sentence is its own boundary
		}
	}
	for k := 0; k < len(v.toks); {
		j := k + 1
		for j < len(v.toks) && v.sent[j] == v.sent[k] && v.paraOf(v.toks[j].Start) == v.paraOf(v.toks[k].Start) {
			j++
		}
		// a period inside a short parenthesis ends no sentence: "Sen.
		// Chuck Schumer (D-N.Y.) said"
		for j < len(v.toks) && v.paraOf(v.toks[j].Start) == v.paraOf(v.toks[k].Start) && v.openParen(k, j) {
			s := v.sent[j]
			closes := false
			for x := j; x < len(v.toks) && x < j+4 && v.sent[x] == s; x++ {
				if v.toks[x].Text == ")" {
					closes = true
					break
				}
			}
			if !closes {
				break
			}
			for j < len(v.toks) && v.sent[j] == s && v.paraOf(v.toks[j].Start) == v.paraOf(v.toks[k].Start) {
				j++
			}
		}
		v.sentRange = append(v.sentRange, [2]int{k, j})
		for x := k; x < j; x++ {
			v.sent[x] = len(v.sentRange) - 1
		}
		k = j
	}
	v.inTime = make([]bool, len(v.toks))
	for _, t := range doc.Times {
		for k := v.tokAt(t.Start); k < len(v.toks) && v.toks[k].Start < t.End; k++ {
			v.inTime[k] = true
		}
	}
	for i, m := range doc.Mentions {
		if m.Start < 0 || m.End > n || m.Start >= m.End {
			continue
		}
		v.ments = append(v.ments, i)
		v.byEnd[m.End] = append(v.byEnd[m.End], i)
		v.byStart[m.Start] = append(v.byStart[m.Start], i)
	}
	sort.SliceStable(v.ments, func(i, j int) bool {
		return doc.Mentions[v.ments[i]].Start < doc.Mentions[v.ments[j]].Start
	})
	return v
}

// paraOf returns the paragraph containing byte offset pos (the nearest
// preceding one when pos falls between paragraphs).
func (v *view) paraOf(pos int) int {
	i := sort.Search(len(v.paras), func(i int) bool { return v.paras[i].Start > pos })
	if i == 0 {
		return 0
	}
	return i - 1
}

// mentionFrom returns the position in v.ments of the first mention that
// starts at or after pos.
func (v *view) mentionFrom(pos int) int {
	return sort.Search(len(v.ments), func(i int) bool { return v.doc.Mentions[v.ments[i]].Start >= pos })
}

// tokAt returns the index of the first token that ends after pos.
func (v *view) tokAt(pos int) int {
	return sort.Search(len(v.toks), func(i int) bool { return v.toks[i].End > pos })
}

func (v *view) markQuotes(direct []rawQuote) {
	v.inQuote = make([]bool, len(v.toks))
	v.isMark = make([]bool, len(v.toks))
	for _, q := range direct {
		v.direct = append(v.direct, q.Content)
		end := q.Content.End
		if q.Close.Start >= 0 {
			end = q.Close.End
		}
		for k := v.tokAt(q.Open.Start); k < len(v.toks) && v.toks[k].Start < end; k++ {
			v.inQuote[k] = true
			if v.toks[k].Span.Overlaps(q.Open) || q.Close.Start >= 0 && v.toks[k].Span.Overlaps(q.Close) {
				v.isMark[k] = true // both tokens of a '' mark
			}
		}
	}
}

// mostlyDirect reports whether at least half of sp lies inside direct quotes.
func (v *view) mostlyDirect(sp newsgraph.Span) bool {
	in := 0
	// v.direct is sorted by Start and its spans do not overlap
	i := sort.Search(len(v.direct), func(i int) bool { return v.direct[i].End > sp.Start })
	for _, d := range v.direct[i:] {
		if d.Start >= sp.End {
			break
		}
		a, b := max(d.Start, sp.Start), min(d.End, sp.End)
		if b > a {
			in += b - a
		}
	}
	return 2*in >= sp.Len()
}

func (v *view) isPunct(k int) bool {
	r, _ := utf8.DecodeRuneInString(v.toks[k].Text)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func (v *view) isQuoteTok(k int) bool {
	r, n := utf8.DecodeRuneInString(v.toks[k].Text)
	return n == len(v.toks[k].Text) && isQuoteRune(r)
}

func (v *view) sentBounds(k int) (int, int) {
	if k < 0 || k >= len(v.toks) {
		return k, k
	}
	r := v.sentRange[v.sent[k]]
	return r[0], r[1]
}

// contentSpan returns the byte span of tokens [a, b), without trailing
// punctuation other than closing quotation marks.
func (v *view) contentSpan(a, b int) (newsgraph.Span, bool) {
	for b > a && v.isPunct(b-1) && !v.isQuoteTok(b-1) {
		b--
	}
	for a < b && v.isPunct(a) && !v.isQuoteTok(a) {
		a++
	}
	words := 0
	for k := a; k < b; k++ {
		if !v.isPunct(k) {
			words++
		}
	}
	if words < 2 {
		return newsgraph.Span{}, false
	}
	return newsgraph.Span{Start: v.toks[a].Start, End: v.toks[b-1].End}, true
}

// speakerOf builds the SpeakerRef of mention index mi.
func (v *view) speakerOf(mi int) *newsgraph.SpeakerRef {
	m := v.doc.Mentions[mi]
	sp := &newsgraph.SpeakerRef{Entity: -1, Mention: m.Span, Name: v.text[m.Start:m.End]}
	if e := m.Entity; e >= 0 && e < len(v.doc.Entities) {
		sp.Entity = e
		if name := v.doc.Entities[e].Name; name != "" {
			sp.Name = name
		}
	}
	return sp
}

// bestMention returns the longest valid mention among idx, or -1.
func (v *view) bestMention(idx []int) int {
	best := -1
	for _, i := range idx {
		if best < 0 || v.doc.Mentions[i].Len() > v.doc.Mentions[best].Len() {
			best = i
		}
	}
	return best
}

// entityType returns the type of mention mi's entity, or the mention's own.
func (v *view) entityType(mi int) newsgraph.EntityType {
	m := v.doc.Mentions[mi]
	if m.Entity >= 0 && m.Entity < len(v.doc.Entities) && v.doc.Entities[m.Entity].Type != "" {
		return v.doc.Entities[m.Entity].Type
	}
	return m.Type
}

// openParen reports whether a parenthesis opened among tokens [a, b), in
// the last four of them, is still open at b.
func (v *view) openParen(a, b int) bool {
	for x := b - 1; x >= a && x >= b-4; x-- {
		switch v.toks[x].Text {
		case ")":
			return false
		case "(":
			return true
		}
	}
	return false
}
