"""Seventeenth round (a) of the learned judge (issue 10; docs/rubrics.md, "Seventeenth round (a)"):
frozen16's and frozen17's non-outcome causes, as general help-desk rules. A Korean shop named for its
trade in a loanword ("...헤어입니다", "...스튜디오예요") or a school for small children is an organisation
and no agent's name; a hold phrase that ends its sentence announces the hold and asks nothing; the
agent's first answer does no fix when the words read as one ask the caller to look; the caller's
answer goes to the question the act model reads on the turn (an offer of help, "anything else?") when
it does not even doubt the checked act; a department named for the people it serves ("Member
Services") or an officer's possessive ("Registrar's Office") names no company; a terse opening
"<Business>, <Name>." names both. frozen16 and frozen17 are in-sample since this round; every call here
is new wording."""
from __future__ import annotations

import pytest

from synthetic import scripted_call
from test_judge_round14b import _verdicts, scorer  # noqa: F401 - the helpdesk_acts scorer fixture
from test_judge_round15a import _hold  # a fob re-activated after a hold


# --- Korean shops named for their trade -------------------------------------------------------------


@pytest.mark.parametrize("opening, company, person", [
    ("감사합니다 소담헤어입니다 무엇을 도와드릴까요", "소담헤어입니다", None),
    ("네 별하스튜디오예요", "별하스튜디오예요", None),
    ("네 햇살어린이집 보육 교사 김하늘이에요", "햇살어린이집", "김하늘이에요"),
    # a person's name said with the copula stays a name
    ("네 감사합니다 박서윤입니다", None, None),
])
def test_korean_trade_names_are_organisations(opening, company, person):
    from qa.score.company import detector

    found = detector().find(opening)
    assert (found[0] if found else None) == company, found
    assert detector().person(opening) == person


def _korean_opening(scorer, opening: str):
    lines = [f"A: {opening}",
             "C: 네 다음 주 화요일 예약을 목요일로 바꾸고 싶어서요",
             "A: 네 예약하신 분 성함이랑 전화번호 뒷자리 알려 주시겠어요",
             "C: 윤서아고요 뒷자리는 팔삼일이예요",
             "A: 네 윤서아 님 화요일 오후 세 시 예약 보이네요 목요일 같은 시간으로 바꿔 드렸어요",
             "C: 네 감사해요",
             "A: 네 더 궁금하신 건 없으세요",
             "C: 없어요", "A: 네 감사합니다 좋은 하루 보내세요"]
    return _verdicts(scorer, scripted_call(lines, "ko"))


def test_a_korean_shop_name_opening_the_call_is_the_company_not_the_agent(scorer):
    found = _korean_opening(scorer, "네 감사합니다 소담헤어입니다 무엇을 도와드릴까요")
    assert found["greeting.company"].verdict == "pass", found["greeting.company"].reason
    assert found["greeting.agent_name"].verdict == "fail", found["greeting.agent_name"].reason


def test_a_korean_agent_name_opening_the_call_is_still_a_name(scorer):
    found = _korean_opening(scorer, "네 감사합니다 박서윤입니다 무엇을 도와드릴까요")
    assert found["greeting.agent_name"].verdict == "pass", found["greeting.agent_name"].reason


# --- a hold phrase that ends its sentence announces ----------------------------------------------


@pytest.mark.parametrize("announce, verdict", [
    ("Okay, I'll just place you on a brief hold.", "fail"),
    ("Let me put you on a short hold.", "fail"),
    ("Could I put you on a short hold?", "pass"),
])
def test_a_hold_phrase_ending_its_sentence_asks_nothing(scorer, announce, verdict):
    found = _hold(scorer, announce)
    assert found.verdict == verdict, found.reason


# --- no fix in a first answer that asks the caller to look ------------------------------------------


def _meter_call(first: str, end: str):
    return ["A: Hi, Tallow Energy, Ruth speaking, how can I help?",
            "C: The meter reading on my online account is wrong since the engineer visit.",
            f"A: {first}",
            "C: Nope, still the old one.",
            "A: Okay. So the portal still has the cached reading. Sign out, clear your browser cookies, then sign "
            "back in and open the meter tab.",
            "C: Okay, give me a second.",
            "A: And the reading should update within a minute.",
            "C: Done.",
            f"A: {end}",
            "C: No.",
            "A: Thanks for calling Tallow Energy, take care."]


