"""act — a dialogue act is performed (tagged per utterance by the multilingual act model).

Every turn in the window is tagged with the probability of each act (``qa/score/acts.py``: logistic
regression on multilingual-e5-small embeddings of the turn's sentences and the turn before it). The
check passes on the likeliest turn when its probability reaches ``min_probability``; it answers
``review`` when the best is only between ``unsure_probability`` and that (the model is not sure);
below, it fails. ``hints`` are phrases (same syntax as ``phrase``) that pass at once when said
exactly — a site's own script words. ``before: [acts]`` only counts turns said before the first
turn that performs one of those acts (by its own party) (identity asked before account work);
``after: [acts]`` only turns from the first such turn on (a check of the fix after the fix, a time
frame with or after the hand-off; all turns when none does; not words where an act of ``unless`` is
likelier: an identity question read as account work does no fix). The evidence is the deciding turn with
its time and the words (unit) that carried the act.

Words keep the model's guesses honest (``qa/score/shapes.py``): ``question: true`` counts only words
that ask something; ``answered_by: [acts]`` counts an agent question (act probability from
``answered_from``) whose caller's next turns (until the agent speaks again) perform one of those
acts ("Can you try again?" - "Yep, it works.") or, for confirms_fixed, say that the fix works;
``unless: [acts]`` drops words on which one of those acts is likelier (an
"anything else?" is not a check), and with ``keep_questions: true`` words that ask something count
all the same (an offer of help is a question, the agent's introduction is not), as do words carrying
one of ``keep_words`` (thanks needs a word of thanks); ``number: true``
counts only a turn that gives a reference number, and ``number_words`` said with one count at once;
``needs_words`` counts only words carrying one of the phrases (a thanks needs a word of thanks);
``not_answering: [acts]`` leaves out a turn said right after a caller's turn performing one of the
acts, but the window's last (a thanks for the details just given is no closing thanks);
``echoes: 0.25`` needs the act's words to repeat a quarter of what the caller said before (a
read-back), and ``echo_words`` said in a turn that repeats two or more of the caller's words count at
once when their sentence asks or ends on them ("...안 되시는 거 맞으시죠"; not "I've ordered the correct
tyres"); ``asked: true`` counts only a turn that asks the caller something (a read-back is put to the
caller, "..., right?", or the caller's next turn says yes to it; an explanation is not);
``not_organisation: true`` drops words that name an organisation and introduce no one.

Passing example::

    kind: act
    acts: [offers_help]
    window: {part: opening, turns: 2}
    # agent: "Hi, Northwind IT, what's going on today?"  -> pass (offers_help p=0.93)

Failing example::

    # agent: "Northwind IT." customer: "My VPN is down."  -> fail (offers_help p=0.04)

Act names: see ``qa.score.acts.ACTS`` (docs/rubrics.md lists them).
"""
from __future__ import annotations

import re
from functools import lru_cache

from qa.model import AGENT, CUSTOMER, FAIL, PASS, REVIEW
from qa.score.checks import Option
from qa.score.checks.common import ROLE, WINDOW, found, preview
from qa.score.context import CheckOutcome, split_sentences
from qa.score.nlp import flatten
from qa.score.outcome import says_fixed
from qa.score.shapes import confirms, echo_share, has_number, is_question, shared_words
from qa.score.text import evidence_of, is_spoken, looked_for, normalise

