// Command trainmodels retrains the embedded CoNLL-2003 taggers:
//
//	go run ./ner/cmd/trainmodels
//
// run from the repository root. It induces word clusters (exchange
// algorithm, 64/256/1024 classes) from the unlabelled text of
// ../shared/data/bbc_news, ../shared/data/reuters21578 and the words of
// eng.train, then trains on ../shared/data/conll2003/eng.train with
// eng.testa (the development split) for early stopping, and writes
// ner/models/ner.gz (column 4) and ner/models/pos.gz (column 2).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsgraph/ner"
)

func main() {
	data := flag.String("data", "../shared/data", "shared data folder (conll2003/, bbc_news/, reuters21578/)")
	out := flag.String("out", "ner/models", "output folder")
	only := flag.String("only", "", "train only this model: ner or pos")
	iters := flag.Int("iter", 0, "maximum passes (0 = default)")
	sizes := flag.String("clusters", "64,256,1024", "word-cluster granularities induced from BBC News and Reuters-21578 (\"\" for none)")
	citers := flag.Int("cluster-iter", 8, "exchange-algorithm passes")
	minCount := flag.Int("min-count", 0, "drop features seen fewer times in training (0 = per-model default: ner 1, pos 3)")
	prune := flag.Float64("prune", 0, "drop averaged weights of smaller magnitude (0 = per-model default: ner 0.5, pos 1)")
	noCaps := flag.Bool("no-caps", false, "leave out the capitalisation-ratio word feature")
	seed := flag.Uint64("seed", 0, "shuffling seed (0 = default)")
	seeds := flag.Int("seeds", 5, "NER: average the weights of this many runs with consecutive shuffling seeds")
	cache := flag.String("cluster-cache", "", "read word clusters from this TSV file if it exists, else induce them and write it there")
	gazPop := flag.Int("gazetteer-min-pop", 100000, "gazetteer: cities of geo/data/cities.tsv with at least this population")
	noGaz := flag.Bool("no-gazetteer", false, "leave out the gazetteer word feature (NER) built from actor/data and geo/data")
	flag.Parse()
	if err := run(*data, *out, *only, *iters, *minCount, *prune, *sizes, *citers, *cache, *noCaps, *noGaz, *gazPop, *seed, *seeds); err != nil {
		fmt.Fprintln(os.Stderr, "trainmodels:", err)
		os.Exit(1)
	}
}

