"""talk_ratio — the agent's share of the talking time is between ``min`` and ``max``.

Needs roles: without them the verdict is review.

Passing example::

    kind: talk_ratio
    max: 0.7
    # agent 55 % of the talk time  -> pass

Failing example::

    # agent 85 % (a monologue; the caller could not explain)  -> fail
"""
from __future__ import annotations

from qa.model import REVIEW
from qa.score.checks import Option
from qa.score.checks.common import within
from qa.score.context import CheckOutcome

ID = "talk_ratio"
OPTIONS = {
    "min": Option("number", 0.0, help="lowest agent share of talk time (0-1)"),
    "max": Option("number", 0.7, help="highest agent share of talk time (0-1)"),
}


def run(ctx, options: dict):
    ratio = ctx.metrics["agent_talk_ratio"]
    if ratio is None:
        return CheckOutcome(REVIEW, "no agent/customer roles, so the talk ratio is unknown", uses_roles=True)
    return within(ctx, ratio, options["min"], options["max"], "agent talk ratio", f"{ratio:.2f}",
                  uses_roles=True)
