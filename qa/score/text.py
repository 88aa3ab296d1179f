"""Text helpers shared by the scorer, its checks and the outcome decision.

Scoring reads a call as a list of *turns*: the call's utterances (speaker turns with roles) when
diarization has run, else its ASR segments (no speaker, no role). Nothing here loads a model.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from qa.model import Call, Evidence, Segment

_SPACES = re.compile(r"\s+")
# Keep letters (any script), digits, apostrophes inside words and hyphens (Tagalog "i-check").
_NOT_WORD = re.compile(r"[^\w'\-]+", re.UNICODE)


@lru_cache(maxsize=200_000)  # the same words and turns are compared again by every check of a call
def normalise(text: str, lower: bool = True) -> str:
    """Lower-case, NFKC, punctuation to spaces: what every matcher compares."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    text = text.lower() if lower else text
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", text)).strip()


# Annotations a transcript may carry instead of words: "[inaudible]", "(crosstalk)", "<noise>".
_ANNOTATION = re.compile(r"\[[^\]]*\]|\([^)]*\)|<[^>]*>")


@lru_cache(maxsize=50_000)
def is_spoken(text: str) -> bool:
    """Whether ``text`` holds words once punctuation and annotations are gone: a turn of "...", "—"
    or "[inaudible]" is shown in the transcript but performs no act and matches no phrase."""
    return bool(normalise(_ANNOTATION.sub(" ", text)))


def turns_of(call: Call) -> tuple[Segment, ...]:
    """The call's speaker turns with text, in time order (utterances, else ASR segments)."""
    source = call.utterances or call.segments
    return tuple(s for s in sorted(source, key=lambda s: (s.start, s.end)) if s.text.strip())


def has_roles(call: Call) -> bool:
    return bool(call.utterances) and any(s.role for s in call.utterances)


def evidence_of(turn: Segment, matched: str = "") -> Evidence:
    return Evidence(start=round(turn.start, 2), end=round(turn.end, 2), text=turn.text.strip(),
                    speaker=turn.speaker, role=turn.role, matched=matched)


def looked_for(start: float, end: float, what: str, where: str = "") -> Evidence:
    """Evidence for a fail: the window that was searched and what was looked for. A window reaching
    back before the call ("30 s before a hold at 27 s") starts at the call's start."""
    return Evidence(start=round(max(0.0, start), 2), end=round(max(0.0, end), 2), text=where,
                    matched=f"looked for: {what}")
