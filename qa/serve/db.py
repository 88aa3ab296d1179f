"""The review app's queries on the results store: the call list with full-text search and filters,
the review queue with assignments, and blind calibration sessions.

The call list reads the indexed columns of ``results`` (and ``final_scores`` for calls a person
changed) and never parses a result's JSON, so it stays fast on tens of thousands of calls; the
search is SQLite FTS5 over the transcripts (``transcripts_fts``, kept by triggers, schema v3).
"""
from __future__ import annotations

import json
import re
import statistics
from dataclasses import dataclass, field
from itertools import combinations
from typing import Callable

from qa.calibrate import Label, calibrate, kappa, krippendorff_alpha
from qa.errors import ConfigError
from qa.model import VERDICTS
from qa.review import DECISIONS, audit, now
from qa.store import Store, _day

PAGE_SIZE = 50
MARK_START, MARK_END = "\x02", "\x03"  # snippet markers; the template turns them into <mark> after escaping


@dataclass(frozen=True)
class CallFilters:
    """What the call list is narrowed to; every field is optional."""
    q: str = ""  # full-text search over transcripts
    agent: str = ""
    start: str = ""
    end: str = ""
    band: str = ""
    criterion: str = ""
    verdict: str = ""  # with criterion: the final verdict it must have
    language: str = ""
    outcome: str = ""
    findings: bool = False  # has ticket findings
    needs_review: bool = False  # a "review" verdict nobody has decided yet
    page: int = 1

    @classmethod
    def from_query(cls, params) -> "CallFilters":
        def text(name: str) -> str:
            return str(params.get(name) or "").strip()[:200]
        page = text("page")
        return cls(text("q"), text("agent"), text("start"), text("end"), text("band"), text("criterion"),
                   text("verdict"), text("language"), text("outcome"), bool(params.get("findings")),
                   bool(params.get("needs_review")), int(page) if page.isdigit() and int(page) > 0 else 1)


@dataclass(frozen=True)
class CallRow:
    """One line of the app's call list."""
    call_id: str
    agent_id: str | None
    agent_name: str | None
    date: str
    language: str | None
    duration: float | None
    score: float | None  # final (a person's overrides applied)
    band: str
    machine_score: float | None
    machine_band: str
    outcome: str | None
    ticket_id: str | None
    findings: int
    reviews: int  # undecided "review" verdicts
    snippet: str = ""  # the matching words, with MARK_START / MARK_END around each hit

    @property
    def changed(self) -> bool:
        return self.score != self.machine_score or self.band != self.machine_band


@dataclass(frozen=True)
class CallList:
    rows: tuple[CallRow, ...]
    total: int
    page: int
    pages: int
    filters: CallFilters


_NEWEST = ("r.rowid = (SELECT r2.rowid FROM results r2 WHERE r2.call_id = r.call_id"
           " ORDER BY r2.scored_at DESC, r2.rowid DESC LIMIT 1)")
_KEY = "v.call_id = r.call_id AND v.rubric_id = r.rubric_id AND v.rubric_version = r.rubric_version"
_OVERRIDE = ("LEFT JOIN overrides o ON o.call_id = v.call_id AND o.rubric_id = v.rubric_id"
             " AND o.rubric_version = v.rubric_version AND o.criterion = v.criterion")
_DAY = "substr(COALESCE(r.date, c.date, r.scored_at), 1, 10)"
_SELECT = (
    "SELECT r.call_id, COALESCE(r.agent_id, c.agent_id), c.agent_name, " + _DAY + ","
    " COALESCE(r.language, c.language), c.duration, CASE WHEN f.call_id IS NULL THEN r.score ELSE f.score END,"
    " COALESCE(f.band, r.band), r.score, r.band, r.outcome, r.ticket_id,"
    " (SELECT COUNT(*) FROM findings v WHERE " + _KEY + "),"
    " (SELECT COUNT(*) FROM verdicts v INDEXED BY verdicts_list " + _OVERRIDE + " WHERE " + _KEY + " AND v.verdict = 'review'"
    " AND o.verdict IS NULL)")
_FROM = (" FROM results r LEFT JOIN calls c ON c.call_id = r.call_id LEFT JOIN final_scores f"
         " ON f.call_id = r.call_id AND f.rubric_id = r.rubric_id AND f.rubric_version = r.rubric_version")
