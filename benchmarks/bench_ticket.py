"""Benchmark: comparing one call with its ticket (qa.ticket.compare), in CPU milliseconds per pair.

Takes every written pair (a call JSON, not a recording) of the labelled ticket sets, loads the models
once (spaCy, multilingual-e5 for the cross-language fallback), then compares each pair ``--rounds``
times and prints CPU ms and wall ms per comparison, with the e5 fallback and with the lexicon only.

    .venv/bin/python benchmarks/bench_ticket.py [--rounds 5]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SETS = ["tickets", "tickets-noisy", "tickets-crossauthor", "tickets-fields/dev", "tickets-fields/test",
        "tickets-fields/test2", "tickets-fields/test3"]


def pairs():
    from qa.fileio import load_yaml, read_json
    from qa.model import Call
    from qa.ticket import link_ticket, read_tickets

    out, exports = [], {}
    for name in SETS:
        folder = ROOT / "tests" / "data" / name
        for pair in load_yaml(folder / "labels.yaml")["pairs"]:
            if not pair.get("call"):
                continue  # recordings need ASR: not what this measures
            call = Call.from_dict(read_json(folder / pair["call"]))
            key = (folder, pair["tickets"], pair.get("mapping"), pair.get("encoding"))
            if key not in exports:
                mapping = folder / pair["mapping"] if pair.get("mapping") else None
                exports[key] = read_tickets(folder / pair["tickets"], mapping, encoding=pair.get("encoding")).tickets
            tickets = exports[key]
            ticket = tickets.get(str(pair["ticket_id"])) if pair.get("ticket_id") else link_ticket(call, tickets)
            if ticket is not None:
                out.append((call, ticket))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from qa.score.outcome import decide_outcome
    from qa.ticket import compare
    from qa.ticket.compare import shared_aligner

    work = pairs()
    started = time.process_time()
    similarity = shared_aligner().similarity
    for call, ticket in work:  # warm-up: models loaded, outcome decided once per call
        compare(call, ticket, similarity=similarity)
    load_cpu = time.process_time() - started
    outcomes = {id(call): decide_outcome(call) for call, _ in work}
    print(f"load average {os.getloadavg()[0]:.1f}; {len(work)} written pairs; warm-up (models) {load_cpu:.1f} s CPU\n")
    print("| comparison | pairs x rounds | CPU ms / pair | wall ms / pair |")
    print("|---|---|---|---|")
    for label, sim, given in (("compare() (outcome decided, e5 fallback)", similarity, False),
                              ("compare() given the outcome, e5 fallback", similarity, True),
                              ("compare() given the outcome, lexicon only", False, True)):
        cpu, wall = time.process_time(), time.perf_counter()
        for _ in range(args.rounds):
            for call, ticket in work:
                compare(call, ticket, outcomes[id(call)] if given else None, similarity=sim)
        n = len(work) * args.rounds
        print(f"| {label} | {n} | {(time.process_time() - cpu) / n * 1000:.1f} | "
              f"{(time.perf_counter() - wall) / n * 1000:.1f} |")


if __name__ == "__main__":
    main()
