// Package sqlite is newsgraph's embedded store: articles analysed by the
// pipeline are kept as their newsgraph.Record JSON and as relational rows
// (entities, mentions, quotes, times, places, events) with full-text
// indexes over article and quote text, so that facts can be queried across
// a corpus.
//
// It uses modernc.org/sqlite (pure Go). A DB is safe for concurrent use.
// The schema is a sequence of append-only migrations embedded in the binary
// (migrations/*.sql); Open applies the missing ones.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"newsgraph"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is an open newsgraph store.
type DB struct {
	db   *sql.DB
	path string
}

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations sorted by version. File names
// are NNNN_name.sql; versions must be 1, 2, 3 ... without gaps.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("sqlite: bad migration file name %q", base)
		}
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: strings.TrimSuffix(base, ".sql"), sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("sqlite: migration %s out of sequence (want version %d)", m.name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion is the schema version this build of the package writes.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

// dsn builds the driver DSN for a file path: a file: URI (so that odd
// characters in the path are escaped) with the connection pragmas.
func dsn(p string) string {
	var b strings.Builder
	b.WriteString("file:")
	for _, r := range p {
		switch r {
		case '%':
			b.WriteString("%25")
		case '?':
			b.WriteString("%3f")
		case '#':
			b.WriteString("%23")
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString("?_busy_timeout=10000&_foreign_keys=1&_journal_mode=WAL&_synchronous=NORMAL&_txlock=immediate")
	return b.String()
}

// Open opens (creating when needed) the store at path and brings its schema
// up to date. The path ":memory:" opens a private in-memory store.
func Open(ctx context.Context, p string) (*DB, error) {
	if p == "" {
		return nil, newsgraph.Errorf(newsgraph.EInvalid, "sqlite: empty database path")
	}
	var source string
	memory := p == ":memory:"
	if memory {
		source = "file::memory:?_foreign_keys=1&_txlock=immediate"
	} else {
		source = dsn(p)
	}
	sdb, err := sql.Open("sqlite", source)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", p, err)
	}
	if memory {
		// Every connection to :memory: is a different database.
		sdb.SetMaxOpenConns(1)
	}
	db := &DB{db: sdb, path: p}
	if err := db.migrate(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", p, err)
	}
	return db, nil
}

// Close closes the store.
func (db *DB) Close() error {
	if db == nil || db.db == nil {
		return nil
	}
	return db.db.Close()
}

// Path returns the path the store was opened with.
func (db *DB) Path() string { return db.path }

// SQL returns the underlying *sql.DB, for ad-hoc read-only queries and
// tests. Writes should go through PutArticle.
func (db *DB) SQL() *sql.DB { return db.db }

// Version returns the schema version of the open store.
func (db *DB) Version(ctx context.Context) (int, error) {
	var v int
	err := db.db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&v)
	return v, err
}

func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := db.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return err
	}
	for _, m := range ms {
		if err := db.apply(ctx, m, len(ms)); err != nil {
			return err
		}
	}
	return nil
}

// apply runs one migration unless it is already applied; the check and the
// change share one (immediate) transaction, so two processes opening a new
// file at once do not both apply it.
func (db *DB) apply(ctx context.Context, m migration, known int) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var cur int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&cur); err != nil {
		return err
	}
	if cur > known {
		return newsgraph.Errorf(newsgraph.EInvalid, "database schema version %d is newer than this program knows (%d)", cur, known)
	}
	if cur >= m.version {
		return nil
	}
	if cur != m.version-1 {
		return fmt.Errorf("schema at version %d, cannot apply migration %s", cur, m.name)
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)`,
		m.version, m.name, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
}
