"""Helpers the check modules share: the usual options and how a search becomes an outcome."""
from __future__ import annotations

from qa.model import FAIL, PASS
from qa.score.checks import Option
from qa.score.context import CheckOutcome, Window
from qa.score.text import evidence_of, looked_for

ROLE = Option("role", "agent", help="who must say it: agent, customer or any")
WINDOW = Option("window", None, help="where in the call: {part: opening|closing|whole, turns: N, seconds: S}")


def preview(phrases, limit: int = 4) -> str:
    """A short, readable list of what was looked for."""
    flat = [p for group in phrases.values() for p in group] if isinstance(phrases, dict) else list(phrases)
    shown = " | ".join(f'"{p}"' for p in flat[:limit])
    return shown + (f" (+{len(flat) - limit} more)" if len(flat) > limit else "")


def found(ctx, hits, window: Window, what: str) -> CheckOutcome:
    """Pass on the first hit: (turn, matched text, phrase or example[, score])."""
    turn, matched, phrase = hits[0][:3]
    extra = f", similarity {hits[0][3]:.2f}" if len(hits[0]) > 3 else ""
    evidence = tuple(evidence_of(h[0], f"{h[1]} ~ {h[2]}" if h[1] != h[2] else h[1]) for h in hits[:2])
    shown = "a token pattern" if phrase.startswith("re:") else f'"{phrase}"'
    return CheckOutcome(PASS, f'{what}: "{matched}" matches {shown}{extra} at {turn.start:.1f}s',
                        evidence, ctx.probability(turn, matched), window.turns, window.role is not None)


def missing(window: Window, what: str, phrases) -> CheckOutcome:
    return CheckOutcome(FAIL, f"{what}: not found in {window.label}",
                        (looked_for(window.start, window.end, preview(phrases), window.label),),
                        None, window.turns, window.role is not None)


def within(ctx, value: float, low: float, high: float, name: str, shown: str,
           uses_roles: bool = False) -> CheckOutcome:
    """Pass when ``low <= value <= high`` (a call-level metric); a fail names the range looked for."""
    reason = f"{name} {shown} (allowed {low:g}-{high:g})"
    if low <= value <= high:
        return CheckOutcome(PASS, reason, uses_roles=uses_roles)
    evidence = looked_for(0.0, ctx.call.duration, f"{name} within {low:g}-{high:g}")
    return CheckOutcome(FAIL, reason, (evidence,), uses_roles=uses_roles)
