"""The faster-whisper engine (CTranslate2): the default, the fastest on a CPU."""
from __future__ import annotations

import threading

import numpy as np

from qa.errors import ModelError
from qa.model import Segment
from qa.transcribe.base import DECODE_DEFAULTS, BaseTranscriber, make_segment
from qa.weights import ModelRef

# faster-whisper's batched inference: the speech is cut at pauses into windows of up to 30 s and 4
# windows are encoded and beam-searched together. On the 2-core CPU batching (8 windows) cut
# transcription CPU time by 28 % (English) and 42 % (Tagalog) on the tune calls of
# tests/data/splits.yaml at the same word error rate (12.6 -> 12.6 % en, 66.3 -> 67.4 % tl); 4 windows
# instead of 8 gave the same text on all 13 tune calls (one call's word times differ) for the same
# CPU time, and 0.1-0.45 GB less at the peak of a 3-4-minute Tagalog call (each window's beams
# hold their own cross-attention keys and values); see docs/transcription.md ("Batched decoding").
BATCH_SIZE = 4


class FasterWhisperTranscriber(BaseTranscriber):
    engine = "faster-whisper"

    def __init__(self, ref: ModelRef, *, threads: int, beam_size: int = 5, compute_type: str = "int8",
                 batch_size: int | None = None, device: str = "cpu", workers: int = 1):
        super().__init__(beam_size=beam_size, threads=threads, compute_type=compute_type,
                         batch_size=batch_size or BATCH_SIZE)
        from faster_whisper import WhisperModel

        self.model_name = ref.name
        try:
            self._model = WhisperModel(ref.source, device=device, compute_type=compute_type,
                                       cpu_threads=threads, num_workers=workers,
                                       local_files_only=ref.path is None and _offline())
        except ValueError as exc:  # a bad compute type
            raise ModelError(f"faster-whisper cannot load {ref.source} with compute type "
                             f"{compute_type!r}: {exc}; use int8, int8_float32 or float32.") from exc
        except Exception as exc:  # hub errors, missing files, corrupt model.bin
            raise ModelError(f"faster-whisper cannot load model {ref.name!r} ({type(exc).__name__}: "
                             f"{exc}); offline, use a built-in model (base, tiny.en) or a local "
                             "CTranslate2 folder.") from exc
        self.multilingual = bool(self._model.model.is_multilingual)
        self.parallel = workers  # transcriptions that may run at once, from different threads
        self._batched = threading.local()  # the batched pipeline keeps per-call state: one per thread

    def _detect(self, speech: np.ndarray) -> tuple[str, float]:
        language, probability, _ = self._model.detect_language(speech)
        return language, probability

    def _decode(self, speech: np.ndarray, language: str, prompt: str | None) -> list[Segment]:
        if self.batch_size > 1 and len(speech) > 30 * 16000:
            from faster_whisper import BatchedInferencePipeline

            if getattr(self._batched, "pipeline", None) is None:
                self._batched.pipeline = BatchedInferencePipeline(self._model)
            # Its own VAD pass on the joined speech only finds where to cut (pauses of 160 ms or more).
            pieces, _info = self._batched.pipeline.transcribe(
                speech, language=language, beam_size=self.beam_size, word_timestamps=True, vad_filter=True,
                hotwords=prompt, batch_size=self.batch_size, **DECODE_DEFAULTS)
        else:
            pieces, _info = self._model.transcribe(
                speech, language=language, beam_size=self.beam_size, word_timestamps=True,
                vad_filter=False, hotwords=prompt, **DECODE_DEFAULTS)
        segments = []
        for piece in pieces:  # a generator: decoding happens while iterating
            words = [(w.start, w.end, w.word, w.probability) for w in piece.words or ()]
            segment = make_segment(piece.start, piece.end, piece.text, words)
            if segment is not None:
                segments.append(segment)
        return segments

    def close(self) -> None:
        self._model = self._batched = None


def _offline() -> bool:
    import os

    return os.environ.get("HF_HUB_OFFLINE", "") not in ("", "0")
