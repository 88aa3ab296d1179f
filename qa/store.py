"""The results store: one SQLite file that keeps every call, transcript, result and ticket.

By default it lives beside the reports (``<out>/qa.sqlite``); ``--db`` chooses another file. Saving is
an upsert inside a transaction, so running a batch twice leaves one row per call and never a half
written one. The schema is versioned with ``PRAGMA user_version`` and migrated forward on open.

Tables (schema version 4):

- ``batches``: one row per ``qa run`` / ``qa score`` invocation (command, options, counts).
- ``calls``: the whole :class:`qa.model.Call` JSON plus the columns reports filter on (agent, date...).
- ``transcripts``: plain text and ASR facts per call, for exports and search.
- ``rubrics``: every rubric id + version a result was scored with.
- ``results``: one row per (call, rubric id, rubric version): score, band, the full Result JSON.
- ``verdicts`` / ``findings``: the criteria and ticket findings of each result, one row each.
- ``tickets``: the ticket JSON as imported.
- ``failures`` (version 2): calls a batch could not process, with the stage and the message.
- ``results.input_key`` (version 3): a hash of what the result was computed from; ``qa run`` skips
  a call whose stored key matches (same audio, settings and rubric).

Several processes may open the same file at once (two schedulers running ``qa run``): every write
is a ``BEGIN IMMEDIATE`` transaction that waits up to ``BUSY_TIMEOUT`` seconds for the other, and
creating or migrating the schema happens inside one such transaction, which re-reads the version
first, so only one process migrates and the other sees the result.
- version 4, for people in the loop (``qa serve``, :mod:`qa.review`): ``users``, ``sessions``,
  ``overrides``, ``final_scores``, ``audit``, ``disputes``, ``assignments``, ``calibration_sessions``,
  ``calibration_labels``, ``call_facts`` (role confidence, language probability, kept by triggers)
  and the FTS5 index ``transcripts_fts``.

Because the Call JSON is kept, :meth:`Store.calls_for_rescoring` hands stored calls straight to the
scorer: a new rubric version never re-runs speech recognition or diarization.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import orjson

from qa.errors import ConfigError, StoreError
from qa.fileio import private_dir
from qa.model import Call, Finding, Result
from qa.schema_review import SCHEMA_REVIEW

DEFAULT_DB_NAME = "qa.sqlite"
BUSY_TIMEOUT = 60.0  # seconds a writer waits for another process's transaction before giving up

_SCHEMA_V1 = """
CREATE TABLE batches (
    batch_id INTEGER PRIMARY KEY AUTOINCREMENT,
    command TEXT NOT NULL DEFAULT '',
    options TEXT NOT NULL DEFAULT '{}',
    note TEXT NOT NULL DEFAULT '',
    started TEXT NOT NULL,
    finished TEXT,
    ok INTEGER,
    failed INTEGER
);
CREATE TABLE calls (
    call_id TEXT PRIMARY KEY,
    agent_id TEXT,
    agent_name TEXT,
    date TEXT,
    language TEXT,
    duration REAL,
    audio_path TEXT,
    audio_sha256 TEXT,
    ticket_id TEXT,
    batch_id INTEGER REFERENCES batches(batch_id),
    call_json TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE INDEX calls_agent ON calls(agent_id, date);
CREATE TABLE transcripts (
    call_id TEXT PRIMARY KEY REFERENCES calls(call_id) ON DELETE CASCADE,
    engine TEXT,
    model TEXT,
    language TEXT,
    word_count INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE rubrics (
    rubric_id TEXT NOT NULL,
    version TEXT NOT NULL,
    definition TEXT,
    first_seen TEXT NOT NULL,
    PRIMARY KEY (rubric_id, version)
);
CREATE TABLE results (
    call_id TEXT NOT NULL,
    rubric_id TEXT NOT NULL,
    rubric_version TEXT NOT NULL,
    batch_id INTEGER REFERENCES batches(batch_id),
    agent_id TEXT,
    date TEXT,
    language TEXT,
    score REAL,
    band TEXT,
    auto_failed INTEGER NOT NULL DEFAULT 0,
    outcome TEXT,
    ticket_id TEXT,
    ticket_score REAL,
    result_json TEXT NOT NULL,
    scored_at TEXT NOT NULL,
    PRIMARY KEY (call_id, rubric_id, rubric_version)
);
CREATE INDEX results_agent ON results(agent_id, date);
CREATE TABLE verdicts (
    call_id TEXT NOT NULL,
    rubric_id TEXT NOT NULL,
    rubric_version TEXT NOT NULL,
    criterion TEXT NOT NULL,
    section TEXT,
    verdict TEXT NOT NULL,
    weight REAL,
    reason TEXT,
    evidence TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (call_id, rubric_id, rubric_version, criterion)
);
CREATE INDEX verdicts_criterion ON verdicts(criterion, verdict);
CREATE TABLE findings (
    call_id TEXT NOT NULL,
    rubric_id TEXT NOT NULL,
    rubric_version TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    ticket_field TEXT,
    ticket_text TEXT,
    evidence TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (call_id, rubric_id, rubric_version, position)
);
CREATE TABLE tickets (
    ticket_id TEXT PRIMARY KEY,
    agent_id TEXT,
    status TEXT,
    ticket_json TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
"""

# Version 2: calls that failed in a batch (bad file, stage error), so a report can list them.
_SCHEMA_V2 = """
CREATE TABLE failures (
    batch_id INTEGER REFERENCES batches(batch_id),
    call_id TEXT,
    source TEXT,
    stage TEXT,
    message TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX failures_batch ON failures(batch_id);
"""

# Version 3: what a result was computed from (audio or transcript content, settings, rubric), so a
# re-run of ``qa run`` skips the calls it already scored the same way.
_SCHEMA_V3 = """
ALTER TABLE results ADD COLUMN input_key TEXT;
CREATE INDEX results_input ON results(call_id, input_key);
"""

# Version 4: people in the loop (qa/schema_review.py).
# Each entry migrates the schema from version i to i + 1. Append, never edit a released entry.
MIGRATIONS: tuple[str, ...] = (_SCHEMA_V1, _SCHEMA_V2, _SCHEMA_V3, SCHEMA_REVIEW)


@dataclass(frozen=True)
class StoredResult:
    """A stored result with the facts about its call that reports group and filter on."""
    result: Result
    agent_id: str | None
    agent_name: str | None
    date: str | None  # ISO date-time of the call, or of scoring when the call has none
    duration: float | None
    language: str | None
    scored_at: str
    batch_id: int | None
    machine: Result | None = None  # the machine's result when a person changed a verdict (qa.review)

    @property
    def call_id(self) -> str:
        return self.result.call_id

    @property
    def day(self) -> str:
        return (self.date or self.scored_at)[:10]


@dataclass(frozen=True)
class WeekScore:
    """Mean score over one ISO week (``2026-W45``), for trend charts."""
    week: str
    calls: int
    mean_score: float | None


@dataclass(frozen=True)
class AgentInfo:
    agent_id: str
    agent_name: str | None
    calls: int


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def normalise_date(value: Any) -> str | None:
    """An ISO date-time string from a manifest date (date, datetime or text); None if unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day).isoformat(timespec="seconds")
    text = str(value).strip().replace("Z", "+00:00")
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.replace(tzinfo=None).isoformat(timespec="seconds")


def iso_week(date_text: str) -> str:
    year, week, _ = dt.date.fromisoformat(date_text[:10]).isocalendar()
    return f"{year}-W{week:02d}"


def _plain(value: Any) -> Any:
    """JSON for the values YAML manifests and ticket exports carry besides plain JSON types."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot store a {type(value).__name__} in the results store: {value!r:.80}")


def _loads(text: str) -> Any:
    """A stored JSON column back to Python (orjson: a re-scored store reads every call's words)."""
    return orjson.loads(text)


def _json(data: Any) -> str:
    """Compact JSON for a column: orjson (re-scoring saves thousands of results), json for what
    orjson refuses (big integers, keys that are not strings) or hands to ``_plain``'s error."""
    try:
        return orjson.dumps(data, default=_plain, option=_ORJSON_OPTIONS).decode("utf-8")
    except TypeError:  # orjson.JSONEncodeError
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_plain)


# Dates and subclasses go to _plain (isoformat, as json wrote them); NaN becomes null (json wrote
# NaN, which is not JSON and which orjson cannot read back).
_ORJSON_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_SUBCLASS


def _as_dict(obj: Any) -> dict:
    if isinstance(obj, dict):
        return obj
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    raise TypeError(f"cannot store {type(obj).__name__}: it has no to_dict()")


class Store:
    """The SQLite results store. Use as a context manager, or call :meth:`close`.

    Example::

        with Store("reports/qa.sqlite") as store:
            batch = store.start_batch(command="qa score")
            store.save_call(call, batch_id=batch)
            store.save_result(result, batch_id=batch)
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            private_dir(self.path.parent)
            # Owner-only from the first byte (the WAL and shm files take the same mode): it holds
            # raw transcripts with the callers' personal data.
            os.close(os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600))
            # isolation_level=None: transactions are ours (see transaction()), not the driver's guesses.
            self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
            self._depth = 0
            self._db.execute("PRAGMA foreign_keys = ON")
            # WAL + NORMAL: a commit is atomic and durable against crashes of qa, without an fsync
            # per saved call (which made 1,000 saves take a minute); readers never block the writer.
            _retry_busy(lambda: self._db.execute("PRAGMA journal_mode = WAL"))
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the results database ({exc}); "
                             "pass another file with --db or remove this one.") from exc
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the results database: {exc.strerror}; "
                             "choose a writable place with --db.") from exc

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self):
        """All saves inside happen together or not at all; nests. Wrap a big batch in one for speed."""
        if self._depth == 0:
            self._db.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._db.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            self._db.execute("COMMIT")

    @property
    def connection(self) -> sqlite3.Connection:
        """The open SQLite connection, for modules that keep their own tables here (qa.review, qa.serve)."""
        return self._db

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        if self._check_version() == len(MIGRATIONS):
            return  # the common case: no write lock taken
        # Under the write lock, read the version again: another process may have migrated meanwhile.
        with self.transaction():
            version = self._check_version()
            for number in range(version, len(MIGRATIONS)):
                for statement in _statements(MIGRATIONS[number]):
                    self._db.execute(statement)
            self._db.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")

    def _check_version(self) -> int:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path}: schema version {version} was written by a newer qa "
                             f"(this one knows up to {len(MIGRATIONS)}); upgrade qa or use another --db.")
        return version

    # -- writing -----------------------------------------------------------------------------

    def start_batch(self, *, command: str = "", options: dict | None = None, note: str = "",
                    **details: Any) -> int:
        """Record a new batch; ``details`` (inputs, rubric...) are kept with the options."""
        with self.transaction():
            cursor = self._db.execute(
                "INSERT INTO batches (command, options, note, started) VALUES (?, ?, ?, ?)",
                (command, _json({**(options or {}), **details}), note, _now()))
        return int(cursor.lastrowid)

    def save_failure(self, batch_id: int | None, failure: dict) -> None:
        """Record a call the batch could not process (call_id, source, stage, message)."""
        with self.transaction():
            self._db.execute(
                "INSERT INTO failures (batch_id, call_id, source, stage, message, at) VALUES (?, ?, ?, ?, ?, ?)",
                (batch_id, _text(failure.get("call_id")), _text(failure.get("source")),
                 _text(failure.get("stage")), str(failure.get("message", "")), _now()))

    def failures(self, batch_id: int | None = None) -> list[dict]:
        """Failures of one batch, or of the newest batch that has any."""
        if batch_id is None:
            row = self._db.execute("SELECT MAX(batch_id) FROM failures").fetchone()
            batch_id = row[0]
        cursor = self._db.execute("SELECT batch_id, call_id, source, stage, message, at FROM failures"
                                  " WHERE batch_id IS ? ORDER BY rowid", (batch_id,))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r)) for r in cursor]

    def finish_batch(self, batch_id: int, *, ok: int, failed: int) -> None:
        with self.transaction():
            self._db.execute("UPDATE batches SET finished = ?, ok = ?, failed = ? WHERE batch_id = ?",
                             (_now(), ok, failed, batch_id))

    def save_call(self, call: Call, batch_id: int | None = None) -> None:
        """Insert or replace a call and its transcript text."""
        meta = call.metadata or {}
        with self.transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO calls (call_id, agent_id, agent_name, date, language, duration,"
                " audio_path, audio_sha256, ticket_id, batch_id, call_json, saved_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (call.call_id, _text(meta.get("agent_id")), _text(meta.get("agent_name")),
                 normalise_date(meta.get("date")), call.language or _text(meta.get("language")),
                 call.duration, call.audio.path if call.audio else None,
                 call.audio.sha256 if call.audio else None, _text(meta.get("ticket_id")), batch_id,
                 _json(call.to_dict()), _now()))
            self._db.execute(
                "INSERT OR REPLACE INTO transcripts (call_id, engine, model, language, word_count, text)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (call.call_id, _text(call.asr.get("engine")), _text(call.asr.get("model")),
                 call.language, len(call.words), call.text))

    def save_result(self, result: Result, batch_id: int | None = None, *, input_key: str | None = None) -> None:
        """Insert or replace a result with its verdicts and findings (one transaction).

        ``input_key`` says what the result was computed from (see :meth:`scored_inputs`)."""
        self.save_results([result], batch_id, input_key=input_key)

    def save_results(self, results: list[Result], batch_id: int | None = None, *,
                     input_key: str | None = None, dicts: list[dict] | None = None) -> None:
        """:meth:`save_result` for many results in one transaction, each statement run once for all
        of them (re-scoring saves 500 at a time: row by row, the statements' overhead was most of the
        writer's time). ``dicts``: each result's ``to_dict()``, when the caller has them already
        (re-scoring writes them to files too)."""
        if not results:
            return
        dicts = dicts if dicts is not None else [r.to_dict() for r in results]
        latest = {(r.call_id, r.rubric_id, str(r.rubric_version)): (r, d)
                  for r, d in zip(results, dicts)}  # a repeat: the last wins
        keys, results = list(latest), list(latest.values())
        calls = {}
        ids = list({r.call_id for r, _ in results})
        for first in range(0, len(ids), 500):  # SQLite's bound-parameter limit
            part = ids[first:first + 500]
            calls.update((row[0], row[1:]) for row in self._db.execute(
                f"SELECT call_id, agent_id, date, language FROM calls WHERE call_id IN ({','.join('?' * len(part))})",
                part))
        rows, verdicts, findings = [], [], []
        now = _now()
        for key, (result, data) in zip(keys, results):
            call_row = calls.get(result.call_id, (None, None, None))
            meta = result.metadata or {}
            rows.append((*key, batch_id, _text(meta.get("agent_id")) or call_row[0],
                         normalise_date(meta.get("date")) or call_row[1], result.language or call_row[2],
                         result.score, result.band, int(result.auto_failed),
                         result.outcome.outcome if result.outcome else None, result.ticket_id,
                         result.ticket_score, _json(data), now, input_key))
            verdicts += [(*key, v.id, v.section, v.verdict, v.weight, v.reason, _json(shown["evidence"]))
                         for v, shown in zip(result.criteria, data["criteria"])]
            findings += [(*key, i, f.kind, f.severity, f.message, f.ticket_field, f.ticket_text,
                          _json(shown["call_evidence"]))
                         for i, (f, shown) in enumerate(zip(result.findings, data["findings"]))]
        with self.transaction():
            self._db.executemany("INSERT OR IGNORE INTO rubrics (rubric_id, version, first_seen) VALUES (?, ?, ?)",
                                 [(rubric, version, now) for rubric, version in {k[1:] for k in keys}])
            self._db.executemany(
                "INSERT OR REPLACE INTO results (call_id, rubric_id, rubric_version, batch_id, agent_id,"
                " date, language, score, band, auto_failed, outcome, ticket_id, ticket_score,"
                " result_json, scored_at, input_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            self._db.executemany("DELETE FROM verdicts WHERE call_id = ? AND rubric_id = ? AND rubric_version = ?", keys)
            self._db.executemany("DELETE FROM findings WHERE call_id = ? AND rubric_id = ? AND rubric_version = ?", keys)
            self._db.executemany("INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", verdicts)
            self._db.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", findings)

    def save_rubric(self, rubric_id: str, version: str, definition: dict | None = None) -> None:
        """Record a rubric version (with its definition, when given) so old results stay explainable."""
        with self.transaction():
            self._db.execute("INSERT OR IGNORE INTO rubrics (rubric_id, version, first_seen) VALUES (?, ?, ?)",
                             (rubric_id, str(version), _now()))
            if definition is not None:
                self._db.execute("UPDATE rubrics SET definition = ? WHERE rubric_id = ? AND version = ?",
                                 (_json(definition), rubric_id, str(version)))

    def save_ticket(self, ticket: Any) -> None:
        """Insert or replace a ticket (a qa.model Ticket or its dict form)."""
        data = _as_dict(ticket)
        ticket_id = _text(data.get("ticket_id"))
        if not ticket_id:
            raise StoreError(f"cannot store a ticket without a ticket_id: {str(data)[:120]}")
        with self.transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO tickets (ticket_id, agent_id, status, ticket_json, saved_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (ticket_id, _text(data.get("agent_id")), _text(data.get("status")), _json(data), _now()))

    # -- reading -----------------------------------------------------------------------------

    def get_call(self, call_id: str) -> Call | None:
        row = self._db.execute("SELECT call_json FROM calls WHERE call_id = ?", (call_id,)).fetchone()
        return Call.from_dict(_loads(row[0])) if row else None

    def get_ticket(self, ticket_id: str | None) -> dict | None:
        if not ticket_id:
            return None
        row = self._db.execute("SELECT ticket_json FROM tickets WHERE ticket_id = ?", (ticket_id,)).fetchone()
        return _loads(row[0]) if row else None

    def scored_inputs(self) -> set[tuple[str, str]]:
        """(call_id, input_key) of every stored result saved with an input key."""
        return set(self._db.execute("SELECT call_id, input_key FROM results WHERE input_key IS NOT NULL"))

    def result_for_input(self, call_id: str, input_key: str) -> Result | None:
        """The stored result of ``call_id`` computed from exactly ``input_key``, if there is one."""
        row = self._db.execute("SELECT result_json FROM results WHERE call_id = ? AND input_key = ?"
                               " ORDER BY rowid DESC LIMIT 1", (call_id, input_key)).fetchone()
        return Result.from_dict(_loads(row[0])) if row else None

    def call_ids(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT call_id FROM calls ORDER BY call_id")]

    def calls_for_rescoring(self, call_ids: Iterable[str] | None = None, *,
                            segment_words: bool = True) -> Iterator[Call]:
        """Yield stored calls (transcript, speakers, roles) so a new rubric can score them without ASR.

        ``segment_words=False``: a call with utterances comes with its ASR segments' words left out.
        Scoring reads the utterances (the same words, assigned to speakers) and never those, and
        they are half of what loading a call costs."""
        ids = self.call_ids() if call_ids is None else sorted(set(call_ids))
        # Read a few hundred at a time with a fresh query each: no cursor stays open while the
        # caller writes (re-scoring commits as it goes).
        for first in range(0, len(ids), 200):
            chunk = ids[first:first + 200]
            rows = dict(self._db.execute(f"SELECT call_id, call_json FROM calls WHERE call_id IN "
                                         f"({','.join('?' * len(chunk))})", chunk))
            for call_id in chunk:
                if call_id not in rows:  # not a stored call
                    continue
                data = _loads(rows[call_id])
                if not segment_words and data.get("utterances") and isinstance(data.get("segments"), list):
                    data["segments"] = [{**s, "words": []} if isinstance(s, dict) else s for s in data["segments"]]
                yield Call.from_dict(data)

    def ticket_comparisons(self, call_ids: Iterable[str]) -> dict[str, tuple[str, tuple[Finding, ...], float | None]]:
        """(ticket id, findings, ticket score) of each call whose newest result compared it with a
        ticket, for the calls in ``call_ids``: re-scoring keeps them (the ticket did not change).
        The newest result is the one :meth:`results` reports; one query per 500 calls."""
        ids, found = list(call_ids), {}
        for first in range(0, len(ids), 500):
            chunk = ids[first:first + 500]
            rows = self._db.execute(
                "SELECT r.call_id, r.ticket_id, json_extract(r.result_json, '$.findings'), r.ticket_score"
                " FROM results r WHERE r.call_id IN (" + ",".join("?" * len(chunk)) + ") AND r.rowid ="
                " (SELECT r2.rowid FROM results r2 WHERE r2.call_id = r.call_id"
                " ORDER BY r2.scored_at DESC, r2.rowid DESC LIMIT 1) AND r.ticket_id IS NOT NULL AND r.ticket_id != ''",
                chunk)
            for call_id, ticket_id, findings, ticket_score in rows:
                found[call_id] = (ticket_id, tuple(Finding.from_dict(f) for f in _loads(findings or "[]")),
                                  ticket_score)
        return found

    def results(self, *, agent_id: str | None = None, start: str | None = None, end: str | None = None,
                rubric_id: str | None = None, call_id: str | None = None) -> list[StoredResult]:
        """The newest result of each call, oldest call first, filtered by agent, period and rubric.

        ``start`` and ``end`` are ISO dates (inclusive); a call without a date counts on the day it was
        scored.
        """
        sql = ("SELECT r.result_json, COALESCE(r.agent_id, c.agent_id), c.agent_name,"
               " COALESCE(r.date, c.date), c.duration, COALESCE(r.language, c.language), r.scored_at,"
               " r.batch_id FROM results r LEFT JOIN calls c ON c.call_id = r.call_id"
               " WHERE r.rowid = (SELECT r2.rowid FROM results r2 WHERE r2.call_id = r.call_id"
               + (" AND r2.rubric_id = :rubric" if rubric_id else "")
               + " ORDER BY r2.scored_at DESC, r2.rowid DESC LIMIT 1)")
        params: dict[str, Any] = {"rubric": rubric_id}
        if agent_id is not None:
            sql += " AND COALESCE(r.agent_id, c.agent_id) = :agent"
            params["agent"] = agent_id
        if call_id is not None:
            sql += " AND r.call_id = :call"
            params["call"] = call_id
        day = "substr(COALESCE(r.date, c.date, r.scored_at), 1, 10)"
        if start:
            sql += f" AND {day} >= :start"
            params["start"] = _day(start, "--from")
        if end:
            sql += f" AND {day} <= :end"
            params["end"] = _day(end, "--to")
        sql += f" ORDER BY {day}, r.call_id"
        return [StoredResult(Result.from_dict(_loads(row[0])), *row[1:])
                for row in self._db.execute(sql, params)]

    def get_result(self, call_id: str, rubric_id: str | None = None) -> StoredResult | None:
        found = self.results(call_id=call_id, rubric_id=rubric_id)
        return found[0] if found else None

    def agents(self) -> list[AgentInfo]:
        rows = self._db.execute(
            "SELECT COALESCE(r.agent_id, c.agent_id) AS agent, MAX(c.agent_name), COUNT(DISTINCT r.call_id)"
            " FROM results r LEFT JOIN calls c ON c.call_id = r.call_id"
            " WHERE agent IS NOT NULL GROUP BY agent ORDER BY agent")
        return [AgentInfo(*row) for row in rows]

    def weekly_scores(self, *, agent_id: str | None = None, start: str | None = None,
                      end: str | None = None) -> list[WeekScore]:
        """Mean score per ISO week over the newest result of each call (trends over weeks)."""
        weeks: dict[str, list[float | None]] = {}
        for stored in self.results(agent_id=agent_id, start=start, end=end):
            weeks.setdefault(iso_week(stored.day), []).append(stored.result.score)
        out = []
        for week in sorted(weeks):
            scores = [s for s in weeks[week] if s is not None]
            out.append(WeekScore(week, len(weeks[week]), sum(scores) / len(scores) if scores else None))
        return out

    def batches(self) -> list[dict]:
        cursor = self._db.execute("SELECT * FROM batches ORDER BY batch_id")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor]

    def count(self, table: str) -> int:
        if table not in {"batches", "calls", "transcripts", "rubrics", "results", "verdicts", "findings", "tickets",
                         "failures"}:
            raise StoreError(f"no table {table!r} in the results store")
        return self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def _day(value: Any, option: str) -> str:
    """An ISO day (YYYY-MM-DD) from a period bound, or a ConfigError saying how to write one."""
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise ConfigError(f"{option} {value!r}: not a date; write it as YYYY-MM-DD, e.g. 2026-11-01.") from None


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a migration script, one by one (executescript would commit the
    migration's transaction after its first statement)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        raise StoreError(f"incomplete SQL statement in a migration: {pending.strip()[:80]}")


def _retry_busy(action, *, attempts: int = 200, pause: float = 0.05):
    """Run ``action``; retry while SQLite reports the file busy. Switching to WAL needs a moment
    alone with the file and does not always wait through the busy timeout on its own."""
    import time

    for attempt in range(attempts):
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(pause)


def _text(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def default_db(out_dir: str | Path) -> Path:
    """Where the store lives when ``--db`` is not given: beside the reports."""
    return Path(out_dir) / DEFAULT_DB_NAME


__all__ = ["Store", "StoredResult", "WeekScore", "AgentInfo", "MIGRATIONS", "DEFAULT_DB_NAME",
           "default_db", "normalise_date", "iso_week"]
