package ner

import (
	"bytes"
	"runtime"
	"testing"
	"time"
)

// loadCost decodes an embedded model afresh (not the cached copy) and
// returns the time it took and the heap bytes the loaded model holds
// (live heap after a GC with the model kept, minus before).
func loadCost(tb testing.TB, gz []byte) (time.Duration, uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	t0 := time.Now()
	m, err := Load(bytes.NewReader(gz))
	d := time.Since(t0)
	if err != nil {
		tb.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(m)
	var held uint64
	if after.HeapAlloc > before.HeapAlloc {
		held = after.HeapAlloc - before.HeapAlloc
	}
	return d, held
}

// TestModelLoadCost checks the budget for each embedded model:
// load under 300 ms and under 150 MB of heap once loaded. The time bound
// is checked loosely (x4) so that a loaded test machine or -race do not
// make it flaky; the figures are logged (go test -v -run LoadCost).
func TestModelLoadCost(t *testing.T) {
	for _, c := range []struct {
		name string
		gz   []byte
	}{{"ner", nerModelGz}, {"pos", posModelGz}} {
		d, held := loadCost(t, c.gz)
		t.Logf("%s: load %v, heap held %.1f MB (%.2f MB compressed)", c.name, d.Round(time.Millisecond), float64(held)/1e6, float64(len(c.gz))/1e6)
		if held > 150e6 {
			t.Errorf("%s: loaded model holds %.1f MB of heap, budget 150 MB", c.name, float64(held)/1e6)
		}
		if d > 4*300*time.Millisecond {
			t.Errorf("%s: load took %v, budget 300 ms", c.name, d)
		}
		if len(c.gz) > 20e6 {
			t.Errorf("%s: embedded model is %.1f MB compressed, budget 20 MB", c.name, float64(len(c.gz))/1e6)
		}
	}
}

func benchLoad(b *testing.B, gz []byte) {
	var held uint64
	var total time.Duration
	for i := 0; i < b.N; i++ {
		var d time.Duration
		d, held = loadCost(b, gz)
		total += d
	}
	b.ReportMetric(float64(total.Microseconds())/1e3/float64(b.N), "ms/load")
	b.ReportMetric(float64(held)/1e6, "MB-held")
}

func BenchmarkLoadNER(b *testing.B) { benchLoad(b, nerModelGz) }
func BenchmarkLoadPOS(b *testing.B) { benchLoad(b, posModelGz) }
