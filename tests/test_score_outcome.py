"""The call outcome from the whole call (issue 10): a small classifier over the act events and the
last turns, not cue phrases alone. The calls here are written for the tests (none is in the training
pieces): a money transfer is not a call transfer, a survey transfer after a fix is resolved, a Tagalog
"titingnan ko po" (I'll check) is not a call-back, and escalations, transfers and call-backs still are."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from synthetic import scripted_call

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def scorer():
    from qa.score.engine import Scorer

    return Scorer("helpdesk_acts", use_disk_cache=False)


def _call(transcript: str, language: str = "en"):
    return scripted_call([line.strip() for line in transcript.strip().splitlines()], language)


def _outcome(scorer, transcript, language="en"):
    return scorer.context(_call(transcript, language)).outcome


def test_the_shipped_outcome_model_matches_its_labels():
    from qa.score.outcome_model import LABELS, MODEL_PATH, load_model

    weights, bias = load_model()
    assert weights.shape[1] == bias.shape[0] == len(LABELS)
    assert MODEL_PATH.stat().st_size < 50_000


def test_written_training_calls_are_deterministic_and_cover_every_label():
    from qa.score import train_outcome

    first = [([t.text for t in turns], label) for turns, label in
             train_outcome.written_calls(random.Random(train_outcome.SEED))]
    second = [([t.text for t in turns], label) for turns, label in
              train_outcome.written_calls(random.Random(train_outcome.SEED))]
    assert first == second
    assert {label for _, label in first} == set(train_outcome.LABELS)


def test_a_money_transfer_is_account_work_not_a_call_transfer(scorer):
    outcome = _outcome(scorer, """
        A: Thanks for calling Riverbank, this is Omar, how can I help?
        C: I'd like to send three hundred dollars from my savings to my checking.
        A: Sure, can I have the account number and your date of birth?
        C: It's five five one nine, and July second, nineteen eighty.
        A: Done, I've transferred three hundred dollars from your savings into checking.
        C: Great, I can see it now, thanks.
        A: Anything else? No? Thanks for calling, bye.""")
    assert outcome.outcome == "resolved", outcome.reason


def test_a_survey_transfer_after_a_fix_is_resolved(scorer):
    outcome = _outcome(scorer, """
        A: Hello, thanks for calling the desk, how can I help?
        C: My headset has no sound in Teams.
        A: Pick the headset as the speaker device in Teams settings, then make a test call.
        C: Oh yes, I can hear the test call now.
        A: Good. Before you go, I'll transfer you to a two-question survey about my service.""")
    assert outcome.outcome == "resolved", outcome.reason


def test_tagalog_i_will_check_is_not_a_call_back(scorer):
    outcome = _outcome(scorer, """
        A: Magandang umaga po, salamat sa pagtawag, ano pong maitutulong ko?
        C: Hindi ko po mabuksan ang email ko sa cellphone.
        A: Sige po, titingnan ko lang po muna ang account ninyo.
        A: Na-reset ko na po ang password, subukan niyo pong mag-login ulit.
        C: Ayan, nakapasok na po ako, salamat.
        A: Salamat po sa pagtawag, ingat po.""", "tl")
    assert outcome.outcome == "resolved", outcome.reason


@pytest.mark.parametrize("ending, expected", [
    ("A: The restart didn't help, so I'm escalating this to our network engineers. They'll email you today.",
     "escalated"),
    ("A: This is for our billing department, I'm putting you through to them now, please hold.", "transferred"),
    ("A: I need to ask the warehouse first, I'll call you back tomorrow morning with an answer.", "follow_up"),
])
def test_hand_offs_are_still_decided(scorer, ending, expected):
    outcome = _outcome(scorer, f"""
        A: Good afternoon, support, this is Lee, how can I help?
        C: My bill shows a charge I don't understand and my modem keeps dropping.
        {ending}
        C: Okay, thanks.""")
    assert outcome.outcome == expected, outcome.reason
    assert outcome.evidence and "outcome model p=" in outcome.reason


@pytest.mark.parametrize("text, act, other", [
    ("Okay, four hundred dollars has been moved from your checking into your savings.", "account_action",
     "transfers"),
    ("Na-transfer ko na po ang tatlong libo sa account ng asawa ninyo.", "account_action", "transfers"),
    ("일반 통장에서 적금 통장으로 삼십만 원 옮겨 드렸습니다.", "account_action", "transfers"),
    ("I'm going to put you through to our card services team now.", "transfers", None),
    ("Let me bring up your account details.", "account_action", None),
])
def test_the_tagger_tells_money_moved_from_a_call_transfer(text, act, other):
    from qa.model import Segment
    from qa.score.acts import tag_turns
    from qa.score.embed import Embedder

    tagged = tag_turns((Segment(0.0, 3.0, text, None, "agent"),), Embedder(use_disk=False))[0]
    assert tagged.p(act) >= 0.6, (act, tagged.p(act))
    if other:
        assert tagged.p(other) < 0.4, (other, tagged.p(other))


def test_a_survey_invitation_is_not_a_transfer():
    from qa.model import Segment
    from qa.score.acts import tag_turns
    from qa.score.embed import Embedder

    text = "Before you hang up, please stay on the line to answer a short survey."
    tagged = tag_turns((Segment(0.0, 3.0, text, None, "agent"),), Embedder(use_disk=False))[0]
    assert tagged.p("transfers") < 0.4 and tagged.p("escalates") < 0.4


def test_second_frozen_set_builds_and_every_label_is_scored(scorer):
    """frozen2 (committed before the second round of training) is scored in full; its figure is
    reported in docs/rubrics.md, not asserted: it is a test split, not a tuning target."""
    from qa.calibrate import calibrate, load_verdicts
    from qa.formats import load_call

    judge = HERE / "data" / "judge"
    labels = load_verdicts(judge / "frozen2.csv")
    ids = list(dict.fromkeys(label.call_id for label in labels))
    results = {r.call_id: r for r in scorer.score_many([load_call(judge / "frozen2" / f"{i}.json") for i in ids])}
    assert len(results) == 15 and not calibrate(labels, results).missing


def test_a_korean_no_thats_all_is_not_a_fix():
    """Thirteenth round (fz10-ko-04): "아니 됐어요" answers "anything else?" and "안 열려요"
    says it does not open; "이제 됐어요" says it works."""
    from qa.score.outcome import _text_cues
    for text in ("아니 됐어요", "아뇨, 됐습니다 감사합니다", "아니요 됐어요", "번호를 눌러도 안 열려요", "소리가 안 나와요"):
        assert not any(outcome == "resolved" for outcome, _ in _text_cues(text, "customer")), text
    for text in ("네 이제 됐어요", "아니 이제 돼요", "됐어요", "이제 문이 열려요"):
        assert any(outcome == "resolved" for outcome, _ in _text_cues(text, "customer")), text
