"""``qa diarize`` as a library call: inputs -> transcribe (when audio) -> diarize -> files.

Batched by stage like :mod:`qa.pipeline` (whose transcription stage it reuses): Whisper for every
audio input first, released, then pyannote for every mono call. One bad call never stops the rest.
"""
from __future__ import annotations

import gc
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from qa.errors import ModelError, QAError
from qa.model import Call


@dataclass(frozen=True)
class DiarizeOptions:
    num_speakers: int | None = None
    channels: dict[int, str] | None = None  # the manifest's channel map wins per call
    agent_speaker: str | None = None  # the manifest's agent_speaker wins per call
    pipeline: str = "offline"
    token: str | None = None
    engine: str = "faster-whisper"
    model: str = "base"
    language: str | None = None
    threads: int | None = None
    audio: str | None = None  # recording for a single call JSON input


@dataclass
class DiarizeReport:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (call id, message)
    calls: list[Call] = field(default_factory=list)


def _specs(inputs, options: DiarizeOptions):
    from qa.manifest import discover

    specs = discover(list(inputs))
    if options.channels:  # the option fills in calls whose manifest entry has no channel map
        specs = [s if s.metadata.get("channels") else replace(s, metadata={**s.metadata, "channels": options.channels})
                 for s in specs]
    return specs


def _audio_for(call: Call, options: DiarizeOptions, single: bool):
    """The call's recording: --audio for a single JSON input, else the path the call JSON names."""
    from qa.audio import load_audio

    path = options.audio if (options.audio and single) else (call.audio.path if call.audio else None)
    if path and os.path.exists(path):
        return load_audio(path)
    return None


def diarize_inputs(inputs, out_dir, options: DiarizeOptions = DiarizeOptions(), *, formats=("json", "rttm"),
                   on_call: Callable[[str, str, str], None] | None = None) -> DiarizeReport:
    """Diarize every call found in ``inputs`` and write ``<out_dir>/<call_id>.<format>`` files."""
    from qa.diarize import _has_channels, diarize_call, load_diarizer, parse_channel_map
    from qa.formats import write_outputs
    from qa.pipeline import RunOptions, transcribe_stage

    on_call = on_call or (lambda name, status, detail: None)
    report, failures = DiarizeReport(), []
    specs = _specs(inputs, options)
    run = RunOptions(engine=options.engine, model=options.model, language=options.language, threads=options.threads)
    calls = transcribe_stage(specs, run, failures)
    report.failed += [(f.call_id, f.message) for f in failures]
    diarizer = None
    try:
        for call in calls:
            meta = call.metadata
            try:
                audio = _audio_for(call, options, single=len(specs) == 1)
                if diarizer is None and audio is not None and not _has_channels(call):
                    diarizer = load_diarizer(options.pipeline, threads=options.threads, token=options.token)
                channels = meta.get("channels") or options.channels
                done = diarize_call(call, audio, diarizer=diarizer,
                                    channels=parse_channel_map(channels) if channels else None,
                                    num_speakers=meta.get("num_speakers") or options.num_speakers,
                                    agent_speaker=meta.get("agent_speaker") or options.agent_speaker)
                report.written += write_outputs(done, out_dir, formats)
                report.calls.append(done)
                on_call(call.call_id, "diarized", _summary(done))
            except ModelError:
                raise  # no model, no batch: say so once instead of once per call
            except QAError as exc:
                report.failed.append((call.call_id, str(exc)))
                on_call(call.call_id, "failed", str(exc).splitlines()[0])
    finally:
        if diarizer is not None:
            diarizer.close()
        gc.collect()
    return report


def _summary(call: Call) -> str:
    roles = call.roles
    if roles is None:
        return ""
    agents = [s for s, r in roles.speakers.items() if r == "agent"]
    return f"agent={','.join(agents) or '?'} ({roles.source}, confidence {roles.confidence:.2f})"
