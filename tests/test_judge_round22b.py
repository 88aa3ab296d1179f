"""Round 22b of the learned judge (issue 10; docs/rubrics.md, "Twenty-second round (b): frozen22's other
causes"): a check the agent says they are going to do ("I'm going to look at ...") announces a hold; a wait
already taken after an announcement ("one sec" and 3 s, then the agent speaks) leaves a later silence
unannounced; a check of the fix the caller answers is not outranked by an act the model is only unsure of;
a Korean check said as its statement ("문자 왔어요") and answered counts; a Korean team or room named only for
its work ("배송설치팀") names no company; a past week, the time in an offer of more help, words saying the
record was looked up and a question about what a message shows are no time frame / identity question.
frozen22 is in-sample since this round; every sentence here is new wording."""
from __future__ import annotations

import pytest

from synthetic import scripted_call, tagged_turn
from test_judge_round14b import _verdicts, scorer  # noqa: F401 - the helpdesk_acts scorer fixture
from test_judge_round18b import _options
from test_judge_round21a import test_a_desk_named_for_its_work as _desk_named
from test_judge_round20b import _TIME
from test_judge_round20b import test_a_check_the_agent_says_they_go_to_is_a_hold as _announced_hold
from test_judge_round20b import test_words_that_say_something_else as _says_something_else


# --- "I'm going to <check>" announces a hold --------------------------------------------------------------


@pytest.mark.parametrize("lang, announce", [
    ("en", "A: Okay, I'm going to check the shipping manifest for that."),
    ("en", "A: ok im gonna look at the order history real quick"),
    ("tl", "A: Sige po, i-check ko po muna sa system."),
    ("tl", "A: Titingnan ko po yung delivery schedule."),
])
def test_a_check_the_agent_is_going_to_do_is_a_hold(scorer, lang, announce):
    """"I'm going to look at the payment log." and 10 s was read as dead air (no announcement): it is
    announced, never asked (the hold fails, no dead air)."""
    _announced_hold(scorer, lang, announce)


# --- an announced wait already taken ------------------------------------------------------------------------


def _print_shop(scorer, check: list[str]) -> dict:
    """A call whose agent announces a wait, then does ``check`` (lines with the silences), then checks."""
    lines = ["A: Good morning, Tallis Print Shop, this is Ren. How can I help?",
             "C: My banner order shows printed but I never got a pickup notice.",
             "A: Sorry about that. One moment please.", *check,
             "A: There, the pickup notice has gone out again. Can you check your inbox for it?",
             "C: Yes, it's there now.", "A: Great, thanks for calling."]
    return _verdicts(scorer, scripted_call(lines, "en"))


@pytest.mark.parametrize("check, dead_air, hold", [
    # "One moment" and 3 s, a finding, then 9 s of silent work: the announcement was used up by the first
    # wait; the second silence is dead air and no hold
    (["[gap 3]", "A: Right, the order was printed Monday but the notice email bounced.", "[gap 9]"], "fail", "na"),
    # ... the announcement's own silence, no wait taken before it, stays a hold (guard)
    (["A: Let me look at the order.", "[gap 9]"], "pass", "fail"),
])
def test_a_silence_after_the_announced_wait_was_taken_is_unannounced(scorer, check, dead_air, hold):
    found = _print_shop(scorer, check)
    assert found["conduct.dead_air"].verdict == dead_air, found["conduct.dead_air"].reason
    assert found["hold.permission"].verdict == hold, found["hold.permission"].reason


# --- validation: a check the caller answers ---------------------------------------------------------------


@pytest.mark.parametrize("else_p, verdict", [(0.5, "pass"), (0.9, "fail")])
def test_an_answered_check_is_not_outranked_by_an_unsure_reading(scorer, else_p, verdict):
    """"Can you refresh the app po and check if your five classes are showing na?" - "yes it's there na":
    the act model read the check as "anything else" at p 0.52 and dropped it. Only a reading it counts
    (p 0.6 or more) outranks a question the caller answers with the fix."""
    from qa.score.checks import act

    lines = ["A: Thanks for calling Fernway Gym, this is Leo, how can I help?",
             "C: My guest passes vanished from the app, I had three left.",
             "A: I've restored the three passes. Can you reload the app and check whether they're listed again?",
             "C: Oh nice, they're back, three passes.",
             "A: Great, thanks for calling."]
    ctx = scorer.context(scripted_call(lines))
    readings = [{"offers_help": 0.9}, {}, {"account_action": 0.9, "asks_if_solved": 0.03, "asks_anything_else": else_p},
                {"confirms_fixed": 0.95}, {"thanks_for_calling": 0.9}]
    ctx.__dict__["acts"] = {id(t): tagged_turn(t, **r) for t, r in zip(ctx.turns, readings)}
    ctx.__dict__.pop("_act_rows", None)
    found = act.run(ctx, _options(scorer, "resolution.validate"))
    assert found.verdict == verdict, found.reason


