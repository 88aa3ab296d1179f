"""The whole job: transcribe -> diarize -> score -> ticket -> store -> report, one call at a time.

Each call goes through every stage in a :class:`qa.worker.Worker`, whose models stay loaded for the
whole batch, and is committed to the results store (and its call and result JSON written) as soon as
it is finished: a batch killed at any point loses at most the calls in flight. Transcripts and
diarizations are cached by content and settings, and every stored result carries an *input key* (a
hash of the recording or transcript, the manifest entry, the settings, the rubric and the ticket
exports), so running the same folder again skips the calls already scored the same way and only
finishes the rest; ``force`` redoes everything.

``jobs`` > 1 runs that many worker processes, each with its own models; the calling process is the
one writer of the store and the files, so the store stays consistent. A failing call is recorded
with its stage and message and the batch goes on (:mod:`qa.runner` has the policy).
"""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from qa.fileio import output_folder, safe_name, write_json
from qa.manifest import CallSpec, discover
from qa.model import Call, Result
from qa.rubric import DEFAULT_RUBRIC
from qa.runner import Failure, ProgressHook, attempt, no_progress, run_each
from qa.worker import CallOutcome, Worker

# The trained models and word lists scoring reads (act models, outcome model, company and PII lists):
# a rebuilt model changes a call's result, so their contents are part of every call's input key.
MODEL_DATA = Path(__file__).parent / "data"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunOptions:
    """Everything a run can be told; the CLI fills it from its options."""
    engine: str = "faster-whisper"
    model: str = "base"
    language: str | None = None
    glossary: tuple[str, ...] = ()
    rubric: str = DEFAULT_RUBRIC
    tickets: tuple[Path, ...] = ()  # ticket exports, beside any the manifest names
    ticket_mapping: Path | None = None
    num_speakers: int | None = None
    force: bool = False  # redo every call: no cached transcript or diarization, no skipping
    threads: int | None = None  # per worker; default: the cores shared out between the workers
    device: str = "cpu"  # where Whisper and pyannote run: "cpu" or "cuda" (qa.device)
    cache_dir: Path | None = None  # transcripts and diarizations (default: ~/.cache/qa/transcripts)
    db: Path | None = None
    templates: Path | None = None
    reports: bool = True
    jobs: int = 1  # worker processes (qa run's --jobs; the CLI defaults to the number of cores)
    executor: str = "local"  # "local" (this machine's processes) or "ray" (a Ray cluster)
    ray_address: str | None = None  # None with executor="ray": a local Ray instance
    redact: bool = True  # personal data out of every file written for people (docs/privacy.md)
    timezone: str | None = None  # manifest dates are shown in this zone (IANA name; default local)
    max_duration: float = 4 * 3600.0  # longer recordings are refused before transcription


@dataclass
class BatchOutcome:
    """What a run produced: scored calls, results, and every failure with its stage and message."""
    calls: list[Call] = field(default_factory=list)  # the calls scored by this run
    results: list[Result] = field(default_factory=list)  # this run's and the skipped calls' results
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # ticket records that could not be used...
    skipped: list[str] = field(default_factory=list)  # call ids already scored from the same inputs
    out_dir: Path | None = None
    index: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.failures


Progress = ProgressHook  # hook(step, artifact, file=, total=, completed=): see qa.runner


def _spec_label(spec: CallSpec) -> tuple[str, str]:
    return spec.call_id, str(spec.source)


def transcribe_stage(specs: list[CallSpec], options: RunOptions, failures: list[Failure],
                     progress: Progress = no_progress) -> list[Call]:
    """Audio -> Call with ASR segments (cached); transcripts are imported as they are."""
    with Worker(options) as worker:
        return run_each("transcribe", specs, lambda spec: worker.load(spec, decode=False)[0], label=_spec_label,
                        failures=failures, progress=progress)


def prepare_calls(specs: list[CallSpec], options: RunOptions = RunOptions(),
                  failures: list[Failure] | None = None, progress: Progress = no_progress) -> list[Call]:
    """Transcribe and diarize: everything ``qa score`` needs from audio (cached), each recording
    decoded once; a failing call is added to ``failures`` with the stage it failed at."""
    failures = [] if failures is None else failures
    calls = []
    with Worker(options) as worker:
        for position, spec in enumerate(specs):
            call_id, source = _spec_label(spec)
            progress("transcribe", None, file=call_id, total=len(specs), completed=position)
            loaded, failure = attempt("transcribe", call_id, source, lambda: worker.load(spec))
            if failure is None:
                progress("diarize", None, file=call_id, total=len(specs), completed=position)
                call, failure = attempt("diarize", call_id, source, lambda: worker.diarize(*loaded))
            if failure is None:
                calls.append(call)
            else:
                failures.append(failure)
    return calls


