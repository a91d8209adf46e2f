package ner

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsgraph/eval/conll"
)

// Options control training. The zero value gives sensible defaults.
type Options struct {
	Column     int                 // 1-based CoNLL column of the tags; default 4 (NER)
	Iterations int                 // maximum passes over the training data; default 15
	Patience   int                 // stop after this many passes without a better dev score; default 3
	MinCount   int                 // drop features seen fewer times in training; default 1
	Prune      float64             // drop averaged weights with smaller magnitude; default 0.005
	Seed       uint64              // shuffling seed; default 1
	Seeds      int                 // train this many runs (seeds Seed, Seed+1 ...) and average their weights; default 1
	Dev        []Sentence          // optional development set for early stopping
	Clusters   map[string][]uint32 // optional word-level ids: ClusterWord(w) -> up to 4 ids (0 = none), e.g. classes coarse to fine
	Log        io.Writer           // progress, nil for none

	// Augment adds to the training data a copy of each sentence that has
	// "Mr." (and similar titles) or a capitalised acronym inside an entity
	// ("NATO"), rewritten in British news style: "Mr", "Nato"; and, of
	// every fifth sentence, a copy in Title Case (as headlines are written)
	// and, of another fifth, a copy with the first word in capitals
	// ("THE United States ...").
	Augment bool
}

func (o *Options) defaults() {
	if o.Column == 0 {
		o.Column = 4
	}
	if o.Iterations <= 0 {
		o.Iterations = 15
	}
	if o.Patience <= 0 {
		o.Patience = 3
	}
	if o.MinCount <= 0 {
		o.MinCount = 1
	}
	if o.Prune == 0 {
		o.Prune = 0.005
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Seeds <= 0 {
		o.Seeds = 1
	}
}

// encoded is a sentence as feature rows per token and gold tag indices.
type encoded struct {
	off  []int32 // len n+1 into rows
	rows []int32
	gold []int
}

func (o *Options) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format, args...)
	}
}

// TrainFiles reads CoNLL training and development files (devPath may be "")
// and trains a tagger on the 1-based column. opts.Column and opts.Dev are
// overridden; log (may be nil) receives progress.
func TrainFiles(trainPath, devPath string, column int, opts Options, log io.Writer) (*Model, error) {
	train, err := ReadCoNLLFile(trainPath)
	if err != nil {
		return nil, err
	}
	opts.Column = column
	opts.Dev = nil
	if devPath != "" {
		dev, err := ReadCoNLLFile(devPath)
		if err != nil {
			return nil, err
		}
		opts.Dev = dev
	}
	if log != nil {
		opts.Log = log
	}
	return Train(train, opts)
}

