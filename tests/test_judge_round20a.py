"""Outcome round 20a of the learned judge (issue 10; docs/rubrics.md, "Twentieth round (a): frozen20's
outcomes"): something switched back on and a slot booked on the call are fixes done, no commitment to a hand-on;
a return or exchange opened, or the warehouse that ships the right item, hands the call on; a bare approval
followed by a question about the plan confirms no fix; a Korean "그거면 돼요" (that is enough) declines more help;
money kept as credit for the caller's own later use is no call-back, and a caller who takes it elsewhere calls the
hand-on off. frozen20 is in-sample since this round; every call here is new wording."""
from __future__ import annotations

import pytest

from synthetic import outcome_with_classes, scripted_call
from test_judge_round14b import _verdicts, scorer  # noqa: F401 - the helpdesk_acts scorer fixture
from test_judge_round18a import _turns

_OPEN = [("agent", "Hello, member services, how can I help?", {"offers_help": 0.95}),
         ("customer", "My parking permit stopped working this morning.", {})]


def _said_after_opening(role, said):
    """The turn ``said`` by ``role`` right after the opening (no acts read on it)."""
    return _turns([*_OPEN, (role, said, {})])[0][2]


# --- a fix done on the call: switched back on, a slot booked -------------------------------------------------


@pytest.mark.parametrize("said", [
    "Right, it was suspended by the system overnight. I've switched your permit back on.",
    "We've just turned the card back on, sorry about that.",
    "Ayan po, binuksan ko na po ulit ang access ninyo.",
    "주차권 다시 활성화해 드렸어요",
    "Okay, I've booked you in for Thursday at nine at the Elm Street branch.",
    "ok po naka-schedule na po kayo, huwebes 2pm sa Cubao branch",
    "Nagpadala na po ako ng bagong resibo sa email ninyo.",
    "목요일 오후 두 시로 예약 잡아 드렸어요",
])
def test_a_fix_done_on_the_call_commits_to_no_hand_on(said):
    """A report of a fix done in words the fix list lacked ("I've turned your fob back on", "naka book n po kau")
    read promises_callback p 0.79 / escalated: the last commitment, a desk-owed call-back."""
    from qa.score.outcome import _committed_last, _done_fix

    turns, tagged = _turns([*_OPEN, ("agent", said, {"promises_callback": 0.8, "states_next_steps": 0.7}),
                            ("customer", "Great, thanks.", {})])
    assert _done_fix(turns[2]), said
    assert _committed_last(turns, tagged, 0.6) is None, said


@pytest.mark.parametrize("said", [
    "I've booked a technician visit for Thursday morning.",  # a visit booked: someone comes later
    "I'll switch it back on once the payment clears.",  # not done yet
    "Nag-send po ako ng request sa IT team namin.",  # a request passed on
])
def test_a_visit_booked_or_a_fix_to_come_is_no_fix_done(said):
    from qa.score.outcome import _done_fix

    assert not _done_fix(_said_after_opening("agent", said)), said


# --- a return opened, the warehouse ships: a hand-on ---------------------------------------------------------


@pytest.mark.parametrize("said", [
    "I've opened a return for the wrong charger, the reference is R A four four one.",
    "We'll log an exchange for the cracked one.",
    "The warehouse will ship the right size on Monday.",
    "Nagbukas na po kami ng exchange para sa maling sapatos.",
    "Ipapadala po ng warehouse ang tamang kulay sa Martes.",
    "물류센터에서 내일 오전에 새 제품 발송할 예정입니다",
])
def test_a_return_or_a_reshipment_by_the_warehouse_is_a_hand_on(said):
    from qa.score.outcome import _done_fix, _hand_on_words

    turn = _said_after_opening("agent", said)
    assert _hand_on_words(turn) is not None and not _done_fix(turn), said


@pytest.mark.parametrize("said", [
    "Do you want to return it or keep it?",
    "You can return it to any branch within thirty days.",
    "Ipapadala ko po sa inyo ang resibo sa email.",
])
def test_a_return_offered_or_a_receipt_sent_is_no_hand_on(said):
    from qa.score.outcome import _hand_on_words

    assert _hand_on_words(_said_after_opening("agent", said)) is None, said


# --- a bare approval with a question about the plan confirms no fix ------------------------------------------


@pytest.mark.parametrize("reply, confirms", [
    ("Good. And will the charger come in the same box?", False),
    ("Sige. Pero yung kahon ba, kasama na rin?", False),
    ("좋아요. 그럼 언제쯤 와요?", False),
    ("Great, it charges fine now. Should I keep the old cable?", True),  # says it works
])
def test_an_approval_with_a_question_confirms_no_fix(reply, confirms):
    """"Mabuti. At yung gasket ba, kasama na" read confirms_fixed p 0.90: seven words, so no "bare okay"."""
    from qa.score.outcome import _committed_last

    plan = ("I've opened a return, the warehouse will ship the right one tomorrow.",
            {"states_next_steps": 0.9, "states_timeframe": 0.9})
    turns, tagged = _turns([*_OPEN, ("agent", *plan), ("agent", "You just hand the wrong one to the courier.", {}),
                            ("customer", reply, {"confirms_fixed": 0.9})])
    assert (_committed_last(turns, tagged, 0.6) is None) is confirms, reply


# --- a Korean "that is enough" declines more help -------------------------------------------------------------


@pytest.mark.parametrize("said, fixed", [
    ("아니요 이걸로 돼요 감사합니다", False),
    ("그 정도면 됩니다", False),
    ("아니요 돼요", True),  # may answer "still not working?": left a cue
    ("네 이제 잘 돼요", True),
])
def test_a_korean_enough_in_the_present_is_no_fix(said, fixed):
    from qa.score.outcome import says_fixed

    assert bool(says_fixed(_said_after_opening("customer", said))) is fixed, said