ID = "act"
OPTIONS = {
    "acts": Option("acts", required=True, help="one or more act names (any of them counts)"),
    "role": ROLE,
    "window": WINDOW,
    "hints": Option("phrases", None, help="exact phrases that count at once (phrase syntax)"),
    "before": Option("acts", None, help="only turns before the first turn that performs one of these acts"),
    "after": Option("acts", None, help="only turns from the first turn that performs one of these acts on (all "
                                       "turns when none does): a check of the fix comes after the fix"),
    "after_words": Option("phrases", None, help="with `after`: an own-party turn carrying one of these phrases "
                                                "(\"Done.\", \"naitama ko na\") also starts the turns that count, "
                                                "as a turn performing an `after` act does"),
    "not_answering": Option("acts", None, help="a turn right after a caller's turn performing one of these acts "
                                               "only answers it (\"Thanks.\" after the account number is no "
                                               "closing thanks); the agent's last turn still counts"),
    "question": Option("bool", False, help="only a question counts: the act's words (or their sentence) ask "
                                           "something (\"is it working now?\", \"okay na po ba\", \"-나요\")"),
    "asked": Option("bool", False, help="only a turn that asks the caller something counts: the act's words "
                                        "or the turn's last sentence ask (a read-back is put to the caller "
                                        "to confirm, \"..., right?\", or the caller's next turn says yes to it; an explanation is not)"),
    "answered_by": Option("acts", None, help="caller's acts that, in the caller's next turn, make an agent's "
                                             "question count as the act (\"Can you try again?\" - \"Yep, it "
                                             "went through.\")"),
    "plain_asks": Option("phrases", None, help="with answered_by: a turn that ends on one of these words asks "
                                           "though it has no question's shape, when the caller answers it (a "
                                           "Korean 해요체 question is said as its statement: \"문자 왔어요\" - "
                                           "\"어 왔어\")"),
    "answered_from": Option("number", 0.1, help="(0-1) the least act probability of a question that answered_by "
                                                "counts"),
    "unless": Option("acts", None, help="the act does not count on words where one of these acts is likelier "
                                        "(\"meron pa po ba kayong kailangan\" is anything else, not a check)"),
    "keep_words": Option("phrases", None, help="words carrying one of these phrases count whatever `unless` "
                                               "says (a thanks needs a word of thanks: \"salamat po sa inyong "
                                               "pagtawag sa ... Bank\" thanks, \"안녕하십니까 다올은행입니다\" not)"),
    "needs_words": Option("phrases", None, help="only words carrying one of these phrases count (a thanks needs a "
                                                "word of thanks: \"모아락커 콜센터예요\" or \"You're welcome.\" is none)"),
    "not_words": Option("phrases", None, help="words carrying one of these phrases do not count unless they carry "
                                              "a hint too (a desk or a branch, \"예약실이에요\", \"강남점입니다\", is "
                                              "no agent's name)"),
    "not_organisation": Option("bool", False, help="words that name an organisation and introduce no one "
                                                   "(qa/score/company.py) do not count (\"Thank you for calling "
                                                   "Ginto Pawnshop, how may I help you?\" gives no agent's name)"),
    "keep_questions": Option("bool", False, help="words that ask something count even where an act of "
                                                 "`unless` is likelier (an offer of help is a question; the "
                                                 "agent's introduction \"상담원 김지수입니다\" is not)"),
    "number": Option("bool", False, help="only a turn that gives a reference counts: 3+ digits, said one by one "
                                         "(en / tl / es / ko) or written, or a code of letters and digits"),
    "number_words": Option("phrases", None, help="phrases that count at once in a turn that also gives a "
                                                 "reference (\"claim\", \"접수\")"),
    "echo_words": Option("phrases", None, help="phrases that count at once in a turn that also repeats two or "
                                               "more of the caller's words (\"...날짜 선택이 안 되시는 거 맞으시죠\", "
                                               "\"... stolen in osaka, correct?\")"),
    "echoes": Option("number", None, help="(0-1) the act's words must repeat at least this share of what the "
                                          "caller said before (character trigrams)"),
    "min_probability": Option("number", None, help="act probability that counts (default: the rubric's "
                                                   "review.min_act_probability)"),
    "unsure_probability": Option("number", None, help="below min_probability but at least this: review "
                                                      "(default: the rubric's review.unsure_act_probability)"),
}


# Words of something the agent has done: "I've reset it", "we have updated", "done", Korean past endings
# ("등록했어요", "바꿨습니다", "됐고요"), Tagalog "… ko na" ("na-reset ko na po").
_DONE = re.compile(r"\b(?:i|we)(?:'ve|\s+have|\s+just)\b|\bdone\b|\bko\s+na\b|"
                   r"[었았했됐였렸웠꿨](?:어요|습니다|고요|는데요|네요|어)(?![가-힣])", re.IGNORECASE)


