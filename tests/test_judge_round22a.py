"""Outcome round 22a of the learned judge (issue 10; docs/rubrics.md, "Twenty-second round (a): frozen22's
outcomes"): the caller told to ring the desk if a state is not reached, whatever the desk then does, is advice;
a member of the desk named by title who rings the caller ("점장님이 ... 연락드려서"), a complaint logged ("Nagtala na
po kami ng reklamo") and a third person who rings the caller ("tatawagan po niya kayo") hand the call on; a
caller's guess at the cause confirms no fix; a caller who has it done by someone of their own calls the hand-on
off. frozen22 is in-sample since this round; every sentence here is new wording."""
from __future__ import annotations

import pytest

from synthetic import outcome_with_classes, scripted_call
from test_judge_round14b import _verdicts, scorer  # noqa: F401 - the helpdesk_acts scorer fixture
from test_judge_round18a import _turns
from test_judge_round19b import test_the_desk_calling_again_is_no_advice as _desk_calls_again
from test_judge_round20a import _said_after_opening
from test_judge_round20a import test_a_return_offered_or_a_receipt_sent_is_no_hand_on as _no_hand_on
from test_judge_round20a import test_a_return_or_a_reshipment_by_the_warehouse_is_a_hand_on as _hand_on

_OPEN = [("agent", "Hello, guest services, how can I help?", {"offers_help": 0.95}),
         ("customer", "The heating in our room has been off since we arrived.", {})]


# --- the caller is to ring if a state is not reached, whatever the desk then does -------------------------------


@pytest.mark.parametrize("said", [
    "It warms up slowly. If the radiator still isn't warm by six, call us and we'll send a plumber over.",
    "If the display isn't back on in ten minutes, just give us a ring and we'll get an engineer out.",
    "Kung hindi pa po uminit pagkalipas ng isang oras, tawagan n'yo po kami at papupuntahin namin ang technician.",
    "두 시간 뒤에도 온도가 안 올라가면 다시 전화 주시면 기사님 보내 드릴게요",  # as round 19b's, new words
])
def test_the_caller_told_to_ring_if_a_state_is_not_reached_is_advice(said):
    """"If it isn't above a hundred in two hours, give us a call back and we'll send maintenance out" (transfers
    p 0.77) was the agent's last commitment: a transfer on a call fixed on the line and left to the caller."""
    from qa.score.outcome import _advice, _committed_last

    turns, tagged = _turns([*_OPEN, ("agent", said, {"transfers": 0.8, "states_next_steps": 0.7,
                                                      "states_timeframe": 0.95}),
                            ("customer", "Okay, will do.", {})])
    assert _advice(turns[2]), said
    assert _committed_last(turns, tagged, 0.6) is None, said


@pytest.mark.parametrize("said", [
    "The plumber comes at nine; if you don't hear from us by ten, give us a call.",  # the desk owes the call
    "If it's easier, we'll call you back tomorrow with the new room.",
    "Kung hindi po kayo available bukas, tatawagan po namin kayo sa Lunes.",
])
def test_the_desk_acting_or_calling_is_no_advice(said):
    _desk_calls_again(said)


# --- hand-ons said in words: a title of the desk's staff, a complaint logged, a third person who rings ----------


@pytest.mark.parametrize("said", [
    "점장님이 오늘 중으로 직접 연락드려서 교환 날짜 잡아 드릴 거예요",
    "팀장님께서 내일 오후에 전화해서 환불 절차 안내해 드릴 겁니다",
    "Nagtala na po kami ng reklamo para sa nawawalang kahon.",
    "nag-log na po ako ng complaint para sa sirang tiles",
    "Susukatin po ulit ng inspektor ang metro at tatawagan po niya kayo bukas ng hapon.",
])
def test_a_member_of_the_desk_or_a_complaint_logged_hands_the_call_on(said):
    _hand_on(said)  # round 20a's test body: hand-on words, no fix done


@pytest.mark.parametrize("said", [
    "고객님이 매장에 오시면 바로 교환해 드려요",  # the caller comes in: no one of the desk rings
    "Kailangan po ninyong tawagan ang inyong bangko para dito.",
])
def test_the_caller_acting_is_no_hand_on(said):
    _no_hand_on(said)


