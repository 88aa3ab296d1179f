"""Benchmark: scoring stored transcripts (call JSON) with the helpdesk rubric, in calls per second.

Builds N distinct stored calls from the labelled set (names, numbers and fillers varied so no two
calls share all their text), then times, after the models are loaded:

  cold      a fresh Scorer and an empty embedding cache: every new sentence is embedded
            (Scorer.score_many: planned, then embedded in batches of 64); "cold 1x1" is the same
            with score() call by call on the first N/5 calls
  rescore   a fresh Scorer (new rubric version, new process state) over the same stored calls, with
            the embedding cache on disk from the first pass: the usual re-scoring of a batch
  warm      the same Scorer again (in-memory caches)

    .venv/bin/python benchmarks/bench_score.py [N]      # default 1000
    .venv/bin/python benchmarks/bench_score.py --long   # one 5-minute call: first time, re-score, memory
    .venv/bin/python benchmarks/bench_score.py --store 10000 [RUBRIC [JOBS...]]   # `qa score --db` on 10,000 calls, --jobs 1 and 2

``--long`` joins labelled calls into one 5-minute call (about 900 words) and times its first-time
scoring (nothing cached: every unit the act model tags is embedded), re-scoring it from the store with
a fresh Scorer and the embedding cache on disk (calls/s), and the peak resident memory.
"""
from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAMES = ["Priya", "Daniel", "Rosa", "Mark", "Lena", "Jake", "Sam", "Carla", "Paolo", "Joy", "Anna", "Bea",
         "Rico", "Tom", "Greg", "Alicia", "Kim", "Grace", "Omar", "Ines", "Mateo", "Yuki", "Hana", "Leo"]
FILLERS = ["", "um, ", "uh, ", "okay, ", "so, ", "right, ", "alright, "]


def vary(call, index: int, rng: random.Random):
    """A distinct copy of ``call``: another id, another agent name, other digits and fillers."""
    name = rng.choice(NAMES)

    def text(t: str, role: str | None) -> str:
        t = "".join(str(rng.randint(0, 9)) if ch.isdigit() else ch for ch in t)
        for old in NAMES:
            t = t.replace(old, name)
        return (rng.choice(FILLERS) + t) if role == "customer" or rng.random() < 0.3 else t

    utterances = []
    for u in call.utterances:
        new = text(u.text, u.role)
        words = new.split()
        step = (u.end - u.start) / max(1, len(words))
        utterances.append(replace(u, text=new, words=tuple(
            replace(u.words[min(i, len(u.words) - 1)], text=w, start=round(u.start + i * step, 2),
                    end=round(u.start + (i + 0.9) * step, 2)) for i, w in enumerate(words))))
    return replace(call, call_id=f"{call.call_id}-{index:05d}", utterances=tuple(utterances),
                   metadata={**call.metadata, "agent_name": name})


def timed(scorer, calls, batch: bool = False) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): on a shared machine the CPU figure is what
    scoring itself costs; the wall figure includes waiting for the other users' processes."""
    start, cpu = time.perf_counter(), time.process_time()
    if batch:
        scorer.score_many(calls)
    else:
        for call in calls:
            scorer.score(call)
    return time.perf_counter() - start, time.process_time() - cpu


def rate(n: int, seconds: tuple[float, float]) -> str:
    wall, cpu = seconds
    return f"{n / wall:8.1f} calls/s wall ({wall:.2f} s), {n / cpu:8.1f} calls per CPU-second"