def cutoff(ctx, names, threshold: float, unless=None, first_answer_asks: bool = False):
    """The start of the first turn performing one of ``names`` (said by its own party), or None; not on
    words where an act of ``unless`` is likelier ("Can I have your card number and your birthday for
    verification?" read as account work p 0.68 is an identity question, no fix done).

    On a call with roles, agent turns before the caller first speaks are the opening: nothing has
    been asked for yet, so no work on the caller's behalf can happen there, and a greeting tagged as
    such ("감사합니다, 노스윈드 IT 서비스 데스크 김민지입니다." as account work, p 0.72) does not end the
    window of what must come first.

    With ``first_answer_asks`` the agent's first answer to the caller does no fix when the words that
    carried the act ask something and the turn says nothing done (``_DONE``): "Okay. Can you open the
    app for me, does it show online now?" (read as explaining a fix, p 0.65) asks the caller to look
    before anything was done; "… 지금 다시 등록했어요 지금 한번 다시 찍어 보시겠어요" did the fix first."""
    opened = ctx.caller_opened
    first = first_answer(ctx) if first_answer_asks else None
    hits = [h for h in ctx.act_hits(ctx.turns, names, own_party=True)
            if h[0] >= threshold and (opened is None or h[1].turn.start >= opened)
            and not (unless and outranked(h[1], h[2], unless))
            and not (first is not None and h[1].turn is first and asks(h[1], h[2]) and not _DONE.search(first.text))]
    return min((h[1].turn.start for h in hits), default=None)


def run(ctx, options: dict):
    low = options["min_probability"] if options["min_probability"] is not None else ctx.act_pass
    unsure = options["unsure_probability"] if options["unsure_probability"] is not None else ctx.act_unsure
    window = ctx.window(options["role"], options["window"])
    turns = window.turns
    limit = cutoff(ctx, options["before"], low) if options["before"] else None
    if limit is not None:
        turns = tuple(t for t in turns if t.start <= limit)
    since = cutoff(ctx, options["after"], low, options["unless"], first_answer_asks=True) if options["after"] else None
    if options["after"] and options["after_words"]:
        said_done = said_after_opening(ctx, options["after_words"], options["role"])
        if said_done is not None and (since is None or said_done < since):
            since = said_done
    if since is None and options["after"]:
        since = past_first_answer(ctx)
    if since is not None:
        turns = tuple(t for t in turns if t.start >= since)
    if options["not_answering"]:
        turns = not_answering(ctx, turns, options["not_answering"], unsure)
    names = " / ".join(options["acts"])
    said = said_at_once(ctx, turns, options, window)
    if said is not None:
        return said
    ranked = honest(ctx, ctx.act_hits(turns, options["acts"]), options)
    uses_roles = window.role is not None
    where = window.label + (f", before {limit:.1f}s" if limit is not None else "") + (
        f", from {since:.1f}s" if since is not None else "")
    if ranked and ranked[0][0] >= low:
        p, tagged, act = ranked[0]
        unit = tagged.unit(act)
        return CheckOutcome(PASS, f'{act} (p={p:.2f}): "{unit}" at {tagged.turn.start:.1f}s',
                            (evidence_of(tagged.turn, f"{act} p={p:.2f}: {unit}"),),
                            ctx.probability(tagged.turn, unit), turns, uses_roles)
    if options["answered_by"]:
        # The question may be another sentence of the turn than the act's words (answered_question)
        # ... and the answer shows what it was for: only another act the model counts (p >= low) outranks
        # it, not one it is unsure of ("Can you refresh the app and check if your classes are showing?"
        # read as anything else p 0.52, answered "yes it's there na")
        askable = honest(ctx, ctx.act_hits(turns, options["acts"]), {**options, "question": False}, low)
        answered = answered_question(ctx, askable, options["answered_by"], options["answered_from"], low,
                                     options["unless"] or (), unsure, options["plain_asks"])
        if answered:
            (p, tagged, act), (reply, answer, how) = answered
            unit = tagged.unit(act)
            return CheckOutcome(PASS, f'{act} (p={p:.2f}), answered {answer}: "{unit}" at {tagged.turn.start:.1f}s, '
                                      f'the caller: "{reply.turn.text.strip()[:80]}"',
                                (evidence_of(tagged.turn, f"{act} p={p:.2f}: {unit}"),
                                 evidence_of(reply.turn, f"{answer} {how}")),
                                ctx.probability(tagged.turn, unit), turns, uses_roles)
    if ranked and ranked[0][0] >= unsure:
        p, tagged, act = ranked[0]
        unit = tagged.unit(act)
        return CheckOutcome(REVIEW, f'unsure whether {act}: "{unit}" at {tagged.turn.start:.1f}s has '
                                    f"p={p:.2f} (counts from {low:g})",
                            (evidence_of(tagged.turn, f"{act} p={p:.2f}: {unit}"),), None, turns, uses_roles)
    best = f" (best p={ranked[0][0]:.2f})" if ranked else ""
    what = f"{preview(options['hints'])} or the act {names}" if options["hints"] else f"the act {names}"
    return CheckOutcome(FAIL, f"no {names} in {where}{best}",
                        (looked_for(since if since is not None else window.start,
                                    limit if limit is not None else window.end, what, where),),
                        None, turns, uses_roles)


