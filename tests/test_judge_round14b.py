"""Fourteenth round (b) of the learned judge (issue 10; docs/rubrics.md, "Fourteenth round (b): frozen13"):
the causes of frozen13's first run, as general help-desk rules. A read-back is put to the caller (an
explanation or what the account shows is none; "correct" as an adjective confirms nothing); a
department compound ("매입센터") after a name, a long name said with "입니다" and a Tagalog shop named
after its owner ("lechonan ni Mang Berto") name the company, "I've got it here" does not; a record
found from the calling number is account data (identity applies); telling the caller where to see
the result is no promised call-back; a complaint filed for the caller and another team's call are
hand-ons; an identity question read as account work is no fix a check must follow. The frozen13
calls are in-sample since this round; every call here is new wording."""
from __future__ import annotations

import pytest

from synthetic import scripted_call


@pytest.fixture(scope="module")
def scorer():
    from qa.score.engine import Scorer

    return Scorer("helpdesk_acts", use_disk_cache=False)


def _verdicts(scorer, call):
    return {v.id: v for v in scorer.score(call).criteria}


# --- company names in the opening -------------------------------------------------------------


@pytest.mark.parametrize("opening, company", [
    # a department compound after the name: "Hangyeol Furniture delivery centre, agent Lee Sumin"
    ("감사합니다 한결가구 배송센터 상담원 이수민입니다 무엇을 도와드릴까요", "한결가구"),
    # a long name said with 입니다 (a person's name has two to four syllables)
    ("네 솔바람커튼블라인드입니다", "솔바람커튼블라인드입니다"),
    ("네 김민수입니다", None),
    # an appliance store's name ends in 가전 like a bank's in 은행
    ("안녕하세요 누리가전입니다", "누리가전입니다"),
    ("네 고객지원센터입니다", None),
    # a shop named after its owner
    ("Magandang umaga po, Panaderya ni Aling Rosa, ano pong order nila?", "Panaderya ni Aling Rosa"),
    ("hello po gupitan ni manong ben po ito", "gupitan ni manong ben"),
    ("ang pangalan ni mang jose po", None),
    # "I've got it here": a verb and a pronoun, no IT desk
    ("Sure. We've got it right here, the order from Tuesday.", None),
    ("Morning, Lakeside IT, this is Dev.", "Lakeside"),
])
def test_company_shapes(opening, company):
    from qa.score.company import detector

    found = detector().find(opening)
    assert (found[0] if found else None) == company, found


def test_an_owner_named_shop_names_no_agent(scorer):
    """"Kainan ni Mang Ramon" is the eatery's name: the agent gave none; the shop counts as the company."""
    lines = ["A: magandang gabi po kainan ni mang ramon ano po order nila",
             "C: hi po pa-reserve po ako ng table for ten sa sabado ng gabi",
             "A: sige po anong oras po at kaninong pangalan",
             "C: alas-siyete po, dela cruz po", "A: ok po naka-reserve na po kayo, dela cruz, ten pax, sabado alas-siyete",
             "C: salamat po", "A: salamat din po"]
    found = _verdicts(scorer, scripted_call(lines, "tl"))
    assert found["greeting.agent_name"].verdict == "fail", found["greeting.agent_name"].reason
    assert found["greeting.company"].verdict == "pass", found["greeting.company"].reason


# --- identity from the calling number ------------------------------------------------------------


CALLING_NUMBER = ["A: Harbourside Dental, this is Priya, how can I help?",
                  "C: Hi, I'd like to move my check-up next week, something's come up at work.",
                  "A: No problem. {0}",
                  "C: Great, Thursday afternoon would be better.",
                  "A: Done, I've moved it to Thursday at three.",
                  "C: Perfect, thanks.", "A: Anything else?", "C: No, that's all.", "A: Thanks for calling, bye."]


@pytest.mark.parametrize("said, verdict", [
    ("I see you're calling from the number on your patient record, so I've got your appointment up, Tuesday at nine.",
     "fail"),
    ("Can I take your full name and date of birth first?", "pass")])
