"""Fourteenth round (a) of the learned judge (issue 10; docs/rubrics.md, "Fourteenth round (a)").
Korean advice to call again is no hand-on; a next step that the desk's technician or person in charge
takes (and a request taken down for them) hands the call on; the number the caller rings from
identifies nobody; a ticket hint needs a number, and Korean references said in digit groups are
numbers; what a desk handles ("Permits desk") is no company. Every test is worded apart from the
frozen10/frozen11 calls that prompted the rule (in-sample since this round)."""
from __future__ import annotations

import pytest

from synthetic import scripted_call, tagged_turn


@pytest.fixture(scope="module")
def scorer():
    from qa.score.engine import Scorer

    return Scorer("helpdesk_acts", use_disk_cache=False)


def _verdicts(result):
    return {v.id: v for v in result.criteria}


# ---------------------------------------------------------------- advice to call again


@pytest.mark.parametrize("text", [
    "이렇게 해 보시고 똑같이 꺼지면 다시 연락 주세요",
    "케이블 바꿔 보시고 그래도 화면이 깜빡이면 전화 다시 주십시오",
])
def test_korean_advice_to_call_again_is_advice(text):
    from qa.score.outcome import _ADVICE, _text_cues

    assert _ADVICE in [o for o, _ in _text_cues(text, "agent")], _text_cues(text, "agent")


def test_advice_read_as_a_transfer_hands_nothing_on():
    """The act model can read "call us again if ..." as a transfer (p 0.70); the caller is to try and
    call again, nothing is handed on. A transfer said as one still is."""
    from qa.model import Segment
    from qa.score.outcome import _says_hand_on

    caller = Segment(0.0, 3.0, "프린터가 계속 용지 걸림이 떠요", role="customer")
    advice = Segment(4.0, 6.0, "롤러 청소해 보시고 그래도 걸리면 다시 전화 주세요", role="agent")
    transfer = Segment(4.0, 6.0, "네 수리 접수 부서로 바로 연결해 드리겠습니다", role="agent")
    assert not _says_hand_on((caller, advice), {id(caller): tagged_turn(caller), id(advice): tagged_turn(advice, transfers=0.7)},
                             0.4)
    assert _says_hand_on((caller, transfer), {id(caller): tagged_turn(caller), id(transfer): tagged_turn(transfer)}, 0.4)


# ---------------------------------------------------------------- the desk takes the next step


@pytest.mark.parametrize("text, hands_on", [
    ("네 담당 엔지니어가 모레 오전에 방문해서 점검할 예정이에요", True),
    ("교환으로 접수하겠습니다", True),
    ("수리 건 접수해 드릴게요", True),
    ("The installer will give you a ring on Thursday to book a slot.", True),
    ("Our inspector is going to call you before noon.", True),
    ("접수해 드릴까요?", False),                      # an offer, not a request taken down
    ("기사님 일정이 이번 주는 다 찼어요", False),       # no step towards the caller
    ("The engineer said the unit was fine last time.", False),
])
def test_the_desk_taking_the_next_step(text, hands_on):
    from qa.model import Segment
    from qa.score.outcome import _hand_on_words

    found = _hand_on_words(Segment(1.0, 3.0, text, role="agent"))
    assert (found is not None) == hands_on, found


def test_a_visit_booked_after_a_look_up_is_handed_on(scorer):
    """The record is found (account work), then a visit is taken down and the engineer is to ring: the
    last commitment is someone else's, so the call is handed on and validation is n/a."""
    call = scripted_call([
        "A: 네 맑은물정수기 고객센터 상담원 윤서진입니다 무엇을 도와드릴까요",
        "C: 정수기에서 물이 안 나와요 렌탈한 지 일 년 됐어요",
        "A: 네 고객님 성함이랑 연락처 말씀해 주시겠어요",
        "C: 박영호고 공일공 이삼사오 육칠팔구예요",
        "A: 네 박영호 고객님 렌탈 계약 확인됐습니다",
        "A: 점검 접수해 드릴게요 담당 엔지니어가 내일 오후 중으로 전화드려서 방문 시간 잡아 드릴 거예요",
        "C: 네 알겠어요",
        "A: 네 감사합니다 좋은 하루 보내세요"], "ko")
    result = scorer.score(call)
    assert result.outcome.outcome in ("escalated", "follow_up", "transferred"), result.outcome.reason
    verdicts = _verdicts(result)
    assert verdicts["resolution.validate"].verdict == "na", verdicts["resolution.validate"].reason
    assert verdicts["escalation.next_steps"].verdict == "pass", verdicts["escalation.next_steps"].reason


