"""Words to speakers and utterances, on hand-made words and turns (no models)."""
from __future__ import annotations

import numpy as np
import pytest

from qa.assign import assign_words, build_utterances, is_backchannel
from qa.diarize.channels import diarize_channels
from qa.model import Call, Segment, Word


def words(*items):
    """("hello", 0.0, 0.4), ... -> Words with Whisper's leading space."""
    return [Word(start, end, f" {text}") for text, start, end in items]


def turn(start, end, speaker):
    return Segment(start, end, speaker=speaker)


def test_word_goes_to_the_turn_it_overlaps_most():
    turns = [turn(0.0, 2.0, "A"), turn(2.0, 4.0, "B")]
    out = assign_words(words(("hello", 0.2, 0.6), ("there", 1.8, 2.4), ("yes", 2.5, 2.9)), turns)
    assert [w.speaker for w in out] == ["A", "B", "B"]  # "there" is 0.4 s in B, 0.2 s in A
    assert not any(w.overlap for w in out)


def test_word_in_a_gap_goes_to_the_nearest_turn():
    turns = [turn(0.0, 1.0, "A"), turn(5.0, 6.0, "B")]
    out = assign_words(words(("um", 1.3, 1.5), ("so", 4.4, 4.7)), turns)
    assert [w.speaker for w in out] == ["A", "B"]


def test_backchannel_inside_a_long_turn_is_its_own_utterance_and_overtalk():
    turns = [turn(0.0, 6.0, "A"), turn(2.3, 2.8, "B")]
    ws = words(("so", 0.1, 0.3), ("the", 0.4, 0.6), ("printer", 0.7, 1.2), ("jams", 1.3, 2.2),
               ("okay", 2.4, 2.7), ("every", 2.9, 3.3), ("morning", 3.4, 4.0))
    assigned = assign_words(ws, turns)
    okay = next(w for w in assigned if w.text.strip() == "okay")
    assert okay.speaker == "B" and okay.overlap  # the shorter turn wins the tie; B talks over A
    utterances = build_utterances(assigned)
    assert [(u.speaker, u.text) for u in utterances] == [
        ("A", "so the printer jams every morning"), ("B", "okay")]
    assert utterances[1].overlap and not utterances[0].overlap


def test_utterances_split_on_long_pauses_and_speaker_changes():
    ws = [Word(0.0, 0.5, " hi", speaker="A"), Word(0.6, 1.0, " there", speaker="A"),
          Word(3.0, 3.4, " still", speaker="A"), Word(3.6, 4.0, " hello", speaker="B")]
    utterances = build_utterances(ws)
    assert [(u.speaker, u.text, u.start, u.end) for u in utterances] == [
        ("A", "hi there", 0.0, 1.0), ("A", "still", 3.0, 3.4), ("B", "hello", 3.6, 4.0)]


def test_build_utterances_does_not_mutate_and_keeps_every_word():
    ws = tuple(Word(i * 0.5, i * 0.5 + 0.4, f" w{i}", speaker="AB"[i % 2]) for i in range(9))
    utterances = build_utterances(ws)
    assert sorted(w for u in utterances for w in u.words) == sorted(ws)


@pytest.mark.parametrize("text,expected", [("okay", True), ("mm-hmm", True), ("Yes, yes.", True),
                                           ("opo", True), ("네", True), ("okay let me check", False),
                                           ("no I can't", False)])
def test_backchannel_phrases(text, expected):
    ws = [Word(0.0 + i * 0.2, 0.2 + i * 0.2, t) for i, t in enumerate(text.split())]
    assert is_backchannel(ws) is expected


class StereoAudio:
    """A minimal stand-in for qa.audio.Audio: two channels of samples at 16 kHz."""
    def __init__(self, samples):
        self.samples, self.sample_rate = samples, 16000

    @property
    def channels(self):
        return self.samples.shape[0]

    def channel(self, i):
        return self.samples[i]


def test_stereo_bleed_is_dropped_and_duplicates_kept_once():
    rng = np.random.default_rng(0)
    samples = np.zeros((2, 16000 * 4), dtype=np.float32)
    samples[0, :16000 * 2] = 0.1 * rng.standard_normal(16000 * 2)  # agent talks 0-2 s on the left...
    samples[1, :16000 * 2] = 0.003 * rng.standard_normal(16000 * 2)  # ...and leaks -30 dB to the right
    samples[1, 16000 * 2:] = 0.1 * rng.standard_normal(16000 * 2)  # customer talks 2-4 s on the right
    samples[0, 16000 * 2:] = 0.003 * rng.standard_normal(16000 * 2)
    left = Segment(0.0, 1.8, " Hello there", words=tuple(words(("Hello", 0.1, 0.6), ("there", 0.7, 1.2))),
                   channel=0)
    right_bleed = Segment(0.1, 1.2, " Hello there", words=tuple(words(("Hello", 0.15, 0.6), ("there", 0.7, 1.1))),
                          channel=1)
    right = Segment(2.1, 3.5, " Hi", words=tuple(words(("Hi", 2.2, 2.6))), channel=1)
    call = Call("stereo", segments=(left, right_bleed, right))
    out = diarize_channels(call, StereoAudio(samples))
    assert [(u.speaker, u.channel, u.text) for u in out.utterances] == [
        ("CHANNEL_0", 0, "Hello there"), ("CHANNEL_1", 1, "Hi")]
    assert out.diarization["dropped_bleed"] == 2
    # Without audio the same words heard on both channels are still kept only once.
    no_audio = diarize_channels(call, None)
    assert sum(u.text.count("Hello") for u in no_audio.utterances) == 1


def test_overtalk_does_not_chop_either_speakers_turn():
    """Both parties talking at once (words interleave in time): one utterance each."""
    a = [Word(0.0 + 0.5 * i, 0.4 + 0.5 * i, f" a{i}", speaker="A", overlap=True) for i in range(6)]
    b = [Word(0.2 + 0.5 * i, 0.6 + 0.5 * i, f" b{i}", speaker="B", overlap=True) for i in range(5)]
    utterances = build_utterances(a + b)
    assert [(u.speaker, len(u.words)) for u in utterances] == [("A", 6), ("B", 5)]
    assert all(u.overlap for u in utterances)


def test_a_reply_in_between_ends_the_turn():
    ws = [Word(0.0, 0.4, " can", speaker="A"), Word(0.5, 0.9, " you", speaker="A"),
          Word(1.0, 1.3, " sure", speaker="B"), Word(1.35, 1.6, " thing", speaker="B"),
          Word(1.7, 1.9, " it", speaker="B"), Word(2.0, 2.4, " great", speaker="A")]
    assert [u.text for u in build_utterances(ws)] == ["can you", "sure thing it", "great"]
