"""hold — before each hold (or long silent check) the agent asked the caller's permission.

n/a when the call has no hold. A hold is a silence of ``min_silence`` seconds after the agent
announces it ("one moment", "잠시만요", "saglit lang po"), or one the agent ends by thanking the caller
for holding; a silence of ``long_silence`` seconds with no announcement is a silent check (a hold
without permission). Permission is asked in the ``before_seconds`` before the silence.

Passing example::

    kind: hold
    permission: ["may I put you on hold", "can you hold"]
    # agent: "May I put you on hold for two minutes?" customer: "Sure." [45 s silence] -> pass

Failing example::

    # agent: "Hold on." [45 s silence]  -> fail (announced, never asked)
    # agent: "I'm going to put you on hold." [45 s silence]  -> fail with asked_permission:
    #        ["put you on ~ hold"] (announced; "Can I put you on hold?" asks)
"""
from __future__ import annotations

from qa.model import AGENT, FAIL, NA, PASS
from qa.score.checks import Option
from qa.score.checks.act import _sentences, asks, confirmed
from qa.score.shapes import is_question
from qa.score.checks.common import preview
from qa.score.context import CheckOutcome
from qa.score.nlp import flatten
from qa.score.text import evidence_of, looked_for

ID = "hold"
OPTIONS = {
    "permission": Option("phrases", required=True, help="how agents ask to put the caller on hold"),
    "min_silence": Option("number", 8.0, help="shortest announced silence that is a hold"),
    "long_silence": Option("number", 20.0, help="an unannounced silence this long is a silent check"),
    "before_seconds": Option("number", 30.0, help="how long before the hold permission may be asked"),
    "announce": Option("phrases", None, help="how agents announce a hold (default: built-in EN/KO/TL cues)"),
    "acts": Option("acts", None, help="acts that ask permission too (e.g. [asks_hold], from the act model)"),
    "asked_permission": Option("phrases", None, help="phrases that ask permission only in a sentence that asks "
                                                     "(\"Can I put you on hold?\"; \"I'm going to put you on hold\" "
                                                     "announces it)"),
}


def run(ctx, options: dict):
    holds = ctx.holds(options["announce"], min_silence=options["min_silence"],
                      long_silence=options["long_silence"])
    if not holds:
        return CheckOutcome(NA, "not applicable: no hold or long silent check in the call")
    evidence, missing, probs, searched = [], [], [], []
    for gap, announcement in holds:
        before = tuple(t for t in ctx.turns if gap.start - options["before_seconds"] <= t.start <= gap.start
                       and (not ctx.has_roles or t.role == AGENT))
        searched += before
        asked = ctx.find(before, options["permission"])
        if not asked and options["asked_permission"]:
            asked = [hit for hit in ctx.find(before, options["asked_permission"])
                     if asks_in_sentence(ctx, hit[0], options["asked_permission"])]
        if not asked and options["acts"]:
            # ... and the act's words ask (or the caller says yes before the hold): an announced hold
            # is read as asks_hold too (p 0.9+).
            tagged = [h for h in ctx.act_hits(before, options["acts"]) if h[0] >= ctx.act_pass
                      and (asks(h[1], h[2]) or confirmed(ctx, h[1].turn, until=gap.start))]
            asked = [(h[1].turn, h[1].unit(h[2]), h[2]) for h in sorted(tagged, key=lambda h: h[1].turn.start)]
        if asked:
            turn, matched, _ = asked[-1]
            evidence.append(evidence_of(turn, matched))
            probs.append(ctx.probability(turn, matched))
        else:
            missing.append(gap)
            what = "announced hold" if announcement is not None else "silent check"
            evidence.append(looked_for(gap.start - options["before_seconds"], gap.start,
                                       preview(options["permission"]),
                                       f"{what} of {gap.duration:.0f} s at {gap.start:.0f}s"))
    if missing:
        return CheckOutcome(FAIL, f"{len(missing)} of {len(holds)} hold(s) without asking permission "
                                  f"(first at {missing[0].start:.0f}s, {missing[0].duration:.0f} s)",
                            tuple(evidence), None, tuple(searched), True)
    known = [p for p in probs if p is not None]
    return CheckOutcome(PASS, f"permission asked before all {len(holds)} hold(s)", tuple(evidence),
                        min(known) if known else None, tuple(searched), True)


def asks_in_sentence(ctx, turn, phrases) -> bool:
    """Whether a sentence of ``turn`` that carries one of ``phrases`` asks something. Unlike a tag
    (``asked_back``), a hold phrase that ends its sentence does not ask: "Let me put you on a quick
    hold." announces the hold; "Can I put you on a quick hold?" asks."""
    flat = flatten(phrases)
    return any(ctx.analyzer.find(sentence, flat, ctx.lang) and is_question(sentence)
               for sentence in _sentences(turn.text))
