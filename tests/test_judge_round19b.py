"""Outcome round 19b of the learned judge (issue 10; docs/rubrics.md, "Nineteenth round (b): caller-owed and
desk-owed follow-ups"): the caller told to call again if it still fails (in formal Tagalog, text-speak and
Taglish too) hands nothing on; another person or team of the desk that reviews the case and gets back to the
caller is a hand-on said in words; the caller's relief at the plan and a Korean "아니요 그거면 됐습니다" (no,
that's all) confirm no fix; a Korean reference read with "다시" for its hyphen is a number; what reaches the
caller later by text ("문자로 보내 드릴게요") is the next step. frozen19 is in-sample since this round; every
call here is new wording."""
from __future__ import annotations

import pytest

from synthetic import outcome_with_classes, scripted_call
from test_judge_round14b import _verdicts, scorer  # noqa: F401 - the helpdesk_acts scorer fixture
from test_judge_round18a import _turns


_OPEN = [("agent", "Hi, this is the appliance desk, how can I help?", {"offers_help": 0.95}),
         ("customer", "The dishwasher won't drain since the plumber came.", {})]


# --- the caller told to call again if it still fails -------------------------------------------------------


@pytest.mark.parametrize("said", [
    "Kung hindi pa rin po umaandar mamayang gabi, tumawag na lang po kayo ulit at ipapadala namin ang technician.",
    "kpag d p rin gumana bukas, tawag n lng kau ulit ha",
    "If hindi pa rin siya nag-drain after that, call na lang kayo ulit, okay?",
])
def test_the_caller_told_to_call_again_in_tagalog_is_advice(said):
    """Text-speak ("d p rin", "tawag n lng kau") and Taglish ("if hindi pa rin ... call na lang kayo ulit")
    were no advice: the act model's call-back (p 0.95) on such words made the caller's follow-up a hand-off."""
    from qa.score.outcome import _advice, _committed_last, _shown_where

    turns, tagged = _turns([*_OPEN, ("agent", said, {"promises_callback": 0.95, "states_next_steps": 0.9}),
                            ("customer", "Sige po, salamat.", {})])
    assert _advice(turns[2]), said
    assert _committed_last(turns, tagged, 0.6) is None, said
    assert _shown_where(turns, tagged)[id(turns[2])].p("promises_callback") == 0.0, said


@pytest.mark.parametrize("said", [
    "Tatawagan po kayo ulit ng technician bukas ng umaga.",  # the desk calls again: a hand-on
    "Kung hindi po kayo available bukas, tatawagan po kayo ng technician sa Lunes.",
])
def test_the_desk_calling_again_is_no_advice(said):
    from qa.score.outcome import _advice

    turns, _ = _turns([*_OPEN, ("agent", said, {})])
    assert not _advice(turns[2]), said


# --- another person or team of the desk reviews the case and gets back ---------------------------------------


@pytest.mark.parametrize("said", [
    "Our billing team will go over the invoice and get back to you by Thursday.",
    "The assessor will look at the photos and email you the decision.",
    "Susuriin po ito ng aming billing at tatawagan po kayo sa Huwebes.",
    "iche-check po ng accounting nmin tapos ite-text po kau",
    "정산팀에서 내역 검토하고 결과 문자 드리겠습니다",
    "본사에서 사진 확인하고 메일로 보내 드릴게요",
])
def test_a_review_by_someone_of_the_desk_is_a_hand_on(said):
    from qa.score.outcome import _hand_on_words

    turns, _ = _turns([*_OPEN, ("agent", said, {})])
    assert _hand_on_words(turns[2]) is not None, said


@pytest.mark.parametrize("said", [
    "Could you check the filter and let us know?",
    "You will go through the steps and then call us if it fails.",
    "고객센터에서 문자 받으셨어요?",
])
def test_the_caller_checking_is_no_hand_on(said):
    from qa.score.outcome import _hand_on_words

    turns, _ = _turns([*_OPEN, ("agent", said, {})])
    assert _hand_on_words(turns[2]) is None, said


# --- relief at the plan, and "no, that's all", confirm no fix ----------------------------------------------------


@pytest.mark.parametrize("relief", ["Oh, that's a relief.", "Buti naman po kung ganun.", "아 네 그럼 안심이 되네요"])
def test_relief_at_the_plan_confirms_no_fix(relief):
    from qa.score.outcome import _committed_last

    plan = ("The warranty team will check the pump and call you within two working days.",
            {"promises_callback": 0.8, "states_next_steps": 0.9, "states_timeframe": 0.9})
    turns, tagged = _turns([*_OPEN, ("agent", *plan), ("customer", relief, {"confirms_fixed": 0.85})])
    committed = _committed_last(turns, tagged, 0.6)
    assert committed is not None and committed[0].text == plan[0], relief


