"""Eleventh round of the learned judge (issue 10; docs/rubrics.md, "Eleventh round"). A caller's
confirmation said before the agent first answered them cannot resolve the call; another team taking
the next step ("our visa team will email you") hands the call on, and a bare time frame after it
("you'll get it by Friday") dates that hand-on rather than replacing it. Then the Korean words of the
round: a branch ("강남점입니다") is no agent's name. The frozen8 calls are in-sample since this round."""
from __future__ import annotations

from pathlib import Path

import pytest

from synthetic import scripted_call, tagged_turn

JUDGE = Path(__file__).resolve().parent / "data" / "judge"


@pytest.fixture(scope="module")
def scorer():
    from qa.score.engine import Scorer

    return Scorer("helpdesk_acts", use_disk_cache=False)


def _judged(scorer, name):
    from qa.formats import load_call

    return scorer.score(load_call(JUDGE / "frozen8" / f"{name}.json"))


def test_a_confirmation_before_the_agent_answered_is_dropped():
    """Only the caller's turns before the agent first does more than greet lose confirms_fixed; a
    confirmation after the agent's work keeps it, and so does one after an opening instruction."""
    from qa.model import Segment
    from qa.score.outcome import _unhelped

    turns = (Segment(0.0, 2.0, "Travel desk, how can I help?", role="agent"),
             Segment(2.5, 8.0, "I'm so confused by the visa list, and I'm self-employed.", role="customer"),
             Segment(8.5, 12.0, "I see your booking, you'll submit your ITR instead.", role="agent"),
             Segment(12.5, 14.0, "Okay that's sorted then, it works.", role="customer"))
    tagged = {id(t): tagged_turn(t, confirms_fixed=0.7) for t in turns}
    tagged[id(turns[0])] = tagged_turn(turns[0], offers_help=0.98, confirms_fixed=0.7)  # a greeting
    kept = _unhelped(turns, tagged, 0.6)
    assert kept[id(turns[1])].p("confirms_fixed") == 0.0
    assert kept[id(turns[3])].p("confirms_fixed") == pytest.approx(0.7)
    assert tagged[id(turns[1])].p("confirms_fixed") == pytest.approx(0.7)  # the caller's dict untouched
    tagged[id(turns[0])] = tagged_turn(turns[0], explains_fix=0.9)  # "Can you open tray two?"
    assert _unhelped(turns, tagged, 0.6)[id(turns[1])].p("confirms_fixed") == pytest.approx(0.7)


def test_another_team_taking_the_next_step_is_a_hand_on():
    from qa.score.outcome import _text_cues

    assert any(o == "escalated" for o, _ in _text_cues(
        "our visa team will email you the checklist po", "agent"))
    assert any(o == "escalated" for o, _ in _text_cues("the billing department will contact you", "agent"))
    assert not any(o == "escalated" for o, _ in _text_cues("I will email you the checklist", "agent"))


def test_a_bare_time_frame_dates_the_hand_on():
    """"Our visa team will email you" then "you'll get it by Friday": the hand-on stays the last
    commitment; a next step the caller takes still supersedes it."""
    from qa.model import Segment
    from qa.score.outcome import _committed_last

    caller = Segment(0.0, 2.0, "What do I submit for the visa?", role="customer")
    team = Segment(3.0, 6.0, "Our visa team will email you the checklist po.", role="agent")
    when = Segment(7.0, 8.0, "You'll get it by Friday po, at the latest.", role="agent")
    step = Segment(7.0, 8.0, "You can pick up the forms at our office tomorrow.", role="agent")
    turns = (caller, team, when)
    tagged = {id(caller): tagged_turn(caller), id(team): tagged_turn(team, states_next_steps=0.74, transfers=0.48),
              id(when): tagged_turn(when, states_timeframe=0.99)}
    assert _committed_last(turns, tagged, 0.6)[0] is team
    tagged[id(step)] = tagged_turn(step, states_next_steps=0.9, states_timeframe=0.9)
    assert _committed_last((caller, team, step), tagged, 0.6) is None


