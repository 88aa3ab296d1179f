"""Second pass over a mono call's turns: each stretch of transcribed speech checked against the voices.

pyannote decides who speaks in 10 s chunks: its segmentation model names up to three local speakers
per chunk and each local speaker is embedded and clustered as a whole. When the segmentation hears a
short answer and the other party's next sentence as one local speaker (8 kHz calls, similar levels),
the answer goes to the other party with it, and no clustering can take it back.

The transcript knows better where one stretch of speech ends: words come with times. So the words,
already given to speakers from the turns (:func:`qa.assign.assign_words`), are cut into *pieces* —
runs of one speaker's words without a pause (``PIECE_GAP``), overtalk left out — and each piece of
at least ``MIN_PIECE`` seconds is embedded on its own with the diarizer's speaker-embedding model
(only the frames inside the diarization's speech). Each speaker's voice is the duration-weighted mean
of its pieces' embeddings (the piece under test left out); a piece clearly nearer another speaker's
voice (by ``SWITCH_MARGIN`` in cosine similarity) moves to that speaker, and the turns are rewritten
over its span. The two parties' voices are the two speakers with the most speech; a third speaker
found by pyannote (a transfer) is neither moved nor a target.

Functions here are numpy only: the embeddings come from :meth:`qa.diarize.Diarizer.embed_spans`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from qa.model import Segment, Word

# Chosen on the tune calls of tests/data/splits.yaml (docs/diarization.md, "Second pass"): on the
# Tagalog tune calls margins 0.05-0.15 gave 95.2-96.0 % of turns right (91.6 % without the pass),
# 0.1 is the middle; 1 s pieces instead of 0.5 s: 94.7 %; a second round 96.0 %, a third the same.
# Harper Valley tune: no piece moved.
PIECE_GAP = 0.3  # seconds without words that end a piece
MIN_PIECE = 0.5  # seconds of speech a piece needs to be embedded on its own
SWITCH_MARGIN = 0.1  # cosine similarity by which another voice must be nearer to move a piece
ROUNDS = 2  # decide again with the moved pieces in their new voices (the embeddings are reused)
SPLIT_AT_SILENCE = True  # also cut pieces where the diarization hears no speech


@dataclass(frozen=True)
class Piece:
    start: float
    end: float
    speaker: str


def pieces(words: Sequence[Word], *, gap: float | None = None) -> list[Piece]:
    """Runs of one speaker's words with no pause over ``gap``; overtalk words end a run."""
    gap = PIECE_GAP if gap is None else gap
    out: list[Piece] = []
    run: list[Word] = []
    for word in sorted(words, key=lambda w: (w.start, w.end)):
        if word.overlap or not word.speaker:
            if run:
                out.append(Piece(run[0].start, run[-1].end, run[0].speaker))
            run = []
            continue
        if run and (word.speaker != run[-1].speaker or word.start - run[-1].end > gap):
            out.append(Piece(run[0].start, run[-1].end, run[0].speaker))
            run = []
        run.append(word)
    if run:
        out.append(Piece(run[0].start, run[-1].end, run[0].speaker))
    return out


def split_at_silence(piece: Piece, turns: Sequence[Segment]) -> list[Piece]:
    """The piece cut where the diarization hears no speech at all (Whisper's word times stretch
    over short pauses; pyannote's speech regions do not)."""
    spans = sorted(_speech_spans(piece, turns))
    parts: list[Piece] = []
    for start, end in spans:
        if parts and start <= parts[-1].end:
            parts[-1] = Piece(parts[-1].start, max(parts[-1].end, end), piece.speaker)
        else:
            parts.append(Piece(start, end, piece.speaker))
    return parts or [piece]


def speech_within(piece: Piece, turns: Sequence[Segment]) -> float:
    """Seconds of the piece that the turns call speech (any speaker)."""
    spans = sorted((max(t.start, piece.start), min(t.end, piece.end)) for t in turns
                   if t.end > piece.start and t.start < piece.end)
    total, reach = 0.0, piece.start
    for start, end in spans:
        start = max(start, reach)
        if end > start:
            total += end - start
            reach = end
    return total


