"""People in the loop: overrides of the machine's verdicts, the audit trail, disputes, labelled examples.

The machine's result stays in the store as it was scored; a person's decision on a criterion is an
*override* row beside it (with who, when and why). :func:`apply_overrides` is the one place where
overrides turn a machine :class:`~qa.model.Result` into the final one (verdicts, score, band), and
:func:`final_results` is what every report, export, the team view and ``qa calibrate --db`` read: a
:class:`~qa.store.StoredResult` whose ``result`` is final and whose ``machine`` is the machine's
result when anything was changed, so pages can show both.

Every change is kept in the ``audit`` table (who, when, action, before, after, why); nothing here
deletes an audit row.

Example::

    with Store("reports/qa.sqlite") as store:
        save_override(store, "call-01", "closing.thank", "pass", "said at 4:12, ASR missed it", user="ana")
        final = final_result(store, "call-01")   # .result.score is the new score, .machine the old
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from qa.errors import ConfigError, StoreError
from qa.fileio import atomic_write_text
from qa.model import FAIL, NA, PASS, REVIEW, Result
from qa.score.total import score_of
from qa.store import Store, StoredResult

# A person decides; "review" is the machine saying it could not.
DECISIONS = (PASS, FAIL, NA)
OPEN, ACCEPTED, REJECTED = "open", "accepted", "rejected"


@dataclass(frozen=True)
class Override:
    """A person's verdict on one criterion of one call's result."""
    call_id: str
    rubric_id: str
    rubric_version: str
    criterion: str
    verdict: str
    machine_verdict: str | None
    reason: str
    user: str
    at: str


@dataclass(frozen=True)
class AuditEntry:
    audit_id: int
    at: str
    user: str
    action: str  # override, dispute, dispute_accepted, dispute_rejected, assign, done, calibration_label...
    call_id: str | None
    criterion: str | None
    before: str | None
    after: str | None
    reason: str


@dataclass(frozen=True)
class Dispute:
    """An agent's objection to a verdict, and how a supervisor resolved it."""
    dispute_id: int
    call_id: str
    criterion: str
    user: str
    comment: str
    wanted: str | None  # the verdict the agent asks for, when given
    status: str  # open / accepted / rejected
    resolver: str | None
    resolution: str | None
    created: str
    resolved: str | None


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def _rows(store: Store, cls, sql: str, params=()) -> list:
    return [cls(*row) for row in store.connection.execute(sql, params)]


