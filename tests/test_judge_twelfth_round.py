"""Twelfth round of the learned judge (issue 10; docs/rubrics.md, "Twelfth round"). A hand-off needs
the agent to say one; a fix left with a colleague and a Korean "-ㄹ게요" call-back are hand-ons; a
caller answers a check after "잠깐만요", in words that say the fix works; what the agent sees on the
account is no read-back, yet finding the caller's record discusses account data; words of the round
(Korean read-backs and texts to come, a repair opened with a number, clubs and co-operatives, a
statement of the next step is no "anything else"). The frozen9 calls are in-sample since this round."""
from __future__ import annotations

from pathlib import Path

import pytest

from synthetic import scripted_call, tagged_turn

JUDGE = Path(__file__).resolve().parent / "data" / "judge"


@pytest.fixture(scope="module")
def scorer():
    from qa.score.engine import Scorer

    return Scorer("helpdesk_acts", use_disk_cache=False)


def _judged(scorer, name):
    from qa.formats import load_call

    return scorer.score(load_call(JUDGE / "frozen9" / f"{name}.json"))


def _verdicts(result):
    return {v.id: v for v in result.criteria}


# ---------------------------------------------------------------- outcome: who hands the call on


@pytest.mark.parametrize("text, outcome", [
    ("Tatawagan po namin kayo bukas ng hapon pagka-ayos na po.", "follow_up"),  # "po" before the doer
    ("Ico-coordinate ko po sa bookkeeper namin para ma-post yung bayad.", "escalated"),
    ("I'll coordinate with our billing team on the refund.", "escalated"),
    ("제조사에 확인해서 내일 오전 중으로 연락드릴게요", "follow_up"),  # a "-ㄹ게요" promise
    ("원장님께 말씀드리고 내일 중으로 제가 다시 전화드릴게요", "follow_up"),
])
def test_hand_on_cues_of_the_twelfth_round(text, outcome):
    from qa.score.outcome import _text_cues

    assert outcome in [o for o, _ in _text_cues(text, "agent")], _text_cues(text, "agent")


def test_a_hand_on_must_be_said():
    """A hand-on act on words that ask something (an identity question read escalates p 0.87) is no
    hand-on; the same act on a statement, a ticket given or a cue phrase is."""
    from qa.model import Segment
    from qa.score.outcome import _says_hand_on

    caller = Segment(0.0, 3.0, "I got charged twice for my membership.", role="customer")
    asked = Segment(4.0, 6.0, "Oh, sorry about that. Can I get the licence plate on the membership?", role="agent")
    told = Segment(4.0, 6.0, "I'm passing this to our billing specialists now.", role="agent")
    ticket = Segment(4.0, 6.0, "Your case number is D P seven three three nine.", role="agent")
    assert not _says_hand_on((caller, asked), {id(caller): tagged_turn(caller), id(asked): tagged_turn(asked, escalates=0.87)},
                             0.4)
    assert _says_hand_on((caller, told), {id(caller): tagged_turn(caller), id(told): tagged_turn(told, escalates=0.87)}, 0.4)
    assert _says_hand_on((caller, ticket), {id(caller): tagged_turn(caller), id(ticket): tagged_turn(ticket, gives_ticket=0.9)},
                         0.4)
    plain = Segment(4.0, 6.0, "Oh, sorry about that.", role="agent")
    assert not _says_hand_on((caller, plain), {id(caller): tagged_turn(caller), id(plain): tagged_turn(plain)}, 0.4)


def test_fz9_en_04_was_not_handed_on(scorer):
    """In-sample (frozen9): "never mind ... Bye" after a pending charge is explained; the classifier read
    escalated (p 0.83) from the identity question. Nothing was handed on: validation applies and fails,
    the escalation criteria are n/a."""
    result = _judged(scorer, "fz9-en-04")
    assert result.outcome.outcome not in ("escalated", "transferred"), result.outcome.reason
    assert "no agent turn hands the call on" in result.outcome.reason
    verdicts = {k: v.verdict for k, v in _verdicts(result).items()}
    assert verdicts["resolution.validate"] == "fail"
    for name in ("ticket_number", "next_steps", "timeframe", "read_back"):
        assert verdicts[f"escalation.{name}"] == "na", name


