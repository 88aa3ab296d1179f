"""Speech to text: two Whisper engines behind one interface, and a recorded call turned into a Call.

    transcriber = load_transcriber("faster-whisper", "base")   # or engine="openai-whisper"
    call = transcribe_call(transcriber, load_audio("call.wav"), call_id="call-001")
    transcriber.close()

Both engines run the same weights (the openai-whisper engine converts the CTranslate2 model, see
:mod:`qa.transcribe.convert`), the same voice-activity detection and the same anti-hallucination
settings (:mod:`qa.transcribe.base`), and give words with start, end and probability.
"""
from __future__ import annotations

import os
import threading
from dataclasses import replace

from qa.errors import ConfigError
from qa.model import Call, Segment, Word
from qa.transcribe.base import BaseTranscriber, Transcription, glossary_prompt

ENGINES = ("faster-whisper", "openai-whisper")
DEFAULT_ENGINE = "faster-whisper"

Transcriber = BaseTranscriber


def default_threads() -> int:
    """One thread per core this process may use (more only slows a busy machine down)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


class LazyTranscriber(BaseTranscriber):
    """Loads the model on the first ``transcribe``: a batch whose results are all cached never does."""

    def __init__(self, engine: str, model: str, **options):
        from qa.transcribe.faster import BATCH_SIZE

        faster = engine == "faster-whisper"
        super().__init__(beam_size=options.get("beam_size", 5), threads=options.get("threads") or 0,
                         compute_type=options.get("compute_type", "int8") if faster else "float32",
                         batch_size=(options.get("batch_size") or BATCH_SIZE) if faster else 1)
        self.engine, self.model_name, self._options, self._real = engine, model, options, None
        self.parallel = options.get("workers", 1) if faster else 1
        self._lock = threading.Lock()  # two channels transcribed at once load the model once

    def transcribe(self, samples, **kwargs) -> Transcription:
        with self._lock:
            if self._real is None:
                self._real = load_transcriber(self.engine, self.model_name, **self._options)
        return self._real.transcribe(samples, **kwargs)

    def close(self) -> None:
        if self._real is not None:
            self._real.close()
            self._real = None


def load_transcriber(engine: str = DEFAULT_ENGINE, model: str = "base", *, threads: int | None = None,
                     beam_size: int = 5, compute_type: str = "int8", batch_size: int | None = None,
                     device: str = "cpu", lazy: bool = False, workers: int = 1) -> BaseTranscriber:
    """Load ``model`` once for ``engine``; call ``.transcribe(samples_16k)`` many times, then ``.close()``.

    model: "base" (default, multilingual), "tiny.en", a CTranslate2 folder or a hub name.
    compute_type applies to faster-whisper (int8 by default); openai-whisper runs float32 on a CPU.
    batch_size: faster-whisper decodes up to this many 30-second windows at once (default 8; 1 = one
    window after another, as openai-whisper always does).
    device: "cpu" or "cuda" (qa.device).
    lazy=True defers loading to the first transcription (cached re-runs then cost no model load).
    workers: how many transcriptions may run at once from different threads (faster-whisper; each
    with ``threads`` threads; ``.parallel`` says how many), as transcribe_call does with the channels
    of a stereo call.
    """
    from qa.weights import resolve_model

    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}.")
    if engine == "openai-whisper":
        from qa.extras import require

        require("openai-whisper", "--engine openai-whisper")
    if lazy:
        return LazyTranscriber(engine, model, threads=threads, beam_size=beam_size,
                               compute_type=compute_type, batch_size=batch_size, device=device, workers=workers)
    ref = resolve_model(model)
    threads = threads or default_threads()
    if engine == "faster-whisper":
        from qa.transcribe.faster import FasterWhisperTranscriber

        return FasterWhisperTranscriber(ref, threads=threads, beam_size=beam_size, compute_type=compute_type,
                                        batch_size=batch_size, device=device, workers=workers)
    from qa.transcribe.openai import OpenAIWhisperTranscriber

    return OpenAIWhisperTranscriber(ref, threads=threads, beam_size=beam_size, device=device)


def _with_channel(transcription: Transcription, channel: int) -> tuple[Segment, ...]:
    return tuple(replace(s, channel=channel, words=tuple(replace(w, channel=channel) for w in s.words))
                 for s in transcription.segments)


def transcribe_signal(transcriber: BaseTranscriber, samples, *, audio_sha256: str, channel: str | int,
                      language=None, glossary=(), vad: bool = True, cache=None) -> Transcription:
    """Transcribe one 16 kHz signal, through the cache when one is given."""
    key = None
    if cache is not None:
        settings = transcriber.settings(vad=vad, glossary=glossary, language=language)
        key = cache.key(audio_sha256, channel, transcriber.engine, transcriber.model_name, settings)
        hit = cache.get(key)
        if hit is not None:
            return Transcription.from_dict(hit)
    result = transcriber.transcribe(samples, language=language, glossary=glossary, vad=vad)
    if cache is not None:
        cache.put(key, result.to_dict())
    return result


def transcribe_call(transcriber: BaseTranscriber, audio, *, call_id: str, metadata: dict | None = None,
                    language: str | None = None, glossary=(), split_channels: bool = False,
                    cache=None, vad: bool = True) -> Call:
    """Transcribe ``audio`` (a :class:`qa.audio.Audio`) into a :class:`Call` with segments and words.

    split_channels=True transcribes each channel on its own (one party per channel on a stereo call
    recording); every segment and word then carries ``channel=i`` and the segments of all channels
    are merged in time order. The cache (``qa.cache.Cache``) makes a re-run free.
    """
    common = dict(audio_sha256=audio.info.sha256, language=language, glossary=glossary, vad=vad,
                  cache=cache)
    if split_channels:
        def part(i: int) -> Transcription:
            return transcribe_signal(transcriber, audio.channel(i), channel=i, **common)

        if getattr(transcriber, "parallel", 1) > 1:  # side by side, each on its share of the threads
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(audio.channels, thread_name_prefix="qa-channel") as pool:
                parts = list(pool.map(part, range(audio.channels)))
        else:
            parts = [part(i) for i in range(audio.channels)]
        segments = tuple(sorted((s for i, p in enumerate(parts) for s in _with_channel(p, i)),
                                key=lambda s: (s.start, s.end, s.channel)))
        main = max(parts, key=lambda p: len(p.words))  # the language of the channel with most speech
        asr = dict(main.asr, split_channels=True,
                   channel_languages=[[p.language, p.language_probability] for p in parts])
    else:
        main = transcribe_signal(transcriber, audio.mono, channel="mix", **common)
        segments, asr = main.segments, dict(main.asr, split_channels=False)
    return Call(call_id=call_id, audio=audio.info, language=main.language,
                language_probability=main.language_probability, asr=asr,
                metadata=dict(metadata or {}), segments=segments)


__all__ = ["ENGINES", "DEFAULT_ENGINE", "Transcriber", "LazyTranscriber", "Transcription", "load_transcriber",
           "transcribe_call", "transcribe_signal", "glossary_prompt", "default_threads", "Word"]
