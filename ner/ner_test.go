package ner

import (
	"bytes"
	"context"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"newsgraph"
	"newsgraph/eval/conll"
)

func TestReadCoNLL(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    [][][]string // sentences of columns
		wantErr bool
	}{
		{"empty", "", nil, false},
		{"one sentence", "EU NNP B-ORG\nrejects VBZ O\n", [][][]string{{{"EU", "rejects"}, {"NNP", "VBZ"}, {"B-ORG", "O"}}}, false},
		{"docstart and blanks", "-DOCSTART- -X- O O\n\nA DT O O\n\n\nB NN O B-LOC\nC NN O I-LOC\n\n",
			[][][]string{{{"A"}, {"DT"}, {"O"}, {"O"}}, {{"B", "C"}, {"NN", "NN"}, {"O", "O"}, {"B-LOC", "I-LOC"}}}, false},
		{"no trailing newline", "x y\nz w", [][][]string{{{"x", "z"}, {"y", "w"}}}, false},
		{"crlf and tabs", "x\ty\r\n\r\nz\tw\r\n", [][][]string{{{"x"}, {"y"}}, {{"z"}, {"w"}}}, false},
		{"ragged", "a b c\nd e\n", nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadCoNLL(strings.NewReader(tc.in))
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if tc.wantErr {
				return
			}
			var cols [][][]string
			for _, s := range got {
				cols = append(cols, s.Columns)
			}
			if !reflect.DeepEqual(cols, tc.want) {
				t.Errorf("got %q, want %q", cols, tc.want)
			}
		})
	}
	s := Sentence{Columns: [][]string{{"a"}, {"DT"}}}
	if s.Len() != 1 || s.Words()[0] != "a" || s.Column(2)[0] != "DT" || s.Column(3) != nil || s.Column(0) != nil {
		t.Error("Sentence accessors")
	}
}

// validIOB2 reports whether every I-X follows B-X or I-X.
func validIOB2(tags []string) bool {
	prev := "O"
	for _, t := range tags {
		if strings.HasPrefix(t, "I-") {
			if prev == "O" || prev[2:] != t[2:] {
				return false
			}
		}
		prev = t
	}
	return true
}

func TestViterbiIOB2Valid(t *testing.T) {
	tags := []string{"B-LOC", "B-MISC", "B-ORG", "B-PER", "I-LOC", "I-MISC", "I-ORG", "I-PER", "O"}
	allowed, iob := iobAllowed(tags)
	if !iob {
		t.Fatal("IOB2 tag set not recognised")
	}
	if _, iob := iobAllowed([]string{"NN", "VB"}); iob {
		t.Error("POS tag set taken for IOB2")
	}
	nt := len(tags)
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 500; trial++ {
		n := 1 + rng.IntN(5)
		em := make([]float32, n*nt)
		for i := range em {
			em[i] = float32(rng.NormFloat64() * 5)
			if strings.HasPrefix(tags[i%nt], "I-") {
				em[i] += 10 // tempt the decoder into invalid I- tags
			}
		}
		trans := make([]float32, (nt+1)*nt)
		for i := range trans {
			trans[i] = float32(rng.NormFloat64())
		}
		path := make([]int, n)
		transT, spread := buildTransT(nil, trans, allowed, nt)
		viterbi(em, transT, spread, n, nt, make([]float32, n*nt), make([]uint8, n*nt), path, nil)
		// brute force: the best valid path has the same score
		if got, want := pathScore(path, em, trans, nt), bestScore(em, trans, allowed, n, nt); math.Abs(float64(got-want)) > 1e-3 {
			t.Fatalf("viterbi score %v, brute force %v", got, want)
		}
		out := make([]string, n)
		for i, p := range path {
			out[i] = tags[p]
		}
		if !validIOB2(out) {
			t.Fatalf("invalid IOB2 path %v", out)
		}
		// the same with every transition allowed (the pruned search)
		all := make([]bool, len(allowed))
		for i := range all {
			all[i] = true
		}
		transT, spread = buildTransT(nil, trans, all, nt)
		viterbi(em, transT, spread, n, nt, make([]float32, n*nt), make([]uint8, n*nt), path, nil)
		if got, want := pathScore(path, em, trans, nt), bestScore(em, trans, all, n, nt); math.Abs(float64(got-want)) > 1e-3 {
			t.Fatalf("pruned viterbi score %v, brute force %v", got, want)
		}
	}
}

