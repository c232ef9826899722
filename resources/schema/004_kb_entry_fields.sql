-- Conflict Workbench project schema, version 4: the knowledge-base fields kb_entries lacked.
--
-- KbEntry carries the ids of a state's army and police (the forces a bare "the army" or
-- "police" in an article set in that state stands for) and how sure its ACLED name is, and
-- `cwb kb import` reads all three (army, police, acled_certainty), but kb_entries had no column
-- for them: the project dropped them when it stored an imported entry. army and police are
-- knowledge-base ids, acled_certainty a certainty as in the certainty column; all are NULL when
-- unknown, as on every entry written before this version. ADD COLUMN without a default
-- rewrites no row on SQLite and runs on PostgreSQL as well.

ALTER TABLE kb_entries ADD COLUMN army TEXT;

ALTER TABLE kb_entries ADD COLUMN police TEXT;

ALTER TABLE kb_entries ADD COLUMN acled_certainty TEXT;
