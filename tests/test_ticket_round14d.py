"""The fourteenth ticket round (d) (issue 10): the general causes of test18's first run. "won't" read as
the Korean currency; a name heard with a consonant spelled otherwise on a recorded call; a bare total
after "so"; a new version of a document promised ("a corrected invoice"); a call-back without its
channel ("you'll hear from me") kept by a message the ticket writes; Korean class words said by their
members; a body-art service of another kind; a shop price said without its currency ("two forty nine
ninety five"); a refund column adding back what the call takes off. Every example is in other words
than the split's calls."""
from __future__ import annotations

from qa.ticket import facts as F
from qa.ticket.spoken import normalise
from tests.test_ticket_fields import make_call
from tests.test_ticket_values import run, ticket


def test_wont_is_no_amount_in_won():
    assert F.amounts("the dryer 22 won't start") == []
    assert F.amounts("dryer 22 won't") == []
    assert F.amounts("5000 won, paid") == [("KRW", "5000", (0, 8))]
    call = make_call([("customer", "Dryer number 30 won't heat at all.")])
    assert run(call, ticket(status="open", description="Dryer #13 won't heat.")) == []


def test_a_name_heard_with_a_consonant_spelled_otherwise_is_a_review_item():
    call = make_call([("agent", "And your name?"), ("customer", "It's Carla Filips.")], probabilities={1: {}})
    assert run(call, ticket(customer_name="Carla Phillips")) == [("name_mismatch", "review", "customer_name")]
    hard_c = make_call([("agent", "And your name?"), ("customer", "It's Kurt Bekar.")], probabilities={1: {}})
    assert run(hard_c, ticket(customer_name="Kurt Becker")) == [("name_mismatch", "review", "customer_name")]
    # another consonant sound is another name
    other = make_call([("agent", "And your name?"), ("customer", "It's Carla Filbits.")], probabilities={1: {}})
    assert run(other, ticket(customer_name="Carla Phillips")) == [("name_mismatch", "medium", "customer_name")]


def test_a_bare_total_after_so_is_an_amount():
    found = F.identifiers(normalise("The inspection is 320 and the filter 45, so 365."))
    assert ("amount", "365", "365") in found
    call = make_call([("agent", "The inspection is 320 and the filter 45, so 365.")])
    assert run(call, ticket(status="open", description="Inspection + filter.", amount="$395.00")) == [
        ("identifier_mismatch", "medium", "amount")]
    assert run(call, ticket(status="open", description="Inspection + filter.", amount="$365.00")) == []
    # numbers that add up to nothing said are no price
    assert ("amount", "40", "40") not in F.identifiers(normalise("Twelve adults and eighteen kids, so 40."))


def test_a_corrected_document_promised_is_not_the_one_the_ticket_names():
    call = make_call([("agent", "The tile count was wrong, sorry. I'll send you an updated quote.")])
    assert run(call, ticket(status="pending", description="Quote Q-881 had the wrong tile count.")) == [
        ("missing_next_step", "medium", "description")]
    assert run(call, ticket(status="pending", description="Quote Q-881 had the wrong tile count; updated quote "
                                                          "to cust.")) == []
    assert run(call, ticket(status="pending", description="Quote Q-881 wrong tile count; e-mailed a new one.")) == []


def test_a_call_back_without_its_channel_is_kept_by_a_message_sent():
    call = make_call([("agent", "I'll text you the loaner form now. We'll be in touch with you once the part "
                                "lands.")])
    assert run(call, ticket(status="open", description="Loaner form texted to cust.")) == []
    assert run(call, ticket(status="open", description="Part on order.")) == [
        ("missing_next_step", "medium", "description")]
    tl = make_call([("agent", "I-email ko po yung form. Babalitaan ko po kayo pag dumating na.")], "tl")
    assert run(tl, ticket(status="open", description="Form e-mailed.")) == []
    # a call-back promised by phone is not kept by a message
    phone = make_call([("agent", "I'll email the form and I'll call you back on Monday.")])
    assert run(phone, ticket(status="open", description="Form e-mailed.")) == [
        ("missing_next_step", "medium", "description")]


def test_korean_class_words_said_by_their_members():
    call = make_call([("customer", "첼로 현이 끊어져서 교체하려고요.")], "ko")
    assert run(call, ticket(status="open", 분류="악기 수리")) == []
    rent = make_call([("customer", "발전기 하루 빌리려고요.")], "ko")
    assert run(rent, ticket(status="open", 분류="장비 대여")) == []
    tray = make_call([("agent", "Naka-bilao na po yung pancit pag dineliver.")], "tl")
    assert run(tray, ticket(status="open", category="Party trays")) == []


def test_a_body_art_service_of_another_kind():
    call = make_call([("customer", "I want to book a touch-up on my tattoo, the one on my forearm.")])
    assert run(call, ticket(status="open", category="Piercing")) == [("field_mismatch", "medium", "category")]
    assert run(call, ticket(status="open", category="Tattoo")) == []


def test_a_shop_price_said_without_its_currency():
    call = make_call([("agent", "The battery is two forty nine ninety five, installed.")])
    assert run(call, ticket(status="open", description="New battery, installed.", amount="249.95")) == []
    assert run(call, ticket(status="open", description="New battery, installed.", amount="239.95")) == [
        ("identifier_mismatch", "medium", "amount")]


def test_a_refund_column_adding_back_what_the_call_takes_off():
    call = make_call([("agent", "We deduct the $15 restocking fee, and $85 goes back to your card.")])
    assert run(call, ticket(status="pending", description="Return.", refund="$100.00 refund")) == [
        ("identifier_mismatch", "medium", "refund")]
    assert run(call, ticket(status="pending", description="Return.", refund="$85.00 refund")) == []
    ko = make_call([("agent", "수수료 오천 원 빼고 사만 오천 원 환불해 드려요.")], "ko")
    assert run(ko, ticket(status="pending", description="반품.", 환불금액="50,000원")) == [
        ("identifier_mismatch", "medium", "환불금액")]
    assert run(ko, ticket(status="pending", description="반품.", 환불금액="45,000원")) == []
