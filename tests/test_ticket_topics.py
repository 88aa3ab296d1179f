"""Third round of issue 10 (tickets): what a technician is misled by when the recogniser misses the
digits. Issue types and products in category/product columns (qa/ticket/topics.py), dates and
weekdays (qa/ticket/dates.py), what the caller is told will arrive, amount ranges in a field."""
from __future__ import annotations

import pytest

from qa.ticket.dates import dates, weekdays
from qa.ticket.facts import field_facts
from qa.ticket.topics import topics_of
from tests.test_ticket_fields import make_call
from tests.test_ticket_values import run, ticket


@pytest.mark.parametrize("text, found", [
    ("February seven nineteen ninety-one po", [(2, 7, 1991)]),
    ("Ang aking petsa ng kapanganakan ay July ten nineteen ninety-three", [(7, 10, 1993)]),
    ("Disyembre onse isang libo siyam na raan walumpu't dalawa", [(12, 11, 1982)]),
    ("Abril disi-sais isang libo siyam na raan walumput isa", [(4, 16, 1981)]),
    ("Marso singko, isang libo siyam na raan siyamnapu't tatlo po", [(3, 5, 1993)]),
    ("DOB 10 Jul 1993", [(7, 10, 1993)]), ("1991-02-07", [(2, 7, 1991)]), ("Feb 7, 1991", [(2, 7, 1991)]),
    ("1991년 2월 7일", [(2, 7, 1991)]),
    ("may problema po ako sa card", []), ("I have two kids", []),
])
def test_dates_are_read_from_spoken_and_written_forms(text, found):
    assert [(d.month, d.day, d.year) for d in dates(text)] == found


def test_weekdays_in_english_tagalog_and_korean():
    assert [d for d, _, _ in weekdays("uh monday, or Martes po, 금요일")] == [0, 1, 4]
    assert weekdays("isang linggo po") == []  # "linggo" is also a week


def test_a_wrong_date_of_birth_in_a_field_is_found_and_a_right_one_is_not():
    call = make_call([("agent", "Can you confirm your date of birth?"),
                      ("customer", "June twelve, nineteen eighty-four.")])
    assert run(call, ticket(u_date_of_birth="1984-06-12")) == []
    assert run(call, ticket(u_date_of_birth="1984-12-06")) == [("identifier_mismatch", "high", "u_date_of_birth")]
    # a date the call never says with a year is not judged
    assert run(make_call([("customer", "It was June twelve.")]), ticket(u_date_of_birth="1984-12-06")) == []


def test_a_doubtful_date_is_a_review_item():
    call = make_call([("customer", "June twelve, nineteen eighty-four.")],
                     probabilities={0: {"june": 0.2, "twelve": 0.3, "nineteen": 0.3, "eighty-four": 0.3}})
    assert run(call, ticket(u_date_of_birth="1984-12-06")) == [("identifier_mismatch", "review", "u_date_of_birth")]


def test_a_wrong_weekday_in_an_appointment_is_found():
    call = make_call([("agent", "What day would you like?"), ("customer", "Monday."),
                      ("agent", "I have scheduled your appointment for Monday at eleven AM.")])
    assert run(call, ticket(Appointment="Monday 11:00 AM")) == []
    assert run(call, ticket(Appointment="Tuesday 11:00 AM")) == [("identifier_mismatch", "high", "Appointment")]


@pytest.mark.parametrize("value, topics", [
    ("Lost or stolen card", ["lost_card"]), ("Card replacement", ["lost_card"]), ("Password reset", ["password"]),
    ("Policy cancellation", ["cancellation"]), ("Refund request", ["refund"]), ("Wireless earbuds", ["headphones"]),
    ("Policy change", []),
])
def test_a_column_value_names_its_topic(value, topics):
    assert topics_of(value) == topics


ADDRESS_CALL = [("customer", "Gusto ko po sanang baguhin ang address sa file dahil po lumipat ako."),
                ("agent", "Sige po, na-update ko na po ang inyong address.")]


def test_a_wrong_issue_type_is_found_when_the_call_is_about_another_one():
    call = make_call(ADDRESS_CALL, language="tl")
    assert run(call, ticket(description="Address updated.", u_category="Address change")) == []
    assert run(call, ticket(description="Account updated.", u_category="Refund request")) == [
        ("field_mismatch", "medium", "u_category")]


def test_a_wrong_product_is_found():
    call = make_call([("customer", "My bluetooth speaker won't pair with my iPhone."),
                      ("agent", "Hold the fifth button on the speaker. Is it connected now?"), ("customer", "Yes.")])
    assert run(call, ticket(description="Pairing fixed.", Product="Bluetooth speaker")) == []
    assert run(call, ticket(description="Pairing fixed.", Product="Wireless earbuds")) == [
        ("field_mismatch", "medium", "Product")]


def test_an_issue_type_the_call_never_names_is_a_review_item_not_silence():
    # nothing on the call names any issue type: check the recording
    call = make_call([("customer", "Sa mo gandong maza sa manta."), ("agent", "Opo, salamat po.")], language="tl")
    assert run(call, ticket(description="Noted.", u_category="Refund request")) == [
        ("field_mismatch", "review", "u_category")]
    # the ticket's own text agrees with its category: the recogniser may have lost the words
    call = make_call(ADDRESS_CALL[:1], language="tl")
    assert run(call, ticket(description="Customer wants a refund.", u_category="Refund request")) == [
        ("field_mismatch", "review", "u_category")]


def test_card_type_columns_stay_with_the_categorical_check():
    call = make_call([("customer", "My debit card was declined.")])
    assert run(call, ticket(description="Declined card.", **{"Card Type": "Debit"})) == []


