package ner

// clusterLevels is the number of word-level ids a model can use per word:
// the embedded models use three levels of word classes (coarse to fine) and
// a fourth, a bucket of how often the word is capitalised inside sentences
// of unlabelled text; the NER model has a fifth, gazetteer bits (which
// kinds of name lists of the knowledge tables the word occurs in).
const clusterLevels = 5

// clusterTable maps a word (lowercase, digits as 0) to its cluster ids, one
// per level. Ids are 1-based; 0 means no cluster.
type clusterTable struct {
	words []string // sorted, lowercase
	ids   [][clusterLevels]uint32
	index map[uint64]int32
}

func newClusterTable(words []string, ids [][clusterLevels]uint32) *clusterTable {
	ct := &clusterTable{words: words, ids: ids, index: make(map[uint64]int32, len(words))}
	for i, w := range words {
		ct.index[hashLower(w, false)] = int32(i)
	}
	return ct
}

func (ct *clusterTable) lookup(ti *tokInfo) {
	i, ok := ct.index[ti.lower]
	if !ok {
		return
	}
	for l, id := range ct.ids[i] {
		if id != 0 {
			ti.cls[l] = uint64(id)<<8 | uint64(l)
		}
	}
}