func pathScore(path []int, em, trans []float32, nt int) float32 {
	var s float32
	prev := nt
	for i, c := range path {
		s += trans[prev*nt+c] + em[i*nt+c]
		prev = c
	}
	return s
}

// bestScore enumerates all valid paths of short sequences (0 when n > 4).
func bestScore(em, trans []float32, allowed []bool, n, nt int) float32 {
	best := float32(math.Inf(-1))
	var rec func(i, prev int, s float32)
	rec = func(i, prev int, s float32) {
		if i == n {
			best = max(best, s)
			return
		}
		for c := 0; c < nt; c++ {
			if allowed[prev*nt+c] {
				rec(i+1, c, s+trans[prev*nt+c]+em[i*nt+c])
			}
		}
	}
	rec(0, nt, 0)
	return best
}

// toy data: capitalised words after "in" are LOC, after "Mr" PER.
func toyData() []Sentence {
	mk := func(line string) Sentence {
		var w, tg []string
		for _, f := range strings.Fields(line) {
			p := strings.SplitN(f, "/", 2)
			w, tg = append(w, p[0]), append(tg, p[1])
		}
		return Sentence{Columns: [][]string{w, tg}}
	}
	return []Sentence{
		mk("Mr/O Smith/B-PER lives/O in/O Paris/B-LOC ./O"),
		mk("Mr/O Jones/B-PER Brown/I-PER visited/O New/B-LOC York/I-LOC ./O"),
		mk("He/O met/O Mr/O Lee/B-PER in/O London/B-LOC ./O"),
		mk("She/O lives/O in/O Rome/B-LOC ./O"),
	}
}

