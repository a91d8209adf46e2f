// Package ner is newsgraph's statistical sequence tagger: an averaged
// structured perceptron with first-order Viterbi decoding over hashed
// lexical, shape, affix, context and word-cluster features. The same code
// tags parts of speech (Penn Treebank tags) and named entities (IOB2 tags
// PER, ORG, LOC, MISC); models trained on CoNLL-2003 are embedded in the
// package (see LoadNER and LoadPOS) and wrapped as pipeline stages by
// NewPOSStage and NewNERStage.
//
// A Model is read-only after Train or Load and safe for concurrent use.
package ner

import (
	"math"
	"strings"
	"sync"
)

// Model is a trained tagger.
type Model struct {
	tags   []string
	nt     int
	iob    bool // tags are IOB2: decoding forbids I-X after anything but B-X/I-X
	column int  // CoNLL column the model was trained on (informational)

	trans   []float32 // (nt+1)*nt; row nt is the sentence start
	transT  []float32 // see buildTransT
	spread  float32
	allowed []bool // (nt+1)*nt, same layout

	table   featTable // feature key -> its run of entries
	keys    []uint32  // feature keys, ascending (the order of entries)
	entries []uint32  // tag<<16 | uint16(quantised weight), grouped by feature
	scale   float32   // quantisation step of the weights

	clusters *clusterTable
	scratch  sync.Pool
}

// Tags returns the model's tag set (do not modify).
func (m *Model) Tags() []string { return m.tags }

// Column returns the 1-based CoNLL column the model was trained on.
func (m *Model) Column() int { return m.column }

// Clusters returns a copy of the model's word clusters (nil when it has
// none), in the form Options.Clusters takes.
func (m *Model) Clusters() map[string][]uint32 {
	if m.clusters == nil {
		return nil
	}
	out := make(map[string][]uint32, len(m.clusters.words))
	for i, w := range m.clusters.words {
		out[w] = append([]uint32(nil), m.clusters.ids[i][:]...)
	}
	return out
}

// Features returns the number of feature rows kept in the model.
func (m *Model) Features() int { return len(m.keys) }

// featTable is an open-addressing hash table from a 32-bit feature key to
// the feature's run of entries. Key 0 marks an empty slot; featKey never
// returns 0. One slot holds everything a lookup needs, so a lookup costs
// one cache miss.
type featTable struct {
	slots []slot
	shift uint
}

// slot packs a key with its run: start<<8 | n (n <= 255 tags).
type slot struct {
	key, run uint32
}

const maxEntries = 1 << 24

func featKey(h uint64) uint32 {
	k := uint32(h >> 32)
	if k == 0 {
		k = 1
	}
	return k
}

// newFeatTable indexes keys whose entries are runs of counts[i] entries,
// laid out one after another.
func newFeatTable(keys []uint32, counts []int) featTable {
	size := 1
	bits := uint(0)
	for size < len(keys)+len(keys)/3 || size < 16 {
		size <<= 1
		bits++
	}
	t := featTable{slots: make([]slot, size), shift: 32 - bits}
	start := uint32(0)
	for r, k := range keys {
		i := (k * 0x9E3779B1) >> t.shift
		for t.slots[i].key != 0 {
			i = (i + 1) & uint32(size-1)
		}
		t.slots[i] = slot{key: k, run: start<<8 | uint32(counts[r])}
		start += uint32(counts[r])
	}
	return t
}

func (t *featTable) get(k uint32) (start, n uint32, ok bool) {
	mask := uint32(len(t.slots) - 1)
	i := (k * 0x9E3779B1) >> t.shift
	for {
		sl := &t.slots[i]
		if sl.key == k {
			return sl.run >> 8, sl.run & 0xff, true
		}
		if sl.key == 0 {
			return 0, 0, false
		}
		i = (i + 1) & mask
	}
}

// iobAllowed computes the transition mask. It reports false when the tags
// are not an IOB2 set, in which case every transition is allowed.
func iobAllowed(tags []string) ([]bool, bool) {
	nt := len(tags)
	allowed := make([]bool, (nt+1)*nt)
	for i := range allowed {
		allowed[i] = true
	}
	iob := len(tags) > 0
	for _, t := range tags {
		if t != "O" && !strings.HasPrefix(t, "B-") && !strings.HasPrefix(t, "I-") {
			iob = false
		}
	}
	if !iob {
		return allowed, false
	}
	for p := 0; p <= nt; p++ {
		for c, t := range tags {
			if !strings.HasPrefix(t, "I-") {
				continue
			}
			ok := false
			if p < nt {
				pt := tags[p]
				ok = (strings.HasPrefix(pt, "B-") || strings.HasPrefix(pt, "I-")) && pt[2:] == t[2:]
			}
			allowed[p*nt+c] = ok
		}
	}
	return allowed, true
}

