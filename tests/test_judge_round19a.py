"""Round 19a of the learned judge (issue 10; docs/rubrics.md, "Nineteenth round (a)"): frozen19's
non-outcome causes, as general help-desk rules. A desk named for what a court or an election office
handles ("Court Services") and an office named for its task ("Opisina ng Asesor") name no company; a
business said first as one word before "<Name> speaking", or run into the agent's "si <name>" with no
comma, and a Korean place's name before its long kind said with the copula are the business; an
apology for earlier and the hours a booking or a place runs to are no time frame; a plan said with
"you'll have the ..." asks nothing; the agent saying the work done starts the turns a check may come in;
"natanggap na po ba" checks that what was sent arrived; "ililipat ko po kayo" is a transfer. frozen19 is
in-sample since this round; every sentence here is new wording."""
from __future__ import annotations

import pytest

from synthetic import scripted_call
from test_judge_round14b import _verdicts, scorer  # noqa: F401 - the helpdesk_acts scorer fixture
from test_judge_round18b import _options
from test_judge_round18b import test_a_past_day_is_no_time_frame as _time_frame_dropped


# --- company --------------------------------------------------------------------------------------


@pytest.mark.parametrize("opening, company", [
    # a desk of a court or an election office, and an office named for its task: no company
    ("Court Services, Ben speaking, how can I help?", None),
    ("Elections Office, this is Raul.", None),
    ("Magandang hapon po. Opisina ng Asesor, si Ginoong Reyes po ito.", None),
    ("Tanggapan ng Lisensya sa Negosyo, si Ana po ito. Ano po ang maipaglilingkod ko?", None),
    # ... unless an organisation is named with the office
    ("Magandang araw po. Tanggapan ng Kalusugan ng Lungsod ng Tarlac, si Nars Joy po ito.", "Lungsod ng Tarlac"),
    # one capitalised word said first, before the agent's "<Name> speaking": the business
    ("Larkspur, Nina speaking.", "Larkspur"),
    ("Hello, Nina speaking.", None),
    # the business run into the agent's introduction with no comma (text-speak, ASR-like)
    ("gud pm po lakas solar and batteries si mika po to, ano po problema", "lakas solar batteries"),
    # a Korean place's name, then its long kind with the copula
    ("네 감사합니다 솔숲마을 수목장추모공원입니다", "솔숲마을 수목장추모공원입니다"),
])
def test_offices_and_businesses_said_first(opening, company):
    from qa.score.company import detector

    found = detector().find(opening)
    assert (found[0] if found else None) == company, found


def test_text_speak_to_ends_the_agents_name():
    from qa.score.company import detector

    assert detector().person("gud pm po lakas solar and batteries si mika po to, ano po problema") == "mika"


@pytest.mark.parametrize("unit, turn, only", [
    # the words are the organisation the whole turn names, and nobody is introduced
    ("Bayanihan Tents and Chairs po", "Hello po, Bayanihan Tents and Chairs po, ano pong kailangan nila?", True),
    ("Sol speaking", "Bayanihan Tents, Sol speaking", False),
])
def test_a_business_named_by_the_turn_introduces_no_agent(unit, turn, only):
    from qa.score.checks.act import organisation_only

    assert organisation_only(unit, turn) == only


# --- time frames: an apology for earlier, a place's hours -------------------------------------------


@pytest.mark.parametrize("said, lang, dropped", [
    ("Thanks for bearing with us, and sorry for how this morning went.", "en", True),
    ("Again, apologies, that mix-up was earlier today, not on your side.", "en", True),
    ("Your hall hire is the full package, music until eleven at night.", "en", True),
    ("pasensya na po talaga sa nangyari kanina sa pickup nyo", "tl", True),
    ("주말에는 저녁 일곱 시까지 운영합니다", "ko", True),
    # a time frame is still one
    ("The crew will call you back this afternoon", "en", False),
    ("tatawagan po kayo ng supervisor namin bukas ng umaga", "tl", False),
])
def test_an_apology_or_opening_hours_is_no_time_frame(scorer, said, lang, dropped):
    # round 18b's check of a time frame said in an agent's turn, on this round's words
    _time_frame_dropped(scorer, said, lang, dropped)


