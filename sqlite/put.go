package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"newsgraph"
)

// keyOf joins the folded, distinct, non-empty names into one search key.
func keyOf(names ...string) string {
	var parts []string
	for _, n := range names {
		n = fold(n)
		if n == "" {
			continue
		}
		dup := false
		for _, p := range parts {
			if p == n {
				dup = true
				break
			}
		}
		if !dup {
			parts = append(parts, n)
		}
	}
	// U+001F cannot occur in search input that matters, so a substring never
	// spans two names.
	return strings.Join(parts, "\x1f")
}

func validate(r *newsgraph.Record) error {
	if strings.TrimSpace(r.ID) == "" {
		return newsgraph.Errorf(newsgraph.EInvalid, "sqlite: record has no id")
	}
	return nil
}

// PutArticle stores one analysed article and all its facts in one
// transaction. It is idempotent: when an article with r.ID is already
// stored, nothing is written and added is false.
func (db *DB) PutArticle(ctx context.Context, r newsgraph.Record) (added bool, err error) {
	a, err := db.PutArticles(ctx, []newsgraph.Record{r})
	if err != nil {
		return false, err
	}
	return a[0], nil
}

// PutArticles stores several articles in one transaction, which is much
// faster than one PutArticle each. added[i] reports whether recs[i] was new
// (false when its id was already stored, or appeared earlier in recs). On
// error nothing is written.
func (db *DB) PutArticles(ctx context.Context, recs []newsgraph.Record) (added []bool, err error) {
	return db.writeAll(ctx, recs, "put", func(_ *sql.Tx, w *writer, r *newsgraph.Record, now string) (bool, error) {
		return w.put(ctx, r, now)
	})
}

