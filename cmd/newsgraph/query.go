package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode"

	"newsgraph"
	"newsgraph/sqlite"
)

const queryUsage = `query [--db FILE] [--format table|jsonl] WHAT [filters]

WHAT is one of:
  events   [--actor X] [--source X] [--target X] [--code C] [--from D] [--to D] [--place P] [--modality M] [--article ID]
  quotes   [--speaker X] [--words "..."] [--direct] [--article ID]
  articles [--words "..."] [--source S] [--from D] [--to D]
  stats

Every listing also takes --limit N and --offset N. Names match as
case-insensitive substrings; an upper-case code such as USA or RUSGOV
matches CAMEO actor codes by prefix. Dates may be YYYY, YYYY-MM or
YYYY-MM-DD. --words is a full-text search: words are ANDed, "a phrase"
in double quotes, a OR b, prefix*. Field names of --format jsonl are
documented in sqlite/README.md.`

// queryOpts are the flags every query subcommand shares.
type queryOpts struct {
	db, format    string
	limit, offset int
}

func (o *queryOpts) register(fs interface {
	StringVar(*string, string, string, string)
}) {
	fs.StringVar(&o.db, "db", o.db, "database file (default $NEWSGRAPH_DB, else newsgraph.db)")
	fs.StringVar(&o.format, "format", o.format, "output format: table or jsonl")
}

func (m *Main) runQuery(ctx context.Context, args []string) error {
	o := &queryOpts{db: defaultDB(), format: "table", limit: -1}
	fs := m.newFlags("query", queryUsage)
	o.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	rest := fs.Args()
	if len(rest) == 0 {
		fs.Usage()
		return usageError("query: say what to query: events, quotes, articles or stats")
	}
	what, args := rest[0], rest[1:]
	sub := m.newFlags("query "+what, queryUsage)
	o.register(sub)
	if what != "stats" {
		sub.IntVar(&o.limit, "limit", -1, "at most N rows (default 100 with --format table, all with jsonl; 0 = all)")
		sub.IntVar(&o.offset, "offset", 0, "skip the first N rows")
	}
	var run func(*sqlite.DB) error
	var pos []string // positional arguments: search words for quotes and articles
	switch what {
	case "events":
		var f sqlite.EventFilter
		sub.StringVar(&f.Actor, "actor", "", "source or target: name substring, or CAMEO actor code prefix (USA, USAGOV)")
		sub.StringVar(&f.Source, "source", "", "source actor, matched like --actor")
		sub.StringVar(&f.Target, "target", "", "target actor, matched like --actor")
		sub.StringVar(&f.Code, "code", "", "CAMEO event code prefix: 04 (root) or 044; several comma-separated")
		sub.StringVar(&f.From, "from", "", "events dated on or after D (YYYY, YYYY-MM or YYYY-MM-DD)")
		sub.StringVar(&f.To, "to", "", "events dated on or before D")
		sub.StringVar(&f.Place, "place", "", "place name substring or ISO alpha-3 country")
		sub.StringVar(&f.Modality, "modality", "", "asserted, threatened, conditional, negated, planned or reported")
		sub.StringVar(&f.Article, "article", "", "events of one article id")
		run = func(db *sqlite.DB) error {
			f.Limit, f.Offset = o.rowLimit(), o.offset
			rows, err := db.Events(ctx, f)
			if err != nil {
				return queryErr(err)
			}
			return m.printEvents(o, rows)
		}
	case "quotes":
		var f sqlite.QuoteFilter
		sub.StringVar(&f.Speaker, "speaker", "", "speaker name substring")
		sub.StringVar(&f.Words, "words", "", "full-text search in the quote text")
		sub.BoolVar(&f.Direct, "direct", false, "direct quotes (in quotation marks) only")
		sub.StringVar(&f.Article, "article", "", "quotes of one article id")
		run = func(db *sqlite.DB) error {
			f.Limit, f.Offset = o.rowLimit(), o.offset
			if f.Words == "" {
				f.Words = strings.Join(pos, " ")
			}
			rows, err := db.Quotes(ctx, f)
			if err != nil {
				return queryErr(err)
			}
			return m.printQuotes(o, rows)
		}
	case "articles":
		var f sqlite.ArticleFilter
		sub.StringVar(&f.Words, "words", "", "full-text search in title and text")
		sub.StringVar(&f.Source, "source", "", "outlet name substring")
		sub.StringVar(&f.From, "from", "", "published on or after D (YYYY, YYYY-MM or YYYY-MM-DD)")
		sub.StringVar(&f.To, "to", "", "published on or before D")
		run = func(db *sqlite.DB) error {
			f.Limit, f.Offset = o.rowLimit(), o.offset
			if f.Words == "" {
				f.Words = strings.Join(pos, " ")
			}
			rows, err := db.Articles(ctx, f)
			if err != nil {
				return queryErr(err)
			}
			return m.printArticles(o, rows)
		}
	case "stats":
		run = func(db *sqlite.DB) error {
			st, err := db.Stats(ctx)
			if err != nil {
				return err
			}
			return m.printStats(o, st)
		}
	default:
		fs.Usage()
		return usageError("query: unknown %q: want events, quotes, articles or stats", what)
	}
	pos, err := parseInterspersed(sub, args)
	if err != nil {
		return err
	}
	// Positional words are a search for quotes and articles only.
	if len(pos) > 0 && what != "quotes" && what != "articles" {
		return usageError("query %s: unexpected argument %q", what, pos[0])
	}
	if o.format != "table" && o.format != "jsonl" {
		return usageError("query: --format %q: want table or jsonl", o.format)
	}
	if o.db == "" {
		return usageError("query: --db is empty")
	}
	if _, err := os.Stat(o.db); err != nil {
		return usageError("query: no database at %s (create one with newsgraph ingest, or give --db)", o.db)
	}
	db, err := sqlite.Open(ctx, o.db)
	if err != nil {
		return err
	}
	defer db.Close()
	return run(db)
}

