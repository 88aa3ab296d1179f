"""The call's own audio next to its scorecard, and short clips for the example library.

Nothing here needs an ffmpeg binary: audio is read with :func:`qa.audio.load_audio` (PyAV/soundfile
in-process) and clips are written with soundfile.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from qa.errors import AudioError
from qa.fileio import private_dir
from qa.model import Call

PLAYABLE = {".wav", ".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".webm"}


def find_audio(call: Call | None, audio_dir: str | Path | None = None) -> Path | None:
    """The call's audio file: its recorded path, or the same name (or path) under ``audio_dir``."""
    if call is None or call.audio is None or not call.audio.path:
        return None
    recorded = Path(call.audio.path)
    candidates = [recorded]
    if audio_dir is not None:
        candidates += [Path(audio_dir) / recorded, Path(audio_dir) / recorded.name]
    return next((p for p in candidates if p.is_file()), None)


def copy_audio(source: Path, target_dir: Path, name: str, masks: tuple = ()) -> Path:
    """Copy a call's audio beside the reports (once: an identical copy is kept), owner-only, and
    return the copy. With ``masks`` ((start, end) seconds of redacted personal data) the copy is a
    re-encoded .ogg with a tone over each of those moments instead of a byte copy."""
    target = target_dir / (name + (".ogg" if masks else source.suffix.lower()))
    for other in target_dir.glob(f"{name}.*") if target_dir.is_dir() else ():
        if other != target and other.suffix.lower() in PLAYABLE:
            other.unlink()  # a raw copy must not stay beside a redacted one (or the reverse)
    if masks:
        audio = load_mono(source)
        samples = mask(audio.samples, audio.sample_rate, masks)
        return write_clip(LoadedAudio(samples, audio.sample_rate), 0.0, len(samples) / audio.sample_rate,
                          target)
    if target.is_file() and target.stat().st_size == source.stat().st_size:
        return target
    private_dir(target_dir)
    tmp = target.with_name(f".{target.name}.tmp")
    shutil.copyfile(source, tmp)
    os.chmod(tmp, 0o600)
    tmp.replace(target)
    return target


WRITE_BLOCK = 16_000  # samples handed to the encoder at a time
TONE_HZ = 1000.0
TONE_LEVEL = 0.1


def mask(samples, sample_rate: int, masks, offset: float = 0.0):
    """A copy of ``samples`` (starting at ``offset`` seconds of the call) with a quiet 1 kHz tone
    in place of every (start, end) in ``masks``: the listener hears that something was hidden."""
    import numpy as np

    out = np.array(samples, dtype=np.float32, copy=True)
    for start, end in masks:
        first = max(0, int((start - offset) * sample_rate))
        last = min(len(out), int(np.ceil((end - offset) * sample_rate)))
        if last > first:
            times = np.arange(first, last) / sample_rate
            out[first:last] = TONE_LEVEL * np.sin(2 * np.pi * TONE_HZ * times)
    return out


@dataclass(frozen=True)
class LoadedAudio:
    samples: "object"  # 1-D float32 numpy array (channels mixed), sample_rate below
    sample_rate: int


def load_mono(path: Path) -> LoadedAudio:
    """Decode a call's audio once, mixed to mono (trainers hear both parties in a clip)."""
    from qa.audio import load_audio

    audio = load_audio(path)
    return LoadedAudio(audio.mono, audio.sample_rate)


def write_clip(audio: LoadedAudio, start: float, end: float, target: Path, masks: tuple = ()) -> Path:
    """Write [start, end) of ``audio`` to ``target`` (.ogg Vorbis, or .wav), atomically and
    owner-only, with a tone over each of ``masks`` (redacted moments, seconds of the call)."""
    import soundfile

    first = max(0, int(start * audio.sample_rate))
    last = min(len(audio.samples), int(end * audio.sample_rate))
    if last <= first:
        raise AudioError(f"clip {start:.2f}-{end:.2f} s is outside the audio ({len(audio.samples) / audio.sample_rate:.2f} s)")
    private_dir(target.parent)
    tmp = target.with_name(f".{target.stem}.tmp{target.suffix}")
    fmt, subtype = ("OGG", "VORBIS") if target.suffix == ".ogg" else ("WAV", "PCM_16")
    samples = audio.samples[first:last]
    if masks:
        samples = mask(samples, audio.sample_rate, masks, offset=first / audio.sample_rate)
    try:
        # In blocks: libvorbis overflows its stack (alloca of everything buffered) when a long
        # recording is handed to it in one write, and the process dies (a 3-minute 16 kHz call did).
        with soundfile.SoundFile(str(tmp), "w", audio.sample_rate, 1, subtype, format=fmt) as handle:
            for block in range(0, len(samples), WRITE_BLOCK):
                handle.write(samples[block:block + WRITE_BLOCK])
        os.chmod(tmp, 0o600)
        tmp.replace(target)
    except (OSError, RuntimeError) as exc:  # soundfile's LibsndfileError is a RuntimeError
        tmp.unlink(missing_ok=True)
        raise AudioError(f"{target}: cannot write audio ({exc}); check the disk and the folder.") from exc
    return target
