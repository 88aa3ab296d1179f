"""The resegmentation pass (qa.diarize.resegment): pieces from word times, voices, moves, new turns.

The embeddings here are made-up vectors standing for two voices; the real model on real audio is
tested in tests/test_diarize.py (test_resegmentation_gives_a_stretch_back_to_its_voice).
"""
from __future__ import annotations

from dataclasses import replace

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


def _two_voices_call():
    """Agent A 0-10 s, customer B 12-22 s, as turns and words (0.9 s words every 2 s)."""
    turns = (Segment(0.0, 10.0, speaker="A"), Segment(12.0, 22.0, speaker="B"))
    words = [_w(t, t + 0.9, "A") for t in range(0, 10, 2)] + [_w(t, t + 0.9, "B") for t in range(12, 22, 2)]
    return turns, words


def test_words_where_pyannote_hears_no_speech_get_a_turn_of_the_voice_they_sound_like():
    a, b, noise = _voices(3)
    turns, words = _two_voices_call()
    # The customer's quiet "yes" at 10.3-10.7 s: no diarized speech; the nearest turn is A's, so the
    # word was given to A.
    answer = _w(10.3, 10.7, "A")
    embed = lambda items: np.array([(b if 10.2 < s < 11 or s >= 12 else a) + noise()  # noqa: E731
                                    for s, _, _ in items])
    assert resegment(turns, [*words, answer], embed, fill_min=0.0) == (turns, 0)  # off: no turn
    new, changed = resegment(turns, [*words, answer], embed, fill_min=0.2)
    assert changed == 1 and Segment(10.3, 10.7, speaker="B") in new
    assert Segment(0.0, 10.0, speaker="A") in new and Segment(12.0, 22.0, speaker="B") in new
    # ... embedded over its word times, the only speech there is
    seen = []
    resegment(turns, [*words, answer], lambda items: seen.extend(items) or embed(items), fill_min=0.2)
    assert (10.3, 10.7, [(10.3, 10.7)]) in seen
    # unclear voice: the turn goes to the speaker the words were given (the nearest turn)
    unclear = lambda items: np.array([(0.7 * a + 0.7 * b if 10.2 < s < 11 else a if s < 12 else b)  # noqa: E731
                                      + noise() for s, _, _ in items])
    new, _ = resegment(turns, [*words, answer], unclear, fill_min=0.2)
    assert Segment(10.3, 10.7, speaker="A") in new
    # shorter than fill_min: no turn
    assert resegment(turns, [*words, _w(10.3, 10.45, "A")], embed, fill_min=0.2) == (turns, 0)


def test_short_pieces_are_judged_but_do_not_make_the_voices():
    a, b, noise = _voices(4)
    turns = (Segment(0.0, 10.0, speaker="A"), Segment(12.0, 22.0, speaker="B"))
    words = [_w(t, t + 0.9, "A") for t in range(0, 8, 2)] + [_w(8.0, 8.3, "A")]  # 0.3 s: B's "no"
    words += [_w(t, t + 0.9, "B") for t in range(12, 22, 2)]
    embed = lambda items: np.array([(b if 7.9 < s < 8.5 or s >= 12 else a) + noise()  # noqa: E731
                                    for s, _, _ in items])
    assert resegment(turns, words, embed, short_piece=0.0)[1] == 0  # under min_piece: not judged
    new, moved = resegment(turns, words, embed, short_piece=0.2)
    assert moved == 1 and Segment(8.0, 8.3, speaker="B") in new
    # the short B-sounding pieces under A do not pull A's voice towards B: they are not voters
    items = [Piece(0, 1, "A")] + [Piece(2 + i, 2.4 + i, "A") for i in range(4)] + [Piece(9, 10, "B")]
    rows = np.array([a, b, b, b, b, b])
    voters = [True, False, False, False, False, True]
    assert decide(items, rows, ["A", "B"], margin=0.3, voters=voters)[1:5] == ["B"] * 4
    assert decide(items, rows, ["A", "B"], margin=0.3)[1:5] == [None] * 4


def test_sentence_ends_cut_pieces_and_a_question_is_remembered(monkeypatch):
    import qa.diarize.resegment as R

    words = [Word(0.0, 0.4, " Which", speaker="A"), Word(0.45, 0.9, " card?", speaker="A"),
             Word(1.0, 1.4, " My", speaker="A"), Word(1.45, 1.9, " card.", speaker="A"),
             Word(2.0, 2.4, " Thanks", speaker="A")]
    assert pieces(words) == [Piece(0.0, 2.4, "A")]
    monkeypatch.setattr(R, "SPLIT_AT_SENTENCE", True)
    cut = pieces(words)
    assert cut == [Piece(0.0, 0.9, "A"), Piece(1.0, 1.9, "A"), Piece(2.0, 2.4, "A")]
    assert [p.question for p in cut] == [True, False, False]
    # the question survives a cut at silence (it is the last part's)
    assert split_at_silence(cut[0], [Segment(0.0, 0.3, speaker="A"), Segment(0.5, 0.9, speaker="A")])[-1].question


