"""Checks that the sixth test split loads, without running the comparison on it.

Run from the repository root: ``python tests/data/tickets-fields/test6/check.py``. For every labelled
pair: the call JSON reads as a Call (or the recording decodes with the project's audio loader, with
the channels its label says), the export reads with the project's importer (its mapping and
encoding) with no problems listed, the ticket exists, and every expected finding names a field the
ticket has. Prints counts only: no finding of the comparison is computed or shown, so the set stays
unseen until its first run. Exit status 1 when something is wrong, with what and where.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[3]))

from qa.audio import load_audio  # noqa: E402
from qa.fileio import load_yaml, read_json  # noqa: E402
from qa.model import Call  # noqa: E402
from qa.ticket import read_tickets  # noqa: E402

KINDS = {"identifier_mismatch", "field_mismatch", "status_contradiction", "missing_next_step", "name_mismatch",
         "missing_fact", "unsupported_claim"}


def check(folder: Path = HERE) -> list[str]:
    labels = load_yaml(folder / "labels.yaml")
    problems, exports, seen = [], {}, set()
    for pair in labels["pairs"]:
        pid = pair["id"]
        if pid in seen:
            problems.append(f"{pid}: duplicate id")
        seen.add(pid)
        if pair.get("recording"):
            audio = load_audio(folder / "audio" / pair["recording"])
            stereo = pair.get("channels") != "mix"
            if (audio.channels == 2) != stereo:
                problems.append(f"{pid}: {pair['recording']} has {audio.channels} channel(s), label says "
                                f"{pair.get('channels')}")
        else:
            Call.from_dict(read_json(folder / pair["call"]))
        key = (pair["tickets"], pair.get("mapping"), pair.get("encoding"))
        if key not in exports:
            mapping = folder / pair["mapping"] if pair.get("mapping") else None
            export = read_tickets(folder / pair["tickets"], mapping, encoding=pair.get("encoding"))
            problems += [f"{pair['tickets']}: {p}" for p in export.problems]
            exports[key] = export.tickets
        ticket = exports[key].get(str(pair["ticket_id"]))
        if ticket is None:
            problems.append(f"{pid}: no ticket {pair['ticket_id']} in {pair['tickets']}")
            continue
        for expected in pair.get("expected") or []:
            if expected["kind"] not in KINDS:
                problems.append(f"{pid}: unknown kind {expected['kind']}")
            if expected["field"] != "status" and not ticket.fields.get(expected["field"], "").strip() \
                    and expected["field"] != "description":
                problems.append(f"{pid}: ticket {ticket.ticket_id} has no field {expected['field']!r} "
                                f"(it has {', '.join(sorted(ticket.fields))})")
    pairs = labels["pairs"]
    print(f"{len(pairs)} pairs, {sum(not p.get('expected') for p in pairs)} clean, "
          f"{sum(len(p.get('expected') or []) for p in pairs)} seeded discrepancies, {len(exports)} exports")
    return problems


if __name__ == "__main__":
    found = check()
    for line in found:
        print(line, file=sys.stderr)
    sys.exit(1 if found else 0)
