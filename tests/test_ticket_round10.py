"""The tenth ticket round (issue 10): the general causes of test9's first-run findings on clean
pairs. "am" inside a word is no a.m.; a window on the ticket whose start was said; an amount the
ticket added up from amounts said in one turn, and a unit price said after a count; a desk's
shorthand for a call-back ("cust cb req", "Dev calls Wed")."""
from __future__ import annotations

from qa.ticket import facts as F
from qa.ticket.spoken import normalise
from qa.ticket.when import times
from tests.test_ticket_fields import make_call
from tests.test_ticket_values import run, ticket


def _clocks(text: str) -> list[int]:
    return [t.minutes for t in times(text)]


def test_am_inside_a_word_is_no_time_and_split_minutes_before_pm_are():
    assert _clocks("Can you do an amendment?") == []
    assert _clocks("I am here at 5 am") == [300]
    assert _clocks("on Monday, December 14th, at 2 .15pm.") == [14 * 60 + 15]
    call = make_call([("customer", "I forgot a form on last year's return. Can you do an amendment?"),
                      ("agent", "I can book you on Monday, December 14th, at 2 .15pm.")])
    assert run(call, ticket(appointment="Mon 12/14 2:15 PM")) == []
    assert run(call, ticket(appointment="Mon 12/14 3:15 PM")) == [("identifier_mismatch", "high", "appointment")]


def test_a_window_whose_start_was_said():
    call = make_call([("agent", "I have Friday, December 11th, between noon and four. The driver calls on the way.")])
    assert run(call, ticket(appointment="Fri 12/11 12:00-4:00 PM")) == []
    # another start is another window
    assert run(call, ticket(appointment="Fri 12/11 1:00-4:00 PM")) == [("identifier_mismatch", "high", "appointment")]
    # both ends heard: the end is compared too
    both = make_call([("agent", "I have Friday, between 12 and 3 PM.")])
    assert run(both, ticket(appointment="Fri 12/11 12:00-4:00 PM")) == [("identifier_mismatch", "high", "appointment")]


def test_an_amount_added_up_from_amounts_said_in_one_turn():
    call = make_call([("agent", "Storage is $11 a foot, so $264 for the season, plus shrink wrap at 150.")])
    assert sorted(f.value for f in F.call_facts(call) if f.kind == "amount") == ["150", "USD11", "USD264"]
    assert run(call, ticket(description="Haul-out booked.", amount="$414.00")) == []
    assert run(call, ticket(description="Haul-out booked.", amount="$441.00")) == [
        ("identifier_mismatch", "medium", "amount")]


def test_a_unit_price_said_after_a_count():
    call = make_call([("agent", "She'll email you by Friday with a replacement date or a sixty four dollar credit, "
                                "that's the two bottles at thirty two.")])
    assert sorted(f.value for f in F.call_facts(call) if f.kind == "amount") == ["32", "USD64"]
    written = "Warehouse supervisor emails by Fri: replacement (2 x Pinot, $32 each) or credit."
    assert run(call, ticket(description=written)) == []
    assert run(call, ticket(description=written.replace("$32", "$23"))) == [
        ("identifier_mismatch", "medium", "description")]


def test_a_call_back_in_a_desks_shorthand():
    call = make_call([("agent", "Our project manager, Dev, is getting a new date from the factory. "
                                "He'll call you back Wednesday with the new install date.")])
    assert run(call, ticket(description="Doors backordered. PM getting a new date; cust cb req.")) == []
    assert run(call, ticket(description="Doors backordered. PM (Dev) calls Wed w/ new install date.")) == []
    assert run(call, ticket(description="Doors backordered. PM (Dev) getting a new date.")) == [
        ("missing_next_step", "medium", "description")]


def test_a_number_the_speaker_took_back_is_not_said():
    lines = [("agent", "Can you read me the serial number?"), ("customer", "Sure. It's 3 -8 -66102. Sorry. No. 104."),
             ("customer", "3866104."), ("agent", "3866104. The factory repair is a flat $165.")]
    said = [f.value for f in F.call_facts(make_call(lines)) if f.kind in F.COMPARED and f.kind != "amount"]
    assert "3866102" not in said and "3866104" in said
    call = make_call(lines)
    assert run(call, ticket(description="Mail-in repair, $165.", reference="3866104")) == []
    assert run(call, ticket(description="Mail-in repair, $165.", reference="3866102")) == [
        ("identifier_mismatch", "high", "reference")]
    # no digits after the words: nothing was taken back
    kept = make_call([("customer", "It's 3866102. Sorry, no, I don't have the box.")])
    assert "3866102" in [f.value for f in F.call_facts(kept)]


