"""The low-ASR-probability review rule with the act model as a second opinion (issue 10, from audio):
a pass on misheard words stays a pass when the act model is sure of its turn
(``review.sure_act_probability``); a phrase match alone, an unsure act, or a fail on a misheard
window still waits for a person."""
from __future__ import annotations

from dataclasses import replace

import pytest
from synthetic import scripted_call

from qa.model import PASS, REVIEW
from qa.errors import RubricError
from qa.rubric import REVIEW_KEYS, load_rubric, rubric_from_dict

OPENING = ["A: Magandang araw po, ako po si Marvin ng ABC Company, ano po ang maitutulong ko sa inyo?",
           "C: Hello po, may tanong lang po ako tungkol sa bill ko.",
           "A: Sige po, titingnan ko po.",
           "C: Salamat po."]


def _misheard(call, probability: float = 0.3):
    """Every word below review.min_word_probability (0.5), as Whisper base gives much of Tagalog."""
    return replace(call, utterances=tuple(
        replace(u, words=tuple(replace(w, probability=probability) for w in u.words)) for u in call.utterances))


@pytest.fixture(scope="module")
def call():
    return _misheard(scripted_call(OPENING, "tl"))


def _scorer(**review):
    from qa.score.engine import Scorer

    rubric = load_rubric("helpdesk_acts")
    return Scorer(replace(rubric, review={**rubric.review, **review}), use_disk_cache=False)


def test_a_sure_act_on_misheard_words_stays_a_pass(call):
    verdict = {v.id: v for v in _scorer().score(call).criteria}["greeting.agent_name"]
    assert verdict.verdict == PASS
    assert "ASR probability 0.30 < 0.5, but the act model is sure" in verdict.reason


def test_without_a_sure_act_the_same_pass_waits_for_a_person(call):
    # the bar above any act probability: the rule as it was before (every low-probability pass is review)
    verdict = {v.id: v for v in _scorer(sure_act_probability=1.0).score(call).criteria}["greeting.agent_name"]
    assert verdict.verdict == REVIEW and "ASR probability 0.30 < 0.5" in verdict.reason


def test_a_fail_on_a_misheard_window_is_still_review(call):
    # nobody says "anything else" on this call: the fail may be misheard words, so a person decides
    verdict = {v.id: v for v in _scorer().score(call).criteria}["resolution.anything_else"]
    assert verdict.verdict == REVIEW and "may have been said and misheard" in verdict.reason


def test_sure_act_probability_is_a_documented_review_key():
    assert REVIEW_KEYS["sure_act_probability"] == 0.85
    assert load_rubric("helpdesk_acts").review["sure_act_probability"] == 0.85
    with pytest.raises(RubricError, match="sure_act_probability"):
        rubric_from_dict({"id": "x", "version": "1", "bands": {"pass": 80, "fail": 0},
                          "review": {"sure_act_probability": 2},
                          "sections": [{"id": "s", "criteria": [{"id": "c", "weight": 1, "checks": [
                              {"kind": "act", "acts": ["gives_name"]}]}]}]})
