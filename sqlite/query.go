package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"newsgraph"
)

// EventFilter selects events. Empty fields do not filter. All string
// matching is case-insensitive unless said otherwise.
type EventFilter struct {
	// Actor matches the source or the target (see Source for how).
	Actor string
	// Source matches the event's source actor: a substring of its name or
	// of its entity's canonical name, or a prefix of its CAMEO actor code
	// ("USA" matches USA, USAGOV, USAMIL ...). Input typed as an upper-case
	// code ("USA", "RUSGOV") matches names only as a whole word, so "USA"
	// does not match "Jerusalem".
	Source string
	// Target matches the event's target actor, like Source.
	Target string
	// Code is a CAMEO event code prefix: "04" selects the root, "044"
	// selects 044 and any sub-codes. Several may be given, comma-separated.
	Code string
	// From and To bound the event date, inclusive; reduced precision is
	// allowed on both sides ("2025", "2025-02", "2025-02-14"). An event
	// matches when the span its date covers overlaps [From, To]: "2025-02"
	// covers 2025-02-01..2025-02-28. Events whose date is not a calendar
	// date are left out when either bound is set.
	From, To string
	// Place matches a substring of the event's place name or, for a
	// three-letter input, the place's ISO alpha-3 country.
	Place string
	// Modality keeps events with exactly this modality ("asserted" ...).
	Modality string
	// Article keeps events of one article id.
	Article string
	// Limit caps the rows returned; 0 means no limit. Offset skips rows.
	Limit, Offset int
}

// EventRow is one stored event with its article's metadata. Its JSON field
// names are part of the `newsgraph query --format jsonl` contract.
type EventRow struct {
	Article       string   `json:"article"` // article id
	Title         string   `json:"title"`
	Published     string   `json:"published"`
	URL           string   `json:"url,omitempty"`
	N             int      `json:"n"` // index in the record's events
	Code          string   `json:"code"`
	Root          string   `json:"root"`
	SourceEntity  *string  `json:"source_entity"`
	SourceName    string   `json:"source_name"`
	SourceCode    string   `json:"source_code"`
	TargetEntity  *string  `json:"target_entity"`
	TargetName    string   `json:"target_name"`
	TargetCode    string   `json:"target_code"`
	Date          string   `json:"date"`
	DateSource    string   `json:"date_source,omitempty"`
	PlaceID       *string  `json:"place_id"`
	PlaceName     string   `json:"place_name"`
	PlaceCountry  string   `json:"place_country"`
	Lat           *float64 `json:"lat"`
	Lon           *float64 `json:"lon"`
	Modality      string   `json:"modality"`
	Goldstein     float64  `json:"goldstein"`
	QuadClass     int      `json:"quad_class"`
	EvidenceStart int      `json:"evidence_start"` // code points into the article text
	EvidenceEnd   int      `json:"evidence_end"`
	EvidenceText  string   `json:"evidence_text"`
}

// QuoteFilter selects quotes.
type QuoteFilter struct {
	// Speaker matches a substring of the speaker's name or of the speaker
	// entity's canonical name (an upper-case code-like input such as "USA"
	// matches whole words only, as in EventFilter).
	Speaker string
	// Words is a full-text search over the quote text (see MatchQuery for
	// the syntax; any input is safe).
	Words string
	// Direct keeps direct quotes (inside quotation marks) only.
	Direct bool
	// Article keeps quotes of one article id.
	Article string
	// Limit caps the rows returned; 0 means no limit. Offset skips rows.
	Limit, Offset int
}

// QuoteRow is one stored quote with its article's metadata.
type QuoteRow struct {
	Article       string  `json:"article"`
	Title         string  `json:"title"`
	Published     string  `json:"published"`
	URL           string  `json:"url,omitempty"`
	N             int     `json:"n"` // index in the record's quotes
	Start         int     `json:"start"`
	End           int     `json:"end"`
	Text          string  `json:"text"`
	Direct        bool    `json:"direct"`
	Speaker       string  `json:"speaker"` // "" when unknown
	SpeakerEntity *string `json:"speaker_entity"`
	Cue           *string `json:"cue"`
	Date          string  `json:"date,omitempty"`
}

