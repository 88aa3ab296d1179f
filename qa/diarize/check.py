"""Is a call's diarization fit to decide roles on? Checks against the two-party call prior.

A support call has two parties. When the diarizer's turns contradict that — one voice only, a
second "voice" with a few seconds of speech, or one label holding the floor for minutes (two people
taking turns under one label: a collapsed cluster) — the roles built on them cannot be trusted, and
the call is flagged for review instead of scored on guessed roles. The reasons end up in
``call.diarization["review"]`` and cap the role confidence (:mod:`qa.roles`).
"""
from __future__ import annotations

from qa.model import Segment

MIN_SPEECH = 20.0  # seconds of speech before a call can be judged at all
MIN_SHARE = 0.05  # a party with under 5 % of the speech is probably not a party
MAX_MONOLOGUE = 90.0  # seconds one label may hold the floor before it looks like two people
GAP = 2.0  # silence that does not end a stretch


def speech_by_speaker(turns: tuple[Segment, ...]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for t in turns:
        totals[t.speaker] = totals.get(t.speaker, 0.0) + t.duration
    return totals


def longest_monologue(turns: tuple[Segment, ...]) -> tuple[str | None, float]:
    """(speaker, seconds) of the longest stretch in which no other label speaks."""
    best: tuple[str | None, float] = (None, 0.0)
    run_speaker, run_start, run_end = None, 0.0, 0.0
    for t in sorted(turns, key=lambda t: (t.start, t.end)):
        if t.speaker == run_speaker and t.start - run_end <= GAP:
            run_end = max(run_end, t.end)
        else:
            run_speaker, run_start, run_end = t.speaker, t.start, t.end
        if run_end - run_start > best[1]:
            best = (run_speaker, run_end - run_start)
    return best


def two_party_review(turns: tuple[Segment, ...], duration: float | None = None) -> list[str]:
    """Why these turns do not look like a two-party call (empty: they do)."""
    totals = speech_by_speaker(turns)
    speech = sum(totals.values())
    if speech < MIN_SPEECH:
        return []
    reasons = []
    parties = [s for s, seconds in totals.items() if seconds >= MIN_SHARE * speech]
    if len(parties) < 2:
        minor = ", ".join(f"{s} {totals[s]:.0f} s" for s in totals if s not in parties)
        reasons.append(f"only one voice found in {speech:.0f} s of speech"
                       + (f" (besides {minor})" if minor else "") + ": both parties may be in one cluster")
    speaker, seconds = longest_monologue(turns)
    if seconds > MAX_MONOLOGUE:
        reasons.append(f"{speaker} holds the floor for {seconds:.0f} s without the other party: "
                       "two voices may share one label")
    return reasons
