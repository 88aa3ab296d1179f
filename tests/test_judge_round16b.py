"""Sixteenth round (b) of the learned judge (issue 10; docs/rubrics.md, "Sixteenth round (b): frozen16's
causes"): when a request was logged is no time frame; a request to repeat reads nothing back; a
Taglish "wait lang po" from the agent announces a hold. frozen16 is in-sample since this round; every
call here is new wording."""
from __future__ import annotations

import pytest

from synthetic import scripted_call, tagged_turn


@pytest.fixture(scope="module")
def scorer():
    from qa.score.engine import Scorer

    return Scorer("helpdesk_acts", use_disk_cache=False)


def _verdicts(scorer, call):
    return {v.id: v for v in scorer.score(call).criteria}


def _option_check(criterion, act, lang, cases):
    from qa.model import Segment
    from qa.rubric import load_rubric
    from qa.score.checks.act import unwanted
    from qa.score.nlp import TextAnalyzer

    rubric = load_rubric("helpdesk_acts")
    options = next(c.checks[0].options for s in rubric.sections for c in s.criteria if c.id == criterion)
    ctx = type("Ctx", (), {"lang": lang, "analyzer": TextAnalyzer()})()
    for text, dropped in cases:
        turn = Segment(0.0, 3.0, text, role="agent")
        assert unwanted(ctx, tagged_turn(turn, **{act: 0.8}), act, options) == dropped, text


def test_when_a_request_was_logged_is_no_time_frame():
    _option_check("escalation.timeframe", "states_timeframe", "ko", [
        ("화요일 접수로 되어 있네요, 담당 기사님이 확인 중입니다.", True),
        ("지난주 금요일 접수로 돼 있고요.", True),
        ("내일 오후 세 시까지 기사님이 방문하실 거예요.", False),
    ])


def test_a_request_to_repeat_reads_nothing_back():
    _option_check("escalation.read_back", "reads_back", "en", [
        ("Sorry, I didn't catch the last part?", True),
        ("Could you say that again, please?", True),
        ("So that's the boiler in unit four losing pressure since Sunday, correct?", False),
    ])
    _option_check("escalation.read_back", "reads_back", "ko", [
        ("죄송한데 다시 말씀해 주시겠어요?", True),
        ("그러니까 지난달 요금이 두 번 빠져나갔다는 말씀이시죠?", False),
    ])


@pytest.mark.parametrize("announce, hold", [
    ("A: ok po, wait lang po.", "fail"),   # announced, never asked
    ("A: Pwede po ba kayo mag-hold sandali habang chine-check ko?", "pass"),
])
def test_taglish_wait_lang_from_the_agent_is_a_hold(scorer, announce, hold):
    lines = ["A: Salamat po sa pagtawag sa Lakbay Tours, si Carla po ito. Ano pong maitutulong ko?",
             "C: Hi po, yung booking ko po sa Sabado hindi ko makita sa app.",
             "A: Pakibigay po ng booking number.", "C: LT 5521 po.",
             announce, "[gap 8]",
             "A: Ayan po, naka-confirm na po para sa Sabado.",
             "C: Ah okay po, salamat.", "A: May iba pa po ba?", "C: Wala na po.",
             "A: Salamat po sa pagtawag, ingat po."]
    found = _verdicts(scorer, scripted_call(lines, "tl"))
    assert found["hold.permission"].verdict == hold, found["hold.permission"].reason
