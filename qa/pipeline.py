"""The whole job, batched by stage: transcribe -> diarize -> score -> ticket -> store -> report.

Each heavy model is loaded once, every call of the batch goes through it, then it is released before
the next stage loads its own (a laptop has room for one model at a time, not four). A call that fails
at any stage is recorded with its message and the batch goes on; whatever was computed for the other
calls is kept: transcripts are cached by audio content, and every finished call is written at once.
"""
from __future__ import annotations

import gc
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from qa.errors import QAError
from qa.fileio import write_json
from qa.manifest import CallSpec, discover
from qa.model import Call, Result

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunOptions:
    """Everything a run can be told; the CLI fills it from its options."""
    engine: str = "faster-whisper"
    model: str = "base"
    language: str | None = None
    glossary: tuple[str, ...] = ()
    rubric: str = "helpdesk"
    tickets: tuple[Path, ...] = ()  # ticket exports, beside any the manifest names
    ticket_mapping: Path | None = None
    num_speakers: int | None = None
    force: bool = False
    threads: int | None = None
    cache_dir: Path | None = None  # transcripts cache (default: ~/.cache/qa/transcripts)
    db: Path | None = None
    templates: Path | None = None
    reports: bool = True


@dataclass(frozen=True)
class Failure:
    call_id: str
    source: str
    stage: str
    message: str

    def to_dict(self) -> dict:
        return {"call_id": self.call_id, "source": self.source, "stage": self.stage,
                "message": self.message}


@dataclass
class BatchOutcome:
    """What a run produced: scored calls, results, and every failure with its stage and message."""
    calls: list[Call] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # ticket records that could not be used...
    out_dir: Path | None = None
    index: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.failures


Progress = Callable[[str, int, int, str], None]  # stage, done, total, call id


def _quiet(stage: str, done: int, total: int, call_id: str) -> None:
    log.info("%s %d/%d %s", stage, done, total, call_id)


def _each(stage: str, items: list, progress: Progress, failures: list[Failure],
          work: Callable, label: Callable) -> list:
    """Run ``work`` on every item; a failing item becomes a Failure and the rest go on."""
    done = []
    for position, item in enumerate(items, 1):
        call_id, source = label(item)
        progress(stage, position, len(items), call_id)
        try:
            done.append(work(item))
        except QAError as exc:
            failures.append(Failure(call_id, source, stage, str(exc)))
        except Exception as exc:  # a bug or a library failure on one call must not stop a batch
            log.exception("%s failed on %s", stage, call_id)
            failures.append(Failure(call_id, source, stage, f"{type(exc).__name__}: {exc}"))
    return done


def _spec_label(spec: CallSpec) -> tuple[str, str]:
    return spec.call_id, str(spec.source)


def _call_label(call: Call) -> tuple[str, str]:
    return call.call_id, call.audio.path if call.audio else call.metadata.get("source", "")


def _with_metadata(call: Call, spec: CallSpec) -> Call:
    metadata = {**call.metadata, **spec.metadata, "source": str(spec.source)}
    return replace(call, call_id=spec.call_id, metadata=metadata)


def _cache(options: RunOptions):
    from qa.cache import Cache

    return Cache(options.cache_dir, refresh=options.force)


def transcribe_stage(specs: list[CallSpec], options: RunOptions, failures: list[Failure],
                     progress: Progress = _quiet) -> list[Call]:
    """Audio -> Call with ASR segments; transcripts are imported as they are."""
    from qa.formats import load_call

    calls: list[Call] = []
    audio_specs = [s for s in specs if s.audio is not None]
    calls += _each("import", [s for s in specs if s.audio is None], progress, failures,
                   lambda s: _with_metadata(load_call(s.transcript), s), _spec_label)
    if not audio_specs:
        return calls
    from qa.audio import load_audio
    from qa.transcribe import load_transcriber, transcribe_call

    cache = _cache(options)
    # Lazy: the model loads on the first call the cache does not have (a re-run loads nothing).
    transcriber = load_transcriber(options.engine, options.model, threads=options.threads, lazy=True)

    def one(spec: CallSpec) -> Call:
        audio = load_audio(spec.audio)
        split = bool(spec.metadata.get("channels")) and audio.samples.shape[0] == 2
        call = transcribe_call(
            transcriber, audio, call_id=spec.call_id, metadata=spec.metadata,
            language=spec.metadata.get("language") or options.language, glossary=options.glossary,
            split_channels=split, cache=cache)
        return _with_metadata(call, spec)

    try:
        calls += _each("transcribe", audio_specs, progress, failures, one, _spec_label)
    finally:
        transcriber.close()
        gc.collect()
    return calls


