"""Many calls against one ticket export, and the bounce-back list from a folder of results.

One bad call file or one call without its ticket never stops the others: each is reported in
``problems`` with what to fix, and the rest are compared.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qa.errors import TicketError
from qa.model import Result
from qa.runner import attempt


@dataclass
class BatchReview:
    reviews: list = field(default_factory=list)  # TicketReview
    problems: list[str] = field(default_factory=list)
    unmatched: list = field(default_factory=list)  # tickets no call links to
    notes: list[str] = field(default_factory=list)


def call_files(inputs: list[str | Path]) -> list[Path]:
    """Call JSON files from files and folders (a folder: every *.json in it, results excluded)."""
    out = []
    for item in map(Path, inputs):
        if item.is_dir():
            out += sorted(p for p in item.glob("*.json") if not p.name.endswith(".result.json"))
        else:
            out.append(item)
    return out


def review_calls(inputs: list[str | Path], tickets_path: str | Path, mapping=None, *,
                 encoding: str | None = None, ticket_id: str | None = None) -> BatchReview:
    from qa.formats import load_call
    from qa.ticket import compare, link_ticket, read_tickets

    export = read_tickets(tickets_path, mapping, encoding=encoding)
    batch = BatchReview(problems=list(export.problems), notes=list(export.notes))
    if not export.tickets:
        raise TicketError(f"{tickets_path}: no usable ticket:\n"
                          + "\n".join(f"  - {p}" for p in export.problems or ["the file is empty"]))
    linked = set()

    def one(path: Path):
        call = load_call(path)
        wanted = ticket_id or call.metadata.get("ticket_id")
        ticket = export.tickets.get(ticket_id) if ticket_id else link_ticket(call, export.tickets)
        if ticket is None:
            why = (f"ticket {wanted} (from {'--ticket-id' if ticket_id else 'its metadata'}) is not in "
                   f"{tickets_path}" if wanted else f"no ticket number in its metadata or spoken on the call "
                   f"matches a ticket in {tickets_path}")
            raise TicketError(f"{path}: {why}; check the ticket id or pass --ticket-id")
        linked.add(ticket.ticket_id)
        return compare(call, ticket)

    for path in call_files(inputs):  # one bad call never stops the others (qa.runner's policy)
        review, failure = attempt("ticket", path.stem, str(path), lambda: one(path))
        if failure is None:
            batch.reviews.append(review)
        else:
            batch.problems.append(failure.message)
    batch.unmatched = [t for t in export.tickets.values() if t.ticket_id not in linked]  # by id, as linked above
    return batch


def load_results(folder: str | Path) -> tuple[list[Result], list[str]]:
    """Every ``*.json`` result in ``folder`` (what ``qa score`` / ``qa run`` write)."""
    from qa.fileio import read_json

    results, problems = [], []
    for path in sorted(Path(folder).rglob("*.json")):
        try:
            data = read_json(path)
        except (OSError, ValueError) as exc:
            problems.append(f"{path}: cannot read result JSON ({exc})")
            continue
        if isinstance(data, dict) and "rubric_id" in data and "criteria" in data:
            results.append(Result.from_dict(data))
    if not results and not problems:
        problems.append(f"{folder}: no result JSON found; run `qa score` or `qa run` first")
    return results, problems
