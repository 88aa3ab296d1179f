"""Tenth round of the learned judge (issue 10; docs/rubrics.md, "Tenth round"). The LAST thing the
agent commits to decides whether a call was handed on: a dispatch, a transfer, a result to be told
later outweighs earlier account work or read-backs; a fix is resolved only when it is done on the
call. Then the words of the round: a job number is a reference, Korean "알려 드릴게요" / "내로" say
the next step and its time, Korean organisation words (웨딩홀, 검사소...) and desks (예약실), Taglish
"ano pong concern" offers help, "booking" is a desk; identity checks apply when the agent says
their hints ("성함은요"). The frozen7 calls are in-sample since this round; the others are from
earlier sets."""
from __future__ import annotations

from pathlib import Path

import pytest

from synthetic import scripted_call

JUDGE = Path(__file__).resolve().parent / "data" / "judge"


@pytest.fixture(scope="module")
def scorer():
    from qa.score.engine import Scorer

    return Scorer("helpdesk_acts", use_disk_cache=False)


def _judged(scorer, name):
    from qa.formats import load_call

    folder = "frozen" + name.split("-")[0][2:]
    return scorer.score(load_call(JUDGE / folder / f"{name}.json"))


@pytest.mark.parametrize("name, outcomes", [
    ("fz7-en-03", {"follow_up"}),    # a patrol sent, "the patrol will text you when they set off"
    ("fz7-en-05", {"transferred"}),  # account checks, then "I'm transferring you now" to the box office
    ("fz7-ko-02", {"follow_up"}),    # a request put in, "결과는 이삼일 내로 카톡으로 알려 드릴게요"
    ("fz3-en-02", {"follow_up"}),    # "estimated fix is six p m tonight, we'll send you a text", then "fine"
    ("fz3-ko-01", {"escalated", "follow_up"}),  # two hand-ons ("결과를 안내해 드릴"): either way handed on
])
def test_the_last_commitment_hands_the_call_on(scorer, name, outcomes):
    result = _judged(scorer, name)
    assert result.outcome.outcome in outcomes, result.outcome.reason
    # Handed on either by the rule (the outcome model read otherwise) or by the outcome model itself:
    # since the models are rebuilt from the repository (three-seed outcome model), fz7-ko-02 is read
    # as a call-back by the model (p 0.73) and the rule has nothing to overturn.
    if "the last thing the agent committed to" not in result.outcome.reason:
        top = max(result.outcome.probabilities, key=lambda p: p[1])[0]
        assert top.split(":")[0] in outcomes, result.outcome.reason
    assert result.outcome.follow_up_by in (None, "agent")
    steps = {v.id: v.verdict for v in result.criteria}["escalation.next_steps"]
    assert steps != "na"


@pytest.mark.parametrize("name", [
    "fz2-tl-02",  # the fix confirmed, then "I'll transfer you now" to a survey
    "fz3-tl-05",  # "na-refresh ko na po" with a try-again, the caller: "susubukan ko"
    "fz6-tl-05",  # "na-post ko na po", the caller checks the app: "renewed na"
    "t6-en-05",   # settings re-sent, "if they don't by tonight, give us a ring back"
    "t7-ko-04",   # a remote reset, "그래도 안 되면 다시 전화 주세요" (advice)
])
def test_a_fix_done_on_the_call_stays_resolved(scorer, name):
    from qa.formats import load_call

    folder = {"fz": "frozen", "t6": "tune6", "t7": "tune7"}[name[:2]]
    folder += name.split("-")[0][2:] if name.startswith("fz") and name[2] != "-" else ""
    outcome = scorer.context(load_call(JUDGE / folder / f"{name}.json")).outcome
    assert outcome.outcome == "resolved", outcome.reason


