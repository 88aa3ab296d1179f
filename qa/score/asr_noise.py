"""Whisper-base-like garbling of Tagalog training utterances, so the act tagger meets in training what
it meets from audio.

Whisper base mishears Tagalog call-centre speech in a few recurring ways (read on the tuning calls'
ASR, qa/score/asr_spans.py): sounds that 8 kHz audio blurs are swapped (r/l/d, p/b, t/k, m/n/ng, a/e,
o/u: "maraming salamat" -> "malaming selama"), word ends are dropped ("pagtawag" -> "pagtawa"),
words are cut at a syllable or run together ("mag -andang araw", "rin po" -> "rinpo", "marami sa
lamat"), and the ever-present "po" comes back as "pu", "ko", "to" or "bo". :func:`garble` applies
these at random to a Tagalog text; :func:`garbled_copies` adds a garbled copy of a share of the
Tagalog training examples (their context turn garbled too), drawn from the caller's seeded ``rng``.
"""
from __future__ import annotations

import random
import re

# Sounds Whisper base swaps on narrow-band Tagalog (each pair both ways).
SWAPS = (("r", "l"), ("d", "r"), ("p", "b"), ("t", "k"), ("ng", "n"), ("m", "n"), ("a", "e"), ("o", "u"),
         ("i", "e"), ("s", "ch"))
PO = ("pu", "ko", "to", "bo", "po")
# Words that mark a text as Tagalog (the training examples carry no language).
TAGALOG = frozenset("po ang ng mga sa ko ninyo inyo inyong naman lang ba kayo namin natin ito opo salamat "
                    "pong ho akin ako sige".split())
WORD_RATE = 0.5  # share of words changed in a garbled copy (Whisper base: ~74 % WER on the calls)


def is_tagalog(text: str) -> bool:
    return len(set(re.findall(r"[a-z]+", text.lower())) & TAGALOG) >= 2


def _swap(word: str, rng: random.Random) -> str:
    pairs = [pair for a, b in SWAPS for pair in ((a, b), (b, a))]
    places = [(i, a, b) for a, b in pairs for i in range(len(word)) if word.startswith(a, i)]
    if not places:
        return word
    i, a, b = rng.choice(places)
    return word[:i] + b + word[i + len(a):]


def _change(word: str, rng: random.Random) -> list[str]:
    """One word as Whisper might give it back: one or two pieces."""
    if word.lower() == "po":
        return [rng.choice(PO)]
    if len(word) < 4 or not word.isalpha():
        return [word]
    roll = rng.random()
    if roll < 0.5:
        return [_swap(word, rng)]
    if roll < 0.7:  # the last sound lost
        return [word[:-1]]
    cut = rng.randrange(2, len(word) - 1)  # cut at a syllable-ish place: "mag -andang", "marami sa lamat"
    return [word[:cut], ("-" if rng.random() < 0.5 else "") + word[cut:]]


def garble(text: str, rng: random.Random, rate: float = WORD_RATE) -> str:
    out = []
    for word in re.sub(r"[^\w\s'\-]", " ", text).split():
        if rng.random() < rate:
            pieces = _change(word, rng)
            out.extend(_change(pieces[0], rng) + pieces[1:] if rng.random() < rate else pieces)
        else:
            out.append(word)
    joined = []
    for word in out:  # short words run into the one before ("rin po" -> "rinpo")
        if joined and len(word) <= 3 and rng.random() < 0.15:
            joined[-1] += word
        else:
            joined.append(word)
    return " ".join(joined)


def garbled_copies(items, rng: random.Random, share: float = 0.5) -> list:
    """A garbled copy of about ``share`` of the Tagalog (text, context, acts) examples."""
    out = []
    for text, context, labels in items:
        if is_tagalog(text) and rng.random() < share:
            out.append((garble(text, rng), garble(context, rng) if context else context, labels))
    return out
