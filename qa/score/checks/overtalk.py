"""overtalk — the agent and the caller talk over each other for at most ``max_seconds`` in total.

Uses the ``overlap`` flag diarization puts on words, else overlapping turns of different speakers.
With ``who: agent`` only the agent's talking over the caller counts (``customer``: the caller's), each stretch from its first
overlapping word to its last (what an analyst times); the default counts everyone's overlapping words.

Passing example::

    kind: overtalk
    max_seconds: 4
    # 1.2 s of overlapping speech in the call  -> pass

Failing example::

    # the agent keeps talking over the caller: 9.8 s of overlap  -> fail
"""
from __future__ import annotations

from qa.model import FAIL, PASS
from qa.score.checks import Option
from qa.score.context import CheckOutcome
from qa.score.text import evidence_of, looked_for
from qa.score.timing import talked_over_seconds

ID = "overtalk"
OPTIONS = {"max_seconds": Option("number", 4.0, help="most overlapping speech allowed, in seconds"),
           "who": Option("role", "any", help="whose talking over counts: any (everyone's overlapping words), "
                                             "or agent / customer (that side's stretches)")}


def run(ctx, options: dict):
    seconds = ctx.metrics["overtalk_seconds"]
    if options["who"] != "any" and ctx.has_roles:
        seconds = round(talked_over_seconds(ctx.turns, options["who"]), 2)
    if seconds <= options["max_seconds"]:
        return CheckOutcome(PASS, f"{seconds:.1f} s of overtalk (limit {options['max_seconds']:g} s)")
    over = [t for t in ctx.turns if (t.overlap or any(w.overlap for w in t.words))
            and options["who"] in ("any", t.role)]
    evidence = tuple(evidence_of(t, "overlapping speech") for t in over[:3]) or (
        looked_for(0.0, ctx.call.duration, "overlapping speech"),)
    return CheckOutcome(FAIL, f"{seconds:.1f} s of overtalk (limit {options['max_seconds']:g} s)", evidence)
