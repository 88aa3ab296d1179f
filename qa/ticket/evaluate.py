"""Measure the comparison on a labelled set: precision, recall, and silence on clean pairs.

A labelled set is a folder with ``labels.yaml``::

    pairs:
      - id: en-02
        call: calls/en-02.json            # a call JSON (utterances with roles)
        tickets: exports/servicenow.csv   # the export holding its ticket
        mapping: exports/custom.yaml      # optional custom mapping
        ticket_id: INC0012346             # optional; else linked from the call (metadata / spoken)
        encoding: cp949                   # optional; the export's encoding when it is not UTF-8
        expected: [{kind: identifier_mismatch, field: description}]
      - id: hv-0002a                      # a real recording instead of a call JSON: transcribed by
        recording: en_harper_valley_calls/hvb-0002f70f7386445b.wav   # the pipeline (cached), path
        channels: 0=agent,1=customer      # under the corpus folder; default channels and language
        language: en                      # as shown
        ticket_id: HV0002A
        ...

A finding counts as found when an expected one has the same kind and field (each used once).
``review`` items (doubtful words: check the recording) are counted apart: they are neither a hit
nor a false alarm. A clean pair is *kept clean* when it gets no finding other than ``review``.
*Flagged* is a second, looser figure: the share of expected discrepancies that a finding or a
``review`` item of the same kind and field points at (a person checking the review items would
see them); recall, the target, counts findings only.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from qa.errors import QAError, TicketError
from qa.fileio import load_yaml, read_json
from qa.model import Call


@dataclass
class PairResult:
    pair_id: str
    ticket_id: str | None
    expected: list[tuple[str, str]]
    found: list[tuple[str, str]]
    matched: int = 0
    messages: list[str] = field(default_factory=list)
    error: str = ""
    language: str = ""
    reviews: int = 0  # review items: neither hits nor false alarms
    reviewed: list[tuple[str, str]] = field(default_factory=list)  # (kind, field) of each review item

    @property
    def clean(self) -> bool:
        return not self.expected


@dataclass
class Evaluation:
    pairs: list[PairResult]
    name: str = ""

    def subset(self, language: str) -> "Evaluation":
        return Evaluation([p for p in self.pairs if p.language == language], f"{self.name} {language}".strip())

    @property
    def clean_kept(self) -> float:
        """Share of clean pairs without any finding (review items aside)."""
        clean = [p for p in self.pairs if p.clean]
        return sum(not p.found for p in clean) / len(clean) if clean else 1.0

    @property
    def true_positives(self) -> int:
        return sum(p.matched for p in self.pairs)

    @property
    def precision(self) -> float:
        found = sum(len(p.found) for p in self.pairs)
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = sum(len(p.expected) for p in self.pairs)
        return self.true_positives / expected if expected else 1.0

    @property
    def flagged(self) -> float:
        """Share of expected discrepancies a finding or a review item points at (see the module)."""
        expected = sum(len(p.expected) for p in self.pairs)
        return sum(_match(p.expected, p.found + p.reviewed) for p in self.pairs) / expected if expected else 1.0

    @property
    def clean_pair_findings(self) -> int:
        return sum(len(p.found) for p in self.pairs if p.clean)

    def to_dict(self) -> dict:
        return {"name": self.name, "pairs": len(self.pairs), "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "flagged": round(self.flagged, 3),
                "clean_pairs": sum(p.clean for p in self.pairs),
                "clean_pair_findings": self.clean_pair_findings, "clean_kept": round(self.clean_kept, 3),
                "reviews": sum(p.reviews for p in self.pairs),
                "errors": [f"{p.pair_id}: {p.error}" for p in self.pairs if p.error],
                "results": [{"id": p.pair_id, "language": p.language, "ticket_id": p.ticket_id,
                             "expected": p.expected, "found": p.found, "matched": p.matched, "reviews": p.reviews,
                             "messages": p.messages} for p in self.pairs]}


def _match(expected: list[tuple[str, str]], found: list[tuple[str, str]]) -> int:
    left = list(expected)
    hits = 0
    for item in found:
        if item in left:
            left.remove(item)
            hits += 1
    return hits


def default_corpus() -> Path:
    """Where real recordings of a labelled set are looked up: $QA_CORPUS, else ../shared/corpus."""
    return Path(os.environ.get("QA_CORPUS") or Path.cwd().parent / "shared" / "corpus")


def evaluate(folder: str | Path, *, aligner=None, corpus: str | Path | None = None) -> Evaluation:
    """Run the comparison on every labelled pair in ``folder``; a broken pair is reported, not fatal."""
    from qa.ticket import compare, link_ticket, read_tickets
    from qa.ticket.align import Aligner
    from qa.ticket.compare import REVIEW

    folder = Path(folder)
    labels = load_yaml(folder / "labels.yaml")
    if not isinstance(labels, dict) or not isinstance(labels.get("pairs"), list):
        raise TicketError(f"{folder / 'labels.yaml'}: expected 'pairs:' with a list of labelled pairs")
    aligner = aligner or Aligner()
    recorded = _recorded_calls(labels["pairs"], Path(corpus) if corpus else default_corpus())
    exports: dict = {}
    results = []
    for index, pair in enumerate(labels["pairs"]):
        pid = str(pair.get("id", f"pairs[{index}]"))
        expected = [(e["kind"], e.get("field", "")) for e in pair.get("expected") or []]
        result = PairResult(pid, None, expected, [])
        try:
            call = recorded[pair["recording"]] if pair.get("recording") else Call.from_dict(
                read_json(folder / pair["call"]))
            if isinstance(call, Exception):
                raise call
            result.language = (pair.get("language") or call.language or "en")[:2]
            key = (pair["tickets"], pair.get("mapping"), pair.get("encoding"))
            if key not in exports:
                mapping = folder / pair["mapping"] if pair.get("mapping") else None
                exports[key] = read_tickets(folder / pair["tickets"], mapping, encoding=pair.get("encoding")).tickets
            tickets = exports[key]
            ticket = tickets.get(str(pair["ticket_id"])) if pair.get("ticket_id") else link_ticket(call, tickets)
            if ticket is None:
                raise TicketError(f"no ticket in {pair['tickets']} for call {call.call_id}")
            review = compare(call, ticket, similarity=aligner.similarity)
            result.ticket_id = ticket.ticket_id
            result.found = [(f.kind, f.ticket_field) for f in review.findings if f.severity != REVIEW]
            result.reviewed = [(f.kind, f.ticket_field) for f in review.findings if f.severity == REVIEW]
            result.reviews = len(result.reviewed)
            result.messages = [f"[{f.severity}] {f.kind} ({f.ticket_field}): {f.message}" for f in review.findings]
            result.matched = _match(expected, result.found)
        except (QAError, KeyError, OSError, ValueError) as exc:
            result.error = str(exc)
        results.append(result)
    return Evaluation(results, folder.name if folder.name not in ("dev", "test") else
                      f"{folder.parent.name}/{folder.name}")


def _recorded_calls(pairs: list, corpus: Path) -> dict:
    """Recording path -> Call (or the error), transcribed and split by channel by the pipeline's own
    stages (faster-whisper base, cached by content in ~/.cache/qa: a second run loads no model)."""
    wanted = {}
    for pair in pairs:
        if isinstance(pair, dict) and pair.get("recording"):
            wanted[pair["recording"]] = pair
    if not wanted:
        return {}
    from qa.diarize import parse_channel_map
    from qa.diarize.batch import DiarizeOptions, diarize_inputs
    import tempfile

    out: dict = {}
    groups: dict[tuple[str, str], list[str]] = {}  # (channels, language) -> recordings: one model load each
    for recording, pair in wanted.items():
        if not (corpus / recording).exists():
            out[recording] = TicketError(f"recording {recording} not found under {corpus}; pass --corpus "
                                         "(or set QA_CORPUS) to the folder holding it")
        else:
            key = (str(pair.get("channels") or "0=agent,1=customer"), str(pair.get("language") or "en"))
            groups.setdefault(key, []).append(recording)
    for (channels, language), recordings in groups.items():
        with tempfile.TemporaryDirectory() as tmp:
            mix = channels == "mix"  # one signal, as a mono recording: pyannote finds the two voices
            paths = [_mono_mix(corpus / r, Path(tmp)) if mix else corpus / r for r in recordings]
            options = DiarizeOptions(channels=None if mix else parse_channel_map(channels),
                                     num_speakers=2 if mix else None, language=language, threads=2)
            report = diarize_inputs(paths, Path(tmp) / "out", options, formats=("json",))
        done = {c.call_id: c for c in report.calls}
        failed = dict(report.failed)
        for recording, path in zip(recordings, paths):
            out[recording] = done.get(path.stem) or TicketError(
                f"recording {recording}: {failed.get(path.stem, 'not transcribed')}")
    return out


def _mono_mix(path: Path, folder: Path) -> Path:
    """The two channels of a call averaged into one 16 kHz mono WAV (the same bytes every time, so
    the transcript cache keeps it)."""
    import soundfile

    from qa.audio import load_audio

    audio = load_audio(path)
    mixed = folder / f"{path.stem}-mix.wav"
    soundfile.write(mixed, audio.mono, audio.sample_rate, subtype="PCM_16")
    return mixed