func TestTrainSaveLoadDeterministic(t *testing.T) {
	opts := Options{Column: 2, Iterations: 5, Clusters: map[string][]uint32{"paris": {1, 2, 3}, "rome": {1, 2, 4}}}
	m1, err := Train(toyData(), opts)
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Train(toyData(), opts)
	if err != nil {
		t.Fatal(err)
	}
	var b1, b2 bytes.Buffer
	if err := m1.Save(&b1); err != nil {
		t.Fatal(err)
	}
	if err := m2.Save(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("training is not deterministic")
	}
	m3, err := Load(bytes.NewReader(b1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range toyData() {
		a, b := m1.Tag(s.Words()), m3.Tag(s.Words())
		if !reflect.DeepEqual(a, b) {
			t.Errorf("loaded model tags %v, trained model %v", b, a)
		}
		if !reflect.DeepEqual(a, s.Column(2)) {
			t.Errorf("toy model tags %v, want %v", a, s.Column(2))
		}
	}
	if got := m1.Tag([]string{"Mr", "Green", "in", "Berlin"}); !validIOB2(got) || len(got) != 4 {
		t.Errorf("toy generalisation: %v", got)
	}
	if _, err := Load(bytes.NewReader(b1.Bytes()[:len(b1.Bytes())/2])); err == nil {
		t.Error("truncated model loaded without error")
	}
	if _, err := Load(strings.NewReader("not a model")); err == nil {
		t.Error("garbage loaded without error")
	}
	if _, err := Train(nil, opts); err == nil {
		t.Error("Train(nil) succeeded")
	}
	if _, err := Train(toyData(), Options{Column: 5}); err == nil {
		t.Error("Train on a missing column succeeded")
	}
	if got := m1.Tag(nil); len(got) != 0 {
		t.Errorf("Tag(nil) = %v", got)
	}
}

func TestEmbeddedModelsLoad(t *testing.T) {
	n, err := LoadNER()
	if err != nil {
		t.Fatal(err)
	}
	p, err := LoadPOS()
	if err != nil {
		t.Fatal(err)
	}
	if n2, _ := LoadNER(); n2 != n {
		t.Error("LoadNER does not cache")
	}
	if len(n.Tags()) != 9 || n.Column() != 4 || p.Column() != 2 {
		t.Errorf("NER tags %v column %d, POS column %d", n.Tags(), n.Column(), p.Column())
	}
	for _, words := range [][]string{
		{"I-"}, {"", "", ""}, {"\u00e9t\u00e9", "Zo\u00eb", "\u65e5\u672c"}, strings.Fields("THE United States said on Monday"),
	} {
		if got := n.Tag(words); len(got) != len(words) || !validIOB2(got) {
			t.Errorf("Tag(%q) = %v", words, got)
		}
		if got := p.Tag(words); len(got) != len(words) {
			t.Errorf("POS Tag(%q) = %v", words, got)
		}
	}
}

// doc builds a document from space-separated tokens, one sentence per line.
func doc(text string) *newsgraph.Document {
	d := &newsgraph.Document{Text: text}
	pos := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		s := newsgraph.Sentence{FirstToken: len(d.Tokens)}
		off := pos
		for _, f := range strings.Fields(line) {
			i := strings.Index(text[off:], f) + off
			norm := strings.NewReplacer("\u2019", "'", "\u201c", "\"", "\u201d", "\"").Replace(f)
			d.Tokens = append(d.Tokens, newsgraph.Token{Span: newsgraph.Span{Start: i, End: i + len(f)}, Text: f, Norm: norm})
			off = i + len(f)
		}
		s.EndToken = len(d.Tokens)
		s.Span = newsgraph.Span{Start: pos, End: pos + len(line)}
		d.Sentences = append(d.Sentences, s)
		pos += len(line)
	}
	return d
}

func TestDropTitles(t *testing.T) {
	tests := []struct{ words, tags, want string }{
		{"Mr Starmer spoke", "B-PER I-PER O", "O B-PER O"},
		{"Mr. Smith", "B-PER I-PER", "O B-PER"},
		{"Mr Big", "B-PER O", "B-PER O"},
		{"Tony Blair", "B-PER I-PER", "B-PER I-PER"},
		{"Dr No Way", "B-MISC I-MISC I-MISC", "B-MISC I-MISC I-MISC"},
	}
	for _, tc := range tests {
		tags := strings.Fields(tc.tags)
		dropTitles(strings.Fields(tc.words), tags)
		if got := strings.Join(tags, " "); got != tc.want {
			t.Errorf("dropTitles(%q, %q) = %q, want %q", tc.words, tc.tags, got, tc.want)
		}
	}
}

func TestStages(t *testing.T) {
	n, err := LoadNER()
	if err != nil {
		t.Fatal(err)
	}
	p, err := LoadPOS()
	if err != nil {
		t.Fatal(err)
	}
	pl, err := newsgraph.NewPipeline(
		newsgraph.StageFunc{StageName: "tok", Adds: []newsgraph.Layer{newsgraph.LayerSentences, newsgraph.LayerTokens},
			Fn: func(context.Context, *newsgraph.Document) error { return nil }},
		NewPOSStage(p), NewNERStage(n))
	if err != nil {
		t.Fatal(err)
	}
	d := doc("Mr Rubio met Sergei Lavrov in Kuala Lumpur on Thursday .\nThe Asean bloc \u2019s ministers praised the European Union .\nFifa president Gianni Infantino met Mr Starmer in London .\n")
	d.Mentions = []newsgraph.Mention{{Span: newsgraph.Span{Start: 3, End: 8}, Source: "other", Entity: -1}}
	if err := pl.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range d.Mentions {
		if m.Source != "ner" {
			continue
		}
		if m.Text != d.Text[m.Start:m.End] || m.Kind != newsgraph.Name || m.Entity != -1 || !strings.HasSuffix(m.Text, m.Head) {
			t.Errorf("bad mention %+v", m)
		}
		typ := string(m.Type) + ":"
		if m.Text == "Asean" {
			typ = "" // ORG or MISC ("the Asean bloc") are both defensible
		}
		got = append(got, typ+m.Text)
	}
	want := []string{"PERSON:Rubio", "PERSON:Sergei Lavrov", "LOC:Kuala Lumpur", "Asean", "ORG:European Union",
		"ORG:Fifa", "PERSON:Gianni Infantino", "PERSON:Starmer", "LOC:London"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mentions %q, want %q", got, want)
		for _, tk := range d.Tokens {
			t.Logf("%s/%s/%s", tk.Text, tk.POS, tk.NER)
		}
	}
	for i := 1; i < len(d.Mentions); i++ {
		if d.Mentions[i].Start < d.Mentions[i-1].Start {
			t.Error("mentions not sorted by Start")
		}
	}
	for _, tk := range d.Tokens {
		if tk.POS == "" || tk.NER == "" {
			t.Errorf("token %q untagged", tk.Text)
		}
	}
	if d.Tokens[1].POS != "NNP" || d.Tokens[2].POS != "VBD" {
		t.Errorf("POS of Rubio met = %s %s", d.Tokens[1].POS, d.Tokens[2].POS)
	}
	// a canceled context stops the stage
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := NewNERStage(n).Process(ctx, doc("Paris .")); err == nil {
		t.Error("canceled context: want error")
	}
}

// dataDir is ../shared/data relative to the repository root.
func dataDir(t testing.TB) string {
	dir := filepath.Join("..", "..", "shared", "data", "conll2003")
	if _, err := os.Stat(filepath.Join(dir, "eng.testa")); err != nil {
		t.Skipf("CoNLL-2003 data not found at %s (needs ../shared/data next to the repository): %v", dir, err)
	}
	return dir
}

func readDev(t testing.TB) []Sentence {
	s, err := ReadCoNLLFile(filepath.Join(dataDir(t), "eng.testa"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Floors measured on eng.testa with the committed models, minus a margin.
const (
	nerF1Floor  = 0.92
	posAccFloor = 0.95
)

func TestEmbeddedNEROnDev(t *testing.T) {
	dev := readDev(t)
	m, err := LoadNER()
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Evaluate(m, dev, 4)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	sc.Report(&b)
	t.Logf("eng.testa:\n%s", b.String())
	if f := sc.Overall.F1(); f < nerF1Floor {
		t.Errorf("NER F1 %.4f below floor %.2f", f, nerF1Floor)
	}
	// every predicted sequence is valid IOB2
	for _, s := range dev[:500] {
		if tags := m.Tag(s.Words()); !validIOB2(tags) {
			t.Fatalf("invalid IOB2 output %v", tags)
		}
	}
}

// News headlines are set in Title Case and a lead may start "THE United
// States ..."; the model is trained with such recased copies (Options.Augment).
func TestEmbeddedNERRecasedDev(t *testing.T) {
	dev := readDev(t)
	m, err := LoadNER()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		floor float64
		f     func(i int, w string) string
	}{
		{"Title Case", 0.87, func(_ int, w string) string { return titleWord(w) }},
		{"first word in capitals", 0.91, func(i int, w string) string {
			if i == 0 {
				return strings.ToUpper(w)
			}
			return w
		}},
	} {
		var sents []Sentence
		for _, s := range dev {
			w := make([]string, s.Len())
			for i, x := range s.Words() {
				w[i] = tc.f(i, x)
			}
			cols := append([][]string{w}, s.Columns[1:]...)
			sents = append(sents, Sentence{Columns: cols})
		}
		sc, err := Evaluate(m, sents, 4)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: F1 %.4f", tc.name, sc.Overall.F1())
		if f := sc.Overall.F1(); f < tc.floor {
			t.Errorf("%s: F1 %.4f below floor %.2f", tc.name, f, tc.floor)
		}
	}
}

func TestEmbeddedPOSOnDev(t *testing.T) {
	dev := readDev(t)
	m, err := LoadPOS()
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Evaluate(m, dev, 2)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("eng.testa POS accuracy %.4f", sc.Accuracy())
	if a := sc.Accuracy(); a < posAccFloor {
		t.Errorf("POS accuracy %.4f below floor %.2f", a, posAccFloor)
	}
}

var _ = conll.Chunks

func benchTag(b *testing.B, load func() (*Model, error)) {
	dev := readDev(b)
	m, err := load()
	if err != nil {
		b.Fatal(err)
	}
	tokens := 0
	for _, s := range dev {
		tokens += s.Len()
	}
	out := make([]int, 0, 256)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		for _, s := range dev {
			out = m.TagIndices(out[:0], s.Words())
		}
	}
	cpu := cpuSeconds() - cpu0
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		// wall-clock throughput suffers when other processes load the
		// machine; this is the throughput per CPU second used.
		b.ReportMetric(float64(tokens)*float64(b.N)/cpu, "tokens/cpu-s")
	}
}

func BenchmarkTagNER(b *testing.B) { benchTag(b, LoadNER) }
func BenchmarkTagPOS(b *testing.B) { benchTag(b, LoadPOS) }

func TestTrainFilesAndOptions(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for _, s := range toyData() {
		for i, w := range s.Words() {
			b.WriteString(w + " X " + s.Column(2)[i] + "\n")
		}
		b.WriteString("\n")
	}
	path := filepath.Join(dir, "toy.conll")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var log strings.Builder
	m, err := TrainFiles(path, path, 3, Options{Iterations: 3, Augment: true}, &log)
	if err != nil {
		t.Fatal(err)
	}
	if m.Column() != 3 || !strings.Contains(log.String(), "dev F1") || !strings.Contains(log.String(), "augmentation adds 1") {
		t.Errorf("column %d, log:\n%s", m.Column(), log.String())
	}
	if _, err := TrainFiles(filepath.Join(dir, "missing"), "", 2, Options{}, nil); err == nil {
		t.Error("missing file: want error")
	}
	o := DefaultOptions()
	if !o.Augment || len(o.Clusters) < 10000 {
		t.Errorf("DefaultOptions: augment %v, %d cluster words", o.Augment, len(o.Clusters))
	}
	if ids := o.Clusters["london"]; len(ids) < 3 || ids[0] == 0 {
		t.Errorf("clusters of london = %v", ids)
	}
}

func TestAugment(t *testing.T) {
	s := Sentence{Columns: [][]string{
		strings.Fields("Mr. Smith of NATO met Dr. Who in OSLO"),
		strings.Fields("O B-PER O B-ORG O O B-PER O B-LOC"),
	}}
	headline := Sentence{Columns: [][]string{strings.Fields("NATO MEETS IN OSLO"), strings.Fields("B-ORG O O B-LOC")}}
	out := augment([]Sentence{s, toyData()[0], headline, toyData()[3]}, 2)
	var got []string
	for _, o := range out {
		got = append(got, strings.Join(o.Words(), " "))
	}
	want := []string{
		"Mr Smith of Nato met Dr Who in Oslo", // British style
		"Mr Smith Lives In Paris .",           // every fifth sentence, from the second: Title Case
		"SHE lives in Rome .",                 // every fifth, from the fourth: first word in capitals
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("augment = %q, want %q", got, want)
	}
	if s.Words()[0] != "Mr." {
		t.Error("augment modified its input")
	}
}

func TestInduceClusters(t *testing.T) {
	var sents [][]string
	for i := 0; i < 30; i++ {
		sents = append(sents,
			strings.Fields("the cat sat on the mat"),
			strings.Fields("the dog sat on the rug"),
			strings.Fields("a cat ran to a rug"),
			strings.Fields("a dog ran to a mat"),
			strings.Fields("In 1996 prices rose"),
		)
	}
	a := InduceClusters(sents, []int{2, 4}, 3, 5, nil)
	b := InduceClusters(sents, []int{2, 4}, 3, 5, nil)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("InduceClusters is not deterministic")
	}
	if len(a["cat"]) != 2 || a["cat"][0] == 0 {
		t.Fatalf("clusters of cat: %v", a["cat"])
	}
	if !reflect.DeepEqual(a["cat"], a["dog"]) || !reflect.DeepEqual(a["mat"], a["rug"]) {
		t.Errorf("cat %v dog %v mat %v rug %v: words with the same contexts should share classes", a["cat"], a["dog"], a["mat"], a["rug"])
	}
	if _, ok := a["0000"]; !ok || ClusterWord("In") != "in" {
		t.Errorf("ClusterWord keys: %v", a)
	}
}
