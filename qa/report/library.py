"""The example library for trainers: ``qa library build``.

For every criterion and language it picks the best examples (passes from the highest-scoring calls)
and the worst (fails from the lowest-scoring calls), cuts each moment from the call's own audio with
some padding into a short clip, and writes one static page with the clips, their transcript lines and
a filter (criterion, language, verdict) run by a small inline script. No server and no network: the
folder works from a disk, a file share or a zip.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from qa.errors import QAError
from qa.model import FAIL, PASS, Evidence
from qa.redact.apply import for_people, masked_times
from qa.report import no_progress
from qa.report.audio import LoadedAudio, find_audio, load_mono, write_clip
from qa.report.pages import TranscriptLine, call_href, now_text, slug, transcript_lines
from qa.report.render import make_environment, render_to
from qa.review import final_results
from qa.store import Store, StoredResult


@dataclass(frozen=True)
class LibraryItem:
    """One example: a verdict on a real call, its clip and the transcript lines it covers."""
    criterion: str
    description: str
    language: str
    verdict: str  # pass (a good example) or fail (what to avoid)
    call_id: str
    agent_id: str | None
    date: str
    score: float | None
    evidence: Evidence
    reason: str
    clip_start: float
    clip_end: float
    clip_src: str | None  # relative to the library page; None when the call's audio was not found
    lines: tuple[TranscriptLine, ...]
    call_href: str | None  # the call's scorecard (in the same report folder) at the moment


@dataclass(frozen=True)
class LibraryPage:
    items: tuple[LibraryItem, ...]
    criteria: tuple[tuple[str, str], ...]  # (id, description)
    languages: tuple[str, ...]
    clips: int
    generated: str


@dataclass(frozen=True)
class _Pick:
    stored: StoredResult
    criterion: str
    description: str
    verdict: str
    evidence: Evidence
    reason: str


def pick_examples(results: list[StoredResult], per_group: int = 3) -> list[_Pick]:
    """The best passes and the worst fails per (criterion, language), each with evidence."""
    groups: dict[tuple[str, str, str], list[_Pick]] = defaultdict(list)
    for stored in results:
        for verdict in stored.result.criteria:
            if verdict.verdict in (PASS, FAIL) and verdict.evidence:
                key = (verdict.id, stored.language or "unknown", verdict.verdict)
                groups[key].append(_Pick(stored, verdict.id, verdict.description, verdict.verdict,
                                         verdict.evidence[0], verdict.reason))
    picks = []
    for (_, _, verdict), group in sorted(groups.items()):
        # Best passes come from the best calls; the fails worth studying from the weakest calls.
        best_first = verdict == PASS
        group.sort(key=lambda p: ((p.stored.result.score or 0) * (-1 if best_first else 1),
                                  p.evidence.end - p.evidence.start, p.stored.call_id))
        picks += group[:per_group]
    return picks


def _clip_range(evidence: Evidence, padding: float, max_clip: float, duration: float | None) -> tuple[float, float]:
    start = max(0.0, evidence.start - padding)
    end = min(evidence.end + padding, start + max_clip)
    if duration:
        end = min(end, duration)
    return start, max(end, start)


def build_library(store: Store, out_dir: str | Path, *, per_group: int = 3, padding: float = 1.0,
                  max_clip: float = 20.0, audio_dir: str | Path | None = None, start: str | None = None,
                  end: str | None = None, templates: str | Path | None = None,
                  progress=no_progress, redact: bool = True) -> Path:
    """Write ``library/index.html`` and ``library/clips/`` under ``out_dir``; returns the page path.
    Personal data is redacted in the transcript lines and toned out in the clips unless ``redact``
    is False."""
    store = for_people(store, redact)
    out_dir = Path(out_dir)
    library = out_dir / "library"
    picks = pick_examples(final_results(store, start=start, end=end), per_group)
    by_call: dict[str, list[_Pick]] = defaultdict(list)
    for pick in picks:
        by_call[pick.stored.call_id].append(pick)
    items: list[LibraryItem] = []
    for call_id in progress(sorted(by_call), "Library clips"):
        items += _items_for_call(store, by_call[call_id], library, padding, max_clip, audio_dir)
    # Per criterion and language: good examples best first, then what to avoid, worst first.
    items.sort(key=lambda i: (i.criterion, i.language, i.verdict != PASS,
                              -(i.score or 0) if i.verdict == PASS else (i.score or 0)))
    page = LibraryPage(tuple(items), tuple(sorted({(i.criterion, i.description) for i in items})),
                       tuple(sorted({i.language for i in items})), sum(i.clip_src is not None for i in items),
                       now_text())
    return render_to(make_environment(templates), "library.html", library / "index.html", page=page,
                     generated=page.generated)


def _items_for_call(store: Store, picks: list[_Pick], library: Path, padding: float,
                    max_clip: float, audio_dir) -> list[LibraryItem]:
    call_id = picks[0].stored.call_id
    call = store.get_call(call_id)
    lines = transcript_lines(call)
    source = find_audio(call, audio_dir)
    audio: LoadedAudio | None = None
    if source is not None:
        try:
            audio = load_mono(source)
        except QAError:
            audio = None  # a bad file costs this call its clips, never the library
    items = []
    for pick in picks:
        clip_start, clip_end = _clip_range(pick.evidence, padding, max_clip, call.duration if call else None)
        clip_src = None
        if audio is not None and clip_end > clip_start:
            name = f"{slug(call_id)}-{pick.criterion}-{int(clip_start * 100)}.ogg"
            try:
                write_clip(audio, clip_start, clip_end, library / "clips" / name, masked_times(call))
                clip_src = "clips/" + name
            except QAError:
                clip_src = None
        shown = tuple(l for l in lines if l.end > clip_start and l.start < clip_end)
        # Linked even before the scorecards exist: `qa run` builds the library first, then the reports.
        href = "../" + call_href(call_id, at=pick.evidence.start)
        items.append(LibraryItem(pick.criterion, pick.description, pick.stored.language or "unknown",
                                 pick.verdict, call_id, pick.stored.agent_id, pick.stored.day,
                                 pick.stored.result.score, pick.evidence, pick.reason, clip_start, clip_end,
                                 clip_src, shown, href))
    return items


__all__ = ["build_library", "pick_examples", "LibraryItem", "LibraryPage"]