def main(n: int = 1000) -> None:
    from qa.formats import load_call
    from qa.score import Scorer

    base = [load_call(p) for d in ("calls", "heldout") for p in sorted((ROOT / "tests/data/scoring" / d).glob("*.json"))]
    rng = random.Random(7)
    calls = [vary(base[i % len(base)], i, rng) for i in range(n)]
    words = sum(len(c.words) for c in calls)
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "e5.sqlite"
        start = time.perf_counter()
        scorer = Scorer("helpdesk", embed_cache=cache)
        scorer.score(base[0])  # loads spaCy pipelines and the e5 engine
        load = time.perf_counter() - start
        embedded_before = scorer.embedder.computed
        cold = timed(scorer, calls, batch=True)
        embedded = scorer.embedder.computed - embedded_before
        scorer.close()
        single = Scorer("helpdesk", embed_cache=Path(tmp) / "single.sqlite")
        single.score(base[0])
        sample = calls[: max(1, n // 5)]
        one_by_one = timed(single, sample)
        single.close()
        rescorer = Scorer("helpdesk", embed_cache=cache)
        rescorer.score(base[0])
        rescore = timed(rescorer, calls)
        warm = timed(rescorer, calls)
        recomputed = rescorer.embedder.computed
    print(f"stored calls: {n} ({words} words, {words / n:.0f} per call), rubric helpdesk")
    print(f"model load + first call: {load:.2f} s")
    print(f"cold     {rate(n, cold)}  [score_many: {embedded} sentences embedded in batches]")
    print(f"cold 1x1 {rate(len(sample), one_by_one)}  [score() call by call, first {len(sample)} calls]")
    print(f"rescore  {rate(n, rescore)}  [embedding cache on disk, {recomputed} sentences embedded]")
    print(f"warm     {rate(n, warm)}  [same Scorer]")


def five_minute_call(base, seconds: float = 300.0):
    """One call of at least ``seconds``: labelled calls' turns one after another, times shifted."""
    utterances, offset = [], 0.0
    for call in base:
        for u in call.utterances:
            shift = offset - call.utterances[0].start
            utterances.append(replace(u, start=round(u.start + shift, 2), end=round(u.end + shift, 2),
                                      words=tuple(replace(w, start=round(w.start + shift, 2),
                                                          end=round(w.end + shift, 2)) for w in u.words)))
        offset = utterances[-1].end + 0.6
        if offset >= seconds:
            break
    first = base[0]
    return replace(first, call_id="five-minutes", utterances=tuple(utterances),
                   segments=tuple(replace(u, speaker=None, role=None) for u in utterances))


def main_long() -> None:
    import resource

    from qa.formats import load_call
    from qa.score import Scorer

    base = [load_call(p) for p in sorted((ROOT / "tests/data/scoring/calls").glob("en-*.json"))]
    call = five_minute_call(base * 4)
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "e5.sqlite"
        start = time.perf_counter()
        scorer = Scorer("helpdesk_acts", embed_cache=cache)
        scorer.score(load_call(ROOT / "tests/data/scoring/heldout/ho-en-01.json"))  # load the models
        load = time.perf_counter() - start
        before = scorer.embedder.computed
        first = timed(scorer, [call], batch=True)
        embedded = scorer.embedder.computed - before
        scorer.close()
        rescorer = Scorer("helpdesk_acts", embed_cache=cache)
        rescorer.score(call)
        rescore = timed(rescorer, [call] * 20)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"one call of {call.duration:.0f} s, {len(call.words)} words, {len(call.utterances)} turns; "
          f"model load {load:.2f} s")
    print(f"first time  {first[0]:.2f} s wall, {first[1]:.2f} CPU s  [{embedded} units embedded]")
    print(f"re-score    {rate(20, rescore)}  [fresh Scorer, embedding cache on disk]")
    print(f"peak RSS    {peak:.0f} MB")


def main_store(n: int, rubric: str, jobs_list: list[int]) -> None:
    """`qa score --db` on a store of ``n`` calls (clones of the sample transcripts, as bench_serve
    makes them): read every call, score, commit, write each result JSON. The calls are scored once
    before timing, as `qa run` did (their sentences are then in the embedding cache on disk); each
    timed pass is a fresh process re-scoring them all, as after a new rubric version: with --jobs 1
    its models are loaded before timing, with more its workers' start and model loads are timed.
    Each pass runs in its own process so that its peak memory is its own."""
    import subprocess

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_serve

    from qa.rubric import load_rubric
    from qa.score import Scorer
    from qa.score.batch import rescore_store
    from qa.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "qa.sqlite"
        cache = Path(tmp) / "e5.sqlite"
        os.environ["QA_EMBED_CACHE"] = str(cache)  # the worker processes' cache too
        bench_serve.fill(db, n)
        # The first scoring (what `qa run` did): every sentence embedded once, into the disk cache.
        first = Scorer(rubric, embed_cache=cache)
        rescore_store(db, load_rubric(rubric), scorer=first)
        first.close()
        with Store(db) as store:
            words = len(store.get_call("bench-000000").words)
        rows = []
        for jobs in jobs_list:
            load_before = os.getloadavg()[0]
            child = subprocess.run([sys.executable, __file__, "--store-pass", str(db), rubric, str(jobs),
                                    str(Path(tmp) / f"out-{jobs}")], check=True, capture_output=True, text=True)
            rows.append((jobs, *map(float, child.stdout.split()[-5:]), load_before, os.getloadavg()[0]))
    print(f"stored calls: {n}, {words} words each (clones of samples/call-06 and call-07), rubric {rubric}")
    print("| rubric | jobs | calls | wall s | calls/s (wall) | CPU s | CPU ms per call | calls per CPU-s "
          "| peak RSS main | peak RSS worker | load before/after |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for jobs, count, wall, cpu, peak, worker, before, after in rows:
        print(f"| {rubric} | {jobs} | {count:.0f} | {wall:.1f} | {count / wall:.0f} | {cpu:.1f} "
              f"| {1000 * cpu / count:.2f} | {count / cpu:.0f} | {peak:.0f} MB | "
              f"{f'{worker:.0f} MB' if worker else '-'} | {before:.1f} / {after:.1f} |")


def store_pass(db: str, rubric: str, jobs: int, out: str) -> None:
    """One timed re-scoring of the store (run by main_store in a process of its own); prints
    calls, wall s, CPU s (this process and its workers), peak RSS of this process and of the
    largest worker, in MB."""
    import resource

    from qa.rubric import load_rubric
    from qa.score import Scorer
    from qa.score.batch import rescore_store

    scorer = None
    if jobs == 1:  # models loaded before timing: a long-running scorer, as in `qa run`
        scorer = Scorer(rubric, embed_cache=os.environ["QA_EMBED_CACHE"])
        rescore_store(db, load_rubric(rubric), call_ids=["bench-000000", "bench-000001"], scorer=scorer)
    start, cpu = time.perf_counter(), time.process_time()
    run = rescore_store(db, load_rubric(rubric), out, scorer=scorer, jobs=jobs)
    wall = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - cpu + children.ru_utime + children.ru_stime
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(len(run.results), wall, cpu, peak, children.ru_maxrss / 1024)


if __name__ == "__main__":
    if sys.argv[1:] == ["--long"]:
        main_long()
    elif sys.argv[1:2] == ["--store-pass"]:
        store_pass(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
    elif sys.argv[1:2] == ["--store"]:
        main_store(int(sys.argv[2]) if len(sys.argv) > 2 else 10_000, sys.argv[3] if len(sys.argv) > 3 else "helpdesk",
                   [int(j) for j in sys.argv[4:]] or [1, 2])
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
