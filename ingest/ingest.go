// Package ingest turns files, directories and JSON Lines into Documents:
// it detects HTML, extracts the article body, checks and repairs encodings,
// splits a headline from plain text and gives every article a stable id.
package ingest

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"newsgraph"
)

// MaxInputBytes is the largest single input read. Bigger inputs are refused
// with ETooLarge rather than read into memory.
const MaxInputBytes = 64 << 20

// Input is one article as read from a source, before analysis.
type Input struct {
	Path      string // file it came from ("-" for standard input)
	Line      int    // 1-based line in a JSON Lines file, 0 otherwise
	Title     string // "" when unknown
	Text      string // plain text, when given
	HTML      string // raw HTML, when given (the body is then extracted from it)
	URL       string
	Source    string
	Published time.Time // zero when unknown
	ID        string    // caller-given id; "" to derive one from the text
	Raw       []byte    // undecoded bytes of a file, when read from disk or stdin
	Err       error     // set when the input could not be read; Walk still yields it
}

// Where names the input for messages: "path" or "path:line".
func (in Input) Where() string {
	if in.Line > 0 {
		return fmt.Sprintf("%s:%d", in.Path, in.Line)
	}
	return in.Path
}

// Walk calls fn for every article found in paths, in order: a file is one
// article; a directory is walked recursively in lexical order (hidden files
// skipped); a .jsonl or .ndjson file gives one article per line; "-" reads
// stdin as one article. An unreadable input is passed to fn with Err set, so
// nothing is lost silently. Walk stops at the first error fn returns.
func Walk(paths []string, stdin io.Reader, fn func(Input) error) error {
	for _, p := range paths {
		if p == "-" {
			b, err := readLimited(stdin)
			if err := fn(Input{Path: "-", Raw: b, Err: err}); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			if err := fn(Input{Path: p, Err: newsgraph.Errorf(newsgraph.ENotFound, "%v", err)}); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if err := walkFile(p, fn); err != nil {
				return err
			}
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // unreadable entries are reported below when opened
			}
			name := d.Name()
			if strings.HasPrefix(name, ".") && path != p {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return err
		}
		sort.Strings(files)
		for _, f := range files {
			if err := walkFile(f, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

func walkFile(path string, fn func(Input) error) error {
	if isJSONL(path) {
		return walkJSONL(path, fn)
	}
	f, err := os.Open(path)
	if err != nil {
		return fn(Input{Path: path, Err: newsgraph.Errorf(ENotReadable, "%v", err)})
	}
	defer f.Close()
	b, err := readLimited(f)
	return fn(Input{Path: path, Raw: b, Err: err})
}

// ENotReadable is the code of an input that exists but cannot be read.
const ENotReadable = "unreadable"

func isJSONL(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".jsonl" || ext == ".ndjson"
}

func readLimited(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxInputBytes+1))
	if err != nil {
		return nil, newsgraph.Errorf(ENotReadable, "read: %v", err)
	}
	if len(b) > MaxInputBytes {
		return nil, newsgraph.Errorf(newsgraph.ETooLarge, "input is over %d bytes", MaxInputBytes)
	}
	return b, nil
}

// jsonArticle is one line of a JSON Lines input.
type jsonArticle struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Source    string `json:"source"`
}

func walkJSONL(path string, fn func(Input) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(Input{Path: path, Err: newsgraph.Errorf(ENotReadable, "%v", err)})
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	line := 0
	for {
		b, err := readLine(br)
		if len(b) == 0 && err == io.EOF {
			return nil
		}
		line++
		in := Input{Path: path, Line: line}
		switch {
		case err != nil && err != io.EOF:
			in.Err = err
		case len(bytes.TrimSpace(b)) == 0:
			continue
		default:
			var a jsonArticle
			if jerr := json.Unmarshal(b, &a); jerr != nil {
				in.Err = newsgraph.Errorf(newsgraph.EInvalid, "not a JSON object: %v", jerr)
			} else {
				in.ID, in.Title, in.Text, in.HTML, in.URL, in.Source = a.ID, a.Title, a.Text, a.HTML, a.URL, a.Source
				if a.Published != "" {
					t, perr := ParseDate(a.Published)
					if perr != nil {
						in.Err = perr
					}
					in.Published = t
				}
				if in.Text == "" && in.HTML == "" && in.Err == nil {
					in.Err = newsgraph.Errorf(newsgraph.EInvalid, "no text or html field")
				}
			}
		}
		if ferr := fn(in); ferr != nil {
			return ferr
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line of any length up to MaxInputBytes.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		buf = append(buf, chunk...)
		if len(buf) > MaxInputBytes {
			// drain the rest of the line
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			return []byte{' '}, newsgraph.Errorf(newsgraph.ETooLarge, "line is over %d bytes", MaxInputBytes)
		}
		if err != bufio.ErrBufferFull {
			return buf, err
		}
	}
}

// ParseDate accepts YYYY-MM-DD or RFC 3339.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.DateOnly, time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, newsgraph.Errorf(newsgraph.EInvalid, "date %q is neither YYYY-MM-DD nor RFC 3339", s)
}

// Options control how an Input becomes a Document.
type Options struct {
	Published time.Time                                                              // used when the input carries no date
	Strict    bool                                                                   // refuse text that is not valid UTF-8 instead of repairing it
	HTML      func(html string) (title, text string, published time.Time, err error) // nil: ExtractHTML
}

// Document turns an Input into a Document ready for the pipeline: it decodes
// bytes, extracts HTML, splits the headline from plain text and assigns an id.
func (in Input) Document(opt Options) (*newsgraph.Document, error) {
	if in.Err != nil {
		return nil, in.Err
	}
	doc := &newsgraph.Document{ID: in.ID, Title: in.Title, URL: in.URL, Source: in.Source, Published: in.Published}
	raw := in.Text
	isHTML := in.HTML != ""
	if in.Raw != nil {
		s, notes, err := Decode(in.Raw, opt.Strict)
		if err != nil {
			return nil, err
		}
		doc.Notes = append(doc.Notes, notes...)
		raw = s
		isHTML = LooksLikeHTML(s)
	} else if in.HTML != "" {
		raw = in.HTML
	}
	if !utf8.ValidString(raw) {
		if opt.Strict {
			return nil, newsgraph.Errorf(newsgraph.EInvalid, "text is not valid UTF-8")
		}
		raw = strings.ToValidUTF8(raw, "\uFFFD")
		doc.Notes = append(doc.Notes, "invalid UTF-8 sequences replaced with U+FFFD")
	}
	if isHTML {
		extract := opt.HTML
		if extract == nil {
			extract = ExtractHTML
		}
		title, body, pub, err := extract(raw)
		if err != nil {
			return nil, newsgraph.Errorf(newsgraph.EInvalid, "HTML extraction failed: %v", err)
		}
		if doc.Title == "" {
			doc.Title = title
		}
		if doc.Published.IsZero() {
			doc.Published = pub
		}
		raw = body
	} else if in.Raw != nil && doc.Title == "" {
		doc.Title, raw = splitHeadline(raw)
	}
	doc.Text = CleanText(raw)
	if strings.TrimSpace(doc.Text) == "" {
		return nil, newsgraph.Errorf(newsgraph.EInvalid, "no text to analyse (empty input, or HTML without an article body)")
	}
	if doc.Published.IsZero() {
		doc.Published = opt.Published
	}
	if doc.ID == "" {
		doc.ID = ID(doc.Title, doc.Text)
	}
	return doc, nil
}

// ID is the stable content id of an article: the first 16 hex digits of the
// SHA-256 of its title and text. Re-ingesting the same article gives the same id.
func ID(title, text string) string {
	h := sha256.New()
	io.WriteString(h, title)
	h.Write([]byte{0})
	io.WriteString(h, text)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// splitHeadline takes the first line as the title when it is short, has no
// sentence-final full stop and is followed by a blank line — the layout of
// many plain-text news dumps (BBC, Reuters). Otherwise the text is all body.
func splitHeadline(s string) (string, string) {
	s = strings.TrimLeft(s, "\r\n\t \ufeff")
	nl := strings.IndexByte(s, '\n')
	if nl < 0 {
		return "", s
	}
	first := strings.TrimSpace(s[:nl])
	rest := s[nl+1:]
	if len(first) == 0 || len(first) > 200 || strings.HasSuffix(first, ".") || !strings.HasPrefix(strings.TrimLeft(rest, " \t\r"), "\n") {
		return "", s
	}
	return first, rest
}

// CleanText normalises line ends and strips a byte-order mark and control
// characters (other than newline and tab), trimming surrounding blank space.
// Nothing else is changed: offsets refer to the returned text.
func CleanText(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	if strings.ContainsRune(s, '\r') {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			clean = false
			break
		}
	}
	if !clean {
		s = strings.Map(func(r rune) rune {
			if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
				return -1
			}
			return r
		}, s)
	}
	return strings.TrimSpace(s)
}

// LooksLikeHTML reports whether s starts (after blank space and a BOM) with
// an HTML doctype or tag, or has an <html>, <body>, <article> or <p> element
// early on.
func LooksLikeHTML(s string) bool {
	head := strings.TrimLeft(s, " \t\r\n\ufeff")
	if len(head) > 2048 {
		head = head[:2048]
	}
	low := strings.ToLower(head)
	if strings.HasPrefix(low, "<!doctype html") || strings.HasPrefix(low, "<html") || strings.HasPrefix(low, "<?xml") && strings.Contains(low, "<html") {
		return true
	}
	for _, tag := range []string{"<html", "<body", "<head>", "<article", "<div", "<p>"} {
		if strings.Contains(low, tag) && strings.HasPrefix(low, "<") {
			return true
		}
	}
	return false
}
