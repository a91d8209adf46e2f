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
	directOnly bool // a verb that only introduces direct quotes ("called it")
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
	v.cutAtNextCue(out)
	return out
}

// cutAtNextCue ends the reported clause of a cue where a later cue of the
// same sentence opens its own clause after a comma ("While not everything
// Trump says is true, Jamieson said Trump is …": "says" reports "is
// true" only).
func (v *view) cutAtNextCue(cues []cue) {
	for i := range cues {
		c := &cues[i]
		if !c.hasContent || c.content.Start < v.toks[c.last].End {
			continue // no clause, or the clause before the cue
		}
		for j := i + 1; j < len(cues); j++ {
			n := &cues[j]
			if v.toks[n.head].Start >= c.content.End || v.sent[n.head] != v.sent[c.head] {
				break
			}
			s := n.head
			if n.subjA >= 0 && n.subjA < n.head {
				s = n.subjA
			}
			// (the words of the subject phrase before its mention: "other
			// GOP [leaders] said")
			for w := 0; w < 4 && s-1 > c.last && v.npWord(s-1); w++ {
				s--
			}
			// (also after ", while", ", and", ", but": "Rubio suggested
			// that …, while Cruz said that …")
			if s-2 > c.last && (v.lx.conj[v.lower[s-1]] || v.lower[s-1] == "while" || v.lower[s-1] == "whereas") && v.lower[s-2] == "," && !v.inQuote[s-1] {
				s--
			} else if s-3 > c.last && v.lower[s-3] == "," && !v.inQuote[s-1] && (v.toks[s-1].POS == "IN" || v.toks[s-1].POS == "TO") && v.toks[s-2].POS == "VBN" {
				s -= 2 // ", compared with 64 percent who say …"
			}
			// (a cue with no clause of its own cuts too when a quotation
			// follows it: "…, and Trump vowed to “bomb the hell” out of
			// them")
			own := n.hasContent && n.content.Start >= v.toks[n.last].End || !n.hasContent && v.opensQuote(n.last+1)
			if n.speaker == nil || !own || s-1 <= c.last || v.lower[s-1] != "," || v.inQuote[s-1] {
				continue
			}
			if sp, ok := v.contentSpan(v.tokAt(c.content.Start), s-1); ok {
				c.content = sp
			}
			break
		}
	}
}

// opensQuote reports whether token k, or the "to" at k before it, is an
// opening quotation mark.
func (v *view) opensQuote(k int) bool {
	if k < len(v.toks) && v.lower[k] == "to" && !v.inQuote[k] {
		k++
	}
	return k+1 < len(v.toks) && v.isMark[k] && v.inQuote[k+1]
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
	} else if ok && t == newsgraph.Person {
		if p := v.precedingPerson(m.Start); p >= 0 {
			per := v.speakerOf(p)
			per.Mention = m.Span
			return per, sieve + "+" + SievePersonFallback
		}
	}
	return sp, sieve
}