// scratch buffers reused across calls.
type scratch struct {
	infos []tokInfo
	feats []uint64
	em    []float32
	delta []float32
	back  []uint8
	path  []int
	cand  []int
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.scratch.Get().(*scratch); ok {
		return s
	}
	return &scratch{}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// Tag returns one tag per word.
func (m *Model) Tag(words []string) []string {
	return m.TagInto(make([]string, 0, len(words)), words)
}

// TagInto appends one tag per word to dst and returns it. The tag strings
// are shared with the model; with a large enough dst it does not allocate.
func (m *Model) TagInto(dst []string, words []string) []string {
	if len(words) == 0 {
		return dst
	}
	s := m.getScratch()
	path := m.decode(s, words)
	for _, t := range path {
		dst = append(dst, m.tags[t])
	}
	m.scratch.Put(s)
	return dst
}

// TagIndices is TagInto for tag indices into Tags().
func (m *Model) TagIndices(dst []int, words []string) []int {
	if len(words) == 0 {
		return dst
	}
	s := m.getScratch()
	dst = append(dst, m.decode(s, words)...)
	m.scratch.Put(s)
	return dst
}

func (m *Model) decode(s *scratch, words []string) []int {
	n, nt := len(words), m.nt
	s.infos = grow(s.infos, n)
	for i, w := range words {
		analyse(&s.infos[i], w, m.clusters)
	}
	mode := sentenceMode(s.infos)
	s.em = grow(s.em, n*nt)
	clear(s.em)
	for i := 0; i < n; i++ {
		s.feats = features(s.feats[:0], s.infos, i, mode)
		em := s.em[i*nt : (i+1)*nt]
		for _, f := range s.feats {
			a, k, ok := m.table.get(featKey(f))
			if !ok {
				continue
			}
			for _, e := range m.entries[a : a+k] {
				em[e>>16] += float32(int16(uint16(e)))
			}
		}
		// sums of 16-bit integers stay exact in float32; scale once
		for t := range em {
			em[t] *= m.scale
		}
	}
	s.delta = grow(s.delta, n*nt)
	s.back = grow(s.back, n*nt)
	s.path = grow(s.path, n)
	s.cand = viterbi(s.em, m.transT, m.spread, n, nt, s.delta, s.back, s.path, s.cand)
	return s.path
}

var negInf = float32(math.Inf(-1))

// buildTransT returns the transitions transposed (row c holds the scores of
// every previous tag p into c, the start state last), with forbidden
// transitions set to -Inf, and the spread between the largest and the
// smallest tag-to-tag transition (+Inf when some transition is forbidden).
func buildTransT(dst, trans []float32, allowed []bool, nt int) ([]float32, float32) {
	dst = grow(dst, (nt+1)*nt)
	lo, hi := float32(math.Inf(1)), float32(math.Inf(-1))
	for p := 0; p <= nt; p++ {
		for c := 0; c < nt; c++ {
			v := trans[p*nt+c]
			if !allowed[p*nt+c] {
				v = negInf
			} else if p < nt {
				lo, hi = min(lo, v), max(hi, v)
			}
			dst[c*(nt+1)+p] = v
		}
	}
	for _, a := range allowed {
		if !a {
			// pruning by spread is exact only when every transition is
			// allowed; IOB2 tag sets are small, search them fully.
			return dst, float32(math.Inf(1))
		}
	}
	if lo > hi {
		return dst, 0
	}
	return dst, hi - lo
}

// viterbi finds the best tag path given emission scores em (n*nt) and the
// transposed transitions transT from buildTransT. A previous tag whose score
// trails the best by more than spread cannot win any transition, so it is
// skipped: the search stays exact while touching few of the nt*nt pairs.
func viterbi(em, transT []float32, spread float32, n, nt int, delta []float32, back []uint8, path []int, cand []int) []int {
	w := nt + 1
	for c := 0; c < nt; c++ {
		delta[c] = em[c] + transT[c*w+nt]
	}
	for i := 1; i < n; i++ {
		prev := delta[(i-1)*nt : i*nt]
		cur := delta[i*nt : (i+1)*nt]
		bk := back[i*nt : (i+1)*nt]
		emi := em[i*nt : (i+1)*nt]
		pmax := negInf
		for _, v := range prev {
			pmax = max(pmax, v)
		}
		cand = cand[:0]
		floor := pmax - spread
		for p, v := range prev {
			if v >= floor && v > negInf {
				cand = append(cand, p)
			}
		}
		for c := 0; c < nt; c++ {
			tr := transT[c*w : c*w+nt]
			best, arg := negInf, cand[0]
			for _, p := range cand {
				if v := prev[p] + tr[p]; v > best {
					best, arg = v, p
				}
			}
			cur[c] = best + emi[c]
			bk[c] = uint8(arg)
		}
	}
	last := delta[(n-1)*nt : n*nt]
	best, arg := negInf, 0
	for c := 0; c < nt; c++ {
		if last[c] > best {
			best, arg = last[c], c
		}
	}
	for i := n - 1; i >= 0; i-- {
		path[i] = arg
		arg = int(back[i*nt+arg])
	}
	return cand
}