// Train trains an averaged structured perceptron on the tag column
// opts.Column of sents. With opts.Dev it keeps the averaged weights of the
// pass that scored best on the development set (chunk F1 for IOB2 tag sets,
// token accuracy otherwise) and stops after opts.Patience passes without
// improvement. Training is deterministic for a given seed.
func Train(sents []Sentence, opts Options) (*Model, error) {
	opts.defaults()
	began := time.Now()
	if len(sents) == 0 {
		return nil, errors.New("ner: no training sentences")
	}
	if opts.Column < 2 {
		return nil, fmt.Errorf("ner: tag column %d: must be 2 or more (column 1 holds the tokens)", opts.Column)
	}
	if opts.Augment {
		extra := augment(sents, opts.Column)
		opts.logf("ner: augmentation adds %d sentences\n", len(extra))
		sents = append(sents[:len(sents):len(sents)], extra...)
	}
	tagSet := map[string]bool{}
	for i, s := range sents {
		col := s.Column(opts.Column)
		if col == nil {
			return nil, fmt.Errorf("ner: training sentence %d has %d columns, need %d", i+1, len(s.Columns), opts.Column)
		}
		for _, t := range col {
			tagSet[t] = true
		}
	}
	tags := make([]string, 0, len(tagSet))
	for t := range tagSet {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	if len(tags) > 255 {
		return nil, fmt.Errorf("ner: %d tags; at most 255 supported", len(tags))
	}
	nt := len(tags)
	tagIdx := make(map[string]int, nt)
	for i, t := range tags {
		tagIdx[t] = i
	}
	m := &Model{tags: tags, nt: nt, column: opts.Column}
	m.allowed, m.iob = iobAllowed(tags)
	if len(opts.Clusters) > 0 {
		m.clusters = clustersFromMap(opts.Clusters)
	}

	// Pass 1: count features.
	var infos []tokInfo
	var feats []uint64
	counts := map[uint32]int32{}
	var keysInOrder []uint32
	eachFeature := func(words []string, fn func(i int, k uint32)) {
		infos = grow(infos, len(words))
		for i, w := range words {
			analyse(&infos[i], w, m.clusters)
		}
		mode := sentenceMode(infos)
		for i := range words {
			feats = features(feats[:0], infos, i, mode)
			for _, f := range feats {
				fn(i, featKey(f))
			}
		}
	}
	for _, s := range sents {
		eachFeature(s.Words(), func(_ int, k uint32) {
			c, ok := counts[k]
			if !ok {
				keysInOrder = append(keysInOrder, k)
			}
			counts[k] = c + 1
		})
	}
	rowOf := make(map[uint32]int32, len(counts))
	var rowKeys []uint32
	for _, k := range keysInOrder {
		if int(counts[k]) >= opts.MinCount {
			rowOf[k] = int32(len(rowKeys))
			rowKeys = append(rowKeys, k)
		}
	}
	counts = nil
	opts.logf("ner: %d sentences, %d tags, %d features (min count %d)\n", len(sents), nt, len(rowKeys), opts.MinCount)

	encode := func(s Sentence, withGold bool) (encoded, error) {
		words := s.Words()
		e := encoded{off: make([]int32, 1, len(words)+1)}
		last := 0
		eachFeature(words, func(i int, k uint32) {
			for last < i {
				e.off = append(e.off, int32(len(e.rows)))
				last++
			}
			if r, ok := rowOf[k]; ok {
				e.rows = append(e.rows, r)
			}
		})
		for last < len(words) {
			e.off = append(e.off, int32(len(e.rows)))
			last++
		}
		if withGold {
			col := s.Column(opts.Column)
			e.gold = make([]int, len(col))
			for i, t := range col {
				j, ok := tagIdx[t]
				if !ok {
					j = -1
				}
				e.gold[i] = j
			}
		}
		return e, nil
	}
	train := make([]encoded, len(sents))
	for i, s := range sents {
		train[i], _ = encode(s, true)
	}
	var dev []encoded
	for _, s := range opts.Dev {
		if s.Column(opts.Column) == nil {
			return nil, fmt.Errorf("ner: development sentence has %d columns, need %d", len(s.Columns), opts.Column)
		}
		e, _ := encode(s, true)
		dev = append(dev, e)
	}

	nr := len(rowKeys)
	w := make([]float32, nr*nt)
	u := make([]float64, nr*nt)
	tw := make([]float32, (nt+1)*nt)
	tu := make([]float64, (nt+1)*nt)
	avg := make([]float32, nr*nt)
	tavg := make([]float32, (nt+1)*nt)
	var best, tbest []float32
	var sum, tsum []float32 // over seeds

	var em, delta []float32
	var back []uint8
	var path, cand []int
	var transT []float32
	var spread float32
	decodeDense := func(e *encoded, w, tw []float32) []int {
		n := len(e.off) - 1
		em = grow(em, n*nt)
		clear(em)
		for i := 0; i < n; i++ {
			emi := em[i*nt : (i+1)*nt]
			for _, r := range e.rows[e.off[i]:e.off[i+1]] {
				wr := w[int(r)*nt : int(r+1)*nt]
				for t := range emi {
					emi[t] += wr[t]
				}
			}
		}
		delta = grow(delta, n*nt)
		back = grow(back, n*nt)
		path = grow(path, n)
		transT, spread = buildTransT(transT, tw, m.allowed, nt)
		cand = viterbi(em, transT, spread, n, nt, delta, back, path, cand)
		return path
	}

	// score decodes the development set with the given weights and returns
	// chunk F1 (IOB2 tag sets) or token accuracy, and a log message.
	devScore := func(avg, tavg []float32) (float64, string) {
		var sc conll.Scorer
		gold, pred := []string{}, []string{}
		for k := range dev {
			p := decodeDense(&dev[k], avg, tavg)
			gold, pred = gold[:0], pred[:0]
			for i, g := range dev[k].gold {
				gs := "O"
				if g >= 0 {
					gs = tags[g]
				} else if !m.iob {
					gs = "\x00unknown"
				}
				gold = append(gold, gs)
				pred = append(pred, tags[p[i]])
			}
			_ = sc.Add(gold, pred)
		}
		if m.iob {
			return sc.Overall.F1(), fmt.Sprintf("dev F1 %.4f (P %.4f R %.4f)", sc.Overall.F1(), sc.Overall.Precision(), sc.Overall.Recall())
		}
		return sc.Accuracy(), fmt.Sprintf("dev accuracy %.4f", sc.Accuracy())
	}

	for run := 0; run < opts.Seeds; run++ {
		seed := opts.Seed + uint64(run)
		clear(w)
		clear(u)
		clear(tw)
		clear(tu)
		bestScore, bestEpoch := -1.0, 0
		rng := rand.New(rand.NewPCG(seed, seed^0x9E3779B97F4A7C15))
		order := make([]int, len(train))
		for i := range order {
			order[i] = i
		}
		c := 1.0
		for epoch := 1; epoch <= opts.Iterations; epoch++ {
			t0 := time.Now()
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			errs, toks := 0, 0
			for _, si := range order {
				e := &train[si]
				pred := decodeDense(e, w, tw)
				n := len(e.gold)
				toks += n
				prevG, prevP := nt, nt
				for i := 0; i < n; i++ {
					g, p := e.gold[i], pred[i]
					if g != p {
						errs++
						for _, r := range e.rows[e.off[i]:e.off[i+1]] {
							if g >= 0 {
								w[int(r)*nt+g]++
								u[int(r)*nt+g] += c
							}
							w[int(r)*nt+p]--
							u[int(r)*nt+p] -= c
						}
					}
					if g >= 0 && (g != p || prevG != prevP) {
						tw[prevG*nt+g]++
						tu[prevG*nt+g] += c
						tw[prevP*nt+p]--
						tu[prevP*nt+p] -= c
					}
					prevG, prevP = g, p
					if g < 0 {
						prevG = p
					}
				}
				c++
			}
			for i := range w {
				avg[i] = w[i] - float32(u[i]/c)
			}
			for i := range tw {
				tavg[i] = tw[i] - float32(tu[i]/c)
			}
			msg := fmt.Sprintf("ner: pass %d: train error %.4f", epoch, float64(errs)/float64(toks))
			score := float64(epoch) // without dev: the last pass wins
			if len(dev) > 0 {
				var dmsg string
				score, dmsg = devScore(avg, tavg)
				msg += ", " + dmsg
			}
			opts.logf("%s [%s]\n", msg, time.Since(t0).Round(time.Millisecond))
			if score > bestScore {
				bestScore, bestEpoch = score, epoch
				best = append(best[:0], avg...)
				tbest = append(tbest[:0], tavg...)
			} else if len(dev) > 0 && epoch-bestEpoch >= opts.Patience {
				break
			}
		}
		if len(dev) > 0 {
			opts.logf("ner: seed %d: best pass %d (dev %.4f)\n", seed, bestEpoch, bestScore)
		}
		if sum == nil {
			sum = append([]float32(nil), best...)
			tsum = append([]float32(nil), tbest...)
		} else {
			for i, v := range best {
				sum[i] += v
			}
			for i, v := range tbest {
				tsum[i] += v
			}
		}
	}
	if opts.Seeds > 1 {
		// the mean of the runs' averaged weights
		inv := 1 / float32(opts.Seeds)
		for i := range sum {
			sum[i] *= inv
		}
		for i := range tsum {
			tsum[i] *= inv
		}
		if len(dev) > 0 {
			_, msg := devScore(sum, tsum)
			opts.logf("ner: mean of %d seeds: %s\n", opts.Seeds, msg)
		}
	}
	m.setTrans(tsum)
	if err := m.setWeights(rowKeys, sum, opts.Prune); err != nil {
		return nil, err
	}
	opts.logf("ner: kept %d features, %d weights; trained in %s\n", m.Features(), len(m.entries), time.Since(began).Round(time.Second))
	return m, nil
}

// quantScale returns the step of the 16-bit weight quantisation.
func quantScale(w []float32) float32 {
	var mx float32
	for _, v := range w {
		if a := float32(math.Abs(float64(v))); a > mx {
			mx = a
		}
	}
	if mx == 0 {
		return 1
	}
	return mx / 32767
}

// setWeights builds the sparse, quantised weight rows from a dense matrix,
// dropping weights below prune and rows left empty; rows are ordered by key.
func (m *Model) setWeights(keys []uint32, dense []float32, prune float64) error {
	nt := m.nt
	scale := quantScale(dense)
	q := make([]int16, len(dense))
	for i, v := range dense {
		if math.Abs(float64(v)) < prune {
			continue
		}
		q[i] = int16(math.Round(float64(v / scale)))
	}
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	var rk []uint32
	var counts []int
	var tg []uint8
	var qv []int16
	for _, r := range idx {
		n := 0
		for t := 0; t < nt; t++ {
			if v := q[r*nt+t]; v != 0 {
				tg = append(tg, uint8(t))
				qv = append(qv, v)
				n++
			}
		}
		if n > 0 {
			rk = append(rk, keys[r])
			counts = append(counts, n)
		}
	}
	return m.setSparse(rk, counts, tg, qv, scale)
}

func (m *Model) setSparse(keys []uint32, counts []int, tg []uint8, qv []int16, scale float32) error {
	if len(qv) >= maxEntries {
		return fmt.Errorf("ner: %d weights, more than the %d supported", len(qv), maxEntries)
	}
	for _, n := range counts {
		if n > 255 {
			return fmt.Errorf("ner: a feature has %d weights, more than 255", n)
		}
	}
	m.table = newFeatTable(keys, counts)
	m.entries = make([]uint32, len(qv))
	for i, v := range qv {
		m.entries[i] = uint32(tg[i])<<16 | uint32(uint16(v))
	}
	m.scale = scale
	m.keys = keys
	return nil
}

func (m *Model) setTrans(trans []float32) {
	m.trans = trans
	m.transT, m.spread = buildTransT(nil, trans, m.allowed, m.nt)
}

func clustersFromMap(cm map[string][]uint32) *clusterTable {
	words := make([]string, 0, len(cm))
	for w := range cm {
		words = append(words, w)
	}
	sort.Strings(words)
	ids := make([][clusterLevels]uint32, len(words))
	for i, w := range words {
		copy(ids[i][:], cm[w])
	}
	return newClusterTable(words, ids)
}

var britishTitles = map[string]string{"Mr.": "Mr", "Mrs.": "Mrs", "Ms.": "Ms", "Dr.": "Dr", "St.": "St"}

// augment returns recased copies of sentences (see Options.Augment).
// Headlines (sentences in capitals or Title Case) are left alone.
func augment(sents []Sentence, column int) []Sentence {
	var out []Sentence
	var infos []tokInfo
	add := func(s Sentence, nw []string) {
		cols := make([][]string, len(s.Columns))
		copy(cols, s.Columns)
		cols[0] = nw
		out = append(out, Sentence{Columns: cols})
	}
	for k, s := range sents {
		words, tags := s.Words(), s.Column(column)
		if tags == nil {
			continue
		}
		infos = grow(infos, len(words))
		for i, w := range words {
			analyse(&infos[i], w, nil)
		}
		if sentenceMode(infos) != modeNormal {
			continue
		}
		var nw []string
		for i, w := range words {
			r := w
			if t, ok := britishTitles[w]; ok {
				r = t
			} else if tags[i] != "O" && len(w) >= 4 && infos[i].capc == capAll && isLetters(w) {
				r = w[:1] + strings.ToLower(w[1:])
			}
			if r != w {
				if nw == nil {
					nw = append([]string(nil), words...)
				}
				nw[i] = r
			}
		}
		if nw != nil {
			add(s, nw)
		}
		if len(words) < 4 {
			continue
		}
		switch k % 5 {
		case 1: // Title Case headline
			nw = make([]string, len(words))
			changed := false
			for i, w := range words {
				nw[i] = titleWord(w)
				changed = changed || nw[i] != w
			}
			if changed {
				add(s, nw)
			}
		case 3: // first word in capitals
			if up := strings.ToUpper(words[0]); up != words[0] {
				nw = append([]string(nil), words...)
				nw[0] = up
				add(s, nw)
			}
		}
	}
	return out
}

// titleWord capitalises the first letter of w.
func titleWord(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
