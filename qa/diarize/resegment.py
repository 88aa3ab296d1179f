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

Shorter pieces (``SHORT_PIECE``) are judged against those voices without making them; a piece that
answers its own speaker's question after a pause (``ANSWER_PAUSE``: the turn-taking cue) moves on a
smaller margin; and a piece of words in which pyannote hears no speech at all (``FILL_MIN``) gets a
turn of its own, of the voice it is nearer (a quiet short answer would otherwise have no speaker), and
so does voice activity that neither a turn nor a word covers (``GAP_MIN``: speech nobody transcribed).
Once the pieces have moved, a short sentence that finishes the other party's unfinished words, or
answers a question inside one run (``CONTINUE_GAP``), is judged as a piece of its own.

Functions here are numpy only: the embeddings come from :meth:`qa.diarize.Diarizer.embed_spans`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
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
# Shorter pieces (answers of a word or two) are judged too, against the voices of the long pieces
# only: their own embeddings are too noisy to make a voice (0 = off). Tune calls (in-sample): pieces
# of 0.15-0.5 s nearer the other voice by > 0.1 were the other party's in 5 of 5 (Tagalog; Harper
# Valley: none moved); Tagalog DER 22.22 -> 22.14 % with the two settings below, turns unchanged.
SHORT_PIECE = 0.15
# Words where pyannote hears no speech at all (quiet short answers on 8 kHz lines): a piece lasting
# at least FILL_MIN seconds with no diarized speech gets a turn of its own, embedded over its word
# times and given to the voice it is clearly nearer, else to the speaker its words were given
# (0 = off). Tune calls (in-sample): with the short answers of the Harper Valley tune calls cut out
# of the turns (12 turns of 0.2-1 s), 0.1-0.15 gives 10 of them the right role, 0.2-0.3 gives 8
# (the speaker the words were given: 6; no fill: none); on the real turns it costs 0.19 DER points
# on Harper Valley (9.38 -> 9.57 %, 0 at 0.3), nothing on Tagalog, no turn changes.
FILL_MIN = 0.15
# Whisper's sentence ends (. ? !) also end a piece (off: Tagalog tune +1 turn, but with the answer
# cue below the Harper Valley gain was lost).
SPLIT_AT_SENTENCE = False
# Turn-taking: a piece that follows its own speaker's question after a pause of ANSWER_PAUSE s or
# more is most likely the other party's answer; such a piece (up to ANSWER_MAX s) moves to the
# other voice when nearer it by ANSWER_MARGIN instead of SWITCH_MARGIN (ANSWER_PAUSE 0 = off).
# Tune calls (in-sample): Harper Valley turns 68 -> 69 of 72, DER 9.77 -> 9.38 % with pauses
# 0.3-2 s alike (1 s is the middle); margin 0.05 loses it; Tagalog unchanged.
ANSWER_PAUSE = 1.0
ANSWER_MAX = 2.0
ANSWER_MARGIN = 0.0
# Voice activity (Silero VAD) that no turn covers: a short reply pyannote did not hear and Whisper
# did not transcribe. A stretch of GAP_MIN s or more with Silero's speech probability >= GAP_VAD gets
# a turn, first of the party that did not speak just before it, of the other voice when nearer it by
# more than GAP_MARGIN (0 = off). Tune calls (in-sample): the 21 short Harper Valley turns (0.15-1 s,
# not overlapped) cut out of the turns and the words were found at VAD 0.1-0.4 (20 at 0.5) and given
# the right role on the nearest voice (margin 0) in 20-21 of 21 (margin 0.1: 20; the turn-taking
# start alone: 11); on the real turns Harper Valley DER 9.57 % off / at 0.3-0.5 -> 9.44 % at 0.2 ->
# 9.45 % at 0.1 (two calls worse: false alarms begin); Tagalog 22.1 -> 21.9 % at 0.2. Turns unchanged.
GAP_MIN = 0.15
GAP_VAD = 0.2
GAP_MARGIN = 0.0
# Turn-taking in the words of one run: a short sentence (up to ANSWER_MAX s) that opens a speaker's run
# within CONTINUE_GAP s of the other speaker's unfinished words ("My debit | card. Can I replace
# that?") most likely finishes the other party's sentence, and a short sentence right after a question
# inside one run ("Which card? | My debit card.") is most likely its answer: either is cut off as a
# piece of its own and moves to the other voice on ANSWER_MARGIN (0 = off). Tune calls (in-sample):
# 8 such pieces judged, 2 moved, both to the party that says them in the reference (hvb-0002's
# "card.": Harper Valley 71 -> 72 of 72 turns, DER 9.44 -> 9.24 %); the 6 that stayed are their own
# speaker's. 0.3, 0.5 and 1 s give the same; Tagalog turns unchanged, DER 21.85 -> 21.84 %.
CONTINUE_GAP = 0.5
_SENTENCE_END = ".?!。？！"


