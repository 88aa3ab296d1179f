"""Round 21a of the learned judge (issue 10; docs/rubrics.md, "Twenty-first round (a): frozen21's causes"):
the caller told to call again when a named state persists ("kung <state> pa rin ..., tumawag po kayong
muli") is advice, no hand-off; something sent to the caller on the call, said in the past, owes no
call-back; formal Tagalog "Maaari po ba ..." asks permission to hold; Korean "대기해 주세요" (please hold)
announces a hold and "대기해 주시겠어요" asks; a desk named for the work it does
inside an organisation ("Talent Acquisition", "Paratransit Scheduling") names no company. frozen21 is
in-sample since this round; every sentence here is new wording."""
from __future__ import annotations

import pytest

from synthetic import scripted_call
from test_judge_round14b import _verdicts, scorer  # noqa: F401 - the helpdesk_acts scorer fixture
from test_judge_round18a import _turns
from test_judge_round19b import test_the_caller_told_to_call_again_in_tagalog_is_advice as _caller_calls_again
from test_judge_round19b import test_the_desk_calling_again_is_no_advice as _desk_calls_again
from test_judge_round20b import test_a_check_the_agent_says_they_go_to_is_a_hold as _announced_hold

_OPEN = [("agent", "Hi, this is the permits desk, how can I help?", {"offers_help": 0.95}),
         ("customer", "My permit still shows unpaid on the website.", {})]  # as round 19b's, new wording


# --- the caller told to call again when a named state persists --------------------------------------------


@pytest.mark.parametrize("said", [
    "Kung unpaid pa rin po ang status sa Lunes, muli po kayong tumawag at dalhin ang OR.",
    "Kapag naka-pending pa rin po bukas, tumawag po kayong muli sa amin.",
    "pag offline p rin mamaya, tawag n lng kau ulit",
])
def test_the_caller_told_to_call_again_when_a_state_persists_is_advice(said):
    """"Kung expired pa rin ..., tumawag po kayong muli" (formal: "kayong", the adverb last) was no advice
    and no caller-owed call: the act model's call-back made the caller's own follow-up a hand-off."""
    _caller_calls_again(said)


@pytest.mark.parametrize("said", [
    "Kung pending pa rin po bukas, tatawagan po namin kayo.",  # the desk rings: a hand-on
    "Kung busy pa rin po kayo, tatawagan na lang po kayo ng inspector sa Lunes.",
])
def test_the_desk_ringing_when_a_state_persists_is_no_advice(said):
    _desk_calls_again(said)


# --- something sent on the call, said in the past -----------------------------------------------------------


def _call_back_left(said: str) -> float:
    from qa.score.outcome import _shown_where

    turns, tagged = _turns([*_OPEN, ("agent", said, {"promises_callback": 0.8}), ("customer", "Okay.", {})])
    return _shown_where(turns, tagged)[id(turns[2])].p("promises_callback")


@pytest.mark.parametrize("said, left", [
    ("문자로 접수 내역 다시 보내 드렸어요", 0.0),
    ("I've just resent the invoice to your email.", 0.0),
    ("Na-send ko na po ulit ang link sa inyo.", 0.0),
    # ... a sending still to come is a call-back
    ("I've sent it to billing and they'll call you tomorrow.", 0.8),
    ("결과는 문자로 보내 드릴게요", 0.8),
])
def test_something_sent_on_the_call_owes_no_call_back(said, left):
    assert _call_back_left(said) == pytest.approx(left), said


# --- formal "Maaari po ba ..." asks to hold -------------------------------------------------------------


def test_formal_tagalog_may_i_asks_permission_to_hold(scorer):
    lines = ["A: Magandang hapon po, Tanggapan ng Lisensya, si Ginang Cruz po ito. Ano po ang maitutulong ko?",
             "C: Magandang hapon po. Hindi pa po dumarating ang lisensya ko.",
             "A: Maaari po ba akong humingi ng kaunting panahon? Titingnan ko po sa talaan.",
             "C: Opo, sige po.",
             "[gap 20]",
             "A: Salamat po sa paghihintay. Nakahanda na po ito, maaari n'yo na pong kunin.",
             "C: Salamat po.",
             "A: Salamat din po sa pagtawag."]
    found = _verdicts(scorer, scripted_call(lines, "tl"))
    assert found["hold.permission"].verdict == "pass", found["hold.permission"].reason


# --- Korean "잠시 대기해 주세요" announces a hold; "대기해 주시겠어요?" asks --------------------------------


def test_a_korean_please_hold_announces_a_hold(scorer):
    _announced_hold(scorer, "ko", "A: 네 주문 내역 보려면 조금 대기해 주십시오")  # no dead air, no permission


def test_a_korean_may_you_hold_asks(scorer):
    lines = ["A: 네 한울가구 배송팀 정다은입니다 무엇을 도와드릴까요", "C: 식탁이 아직 안 왔어요",
             "A: 조회하는 동안 잠깐 대기해 주시겠어요", "[gap 12]", "A: 기사님이 오후 세 시쯤 도착하십니다", "C: 네 감사합니다"]
    found = _verdicts(scorer, scripted_call(lines, "ko"))["hold.permission"]
    assert found.verdict == "pass", found.reason


# --- a desk named for its work --------------------------------------------------------------------------


@pytest.mark.parametrize("opening, company", [
    ("Recruitment, Joy speaking, how can I help?", None),
    ("Good morning, Procurement po, si Liza po ito.", None),
    ("Transportation office, Dan speaking.", None),
    # ... with a name before it, the name is the business
    ("Thanks for calling Brightline Transit, this is Sam.", "Brightline"),
    ("Kestrel Talent Acquisition, this is Bea.", "Kestrel"),
])
def test_a_desk_named_for_its_work(opening, company):
    from qa.score.company import detector

    found = detector().find(opening)
    assert (found[0] if found else None) == company, found
