-- 0001_init: the first schema of the newsgraph store.
--
-- Migrations are append-only: never edit a file once released, add
-- 0002_*.sql instead. Each file runs in one transaction.
--
-- Every child table refers to its article by articles.seq (a small integer)
-- rather than by the long content-hash id, and is deleted with it.
-- Offsets (start/end) are Unicode code points, as in newsgraph.Record.
-- Columns named *_key hold a lower-cased copy of names used for
-- case-insensitive substring search (folded in Go, so non-ASCII works).

CREATE TABLE articles (
    seq         INTEGER PRIMARY KEY,          -- stable rowid, used by articles_fts
    id          TEXT NOT NULL UNIQUE,         -- Record.ID (content hash)
    title       TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    published   TEXT NOT NULL DEFAULT '',     -- YYYY-MM-DD or ''
    text        TEXT NOT NULL DEFAULT '',
    record      TEXT NOT NULL,                -- the full Record as JSON
    ingested_at TEXT NOT NULL                 -- RFC 3339, UTC
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);

CREATE TABLE entities (
    article  INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    id       TEXT NOT NULL,                   -- "E1" ... unique within the article
    type     TEXT NOT NULL DEFAULT '',
    name     TEXT NOT NULL DEFAULT '',
    name_key TEXT NOT NULL DEFAULT '',
    country  TEXT NOT NULL DEFAULT '',
    code     TEXT NOT NULL DEFAULT '',
    place    TEXT,                            -- place id or NULL
    roles    TEXT NOT NULL DEFAULT '[]',      -- JSON array of roles
    PRIMARY KEY (article, id)
);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_code ON entities(code);

CREATE TABLE mentions (
    article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    entity  TEXT NOT NULL,                    -- entity id within the article
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL DEFAULT '',
    kind    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mentions_article ON mentions(article, entity);

CREATE TABLE quotes (
    qid            INTEGER PRIMARY KEY,       -- rowid used by quotes_fts
    article        INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    n              INTEGER NOT NULL,          -- index in Record.Quotes
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    text           TEXT NOT NULL DEFAULT '',
    direct         INTEGER NOT NULL DEFAULT 0,
    speaker        TEXT NOT NULL DEFAULT '',  -- speaker name, '' when unknown
    speaker_key    TEXT NOT NULL DEFAULT '',  -- folded speaker name + entity name
    speaker_entity TEXT,                      -- entity id or NULL
    speaker_start  INTEGER,
    speaker_end    INTEGER,
    cue            TEXT,
    cue_start      INTEGER,
    cue_end        INTEGER,
    date           TEXT NOT NULL DEFAULT '',
    UNIQUE (article, n)
);
CREATE INDEX quotes_direct ON quotes(direct);

CREATE TABLE times (
    article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    n       INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL DEFAULT '',
    type    TEXT NOT NULL DEFAULT '',
    value   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article, n)
);
CREATE INDEX times_value ON times(value);

CREATE TABLE places (
    article     INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    id          TEXT NOT NULL,                -- "P1" ... unique within the article
    name        TEXT NOT NULL DEFAULT '',
    name_key    TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    lat         REAL NOT NULL DEFAULT 0,
    lon         REAL NOT NULL DEFAULT 0,
    geonames_id INTEGER NOT NULL DEFAULT 0,
    feature     TEXT NOT NULL DEFAULT '',
    mentions    TEXT NOT NULL DEFAULT '[]',   -- JSON array of {start,end,text}
    PRIMARY KEY (article, id)
);
CREATE INDEX places_name ON places(name);
CREATE INDEX places_country ON places(country);

CREATE TABLE events (
    eid            INTEGER PRIMARY KEY,
    article        INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    n              INTEGER NOT NULL,          -- index in Record.Events
    code           TEXT NOT NULL DEFAULT '',
    root           TEXT NOT NULL DEFAULT '',
    source_entity  TEXT,                      -- entity id or NULL
    source_name    TEXT NOT NULL DEFAULT '',
    source_code    TEXT NOT NULL DEFAULT '',
    source_key     TEXT NOT NULL DEFAULT '',  -- folded actor name + entity name
    target_entity  TEXT,
    target_name    TEXT NOT NULL DEFAULT '',
    target_code    TEXT NOT NULL DEFAULT '',
    target_key     TEXT NOT NULL DEFAULT '',
    date           TEXT NOT NULL DEFAULT '',  -- as in the record, reduced precision allowed
    date_lo        TEXT,                      -- first day the date covers, YYYY-MM-DD; NULL when not a calendar date
    date_hi        TEXT,                      -- last day the date covers
    date_source    TEXT NOT NULL DEFAULT '',
    place_id       TEXT,
    place_name     TEXT NOT NULL DEFAULT '',
    place_key      TEXT NOT NULL DEFAULT '',
    place_country  TEXT NOT NULL DEFAULT '',
    lat            REAL,
    lon            REAL,
    modality       TEXT NOT NULL DEFAULT '',
    goldstein      REAL NOT NULL DEFAULT 0,
    quad_class     INTEGER NOT NULL DEFAULT 0,
    evidence_start INTEGER NOT NULL DEFAULT 0,
    evidence_end   INTEGER NOT NULL DEFAULT 0,
    evidence_text  TEXT NOT NULL DEFAULT '',
    more_evidence  TEXT NOT NULL DEFAULT '[]', -- JSON array of {start,end}
    UNIQUE (article, n)
);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_root ON events(root);
CREATE INDEX events_source_code ON events(source_code);
CREATE INDEX events_target_code ON events(target_code);
CREATE INDEX events_source_name ON events(source_name);
CREATE INDEX events_target_name ON events(target_name);
CREATE INDEX events_date ON events(date_lo, date_hi);
CREATE INDEX events_place ON events(place_country, place_name);

-- Full-text indexes. Both are external-content tables kept in step by
-- triggers, so the text is stored once.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text,
    content='articles', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker,
    content='quotes', content_rowid='qid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.qid, new.text, new.speaker);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.qid, old.text, old.speaker);
END;