@dataclass(frozen=True)
class Piece:
    start: float
    end: float
    speaker: str
    question: bool = field(default=False, compare=False)  # its last word ends with a question mark
    cue: bool = field(default=False, compare=False)  # its words read as the other party's (CONTINUE_GAP)


def settings() -> dict:
    """The pass's settings, recorded in ``call.diarization`` beside the turns they made."""
    return {"piece_gap": PIECE_GAP, "min_piece": MIN_PIECE, "switch_margin": SWITCH_MARGIN, "rounds": ROUNDS,
            "short_piece": SHORT_PIECE, "fill_min": FILL_MIN, "split_at_sentence": SPLIT_AT_SENTENCE,
            "answer_pause": ANSWER_PAUSE, "answer_max": ANSWER_MAX, "answer_margin": ANSWER_MARGIN,
            "gap_min": GAP_MIN, "gap_vad": GAP_VAD, "gap_margin": GAP_MARGIN,
            "continue_gap": CONTINUE_GAP}


def pieces(words: Sequence[Word], *, gap: float | None = None, cues: bool = False) -> list[Piece]:
    """Runs of one speaker's words with no pause over ``gap``; overtalk words end a run. A run is cut
    at every sentence end with ``SPLIT_AT_SENTENCE``; with ``cues``, where its words read as a change
    of speaker (:func:`_cue_parts`)."""
    gap = PIECE_GAP if gap is None else gap
    runs: list[list[Word]] = []
    run: list[Word] = []
    for word in sorted(words, key=lambda w: (w.start, w.end)):
        if word.overlap or not word.speaker:
            runs.append(run)
            run = []
            continue
        if run and (word.speaker != run[-1].speaker or word.start - run[-1].end > gap):
            runs.append(run)
            run = []
        run.append(word)
    runs.append(run)
    out: list[Piece] = []
    before: Word | None = None  # the last word of the run before
    for run in filter(None, runs):
        sentences = _sentences(run)
        if SPLIT_AT_SENTENCE:
            parts = [(s, False) for s in sentences]
        else:
            parts = _cue_parts(sentences, before) if cues else [(run, False)]
        for part, cue in parts:
            out.append(Piece(part[0].start, part[-1].end, part[0].speaker, question=_ends(part[-1], "?？"),
                             cue=cue))
        before = run[-1]
    return out


def _ends(word: Word, marks: str = _SENTENCE_END) -> bool:
    return word.text.strip()[-1:] in marks


def _sentences(run: list[Word]) -> list[list[Word]]:
    out: list[list[Word]] = [[]]
    for word in run:
        out[-1].append(word)
        if _ends(word):
            out.append([])
    return [s for s in out if s]


def _cue_parts(sentences: list[list[Word]], before: Word | None) -> list[tuple[list[Word], bool]]:
    """The run's sentences joined back into pieces, with a short sentence that reads as the other
    party's (it finishes the other speaker's unfinished words just before, or answers a question just
    before it in the same run) cut off as a piece of its own, marked ``cue``."""
    if CONTINUE_GAP <= 0:
        return [([w for s in sentences for w in s], False)]

    def short(s: list[Word]) -> bool:
        return _ends(s[-1]) and s[-1].end - s[0].start <= ANSWER_MAX

    first = sentences[0][0]
    cues = [bool(before and before.speaker != first.speaker and not _ends(before)
                 and first.start - before.end <= CONTINUE_GAP and short(sentences[0]))]
    cues += [_ends(sentences[i - 1][-1], "?？") and short(sentences[i]) for i in range(1, len(sentences))]
    parts: list[tuple[list[Word], bool]] = []
    for sentence, cue in zip(sentences, cues):
        if parts and not cue and not parts[-1][1]:
            parts[-1][0].extend(sentence)
        else:
            parts.append((list(sentence), cue))
    return parts


