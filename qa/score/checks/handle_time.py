"""handle_time — the call lasts at most ``max_seconds`` (and at least ``min_seconds``).

Passing example::

    kind: handle_time
    max_seconds: 900
    # a 6-minute call  -> pass

Failing example::

    # a 22-minute call  -> fail
"""
from __future__ import annotations

from qa.model import FAIL, PASS
from qa.score.checks import Option
from qa.score.context import CheckOutcome
from qa.score.text import looked_for

ID = "handle_time"
OPTIONS = {
    "max_seconds": Option("number", 900.0, help="longest handle time"),
    "min_seconds": Option("number", 0.0, help="shortest handle time"),
}


def run(ctx, options: dict):
    seconds = ctx.metrics["handle_time"]
    if options["min_seconds"] <= seconds <= options["max_seconds"]:
        return CheckOutcome(PASS, f"handle time {seconds:.0f} s (limit {options['max_seconds']:g} s)")
    return CheckOutcome(FAIL, f"handle time {seconds:.0f} s outside {options['min_seconds']:g}-"
                              f"{options['max_seconds']:g} s",
                        (looked_for(0.0, seconds, f"handle time within {options['max_seconds']:g} s"),))