def test_a_bare_okay_accepts_the_plan_it_confirms_no_fix(scorer):
    """The same dispatch, answered "Fine." or "Great, it's working again now.": only the second
    confirms a fix (a one- or two-word acceptance cannot confirm what has not happened yet)."""
    lines = ["A: Thanks for calling Roadline, this is Priya, how can I help?",
             "C: My car won't start, I'm in the car park at the station.",
             "A: Can I take your membership number?",
             "C: It's four four one two nine.",
             "A: Thank you. I've checked your cover and it includes home start.",
             "A: I'm sending a mechanic to you now, he'll be with you within forty-five minutes and will text "
             "you when he sets off."]
    planned = scorer.context(scripted_call(lines + ["C: Fine.", "A: Thanks for calling, bye."], "en")).outcome
    assert planned.outcome != "resolved", planned.reason
    fixed = scorer.context(scripted_call(lines + ["C: Oh wait, it started, it's working again now.",
                                                  "A: Great, thanks for calling, bye."], "en")).outcome
    assert fixed.outcome == "resolved", fixed.reason


@pytest.mark.parametrize("name, criterion, verdict", [
    ("fz7-en-03", "escalation.ticket_number", "pass"),  # "Your job number is R R six zero three five two"
    ("fz7-ko-02", "escalation.next_steps", "pass"),     # "결과는 … 카톡으로 알려 드릴게요"
    ("fz7-ko-02", "escalation.timeframe", "pass"),      # "이삼일 내로"
    ("fz7-ko-01", "greeting.company", "pass"),          # "라온웨딩홀 예약실 상담원 문채원입니다"
    ("fz7-ko-03", "greeting.company", "pass"),          # "네한길자동차검사소입니다"
    ("fz7-tl-03", "greeting.offer_help", "pass"),       # "si jem po ano pong concern"
    ("fz7-tl-04", "greeting.company", "fail"),          # "booking po ito, si Ate Joy po": a desk, no company
    ("fz7-ko-03", "identity.verify", "pass"),           # "소유자 성함은요" (a hint) makes it apply, act p 0.50
    ("fz4-ko-05", "identity.verify", "pass"),
    ("fz4-en-05", "identity.verify", "na"),             # an address answered is no account: hints only
])
def test_tenth_round_words(scorer, name, criterion, verdict):
    result = _judged(scorer, name)
    found = {v.id: v for v in result.criteria}[criterion]
    assert found.verdict == verdict, found.reason


@pytest.mark.parametrize("text, found", [
    ("감사합니다 라온웨딩홀 예약실 상담원 문채원입니다", True),  # a name before a department
    ("네 소망예식장입니다", True),                                # ends in an organisation word
    ("네 예약실입니다", False),                                   # a department alone
    ("Hello po, booking po ito, si Ate Joy po.", False),
])
def test_organisation_shapes_of_the_tenth_round(text, found):
    from qa.score.company import detector

    assert (detector().find(text) is not None) == found, detector().find(text)


def test_a_survey_invitation_after_the_fix_is_no_hand_on():
    """The survey rule of the last commitment, on the words alone (the acts given): an invitation to
    a survey "after the call" (a time, a promise: what ASR made of a real call's ending, resolved at
    p 1.00) never counts as the agent's last commitment; a dispatch with the same acts does."""
    import numpy as np

    from qa.model import Segment
    from qa.score.acts import ACTS, TurnActs
    from qa.score.outcome import _committed_last

    def tagged(turn, **p):
        probs = np.array([p.get(a, 0.0) for a in ACTS], np.float32)
        return TurnActs(turn, probs, (turn.text,), np.zeros(len(ACTS), int))

    caller = Segment(0.0, 2.0, "Hindi ko po mabuksan ang bill ko.", role="customer")
    survey = Segment(5.0, 9.0, "Salamat po, sumali po kayo sa isang survey pagkatapos ng tawag.", role="agent")
    dispatch = Segment(5.0, 9.0, "Ipapadala ko po ang technician, darating po siya bukas ng umaga.", role="agent")
    sure = dict(promises_callback=0.83, states_timeframe=0.9)
    assert _committed_last((caller, survey), {id(survey): tagged(survey, **sure)}, 0.6) is None
    committed = _committed_last((caller, dispatch), {id(dispatch): tagged(dispatch, **sure)}, 0.6)
    assert committed is not None and committed[1] == "promises_callback"