@pytest.mark.parametrize("first", [
    "Okay. Could you restart the app for me, does it show the new plan?",
    "Sure. Could you refresh the page for me, is the new address showing?",
])
def test_a_look_asked_in_the_first_answer_is_no_fix_nor_check(scorer, first):
    """The agent's first answer asks the caller to look (read as explaining a fix, so the check window
    opened on it), then walks them through a fix that is never checked."""
    lines = _meter_call(first, "Great, that's you sorted then. Anything else I can do for you today?")
    found = _verdicts(scorer, scripted_call(lines))
    assert found["resolution.validate"].verdict == "fail", found["resolution.validate"].reason


def test_no_to_anything_else_answers_no_check(scorer):
    """"... you're all good then. Anything else I can help with?" - "No.": the caller answers the
    question for anything else (the act model reads no check on the turn, p 0.01), not a check."""
    lines = _meter_call("Alright. Can you pull up the tracking page for me, does it show delivered?",
                        "Brilliant, you're all good then. Anything else I can help with?")
    found = _verdicts(scorer, scripted_call(lines))
    assert found["resolution.validate"].verdict == "fail", found["resolution.validate"].reason


# --- the caller answers the offer of help, not an identity question --------------------------------


def test_details_given_to_an_offer_of_help_answer_no_identity_question(scorer):
    """A desk opening offers help; the caller volunteers an e-mail with the problem; the agent works on
    the account without asking anything: identity applies and fails."""
    lines = ["A: Accounts team, Omar here, what can I do for you?",
             "C: Hi. My last invoice charged me twice for the same month. It's under lena dot ortiz at gmail dot com.",
             "A: Okay Lena, I've got your account. Yes, March was billed twice, I've refunded the second charge.",
             "C: Oh great, thanks.",
             "A: Can you see the refund pending in your banking app now?",
             "C: Yes, it's there.",
             "A: Lovely. Anything else?", "C: No, that's it.", "A: Thanks for calling, bye."]
    found = _verdicts(scorer, scripted_call(lines))
    assert found["identity.verify"].verdict == "fail", found["identity.verify"].reason


# --- a department named for the people it serves is no company ---------------------------------------


@pytest.mark.parametrize("opening, company", [
    ("Member Services, this is Kofi, how can I help?", None),
    ("Guest Relations, Ana speaking.", None),
    ("Good afternoon, Registrar's Office, Lee speaking", None),
    ("Student Accounts, hi, how can I help?", None),
    # the organisation before such a department is still named
    ("Lakeside Clinic patient accounts, this is Mo", "Lakeside Clinic"),
    ("Hi, Orchard Lane Apartments, tenant services, Joy speaking", "Orchard Lane Apartments"),
])
def test_a_department_named_for_whom_it_serves_is_no_company(opening, company):
    from qa.score.company import detector

    found = detector().find(opening)
    assert (found[0] if found else None) == company, found


# --- "can I take the ... number" asks for identity beside the calling number --------------------------


def test_taking_a_number_asks_for_identity_beside_the_calling_number(scorer):
    """The agent mentions the calling number but still takes a policy number and a postcode before
    looking at the account; the offer of help in the opening is no identity question."""
    lines = ["A: Thanks for calling Brightshore Insurance, my name is Lou. How can I help you today?",
             "C: Hi Lou. I had a letter saying my home policy lapsed and I'm sure I paid.",
             "A: I can look into that. I see you're calling from the number on a policy with us; just to be safe, "
             "could I take the policy number and the postcode on it?",
             "C: Sure. H P, four four one, nine two. Postcode is L S six, two D F.",
             "A: Thank you. I can see the payment came in a day late, I've reinstated the policy from today.",
             "C: Oh, good.", "A: Can you see it as active in your app now?", "C: Yes, it says active.",
             "A: Great. Anything else?", "C: No, thanks.", "A: Thanks for calling, bye."]
    found = _verdicts(scorer, scripted_call(lines))
    assert found["identity.verify"].verdict == "pass", found["identity.verify"].reason


# --- a terse opening: the business, then the agent's name alone ---------------------------------------


@pytest.mark.parametrize("opening, company, person", [
    ("Silver Birch Kennels, Theo.", "Silver Birch Kennels", "Theo"),
    ("Northgate Tyre Centre, Abi.", "Northgate Tyre", "Abi"),
    # a greeting addresses a person; a lower-case phrase is no business's name
    ("Hi Wendy, Mark.", None, None),
    ("Sure, I can look at the invoice from Acme, Paul.", None, None),
])
def test_a_terse_opening_names_the_business_and_the_agent(opening, company, person):
    from qa.score.company import detector

    found = detector().find(opening)
    assert (found[0] if found else None) == company, found
    assert detector().person(opening) == person


def test_a_desk_then_a_name_names_no_business():
    from qa.score.company import detector

    assert detector().find("HR, Sam.") is None
    assert detector().find("Golden Crust po, magandang hapon! Ano po ang order nila?")[0] == "Golden Crust"