def diarize_stage(calls: list[Call], options: RunOptions, failures: list[Failure],
                  progress: Progress = _quiet) -> list[Call]:
    """Call -> Call with turns, utterances and roles. Pyannote loads only for mono audio calls."""
    from qa.audio import load_audio
    from qa.diarize import diarize_call, load_diarizer, parse_channel_map

    diarizer = None

    def one(call: Call) -> Call:
        nonlocal diarizer
        meta = call.metadata
        channels = parse_channel_map(meta["channels"]) if meta.get("channels") else None
        audio = load_audio(call.audio.path) if call.audio else None
        needs_pyannote = audio is not None and not (channels and audio.samples.shape[0] == 2)
        if needs_pyannote and diarizer is None:
            diarizer = load_diarizer()
        return diarize_call(call, audio, diarizer=diarizer if needs_pyannote else None,
                            channels=channels,
                            num_speakers=meta.get("num_speakers") or options.num_speakers,
                            agent_speaker=meta.get("agent_speaker"))

    try:
        return _each("diarize", calls, progress, failures, one, _call_label)
    finally:
        if diarizer is not None:
            diarizer.close()
        gc.collect()


def prepare_calls(specs: list[CallSpec], options: RunOptions = RunOptions(),
                  failures: list[Failure] | None = None, progress: Progress = _quiet) -> list[Call]:
    """Transcribe and diarize: everything ``qa score`` needs from audio (cached)."""
    failures = [] if failures is None else failures
    calls = transcribe_stage(specs, options, failures, progress)
    return diarize_stage(calls, options, failures, progress)


def _load_tickets(specs: Iterable[CallSpec], options: RunOptions, warnings: list[str]) -> dict:
    """Every ticket of every export; an unreadable export or record is a warning, not a stop."""
    from qa.errors import TicketError
    from qa.ticket import read_tickets

    paths = list(options.tickets)
    paths += [Path(s.metadata["ticket"]) for s in specs if s.metadata.get("ticket")]
    tickets: dict = {}
    for path in dict.fromkeys(paths):  # each export once, in order
        try:
            export = read_tickets(path, mapping=options.ticket_mapping)
        except TicketError as exc:
            warnings.append(f"{exc} (calls are scored without these tickets)")
            continue
        warnings.extend(export.problems)
        tickets.update(export.tickets)
    return tickets


def score_stage(calls: list[Call], options: RunOptions, tickets: dict, failures: list[Failure],
                progress: Progress = _quiet) -> list[Result]:
    """Score every call against the rubric, and compare it with its ticket when there is one."""
    from qa.rubric import load_rubric
    from qa.score import Scorer
    from qa.ticket import attach, compare, link_ticket
    from qa.ticket.align import Aligner

    scorer = Scorer(load_rubric(options.rubric))
    similarity = Aligner(encoder=scorer.embedder.model).similarity  # one e5 model for both stages
    scorer.plan(calls)  # embeds the whole batch's sentences together: several times cheaper

    def one(call: Call) -> Result:
        result = scorer.score(call)
        ticket = link_ticket(call, tickets) if tickets else None
        if ticket is None:
            return result
        return attach(result, compare(call, ticket, outcome=result.outcome, similarity=similarity))

    try:
        return _each("score", calls, progress, failures, one, _call_label)
    finally:
        scorer.close()


def run_batch(inputs: list[str | Path], out_dir: str | Path, options: RunOptions = RunOptions(),
              progress: Progress = _quiet) -> BatchOutcome:
    """``qa run``: every stage over every call, results stored in SQLite, reports written."""
    out = Path(out_dir)
    specs = discover(inputs)  # a bad manifest is a config error: nothing to run
    outcome = BatchOutcome(out_dir=out)
    tickets = _load_tickets(specs, options, outcome.warnings)
    calls = prepare_calls(specs, options, outcome.failures, progress)
    for call in calls:
        write_json(out / "calls" / f"{call.call_id}.call.json", call.to_dict())
    results = score_stage(calls, options, tickets, outcome.failures, progress)
    for result in results:
        write_json(out / "results" / f"{result.call_id}.result.json", result.to_dict())
    outcome.calls, outcome.results = calls, results
    from qa.ticket import unmatched_tickets

    outcome.warnings += [f"ticket {t.ticket_id} matches no call of this batch"
                         for t in unmatched_tickets(tickets, calls)]
    _store_and_report(outcome, tickets, options, progress)
    write_json(out / "failures.json", [f.to_dict() for f in outcome.failures])
    return outcome


def _store_and_report(outcome: BatchOutcome, tickets: dict, options: RunOptions,
                      progress: Progress) -> None:
    from qa.store import Store

    out = outcome.out_dir
    with Store(options.db or out / "qa.sqlite") as store:
        batch_id = store.start_batch(command="qa run", inputs=[c.call_id for c in outcome.calls],
                                     rubric=options.rubric, engine=options.engine, model=options.model)
        scored = {r.call_id for r in outcome.results}
        with store.transaction():  # one commit for the batch: all of it is kept, or none
            for ticket in tickets.values():
                store.save_ticket(ticket)
            for call in outcome.calls:
                if call.call_id in scored:
                    store.save_call(call, batch_id=batch_id)
            for result in outcome.results:
                store.save_result(result, batch_id=batch_id)
            for failure in outcome.failures:
                store.save_failure(batch_id, failure.to_dict())
        store.finish_batch(batch_id, ok=len(outcome.results), failed=len(outcome.failures))
        if options.reports:
            from qa.report import write_reports
            from qa.report.library import build_library

            progress("report", 1, 1, "")
            build_library(store, out, templates=options.templates)
            outcome.index = write_reports(store, out, templates=options.templates)
