"""Fifteenth round (b) of the learned judge (issue 10; docs/rubrics.md, "Fifteenth round (b): frozen14's
causes"): the causes of frozen14's first run, as general help-desk rules. A transfer said in words, a
hand-on to another part of the desk and a courier who brings the replacement are the agent's last
commitment; an agent who tells the caller to ring again owes no call-back; a caller who takes a hand-on
on themselves (also in text-speak) was handed nothing; a question whether the caller sees the change
checks the fix; Korean references said in a group of three and a pair are numbers; "one moment" is no
time frame; the caller's name said to them introduces no agent; the caller's own search is no hold and
an announcement with a word inside it is one; the agent talks over the caller only while the caller
speaks. frozen14 is in-sample since this round; every call here is new wording."""
from __future__ import annotations

import numpy as np
import pytest

from synthetic import scripted_call


@pytest.fixture(scope="module")
def scorer():
    from qa.score.engine import Scorer

    return Scorer("helpdesk_acts", use_disk_cache=False)


def _verdicts(scorer, call):
    return {v.id: v for v in scorer.score(call).criteria}


def _turn(text, role="agent", start=0.0):
    from qa.model import Segment

    return Segment(start, start + 3.0, text, role=role)


def _tagged(turn, **p):
    from qa.score.acts import ACT_INDEX, ACTS, TurnActs

    probs = np.zeros(len(ACTS), np.float32)
    for act, value in p.items():
        probs[ACT_INDEX[act]] = value
    return TurnActs(turn, probs, (turn.text,), np.zeros(len(ACTS), int))


# --- the agent's last commitment ------------------------------------------------------------------


@pytest.mark.parametrize("said, hands_on", [
    # a transfer said in words (the act model read "Putting you through ..." as account work)
    ("Okay, connecting you to the claims line now, please stay on.", True),
    ("I'm transferring you to our returns desk, one moment.", True),
    # another part of the desk takes it
    ("I'll forward this to the billing office so they can issue the credit.", True),
    ("ie-endorse ko po ito sa aming accounting para sa refund.", True),
    ("We've passed your request on to the warehouse team.", True),
    ("I've endorsed your claim to the accounts section.", True),
    ("I've referred it to our legal desk.", True),
    # someone comes with the replacement
    ("A driver will pick up the broken heater and drop off the new one on Monday.", True),
    ("Our delivery partner will swap the router for you on Thursday.", True),
    # no one else does anything
    ("I forwarded you the receipt by email a minute ago.", False),
    ("The courier left it at your door at noon.", False),
    ("I've changed the delivery date to Friday.", False),
])
def test_words_that_hand_the_call_on(said, hands_on):
    from qa.score.outcome import _hand_on_words

    assert (_hand_on_words(_turn(said)) is not None) == hands_on, said


def test_a_transfer_said_last_is_a_hand_off(scorer):
    """However much account work came first, a call that ends on the transfer is handed on."""
    lines = ["A: Good morning, Brightwater Utilities, this is Sam. How can I help?",
             "C: Hi, my bill doubled this month and I think the meter reading is wrong.",
             "A: Can I have the account number and the postcode, please?",
             "C: It's four four one nine zero two, postcode L S six.",
             "A: Thanks. I can see the reading from the eighth, it's much higher than last quarter.",
             "C: That can't be right, we were away for two weeks.",
             "A: Disputes on readings are handled by our metering team, not by me.",
             "C: Fine.",
             "A: Connecting you to the metering team now, please stay on the line.",
             "C: Okay."]
    result = scorer.score(scripted_call(lines, "en"))
    assert result.outcome.outcome in ("transferred", "escalated"), result.outcome.reason
    found = {v.id: v for v in result.criteria}
    assert found["resolution.validate"].verdict == "na", found["resolution.validate"].reason


# --- a call the caller is told to make ---------------------------------------------------------------


@pytest.mark.parametrize("text, kept", [
    ("접수 창구가 월요일에 열리니까 그때 다시 전화 주세요", 0.0),
    ("시스템 점검이 끝나면 내일 다시 연락 주십시오", 0.0),
    ("Please call us back tomorrow once the system is up again.", 0.0),
    ("tumawag na lang po ulit kayo bukas ng umaga", 0.0),
    # the desk calls: owed by the desk
    ("I'll call you back tomorrow with the result.", 0.7),
    ("담당자가 내일 다시 전화드리겠습니다", 0.7),
])
def test_the_caller_told_to_ring_again_is_owed_no_call(text, kept):
    from qa.score.outcome import _shown_where

    turn = _turn(text)
    out = _shown_where([turn], {id(turn): _tagged(turn, promises_callback=0.7)})
    assert out[id(turn)].p("promises_callback") == pytest.approx(kept), text


