"""The thirteenth ticket round (a) (issue 10): the general causes of test12's first run. Next steps
the ticket leaves off: a worker who calls ahead of a booked visit, something the customer is to send
the desk, money going back to a card some days after an event, a thing someone else will send in
Taglish. A desk's own reference kept in a column is no wrong ticket number; a year after a month is
no tag; a zero after a fee said waived is the same; a price and the total said of it are no sum; a
NATO word beside an abbreviation is a word; "Linggo" before a date is Sunday; a short word of a
category; an English ticket text on a Taglish call is no translation; a domain heard without the
address's "at"; a date field holding the date a booking was moved from."""
from __future__ import annotations

from qa.ticket import facts as F
from qa.ticket.dates import dates, weekdays
from qa.ticket.spoken import normalise
from tests.test_ticket_fields import make_call
from tests.test_ticket_values import run, ticket


def test_a_desk_reference_kept_in_a_column_is_no_wrong_ticket_number():
    call = make_call([("customer", "The dishwasher is leaking again."),
                      ("agent", "A plumber comes Friday. Your reference is R M 4 4 1 0 9.")])
    assert run(call, ticket(description="Dishwasher leak, plumber visit Fri.", **{"Job Ref": "RM44109"})) == []
    # no column holds it: the caller was told a number that is not this ticket's
    assert run(call, ticket(description="Dishwasher leak, plumber visit Fri.")) == [
        ("ticket_number_mismatch", "high", "ticket_id")]


def test_a_worker_calling_ahead_of_a_booked_visit_is_a_step_of_an_open_ticket():
    call = make_call([("agent", "I have you down for Monday between ten and noon. The installer will ring you "
                                "about an hour ahead.")])
    booked = {"Appointment": "Mon 2027-03-01 10:00 AM-12:00 PM"}
    assert run(call, ticket(status="open", description="Blind install booked Mon AM.", **booked)) == [
        ("missing_next_step", "medium", "description")]
    assert run(call, ticket(status="open", description="Blind install booked Mon AM; installer calls 1 hr ahead.",
                            **booked)) == []


def test_something_the_customer_is_to_send():
    call = make_call([("agent", "You're approved for the rebate. Please fax us a copy of the signed form within "
                                "ten days.")])
    assert run(call, ticket(status="open", description="Rebate approved.")) == [
        ("missing_next_step", "medium", "description")]
    assert run(call, ticket(status="open", description="Rebate approved; cust to fax signed form within 10 days.")) == []
    taglish = make_call([("agent", "Sige po, i-send niyo po yung litrato ng resibo sa amin para ma-process.")], "tl")
    assert run(taglish, ticket(status="open", description="Warranty claim filed.")) == [
        ("missing_next_step", "medium", "description")]


def test_money_going_back_to_a_card_some_days_after_an_event():
    call = make_call([("agent", "Once the courier collects it, the money goes back to your account three to five "
                                "working days after the collection.")])
    assert run(call, ticket(status="open", description="Return approved, courier collection booked.")) == [
        ("missing_next_step", "medium", "description")]
    assert run(call, ticket(status="open", description="Return approved; refund 3-5 working days after collection.")) == []


def test_a_thing_someone_else_will_send_in_taglish():
    call = make_call([("agent", "Pupunta po yung supervisor namin bukas. Ipapadala niya po yung estimate hanggang "
                                "Lunes.")], "tl")
    assert run(call, ticket(status="open", description="Supervisor visits tmrw.")) == [
        ("missing_next_step", "medium", "description")]
    assert run(call, ticket(status="open", description="Supervisor visits tmrw; sends the estimate by Mon.")) == []


def test_a_year_after_a_month_is_no_tag():
    assert [v for _, v, _ in F.identifiers("Serial QP88120, bought June 2019, still under cover.")] == ["QP88120"]
    call = make_call([("agent", "Serial Q P 8 8 1 2 0, bought in June 2019. That one is still covered.")])
    assert run(call, ticket(description="Serial QP88120, bought June 2019; covered.")) == []


