"""Nothing leaves the machine at run time: libraries that would call home are told not to.

Set when :mod:`qa` is imported, before any of them is: the Hugging Face hub and transformers work
offline and send no telemetry, pyannote.audio 4 sends no usage metrics (it reports to its server by
default), and onnxruntime (faster-whisper's VAD) has its telemetry events turned off as soon as it is
loaded. Each variable is only a default: a user who wants a hub pipeline (``qa diarize --pipeline``)
sets ``HF_HUB_OFFLINE=0`` themself. ``tests/test_offline.py`` runs a batch with no network at all.
"""
from __future__ import annotations

import importlib.abc
import os
import sys

ENVIRONMENT = {
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_DATASETS_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "DO_NOT_TRACK": "1",
    "PYANNOTE_METRICS_ENABLED": "false",
}


def _quiet_onnxruntime(module) -> None:
    disable = getattr(module, "disable_telemetry_events", None)
    if disable is not None:
        disable()
        module.qa_telemetry_off = True  # for the test that checks it


class _OnnxruntimeHook(importlib.abc.MetaPathFinder):
    """Turns onnxruntime's telemetry off right after whoever imports it first has loaded it."""

    def find_spec(self, name, path=None, target=None):
        if name != "onnxruntime":
            return None
        sys.meta_path.remove(self)  # find the real spec, once
        try:
            import importlib.util

            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        original = loader.exec_module

        def exec_module(module):
            original(module)
            _quiet_onnxruntime(module)

        loader.exec_module = exec_module
        return spec


def no_network() -> None:
    """Make every library qa uses work offline; safe to call more than once."""
    for name, value in ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    if "onnxruntime" in sys.modules:
        _quiet_onnxruntime(sys.modules["onnxruntime"])
    elif not any(isinstance(finder, _OnnxruntimeHook) for finder in sys.meta_path):
        sys.meta_path.insert(0, _OnnxruntimeHook())


__all__ = ["ENVIRONMENT", "no_network"]
