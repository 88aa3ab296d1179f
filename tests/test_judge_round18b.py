"""Round 18b of the learned judge (issue 10; docs/rubrics.md, "Eighteenth round (b)"): frozen18's
non-outcome causes, as general help-desk rules. "reach" as a noun ("the reach stacker") is no "you've
reached <company>"; a section named for the papers it handles ("Documents Section") is a department;
a bureau ("... print bureau") and a Korean camp ("... 영어캠프") end an organisation's name; a
confirmation question's echo of the caller counts only up to that question (what the agent reads off
the account after it is no read-back); a past day ("yesterday afternoon", "kagabi") is when the
problem happened, not when the caller hears back. frozen18 is in-sample since this round; every call
here is new wording."""
from __future__ import annotations

import pytest

from synthetic import scripted_call, tagged_turn
from test_judge_round14b import _verdicts, scorer  # noqa: F401 - the helpdesk_acts scorer fixture


def _options(scorer, criterion_id: str) -> dict:
    return next(check.options for criterion in scorer.rubric.criteria if criterion.id == criterion_id
                for check in criterion.checks)


# --- company --------------------------------------------------------------------------------------


def _opening(scorer, first: str, second: str):
    lines = [f"A: {first}",
             "C: Hi, it's Mo at Harbour Freight, account six one two. The pallet jack you sent over has a flat wheel.",
             f"A: {second}",
             "C: Yes, that one.", "A: I'll get a swap sent out, job number J R five five two.",
             "C: Great.", "A: Anything else?", "C: No.", "A: Thanks for calling, bye."]
    return _verdicts(scorer, scripted_call(lines))["greeting.company"]


def test_reach_as_a_noun_is_no_opening_of_the_company(scorer):
    """"reach" said as the name of a machine ("the reach stacker left the yard") matched the rubric's
    "reached ~ <company>" by lemma, two words skipped."""
    found = _opening(scorer, "Parts counter, go ahead.", "Okay, six one two. The reach stacker left the yard on Tuesday.")
    assert found.verdict == "fail", found.reason


def test_you_have_reached_the_company_still_counts(scorer):
    found = _opening(scorer, "You've reached Brightwater Plant Hire, go ahead.", "Got it, I see the account.")
    assert found.verdict == "pass", found.reason


@pytest.mark.parametrize("opening, company", [
    ("Documents Section, good afternoon, this is Jomar, how may I help?", None),
    ("Records Section po, good morning, this is Liza.", None),
    ("greenleaf print bureau good morning", "greenleaf print bureau"),
    ("Hi, Northgate Translation Bureau, Pia speaking.", "Northgate Translation Bureau"),
    ("감사합니다 한울 영어캠프 이서준입니다", "영어캠프"),
])
def test_sections_bureaus_and_camps(opening, company):
    from qa.score.company import detector

    found = detector().find(opening)
    assert (found[0] if found else None) == company, found


# --- read-backs: the echo before the question -----------------------------------------------------


@pytest.mark.parametrize("said, echoed", [
    # the question confirms whose account; the caller's words come after it, read off the account
    ("This is Priya Raman's account, correct? I can see the blender order from Tuesday and the refund of forty "
     "pounds is still pending.", False),
    ("이서연 님 주문 맞으시죠? 지난 토요일 밤에 이만 원 환불 요청이 들어와 있는데 처리가 멈춰 있네요.", False),
    # the caller's problem put to them, then the question
    ("So the blender stopped on Tuesday and the forty pounds never came back, correct?", True),
    ("지난 토요일 밤에 요청하신 이만 원 환불이 아직 안 들어왔다는 말씀이시죠?", True),
])
def test_an_echo_after_the_confirmation_question_is_no_read_back(scorer, said, echoed):
    from qa.model import Segment
    from qa.score.checks.act import echoed_back

    lang = "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in said) else "en"
    caller = ("제가 지난 토요일 밤에 이만 원 환불 요청을 했는데 아직 환불이 안 들어왔어요." if lang == "ko" else
              "The blender I ordered stopped on Tuesday and I asked for my forty pounds back, it's still pending.")
    ctx = scorer.context(scripted_call([f"A: {'네 감사합니다' if lang == 'ko' else 'Hello, how can I help?'}",
                                        f"C: {caller}"], lang))
    turn = Segment(20.0, 30.0, said, role="agent")
    assert echoed_back(ctx, turn, _options(scorer, "escalation.read_back")["echo_words"]) == echoed


