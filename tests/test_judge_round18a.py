"""Outcome round 18a of the learned judge (issue 10; docs/rubrics.md, "Eighteenth round (a): desk-owed
calls read as resolved"): after the agent's last hand-on, the caller's courtesy (thanks with an apology
for their manner or the trouble) and the caller's agreement to the plan just set out ("that works",
"okay na po yun", "그럼 돼요") confirm no fix; a complaint or request filed for the caller is no fix done.
frozen18 is in-sample since this round; every call here is new wording."""
from __future__ import annotations

import pytest

from synthetic import tagged_turn as _tagged


def _turns(lines):
    """Turns and the act model's reading as given, from (role, text, acts) rows 5 s apart."""
    from dataclasses import replace

    from qa.model import Call, Segment
    from qa.score.text import turns_of

    call = Call("t", utterances=tuple(
        Segment(5.0 * i, 5.0 * i + 3.0, text, role=role, speaker="S0" if role == "agent" else "S1")
        for i, (role, text, _) in enumerate(lines)))
    turns = turns_of(call)
    return turns, {id(t): _tagged(t, **acts) for t, (_, _, acts) in zip(turns, lines)}


_OPEN = [("agent", "Good afternoon, service desk, how can I help?", {"offers_help": 0.95}),
         ("customer", "The boiler in flat nine has stopped again.", {})]


# --- the caller's courtesy confirms no fix ----------------------------------------------------------------


@pytest.mark.parametrize("hand_on, courtesy", [
    (("The plumber will ring you before noon tomorrow to book the repair.",
      {"promises_callback": 0.8, "states_next_steps": 0.9}),
     "Thank you. Sorry for shouting earlier, it's been a long week."),
    (("기사님이 내일 오전 중으로 전화드려서 방문 시간 잡아 드릴 거예요.", {"promises_callback": 0.8, "states_next_steps": 0.9}),
     "네 감사합니다. 아까 언성 높여서 죄송해요."),
    (("Tatawagan po kayo ng aming technician bukas ng umaga para sa schedule.",
      {"promises_callback": 0.8, "states_next_steps": 0.9}),
     "Salamat po, pasensya na po sa abala kanina."),
])
def test_an_apology_after_a_hand_on_confirms_no_fix(hand_on, courtesy):
    from qa.score.outcome import _committed_last

    turns, tagged = _turns([*_OPEN, ("agent", *hand_on), ("customer", courtesy, {"confirms_fixed": 0.8})])
    committed = _committed_last(turns, tagged, 0.6)
    assert committed is not None and committed[0].text == hand_on[0], courtesy


def test_an_apology_with_words_that_say_it_works_still_confirms():
    from qa.score.outcome import _committed_last

    turns, tagged = _turns([*_OPEN, ("agent", "The plumber will ring you before noon tomorrow.", {"promises_callback": 0.8}),
                            ("customer", "Oh sorry, hang on, it's working now, the light came back.", {"confirms_fixed": 0.9})])
    assert _committed_last(turns, tagged, 0.6) is None


# --- agreement to a plan confirms no fix -------------------------------------------------------------------


@pytest.mark.parametrize("plan, agrees", [
    ("The replacement part arrives Thursday and the engineer fits it that afternoon.", "Right, okay, that works."),
    ("Darating po ang bagong piyesa sa Huwebes at ikakabit po ng technician sa hapon.", "Sige po, okay na po yun."),
    ("새 부품은 목요일에 도착하고 기사님이 오후에 설치해 드릴 거예요.", "네 그럼 돼요."),
])
def test_agreeing_to_the_plan_is_no_fix_confirmed(plan, agrees):
    from qa.score.outcome import _committed_last, _fixed_after

    turns, tagged = _turns([*_OPEN, ("agent", plan, {"escalates": 0.8, "states_timeframe": 0.95, "states_next_steps": 0.9}),
                            ("customer", agrees, {"confirms_fixed": 0.85})])
    assert _fixed_after(turns, tagged, turns[2], 0.6) is None, agrees
    assert _committed_last(turns, tagged, 0.6) is not None, agrees


@pytest.mark.parametrize("agent, caller", [
    # the caller tries the fix and says it works: confirmed, whatever words they use
    ("I've pushed the new settings to your unit, could you try it again now?", "Yes! That works now, it's heating."),
    ("Could you switch it off and on at the wall?", "Okay... yes, that works, it's on."),
])
def test_a_fix_tried_and_working_is_still_confirmed(agent, caller):
    from qa.score.outcome import _fixed_after

    turns, tagged = _turns([*_OPEN, ("agent", "I'll pass this to our heating team if it doesn't come back.",
                                     {"escalates": 0.8}),
                            ("agent", agent, {"asks_if_solved": 0.7}),
                            ("customer", caller, {"confirms_fixed": 0.9})])
    assert _fixed_after(turns, tagged, turns[2], 0.6) is not None, caller


# --- a complaint or a request filed for the caller is passed on, not done ----------------------------------


@pytest.mark.parametrize("said", [
    "I've put in a complaint with our quality team, they reply within five days.",
    "We've lodged a formal dispute with the billing department for you.",
    "Nag-submit na po ako ng kahilingan para mapalitan yung metro.",
    "Nagsampa na po kami ng reklamo tungkol sa driver.",
    "건의 사항 본사에 올려 드렸어요.",
    "불편하신 부분 민원으로 등록해 드렸어요.",
])
def test_a_complaint_or_request_filed_hands_the_call_on(said):
    from qa.score.outcome import _done_fix, _hand_on_words

    turn = _turns([("agent", said, {})])[0][0]
    assert _hand_on_words(turn) is not None, said
    assert _done_fix(turn) is None, said


@pytest.mark.parametrize("said", [
    "na-process ko na po ang reklamo ninyo sa main office",
    "고객님 민원 건 등록 처리했어요.",
])
def test_work_on_a_complaint_is_no_fix_done(said):
    from qa.score.outcome import _done_fix

    assert _done_fix(_tagged_agent(said)) is None, said


@pytest.mark.parametrize("said", [
    "I've reset the password and made a note on your account.",
    "na-refund ko na po yung sobra sa bayad",
    "배송지 주소 변경했어요.",
])
def test_work_done_on_the_call_stays_done(said):
    from qa.score.outcome import _done_fix, _hand_on_words

    turn = _tagged_agent(said)
    assert _hand_on_words(turn) is None and _done_fix(turn) is not None, said


def _tagged_agent(said):
    return _turns([("agent", said, {})])[0][0]
