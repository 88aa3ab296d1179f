"""The ninth round's written tuning calls (tests/data/judge/tune7_calls.txt, in-sample, not a test set):
the text builds exactly the committed tune7/ call JSON and every label names a rubric criterion."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

JUDGE = Path(__file__).resolve().parent / "data" / "judge"


def test_ninth_round_tuning_calls_match_their_text_and_labels_name_rubric_criteria():
    from qa.calibrate import load_verdicts
    from qa.rubric import load_rubric

    spec = importlib.util.spec_from_file_location("judge_build", JUDGE / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    parsed = list(build.scoring.parse((JUDGE / "tune7_calls.txt").read_text(encoding="utf-8")))
    assert [head[1] for head, _, _ in parsed] == ["en"] * 4 + ["ko"] * 6 + ["tl"] * 3
    for head, lines, _ in parsed:
        built = build.scoring.build_call(head[0], head[1], lines, True)
        assert built == json.loads((JUDGE / "tune7" / f"{head[0]}.json").read_text(encoding="utf-8"))
    criteria = {c.id for section in load_rubric("helpdesk_acts").sections for c in section.criteria}
    labels = load_verdicts(JUDGE / "tune7.csv")
    assert len(labels) == 13 * len(criteria) and {label.criterion for label in labels} == criteria