def split_at_silence(piece: Piece, turns: Sequence[Segment]) -> list[Piece]:
    """The piece cut where the diarization hears no speech at all (Whisper's word times stretch
    over short pauses; pyannote's speech regions do not)."""
    spans = sorted(_speech_spans(piece, turns))
    parts: list[Piece] = []
    for start, end in spans:
        if parts and start <= parts[-1].end:
            parts[-1] = Piece(parts[-1].start, max(parts[-1].end, end), piece.speaker, cue=piece.cue)
        else:
            parts.append(Piece(start, end, piece.speaker, cue=piece.cue))
    if parts:
        parts[-1] = replace(parts[-1], question=piece.question)
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
           margin: float | Sequence[float] = SWITCH_MARGIN,
           voters: Sequence[bool] | None = None) -> list[str | None]:
    """The speaker each piece moves to (None: it stays), from its embedding and the voices.

    ``embeddings`` (pieces x dim, NaN rows for pieces not embedded); ``speakers``: the voices that
    pieces may move between. Each voice is the duration-weighted mean of its unit-length piece
    embeddings (only the ``voters``, when given), leaving out the piece being judged. ``margin``:
    one for all pieces, or one per piece.
    """
    margins = np.broadcast_to(np.asarray(margin, dtype=np.float64), (len(items),))
    valid = ~np.isnan(embeddings).any(axis=1)
    unit = np.zeros_like(embeddings)
    unit[valid] = embeddings[valid] / np.linalg.norm(embeddings[valid], axis=1, keepdims=True)
    weights = np.array([p.end - p.start for p in items]) * valid
    if voters is not None:
        weights = weights * np.asarray(voters, dtype=bool)
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
        moves.append(best if best != piece.speaker and similarity[best] - similarity[piece.speaker] > margins[i]
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
              margin: float | None = None, min_piece: float | None = None, short_piece: float | None = None,
              fill_min: float | None = None,
              voice_activity: Sequence[tuple[float, float]] = ()) -> tuple[tuple[Segment, ...], int]:
    """(new turns, pieces moved or given a turn). ``words`` carry the speakers the turns gave them;
    ``embed`` takes [(start, end, speech spans inside)] and returns one embedding row per item (NaN:
    not embedded). Pieces with ``min_piece`` s of speech make the voices and are judged; pieces with
    ``short_piece`` s are judged only; pieces of ``fill_min`` s without any speech get a turn."""
    margin = SWITCH_MARGIN if margin is None else margin
    min_piece = MIN_PIECE if min_piece is None else min_piece
    short_piece = SHORT_PIECE if short_piece is None else short_piece
    fill_min = FILL_MIN if fill_min is None else fill_min
    talk: dict[str, float] = {}
    for t in turns:
        talk[t.speaker] = talk.get(t.speaker, 0.0) + t.duration
    parties = sorted(talk, key=talk.get, reverse=True)[:2]
    found = pieces(words)
    if SPLIT_AT_SILENCE:
        found = [part for p in found for part in split_at_silence(p, turns)]
    items, spans, voters, silent, margins = [], [], [], [], []
    for k, p in enumerate(found):
        speech = speech_within(p, turns) if p.speaker in parties else 0.0
        no_speech = fill_min > 0 and speech == 0.0 and p.end - p.start >= fill_min
        if p.speaker in parties and (speech >= min_piece or 0 < short_piece <= speech or no_speech):
            items.append(p)
            spans.append((p.start, p.end, [(p.start, p.end)] if no_speech else _speech_spans(p, turns)))
            voters.append(speech >= min_piece)
            silent.append(no_speech)
            margins.append(ANSWER_MARGIN if _answers_own_question(found, k) else margin)
    for piece in unheard(voice_activity, turns, items, parties):
        items.append(piece)
        spans.append((piece.start, piece.end, [(piece.start, piece.end)]))
        voters.append(False)
        silent.append(True)
        margins.append(GAP_MARGIN)
    if len(parties) < 2 or sum(voters) < 2:
        return tuple(turns), 0
    embeddings = np.asarray(embed(spans), dtype=np.float64)
    new, changed, current = list(turns), set(), list(items)
    for _ in range(ROUNDS):
        moves = decide(current, embeddings, parties, margin=margins, voters=voters)
        if not any(moves):
            break
        for i, target in enumerate(moves):
            if target:
                if not silent[i]:
                    new = relabel(new, current[i].start, current[i].end, target, current[i].speaker)
                current[i] = Piece(current[i].start, current[i].end, target)
                changed.add(i)
    for i, piece in enumerate(current):
        if silent[i]:  # words pyannote heard nothing in: a turn of the voice decided above
            new = relabel(new, piece.start, piece.end, piece.speaker, piece.speaker)
            changed.add(i)
    new, cued = _read_as_other(new, words, embed, current, embeddings, voters, parties, short_piece)
    changed = len(changed) + cued
    return (tuple(sorted(new, key=lambda t: (t.start, t.end))) if changed else tuple(turns)), changed