func run(data, out, only string, iters, minCount int, prune float64, sizes string, citers int, cache string, noCaps, noGaz bool, gazPop int, seed uint64, seeds int) error {
	train := filepath.Join(data, "conll2003", "eng.train")
	dev := filepath.Join(data, "conll2003", "eng.testa")
	var clusters map[string][]uint32
	if sizes != "" {
		var cs []int
		for _, f := range strings.Split(sizes, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 2 || n > 4096 {
				return fmt.Errorf("bad cluster size %q", f)
			}
			cs = append(cs, n)
		}
		if len(cs) > 3 {
			return fmt.Errorf("at most 3 cluster sizes")
		}
		t0 := time.Now()
		sents, err := unlabelled(data)
		if err != nil {
			return err
		}
		// the training split's words (not its labels) are unlabelled text too
		tr, err := ner.ReadCoNLLFile(train)
		if err != nil {
			return err
		}
		for _, s := range tr {
			sents = append(sents, s.Words())
		}
		if cache != "" {
			if c, err := readClusters(cache); err == nil {
				clusters = c
				fmt.Fprintf(os.Stderr, "clusters: %d words from %s\n", len(c), cache)
			}
		}
		if clusters == nil {
			clusters = ner.InduceClusters(sents, cs, 3, citers, os.Stderr)
			fmt.Fprintf(os.Stderr, "clusters: %d words in %s\n", len(clusters), time.Since(t0).Round(time.Second))
			if cache != "" {
				if err := writeClusters(cache, clusters); err != nil {
					return err
				}
			}
		}
		// fourth level: how often the word is capitalised inside a sentence
		caps := capBuckets(sents, 3)
		if noCaps {
			caps = map[string]uint32{}
		}
		for w, ids := range clusters {
			ids = append(ids[:len(ids):len(ids)], make([]uint32, 3-len(ids))...)
			clusters[w] = append(ids, caps[w])
		}
		for w, b := range caps {
			if _, ok := clusters[w]; !ok {
				clusters[w] = []uint32{0, 0, 0, b}
			}
		}
	}
	// fifth level, NER only: gazetteer bits from the knowledge tables
	nerClusters := clusters
	if !noGaz {
		gz, err := gazetteer(".", gazPop)
		if err != nil {
			return fmt.Errorf("gazetteer: %w", err)
		}
		fmt.Fprintf(os.Stderr, "gazetteer: %d words\n", len(gz))
		nerClusters = make(map[string][]uint32, len(clusters)+len(gz))
		for w, ids := range clusters {
			nerClusters[w] = append(ids[:len(ids):len(ids)], make([]uint32, 4-len(ids))...)
		}
		for w, b := range gz {
			ids := nerClusters[w]
			if ids == nil {
				ids = make([]uint32, 4)
			}
			nerClusters[w] = append(ids[:4:4], 1+b)
		}
	}
	for _, job := range []struct {
		name     string
		column   int
		minCount int
		prune    float64
	}{
		// NER: the mean of 5 runs keeps many tiny weights; dropping those
		// below 0.5 costs 0.05 point of dev F1 and makes the table smaller
		// than a single run's
		{"ner", 4, 1, 0.5},
		// POS: fewer features and weights make it 1.5x faster for
		// 0.1 point of accuracy
		{"pos", 2, 3, 1},
	} {
		if only != "" && only != job.name {
			continue
		}
		t0 := time.Now()
		cl := clusters
		if job.name == "ner" {
			cl = nerClusters
		}
		opts := ner.Options{Iterations: iters, MinCount: job.minCount, Clusters: cl, Augment: true, Prune: job.prune}
		if prune > 0 {
			opts.Prune = prune
		}
		opts.Seed = seed
		if job.name == "ner" {
			opts.Seeds = seeds
		}
		if minCount > 0 {
			opts.MinCount = minCount
		}
		m, err := ner.TrainFiles(train, dev, job.column, opts, os.Stderr)
		if err != nil {
			return fmt.Errorf("%s: %w", job.name, err)
		}
		path := filepath.Join(out, job.name+".gz")
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		if err := m.Save(f); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		st, _ := os.Stat(path)
		fmt.Fprintf(os.Stderr, "%s: wrote %s (%.1f MB) in %s\n", job.name, path, float64(st.Size())/1e6, time.Since(t0).Round(time.Second))
	}
	return nil
}

func readClusters(path string) (map[string][]uint32, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string][]uint32{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		ids := make([]uint32, 0, len(f)-1)
		for _, x := range f[1:] {
			n, err := strconv.ParseUint(x, 10, 32)
			if err != nil {
				return nil, fmt.Errorf("%s: bad line %q", path, line)
			}
			ids = append(ids, uint32(n))
		}
		m[f[0]] = ids
	}
	return m, nil
}

func writeClusters(path string, m map[string][]uint32) error {
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	sort.Strings(words)
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w)
		for _, id := range m[w] {
			fmt.Fprintf(&b, "\t%d", id)
		}
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// capBuckets returns, for each word (ClusterWord form) seen at least
// minCount times not first in its sentence, 1 + the rounded tenths of the
// share of those occurrences that begin with a capital letter (1..11).
// Sentences without lowercase words (headlines in capitals) are skipped.
func capBuckets(sents [][]string, minCount int) map[string]uint32 {
	type cnt struct{ upper, all int }
	counts := map[string]*cnt{}
	for _, s := range sents {
		lower := false
		for _, w := range s {
			if w != strings.ToUpper(w) {
				lower = true
				break
			}
		}
		if !lower {
			continue
		}
		for _, w := range s[1:] {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsLetter(r) {
				continue
			}
			k := ner.ClusterWord(w)
			c := counts[k]
			if c == nil {
				c = &cnt{}
				counts[k] = c
			}
			c.all++
			if unicode.IsUpper(r) {
				c.upper++
			}
		}
	}
	out := map[string]uint32{}
	for w, c := range counts {
		if c.all >= minCount {
			out[w] = 1 + uint32((10*c.upper+c.all/2)/c.all)
		}
	}
	return out
}
