package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph"
)

// cue is one reporting verb or phrase outside direct quotes, with the
// speaker and content read around it.
type cue struct {
	head, last int // token range of the cue, tail included
	span       newsgraph.Span
	according  bool
	belief     bool // a verb of thinking: not a cue for direct quotes
	speaker    *newsgraph.SpeakerRef
	sieve      string // how the speaker was found
	subjA      int    // token range of the speaker phrase, -1 when none
	subjB      int
	content    newsgraph.Span
	hasContent bool
}

// findCues returns the cues of the document in text order.
func (v *view) findCues() []cue {
	var out []cue
	for k := 0; k < len(v.toks); k++ {
		if v.inQuote[k] {
			continue
		}
		if c, ok := v.phraseCue(k); ok {
			out = append(out, c)
			k = c.last
			continue
		}
		if c, ok := v.verbCue(k); ok {
			out = append(out, c)
			k = c.last
		}
	}
	return out
}

// matchWords reports whether the lower-cased tokens from k spell ws inside
// k's sentence and outside quotes.
func (v *view) matchWords(k int, ws []string) bool {
	if k >= len(v.toks) {
		return false
	}
	_, b := v.sentBounds(k)
	if k+len(ws) > b {
		return false
	}
	for i, w := range ws {
		if v.lower[k+i] != w || v.inQuote[k+i] {
			return false
		}
	}
	return true
}

func (v *view) phraseCue(k int) (cue, bool) {
	for _, p := range v.lx.phrases {
		if !v.matchWords(k, p.Words) {
			continue
		}
		c := cue{head: k, last: k + len(p.Words) - 1, according: true, subjA: -1, subjB: -1}
		c.span = newsgraph.Span{Start: v.toks[k].Start, End: v.toks[c.last].End}
		a, b := v.sentBounds(k)
		// the source: up to the next comma or the end of the sentence
		np := c.last + 1
		end := np
		for end < b && end-np < 12 && !v.isPunct(end) {
			end++
		}
		if end > np {
			c.subjA, c.subjB = np, end
			c.speaker, c.sieve = v.sourceIn(np, end)
		}
		// the content: the other side of the comma
		if v.hasWordsBefore(a, k) && k > a && v.lower[k-1] == "," {
			c.content, c.hasContent = v.contentSpan(a, k-1)
		} else if end < b && v.lower[end] == "," {
			c.content, c.hasContent = v.contentSpan(end+1, b)
		}
		return c, true
	}
	return cue{}, false
}

// hasWordsBefore reports whether a word token lies in [a, k).
func (v *view) hasWordsBefore(a, k int) bool {
	for i := a; i < k; i++ {
		if !v.isPunct(i) {
			return true
		}
	}
	return false
}

// sourceIn finds the speaker named by tokens [a, b) after "according to".
func (v *view) sourceIn(a, b int) (*newsgraph.SpeakerRef, string) {
	lo, hi := v.toks[a].Start, v.toks[b-1].End
	for _, mi := range v.ments[v.mentionFrom(lo):] {
		if v.doc.Mentions[mi].Start >= hi {
			break
		}
		m := v.doc.Mentions[mi]
		if m.Start < lo || m.End > hi {
			continue
		}
		best := v.bestMention(v.byStart[m.Start])
		return v.resolve(best, SieveAccordingTo)
	}
	for k := a; k < b; k++ {
		if _, ok := v.lx.pronouns[v.lower[k]]; ok {
			return v.resolvePronounToken(k, SieveAccordingTo)
		}
	}
	sp := newsgraph.Span{Start: lo, End: hi}
	return &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[lo:hi]}, SieveAccordingTo + "+" + SieveNominal
}

// resolve returns the speaker of mention mi; an unresolved possessive or
// object pronoun of an organisation type ("its") falls back to the nearest
// preceding organisation mention.
func (v *view) resolve(mi int, sieve string) (*newsgraph.SpeakerRef, string) {
	sp := v.speakerOf(mi)
	m := v.doc.Mentions[mi]
	if sp.Entity >= 0 || m.Kind != newsgraph.Pronoun {
		return sp, sieve
	}
	if t, ok := v.lx.pronouns[strings.ToLower(m.Text)]; ok && t == newsgraph.Org {
		if o := v.precedingOrg(m.Start); o >= 0 {
			org := v.speakerOf(o)
			org.Mention = m.Span
			return org, sieve + "+" + SieveOrgFallback
		}
	}
	return sp, sieve
}

