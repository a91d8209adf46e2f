package quote

import (
	"sort"
	"strings"

	"newsgraph"
)

// attributeDirect turns raw quotations into Quotes and runs the cue sieves.
func (v *view) attributeDirect(direct []rawQuote, cues []cue) []item {
	out := make([]item, 0, len(direct))
	usedTrailing := map[int]bool{} // cue index → it attributed a quote before it
	for _, q := range direct {
		it := item{q: newsgraph.Quote{Span: q.Content, Direct: true, Place: -1}, para: q.Para, endPara: q.EndPara}
		o := v.tokAt(q.Open.Start)
		if o >= len(v.toks) || v.toks[o].Start != q.Open.Start {
			out = append(out, it) // no tokens: marks only
			continue
		}
		c := -1
		if q.Close.Start >= 0 {
			if x := v.tokAt(q.Close.Start); x < len(v.toks) && v.toks[x].Start == q.Close.Start {
				c = x
				for c+1 < len(v.toks) && v.toks[c+1].End <= q.Close.End {
					c++ // the second token of a '' mark
				}
			}
		}
		lastTok := c
		if lastTok < 0 {
			lastTok = v.tokAt(q.Content.End - 1) // capped: the last content token
			if lastTok >= len(v.toks) {
				lastTok = len(v.toks) - 1
			}
		}
		openSent, closeSent := v.sent[o], v.sent[lastTok]
		type cand struct {
			ci    int
			sieve string
			rank  int
			dist  int
		}
		var best *cand
		consider := func(ci int, sieve string, rank, dist int) {
			if best == nil || rank < best.rank || rank == best.rank && dist < best.dist {
				best = &cand{ci, sieve, rank, dist}
			}
		}
		// a sentence ending in a colon introduces the quote that opens the
		// next sentence ("Caddell continued:" / "The Times reports:")
		firstSent := openSent
		if a, _ := v.sentBounds(o); a == o && o > 0 && v.lower[o-1] == ":" {
			firstSent = v.sent[o-1]
		}
		from := sort.Search(len(cues), func(i int) bool { return v.sent[cues[i].head] >= firstSent })
		for ci := from; ci < len(cues); ci++ {
			cu := &cues[ci]
			cs := v.sent[cu.head]
			if cs > closeSent+1 {
				break
			}
			if cs == closeSent+1 {
				// “… Trump!” US Senator Jeff Sessions said: the splitter
				// ended the sentence at the closing mark; only when no cue
				// in the quote's own sentences spoke
				if best == nil && c >= 0 && (strings.ContainsAny(v.text[max(q.Content.End-1, 0):q.Content.End], "!?") || !cu.hasContent && v.shortTail(cu.last+1)) && cu.speaker != nil && !cu.belief && cu.head > c && v.paraOf(v.toks[cu.head].Start) == v.paraOf(v.toks[c].Start) && v.between(c+1, v.titleBack(min(cu.head, firstNonNeg(cu.subjA, cu.head)), c+1), 0) && v.noQuoteBetween(c+1, cu.head) {
					consider(ci, SieveTrailing, 0, cu.head-c)
				}
				break
			}
			if cs < openSent {
				if cu.speaker != nil {
					consider(ci, SieveLeading, 1, o-cu.last)
				}
				continue
			}
			if cu.speaker == nil || cu.belief {
				continue
			}
			switch {
			case c >= 0 && cu.head > c && cs == closeSent && v.between(c+1, v.titleBack(min(cu.head, firstNonNeg(cu.subjA, cu.head)), c+1), 1) && v.noQuoteBetween(c+1, cu.head) && !v.colonAfter(cu):
				consider(ci, SieveTrailing, 0, cu.head-c)
			case cu.last < o && cs == openSent && v.onlyLeadIn(cu.last+1, o, cu):
				if usedTrailing[ci] {
					consider(ci, SieveSplit, 1, o-cu.last)
				} else {
					consider(ci, SieveLeading, 1, o-cu.last)
				}
			case usedTrailing[ci] && cu.last < o && cs == openSent && v.noQuoteBetween(cu.last+1, o):
				// "“…,” Thiel wrote in a statement to Wired explaining
				// why …, “but …”": the second part of a split quotation
				// keeps the speaker of the first
				consider(ci, SieveSplit, 1, o-cu.last)
			case cu.last < o || c >= 0 && cu.head > c:
				d := o - cu.last
				if cu.head > lastTok {
					d = cu.head - lastTok
				}
				// ("Those who spend time ''listening to cable shows'' and
				// inhaling ''conspiracy theories,'' he said, wind up …":
				// a cue trailing the sentence's last quote speaks for
				// the fragments before it too)
				if v.noQuoteBetween(min(cu.last, lastTok)+1, max(cu.head, o)) || cu.last < o && cs == openSent || cu.head > lastTok && cs == closeSent && v.afterCloseMark(v.titleBack(min(cu.head, firstNonNeg(cu.subjA, cu.head)), 0)) {
					rank := 2
					if cu.directOnly {
						rank = 3 // a reporting verb elsewhere in the sentence speaks first
					}
					if cu.speaker.Entity < 0 {
						rank += 2 // a named speaker elsewhere in the sentence speaks first
					}
					if v.semicolonBetween(min(cu.last, lastTok)+1, max(cu.head, o)) {
						rank += 4 // another clause: "…prompted Parliament to call a debate; one lawmaker called Trump “…”"
					}
					consider(ci, SieveSentence, rank, d)
				}
			}
		}
		if best == nil && firstSent == openSent {
			// "Sam Lau … said in a statement. “There are no …”": a
			// sentence that ends on its cue introduces the quote that
			// opens the next sentence of the paragraph
			if ci := v.endingCueBefore(cues, o); ci >= 0 {
				consider(ci, SieveLeading, 1, 0)
			}
		}
		if best != nil && best.sieve == SieveSentence {
			// a cue inside another cue's reported clause, with the quote
			// ("Yepez said Perez was right to urge leaders “to stand
			// up”"): the outer cue speaks
			if oi := v.outerCue(cues, best.ci, q.Open.Start); oi >= 0 {
				best.ci = oi
			}
		}
		if best != nil && (best.sieve == SieveSplit || best.sieve == SieveSentence) {
			// "“…,” said Beck, who said there were “…”": the nearer
			// relative cue of the same speaker introduces the quote
			if ri := v.relativeCueBetween(cues, best.ci, o); ri >= 0 {
				best.ci = ri
			}
		}
		if best != nil {
			if ai := v.nestedAccording(cues, best.ci); ai >= 0 {
				// "“…,” Sanders said, according to CNN": the outer source
				best.ci = ai
			}
			cu := cues[best.ci]
			sp := *cu.speaker
			it.q.Speaker = &sp
			it.q.Cue = spanPtr(cu.span)
			it.q.Sieve = best.sieve + "/" + cu.sieve
			if best.sieve == SieveTrailing {
				usedTrailing[best.ci] = true
			}
		} else if sp := v.dashName(c); sp != nil {
			it.q.Speaker, it.q.Sieve = sp, SieveDashName
		} else if sp := v.colonName(o); sp != nil {
			it.q.Speaker, it.q.Sieve = sp, SieveColonName
		} else if mi := v.colonSubject(o, firstSent, openSent); mi >= 0 {
			it.q.Speaker, it.q.Sieve = v.resolve(mi, SieveColonSubject)
		} else if sp := v.headlineName(o); sp != nil {
			it.q.Speaker, it.q.Sieve = sp, SieveHeadlineName
		} else if a, _ := v.sentBounds(o); a < o {
			// a quote inside a sentence with no cue: the sentence's subject
			// ("Clinton called half of his supporters “deplorables”")
			it.q.Speaker, it.q.Sieve = v.sentenceSubject(a, o, SieveSentenceSubject)
			if it.q.Speaker == nil {
				// no subject before the quote ("Now, “within …”"): the
				// conversation may still name the speaker
				it.noCue = !v.anyCueIn(cues, openSent, closeSent)
			}
		} else {
			it.noCue = !v.anyCueIn(cues, openSent, closeSent)
		}
		out = append(out, it)
	}
	return out
}

