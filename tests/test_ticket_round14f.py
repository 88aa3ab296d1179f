"""The fourteenth ticket round (f) (issue 10): the general causes of test21's first run. A price each
the recogniser wrote without its point ("four twenty five each" as 425) whose total the ticket works out;
a price less a credit said as the total; Spanish hundreds in Tagalog prices ("setecientos"); a
subdivision's block and lot; Korean honorific endings (예약이시네요) read as a clock time; a category
said only in the business's own name. Every example is in other words than the split's calls."""
from __future__ import annotations

from tests.test_ticket_fields import make_call
from tests.test_ticket_values import run, ticket


def test_a_price_each_said_without_its_point_keeps_the_total_the_ticket_works_out():
    call = make_call([("customer", "We need place cards for forty guests."),
                      ("agent", "Place cards are 425 each, and I'll have them ready Friday.")])
    assert run(call, ticket(status="open", description="40 place cards.", amount="$170.00")) == []
    # said in words: "two seventy five each" for eighty
    words = make_call([("customer", "Eighty programs, please."),
                       ("agent", "Programs are two seventy five each.")])
    assert run(words, ticket(status="open", description="80 programs.", amount="$220.00")) == []
    # a total that is neither reading times the count is still the agent's to explain
    assert run(call, ticket(status="open", description="40 place cards.", amount="$190.00")) == [
        ("identifier_mismatch", "medium", "amount")]
    # "four hundred twenty five" is $425, never $4.25
    said_hundred = make_call([("customer", "We need place cards for forty guests."),
                              ("agent", "Place cards are four hundred twenty five each.")])
    assert run(said_hundred, ticket(status="open", description="40 place cards.", amount="$170.00")) == [
        ("identifier_mismatch", "medium", "amount")]


def test_a_price_less_a_credit_said_as_the_total():
    call = make_call([("agent", "Four tires mounted and balanced come to 620. You get a $40 trade-in credit for "
                                "the old set. So 580 even.")])
    assert run(call, ticket(status="open", description="4 tires mounted.", amount="$580.00")) == []
    assert run(call, ticket(status="open", description="4 tires mounted.", amount="$590.00")) == [
        ("identifier_mismatch", "medium", "amount")]


def test_spanish_hundreds_in_a_tagalog_price():
    call = make_call([("agent", "Setecientos singkuwenta po bawat upuan.")], "tl")
    # 750 each, not "50": the delivery the ticket also writes is another amount, not 50 written wrong
    assert run(call, ticket(status="open", description="Upuan PHP 750 each; delivery PHP 300.")) == []


def test_a_block_and_lot_written_otherwise():
    call = make_call([("customer", "Block nuwebe, Lot kinse po, Greenfields."),
                      ("agent", "Block nine, Lot fifteen po, Greenfields.")], "tl")
    assert run(call, ticket(status="open", description="Aircon cleaning.", address="Blk 9 Lot 15 Greenfields")) == []
    assert run(call, ticket(status="open", description="Aircon cleaning.", address="Blk 9 Lot 51 Greenfields")) == [
        ("identifier_mismatch", "high", "address")]


def test_a_korean_honorific_ending_is_no_clock_time():
    call = make_call([("agent", "박지훈 고객님이시죠? 목요일 오후 세 시로 잡아 드렸습니다.")], "ko")
    assert run(call, ticket(status="open", description="에어컨 점검.", 방문시간="목 14:00")) == [
        ("identifier_mismatch", "high", "방문시간")]
    assert run(call, ticket(status="open", description="에어컨 점검.", 방문시간="목 15:00")) == []



def test_a_total_said_after_lahat_po_keeps_a_part_a_finding():
    call = make_call([("agent", "Yung cake po dos mil quinientos, plus delivery na trescientos. Lahat po two thousand "
                                "eight hundred.")], "tl")
    # the column holds the cake only, the total (2,800) written nowhere
    assert run(call, ticket(status="open", description="Cake PHP 2,500 + delivery PHP 300.", amount="PHP 2,500")) == [
        ("identifier_mismatch", "medium", "amount")]


def test_goods_sent_on_in_korean_is_a_next_step():
    call = make_call([("agent", "새 필터를 내일 택배로 보내 드리겠습니다.")], "ko")
    assert run(call, ticket(status="open", description="정수기 필터 불량.")) == [
        ("missing_next_step", "medium", "description")]
    assert run(call, ticket(status="open", description="정수기 필터 불량. 새 필터 내일 택배 발송.")) == []


def test_dollars_and_cents_run_together_by_the_recogniser():
    call = make_call([("agent", "The December charge of 2875 was a mistake, I've refunded it.")])
    wrong = [("identifier_mismatch", "medium", "amount")]
    for written, found in (("$28.75", []), ("$29.75", wrong), ("$28.57", wrong)):
        assert run(call, ticket(status="open", description="Dec charge refunded.", amount=written)) == found, written


def test_a_refund_column_adding_up_what_was_charged_twice():
    call = make_call([("agent", "You were billed $80 twice for the same lesson. I've refunded the extra $80 to "
                                "your card.")])
    assert run(call, ticket(status="open", description="Double billing refunded.", amount="$160.00 refund")) == [
        ("identifier_mismatch", "medium", "amount")]
    assert run(call, ticket(status="open", description="Double billing refunded.", amount="$80.00 refund")) == []


def test_a_korean_street_number_then_a_floor_are_two_numbers():
    call = make_call([("customer", "주소는 서초구 반포대로 삼십오, 칠 층입니다.")], "ko")
    assert run(call, ticket(status="open", description="방문 점검. 반포대로 35, 7층.")) == []
    assert run(call, ticket(status="open", description="방문 점검. 반포대로 35, 8층.")) == [
        ("identifier_mismatch", "high", "description")]


def test_a_client_column_holds_a_name():
    call = make_call([("agent", "Name for the booking?"), ("customer", "Marguerite Olander.")])
    assert run(call, ticket(status="open", description="Kayak tour Sat.", client="Marguerite Oliveira")) == [
        ("name_mismatch", "medium", "client")]