// resolvePronounToken makes a speaker of a pronoun token that no mention
// covers.
func (v *view) resolvePronounToken(k int, sieve string) (*newsgraph.SpeakerRef, string) {
	t := v.toks[k]
	if typ := v.lx.pronouns[v.lower[k]]; typ == newsgraph.Org {
		if o := v.precedingOrg(t.Start); o >= 0 {
			org := v.speakerOf(o)
			org.Mention = t.Span
			return org, sieve + "+" + SieveOrgFallback
		}
	}
	return &newsgraph.SpeakerRef{Entity: -1, Mention: t.Span, Name: t.Text}, sieve + "+" + SievePronounToken
}

// maxLookback bounds how many mentions precedingOrg looks back through.
const maxLookback = 200

// precedingOrg returns the nearest organisation mention ending before pos
// among the maxLookback mentions before it.
func (v *view) precedingOrg(pos int) int {
	from := v.mentionFrom(pos)
	for i := from - 1; i >= 0 && i >= from-maxLookback; i-- {
		mi := v.ments[i]
		m := v.doc.Mentions[mi]
		if m.End > pos || m.Kind == newsgraph.Pronoun {
			continue
		}
		if v.entityType(mi) == newsgraph.Org {
			return mi
		}
	}
	return -1
}

// isVerbUse reports whether token k, a form of a reporting verb, is used as
// a verb here.
func (v *view) isVerbUse(k int, vi verbInfo) bool {
	if pos := v.toks[k].POS; pos != "" {
		return strings.HasPrefix(pos, "VB")
	}
	if a, _ := v.sentBounds(k); k > a && isCapitalised(v.toks[k].Text) {
		return false // "the United States", "Reports"
	}
	if k > 0 && v.lx.npOpeners[v.lower[k-1]] && v.lower[k-1] != "officials" && v.lower[k-1] != "sources" {
		return false // "the claims", "his statement"
	}
	if vi.Noun {
		// a noun-verb form needs a subject straight before it
		a, _ := v.sentBounds(k)
		j := k - 1
		for j >= a && v.lx.fillers[v.lower[j]] {
			j--
		}
		if j < a || v.isPunct(j) {
			return false
		}
		if _, ok := v.lx.pronouns[v.lower[j]]; ok {
			return true
		}
		if len(v.byEnd[v.toks[j].End]) > 0 || isCapitalised(v.toks[j].Text) {
			return true
		}
		// "the protesters chanted": a determiner-led phrase
		if !v.nounHead(j) {
			return false
		}
		for x := j; x >= a && x >= j-4 && v.npWord(x) && v.lower[x] != "of"; x-- {
			if v.lx.npOpeners[v.lower[x]] {
				return x < j
			}
		}
		return false
	}
	return true
}

// skipParens returns the token before a parenthesis group ending at token
// e ("Kasich (R-OH)" → "Kasich"), or e when e is not ")".
func (v *view) skipParens(e, a int) int {
	if v.lower[e] != ")" {
		return e
	}
	for x := e - 1; x >= a && x >= e-8; x-- {
		if v.lower[x] == "(" {
			return x - 1
		}
	}
	return e
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func (v *view) verbCue(k int) (cue, bool) {
	vi, ok := v.lx.verbs[v.lower[k]]
	if !ok || !v.isVerbUse(k, vi) {
		return cue{}, false
	}
	a, b := v.sentBounds(k)
	c := cue{head: k, last: k, subjA: -1, subjB: -1, belief: vi.Belief}
	for _, t := range v.lx.tails {
		if v.matchWords(k+1, t) {
			c.last = k + len(t)
			break
		}
	}
	c.span = newsgraph.Span{Start: v.toks[k].Start, End: v.toks[c.last].End}
	after := c.last + 1
	// the speaker: the subject before the verb, else after it ("said Mr X")
	inverted := false
	participle := strings.HasSuffix(v.lower[k], "ing") && k > a && v.lower[k-1] == ","
	if participle {
		// "…, saying: “…”", "…, telling reporters that …": the subject of
		// the main clause speaks
		if mi := v.firstMention(v.toks[a].Start, v.toks[k].Start); mi >= 0 {
			c.speaker, c.sieve = v.resolve(mi, SieveParticiple)
			c.subjA = v.tokAt(v.doc.Mentions[mi].Start)
			c.subjB = v.tokAt(v.doc.Mentions[mi].End-1) + 1
		}
	} else if sa, sb, sp, sieve := v.subjectLeft(k); sp != nil {
		c.subjA, c.subjB, c.speaker, c.sieve = sa, sb, sp, sieve
	} else if (k == a || v.isPunct(k-1)) && !vi.Obj {
		if sa, sb, sp, sieve := v.subjectRight(after); sp != nil {
			c.subjA, c.subjB, c.speaker, c.sieve = sa, sb, sp, sieve
			inverted = true
			after = sb
		}
	}
	if vi.Direct {
		return c, true // a cue for direct quotes only
	}
	// the content: a complement after the verb ...
	for t := c.last + 1; t < b && t-c.last <= 8; t++ {
		if v.inQuote[t] || (v.isPunct(t) && v.lower[t] != ",") || t > c.last+1 && v.lx.verbs[v.lower[t]].Lemma != "" {
			break
		}
		if v.lx.complement[v.lower[t]] {
			c.content, c.hasContent = v.contentSpan(t+1, b)
			return c, true
		}
	}
	if !vi.Obj && !inverted && after < b && !v.lx.notCompl[v.lower[after]] && !v.isQuoteTok(after) && !v.inQuote[after] {
		if sp, ok := v.contentSpan(after, b); ok && v.countWords(after, b) >= 3 {
			c.content, c.hasContent = sp, true
			return c, true
		}
	}
	// ... or the clause before the comma that precedes the speaker
	start := k
	if participle {
		return c, true
	}
	if c.subjA >= 0 && c.subjA < k {
		start = v.titleStart(a, c.subjA)
	}
	if start > a && v.lower[start-1] == "," && !v.inQuote[start-1] && v.tailOnly(after, b) {
		c.content, c.hasContent = v.contentSpan(a, start-1)
	}
	return c, true
}

func (v *view) countWords(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if !v.isPunct(k) {
			n++
		}
	}
	return n
}