# --- a guess at the cause confirms no fix --------------------------------------------------------------------


@pytest.mark.parametrize("reply, confirms", [
    ("Good. Maybe the cleaner switched it off.", False),
    ("Sige po. Siguro pinatay ng housekeeping.", False),
    ("좋아요. 아마 청소하시는 분이 끄셨나 봐요.", False),
    ("Oh great, it's working now. Maybe it was the switch.", True),  # says it works
])
def test_a_guess_at_the_cause_confirms_no_fix(reply, confirms):
    """"Mabuti. Baka napunta sa iba." (good; maybe they went to someone else) read confirms_fixed p 0.75 after the
    warehouse head was to recount and call: five words, so no "bare okay"."""
    from qa.score.outcome import _committed_last

    plan = ("Our maintenance lead will check the boiler and call you within the hour.",
            {"promises_callback": 0.9, "states_next_steps": 0.9, "states_timeframe": 0.9})
    turns, tagged = _turns([*_OPEN, ("agent", *plan), ("customer", reply, {"confirms_fixed": 0.9})])
    assert (_committed_last(turns, tagged, 0.6) is None) is confirms, reply


# --- the caller has it done by someone of their own ---------------------------------------------------------------


@pytest.mark.parametrize("reply, called_off", [
    ("Three weeks? Then I'll just have my brother-in-law fix it.", True),
    ("Ay, matagal po. Sa pinsan ko na lang po ipapagawa.", True),
    ("삼 주요? 그럼 그냥 동네 수선집에 맡길게요", True),
    ("Okay, I'll wait for it then.", False),
])
def test_a_caller_who_has_it_done_by_their_own_ends_the_hand_off(monkeypatch, reply, called_off):
    """"Kailangan po naming i-order sa Maynila, mga tatlong linggo" (escalates p 0.84) stood as an escalation
    (p 0.76) after the caller had said "sa kapitbahay ko na lang po ipapaayos"."""
    lines = [("agent", "Tool Corner, how can I help?", {"offers_help": 0.95}),
             ("customer", "The chuck on my old drill cracked, do you have one?", {}),
             ("agent", "We don't stock that one, we'd have to order it from the supplier, about three weeks.",
              {"escalates": 0.85, "states_next_steps": 0.6, "states_timeframe": 0.5}),
             ("customer", reply, {}),
             ("agent", "Anything else I can help with?", {}),
             ("customer", "No, thanks.", {}),
             ("agent", "Thanks for calling.", {})]
    decided = outcome_with_classes(monkeypatch, lines, (0.18, 0.76, 0.04, 0.01, 0.01, 0.0))
    assert (decided.outcome == "resolved") is called_off, decided.reason


# --- the whole call, with the shipped models --------------------------------------------------------------------


_RING_IF_COLD = ["A: Thanks for calling Lakeside Lodges, this is Tom.",
                 "C: Hi Tom, we're in lodge six and the sauna won't heat up at all.",
                 "A: Sorry about that. What's the name on the booking?",
                 "C: Haddad.",
                 "A: Thanks, Haddad, lodge six. There's a reset button under the control panel by the door. "
                 "Can you press it for five seconds?",
                 "C: Okay, pressing it. The little light went green.",
                 "A: Great. Does the panel show a temperature now?",
                 "C: Yes, it says forty and climbing.",
                 "A: Lovely, it gains about ten degrees every quarter hour. If it still isn't at eighty by nine, "
                 "give us a call back and we'll send the caretaker round.",
                 "C: Sure, will do.",
                 "A: Anything else for your stay?",
                 "C: No, that's all.",
                 "A: Enjoy the lodge."]


def test_a_call_fixed_on_the_line_with_a_ring_if_cold_is_checked_not_handed_on(scorer):
    found = _verdicts(scorer, scripted_call(_RING_IF_COLD, "en"))
    expected = {"resolution.validate": "pass", "escalation.next_steps": "na", "escalation.ticket_number": "na"}
    assert {c: found[c].verdict for c in expected} == expected, [found[c].reason for c in expected]