def _load_tickets(specs: Iterable[CallSpec], options: RunOptions, warnings: list[str]) -> dict:
    """Every ticket of every export; an unreadable export or record is a warning, not a stop."""
    from qa.errors import TicketError
    from qa.ticket import read_tickets

    tickets: dict = {}
    for path in _ticket_paths(specs, options):
        try:
            export = read_tickets(path, mapping=options.ticket_mapping)
        except TicketError as exc:
            warnings.append(f"{exc} (calls are scored without these tickets)")
            continue
        warnings.extend(export.problems)
        tickets.update(export.tickets)
    return tickets


def _ticket_paths(specs: Iterable[CallSpec], options: RunOptions) -> list[Path]:
    paths = list(options.tickets) + [Path(s.metadata["ticket"]) for s in specs if s.metadata.get("ticket")]
    return list(dict.fromkeys(paths))  # each export once, in order


def input_keys(specs: list[CallSpec], options: RunOptions, rubric) -> dict[str, str | None]:
    """Per call, a hash of everything its result depends on; None when the input cannot be read
    (the call is then processed, and its stage reports what is wrong)."""
    from qa import __version__
    from qa.audio import file_sha256
    from qa.cache import Cache

    def digest(path) -> str | None:
        try:
            return file_sha256(path)
        except OSError:
            return None

    settings = {"engine": options.engine, "model": options.model, "language": options.language,
                "glossary": list(options.glossary), "num_speakers": options.num_speakers}
    models = sorted((p.name, digest(p)) for p in MODEL_DATA.iterdir() if p.is_file())
    common = [__version__, settings, json.dumps(asdict(rubric), sort_keys=True, default=str), models,
              [digest(p) for p in _ticket_paths(specs, options)],
              digest(options.ticket_mapping) if options.ticket_mapping else None]
    keys = {}
    for spec in specs:
        content = digest(spec.source)
        keys[spec.call_id] = None if content is None else Cache.key(
            "qa run", content, str(spec.source), spec.call_id, spec.metadata, *common)
    return keys


