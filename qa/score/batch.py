"""``qa score`` as a library call: calls in (call JSON, imported transcripts, audio), results out.

Stored call JSON is scored as it is: re-scoring with a new rubric version never runs speech
recognition. Audio goes through the lead's ``qa.pipeline.prepare_calls`` (transcribe + diarize,
cached). One bad file never stops the rest: it becomes a failure with its message.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from qa.errors import QAError
from qa.fileio import write_json
from qa.manifest import CallSpec, discover
from qa.model import Call, Result


@dataclass
class ScoreRun:
    results: list[Result] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, message)


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
    calls: list[Call] = []
    for spec in (s for s in specs if s.audio is None):
        try:
            calls.append(load_transcript(spec))
        except QAError as exc:
            run.failures.append((str(spec.source), str(exc)))
    audio = [s for s in specs if s.audio is not None]
    if audio:
        from qa.pipeline import Failure, RunOptions, prepare_calls

        failures: list[Failure] = []
        try:
            calls += prepare_calls(audio, pipeline_options or RunOptions(), failures)
        except (QAError, ImportError) as exc:  # a broken speech stage must not lose the transcripts
            run.failures += [(str(s.source), f"transcribe/diarize: {exc}") for s in audio]
        run.failures += [(f.source, f"{f.stage}: {f.message}") for f in failures]
    return calls


def _score_each(scorer, calls: list[Call], run: ScoreRun) -> list[Result | None]:
    """Results in order (None for a call that failed, with its failure noted): batched embeddings
    when every call scores, one by one to isolate the bad call when one does not."""
    try:
        return list(scorer.score_many(calls))
    except QAError:
        pass
    results = []
    for call in calls:
        try:
            results.append(scorer.score(call))
        except QAError as exc:
            run.failures.append((call.call_id, str(exc)))
            results.append(None)
    return results


def score_inputs(inputs: list, rubric="helpdesk", out_dir: str | Path | None = None, *,
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
            run.written.append(write_json(Path(out_dir) / f"{call.call_id}.result.json", result.to_dict()))
    return run


def rescore_store(db_path: str | Path, rubric, out_dir: str | Path | None = None, *,
                  call_ids=None, scorer=None) -> ScoreRun:
    """Re-score the calls kept in a results store (``qa run`` wrote it) with ``rubric``: no speech
    recognition, results saved beside the old ones under the new rubric id and version. Ticket
    findings from the call's latest stored result are kept (the ticket did not change)."""
    from dataclasses import asdict

    from qa.score.engine import Scorer
    from qa.store import Store

    run = ScoreRun()
    scorer = scorer or Scorer(rubric)
    with Store(db_path) as store:
        store.save_rubric(scorer.rubric.id, scorer.rubric.version, {"path": scorer.rubric.path,
                          "criteria": [asdict(c) for c in scorer.rubric.criteria]})
        calls = list(store.calls_for_rescoring(call_ids))
        for call, result in zip(calls, _score_each(scorer, calls, run)):
            if result is None:
                continue
            previous = store.get_result(call.call_id)
            if previous is not None and previous.result.ticket_id:
                old = previous.result
                result = replace(result, ticket_id=old.ticket_id, findings=old.findings,
                                 ticket_score=old.ticket_score)
            store.save_result(result)
            run.results.append(result)
            if out_dir is not None:
                run.written.append(write_json(Path(out_dir) / f"{call.call_id}.result.json", result.to_dict()))
    return run