// ReplaceArticles stores articles like PutArticles, but an article whose id
// is already stored is first deleted with all its facts, so re-analysing a
// corpus with a newer pipeline updates it. replaced[i] reports whether
// recs[i] overwrote a stored article. One transaction for all.
func (db *DB) ReplaceArticles(ctx context.Context, recs []newsgraph.Record) (replaced []bool, err error) {
	return db.writeAll(ctx, recs, "replace", func(tx *sql.Tx, w *writer, r *newsgraph.Record, now string) (bool, error) {
		res, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE id = ?`, r.ID)
		if err != nil {
			return false, err
		}
		n, _ := res.RowsAffected()
		if _, err := w.put(ctx, r, now); err != nil {
			return false, err
		}
		return n > 0, nil
	})
}

// writeAll validates recs, then calls each for every record in one
// transaction; flags[i] is what each returned for recs[i]. On error nothing
// is written. verb names the operation in errors.
func (db *DB) writeAll(ctx context.Context, recs []newsgraph.Record, verb string,
	each func(tx *sql.Tx, w *writer, r *newsgraph.Record, now string) (bool, error)) (flags []bool, err error) {
	for i := range recs {
		if err := validate(&recs[i]); err != nil {
			if len(recs) > 1 || verb == "replace" {
				return nil, fmt.Errorf("record %d: %w", i, err)
			}
			return nil, err
		}
	}
	flags = make([]bool, len(recs))
	if len(recs) == 0 {
		return flags, nil
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sqlite: begin: %w", err)
	}
	defer tx.Rollback()
	w, err := newWriter(ctx, tx)
	if err != nil {
		return nil, err
	}
	defer w.close()
	now := time.Now().UTC().Format(time.RFC3339)
	for i := range recs {
		ok, err := each(tx, w, &recs[i], now)
		if err != nil {
			return nil, fmt.Errorf("sqlite: %s article %s: %w", verb, recs[i].ID, err)
		}
		flags[i] = ok
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: commit: %w", err)
	}
	return flags, nil
}

// DeleteArticle removes an article and all its facts; deleted is false when
// no article has that id.
func (db *DB) DeleteArticle(ctx context.Context, id string) (deleted bool, err error) {
	res, err := db.db.ExecContext(ctx, `DELETE FROM articles WHERE id = ?`, id)
	if err != nil {
		return false, fmt.Errorf("sqlite: delete article %s: %w", id, err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// Has reports whether an article with the given id is stored.
func (db *DB) Has(ctx context.Context, id string) (bool, error) {
	var one int
	err := db.db.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, id).Scan(&one)
	if err == sql.ErrNoRows {
		return false, nil
	}
	return err == nil, err
}

// writer holds the prepared statements of one write transaction.
type writer struct {
	article, entity, mention, quote, tm, place, event *sql.Stmt
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{}
	prep := func(dst **sql.Stmt, q string) error {
		if *dst != nil {
			return nil
		}
		s, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("sqlite: prepare: %w", err)
		}
		*dst = s
		return nil
	}
	steps := []struct {
		dst **sql.Stmt
		q   string
	}{
		{&w.article, `INSERT INTO articles(id, title, url, source, published, text, record, ingested_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING RETURNING seq`},
		{&w.entity, `INSERT INTO entities(article, id, type, name, name_key, country, code, place, roles)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`},
		{&w.mention, `INSERT INTO mentions(article, entity, start, end, text, kind) VALUES (?, ?, ?, ?, ?, ?)`},
		{&w.quote, `INSERT INTO quotes(article, n, start, end, text, direct, speaker, speaker_key, speaker_entity,
			speaker_start, speaker_end, cue, cue_start, cue_end, date)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.tm, `INSERT INTO times(article, n, start, end, text, type, value) VALUES (?, ?, ?, ?, ?, ?, ?)`},
		{&w.place, `INSERT INTO places(article, id, name, name_key, country, lat, lon, geonames_id, feature, mentions)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`},
		{&w.event, `INSERT INTO events(article, n, code, root, source_entity, source_name, source_code, source_key,
			target_entity, target_name, target_code, target_key, date, date_lo, date_hi, date_source,
			place_id, place_name, place_key, place_country, lat, lon, modality, goldstein, quad_class,
			evidence_start, evidence_end, evidence_text, more_evidence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
	}
	for _, s := range steps {
		if err := prep(s.dst, s.q); err != nil {
			w.close()
			return nil, err
		}
	}
	return w, nil
}

func (w *writer) close() {
	for _, s := range []*sql.Stmt{w.article, w.entity, w.mention, w.quote, w.tm, w.place, w.event} {
		if s != nil {
			s.Close()
		}
	}
}

func nullStr(p *string) any {
	if p == nil {
		return nil
	}
	return *p
}

func jsonText(v any, empty string) string {
	b, err := json.Marshal(v)
	if err != nil || string(b) == "null" {
		return empty
	}
	return string(b)
}

// put writes one record; it returns false when the id is already stored.
func (w *writer) put(ctx context.Context, r *newsgraph.Record, now string) (bool, error) {
	full, err := json.Marshal(r)
	if err != nil {
		return false, err
	}
	var seq int64
	err = w.article.QueryRowContext(ctx, r.ID, r.Title, r.URL, r.Source, r.Published, r.Text, string(full), now).Scan(&seq)
	if err == sql.ErrNoRows {
		return false, nil // already stored
	}
	if err != nil {
		return false, err
	}

	entName := map[string]string{}
	for _, e := range r.Entities {
		if _, dup := entName[e.ID]; !dup {
			entName[e.ID] = e.Name
		}
		roles := jsonText(e.Roles, "[]")
		if _, err := w.entity.ExecContext(ctx, seq, e.ID, e.Type, e.Name, fold(e.Name), e.Country, e.Code, nullStr(e.Place), roles); err != nil {
			return false, err
		}
		for _, m := range e.Mentions {
			if _, err := w.mention.ExecContext(ctx, seq, e.ID, m.Start, m.End, m.Text, m.Kind); err != nil {
				return false, err
			}
		}
	}
	entityName := func(id *string) string {
		if id == nil {
			return ""
		}
		return entName[*id]
	}

	for i, q := range r.Quotes {
		var (
			speaker, key          string
			spEnt, spStart, spEnd any
			cue, cueStart, cueEnd any
		)
		if q.Speaker != nil {
			speaker = q.Speaker.Name
			key = keyOf(q.Speaker.Name, entityName(q.Speaker.Entity))
			spEnt, spStart, spEnd = nullStr(q.Speaker.Entity), q.Speaker.Start, q.Speaker.End
		}
		if q.Cue != nil {
			cue, cueStart, cueEnd = q.Cue.Text, q.Cue.Start, q.Cue.End
		}
		if _, err := w.quote.ExecContext(ctx, seq, i, q.Start, q.End, q.Text, q.Direct, speaker, key, spEnt,
			spStart, spEnd, cue, cueStart, cueEnd, q.Date); err != nil {
			return false, err
		}
	}

	for i, t := range r.Times {
		if _, err := w.tm.ExecContext(ctx, seq, i, t.Start, t.End, t.Text, t.Type, t.Value); err != nil {
			return false, err
		}
	}

	places := map[string]*newsgraph.RecPlace{}
	for i := range r.Places {
		p := &r.Places[i]
		if _, dup := places[p.ID]; !dup {
			places[p.ID] = p
		}
		if _, err := w.place.ExecContext(ctx, seq, p.ID, p.Name, fold(p.Name), p.Country, p.Lat, p.Lon, p.GeonamesID,
			p.Feature, jsonText(p.Mentions, "[]")); err != nil {
			return false, err
		}
	}

	for i, e := range r.Events {
		var srcEnt, tgtEnt any
		var srcName, srcCode, srcKey, tgtName, tgtCode, tgtKey string
		if a := e.Source; a != nil {
			srcEnt, srcName, srcCode = nullStr(a.Entity), a.Name, a.Code
			srcKey = keyOf(a.Name, entityName(a.Entity))
		}
		if a := e.Target; a != nil {
			tgtEnt, tgtName, tgtCode = nullStr(a.Entity), a.Name, a.Code
			tgtKey = keyOf(a.Name, entityName(a.Entity))
		}
		var lo, hi any
		if l, h, ok := DateRange(e.Date); ok {
			lo, hi = l, h
		}
		var placeID, lat, lon any
		var placeName, placeCountry string
		if e.Place != nil {
			placeID = *e.Place
			if p := places[*e.Place]; p != nil {
				placeName, placeCountry, lat, lon = p.Name, p.Country, p.Lat, p.Lon
			}
		}
		root := e.Root
		if root == "" { // as newsgraph.Event.Root
			root = e.Code
			if len(root) > 2 {
				root = root[:2]
			}
		}
		if _, err := w.event.ExecContext(ctx, seq, i, e.Code, root, srcEnt, srcName, srcCode, srcKey,
			tgtEnt, tgtName, tgtCode, tgtKey, e.Date, lo, hi, e.DateSource,
			placeID, placeName, fold(placeName), placeCountry, lat, lon, e.Modality, e.Goldstein, e.QuadClass,
			e.Evidence.Start, e.Evidence.End, e.Text, jsonText(e.More, "[]")); err != nil {
			return false, err
		}
	}
	return true, nil
}
