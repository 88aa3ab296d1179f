"""Audio in: decode any recording in-process, resample to 16 kHz, keep its channels.

Decoding uses PyAV (FFmpeg's libraries linked into the wheel), so no ``ffmpeg`` binary has to be on
PATH; wav, flac, mp3, ogg/opus, m4a and webm all work, at any sample rate (8 kHz telephone audio
included). Resampling uses soxr (very high quality) and falls back to scipy's polyphase filter.

Every problem becomes a :class:`qa.errors.AudioError` whose message says what is wrong with which file
and how to fix it: a missing path, a folder, an empty or non-audio file, a truncated file, a clip too
short to transcribe, or more than two channels (a call is mono or one party per channel).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from qa.errors import AudioError
from qa.model import AudioInfo

SAMPLE_RATE = 16000
MIN_DURATION = 0.5  # seconds; Whisper cannot say anything useful about less
MAX_CHANNELS = 2
MAX_DURATION = 4 * 3600.0  # seconds; longer is refused before any decoding (qa run --max-duration)
AUDIO_SUFFIXES = (".wav", ".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".mp4", ".webm", ".aac", ".wma")
# A file whose decoded length falls this far short of what its header declares was cut off.
TRUNCATION_TOLERANCE = 0.02


@dataclass(frozen=True, eq=False)
class Audio:
    """Decoded audio: float32 samples shaped (channels, n) at 16 kHz, and facts about the file."""
    samples: np.ndarray
    info: AudioInfo
    sample_rate: int = SAMPLE_RATE

    @property
    def channels(self) -> int:
        return int(self.samples.shape[0])

    @property
    def duration(self) -> float:
        return self.samples.shape[1] / self.sample_rate

    @cached_property
    def mono(self) -> np.ndarray:
        """The channels averaged into one 1-D float32 signal (once per recording: transcription,
        diarization and its second pass all read it, and the diarizer's cache hashes it)."""
        if self.channels == 1:
            return self.samples[0]
        return self.samples.mean(axis=0, dtype=np.float32)

    def channel(self, index: int) -> np.ndarray:
        if not 0 <= index < self.channels:
            raise AudioError(f"{self.info.path}: has {self.channels} channel(s); there is no channel "
                             f"{index} (channels are numbered from 0).")
        return self.samples[index]


def file_sha256(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_path(path: Path) -> None:
    """Refuse what is not a readable, non-empty file, before a decoder sees it."""
    if not path.exists():
        raise AudioError(f"{path}: no such file; check the path (relative paths start from "
                         f"{Path.cwd()}).")
    if path.is_dir():
        raise AudioError(f"{path}: is a folder, not an audio file; pass the audio files inside it.")
    if not os.access(path, os.R_OK):
        raise AudioError(f"{path}: permission denied; make it readable (chmod a+r {path}).")
    if path.stat().st_size == 0:
        raise AudioError(f"{path}: the file is empty (0 bytes); copy or export the recording again.")


def _looks_like_text(path: Path) -> bool:
    with open(path, "rb") as handle:
        head = handle.read(512)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _span(seconds: float) -> str:
    """4 s, 12 min, 4.5 h: a length as people say it."""
    if seconds < 120:
        return f"{seconds:.3g} s"
    return f"{seconds / 60:.0f} min" if seconds < 7200 else f"{seconds / 3600:.3g} h"


def _decode(path: Path, max_duration: float | None = MAX_DURATION) -> tuple[np.ndarray, int, str]:
    """Decode every audio frame to float32 (channels, n) at the file's own rate."""
    import av

    try:
        container = av.open(str(path))
    except av.error.FFmpegError as exc:
        kind = "a text file" if _looks_like_text(path) else "not audio that can be decoded"
        raise AudioError(f"{path}: {kind}, not a recording ({exc.strerror or exc}); check that the "
                         "file really is a wav/flac/mp3/ogg/m4a recording.") from exc
    with container:
        # The header's length, before decoding hours of audio into memory.
        length = container.duration / 1_000_000 if container.duration else None
        if max_duration and length and length > max_duration:
            raise AudioError(f"{path}: {_span(length)} long; recordings over {_span(max_duration)} are "
                             "refused before transcription and diarization. Split it, or raise the limit "
                             "with --max-duration SECONDS.")
        if not container.streams.audio:
            raise AudioError(f"{path}: the file has no audio stream; pass the recording's audio file.")
        stream = container.streams.audio[0]
        channels, rate = stream.codec_context.channels, stream.codec_context.sample_rate
        if channels > MAX_CHANNELS:
            raise AudioError(
                f"{path}: has {channels} channels; a call recording is mono or stereo (one party per "
                "channel), so this is not a call recording. Export the two call legs as a stereo file "
                f"or mix it down to mono (for example: sox {path.name} -c 1 mono.wav).")
        blocks, decoded = [], 0
        try:
            for frame in container.decode(stream):
                blocks.append(_frame_array(frame, channels))
                decoded += blocks[-1].shape[1]
                if max_duration and rate and decoded > max_duration * rate:  # no length in the header
                    raise AudioError(f"{path}: longer than {_span(max_duration)}; recordings over the "
                                     "limit are refused. Split it, or raise the limit with --max-duration.")
        except av.error.FFmpegError as exc:
            decoded = sum(b.shape[1] for b in blocks) / rate if rate else 0.0
            raise AudioError(f"{path}: corrupt or truncated: decoding stopped after {decoded:.1f} s "
                             f"({exc.strerror or exc}); copy or export the recording again.") from exc
        declared = float(stream.duration * stream.time_base) if stream.duration else None
        fmt = container.format.name.split(",")[0]
    samples = np.concatenate(blocks, axis=1) if blocks else np.zeros((channels, 0), np.float32)
    got = samples.shape[1] / rate
    if declared and got < declared * (1 - TRUNCATION_TOLERANCE) - 0.05:
        raise AudioError(f"{path}: truncated: the header says {declared:.1f} s but only {got:.1f} s "
                         "could be decoded; copy or export the recording again.")
    return samples, rate, fmt


def _wav_shortfall(path: Path) -> tuple[float, float] | None:
    """(declared, present) seconds when a RIFF/WAVE file holds less data than its header says.

    FFmpeg quietly trims a WAV's length to the bytes present, so a cut-off copy would otherwise pass
    as a shorter call. A data size of 0 or 0xFFFFFFFF means "unknown" (streamed) and is not checked.
    """
    import struct

    with open(path, "rb") as handle:
        head = handle.read(1 << 16)
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return None
    offset, byte_rate = 12, 0
    while offset + 8 <= len(head):
        chunk, size = head[offset:offset + 4], struct.unpack_from("<I", head, offset + 4)[0]
        if chunk == b"fmt " and offset + 16 <= len(head):
            byte_rate = struct.unpack_from("<I", head, offset + 16)[0]
        if chunk == b"data":
            present = path.stat().st_size - (offset + 8)
            if byte_rate and size not in (0, 0xFFFFFFFF) and present < size * (1 - TRUNCATION_TOLERANCE):
                return size / byte_rate, present / byte_rate
            return None
        offset += 8 + size + (size & 1)
    return None


def _frame_array(frame, channels: int) -> np.ndarray:
    """One decoded frame as float32 (channels, n), whatever the codec's sample format."""
    data = frame.to_ndarray()
    if data.dtype.kind == "i":
        scale = float(np.iinfo(data.dtype).max) + 1.0
        data = data.astype(np.float32) / scale
    elif data.dtype.kind == "u":  # 8-bit PCM is unsigned, centred on 128
        data = (data.astype(np.float32) - 128.0) / 128.0
    data = data.astype(np.float32, copy=False)
    if not frame.format.is_planar:  # interleaved: one row of n * channels values
        data = data.reshape(-1, channels).T
    return data


def resample(samples: np.ndarray, rate: int, target: int = SAMPLE_RATE) -> np.ndarray:
    """Resample float32 (channels, n) from ``rate`` to ``target`` Hz with a high-quality filter."""
    if rate == target or samples.shape[1] == 0:
        return np.ascontiguousarray(samples, dtype=np.float32)
    try:
        import soxr

        out = soxr.resample(samples.T, rate, target, quality="VHQ").T
    except ImportError:
        from math import gcd

        from scipy.signal import resample_poly

        divisor = gcd(rate, target)
        out = resample_poly(samples, target // divisor, rate // divisor, axis=1)
    return np.ascontiguousarray(out, dtype=np.float32)


def load_audio(path: str | os.PathLike, max_duration: float | None = MAX_DURATION) -> Audio:
    """Decode ``path`` into an :class:`Audio` at 16 kHz with the file's channels kept.

    Raises :class:`AudioError` for a missing path, a folder, an empty or non-audio file, a truncated
    file, less than ``MIN_DURATION`` seconds of audio, more than ``max_duration`` seconds, or more
    than two channels. Samples that are not numbers (NaN, infinity: a float file gone bad) become
    silence, so such a call ends as "no speech", reviewed by a person.
    """
    path = Path(path)
    _check_path(path)
    raw, rate, fmt = _decode(path, max_duration)
    if not np.isfinite(raw).all():
        raw = np.nan_to_num(raw, nan=0.0, posinf=0.0, neginf=0.0)
    shortfall = _wav_shortfall(path) if fmt == "wav" else None
    if shortfall:
        raise AudioError(f"{path}: truncated: the header says {shortfall[0]:.1f} s but only "
                         f"{shortfall[1]:.1f} s is in the file; copy or export the recording again.")
    duration = raw.shape[1] / rate
    if duration < MIN_DURATION:
        raise AudioError(f"{path}: only {duration:.2f} s of audio; at least {MIN_DURATION} s is needed "
                         "to transcribe anything. Check that the recording was not cut short.")
    info = AudioInfo(path=str(path), sha256=file_sha256(path), duration=round(duration, 3),
                     sample_rate=rate, channels=raw.shape[0], format=fmt)
    return Audio(samples=resample(raw, rate), info=info)


def find_audio_files(inputs: list[str | os.PathLike]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand command-line inputs (files and folders) into audio files.

    Returns ``(files, problems)``: folders contribute their audio files (sorted); a folder that
    cannot be read or holds no audio is a problem ``(input, message)``, never an exception, so that
    one bad input does not stop a batch. Files are passed through as they are: :func:`load_audio`
    says what is wrong with them.
    """
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    for item in inputs:
        path = Path(item)
        if not path.is_dir():
            files.append(path)
            continue
        try:
            children = sorted(path.iterdir())
        except PermissionError:
            problems.append((str(path), f"{path}: cannot read this folder (permission denied); make it "
                                        f"readable (chmod a+rx {path}) or pass the files one by one."))
            continue
        except OSError as exc:
            problems.append((str(path), f"{path}: cannot read this folder ({exc.strerror})."))
            continue
        found = [c for c in children if c.is_file() and c.suffix.lower() in AUDIO_SUFFIXES]
        if not found:
            problems.append((str(path), f"{path}: no audio files in this folder (looked for "
                                        f"{', '.join(AUDIO_SUFFIXES)})."))
        files.extend(found)
    return files, problems


__all__ = ["Audio", "SAMPLE_RATE", "MIN_DURATION", "AUDIO_SUFFIXES", "load_audio", "resample",
           "file_sha256", "find_audio_files"]