# ---------------------------------------------------------------- the calling number


def test_the_calling_number_identifies_nobody(scorer):
    """The agent saying they see the number the caller rings from asks for nothing: account work on it
    fails identity (the act model read asks_identity on such words, p 0.66)."""
    call = scripted_call([
        "A: Thanks for calling Brightwave Energy, this is Omar, how can I help?",
        "C: My last bill is double what it usually is.",
        "A: Let me look. Okay, I can tell you are calling from the mobile number on the account, so "
        "I have your billing history open here.",
        "C: Right.",
        "A: I've applied a credit of forty dollars to the account for the estimated read.",
        "C: Great, thanks.",
        "A: Anything else I can help with? Thanks for calling."])
    verdict = _verdicts(scorer.score(call))["identity.verify"]
    assert verdict.verdict == "fail", verdict.reason


# ---------------------------------------------------------------- tickets need a number


@pytest.mark.parametrize("text, number", [
    ("예약번호는 케이 삼일오 이칠공이에요", True),   # digits in groups of three
    ("Ang claim number po ninyo ay K L tatlong lima walo.", True),  # Tagalog digits with a linker
    ("이삼 일 정도 걸려요", False),                  # two or three days
    ("오 일 이내로 처리돼요", False),
    ("두 개 사이 오이 사이에 있어요", False),        # words made of digit syllables in pairs
    ("접수번호는 이칠 공사예요", False),
])
def test_references_said_in_groups(text, number):
    from qa.score.shapes import has_number

    assert has_number(text) == number


def test_a_reference_promised_is_none_given(scorer):
    """A ticket hint said without a number ("you'll get the reference number by e-mail") gives none."""
    lines = ["A: Thanks for calling Lakeside Water, Priya speaking, how can I help?",
             "C: There's a leak at the meter outside my house.",
             "A: I'm passing this to our field team; they'll call you within two hours.",
             "C: Okay.",
             "A: You'll get the reference number by e-mail shortly. Anything else? Thanks for calling."]
    verdict = _verdicts(scorer.score(scripted_call(lines)))["escalation.ticket_number"]
    assert verdict.verdict == "fail", verdict.reason
    given = lines[:4] + ["A: Your reference number is L W four four nine one. Anything else? Thanks for calling."]
    verdict = _verdicts(scorer.score(scripted_call(given)))["escalation.ticket_number"]
    assert verdict.verdict == "pass", verdict.reason


# ---------------------------------------------------------------- what a desk handles is no company


@pytest.mark.parametrize("text, company", [
    ("Permits desk, this is Jordan, how can I help?", None),
    ("Parking line, good morning, Dana speaking.", None),
    ("Ridgeway Council permits desk, this is Jordan.", "Ridgeway Council"),
])
def test_what_a_desk_handles_is_no_company(text, company):
    from qa.score.company import detector

    found = detector().find(text)
    assert (found and found[0]) == company, found


# ---------------------------------------------------------------- the caller calls the hand-on off


@pytest.mark.parametrize("agent, caller, called_off", [
    ("I'll have to pass this to our claims team with the receipts.",
     "Ah, forget it, I'll just deal with it at the store tomorrow.", True),
    ("네 이 건은 정산팀에 전달해 드리겠습니다", "아 됐어요 그냥 제가 매장 가서 할게요", True),
    ("I-endorse ko po ito sa billing team namin.", "Ay wag na po, pupunta na lang ako sa branch bukas.", True),
    ("I'll have to pass this to our claims team with the receipts.", "Okay, thanks, how long will it take?", False),
])
def test_the_caller_calls_the_hand_on_off(agent, caller, called_off):
    from qa.model import Segment
    from qa.score.outcome import _withdrawn

    opening = Segment(0.0, 2.0, "My refund never arrived.", role="customer")
    handed = Segment(3.0, 5.0, agent, role="agent")
    reply = Segment(6.0, 8.0, caller, role="customer")
    turns = (opening, handed, reply)
    tagged = {id(opening): tagged_turn(opening), id(handed): tagged_turn(handed, escalates=0.9), id(reply): tagged_turn(reply)}
    assert (_withdrawn(turns, tagged, 0.6) is not None) == called_off
    # called off before anything was handed on: nothing to call off
    assert _withdrawn((opening, reply, handed), tagged, 0.6) is None