// queryErr turns a bad filter value (an EInvalid from the store, such as an
// unreadable date) into a usage error.
func queryErr(err error) error {
	if newsgraph.ErrorCode(err) == newsgraph.EInvalid {
		return usageError("query: %v", err)
	}
	return err
}

// rowLimit resolves the default limit: 100 rows in a table, all in jsonl.
func (o *queryOpts) rowLimit() int {
	if o.limit >= 0 {
		return o.limit
	}
	if o.format == "table" {
		return 100
	}
	return 0
}

// cell makes s fit a table cell: one line, control characters removed,
// at most max code points with "…" marking a cut.
func cell(s string, max int) string {
	var b strings.Builder
	space := false
	n := 0
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			if !space {
				space = true
			}
			continue
		}
		if space {
			b.WriteByte(' ')
			n++
			space = false
		}
		b.WriteRune(r)
		n++
	}
	out := b.String()
	if max > 0 && n > max {
		rs := []rune(out)
		out = strings.TrimRight(string(rs[:max-1]), " ") + "…"
	}
	if out == "" {
		return "-"
	}
	return out
}

// actorCell shows "Name (CODE)".
func actorCell(name, code string) string {
	switch {
	case name == "" && code == "":
		return ""
	case code == "":
		return name
	case name == "":
		return code
	}
	return name + " (" + code + ")"
}

// table writes rows through a tabwriter.
func (m *Main) table(header []string, rows [][]string) error {
	w := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, strings.Join(header, "\t"))
	for _, r := range rows {
		fmt.Fprintln(w, strings.Join(r, "\t"))
	}
	return w.Flush()
}

func writeJSONL[T any](out io.Writer, rows []T) error {
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return w.Flush()
}

// footer tells a table reader that there may be more rows, or none.
func (m *Main) footer(o *queryOpts, n int, what string) {
	if n == 0 {
		fmt.Fprintf(m.Stderr, "no matching %s\n", what)
		return
	}
	if l := o.rowLimit(); l > 0 && n == l {
		fmt.Fprintf(m.Stderr, "showing %d %s from row %d; there may be more (--limit, --offset)\n", n, what, o.offset+1)
	}
}