// nestedAccording returns the index of an "according to" cue that
// reports the clause of verb cue ci ("Sanders said Monday, according to
// CNN"): in the same sentence after the cue, right after a comma, with no
// quotation mark between; -1 when none.
func (v *view) nestedAccording(cues []cue, ci int) int {
	cu := &cues[ci]
	if cu.according {
		return -1
	}
	s := v.sent[cu.head]
	for j := ci + 1; j < len(cues) && v.sent[cues[j].head] == s; j++ {
		nc := &cues[j]
		if !nc.according || nc.speaker == nil || nc.head <= cu.last+1 || v.lower[nc.head-1] != "," {
			continue
		}
		if v.noQuoteBetween(cu.last+1, nc.head) {
			return j
		}
		return -1
	}
	return -1
}

// titleBack returns the first token of the title words (titleWord) that
// stand right before token s, no further back than lo: "US Senator [Jeff
// Sessions]".
func (v *view) titleBack(s, lo int) int {
	t := s
	for t-1 >= lo && s-t < 6 && v.titleWord(t-1) {
		t--
	}
	// a title opens with no joining word: "“…” and [14 percent] said",
	// "“…” and [Donald Trump] says" are other clauses
	for t < s && v.lx.titleGlue[v.lower[t]] && v.lower[t] != "the" {
		t++
	}
	return t
}