def _read_as_other(turns: list[Segment], words: Sequence[Word], embed, items: list[Piece], embeddings: np.ndarray,
                   voters: list[bool], parties: Sequence[str], short_piece: float) -> tuple[list[Segment], int]:
    """The turn-taking cues in the words (``CONTINUE_GAP``), read once the pieces have moved (the other
    party's unfinished words are theirs only then): a cue piece nearer the other voice by more than
    ``ANSWER_MARGIN`` moves to it. (turns, pieces moved)."""
    from qa.assign import assign_words

    if CONTINUE_GAP <= 0:
        return turns, 0
    cued = [part for p in pieces(assign_words(words, turns), cues=True) if p.cue and p.speaker in parties
            for part in (split_at_silence(p, turns) if SPLIT_AT_SILENCE else [p])]
    cued = [p for p in cued if speech_within(p, turns) >= max(short_piece, 1e-9)]
    if not cued:
        return turns, 0
    rows = np.asarray(embed([(p.start, p.end, _speech_spans(p, turns)) for p in cued]), dtype=np.float64)
    moves = decide([*items, *cued], np.vstack([embeddings, rows]), parties,
                   margin=[SWITCH_MARGIN] * len(items) + [ANSWER_MARGIN] * len(cued),
                   voters=[*voters, *[False] * len(cued)])[len(items):]
    for piece, target in zip(cued, moves):
        if target:
            turns = relabel(turns, piece.start, piece.end, target, piece.speaker)
    return turns, sum(map(bool, moves))


def _answers_own_question(found: Sequence[Piece], k: int) -> bool:
    """The k-th piece is short and follows, after a pause, a question under the same speaker."""
    if ANSWER_PAUSE <= 0 or k == 0 or found[k].end - found[k].start > ANSWER_MAX:
        return False
    before = found[k - 1]
    return (before.question and before.speaker == found[k].speaker
            and found[k].start - before.end >= ANSWER_PAUSE)


def _speech_spans(piece: Piece, turns: Sequence[Segment]) -> list[tuple[float, float]]:
    return [(max(t.start, piece.start), min(t.end, piece.end)) for t in turns
            if t.end > piece.start and t.start < piece.end]


def unheard(voice_activity: Sequence[tuple[float, float]], turns: Sequence[Segment], items: Sequence[Piece],
            parties: Sequence[str]) -> list[Piece]:
    """Pieces of voice activity that no turn (and no piece of words) covers, ``GAP_MIN`` s or longer,
    each first given to the party that did not hold the floor just before it (a short reply or
    backchannel to the other party's turn)."""
    if GAP_MIN <= 0 or len(parties) < 2:
        return []
    covered = sorted([(t.start, t.end) for t in turns] + [(p.start, p.end) for p in items])
    out = []
    for start, end in voice_activity:
        for a, b in _uncovered(start, end, covered):
            if b - a >= GAP_MIN:
                before = [t for t in turns if t.speaker in parties and t.start < a]
                last = max(before, key=lambda t: t.end).speaker if before else parties[0]
                out.append(Piece(a, b, parties[1] if last == parties[0] else parties[0]))
    return out


def _uncovered(start: float, end: float, covered: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    out, reach = [], start
    for a, b in covered:
        if b <= reach or a >= end:
            continue
        if a > reach:
            out.append((reach, a))
        reach = max(reach, b)
    if reach < end:
        out.append((reach, end))
    return out


def active_spans(probabilities: np.ndarray, hop: float, threshold: float) -> list[tuple[float, float]]:
    """(start, end) seconds of the runs of frames (``hop`` s each) whose speech probability is at least
    ``threshold``."""
    mask = np.asarray(probabilities) >= threshold
    edges = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    # Python floats: numpy's would make every comparison with them a numpy bool, which JSON refuses.
    return [(round(int(a) * hop, 3), round(int(b) * hop, 3))
            for a, b in zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1))]
