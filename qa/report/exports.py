"""Markdown, CSV and JSON exports of the same data the HTML reports show.

CSV cells that a spreadsheet would run as a formula (starting with = + - @) get a leading apostrophe;
Markdown cells have HTML special characters written as entities, so a viewer that renders HTML in
Markdown still shows a ``<script>`` from a transcript as text.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from qa.fileio import atomic_write_text, json_text
from qa.report.pages import TeamPage, mean
from qa.store import StoredResult

FORMATS = ("md", "csv", "json")

RESULT_COLUMNS = ("call_id", "agent_id", "agent_name", "date", "language", "duration", "rubric_id",
                  "rubric_version", "score", "band", "auto_failed", "outcome", "ticket_id", "ticket_score",
                  "findings", "reviews", "machine_score", "machine_band", "overridden")


def _row(stored: StoredResult) -> dict:
    r = stored.result
    return {"call_id": r.call_id, "agent_id": stored.agent_id, "agent_name": stored.agent_name,
            "date": stored.day, "language": stored.language, "duration": stored.duration,
            "rubric_id": r.rubric_id, "rubric_version": r.rubric_version, "score": r.score, "band": r.band,
            "auto_failed": r.auto_failed, "outcome": r.outcome.outcome if r.outcome else None,
            "ticket_id": r.ticket_id, "ticket_score": r.ticket_score, "findings": len(r.findings),
            "reviews": sum(v.verdict == "review" for v in r.criteria),
            # The machine's figures beside the final ones when a person changed a verdict (qa.review).
            "machine_score": (stored.machine or r).score, "machine_band": (stored.machine or r).band,
            "overridden": len(_changed(stored))}


def _changed(stored: StoredResult) -> dict[str, str | None]:
    """criterion id -> the machine's verdict, for the criteria whose final verdict differs from it."""
    if stored.machine is None:
        return {}
    machine = {v.id: v.verdict for v in stored.machine.criteria}
    return {v.id: machine.get(v.id) for v in stored.result.criteria if machine.get(v.id) != v.verdict}


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv(header, rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return buffer.getvalue()


def write_csv(results: list[StoredResult], out_dir: Path) -> list[Path]:
    """results.csv (one row per call), verdicts.csv (per criterion), findings.csv (per finding)."""
    return [atomic_write_text(out_dir / name, text) for name, text in csv_texts(results).items()]


def csv_texts(results: list[StoredResult]) -> dict[str, str]:
    """The CSV exports as text by file name (``qa serve`` hands them out without writing files)."""
    rows = [_row(s) for s in results]
    machine = {s.call_id: {v.id: v.verdict for v in (s.machine or s.result).criteria} for s in results}
    verdicts = [(s.call_id, s.agent_id, s.day, v.id, v.section, v.verdict, machine[s.call_id].get(v.id), v.weight,
                 v.reason, v.evidence[0].start if v.evidence else None, v.evidence[0].text if v.evidence else None)
                for s in results for v in s.result.criteria]
    findings = [(s.call_id, s.agent_id, s.result.ticket_id, f.kind, f.severity, f.message, f.ticket_field,
                 f.ticket_text, f.call_evidence[0].start if f.call_evidence else None,
                 f.call_evidence[0].text if f.call_evidence else None)
                for s in results for f in s.result.findings]
    return {
        "results.csv": _csv(RESULT_COLUMNS, ([r[c] for c in RESULT_COLUMNS] for r in rows)),
        "verdicts.csv": _csv(
            ("call_id", "agent_id", "date", "criterion", "section", "verdict", "machine_verdict", "weight", "reason",
             "evidence_start", "evidence_text"), verdicts),
        "findings.csv": _csv(
            ("call_id", "agent_id", "ticket_id", "kind", "severity", "message", "ticket_field", "ticket_text",
             "call_time", "call_text"), findings),
    }


def write_json_export(results: list[StoredResult], team: TeamPage, out_dir: Path) -> list[Path]:
    """results.json: every call's result (the ``qa score`` JSON) with its agent and date, plus a summary."""
    data = {
        "generated": dt.datetime.now().isoformat(timespec="seconds"),
        "period": {"start": team.start, "end": team.end},
        "summary": {"calls": team.calls, "mean_score": team.mean_score,
                    "agents": [{"agent_id": a.agent_id, "agent_name": a.agent_name, "calls": a.calls,
                                "mean_score": a.mean_score} for a in team.agents],
                    "criteria": [{"id": s.id, "pass": s.passed, "fail": s.failed, "review": s.review,
                                  "na": s.na, "pass_rate": s.rate} for s in team.criteria],
                    "bounce_back": [{"ticket_id": b.ticket_id, "agent_id": b.agent_id, "call_id": b.call_id,
                                     "severity": b.severity, "reasons": list(b.reasons)} for b in team.bounce_back]},
        "calls": [{**s.result.to_dict(), "agent_id": s.agent_id, "agent_name": s.agent_name, "date": s.day,
                   "duration": s.duration} for s in results],
    }
    text = json_text(data, indent=1) + "\n"
    return [atomic_write_text(out_dir / "results.json", text)]


def md(value) -> str:
    """A Markdown table cell: one line, pipes escaped, HTML special characters as entities."""
    text = "—" if value is None else str(value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(text.replace("|", "\\|").split())


def _md_table(header, rows) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(md(v) for v in row) + " |" for row in rows]
    return lines + [""]


def write_markdown(results: list[StoredResult], team: TeamPage, out_dir: Path) -> list[Path]:
    def score(v):
        return None if v is None else f"{v:.1f}"

    lines = [f"# QA results {team.start} to {team.end}", "",
             f"{team.calls} calls, mean score {score(team.mean_score) or '—'}.", "", "## Agents", ""]
    lines += _md_table(("Agent", "Name", "Calls", "Mean score"),
                       ((a.agent_id, a.agent_name, a.calls, score(a.mean_score)) for a in team.agents))
    lines += ["## Criteria", ""]
    lines += _md_table(("Criterion", "Pass", "Fail", "Review", "n/a", "Pass rate"),
                       ((s.id, s.passed, s.failed, s.review, s.na,
                         None if s.rate is None else f"{100 * s.rate:.0f}%") for s in team.criteria))
    lines += ["## Tickets to bounce back", ""]
    lines += _md_table(("Ticket", "Agent", "Call", "Severity", "Why"),
                       ((b.ticket_id, b.agent_id, b.call_id, b.severity, "; ".join(b.reasons))
                        for b in team.bounce_back))
    lines += ["## Calls", ""]
    lines += _md_table(("Call", "Date", "Agent", "Language", "Score", "Band", "Outcome", "Findings"),
                       ((s.call_id, s.day, s.agent_id, s.language, score(s.result.score), s.result.band,
                         s.result.outcome.outcome if s.result.outcome else None, len(s.result.findings))
                        for s in results))
    return [atomic_write_text(out_dir / "results.md", "\n".join(lines))]


def write_exports(results: list[StoredResult], team: TeamPage, out_dir: str | Path,
                  formats=FORMATS) -> list[Path]:
    """Write the chosen export formats into ``out_dir``; returns the files written."""
    out_dir = Path(out_dir)
    writers = {"md": write_markdown, "csv": lambda r, _t, o: write_csv(r, o), "json": write_json_export}
    written: list[Path] = []
    for name in formats:
        written += writers[name](results, team, out_dir)
    return written


__all__ = ["FORMATS", "write_exports", "write_csv", "csv_texts", "write_markdown", "write_json_export", "mean"]
