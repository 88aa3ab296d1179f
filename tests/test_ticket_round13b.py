"""The thirteenth ticket round (b) (issue 10): the general causes of test13's first run. A Korean
native count before a Sino-Korean amount; Spanish-derived tens as Tagalog speakers say them; goods
counted by the case are no case number; a desk's shorthand for calling the customer; having a thing
fitted in Tagalog; a send promised with "po" before who sends it, and word sent ahead by the one
who comes; the brakes as an issue type; the article after a price."""
from __future__ import annotations

from qa.ticket import facts as F
from qa.ticket.spoken import normalise
from qa.ticket.topics import said_topics
from tests.test_ticket_fields import make_call
from tests.test_ticket_values import run, ticket


def _amounts(call) -> list[str]:
    return [f.value for f in F.call_facts(call) if f.kind == "amount"]


def test_a_korean_native_count_is_no_part_of_a_sino_amount():
    assert normalise("소파 하나 삼십만 원, 의자 둘 사만 원입니다.") == "소파 1 300000 원, 의자 2 40000 원입니다."
    call = make_call([("agent", "소파 하나 삼십만 원, 의자 둘 사만 원, 모두 삼십사만 원입니다.")], "ko")
    assert run(call, ticket(description="소파 300,000원 + 의자 40,000원 = 340,000원.")) == []
    # native digits read one after another are still one number
    assert normalise("하나 둘 셋") == "123"


def test_spanish_derived_tens_as_tagalog_speakers_say_them():
    assert normalise("tres siyentos sisenta") == "360"
    assert normalise("dos siyentos sitenta") == "270"


def test_goods_counted_by_the_case_are_no_case_number():
    call = make_call([("agent", "Bottled water po 240 per case, tatlong case ng tubig, 720 po lahat."),
                      ("agent", "Yung juice naman po 1 case, 350 bawat case. 1070 po lahat.")], "tl")
    assert run(call, ticket(description="3 cs water + 1 cs juice, PHP 1,070 COD.")) == []
    # a case number said as one still is one
    agent = make_call([("agent", "Your case number is 58812.")])
    assert run(agent, ticket(description="Noted.")) == [("ticket_number_mismatch", "high", "ticket_id")]


def test_a_desks_shorthand_for_calling_the_customer():
    call = make_call([("agent", "The frame has to be ordered in. We'll call you once it's in the shop.")])
    assert run(call, ticket(description="Frame ordered.")) == [("missing_next_step", "medium", "description")]
    assert run(call, ticket(description="Frame ordered. We call cust when in.")) == []
    assert run(call, ticket(description="Frame ordered.", next_step="Cb when frame arrives")) == []


def test_having_a_thing_fitted_in_tagalog_is_an_installation():
    assert "installation" in said_topics(make_call([("customer", "Magpapakabit po sana ako ng aircon sa kwarto.")],
                                                   "tl"))
    assert "installation" in said_topics(make_call([("customer", "Nagpakabit po kami ng water heater noong Lunes.")],
                                                   "tl"))
    # attached is not installed
    assert "installation" not in said_topics(make_call([("agent", "Nakakabit po ba yung charger sa saksakan?")], "tl"))


def test_a_send_with_po_before_who_sends_it_and_word_sent_ahead_by_the_one_who_comes():
    taglish = make_call([("agent", "Ipapadala po namin yung resibo sa Viber ninyo mamayang gabi.")], "tl")
    assert run(taglish, ticket(description="Bayad na.")) == [("missing_next_step", "medium", "description")]
    assert run(taglish, ticket(description="Bayad na. Resibo via Viber tonight.")) == []
    english = make_call([("agent", "You're booked for Monday morning. The mechanic will text you when he's on the way.")])
    assert run(english, ticket(description="Brake job booked Mon AM.")) == [("missing_next_step", "medium", "description")]
    assert run(english, ticket(description="Brake job booked Mon AM, mechanic texts when on the way.")) == []


def test_the_brakes_are_an_issue_type():
    call = make_call([("customer", "The car pulls to the left and there's a grinding noise when I stop."),
                      ("agent", "Sounds like the brakes. We'll check the pads and rotors Friday at nine.")])
    assert run(call, ticket(description="Grinding when stopping, check pads/rotors Fri 9 AM.",
                            category="Brake inspection")) == []
    fitting = make_call([("customer", "I need a roof rack put on my SUV."),
                         ("agent", "We can install it Saturday, it takes an hour.")])
    assert run(fitting, ticket(description="Roof rack install Sat.", category="Brake service")) == [
        ("field_mismatch", "medium", "category")]
    assert "brakes" in said_topics(make_call([("customer", "Magpapalit po ako ng preno ng motor ko.")], "tl"))


def test_the_article_after_a_price_is_no_letter_of_it():
    # Whisper writes "thirty-nine ninety-nine a month" as "39 -99 a month": dollars and cents, then "a"
    assert normalise("that's 39 -99 a month") == "that's 3999 a month"
    call = make_call([("agent", "The storage unit is 64 -50 a month, and the lock is $15.")])
    assert run(call, ticket(description="Unit rented at $64.50/mo, lock $15.")) == []
    # a spelled letter after digits is still read
    assert normalise("the plate is 4 A 7 B") == "the plate is 4A7B"
    assert normalise("unit 12 a") == "unit 12A"