// tailOnly reports whether tokens [a, b) are a short trailer with no
// clause of their own ("today", "on Tuesday", "in a statement").
func (v *view) tailOnly(a, b int) bool {
	if a < b && v.lower[a] == "," {
		return true // "…, he said, adding …"
	}
	return v.countWords(a, b) <= 5 && !v.anyQuote(a, b)
}

func (v *view) anyQuote(a, b int) bool {
	for k := a; k < b; k++ {
		if v.inQuote[k] {
			return true
		}
	}
	return false
}

// subjectLeft finds the speaker phrase ending right before verb token k.
func (v *view) subjectLeft(k int) (int, int, *newsgraph.SpeakerRef, string) {
	a, _ := v.sentBounds(k)
	j := k - 1
	for j >= a && v.lx.fillers[v.lower[j]] && !v.inQuote[j] {
		j--
	}
	if j < a || v.inQuote[j] {
		return -1, -1, nil, ""
	}
	if sp, sieve, sa := v.mentionEndingAt(j, SieveSubject); sp != nil {
		return sa, j + 1, sp, sieve
	}
	if _, ok := v.lx.pronouns[v.lower[j]]; ok {
		sp, sieve := v.resolvePronounToken(j, SieveSubject)
		return j, j + 1, sp, sieve
	}
	// coordinated verbs: "Graham called them “crazy” and said …"
	if (v.lower[j] == "and" || v.lower[j] == "but") && j > a {
		if mi := v.firstMention(v.toks[a].Start, v.toks[j].Start); mi >= 0 {
			sp, sieve := v.resolve(mi, SieveCoordinated)
			return v.tokAt(v.doc.Mentions[mi].Start), v.tokAt(v.doc.Mentions[mi].End-1) + 1, sp, sieve
		}
		return -1, -1, nil, ""
	}
	// relative clause: "X, who has warned that"
	if v.lx.relatives[v.lower[j]] && j-2 >= a && v.lower[j-1] == "," && !v.inQuote[j-2] {
		if sp, sieve, sa := v.mentionEndingAt(j-2, SieveRelative); sp != nil {
			return sa, j - 1, sp, sieve
		}
	}
	// appositive: "Hugh Hill, a doctor, said"
	if v.lower[j] == "," && j-1 >= a && !v.inQuote[j-1] {
		// "her adviser, Jake Sullivan, said", "Gov. John Kasich (R-OH), said"
		e := v.skipParens(j-1, a)
		if e >= a && !v.inQuote[e] {
			if sp, sieve, sa := v.mentionEndingAt(e, SieveAppositive); sp != nil {
				return sa, j, sp, sieve
			}
		}
		for c := j - 1; c > a && c >= j-10; c-- {
			if v.inQuote[c] {
				break
			}
			if v.lower[c] == "," {
				if c-1 >= a && !v.inQuote[c-1] && !v.cueBetween(c+1, j) {
					if sp, sieve, sa := v.mentionEndingAt(c-1, SieveAppositive); sp != nil {
						return sa, c, sp, sieve
					}
				}
				break
			}
		}
		return -1, -1, nil, ""
	}
	// a common-noun phrase: "a State Department spokesperson"
	if !v.nounHead(j) {
		return -1, -1, nil, ""
	}
	s := j
	for s-1 >= a && j-s < 6 && v.npWord(s-1) {
		s--
	}
	for x := s; x <= j; x++ {
		if v.lx.npOpeners[v.lower[x]] || x == j && (v.lower[x] == "officials" || v.lower[x] == "sources") {
			if pos := v.toks[j].POS; pos != "" && !strings.HasPrefix(pos, "NN") {
				break
			}
			sp := newsgraph.Span{Start: v.toks[x].Start, End: v.toks[j].End}
			return x, j + 1, &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[sp.Start:sp.End]}, SieveNominal
		}
	}
	// a phrase that fills the whole clause before the verb ("Twenty-four
	// percent said", "O’Malley’s campaign says")
	if s == a || v.clauseBoundary(s-1) {
		sp := newsgraph.Span{Start: v.toks[s].Start, End: v.toks[j].End}
		return s, j + 1, &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[sp.Start:sp.End]}, SieveNominal
	}
	return -1, -1, nil, ""
}

