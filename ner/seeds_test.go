package ner

import (
	"bytes"
	"reflect"
	"testing"
)

// TestSeedsAveraged trains the mean of several runs, with five cluster
// levels (the fifth as gazetteer bits): deterministic, and it still learns
// the toy data.
func TestSeedsAveraged(t *testing.T) {
	opts := Options{Column: 2, Iterations: 5, Seeds: 3, Dev: toyData(),
		Clusters: map[string][]uint32{"paris": {1, 2, 3, 4, 2}, "rome": {1, 2, 4, 4, 2}, "said": {2, 3, 5, 1, 0}}}
	var bufs [2]bytes.Buffer
	var m *Model
	for i := range bufs {
		var err error
		m, err = Train(toyData(), opts)
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Save(&bufs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(bufs[0].Bytes(), bufs[1].Bytes()) {
		t.Error("training with Seeds > 1 is not deterministic")
	}
	m2, err := Load(bytes.NewReader(bufs[0].Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got := m2.Clusters()["paris"]; len(got) != clusterLevels || got[4] != 2 {
		t.Errorf("fifth level not kept: %v", got)
	}
	for _, s := range toyData() {
		if got := m2.Tag(s.Words()); !reflect.DeepEqual(got, s.Column(2)) {
			t.Errorf("tags %v, want %v", got, s.Column(2))
		}
	}
}
