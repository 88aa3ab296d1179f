"""Round 20b of the learned judge (issue 10; docs/rubrics.md, "Twentieth round (b)"): frozen20's
non-outcome causes, as general help-desk rules. A public desk named for what it looks after ("Housing
Office") and a Korean desk said with "integrated" / "general" ("종합상담실") name no company, a Korean
air-conditioning trade ("공조", "냉난방") ends a business's name; a time frame's word may stand in the
sentence the act was read on, outside its window; a booking seen on the record is no time frame; an
either-or question about the problem reads nothing back; "iba po ang ..." (... is different) asks for
nothing more; "Ano po yun?" asks the concern; "I'll just check ..." announces a check. frozen20 is
in-sample since this round; every sentence here is new wording."""
from __future__ import annotations

import pytest

from synthetic import scripted_call, tagged_turn
from test_judge_round14b import _verdicts, scorer  # noqa: F401 - the helpdesk_acts scorer fixture
from test_judge_round18b import _options


# --- company --------------------------------------------------------------------------------------


@pytest.mark.parametrize("opening, company", [
    # a public desk named for what it looks after: no company
    ("Housing Office, Priya speaking, how can I help?", None),
    ("Waste Services, Omar speaking.", None),
    ("Planning and Building, this is Dev.", None),
    # ... with a name said before it, the name is the business
    ("Thank you for calling Greenfield Animal Hospital, this is Joy.", "Greenfield"),
    # a Korean desk said with "general", "main", "central": no company
    ("네 종합상담실입니다 무엇을 도와드릴까요", None),
    ("감사합니다 대표 고객센터입니다", None),
    ("안녕하세요 중앙예약실입니다", None),
    # ... a name before the desk still is one
    ("감사합니다 푸른숲예약센터입니다", "푸른숲예약센터입니다"),
    # a Korean air-conditioning trade ends a business's name
    ("감사합니다 한결냉난방 설치팀 이도윤입니다", "한결냉난방"),
    ("네 바람길공조입니다", "바람길공조입니다"),
])
def test_public_desks_and_trades(opening, company):
    from qa.score.company import detector

    found = detector().find(opening)
    assert (found[0] if found else None) == company, found


# --- a time frame's word in the sentence the act was read on ----------------------------------------


@pytest.mark.parametrize("text, carried", [
    ("The depot will send a new battery on the Tuesday van, and it should reach you by Thursday.", True),
    ("The depot sends the new batteries on the Tuesday van.", False),
])
def test_the_words_needed_may_stand_in_the_sentence(scorer, text, carried):
    import numpy as np

    from qa.model import Segment
    from qa.score.acts import ACTS, TurnActs
    from qa.score.checks.act import carries
    from qa.score.nlp import flatten

    ctx = scorer.context(scripted_call(["A: Hello, how can I help?", "C: My battery is dead."]))
    turn = Segment(9.0, 14.0, text, role="agent")
    probs = np.zeros(len(ACTS), np.float32)
    tagged = TurnActs(turn, probs, ("battery on the Tuesday van",), np.zeros(len(ACTS), int))
    wanted = flatten(_options(scorer, "escalation.timeframe")["needs_words"])
    assert carries(ctx, tagged, "states_timeframe", wanted) == carried


# --- words that say something else: a booking seen, an either-or question, something different ------


_TIME, _BACK, _ELSE = (("escalation.timeframe", "states_timeframe"), ("escalation.read_back", "reads_back"),
                       ("resolution.anything_else", "asks_anything_else"))


@pytest.mark.parametrize("check, said, lang, dropped", [
    # a booking seen on the record is no time frame
    (_TIME, "Right, I can see your booking for Sunday at eleven, table for six.", "en", True),
    (_TIME, "네 일요일 오후 한 시 예약 확인됩니다", "ko", True),
    (_TIME, "nakikita ko na po yung booking nyo sa Linggo alas-dos", "tl", True),
    (_TIME, "The manager will call you about the booking by Friday.", "en", False),
    # ... nor a day said of a fee (what was paid for)
    (_TIME, "네 그 일요일 대관료 환불은 시설팀에서 접수해 드릴 거예요", "ko", True),
    (_TIME, "시설팀에서 일요일까지 환불해 드릴 거예요", "ko", False),
    # an either-or question about the problem reads nothing back
    (_BACK, "Is it only the back door, or the garage one as well?", "en", True),
    (_BACK, "현관문만 안 되세요 아니면 주차장 문도 안 되세요", "ko", True),
    (_BACK, "yung gate lang po ba o pati yung pinto sa likod?", "tl", True),
    (_BACK, "So the fob stopped opening the gate on Monday, is that right?", "en", False),
    # something different asks for nothing more
    (_ELSE, "Ah, I see it, a different filter went out, a smaller one.", "en", True),
    (_ELSE, "아 네 다른 제품이 갔네요 용량이 작은 걸로요", "ko", True),
    (_ELSE, "ay opo, iba po yung sukat ng gulong na naipadala", "tl", True),
    (_ELSE, "May iba pa po ba akong maitutulong?", "tl", False),
])
def test_words_that_say_something_else(scorer, check, said, lang, dropped):
    from qa.model import Segment
    from qa.score.checks.act import unwanted

    criterion, act = check
    ctx = scorer.context(scripted_call(["A: Hello, how can I help?", "C: My gate fob stopped working."], lang))
    turn = Segment(9.0, 12.0, said, role="agent")
    assert unwanted(ctx, tagged_turn(turn, **{act: 0.85}), act, _options(scorer, criterion)) == dropped


# --- "Ano po yun?" asks the concern --------------------------------------------------------------------


@pytest.mark.parametrize("said", ["Sari-Saya Printing po, si Ella. Ano pong atin?", "hello po, ano po yun sir?"])
def test_what_is_it_offers_help(scorer, said):
    from qa.score.nlp import TextAnalyzer, flatten

    hints = _options(scorer, "greeting.offer_help")["hints"]
    assert TextAnalyzer().find(said, tuple(flatten(hints)), "tl") is not None


# --- "I'll just check ..." announces a check: a hold without permission, no dead air ------------------


@pytest.mark.parametrize("lang, announce", [
    ("en", "A: thanks maam ill quickly check the route for you"),
    ("ko", "A: 네 배송 경로 조회해 볼게요"),
    ("tl", "A: sge po check ko lng po ung route"),
])
def test_a_check_the_agent_says_they_go_to_is_a_hold(scorer, lang, announce):
    lines = ["A: Hello, Bluecart Grocer, Ana speaking, how can I help?",
             "C: My grocery van never came this morning, order four four one.",
             announce,
             "[gap 9]",
             "A: The van is running late, it will be there by noon.",
             "C: Okay, thanks.",
             "A: Thanks for calling, bye."]
    found = _verdicts(scorer, scripted_call(lines, lang))
    assert found["conduct.dead_air"].verdict == "pass", found["conduct.dead_air"].reason
    assert found["hold.permission"].verdict == "fail", found["hold.permission"].reason