def test_a_zero_after_a_fee_said_waived():
    call = make_call([("agent", "The trip charge is normally $75, but we'll waive it since it's our part that failed.")])
    assert run(call, ticket(status="open", description="Our part failed; trip charge waived.", Amount="$0.00")) == []
    # nothing waived: a zero against the price said is still a finding
    priced = make_call([("agent", "The trip charge is $75, payable to the technician.")])
    assert run(priced, ticket(status="open", description="Trip charge at visit.", Amount="$0.00")) == [
        ("identifier_mismatch", "medium", "Amount")]


def test_a_price_and_the_total_said_of_it_are_no_sum():
    call = make_call([("agent", "Each chair is $45, and the fourth one is free. So three at $45, that's $135.")])
    assert run(call, ticket(status="open", description="Four chairs, one free.", Amount="$180.00")) == [
        ("identifier_mismatch", "medium", "Amount")]
    assert run(call, ticket(status="open", description="Four chairs, one free.", Amount="$135.00")) == []


def test_a_nato_word_beside_an_abbreviation_is_a_word():
    assert normalise("tapos yung PE uniform 480 po") == "tapos yung PE uniform 480 po"
    assert normalise("K uniform 4 5 6") == "KU456"  # beside a spelled letter it is one


def test_linggo_before_a_date_or_a_time_is_sunday():
    assert [day for day, _, _ in weekdays("Linggo po, January 5, alas dos")] == [6]
    assert [day for day, _, _ in weekdays("Sige, Linggo alas otso")] == [6]
    assert weekdays("babalik po ako sa susunod na linggo") == []
    call = make_call([("agent", "Linggo po, January 5, alas dos ng hapon ang schedule niyo.")], "tl")
    assert run(call, ticket(status="open", description="Booked Jan 5, 2 PM.", u_schedule="Sat 2027-01-05 2:00 PM")) == [
        ("identifier_mismatch", "high", "u_schedule")]


def test_a_short_word_of_a_category_on_a_taglish_call_told_in_english():
    call = make_call([("customer", "Papa-bath po sana yung aso ko, bath and nail trim lang."),
                      ("agent", "Bath and nail trim po, 450. Sabado po alas dos.")], "tl")
    told = "Dog: bath and nail trim PHP 450. Sat 2 PM."
    assert run(call, ticket(status="open", description=told, category="Pet hotel")) == [
        ("field_mismatch", "medium", "category")]
    assert run(call, ticket(status="open", description=told, category="Grooming")) == []


def test_a_domain_heard_without_the_at_of_the_address():
    call = make_call([("agent", "Where should the survey results go?"),
                      ("customer", "My email is p -dot -moranded -gmail .com")])
    assert run(call, ticket(status="open", description="Results by email.", Email="p.moran@yahoo.com")) == [
        ("identifier_mismatch", "high", "Email")]
    # the ticket's domain heard: the user name lost with the "at" is for the recording
    assert run(call, ticket(status="open", description="Results by email.", Email="p.moran@gmail.com")) == [
        ("identifier_mismatch", "review", "Email")]


def test_a_date_field_holding_the_date_a_booking_moved_from():
    assert [(d.month, d.day) for d in dates("Your lesson is on Tuesday, May 4th.")] == [(5, 4)]
    assert dates("may 4 kaming kasama") == []
    call = make_call([("customer", "Hi, I have to reschedule my driving lesson."),
                      ("agent", "I see it on Tuesday, March 9th. Which day suits you?"),
                      ("customer", "How about Thursday, March 11th, same hour?"),
                      ("agent", "Thursday works. You'll get a reminder on March 10th.")])
    assert run(call, ticket(status="open", description="Lesson rescheduled.", Appointment="Tue 2027-03-09 4:00 PM")) == [
        ("identifier_mismatch", "high", "Appointment")]
    assert run(call, ticket(status="open", description="Lesson rescheduled.", Appointment="Thu 2027-03-11 4:00 PM")) == []