// precedingPerson returns the nearest person name mention with an entity
// that ends before pos, in pos's paragraph or the one before; -1 when none.
// Coreference left the pronoun at pos unresolved.
func (v *view) precedingPerson(pos int) int {
	if len(v.paras) == 0 {
		return -1
	}
	lo := v.paras[max(v.paraOf(pos)-1, 0)].Start
	from := v.mentionFrom(pos)
	for i := from - 1; i >= 0 && i >= from-maxLookback; i-- {
		mi := v.ments[i]
		m := v.doc.Mentions[mi]
		if m.Start < lo {
			break
		}
		if m.End > pos || m.Kind != newsgraph.Name || m.Entity < 0 || m.Entity >= len(v.doc.Entities) {
			continue
		}
		if v.doc.Entities[m.Entity].Type == newsgraph.Person {
			return mi
		}
	}
	return -1
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
	} else if typ == newsgraph.Person {
		if p := v.precedingPerson(t.Start); p >= 0 {
			per := v.speakerOf(p)
			per.Mention = t.Span
			return per, sieve + "+" + SievePersonFallback
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
	if a, _ := v.sentBounds(k); k > a && isCapitalised(v.toks[k].Text) && v.titleCased(k) {
		// a headline in title case: "Al Sharpton Just Said Something
		// Unexpected", "Rick Perry Just Announced His Endorsement" — a
		// verb form after a name, not after a determiner or preposition
		// (only its first reporting verb: "Clinton Calls Trump's Putin
		// Remarks ‘Troubling’")
		for t := a + 1; t < k; t++ {
			if v.lx.verbs[v.lower[t]].Lemma != "" && v.headlineVerb(t, a) {
				return false
			}
		}
		return v.headlineVerb(k, a)
	}
	if pos := v.toks[k].POS; pos != "" {
		return strings.HasPrefix(pos, "VB") || v.mistagged(k)
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

// headlineVerb reports whether the capitalised form k of a title-cased
// sentence starting at a follows a name or its subject's last word, not a
// determiner, a preposition, a possessive or punctuation.
func (v *view) headlineVerb(k, a int) bool {
	if !isCapitalised(v.toks[k].Text) || v.inQuote[k] {
		return false
	}
	p := k - 1
	for p > a && v.lx.fillers[v.lower[p]] {
		p--
	}
	return !v.lx.npOpeners[v.lower[p]] && !v.lx.preps[v.lower[p]] && v.lower[p] != "'s" && !v.isPunct(p) && !v.inQuote[p]
}

// titleCased reports whether the sentence of token k is a headline in
// title case: at least five words, nearly all capitalised.
func (v *view) titleCased(k int) bool {
	a, b := v.sentBounds(k)
	words, caps, lower := 0, 0, 0
	for t := a; t < b; t++ {
		if v.isPunct(t) || v.inQuote[t] {
			continue
		}
		words++
		if isCapitalised(v.toks[t].Text) {
			caps++
		}
		if strings.ToUpper(v.toks[t].Text) != v.toks[t].Text {
			lower++ // (not an all-capitals line)
		}
	}
	return words >= 5 && caps*10 >= words*9 && lower*2 >= words
}

// mistagged reports whether a reporting-verb form the tagger read as a
// noun or adjective stands between a subject and an object or clause
// ("Legal observers note the …", "…, alleged that …").
func (v *view) mistagged(k int) bool {
	a, b := v.sentBounds(k)
	if k <= a || k+1 >= b || isCapitalised(v.toks[k].Text) || v.inQuote[k-1] || v.inQuote[k+1] && !v.isMark[k+1] {
		return false
	}
	switch v.toks[k].POS {
	case "NN", "NNS", "JJ":
	default:
		return false
	}
	prev, next := v.toks[k-1].POS, v.toks[k+1].POS
	if v.isMark[k+1] {
		next = "" // an opening mark: no object
	}
	subj := prev == "NNS" || prev == "NNP" || prev == "NNPS" || prev == "PRP" || v.lower[k-1] == "," || v.lx.quantities[v.lower[k-1]] && (k-1 == a || v.clauseBoundary(k-2)) // ("Some chanted “…”")
	obj := v.lx.complement[v.lower[k+1]] || next == "DT" || next == "PRP" || next == "NNP"
	if subj && obj {
		return true
	}
	// "The ad claims “…”", "Conway notes: “…”": a -s form between a
	// subject and an opening quotation mark
	if v.toks[k].POS == "NNS" && strings.HasSuffix(v.lower[k], "s") && (v.isMark[k+1] || k+2 < b && (v.lower[k+1] == ":" || v.lower[k+1] == ",") && v.isMark[k+2]) {
		if subj || len(v.byEnd[v.toks[k-1].End]) > 0 {
			return true
		}
		if prev == "NN" || prev == "JJ" {
			for x := k - 2; x >= a && x >= k-5 && !v.isPunct(x); x-- {
				if v.lx.npOpeners[v.lower[x]] {
					return true
				}
			}
		}
	}
	// "“…,” Conway notes.", "“…,” the email read.": a short subject right
	// after a closing mark, then the end of the clause
	if !v.isPunct(k+1) || v.lower[k+1] == "'s" {
		return false
	}
	// ("“…,” a voice-over in the ad states.": a longer one when a
	// determiner opens it)
	for s := k - 1; s >= a && k-s <= 6 && !v.inQuote[s] && !v.isPunct(s); s-- {
		if v.afterCloseMark(s) {
			return k-s <= 3 || v.lx.npOpeners[v.lower[s]]
		}
	}
	return false
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
	c := cue{head: k, last: k, subjA: -1, subjB: -1, belief: vi.Belief, directOnly: vi.Direct}
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
	participle := strings.HasSuffix(v.lower[k], "ing") && k > a && (v.lower[k-1] == "," || v.lower[k-1] == "by" || v.commaBeforeMark(k-1, a))
	if sp, e := v.passiveAgent(k, a, b); sp != nil {
		// "Rubio was asked by moderator Gerard Baker whether …": the agent
		c.speaker, c.sieve = sp, SievePassive
		c.subjA, c.subjB = k+1, e
	} else if participle {
		// "…, saying: “…”", "…, telling reporters that …", "responded by
		// saying …": the subject of the main clause speaks; right after
		// a reporting verb ("…, Nefzi said, adding …") that verb's own
		// subject does
		if sa, sb, sp, sieve := v.cueSubjectBefore(k, a); sp != nil {
			c.speaker, c.sieve = sp, SieveParticiple+"/"+sieve
			c.subjA, c.subjB = sa, sb
		} else if sp, sieve := v.sentenceSubject(a, k-1, SieveParticiple); sp != nil {
			c.speaker, c.sieve = sp, sieve
			c.subjA, c.subjB = v.tokAt(sp.Mention.Start), v.tokAt(sp.Mention.End-1)+1
		}
	} else if sa, sb, sp, sieve := v.subjectLeft(k); sp != nil && !v.invertedOverComma(k, sa, sb, sieve) {
		c.subjA, c.subjB, c.speaker, c.sieve = sa, sb, sp, sieve
		// (also "They slammed the tax loophole called …" and "Sanders
		// used this question to demand …")
		if sieve == SieveNominal && (v.toks[k].POS == "VBG" || v.toks[k].POS == "VBN" || v.lower[k-1] == "to") {
			// "Black Lives Matter issued a statement saying …": the
			// phrase is the object of another verb, whose subject speaks
			if oa, ob, osp, osieve := v.objectOwner(sa, a); osp != nil {
				c.subjA, c.subjB, c.speaker, c.sieve = oa, ob, osp, SieveObjectOwner+"/"+osieve
			}
		} else if sieve == SieveNominal && vi.Direct && v.objectOfVerb(sa, a) {
			// "They slammed the tax loophole called an “inversion”",
			// "writing a book called “…”": a naming verb after another
			// verb's object (the tagger read a participle as a past
			// tense) — the object is named, it does not speak
			if oa, ob, osp, osieve := v.objectOwner(sa, a); osp != nil {
				c.subjA, c.subjB, c.speaker, c.sieve = oa, ob, osp, SieveObjectOwner+"/"+osieve
			} else {
				c.subjA, c.subjB, c.speaker, c.sieve = -1, -1, nil, ""
			}
		}
	} else if sa, sb, sp, sieve := v.asideSubject(k, a); sp != nil {
		// "Mr. Slinker, whose latest start-up, Paradata, uses big data,
		// said Mr. Trump was …": the sentence's subject, not "said Mr. Trump"
		c.subjA, c.subjB, c.speaker, c.sieve = sa, sb, sp, sieve
	} else if (k == a || v.isPunct(k-1)) && (!vi.Obj || v.afterCloseMark(k)) {
		if sa, sb, sp, sieve := v.subjectRight(after); sp != nil {
			c.subjA, c.subjB, c.speaker, c.sieve = sa, sb, sp, sieve
			inverted = true
			after = sb
		}
	}
	if c.speaker == nil {
		// "refusing to concede that …", "clearly erred in saying …",
		// "After suggesting that …, Mr. Rubio …": a gerund or participle
		// takes the subject of the clause it hangs on
		if g := v.gerundHead(k, a); g >= 0 {
			lo, hi := a, g
			if g == a || g == a+1 && v.toks[a].POS == "IN" {
				hi = b - 1 // opening the sentence: the subject follows
			}
			if hi > lo {
				if sp, sieve := v.sentenceSubject(lo, hi, SieveParticiple); sp != nil && (sp.Mention.End <= v.toks[g].Start || sp.Mention.Start >= v.toks[c.last].End) {
					c.speaker, c.sieve = sp, sieve
					c.subjA, c.subjB = v.tokAt(sp.Mention.Start), v.tokAt(sp.Mention.End-1)+1
				}
			}
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
	// ("said in a statement released to reporters …": a participle
	// after the cue's tail modifies the tail's noun; it opens no clause)
	tailModifier := c.last > k && after < b && (v.toks[after].POS == "VBN" || v.toks[after].POS == "VBG")
	if !vi.Obj && !inverted && after < b && !tailModifier && !v.lx.notCompl[v.lower[after]] && !v.isQuoteTok(after) && !v.inQuote[after] {
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
	if start > a && v.lower[start-1] == "," && !v.inQuote[start-1] && (v.tailOnly(after, b) || tailModifier && !v.anyQuote(after, b) && !v.cueBetween(after+1, b)) && !v.eventClause(a, start-1, after, b) {
		c.content, c.hasContent = v.contentSpan(a, start-1)
	}
	return c, true
}

// eventClause reports whether tokens [a, e) before the comma ahead of a
// cue's subject are only an opening adverbial clause that sets the scene of
// the saying ("After Hillary Clinton accused him of sexism, he warned,
// “…”"; "When he first described the wall, he said, “…”"): a clause opener
// (data/words.txt [clause-openers]) first, not a preposition's ("because
// of", "as for"); one finite verb group after it, in the past tense (a
// relative clause may add one: "After voters who back him left"); no
// comma, semicolon, colon, dash or parenthesis inside; and after the cue's
// words [after, b) nothing but punctuation before a direct quote or the
// sentence's end. Without POS tags three words stand for the verb. A
// clause in the present ("When the regulation goes into effect, Dr. Clark
// added, “it will …”") speaks of what the quote speaks of and stays
// content.
func (v *view) eventClause(a, e, after, b int) bool {
	for a < e && v.isPunct(a) {
		a++
	}
	if a+1 >= e || !v.lx.openers[v.lower[a]] || v.inQuote[a] {
		return false
	}
	if p := v.toks[a+1].POS; p == "IN" || p == "TO" || v.lower[a+1] == "of" || v.lower[a+1] == "for" {
		return false // "Because of how …", "As for …": a phrase, not a clause
	}
	groups, past, tagged, rel, inVerb := 0, 0, false, false, false
	for t := a + 1; t < e; t++ {
		switch v.lower[t] {
		case ",", ";", ":", "—", "–", "--", "(":
			return false
		}
		if v.inQuote[t] {
			return false
		}
		if v.lx.relatives[v.lower[t]] || v.lower[t] == "that" {
			rel = true
		}
		pos := v.toks[t].POS
		if pos != "" {
			tagged = true
		}
		switch {
		case pos == "VBD" || pos == "VBZ" || pos == "VBP" || pos == "MD":
			if !inVerb {
				groups++
				if pos == "VBD" {
					past++
				}
			}
			inVerb = true
		case pos == "RB" || strings.HasPrefix(pos, "VB"):
			// adverbs and the rest of a verb group ("had not yet said")
		default:
			inVerb = false
		}
	}
	if !tagged {
		if v.countWords(a+1, e) < 3 {
			return false
		}
	} else if groups == 0 || groups > 2 || groups == 2 && !rel || past == 0 {
		return false
	}
	for t := after; t < b; t++ {
		if v.inQuote[t] {
			return true
		}
		if !v.isPunct(t) {
			return false
		}
	}
	return true
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
// When none stands there it looks past a verb chain ("declined to say",
// "is continuing to insist", "are more likely to say") for the subject of
// the verb that governs the cue.
func (v *view) subjectLeft(k int) (int, int, *newsgraph.SpeakerRef, string) {
	a, _ := v.sentBounds(k)
	j := v.skipFillers(k-1, a)
	if j < a || v.inQuote[j] {
		return -1, -1, nil, ""
	}
	if sa, sb, sp, sieve := v.subjectEndingAt(j, a); sp != nil {
		// "Another intelligence source speaking to Fox News said": the
		// name is the object of a participle modifying the subject
		if p := sa - 2; p > a && sb == j+1 && (v.toks[sa-1].POS == "IN" || v.toks[sa-1].POS == "TO") && v.toks[p].POS == "VBG" && !v.inQuote[p] {
			if pa, pb, psp, psieve := v.subjectEndingAt(p-1, a); psp != nil && pb == p {
				return pa, pb, psp, psieve
			}
		}
		return sa, sb, sp, sieve
	}
	if c := v.chainStart(j, a); c < j {
		return v.subjectEndingAt(c, a)
	}
	return -1, -1, nil, ""
}

// objectOwner returns the subject of the verb whose object is the phrase
// starting at token s ("issued [a statement]", "sent out [a press
// release]"), when a non-reporting verb stands right before the phrase.
func (v *view) objectOwner(s, a int) (int, int, *newsgraph.SpeakerRef, string) {
	t := s - 1
	for t >= a && v.toks[t].POS == "RP" && !v.inQuote[t] {
		t--
	}
	if t < a || v.inQuote[t] {
		return -1, -1, nil, ""
	}
	pos := v.toks[t].POS
	// (a verb that only introduces direct quotes may own the phrase:
	// "put out a statement saying …")
	if vi := v.lx.verbs[v.lower[t]]; !strings.HasPrefix(pos, "VB") || pos == "VBG" || pos == "VBN" || v.lx.passiveAux[v.lower[t]] || vi.Lemma != "" && !vi.Direct {
		return -1, -1, nil, ""
	}
	return v.subjectLeft(t)
}

// objectOfVerb reports whether the phrase starting at token s follows a
// verb other than an auxiliary (particles skipped): the verb's object.
func (v *view) objectOfVerb(s, a int) bool {
	t := s - 1
	for t >= a && v.toks[t].POS == "RP" && !v.inQuote[t] {
		t--
	}
	if t < a || v.inQuote[t] || !strings.HasPrefix(v.toks[t].POS, "VB") {
		return false
	}
	w := v.lower[t]
	return !v.lx.passiveAux[w] && !v.lx.fillers[w] && w != "is" && w != "are" && w != "be" && w != "become" && w != "became"
}

// skipFillers walks left from token j over words that may stand between a
// subject and its verb: fillers ("has also"), adverbs ("even", "openly")
// and time expressions with their preposition ("on Monday", "last week").
func (v *view) skipFillers(j, a int) int {
	for j >= a && !v.inQuote[j] {
		w := v.lower[j]
		switch {
		case v.lx.fillers[w] && isCapitalised(v.toks[j].Text) && j+1 < len(v.toks) && v.inflected(j+1) && !v.titleCased(j):
			// a capitalised auxiliary before an inflected verb is a
			// name: "“…,” Will wrote"
			return j
		case v.lx.fillers[w] || strings.HasPrefix(v.toks[j].POS, "RB") && !v.lx.conj[w] && !v.lx.complement[w]:
			j--
		case (w == "," || w == "—" || w == "--") && v.asideBefore(j, a) >= 0:
			// "Cement makers, for instance, argue", "Proponents of the
			// bill, however, say", "Democrats — and some Republicans —
			// say"
			j = v.asideBefore(j, a)
		case v.inTime[j]:
			for j >= a && v.inTime[j] && !v.inQuote[j] {
				j--
			}
			if j >= a && v.toks[j].POS == "IN" && !v.inQuote[j] && !v.lx.conj[v.lower[j]] {
				j-- // "on Monday"
			}
		default:
			return j
		}
	}
	return j
}

// asideBefore returns the token before an aside that the punctuation
// token j closes: an adverbial from words.txt [asides] between commas
// (", for instance,") or an "and …" phrase between dashes ("— and some
// Republicans —"); -1 when there is none.
func (v *view) asideBefore(j, a int) int {
	open := v.lower[j]
	for p := j - 1; p > a && j-p <= 20; p-- {
		if v.inQuote[p] {
			return -1
		}
		if v.lower[p] != open {
			continue
		}
		first := v.lower[p+1]
		if open == "," {
			// (", including labor unions and …,": a list inside the
			// subject)
			if !v.lx.asides[strings.Join(v.lower[p+1:j], " ")] && (first != "including" || j-p > 12) {
				return -1
			}
		} else if !v.lx.conj[first] && !v.lx.relatives[first] && first != "including" && first != "whose" {
			// ("— whose party was once respected … —", "— including
			// NSA Director Adm. Michael Rogers —")
			return -1
		}
		return p - 1
	}
	return -1
}

// chainStart walks left from token j over a verb chain (auxiliaries,
// adverbs, "to", verbs, "likely") and returns the token before it; j when
// the tokens walked hold no verb or "to".
func (v *view) chainStart(j, a int) int {
	c := j
	verb := false
	for c >= a && j-c < 8 && !v.inQuote[c] {
		w, pos := v.lower[c], v.toks[c].POS
		switch {
		case w == "to" || pos == "TO" || pos == "MD" || strings.HasPrefix(pos, "VB") || pos == "" && c < j && strings.HasSuffix(w, "ed"):
			verb = true
		case v.lx.fillers[w] || w == "not" || strings.HasPrefix(pos, "RB") || pos == "RP":
		case (pos == "JJ" || pos == "JJR") && c+1 <= j && v.lower[c+1] == "to":
		default:
			if verb && c < j {
				return c
			}
			return j
		}
		c--
	}
	return j
}

// subjectEndingAt finds the speaker phrase ending with token j, in a
// sentence starting at token a.
func (v *view) subjectEndingAt(j, a int) (int, int, *newsgraph.SpeakerRef, string) {
	if j < a || v.inQuote[j] {
		return -1, -1, nil, ""
	}
	if sp, sieve, sa := v.mentionEndingAt(j, SieveSubject); sp != nil {
		return sa, j + 1, sp, sieve
	}
	if e := v.skipParens(j, a); e < j && e >= a && !v.inQuote[e] {
		// "Dianne Feinstein (D-Calif.) said"
		if sp, sieve, sa := v.mentionEndingAt(e, SieveSubject); sp != nil {
			return sa, j + 1, sp, sieve
		}
	}
	if _, ok := v.lx.pronouns[v.lower[j]]; ok {
		sp, sieve := v.resolvePronounToken(j, SieveSubject)
		return j, j + 1, sp, sieve
	}
	// coordinated verbs: "Graham called them “crazy” and said …"
	if (v.lower[j] == "and" || v.lower[j] == "but") && j > a {
		// the subject of the sentence's first verb, not its first name
		// ("In Louisiana, Mr. Huckabee proposed … and said …")
		if sp, sieve := v.sentenceSubject(a, j, SieveCoordinated); sp != nil {
			return v.tokAt(sp.Mention.Start), v.tokAt(sp.Mention.End-1) + 1, sp, sieve
		}
		return -1, -1, nil, ""
	}
	// relative clause: "X, who has warned that", "voters who say", "a
	// report that suggests": the relative pronoun is the speaker's nearest
	// mention
	if (v.lx.relatives[v.lower[j]] || v.toks[j].POS == "WDT" && v.lx.complement[v.lower[j]]) && j-1 >= a && !v.inQuote[j-1] {
		e := j - 1
		if v.lower[e] == "," {
			e--
		}
		if e >= a && !v.inQuote[e] {
			if sp, sieve, sa := v.mentionEndingAt(e, SieveRelative); sp != nil {
				sp.Mention = v.toks[j].Span
				return sa, j + 1, sp, sieve
			}
			if e == j-1 && v.lower[j] == "who" {
				if sa, _, sp, _ := v.subjectEndingAt(e, a); sp != nil && sp.Entity < 0 && sa <= e {
					sp.Mention = newsgraph.Span{Start: sp.Mention.Start, End: v.toks[j].End}
					return sa, j + 1, sp, SieveRelative + "+" + SieveNominal
				}
				// "voters who say", "those who said": the noun phrase
				// right before the pronoun
				if v.lower[j] == "who" && (v.nounHead(e) || v.lx.npOpeners[v.lower[e]] && !v.isPunct(e)) {
					s := e
					for s-1 >= a && e-s < 3 && v.npWord(s-1) {
						s--
					}
					sp := &newsgraph.SpeakerRef{Entity: -1, Mention: newsgraph.Span{Start: v.toks[s].Start, End: v.toks[j].End}, Name: v.text[v.toks[s].Start:v.toks[e].End]}
					return s, j + 1, sp, SieveRelative + "+" + SieveNominal
				}
			}
		}
	}
	// appositive: "Hugh Hill, a doctor, said"
	if v.lower[j] == "," && j-1 >= a && !v.inQuote[j-1] {
		// "her adviser, Jake Sullivan, said", "Gov. John Kasich (R-OH), said"
		e := v.skipParens(j-1, a)
		if e >= a && !v.inQuote[e] && !v.insideAside(e, j, a) {
			// not a name inside a prepositional phrase: "Steve Cohen,
			// Democrat of Tennessee, told" is Cohen's
			if sp, sieve, sa := v.mentionEndingAt(e, SieveAppositive); sp != nil && !(sa-1 > a && v.toks[sa-1].POS == "IN" && !v.inQuote[sa-1]) {
				return sa, j, sp, sieve
			}
		}
		commas := 0
		for c := j - 1; c > a && c >= j-25; c-- {
			if v.inQuote[c] {
				break
			}
			if v.lower[c] == "," {
				if c-1 >= a && !v.inQuote[c-1] && !v.cueBetween(c+1, j) {
					// ("Gov. Chris Christie (R), a staunch ally, said")
					if sp, sieve, sa := v.mentionEndingAt(v.skipParens(c-1, a), SieveAppositive); sp != nil && (commas == 0 || v.namedSpeaker(sa)) {
						return sa, c, sp, sieve
					}
					// "an intelligence source, who was not authorized to
					// speak, told"
					// (not an age: "Woodrow Benford, 58, who lives …, says")
					if sa, _, sp, sieve := v.subjectEndingAt(c-1, a); sp != nil && sieve == SieveNominal && v.lx.relatives[v.lower[c+1]] && !(sa == c-1 && v.toks[sa].POS == "CD") {
						return sa, c, sp, SieveAppositive + "+" + SieveNominal
					}
				}
				// "Jimmy Ghazal, 39, a Lebanese man visiting Nice, told":
				// a name before a chain of asides
				if commas++; commas > 2 {
					break
				}
			}
		}
		return -1, -1, nil, ""
	}
	// a name the tagger missed, filling its clause: "“…,” Earnest said"
	if isCapitalised(v.toks[j].Text) && !v.isPunct(j) && !v.lx.npOpeners[v.lower[j]] {
		s := j
		for s-1 >= a && j-s < 3 && isCapitalised(v.toks[s-1].Text) && !v.isPunct(s-1) && !v.inQuote[s-1] {
			s--
		}
		if s > a && v.isMark[s-1] || s-1 > a && v.lower[s-1] == "," && v.isMark[s-2] {
			sp := newsgraph.Span{Start: v.toks[s].Start, End: v.toks[j].End}
			return s, j + 1, &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[sp.Start:sp.End]}, SieveNominal
		}
	}
	// "“…?” the 43-year-old asked": a determiner-led phrase right after a
	// closing mark, whatever the tag of its last word
	if !v.isPunct(j) && v.lx.verbs[v.lower[j]].Lemma == "" {
		for s := j - 1; s >= a && j-s < 4 && !v.inQuote[s] && !v.isPunct(s); s-- {
			if v.lx.npOpeners[v.lower[s]] && v.afterCloseMark(s) {
				sp := newsgraph.Span{Start: v.toks[s].Start, End: v.toks[j].End}
				return s, j + 1, &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[sp.Start:sp.End]}, SieveNominal
			}
		}
	}
	// "The ad claims “…”": a short determiner-led phrase filling its
	// clause, its noun mis-tagged as an adjective
	if v.toks[j].POS == "JJ" && !v.lx.quantities[v.lower[j]] && !v.lx.npOpeners[v.lower[j]] && j+1 < len(v.toks) && (strings.HasPrefix(v.toks[j+1].POS, "VB") || v.lx.verbs[v.lower[j+1]].Lemma != "") {
		if s := j - 1; s >= a && v.lx.npOpeners[v.lower[s]] && !v.inQuote[s] && (s == a || v.clauseBoundary(s-1)) {
			sp := newsgraph.Span{Start: v.toks[s].Start, End: v.toks[j].End}
			return s, j + 1, &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[sp.Start:sp.End]}, SieveNominal
		}
	}
	// a common-noun phrase: "a State Department spokesperson"
	quantity := v.quantityHead(j)
	if !v.nounHead(j) && !quantity {
		return -1, -1, nil, ""
	}
	s := j
	for s-1 >= a && j-s < 6 && (v.npWord(s-1) || v.lower[s-1] == "in" && s-1 > a && !v.inQuote[s-1]) {
		s--
	}
	for v.lower[s] == "in" {
		s++
	}
	for x := s; x <= j; x++ {
		if v.lx.npOpeners[v.lower[x]] || x == j && (v.lower[x] == "officials" || v.lower[x] == "sources") {
			if pos := v.toks[j].POS; pos != "" && !strings.HasPrefix(pos, "NN") && !quantity {
				break
			}
			if v.prepBefore(x, a) {
				// "at one point calling …", "for their vote to …": the
				// object of a preposition is no subject
				break
			}
			sp := newsgraph.Span{Start: v.toks[x].Start, End: v.toks[j].End}
			return x, j + 1, &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[sp.Start:sp.End]}, SieveNominal
		}
	}
	// a phrase that fills the whole clause before the verb ("Twenty-four
	// percent said", "O’Malley’s campaign says")
	// (not a verb phrase: "… and carrying signs saying")
	// (also after "with" before a participle: "with 30 percent of
	// voters saying …")
	if (s == a || v.clauseBoundary(s-1) || v.complementizer(s-1) || v.lower[s-1] == "with" && j+1 < len(v.toks) && v.toks[j+1].POS == "VBG") && !strings.HasPrefix(v.toks[s].POS, "VB") {
		sp := newsgraph.Span{Start: v.toks[s].Start, End: v.toks[j].End}
		return s, j + 1, &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[sp.Start:sp.End]}, SieveNominal
	}
	// a longer phrase filling its clause ("About four in 10 South
	// Carolina Republican primary voters say")
	x := s
	for x-1 >= a && j-x < 12 && v.npWord(x-1) {
		x--
	}
	if x < s && (x == a || v.clauseBoundary(x-1) || v.complementizer(x-1)) && !strings.HasPrefix(v.toks[x].POS, "VB") {
		sp := newsgraph.Span{Start: v.toks[x].Start, End: v.toks[j].End}
		return x, j + 1, &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[sp.Start:sp.End]}, SieveNominal
	}
	// a phrase with prepositional modifiers, led by a determiner or an
	// approximate quantity, filling its clause ("A person familiar with
	// the planning for Thursday’s meeting says", "about half of
	// Democratic primary voters said")
	approx := func(k int) bool { // "about" before "half" or "40"
		return (strings.HasPrefix(v.toks[k].POS, "RB") || v.lower[k] == "about") && k+1 <= j && (v.lx.quantities[v.lower[k+1]] || v.toks[k+1].POS == "CD")
	}
	x = s
	for x-1 >= a && j-x < 14 && !v.inQuote[x-1] && (v.npWord(x-1) || v.innerPrep(x-1) || v.toks[x-1].POS == "JJ" || approx(x-1)) {
		x--
	}
	if x < s && (x == a || v.clauseBoundary(x-1)) && (v.lx.npOpeners[v.lower[x]] || v.lx.quantities[v.lower[x]] || approx(x)) {
		sp := newsgraph.Span{Start: v.toks[x].Start, End: v.toks[j].End}
		return x, j + 1, &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[sp.Start:sp.End]}, SieveNominal
	}
	return -1, -1, nil, ""
}