// clauseBoundary reports whether token k ends the clause before it.
func (v *view) clauseBoundary(k int) bool {
	switch v.lower[k] {
	case ",", ";", ":", "--", "-", "(":
		return !v.inQuote[k] || v.isMark[k]
	}
	if v.lx.conj[v.lower[k]] {
		return !v.inQuote[k]
	}
	return v.isMark[k]
}

// mentionEndingAt returns the longest mention ending with token j.
func (v *view) mentionEndingAt(j int, sieve string) (*newsgraph.SpeakerRef, string, int) {
	mi := v.bestMention(v.byEnd[v.toks[j].End])
	if mi < 0 {
		return nil, "", -1
	}
	sp, s := v.resolve(mi, sieve)
	return sp, s, v.tokAt(v.doc.Mentions[mi].Start)
}

// subjectRight finds an inverted speaker starting at token k ("said Mr X").
func (v *view) subjectRight(k int) (int, int, *newsgraph.SpeakerRef, string) {
	if k >= len(v.toks) || v.inQuote[k] {
		return -1, -1, nil, ""
	}
	_, b := v.sentBounds(k)
	if mi := v.bestMention(v.byStart[v.toks[k].Start]); mi >= 0 {
		sp, sieve := v.resolve(mi, SieveInverted)
		return k, v.tokAt(v.doc.Mentions[mi].End-1) + 1, sp, sieve
	}
	if _, ok := v.lx.pronouns[v.lower[k]]; ok {
		sp, sieve := v.resolvePronounToken(k, SieveInverted)
		return k, k + 1, sp, sieve
	}
	if !v.lx.npOpeners[v.lower[k]] {
		return -1, -1, nil, ""
	}
	e := k + 1
	for e < b && e-k < 7 && v.npWord(e) {
		e++
	}
	if !v.nounHead(e - 1) {
		return -1, -1, nil, ""
	}
	sp := newsgraph.Span{Start: v.toks[k].Start, End: v.toks[e-1].End}
	return k, e, &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[sp.Start:sp.End]}, SieveInverted + "+" + SieveNominal
}

// npWord reports whether token k may stand inside a speaker phrase.
func (v *view) npWord(k int) bool {
	w := v.lower[k]
	if v.isPunct(k) || v.inQuote[k] || v.lx.complement[w] || v.lx.fillers[w] || v.lx.relatives[w] || v.lx.conj[w] {
		return false
	}
	if v.lx.notCompl[w] && w != "of" {
		return false
	}
	return v.lx.verbs[w].Lemma == "" || isCapitalised(v.toks[k].Text)
}

// nounHead reports whether token k may end a speaker phrase.
func (v *view) nounHead(k int) bool {
	if !v.npWord(k) || v.lx.timeWords[v.lower[k]] || v.lower[k] == "of" {
		return false
	}
	if pos := v.toks[k].POS; pos != "" {
		return strings.HasPrefix(pos, "NN")
	}
	if _, ok := v.lx.pronouns[v.lower[k]]; ok {
		return false
	}
	return !v.lx.npOpeners[v.lower[k]] || v.lower[k] == "officials" || v.lower[k] == "sources"
}

// kind is the sieve prefix of the reported quote of c.
func (c *cue) kind() string {
	if c.belief {
		return SieveBelief
	}
	return SieveReported
}

// cueBetween reports whether a reporting verb lies in tokens [a, b).
func (v *view) cueBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if v.lx.verbs[v.lower[k]].Lemma != "" {
			return true
		}
	}
	return false
}

// titleStart extends a speaker phrase starting at token s leftwards over a
// title that premodifies it ("US Secretary of State [Marco Rubio]", "the
// [Russian Foreign Ministry]") when a comma precedes the title; otherwise it
// returns s.
func (v *view) titleStart(a, s int) int {
	t := s
	for n := 0; n < 8 && t > a && v.lower[t-1] != ","; n++ {
		w := v.toks[t-1].Norm
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !v.lx.titleGlue[v.lower[t-1]] || v.inQuote[t-1] {
			return s
		}
		t--
	}
	if t > a && v.lower[t-1] == "," {
		return t
	}
	return s
}
