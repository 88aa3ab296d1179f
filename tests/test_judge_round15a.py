"""Fifteenth round (a) of the learned judge (issue 10; docs/rubrics.md, "Fifteenth round (a): frozen12's
causes"): the causes of frozen12's first run, as general help-desk rules. A side fault reported to a
field team or another department after the caller confirmed the fix is no escalation of the caller's
problem; an opening that is only the business name names the company; a time frame says when (days
named alone or a next step give none); a check asked in the agent's first answer, before anything was
done, checks no fix; an announced hold asks no permission; a record found from a text-speak "nkita ko
n po" after volunteered details is account data. frozen12 is in-sample since this round; every call
here is new wording."""
from __future__ import annotations

import pytest

from synthetic import scripted_call
from test_judge_round14b import _verdicts, scorer  # noqa: F401 - the helpdesk_acts scorer fixture


# --- a side report after a confirmed fix -------------------------------------------------------


@pytest.mark.parametrize("report", [
    "Great. I've also logged the Elm Street reader with our field technicians so no one else gets hit by it.",
    "Great. I've also escalated the faulty reader at Elm Street to our engineering team so other riders don't get "
    "double charged.",
])
def test_a_side_report_after_the_fix_is_no_escalation(scorer, report):
    """The caller's card works again; the agent also tells the technicians about a broken reader so other
    riders are spared (escalates p 0.98-1.00): the call is resolved, the escalation criteria are n/a."""
    lines = ["A: Thank you for calling Metroline Transit, this is Jonah, how can I help?",
             "C: My travel card got charged twice at the Elm Street gate this morning.",
             "A: Sorry about that. Can I have the card number and your full name?",
             "C: Six four four one, two nine nine eight. Priya Nair.",
             "A: Thanks, Priya. I see two taps at eight oh four. I've refunded the second fare to your card now.",
             "C: Oh good.",
             "A: Is the balance in the app back to twelve fifty now?",
             "C: Yes, it says twelve fifty now, that worked.",
             f"A: {report}",
             "C: Okay, thanks.", "A: Anything else I can help with?", "C: No, that's all.",
             "A: Thanks for calling Metroline, bye."]
    result = scorer.score(scripted_call(lines))
    assert result.outcome.outcome == "resolved", result.outcome.reason
    found = {v.id: v for v in result.criteria}
    assert found["resolution.validate"].verdict == "pass", found["resolution.validate"].reason
    for criterion in ("escalation.ticket_number", "escalation.next_steps", "escalation.read_back"):
        assert found[criterion].verdict == "na", (criterion, found[criterion].reason)


@pytest.mark.parametrize("said, fixed_before, side", [
    ("I've also flagged the broken charger to the site team so nobody else gets stuck on it.", True, True),
    ("다른 분들 불편 없도록 현장팀에 알려 뒀어요", True, True),
    ("Ni-report ko na rin po sa maintenance para hindi na maulit sa iba.", True, True),
    # before any fix was confirmed, the same words may hand the caller's own problem on
    ("I've also flagged the broken charger to the site team so nobody else gets stuck on it.", False, False),
    # a report with no word of others is the caller's escalation
    ("I've sent this to our field team, they'll call you tomorrow.", True, False),
])
def test_side_reports(said, fixed_before, side):
    from qa.model import AGENT, CUSTOMER
    from qa.score.outcome import _side_reports
    from synthetic import tagged_turn

    class Turn:
        def __init__(self, text, role, start):
            self.text, self.role, self.start = text, role, start

    caller = Turn("Yes, it's working now, thanks." if fixed_before else "Hmm, okay.", CUSTOMER, 0.0)
    agent = Turn(said, AGENT, 5.0)
    tagged = {id(caller): tagged_turn(caller, confirms_fixed=0.9 if fixed_before else 0.0),
              id(agent): tagged_turn(agent, escalates=0.8, states_next_steps=0.7)}
    out = _side_reports([caller, agent], tagged, 0.6)
    assert (out[id(agent)].p("escalates") == 0.0) == side, said
    assert (out[id(agent)].p("states_next_steps") == 0.0) == side, said


# --- the business name opening the call --------------------------------------------------------