// insideAside reports whether token e, before the comma j, closes an aside
// that a comma opened after the speaker: a relative clause, a participle
// or a title phrase ("Zimmerman, who identifies as Hispanic, told",
// "Massimo Franco, a columnist for Corriere della Sera, wrote").
func (v *view) insideAside(e, j, a int) bool {
	for c := e - 1; c > a && c >= j-25; c-- {
		if v.inQuote[c] {
			return false
		}
		if v.lower[c] != "," {
			continue
		}
		w := v.lower[c+1]
		if !(v.lx.relatives[w] || v.lx.npOpeners[w] || v.toks[c+1].POS == "VBG") {
			return false
		}
		mi := v.bestMention(v.byEnd[v.toks[c-1].End])
		return mi >= 0 && (v.entityType(mi) == newsgraph.Person || v.entityType(mi) == newsgraph.Org) && !v.cueBetween(c+1, j)
	}
	return false
}

// prepBefore reports whether a preposition right after a comma or a
// finite verb stands right before token x (outside quotes): "…, at [one
// point] calling", "was held at [the event] saying" — not a postmodifier
// ("a report in [a New Hampshire paper] said", "People briefed on [the
// situation] said") nor a subordinator ("because [the party] said").
func (v *view) prepBefore(x, a int) bool {
	p := x - 1
	if p < a || v.inQuote[p] || !v.lx.preps[v.lower[p]] {
		return false
	}
	if p == a {
		return false // "About three in 10 say"
	}
	if v.isPunct(p - 1) {
		return !v.inQuote[p-1]
	}
	// (a participle before it modifies a noun: "People briefed on the
	// situation said")
	switch v.toks[p-1].POS {
	case "VBD", "VBZ", "VBP", "VB":
		return true
	}
	return false
}