# --- the caller takes it on themselves -----------------------------------------------------------------


@pytest.mark.parametrize("said, withdrawn", [
    ("cge po ako n lng mgpapaayos bukas", True),
    ("ok po pupunta n lng po ako s branch nyo", True),
    ("sige po punta na lang ako sa office", True),
    ("ok po hintayin ko na lang po tawag nyo", False),
])
def test_a_caller_who_sees_to_it_in_text_speak(said, withdrawn):
    from qa.score.outcome import _WITHDRAWN
    from qa.score.text import normalise

    assert bool(_WITHDRAWN.search(normalise(said))) == withdrawn, said


def test_no_hand_off_when_the_caller_takes_it_on():
    """A doubtful hand-on (p 0.5) on a call that stops after it is no hand-off when the caller then
    says they will go themselves."""
    from qa.score.outcome import _handed_on

    opening = _turn("hello po, ano po concern nila", start=0.0)
    caller = _turn("ung refund ko po d p dumadating", role="customer", start=4.0)
    agent = _turn("wala pa po kasi sa system yung approval", start=8.0)
    tagged = {id(opening): _tagged(opening, offers_help=0.9), id(caller): _tagged(caller),
              id(agent): _tagged(agent, escalates=0.5)}
    assert _handed_on([opening, caller, agent], tagged, 0.6, 0.4) is not None
    goes = _turn("ay cge po ako n lng pupunta dyan bukas", role="customer", start=12.0)
    tagged[id(goes)] = _tagged(goes)
    assert _handed_on([opening, caller, agent, goes], tagged, 0.6, 0.4) is None


# --- checks of the fix by what the caller sees ------------------------------------------------------


@pytest.mark.parametrize("lines, lang", [
    (["A: Thanks for calling Northgate Gym, this is Lee, how can I help?",
      "C: My class booking for Saturday disappeared from my profile.",
      "A: Can I get your member number?", "C: G Y M, two two eight one.",
      "A: Thanks. I've re-added the Saturday spin class to your bookings.",
      "A: Could you reload your profile and see if it shows Saturday now?",
      "C: Yes, Saturday spin, nine a.m.",
      "A: Great. Anything else?", "C: No, thanks.", "A: Thanks for calling, bye."], "en"),
    (["A: 감사합니다 하늘꽃배달 고객센터 박소윤입니다 무엇을 도와드릴까요",
      "C: 배송 날짜를 잘못 골랐어요 금요일로 바꾸고 싶어요",
      "A: 주문번호 말씀해 주시겠어요", "C: 에이 칠칠삼 일이요",
      "A: 네 금요일 오전으로 바꿔 드렸어요 주문 내역 새로고침하시면 금요일로 보이시나요",
      "C: 네 금요일로 나와요",
      "A: 더 필요하신 건 없으세요", "C: 없어요", "A: 네 감사합니다"], "ko"),
    (["A: good afternoon po salamat sa pagtawag sa bilis padala si joy po ano pong maitutulong ko",
      "C: hi po mali po yung address sa padala ko",
      "A: ano po tracking number at pangalan", "C: b p five five two po, ana reyes",
      "A: salamat po pinalitan ko na po yung address",
      "A: pa-check lang po sa app nakikita nyo na po ba yung bagong address",
      "C: opo nandun na po",
      "A: may iba pa po ba", "C: wala na po", "A: salamat po"], "tl"),
])
def test_a_check_by_what_the_caller_sees(scorer, lines, lang):
    found = _verdicts(scorer, scripted_call(lines, lang))
    assert found["resolution.validate"].verdict == "pass", found["resolution.validate"].reason


# --- references, time frames, names ------------------------------------------------------------------


@pytest.mark.parametrize("text, number", [
    ("접수번호는 케이 칠사이 오일이에요", True),
    ("예약번호 육삼일 구공입니다", True),
    ("이삼일 내로 연락드릴게요", False),
    ("오이 사이 두 개요", False),
    ("칠사이 번 버스요", False),
])
def test_korean_references_in_a_group_and_a_pair(text, number):
    from qa.score.shapes import has_number

    assert has_number(text) == number, text


