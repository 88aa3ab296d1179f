"""dead_air — no silence longer than ``max_seconds`` outside a hold.

Silences come from word times (gaps in everyone's speech); holds (announced, or closed with "thank
you for holding") are not dead air, and an announced silence is a hold from ``max_seconds`` on ("One
sec." then 7 s). Only silence while the agent is on the call counts: from the agent's first utterance
to the last one, so an IVR prompt and queue music before the agent picks up
are not dead air (calls without roles are measured from the first utterance).

Passing example::

    kind: dead_air
    max_seconds: 5
    # longest silence 2.1 s, and a 40 s announced hold  -> pass

Failing example::

    # 9.3 s of silence after the customer asks a question, no hold announced  -> fail
"""
from __future__ import annotations

from qa.model import FAIL, PASS
from qa.score.checks import Option
from qa.score.context import CheckOutcome
from qa.score.text import looked_for

ID = "dead_air"
OPTIONS = {
    "max_seconds": Option("number", 5.0, help="longest silence allowed outside a hold"),
}


def run(ctx, options: dict):
    limit = options["max_seconds"]
    # An announced silence longer than the limit is a hold ("One sec." then 7 s: the hold criterion
    # judges it), not dead air; unannounced ones stay dead air up to the silent-check length.
    held = {id(gap) for gap, _ in ctx.holds(min_silence=min(limit, 8.0))}
    counted = [g for g in ctx.on_call_gaps if id(g) not in held]
    long = [g for g in counted if g.duration > limit]
    if not long:
        longest = max((g.duration for g in counted), default=0.0)
        return CheckOutcome(PASS, f"longest silence outside holds {longest:.1f} s (limit {limit:g} s)")
    worst = max(long, key=lambda g: g.duration)
    evidence = tuple(looked_for(g.start, g.end, f"silence over {limit:g} s outside a hold",
                                f"{g.duration:.1f} s of silence after: "
                                f"{(g.before.text.strip() if g.before else '')[:80]}") for g in long[:3])
    return CheckOutcome(FAIL, f"{len(long)} silence(s) over {limit:g} s outside a hold; longest "
                              f"{worst.duration:.1f} s at {worst.start:.1f}s", evidence)