// complementizer reports whether token k is a "that" opening a clause
// ("so numerous that Border Patrol agents described …"): a phrase after
// it fills the clause's subject.
func (v *view) complementizer(k int) bool {
	if v.inQuote[k] {
		return false
	}
	// ("in which 67 percent of voters say", "to which 21 percent said")
	return v.lx.complement[v.lower[k]] && v.toks[k].POS == "IN" || v.lower[k] == "which" || v.lower[k] == "whom"
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
	if v.lx.nonSubject[v.lower[k]] {
		// "called her “third-rate”", "denounced her record": an object or
		// possessive pronoun is never an inverted subject ("said his
		// spokesman" is read as a phrase below)
		return v.invertedPhrase(k, b)
	}
	if mi := v.bestMention(v.byStart[v.toks[k].Start]); mi >= 0 {
		sp, sieve := v.resolve(mi, SieveInverted)
		return k, v.tokAt(v.doc.Mentions[mi].End-1) + 1, sp, sieve
	}
	if _, ok := v.lx.pronouns[v.lower[k]]; ok {
		sp, sieve := v.resolvePronounToken(k, SieveInverted)
		return k, k + 1, sp, sieve
	}
	// a title before the name: "said Rep. Jim Clyburn", "said former
	// Secretary of State Hillary Clinton"
	// "said undecided Republican voter Stephanie Hooton": adjectives too
	for x := k; x < b && x-k < 6 && (v.titleWord(x) || (strings.HasPrefix(v.toks[x].POS, "NN") || v.toks[x].POS == "JJ") && !v.inQuote[x] && !v.lx.timeWords[v.lower[x]]); x++ {
		if mi := v.bestMention(v.byStart[v.toks[x+min(1, b-x-1)].Start]); mi >= 0 && x+1 < b && (v.titleWord(x) || v.entityType(mi) == newsgraph.Person) {
			sp, sieve := v.resolve(mi, SieveInverted)
			return k, v.tokAt(v.doc.Mentions[mi].End-1) + 1, sp, sieve
		}
	}
	// a title the actor stage read before the name: "said spokesman John
	// Kirby"
	for _, mi := range v.ments[v.mentionFrom(v.toks[k].Start):] {
		m := v.doc.Mentions[mi]
		if m.Start > v.toks[min(k+4, b-1)].Start {
			break
		}
		for _, r := range m.Roles {
			if r.Span.Start == v.toks[k].Start && r.Span.End <= m.Start {
				sp, sieve := v.resolve(v.bestMention(v.byStart[m.Start]), SieveInverted)
				return k, v.tokAt(m.End-1) + 1, sp, sieve
			}
		}
	}
	// a name the tagger missed: "said Jock A. Finlayson,", "“…,” said
	// Pence."
	if e := v.nameRun(k, b); e > k || k > 0 && v.afterCloseMark(k-1) && isCapitalised(v.toks[k].Text) && !v.isPunct(k) && !v.lx.npOpeners[v.lower[k]] && k+1 < len(v.toks) && (k+1 >= b || v.isPunct(k+1)) {
		if e <= k {
			e = k + 1
		}
		sp := newsgraph.Span{Start: v.toks[k].Start, End: v.toks[e-1].End}
		return k, e, &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[sp.Start:sp.End]}, SieveInverted + "+" + SieveNominal
	}
	if (v.quantityHead(k) || v.lower[k] == "one") && k+1 < len(v.toks) && (k+1 == b || v.isPunct(k+1)) && v.markBefore(k, 3) {
		// "“…,” read one.", "“…,” tweeted another."
		sp := newsgraph.Span{Start: v.toks[k].Start, End: v.toks[k].End}
		return k, k + 1, &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[sp.Start:sp.End]}, SieveInverted + "+" + SieveNominal
	}
	return v.invertedPhrase(k, b)
}

