"""The resegmentation pass (qa.diarize.resegment): pieces from word times, voices, moves, new turns.

The embeddings here are made-up vectors standing for two voices; the real model on real audio is
tested in tests/test_diarize.py (test_resegmentation_gives_a_stretch_back_to_its_voice).
"""
from __future__ import annotations

import numpy as np
import pytest

from qa.diarize.resegment import Piece, decide, pieces, relabel, resegment, split_at_silence
from qa.model import Segment, Word


def _w(start, end, speaker, overlap=False):
    return Word(start, end, " w", speaker=speaker, overlap=overlap)


def test_pieces_split_on_speaker_pause_and_overtalk():
    words = [_w(0.0, 0.4, "A"), _w(0.45, 0.9, "A"), _w(1.5, 2.0, "A"),  # pause 0.6 s: new piece
             _w(2.05, 2.5, "B"), _w(2.5, 2.8, "B", overlap=True), _w(2.8, 3.2, "B")]
    assert pieces(words) == [Piece(0.0, 0.9, "A"), Piece(1.5, 2.0, "A"), Piece(2.05, 2.5, "B"),
                             Piece(2.8, 3.2, "B")]


def test_a_piece_is_cut_where_the_diarization_hears_no_speech():
    turns = [Segment(1.0, 2.0, speaker="A"), Segment(2.6, 4.0, speaker="A")]
    assert split_at_silence(Piece(1.2, 3.5, "A"), turns) == [Piece(1.2, 2.0, "A"), Piece(2.6, 3.5, "A")]


def _voices(seed=0, dim=16):
    rng = np.random.default_rng(seed)
    a, b = rng.normal(size=dim), rng.normal(size=dim)
    b -= (a @ b) / (a @ a) * a  # orthogonal voices
    noise = lambda: rng.normal(scale=0.15, size=dim)  # noqa: E731
    return a / np.linalg.norm(a), b / np.linalg.norm(b), noise


def test_a_piece_clearly_nearer_the_other_voice_moves_and_an_unclear_one_stays():
    a, b, noise = _voices()
    items = [Piece(i, i + 1.0, "A") for i in range(6)] + [Piece(10 + i, 11.0 + i, "B") for i in range(6)]
    rows = [a + noise() for _ in range(5)] + [b + noise()]  # the 6th "A" piece is B's voice
    rows += [b + noise() for _ in range(5)] + [0.68 * a + 0.73 * b]  # last "B" piece: a bit nearer A
    moves = decide(items, np.array(rows), ["A", "B"], margin=0.1)
    assert moves == [None] * 5 + ["B"] + [None] * 6  # within the margin: stays
    assert decide(items, np.array(rows), ["A", "B"], margin=0.0)[-1] == "A"
    rows[-1] = [np.nan] * len(a)  # a piece the model could not embed never moves
    assert decide(items, np.array(rows), ["A", "B"], margin=0.1)[-1] is None


def test_relabel_gives_the_span_to_the_other_speaker_and_keeps_the_rest():
    turns = [Segment(0.0, 5.0, speaker="A"), Segment(5.5, 7.0, speaker="B")]
    assert relabel(turns, 2.0, 3.0, "B", "A") == [Segment(0.0, 2.0, speaker="A"), Segment(2.0, 3.0, speaker="B"),
                                                   Segment(3.0, 5.0, speaker="A"), Segment(5.5, 7.0, speaker="B")]
    # touching the other speaker's turn: one turn, not two
    assert relabel(turns, 4.0, 5.5, "B", "A") == [Segment(0.0, 4.0, speaker="A"), Segment(4.0, 7.0, speaker="B")]


def test_resegment_moves_a_stretch_to_the_voice_it_sounds_like():
    a, b, noise = _voices(1)
    # A long agent turn that swallowed the customer's answer at 20-22 s; words know where it is.
    turns = [Segment(0.0, 30.0, speaker="A"), Segment(31.0, 50.0, speaker="B")]
    words = [_w(t, t + 0.9, "A") for t in range(0, 30, 2)] + [_w(t, t + 0.9, "B") for t in range(31, 50, 2)]
    truth = lambda start: b if 20 <= start < 22 or start >= 31 else a  # noqa: E731
    calls = []

    def embed(items):
        calls.append(items)
        return np.array([truth(start) + noise() for start, _, _ in items])

    new, moved = resegment(turns, words, embed, margin=0.1, min_piece=0.5)
    assert moved == 1
    assert Segment(20.0, 20.9, speaker="B") in new and Segment(0.0, 20.0, speaker="A") in new
    assert all(spans for _, _, spans in calls[0])  # only speech frames are embedded
    # nothing to compare with: one speaker only
    assert resegment(turns[:1], words[:15], embed) == (tuple(turns[:1]), 0)


@pytest.mark.parametrize("margin", [0.0, 0.1])
def test_resegment_leaves_turns_alone_when_every_piece_sounds_like_its_speaker(margin):
    a, b, noise = _voices(2)
    turns = (Segment(0.0, 10.0, speaker="A"), Segment(10.5, 20.0, speaker="B"))
    words = [_w(t, t + 0.9, "A") for t in range(0, 10, 2)] + [_w(t + 0.5, t + 1.4, "B") for t in range(10, 20, 2)]
    embed = lambda items: np.array([(a if s < 10 else b) + noise() for s, _, _ in items])  # noqa: E731
    assert resegment(turns, words, embed, margin=margin) == (turns, 0)
