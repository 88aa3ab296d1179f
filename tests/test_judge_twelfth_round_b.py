"""Twelfth round (b) of the learned judge (issue 10; docs/rubrics.md, "Twelfth round (b): frozen10"):
the timing criteria measured as the rubric text and the labelling rules state them. Overtalk is the
agent talking over the caller, each stretch timed from its first overlapping word to its last; an
announced silence over the dead-air limit ("One sec." then 7 s) is a hold, not dead air; "hold" used
as a noun ("it's on a hold because the photo...") announces nothing. The frozen10 calls are in-sample
since this round; the scripted calls here are new wording."""
from __future__ import annotations

from pathlib import Path

import pytest

from synthetic import scripted_call

JUDGE = Path(__file__).resolve().parent / "data" / "judge"


@pytest.fixture(scope="module")
def scorer():
    from qa.score.engine import Scorer

    return Scorer("helpdesk_acts", use_disk_cache=False)


def _verdicts(scorer, call):
    return {v.id: v for v in scorer.score(call).criteria}


INTERRUPTED = ["A: Thanks for calling Brightwave, this is Omar, how can I help?",
               "C: My router keeps dropping the connection every evening around eight o'clock, it has done it all week",
               "{0}: Right so the first thing is to move it off the floor",
               "C: It's on a shelf already, it has always been on the shelf in the hall",
               "{0}: Okay then the next thing is a channel change on our side",
               "C: And I already restarted it twice yesterday evening and this morning too",
               "{0}: Sure, I've changed the channel now, that should hold it",
               "C: Okay.", "A: Anything else today?", "C: No thanks.", "A: Thanks for calling, bye."]


@pytest.mark.parametrize("who, verdict", [("A+", "fail"), ("C+", "pass")])
def test_overtalk_counts_the_agent_talking_over_the_caller(scorer, who, verdict):
    """Three 1.5 s stretches of the agent over the caller are 4.5 s (over the 4 s limit), though the
    overlapping words alone sum to under 4 s; the caller talking over the agent as much is no fault."""
    lines = [line.format(who if who == "A+" else "A") for line in INTERRUPTED]
    if who == "C+":  # the caller cuts in on every long agent turn instead (more than 4 s in all)
        lines = [f"C+: {line[3:]}" if line.startswith("C: ") and i in (1, 3, 5) else line
                 for i, line in enumerate(lines)]
        lines[7] = "C+: Okay and what do I do if it drops again tonight though?"
    found = _verdicts(scorer, scripted_call(lines))["conduct.overtalk"]
    assert found.verdict == verdict, found.reason


def test_talked_over_seconds_times_stretches_of_one_side():
    from qa.score.timing import overtalk_seconds, talked_over_seconds

    call = scripted_call([line.format("A+") for line in INTERRUPTED])
    assert talked_over_seconds(call.utterances, "agent") == pytest.approx(4.38, abs=0.05)
    assert talked_over_seconds(call.utterances, "customer") == 0.0
    assert overtalk_seconds(call.utterances) < 4.0  # the word sum the default `who: any` keeps


ONE_SEC = ["A: Corner Bakery orders, thanks for calling, this is Jo. What can I do for you?",
           "C: I ordered a birthday cake for Saturday and I need to change the name on it.",
           "A: Sure, what's the order number?", "C: Two two eight one.",
           "A: {0}", "[gap 7]",
           "A: Got it, the cake for Saturday. What name would you like on it?", "C: Maya, M A Y A.",
           "A: Done, it says Maya now. Anything else?", "C: No, thanks.", "A: Thanks for calling, bye."]


@pytest.mark.parametrize("said, dead_air, hold", [("Just a second.", "pass", "fail"),
                                                   ("Okay.", "fail", "na")])
def test_an_announced_silence_over_the_dead_air_limit_is_a_hold(scorer, said, dead_air, hold):
    """"Just a second." then 7 s: announced, never asked - the hold fails and it is not dead air; the
    same 7 s after a bare "Okay." is dead air, and no hold."""
    found = _verdicts(scorer, scripted_call([line.format(said) for line in ONE_SEC]))
    assert found["conduct.dead_air"].verdict == dead_air, found["conduct.dead_air"].reason
    assert found["hold.permission"].verdict == hold, found["hold.permission"].reason


