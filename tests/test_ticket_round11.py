"""The eleventh ticket round (issue 10): the general causes of test10's first-run findings on clean
pairs. The business named in the agent's opening is no other kind of the ticket's category; a total
said "for" the count in a priced turn; "일주일" is a week, and the last digits of a number read out
("삼삼 팔일") are no number of days."""
from __future__ import annotations

from qa.ticket import facts as F
from qa.ticket.spoken import normalise
from qa.ticket.when import times
from tests.test_ticket_fields import make_call
from tests.test_ticket_values import run, ticket


def test_the_business_named_in_the_opening_is_no_other_kind_of_the_category():
    lines = [("agent", "Riverside plumbing. This is Dana."),
             ("customer", "Hi, a pipe burst under my kitchen sink and there's water everywhere."),
             ("agent", "Turn off the main valve. A plumber will be there within the hour.")]
    text = "Burst pipe under kitchen sink, water everywhere. Plumber within the hour."
    assert run(make_call(lines), ticket(description=text, category="Emergency plumbing")) == []
    # another kind said after the opening is still another kind
    later = lines + [("customer", "It's the old copper plumbing, it's been leaking for years.")]
    assert run(make_call(later), ticket(description=text, category="Emergency plumbing")) == [
        ("field_mismatch", "medium", "category")]
    other = make_call([("agent", "Good morning, Dana speaking."),
                       ("customer", "The door lock is jammed on my front door, the key won't turn.")])
    assert run(other, ticket(description="Front door key won't turn.", category="Safe lock")) == [
        ("field_mismatch", "medium", "category")]


def test_a_total_said_for_the_count_in_a_priced_turn():
    call = make_call([("customer", "I need name badges for the staff, twenty of them."),
                      ("agent", "The badges are nine dollars each, and the magnet backs are three fifty each, "
                                "so two hundred fifty for twenty.")])
    assert "250" in [f.value for f in F.call_facts(call) if f.kind == "amount"]
    assert run(call, ticket(description="20 badges.", Total="$250.00")) == []
    # another total is still told (a review item: "three fifty" is also heard as 350)
    assert [(k, f) for k, _, f in run(call, ticket(description="20 badges.", Total="$480.00"))] == [
        ("identifier_mismatch", "Total")]
    # a count after "for" in a turn that names no price is no total
    count = make_call([("agent", "I have 250 for 20 minutes on the clock.")])
    assert "250" not in [f.value for f in F.call_facts(count) if f.kind == "amount"]


def test_a_week_in_korean_and_digits_read_out_before_days():
    assert [t.minutes for t in times("새 부품은 일주일 안에 보내 드립니다.")] == [7 * 1440]
    assert [t.minutes for t in times("이틀 걸려요.")] == [2 * 1440]
    assert [t.minutes for t in times("고객번호는 칠이 삼삼 팔일이요.")] == []
    assert [t.minutes for t in times("수리는 팔일 정도 걸립니다.")] == [8 * 1440]
    call = make_call([("agent", "회원번호 말씀해 주시겠어요?"), ("customer", "케이 에이 오륙 이이 칠일이요."),
                      ("agent", "확인했습니다. 교체 부품은 일주일 안에 택배로 보내 드립니다.")], "ko")
    assert normalise("오륙 이이 칠일") == "562271"
    assert run(call, ticket(description="교체 부품 택배 발송.", 후속조치="부품 1주일 내 택배")) == []
    assert run(call, ticket(description="교체 부품 택배 발송.", 후속조치="부품 3주일 내 택배")) == [
        ("identifier_mismatch", "high", "후속조치")]
