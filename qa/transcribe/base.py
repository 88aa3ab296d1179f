"""What both engines share: the result type, voice-activity detection and the glossary prompt.

VAD runs here, once, the same way for both engines: Silero VAD (the ONNX model that ships inside the
faster-whisper wheel, run with onnxruntime, no download) finds the speech; only the speech is decoded,
and word times are mapped back to the original recording. A recording with no speech returns no
segments at all, so silence and hold music never turn into invented words.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from qa.audio import SAMPLE_RATE
from qa.model import Segment, Word

# faster-whisper's own defaults for vad_filter=True: a pause of 2 s splits speech, 0.4 s padding.
VAD_OPTIONS = {"threshold": 0.5, "min_silence_duration_ms": 2000, "speech_pad_ms": 400}
# Anti-hallucination: never feed the previous window's text back in (loops and invented sentences
# on pauses come from that), keep Whisper's compression-ratio / log-prob / no-speech fallbacks.
DECODE_DEFAULTS = {"condition_on_previous_text": False, "temperature": (0.0, 0.2, 0.4, 0.6, 0.8, 1.0),
                   "compression_ratio_threshold": 2.4, "no_speech_threshold": 0.6}


@dataclass(frozen=True)
class Transcription:
    """What one engine heard in one 16 kHz signal."""
    segments: tuple[Segment, ...]
    language: str | None
    language_probability: float | None
    asr: dict = field(default_factory=dict)  # engine, model, settings

    @property
    def words(self) -> tuple[Word, ...]:
        return tuple(w for s in self.segments for w in s.words)

    def to_dict(self) -> dict:
        return {"segments": [s.to_dict() for s in self.segments], "language": self.language,
                "language_probability": self.language_probability, "asr": self.asr}

    @classmethod
    def from_dict(cls, data: dict) -> "Transcription":
        return cls(tuple(Segment.from_dict(s) for s in data["segments"]), data.get("language"),
                   data.get("language_probability"), data.get("asr") or {})


def glossary_prompt(glossary) -> str | None:
    """Company and product names as the decoder's prompt text: Whisper copies their spelling."""
    terms = [t.strip() for t in glossary or () if t and t.strip()]
    return ", ".join(dict.fromkeys(terms)) + "." if terms else None


def speech_chunks(samples: np.ndarray) -> list[dict]:
    """Silero VAD speech regions as [{"start": sample, "end": sample}, ...] (possibly empty)."""
    import onnxruntime
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    onnxruntime.disable_telemetry_events()  # the VAD runs on onnxruntime; an offline tool reports nothing

    return get_speech_timestamps(samples, VadOptions(**VAD_OPTIONS), sampling_rate=SAMPLE_RATE)


def keep_speech(samples: np.ndarray, chunks: list[dict]) -> np.ndarray:
    """The speech regions joined end to end (what the decoder sees)."""
    return np.concatenate([samples[c["start"]:c["end"]] for c in chunks]).astype(np.float32)


def restore_times(segments: list[Segment], chunks: list[dict]) -> list[Segment]:
    """Map times on the joined speech back to the recording (as faster-whisper's vad_filter does).

    Both ends of a word are resolved in the chunk holding its middle, so a word never straddles a
    removed silence; a segment then spans its words.
    """
    from faster_whisper.vad import SpeechTimestampsMap

    ts_map = SpeechTimestampsMap(chunks, SAMPLE_RATE)
    restored = []
    for segment in segments:
        if segment.words:
            words = []
            for word in segment.words:
                index = ts_map.get_chunk_index((word.start + word.end) / 2)
                words.append(Word(start=ts_map.get_original_time(word.start, index),
                                  end=ts_map.get_original_time(word.end, index),
                                  text=word.text, probability=word.probability))
            restored.append(Segment(start=words[0].start, end=words[-1].end, text=segment.text,
                                    words=tuple(words)))
        else:
            restored.append(Segment(start=ts_map.get_original_time(segment.start),
                                    end=ts_map.get_original_time(segment.end, is_end=True),
                                    text=segment.text))
    return restored


def make_segment(start: float, end: float, text: str, words) -> Segment | None:
    """A Segment from engine output (word tuples: start, end, text, probability); None if empty."""
    kept = tuple(Word(start=round(float(s), 3), end=round(float(e), 3), text=t.strip(),
                      probability=round(float(p), 4)) for s, e, t, p in words if t.strip())
    text = text.strip()
    if not text and not kept:
        return None
    return Segment(start=round(float(start), 3), end=round(float(end), 3), text=text, words=kept)


class BaseTranscriber:
    """The engine-independent part of a transcriber: VAD, language choice, time restoration.

    Subclasses set ``engine``, ``model_name`` and ``multilingual`` and implement ``_detect`` (language
    and probability of a 16 kHz signal), ``_decode`` (segments on that signal) and ``close``.
    """
    engine = ""
    model_name = ""
    multilingual = True

    def __init__(self, *, beam_size: int, threads: int, compute_type: str, batch_size: int = 1):
        self.beam_size = beam_size
        self.threads = threads
        self.compute_type = compute_type
        self.batch_size = batch_size

    def settings(self, *, vad: bool, glossary=(), language=None) -> dict:
        """Everything that changes the output: part of the cache key and of the call's ``asr``."""
        return {"beam_size": self.beam_size, "batch_size": self.batch_size, "compute_type": self.compute_type,
                "vad": vad,
                "vad_options": VAD_OPTIONS if vad else None, "word_timestamps": True,
                "condition_on_previous_text": DECODE_DEFAULTS["condition_on_previous_text"],
                "glossary": list(glossary or ()), "language": language}

    def transcribe(self, samples: np.ndarray, *, language: str | None = None, glossary=(),
                   vad: bool = True) -> Transcription:
        from qa.errors import ModelError

        samples = np.ascontiguousarray(samples, dtype=np.float32).reshape(-1)
        if language and not self.multilingual and language != "en":
            raise ModelError(f"model {self.model_name} is English only and cannot transcribe "
                             f"language {language!r}; use --model base.")
        asr = {"engine": self.engine, "model": self.model_name,
               "settings": self.settings(vad=vad, glossary=glossary, language=language)}
        chunks = speech_chunks(samples) if vad else [{"start": 0, "end": len(samples)}]
        asr["speech_seconds"] = round(sum(c["end"] - c["start"] for c in chunks) / SAMPLE_RATE, 2)
        if not chunks:
            return Transcription((), language, 1.0 if language else None, asr)
        speech = keep_speech(samples, chunks)
        if language:
            probability = 1.0
        elif not self.multilingual:
            language, probability = "en", 1.0
        else:
            language, probability = self._detect(speech)
        segments = self._decode(speech, language, glossary_prompt(glossary))
        if vad:
            segments = restore_times(segments, chunks)
        return Transcription(tuple(segments), language, round(float(probability), 4), asr)

    def _detect(self, speech: np.ndarray) -> tuple[str, float]:
        raise NotImplementedError

    def _decode(self, speech: np.ndarray, language: str, prompt: str | None) -> list[Segment]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