def test_hold_as_a_noun_announces_nothing(scorer):
    """The caller trying the fix in silence after "your account is on hold" is dead air, not a hold."""
    lines = ["A: Thanks for calling Northgate Library, this is Sam, how can I help?",
             "C: My library card won't let me borrow e-books, it just says see staff.",
             "A: I see, your card is on a hold because of a late fee from last year. I've cleared it now.",
             "A: Can you try borrowing the book again?", "C: ...", "[gap 9]",
             "C: Oh, it worked, it's downloading.", "A: Great. Anything else?", "C: No, thank you.",
             "A: Thanks for calling, bye."]
    found = _verdicts(scorer, scripted_call(lines))
    assert found["conduct.dead_air"].verdict == "fail", found["conduct.dead_air"].reason
    assert found["hold.permission"].verdict == "na", found["hold.permission"].reason


@pytest.mark.parametrize("name, criterion, verdict", [
    ("fz10-en-02", "conduct.dead_air", "fail"), ("fz10-en-02", "hold.permission", "na"),
    ("fz10-en-05", "conduct.dead_air", "pass"), ("fz10-en-05", "hold.permission", "fail"),
    ("fz10-ko-03", "conduct.dead_air", "pass"), ("fz10-ko-03", "hold.permission", "fail"),
    ("fz10-en-03", "conduct.overtalk", "fail"), ("fz10-ko-04", "conduct.overtalk", "pass"),
    ("fz10-tl-05", "conduct.overtalk", "fail")])
def test_frozen10_timing_in_sample(scorer, name, criterion, verdict):
    from qa.formats import load_call

    found = _verdicts(scorer, load_call(JUDGE / "frozen10" / f"{name}.json"))[criterion]
    assert found.verdict == verdict, found.reason


@pytest.mark.parametrize("opening, company", [
    ("Waste and recycling, you're through to Callum, how can I help?", None),
    ("Hi, you're through to Tessa, what can I do for you?", None),
    ("Hi, you're through to Brightwave Broadband, Omar speaking.", "Brightwave Broadband"),
    ("hi you're through to pldt home how can i help", "pldt home"),
    ("You're through to BT, how can I help?", "BT")])
def test_one_plain_word_after_through_to_is_a_person(opening, company):
    """"You're through to Callum" names who picked up, not a company; a company after "through to"
    is two words at least, an acronym, or holds an organisation word."""
    from qa.score.company import detector

    found = detector().find(opening)
    assert (found[0] if found else None) == company, found


OFFER = ["A: Magandang hapon po, Bayanihan Appliance Center, ako po si Liza. Ano po ang maitutulong ko?",
         "C: Yung installment ko po sa ref, overdue daw, e nagbayad na ako noong Lunes.",
         "A: Sige po, pakibigay po ng account number at buong pangalan.",
         "C: Zero four five five one two, Rosa Mendoza.",
         "A: Salamat po. Wala pa pong pumasok na bayad sa system, minsan po tatlong araw bago mag-post.",
         "C: Ay ganun po ba.", "A: {0}",
         "C: Hindi na po, pupunta na lang ako sa branch bukas.", "A: Sige po Ma'am, salamat po sa pagtawag."]


@pytest.mark.parametrize("said, verdict", [
    ("Automatic po kasi yung text pag lagpas na ng due date. Kung gusto n'yo po, magfa-file ako ng payment "
     "trace, tapos ise-send n'yo lang po sa amin yung picture ng resibo.", "fail"),  # tagged p 0.75
    ("May iba pa po ba akong maitutulong?", "pass")])
def test_an_offer_of_one_more_step_is_no_anything_else(scorer, said, verdict):
    """"Anything else?" asks for more (else / other / more, iba / pa, 더 / 다른); an offer to file a
    payment trace asks nothing of the kind."""
    found = _verdicts(scorer, scripted_call([line.format(said) for line in OFFER], "tl"))
    assert found["resolution.anything_else"].verdict == verdict, found["resolution.anything_else"].reason


def test_frozen10_offer_in_sample(scorer):
    from qa.formats import load_call

    found = _verdicts(scorer, load_call(JUDGE / "frozen10" / "fz10-tl-03.json"))["resolution.anything_else"]
    assert found.verdict == "fail", found.reason