def test_relief_with_words_that_say_it_works_still_confirms():
    from qa.score.outcome import _committed_last

    turns, tagged = _turns([*_OPEN, ("agent", "The warranty team will check it and call you within two days.",
                                     {"promises_callback": 0.8, "states_next_steps": 0.9}),
                            ("customer", "아 다행이네요 방금 다시 해 보니까 이제 잘 돼요", {"confirms_fixed": 0.9})])
    assert _committed_last(turns, tagged, 0.6) is None


@pytest.mark.parametrize("said, fixed", [
    ("아니요 그걸로 됐어요", False),
    ("그 정도면 됐습니다 감사합니다", False),
    ("아뇨 이제 됐어요", False),
    ("네 이제 물 빠지네요 됐어요", True),  # a fix said in words still counts
])
def test_a_korean_decline_of_more_help_is_no_fix(said, fixed):
    from qa.score.outcome import says_fixed

    turns, _ = _turns([*_OPEN, ("customer", said, {})])
    assert bool(says_fixed(turns[2])) is fixed, said


# --- a Korean reference with its hyphen said, and what reaches the caller by text ------------------------------


@pytest.mark.parametrize("said, number", [
    ("신청번호는 사칠일 다시 공이팔이에요", True),
    ("공일공 다시 삼삼사 다시 칠팔구", True),
    ("이삼일 다시 기다려 주세요", False),  # two or three days, then "again"
])
def test_a_korean_number_read_with_its_hyphen(said, number):
    from qa.score.shapes import has_number

    assert has_number(said) is number, said


def test_a_result_sent_by_text_later_is_the_next_step(scorer):
    lines = ["A: 감사합니다 한빛렌탈 고객센터 김도윤입니다 무엇을 도와드릴까요",
             "C: 정수기 렌탈료가 이번 달에 두 번 빠져나갔어요",
             "A: 불편 드려 죄송합니다 고객님 성함과 연락처 말씀해 주시겠어요",
             "C: 박지은이고요 공일공 삼삼사 칠칠팔팔이에요",
             "A: 네 확인됐습니다 정산팀에 환불 검토 요청으로 접수했습니다 접수번호는 칠공삼 다시 일사팔입니다",
             "C: 네",
             "A: 정산팀에서 내역 확인하고 환불 여부를 이틀 안에 문자로 보내 드릴게요",
             "C: 네 알겠습니다",
             "A: 더 궁금하신 점 있으세요",
             "C: 아니요",
             "A: 감사합니다 좋은 하루 보내세요"]
    found = _verdicts(scorer, scripted_call(lines, "ko"))
    assert found["escalation.next_steps"].verdict == "pass", found["escalation.next_steps"].reason
    assert found["escalation.ticket_number"].verdict == "pass", found["escalation.ticket_number"].reason


# --- an offered hand-on the caller turns down ------------------------------------------------------------------


@pytest.mark.parametrize("reply, called_off", [
    ("Ten days? No, forget it, I'll sort it out at my optician.", True),
    ("Ten days is fine, go ahead.", False),
])
def test_a_doubtful_hand_on_turned_down_is_no_hand_off(monkeypatch, reply, called_off):
    """The classifier's hand-off (the desk calls back, p 0.57) stood on an offer the act model read at p 0.52
    ("we could send them to the workshop for a remake"), which :func:`_last_hand_on` counts from 0.4, while the
    caller's "forget it" was checked only against hand-ons from 0.6: the call stayed a likely hand-off."""
    lines = [("agent", "Kestrel Frames, how can I help?", {"offers_help": 0.95}),
             ("customer", "The glasses you made me have the wrong lenses in them.", {}),
             ("agent", "We could send them to the workshop for a remake, but that takes ten days.",
              {"promises_callback": 0.52}),
             ("customer", reply, {}),
             ("agent", "Alright, bye.", {})]
    decided = outcome_with_classes(monkeypatch, lines, (0.03, 0.04, 0.0, 0.57, 0.02, 0.34))
    assert ("called the hand-on off" in decided.reason) is called_off, decided.reason
    assert (not decided.probabilities) is called_off, decided.reason  # no hand-off mass left to settle on