// semicolonBetween reports whether a semicolon outside quotes stands among
// tokens [a, b).
func (v *view) semicolonBetween(a, b int) bool {
	for k := max(a, 0); k < b && k < len(v.toks); k++ {
		if v.lower[k] == ";" && !v.inQuote[k] {
			return true
		}
	}
	return false
}

// colonAfter reports whether cue cu ends on a colon ("…,” Trump said:
// “…”"): it introduces what follows, not the quote before it.
func (v *view) colonAfter(cu *cue) bool {
	k := max(cu.last, cu.subjB-1) + 1
	return k < len(v.toks) && v.lower[k] == ":" && !v.inQuote[k]
}

func firstNonNeg(a, b int) int {
	if a >= 0 {
		return a
	}
	return b
}

// between reports whether tokens [a, b) are at most n punctuation tokens
// (the comma between “…,” and "he said") plus nothing else.
func (v *view) between(a, b, n int) bool {
	if b-a > n+1 {
		return false
	}
	for k := a; k < b; k++ {
		if !v.isPunct(k) {
			return false
		}
	}
	return true
}

// onlyLeadIn reports whether tokens [a, b) between a cue and an opening mark
// are only a colon, a comma, "that" or the cue's own inverted subject.
func (v *view) onlyLeadIn(a, b int, cu *cue) bool {
	for k := a; k < b; k++ {
		if cu.subjA >= 0 && k >= cu.subjA && k < cu.subjB {
			continue
		}
		w := v.lower[k]
		if w == ":" || w == "," || v.lx.complement[w] {
			continue
		}
		return false
	}
	return true
}

func (v *view) noQuoteBetween(a, b int) bool {
	for k := a; k < b && k < len(v.toks); k++ {
		if v.isMark[k] {
			return false
		}
	}
	return true
}

func (v *view) anyCueIn(cues []cue, s0, s1 int) bool {
	for _, cu := range cues {
		if s := v.sent[cu.head]; s >= s0 && s <= s1 && !cu.belief {
			return true
		}
	}
	return false
}

// conversation gives a direct quote with no cue the speaker of the previous
// quote when that quote ends in the same or the previous paragraph.
func (v *view) conversation(items []item) {
	for i := range items {
		it := &items[i]
		if !it.q.Direct || it.q.Speaker != nil || !it.noCue {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := items[j]
			if p.q.End > it.q.Start {
				continue // a quote that contains this one
			}
			if p.endPara < it.para-1 {
				break
			}
			if p.q.Speaker == nil {
				if p.q.Direct {
					break // an unattributed quote interrupts the conversation
				}
				continue
			}
			if !p.q.Direct {
				// reported speech nested in another's reported clause
				// ("Carter said that for decades some critics had been
				// predicting …"): the outer speaker goes on
				if k := outerItem(items, j); k >= 0 {
					p = items[k]
				}
			}
			sp := *p.q.Speaker
			sieve := SieveConversation
			if p.q.Direct && p.endPara < it.para && v.asks(p.q.Span) {
				// a question answered in a new paragraph: the other
				// party of the conversation answers
				if o := v.otherParty(items, j, sp.Entity); o != nil {
					sp, sieve = *o, SieveConversation+"/"+SieveAnswer
				}
			}
			if m := v.nearestMentionOf(sp.Entity, it.q.Start); m >= 0 && v.doc.Mentions[m].Start > sp.Mention.Start {
				sp.Mention = v.doc.Mentions[m].Span
			}
			it.q.Speaker = &sp
			it.q.Sieve = sieve
			break
		}
	}
}

