"""The fourteenth ticket round (c) (issue 10): the general causes of test17's first run. A month and day
written "12/10" in an appointment column; a bare total that is a price said times a count; a refund
column holding the amount charged; a Korean "문자로 알려 드립니다" (the present as a promise); a unit
(suite, apartment) after the street; a name heard with other vowels on a recorded call; a class word
("cutlery") said by its members. Every example is in other words than the split's calls."""
from __future__ import annotations

from qa.ticket import facts as F
from qa.ticket.spoken import normalise
from tests.test_ticket_fields import make_call
from tests.test_ticket_values import run, ticket


def test_a_month_and_day_written_with_a_slash_is_the_appointments_date():
    from qa.ticket.dates import slashed

    assert [(d.month, d.day) for d in slashed("Fri 1/22 before 9 AM")] == [(1, 22)]
    assert slashed("v2.1/3") == [] and slashed("12/2026") == []
    call = make_call([("agent", "The plumber comes Friday, January twenty-ninth, in the morning.")])
    assert run(call, ticket(status="open", appointment="Fri 1/22 AM")) == [
        ("identifier_mismatch", "high", "appointment")]
    assert run(call, ticket(status="open", appointment="Fri 1/29 AM")) == []
    # a day said without its month may be the ticket's ("we deliver on the fourteenth", "십사일에 배송")
    other = make_call([("agent", "We deliver on the fourteenth; the party itself is March fifteenth.")])
    assert run(other, ticket(status="open", appointment="3/14 delivery")) == []
    ko = make_call([("agent", "행사는 삼월 십오일이고요, 배송은 십사일 오전에 도착합니다.")], "ko")
    assert run(ko, ticket(status="open", 예약일시="3/14 오전 도착")) == []


def test_a_bare_total_that_is_a_price_times_a_count_is_an_amount():
    found = F.identifiers(normalise("Eighty five per table, twelve tables, one thousand twenty in total."))
    assert ("amount", "1020", "1020") in found
    call = make_call([("agent", "Siyamnapu po per box, limang box, four hundred fifty po lahat.")], "tl")
    assert run(call, ticket(description="5 box.", amount="PHP 400.00")) == [("identifier_mismatch", "medium", "amount")]
    assert run(call, ticket(description="5 box.", amount="PHP 450.00")) == []


def test_a_refund_column_holding_the_amount_charged():
    call = make_call([("agent", "You were charged $92.40 for the month. After the days you used, $80.00 goes "
                                "back to your card.")])
    assert run(call, ticket(description="Overbilled.", refund_amount="$92.40")) == [
        ("identifier_mismatch", "medium", "refund_amount")]
    assert run(call, ticket(description="Overbilled.", refund_amount="$80.00")) == []
    ko = make_call([("agent", "이만 사천 원 결제되셨는데요, 사용하신 만큼 빼고 이만 원 환불해 드릴게요.")], "ko")
    assert run(ko, ticket(description="요금 환불.", 금액="24,000원 환불")) == [("identifier_mismatch", "medium", "금액")]
    assert run(ko, ticket(description="요금 환불.", 금액="20,000원 환불")) == []


def test_a_korean_text_promised_in_the_present():
    call = make_call([("agent", "교환 접수됐고요, 기사님 배정되면 카톡으로 안내해 드립니다.")], "ko")
    assert run(call, ticket(description="교환 접수.")) == [("missing_next_step", "medium", "description")]
    assert run(call, ticket(description="교환 접수, 배정 시 카톡 안내.")) == []


def test_another_unit_after_the_street_said():
    call = make_call([("customer", "It's twelve Birch Lane, apartment six.")])
    assert run(call, ticket(status="open", address="12 Birch Ln, Apt 9")) == [
        ("identifier_mismatch", "high", "address")]
    assert run(call, ticket(status="open", address="12 Birch Ln, Apt 6")) == []
    assert run(call, ticket(status="open", address="12 Birch Ln")) == []


def test_a_name_heard_with_other_vowels_on_a_recorded_call_is_a_review_item():
    call = make_call([("agent", "Can I have your name?"), ("customer", "It's Jon Pemberton.")],
                     probabilities={1: {}})
    assert run(call, ticket(customer_name="Jan Pemberton")) == [("name_mismatch", "review", "customer_name")]
    # ... and the surname is still compared past it
    assert run(call, ticket(customer_name="Jan Pembroke")) == [("name_mismatch", "medium", "customer_name")]


def test_a_class_word_said_by_its_members():
    call = make_call([("customer", "We need forty forks and forty spoons for the banquet on Saturday.")])
    assert run(call, ticket(status="open", category="Silverware rental")) == []
    assert run(call, ticket(status="open", category="Tent rental")) == [("field_mismatch", "medium", "category")]