func (m *Main) printEvents(o *queryOpts, rows []sqlite.EventRow) error {
	if o.format == "jsonl" {
		return writeJSONL(m.Stdout, rows)
	}
	var t [][]string
	for _, r := range rows {
		place := r.PlaceName
		if r.PlaceCountry != "" && place != "" {
			place += " (" + r.PlaceCountry + ")"
		}
		t = append(t, []string{cell(r.Date, 12), cell(r.Code, 6), cell(actorCell(r.SourceName, r.SourceCode), 32),
			cell(actorCell(r.TargetName, r.TargetCode), 32), cell(place, 24), cell(r.Modality, 11),
			strconv.FormatFloat(r.Goldstein, 'f', 1, 64), cell(r.EvidenceText, 60), r.Article})
	}
	if len(t) > 0 {
		if err := m.table([]string{"DATE", "CODE", "SOURCE", "TARGET", "PLACE", "MODALITY", "GOLD", "EVIDENCE", "ARTICLE"}, t); err != nil {
			return err
		}
	}
	m.footer(o, len(rows), "events")
	return nil
}

func (m *Main) printQuotes(o *queryOpts, rows []sqlite.QuoteRow) error {
	if o.format == "jsonl" {
		return writeJSONL(m.Stdout, rows)
	}
	var t [][]string
	for _, r := range rows {
		kind := "reported"
		if r.Direct {
			kind = "direct"
		}
		t = append(t, []string{cell(r.Published, 10), cell(r.Speaker, 28), kind, cell(r.Text, 80), r.Article})
	}
	if len(t) > 0 {
		if err := m.table([]string{"PUBLISHED", "SPEAKER", "KIND", "QUOTE", "ARTICLE"}, t); err != nil {
			return err
		}
	}
	m.footer(o, len(rows), "quotes")
	return nil
}

func (m *Main) printArticles(o *queryOpts, rows []sqlite.ArticleRow) error {
	if o.format == "jsonl" {
		return writeJSONL(m.Stdout, rows)
	}
	var t [][]string
	snippets := false
	for _, r := range rows {
		if r.Snippet != "" {
			snippets = true
		}
	}
	for _, r := range rows {
		row := []string{cell(r.Published, 10), cell(r.Source, 20), cell(r.Title, 60),
			strconv.Itoa(r.Events), strconv.Itoa(r.Quotes), r.ID}
		if snippets {
			row = append(row, cell(r.Snippet, 70))
		}
		t = append(t, row)
	}
	if len(t) > 0 {
		header := []string{"PUBLISHED", "SOURCE", "TITLE", "EVENTS", "QUOTES", "ID"}
		if snippets {
			header = append(header, "MATCH")
		}
		if err := m.table(header, t); err != nil {
			return err
		}
	}
	m.footer(o, len(rows), "articles")
	return nil
}

func (m *Main) printStats(o *queryOpts, st sqlite.Stats) error {
	if o.format == "jsonl" {
		return writeJSONL(m.Stdout, []sqlite.Stats{st})
	}
	t := [][]string{
		{"articles", strconv.Itoa(st.Articles)},
		{"entities", strconv.Itoa(st.Entities)},
		{"mentions", strconv.Itoa(st.Mentions)},
		{"quotes", fmt.Sprintf("%d (%d direct)", st.Quotes, st.DirectQuotes)},
		{"times", strconv.Itoa(st.Times)},
		{"places", strconv.Itoa(st.Places)},
		{"events", strconv.Itoa(st.Events)},
	}
	if st.FirstPublished != "" {
		t = append(t, []string{"published", st.FirstPublished + " .. " + st.LastPublished})
	}
	for _, rc := range st.EventRoots {
		t = append(t, []string{"  root " + cell(rc.Root, 4), strconv.Itoa(rc.Events)})
	}
	t = append(t, []string{"schema", strconv.Itoa(st.SchemaVersion)})
	w := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	for _, r := range t {
		fmt.Fprintln(w, strings.Join(r, "\t"))
	}
	return w.Flush()
}