def audit(store: Store, user: str, action: str, *, call_id: str | None = None, criterion: str | None = None,
          before: str | None = None, after: str | None = None, reason: str = "") -> None:
    """Append one entry to the audit trail (inside the caller's transaction when there is one)."""
    store.connection.execute(
        "INSERT INTO audit (at, user, action, call_id, criterion, before, after, reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (now(), user, action, call_id, criterion, before, after, reason))


def audit_trail(store: Store, call_id: str | None = None, limit: int = 500) -> list[AuditEntry]:
    """The newest audit entries first, of one call or of everything."""
    where = "WHERE call_id = ?" if call_id is not None else ""
    params = (call_id,) if call_id is not None else ()
    return _rows(store, AuditEntry, "SELECT audit_id, at, user, action, call_id, criterion, before, after, reason"
                 f" FROM audit {where} ORDER BY audit_id DESC LIMIT {int(limit)}", params)


# ------------------------------------------------------------------ the final result


def apply_overrides(result: Result, overrides: Iterable[Override],
                    band: Callable[[float | None], str] | None = None) -> Result:
    """The final result: each overridden verdict replaced, score and band computed again.

    ``band`` maps a score to the rubric's band (see :func:`rubric_band`); without it the machine's
    band is kept when the score did not change. The machine's reason is kept after the person's.
    """
    by_criterion = {o.criterion: o for o in overrides
                    if o.rubric_id == result.rubric_id and o.rubric_version == str(result.rubric_version)}
    if not by_criterion:
        return result
    criteria = []
    for verdict in result.criteria:
        override = by_criterion.get(verdict.id)
        if override is None:
            criteria.append(verdict)
            continue
        reason = f"{override.user}: {override.reason} (machine: {verdict.verdict} — {verdict.reason})"
        criteria.append(replace(verdict, verdict=override.verdict, reason=reason))
    score, auto_failed, mostly_review = score_of(criteria)
    if band is not None:
        new_band = REVIEW if mostly_review else band(score)
    else:
        new_band = result.band if score == result.score else (REVIEW if mostly_review else result.band)
    metrics = dict(result.metrics)
    if "review_count" in metrics:
        metrics["review_count"] = sum(v.verdict == REVIEW for v in criteria)
    return replace(result, criteria=tuple(criteria), score=score, band=new_band, auto_failed=auto_failed,
                   metrics=metrics)


def rubric_band(store: Store, rubric_id: str, version: str) -> Callable[[float | None], str] | None:
    """The band function of a stored rubric version: from the bands kept with its definition, else
    from the rubric file (its recorded path, else its name); None when neither can be read."""
    row = store.connection.execute("SELECT definition FROM rubrics WHERE rubric_id = ? AND version = ?",
                                   (rubric_id, str(version))).fetchone()
    definition = json.loads(row[0]) if row and row[0] else {}
    if isinstance(definition.get("bands"), dict):
        return _band_function(tuple(sorted(((str(k), float(v)) for k, v in definition["bands"].items()),
                                           key=lambda b: -b[1])))
    return _rubric_file_band(str(definition.get("path") or ""), rubric_id, str(version))


def _band_function(bands: tuple[tuple[str, float], ...]) -> Callable[[float | None], str]:
    def band(score: float | None) -> str:
        if score is None:
            return NA
        return next((name for name, lowest in bands if score >= lowest), bands[-1][0])
    return band


@lru_cache(maxsize=32)
def _rubric_file_band(path: str, rubric_id: str, version: str):
    from qa.rubric import load_rubric

    for source in (path, rubric_id):
        if not source:
            continue
        try:
            rubric = load_rubric(source)
        except (ConfigError, OSError):
            continue
        if rubric.id == rubric_id and rubric.version == version:
            return rubric.band
    return None


def overrides_for(store: Store, call_ids: Iterable[str] | None = None) -> dict[str, list[Override]]:
    """Overrides by call id (every call, or the ones given)."""
    sql = ("SELECT call_id, rubric_id, rubric_version, criterion, verdict, machine_verdict, reason, user, at"
           " FROM overrides")
    found: dict[str, list[Override]] = {}
    wanted = None if call_ids is None else set(call_ids)
    for override in _rows(store, Override, sql + " ORDER BY call_id, criterion"):
        if wanted is None or override.call_id in wanted:
            found.setdefault(override.call_id, []).append(override)
    return found


def finalise(store: Store, stored: list[StoredResult]) -> list[StoredResult]:
    """Stored machine results with every override applied (``machine`` set where one changed)."""
    overrides = overrides_for(store, None if len(stored) > 50 else [s.call_id for s in stored])
    bands: dict[tuple[str, str], Callable | None] = {}
    out = []
    for item in stored:
        mine = overrides.get(item.call_id)
        if not mine:
            out.append(item)
            continue
        key = (item.result.rubric_id, str(item.result.rubric_version))
        if key not in bands:
            bands[key] = rubric_band(store, *key)
        final = apply_overrides(item.result, mine, bands[key])
        out.append(replace(item, result=final, machine=item.result) if final is not item.result else item)
    return out


def final_results(store: Store, **filters) -> list[StoredResult]:
    """:meth:`Store.results` (same filters) with every person's override applied."""
    return finalise(store, store.results(**filters))


def final_result(store: Store, call_id: str) -> StoredResult | None:
    found = final_results(store, call_id=call_id)
    return found[0] if found else None


def _record_final_score(store: Store, stored: StoredResult) -> None:
    """Keep the final score and band where the call list can filter and sort on them quickly."""
    r = stored.result
    store.connection.execute(
        "INSERT OR REPLACE INTO final_scores (call_id, rubric_id, rubric_version, score, band) VALUES (?, ?, ?, ?, ?)",
        (r.call_id, r.rubric_id, str(r.rubric_version), r.score, r.band))


def save_override(store: Store, call_id: str, criterion: str, verdict: str, reason: str, *,
                  user: str, action: str = "override") -> StoredResult:
    """Set a person's verdict on a criterion of the call's newest result; returns the final result.

    The reason is required; the audit trail gets the verdict before and after. Saving the verdict the
    call already has is still recorded (a confirmation).
    """
    verdict = (verdict or "").strip().lower()
    if verdict not in DECISIONS:
        raise ConfigError(f"verdict {verdict!r}: choose one of {', '.join(DECISIONS)}.")
    reason = (reason or "").strip()
    if not reason:
        raise ConfigError("a reason is required: say why the verdict is right (what was said, and when).")
    with store.transaction():
        current = final_result(store, call_id)
        if current is None:
            raise StoreError(f"no scored result for call {call_id!r}; score it first.")
        machine = current.machine or current.result
        before = next((v.verdict for v in current.result.criteria if v.id == criterion), None)
        machine_verdict = next((v.verdict for v in machine.criteria if v.id == criterion), None)
        if before is None:
            known = ", ".join(v.id for v in machine.criteria)
            raise ConfigError(f"call {call_id!r} has no criterion {criterion!r}; its criteria: {known}.")
        key = (call_id, machine.rubric_id, str(machine.rubric_version), criterion)
        store.connection.execute(
            "INSERT OR REPLACE INTO overrides (call_id, rubric_id, rubric_version, criterion, verdict,"
            " machine_verdict, reason, user, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*key, verdict, machine_verdict, reason, user, now()))
        audit(store, user, action, call_id=call_id, criterion=criterion, before=before, after=verdict,
              reason=reason)
        final = final_result(store, call_id)
        _record_final_score(store, final)
    return final


# ------------------------------------------------------------------ disputes


def open_dispute(store: Store, call_id: str, criterion: str, comment: str, *, user: str,
                 wanted: str | None = None) -> int:
    """An agent disputes a verdict; returns the dispute id."""
    comment = (comment or "").strip()
    if not comment:
        raise ConfigError("a dispute needs a comment: say what the verdict missed.")
    if wanted is not None and wanted not in DECISIONS:
        raise ConfigError(f"verdict {wanted!r}: choose one of {', '.join(DECISIONS)}.")
    with store.transaction():
        current = final_result(store, call_id)
        verdict = next((v for v in current.result.criteria if v.id == criterion), None) if current else None
        if verdict is None:
            raise ConfigError(f"call {call_id!r} has no scored criterion {criterion!r}.")
        cursor = store.connection.execute(
            "INSERT INTO disputes (call_id, criterion, user, comment, wanted, created) VALUES (?, ?, ?, ?, ?, ?)",
            (call_id, criterion, user, comment, wanted, now()))
        audit(store, user, "dispute", call_id=call_id, criterion=criterion, before=verdict.verdict,
              after=wanted, reason=comment)
    return int(cursor.lastrowid)


def get_dispute(store: Store, dispute_id: int) -> Dispute | None:
    found = disputes(store, dispute_id=dispute_id)
    return found[0] if found else None


def disputes(store: Store, *, status: str | None = None, call_id: str | None = None,
             dispute_id: int | None = None) -> list[Dispute]:
    clauses, params = [], []
    for column, value in (("status", status), ("call_id", call_id), ("dispute_id", dispute_id)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return _rows(store, Dispute, "SELECT dispute_id, call_id, criterion, user, comment, wanted, status, resolver,"
                 f" resolution, created, resolved FROM disputes {where} ORDER BY dispute_id", params)


def resolve_dispute(store: Store, dispute_id: int, *, accept: bool, reason: str, user: str,
                    verdict: str | None = None) -> Dispute:
    """A supervisor accepts (the verdict becomes an override: ``verdict``, else what the agent asked
    for) or rejects a dispute, with a reason."""
    reason = (reason or "").strip()
    if not reason:
        raise ConfigError("resolving a dispute needs a reason.")
    with store.transaction():
        dispute = get_dispute(store, dispute_id)
        if dispute is None or dispute.status != OPEN:
            raise ConfigError(f"dispute {dispute_id} is not open.")
        status = ACCEPTED if accept else REJECTED
        if accept:
            verdict = verdict or dispute.wanted
            if verdict not in DECISIONS:
                raise ConfigError(f"accepting dispute {dispute_id}: choose the verdict ({', '.join(DECISIONS)}).")
            save_override(store, dispute.call_id, dispute.criterion, verdict,
                          f"dispute {dispute_id} accepted: {reason}", user=user, action="dispute_accepted")
        else:
            audit(store, user, "dispute_rejected", call_id=dispute.call_id, criterion=dispute.criterion,
                  reason=reason)
        store.connection.execute("UPDATE disputes SET status = ?, resolver = ?, resolution = ?, resolved = ?"
                                 " WHERE dispute_id = ?", (status, user, reason, now(), dispute_id))
    return get_dispute(store, dispute_id)


# ------------------------------------------------------------------ labelled examples


def export_labels(store: Store, path: str | Path) -> int:
    """Write every override as a labelled example (JSON Lines) the judge can learn from; returns
    how many. Each line: call, criterion, the person's verdict and reason, the machine's verdict,
    reason and evidence, and the call's language."""
    lines = []
    by_call = overrides_for(store)
    for stored in store.results(rubric_id=None) if by_call else []:
        for override in by_call.get(stored.call_id, ()):
            machine = next((v for v in stored.result.criteria if v.id == override.criterion), None)
            if machine is None or override.rubric_version != str(stored.result.rubric_version):
                continue
            lines.append(json.dumps({
                "call_id": override.call_id, "rubric_id": override.rubric_id,
                "rubric_version": override.rubric_version, "criterion": override.criterion,
                "language": stored.language, "label": override.verdict, "label_reason": override.reason,
                "labelled_by": override.user, "labelled_at": override.at, "machine_verdict": machine.verdict,
                "machine_reason": machine.reason, "evidence": [e.to_dict() for e in machine.evidence],
            }, ensure_ascii=False))
    atomic_write_text(Path(path), "".join(line + "\n" for line in lines))
    return len(lines)


def calibration_results(store: Store) -> dict[str, Result]:
    """The final result of every stored call, by call id, for :func:`qa.calibrate.calibrate`."""
    return {s.call_id: s.result for s in final_results(store)}


__all__ = ["DECISIONS", "Override", "AuditEntry", "Dispute", "apply_overrides", "score_of", "rubric_band",
           "overrides_for", "finalise", "final_results", "final_result", "save_override", "audit",
           "audit_trail", "open_dispute", "resolve_dispute", "disputes", "get_dispute", "export_labels",
           "calibration_results"]
