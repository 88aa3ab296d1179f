"""Measure the comparison on a labelled set: precision, recall, and silence on clean pairs.

A labelled set is a folder with ``labels.yaml``::

    pairs:
      - id: en-02
        call: calls/en-02.json            # a call JSON (utterances with roles)
        tickets: exports/servicenow.csv   # the export holding its ticket
        mapping: exports/custom.yaml      # optional custom mapping
        ticket_id: INC0012346             # optional; else linked from the call (metadata / spoken)
        expected: [{kind: identifier_mismatch, field: description}]

A finding counts as found when an expected one has the same kind and field (each used once).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qa.errors import TicketError
from qa.fileio import load_yaml, read_json
from qa.model import Call


@dataclass
class PairResult:
    pair_id: str
    ticket_id: str | None
    expected: list[tuple[str, str]]
    found: list[tuple[str, str]]
    matched: int = 0
    messages: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def clean(self) -> bool:
        return not self.expected


@dataclass
class Evaluation:
    pairs: list[PairResult]

    @property
    def true_positives(self) -> int:
        return sum(p.matched for p in self.pairs)

    @property
    def precision(self) -> float:
        found = sum(len(p.found) for p in self.pairs)
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = sum(len(p.expected) for p in self.pairs)
        return self.true_positives / expected if expected else 1.0

    @property
    def clean_pair_findings(self) -> int:
        return sum(len(p.found) for p in self.pairs if p.clean)

    def to_dict(self) -> dict:
        return {"pairs": len(self.pairs), "precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "clean_pairs": sum(p.clean for p in self.pairs), "clean_pair_findings": self.clean_pair_findings,
                "errors": [f"{p.pair_id}: {p.error}" for p in self.pairs if p.error],
                "results": [{"id": p.pair_id, "ticket_id": p.ticket_id, "expected": p.expected, "found": p.found,
                             "matched": p.matched, "messages": p.messages} for p in self.pairs]}


def _match(expected: list[tuple[str, str]], found: list[tuple[str, str]]) -> int:
    left = list(expected)
    hits = 0
    for item in found:
        if item in left:
            left.remove(item)
            hits += 1
    return hits


def evaluate(folder: str | Path, *, aligner=None) -> Evaluation:
    """Run the comparison on every labelled pair in ``folder``; a broken pair is reported, not fatal."""
    from qa.ticket import compare, link_ticket, read_tickets
    from qa.ticket.align import Aligner

    folder = Path(folder)
    labels = load_yaml(folder / "labels.yaml")
    if not isinstance(labels, dict) or not isinstance(labels.get("pairs"), list):
        raise TicketError(f"{folder / 'labels.yaml'}: expected 'pairs:' with a list of labelled pairs")
    aligner = aligner or Aligner()
    exports: dict = {}
    results = []
    for index, pair in enumerate(labels["pairs"]):
        pid = str(pair.get("id", f"pairs[{index}]"))
        expected = [(e["kind"], e.get("field", "")) for e in pair.get("expected") or []]
        result = PairResult(pid, None, expected, [])
        try:
            call = Call.from_dict(read_json(folder / pair["call"]))
            key = (pair["tickets"], pair.get("mapping"))
            if key not in exports:
                mapping = folder / pair["mapping"] if pair.get("mapping") else None
                exports[key] = read_tickets(folder / pair["tickets"], mapping).tickets
            tickets = exports[key]
            ticket = tickets.get(str(pair["ticket_id"])) if pair.get("ticket_id") else link_ticket(call, tickets)
            if ticket is None:
                raise TicketError(f"no ticket in {pair['tickets']} for call {call.call_id}")
            review = compare(call, ticket, similarity=aligner.similarity)
            result.ticket_id = ticket.ticket_id
            result.found = [(f.kind, f.ticket_field) for f in review.findings]
            result.messages = [f"[{f.severity}] {f.kind} ({f.ticket_field}): {f.message}" for f in review.findings]
            result.matched = _match(expected, result.found)
        except (TicketError, KeyError, OSError, ValueError) as exc:
            result.error = str(exc)
        results.append(result)
    return Evaluation(results)
