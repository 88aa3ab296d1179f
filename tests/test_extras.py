"""A feature whose optional packages are not installed says which extra to install (exit code 2).

The core install (no torch) is checked for real by installing the wheel without extras (docs/install.md);
here a module that does not exist stands for the missing package.
"""
from __future__ import annotations

import pytest

from qa.diarize import load_diarizer
from qa.errors import MissingExtraError
from qa.extras import EXTRAS, missing
from qa.transcribe import load_transcriber


def test_everything_the_tests_use_is_installed():
    assert {extra: missing(extra) for extra in EXTRAS} == {extra: [] for extra in EXTRAS}


def test_diarizing_without_the_speech_extra_says_what_to_install(monkeypatch):
    monkeypatch.setitem(EXTRAS, "speech", ("torch", "qa_missing.pyannote"))
    with pytest.raises(MissingExtraError) as error:
        load_diarizer()
    assert str(error.value) == ("Diarizing a mono call needs the [speech] extra (qa_missing.pyannote not installed); "
                                "install it with: pip install 'qa[speech]' (see docs/install.md)")
    assert error.value.exit_code == 2


def test_the_openai_engine_without_its_extra_fails_before_any_audio(monkeypatch):
    monkeypatch.setitem(EXTRAS, "openai-whisper", ("qa_missing_whisper",))
    with pytest.raises(MissingExtraError, match=r"--engine openai-whisper needs the \[openai-whisper\] extra"):
        load_transcriber("openai-whisper", lazy=True)
