-- Conflict Workbench project schema, version 3: annotators, their independent annotation sets,
-- gold marks and trainee scores (codebook section 7).
--
-- Every annotation gets an owner: the annotator whose independent set it belongs to. The empty
-- string is the project's shared set, which is everything that existed before this version and
-- everything a project without annotators ever holds; the single-analyst workflow reads and
-- writes only that set and does not change. "owner" is not the same as the provenance column
-- "annotator", which says who last changed a row (an adjudicator correcting a trainee's set
-- changes the annotator, not the owner).
--
-- ADD COLUMN with a constant default runs on SQLite and PostgreSQL alike and rewrites no row on
-- SQLite. No index: the shared set is read through the article index and filtered, as the
-- sets of one article are small beside the article's rows.

CREATE TABLE annotators (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    added_by TEXT,
    added_at TEXT NOT NULL
);

ALTER TABLE mentions ADD COLUMN owner TEXT NOT NULL DEFAULT '';

ALTER TABLE affiliations ADD COLUMN owner TEXT NOT NULL DEFAULT '';

ALTER TABLE casualties ADD COLUMN owner TEXT NOT NULL DEFAULT '';

ALTER TABLE events ADD COLUMN owner TEXT NOT NULL DEFAULT '';

-- An annotator's set on an article exists from the moment it is started, even while it is
-- empty: "read the article and marked nothing" is then told apart from "never read it", which
-- the agreement measures treat as a missing value. The shared set ('') has no row.
CREATE TABLE annotation_sets (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    owner TEXT NOT NULL,
    started_by TEXT,
    started_at TEXT NOT NULL,
    PRIMARY KEY (article_id, owner)
);

-- At most one gold set per article. gold_owner names the set ('' the shared set, an
-- annotator's name, or '#gold' for a set the adjudicator curated from several); how is
-- 'confirmed' or 'curated'. others_visible = 1 once the adjudicator lets trainees see the
-- other sets of the article (blind until then).
CREATE TABLE gold_marks (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    gold_owner TEXT NOT NULL,
    how TEXT NOT NULL,
    adjudicator TEXT NOT NULL,
    marked_at TEXT NOT NULL,
    others_visible INTEGER NOT NULL
);

-- A trainee's score each time it was computed and differed from the previous one: progress
-- over time. figures is the JSON the report writes (TrainingReport::traineeJson).
CREATE TABLE trainee_scores (
    id INTEGER PRIMARY KEY,
    annotator TEXT NOT NULL,
    scored_at TEXT NOT NULL,
    documents INTEGER NOT NULL,
    strict_f1 DOUBLE PRECISION NOT NULL,
    lenient_f1 DOUBLE PRECISION NOT NULL,
    figures TEXT NOT NULL
);
CREATE INDEX idx_trainee_scores_annotator ON trainee_scores (annotator);