// asks reports whether the quotation with span q ends with a question
// mark.
func (v *view) asks(q newsgraph.Span) bool {
	t := strings.TrimRight(v.text[q.Start:q.End], " \t\n\"'’”")
	return strings.HasSuffix(t, "?")
}

// otherParty returns the speaker of the latest direct quote before item j
// spoken by another entity than e, within the two paragraphs before item
// j's; nil when none.
func (v *view) otherParty(items []item, j, e int) *newsgraph.SpeakerRef {
	if e < 0 {
		return nil
	}
	for k := j - 1; k >= 0; k-- {
		p := items[k]
		if p.endPara < items[j].para-2 {
			break
		}
		if !p.q.Direct || p.q.Speaker == nil || p.q.Speaker.Entity == e {
			continue
		}
		if p.q.Speaker.Entity < 0 {
			return nil
		}
		return p.q.Speaker
	}
	return nil
}

// nearestMentionOf returns the mention of entity e that ends last before
// pos, or -1.
func (v *view) nearestMentionOf(e, pos int) int {
	if e < 0 {
		return -1
	}
	for i := v.mentionFrom(pos) - 1; i >= 0; i-- {
		if m := v.doc.Mentions[v.ments[i]]; m.Entity == e && m.End <= pos {
			return v.ments[i]
		}
	}
	return -1
}

// firstMention returns the first mention inside [lo, hi) that is not inside
// a direct quote, or -1.
func (v *view) firstMention(lo, hi int) int {
	for _, mi := range v.ments[v.mentionFrom(lo):] {
		m := v.doc.Mentions[mi]
		if m.Start >= hi {
			break
		}
		if m.Start >= lo && m.End <= hi {
			if k := v.tokAt(m.Start); k < len(v.toks) && v.inQuote[k] {
				continue
			}
			return v.bestMention(v.byStart[m.Start])
		}
	}
	return -1
}

// colonSubject returns the first mention of the sentence that introduces,
// with a final colon, the quote opening at token o; -1 when none.
func (v *view) colonSubject(o, firstSent, openSent int) int {
	if firstSent == openSent {
		return -1
	}
	a, _ := v.sentBounds(o - 1)
	return v.firstMention(v.toks[a].Start, v.toks[o-1].Start)
}

