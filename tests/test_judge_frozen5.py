"""The fifth to thirteenth and the eighteenth to twenty-third frozen written test sets of the
judge (issue 10): frozenN_calls.txt builds exactly the committed frozenN/ call JSON, every call loads, and
every label names a criterion of the rubric with a valid verdict. The judge is deliberately not run here: each
set is a test split, measured once by the lead after the round of tuning it was frozen before (its figure goes
to docs/rubrics.md, never into an assertion)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

JUDGE = Path(__file__).resolve().parent / "data" / "judge"
# the 15-call sets (5 en, 5 ko, 5 tl); frozen14-17 are not listed here (frozen17 is left untouched until
# its first run), frozen18 to frozen23 are: building and loading them runs no judge.
SETS = [f"frozen{n}" for n in range(5, 14)] + [f"frozen{n}" for n in range(18, 24)]


def _build_module():
    spec = importlib.util.spec_from_file_location("judge_build", JUDGE / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


@pytest.mark.parametrize("name", SETS)
def test_frozen_set_matches_its_text_and_loads(name):
    from qa.formats import load_call

    build = _build_module()
    parsed = list(build.scoring.parse((JUDGE / f"{name}_calls.txt").read_text(encoding="utf-8")))
    assert [head[1] for head, _, _ in parsed] == ["en"] * 5 + ["ko"] * 5 + ["tl"] * 5
    for head, lines, labels in parsed:
        assert len(labels) == len(build.scoring.CRITERIA) and set(labels) <= set(build.scoring.CODES)
        built = build.scoring.build_call(head[0], head[1], lines, True)
        assert built == json.loads((JUDGE / name / f"{head[0]}.json").read_text(encoding="utf-8"))
        call = load_call(JUDGE / name / f"{head[0]}.json")
        assert call.call_id == head[0] and {u.role for u in call.utterances} == {"agent", "customer"}
    assert sorted(p.stem for p in (JUDGE / name).glob("*.json")) == sorted(h[0] for h, _, _ in parsed)


@pytest.mark.parametrize("name", SETS)
def test_frozen_labels_name_rubric_criteria(name):
    from qa.calibrate import load_verdicts
    from qa.rubric import load_rubric

    rubric = load_rubric("helpdesk_acts")
    criteria = {c.id for section in rubric.sections for c in section.criteria}
    labels = load_verdicts(JUDGE / f"{name}.csv")
    assert len(labels) == 15 * len(criteria)
    assert {label.criterion for label in labels} == criteria
    per_call = {}
    for label in labels:
        per_call.setdefault(label.call_id, []).append(label.criterion)
    assert len(per_call) == 15 and all(sorted(c) == sorted(criteria) for c in per_call.values())