# --- a plan said with "you'll have the ..." asks nothing ---------------------------------------------


@pytest.mark.parametrize("said, asks", [
    ("the surveyor will measure it on tuesday and youll have the quote by friday", False),
    ("We'll have the replacement couriered out, you'd have the tracking link tonight.", False),
    ("Have the replacement parts arrived yet", True),
    ("okay can you try the code again", True),
])
def test_a_contracted_subject_before_have_is_a_statement(said, asks):
    from qa.score.shapes import is_question

    assert is_question(said) == asks


# --- validation: the work said done, what was sent checked ------------------------------------------


def test_a_check_in_the_turn_that_says_the_work_done(scorer):
    lines = ["A: Permit desk at Halden Marina, Joe speaking, what can I do for you?",
             "C: Hi, my boat slip renewal shows unpaid but I paid it last week, slip forty two.",
             "A: Okay, can I have the slip number and the name on the permit?",
             "C: Forty two, under Carla Mendes.",
             "A: Thanks, Carla.",
             "C: So can you move it to forty two?",
             "A: Yep. Slip forty two it is. Done. Could you refresh the marina app and tell me if it shows paid?",
             "C: Hold on.",
             "C: Yes, says paid.",
             "A: Great, thanks for calling, bye."]
    found = _verdicts(scorer, scripted_call(lines))["resolution.validate"]
    assert found.verdict == "pass", found.reason


def test_whether_what_was_sent_arrived_checks_the_fix(scorer):
    lines = ["A: Magandang hapon po, salamat sa pagtawag sa Bantay Lisensya, si Carlo po ito. Ano po ang maitutulong ko?",
             "C: Magandang hapon po. Hindi ko po natanggap ang resibo ng bayad ko sa renewal.",
             "A: Maaari ko po bang malaman ang inyong pangalan at numero ng lisensya?",
             "C: Teresa Villanueva po, L apat lima anim.",
             "A: Salamat po. Ipinadala ko na po ulit ang resibo sa inyong email. May natanggap na po ba kayong email?",
             "C: Teka po, bubuksan ko.",
             "[gap 4]",
             "C: Meron na po, nandito na.",
             "A: Salamat po sa pagtawag."]
    found = _verdicts(scorer, scripted_call(lines, "tl"))["resolution.validate"]
    assert found.verdict == "pass", found.reason


def test_the_work_said_done_starts_the_turns_a_check_may_come_in(scorer):
    """The act model may read no account action on "Done." (frozen19's juror portal): the phrase itself
    starts the turns in which a check counts (the calls above pass either way: controls)."""
    from qa.score.checks.act import said_after_opening

    lines = ["A: Hi, Halden Marina permits, Joe here.", "C: My slip payment went to the wrong slip.",
             "A: Okay.", "C: Can you move it?", "A: Yep. Done. Does the app show it paid?", "C: Yes."]
    ctx = scorer.context(scripted_call(lines))
    start = said_after_opening(ctx, _options(scorer, "resolution.validate")["after_words"], "agent")
    assert start == next(t.start for t in ctx.turns if t.text.startswith("Yep. Done."))


@pytest.mark.parametrize("said", ["Natanggap n'yo na po ba yung text namin?", "dumating n po b ung email?"])
def test_whether_what_was_sent_arrived_is_a_check_hint(scorer, said):
    from qa.score.nlp import TextAnalyzer, flatten

    hints = _options(scorer, "resolution.validate")["hints"]
    assert TextAnalyzer().find(said, tuple(flatten(hints)), "tl") is not None


# --- Tagalog: the caller put through, or what the desk's people will bring, is the next step -----------------------------------------------


@pytest.mark.parametrize("said", ["Sige po, ililipat ko po kayo sa aming billing.",
                                  "ok po transfer ko n po kau sa supervisor",
                                  # what the desk's people will bring, and who
                                  "ihahatid na po ng rider namin yung kapalit na cake mamayang alas-singko"])
def test_a_transfer_or_delivery_said_in_tagalog_is_the_next_step(scorer, said):
    from qa.score.nlp import TextAnalyzer, flatten

    hints = _options(scorer, "escalation.next_steps")["hints"]
    assert TextAnalyzer().find(said, tuple(flatten(hints)), "tl") is not None
