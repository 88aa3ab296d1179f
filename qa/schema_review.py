"""The store's tables for people in the loop (``qa serve``, :mod:`qa.review`): one migration of
:mod:`qa.store` (appended to its ``MIGRATIONS``; version 3 when written, kept after any migration
merged before it).

Accounts and sessions, verdict overrides with their audit trail, final scores, disputes, review
assignments, blind calibration labels, call facts for the review queue, a full-text index of the
transcripts and covering indexes for the app's call list. The index is a plain FTS5 table keyed by
the transcript's rowid and kept up by triggers that are safe for INSERT OR REPLACE (whose implicit
delete fires no trigger). Nothing here rewrites an existing row: stores upgrade in place.
"""

SCHEMA_REVIEW = """
CREATE TABLE users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    agent_id TEXT,
    password_hash TEXT,
    created TEXT NOT NULL
);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    created TEXT NOT NULL,
    expires TEXT NOT NULL
);
CREATE TABLE overrides (
    call_id TEXT NOT NULL,
    rubric_id TEXT NOT NULL,
    rubric_version TEXT NOT NULL,
    criterion TEXT NOT NULL,
    verdict TEXT NOT NULL,
    machine_verdict TEXT,
    reason TEXT NOT NULL,
    user TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (call_id, rubric_id, rubric_version, criterion)
);
CREATE TABLE final_scores (
    call_id TEXT NOT NULL,
    rubric_id TEXT NOT NULL,
    rubric_version TEXT NOT NULL,
    score REAL,
    band TEXT,
    PRIMARY KEY (call_id, rubric_id, rubric_version)
);
CREATE TABLE audit (
    audit_id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    call_id TEXT,
    criterion TEXT,
    before TEXT,
    after TEXT,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_call ON audit(call_id, at);
CREATE TABLE disputes (
    dispute_id INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id TEXT NOT NULL,
    criterion TEXT NOT NULL,
    user TEXT NOT NULL,
    comment TEXT NOT NULL,
    wanted TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    resolver TEXT,
    resolution TEXT,
    created TEXT NOT NULL,
    resolved TEXT
);
CREATE INDEX disputes_status ON disputes(status, call_id);
CREATE TABLE assignments (
    call_id TEXT PRIMARY KEY,
    analyst TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open',
    assigned_by TEXT NOT NULL,
    assigned_at TEXT NOT NULL,
    done_at TEXT
);
CREATE INDEX assignments_analyst ON assignments(analyst, state);
CREATE TABLE calibration_sessions (
    session_id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    call_ids TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE calibration_labels (
    session_id INTEGER NOT NULL REFERENCES calibration_sessions(session_id) ON DELETE CASCADE,
    analyst TEXT NOT NULL,
    call_id TEXT NOT NULL,
    criterion TEXT NOT NULL,
    verdict TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (session_id, analyst, call_id, criterion)
);
CREATE TABLE call_facts (
    call_id TEXT PRIMARY KEY,
    role_confidence REAL,
    language_probability REAL
);
INSERT INTO call_facts SELECT call_id, json_extract(call_json, '$.roles.confidence'),
    json_extract(call_json, '$.language_probability') FROM calls;
CREATE TRIGGER call_facts_insert AFTER INSERT ON calls BEGIN
    INSERT OR REPLACE INTO call_facts VALUES (NEW.call_id, json_extract(NEW.call_json, '$.roles.confidence'),
        json_extract(NEW.call_json, '$.language_probability'));
END;
CREATE TRIGGER call_facts_update AFTER UPDATE OF call_json ON calls BEGIN
    INSERT OR REPLACE INTO call_facts VALUES (NEW.call_id, json_extract(NEW.call_json, '$.roles.confidence'),
        json_extract(NEW.call_json, '$.language_probability'));
END;
-- A result scored again makes its final score unknown until overrides are applied again (qa.review).
CREATE TRIGGER final_scores_stale AFTER INSERT ON results BEGIN
    DELETE FROM final_scores WHERE call_id = NEW.call_id AND rubric_id = NEW.rubric_id
        AND rubric_version = NEW.rubric_version;
END;
-- Covering indexes for the app's call list: it reads these columns of 10,000s of rows and never
-- the large JSON beside them.
CREATE INDEX results_list ON results(call_id, scored_at, rubric_id, rubric_version, agent_id, date, language,
    band, outcome, score, ticket_id);
CREATE INDEX calls_list ON calls(call_id, agent_id, agent_name, date, language, duration);
CREATE INDEX verdicts_list ON verdicts(call_id, rubric_id, rubric_version, verdict, criterion);
CREATE INDEX verdicts_by_criterion ON verdicts(criterion, verdict, call_id, rubric_id, rubric_version);
CREATE VIRTUAL TABLE transcripts_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
-- fts rowid -> call id, so a search finds its calls without reading the transcripts' text.
CREATE TABLE transcripts_fts_calls (fts_rowid INTEGER PRIMARY KEY, call_id TEXT NOT NULL);
INSERT INTO transcripts_fts(rowid, text) SELECT rowid, text FROM transcripts;
INSERT INTO transcripts_fts_calls SELECT rowid, call_id FROM transcripts;
CREATE TRIGGER transcripts_fts_before_insert BEFORE INSERT ON transcripts BEGIN
    DELETE FROM transcripts_fts WHERE rowid IN (SELECT rowid FROM transcripts WHERE call_id = NEW.call_id);
    DELETE FROM transcripts_fts_calls WHERE fts_rowid IN (SELECT rowid FROM transcripts WHERE call_id = NEW.call_id);
END;
CREATE TRIGGER transcripts_fts_insert AFTER INSERT ON transcripts BEGIN
    DELETE FROM transcripts_fts WHERE rowid = NEW.rowid;
    INSERT INTO transcripts_fts(rowid, text) VALUES (NEW.rowid, NEW.text);
    INSERT OR REPLACE INTO transcripts_fts_calls VALUES (NEW.rowid, NEW.call_id);
END;
CREATE TRIGGER transcripts_fts_update AFTER UPDATE ON transcripts BEGIN
    DELETE FROM transcripts_fts WHERE rowid = OLD.rowid OR rowid = NEW.rowid;
    INSERT INTO transcripts_fts(rowid, text) VALUES (NEW.rowid, NEW.text);
    DELETE FROM transcripts_fts_calls WHERE fts_rowid = OLD.rowid;
    INSERT OR REPLACE INTO transcripts_fts_calls VALUES (NEW.rowid, NEW.call_id);
END;
CREATE TRIGGER transcripts_fts_delete AFTER DELETE ON transcripts BEGIN
    DELETE FROM transcripts_fts WHERE rowid = OLD.rowid;
    DELETE FROM transcripts_fts_calls WHERE fts_rowid = OLD.rowid;
END;
"""

__all__ = ["SCHEMA_REVIEW"]