def test_an_answer_to_its_own_speakers_question_moves_on_a_smaller_margin(monkeypatch):
    import qa.diarize.resegment as R

    a, b, noise = _voices(5)
    turns = (Segment(0.0, 10.0, speaker="A"), Segment(11.0, 13.0, speaker="A"), Segment(14.0, 24.0, speaker="B"))
    words = [_w(t, t + 0.9, "A") for t in range(0, 8, 2)] + [Word(8.0, 9.5, " replace?", speaker="A")]
    words += [Word(11.0, 11.8, " my", speaker="A"), Word(11.8, 12.6, " card.", speaker="A")]  # B's answer
    words += [_w(t, t + 0.9, "B") for t in range(14, 24, 2)]
    # the answer sounds only a little more like B (0.05 nearer: under SWITCH_MARGIN 0.1)
    mix = 0.66 * a + 0.75 * b
    embed = lambda items: np.array([(mix if 10.5 < s < 13 else a if s < 10.5 else b) for s, _, _ in items])  # noqa: E731
    monkeypatch.setattr(R, "ANSWER_PAUSE", 0.0)  # the cue off
    assert resegment(turns, words, embed)[1] == 0
    monkeypatch.setattr(R, "ANSWER_PAUSE", 1.0)
    monkeypatch.setattr(R, "ANSWER_MARGIN", 0.0)
    new, moved = resegment(turns, words, embed)
    assert moved == 1 and Segment(11.0, 12.6, speaker="B") in new
    # no question before it: it stays
    words[4] = Word(8.0, 9.5, " replace.", speaker="A")
    assert resegment(turns, words, embed)[1] == 0
    # a pause shorter than ANSWER_PAUSE: it stays
    monkeypatch.setattr(R, "ANSWER_PAUSE", 2.0)
    words[4] = Word(8.0, 9.5, " replace?", speaker="A")
    assert resegment(turns, words, embed)[1] == 0


def test_voice_activity_runs_from_frame_probabilities():
    from qa.diarize.resegment import active_spans

    probabilities = np.array([0.1, 0.6, 0.7, 0.2, 0.5, 0.5, 0.5, 0.0])
    assert active_spans(probabilities, 0.5, 0.5) == [(0.5, 1.5), (2.0, 3.5)]
    assert active_spans(probabilities, 0.5, 0.9) == []


def test_voice_activity_no_turn_covers_gets_a_turn_of_the_voice_it_sounds_like(monkeypatch):
    """A short reply that neither pyannote nor Whisper heard (no turn, no words), found by the VAD:
    it gets a turn; of the party that did not speak just before it when the voices cannot tell, of
    the voice it sounds like when they can. Activity under a turn, or shorter than GAP_MIN, is left."""
    import qa.diarize.resegment as R

    a, b, noise = _voices(6)
    turns, words = _two_voices_call()  # A 0-10 s, B 12-22 s
    activity = [(9.5, 10.0), (10.4, 10.8), (11.0, 11.1), (13.0, 14.0)]  # under A; unheard; too short; under B
    sounds_a = lambda items: np.array([(a if s < 12 and not 10.3 < s < 11 else b if s >= 12 else a) + noise()  # noqa: E731
                                       for s, _, _ in items])
    assert resegment(turns, words, sounds_a) == (turns, 0)  # no activity given: as before
    new, changed = resegment(turns, words, sounds_a, voice_activity=activity)
    # first B's (A held the floor before it), but it sounds like A: a turn of A
    assert changed == 1 and Segment(10.4, 10.8, speaker="A") in new and Segment(0.0, 10.0, speaker="A") in new
    assert len(new) == 3 and not any(t.start < 11.1 and t.end > 11.0 for t in new)
    sounds_b = lambda items: np.array([(b if 10.3 < s < 11 or s >= 12 else a) + noise()  # noqa: E731
                                       for s, _, _ in items])
    assert Segment(10.4, 10.8, speaker="B") in resegment(turns, words, sounds_b, voice_activity=activity)[0]
    # the voices cannot tell (equally near both): the party that did not hold the floor before it
    unclear = lambda items: np.array([(0.7 * a + 0.7 * b if 10.3 < s < 11 else a if s < 12 else b)  # noqa: E731
                                      for s, _, _ in items])
    assert Segment(10.4, 10.8, speaker="B") in resegment(turns, words, unclear, voice_activity=activity)[0]
    monkeypatch.setattr(R, "GAP_MIN", 0.0)  # off
    assert resegment(turns, words, sounds_b, voice_activity=activity) == (turns, 0)


