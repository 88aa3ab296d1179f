"""``qa transcribe`` as a library function: many files, one model load, past every bad file."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from qa.errors import AudioError
from qa.fileio import read_text


@dataclass
class BatchReport:
    """What happened to each input: written, failed (with the message), or no speech found."""
    written: list[tuple[str, list[Path]]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    no_speech: list[str] = field(default_factory=list)
    cache_hits: int = 0  # files that came entirely from the cache

    @property
    def ok(self) -> bool:
        return not self.failed and not self.no_speech


def read_glossary(values) -> tuple[str, ...]:
    """Glossary terms from options: comma-separated terms, or a text file with one term a line."""
    terms: list[str] = []
    for value in values or ():
        path = Path(value)
        if path.is_file():
            lines = read_text(path).splitlines()
            terms.extend(t.strip() for t in lines if t.strip() and not t.lstrip().startswith("#"))
        else:
            terms.extend(t.strip() for t in str(value).split(",") if t.strip())
    return tuple(dict.fromkeys(terms))


def _unique_id(stem: str, seen: set[str]) -> str:
    call_id, n = stem, 2
    while call_id in seen:
        call_id, n = f"{stem}-{n}", n + 1
    seen.add(call_id)
    return call_id


def transcribe_files(inputs, out_dir: str | os.PathLike, *, engine: str = "faster-whisper",
                     model: str = "base", language: str | None = None, glossary=(),
                     formats=("json",), force: bool = False, split_channels: bool = False,
                     threads: int | None = None, cache_dir=None, on_file=None) -> BatchReport:
    """Transcribe audio files and folders into ``out_dir``; one bad file never stops the rest.

    The model is loaded once, on the first file that is not in the cache. ``on_file(path, status, detail)`` is
    called after each file (for progress output).
    """
    from qa.audio import find_audio_files, load_audio
    from qa.cache import Cache
    from qa.formats import write_outputs
    from qa.transcribe import load_transcriber, transcribe_call

    report = BatchReport()
    files, problems = find_audio_files(list(inputs))
    report.failed.extend(problems)
    cache = Cache(cache_dir, refresh=force)
    transcriber, seen = load_transcriber(engine, model, threads=threads, lazy=True), set()
    try:
        for path in files:
            try:
                audio = load_audio(path)
                misses = cache.misses
                call = transcribe_call(transcriber, audio, call_id=_unique_id(path.stem, seen),
                                       language=language, glossary=glossary,
                                       split_channels=split_channels, cache=cache)
                written = write_outputs(call, out_dir, formats)
            except (AudioError, OSError) as exc:  # this file is bad; model or option errors stop the batch
                message = str(exc) if isinstance(exc, AudioError) else \
                    f"{path}: cannot write the outputs into {out_dir}: {exc.strerror or exc}"
                report.failed.append((str(path), message))
                if on_file:
                    on_file(path, "failed", message)
                continue
            report.written.append((str(path), written))
            report.cache_hits += cache.misses == misses
            if not call.words:
                report.no_speech.append(str(path))
            if on_file:
                on_file(path, "no speech" if not call.words else "ok", f"{len(call.words)} words")
    finally:
        transcriber.close()
    return report
