"""End to end: `qa run samples` with the real models, checked against samples/expected.yaml.

samples/expected.yaml was written with the sample dialogues (before any stage was tuned): the real
outcome of each call, the criteria its agent fails, the ticket discrepancies seeded into it. The
reference RTTMs say who really spoke when, which gives the role accuracy of the diarization stage.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from qa.cli import main
from qa.model import AGENT, CUSTOMER
from qa.pipeline import RunOptions, run_batch

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED = yaml.safe_load((SAMPLES / "expected.yaml").read_text(encoding="utf-8"))["calls"]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    return run_batch([SAMPLES], out, RunOptions())


def _reference_turns(call_id: str) -> list[tuple[float, float, str]]:
    turns = []
    for line in (SAMPLES / f"{call_id}.ref.rttm").read_text().splitlines():
        parts = line.split()
        start, duration, who = float(parts[3]), float(parts[4]), parts[7]
        turns.append((start, start + duration, who))
    return turns


def test_every_sample_call_is_scored(batch):
    assert batch.failures == []
    assert sorted(r.call_id for r in batch.results) == sorted(EXPECTED)


@pytest.mark.parametrize("call_id", ["call-01", "call-02", "call-03", "call-04", "call-05"])
def test_roles_are_right_on_recorded_calls(batch, call_id):
    call = next(c for c in batch.calls if c.call_id == call_id)
    reference = _reference_turns(call_id)
    agree = total = 0
    for word in call.words:
        middle = (word.start + word.end) / 2
        who = next((w for s, e, w in reference if s <= middle < e), None)
        if who in (AGENT, CUSTOMER):
            total += 1
            agree += word.role == who
    assert total > 50
    assert agree / total >= 0.9, f"{call_id}: role of {agree}/{total} words right"


@pytest.mark.parametrize("call_id", sorted(EXPECTED))
def test_verdicts_and_outcome_match_what_the_call_shows(batch, call_id):
    expected = EXPECTED[call_id]
    result = next(r for r in batch.results if r.call_id == call_id)
    assert result.outcome.outcome == expected["outcome"], result.outcome.reason
    verdicts = {v.id: v for v in result.criteria}
    for criterion in expected["fails"]:
        assert verdicts[criterion].verdict == "fail", (criterion, verdicts[criterion].reason)
    wrongly_failed = [c for c, v in verdicts.items() if v.verdict == "fail" and c not in expected["fails"]]
    assert wrongly_failed == [], [verdicts[c].reason for c in wrongly_failed]
    for verdict in result.criteria:
        assert verdict.evidence, f"{verdict.id} has no evidence"
    if expected["hold"]:
        assert verdicts["hold.permission"].verdict == "pass"


@pytest.mark.parametrize("call_id", sorted(EXPECTED))
def test_ticket_findings_are_the_seeded_ones(batch, call_id):
    expected = EXPECTED[call_id]["ticket_findings"]
    result = next(r for r in batch.results if r.call_id == call_id)
    assert result.ticket_id is not None
    found = sorted(f.kind for f in result.findings)
    assert found == sorted(f["kind"] for f in expected), [f.message for f in result.findings]


def test_results_are_stored_and_reports_written(batch):
    out = batch.out_dir
    assert batch.index is not None and batch.index.is_file()
    with sqlite3.connect(out / "qa.sqlite") as db:
        (calls,) = db.execute("select count(*) from calls").fetchone()
    assert calls == len(EXPECTED)
    result = json.loads((out / "results" / "call-04.result.json").read_text())
    assert {"call_id", "rubric", "score", "band", "criteria"} <= set(result)


def test_a_bad_file_does_not_stop_the_batch(tmp_path):
    batch_dir = tmp_path / "calls"
    batch_dir.mkdir()
    for name in ("call-06.json", "call-07.json"):
        shutil.copy(SAMPLES / name, batch_dir / name)
    (batch_dir / "broken.wav").write_text("this is not audio\n")
    (batch_dir / "empty.json").write_text("")
    result = CliRunner().invoke(main, ["run", str(batch_dir), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "2 call(s) scored, 2 failed." in result.output
    assert "FAILED broken (transcribe)" in result.output
    assert "FAILED empty (import)" in result.output
    assert (tmp_path / "out" / "results" / "call-06.result.json").is_file()
    failures = json.loads((tmp_path / "out" / "failures.json").read_text())
    assert {f["call_id"] for f in failures} == {"broken", "empty"}