def first_answer(ctx):
    """The agent's first turn after the caller first spoke, or None."""
    opened = ctx.caller_opened
    if opened is None:
        return None
    return next((t for t in ctx.turns if t.role == AGENT and t.start > opened), None)


def said_after_opening(ctx, phrases, role) -> float | None:
    """The start of the first turn of ``role`` ("any": either party's) after the caller first spoke that
    carries one of ``phrases``, or None: "March ninth it is. Done. Can you check the portal?" says the
    work done where the act model reads no account action, so its own check counts."""
    opened = ctx.caller_opened
    if opened is None:
        return None
    own = [t for t in ctx.turns if (role in (None, "any") or t.role == role) and t.start > opened]
    return min((hit[0].start for hit in ctx.find(own, phrases)), default=None)


def past_first_answer(ctx) -> float | None:
    """The start of the turn after the agent's first answer to the caller, or None: when no turn
    performs an ``after`` act, the agent's first answer to the problem still did nothing ("Oh no. Is
    it still doing it, is it working now?" asked before any fix is no check of one)."""
    opened = ctx.caller_opened
    if opened is None:
        return None
    first = next((i for i, t in enumerate(ctx.turns) if t.role == AGENT and t.start > opened), None)
    if first is None or first + 1 >= len(ctx.turns):
        return None
    return ctx.turns[first + 1].start


def not_answering(ctx, turns, names, threshold: float) -> tuple:
    """``turns`` less those said right after a caller's turn that may perform one of ``names`` (from
    the unsure ``threshold``: "Four four seven one." is gives_identity p 0.47), except the last of
    them: a thanks for the details just given is no closing thanks."""
    spoken = [t for t in ctx.turns if is_spoken(t.text)]
    answering = set()
    for before, turn in zip(spoken, spoken[1:]):
        tagged = ctx.acts.get(id(before)) if before.role == CUSTOMER and turn.role != CUSTOMER else None
        if tagged is not None and max(tagged.p(n) for n in names) >= threshold:
            answering.add(id(turn))
    return tuple(t for t in turns[:-1] if id(t) not in answering) + tuple(turns[-1:])


def said_at_once(ctx, turns, options: dict, window) -> CheckOutcome | None:
    """A pass on words that count at once: hints, reference words said with a number, confirmation
    words said repeating the caller; None when none was said."""
    if options["hints"]:
        hits = ctx.find(turns, options["hints"])
        if options["not_organisation"]:  # "감사합니다 루미네일입니다": a shop's name said with a copula
            hits = [hit for hit in hits if not organisation_only(hit[1])]
        if options["number"]:  # a reference promised is none given: "접수번호는 문자로 드릴게요"
            hits = [hit for hit in hits if has_number(hit[0].text)]
        if hits:
            return found(ctx, hits, window, "said")
    if options["number_words"]:
        hits = [hit for hit in ctx.find(turns, options["number_words"]) if has_number(hit[0].text)]
        if hits:
            return found(ctx, hits, window, "said with a reference")
    if options["echo_words"]:
        hits = [hit for hit in ctx.find(turns, options["echo_words"])
                if echoed_back(ctx, hit[0], options["echo_words"])]
        if hits:
            return found(ctx, hits, window, "said repeating the caller")
    return None


def asked_back(ctx, turn, phrases) -> bool:
    """Whether a sentence of ``turn`` carries one of ``phrases`` as a question: the sentence asks
    something or ends on them (a tag said without a question mark: "..., correct", "..., tama po").
    "I've ordered the correct tyres" confirms nothing."""
    flat = flatten(phrases)
    for sentence in _sentences(turn.text):
        found = ctx.analyzer.find(sentence, flat, ctx.lang)
        if found and (is_question(sentence) or _words_end(sentence, found[0])):
            return True
    return False


