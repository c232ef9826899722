-- Conflict Workbench project schema, version 1.
--
-- Runs unchanged on SQLite and PostgreSQL: types INTEGER / BIGINT / TEXT / DOUBLE PRECISION,
-- booleans as INTEGER 0/1, timestamps as ISO 8601 UTC text ("2024-03-22T10:15:00.000Z"),
-- dates as "YYYY-MM-DD", vocabulary values as their codebook spellings. No AUTOINCREMENT:
-- the store allocates ids itself inside the write transaction. "id INTEGER PRIMARY KEY" is
-- the rowid on SQLite (no second B-tree to maintain on bulk inserts) and int4 on PostgreSQL.
-- Column names avoid words PostgreSQL reserves (end, precision, date).
--
-- The migrator splits this file at ';' ending a line and writes schema_version itself, in
-- the same transaction as these statements.

CREATE TABLE schema_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

INSERT INTO schema_meta (key, value) VALUES ('application', 'conflict-workbench');

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    source_path TEXT,
    url TEXT,
    outlet TEXT,
    published TEXT,
    language TEXT,
    encoding TEXT,
    imported_at TEXT
);

CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_cp INTEGER NOT NULL,
    end_cp INTEGER NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX idx_segments_article ON segments (article_id);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_cp INTEGER NOT NULL,
    end_cp INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    canonical TEXT,
    kb_id TEXT,
    status TEXT NOT NULL,
    origin TEXT,
    confidence DOUBLE PRECISION NOT NULL,
    annotator TEXT,
    created_at TEXT,
    updated_at TEXT
);
CREATE INDEX idx_mentions_article ON mentions (article_id);

CREATE TABLE affiliations (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    actor TEXT NOT NULL,
    relation TEXT NOT NULL,
    relation_target TEXT NOT NULL,
    former INTEGER NOT NULL,
    stance TEXT NOT NULL,
    attributed_to TEXT,
    start_cp INTEGER NOT NULL,
    end_cp INTEGER NOT NULL,
    status TEXT NOT NULL,
    origin TEXT,
    confidence DOUBLE PRECISION NOT NULL,
    annotator TEXT,
    created_at TEXT,
    updated_at TEXT
);
CREATE INDEX idx_affiliations_article ON affiliations (article_id);

-- low / best / high are NULL when the text does not give them.
CREATE TABLE casualties (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_cp INTEGER NOT NULL,
    end_cp INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    victim TEXT,
    perpetrator TEXT,
    low BIGINT,
    best BIGINT,
    high BIGINT,
    precision_kind TEXT NOT NULL,
    hedged INTEGER NOT NULL,
    scope TEXT NOT NULL,
    status TEXT NOT NULL,
    origin TEXT,
    confidence DOUBLE PRECISION NOT NULL,
    annotator TEXT,
    created_at TEXT,
    updated_at TEXT
);
CREATE INDEX idx_casualties_article ON casualties (article_id);

-- sources is a JSON array of strings.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_type TEXT,
    sub_event_type TEXT,
    actor1 TEXT,
    assoc_actor1 TEXT,
    actor2 TEXT,
    assoc_actor2 TEXT,
    location TEXT,
    admin1 TEXT,
    geo_precision INTEGER NOT NULL,
    event_date TEXT,
    time_precision INTEGER NOT NULL,
    fatalities INTEGER NOT NULL,
    sources TEXT NOT NULL,
    notes TEXT,
    status TEXT NOT NULL,
    origin TEXT,
    confidence DOUBLE PRECISION NOT NULL,
    annotator TEXT,
    created_at TEXT,
    updated_at TEXT
);
CREATE INDEX idx_events_article ON events (article_id);

-- The casualty figures an event is made of, in the order the event lists them.
CREATE TABLE event_casualties (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    casualty_id INTEGER NOT NULL REFERENCES casualties (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    PRIMARY KEY (event_id, casualty_id)
);
CREATE INDEX idx_event_casualties_casualty ON event_casualties (casualty_id);

-- Every change an analyst makes, written in the same transaction as the change.
-- annotation_id has no foreign key: the history of a deleted annotation stays.
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    annotation_kind TEXT NOT NULL,
    annotation_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    annotator TEXT,
    at TEXT NOT NULL
);
CREATE INDEX idx_history_article ON history (article_id);
