"""Ninth round of the learned judge (issue 10): training utterances that perform two acts at once, and
the closing window (docs/rubrics.md, "Ninth round")."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from synthetic import scripted_call

JUDGE = Path(__file__).resolve().parent / "data" / "judge"


def test_an_utterance_listed_under_two_acts_teaches_both(tmp_path, monkeypatch):
    """"담당 기사님이 내일 오후 중으로 전화드릴 거예요" is a next step and a time frame: listed under
    `states_next_steps+states_timeframe` it is an example of both (under one act alone it taught the
    model that the other was absent), in every example built from it; an unknown act in such a key is
    refused."""
    from qa.score import train_acts

    assert train_acts.labels_of("other") == frozenset()
    assert train_acts.labels_of("states_next_steps+states_timeframe") == {"states_next_steps", "states_timeframe"}
    both = "담당 기사님이 내일 오후 중으로 전화드릴 거예요."
    (tmp_path / "ko.yaml").write_text(
        "language: ko\nacts:\n  states_next_steps+states_timeframe: ['" + both + "']\n"
        "  gives_name: [상담원 김민지입니다.]\n  other: [네 알겠습니다.]\n", encoding="utf-8")
    monkeypatch.setattr(train_acts, "DATA_DIR", tmp_path)
    data = train_acts.load_utterances()
    items = train_acts.examples(data, random.Random(train_acts.SEED))
    alone = [labels for text, _, labels in items if text == both]
    assert alone and all(labels == {"states_next_steps", "states_timeframe"} for labels in alone)
    paired = [labels for text, _, labels in items if text.startswith(both + " ") or text.endswith(" " + both)]
    assert paired and all({"states_next_steps", "states_timeframe"} <= labels for labels in paired)

    (tmp_path / "ko.yaml").write_text("language: en\nacts:\n  gives_name+waves: [hi]\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="waves"):
        train_acts.load_utterances()


@pytest.fixture(scope="module")
def scorer():
    from qa.score.engine import Scorer

    return Scorer("helpdesk_acts", use_disk_cache=False)


def test_the_greeting_is_no_part_of_the_closing(scorer):
    """On a short call the agent's last three turns reach back to the greeting: "감사합니다 누리텔레콤
    이지은입니다" and "salamat sa pagtawag sa Mabini Bank" are no closing thanks (frozen2, frozen: seen,
    regression guards). A call whose only agent turn is the greeting has no closing."""
    from qa.formats import load_call

    for path in ("frozen2/fz2-ko-02.json", "frozen/fz-tl-04.json"):
        verdicts = {v.id: v for v in scorer.score(load_call(JUDGE / path)).criteria}
        assert verdicts["closing.thank"].verdict != "pass", (path, verdicts["closing.thank"].reason)
    call = scripted_call(["A: Thanks for calling Northwind IT, this is Priya, how can I help?",
                  "C: My printer is jammed.", "A: I've cleared the queue, try it now.", "C: It works.",
                  "A: Great, bye."])
    verdicts = {v.id: v for v in scorer.score(call).criteria}
    assert verdicts["closing.thank"].verdict == "fail", verdicts["closing.thank"].reason


def test_thanks_for_the_details_just_given_is_no_closing_thanks(scorer):
    """"Four four seven one." - "Thanks. Anything else?" thanks the caller for the details (frozen3
    fz3-en-04, seen; tune7 t7-en-03, in-sample); a thanks in the agent's last turn still counts even
    right after the caller's details."""
    from qa.formats import load_call

    for path in ("frozen3/fz3-en-04.json", "tune7/t7-en-03.json", "frozen3/fz3-tl-05.json"):
        verdicts = {v.id: v for v in scorer.score(load_call(JUDGE / path)).criteria}
        assert verdicts["closing.thank"].verdict == "fail", (path, verdicts["closing.thank"].reason)
    call = scripted_call(["A: Northwind IT, Priya speaking, how can I help?", "C: I need a call back about my laptop.",
                  "A: Sure, what number should the engineer call?", "C: It's five five five, two one four three.",
                  "A: Thank you, he'll call you this afternoon. Thanks for calling, bye."])
    verdicts = {v.id: v for v in scorer.score(call).criteria}
    assert verdicts["closing.thank"].verdict == "pass", verdicts["closing.thank"].reason


def test_korean_hand_ons_and_times_are_next_steps_and_time_frames(scorer):
    """"담당 기사님이 내일 오전 중으로 전화드릴 거예요" (tune7, in-sample) states the next step; "내일
    오전 중으로", "영업일 기준 삼 일 안에" are time frames after the hand-off (frozen2, seen: a regression
    guard) — exact words a Korean analyst counts, where the act model was unsure (p 0.53-0.57)."""
    from qa.formats import load_call

    verdicts = {v.id: v for v in scorer.score(load_call(JUDGE / "tune7" / "t7-ko-01.json")).criteria}
    assert verdicts["escalation.next_steps"].verdict == "pass", verdicts["escalation.next_steps"].reason
    for path in ("frozen2/fz2-ko-03.json", "frozen2/fz2-ko-05.json"):
        verdicts = {v.id: v for v in scorer.score(load_call(JUDGE / path)).criteria}
        assert verdicts["escalation.timeframe"].verdict == "pass", (path, verdicts["escalation.timeframe"].reason)


def test_a_thanks_needs_a_word_of_thanks(scorer):
    """A Korean opening that names the organisation reads as thanks to the act model ("모아락커
    콜센터예요" p 0.92, "안녕하십니까, 바로페이 고객센터 상담원 문서진입니다." p 0.68; tune7, in-sample):
    without 감사 / 고맙 / 고마워 it thanks no one. "전화 주셔서 고마워요" (frozen4, seen: a guard) thanks."""
    from qa.formats import load_call

    for path in ("tune7/t7-ko-05.json", "tune7/t7-ko-03.json"):
        verdicts = {v.id: v for v in scorer.score(load_call(JUDGE / path)).criteria}
        assert verdicts["greeting.thank_caller"].verdict == "fail", (path, verdicts["greeting.thank_caller"].reason)
    verdicts = {v.id: v for v in scorer.score(load_call(JUDGE / "frozen4" / "fz4-ko-03.json")).criteria}
    assert verdicts["greeting.thank_caller"].verdict == "pass", verdicts["greeting.thank_caller"].reason
    assert verdicts["closing.thank"].verdict == "pass", verdicts["closing.thank"].reason