def echoed_back(ctx, turn, phrases, least: int = 2) -> bool:
    """Whether a sentence of ``turn`` asks back with one of ``phrases`` (:func:`asked_back`) after the
    turn, up to and with that sentence, repeats ``least`` or more of the caller's words. A read-back
    comes before its question ("Laptop NWL7412, error 809. Correct?"); what the agent says after the
    question ("Is this Dana's account, right? I see a payment last night that failed ...") is what the
    account shows, not the caller's problem put to them."""
    flat = flatten(phrases)
    said = [t.text for t in ctx.turns if t.role == CUSTOMER and t.start < turn.start]
    upto = []
    for sentence in _sentences(turn.text):
        upto.append(sentence)
        found = ctx.analyzer.find(sentence, flat, ctx.lang)
        if found and (is_question(sentence) or _words_end(sentence, found[0])) \
                and shared_words(" ".join(upto), said) >= least:
            return True
    return False


def _words_end(sentence: str, words: str) -> bool:
    """Whether ``sentence`` ends on ``words`` (punctuation and case aside)."""
    tail = normalise(words)
    return bool(tail) and normalise(sentence).endswith(tail)


def honest(ctx, ranked: list, options: dict, floor: float = 0.0) -> list:
    """The act model's hits (probability, tagged turn, act) that the words bear out (module docstring);
    an act of ``unless`` outranks only from ``floor``."""
    if options["question"]:
        ranked = [hit for hit in ranked if asks(hit[1], hit[2])]
    if options["asked"]:
        ranked = [hit for hit in ranked if asks(hit[1], hit[2]) or ends_asking(hit[1].turn.text)
                  or confirmed(ctx, hit[1].turn)]
    if options["needs_words"]:
        wanted = flatten(options["needs_words"])
        ranked = [hit for hit in ranked if carries(ctx, hit[1], hit[2], wanted)]
    if options["not_words"]:
        ranked = [hit for hit in ranked if not unwanted(ctx, hit[1], hit[2], options)]
    if options["not_organisation"]:
        ranked = [hit for hit in ranked if not organisation_only(hit[1].unit(hit[2]), hit[1].turn.text)]
    if options["unless"]:
        ranked = [hit for hit in ranked if not outranked(hit[1], hit[2], options["unless"], floor)
                  or kept(ctx, hit, options)]
    if options["number"]:
        ranked = [hit for hit in ranked if has_number(hit[1].turn.text)]
    if options["echoes"] is not None:
        ranked = [hit for hit in ranked if echoes(ctx, hit[1], hit[2]) >= options["echoes"]]
    return ranked


def carries(ctx, tagged, act: str, phrases) -> bool:
    """Whether the words that carried ``act``, or the sentence they were cut from, carry one of
    ``phrases``: a 12-word window of a long sentence can leave the word that decides out ("on Monday's
    truck" of "Our warehouse will ship a full replacement package, queen included, on Monday's truck,
    and it'll be with you by Wednesday.")."""
    unit = tagged.unit(act)
    return any(ctx.analyzer.find(text, phrases, ctx.lang) for text in (unit, *_cut_from(tagged.turn.text, unit)))


def unwanted(ctx, tagged, act: str, options: dict) -> bool:
    """Whether the words that carried ``act``, or the sentence they were cut from, carry one of
    ``not_words`` and none of the hints of the call's language. A 12-word window of a long sentence
    can leave the words that decide out ("number on the pass account, so I've got your pass up." of
    "I see you're calling from the number on the pass account, ...")."""
    hints = options["hints"] or ()
    hints = hints.get(ctx.lang, ()) if isinstance(hints, dict) else hints
    unit = tagged.unit(act)
    return any(ctx.analyzer.find(text, flatten(options["not_words"]), ctx.lang) and not (
        hints and ctx.analyzer.find(text, tuple(hints), ctx.lang)) for text in (unit, *_cut_from(tagged.turn.text, unit)))


def _cut_from(text: str, unit: str) -> tuple[str, ...]:
    """The sentences of the turn ``text`` that hold the start of ``unit`` (the words an act was read on)."""
    head = " ".join(unit.split()[:3])
    return tuple(sentence for sentence in _sentences(text) if head and head in sentence)


