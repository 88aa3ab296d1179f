"""Outcome round 17b of the learned judge (issue 10; docs/rubrics.md, "Seventeenth round (b): the call
outcome"): the outcome errors the audit (tests/data/judge/outcome_audit.py) found on the seen sets, as
general help-desk rules. A fix the agent reports done on the call is no hand-off, nor is a hand-on the
caller then confirms fixed; Korean "돌려 드리" with money before it gives money back, it transfers no
call; the agent passing the case to the person of the desk who can do it, sending someone out, or a
third person of the desk taking the next step hands the call on, also on a call the classifier reads as
stopping. The seen sets are in-sample since this round; every call here is new wording."""
from __future__ import annotations

import pytest

from synthetic import tagged_turn as _tagged


def _turn(text, role="agent", start=0.0):
    from qa.model import Segment

    return Segment(start, start + 3.0, text, role=role)


def _call(turns):
    from dataclasses import replace

    from qa.model import Call

    return Call("t", utterances=tuple(replace(t, speaker="S0" if t.role == "agent" else "S1") for t in turns))


def _decide(lines):
    """decide_outcome on a call given as (role, text, acts) rows, the act model's reading as given."""
    from qa.score.outcome import decide_outcome
    from qa.score.text import turns_of

    call = _call([_turn(text, role, 5.0 * i) for i, (role, text, _) in enumerate(lines)])
    turns = turns_of(call)
    tagged = {id(t): _tagged(t, **acts) for t, (_, _, acts) in zip(turns, lines)}
    return decide_outcome(call, tagged)


# --- money given back is no transfer -------------------------------------------------------------------


@pytest.mark.parametrize("said, transfers", [
    ("차액은 포인트로 돌려 드리고 다음 달에 반영됩니다", False),
    ("이번 달 요금은 계좌로 돌려 드리겠습니다", False),
    ("결제하신 금액 전액 돌려 드리고요", False),
    # a call put through
    ("지금 담당자에게 전화 돌려 드리겠습니다", True),
    ("잠시만요 예약팀으로 돌려 드리겠습니다", True),
])
def test_korean_give_back_is_no_transfer(said, transfers):
    from qa.score.outcome import _text_cues

    found = any(outcome == "transferred" for outcome, _ in _text_cues(said, "agent"))
    assert found == transfers, said


# --- words that hand the call on ----------------------------------------------------------------------


@pytest.mark.parametrize("said, hands_on", [
    # the case passed to the person of the desk who can do it, who calls
    ("그건 팀장님께 전달해 드릴게요", True),
    ("정산 담당자한테 넘겨 놓을게요", True),
    ("모레 오후에 연락드릴 예정이에요", True),
    # someone sent out
    ("I'll send an electrician over before five.", True),
    ("We're sending security up to the third floor now.", True),
    ("papupuntahin ko na po yung electrician ngayon", True),
    ("ipapadala po namin yung technician bukas ng umaga", True),
    ("보안 요원 바로 올려 보낼게요", True),
    # a third person of the desk takes the next step
    ("If the line's busy, he'll leave you a voicemail with the slot.", True),
    ("They'll text you once the parts are in.", True),
    ("tatawag po sila bukas ng hapon", True),
    ("magte-text po siya pag ready na", True),
    # nobody else does anything
    ("I'll send you the link by email.", False),
    ("ipapadala ko po yung resibo sa email nyo", False),
    ("제가 바로 확인해 볼게요", False),
    ("You'll see the refund on your statement in three days.", False),
])
def test_words_that_hand_the_call_on(said, hands_on):
    from qa.score.outcome import _hand_on_words

    assert (_hand_on_words(_turn(said)) is not None) == hands_on, said


# --- a fix done on the call ---------------------------------------------------------------------------


@pytest.mark.parametrize("lines", [
    # the agent reports the fix done; an act model reading "escalates" on it decides nothing
    [("agent", "Thanks for calling Northfield Optics, how can I help?", {"offers_help": 0.95}),
     ("customer", "My order of contact lenses came with the wrong strength.", {}),
     ("agent", "Sorry about that. I've reissued the order with the right strength, no charge, "
               "it ships on Monday.", {"escalates": 0.75, "states_timeframe": 0.95, "states_next_steps": 0.6}),
     ("customer", "Okay.", {}),
     ("agent", "Thanks for calling, bye.", {"thanks_farewell": 0.9})],
    [("agent", "magandang hapon po, ano po concern nila", {"offers_help": 0.9}),
     ("customer", "nadoble po yung bayad ko s load", {}),
     ("agent", "na-reverse ko n po ung isang bayad, babalik po s gcash nyo mamaya",
      {"escalates": 0.75, "states_timeframe": 0.9, "states_next_steps": 0.6}),
     ("customer", "ok po", {}),
     ("agent", "salamat po s pagtawag", {"thanks_for_calling": 0.9})],
])
def test_a_fix_the_agent_reports_done_is_resolved(lines):
    outcome = _decide(lines)
    assert outcome.outcome == "resolved", outcome.reason


