package quote

import (
	"sort"

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
			if cs > closeSent {
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
			case c >= 0 && cu.head > c && cs == closeSent && v.between(c+1, min(cu.head, firstNonNeg(cu.subjA, cu.head)), 1) && v.noQuoteBetween(c+1, cu.head):
				consider(ci, SieveTrailing, 0, cu.head-c)
			case cu.last < o && cs == openSent && v.onlyLeadIn(cu.last+1, o, cu):
				if usedTrailing[ci] {
					consider(ci, SieveSplit, 1, o-cu.last)
				} else {
					consider(ci, SieveLeading, 1, o-cu.last)
				}
			case cu.last < o || c >= 0 && cu.head > c:
				d := o - cu.last
				if cu.head > lastTok {
					d = cu.head - lastTok
				}
				if v.noQuoteBetween(min(cu.last, lastTok)+1, max(cu.head, o)) || cu.last < o && cs == openSent {
					consider(ci, SieveSentence, 2, d)
				}
			}
		}
		if best != nil {
			cu := cues[best.ci]
			sp := *cu.speaker
			it.q.Speaker = &sp
			it.q.Cue = spanPtr(cu.span)
			it.q.Sieve = best.sieve + "/" + cu.sieve
			if best.sieve == SieveTrailing {
				usedTrailing[best.ci] = true
			}
		} else if mi := v.colonSubject(o, firstSent, openSent); mi >= 0 {
			it.q.Speaker, it.q.Sieve = v.resolve(mi, SieveColonSubject)
		} else if a, _ := v.sentBounds(o); a < o {
			// a quote inside a sentence with no cue: the sentence's subject
			// ("Clinton called half of his supporters “deplorables”")
			if mi := v.firstMention(v.toks[a].Start, q.Open.Start); mi >= 0 {
				it.q.Speaker, it.q.Sieve = v.resolve(mi, SieveSentenceSubject)
			}
		} else {
			it.noCue = !v.anyCueIn(cues, openSent, closeSent)
		}
		out = append(out, it)
	}
	return out
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
			sp := *p.q.Speaker
			if m := v.nearestMentionOf(sp.Entity, it.q.Start); m >= 0 {
				sp.Mention = v.doc.Mentions[m].Span
			}
			it.q.Speaker = &sp
			it.q.Sieve = SieveConversation
			break
		}
	}
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