// ArticleFilter selects articles.
type ArticleFilter struct {
	// Words is a full-text search over title and text (see MatchQuery).
	// Results are then ordered by relevance.
	Words string
	// Source matches a substring of the outlet name.
	Source string
	// From and To bound the publication date, inclusive, reduced
	// precision allowed; articles without a date are left out when set.
	From, To string
	// Limit caps the rows returned; 0 means no limit. Offset skips rows.
	Limit, Offset int
}

// ArticleRow is one stored article, without its text.
type ArticleRow struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	URL        string `json:"url,omitempty"`
	Source     string `json:"source,omitempty"`
	Published  string `json:"published"`
	IngestedAt string `json:"ingested_at"`
	Chars      int    `json:"chars"` // length of the text in code points
	Entities   int    `json:"entities"`
	Quotes     int    `json:"quotes"`
	Events     int    `json:"events"`
	Snippet    string `json:"snippet,omitempty"` // matching passage, terms in [brackets], with Words only
}

// Stats counts what the store holds.
type Stats struct {
	SchemaVersion  int         `json:"schema_version"`
	Articles       int         `json:"articles"`
	Entities       int         `json:"entities"`
	Mentions       int         `json:"mentions"`
	Quotes         int         `json:"quotes"`
	DirectQuotes   int         `json:"direct_quotes"`
	Times          int         `json:"times"`
	Places         int         `json:"places"`
	Events         int         `json:"events"`
	FirstPublished string      `json:"first_published"` // "" when no article is dated
	LastPublished  string      `json:"last_published"`
	EventRoots     []RootCount `json:"event_roots"` // events per CAMEO root, by root
}

// RootCount is the number of events with one CAMEO root.
type RootCount struct {
	Root   string `json:"root"`
	Events int    `json:"events"`
}

// query is a WHERE clause under construction.
type query struct {
	where []string
	args  []any
}

func (q *query) add(cond string, args ...any) {
	q.where = append(q.where, cond)
	q.args = append(q.args, args...)
}