# Filtering and sorting every call: read the narrow covering indexes (schema v3), never the rows
# with the large JSON; without statistics SQLite would often pick the primary-key index instead.
_FROM_LIST = (_FROM.replace("results r", "results r INDEXED BY results_list")
              .replace("calls c", "calls c INDEXED BY calls_list"))


def fts_query(text: str) -> str:
    """An FTS5 query from what a person typed: every word must occur; "quoted words" as a phrase.
    Each term is quoted, so FTS5 operators and punctuation in the input are plain text."""
    terms = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', text):
        term = (phrase or word).replace('"', "").strip()
        if term:
            terms.append('"' + term.replace('"', '""') + '"')
    return " ".join(terms)


def _where(filters: CallFilters, agent_only: str | None) -> tuple[str, dict]:
    clauses, params = [_NEWEST], {}
    if agent_only is not None:  # an agent's own calls only, whatever the filters say
        clauses.append("COALESCE(r.agent_id, c.agent_id) = :own")
        params["own"] = agent_only
    if filters.q and fts_query(filters.q):
        clauses.append("r.call_id IN (SELECT m.call_id FROM transcripts_fts JOIN transcripts_fts_calls m"
                       " ON m.fts_rowid = transcripts_fts.rowid WHERE transcripts_fts MATCH :q)")
        params["q"] = fts_query(filters.q)
    simple = {"agent": "COALESCE(r.agent_id, c.agent_id)", "language": "COALESCE(r.language, c.language)",
              "outcome": "r.outcome", "band": "COALESCE(f.band, r.band)"}
    for name, column in simple.items():
        if getattr(filters, name):
            clauses.append(f"{column} = :{name}")
            params[name] = getattr(filters, name)
    if filters.start:
        clauses.append(f"{_DAY} >= :start")
        params["start"] = _day(filters.start, "from")
    if filters.end:
        clauses.append(f"{_DAY} <= :end")
        params["end"] = _day(filters.end, "to")
    if filters.criterion and filters.verdict:
        # The final verdict is the machine's where nobody overrode it, else the person's: two index
        # range scans (by criterion and verdict) instead of a look at every call's verdicts.
        clauses.append(
            "(r.call_id, r.rubric_id, r.rubric_version) IN ("
            "SELECT v.call_id, v.rubric_id, v.rubric_version FROM verdicts v INDEXED BY verdicts_by_criterion"
            " WHERE v.criterion = :criterion AND v.verdict = :verdict AND NOT EXISTS (SELECT 1 FROM overrides o"
            " WHERE o.call_id = v.call_id AND o.rubric_id = v.rubric_id AND o.rubric_version = v.rubric_version"
            " AND o.criterion = v.criterion)"
            " UNION ALL SELECT o.call_id, o.rubric_id, o.rubric_version FROM overrides o"
            " WHERE o.criterion = :criterion AND o.verdict = :verdict)")
        params.update(criterion=filters.criterion, verdict=filters.verdict)
    elif filters.criterion:
        clauses.append(f"EXISTS (SELECT 1 FROM verdicts v INDEXED BY verdicts_list WHERE {_KEY}"
                       " AND v.criterion = :criterion)")
        params["criterion"] = filters.criterion
    if filters.findings:
        clauses.append(f"EXISTS (SELECT 1 FROM findings v WHERE {_KEY})")
    if filters.needs_review:
        clauses.append(f"EXISTS (SELECT 1 FROM verdicts v INDEXED BY verdicts_list {_OVERRIDE} WHERE {_KEY} AND v.verdict = 'review'"
                       " AND o.verdict IS NULL)")
    return " WHERE " + " AND ".join(clauses), params