// invertedPhrase reads a common-noun inverted speaker starting at token k
// ("said a person close to the Clintons", "said his spokesman").
func (v *view) invertedPhrase(k, b int) (int, int, *newsgraph.SpeakerRef, string) {
	if !v.lx.npOpeners[v.lower[k]] {
		return -1, -1, nil, ""
	}
	e := k + 1
	for e < b && e-k < 7 && v.npWord(e) {
		e++
	}
	// "said the 46-year-old.": a last word before the sentence's end heads
	// the phrase whatever its tag
	if !v.nounHead(e-1) && !(e-1 > k && (e == b || v.isPunct(e)) && v.lx.verbs[v.lower[e-1]].Lemma == "" && !v.lx.npOpeners[v.lower[e-1]]) {
		// "said a person close to the Clintons": the phrase up to its
		// last noun, when a modifier follows it
		h := e - 2
		for h > k && !v.nounHead(h) {
			h--
		}
		if h <= k || !v.markBefore(k, 5) {
			return -1, -1, nil, ""
		}
		e = h + 1
	}
	sp := newsgraph.Span{Start: v.toks[k].Start, End: v.toks[e-1].End}
	return k, e, &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[sp.Start:sp.End]}, SieveInverted + "+" + SieveNominal
}

// markBefore reports whether a closing quotation mark stands among the n
// tokens before token k ("“…,” said [a person …]").
func (v *view) markBefore(k, n int) bool {
	for p := k - 1; p >= 0 && p >= k-n; p-- {
		if v.isMark[p] && p+1 < len(v.toks) && !v.inQuote[p+1] {
			return true
		}
	}
	return false
}

