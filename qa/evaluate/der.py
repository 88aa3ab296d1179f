"""Diarization error rate (pyannote.metrics) and role accuracy, for ``qa eval``.

References found in a corpus folder (see :func:`find_items`): RTTM files (``NAME.rttm``,
``NAME.ref.rttm``, or one RTTM holding several recordings such as ``debug.test.rttm``) whose file ids
match an audio file beside them. The scored region is the UEM file in the folder that names the
recording, else the extent of the reference (first turn start to last turn end): pyannote's
sample.rttm covers only 6.69-30 s and pyannote scores it on that region. DER uses collar 0 and scores
overlapped speech (pyannote's own ``der_variant`` default).

Where the reference names its speakers ``agent`` / ``customer`` (/ ``ivr``), the call is also
transcribed and its roles decided, and the role accuracy is the share of words whose role is the
reference speaker's at the word's middle.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from qa.model import Call, Segment

AUDIO_SUFFIXES = (".wav", ".flac", ".mp3", ".ogg", ".m4a")
ROLE_NAMES = {"agent", "customer", "ivr"}


@dataclass(frozen=True)
class DerItem:
    audio: Path
    uri: str
    rttm: Path
    uem: Path | None = None


def _pyannote_io():
    from qa.extras import require

    require("speech", "Diarization error rate")
    from pyannote.database.util import load_rttm, load_uem

    return load_rttm, load_uem


def reference_for(audio: Path):
    """(reference Annotation, UEM Timeline) for a recording, or None when the folder has none."""
    for item in find_items(Path(audio).parent):
        if item.audio == Path(audio):
            return load_reference(item)
    return None


def load_reference(item: DerItem):
    from pyannote.core import Segment as PSegment, Timeline

    load_rttm, load_uem = _pyannote_io()
    reference = load_rttm(str(item.rttm))[item.uri]
    uem = load_uem(str(item.uem)).get(item.uri) if item.uem else None
    if uem is None:
        extent = reference.get_timeline().extent()
        uem = Timeline([PSegment(extent.start, extent.end)])
    return reference, uem


def find_items(folder: Path) -> list[DerItem]:
    """Every diarization reference in ``folder`` with its audio (and UEM) beside it."""
    folder = Path(folder)
    rttms = sorted(folder.glob("*.rttm"))
    if not rttms:
        return []
    load_rttm, load_uem = _pyannote_io()
    uems = {uri: path for path in sorted(folder.glob("*.uem")) for uri in load_uem(str(path))}
    items = []
    for rttm in rttms:
        for uri in load_rttm(str(rttm)):
            audio = next((folder / f"{uri}{s}" for s in AUDIO_SUFFIXES if (folder / f"{uri}{s}").is_file()), None)
            if audio is not None:
                items.append(DerItem(audio, uri, rttm, uems.get(uri)))
    return items


def to_annotation(turns, uri: str = "call"):
    from pyannote.core import Annotation, Segment as PSegment

    annotation = Annotation(uri=uri)
    for i, turn in enumerate(turns):
        annotation[PSegment(turn.start, turn.end), i] = turn.speaker
    return annotation


def score_turns(reference, turns, uem=None, *, collar: float = 0.0, skip_overlap: bool = False) -> dict:
    """DER and its parts (seconds) of hypothesis ``turns`` (Segments with speaker) against ``reference``."""
    from pyannote.metrics.diarization import DiarizationErrorRate

    metric = DiarizationErrorRate(collar=collar, skip_overlap=skip_overlap)
    parts = metric(reference, to_annotation(turns, reference.uri), uem=uem, detailed=True)
    return {"der": parts["diarization error rate"], "total": parts["total"],
            "missed": parts["missed detection"], "false_alarm": parts["false alarm"],
            "confusion": parts["confusion"]}


def role_accuracy(reference, call: Call) -> float | None:
    """Share of words whose role is what the reference speaker at the word's middle is called."""
    if not set(reference.labels()) <= ROLE_NAMES:
        return None
    from pyannote.core import Segment as PSegment

    judged = correct = 0
    for word in call.words:
        middle = (word.start + word.end) / 2
        names = set(reference.crop(PSegment(middle - 0.01, middle + 0.01)).labels())
        if names:
            judged += 1
            correct += word.role in names
    return correct / judged if judged else None


def _roles_for(item: DerItem, audio, turns, transcriber, cache) -> Call:
    from qa.assign import assign_words, build_utterances, decide_roles
    from qa.transcribe import transcribe_call

    call = transcribe_call(transcriber, audio, call_id=item.uri, cache=cache)
    utterances = build_utterances(assign_words(call.segments, turns))
    return decide_roles(replace(call, turns=turns, utterances=utterances))


def evaluate(items: list[DerItem], options):
    """One row per recording: DER and its parts, and role accuracy where the reference has roles."""
    from qa.audio import load_audio
    from qa.cache import Cache
    from qa.diarize import load_diarizer
    from qa.evaluate import EvalTable

    table = EvalTable("Diarization error rate (collar 0, overlap scored, UEM or reference extent)",
                      ["file", "ref spk", "hyp spk", "DER %", "miss %", "FA %", "conf %", "roles %"])
    diarizer = load_diarizer(options.extra.get("pipeline", "offline"), threads=options.threads)
    transcriber, totals, role_scores = None, {"total": 0.0, "errors": 0.0}, []
    try:
        for item in items:
            audio = load_audio(item.audio)
            reference, uem = load_reference(item)
            turns = diarizer.diarize(audio.mono)
            parts = score_turns(reference, turns, uem)
            totals["total"] += parts["total"]
            totals["errors"] += parts["der"] * parts["total"]
            roles = None
            if set(reference.labels()) <= ROLE_NAMES:
                if transcriber is None:
                    from qa.transcribe import load_transcriber

                    transcriber = load_transcriber(options.engine, options.model, threads=options.threads)
                roles = role_accuracy(reference, _roles_for(item, audio, turns, transcriber,
                                                            Cache(options.cache_dir, refresh=options.force)))
                role_scores.append(roles)
            table.rows.append([f"{item.audio.parent.name}/{item.uri}", len(reference.labels()),
                               len({t.speaker for t in turns}), _pct(parts["der"]),
                               _pct(parts["missed"] / parts["total"]), _pct(parts["false_alarm"] / parts["total"]),
                               _pct(parts["confusion"] / parts["total"]), _pct(roles) if roles is not None else "-"])
    finally:
        diarizer.close()
        if transcriber is not None:
            transcriber.close()
    overall = totals["errors"] / totals["total"] if totals["total"] else 0.0
    mean_roles = sum(role_scores) / len(role_scores) if role_scores else None
    table.overall = ["overall", "", "", _pct(overall), "", "", "",
                     _pct(mean_roles) if mean_roles is not None else "-"]
    table.figures = {"der": overall, "role_accuracy": mean_roles, "files": len(items)}
    return table


def _pct(value: float | None) -> str:
    return f"{100 * value:.2f}"


__all__ = ["find_items", "evaluate", "score_turns", "role_accuracy", "reference_for", "to_annotation"]
