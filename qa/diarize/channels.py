"""Stereo calls: one party per channel, and the other party's bleed kept out of each channel.

A call recorded agent-left / customer-right is transcribed channel by channel (the transcription
stage's ``split_channels``: every segment carries ``channel``). Each channel still holds the other
party's voice quietly (cross-talk, line echo), and Whisper transcribes it: words the customer never
said would land on the customer. So, per word:

* compare the channels' loudness (RMS in dB) over the word's span: a word whose own channel is
  ``BLEED_DB`` or more quieter than another channel was spoken on that other channel. It is
  dropped when that channel has its own words at that moment (the usual case: both channels
  transcribed it), and moved to that channel's speaker when it has none (its ASR missed it);
* without audio, a word transcribed on both channels at once (same text, overlapping) is kept
  once, on the channel whose copy has the higher probability.

Words left on both channels at the same time are real overtalk and are marked ``overlap``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

import numpy as np

from qa.model import Call, Segment, Word

BLEED_DB = 10.0  # the other channel this much louder over a word: the word is the other party's
MIN_SPAN = 0.05  # seconds; word timestamps can be shorter than a useful energy window
SILENCE_DB = -100.0


def channel_speaker(channel: int) -> str:
    return f"CHANNEL_{channel}"


def _level_db(samples: np.ndarray, start: float, end: float, rate: int) -> float:
    middle, half = (start + end) / 2, max(end - start, MIN_SPAN) / 2
    lo, hi = max(0, int((middle - half) * rate)), max(0, int((middle + half) * rate))
    piece = samples[lo:hi]
    if piece.size == 0:
        return SILENCE_DB
    rms = float(np.sqrt(np.mean(np.square(piece, dtype=np.float64))))
    return max(SILENCE_DB, 20.0 * np.log10(rms + 1e-12))


def _norm(text: str) -> str:
    return re.sub(r"[^\w]+", "", text.lower())


def _overlap(a: Word, b: Word) -> float:
    return max(0.0, min(a.end, b.end) - max(a.start, b.start))


def _span(word: Word) -> float:
    return max(word.end - word.start, 1e-3)


def channel_words(call: Call) -> list[tuple[Word, int]]:
    """(word, channel) for every word of a call transcribed per channel, in time order."""
    items = [(w, s.channel) for s in call.segments if s.channel is not None for w in s.words]
    return sorted(items, key=lambda item: (item[0].start, item[0].end))


class _Index:
    """Words by start time, to find the ones that overlap a span without scanning the whole call."""

    def __init__(self, items: list[tuple[Word, int]]):
        self.items = items
        self.starts = [w.start for w, _ in items]
        self.longest = max((_span(w) for w, _ in items), default=0.0)

    def around(self, word: Word) -> list[tuple[Word, int]]:
        lo = bisect.bisect_left(self.starts, word.start - self.longest)
        hi = bisect.bisect_right(self.starts, word.end)
        return [(w, c) for w, c in self.items[lo:hi] if w.end > word.start]


def _others_at(word: Word, index: _Index, other: int) -> list[Word]:
    return [w for w, c in index.around(word)
            if c == other and _overlap(word, w) >= 0.5 * min(_span(word), _span(w))]


def suppress_bleed(items: list[tuple[Word, int]], audio) -> tuple[list[tuple[Word, int]], dict]:
    """Drop or move words that are the other channel's voice (see module doc); returns counts too."""
    stats = {"dropped_bleed": 0, "moved_bleed": 0, "dropped_duplicates": 0}
    if audio is not None and getattr(audio, "channels", 1) >= 2:
        kept, index = [], _Index(items)
        for word, channel in items:
            levels = {c: _level_db(audio.channel(c), word.start, word.end, audio.sample_rate)
                      for c in range(audio.channels)}
            loudest = max(levels, key=levels.get)
            if loudest == channel or levels[loudest] - levels[channel] < BLEED_DB:
                kept.append((word, channel))
            elif _others_at(word, index, loudest):
                stats["dropped_bleed"] += 1
            else:
                kept.append((word, loudest))
                stats["moved_bleed"] += 1
        items = kept
    return _dedupe(items, stats), stats


def _dedupe(items: list[tuple[Word, int]], stats: dict) -> list[tuple[Word, int]]:
    """The same word transcribed on two channels at the same time is kept once (higher probability)."""
    dropped: set[int] = set()
    for i, (word, channel) in enumerate(items):
        if i in dropped:
            continue
        for j in range(i + 1, len(items)):
            other, other_channel = items[j]
            if other.start > word.end:
                break
            if (j not in dropped and other_channel != channel and _norm(other.text) == _norm(word.text)
                    and _overlap(word, other) > 0):
                loser = j if word.probability >= other.probability else i
                dropped.add(loser)
                stats["dropped_duplicates"] += 1
                if loser == i:
                    break
    return [item for k, item in enumerate(items) if k not in dropped]


def _mark_overtalk(items: list[tuple[Word, int]]) -> list[Word]:
    """Label each word with its channel's speaker; overlap=True when another channel talks at once."""
    out, index = [], _Index(items)
    for word, channel in items:
        busy = sum(_overlap(word, w) for w, c in index.around(word) if c != channel)
        out.append(replace(word, speaker=channel_speaker(channel), channel=channel,
                           overlap=busy >= 0.5 * _span(word)))
    return out


def diarize_channels(call: Call, audio=None) -> Call:
    """The call with utterances, turns and diarization info from its channels (roles come later)."""
    from qa.assign import build_utterances

    items, stats = suppress_bleed(channel_words(call), audio)
    words = _mark_overtalk(items)
    speaker_channel = {channel_speaker(c): c for _, c in items}
    utterances = tuple(replace(u, channel=speaker_channel.get(u.speaker)) for u in build_utterances(words))
    turns = tuple(Segment(u.start, u.end, speaker=u.speaker, channel=u.channel) for u in utterances)
    info = {"method": "channel", "bleed_db": BLEED_DB, **stats,
            "channels": sorted({c for _, c in items})}
    return replace(call, turns=turns, utterances=utterances, diarization=info)