# --- time frames: a past day ----------------------------------------------------------------------


@pytest.mark.parametrize("said, lang, dropped", [
    ("I can see your order for two hundred tiles went out yesterday afternoon", "en", True),
    ("nakikita ko po yung reklamo nyo kagabi ng alas nuwebe", "tl", True),
    # a hint said with the past day still counts
    ("The depot will call you by tomorrow afternoon about the parcel that went out yesterday", "en", False),
    ("The depot will call you back this afternoon", "en", False),
])
def test_a_past_day_is_no_time_frame(scorer, said, lang, dropped):
    from qa.model import Segment
    from qa.score.checks.act import unwanted

    ctx = scorer.context(scripted_call(["A: Hello, how can I help?", "C: My delivery is wrong."], lang))
    turn = Segment(9.0, 12.0, said, role="agent")
    assert unwanted(ctx, tagged_turn(turn, states_timeframe=0.8), "states_timeframe",
                    _options(scorer, "escalation.timeframe")) == dropped


# --- Tagalog text-speak: "n" for "na", "b" for "ba", "p" for "pa" -------------------------------------


@pytest.mark.parametrize("criterion", ["resolution.validate", "resolution.anything_else"])
def test_text_speak_checks_and_anything_else(scorer, criterion):
    lines = ["A: gud am po bilis load center, si ana po ito, ano po concern nyo?",
             "C: gud am po, ung load ko po kanina d pumasok, 100 po",
             "A: cge po, ano po number nyo?",
             "C: 0917 555 1234 po",
             "A: opo tama po kyo, nag fail po kc ung una kaya ni-reload ko n po ulit ung 100 nyo. pki tingin nyo po ung balance nyo, pumasok n po b?",
             "C: ayan ok n po, salamat",
             "A: sige po, ano p po pde nmin maitulong?",
             "C: wla n po",
             "A: salamat po, ingat po"]
    found = _verdicts(scorer, scripted_call(lines, "tl"))
    assert found[criterion].verdict == "pass", found[criterion].reason


# --- Tagalog: the case passed on to whoever acts on it is the next step --------------------------------


def test_a_case_passed_on_in_tagalog_is_the_next_step(scorer):
    lines = ["A: magandang hapon po salamat po sa pagtawag sa lakbay water district si carlo po ito ano pong maitutulong ko",
             "C: magandang hapon po yung metro po namin tumutulo na sa may kalsada mula pa kaninang umaga",
             "A: pasensya na po kayo ano po ang account number nyo",
             "C: apat lima dalawa siyam pito po",
             "A: salamat po ipapasa ko po ito sa aming mga tubero para masilip nila ang linya sa harap ng bahay nyo",
             "C: sige po",
             "A: may iba pa po ba",
             "C: wala na po",
             "A: salamat po sa pagtawag"]
    found = _verdicts(scorer, scripted_call(lines, "tl"))
    assert found["escalation.next_steps"].verdict == "pass", found["escalation.next_steps"].reason


# --- Tagalog: identity asked as a request ("paki-", please), no question ----------------------------


def test_a_request_for_details_asks_for_identity(scorer):
    lines = ["A: magandang umaga po salamat sa pagtawag sa tubig bayan si ella po ito ano pong maitutulong ko",
             "C: magandang umaga po doble po yung singil sa bill ko ngayong buwan",
             "A: sige po patingin po ako pakibigay po ng email at birthday nyo po",
             "C: ella dot reyes at gmail dot com tapos march nine nineteen ninety po",
             "A: salamat po nakita ko na po yung account nyo may sobra pong singil na five hundred pero wala pong "
             "nakalagay na dahilan",
             "C: oo nga po yun nga po",
             "A: ire report ko po ito sa billing ang ticket number nyo po ay b t four four one",
             "C: ok po", "A: tatawagan po kayo ng billing bukas"]
    found = _verdicts(scorer, scripted_call(lines, "tl"))
    assert found["identity.verify"].verdict == "pass", found["identity.verify"].reason