@pytest.mark.parametrize("opening, company", [
    ("Harbourside Studio, hi, how can I help?", "Harbourside Studio"),
    ("Golden Crust po, magandang hapon! Ano po ang order nila?", "Golden Crust"),
    ("Hello, QuickCart po, how can I help you?", "QuickCart"),
    ("Pinewood Glassworks, thanks for calling, Kim speaking.", "Pinewood Glassworks"),
    ("hello po bilisfix gadget repair po", "bilisfix gadget repair"),
    ("감사합니다 도담키즈카페 판교점 직원 서윤입니다", "도담키즈카페"),
    ("한울주간복지센터 사회복지사 이도현이에요", "한울주간복지센터"),
    ("네 대성정비입니다", "대성정비입니다"),
    ("hi po mabuhay motors cubao branch po", "mabuhay motors"),
    # one plain word may be the caller's name; a desk or a branch alone is no company
    ("Hi, Wendy, how can I help?", None),
    ("Reservations desk, hi, how can I help?", None),
    ("네 고객지원이에요", None),
])
def test_business_name_openings(opening, company):
    from qa.score.company import detector

    found = detector().find(opening)
    assert (found[0] if found else None) == company, found


def test_a_korean_name_after_the_agents_role_is_the_agent(scorer):
    from qa.score.company import detector

    assert detector().person("한울주간복지센터 사회복지사 이도현이에요 무엇을 도와드릴까요") == "이도현이에요"


# --- a time frame says when --------------------------------------------------------------------


def _time_frame(scorer, said: str, lang: str = "en"):
    if lang == "ko":
        lines = ["A: 안녕하세요 하나로이사 상담원 정민지예요 무엇을 도와드릴까요",
                 "C: 이삿짐 견적 받았는데 금액이 달라서요",
                 "A: 네 고객님 성함이랑 연락처 뒷자리 알려 주시겠어요",
                 "C: 박서진이고 뒷자리는 이일삼사예요",
                 "A: 네 확인했어요 견적 담당 팀장님께 전달해 드릴게요",
                 "C: 네", f"A: {said}", "C: 네 알겠어요", "A: 네 감사합니다"]
    else:
        lines = ["A: Thanks for calling Brightwater Pools, this is Sam, how can I help?",
                 "C: Your technician didn't show up for the filter service today.",
                 "A: Sorry about that. Can I have the account name and the address?",
                 "C: Leo Park, eighteen Ridge Road.",
                 "A: Thanks, Leo. I'm escalating this to our scheduling supervisor now.",
                 "C: Okay.", f"A: {said}", "C: Alright.", "A: Thanks for your patience, bye."]
    return _verdicts(scorer, scripted_call(lines, lang))["escalation.timeframe"]


@pytest.mark.parametrize("said, lang, verdict", [
    # the act model reads a time frame on all of these (p 0.66-0.98)
    ("Our supervisor will call you back by four o'clock today to rebook the visit.", "en", "pass"),
    ("Yes, Monday and Wednesday, he's on the rota.", "en", "fail"),
    ("팀장님이 내일 오전 중으로 전화드릴 거예요", "ko", "pass"),
    ("저녁에 되는 기사님 구하면 팀장님이 따로 전화드릴 거예요", "ko", "fail"),
])
def test_a_time_frame_says_when(scorer, said, lang, verdict):
    found = _time_frame(scorer, said, lang)
    assert found.verdict == verdict, found.reason


# --- no check of a fix before anything was done ------------------------------------------------


def test_a_check_asked_before_anything_was_done_is_none(scorer):
    """The agent asks "does it work now?" in the first answer, then only says it clears by itself (no act
    of a fix read anywhere); the caller will look again later: no check of the fix."""
    lines = ["A: Northbay Library, hi, how can I help?",
             "C: The e-book app keeps saying my card has expired.",
             "A: Oh dear. Is it still saying that, does it work now?",
             "C: Well I haven't opened it since this morning.",
             "A: Alright. That message usually clears by itself overnight.",
             "C: Okay, I'll look again tomorrow then.",
             "A: Sure, and if it still says expired, give us a call back.",
             "C: Will do, bye."]
    found = _verdicts(scorer, scripted_call(lines))
    assert found["resolution.validate"].verdict == "fail", found["resolution.validate"].reason


