"""The sixth ticket round (issue 10): classes of miss the earlier first runs showed, built in general
form: Korean clock times and durations, durations in words, e-mail addresses, a weekday in a column
not named a date, counts, a hand-off or a call-back in other words, an issue type in another script."""
from __future__ import annotations

import pytest

from qa.ticket.when import times
from tests.test_ticket_fields import make_call
from tests.test_ticket_values import run, ticket


@pytest.mark.parametrize("text, found", [
    ("목요일 오후 세 시 반에 기사님이 방문하겠습니다", ["3:30 PM"]),
    ("오전 열한 시에서 오후 한 시 사이에 도착합니다", ["11:00 AM", "1:00 PM"]),
    ("오후 1시~3시", ["1:00 PM", "3:00 PM"]),  # the range's meridiem carries over
    ("오후 두 시 삼십 분", ["2:30 PM"]),       # not also a 30-minute duration
    ("목요일 오후 4:30", ["4:30 PM"]),
    ("네 시에 뵙겠습니다", ["4:00"]),          # no 오전/오후: either
    ("점검은 한 시간 정도 걸립니다", ["1 hour"]),
    ("영업일 기준 사흘 안에", ["3 days"]),
    ("삼 일 안에 본사에서", ["3 days"]),
    ("한 시간 반", ["90 minutes"]),
    ("7일", ["1 week"]),
    ("십이월 십팔일 금요일", []),               # a date, not 18 days
    ("이분이 하신 일은 구분해서", []),          # "this person", "this work", "distinction"
    ("시스템 점검", []),
])
def test_korean_clock_times_and_durations(text, found):
    assert [t.label() for t in times(text)] == found


@pytest.mark.parametrize("text, found", [
    ("it takes about an hour and a half", ["90 minutes"]),  # not "an hour"
    ("one and a half days", ["36 hours"]),
    ("half an hour", ["30 minutes"]),
    ("isang oras at kalahati", ["90 minutes"]),
    ("within forty eight hours", ["2 days"]),               # not "eight hours"
    ("bente kwatro oras", ["1 day"]),
    ("dalawampu't apat na oras", ["1 day"]),
    ("apat na araw", ["4 days"]),
])
def test_durations_in_words(text, found):
    assert [t.label() for t in times(text)] == found


@pytest.mark.parametrize("text, found", [
    ("two thirty in the afternoon", ["2:30 PM"]),
    ("I have Wednesday at three fifteen with Doctor Alvarez.", ["3:15"]),
    ("ten thirty a.m.", ["10:30 AM"]),
    ("half past two in the afternoon", ["2:30 PM"]),   # not 2:00 PM
    ("quarter to five PM", ["4:45 PM"]),
    ("alas diyes y medya", ["10:30"]),                 # not 10:00
    ("ala-una ng hapon", ["1:00 PM"]),
    ("between eight and noon", ["8:00 AM", "12:00 PM"]),
    ("the fee is two thirty", []),                     # an amount, or two numbers
    ("good afternoon", []),
])
def test_clock_times_said_with_their_minutes(text, found):
    assert [t.label() for t in times(text)] == found


def test_korean_times_on_a_ticket_are_compared():
    call = make_call([("agent", "목요일 오후 세 시 반에 기사님이 방문하겠습니다. 점검은 한 시간 정도 걸립니다."),
                      ("customer", "네, 목요일 세 시 반이요.")], "ko")
    assert run(call, ticket("pending", "기사 방문.", 방문시간="목요일 오후 3:30", 소요시간="1시간")) == []
    assert sorted(run(call, ticket("pending", "기사 방문.", 방문시간="목요일 오후 4:30", 소요시간="2시간"))) == [
        ("identifier_mismatch", "high", "방문시간"), ("identifier_mismatch", "high", "소요시간")]


