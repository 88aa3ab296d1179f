"""handle_time — the call lasts at most ``max_seconds`` (and at least ``min_seconds``).

Passing example::

    kind: handle_time
    max_seconds: 900
    # a 6-minute call  -> pass

Failing example::

    # a 22-minute call  -> fail
"""
from __future__ import annotations

from qa.score.checks import Option
from qa.score.checks.common import within

ID = "handle_time"
OPTIONS = {
    "max_seconds": Option("number", 900.0, help="longest handle time"),
    "min_seconds": Option("number", 0.0, help="shortest handle time"),
}


def run(ctx, options: dict):
    seconds = ctx.metrics["handle_time"]
    return within(ctx, seconds, options["min_seconds"], options["max_seconds"], "handle time (s)",
                  f"{seconds:.0f}")
