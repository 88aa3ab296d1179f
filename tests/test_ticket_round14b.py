"""The fourteenth ticket round (b) (issue 10): the general causes of test15's and test16's first runs.
A count said after a compound price and a comma; the Tagalog "tig-" (each) before a price; a month and
day written with a slash, and hours before AM/PM, are no identifier's digits; a reference read on after
a comma; a spelled letter heard twice; a fee taken off is no part of a sum; "so N in all" heard "and
all"; bare parts of a total said with its currency after "that's"; a surname spelled out; a Korean name
before 학생 or 이고; goods a driver brings; a Korean "X를 문자로 드릴게요". Every example is in other
words than the split's calls."""
from __future__ import annotations

from qa.ticket import facts as F
from qa.ticket.spoken import normalise
from tests.test_ticket_fields import make_call
from tests.test_ticket_values import run, ticket

MISSING = [("missing_next_step", "medium", "description")]


def test_a_count_after_a_compound_price_and_a_comma_is_no_digit_of_it():
    assert normalise("that's two hundred, five of them") == "that's 200, 5 of them"
    assert normalise("limang daan, tatlo po yun") == "500, 3 po yun"
    # a multiplier after the comma still continues the number
    assert normalise("three thousand, four hundred") == "3400"


def test_tig_before_a_price_is_each_and_confirms_the_price_written():
    said = F.identifiers(normalise("tig-350 po yung isa"))
    assert said == [("price_each", "350", "350")]
    call = make_call([("agent", "Yung polo po tig-tatlong daan at singkwenta, anim po, dalawang libo't isang daan "
                                "po lahat.")], "tl")
    assert run(call, ticket(description="6 polo @ PHP 350 = PHP 2,100.", amount="PHP 2,100.00")) == []
    # ... and is never a rival of a total the call says in words it does not read as one
    call = make_call([("agent", "Tig-kinse po yung pandesal, sampu po. Isang daan at singkwenta po lahat.")], "tl")
    assert run(call, ticket(description="10 pandesal.", amount="PHP 150.00")) == []


def test_a_month_and_day_with_a_slash_are_no_number():
    assert [v for _, v, _ in F.identifiers(normalise("Visit Mon 12/14 before noon, acct 884213"))] == ["884213"]


def test_hours_before_am_or_pm_are_no_identifiers_digits():
    found = F.identifiers(normalise("Serial QX40021. Crew on site Fri 12/4, 9-11 AM."))
    assert [v for _, v, _ in found] == ["QX40021"]


def test_a_reference_read_on_after_a_comma_is_one_reference():
    call = make_call([("agent", "What's the account number?"), ("customer", "Account number KT402, 77."),
                      ("agent", "Thanks.")])
    assert run(call, ticket(description="Acct KT40277, linen order.")) == []
    # a digit that differs is still a finding
    assert run(call, ticket(description="Acct KT40377, linen order.")) == [
        ("identifier_mismatch", "high", "description")]


def test_a_spelled_letter_heard_twice_is_a_review_item():
    call = make_call([("agent", "Your claim is C -L -L -70214.")])
    assert run(call, ticket(description="Noted.", reference="CL70214")) == [
        ("identifier_mismatch", "review", "reference")]


def test_a_fee_taken_off_is_no_part_of_a_sum():
    call = make_call([("agent", "I've waived the $40 rebooking fee. So you owe $210 for the flight change.")])
    assert run(call, ticket(description="Rebooking fee waived.", amount="$250.00")) == [
        ("identifier_mismatch", "medium", "amount")]
    added = make_call([("agent", "It's $40 for rebooking. And $210 for the flight change.")])
    assert run(added, ticket(description="Rebooking + change.", amount="$250.00")) == []


def test_so_n_and_all_is_a_total():
    call = make_call([("agent", "Labor is $45 for the hour and parts are 60, so 105 and all.")])
    assert run(call, ticket(description="Labor + parts.", amount="$105.00")) == []


def test_bare_parts_of_a_total_said_with_its_currency_after_thats():
    call = make_call([("agent", "Muffins are twelve a box, so thirty six, and scones eight a box, sixteen. "
                                "That's fifty two dollars a week.")])
    assert run(call, ticket(description="3 boxes muffins + 2 boxes scones weekly.", amount="$36.00")) == [
        ("identifier_mismatch", "medium", "amount")]
    assert run(call, ticket(description="3 boxes muffins + 2 boxes scones weekly.", amount="$52.00")) == []


def test_a_surname_spelled_out_is_said():
    call = make_call([("customer", "Hi, it's Mark Voychick from the print shop."),
                      ("agent", "Can you spell the last name?"), ("customer", "W -O -J -C -I -K.")])
    assert run(call, ticket(description="Noted.", customer_name="Mark Wojcik")) == []
    assert run(call, ticket(description="Noted.", customer_name="Mark Wojak")) == [
        ("name_mismatch", "medium", "customer_name")]


def test_a_korean_name_before_haksaeng_or_igo_is_the_customers():
    call = make_call([("agent", "박서준 학생 등록 확인했습니다.")], "ko")
    assert run(call, ticket(description="등록 확인.", 고객명="박서진")) == [("name_mismatch", "medium", "고객명")]
    self_named = make_call([("customer", "최하늘이고 중학교 이학년이에요.")], "ko")
    assert run(self_named, ticket(description="등록 확인.", 고객명="최하루")) == [("name_mismatch", "medium", "고객명")]


def test_goods_a_driver_brings_are_a_next_step():
    call = make_call([("agent", "Our courier will drop off the replacement filters Monday.")])
    assert run(call, ticket(description="Filters were the wrong size.")) == MISSING
    assert run(call, ticket(description="Courier drops off new filters Mon.")) == []


def test_a_korean_thing_given_by_text_is_something_sent():
    call = make_call([("agent", "교환 접수되면 접수번호를 메시지로 드릴게요.")], "ko")
    assert run(call, ticket(description="운동화 교환, 택배 발송 예정.")) == MISSING
    assert run(call, ticket(description="운동화 교환, 접수번호 메시지 안내.")) == []


def test_a_pending_ticket_silent_on_an_escalation_contradicts_it():
    call = make_call([("customer", "The dishwasher still leaks after the repair."),
                      ("agent", "A second repair needs the service manager's sign-off, so I'm escalating this to "
                                "him today.")])
    assert run(call, ticket(status="pending", description="Dishwasher leaks after repair; second repair.")) == [
        ("status_contradiction", "high", "status")]
    # a pending ticket that writes the hand-off is right
    assert run(call, ticket(status="pending", description="Leaks after repair; escalated to service mgr.")) == []