def test_fz9_tl_03_is_handed_on(scorer):
    """In-sample (frozen9): account look-ups, then "Ico-coordinate ko po sa bookkeeper namin ...
    Tatawagan po namin kayo bukas ng hapon" — the fix is left with the bookkeeper."""
    result = _judged(scorer, "fz9-tl-03")
    assert result.outcome.outcome != "resolved", result.outcome.reason
    verdicts = {k: v.verdict for k, v in _verdicts(result).items()}
    assert verdicts["resolution.validate"] == "na"
    assert verdicts["escalation.next_steps"] == "pass"
    assert verdicts["escalation.timeframe"] == "pass"
    assert verdicts["escalation.read_back"] == "pass"
    assert verdicts["escalation.ticket_number"] == "fail"  # an O.R. number is a receipt


def test_a_resolved_call_stays_resolved(scorer):
    lines = ["A: Thanks for calling Northwind, this is Sam, how can I help?",
             "C: I can't log in to the portal, it says my account is locked.",
             "A: Can I get your employee ID please?",
             "C: It's four four seven one.",
             "A: Thanks. I've unlocked your account now, can you try again?",
             "C: Great, I'm in now, it's working, thank you.",
             "A: Thanks for calling, bye."]
    outcome = scorer.context(scripted_call(lines, "en")).outcome
    assert outcome.outcome == "resolved", outcome.reason


# ---------------------------------------------------------------- the caller's answer to a check


def test_replies_run_until_the_agent_speaks_again():
    from qa.model import Segment
    from qa.score.checks.act import replies_to

    turns = (Segment(0, 1, "다시 찍어 보시겠어요", role="agent"), Segment(1, 2, "잠깐만요", role="customer"),
             Segment(2, 3, "어 열렸어요", role="customer"), Segment(3, 4, "네 됐네요", role="agent"),
             Segment(4, 5, "네", role="customer"))
    assert [t.text for t in replies_to(turns, 0)] == ["잠깐만요", "어 열렸어요"]
    assert replies_to(turns, 3) == [turns[4]]


def test_words_that_say_the_fix_works():
    from qa.model import Segment
    from qa.score.outcome import says_fixed

    assert says_fixed(Segment(0, 1, "어 초록불 들어왔어요 열렸어요", role="customer"))
    assert not says_fixed(Segment(0, 1, "아직 안 열려요", role="customer"))


@pytest.mark.parametrize("lines, verdict", [
    # the answer after a "잠깐만요", in words the act model misreads (account_action p 0.89)
    (["A: 네 워크온 공유오피스예요 어떤 게 문제세요", "C: 출입카드를 찍었는데 문이 안 열려요",
      "A: 카드 권한이 초기화가 됐네요 지금 다시 등록했어요 지금 한번 다시 찍어 보시겠어요",
      "C: 잠깐만요", "C: 어 초록불 들어왔어요 열렸어요", "A: 네 감사합니다"], "pass"),
    # no answer that says it works
    (["A: 네 워크온 공유오피스예요 어떤 게 문제세요", "C: 출입카드를 찍었는데 문이 안 열려요",
      "A: 카드 권한이 초기화가 됐네요 지금 다시 등록했어요 지금 한번 다시 찍어 보시겠어요",
      "C: 잠깐만요", "C: 나중에 가서 해 볼게요", "A: 네 감사합니다"], "fail"),
])
def test_a_check_answered_after_hang_on(scorer, lines, verdict):
    found = _verdicts(scorer.score(scripted_call(lines, "ko")))["resolution.validate"]
    assert found.verdict == verdict, found.reason


# ---------------------------------------------------------------- read-backs and the caller's record


@pytest.mark.parametrize("name, criterion, verdict", [
    ("fz9-en-03", "escalation.read_back", "fail"),   # "Yep, I see it, six bottles, the autumn reds"
    ("fz9-en-03", "identity.verify", "fail"),        # ... found on a volunteered e-mail, no question
    ("fz9-ko-02", "resolution.validate", "pass"),    # "다시 찍어 보시겠어요" - "잠깐만요" - "열렸어요"
    ("fz9-ko-03", "escalation.next_steps", "pass"),  # "결과가 문자로 갈 거예요"
    ("fz9-en-05", "escalation.ticket_number", "pass"),  # "I've opened a repair, the number is R A, 5 5 1 8 0"
    ("fz9-tl-05", "resolution.anything_else", "fail"),  # "may ibang rider po silang ipapadala."
    ("fz9-en-03", "greeting.company", "pass"),       # "Vinterra Wine Club"
    ("fz9-ko-04", "greeting.company", "pass"),       # "봄빛산후조리원입니다"
    ("fz9-tl-03", "greeting.company", "pass"),       # "Bayanihan Multi-Purpose Cooperative"
])
def test_frozen9_words(scorer, name, criterion, verdict):
    """In-sample (frozen9)."""
    found = _verdicts(_judged(scorer, name))[criterion]
    assert found.verdict == verdict, found.reason


