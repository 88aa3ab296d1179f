"""The twelfth ticket round (b) (issue 10): the general causes of test11's first run. A digit dropped
from a reference with letters is the recogniser's (a review item); an e-mail's name spelled letter by
letter settles it, and the word said after an address is no part of its domain; amounts said as a
sum without a currency word, and a deposit; a count of players; a next step by post, by phone in
Korean, by text in Taglish; an installation as an issue type; an amount of the same length among
equally close ones; another kind of the same thing in Korean; a Korean name a syllable off."""
from __future__ import annotations

from qa.ticket import facts as F
from qa.ticket.emails import said
from qa.ticket.topics import said_topics, topics_of
from tests.test_ticket_fields import make_call
from tests.test_ticket_values import run, ticket


def _amounts(call) -> list[str]:
    return [f.value for f in F.call_facts(call) if f.kind == "amount"]


def test_a_digit_dropped_from_a_reference_with_letters_is_for_the_recording():
    call = make_call([("customer", "I have the claim letter here, the number at the top."),
                      ("agent", "Claim number QX51027, got it. An adjuster will look at it.")])
    assert run(call, ticket(description="Claim noted.", claim_number="QX510027")) == [
        ("identifier_mismatch", "review", "claim_number")]
    # another digit (not one more or less) is still a finding
    assert run(call, ticket(description="Claim noted.", claim_number="QX51029")) == [
        ("identifier_mismatch", "high", "claim_number")]


def test_the_word_after_an_address_is_no_part_of_its_domain_and_spelled_letters_settle_the_name():
    assert said("It's m .ferreira at outlook .com. Thanks so much.") == ["m.ferreira@outlook.com"]
    turns = [("agent", "What email should the receipt go to?"),
             ("customer", "J .Wojcik at posteo .de. That's W -O -J -CI -K.")]
    call = make_call(turns)
    assert run(call, ticket(description="Receipt by email.", Email="j.wojcik@posteo.de")) == []
    # the caller spelled it: a ticket with other letters is the agent's slip, not the recogniser's
    assert run(call, ticket(description="Receipt by email.", Email="j.wojcick@posteo.de")) == [
        ("identifier_mismatch", "high", "Email")]


def test_a_sum_said_without_a_currency_word():
    call = make_call([("agent", "The battery is 89, the labour is 40, so 129 altogether.")])
    assert _amounts(call) == ["89", "40", "129"]
    assert run(call, ticket(description="Battery and labour.", Amount="$89.00")) == [
        ("identifier_mismatch", "medium", "Amount")]
    assert run(call, ticket(description="Battery and labour.", Amount="$129.00")) == []
    taglish = make_call([("agent", "Yung tuition po 2500, tapos 350 yung libro. 2850 po lahat. Deposit 1000.")])
    assert _amounts(taglish) == ["2500", "350", "2850", "1000"]
    assert run(taglish, ticket(description="Enrolment.", u_amount="PHP 2,500.00")) == [
        ("identifier_mismatch", "medium", "u_amount")]
    # numbers that add up to no total said are not read as prices
    rooms = make_call([("agent", "Rooms 12 and 19 are free, 40 in total on the floor.")])
    assert _amounts(rooms) == []


def test_a_count_of_players_or_students():
    call = make_call([("customer", "We're booking a lane for a party."),
                      ("agent", "Twelve players at nine dollars each, that's a hundred and eight.")])
    assert run(call, ticket(description="Lane party.", players="12", Total="$108.00")) == []
    assert run(call, ticket(description="Lane party.", players="10", Total="$108.00")) == [
        ("identifier_mismatch", "high", "players")]


def test_next_steps_by_post_by_phone_and_by_text():
    post = make_call([("agent", "Your replacement badge goes out in the mail by Friday.")])
    assert run(post, ticket(description="Badge lost, replacement ordered.")) == [
        ("missing_next_step", "medium", "description")]
    assert run(post, ticket(description="Badge lost, replacement mailed by Fri.")) == []
    korean = make_call([("agent", "수리비는 기사님이 확인하고 모레 전화로 알려 드리겠습니다.")], "ko")
    assert run(korean, ticket(description="수리 접수.")) == [("missing_next_step", "medium", "description")]
    assert run(korean, ticket(description="수리 접수. 모레 수리비 전화 안내.")) == []
    taglish = make_call([("agent", "I-te-text ko po sa inyo bukas yung resibo.")], "tl")
    assert run(taglish, ticket(description="Order confirmed.")) == [("missing_next_step", "medium", "description")]
    assert run(taglish, ticket(description="Order confirmed. Will text receipt tmrw.")) == []


def test_an_installation_is_an_issue_type():
    call = make_call([("customer", "The dryer you delivered last week stopped heating."),
                      ("agent", "I'll process a refund for the dryer and we collect it Monday.")])
    assert run(call, ticket(description="Dryer not heating, refund, pick-up Mon.", category="Dryer installation")) == [
        ("field_mismatch", "medium", "category")]
    # an installment is no installation
    assert topics_of("Installment plan") == ["plan"]
    assert "installation" not in said_topics(make_call([("customer", "Can I pay it in six installments?")]))


def test_an_amount_closest_in_length_among_equally_close_ones():
    call = make_call([("agent", "Yung frame po 1500, tapos lenses 700. 2200 po lahat.")], "tl")
    # PHP 2,700 is as far from 2200 (a digit changed) as from 700 (a digit lost): the total is compared
    assert run(call, ticket(description="Frame at lenses.", u_amount="PHP 2,700.00")) == [
        ("identifier_mismatch", "medium", "u_amount")]


def test_a_korean_name_a_syllable_off():
    call = make_call([("agent", "성함 말씀해 주시겠어요?"), ("customer", "박서준입니다."),
                      ("agent", "박서준 고객님, 목요일 오후 두 시로 예약되었습니다.")], "ko")
    assert run(call, ticket(description="목요일 14시 예약.", 고객명="박서연")) == [
        ("name_mismatch", "medium", "고객명")]
    assert run(call, ticket(description="목요일 14시 예약.", 고객명="박서준")) == []
    # another surname is another person the call never names: nothing to compare
    assert run(call, ticket(description="목요일 14시 예약.", 고객명="김민수")) == []


def test_another_kind_of_the_same_thing_in_korean():
    call = make_call([("agent", "시원에어컨청소 예약 도와드릴게요."), ("customer", "벽걸이 한 대 청소 부탁드려요."),
                      ("agent", "다음 주 화요일 오전 열 시에 기사님이 방문합니다.")], "ko")
    assert run(call, ticket(description="벽걸이 1대, 화 10시 방문.", 상담유형="에어컨 수리")) == [
        ("field_mismatch", "medium", "상담유형")]
    assert run(call, ticket(description="벽걸이 1대, 화 10시 방문.", 상담유형="에어컨 청소")) == []


def test_thousands_the_recogniser_wrote_with_a_spaced_comma():
    call = make_call([("agent", "Your retainer of $3 ,200 is on file, the hearing moves to Monday.")])
    assert _amounts(call) == ["USD3200"]
    assert run(call, ticket(description="Retainer $3,200 on file.", Retainer="$3,200.00")) == []
