"""The fourteenth ticket round (e) (issue 10): the general causes of test19's and test20's first runs. A
desk's reference a column holds whole, read as the 접수 (ticket) number; a price said "a person" whose
total the ticket works out; a teen heard as a -ty in a date; a step the ticket leaves to the customer
("Cust to ..."); a call ahead written in a desk's shorthand ("calls 15 min out", "cb cust"); a group
category said by who comes. Every example is in other words than the splits' calls."""
from __future__ import annotations

from tests.test_ticket_fields import make_call
from tests.test_ticket_values import run, ticket


def test_a_reference_a_column_holds_whole_is_no_wrong_ticket_number():
    call = make_call([("agent", "접수번호는 구삼일사일입니다.")], "ko")
    assert run(call, ticket(status="open", description="욕실 타일 보수.", 관리번호="93141")) == []
    # letters before the digits the column holds ("케이 에이" heard as nothing)
    lettered = make_call([("agent", "Your ticket number is 5 5 8 1.")])
    assert run(lettered, ticket(status="open", description="Gutter cleaning.", ref_no="KA5581")) == []
    # a number the column only contains is still a wrong ticket number (round 7's booking reference)
    part = make_call([("agent", "Your ticket number is 5 5 8 1.")])
    assert ("ticket_number_mismatch", "high", "ticket_id") in run(
        part, ticket(status="open", description="Gutter cleaning.", ref_no="KA5581-22"))


def test_a_price_said_a_person_is_kept_by_the_total_the_ticket_works_out():
    call = make_call([("customer", "Three of us want the pottery class."),
                      ("agent", "It's sixty dollars a head, so for the three of you that's all set.")])
    assert run(call, ticket(status="open", description="Pottery class x3 @ $60/head.", amount="$180.00")) == []
    # a total that is no multiple of the price is the agent's to explain
    assert run(call, ticket(status="open", description="Pottery class x3 @ $60/head.", amount="$170.00")) == [
        ("identifier_mismatch", "medium", "amount")]


def test_a_teen_heard_as_a_ty_in_a_date_is_a_review_item():
    call = make_call([("agent", "We have you on Monday, November thirtieth at nine.")])
    assert run(call, ticket(status="open", description="Tune-up.", appointment="Mon 11/13 9:00 AM")) == [
        ("identifier_mismatch", "review", "appointment")]
    # another day is still a finding
    assert run(call, ticket(status="open", description="Tune-up.", appointment="Mon 11/23 9:00 AM")) == [
        ("identifier_mismatch", "high", "appointment")]


def test_a_step_left_to_the_customer_is_no_claim_of_work_done():
    call = make_call([("customer", "The internet keeps dropping every evening."),
                      ("agent", "I've booked a technician for Thursday.")])
    assert run(call, ticket(status="open", description="Internet drops nightly. Tech Thu. Customer to restart "
                                                       "the router if it drops again before then.")) == []
    assert run(call, ticket(status="open", description="Internet drops nightly. Tech Thu. Restarted the router.")) \
        == [("unsupported_claim", "medium", "description")]


def test_a_call_ahead_in_a_desks_shorthand():
    call = make_call([("agent", "The driver will call you about fifteen minutes before he gets there.")])
    assert run(call, ticket(status="open", description="Sofa delivery Fri. Driver calls ~15 min out.")) == []
    assert run(call, ticket(status="open", description="Sofa delivery Fri. Dispatcher cb cust Thu eve.")) == []
    assert run(call, ticket(status="open", description="Sofa delivery Fri.")) == [
        ("missing_next_step", "medium", "description")]


def test_a_group_category_said_by_who_comes():
    call = make_call([("customer", "We'd like to bring our whole book club, about fifteen people, for dinner.")])
    assert run(call, ticket(status="open", description="Dinner for 15.", category="Group booking")) == []
    ko = make_call([("customer", "회사 워크숍으로 스무 명이 가려고요.")], "ko")
    assert run(ko, ticket(status="open", description="워크숍 20명.", 분류="단체 행사")) == []