// sentenceSubject returns the subject of the sentence part [a, o) before a
// quote that has no cue: the phrase before its first verb, past an opening
// adverbial clause ("In the depths of the Great Recession, Paul Ryan
// worried that …"); failing that its first person or organisation mention.
func (v *view) sentenceSubject(a, o int, sieve string) (*newsgraph.SpeakerRef, string) {
	start := v.skipDateline(a, o)
	a = start
	if pos := v.toks[a].POS; pos == "IN" || strings.HasPrefix(pos, "RB") || pos == "VBG" || pos == "WRB" || pos == "VBN" || v.lx.conj[v.lower[a]] {
		// an opening adverbial clause ("When asked …, he laughed",
		// "Asked whether …, Mrs. Clinton shook her head")
		for k := a + 1; k < o; k++ {
			if v.lower[k] == "," && !v.inQuote[k] {
				start = k + 1
				break
			}
		}
	}
	// the clause right before the quote: after the last semicolon or dash
	// or after ", while" and ", whereas" ("…, while Mike Huckabee …
	// proposed …")
	for k := o - 2; k > start; k-- {
		if w := v.lower[k]; (w == ";" || w == "—" || w == "--" || w == "-" && v.spacedDash(k) || (w == "while" || w == "whereas") && v.lower[k-1] == ",") && !v.inQuote[k] {
			start = k + 1
			break
		}
	}
	if start >= o {
		start = a
	}
	if v.lx.relatives[v.lower[start]] && start > a && v.lower[start-1] == "," {
		// "Speaking in New Hampshire, which is set to host …, Bush
		// referred to …": a relative clause closing the opening adverbial
		// is part of it; the main clause starts after its comma
		for k := start + 1; k < o; k++ {
			if v.inQuote[k] {
				break
			}
			if v.lower[k] == "," {
				if k+1 < o {
					start = k + 1
				}
				break
			}
		}
	}
	if sp, how := v.subordinateSubject(start, o); sp != nil && sieve == SieveSentenceSubject {
		return sp, sieve + "/" + how
	}
	for t := start + 1; t < o; t++ {
		if v.inQuote[t] {
			break
		}
		pos := v.toks[t].POS
		if !strings.HasPrefix(pos, "VB") || pos == "VBG" && !v.lx.fillers[v.lower[t-1]] || v.lx.fillers[v.lower[t]] && t+1 < o && strings.HasPrefix(v.toks[t+1].POS, "VB") {
			// (a progressive "is questioning" is the verb: its
			// auxiliary was skipped just before)
			continue
		}
		if _, _, sp, how := v.subjectLeft(t); sp != nil && sp.Mention.Start >= v.toks[start].Start && !v.expletive(v.tokAt(sp.Mention.Start)) {
			if sp.Entity >= 0 || how != SieveNominal || sieve != SieveSentenceSubject || v.firstPerson(v.toks[start].Start, v.toks[o].Start) < 0 {
				return sp, sieve + "/" + how
			}
		}
		break
	}
	lo, hi := v.toks[start].Start, v.toks[o].Start
	for t := start + 1; t < o; t++ {
		// a mention after the first finite verb is its object, not the
		// speaker ("Washington, star of “Scandal,” thanked Obama for “…”")
		if pos := v.toks[t].POS; !v.inQuote[t] && (pos == "VBD" || pos == "VBZ" || pos == "VBP" || pos == "MD") {
			hi = v.toks[t].Start
			break
		}
	}
	if mi := v.firstMention(v.toks[a].Start, hi); mi >= 0 && !v.notSubjectPronoun(mi) && !v.placeBefore(mi, start) {
		return v.resolve(mi, sieve)
	}
	for _, mi := range v.ments[v.mentionFrom(lo):] {
		m := v.doc.Mentions[mi]
		if m.Start >= v.toks[o].Start {
			break
		}
		if k := v.tokAt(m.Start); k < len(v.toks) && v.inQuote[k] {
			continue
		}
		if v.notSubjectPronoun(mi) {
			continue
		}
		if t := v.entityType(mi); t == newsgraph.Person || t == newsgraph.Org || m.Kind == newsgraph.Pronoun {
			return v.resolve(v.bestMention(v.byStart[m.Start]), sieve)
		}
	}
	if mi := v.firstMention(v.toks[a].Start, v.toks[o].Start); mi >= 0 && !v.placeBefore(mi, start) {
		return v.resolve(mi, sieve)
	}
	return nil, ""
}

// spacedDash reports whether the hyphen token k stands between spaces, a
// dash between clauses ("she drew Trump's ire - he called her …"), not
// inside a word ("U.S.-based").
func (v *view) spacedDash(k int) bool {
	return k > 0 && k+1 < len(v.toks) && v.toks[k-1].End < v.toks[k].Start && v.toks[k].End < v.toks[k+1].Start
}

// subordinateSubject returns the subject of the last finite verb before
// token o (from start) when a subordinator or relative pronoun opens its
// clause right before the subject ("…, in which he took credit for “…”"):
// the quote belongs to that clause, not to the sentence's first verb.
func (v *view) subordinateSubject(start, o int) (*newsgraph.SpeakerRef, string) {
	for t := o - 1; t > start; t-- {
		if v.inQuote[t] || v.isPunct(t) {
			return nil, ""
		}
		if pos := v.toks[t].POS; pos != "VBD" && pos != "VBZ" && pos != "VBP" {
			continue
		}
		sa, _, sp, how := v.subjectLeft(t)
		if sp == nil || how == SieveNominal || sa <= start || v.inQuote[sa-1] {
			return nil, ""
		}
		switch v.lower[sa-1] {
		case "which", "whom", "when", "while", "because", "after", "before", "if", "where", "although", "though", "whether":
			return sp, how
		}
		return nil, ""
	}
	return nil, ""
}

// placeBefore reports whether mention mi is a place named before token
// start, in the adverbial that opens the sentence ("In Europe, by
// contrast, “…”"): a setting, not a speaker.
func (v *view) placeBefore(mi, start int) bool {
	return start < len(v.toks) && v.doc.Mentions[mi].Start < v.toks[start].Start && v.entityType(mi) == newsgraph.Loc
}

