"""Benchmark: reports from 1,000 stored calls — time and output size.

Fills a fresh store with synthetic calls built from the real data model (tests/synthetic.py:
two-speaker transcripts in English, Korean and Tagalog, the helpdesk criteria with evidence, ticket
findings), then times each report kind and measures what it wrote. Prints a Markdown table.

    .venv/bin/python benchmarks/bench_reports.py            # 1,000 calls into a temp folder
    .venv/bin/python benchmarks/bench_reports.py --calls 5000 --out /tmp/bench
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from qa.report import make_environment, write_agent_report, write_reports, write_team_report
from qa.report.library import build_library
from qa.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the fixture factory lives with the tests
from synthetic import fill_store, make_calls, write_tone_audio  # noqa: E402


def _size(paths) -> int:
    return sum(p.stat().st_size for p in paths if p.is_file())


def _timed(label, rows, function, measure):
    start, cpu = time.perf_counter(), time.process_time()
    function()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    files = list(measure())
    rows.append((label, seconds, cpu, len(files), _size(files)))


def run(calls: int, out: Path) -> list[tuple]:
    rows: list[tuple] = []
    audio = write_tone_audio(out / "recordings" / "tone.wav", 90)
    items = make_calls(calls, seed=11, audio_path=str(audio))
    db = out / "reports" / "qa.sqlite"
    with Store(db) as store:
        _timed(f"store {calls} calls (one transaction)", rows, lambda: fill_store(store, items), lambda: [db])
        reports = out / "reports"
        env = make_environment()
        results = []
        _timed("load results from store", rows, lambda: results.extend(store.results()), lambda: [])
        agents = sorted({s.agent_id for s in results})
        _timed(f"agent reports ({len(agents)} agents, from the store)", rows,
               lambda: [write_agent_report(store, a, None, None, reports, env=env) for a in agents],
               lambda: (reports / "agents").glob("*.html"))
        _timed("one agent report (from the store)", rows,
               lambda: write_agent_report(store, agents[0], None, None, reports, env=env),
               lambda: [next((reports / "agents").glob("*.html"))])
        _timed("team report (from the store)", rows, lambda: write_team_report(store, reports, env=env),
               lambda: [reports / "team.html"])
        _timed(f"everything: index, {calls} scorecards, agents, team, exports", rows,
               lambda: write_reports(store, reports, copy=False),  # audio referenced, not copied 1,000 times
               lambda: [p for p in reports.rglob("*") if p.suffix in (".html", ".md", ".csv", ".json")])
        _timed("example library (clips cut from audio)", rows, lambda: build_library(store, reports),
               lambda: (reports / "library").rglob("*.*"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--out", type=Path, help="Keep the output here (default: a temporary folder).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qa-bench-reports-") as tmp:
        out = args.out or Path(tmp)
        rows = run(args.calls, out)
    print(f"| step ({args.calls} calls) | wall s | CPU s | files | size |\n|---|---:|---:|---:|---:|")
    for label, seconds, cpu, files, size in rows:
        print(f"| {label} | {seconds:.2f} | {cpu:.2f} | {files} | {size / 1e6:.2f} MB |")


if __name__ == "__main__":
    main()
