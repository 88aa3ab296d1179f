"""Golden cases (tests/golden/*.yaml): a transcript in, a verdict out, per check kind and language.

Each file has ``kind:`` (a check kind, ``outcome`` or ``rubric``) and ``cases:``; transcripts use the
same line format as the labelled set (tests/data/scoring/build.py): "A: ..." agent, "C: ..." customer,
"I: ..." IVR prompt, "A~0.3:" low ASR probability, "C+:" overlapping, "[gap 9]" silence. A case may add
``metadata`` (merged into the call's), ``company_names`` (single-check rubrics) and, for outcomes,
``follow_up_by``.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from qa.fileio import load_yaml
from qa.model import Call
from qa.rubric import rubric_from_dict

GOLDEN = Path(__file__).resolve().parent / "golden"
_spec = importlib.util.spec_from_file_location("scoring_build", GOLDEN.parent / "data" / "scoring" / "build.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


def _cases():
    for path in sorted(GOLDEN.glob("*.yaml")):
        data = load_yaml(path)
        for index, case in enumerate(data["cases"]):
            yield pytest.param(data, case, id=f"{path.stem}[{index}] {case['name']}")


def _call(case) -> Call:
    lines = [line.strip() for line in case["transcript"].strip().splitlines() if line.strip()]
    data = build.build_call("golden", case["language"], lines, case.get("roles", True))
    data["metadata"].update(case.get("metadata") or {})
    return Call.from_dict(data)


@pytest.fixture(scope="module")
def scorers():
    """One Scorer per rubric, built once (pipelines and embeddings load once for all cases)."""
    from qa.score import Scorer

    cache: dict = {}

    def get(rubric):
        key = id(rubric) if not isinstance(rubric, str) else rubric
        if key not in cache:
            cache[key] = Scorer(rubric, use_disk_cache=False)
        return cache[key]

    shared = get("helpdesk")
    return get, shared


def _one_check_rubric(kind: str, options: dict, company_names=()):
    return rubric_from_dict({"id": "golden", "version": "1", "bands": {"pass": 80, "fail": 0},
                             "company_names": list(company_names), "sections": [
        {"id": "s", "criteria": [{"id": "s.check", "description": "golden", "weight": 1,
                                  "checks": [{"kind": kind, **options}]}]}]})


@pytest.mark.parametrize("data, case", list(_cases()))
def test_golden(data, case, scorers):
    get, shared = scorers
    call = _call(case)
    kind = data["kind"]
    if kind == "outcome":
        from qa.score.outcome import decide_outcome

        outcome = decide_outcome(call)
        assert outcome.outcome == case["outcome"], outcome.reason
        assert outcome.reason
        if "follow_up_by" in case:
            assert outcome.follow_up_by == case["follow_up_by"], outcome.reason
        return
    if kind == "rubric":
        result = get(data["rubric"]).score(call)
        got = {v.id: v.verdict for v in result.criteria}
        want = case["verdicts"]
        assert {k: got[k] for k in want} == want, {v.id: v.reason for v in result.criteria if v.id in want}
        if "band" in case:
            assert result.band == case["band"]
        if "auto_failed" in case:
            assert result.auto_failed == case["auto_failed"]
        return
    # A single check: share the helpdesk Scorer's pipelines and embeddings with a one-check rubric.
    from dataclasses import replace

    scorer = replace_rubric(shared, _one_check_rubric(kind, case.get("options", {}), case.get("company_names", ())))
    verdict = scorer.score(call).criteria[0]
    assert verdict.verdict == case["verdict"], verdict.reason
    assert verdict.reason
    if verdict.verdict in ("pass", "fail"):
        assert verdict.evidence or kind in ("dead_air", "overtalk", "talk_ratio", "handle_time"), verdict
    text = " ".join([verdict.reason] + [f"{e.text} {e.matched}" for e in verdict.evidence])
    if "matched" in case:
        assert case["matched"] in text
    if "reason" in case:
        assert case["reason"] in verdict.reason


def replace_rubric(scorer, rubric):
    """The same loaded pipelines and embeddings, another rubric (what a batch re-score does)."""
    import copy

    clone = copy.copy(scorer)
    clone.rubric = rubric
    clone.learn(rubric)
    return clone