@pytest.mark.parametrize("said, done", [
    ("I've reissued the order with the right strength, it ships on Monday.", True),
    ("na-reverse ko n po ung isang bayad", True),
    ("네 요금 취소 처리했어요", True),
    # a request, a visit or the case passed on is no fix done
    ("I've sent a repair request, you'll hear from them this week.", False),
    ("I've ordered a technician visit for Monday morning.", False),
    ("I've sent your claim to the billing team.", False),
    ("방문 점검 요청 처리했어요", False),
])
def test_a_fix_reported_done(said, done):
    from qa.score.outcome import _done_fix

    assert (_done_fix(_turn(said)) is not None) == done, said


def test_a_hand_on_the_caller_then_confirms_fixed_is_resolved():
    """An escalation the classifier reads, then the caller says it works now: resolved, as with cue
    phrases alone; a bare "that works for me" (a plan accepted) is no confirmation."""
    lines = [("agent", "Citywide Parking, Dana speaking, what's up?", {"offers_help": 0.9}),
             ("customer", "The barrier won't lift for my permit.", {}),
             ("agent", "I'm flagging it with the gate crew now, they'll reset it within ten minutes.",
              {"escalates": 0.9, "states_timeframe": 0.9}),
             ("customer", "Oh, there it goes, it's working now, the barrier's up.", {"confirms_fixed": 0.95}),
             ("agent", "Great, drive safe.", {"thanks_farewell": 0.9})]
    outcome = _decide(lines)
    assert outcome.outcome == "resolved", outcome.reason
    from qa.score.outcome import _fixed_after

    hand_on = _turn("I'll pass it to the gate crew, they'll call you within the hour.", start=0.0)
    accepted = _turn("Okay, that works for me.", role="customer", start=5.0)
    tagged = {id(hand_on): _tagged(hand_on, escalates=0.9), id(accepted): _tagged(accepted, confirms_fixed=0.9)}
    assert _fixed_after([hand_on, accepted], tagged, hand_on, 0.6) is None


def test_a_call_that_stops_on_a_hand_on_in_words_is_a_hand_off():
    """No hand-on act, but the agent's last commitment passes the case to a colleague who calls: not
    undecided."""
    lines = [("agent", "네 한빛빌라 관리실입니다", {}),
             ("customer", "주차 스티커가 아직 안 나왔어요", {}),
             ("agent", "아 그건 총무님이 발급하시는데 지금 자리에 안 계세요", {"account_action": 0.4}),
             ("customer", "그럼 어떻게 해요", {}),
             ("agent", "총무님께 전달해 놓을게요 오늘 오후 중으로 전화드릴 거예요", {"states_timeframe": 0.95}),
             ("customer", "네 알겠어요", {})]
    outcome = _decide(lines)
    assert outcome.outcome in ("follow_up", "escalated", "transferred"), outcome.reason


# --- the next step of a hand-on said in words --------------------------------------------------------


@pytest.fixture(scope="module")
def scorer():
    from qa.score.engine import Scorer

    return Scorer("helpdesk_acts", use_disk_cache=False)


@pytest.mark.parametrize("said, lang", [
    ("담당 설계사님이 오늘 오후에 연락드려서 필요한 서류 목록 정리해 드릴 거예요", "ko"),
    ("papupuntahin ko po yung electrician namin para tingnan yung breaker", "tl"),
    ("I'll send someone up from facilities to look at the heater this afternoon.", "en"),
])
def test_the_next_step_of_a_hand_on_said_in_words(scorer, said, lang):
    """Who calls before what they do ("연락드려서 ... 알려 드릴 거예요"), or someone of the desk sent out:
    the next step is said (the hint words pass the check whatever the act model reads)."""
    from qa.score.text import turns_of
    from synthetic import scripted_call

    call = scripted_call(["A: Hello, how can I help?", "C: I have a problem with my account.", f"A: {said}",
                          "C: Okay."], lang)
    ctx = scorer.context(call)
    criterion = next(c for c in scorer.rubric.criteria if c.id == "escalation.next_steps")
    hits = ctx.find(turns_of(call), criterion.checks[0].options["hints"])
    assert any(turn.role == "agent" for turn, *_ in hits), said
