package text

import (
	"strings"
	"testing"
)

func tokTexts(s string) []string {
	toks, _ := New().Segment(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mr Rubio said.", "Mr|Rubio|said|."},
		{"Mr. Smith left.", "Mr.|Smith|left|."},
		{"the U.S. and U.K. agreed", "the|U.S.|and|U.K.|agreed"},
		{"25 per cent of $1.13bn", "25|per|cent|of|$|1.13bn"},
		{"his 50-minute meeting", "his|50-minute|meeting"},
		{"Association of South-east Asian Nations (Asean)", "Association|of|South-east|Asian|Nations|(|Asean|)"},
		{"I wouldn’t characterise it", "I|would|n’t|characterise|it"},
		{"it’s a concept that I’ll take", "it|’s|a|concept|that|I|’ll|take"},
		{"Asean’s 10 members", "Asean|’s|10|members"},
		{"“a new and a different approach”", "“|a|new|and|a|different|approach|”"},
		{"1,000 people at 10:30", "1,000|people|at|10:30"},
		{"AT&T and J. Smith", "AT&T|and|J.|Smith"},
		{"wait...what", "wait|...|what"},
		{"rock 'n' roll", "rock|'|n|'|roll"},
	}
	for _, tc := range tests {
		got := strings.Join(tokTexts(tc.in), "|")
		if got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr Rubio spoke. He left.", []string{"Mr Rubio spoke.", "He left."}},
		{"Dr. No met Mr. Bond. They talked.", []string{"Dr. No met Mr. Bond.", "They talked."}},
		{"He said: “I’ll take it back to the president.” He didn’t elaborate.", []string{"He said: “I’ll take it back to the president.”", "He didn’t elaborate."}},
		{"Profits rose 1.5% in 2004. Sales fell.", []string{"Profits rose 1.5% in 2004.", "Sales fell."}},
		{"First para\nSecond para.", []string{"First para", "Second para."}},
		{"Is it? yes it is.", []string{"Is it? yes it is."}},
		{"", nil},
		{"“Unbalanced. Quote", []string{"“Unbalanced.", "Quote"}},
	}
	for _, tc := range tests {
		_, sents := New().Segment(tc.in)
		var got []string
		for _, s := range sents {
			got = append(got, tc.in[s.Start:s.End])
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestNorm(t *testing.T) {
	toks, _ := New().Segment("“We’re”")
	var norms []string
	for _, tk := range toks {
		norms = append(norms, tk.Norm)
	}
	if got := strings.Join(norms, "|"); got != `"|We|'re|"` {
		t.Errorf("norm = %s", got)
	}
}

func TestOffsetsInvariant(t *testing.T) {
	inputs := []string{"a\xffb c", "“x", "..", "Ünïcödé words—dash – here", "\n\n\t", "a.b.c. D", "’’’", "x-", "-x"}
	for _, in := range inputs {
		toks, sents := New().Segment(in)
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(in) || in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: bad token %+v", in, tk)
			}
			prev = tk.End
		}
		for _, s := range sents {
			if s.FirstToken >= s.EndToken || s.Start != toks[s.FirstToken].Start || s.End != toks[s.EndToken-1].End {
				t.Errorf("%q: bad sentence %+v", in, s)
			}
		}
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"Mr Rubio said “hi”.", "a\xff\xfe", "“", "U.S. Inc. e.g. x"} {
		f.Add(s)
	}
	seg := New()
	f.Fuzz(func(t *testing.T, in string) {
		toks, sents := seg.Segment(in)
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(in) {
				t.Fatalf("bad token %+v", tk)
			}
			prev = tk.End
		}
		next := 0
		for _, s := range sents {
			if s.FirstToken != next || s.EndToken <= s.FirstToken {
				t.Fatalf("sentences do not tile tokens: %+v", s)
			}
			next = s.EndToken
		}
		if next != len(toks) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
		}
	})
}