# --- an announced hold asks nothing ------------------------------------------------------------


def _hold(scorer, announce: str):
    lines = ["A: Thanks for calling Crestview Apartments, this is Nia, how can I help?",
             "C: My parking fob stopped opening the garage gate.",
             "A: Sorry about that. Can I have your unit number and your last name?",
             "C: Unit four twelve, Okafor.",
             f"A: {announce}", "[gap 25]",
             "A: Thanks for waiting. I've re-activated the fob, can you try it at the gate now?",
             "C: Yes, it opened, that worked.",
             "A: Great. Anything else?", "C: No, thanks.", "A: Thanks for calling, bye."]
    return _verdicts(scorer, scripted_call(lines))["hold.permission"]


@pytest.mark.parametrize("announce, verdict", [
    ("Let me put you on hold for a moment.", "fail"),
    ("Can I put you on hold for a moment?", "pass"),
    ("Do you mind if I place you on a short hold?", "pass"),
])
def test_an_announced_hold_asks_no_permission(scorer, announce, verdict):
    found = _hold(scorer, announce)
    assert found.verdict == verdict, found.reason


# --- identity on a record found in text-speak ---------------------------------------------------


def test_a_record_found_in_text_speak_is_account_data(scorer):
    """The caller volunteers a name and an account number; the agent finds the record ("nkita ko n po")
    with no question: identity applies and fails."""
    lines = ["A: hello po sulit internet po",
             "C: hello po wala po kming internet since kahapon acct # 7 7 1 4 0 2 juan reyes po",
             "A: ok po sir nkita ko n po ung account nyo may outage po s area nyo",
             "C: kelan po babalik",
             "A: ipapasa ko po s technical team sila po tatawag s inyo",
             "C: cge po"]
    found = _verdicts(scorer, scripted_call(lines, "tl"))
    assert found["identity.verify"].verdict == "fail", found["identity.verify"].reason


def test_confirming_the_name_asks_for_identity_beside_the_calling_number(scorer):
    """The calling number is mentioned, but the agent still asks the caller to confirm a name and an
    e-mail before touching the account: identity was asked for."""
    lines = ["A: Thanks for calling Greenleaf Energy, this is Ava, how can I help?",
             "C: My meter reading on the bill is way too high.",
             "A: Okay. You're calling from the number on a customer account, but first could you confirm your "
             "full name and the email on it?",
             "C: Tom Becker, t becker at mail dot com.",
             "A: Thanks, Tom. I've corrected the reading to four two one one and reissued the bill.",
             "C: Great.", "A: Can you see the new bill in the app now?", "C: Yes, it's there, that worked.",
             "A: Anything else?", "C: No.", "A: Thanks for calling, bye."]
    found = _verdicts(scorer, scripted_call(lines))
    assert found["identity.verify"].verdict == "pass", found["identity.verify"].reason


def test_so_ive_got_it_right_reads_back():
    from qa.score.nlp import TextAnalyzer
    from qa.rubric import load_rubric

    hints = next(c for c in load_rubric("helpdesk_acts").criteria if c.id == "escalation.read_back").checks[0]
    said = "Okay, so I've got it right, the router drops every evening since the storm, yes?"
    assert TextAnalyzer().find(said, tuple(hints.options["hints"]["en"]), "en")


@pytest.mark.parametrize("answer, shown", [
    ("아 떴어요 골드 등급으로", True),
    ("Oh yeah, it's showing now, the new plan.", True),
    ("ay lumabas na po yung receipt", True),
    ("아직 안 떠요", False),
    ("Hmm, let me look.", False),
])
def test_seeing_the_result_answers_a_check(answer, shown):
    """A caller who sees the changed thing when asked ("등급 보이나요?" - "아 떴어요") says the fix works;
    only in answer to a check (``answering``), and not when negated."""
    from qa.model import CUSTOMER, Segment
    from qa.score.outcome import says_fixed

    turn = Segment(start=0.0, end=1.0, text=answer, speaker="S1", role=CUSTOMER)
    assert bool(says_fixed(turn, answering=True)) == shown, answer
    assert says_fixed(turn) is None or shown, answer
