"""``qa diarize`` as a library call: inputs -> transcribe (when audio) -> diarize -> files.

Batched by stage like :mod:`qa.pipeline` (whose transcription stage it reuses): Whisper for every
audio input first, released, then pyannote for every mono call. One bad call never stops the rest.
"""
from __future__ import annotations

import gc
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from qa.model import Call
from qa.runner import Failure, ProgressHook, attempt, no_progress


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
    failed: list[Failure] = field(default_factory=list)
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
                   progress: ProgressHook = no_progress) -> DiarizeReport:
    """Diarize every call found in ``inputs`` and write ``<out_dir>/<call_id>.<format>`` files.

    One bad call never stops the rest (:mod:`qa.runner` has the policy); ``progress`` is the batch
    progress hook."""
    from qa.diarize import _has_channels, diarize_call, load_diarizer, parse_channel_map
    from qa.formats import write_outputs
    from qa.pipeline import RunOptions, transcribe_stage

    report = DiarizeReport()
    specs = _specs(inputs, options)
    run = RunOptions(engine=options.engine, model=options.model, language=options.language, threads=options.threads)
    calls = transcribe_stage(specs, run, report.failed, progress)
    diarizer = None

    def one(call: Call) -> Call:
        nonlocal diarizer
        meta = call.metadata
        audio = _audio_for(call, options, single=len(specs) == 1)
        if diarizer is None and audio is not None and not _has_channels(call):
            diarizer = load_diarizer(options.pipeline, threads=options.threads, token=options.token)
        channels = meta.get("channels") or options.channels
        done = diarize_call(call, audio, diarizer=diarizer,
                            channels=parse_channel_map(channels) if channels else None,
                            num_speakers=meta.get("num_speakers") or options.num_speakers,
                            agent_speaker=meta.get("agent_speaker") or options.agent_speaker)
        report.written.extend(write_outputs(done, out_dir, formats))
        return done

    try:
        for position, call in enumerate(calls):
            progress("diarize", None, file=call.call_id, total=len(calls), completed=position)
            source = call.metadata.get("source", call.call_id)
            done, failure = attempt("diarize", call.call_id, source, lambda: one(call))
            if failure is None:
                report.calls.append(done)
            else:
                report.failed.append(failure)
    finally:
        if diarizer is not None:
            diarizer.close()
        gc.collect()
    return report


def role_summary(call: Call) -> str:
    roles = call.roles
    if roles is None:
        return ""
    agents = [s for s, r in roles.speakers.items() if r == "agent"]
    return f"agent={','.join(agents) or '?'} ({roles.source}, confidence {roles.confidence:.2f})"