def decide(items: Sequence[Piece], embeddings: np.ndarray, speakers: Sequence[str], *,
           margin: float = SWITCH_MARGIN) -> list[str | None]:
    """The speaker each piece moves to (None: it stays), from its embedding and the voices.

    ``embeddings`` (pieces x dim, NaN rows for pieces not embedded); ``speakers``: the voices that
    pieces may move between. Each voice is the duration-weighted mean of its unit-length piece
    embeddings, leaving out the piece being judged.
    """
    valid = ~np.isnan(embeddings).any(axis=1)
    unit = np.zeros_like(embeddings)
    unit[valid] = embeddings[valid] / np.linalg.norm(embeddings[valid], axis=1, keepdims=True)
    weights = np.array([p.end - p.start for p in items]) * valid
    sums = {s: (unit * weights[:, None])[[p.speaker == s for p in items]].sum(axis=0) for s in speakers}
    moves: list[str | None] = []
    for i, piece in enumerate(items):
        if not valid[i] or piece.speaker not in sums:
            moves.append(None)
            continue
        similarity = {}
        for speaker, total in sums.items():
            voice = total - unit[i] * weights[i] if speaker == piece.speaker else total
            norm = np.linalg.norm(voice)
            similarity[speaker] = float(unit[i] @ voice / norm) if norm > 0 else -1.0
        best = max(similarity, key=similarity.get)
        moves.append(best if best != piece.speaker and similarity[best] - similarity[piece.speaker] > margin
                     else None)
    return moves


def relabel(turns: Sequence[Segment], start: float, end: float, speaker: str, previous: str) -> list[Segment]:
    """Turns with ``previous``'s speech inside [start, end] given to ``speaker`` instead."""
    out: list[Segment] = []
    for turn in turns:
        if turn.speaker != previous or turn.end <= start or turn.start >= end:
            out.append(turn)
            continue
        if turn.start < start:
            out.append(Segment(turn.start, start, speaker=previous))
        if turn.end > end:
            out.append(Segment(end, turn.end, speaker=previous))
    out.append(Segment(start, end, speaker=speaker))
    return _merge(out)


def _merge(turns: list[Segment]) -> list[Segment]:
    """One turn per speaker where its turns touch or overlap."""
    merged: list[Segment] = []
    last: dict[str, int] = {}
    for turn in sorted(turns, key=lambda t: (t.start, t.end)):
        i = last.get(turn.speaker)
        if i is not None and turn.start <= merged[i].end + 1e-6:
            merged[i] = Segment(merged[i].start, max(merged[i].end, turn.end), speaker=turn.speaker)
            continue
        last[turn.speaker] = len(merged)
        merged.append(turn)
    return merged


def resegment(turns: Sequence[Segment], words: Sequence[Word],
              embed: Callable[[list[tuple[float, float, list[tuple[float, float]]]]], np.ndarray], *,
              margin: float | None = None, min_piece: float | None = None) -> tuple[tuple[Segment, ...], int]:
    """(new turns, pieces moved). ``words`` carry the speakers the turns gave them; ``embed`` takes
    [(start, end, speech spans inside)] and returns one embedding row per item (NaN: not embedded)."""
    margin = SWITCH_MARGIN if margin is None else margin
    min_piece = MIN_PIECE if min_piece is None else min_piece
    talk: dict[str, float] = {}
    for t in turns:
        talk[t.speaker] = talk.get(t.speaker, 0.0) + t.duration
    parties = sorted(talk, key=talk.get, reverse=True)[:2]
    found = pieces(words)
    if SPLIT_AT_SILENCE:
        found = [part for p in found for part in split_at_silence(p, turns)]
    items = [p for p in found if p.speaker in parties and speech_within(p, turns) >= min_piece]
    if len(parties) < 2 or len(items) < 2:
        return tuple(turns), 0
    spans = [(p.start, p.end, _speech_spans(p, turns)) for p in items]
    embeddings = np.asarray(embed(spans), dtype=np.float64)
    new, moved, current = list(turns), 0, list(items)
    for _ in range(ROUNDS):
        moves = decide(current, embeddings, parties, margin=margin)
        if not any(moves):
            break
        for i, target in enumerate(moves):
            if target:
                new = relabel(new, current[i].start, current[i].end, target, current[i].speaker)
                current[i] = Piece(current[i].start, current[i].end, target)
                moved += 1
    return (tuple(sorted(new, key=lambda t: (t.start, t.end))) if moved else tuple(turns)), moved


def _speech_spans(piece: Piece, turns: Sequence[Segment]) -> list[tuple[float, float]]:
    return [(max(t.start, piece.start), min(t.end, piece.end)) for t in turns
            if t.end > piece.start and t.start < piece.end]
