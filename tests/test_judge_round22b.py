"""Round 22b of the learned judge (issue 10; docs/rubrics.md, "Twenty-second round (b): frozen22's other
causes"): a check the agent says they are going to do ("I'm going to look at ...") announces a hold; a wait
already taken after an announcement ("one sec" and 3 s, then the agent speaks) leaves a later silence
unannounced. frozen22 is in-sample since this round; every sentence here is new wording."""
from __future__ import annotations

import pytest

from synthetic import scripted_call
from test_judge_round14b import _verdicts, scorer  # noqa: F401 - the helpdesk_acts scorer fixture
from test_judge_round20b import test_a_check_the_agent_says_they_go_to_is_a_hold as _announced_hold


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
