"""Two `qa run` processes writing to the same fresh store: both finish with all their rows.

Before the store created and migrated its schema under a write lock, one of two processes opening a
new store at once failed with "table batches already exists" (3 times in 16) and its results were
lost. The first test races the store's own creation and the batch writer twenty times (cheap: the
calls are scored once, up front); the second races two whole `qa run` commands on imported
transcripts.
"""
from __future__ import annotations

import multiprocessing
import pickle
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from qa.formats import load_call
from qa.score import Scorer
from qa.worker import CallOutcome

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ROOT = SAMPLES.parent
TRIALS = 20
CALLS_PER_PROCESS = 5


def _writer_process(db: str, out: str, outcomes: bytes, start) -> None:
    """What `qa run` does with a store: open (create, migrate), start a batch, commit each call."""
    from qa.pipeline import BatchOutcome, BatchWriter
    from qa.store import Store

    start.wait()  # both processes open the fresh store at the same moment
    with Store(db) as store:
        batch_id = store.start_batch(command="qa run")
        writer = BatchWriter(store, Path(out), batch_id, BatchOutcome())
        for outcome in pickle.loads(outcomes):
            writer.commit(outcome)
        store.finish_batch(batch_id, ok=len(writer.outcome.results), failed=len(writer.outcome.failures))
        assert not writer.outcome.failures, writer.outcome.failures


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    """One scored call, copied under distinct ids for each process."""
    import os

    os.environ.setdefault("QA_EMBED_CACHE", str(tmp_path_factory.mktemp("e5") / "e5.sqlite"))
    from qa.diarize import diarize_call

    call = diarize_call(load_call(SAMPLES / "call-06.json"), None)
    scorer = Scorer("helpdesk")
    result = scorer.score(call)
    scorer.close()

    def batch(prefix: str) -> bytes:
        outcomes = []
        for n in range(CALLS_PER_PROCESS):
            call_id = f"{prefix}-{n}"
            outcomes.append(CallOutcome(call_id, "x.json", f"key-{call_id}", call=replace(call, call_id=call_id),
                                        result=replace(result, call_id=call_id)))
        return pickle.dumps(outcomes)

    return batch("first"), batch("second")


def test_two_processes_creating_the_same_store_keep_every_row_twenty_times(tmp_path, scored):
    context = multiprocessing.get_context("spawn")
    lost = []
    for trial in range(TRIALS):
        out = tmp_path / f"trial-{trial}"
        db = out / "qa.sqlite"
        start = context.Event()
        workers = [context.Process(target=_writer_process, args=(str(db), str(out), batch, start))
                   for batch in scored]
        for worker in workers:
            worker.start()
        start.set()
        for worker in workers:
            worker.join(120)
        codes = [w.exitcode for w in workers]
        with sqlite3.connect(db) as con:
            rows = {table: con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                    for table in ("batches", "calls", "results")}
            finished = con.execute("SELECT COUNT(*) FROM batches WHERE finished IS NOT NULL").fetchone()[0]
        if codes != [0, 0] or rows != {"batches": 2, "calls": 2 * CALLS_PER_PROCESS,
                                        "results": 2 * CALLS_PER_PROCESS} or finished != 2:
            lost.append((trial, codes, rows, finished))
    assert lost == [], f"rows lost in {len(lost)} of {TRIALS} trials: {lost}"


def _qa(*args: str) -> subprocess.Popen:
    code = "import sys; from qa.cli import main; sys.argv[0] = 'qa'; main()"
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def test_two_qa_run_commands_on_the_same_fresh_out_both_keep_their_calls(tmp_path, scored):
    for name, source in (("a", "call-06.json"), ("b", "call-07.json")):
        folder = tmp_path / name
        folder.mkdir()
        for n in range(2):
            (folder / f"{name}{n}.json").write_bytes((SAMPLES / source).read_bytes())
    out = tmp_path / "out"
    runs = [_qa("run", str(tmp_path / name), "--out", str(out), "--jobs", "1") for name in ("a", "b")]
    outputs = [run.communicate(timeout=600)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    with sqlite3.connect(out / "qa.sqlite") as con:
        called = sorted(r[0] for r in con.execute("SELECT call_id FROM results"))
        batches = con.execute("SELECT COUNT(*) FROM batches WHERE finished IS NOT NULL").fetchone()[0]
    assert called == ["a0", "a1", "b0", "b1"] and batches == 2
    assert sorted(p.name for p in (out / "results").iterdir()) == [
        "a0.result.json", "a1.result.json", "b0.result.json", "b1.result.json"]
