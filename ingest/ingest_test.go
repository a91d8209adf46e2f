package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsgraph"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		strict  bool
		want    string
		code    string // error code, "" for success
		noteHas string
	}{
		{"utf8", []byte("Mr Rubio’s"), false, "Mr Rubio’s", "", ""},
		{"empty", []byte("  \n"), false, "", newsgraph.EInvalid, ""},
		{"binary", []byte("PK\x03\x04\x00\x00abc"), false, "", newsgraph.EInvalid, ""},
		{"latin1 pound", []byte("cost \xa3600m"), false, "cost £600m", "", "Windows-1252"},
		{"cp1252 quotes", []byte("\x93hi\x94"), false, "“hi”", "", "Windows-1252"},
		{"strict refuses", []byte("cost \xa3600m"), true, "", newsgraph.EInvalid, ""},
		{"utf16le", []byte{0xFF, 0xFE, 'h', 0, 'i', 0}, false, "hi", "", "UTF-16"},
	}
	for _, tc := range tests {
		got, notes, err := Decode(tc.in, tc.strict)
		if tc.code != "" {
			if err == nil || newsgraph.ErrorCode(err) != tc.code {
				t.Errorf("%s: err = %v, want code %s", tc.name, err, tc.code)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%s: got %q, %v; want %q", tc.name, got, err, tc.want)
		}
		if tc.noteHas != "" && !strings.Contains(strings.Join(notes, ";"), tc.noteHas) {
			t.Errorf("%s: notes %q lack %q", tc.name, notes, tc.noteHas)
		}
	}
}

func TestHeadline(t *testing.T) {
	title, body := splitHeadline("Ad sales boost Time Warner profit\n\nQuarterly profits rose.")
	if title != "Ad sales boost Time Warner profit" || !strings.HasPrefix(body, "\nQuarterly") {
		t.Errorf("got %q / %q", title, body)
	}
	title, _ = splitHeadline("THE United States said today.\nHe spoke.")
	if title != "" {
		t.Errorf("body line taken as title: %q", title)
	}
}

func TestDocumentIDStable(t *testing.T) {
	in := Input{Path: "a.txt", Raw: []byte("Title\n\nBody text here.")}
	d1, err := in.Document(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d2, _ := in.Document(Options{})
	if d1.ID != d2.ID || d1.Title != "Title" || d1.Text != "Body text here." {
		t.Errorf("got %+v", d1)
	}
}

func TestHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Rubio meets Lavrov</title></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Rubio meets Lavrov</h1>
<p>US Secretary of State Marco Rubio met Russian Foreign Minister Sergey Lavrov in Kuala Lumpur on Thursday, officials said.</p>
<p>The two men discussed a range of issues including the war in Ukraine and trade tariffs, according to a statement released afterwards by the State Department.</p>
<p>It was their second meeting since Mr Rubio took office in January, and the talks lasted about fifty minutes.</p>
</article><footer>Copyright 2025</footer></body></html>`
	in := Input{Path: "x.html", Raw: []byte(page)}
	doc, err := in.Document(Options{HTML: ExtractHTML})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "Marco Rubio met Russian Foreign Minister") || strings.Contains(doc.Text, "Copyright") || strings.Contains(doc.Text, "<p>") {
		t.Errorf("body = %q", doc.Text)
	}
	if doc.Title != "Rubio meets Lavrov" {
		t.Errorf("title = %q", doc.Title)
	}
	// truncated HTML still gives text or a clear error, never a panic
	_, _ = Input{Path: "t.html", Raw: []byte(page[:len(page)/2])}.Document(Options{HTML: ExtractHTML})
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "b"), 0o755)
	os.WriteFile(filepath.Join(dir, "b", "2.txt"), []byte("two"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("one"), 0o644)
	os.WriteFile(filepath.Join(dir, ".hidden"), []byte("no"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.jsonl"), []byte(`{"title":"T","text":"three","published":"2025-07-10"}`+"\n\n"+`{bad`+"\n"), 0o644)
	var got []string
	err := Walk([]string{dir, filepath.Join(dir, "missing")}, nil, func(in Input) error {
		s := filepath.Base(in.Path)
		if in.Line > 0 {
			s += ":" + in.Text
		}
		if in.Err != nil {
			s += "!" + newsgraph.ErrorCode(in.Err)
		}
		if !in.Published.IsZero() && !in.Published.Equal(time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("published %v", in.Published)
		}
		got = append(got, s)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "a.txt|2.txt|c.jsonl:three|c.jsonl:!invalid|missing!not_found"
	if strings.Join(got, "|") != want {
		t.Errorf("got %s\nwant %s", strings.Join(got, "|"), want)
	}
}