def test_e_mail_addresses_said_aloud():
    from qa.ticket.emails import said

    assert said("Sure, it's dana dot whitfield at outlook dot com.") == ["dana.whitfield@outlook.com"]
    assert said("Rhea dot mangubat at gmail dot com po.") == ["rhea.mangubat@gmail.com"]
    assert said("jhlee 골뱅이 네이버 닷컴이요.") == ["jhlee@naver.com"]
    assert said("It's J O H N five at yahoo dot com") == ["john5@yahoo.com"]
    assert said("m underscore cruz at company dot com dot ph") == ["m_cruz@company.com.ph"]
    assert said("my email is jhlee@naver.com thanks") == ["jhlee@naver.com"]


def test_an_e_mail_field_is_compared_with_the_address_said():
    call = make_call([("agent", "Can I get the email on the rental?"),
                      ("customer", "Sure, it's dana dot whitfield at outlook dot com.")])
    assert run(call, ticket(Email="dana.whitfield@outlook.com")) == []
    assert run(call, ticket(Email="dana.whitfield@outlook.co.uk")) == [("identifier_mismatch", "high", "Email")]
    assert run(call, ticket(Email="m.cruz@outlook.com")) == [("identifier_mismatch", "high", "Email")]
    # a letter off in the user name: recognisers respell names
    assert run(call, ticket(Email="dana.whitfeld@outlook.com")) == [("identifier_mismatch", "review", "Email")]
    # talked about, nothing heard; not talked about at all
    garbled = make_call([("agent", "And your email address?"), ("customer", "It's, uh, the usual one.")])
    assert run(garbled, ticket(Email="dana.whitfield@outlook.com")) == [("identifier_mismatch", "review", "Email")]
    home = make_call([("customer", "I'm at home dot com right now.")])
    assert run(home, ticket(Email="dana.whitfield@outlook.com")) == []


def test_a_weekday_in_a_column_not_named_a_date():
    call = make_call([("agent", "They'll reach out to you by Friday about the keypad."),
                      ("customer", "Okay, Friday then.")])
    assert run(call, ticket("escalated", "Facilities will call back.", Callback="Thursday")) == [
        ("identifier_mismatch", "high", "Callback")]
    assert run(call, ticket("escalated", "Facilities will call back.", Callback="Friday")) == []
    tl = make_call([("agent", "Available po tayo sa Huwebes, alas tres ng hapon.")], "tl")
    assert run(tl, ticket(Slot="Friday 3:00 PM")) == [("identifier_mismatch", "high", "Slot")]
    assert run(tl, ticket(Slot="Thursday 3:00 PM")) == []
    sunday = make_call([("customer", "Are you open on Sunday?"), ("agent", "No, sorry.")])
    assert run(sunday, ticket(Hours="Monday-Saturday 9 AM-5 PM")) == []


def test_counts_said_with_a_counting_word():
    call = make_call([("customer", "Magpapa-book po sana ako ng catering, mga limampung tao po."),
                      ("agent", "Para sa limampung tao po, ang package ay apatnapu't limang libong piso.")], "tl")
    assert run(call, ticket(Pax="50")) == []
    assert run(call, ticket(Pax="60")) == [("identifier_mismatch", "high", "Pax")]
    ko = make_call([("customer", "장미 스물다섯 송이로요.")], "ko")
    assert run(ko, ticket(수량="25송이")) == []
    assert run(ko, ticket(수량="15송이")) == [("identifier_mismatch", "high", "수량")]
    family = make_call([("customer", "Two adults and two kids, so a table for four... two adults and two kids.")])
    assert run(family, ticket(Guests="4")) == []  # the sum of the counts said in one turn
    # a storage unit's number is no count, and a count never said with a counting word is not judged
    unit = make_call([("customer", "I rented unit C one forty last week.")])
    assert run(unit, ticket(Unit="C140", Units="3")) == []


@pytest.mark.parametrize("said", [
    "They'll reach out to you by Friday about the keypad.",
    "One of them will get back to you within forty eight hours.",
    "Babalitaan ko po kayo bukas ng umaga.",
    "영업일 기준 사흘 안에 결과 알려 드리겠습니다.",
])
def test_a_call_back_in_other_words(said):
    call = make_call([("agent", said)])
    assert run(call, ticket("pending", "Refund needs the finance team's check.")) == [
        ("missing_next_step", "medium", "description")]
    assert run(call, ticket("pending", "Finance checks the refund; we get back to the customer.")) == []


