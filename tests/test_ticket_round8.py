"""The eighth ticket round (issue 10): the general causes of test7's first-run findings on clean
pairs and of its misses. Letters of an identifier heard as digits, and an address whose name and
domain are both respelled, are the recogniser's (``review`` items); an amount named beside the one
said in the same field is another amount; a total worked out from a count asked for in the turn
before the price is the call's."""
from __future__ import annotations

from qa.ticket.compare import letters_as_digits
from qa.ticket.when import times
from tests.test_ticket_fields import make_call
from tests.test_ticket_values import run, ticket


def test_letters_of_an_identifier_heard_as_digits_are_a_review_item():
    call = make_call([("customer", "My policy number is 807714092.")])
    assert run(call, ticket(description="Policy HO7714092; pipe burst.")) == [
        ("identifier_mismatch", "review", "description")]
    # digits written wrong where the ticket has digits are still a finding
    assert run(call, ticket(description="Policy 807714029; pipe burst.")) == [
        ("identifier_mismatch", "high", "description")]
    assert letters_as_digits("HO-7714092", "807714092") and not letters_as_digits("HO7714092", "807714093")


def test_an_address_respelled_in_its_name_and_its_domain_is_a_review_item():
    asked = ("agent", "What's your email address?")
    call = make_call([asked, ("customer", "It's j dot aquifer at fastmill dot com.")])
    assert run(call, ticket(Email="j.okafor@fastmail.com")) == [("identifier_mismatch", "review", "Email")]
    # another domain is another address
    other = make_call([asked, ("customer", "It's j dot okafor at hotmail dot com.")])
    assert run(other, ticket(Email="j.okafor@fastmail.com")) == [("identifier_mismatch", "high", "Email")]
    # a short domain name two letters off is another domain ("gmx" is not "gmail")
    short = make_call([asked, ("customer", "It's j dot okafor at gmx dot com.")])
    assert run(short, ticket(Email="j.okafor@gmail.com")) == [("identifier_mismatch", "high", "Email")]


def test_an_amount_named_beside_the_one_said_in_the_same_field_is_another_amount():
    call = make_call([("agent", "I see two hundred eighty six dollars and forty cents this month.")])
    assert run(call, ticket(description="Bill of $286.40 this month (usually about $90).")) == []
    # written alone, the other amount is a mismatch
    assert run(call, ticket(description="Bill of $90 this month.")) == [
        ("identifier_mismatch", "medium", "description")]


def test_a_total_from_a_count_asked_for_in_the_turn_before_the_price():
    call = make_call([("customer", "Magpapadeliver sana ako ng 6 na galon."),
                      ("agent", "Sige po. 30 pesos po bawat galon.")], "tl")
    assert run(call, ticket(description="6 gallons delivered today.", Amount="PHP 180.00")) == []
    assert run(call, ticket(description="6 gallons delivered today.", Amount="PHP 240.00")) == [
        ("identifier_mismatch", "medium", "Amount")]


def test_a_column_naming_the_class_of_what_the_ticket_and_the_call_both_name():
    call = make_call([("agent", "Harborline Insurance claims, this is Derek."),
                      ("agent", "I've opened a water damage claim for the burst pipe.")])
    text = "Burst pipe; water damage claim opened."
    assert run(call, ticket(description=text, Category="Property claim")) == []
    # the ticket's text not naming it: the call's other kind stands against the column
    assert run(call, ticket(description="Burst pipe; claim opened.", Category="Property claim")) == [
        ("field_mismatch", "medium", "Category")]


def test_a_24_hour_clock_in_a_korean_visit_column():
    assert [t.minutes for t in times("12월 9일(수) 17:00")] == [17 * 60]
    call = make_call([("agent", "십이월 구일 수요일 저녁 일곱 시에 점검원이 방문합니다.")], "ko")
    assert run(call, ticket(description="안전점검 예약.", 방문일시="12월 9일(수) 19:00")) == []
    assert run(call, ticket(description="안전점검 예약.", 방문일시="12월 9일(수) 17:00")) == [
        ("identifier_mismatch", "high", "방문일시")]


def test_the_weekday_said_with_the_tickets_date_decides():
    call = make_call([("customer", "토요일 예약을 일요일로 바꾸고 싶어서요."),
                      ("agent", "십이월 육일 일요일 오후 네 시 반으로 변경했습니다.")], "ko")
    assert run(call, ticket(description="예약 변경.", 예약일시="12월 6일(일) 16:30")) == []
    assert run(call, ticket(description="예약 변경.", 예약일시="12월 6일(토) 16:30")) == [
        ("identifier_mismatch", "high", "예약일시")]


def test_ala_una_is_one_oclock():
    assert [t.minutes for t in times("Sige, bukas ng ala-una.")] == [60]
    call = make_call([("agent", "Pwede niyo na pong kunin bukas, mga ala-una.")], "tl")
    assert run(call, ticket(description="Ready for pick-up tomorrow.", Schedule="2026-12-01 1:00 PM")) == []
    assert run(call, ticket(description="Ready for pick-up tomorrow.", Schedule="2026-12-01 3:00 PM")) == [
        ("identifier_mismatch", "high", "Schedule")]
