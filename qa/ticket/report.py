"""The bounce-back list as text and CSV. Ticket text stays text: nothing here interprets HTML, and
CSV cells that a spreadsheet would run as a formula are prefixed with a quote."""
from __future__ import annotations

import csv
import io

COLUMNS = ("agent_id", "agent_name", "ticket_id", "call_id", "score", "severity", "reasons")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def bounce_csv(entries: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for entry in entries:
        row = dict(entry, reasons=" | ".join(entry["reasons"]))
        writer.writerow([_cell(row.get(c)) for c in COLUMNS])
    return out.getvalue()


def bounce_text(entries: list[dict]) -> str:
    if not entries:
        return "No ticket to bounce back.\n"
    lines, agent = [], object()
    for entry in entries:
        if entry["agent_id"] != agent:
            agent = entry["agent_id"]
            lines.append(f"Agent {agent or '(unknown)'}" + (f" ({entry['agent_name']})" if entry.get("agent_name") else ""))
        score = "-" if entry["score"] is None else f"{entry['score']:g}"
        lines.append(f"  {entry['ticket_id']} (call {entry['call_id']}, score {score}, {entry['severity']}):")
        lines.extend(f"    - {reason}" for reason in entry["reasons"])
    return "\n".join(lines) + "\n"