func (q *query) clause() string {
	if len(q.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(q.where, " AND ")
}

func limitClause(limit, offset int) string {
	if limit <= 0 && offset <= 0 {
		return ""
	}
	if limit <= 0 {
		limit = -1
	}
	if offset < 0 {
		offset = 0
	}
	return fmt.Sprintf(" LIMIT %d OFFSET %d", limit, offset)
}

// maxString is larger than any string a prefix search can match, in the
// BINARY collation, so [p, p+maxString) is the range of strings starting
// with p.
const maxString = string(utf8.MaxRune)

// codeLike reports whether s was typed as an upper-case CAMEO-like code.
func codeLike(s string) bool {
	if len(s) < 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// alnum reports whether s is non-empty ASCII letters and digits.
func alnum(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// wordKey is SQL turning a *_key column into " word word " for whole-word
// matching: names are separated by U+001F and words by spaces.
func wordKey(col string) string {
	return "(' ' || replace(" + col + ", char(31), ' ') || ' ')"
}

// nameCond matches a folded *_key column (and optionally a code column by
// prefix) against user input. It returns "" when x is blank.
func nameCond(keyCol, codeCol, x string) (string, []any) {
	x = strings.TrimSpace(x)
	if x == "" {
		return "", nil
	}
	var conds []string
	var args []any
	if codeLike(x) {
		conds = append(conds, "instr("+wordKey(keyCol)+", ?) > 0")
		args = append(args, " "+fold(x)+" ")
	} else {
		conds = append(conds, "instr("+keyCol+", ?) > 0")
		args = append(args, fold(x))
	}
	if codeCol != "" && alnum(x) {
		p := strings.ToUpper(x)
		conds = append(conds, "("+codeCol+" >= ? AND "+codeCol+" < ?)")
		args = append(args, p, p+maxString)
	}
	return "(" + strings.Join(conds, " OR ") + ")", args
}

// dateBounds turns From/To into inclusive YYYY-MM-DD bounds.
func dateBounds(from, to string) (lo, hi string, err error) {
	if from = strings.TrimSpace(from); from != "" {
		l, _, ok := DateRange(from)
		if !ok {
			return "", "", newsgraph.Errorf(newsgraph.EInvalid, "bad from date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", from)
		}
		lo = l
	}
	if to = strings.TrimSpace(to); to != "" {
		_, h, ok := DateRange(to)
		if !ok {
			return "", "", newsgraph.Errorf(newsgraph.EInvalid, "bad to date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", to)
		}
		hi = h
	}
	return lo, hi, nil
}

const eventCols = `a.id, a.title, a.published, a.url, e.n, e.code, e.root,
	e.source_entity, e.source_name, e.source_code, e.target_entity, e.target_name, e.target_code,
	e.date, e.date_source, e.place_id, e.place_name, e.place_country, e.lat, e.lon,
	e.modality, e.goldstein, e.quad_class, e.evidence_start, e.evidence_end, e.evidence_text`

// Events returns the events matching f, ordered by date (undated last),
// then by article and position in the article.
func (db *DB) Events(ctx context.Context, f EventFilter) ([]EventRow, error) {
	var q query
	if c, a := nameCond("e.source_key", "e.source_code", f.Actor); c != "" {
		c2, a2 := nameCond("e.target_key", "e.target_code", f.Actor)
		q.add("("+c+" OR "+c2+")", append(a, a2...)...)
	}
	if c, a := nameCond("e.source_key", "e.source_code", f.Source); c != "" {
		q.add(c, a...)
	}
	if c, a := nameCond("e.target_key", "e.target_code", f.Target); c != "" {
		q.add(c, a...)
	}
	if codes := strings.TrimSpace(f.Code); codes != "" {
		var conds []string
		var args []any
		for _, c := range strings.Split(codes, ",") {
			if c = strings.ToUpper(strings.TrimSpace(c)); c != "" {
				conds = append(conds, "(e.code >= ? AND e.code < ?)")
				args = append(args, c, c+maxString)
			}
		}
		if len(conds) > 0 {
			q.add("("+strings.Join(conds, " OR ")+")", args...)
		}
	}
	lo, hi, err := dateBounds(f.From, f.To)
	if err != nil {
		return nil, err
	}
	if lo != "" {
		q.add("e.date_hi >= ?", lo)
	}
	if hi != "" {
		q.add("e.date_lo <= ?", hi)
	}
	if p := strings.TrimSpace(f.Place); p != "" {
		c, a := nameCond("e.place_key", "", p)
		if len(p) == 3 && alnum(p) {
			c = "(" + c + " OR e.place_country = ?)"
			a = append(a, strings.ToUpper(p))
		}
		q.add(c, a...)
	}
	if m := strings.TrimSpace(f.Modality); m != "" {
		q.add("e.modality = ?", strings.ToLower(m))
	}
	if f.Article != "" {
		q.add("a.id = ?", f.Article)
	}
	s := `SELECT ` + eventCols + ` FROM events e JOIN articles a ON a.seq = e.article` + q.clause() +
		` ORDER BY e.date_lo IS NULL, e.date_lo, e.date_hi, e.date, a.published, a.seq, e.n` + limitClause(f.Limit, f.Offset)
	rows, err := db.db.QueryContext(ctx, s, q.args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: events: %w", err)
	}
	defer rows.Close()
	out := []EventRow{}
	for rows.Next() {
		var r EventRow
		var srcEnt, tgtEnt, placeID sql.NullString
		var lat, lon sql.NullFloat64
		if err := rows.Scan(&r.Article, &r.Title, &r.Published, &r.URL, &r.N, &r.Code, &r.Root,
			&srcEnt, &r.SourceName, &r.SourceCode, &tgtEnt, &r.TargetName, &r.TargetCode,
			&r.Date, &r.DateSource, &placeID, &r.PlaceName, &r.PlaceCountry, &lat, &lon,
			&r.Modality, &r.Goldstein, &r.QuadClass, &r.EvidenceStart, &r.EvidenceEnd, &r.EvidenceText); err != nil {
			return nil, fmt.Errorf("sqlite: events: %w", err)
		}
		r.SourceEntity, r.TargetEntity, r.PlaceID = strPtr(srcEnt), strPtr(tgtEnt), strPtr(placeID)
		r.Lat, r.Lon = floatPtr(lat), floatPtr(lon)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: events: %w", err)
	}
	return out, nil
}

func strPtr(s sql.NullString) *string {
	if !s.Valid {
		return nil
	}
	v := s.String
	return &v
}

func floatPtr(f sql.NullFloat64) *float64 {
	if !f.Valid {
		return nil
	}
	v := f.Float64
	return &v
}

// Quotes returns the quotes matching f: by relevance when Words is set,
// otherwise by article publication date (undated last), article and
// position.
func (db *DB) Quotes(ctx context.Context, f QuoteFilter) ([]QuoteRow, error) {
	var q query
	from := `quotes q JOIN articles a ON a.seq = q.article`
	order := `a.published = '', a.published, a.seq, q.n`
	if strings.TrimSpace(f.Words) != "" {
		m, ok := MatchQuery(f.Words)
		if !ok {
			return []QuoteRow{}, nil
		}
		from = `quotes_fts f JOIN quotes q ON q.qid = f.rowid JOIN articles a ON a.seq = q.article`
		q.add("quotes_fts MATCH ?", "{text} : ("+m+")")
		order = `f.rank, q.qid`
	}
	if c, a := nameCond("q.speaker_key", "", f.Speaker); c != "" {
		q.add(c, a...)
	}
	if f.Direct {
		q.add("q.direct = 1")
	}
	if f.Article != "" {
		q.add("a.id = ?", f.Article)
	}
	s := `SELECT a.id, a.title, a.published, a.url, q.n, q.start, q.end, q.text, q.direct, q.speaker,
		q.speaker_entity, q.cue, q.date FROM ` + from + q.clause() + ` ORDER BY ` + order + limitClause(f.Limit, f.Offset)
	rows, err := db.db.QueryContext(ctx, s, q.args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: quotes: %w", err)
	}
	defer rows.Close()
	out := []QuoteRow{}
	for rows.Next() {
		var r QuoteRow
		var ent, cue sql.NullString
		if err := rows.Scan(&r.Article, &r.Title, &r.Published, &r.URL, &r.N, &r.Start, &r.End, &r.Text, &r.Direct,
			&r.Speaker, &ent, &cue, &r.Date); err != nil {
			return nil, fmt.Errorf("sqlite: quotes: %w", err)
		}
		r.SpeakerEntity, r.Cue = strPtr(ent), strPtr(cue)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: quotes: %w", err)
	}
	return out, nil
}

// Articles returns the articles matching f: by relevance when Words is set,
// otherwise by publication date (undated last) and ingestion order.
func (db *DB) Articles(ctx context.Context, f ArticleFilter) ([]ArticleRow, error) {
	var q query
	from := `articles a`
	order := `a.published = '', a.published, a.seq`
	snippet := `''`
	if strings.TrimSpace(f.Words) != "" {
		m, ok := MatchQuery(f.Words)
		if !ok {
			return []ArticleRow{}, nil
		}
		from = `articles_fts f JOIN articles a ON a.seq = f.rowid`
		q.add("articles_fts MATCH ?", m)
		order = `f.rank, a.seq`
		snippet = `snippet(articles_fts, 1, '[', ']', '…', 16)`
	}
	if s := strings.TrimSpace(f.Source); s != "" {
		q.add("instr(lower(a.source), ?) > 0", strings.ToLower(s))
	}
	lo, hi, err := dateBounds(f.From, f.To)
	if err != nil {
		return nil, err
	}
	if lo != "" {
		q.add("a.published != '' AND a.published >= ?", lo)
	}
	if hi != "" {
		q.add("a.published != '' AND a.published <= ?", hi)
	}
	s := `SELECT a.id, a.title, a.url, a.source, a.published, a.ingested_at, length(a.text),
		(SELECT count(*) FROM entities x WHERE x.article = a.seq),
		(SELECT count(*) FROM quotes x WHERE x.article = a.seq),
		(SELECT count(*) FROM events x WHERE x.article = a.seq), ` + snippet +
		` FROM ` + from + q.clause() + ` ORDER BY ` + order + limitClause(f.Limit, f.Offset)
	rows, err := db.db.QueryContext(ctx, s, q.args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: articles: %w", err)
	}
	defer rows.Close()
	out := []ArticleRow{}
	for rows.Next() {
		var r ArticleRow
		if err := rows.Scan(&r.ID, &r.Title, &r.URL, &r.Source, &r.Published, &r.IngestedAt, &r.Chars,
			&r.Entities, &r.Quotes, &r.Events, &r.Snippet); err != nil {
			return nil, fmt.Errorf("sqlite: articles: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: articles: %w", err)
	}
	return out, nil
}

// Article returns the stored record of one article, or an error with code
// newsgraph.ENotFound.
func (db *DB) Article(ctx context.Context, id string) (newsgraph.Record, error) {
	var r newsgraph.Record
	var js string
	err := db.db.QueryRowContext(ctx, `SELECT record FROM articles WHERE id = ?`, id).Scan(&js)
	if err == sql.ErrNoRows {
		return r, newsgraph.Errorf(newsgraph.ENotFound, "article %q not found", id)
	}
	if err != nil {
		return r, fmt.Errorf("sqlite: article: %w", err)
	}
	if err := json.Unmarshal([]byte(js), &r); err != nil {
		return r, fmt.Errorf("sqlite: article %s: stored record: %w", id, err)
	}
	return r, nil
}

// Stats counts the store's contents.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	var s Stats
	err := db.db.QueryRowContext(ctx, `SELECT
		(SELECT coalesce(max(version), 0) FROM schema_version),
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM entities),
		(SELECT count(*) FROM mentions),
		(SELECT count(*) FROM quotes),
		(SELECT count(*) FROM quotes WHERE direct = 1),
		(SELECT count(*) FROM times),
		(SELECT count(*) FROM places),
		(SELECT count(*) FROM events),
		(SELECT coalesce(min(published), '') FROM articles WHERE published != ''),
		(SELECT coalesce(max(published), '') FROM articles WHERE published != '')`).Scan(
		&s.SchemaVersion, &s.Articles, &s.Entities, &s.Mentions, &s.Quotes, &s.DirectQuotes, &s.Times,
		&s.Places, &s.Events, &s.FirstPublished, &s.LastPublished)
	if err != nil {
		return s, fmt.Errorf("sqlite: stats: %w", err)
	}
	rows, err := db.db.QueryContext(ctx, `SELECT root, count(*) FROM events GROUP BY root ORDER BY root`)
	if err != nil {
		return s, fmt.Errorf("sqlite: stats: %w", err)
	}
	defer rows.Close()
	s.EventRoots = []RootCount{}
	for rows.Next() {
		var rc RootCount
		if err := rows.Scan(&rc.Root, &rc.Events); err != nil {
			return s, fmt.Errorf("sqlite: stats: %w", err)
		}
		s.EventRoots = append(s.EventRoots, rc)
	}
	return s, rows.Err()
}