def organisation_only(unit: str, turn: str = "") -> bool:
    """Whether ``unit`` names an organisation and introduces no person ("감사합니다 봄빛산후조리원입니다",
    "hello po pisonet solutions po ito"; not "Meridian Health, Tom speaking"); with the whole ``turn``,
    also words that are only the organisation the turn names ("Bayanihan Tents and Chairs po" of "Hello
    po, Bayanihan Tents and Chairs po, ano pong kailangan nila?": its name is found in the turn's phrasing,
    not in the words alone) when the turn introduces no one."""
    from qa.score.company import detector

    found = detector()
    if found.find(unit) is not None and found.person(unit) is None:
        return True
    named = found.find(turn) if turn else None
    if named is None or found.person(turn) is not None:
        return False
    words = {w.lower() for w in re.findall(r"[^\W_]+", unit)} - {"po", "ho", "opo"}
    return bool(words) and words <= {w.lower() for w in re.findall(r"[^\W_]+", named[0])}


def kept(ctx, hit, options: dict) -> bool:
    """Whether the words that carried the act keep it although another act is likelier on them: they
    ask something (``keep_questions``) or carry one of ``keep_words``."""
    unit = hit[1].unit(hit[2])
    if options["keep_questions"] and is_question(unit):
        return True
    return bool(options["keep_words"]) and bool(ctx.analyzer.find(unit, flatten(options["keep_words"]), ctx.lang))


def asks(tagged, act: str) -> bool:
    """Whether the words that carried ``act`` ask something, or the sentence they are in does."""
    unit = tagged.unit(act)
    return is_question(unit) or any(is_question(sentence) for sentence in _cut_from(tagged.turn.text, unit))


def confirmed(ctx, turn, until: float | None = None) -> bool:
    """Whether the caller's next spoken turn (starting by ``until`` when given) says yes to ``turn``: a
    read-back whose question mark the recogniser lost ("... to confirm Acrobat Pro on laptop NWL503." -
    "Yes, exactly.") was put to them."""
    spoken = [t for t in ctx.turns if is_spoken(t.text)]
    after = next((t for t in spoken if t.start > turn.start and t.role != turn.role), None)
    return after is not None and after.role == CUSTOMER and (until is None or after.start <= until) \
        and confirms(after.text)


def ends_asking(text: str) -> bool:
    """Whether the last sentence of a turn asks something."""
    sentences = _sentences(text)
    return bool(sentences) and is_question(sentences[-1])


@lru_cache(maxsize=50_000)
def _words(unit: str) -> frozenset[str]:
    return frozenset(unit.lower().split())


@lru_cache(maxsize=50_000)
def _sentences(text: str) -> tuple[str, ...]:
    return tuple(split_sentences(text))


def outranked(tagged, act: str, others, floor: float = 0.0) -> bool:
    """Whether one of ``others`` is likelier on the same words as ``act`` (the units that carried them
    share half their words: overlapping windows of one long turn, or a sentence and its clause)."""
    words = _words(tagged.unit(act))
    for other in others:
        theirs = _words(tagged.unit(other))
        shared = len(words & theirs) / max(1, min(len(words), len(theirs)))
        if shared >= 0.5 and tagged.p(other) > tagged.p(act) and tagged.p(other) >= floor:
            return True
    return False


def echoes(ctx, tagged, act: str) -> float:
    """The share of the act's words, and of the rest of its turn after them, that repeat what the
    caller said before that turn: the act often rests on the cue alone ("To confirm,") and the
    repeated words follow it ("laptop NWL7412, error 809, ... Correct?")."""
    said = [t.text for t in ctx.turns if t.role == CUSTOMER and t.start < tagged.turn.start]
    unit, text = tagged.unit(act), tagged.turn.text
    at = text.find(unit)
    return echo_share(text[at:] if at >= 0 else unit, said)


def repeats(ctx, turn) -> int:
    """How many of the caller's words (said before ``turn``) the turn repeats."""
    return shared_words(turn.text, [t.text for t in ctx.turns if t.role == CUSTOMER and t.start < turn.start])