def test_fz8_tl_04_is_handed_on(scorer):
    """In-sample (frozen8): the caller's "I'm self-employed pa" read confirms_fixed p 0.69 at 6 s."""
    result = _judged(scorer, "fz8-tl-04")
    assert result.outcome.outcome != "resolved", result.outcome.reason
    verdicts = {v.id: v.verdict for v in result.criteria}
    assert verdicts["escalation.next_steps"] == "pass"
    assert verdicts["escalation.timeframe"] == "pass"
    assert verdicts["resolution.validate"] == "na"


def test_a_resolved_call_with_a_team_mention_stays_resolved(scorer):
    """A fix confirmed after the team's e-mail is promised keeps the call resolved."""
    lines = ["A: Thanks for calling Northwind, this is Sam, how can I help?",
             "C: I can't log in to the portal, it says my account is locked.",
             "A: Let me check. I've unlocked your account now, can you try again?",
             "A: Our security team will email you a note about the lock as well.",
             "C: Great, I'm in now, it's working, thank you.",
             "A: Thanks for calling, bye."]
    outcome = scorer.context(scripted_call(lines, "en")).outcome
    assert outcome.outcome == "resolved", outcome.reason


@pytest.mark.parametrize("opening, verdict", [
    ("네 솔바람캠핑장 예약실이에요 무엇을 도와드릴까요", "fail"),  # a desk (act p 0.76 on frozen8)
    ("네 밝은눈안경 강남점입니다", "fail"),                        # a branch
    ("네 솔바람캠핑장 예약실 상담원 김민지입니다", "pass"),        # a desk, then a name: a hint said
    ("네 밝은눈안경 강남점 박준호입니다", "pass"),
])
def test_a_desk_or_a_branch_is_no_agent_name(scorer, opening, verdict):
    call = scripted_call([f"A: {opening}",
                          "C: 네 주문한 안경 찾으러 가도 되나 해서요",
                          "A: 네 성함이랑 연락처 말씀해 주시겠어요"], "ko")
    found = {v.id: v for v in scorer.score(call).criteria}["greeting.agent_name"]
    assert found.verdict == verdict, found.reason


@pytest.mark.parametrize("text, company", [
    ("네 밝은눈안경 강남점입니다", "밝은눈안경"),
    ("네 솔바람캠핑장 예약실이에요", "솔바람캠핑장"),
    ("네 강남점입니다", None),  # a branch alone names no organisation
])
def test_organisation_words_of_the_eleventh_round(text, company):
    from qa.score.company import detector

    found = detector().find(text)
    assert (found and found[0]) == company, found


@pytest.mark.parametrize("name, criterion, verdict", [
    ("fz8-ko-03", "greeting.agent_name", "fail"),  # "네 솔바람캠핑장 예약실이에요"
    ("fz8-ko-04", "greeting.agent_name", "fail"),  # "네 밝은눈안경 강남점입니다"
    ("fz8-ko-04", "greeting.company", "pass"),
])
def test_eleventh_round_words(scorer, name, criterion, verdict):
    """In-sample (frozen8)."""
    found = {v.id: v for v in _judged(scorer, name).criteria}[criterion]
    assert found.verdict == verdict, found.reason


@pytest.mark.parametrize("name, criterion, verdict", [
    ("fz8-en-04", "escalation.ticket_number", "fail"),  # "twenty-two eighteen Cedar Lane, route fourteen"
    ("fz8-ko-03", "escalation.timeframe", "fail"),      # "취소 규정상 이용 사흘 전부터는 오십 퍼센트만"
])
def test_an_address_and_a_policy_period_are_not_what_they_seem(scorer, name, criterion, verdict):
    """In-sample (frozen8): not_words on the ticket number (street words) and the time frame (전부터)."""
    found = {v.id: v for v in _judged(scorer, name).criteria}[criterion]
    assert found.verdict == verdict, found.reason


def test_a_ticket_number_said_with_a_street_still_counts(scorer):
    """The hint ("ticket number") keeps a reference said in the same words as a street."""
    call = scripted_call([
        "A: Thanks for calling Metro Water, this is Dana, how can I help?",
        "C: There's water leaking from the main on Cedar Lane outside my house.",
        "A: I'm escalating this to our field team, they will visit within four hours.",
        "A: Your ticket number is four five seven two nine for the leak on Cedar Lane.",
        "C: Okay, thanks.",
        "A: Thanks for calling, bye."], "en")
    found = {v.id: v for v in scorer.score(call).criteria}["escalation.ticket_number"]
    assert found.verdict == "pass", found.reason
