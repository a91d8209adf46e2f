package ner

import (
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
	"time"
)

// ClusterWord returns the form under which clusters are keyed: lowercase,
// every digit mapped to 0.
func ClusterWord(w string) string {
	b := make([]rune, 0, len(w))
	for _, r := range w {
		r = lowerRune(r)
		if r >= '0' && r <= '9' {
			r = '0'
		}
		b = append(b, r)
	}
	return string(b)
}

// InduceClusters groups the words of unlabelled sentences into classes with
// the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998),
// which maximises the likelihood of a class bigram model, the objective of
// Brown clustering. It runs once per entry of sizes (for example 64, 256,
// 1024 classes: coarse to fine, at most 4) and returns, for each word seen
// at least minCount times (keyed by ClusterWord), its 1-based class per
// size. It is deterministic.
func InduceClusters(sents [][]string, sizes []int, minCount, iters int, log io.Writer) map[string][]uint32 {
	if len(sizes) > clusterLevels {
		sizes = sizes[:clusterLevels]
	}
	t0 := time.Now()
	// vocabulary: id 0 is the sentence boundary, id 1 the rare-word class
	counts := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			counts[ClusterWord(w)]++
		}
	}
	words := make([]string, 0, len(counts))
	for w, c := range counts {
		if c >= minCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	id := make(map[string]int32, len(words))
	for i, w := range words {
		id[w] = int32(i + 2)
	}
	nv := len(words) + 2
	// bigram counts
	type pair struct{ a, b int32 }
	bi := map[pair]int32{}
	uni := make([]int32, nv)
	for _, s := range sents {
		prev := int32(0)
		uni[0]++
		for _, w := range s {
			cur, ok := id[ClusterWord(w)]
			if !ok {
				cur = 1
			}
			uni[cur]++
			bi[pair{prev, cur}]++
			prev = cur
		}
		bi[pair{prev, 0}]++
	}
	type nb struct {
		w int32
		n int32
	}
	right := make([][]nb, nv)
	left := make([][]nb, nv)
	pairs := make([]pair, 0, len(bi))
	for p := range bi {
		pairs = append(pairs, p)
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].a != pairs[j].a {
			return pairs[i].a < pairs[j].a
		}
		return pairs[i].b < pairs[j].b
	})
	for _, p := range pairs {
		n := bi[p]
		right[p.a] = append(right[p.a], nb{p.b, n})
		left[p.b] = append(left[p.b], nb{p.a, n})
	}
	bi = nil
	if log != nil {
		fmt.Fprintf(log, "clusters: %d sentences, %d word types kept (min count %d), %d bigram types [%s]\n",
			len(sents), len(words), minCount, len(pairs), time.Since(t0).Round(time.Millisecond))
	}

	total := int32(0)
	for _, u := range uni {
		total += u
	}
	// xlogx[n] = n log n for every count that can occur
	xlogx := make([]float64, total+1)
	for n := 1; n <= int(total); n++ {
		xlogx[n] = float64(n) * math.Log(float64(n))
	}
	f := func(x int32) float64 { return xlogx[x] }
	result := make([][]uint32, len(sizes))
	var wg sync.WaitGroup
	for si, C := range sizes {
		wg.Add(1)
		go func(si, C int) {
			defer wg.Done()
			cls := make([]int32, nv)
			for w := range cls {
				cls[w] = int32(w % C)
			}
			ncc := make([]int32, C*C)
			nc := make([]int32, C)
			for w := 0; w < nv; w++ {
				nc[cls[w]] += uni[w]
				for _, r := range right[w] {
					ncc[int(cls[w])*C+int(cls[r.w])] += r.n
				}
			}
			rw := make([]int32, C)
			lw := make([]int32, C)
			var rl, ll []int32
			for it := 1; it <= iters; it++ {
				ti := time.Now()
				moved := 0
				for w := 1; w < nv; w++ { // the boundary (0) stays put
					a := cls[w]
					// class profiles of w's neighbours, excluding w itself
					rl, ll = rl[:0], ll[:0]
					self := int32(0)
					for _, r := range right[w] {
						if r.w == int32(w) {
							self = r.n
							continue
						}
						c := cls[r.w]
						if rw[c] == 0 {
							rl = append(rl, c)
						}
						rw[c] += r.n
					}
					for _, l := range left[w] {
						if l.w == int32(w) {
							continue
						}
						c := cls[l.w]
						if lw[c] == 0 {
							ll = append(ll, c)
						}
						lw[c] += l.n
					}
					// remove w from a
					for _, c := range rl {
						ncc[int(a)*C+int(c)] -= rw[c]
					}
					for _, c := range ll {
						ncc[int(c)*C+int(a)] -= lw[c]
					}
					ncc[int(a)*C+int(a)] -= self
					nc[a] -= uni[w]
					// best class: the first maximum, or the current class
					// when it is as good
					delta := func(k int) float64 {
						d := 0.0
						kk := ncc[k*C+k]
						for _, c := range rl {
							if int(c) == k {
								continue
							}
							x := ncc[k*C+int(c)]
							d += f(x+rw[c]) - f(x)
						}
						for _, c := range ll {
							if int(c) == k {
								continue
							}
							x := ncc[int(c)*C+k]
							d += f(x+lw[c]) - f(x)
						}
						d += f(kk+rw[k]+lw[k]+self) - f(kk)
						d -= 2 * (f(nc[k]+uni[w]) - f(nc[k]))
						return d
					}
					search := func(lo, hi int) (float64, int32) {
						best, bestK := math.Inf(-1), int32(lo)
						for k := lo; k < hi; k++ {
							if d := delta(k); d > best {
								best, bestK = d, int32(k)
							}
						}
						return best, bestK
					}
					var best float64
					var bestK int32
					if work := C * (len(rl) + len(ll)); work > 50000 {
						var b2 float64
						var k2 int32
						done := make(chan struct{})
						go func() { b2, k2 = search(C/2, C); close(done) }()
						best, bestK = search(0, C/2)
						<-done
						if b2 > best {
							best, bestK = b2, k2
						}
					} else {
						best, bestK = search(0, C)
					}
					if delta(int(a)) >= best-1e-9 {
						bestK = a
					}
					if bestK != a {
						moved++
					}
					k := bestK
					for _, c := range rl {
						ncc[int(k)*C+int(c)] += rw[c]
					}
					for _, c := range ll {
						ncc[int(c)*C+int(k)] += lw[c]
					}
					// rw[k]/lw[k] were added above with c == k; the self loop now:
					ncc[int(k)*C+int(k)] += self
					nc[k] += uni[w]
					cls[w] = k
					for _, c := range rl {
						rw[c] = 0
					}
					for _, c := range ll {
						lw[c] = 0
					}
				}
				if log != nil {
					obj := 0.0
					for _, x := range ncc {
						obj += f(x)
					}
					for _, x := range nc {
						obj -= 2 * f(x)
					}
					fmt.Fprintf(log, "clusters: C=%d pass %d: %d words moved, objective %.6g [%s]\n", C, it, moved, obj, time.Since(ti).Round(time.Millisecond))
				}
				if moved == 0 {
					break
				}
			}
			out := make([]uint32, nv)
			for w := range out {
				out[w] = uint32(cls[w]) + 1
			}
			result[si] = out
		}(si, C)
	}
	wg.Wait()
	m := make(map[string][]uint32, len(words))
	for i, w := range words {
		ids := make([]uint32, len(sizes))
		for si := range sizes {
			ids[si] = result[si][i+2]
		}
		m[w] = ids
	}
	return m
}