// afterCloseMark reports whether token k follows the closing mark of a
// direct quote, with at most a comma between ("…,” warned Clinton").
func (v *view) afterCloseMark(k int) bool {
	p := k - 1
	if p >= 0 && v.lower[p] == "," && !v.inQuote[p] {
		p--
	}
	return p >= 0 && v.isMark[p] && p+1 < len(v.toks) && !v.inQuote[p+1]
}

// passiveAgent returns the agent of a passive reporting verb at token k
// ("was asked by Fox Business moderator Gerard Baker"): the mention
// after "by", and the token after it; nil when k is not such a verb.
func (v *view) passiveAgent(k, a, b int) (*newsgraph.SpeakerRef, int) {
	if pos := v.toks[k].POS; pos != "VBN" && (pos != "" || !strings.HasSuffix(v.lower[k], "ed")) || k+2 >= b || v.lower[k+1] != "by" || v.inQuote[k+1] {
		return nil, 0
	}
	p := k - 1
	for p >= a && (strings.HasPrefix(v.toks[p].POS, "RB") || v.lower[p] == "not") {
		p--
	}
	if p < a || !v.lx.passiveAux[v.lower[p]] {
		return nil, 0
	}
	for x := k + 2; x < b && x-k < 8 && !v.inQuote[x] && (v.titleWord(x) || strings.HasPrefix(v.toks[x].POS, "NN") || v.toks[x].POS == "DT" || v.toks[x].POS == "" && v.npWord(x)); x++ {
		if mi := v.bestMention(v.byStart[v.toks[x].Start]); mi >= 0 {
			sp, _ := v.resolve(mi, "")
			return sp, v.tokAt(v.doc.Mentions[mi].End-1) + 1
		}
	}
	return nil, 0
}