def list_calls(store: Store, filters: CallFilters, *, agent_only: str | None = None,
               page_size: int = PAGE_SIZE, redact: Callable[[str], str] | None = None) -> CallList:
    """One page of the call list, newest first; ``agent_only`` limits it to one agent's calls.
    With ``redact`` (text -> text as the reader may see it) search snippets are cut from the redacted
    transcript, never from the raw index, so no part of a hidden value shows at a snippet's edge."""
    if filters.verdict and filters.verdict not in VERDICTS:
        raise ConfigError(f"verdict {filters.verdict!r}: choose one of {', '.join(VERDICTS)}.")
    where, params = _where(filters, agent_only)
    db = store.connection
    # Two steps: the page's result rows with the total first (narrow, from covering indexes), then
    # the counts and names of those 50 only; one query would compute them for every matching call.
    page = filters.page
    while True:
        keys = db.execute("SELECT r.rowid, COUNT(*) OVER ()" + _FROM_LIST + where + f" ORDER BY {_DAY} DESC,"
                          f" r.call_id LIMIT {page_size} OFFSET {(page - 1) * page_size}", params).fetchall()
        if keys or page == 1:
            break
        page = 1  # past the last page (the list shrank): show the first
    total = keys[0][1] if keys else 0
    pages = max(1, -(-total // page_size))
    order = {key[0]: n for n, key in enumerate(keys)}
    marks = ", ".join("?" for _ in keys)
    found = db.execute(f"SELECT r.rowid, {_SELECT[len('SELECT '):]}{_FROM} WHERE r.rowid IN ({marks})",
                       [key[0] for key in keys]).fetchall() if keys else []
    rows = [CallRow(*row[1:]) for row in sorted(found, key=lambda row: order[row[0]])]
    if filters.q and fts_query(filters.q) and rows:
        ids = [r.call_id for r in rows]
        snippets = _snippets(store, filters.q, ids, redact or (lambda text: text))
        rows = [CallRow(*[getattr(r, n) for n in CallRow.__dataclass_fields__ if n != "snippet"],
                        snippet=snippets.get(r.call_id, "")) for r in rows]
    return CallList(tuple(rows), total, page, pages, filters)


def _snippets(store: Store, typed: str, call_ids: list[str], redact: Callable[[str], str]) -> dict[str, str]:
    """Snippets around the first searched word in each (redacted) transcript, the words marked."""
    terms = [t.strip('"').lower() for t in re.findall(r'"[^"]*"|\S+', typed) if t.strip('"').strip()]
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE)
    marks = ", ".join("?" for _ in call_ids)
    out = {}
    for call_id, text in store.connection.execute(
            f"SELECT call_id, text FROM transcripts WHERE call_id IN ({marks})", call_ids):
        text = redact(text)
        hit = pattern.search(text)
        if hit is None:
            continue  # what matched is hidden from this reader
        start, end = max(0, hit.start() - 70), min(len(text), hit.end() + 110)
        start = text.rfind(" ", 0, start) + 1 if start else 0
        end = (text.find(" ", end) if text.find(" ", end) > 0 else len(text)) if end < len(text) else end
        window = pattern.sub(lambda m: MARK_START + m.group(0) + MARK_END, text[start:end])
        out[call_id] = ("…" if start else "") + window + ("…" if end < len(text) else "")
    return out


def filter_choices(store: Store) -> dict[str, list[str]]:
    """The values the list's drop-downs offer (agents, languages, bands, outcomes, criteria)."""
    db = store.connection
    def values(sql: str) -> list[str]:
        return [r[0] for r in db.execute(sql) if r[0] not in (None, "")]
    return {"agents": values("SELECT DISTINCT agent_id FROM results ORDER BY 1"),
            "languages": values("SELECT DISTINCT language FROM results ORDER BY 1"),
            "bands": values("SELECT DISTINCT band FROM results UNION SELECT band FROM final_scores ORDER BY 1"),
            "outcomes": values("SELECT DISTINCT outcome FROM results ORDER BY 1"),
            "criteria": values("SELECT DISTINCT criterion FROM verdicts ORDER BY 1")}


def call_agent(store: Store, call_id: str) -> str | None:
    row = store.connection.execute("SELECT agent_id FROM calls WHERE call_id = ?", (call_id,)).fetchone()
    return row[0] if row else None


# ------------------------------------------------------------------ review queue


@dataclass(frozen=True)
class QueueItem:
    """A call a person should look at, how urgently, and why."""
    call_id: str
    agent_id: str | None
    date: str
    score: float | None
    priority: float
    why: tuple[str, ...]
    analyst: str | None
    state: str  # unassigned / open / done


# Weights of the machine's doubts; documented in docs/serve.md.
QUEUE_WEIGHTS = {"review": 3.0, "roles": 2.0, "asr": 2.0, "outlier": 2.0, "findings": 1.5}
ROLE_CONFIDENCE_FLOOR, LANGUAGE_PROBABILITY_FLOOR, OUTLIER_Z = 0.6, 0.7, 1.5


def review_queue(store: Store, *, analyst: str | None = None, include_done: bool = False,
                 limit: int = 200) -> list[QueueItem]:
    """Calls ranked by what the machine is unsure of: undecided ``review`` verdicts, low role
    confidence, a poorly recognised language (ASR), a score far below the team's, ticket findings."""
    sql = (_SELECT.replace("SELECT ", "SELECT cf.role_confidence, cf.language_probability, a.analyst, a.state, ", 1)
           + _FROM + " LEFT JOIN call_facts cf ON cf.call_id = r.call_id"
           " LEFT JOIN assignments a ON a.call_id = r.call_id WHERE " + _NEWEST)
    rows = [(row[:4], CallRow(*row[4:])) for row in store.connection.execute(sql)]
    scores = [r.score for _, r in rows if r.score is not None]
    mean = statistics.fmean(scores) if scores else 0.0
    spread = statistics.pstdev(scores) if len(scores) > 1 else 0.0
    items = []
    for (role_conf, lang_prob, who, state), row in rows:
        why, priority = [], 0.0
        if row.reviews:
            priority += QUEUE_WEIGHTS["review"] * row.reviews
            why.append(f"{row.reviews} verdict(s) the machine left to a person")
        if role_conf is not None and role_conf < ROLE_CONFIDENCE_FLOOR:
            priority += QUEUE_WEIGHTS["roles"]
            why.append(f"agent/customer roles only {role_conf:.0%} sure")
        if lang_prob is not None and lang_prob < LANGUAGE_PROBABILITY_FLOOR:
            priority += QUEUE_WEIGHTS["asr"]
            why.append(f"speech recognition unsure of the language ({lang_prob:.0%})")
        if row.score is not None and spread > 0 and (mean - row.score) / spread > OUTLIER_Z:
            priority += QUEUE_WEIGHTS["outlier"]
            why.append(f"score {row.score:.0f} far below the team's {mean:.0f}")
        if row.findings:
            priority += QUEUE_WEIGHTS["findings"] * row.findings
            why.append(f"{row.findings} ticket finding(s)")
        state = state or "unassigned"
        if not why or (state == "done" and not include_done) or (analyst and who != analyst):
            continue
        items.append(QueueItem(row.call_id, row.agent_id, row.date, row.score, priority, tuple(why), who, state))
    items.sort(key=lambda i: (-i.priority, i.date, i.call_id))
    return items[:limit]


def assign(store: Store, call_id: str, analyst: str, *, by: str) -> None:
    with store.transaction():
        store.connection.execute(
            "INSERT OR REPLACE INTO assignments (call_id, analyst, state, assigned_by, assigned_at)"
            " VALUES (?, ?, 'open', ?, ?)", (call_id, analyst, by, now()))
        audit(store, by, "assign", call_id=call_id, after=analyst)


def mark_done(store: Store, call_id: str, *, user: str) -> None:
    """The call has been reviewed (assigned to ``user`` when nobody had it)."""
    with store.transaction():
        store.connection.execute(
            "INSERT INTO assignments (call_id, analyst, state, assigned_by, assigned_at, done_at)"
            " VALUES (?, ?, 'done', ?, ?, ?) ON CONFLICT(call_id) DO UPDATE SET state = 'done', done_at = ?",
            (call_id, user, user, now(), now(), now()))
        audit(store, user, "done", call_id=call_id)


def assignment(store: Store, call_id: str) -> tuple[str, str] | None:
    row = store.connection.execute("SELECT analyst, state FROM assignments WHERE call_id = ?", (call_id,)).fetchone()
    return (row[0], row[1]) if row else None


# ------------------------------------------------------------------ calibration sessions


@dataclass(frozen=True)
class CalibrationSession:
    session_id: int
    name: str
    call_ids: tuple[str, ...]
    created_by: str
    created: str


@dataclass(frozen=True)
class CriterionAgreement:
    criterion: str
    analysts: int  # analysts who labelled it
    percent: float | None  # share of analyst pairs that agree, over every call
    kappa: float | None  # mean Cohen's kappa over analyst pairs
    alpha: float | None  # Krippendorff's alpha (nominal) over every analyst
    machine_percent: float | None  # analysts agreeing with the machine
    machine_kappa: float | None


@dataclass(frozen=True)
class Agreement:
    session: CalibrationSession
    analysts: tuple[str, ...]
    criteria: tuple[CriterionAgreement, ...]
    pairs: dict = field(default_factory=dict)  # qa.calibrate.Report.pairs: overall/criteria per pair


def create_session(store: Store, name: str, call_ids: list[str], *, by: str) -> int:
    name = (name or "").strip()
    known = set(store.call_ids())
    unknown = [c for c in call_ids if c not in known]
    if not name or not call_ids or unknown:
        raise ConfigError("a calibration session needs a name and stored calls"
                          + (f"; not stored: {', '.join(unknown[:5])}" if unknown else "") + ".")
    with store.transaction():
        cursor = store.connection.execute(
            "INSERT INTO calibration_sessions (name, call_ids, created_by, created) VALUES (?, ?, ?, ?)",
            (name, json.dumps(call_ids), by, now()))
        audit(store, by, "calibration_session", after=name, reason=", ".join(call_ids))
    return int(cursor.lastrowid)


def sessions(store: Store) -> list[CalibrationSession]:
    return [CalibrationSession(i, n, tuple(json.loads(c)), b, t) for i, n, c, b, t in store.connection.execute(
        "SELECT session_id, name, call_ids, created_by, created FROM calibration_sessions ORDER BY session_id DESC")]


def get_session(store: Store, session_id: int) -> CalibrationSession | None:
    return next((s for s in sessions(store) if s.session_id == session_id), None)


def save_labels(store: Store, session_id: int, call_id: str, verdicts: dict[str, str], *, analyst: str) -> None:
    """An analyst's blind verdicts on one call of a session (criterion -> pass/fail/na)."""
    session = get_session(store, session_id)
    if session is None or call_id not in session.call_ids:
        raise ConfigError(f"call {call_id!r} is not in calibration session {session_id}.")
    bad = {c: v for c, v in verdicts.items() if v not in DECISIONS}
    if bad:
        raise ConfigError(f"verdicts must be one of {', '.join(DECISIONS)}; got {bad}.")
    with store.transaction():
        store.connection.executemany(
            "INSERT OR REPLACE INTO calibration_labels VALUES (?, ?, ?, ?, ?, ?)",
            [(session_id, analyst, call_id, c, v, now()) for c, v in verdicts.items()])
        audit(store, analyst, "calibration_label", call_id=call_id, reason=f"session {session_id}")


def labels(store: Store, session_id: int, analyst: str | None = None) -> list[Label]:
    sql = "SELECT call_id, criterion, verdict, analyst FROM calibration_labels WHERE session_id = ?"
    params: list = [session_id]
    if analyst is not None:
        sql += " AND analyst = ?"
        params.append(analyst)
    return [Label(*row) for row in store.connection.execute(sql + " ORDER BY call_id, criterion", params)]


def agreement(store: Store, session_id: int) -> Agreement:
    """Agreement per criterion between the analysts of a session, and of each against the machine."""
    session = get_session(store, session_id)
    if session is None:
        raise ConfigError(f"no calibration session {session_id}.")
    found = labels(store, session_id)
    machine = {c: s.result for c in session.call_ids if (s := store.get_result(c)) is not None}
    report = calibrate(found, machine)
    by: dict[str, dict[str, dict[str, str]]] = {}  # criterion -> call -> analyst -> verdict
    for label in found:
        by.setdefault(label.criterion, {}).setdefault(label.call_id, {})[label.analyst] = label.verdict
    tool = {(r.call_id, v.id): v.verdict for r in machine.values() for v in r.criteria}
    rows = []
    for criterion, calls in sorted(by.items()):
        analysts = sorted({a for per in calls.values() for a in per})
        pairs = [(per[a], per[b]) for per in calls.values() for a, b in combinations(sorted(per), 2)]
        pair_kappas = [k for a, b in combinations(analysts, 2)
                       if (k := kappa([(p[a], p[b]) for p in calls.values() if a in p and b in p])) is not None]
        vs_tool = [(tool[(c, criterion)], v) for c, per in calls.items() for v in per.values() if (c, criterion) in tool]
        rows.append(CriterionAgreement(
            criterion, len(analysts), _percent(pairs),
            round(statistics.fmean(pair_kappas), 3) if pair_kappas else None,
            krippendorff_alpha(list(per.values()) for per in calls.values()),
            _percent(vs_tool), kappa(vs_tool)))
    return Agreement(session, tuple(sorted({l.analyst for l in found})), tuple(rows), report.pairs)


def _percent(pairs: list[tuple[str, str]]) -> float | None:
    return round(100.0 * sum(a == b for a, b in pairs) / len(pairs), 1) if pairs else None


__all__ = ["CallFilters", "CallRow", "CallList", "list_calls", "fts_query", "filter_choices", "call_agent",
           "QueueItem", "review_queue", "assign", "mark_done", "assignment", "CalibrationSession",
           "CriterionAgreement", "Agreement", "create_session", "sessions", "get_session", "save_labels",
           "labels", "agreement", "MARK_START", "MARK_END"]