@pytest.mark.parametrize("said", [
    "makakatanggap po kayo ng text nang kumpirmasyon",
    "makakatanggap din po kayo ng email na may mga tagubilin",
    "You'll get a text message when the new card is ready.",
    "I'm shipping a replacement cartridge today.",
])
def test_what_the_caller_is_told_will_arrive_is_a_next_step(said):
    call = make_call([("customer", "Okay."), ("agent", said), ("customer", "Salamat.")])
    assert run(call, ticket(description="Customer informed.")) == [("missing_next_step", "medium", "description")]
    assert run(call, ticket(description="Confirmation by email and text.")) == []


def test_a_letter_on_the_ticket_mentions_the_letter_promised():
    call = make_call([("agent", "Magpapadala po kami ng sulat sa bagong address para i-confirm.")], language="tl")
    assert run(call, ticket(description="A letter goes to the new address.")) == []


def test_an_amount_range_in_a_field_gives_both_ends():
    facts = field_facts("Custom field (Trade-in Estimate)", "PHP 5,000 - 8,000")
    assert [f.value for f in facts] == ["PHP5000", "PHP8000"]
    call = make_call([("agent", "Ang tantiya po ay limang libo hanggang walong libong piso po.")], language="tl")
    assert run(call, ticket(**{"Trade-in Estimate": "PHP 5,000 - 8,000"})) == []
    assert run(call, ticket(**{"Trade-in Estimate": "PHP 3,000 - 8,000"})) == [
        ("identifier_mismatch", "medium", "Trade-in Estimate")]


def test_an_escalated_ticket_whose_call_never_hands_it_on_is_a_review_item():
    call = make_call([("customer", "Hindi ko po mahanap ang invoice."), ("agent", "Ipapadala ko po ulit sa email."),
                      ("customer", "Salamat po.")], language="tl")
    sent = "Invoice re-sent by email."
    assert run(call, ticket(status="escalated", description=sent)) == [("status_contradiction", "review", "status")]
    handed = make_call([("agent", "I'm escalating this to our network team; they'll call you back.")])
    assert run(handed, ticket(status="escalated", description="Escalated to network team, call-back.")) == []


@pytest.mark.parametrize("said, value", [
    ("Sa Dubai ay labing apat na piso", "Sa Dubai ay 14 na piso"), ("labing-isa po", "11 po"),
    ("labinlimang minuto", "15 minuto"), ("labingwalong araw", "18 araw"),
])
def test_tagalog_teens(said, value):
    from qa.ticket.spoken import normalise

    assert normalise(said) == value


def test_whisper_thousands_and_amount_fragments():
    call = make_call([("agent", "Ang halaga po ng fixed na bayad ay 10 .000 pesos.")], language="tl")
    assert run(call, ticket(description="Fixed auto-debit of PHP 10,000.")) == []
    assert run(call, ticket(description="Fixed auto-debit of PHP 15,000.")) == [
        ("identifier_mismatch", "medium", "description")]
    # "000 pesos" is the end of a number whose start was lost, not an amount
    fragment = make_call([("agent", "Ang halaga po ay 000 pesos.")], language="tl")
    assert run(fragment, ticket(description="Fixed auto-debit of PHP 10,000.")) == []


def test_an_amount_heard_in_part_is_not_compared_with_one_ten_times_larger():
    call = make_call([("customer", "Mga 4 na piso po.")], language="tl")  # "fifty thousand" mostly lost
    assert run(call, ticket(description="Transfer of PHP 50,000.")) == []
    slip = make_call([("customer", "A hundred and thirty four dollars.")])
    assert run(slip, ticket(Balance="$1,340.00")) == [("identifier_mismatch", "medium", "Balance")]


def test_a_security_code_read_out_is_not_a_missing_error_code():
    call = make_call([("agent", "Pahingi po ng three digit security code na nasa likod ng card. Okay, 362.")],
                     language="tl")
    assert run(call, ticket(description="Verified the card.")) == []
    error = make_call([("customer", "It shows error code 362.")])
    assert run(error, ticket(description="Printer fails.")) == [("missing_fact", "medium", "description")]


def test_a_digit_run_longer_than_any_phone_number_is_not_a_phone_number():
    call = make_call([("agent", "Ano po ang numero ng inyong card?"),
                      ("customer", "5 6 1 2 3 4 2 1 4 9 8 7 3 2 7 9 2 8")], language="tl")
    assert run(call, ticket(description="Card 5612 3421 4987 3278 cancelled.")) == []


def test_noise_written_as_go_down_is_not_an_outage():
    call = make_call([("customer", "Sa mo gandong maza sa manta, isit ko lang sa 5G go -down?"),
                      ("agent", "Ang mga plan po ng 5G ay katulad ng 4G.")], language="tl")
    assert run(call, ticket(description="5G inquiry.", u_category="No signal / network outage")) == [
        ("field_mismatch", "medium", "u_category")]
    out = make_call([("customer", "Our internet is down since six this morning.")])
    assert run(out, ticket(description="Outage.", u_category="Network outage")) == []


@pytest.mark.parametrize("said, label", [
    ("magbubukas po ang branch sa oras po ng alas nueven ang umaga", "9:00 AM"),  # as Whisper wrote it
    ("bukas ng alas dos nang hapon", "2:00 PM"),
])
def test_an_hour_after_alas_forgives_one_letter_and_ang_for_ng(said, label):
    from qa.ticket.when import times

    assert [t.label() for t in times(said)] == [label]
    call = make_call([("agent", said)], language="tl")
    assert run(call, ticket(**{"Branch Opens": label})) == []