def test_a_record_found_from_the_calling_number_is_account_data(scorer, said, verdict):
    """A record opened from the number the call comes from discusses account data: identity applies,
    and fails when nothing was asked."""
    lines = [line.format(said) for line in CALLING_NUMBER]
    if verdict == "pass":
        lines[3] = "C: Sure, Tom Reyes, fourth of May eighty-one. Thursday afternoon would be better."
    found = _verdicts(scorer, scripted_call(lines))["identity.verify"]
    assert found.verdict == verdict, found.reason


# --- read-backs ----------------------------------------------------------------------------------


def _read_back(scorer, agent_turn: str, reply: str = "Oh right."):
    lines = ["A: Thanks for calling Keystone Boilers, this is Ana, how can I help?",
             "C: My boiler keeps losing pressure, the gauge drops below one every morning and the heating goes off.",
             "A: Sorry to hear that. Can I have your postcode and surname?",
             "C: It's B S three, four J Q, and the surname is Okafor.",
             f"A: {agent_turn}",
             f"C: {reply}",
             "A: I'm booking an engineer visit for you, your job reference is K B four four one nine.",
             "C: Okay.",
             "A: The engineer will call you within two working days to arrange a time.",
             "C: Thanks.", "A: Anything else?", "C: No.", "A: Thanks for calling, bye."]
    return _verdicts(scorer, scripted_call(lines))["escalation.read_back"]


def test_an_explanation_is_no_read_back(scorer):
    """Why the pressure drops, told to the caller, puts nothing back to confirm."""
    found = _read_back(scorer, "Right, the pressure drops because the expansion vessel has lost its charge, and "
                               "the heating goes off when the gauge is below one.")
    assert found.verdict == "fail", found.reason


def test_a_read_back_put_to_the_caller_counts(scorer):
    found = _read_back(scorer, "So the pressure drops below one every morning and the heating goes off, right?")
    assert found.verdict == "pass", found.reason


def test_a_read_back_the_caller_says_yes_to_counts(scorer):
    """A read-back whose question mark the recogniser lost still counts when the caller says yes to it."""
    said = "so to confirm the pressure drops below one every morning and the heating goes off"
    assert _read_back(scorer, said, "Yes, that's it.").verdict == "pass"
    assert _read_back(scorer, said, "Hmm okay.").verdict == "fail"


def test_correct_as_an_adjective_confirms_nothing(scorer):
    """"correct" repeats no confirmation when it describes a thing ("the correct valve")."""
    found = _read_back(scorer, "I'll note the boiler model and make sure the engineer brings the correct "
                               "pressure valve for your boiler.")
    assert found.verdict == "fail", found.reason


def test_asked_back():
    """A confirmation word counts when its sentence asks or ends on it."""
    from qa.score.checks.act import asked_back

    class Ctx:
        lang = "en"

        def __init__(self):
            from qa.score.nlp import TextAnalyzer

            self.analyzer = TextAnalyzer()

    ctx, words = Ctx(), {"en": ["correct", "is that right"]}

    def turn(text):
        return type("T", (), {"text": text})()

    assert asked_back(ctx, turn("The gauge drops below one every morning, correct"), words)
    assert asked_back(ctx, turn("Every morning, is that right? Okay."), words)
    assert not asked_back(ctx, turn("I've sent the correct form to your email."), words)


# --- outcome ---------------------------------------------------------------------------------------


def test_telling_the_caller_where_to_see_the_result_is_no_call_back():
    """"You'll see it in the app" / "앱에서 보시면 보이세요" leaves nothing owed by the desk."""
    import numpy as np

    from qa.model import AGENT
    from qa.score.acts import ACT_INDEX, ACTS, TurnActs
    from qa.score.outcome import _shown_where

    def tagged_turn(text, p):
        probs = np.zeros(len(ACTS), np.float32)
        probs[ACT_INDEX["promises_callback"]] = p
        turn = type("T", (), {"text": text, "role": AGENT, "start": 0.0})()
        return turn, TurnActs(turn, probs, (text,), np.zeros(len(ACTS), int))

    for text, kept in [("주소 바꿨어요 주문 내역 들어가 보시면 새 주소로 나와요", 0.0),
                       ("It's updated, you'll see the new address in your order history.", 0.0),
                       ("I'll call you back tomorrow morning with the result.", 0.7)]:
        turn, item = tagged_turn(text, 0.7)
        out = _shown_where([turn], {id(turn): item})
        assert out[id(turn)].p("promises_callback") == pytest.approx(kept), text


