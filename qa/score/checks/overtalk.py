"""overtalk — the agent and the caller talk over each other for at most ``max_seconds`` in total.

Uses the ``overlap`` flag diarization puts on words, else overlapping turns of different speakers.

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

ID = "overtalk"
OPTIONS = {"max_seconds": Option("number", 4.0, help="most overlapping speech allowed, in seconds")}


def run(ctx, options: dict):
    seconds = ctx.metrics["overtalk_seconds"]
    if seconds <= options["max_seconds"]:
        return CheckOutcome(PASS, f"{seconds:.1f} s of overtalk (limit {options['max_seconds']:g} s)")
    over = [t for t in ctx.turns if t.overlap or any(w.overlap for w in t.words)]
    evidence = tuple(evidence_of(t, "overlapping speech") for t in over[:3]) or (
        looked_for(0.0, ctx.call.duration, "overlapping speech"),)
    return CheckOutcome(FAIL, f"{seconds:.1f} s of overtalk (limit {options['max_seconds']:g} s)", evidence)