def test_a_text_promised_in_tagalog_is_a_send():
    call = make_call([("agent", "Ite-text ko na lang po kayo pag papunta na yung technician.")], "tl")
    assert run(call, ticket("pending", "Aircon cleaning Thursday.")) == [("missing_next_step", "medium", "description")]
    assert run(call, ticket("pending", "Technician texts the customer when on the way.")) == []


def test_a_case_handed_on_in_other_words():
    for said in ("I've reset your gate code. The keypad logged errors, so I'm passing this to our facilities crew.",
                 "Fully booked na po kami, kaya ipapasa ko po ito sa aming events manager.",
                 "환불은 본사 승인팀으로 이관하겠습니다."):
        call = make_call([("agent", said), ("customer", "Okay, thanks.")])
        assert run(call, ticket("resolved", "Done.", resolution="Done.")) == [("status_contradiction", "high", "status")]
    # "sending this over to our claims adjusters" is a hand-off, not something sent to the caller
    sent = make_call([("agent", "I'm sending this over to our claims adjusters.")])
    assert run(sent, ticket("escalated", "Sent to claims adjusters.")) == []
    # something forwarded to the caller is no hand-off
    call = make_call([("agent", "I'll forward it to you now."), ("customer", "Great, thanks.")])
    assert run(call, ticket("resolved", "Feedback noted.", resolution="Feedback noted.")) == []


def test_an_escalated_ticket_after_a_partial_fix_and_a_hand_off():
    # "I've reset your gate code" reads as resolved; the keypad was handed on: escalated is right
    call = make_call([("customer", "My gate code stopped working."),
                      ("agent", "I've reset your gate code. The keypad logged errors, so I'm passing this to our "
                                "facilities crew. They'll reach out to you by Friday."),
                      ("customer", "Okay, it's working now, thanks.")])
    assert run(call, ticket("escalated", "Code reset; keypad passed to facilities, who will call back.")) == []


def test_an_issue_type_in_another_script_than_the_call_is_a_review_item():
    ko = make_call([("customer", "세탁기가 탈수할 때 소리가 너무 크게 나요."),
                    ("agent", "목요일에 기사님이 방문하겠습니다.")], "ko")
    assert run(ko, ticket("pending", "기사 방문 예정.", Product="Front-load washer")) == [
        ("field_mismatch", "review", "Product")]
    en = make_call([("customer", "My brakes feel weak."), ("agent", "Okay, a brake check tomorrow.")])
    assert run(en, ticket(**{"Issue Type": "Engine overheating"})) == [("field_mismatch", "medium", "Issue Type")]


@pytest.mark.parametrize("said, step", [
    ("I'll text you the link now.", "send"),
    ("You should get an email within the hour.", "send"),
    ("Ise-send ko po ang payment schedule sa email ninyo.", "send"),
    ("Papadalhan ko po kayo ng email.", "send"),
    ("Someone from our team will contact you tomorrow.", "callback"),
    ("Our rep will get in touch with you.", "callback"),
    ("Kokontakin po kayo ng aming team bukas.", "callback"),
    ("Hintayin niyo po ang tawag namin.", "callback"),
    ("A technician will be dispatched on Monday.", "visit"),
])
def test_next_steps_in_other_words(said, step):
    from qa.ticket.fields import _promised

    assert [s for _, s, _ in _promised(make_call([("agent", said)]))] == [step]