// colonName returns the speaker named right before the colon that
// introduces the quote opening at token o ("- Carl Bialik: “…”", "Rep.
// Trey Gowdy (R-S.C.): “…”"): a mention ending there, or a run of
// capitalised words that opens its clause; nil when none.
func (v *view) colonName(o int) *newsgraph.SpeakerRef {
	if o < 2 || v.lower[o-1] != ":" || v.inQuote[o-1] {
		return nil
	}
	a, _ := v.sentBounds(o - 1)
	j := v.skipParens(o-2, a)
	if j < a || v.inQuote[j] {
		return nil
	}
	if sp, _, _ := v.mentionEndingAt(j, ""); sp != nil {
		if mi := v.bestMention(v.byEnd[v.toks[j].End]); mi >= 0 && (v.entityType(mi) == newsgraph.Person || v.entityType(mi) == newsgraph.Org) {
			return sp
		}
		return nil
	}
	s := j
	for s-1 >= a && j-s < 4 && isCapitalised(v.toks[s-1].Text) && !v.inQuote[s-1] && !v.isPunct(s-1) {
		s--
	}
	if !isCapitalised(v.toks[j].Text) || v.isPunct(j) || !(s == a || v.clauseBoundary(s-1)) {
		return nil
	}
	sp := newsgraph.Span{Start: v.toks[s].Start, End: v.toks[j].End}
	return &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[sp.Start:sp.End]}
}

// headlineName returns the speaker named at the start of the sentence of
// the quote opening at token o, right before a colon that comes before the
// quote ("Trump: Cruz Has ‘To Come a Long Way’ …", "Gillibrand on
// Hillary’s Transcripts: ‘I Think She Will’"): a person or organisation
// mention, or a run of capitalised words no mention covers; nil when none.
func (v *view) headlineName(o int) *newsgraph.SpeakerRef {
	a, _ := v.sentBounds(o)
	if a >= o || v.inQuote[a] {
		return nil
	}
	k := a
	for k < o && k-a < 16 && !v.inQuote[k] && v.lower[k] != ":" {
		k++
	}
	if k >= o || k == a || v.lower[k] != ":" || v.inQuote[k] {
		return nil
	}
	n := a // the name ends before n
	for n < k && v.lower[n] != "on" && v.lower[n] != "about" {
		n++
	}
	if n-a > 4 || n == a || v.lx.npOpeners[v.lower[a]] {
		return nil // "The Latest: Trump delivers …"
	}
	for t := n; t < k; t++ {
		if pos := v.toks[t].POS; strings.HasPrefix(pos, "VB") && pos != "VBG" || v.isMark[t] {
			return nil // "Gillibrand on …:" a topic with no verb
		}
	}
	for t := a; t < n; t++ {
		if !isCapitalised(v.toks[t].Text) && v.lower[t] != "." {
			return nil
		}
	}
	lo, hi := v.toks[a].Start, v.toks[n-1].End
	for t := a; t < n; t++ {
		mi := v.bestMention(v.byStart[v.toks[t].Start])
		if mi < 0 || v.doc.Mentions[mi].End > hi {
			continue
		}
		if typ := v.entityType(mi); typ != newsgraph.Person && typ != newsgraph.Org {
			return nil
		}
		sp, _ := v.resolve(mi, SieveHeadlineName)
		sp.Mention = newsgraph.Span{Start: lo, End: hi}
		return sp
	}
	return &newsgraph.SpeakerRef{Entity: -1, Mention: newsgraph.Span{Start: lo, End: hi}, Name: v.text[lo:hi]}
}

// firstPerson returns the first person mention (by its entity's type)
// inside [lo, hi) outside direct quotes, or -1.
func (v *view) firstPerson(lo, hi int) int {
	for _, mi := range v.ments[v.mentionFrom(lo):] {
		m := v.doc.Mentions[mi]
		if m.Start >= hi {
			break
		}
		if k := v.tokAt(m.Start); k < len(v.toks) && v.inQuote[k] {
			continue
		}
		if m.End <= hi && m.Kind == newsgraph.Name && v.entityType(mi) == newsgraph.Person {
			return mi
		}
	}
	return -1
}

