"""``qa score`` as a library call: calls in (call JSON, imported transcripts, audio), results out.

Stored call JSON is scored as it is: re-scoring with a new rubric version never runs speech
recognition. Audio goes through ``qa.pipeline.prepare_calls`` (transcribe + diarize, cached). One
bad file never stops the rest: it becomes a :class:`qa.runner.Failure` (the policy of every batch).
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from qa.fileio import safe_name, write_json, write_json_many
from qa.manifest import CallSpec, discover
from qa.model import Call, Result
from qa.rubric import DEFAULT_RUBRIC
from qa.runner import Failure, attempt, run_each


@dataclass
class ScoreRun:
    results: list[Result] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def _with_utterances(call: Call) -> Call:
    """An imported transcript with speaker labels but no utterances gets them (roles from text)."""
    if call.utterances or not any(s.speaker for s in call.segments):
        return call
    from qa.diarize import diarize_call

    return diarize_call(call, None)


def load_transcript(spec: CallSpec) -> Call:
    from qa.formats import load_call

    call = _with_utterances(load_call(spec.transcript))
    metadata = {**call.metadata, **spec.metadata}
    return replace(call, metadata=metadata) if metadata != call.metadata else call


def gather_calls(inputs: list, run: ScoreRun, pipeline_options=None) -> list[Call]:
    """Calls for every input: transcripts loaded as they are, audio prepared by the pipeline."""
    specs = discover(inputs)
    calls = run_each("import", [s for s in specs if s.audio is None], load_transcript,
                     label=lambda s: (s.call_id, str(s.source)), failures=run.failures)
    audio = [s for s in specs if s.audio is not None]
    if audio:
        from qa.pipeline import RunOptions, prepare_calls

        calls += prepare_calls(audio, pipeline_options or RunOptions(), run.failures)
    return calls


def _score_each(scorer, calls: list[Call], run: ScoreRun) -> list[Result | None]:
    """Results in order (None for a call that failed, with its failure noted): batched embeddings
    when every call scores, one by one to isolate the bad call when one does not."""
    try:
        return list(scorer.score_many(calls))
    except Exception:  # noqa: BLE001 - one call is bad: find it below, where each call is on its own
        pass
    results = []
    for call in calls:
        source = call.metadata.get("source") or call.call_id
        result, failure = attempt("score", call.call_id, source, lambda: scorer.score(call))
        if failure is not None:
            run.failures.append(failure)
        results.append(result)
    return results


def score_inputs(inputs: list, rubric=DEFAULT_RUBRIC, out_dir: str | Path | None = None, *,
                 pipeline_options=None, scorer=None) -> ScoreRun:
    """Score every call found in ``inputs``; write ``<call_id>.result.json`` into ``out_dir``."""
    from qa.score.engine import Scorer

    run = ScoreRun()
    calls = gather_calls(inputs, run, pipeline_options)
    scorer = scorer or Scorer(rubric)
    for call, result in zip(calls, _score_each(scorer, calls, run)):
        if result is None:
            continue
        run.results.append(result)
        if out_dir is not None:
            run.written.append(write_json(Path(out_dir) / f"{safe_name(call.call_id)}.result.json", result.to_dict()))
    return run


RESCORE_CHUNK = 500  # calls held in memory, scored together and committed in one transaction
# From this many stored calls re-scoring uses one process per core by default: below it, starting the
# workers (each loads spaCy and the embedding model) costs about what the second core saves.
PARALLEL_FROM = 2000


def rescore_store(db_path: str | Path, rubric, out_dir: str | Path | None = None, *,
                  call_ids=None, scorer=None, jobs: int | None = 1) -> ScoreRun:
    """Re-score the calls kept in a results store (``qa run`` wrote it) with ``rubric``: no speech
    recognition, results saved beside the old ones under the new rubric id and version. Ticket
    findings from the call's latest stored result are kept (the ticket did not change).

    Calls are read, scored and committed ``RESCORE_CHUNK`` at a time: memory stays flat on a store
    of any size, and an interruption keeps every chunk already committed. ``jobs`` > 1 scores the
    chunks in that many processes (each reads its calls and loads the scorer's models once); this
    process stays the one writer and commits the chunks in order. ``jobs=None``: one per core (as
    memory allows) on :data:`PARALLEL_FROM` calls or more, else one."""
    from dataclasses import asdict

    from qa.rubric import load_rubric
    from qa.store import Store

    run = ScoreRun()
    scorecard = scorer.rubric if scorer is not None else (load_rubric(rubric) if isinstance(rubric, str) else rubric)
    with Store(db_path) as store:
        # 64 MB of page cache (SQLite's default is 2 MB) for the writer: each chunk adds rows all over
        # the verdict and result indexes, and with the default half the saving time went to re-reading
        # their pages. Only this connection, only while re-scoring.
        store.connection.execute("PRAGMA cache_size = -65536")
        store.save_rubric(scorecard.id, scorecard.version, {"path": scorecard.path,
                          "criteria": [asdict(c) for c in scorecard.criteria]})
        wanted = None if call_ids is None else set(call_ids)
        ids = [i for i in store.call_ids() if wanted is None or i in wanted]
        if jobs is None:
            jobs = rescore_jobs(len(ids))
        size = RESCORE_CHUNK if jobs <= 1 else max(1, min(RESCORE_CHUNK, -(-len(ids) // (2 * jobs))))
        chunks = [ids[first:first + size] for first in range(0, len(ids), size)]
        with _collector_paused():  # the results kept here would be scanned again and again
            for results, failures in _scored_chunks(db_path, scorer, scorecard, chunks, jobs):
                run.failures += failures
                saved, dicts = _save_chunk(store, results)
                if out_dir is not None:
                    run.written += write_json_many(
                        [(Path(out_dir) / f"{safe_name(r.call_id)}.result.json", d) for r, d in zip(saved, dicts)])
                run.results += saved
    return run


def _save_chunk(store, results: list[Result]) -> tuple[list[Result], list[dict]]:
    """Commit a chunk's results in one transaction, each with the ticket comparison of its call's
    newest stored result (one query for the chunk). Returns them with their ``to_dict()`` (made once,
    for the store and the result files)."""
    saved = []
    with store.transaction():
        kept = store.ticket_comparisons([r.call_id for r in results])
        for result in results:
            if result.call_id in kept:
                ticket_id, findings, ticket_score = kept[result.call_id]
                result = replace(result, ticket_id=ticket_id, findings=findings, ticket_score=ticket_score)
            saved.append(result)
        dicts = [result.to_dict() for result in saved]
        store.save_results(saved, dicts=dicts)
    return saved, dicts


@contextmanager
def _collector_paused():
    """Python's cycle collector paused while re-scoring. A chunk makes a few hundred thousand small
    objects (the words of 500 calls) and next to no reference cycles (none with ``helpdesk``, a few
    dozen ctypes objects a chunk when the encoder runs), and the results are kept, so the
    collector's passes over them, and over the loaded models in its oldest generation, were pure
    cost (a fifth of the re-scoring time); reference counting frees everything as before, and the
    collector is back on (and collects those few) afterwards."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_rescorer = None  # (Scorer, db path) of this process, when it is a re-scoring worker


def rescore_jobs(count: int) -> int:
    """Processes for re-scoring ``count`` stored calls when none are asked for."""
    from qa.parallel import default_jobs

    return default_jobs() if count >= PARALLEL_FROM else 1


def _scored_chunks(db_path, scorer, rubric, chunks: list[list[str]], jobs: int):
    """(results, failures) of each chunk of call ids, in order: here, or in ``jobs`` processes."""
    if jobs <= 1 or len(chunks) < 2:
        from qa.score.engine import Scorer

        scorer = scorer or Scorer(rubric)
        for ids in chunks:
            yield _score_ids(ids, scorer, db_path)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), mp_context=context,
                             initializer=_start_rescorer, initargs=(rubric, str(db_path))) as pool:
        yield from pool.map(_worker_score_ids, chunks)


def _start_rescorer(rubric, db_path: str) -> None:
    global _rescorer
    import sys

    # spaCy's thinc imports torch when it can (1.4 CPU-seconds and ~200 MB a worker) only to offer
    # torch models; scoring runs none (tokenizers, the rule lemmatizer, e5 on numpy). This process
    # only re-scores (spawned, nothing imported yet): thinc takes torch as not installed.
    sys.modules.setdefault("torch", None)
    from qa.score.engine import Scorer

    _rescorer = (Scorer(rubric), db_path)


def _worker_score_ids(ids: list[str]) -> tuple[list[Result], list[Failure]]:
    return _score_ids(ids, *_rescorer)


def _score_ids(ids: list[str], scorer, db_path) -> tuple[list[Result], list[Failure]]:
    from qa.store import Store

    run = ScoreRun()
    with _collector_paused():
        with Store(db_path) as store:
            calls = list(store.calls_for_rescoring(ids, segment_words=False))
        results = _score_each(scorer, calls, run)
    return [r for r in results if r is not None], run.failures
