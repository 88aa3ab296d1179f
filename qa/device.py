"""Where the models run: ``cpu`` (the default, what a laptop has) or ``cuda`` (an NVIDIA GPU).

Whisper (faster-whisper's CTranslate2, or openai-whisper's PyTorch) and pyannote's segmentation and
speaker embeddings move to the GPU; the scorer's e5 encoder and spaCy stay on the CPU (they are a
small share of the work). Transcripts are cached by the same settings on either device.
"""
from __future__ import annotations

from qa.errors import ConfigError

DEVICES = ("cpu", "cuda")


def check_device(device: str) -> str:
    """``device`` when the models can run there; a clear error (what to do) when they cannot."""
    if device not in DEVICES:
        raise ConfigError(f"unknown device {device!r}; choose one of: {', '.join(DEVICES)}.")
    if device == "cuda":
        import ctranslate2

        if ctranslate2.get_cuda_device_count() < 1:
            raise ConfigError("--device cuda: no CUDA GPU is visible here (CTranslate2 finds none); run with "
                             "--device cpu, or check the NVIDIA driver and CUDA_VISIBLE_DEVICES.")
    return device


__all__ = ["DEVICES", "check_device"]