def _worker_threads(options: RunOptions) -> int | None:
    if options.threads or options.jobs <= 1:
        return options.threads
    from qa.transcribe import default_threads

    return max(1, default_threads() // options.jobs)


def _execute(todo: list[tuple[CallSpec, str | None]], options: RunOptions, rubric, tickets: dict,
             progress: Progress) -> Iterator[CallOutcome]:
    """Each call's outcome as it is finished: in this process (jobs=1), in worker processes, or on Ray."""
    if options.executor == "ray":
        from qa import parallel

        yield from parallel.run_ray(todo, options, rubric, tickets, progress, threads=_worker_threads(options),
                                    address=options.ray_address)
        return
    if options.jobs <= 1 or len(todo) <= 1:
        with Worker(options, rubric=rubric, tickets=tickets) as worker:
            yield from worker.process_all(todo, progress=progress)
        return
    from qa import parallel

    yield from parallel.run_workers(todo, options, rubric, tickets, progress,
                                    threads=_worker_threads(options))


class BatchWriter:
    """The one writer of a batch: files first, then the store, one transaction per call, so a kill
    between the two leaves the call to be redone, never a stored call without its files."""

    def __init__(self, store, out: Path, batch_id: int, outcome: BatchOutcome, *, redact: bool = True):
        self.store, self.out, self.batch_id, self.outcome = store, out, batch_id, outcome
        self.redact = redact  # the files are for people: personal data out; the store keeps it raw

    def commit(self, done: CallOutcome) -> None:
        if done.failure is None:
            _, failure = attempt("store", done.call_id, done.source, lambda: self._save(done))
        else:
            failure = done.failure
        if failure is not None:
            self.store.save_failure(self.batch_id, failure.to_dict())
            self.outcome.failures.append(failure)
            return
        self.outcome.calls.append(done.call)
        self.outcome.results.append(done.result)

    def _save(self, done: CallOutcome) -> None:
        call, result = done.call, done.result
        self._write_files(call, result)
        with self.store.transaction():
            self.store.save_call(call, batch_id=self.batch_id)
            self.store.save_result(result, batch_id=self.batch_id, input_key=done.input_key)

    def keep(self, call_id: str, key: str) -> None:
        """A call already scored from the same inputs: its stored result, its files if missing."""
        result = self.store.result_for_input(call_id, key)
        if result is None:
            return
        paths = self._paths(call_id)
        if not (paths["results"].is_file() and paths["calls"].is_file()) \
                and (call := self.store.get_call(call_id)) is not None:
            self._write_files(call, result)
        self.outcome.results.append(result)
        self.outcome.skipped.append(call_id)


    def _paths(self, call_id: str) -> dict[str, Path]:
        name = safe_name(call_id)  # an id is a name, never a path
        return {"calls": self.out / "calls" / f"{name}.call.json",
                "results": self.out / "results" / f"{name}.result.json"}

    def _write_files(self, call: Call, result: Result) -> None:
        paths = self._paths(call.call_id)
        if self.redact:
            from qa.redact.apply import Redactor

            redactor = Redactor(call)
            call, result = redactor.call, redactor.result(result)
        write_json(paths["calls"], call.to_dict())
        write_json(paths["results"], result.to_dict())


def run_batch(inputs: list[str | Path], out_dir: str | Path, options: RunOptions = RunOptions(),
              progress: Progress = no_progress) -> BatchOutcome:
    """``qa run``: every call through every stage, each committed to the store as soon as it is
    finished; calls already scored from the same inputs are skipped; then the reports."""
    from qa.rubric import load_rubric
    from qa.store import Store

    out = output_folder(out_dir)  # a file there is a usage error, before any work
    specs = discover(inputs, options.timezone)  # a bad manifest is a config error: nothing to run
    rubric = load_rubric(options.rubric)  # a bad rubric too, found before any audio work
    outcome = BatchOutcome(out_dir=out)
    tickets = _load_tickets(specs, options, outcome.warnings)
    keys = input_keys(specs, options, rubric)
    with Store(options.db or out / "qa.sqlite") as store:
        batch_id = store.start_batch(command="qa run", inputs=[s.call_id for s in specs], rubric=options.rubric,
                                     engine=options.engine, model=options.model, jobs=options.jobs)
        with store.transaction():
            for ticket in tickets.values():
                store.save_ticket(ticket)
        writer = BatchWriter(store, out, batch_id, outcome, redact=options.redact)
        done = set() if options.force else store.scored_inputs()
        todo = []
        for spec in specs:
            key = keys[spec.call_id]
            if key is not None and (spec.call_id, key) in done:
                writer.keep(spec.call_id, key)
            else:
                todo.append((spec, key))
        if outcome.skipped:
            progress("skipped", outcome.skipped, total=len(specs), completed=len(outcome.skipped))
        for position, finished in enumerate(_execute(todo, options, rubric, tickets, progress), 1):
            writer.commit(finished)
            progress("stored", finished, file=finished.call_id, total=len(todo), completed=position)
        _in_input_order(outcome, specs)
        outcome.warnings += _unmatched(tickets, outcome.results)
        store.finish_batch(batch_id, ok=len(outcome.results), failed=len(outcome.failures))
        write_json(out / "failures.json", [f.to_dict() for f in outcome.failures])
        if options.reports:
            _report(store, out, options, outcome, progress)
    return outcome


def _in_input_order(outcome: BatchOutcome, specs: list[CallSpec]) -> None:
    order = {spec.call_id: position for position, spec in enumerate(specs)}
    for items in (outcome.calls, outcome.results, outcome.failures):
        items.sort(key=lambda item: order.get(item.call_id, len(order)))


def _unmatched(tickets: dict, results: list[Result]) -> list[str]:
    linked = {r.ticket_id for r in results if r.ticket_id}
    return [f"ticket {t.ticket_id} matches no call of this batch" for t in tickets.values()
            if t.ticket_id not in linked]


def _report(store, out: Path, options: RunOptions, outcome: BatchOutcome, progress: Progress) -> None:
    from qa.report import write_reports
    from qa.report.library import build_library

    progress("report", None, total=1, completed=0)
    build_library(store, out, templates=options.templates, redact=options.redact)
    outcome.index = write_reports(store, out, templates=options.templates, redact=options.redact)
    progress("report", outcome.index, total=1, completed=1)


__all__ = ["RunOptions", "BatchOutcome", "BatchWriter", "Failure", "Progress", "run_batch", "prepare_calls",
           "transcribe_stage", "input_keys"]
