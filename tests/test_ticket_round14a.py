"""The fourteenth ticket round (a) (issue 10): the general causes of test14's first run. A category's
class word said by its members; a standing order's frequency changed is a subscription change;
lenses and frames of glasses; the desk's "txt"; a Korean "문자 드릴게요"; a price each that the ticket
multiplies by a count it writes; a price each in an amount column, its total said and written
nowhere; the answer to "magkano?"; a reference heard cut short ("BK704" after "BK7042"); a street
name heard as it sounds."""
from __future__ import annotations

from tests.test_ticket_fields import make_call
from tests.test_ticket_values import run, ticket

MISSING = [("missing_next_step", "medium", "description")]


def test_a_category_class_is_said_by_its_members():
    call = make_call([("agent", "Allegro band rentals, good morning."),
                      ("customer", "Hi, my son needs a clarinet for school this fall.")])
    assert run(call, ticket(description="Clarinet for school band.", category="Instrument rental")) == []
    tools = make_call([("agent", "Eastside tool rentals, good morning."),
                       ("customer", "I need a pressure washer for the weekend.")])
    assert run(tools, ticket(description="Pressure washer, Sat-Sun.", category="Equipment rental")) == []


def test_a_standing_orders_frequency_changed_is_a_subscription_change():
    call = make_call([("customer", "Can you move my coffee beans to biweekly? The delivery is too often."),
                      ("agent", "Done, every other week from the 14th.")])
    assert run(call, ticket(description="Beans now biweekly.", category="Subscription change")) == []
    assert run(call, ticket(description="Beans now biweekly.", category="Cancellation")) == [
        ("field_mismatch", "medium", "category")]


def test_lenses_and_frames_of_glasses_are_two_products():
    call = make_call([("customer", "안경 렌즈가 긁혀서 새 렌즈로 바꾸고 싶어요."),
                      ("agent", "네, 렌즈 양쪽 십오만 원입니다.")], "ko")
    assert run(call, ticket(description="렌즈 교체, 150,000원.", category="안경테 교체")) == [
        ("field_mismatch", "medium", "category")]
    assert run(call, ticket(description="렌즈 교체, 150,000원.", category="렌즈 교체")) == []


def test_the_desks_txt_is_a_text_sent():
    call = make_call([("agent", "I'll text you the parking pass this evening.")])
    assert run(call, ticket(description="Parking pass txt to cust this evening.")) == []
    assert run(call, ticket(description="Booked.")) == MISSING


def test_a_korean_text_given_is_something_sent():
    call = make_call([("agent", "세탁 끝나면 카톡 드릴게요.")], "ko")
    assert run(call, ticket(description="운동화 세탁 접수.")) == MISSING
    assert run(call, ticket(description="운동화 세탁 접수. 완료 시 카톡 안내.")) == []


def test_a_price_each_the_ticket_multiplies_by_a_count_it_writes():
    call = make_call([("customer", "I need three fence panels replaced."),
                      ("agent", "Forty five a panel, so one thirty five, plus twenty for the haul-away. "
                                "One fifty five in total.")])
    assert run(call, ticket(description="3 x $45 + $20 haul-away = $155.", amount="$155.00")) == []


def test_a_price_each_in_an_amount_column_its_total_said_and_written_nowhere():
    call = make_call([("agent", "It's $60 per chair, so $240 for the four of them.")])
    assert run(call, ticket(description="Four chairs reupholstered.", amount="$60.00")) == [
        ("identifier_mismatch", "medium", "amount")]
    assert run(call, ticket(description="Four chairs reupholstered.", amount="$240.00")) == []
    korean = make_call([("agent", "한 개에 만 이천 원이라 다섯 개면 육만 원입니다.")], "ko")
    assert run(korean, ticket(description="쿠션 커버 5개.", 금액="12,000원")) == [
        ("identifier_mismatch", "medium", "금액")]
    # a column for one unit's price holds it rightly
    assert run(call, ticket(description="Four chairs reupholstered.", unit_price="$60.00")) == []


def test_the_answer_to_magkano_gives_prices():
    call = make_call([("customer", "Magkano po yung charging port ng phone ko?"),
                      ("agent", "Charging port po isang libo't dalawang daan, tapos labor tres siyentos. "
                                "Isang libo't limang daan po lahat.")], "tl")
    assert run(call, ticket(description="Charging port PHP 1,200 + labor PHP 300.", amount="PHP 1,200.00")) == [
        ("identifier_mismatch", "medium", "amount")]
    assert run(call, ticket(description="Charging port PHP 1,200 + labor PHP 300.", amount="PHP 1,500.00")) == []


def test_a_reference_heard_cut_short_is_no_second_hearing():
    call = make_call([("customer", "The work order is RT550812."), ("agent", "RT55812, thanks.")])
    # (a Korean "칠 공 사 이요" heard "BK704" before "BK7042": the same)
    assert run(call, ticket(description="Noted.", reference="RT558012")) == [
        ("identifier_mismatch", "high", "reference")]


def test_a_street_name_heard_as_it_sounds():
    call = make_call([("customer", "It's 3318 -Magnolya Lane."), ("agent", "3318 Magnolya Lane, got it.")])
    assert run(call, ticket(description="Noted.", address="3381 Magnolia Lane")) == [
        ("identifier_mismatch", "high", "address")]
    assert run(call, ticket(description="Noted.", address="3318 Magnolia Lane")) == []