// gerundHead returns the token of the -ing form that governs cue token k
// (k itself, or the top of a "refusing to concede" chain) when it hangs on
// a clause: after a comma or a preposition, or opening the sentence; -1
// otherwise.
func (v *view) gerundHead(k, a int) int {
	g := k
	if k-1 >= a && v.lower[k-1] == "to" {
		for x := k - 1; x >= a && k-x < 6 && !v.inQuote[x]; x-- {
			w, pos := v.lower[x], v.toks[x].POS
			if w == "to" || w == "not" || strings.HasPrefix(pos, "RB") {
				continue
			}
			if strings.HasPrefix(pos, "VB") || pos == "" && strings.HasSuffix(w, "ing") {
				g = x
				continue
			}
			break
		}
	}
	if pos := v.toks[g].POS; pos != "VBG" && !(pos == "" && strings.HasSuffix(v.lower[g], "ing")) {
		return -1
	}
	if g == a {
		return g
	}
	p := g - 1
	for p > a && strings.HasPrefix(v.toks[p].POS, "RB") {
		p-- // "falsely suggesting"
	}
	if v.inQuote[p] {
		return -1
	}
	if v.lower[p] == "," || (v.toks[p].POS == "IN" || v.toks[p].POS == "" && v.lx.notCompl[v.lower[p]]) && !v.lx.complement[v.lower[p]] {
		return g
	}
	return -1
}

// nameRun returns the end of a run of two to five capitalised words
// starting at token k that ends its clause (a comma, the sentence's end),
// or k when there is none.
func (v *view) nameRun(k, b int) int {
	e := k
	for e < b && e-k < 5 && !v.inQuote[e] && !v.isPunct(e) && isCapitalised(v.toks[e].Text) && !v.lx.npOpeners[v.lower[e]] {
		if _, ok := v.lx.pronouns[v.lower[e]]; ok {
			return k
		}
		e++
	}
	if e-k < 2 || e < b && !v.isPunct(e) {
		return k
	}
	return e
}

// titleWord reports whether token k may stand in a title before a name:
// a capitalised word ("Rep.", "Secretary"), a title-glue word ("of") or
// "former".
func (v *view) titleWord(k int) bool {
	if v.inQuote[k] || v.isPunct(k) {
		return false
	}
	return isCapitalised(v.toks[k].Text) || v.lx.titleGlue[v.lower[k]] || v.lower[k] == "former"
}

// npWord reports whether token k may stand inside a speaker phrase.
func (v *view) npWord(k int) bool {
	w := v.lower[k]
	if (w == "'s" || w == "'") && !v.isMark[k] && !v.inQuote[k] && k > 0 && !v.isPunct(k-1) {
		return true // a possessive: "O’Malley’s campaign"
	}
	if w == "/" && k > 0 && k+1 < len(v.toks) && !v.inQuote[k] && isCapitalised(v.toks[k-1].Text) && isCapitalised(v.toks[k+1].Text) {
		return true // "a new CNN/ORC poll shows"
	}
	if v.isPunct(k) || v.inQuote[k] || v.lx.complement[w] || v.lx.fillers[w] && !strings.HasPrefix(v.toks[k].POS, "DT") && v.toks[k].POS != "PDT" || v.lx.relatives[w] || v.lx.conj[w] {
		return false
	}
	if v.lx.notCompl[w] && w != "of" {
		return false
	}

	if pos := v.toks[k].POS; strings.HasPrefix(pos, "NN") {
		return true // "the congressional report said": a noun here
	}
	return v.lx.verbs[w].Lemma == "" || isCapitalised(v.toks[k].Text)
}

