"""The openai-whisper engine (PyTorch), running the same weights as faster-whisper.

The CTranslate2 model is converted once into an openai-whisper checkpoint (:mod:`.convert`). Word
timestamps come from cross-attention on a few "alignment heads"; openai-whisper only sets them for
checkpoints it downloaded itself, so they are set here from its own ``_ALIGNMENT_HEADS`` table for the
model's name (or from the model's config.json for other models); without that, word times drift.
"""
from __future__ import annotations

import json

import numpy as np

from qa.errors import ModelError
from qa.model import Segment
from qa.transcribe.base import DECODE_DEFAULTS, BaseTranscriber, make_segment
from qa.weights import ModelRef


class OpenAIWhisperTranscriber(BaseTranscriber):
    engine = "openai-whisper"

    def __init__(self, ref: ModelRef, *, threads: int, beam_size: int = 5, device: str = "cpu"):
        super().__init__(beam_size=beam_size, threads=threads, compute_type="float32")
        import torch

        torch.set_num_threads(threads)
        self.model_name = ref.name
        self._model = _load(ref, device)
        self.multilingual = bool(self._model.is_multilingual)

    def _detect(self, speech: np.ndarray) -> tuple[str, float]:
        import torch
        import whisper

        audio = whisper.pad_or_trim(torch.from_numpy(speech))
        mel = whisper.log_mel_spectrogram(audio, n_mels=self._model.dims.n_mels)
        with torch.inference_mode():
            _, probs = self._model.detect_language(mel.to(self._model.device))
        language = max(probs, key=probs.get)
        return language, float(probs[language])

    def _decode(self, speech: np.ndarray, language: str, prompt: str | None) -> list[Segment]:
        import whisper

        result = whisper.transcribe(
            self._model, speech, language=language, task="transcribe", beam_size=self.beam_size,
            best_of=5, word_timestamps=True, initial_prompt=prompt, carry_initial_prompt=bool(prompt),
            fp16=False, verbose=None, **DECODE_DEFAULTS)
        segments = []
        for piece in result["segments"]:
            words = [(w["start"], w["end"], w["word"], w["probability"]) for w in piece.get("words") or ()]
            segment = make_segment(piece["start"], piece["end"], piece["text"], words)
            if segment is not None:
                segments.append(segment)
        return segments

    def close(self) -> None:
        self._model = None


def _load(ref: ModelRef, device: str = "cpu"):
    """A ``whisper.Whisper`` on ``device`` from a converted CTranslate2 folder (or an OpenAI name);
    it decodes in float32 on either device (the same numbers as on the CPU)."""
    import whisper

    if ref.path is None:
        if ref.hub_name not in whisper.available_models():
            raise ModelError(f"openai-whisper has no model {ref.hub_name!r}; use a built-in model "
                             f"(base, tiny.en), a CTranslate2 folder, or one of: "
                             f"{', '.join(whisper.available_models())}.")
        try:  # needs OpenAI's download site or a copy in ~/.cache/whisper
            return whisper.load_model(ref.hub_name, device=device)
        except Exception as exc:
            raise ModelError(f"openai-whisper cannot load {ref.hub_name!r} ({exc}); offline, use a "
                             "built-in model (base, tiny.en).") from exc
    from qa.transcribe.convert import convert_model

    model = whisper.load_model(str(convert_model(ref.path)), device=device)
    _set_alignment_heads(model, ref)
    return model


def _set_alignment_heads(model, ref: ModelRef) -> None:
    import torch
    import whisper

    if ref.name in whisper._ALIGNMENT_HEADS:
        model.set_alignment_heads(whisper._ALIGNMENT_HEADS[ref.name])
        return
    config = ref.path / "config.json"
    heads = json.loads(config.read_text()).get("alignment_heads") if config.is_file() else None
    if heads:  # CTranslate2 stores the same table as (layer, head) pairs
        mask = torch.zeros(model.dims.n_text_layer, model.dims.n_text_head, dtype=torch.bool)
        for layer, head in heads:
            mask[layer, head] = True
        model.register_buffer("alignment_heads", mask.to_sparse(), persistent=False)