def answered_question(ctx, ranked, answers, least: float, low: float, unless=(), unsure: float = 0.0,
                      plain=None):
    """The likeliest agent question (act probability at least ``least``) whose caller's next turn
    performs one of ``answers`` at ``low`` or more: ((p, tagged, act), (reply, answer, how)), else None.
    A check is often phrased as a request the caller answers ("Can you try sending it again?" -
    "Yep, it went through."): the answer shows what the question was for. The caller answers what
    the turn asked last: a turn that ends asking counts though the act's words are another sentence
    ("확인했습니다 ... 지금 등록했습니다 다시 한번 들어가 보시겠어요" - "어 열렸어요 됐네요"), also
    after a "잠깐만요" of the caller's (:func:`replies_to`). A caller's words that say the fix works
    (the outcome's resolved cue phrases: "열렸어요", "it works now", "gumagana na") confirm it whatever
    the act model reads on them ("어 초록불 들어왔어요 열렸어요": account_action p 0.89).

    When the act model is not even unsure of the act on the turn (below ``unsure``) and reads the
    turn's question as an act of ``unless`` ("Perfect, you're all set then. Anything else I can help
    with today?" - "No."; "Billing desk, this is Joel, how can I help?" - "... It's under dana dot
    reyes at hotmail dot com."), the caller answers that question: no check, no identity question.

    A turn that ends on one of ``plain`` (phrases) asks too when the caller answers it: a Korean 해요체
    question is said as its statement ("지금 카드 취소 문자 왔어요" - "어 왔어"), and the caller's yes or
    no that repeats its verb ("왔어", "안 왔어") answers it whatever the act model reads on it; only once
    the agent has said something done (:func:`done_by`): "... 한 장이요 지금 화면에 호차 나와요" asked
    while looking the booking up checks no fix."""
    index_of = {id(turn): index for index, turn in enumerate(ctx.turns)}
    plain = flatten(plain) if plain else []
    for p, tagged, act in ranked:
        if p < least:
            break
        index = index_of.get(id(tagged.turn))
        said_plainly = ends_on(tagged.turn.text, plain) if index is not None and done_by(ctx, index) else None
        if index is None or not (asks(tagged, act) or ends_asking(tagged.turn.text) or said_plainly):
            continue
        if p < unsure and any(tagged.p(other) >= low and asks(tagged, other) for other in unless):
            continue
        replies = [ctx.acts[id(t)] for t in replies_to(ctx.turns, index) if id(t) in ctx.acts]
        if not replies:
            continue
        echo = said_plainly and next(((r, echoed) for r in replies[:1]
                                      for echoed in [verb_echo(r.turn.text, said_plainly)] if echoed), None)
        if echo:
            return (p, tagged, act), (echo[0], "an answer", f'repeating "{echo[1]}"')
        tagged_reply, answer = max(((r, a) for r in replies for a in answers), key=lambda ra: ra[0].p(ra[1]))
        if tagged_reply.p(answer) >= low:
            return (p, tagged, act), (tagged_reply, answer, f"p={tagged_reply.p(answer):.2f}")
        if "confirms_fixed" in answers:
            said = next(((r, words) for r in replies for words in [says_fixed(r.turn, answering=True)] if words), None)
            if said:
                return (p, tagged, act), (said[0], "confirms_fixed", f'said: "{said[1]}"')
    return None


def done_by(ctx, index: int) -> bool:
    """Whether an agent turn up to ``ctx.turns[index]`` says something done (``_DONE``: "취소 완료됐어요",
    "I've reset it", "na-reset ko na po")."""
    return any(t.role == AGENT and _DONE.search(t.text) for t in ctx.turns[:index + 1])


def ends_on(text: str, phrases: list[str]) -> str | None:
    """The one of ``phrases`` that the last sentence of ``text`` ends on, else None."""
    sentences = _sentences(text)
    return next((p for p in phrases if sentences and _words_end(sentences[-1], p)), None) if phrases else None


def verb_echo(reply: str, asked: str) -> str | None:
    """The word of the caller's ``reply`` (its first three words) that repeats the verb ``asked`` ends on,
    the 해요체 "-요" dropped ("왔어요" - "어 왔어", "나와요" - "네 나와요"), else None."""
    stem = normalise(asked).split()[-1].removesuffix("요") if normalise(asked) else ""
    if len(stem) < 2:
        return None
    return next((w for w in normalise(reply).split()[:3] if w.startswith(stem)), None)


def replies_to(turns, index: int, most: int = 3) -> list:
    """The caller's turns that answer the agent's turn ``turns[index]``: the next caller turn within two
    turns, and the caller's turns right after it until the agent speaks again (at most ``most``): a
    caller asked to try again often says "잠깐만요" / "hang on" first and the result after it."""
    start = next((i for i in range(index + 1, min(index + 3, len(turns))) if turns[i].role == CUSTOMER), None)
    if start is None:
        return []
    out = []
    for turn in turns[start:start + most]:
        if turn.role != CUSTOMER:
            break
        out.append(turn)
    return out