def test_active_spans_are_plain_floats_so_the_call_json_can_be_written():
    """numpy times made every word's overlap a numpy bool, and writing the call JSON failed (a
    60-minute recording, qa run's store stage)."""
    import json

    from qa.assign import assign_words
    from qa.diarize.resegment import active_spans

    spans = active_spans(np.array([0.1, 0.9, 0.9, 0.1]), 0.5, 0.5)
    assert all(type(x) is float for span in spans for x in span)
    (start, end), = spans
    turns = [Segment(np.float64(start), np.float64(end), speaker="A"), Segment(0.0, 2.0, speaker="B")]
    word, = assign_words([Word(0.6, 0.9, "yes")], turns)
    assert type(word.overlap) is bool
    json.dumps(word.to_dict())


def _finishing_call():
    """A 0-10 s and B 12-22 s as before, then B's "my debit" (22.5-23.4 s), and A's turn from 23.5 s
    holding B's "card." (23.5-24.0 s) and A's own question: the words as the first pass left them."""
    turns, words = _two_voices_call()
    turns = (*turns, Segment(22.5, 23.4, speaker="B"), Segment(23.5, 26.0, speaker="A"))
    words += [Word(22.5, 22.9, " my", speaker="B"), Word(22.9, 23.4, " debit", speaker="B"),
              Word(23.5, 24.0, " card.", speaker="A"), Word(24.1, 24.5, " Can", speaker="A"),
              Word(24.5, 25.0, " I", speaker="A"), Word(25.0, 26.0, " replace it?", speaker="A")]
    return turns, words


def test_a_short_sentence_finishing_the_other_partys_words_moves_on_the_answer_margin(monkeypatch):
    """'my debit | card. Can I replace it?': the sentence that opens A's run finishes B's unfinished
    words, so it is judged as a piece of its own on ANSWER_MARGIN (0), not SWITCH_MARGIN (0.1)."""
    import qa.diarize.resegment as R

    a, b, noise = _voices(7)
    turns, words = _finishing_call()
    mix = 0.68 * a + 0.73 * b  # "card." sounds only a little more like B: under SWITCH_MARGIN
    embed = lambda items: np.array([mix if 23.4 < s < 24.05 and e < 24.05 else  # noqa: E731
                                    b if 12 <= s < 23.45 else a for s, e, _ in items])
    new, moved = resegment(turns, words, embed)
    assert moved == 1 and Segment(23.5, 24.0, speaker="B") not in turns
    assert [t for t in new if t.start >= 22] == [Segment(22.5, 23.4, speaker="B"), Segment(23.5, 24.0, speaker="B"),
                                                 Segment(24.0, 26.0, speaker="A")]
    monkeypatch.setattr(R, "CONTINUE_GAP", 0.0)  # off: A keeps it
    assert resegment(turns, words, embed) == (turns, 0)
    monkeypatch.setattr(R, "CONTINUE_GAP", 0.5)
    # B's words ended a sentence ("debit."): A's "card." does not finish them, and stays
    finished = [replace(w, text=" debit.") if w.text == " debit" else w for w in words]
    assert resegment(turns, finished, embed) == (turns, 0)
    # nearer A's own voice: it stays, cue or not
    own = lambda items: np.array([b if 12 <= s < 23.45 else a for s, _, _ in items])  # noqa: E731
    assert resegment(turns, words, own) == (turns, 0)


def test_a_short_answer_after_a_question_in_one_run_is_cut_off_as_its_own_piece():
    """'Which card? My debit card.' in one run of A's words (no pause): the cue pieces are the answer
    after the question, and the opening sentence that finishes another speaker's words."""
    from qa.diarize.resegment import pieces

    words = [Word(0.0, 0.4, " Which", speaker="A"), Word(0.45, 0.9, " card?", speaker="A"),
             Word(1.0, 1.4, " My", speaker="A"), Word(1.45, 1.9, " card.", speaker="A"),
             Word(2.0, 2.4, " Thanks.", speaker="A")]
    assert pieces(words) == [Piece(0.0, 2.4, "A")]  # without cues: one run, as before
    cut = pieces(words, cues=True)
    assert cut == [Piece(0.0, 0.9, "A"), Piece(1.0, 1.9, "A"), Piece(2.0, 2.4, "A")]
    assert [p.cue for p in cut] == [False, True, False]
    long_answer = [*words[:2], Word(1.0, 3.5, " My debit card, the one that I lost.", speaker="A")]
    assert [p.cue for p in pieces(long_answer, cues=True)] == [False]  # over ANSWER_MAX: no cue
    opening = [Word(0.0, 0.4, " my", speaker="B"), Word(0.45, 0.9, " card.", speaker="A"),
               Word(1.0, 1.4, " Thanks.", speaker="A")]
    assert [(p.speaker, p.cue) for p in pieces(opening, cues=True)] == [("B", False), ("A", True), ("A", False)]