// introduced gives a direct quote that opens a paragraph, has no cue and
// no conversation speaker, the person the previous paragraph was about:
// the subject of its last sentence ("Valastro praised Christie’s
// leadership …¶ “We need someone who’s going to …”"), when that paragraph
// holds no quote of its own. A quote that opens a sentence inside a
// paragraph takes the subject of the sentence before it, when that
// sentence holds no quote.
func (v *view) introduced(items []item) {
	for i := range items {
		it := &items[i]
		if !it.q.Direct || it.q.Speaker != nil || !it.noCue || it.para < 0 || it.para >= len(v.paras) {
			continue
		}
		o := v.tokAt(it.q.Start) - 1 // the opening mark
		if o <= 0 || o >= len(v.toks) || v.paraOf(v.toks[o].Start) != it.para {
			continue
		}
		a, b := v.sentBounds(o - 1)
		if b <= a {
			continue
		}
		if v.toks[o].Start == v.paras[it.para].Start {
			if it.para == 0 || v.anyQuoteIn(v.paras[it.para-1]) || v.paraOf(v.toks[a].Start) != it.para-1 {
				continue
			}
		} else if s, _ := v.sentBounds(o); s != o || v.paraOf(v.toks[a].Start) != it.para || v.anyQuote(a, b) {
			// inside a paragraph: the quote opens a sentence and the
			// sentence before it, quote-free, introduces the speaker
			// ("Lynch announced … on Monday. “We are seeking …”")
			continue
		}
		sp, sieve := v.sentenceSubject(a, b-1, SieveIntroduced)
		if sp == nil || sp.Entity < 0 || v.doc.Entities[sp.Entity].Type != newsgraph.Person && v.doc.Entities[sp.Entity].Type != newsgraph.Org {
			continue
		}
		it.q.Speaker, it.q.Sieve = sp, sieve
	}
}

// anyQuoteIn reports whether a direct quote overlaps span p.
func (v *view) anyQuoteIn(p newsgraph.Span) bool {
	i := sort.Search(len(v.direct), func(i int) bool { return v.direct[i].End > p.Start })
	return i < len(v.direct) && v.direct[i].Start < p.End
}

// dashName returns the speaker named after a dash that follows the
// closing mark c of a quote ("“…” ― Carla Sanchez", "“…” — David Martosko
// (@dmartosko)"): a mention starting there or a run of capitalised words;
// nil when none.
func (v *view) dashName(c int) *newsgraph.SpeakerRef {
	if c < 0 || c+2 >= len(v.toks) || v.inQuote[c+1] {
		return nil
	}
	if pc, pd := v.paraOf(v.toks[c].Start), v.paraOf(v.toks[c+1].Start); pd != pc {
		// "- Sanders." alone in the next paragraph
		if pd != pc+1 || pd >= len(v.paras) || v.toks[c+1].Start != v.paras[pd].Start {
			return nil
		}
	}
	switch v.lower[c+1] {
	case "―", "—", "–", "-", "--":
	default:
		return nil
	}
	k := c + 2
	if v.inQuote[k] || v.paraOf(v.toks[k].Start) != v.paraOf(v.toks[c+1].Start) {
		return nil
	}
	_, b := v.sentBounds(k)
	if bb := v.paraEndTok(k); bb < b {
		b = bb
	}
	if mi := v.bestMention(v.byStart[v.toks[k].Start]); mi >= 0 && v.doc.Mentions[mi].Kind != newsgraph.Pronoun {
		// the name must end its clause: "― Carla Sanchez.", not "- he has"
		if e := v.tokAt(v.doc.Mentions[mi].End-1) + 1; e >= b || v.isPunct(e) {
			if t := v.entityType(mi); t == newsgraph.Person || t == newsgraph.Org {
				sp, _ := v.resolve(mi, "")
				return sp
			}
		}
	}
	if e := v.nameRun(k, b); e > k {
		sp := newsgraph.Span{Start: v.toks[k].Start, End: v.toks[e-1].End}
		return &newsgraph.SpeakerRef{Entity: -1, Mention: sp, Name: v.text[sp.Start:sp.End]}
	}
	return nil
}

// paraEndTok returns one past the last token of token k's paragraph.
func (v *view) paraEndTok(k int) int {
	if len(v.paras) == 0 {
		return len(v.toks)
	}
	p := v.paras[v.paraOf(v.toks[k].Start)]
	return v.tokAt(p.End)
}

// shortTail reports whether the tokens from k to the end of k's sentence
// are a short trailer with no clause ("Trump said." / "he said on Monday.").
func (v *view) shortTail(k int) bool {
	if k >= len(v.toks) {
		return true
	}
	_, b := v.sentBounds(k)
	return v.countWords(k, b) <= 4 && !v.anyQuote(k, b) && !v.cueBetween(k, b)
}