@pytest.mark.parametrize("said_back", [
    "A: 기다려 주셔서 감사합니다 고객님 정리해 보면 등 롤러가 왼쪽만 움직이고 소리가 난다는 말씀이시죠",  # fz9-ko-01
    "A: 네 그러니까 등 롤러가 한쪽만 움직이고 이상한 소리가 나는 거죠",
])
def test_korean_read_backs_of_the_twelfth_round(scorer, said_back):
    call = scripted_call(["A: 감사합니다 쉼표라이프 고객센터 상담원 한지민입니다 무엇을 도와드릴까요",
                          "C: 안마의자 등 쪽 롤러가 한쪽만 움직이고 이상한 소리가 나서요", said_back,
                          "C: 네 맞아요", "A: 네 기술팀에 전달해 드렸습니다 접수번호는 에이에스 이 팔 삼 영 칠입니다",
                          "A: 담당 기사님이 내일 오전 중으로 연락드리겠습니다", "C: 네 알겠어요",
                          "A: 네 감사합니다"], "ko")
    result = scorer.score(call)
    found = _verdicts(result)["escalation.read_back"]
    assert found.verdict == "pass", (found.reason, result.outcome.reason)


OPENING = ["A: Thanks for calling Vinterra Wine Club, this is Sam, how can I help?"]


def test_the_account_seen_is_no_read_back_but_the_problem_said_back_is(scorer):
    seen = scripted_call(OPENING + [
        "C: My quarterly box is stuck at the depot, it needs a signature and they tried while I was at work.",
        "A: Yep, I see it, six bottles, and the carrier has it at the depot since Tuesday.",
        "A: I'm passing this to our shipping team, they will call you within two hours.",
        "C: Okay, thanks.", "A: Thanks for calling, bye."], "en")
    said_back = scripted_call(OPENING + [
        "C: My quarterly box is stuck at the depot, it needs a signature and they tried while I was at work.",
        "A: So I want to make sure I've got this right: your box is stuck at the depot and needs a signature.",
        "A: I'm passing this to our shipping team, they will call you within two hours.",
        "C: Okay, thanks.", "A: Thanks for calling, bye."], "en")
    assert _verdicts(scorer.score(seen))["escalation.read_back"].verdict == "fail"
    assert _verdicts(scorer.score(said_back))["escalation.read_back"].verdict == "pass"


def test_the_record_found_needs_details_from_the_caller(scorer):
    """"I see it" after the caller gave identifying details discusses their account (identity applies);
    without such details it does not."""
    volunteered = scripted_call(OPENING + [
        "C: Hi, my box is stuck at the depot. It's under k dot lindqvist at outlook dot com.",
        "A: Yep, I see it, the carrier has it at the depot. The shipping partner will call you today.",
        "C: Okay, thanks.", "A: Thanks for calling, bye."], "en")
    nothing = scripted_call(OPENING + [
        "C: Hi, do you deliver on Saturdays?",
        "A: I see it's a common question, yes, we deliver on Saturdays in the city.",
        "C: Okay, thanks.", "A: Thanks for calling, bye."], "en")
    assert _verdicts(scorer.score(volunteered))["identity.verify"].verdict == "fail"
    assert _verdicts(scorer.score(nothing))["identity.verify"].verdict == "na"


def test_happened_words_are_checked_as_phrases(tmp_path):
    from qa.errors import RubricError
    from qa.rubric import load_rubric

    path = tmp_path / "r.yaml"
    path.write_text("id: r\nversion: '1'\nbands: {pass: 85, coach: 70, fail: 0}\nsections:\n- id: s\n  title: S\n  criteria:\n  - id: s.a\n"
                    "    description: d\n    weight: 1\n    applies: {happened: [account_action], happened_words: 3}\n"
                    "    checks:\n    - {kind: act, acts: [asks_identity]}\n", encoding="utf-8")
    with pytest.raises(RubricError, match="happened_words: expected a non-empty list of phrases"):
        load_rubric(str(path))


@pytest.mark.parametrize("text, company", [
    ("Vinterra Wine Club, good afternoon, how can I help?", "Vinterra Wine Club"),
    ("Magandang hapon po, Bayanihan Multi-Purpose Cooperative, ano po ang maitutulong ko?",
     "Bayanihan Multi-Purpose Cooperative"),
    ("감사합니다 봄빛산후조리원입니다", "봄빛산후조리원입니다"),
    ("Thanks for calling the club, how can I help?", None),  # an organisation word alone names nothing
])
def test_organisation_words_of_the_twelfth_round(text, company):
    from qa.score.company import detector

    found = detector().find(text)
    assert (found and found[0]) == company, found
