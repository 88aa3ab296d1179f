"""``qa transcribe`` as a library function: many files, one model load, past every bad file."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from qa.errors import QAError
from qa.fileio import read_text
from qa.runner import Failure, ProgressHook, attempt, no_progress


@dataclass
class BatchReport:
    """What happened to each input: written, failed (with the stage and message), or no speech found."""
    written: list[tuple[str, list[Path]]] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
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
                     threads: int | None = None, cache_dir=None,
                     progress: ProgressHook = no_progress) -> BatchReport:
    """Transcribe audio files and folders into ``out_dir``; one bad file never stops the rest
    (:mod:`qa.runner` has the policy).

    The model is loaded once, on the first file that is not in the cache. ``progress`` is the
    batch progress hook (``hook(step, artifact, file=, total=, completed=)``).
    """
    from qa.audio import find_audio_files, load_audio
    from qa.cache import Cache
    from qa.formats import write_outputs
    from qa.transcribe import load_transcriber, transcribe_call

    report = BatchReport()
    files, problems = find_audio_files(list(inputs))
    report.failed += [Failure(Path(path).stem, str(path), "input", message) for path, message in problems]
    cache = Cache(cache_dir, refresh=force)
    transcriber, seen = load_transcriber(engine, model, threads=threads, lazy=True), set()

    def one(path: Path, call_id: str):
        call = transcribe_call(transcriber, load_audio(path), call_id=call_id, language=language,
                               glossary=glossary, split_channels=split_channels, cache=cache)
        try:
            return call, write_outputs(call, out_dir, formats)
        except OSError as exc:
            raise QAError(f"{path}: cannot write the outputs into {out_dir}: {exc.strerror or exc}") from exc

    try:
        for position, path in enumerate(files):
            call_id = _unique_id(path.stem, seen)
            progress("transcribe", None, file=str(path), total=len(files), completed=position)
            misses = cache.misses
            done, failure = attempt("transcribe", call_id, str(path), lambda: one(path, call_id))
            if failure is not None:
                report.failed.append(failure)
                continue
            call, written = done
            report.written.append((str(path), written))
            report.cache_hits += cache.misses == misses
            if not call.words:
                report.no_speech.append(str(path))
    finally:
        transcriber.close()
    return report