def test_a_case_number_in_tagalog_with_po_between(scorer):
    lines = ["A: Magandang umaga po, salamat sa pagtawag sa Linis Bahay Services, ako po si Mara. Ano po ang maitutulong ko?",
             "C: Hindi po dumating yung cleaner kahapon.",
             "A: Pasensya na po. Pwede ko po bang makuha ang pangalan at address sa booking?",
             "C: Celia Ramos po, Block nine, Lot four, Marikina.",
             "A: Salamat po. Nakita ko po ang booking. Para makasiguro, hindi po dumating ang cleaner kahapon ng alas-nuwebe, tama po ba?",
             "C: Opo, tama.",
             "A: Naitala ko na po. Ito po ang numero po ng kaso: K D, siyam, walo, anim.",
             "A: Ililipat ko po kayo sa scheduling team para sa bagong petsa.",
             "C: Sige po.", "A: Maraming salamat po."]
    found = _verdicts(scorer, scripted_call(lines, "tl"))
    assert found["escalation.ticket_number"].verdict == "pass", found["escalation.ticket_number"].reason


def test_one_moment_is_no_time_frame():
    """Asking the caller to wait on the line says nothing about when they hear back."""
    from qa.rubric import load_rubric
    from qa.score.checks.act import unwanted
    from qa.score.nlp import TextAnalyzer

    rubric = load_rubric("helpdesk_acts")
    options = next(c.checks[0].options for s in rubric.sections for c in s.criteria
                   if c.id == "escalation.timeframe")
    ctx = type("Ctx", (), {"lang": "tl", "analyzer": TextAnalyzer()})()
    for text, dropped in [("Ikokonekta ko na po kayo sa billing, saglit lang po.", True),
                          ("Tatawagan po kayo bukas, sandali lang po ang proseso.", False),
                          ("Tatawagan po kayo sa loob ng dalawang araw.", False)]:
        turn = _turn(text)
        assert unwanted(ctx, _tagged(turn, states_timeframe=0.57), "states_timeframe", options) == dropped, text


def test_the_callers_name_said_to_them_is_no_agents_name(scorer):
    lines = ["A: Riverside Storage, how can I help?",
             "A: Right, I see you're calling from the number on the rental, Mr Okafor, so your unit is up here.",
             "C: Yes, my gate code stopped working this morning.",
             "A: I've reset it, the new code is in your texts.", "C: Okay, it works now.",
             "A: Anything else?", "C: No.", "A: Thanks for calling."]
    found = _verdicts(scorer, scripted_call(lines, "en"))
    assert found["greeting.agent_name"].verdict == "fail", found["greeting.agent_name"].reason


# --- holds, silences and overtalk -----------------------------------------------------------------


_BANK = ["A: Thank you for calling Harbor Bank, this is Nina. How may I help you?",
         "C: Hi, {0}", "A: I'm sorry to hear that. Can I have your full name and date of birth?",
         "C: Paul Grant, third of May, seventy-nine."]


@pytest.mark.parametrize("lines, dead_air, hold", [
    # the caller's own search: dead air, no hold
    (["I want to report a card I can't find.", "A: Thank you, Mr Grant. Do you have the last four digits of the card?",
      "C: Hold on, they're on a statement somewhere.", "[gap 8]", "C: Okay, here, four four one two.",
      "A: Thanks, I've blocked that card and a new one goes out today."], "fail", "na"),
    # a check announced with a word inside "let me check": a hold, never asked
    (["a payment I made yesterday isn't showing.", "A: Thanks. Let me quickly check the payments.", "[gap 9]",
      "A: It's there, it posted this morning."], "pass", "fail"),
])
def test_whose_silence_it_is(scorer, lines, dead_air, hold):
    call = [line.format(lines[0]) for line in _BANK] + lines[1:] + [
        "C: Great.", "A: Is there anything else?", "C: No.", "A: Thanks for calling, goodbye."]
    found = _verdicts(scorer, scripted_call(call, "en"))
    assert found["conduct.dead_air"].verdict == dead_air, found["conduct.dead_air"].reason
    assert found["hold.permission"].verdict == hold, found["hold.permission"].reason


def test_overtalk_counts_only_while_the_caller_speaks():
    from qa.model import Segment, Word
    from qa.score.timing import talked_over_seconds

    def turn(role, start, end, overlap=False):
        words = tuple(Word(t, min(end, t + 0.5), "w", role=role, overlap=overlap) for t in np.arange(start, end, 0.6))
        return Segment(start, end, "w " * len(words), role=role, words=words)

    caller = turn("customer", 0.0, 5.0)
    # the agent's flagged words run 1.0 s past the end of the caller's turn: 1.5 s under the caller
    agent = turn("agent", 3.5, 6.0, overlap=True)
    assert talked_over_seconds((caller, agent), "agent") == pytest.approx(1.5)
    # ... and with the caller talking on (over the agent), all of it
    longer = turn("customer", 0.0, 7.0)
    assert talked_over_seconds((longer, agent), "agent") == pytest.approx(agent.words[-1].end - 3.5)