def test_a_hand_off_called_off_by_the_caller_is_no_hand_off(scorer):
    lines = ["A: Thanks for calling Harbourline Ferries, this is Jo, how can I help?",
             "C: I was charged twice for my crossing on Friday.",
             "A: Can I have your booking reference?",
             "C: H F two two eight one.",
             "A: I see both payments. To refund one I'd have to send it to our accounts team with a bank statement.",
             "C: Oh never mind, I'll just sort it out at the terminal on Friday.",
             "A: Sure, the terminal desk can do that too. Anything else I can help with?",
             "C: No thanks.",
             "A: Thanks for calling, bye."]
    result = scorer.score(scripted_call(lines))
    assert result.outcome.outcome not in ("escalated", "transferred"), result.outcome.reason
    verdicts = _verdicts(result)
    for name in ("ticket_number", "next_steps", "timeframe", "read_back"):
        assert verdicts[f"escalation.{name}"].verdict == "na", (name, verdicts[f"escalation.{name}"].reason)


# ---------------------------------------------------------------- the agent's own name, in any case


@pytest.mark.parametrize("text, name", [
    ("orchard dental this is marisol how can i help you today", "marisol"),
    ("Good evening, you're speaking with Tomasz, how can I help?", "Tomasz"),
    ("magandang umaga po si liza po ito", "liza"),
    ("hey youre through to ravi", "ravi"),
    ("Thank you for calling, this is Harper Valley National Bank.", None),  # an organisation
    ("this is about the invoice you sent", None),
    ("this is the returns desk", None),
    ("Northpoint Clinic, Ama speaking.", "Ama"),
    ("ok i see your booking here", None),                      # "here" after a plain word: no person
    ("good morning you have reached lakeview bank myself arjun how may i help", "arjun"),
    ("Hello, thanks for calling Tala Shoes, I'm Joy. Ano pong concern?", "Joy"),
    ("im sorry about that", None),                             # "I'm" needs a capitalised name
    ("안녕하세요 하루택배 고객센터 박서준입니다", "박서준입니다"),   # a Korean name after the desk
    ("네 하루택배 배송팀입니다", None),                          # a team is no person
    ("magandang hapon po si maam Rose po ito", "Rose"),         # a title before the name
])
def test_the_agent_introduced_by_name(text, name):
    from qa.score.company import detector

    assert detector().person(text) == name


def test_agent_name_counts_a_lower_case_introduction(scorer):
    lines = ["A: bayview storage this is kofi how can i help",
             "C: hi my gate code stopped working",
             "A: ok let me reset it for you"]
    verdict = _verdicts(scorer.score(scripted_call(lines)))["greeting.agent_name"]
    assert verdict.verdict == "pass", verdict.reason


@pytest.mark.parametrize("opening, verdict", [
    ("A: Thank you for calling Maple Grove Dental, how may I help you today?", "fail"),  # no one introduced
    ("A: 감사합니다 푸른숲요양원입니다", "fail"),
    ("A: Thank you for calling Maple Grove Dental, Nadia speaking, how may I help you?", "pass"),
])
def test_naming_the_organisation_gives_no_name(scorer, opening, verdict):
    lines = [opening, "C: I need to move my cleaning appointment.", "A: Sure, let me look."]
    found = _verdicts(scorer.score(scripted_call(lines, "ko" if "감사" in opening else "en")))["greeting.agent_name"]
    assert found.verdict == verdict, found.reason


@pytest.mark.parametrize("said, seen", [
    ("Right, I see she marked the dining table as scratched on Monday's job.", True),
    ("Okay, I see there's a note on the job about the dining table.", True),
    ("So the crew scratched your dining table on Monday, correct?", False),
])
def test_what_the_agent_sees_on_the_record_is_no_read_back(scorer, said, seen):
    """"I see the …" / "I see she …" describes the record, not the caller's problem said back: the
    read-back check's not_words drop those words whatever the act model reads on them."""
    from qa.model import Segment
    from qa.score.checks.act import unwanted

    ctx = scorer.context(scripted_call(["A: Pinebrook Movers, how can I help?",
                                        "C: The crew scratched my dining table during the move on Monday."]))
    options = next(check.options for criterion in scorer.rubric.criteria if criterion.id == "escalation.read_back"
                   for check in criterion.checks)
    turn = Segment(9.0, 12.0, said, role="agent")
    assert unwanted(ctx, tagged_turn(turn, reads_back=0.95), "reads_back", options) == seen