@pytest.mark.parametrize("said, outcome", [
    ("Nag-file na po ako ng reklamo para sa inyo, ang reference po ay R, tatlo siyam dalawa lima.", "escalated"),
    ("Tatawagan po kayo ng aming billing team bukas ng umaga.", "escalated"),
    ("I've lodged a formal complaint for you, the reference is C R four one two.", "escalated"),
    ("Na-reset ko na po yung password ninyo.", "resolved"),
])
def test_a_complaint_filed_or_another_teams_call_hands_the_call_on(said, outcome):
    from qa.model import AGENT
    from qa.score.outcome import _text_cues

    found = {o for o, _ in _text_cues(said, AGENT)}
    assert outcome in found, found


def test_a_filed_complaint_escalates_the_call(scorer):
    lines = ["A: Magandang umaga po, salamat sa pagtawag sa Bagong Courier, ako po si Rica. Ano po ang maitutulong ko?",
             "C: Yung package ko po galing Cebu, isang linggo na, sabi delivered pero wala naman dito.",
             "A: Pasensya na po. Pwede ko po bang makuha ang tracking number at buong pangalan ninyo?",
             "C: B C, dalawa siyam walo isa. Liza Manalo po.",
             "A: Salamat po. Nakita ko po, naka-mark as delivered kahapon pero walang pirma.",
             "C: Oo nga po, wala akong natanggap.",
             "A: Nag-file na po ako ng reklamo. Ang reference po ninyo ay R, tatlo siyam dalawa lima.",
             "C: R tatlo siyam dalawa lima.",
             "A: Opo. Tatawagan po kayo ng aming delivery team sa loob ng dalawang araw.",
             "C: Sige po, salamat.", "A: May iba pa po ba?", "C: Wala na.", "A: Salamat po, ingat."]
    result = scorer.score(scripted_call(lines, "tl"))
    assert result.outcome.outcome == "escalated", result.outcome.reason
    found = {v.id: v for v in result.criteria}
    assert found["escalation.ticket_number"].verdict == "pass", found["escalation.ticket_number"].reason
    assert found["resolution.validate"].verdict == "na", found["resolution.validate"].reason


def test_an_identity_question_is_no_fix_before_a_check():
    """A check's `after` cutoff starts on the first fix, not on an identity question the act model also
    read as account work ("May I have your member number and birthday for verification?" account_action
    0.66, asks_identity 0.99): a check asked between the two comes before any fix."""
    import numpy as np

    from qa.model import AGENT
    from qa.score.acts import ACT_INDEX, ACTS, TurnActs
    from qa.score.checks.act import cutoff

    def tagged(text, start, **p):
        probs = np.zeros(len(ACTS), np.float32)
        for act, value in p.items():
            probs[ACT_INDEX[act]] = value
        turn = type("T", (), {"text": text, "role": AGENT, "start": start})()
        return TurnActs(turn, probs, (text,), np.zeros(len(ACTS), int))

    asked = tagged("May I have your member number and birthday for verification?", 10.0,
                   account_action=0.66, asks_identity=0.99)
    fixed = tagged("I've added the three stamps to your card.", 40.0, account_action=0.9)

    class Ctx:
        caller_opened = None
        turns = ()

        @staticmethod
        def act_hits(turns, names, own_party=False):
            return sorted(((item.p(n), item, n) for item in (asked, fixed) for n in names),
                          key=lambda h: -h[0])

    assert cutoff(Ctx, ["account_action"], 0.6) == 10.0
    assert cutoff(Ctx, ["account_action"], 0.6, ["asks_identity", "offers_help"]) == 40.0


def test_happened_said_is_checked_as_phrases(tmp_path):
    from qa.errors import RubricError
    from qa.rubric import load_rubric

    path = tmp_path / "r.yaml"
    path.write_text("id: r\nversion: '1'\nbands: {pass: 85, coach: 70, fail: 0}\nsections:\n- id: s\n  title: S\n"
                    "  criteria:\n  - id: s.a\n    description: d\n    weight: 1\n"
                    "    applies: {happened: [account_action], happened_said: []}\n"
                    "    checks:\n    - {kind: act, acts: [asks_identity]}\n", encoding="utf-8")
    with pytest.raises(RubricError, match="happened_said: expected a non-empty list of phrases"):
        load_rubric(str(path))