def test_a_total_column_holding_the_price_per_month():
    lines = [("agent", "Tatlong libo't limang daan po kada buwan. Isang buwang advance at isang buwang deposit, "
                       "pitong libo po lahat.")]
    call = make_call(lines, "tl")
    assert sorted(f.value for f in F.call_facts(call) if f.kind == "amount") == ["3500", "7000"]
    assert F.field_kind("u_total_due") == "amount" and F.field_kind("due_date") is None
    text = "Bedspace PHP 3,500/month; 1 month advance + 1 month deposit."
    assert run(call, ticket(description=text, u_total_due="PHP 3,500.00")) == [
        ("identifier_mismatch", "medium", "u_total_due")]
    assert run(call, ticket(description=text, u_total_due="PHP 7,000.00")) == []
    # a column for the rate holds the rate
    assert run(call, ticket(description=text, u_monthly_rate="PHP 3,500.00")) == []


def test_a_number_read_out_again_from_its_start():
    call = make_call([("customer", "My cell is 6 .17. 555 -0142"),
                      ("agent", "617 -555 617 -5550142. Please don't try to lift the door by hand.")])
    assert "6175550142" in [f.value for f in F.call_facts(call) if f.kind == "phone"]
    assert run(call, ticket(description="Spring visit.", phone="617-555-0142")) == []
    assert run(call, ticket(description="Spring visit.", phone="617-555-0124")) == [
        ("identifier_mismatch", "high", "phone")]


def test_a_thing_to_be_sent_named_in_tagalog():
    call = make_call([("agent", "Down payment po na dalawang libo sa GCash. Ipapadala ko po yung pangalan ng driver "
                                "at plate number bago mag-Biyernes."),
                      ("customer", "Sige, send ko mamaya yung down.")], "tl")
    base = "Van Sat 12 Dec. Down payment PHP 2,000 via GCash (customer sends it later today)."
    assert run(call, ticket(description=base)) == [("missing_next_step", "medium", "description")]
    assert run(call, ticket(description=base + " Driver's name and plate number to be sent before Friday.")) == []


def test_household_equipment_and_work_in_a_category():
    pump = make_call([("customer", "Yung jetmatic pump namin sa poso, umaandar pero walang tubig na lumalabas."),
                      ("agent", "Padalhan ko po kayo ng technician sa Huwebes, alas dos ng hapon.")], "tl")
    text = "Jetmatic pump on the deep well runs but no water comes out. Technician Thu 3 Dec, 2:00 PM."
    assert run(pump, ticket(description=text, category="Water heater repair")) == [
        ("field_mismatch", "medium", "category")]
    assert run(pump, ticket(description=text, category="Water pump repair")) == []
    walls = make_call([("customer", "거실이랑 방 두 개 도배하려고 하는데 견적 좀 받고 싶어요."),
                       ("agent", "네, 실측하러 토요일 오전 열 시에 방문드릴게요.")], "ko")
    assert run(walls, ticket(description="거실+방 2개 도배 견적.", 상담유형="장판 시공 견적")) == [
        ("field_mismatch", "medium", "상담유형")]
    assert run(walls, ticket(description="거실+방 2개 도배 견적.", 상담유형="도배 견적")) == []


def test_a_korean_quantity_in_ten_thousands_after_a_number_read_out():
    assert normalise("12가 3456, 사만 이천 킬로미터요.") == "12가 3456, 42000 킬로미터요."
    assert normalise("영일영, 구삼이일, 사오영팔") == "01093214508"  # digit groups still join
    call = make_call([("agent", "차량번호랑 주행거리 말씀해 주세요."), ("customer", "십이 가 삼사오육이고요, 사만 이천 킬로 탔어요."),
                      ("agent", "12가 3456, 사만 이천 킬로미터요.")], "ko")
    assert run(call, ticket(description="2019년식 쏘나타, 주행 42,000km.", 차량번호="12가 3456")) == []
    assert run(call, ticket(description="2019년식 쏘나타, 주행 42,000km.", 차량번호="12가 3465")) == [
        ("identifier_mismatch", "high", "차량번호")]


def test_cb_is_a_call_back_only_as_a_desk_writes_one():
    call = make_call([("agent", "The yard manager will get back to you. He'll call you back tomorrow afternoon.")])
    assert run(call, ticket(description="Trailer space: yard mgr cb tomorrow pm.")) == []
    assert run(call, ticket(description="Trailer space: checked the CB panel.")) == [
        ("missing_next_step", "medium", "description")]