// quantityHead reports whether token k is a number or quantity word that
// may end a speaker phrase filling its clause ("Six in 10 say", "Nearly
// half said", "a third said").
func (v *view) quantityHead(k int) bool {
	if !v.npWord(k) || v.lx.timeWords[v.lower[k]] {
		return false
	}
	switch v.toks[k].POS {
	case "CD", "PDT", "JJ", "JJS", "DT":
		return v.lx.quantities[v.lower[k]] || v.toks[k].POS == "CD"
	}
	return false
}

// nounHead reports whether token k may end a speaker phrase.
func (v *view) nounHead(k int) bool {
	if !v.npWord(k) || v.lx.timeWords[v.lower[k]] || v.lower[k] == "of" {
		return false
	}
	if pos := v.toks[k].POS; pos != "" {
		// ("those surveyed say", "those polled said")
		return strings.HasPrefix(pos, "NN") || pos == "VBN" && k > 0 && v.lower[k-1] == "those" && !v.inQuote[k-1]
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
		if v.lx.verbs[v.lower[k]].Lemma != "" && !isCapitalised(v.toks[k].Text) && (v.toks[k].POS == "" || strings.HasPrefix(v.toks[k].POS, "VB")) {
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

// invertedOverComma reports whether the subject found left of verb k (from
// sa to sb) is only the last name of the clause before a comma, while a
// named person follows the verb: "… that Sanders can catch Clinton, said
// Steve Elmendorf, …" is spoken by Elmendorf, not Clinton. A true
// appositive opens with a comma of its own ("her adviser, Jake Sullivan,
// said") or the sentence.
func (v *view) invertedOverComma(k, sa, sb int, sieve string) bool {
	if sieve != SieveAppositive || sb != k-1 || v.lower[k-1] != "," || k+1 >= len(v.toks) {
		return false
	}
	a, _ := v.sentBounds(k)
	if sa <= a || v.lower[sa-1] == "," || v.lower[sa-1] == "(" || v.isMark[sa-1] {
		return false
	}
	mi := v.bestMention(v.byStart[v.toks[k+1].Start])
	return mi >= 0 && v.entityType(mi) == newsgraph.Person && !v.inQuote[k+1]
}

// asideSubject finds the subject of verb k when an aside set off by commas
// stands between them: a person or organisation named at the opening of
// the sentence (after at most a few capitalised title words), then a comma
// opening a relative clause, a participle or a noun phrase, and a comma
// right before the verb ("New Jersey Gov. Chris Christie, hoping to surge
// in New Hampshire, called Obama …"). No quotation may stand in between.
func (v *view) asideSubject(k, a int) (int, int, *newsgraph.SpeakerRef, string) {
	if k-2 < a || v.lower[k-1] != "," || v.inQuote[k-1] || v.isMark[k-2] {
		return -1, -1, nil, ""
	}
	for c := k - 2; c > a && c >= k-40; c-- {
		if v.inQuote[c] || v.isMark[c] {
			return -1, -1, nil, ""
		}
		if v.lower[c] != "," {
			continue
		}
		w := v.lower[c+1]
		if !(v.lx.relatives[w] || w == "whose" || v.lx.npOpeners[w] || v.toks[c+1].POS == "VBG") {
			continue
		}
		mi := v.bestMention(v.byEnd[v.toks[c-1].End])
		if mi < 0 {
			continue
		}
		if t := v.entityType(mi); t != newsgraph.Person && t != newsgraph.Org {
			continue
		}
		s := v.tokAt(v.doc.Mentions[mi].Start)
		if s < a || s-a > 4 {
			continue
		}
		for x := a; x < s; x++ {
			if !isCapitalised(v.toks[x].Text) && !v.lx.titleGlue[v.lower[x]] {
				return -1, -1, nil, ""
			}
		}
		sp, sieve := v.resolve(mi, SieveAppositive)
		return s, c, sp, sieve
	}
	return -1, -1, nil, ""
}

// cueSubjectBefore returns the speaker of the reporting verb that stands
// right before the comma before participle k ("Nefzi said, adding …");
// nil when none.
func (v *view) cueSubjectBefore(k, a int) (int, int, *newsgraph.SpeakerRef, string) {
	j := k - 2 // the token before the comma
	if j <= a || v.lower[k-1] != "," || v.inQuote[j] {
		return -1, -1, nil, ""
	}
	if vi, ok := v.lx.verbs[v.lower[j]]; ok && !vi.Belief && v.isVerbUse(j, vi) {
		if sa, sb, sp, sieve := v.subjectLeft(j); sp != nil {
			return sa, sb, sp, sieve
		}
	}
	return -1, -1, nil, ""
}

// commaBeforeMark reports whether token p is a quotation mark (of one
// token, or of two as in a doubled straight single quote) that closes on
// a comma: “…,” he said.
func (v *view) commaBeforeMark(p, a int) bool {
	if p < a || !v.isMark[p] {
		return false
	}
	for p >= a && v.isMark[p] {
		p--
	}
	return p >= a && v.lower[p] == ","
}

// inflected reports whether token k is a reporting verb in a form other
// than its base ("wrote", "says"), which no modal can govern.
func (v *view) inflected(k int) bool {
	vi, ok := v.lx.verbs[v.lower[k]]
	return ok && vi.Lemma != v.lower[k]
}

// namedSpeaker reports whether the mention starting at token s is a person
// or organisation.
func (v *view) namedSpeaker(s int) bool {
	mi := v.bestMention(v.byStart[v.toks[s].Start])
	return mi >= 0 && (v.entityType(mi) == newsgraph.Person || v.entityType(mi) == newsgraph.Org)
}

// innerPrep reports whether token k is a preposition that may join a
// modifier inside a speaker phrase ("a person familiar with the plan").
func (v *view) innerPrep(k int) bool {
	w := v.lower[k]
	return v.toks[k].POS == "IN" && !v.lx.complement[w] && !v.lx.conj[w] && !v.lx.relatives[w]
}
