"""order — ``first`` is said before ``then`` (identity verified before account details).

n/a when ``then`` is never said (no account was touched). ``then`` may be said by anyone
(``then_role``), because a customer often volunteers the account problem.

Passing example::

    kind: order
    first: ["can I have your employee id", "verify your"]
    then: ["reset your password", "your account"]
    # agent: "Can I have your employee ID?" (10 s) ... agent: "I'll reset your password" (40 s) -> pass

Failing example::

    # agent: "I'll reset your password" (20 s) with no identity question before it -> fail
"""
from __future__ import annotations

from qa.model import FAIL, NA, PASS
from qa.score.checks import Option
from qa.score.checks.common import ROLE, preview
from qa.score.context import CheckOutcome
from qa.score.text import evidence_of, looked_for

ID = "order"
OPTIONS = {
    "first": Option("phrases", required=True, help="what must come first (e.g. identity questions)"),
    "then": Option("phrases", required=True, help="what must come after (e.g. account actions)"),
    "role": ROLE,
    "then_role": Option("role", "agent", help="who says the 'then' part"),
}


def run(ctx, options: dict):
    then_hits = ctx.find(ctx.window(options["then_role"], None).turns, options["then"])
    if not then_hits:
        return CheckOutcome(NA, f"not applicable: nothing like {preview(options['then'], 2)} was said")
    then_turn, then_text, _ = then_hits[0]
    window = ctx.window(options["role"], None)
    first_hits = [h for h in ctx.find(window.turns, options["first"]) if h[0].start <= then_turn.start]
    uses_roles = options["role"] != "any"
    if first_hits:
        turn, matched, phrase = first_hits[0]
        return CheckOutcome(PASS, f'"{matched}" at {turn.start:.1f}s comes before "{then_text}" at '
                                  f"{then_turn.start:.1f}s",
                            (evidence_of(turn, matched), evidence_of(then_turn, then_text)),
                            ctx.probability(turn, matched), window.turns, uses_roles)
    return CheckOutcome(FAIL, f'"{then_text}" at {then_turn.start:.1f}s with nothing like '
                              f"{preview(options['first'], 2)} before it",
                        (evidence_of(then_turn, then_text),
                         looked_for(0.0, then_turn.start, preview(options["first"]), window.label)),
                        None, tuple(t for t in window.turns if t.start <= then_turn.start), uses_roles)
