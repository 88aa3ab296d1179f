"""The call's own audio next to its scorecard, and short clips for the example library.

Nothing here needs an ffmpeg binary: audio is read with :func:`qa.audio.load_audio` (PyAV/soundfile
in-process) and clips are written with soundfile.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from qa.errors import AudioError
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


def copy_audio(source: Path, target_dir: Path, name: str) -> Path:
    """Copy a call's audio beside the reports (once: an identical copy is kept), return the copy."""
    target = target_dir / (name + source.suffix.lower())
    if target.is_file() and target.stat().st_size == source.stat().st_size:
        return target
    target_dir.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    shutil.copyfile(source, tmp)
    tmp.replace(target)
    return target


@dataclass(frozen=True)
class LoadedAudio:
    samples: "object"  # 1-D float32 numpy array (channels mixed), sample_rate below
    sample_rate: int


def load_mono(path: Path) -> LoadedAudio:
    """Decode a call's audio once, mixed to mono (trainers hear both parties in a clip)."""
    from qa.audio import load_audio

    audio = load_audio(path)
    return LoadedAudio(audio.mono, audio.sample_rate)


def write_clip(audio: LoadedAudio, start: float, end: float, target: Path) -> Path:
    """Write [start, end) of ``audio`` to ``target`` (.ogg Vorbis, or .wav), atomically."""
    import soundfile

    first = max(0, int(start * audio.sample_rate))
    last = min(len(audio.samples), int(end * audio.sample_rate))
    if last <= first:
        raise AudioError(f"clip {start:.2f}-{end:.2f} s is outside the audio ({len(audio.samples) / audio.sample_rate:.2f} s)")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.tmp{target.suffix}")
    fmt, subtype = ("OGG", "VORBIS") if target.suffix == ".ogg" else ("WAV", "PCM_16")
    soundfile.write(str(tmp), audio.samples[first:last], audio.sample_rate, format=fmt, subtype=subtype)
    tmp.replace(target)
    return target