_CHARGED_TWICE = ["A: 네 하나로통신 고객센터 한지민입니다 무엇을 도와드릴까요", "C: 인터넷 요금이 이번 달에 두 번 나갔어요",
                  "A: 네 가입하신 분 성함하고 생년월일 말씀해 주세요", "C: 이도윤이고 구일년 삼월 이일이에요"]


def test_a_korean_check_said_as_its_statement_and_answered(scorer):
    """"취소 완료됐어요 지금 카드 취소 문자 왔어요" - "어 왔어": a 해요체 question without its mark, about what
    shows on the caller's side, after the work was said done; the caller's answer repeats its verb."""
    lines = [*_CHARGED_TWICE, "A: 네 한 건 환불 처리했어요 지금 앱 결제 내역에 환불 보여요", "C: 어 보여 환불 예정이라고 나와",
             "A: 네 더 필요하신 거 있으세요", "C: 아니요", "A: 네 감사합니다"]
    found = _verdicts(scorer, scripted_call(lines, "ko"))["resolution.validate"]
    assert found.verdict == "pass", found.reason


def test_a_korean_statement_of_the_record_before_any_fix_checks_nothing(scorer):
    """The same words while the booking is looked up, before anything was done, are no check (guard)."""
    lines = [*_CHARGED_TWICE, "A: 네 이도윤 님 이번 달 인터넷 요금 두 건 잡혀 있네요 지금 앱 결제 내역에 두 건 보여요",
             "C: 네 보여요 두 건", "A: 한 건은 다음 달 요금에서 빼 드릴게요 그래도 두 건 나가면 다시 전화 주세요",
             "C: 네 알겠어요", "A: 네 감사합니다"]
    found = _verdicts(scorer, scripted_call(lines, "ko"))["resolution.validate"]
    assert found.verdict == "fail", found.reason


# --- a Korean team named for its work -----------------------------------------------------------------------


@pytest.mark.parametrize("opening, company", [
    ("네 반품교환센터입니다 무엇을 도와드릴까요", None),
    ("안녕하세요 정산실입니다", None),
    ("감사합니다 수리접수팀입니다", None),
    # ... a name before the work is the business ("행복설치팀": Haengbok Install's team), as before
    ("네 행복설치팀입니다", "행복설치팀입니다"),
    ("감사합니다 한결가구 반품교환팀 김민지입니다", "한결가구"),
])
def test_a_korean_team_named_for_its_work(opening, company):
    _desk_named(opening, company)


# --- no time frame, no identity question ----------------------------------------------------------------


_IDENTITY = ("identity.verify", "asks_identity")


@pytest.mark.parametrize("check, said, lang, dropped", [
    # a past week ("nai-file na ang claim noong isang linggo", p 0.73) and the time said in an offer of
    # more help ("anything else I can help with tonight?", p 0.77) are no time frame
    (_TIME, "The refund request went in last week, so it's with finance.", "en", True),
    (_TIME, "Is there anything else I can sort out for you this evening?", "en", True),
    (_TIME, "naipasa na po ang request noong nakaraang linggo", "tl", True),
    (_TIME, "지난주에 접수하신 건이 아직 처리 중이에요", "ko", True),
    (_TIME, "오늘 저녁에 더 필요하신 거 있으세요", "ko", True),
    (_TIME, "Billing will email you within two business days.", "en", False),
    (_TIME, "tatawagan po kayo ng technician bukas ng umaga", "tl", False),
    # the record looked up from what the caller gave ("승인번호로 조회해 보니까", asks_identity p 0.81) and a
    # question about what a message shows ("확인 문자에 몇 사이즈로 나와요", p 0.91) ask for no detail
    (_IDENTITY, "네 주문번호로 조회해 보니까 어제 두 번 결제됐네요", "ko", True),
    (_IDENTITY, "지금 받으신 안내 문자에 몇 시로 나와요", "ko", True),
    (_IDENTITY, "What does the email say for the pickup time?", "en", True),
    (_IDENTITY, "ano po ang nakalagay sa resibo ninyo?", "tl", True),
    (_IDENTITY, "조회해 보니까 두 분이 계시네요 성함 한 번 더 말씀해 주시겠어요", "ko", False),
    (_IDENTITY, "Can I get your date of birth?", "en", False),
])
def test_words_that_give_no_time_frame_or_ask_no_identity(scorer, check, said, lang, dropped):
    _says_something_else(scorer, check, said, lang, dropped)  # round 20b's test body, new wording


# --- Tagalog text-speak "ano po problema" asks the concern ------------------------------------------------


@pytest.mark.parametrize("said", ["ano po prob nyo", "ano po problema ng unit nyo"])
def test_text_speak_what_is_the_problem_offers_help(scorer, said):
    """"... ito po ang Frostline Repair Center ano po problema" (no "ang", as "ano po concern")."""
    from qa.score.nlp import TextAnalyzer, flatten

    hints = _options(scorer, "greeting.offer_help")["hints"]
    assert TextAnalyzer().find(said, tuple(flatten(hints)), "tl") is not None
