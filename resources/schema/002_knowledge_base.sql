-- Conflict Workbench project schema, version 2: the project's own knowledge base.
--
-- The bundled knowledge base ships with the program (resources/kb); these tables hold what a
-- project adds on top of it: its own entries, aliases and standing affiliations. They mirror
-- KbEntry and KbAffiliation (core/kb/kbentry.h). Knowledge-base ids ("jund-al-aqsa") are TEXT
-- and are called kb_id as in mentions.kb_id; the integer id of every row is allocated by the
-- store like every other id. Lists of strings (adjectives, sources) are JSON arrays.
--
-- Knowledge-base changes belong to the project, not to an article, so history is rebuilt
-- with article_id nullable (NULL for project-wide changes) and an annotation_key column for
-- the text id of the knowledge-base entry a row is about. SQLite cannot drop a NOT NULL
-- constraint, so the table is rebuilt (create, copy, drop, rename), which PostgreSQL runs as
-- well. Nothing references history, so the drop needs no foreign-key juggling. The migrator
-- runs all of this in one transaction.

-- One row per entry the project adds. kb_id may equal a bundled id: the project's entry then
-- replaces the bundled one (KnowledgeBase::addEntry).
CREATE TABLE kb_entries (
    id INTEGER PRIMARY KEY,
    kb_id TEXT NOT NULL UNIQUE,
    canonical TEXT NOT NULL,
    type TEXT NOT NULL,
    kind TEXT,
    adjectives TEXT NOT NULL,
    acled_name TEXT,
    governorate TEXT,
    country TEXT,
    area TEXT,
    notes TEXT,
    sources TEXT NOT NULL,
    certainty TEXT NOT NULL,
    added_by TEXT,
    added_at TEXT NOT NULL
);

-- Aliases of an entry, in the order they were added (by id). kb_id names a project entry or a
-- bundled one, which has no row in kb_entries: hence no foreign key.
CREATE TABLE kb_aliases (
    id INTEGER PRIMARY KEY,
    kb_id TEXT NOT NULL,
    alias TEXT NOT NULL,
    added_by TEXT,
    added_at TEXT NOT NULL,
    UNIQUE (kb_id, alias)
);

-- Standing relations between entries (project or bundled ones alike, so no foreign keys).
-- valid_from / valid_to: "2017-01-28", "2015" or NULL when unknown; "from" and "to" are
-- words PostgreSQL reserves.
CREATE TABLE kb_affiliations (
    id INTEGER PRIMARY KEY,
    actor_kb_id TEXT NOT NULL,
    relation TEXT NOT NULL,
    target_kb_id TEXT NOT NULL,
    valid_from TEXT,
    valid_to TEXT,
    former INTEGER NOT NULL,
    certainty TEXT NOT NULL,
    sources TEXT NOT NULL,
    note TEXT,
    added_by TEXT,
    added_at TEXT NOT NULL
);
CREATE INDEX idx_kb_affiliations_actor ON kb_affiliations (actor_kb_id);

CREATE TABLE history_v2 (
    id INTEGER PRIMARY KEY,
    article_id INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    annotation_kind TEXT NOT NULL,
    annotation_id INTEGER NOT NULL,
    annotation_key TEXT,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    annotator TEXT,
    at TEXT NOT NULL
);

INSERT INTO history_v2 (id, article_id, annotation_kind, annotation_id, field, old_value,
                        new_value, annotator, at)
    SELECT id, article_id, annotation_kind, annotation_id, field, old_value, new_value,
           annotator, at
    FROM history;

DROP TABLE history;

ALTER TABLE history_v2 RENAME TO history;

CREATE INDEX idx_history_article ON history (article_id);
CREATE INDEX idx_history_key ON history (annotation_key);