# --- money kept for later, and a caller who takes it elsewhere --------------------------------------------------


@pytest.mark.parametrize("said", [
    "No problem, the deposit stays as store credit, you can use it next time you rent with us.",
    "Your payment is kept as credit on your profile for your next order.",
    "naka-credit na po yung bayad ninyo, magagamit n'yo po sa susunod",
    "결제하신 금액은 적립금으로 남아 있어서 다음 주문 때 사용하시면 됩니다",
])
def test_money_kept_for_the_callers_later_use_is_no_hand_on(said):
    from qa.score.outcome import _committed_last, _kept_for_later, _last_hand_on

    turns, tagged = _turns([*_OPEN, ("agent", said, {"promises_callback": 0.95, "states_next_steps": 0.85}),
                            ("customer", "Okay.", {})])
    assert _kept_for_later(turns[2]), said
    assert _committed_last(turns, tagged, 0.6) is None, said
    assert _last_hand_on(turns, tagged, 0.4) is None, said


def test_a_credit_with_a_call_back_is_still_a_hand_on():
    from qa.score.outcome import _kept_for_later

    said = "The credit stays for your next booking, and I'll call you tomorrow to confirm the amount."
    assert not _kept_for_later(_said_after_opening("agent", said))


@pytest.mark.parametrize("reply, called_off", [
    ("Then we'll just book somewhere else.", True),
    ("Ah ganun, sa ibang shop na lang ako.", True),
    ("그럼 다른 데서 알아볼게요", True),
    ("Okay, Tuesday then.", False),
])
def test_a_caller_who_takes_it_elsewhere_ends_the_hand_off(monkeypatch, reply, called_off):
    """The classifier's desk-owed follow-up (p 0.47) stood on "your payment stays as credit ... if ever you book
    with us again" (promises_callback p 0.97) after the caller had said "sa ibang venue na lang kami"."""
    lines = [("agent", "Riverside Lanes, how can I help?", {"offers_help": 0.95}),
             ("customer", "You cancelled our Friday lane for repairs.", {}),
             ("agent", "Sorry about that, the only lane left is Tuesday at ten pm.", {"states_timeframe": 0.9,
                                                                                     "gives_ticket": 0.7}),
             ("customer", reply, {}),
             ("agent", "Okay, your payment stays as credit on your account if you ever book with us again.",
              {"promises_callback": 0.95, "states_next_steps": 0.85}),
             ("customer", "Okay.", {}),
             ("agent", "Thanks for calling, bye.", {})]
    decided = outcome_with_classes(monkeypatch, lines, (0.16, 0.36, 0.0, 0.47, 0.01, 0.0))
    assert (decided.outcome == "resolved") is called_off, decided.reason


# --- what follows from the outcome: a check that what was sent arrived, a return's number ---------------------


_SENT_AND_CHECKED = {
    "tl": ["A: Salamat po sa pagtawag sa Tindahan ni Aling Nena, si Rose po ito, ano pong maitutulong ko?",
           "C: hello po yung order ko po ng rice cooker hindi pa po dumarating, order number 7 7 3 1 0",
           "A: sige po sandali lang po",
           "A: ok po nakita ko na, mali po yung address na nailagay, naitama ko na po sa system",
           "C: ah ok po",
           "A: nag send po ako ng bagong tracking sa email ninyo, na-receive n'yo na po ba?",
           "C: opo andito na po",
           "A: may iba pa po ba?",
           "C: wala na po salamat",
           "A: salamat din po"],
    "en": ["A: Thanks for calling Harbour Vet, this is Priya, how can I help?",
           "C: Hi, I need to move Biscuit's vaccination appointment.",
           "A: Sure, can I have your surname and the pet's name?",
           "C: Okafor, and the dog is Biscuit.",
           "A: Thanks. I've moved Biscuit to Friday at four and sent you a confirmation text. Did you get the text?",
           "C: Yes, just came in.",
           "A: Anything else I can help with?",
           "C: No, that's all, thanks.",
           "A: Thanks for calling, bye."],
}
_EXCHANGE_OPENED = ["A: Salamat po sa pagtawag sa Bahay Gamit Hardware, si Mark po ito. Ano pong maitutulong ko?",
                    "C: Yung dinala pong gripo sa bahay, sira po ang hawakan.",
                    "A: Pasensya na po. Ano po ang numero ng order at pangalan ninyo?",
                    "C: Order B G, tatlo apat lima. Ako si Lorna Santos.",
                    "A: Salamat po. Nagbukas na po kami ng exchange, ang numero po ay E X, pito walo isa. "
                    "Ipapadala po ng warehouse ang bagong gripo sa Huwebes.",
                    "C: Sige po.",
                    "A: May iba pa po ba?",
                    "C: Wala na po, salamat.",
                    "A: Salamat din po."]


@pytest.mark.parametrize("lines, lang, expected", [
    # asking whether what was sent arrived checks the fix ("nag send po ako ng ..." is the fix done)
    (_SENT_AND_CHECKED["tl"], "tl", {"resolution.validate": "pass"}),
    (_SENT_AND_CHECKED["en"], "en", {"resolution.validate": "pass"}),
    # an exchange opened with its number hands the call on, and the number is its ticket
    (_EXCHANGE_OPENED, "tl", {"escalation.ticket_number": "pass", "resolution.validate": "na"}),
])
def test_what_follows_from_the_outcome(scorer, lines, lang, expected):
    found = _verdicts(scorer, scripted_call(lines, lang))
    assert {c: found[c].verdict for c in expected} == expected, [found[c].reason for c in expected]