// expletive reports whether token k is an "it" that only fills the subject
// slot before a form of "be" ("It is strange that Trump would …").
func (v *view) expletive(k int) bool {
	if k < 0 || k+1 >= len(v.toks) || v.lower[k] != "it" {
		return false
	}
	w := v.lower[k+1]
	return v.lx.passiveAux[w] || w == "'s" || w == "was"
}

// notSubjectPronoun reports whether mention mi is a pronoun that cannot
// speak: "his", "them", "It is strange that".
func (v *view) notSubjectPronoun(mi int) bool {
	m := v.doc.Mentions[mi]
	return m.Kind == newsgraph.Pronoun && (v.lx.nonSubject[strings.ToLower(m.Text)] || v.expletive(v.tokAt(m.Start)))
}

// skipDateline returns the token after a dateline that opens the
// sentence starting at token a ("WASHINGTON —", "TRENTON, N.J. (AP) —"):
// capitalised words, commas, periods and a parenthesis up to a dash,
// within the first eight tokens before o; a when there is none.
func (v *view) skipDateline(a, o int) int {
	for k := a; k < o && k-a < 12; k++ {
		if v.inQuote[k] {
			return a
		}
		switch w := v.lower[k]; {
		case w == "—" || w == "--" || w == "–":
			if k > a && k+1 < o {
				return k + 1
			}
			return a
		case w == "," || w == "." || w == "(" || w == ")" || isCapitalised(v.toks[k].Text) && strings.ToUpper(v.toks[k].Text) == v.toks[k].Text:
		case k > a && (isCapitalised(v.toks[k].Text) || v.toks[k].POS == "CD"):
			// the date after the place: "WASHINGTON, Dec. 8 (UPI) —"
		default:
			return a
		}
	}
	return a
}

// outerItem returns the index of the nearest attributed item before j whose
// span contains item j's, or -1.
func outerItem(items []item, j int) int {
	q := items[j].q
	for k := j - 1; k >= 0; k-- {
		o := items[k].q
		if o.Start <= q.Start && o.End >= q.End && o.Speaker != nil {
			return k
		}
	}
	return -1
}

// endingCueBefore returns the index of a cue with a speaker that ends the
// sentence before the quote opening at token o ("X said in a statement.
// “…”"), when the quote opens its sentence inside the paragraph of that
// cue; -1 when none.
func (v *view) endingCueBefore(cues []cue, o int) int {
	if a, _ := v.sentBounds(o); a != o || o == 0 || v.paraOf(v.toks[o-1].Start) != v.paraOf(v.toks[o].Start) || v.inQuote[o-1] {
		return -1
	}
	pa, _ := v.sentBounds(o - 1)
	// the last cue of the sentence before
	i := sort.Search(len(cues), func(i int) bool { return cues[i].head >= o }) - 1
	if i < 0 || cues[i].head < pa {
		return -1
	}
	cu := &cues[i]
	if cu.speaker == nil || cu.belief || v.anyQuote(pa, o) {
		return -1
	}
	if v.countWords(cu.last+1, o) <= 4 && !v.cueBetween(cu.last+1, o) {
		return i
	}
	return -1
}

// outerCue returns the index of a cue with a speaker whose reported clause
// holds both cue ci and the byte offset pos, or -1.
func (v *view) outerCue(cues []cue, ci, pos int) int {
	h := v.toks[cues[ci].head].Start
	for j := ci - 1; j >= 0 && v.sent[cues[j].head] == v.sent[cues[ci].head]; j-- {
		cu := &cues[j]
		if cu.hasContent && cu.speaker != nil && !cu.belief && cu.content.Start <= h && cu.content.End > pos {
			return j
		}
	}
	return -1
}

// relativeCueBetween returns the index of a cue after cue ci and before
// token o, in the same sentence, whose speaker is a relative pronoun
// standing for the same entity as ci's speaker; -1 when none.
func (v *view) relativeCueBetween(cues []cue, ci, o int) int {
	e := cues[ci].speaker.Entity
	if e < 0 {
		return -1
	}
	for j := ci + 1; j < len(cues) && cues[j].head < o && v.sent[cues[j].head] == v.sent[cues[ci].head]; j++ {
		if sp := cues[j].speaker; sp != nil && sp.Entity == e && strings.HasPrefix(cues[j].sieve, SieveRelative) {
			return j
		}
	}
	return -1
}