def test_payment_method_and_plan_type():
    call = make_call([("agent", "Paano po ang bayad, GCash o cash on delivery?"),
                      ("customer", "Cash on delivery na lang po.")], "tl")
    assert run(call, ticket(**{"Payment Method": "COD"})) == []
    assert run(call, ticket(**{"Payment Method": "GCash"})) == [("field_mismatch", "medium", "Payment Method")]
    # a card named in a turn that is not about paying is not a payment choice
    card = make_call([("customer", "I lost my loyalty card."), ("agent", "Will you pay cash at the counter?"),
                      ("customer", "Yes, cash.")])
    assert run(card, ticket(**{"Payment Method": "Cash"})) == []
    plan = make_call([("customer", "I'm on a postpaid plan and want to switch to prepaid.")])
    assert run(plan, ticket(**{"Plan Type": "Prepaid"})) == []
    assert run(plan, ticket(**{"Plan Type": "Postpaid"})) == [("field_mismatch", "medium", "Plan Type")]


def test_an_address_on_file_is_not_an_address_talked_about():
    call = make_call([("agent", "I'll send the receipt to the email on file.")])
    assert run(call, ticket("resolved", "Receipt emailed.", resolution="Receipt emailed.",
                            Email="dana.whitfield@outlook.com")) == []


def test_an_address_the_recogniser_respelled_is_a_review_item():
    from qa.ticket.emails import _respelled

    assert _respelled("genregorgo@gmail.com", "alisonregorgo14@gmail.com")  # real Tagalog ASR (test3)
    assert _respelled("dana.whitfeld@outlook.com", "dana.whitfield@outlook.com")
    assert _respelled("rhea@jmail.com", "rhea@gmail.com")
    assert not _respelled("m.santos@gmail.com", "m.cruz@gmail.com")
    assert not _respelled("rhea@yahoo.com", "rhea@gmail.com")
    assert not _respelled("dana@outlook.com", "dana@outlook.co.uk")


def test_a_column_named_by_what_it_counts():
    call = make_call([("customer", "I bought four tickets."), ("agent", "Okay.")])
    assert run(call, ticket(Qty="4")) == [] and run(call, ticket(Tickets="4")) == []
    assert run(call, ticket(Qty="2")) == [("identifier_mismatch", "high", "Qty")]
    tl = make_call([("customer", "Magpapa-pickup po ako ng labada, tatlong bag po.")], "tl")
    assert run(tl, ticket(Bags="4")) == [("identifier_mismatch", "high", "Bags")]
    # "네" (yes) before another word is no count
    ko = make_call([("agent", "네 개인정보 확인하겠습니다."), ("customer", "안경 두 개 맞추려고요.")], "ko")
    assert run(ko, ticket(수량="2개")) == []


def test_the_sixth_rounds_second_batch():
    """dev6b: written after the changes, run once (first run in docs/tickets.md), in-sample since."""
    from qa.ticket.evaluate import evaluate
    from tests.test_ticket_fields import SET

    result = evaluate(SET / "dev6b")
    assert [p.error for p in result.pairs if p.error] == []
    assert result.precision >= 0.9 and result.recall >= 0.9 and result.clean_kept == 1.0


def test_an_english_issue_type_on_a_ticket_retold_in_tagalog_is_a_review_item():
    call = make_call([("customer", "Tumutulo po yung bubong namin tuwing umuulan, sa may sala po."),
                      ("agent", "Sige po, magpapadala po ako ng tekniko sa Sabado.")], "tl")
    retold = ticket("pending", "Tulo sa sala tuwing umuulan. Tekniko sa Sabado.", **{"Issue Type": "Roof leak"})
    assert run(call, retold) == [("field_mismatch", "review", "Issue Type")]
    # the ticket's text in English, the caller's words not repeated: the English value is judged
    brakes = make_call([("customer", "Yung Zephyr one fifty ko, parang mahina na yung preno."),
                        ("agent", "Okay sir. Brake check po natin.")], "tl")
    english = ticket("pending", "Zephyr 150. Check-up booked for tomorrow.", **{"Issue Type": "Engine overheating"})
    assert run(brakes, english) == [("field_mismatch", "medium", "Issue Type")]


def test_an_escalated_ticket_implies_the_call_back():
    call = make_call([("agent", "Once your manager approves, the software team will contact you to install it.")])
    assert run(call, ticket("escalated", "Sent to Software Deployment.")) == []
    assert run(call, ticket("pending", "Waiting for approval.")) == [("missing_next_step", "medium", "description")]
