"""The data model round-trips through JSON unchanged, and stages cannot mutate it."""
from __future__ import annotations

import dataclasses
import json

import pytest

from qa.model import (AudioInfo, Call, Evidence, Finding, Outcome, Result, RoleAssignment, Segment,
                      Verdict, Word, words_in)


def _call() -> Call:
    words = (Word(0.5, 0.9, "Thank", 0.98, "SPEAKER_00", "agent"),
             Word(0.9, 1.2, "you", 0.97, "SPEAKER_00", "agent"),
             Word(1.1, 1.3, "hi", 0.6, "SPEAKER_01", "customer", overlap=True))
    return Call(
        call_id="c1", audio=AudioInfo("a.wav", "ab" * 32, 12.5, 8000, 2, "wav"), language="en",
        language_probability=0.99, asr={"engine": "faster-whisper", "model": "base"},
        metadata={"agent_id": "A-1", "channels": {"0": "agent"}},
        segments=(Segment(0.5, 1.3, "Thank you hi", words=words),),
        turns=(Segment(0.4, 1.2, speaker="SPEAKER_00"),),
        utterances=(Segment(0.5, 1.2, "Thank you", "SPEAKER_00", "agent", words[:2]),
                    Segment(1.1, 1.3, "hi", "SPEAKER_01", "customer", words[2:], overlap=True)),
        roles=RoleAssignment({"SPEAKER_00": "agent", "SPEAKER_01": "customer"}, 0.9, "auto",
                             ("opens the call",)))


def test_call_round_trips_through_json():
    call = _call()
    again = Call.from_dict(json.loads(json.dumps(call.to_dict())))
    assert again == call
    assert again.words == call.utterances[0].words + call.utterances[1].words
    assert again.text == "Thank you hi"
    assert again.duration == 12.5


def test_result_round_trips_through_json():
    evidence = (Evidence(0.5, 1.2, "Thank you", "SPEAKER_00", "agent", "thank you"),)
    result = Result("c1", "helpdesk", "1.0", 87.5, "pass",
                    criteria=(Verdict("greeting.thank_caller", "pass", "said", evidence, 10, "greeting"),),
                    outcome=Outcome("resolved", 0.8, evidence, "validated"),
                    findings=(Finding("identifier_mismatch", "high", "asset tag differs", evidence,
                                      "description", "AT-1234"),),
                    ticket_id="INC1", ticket_score=80.0, metrics={"talk_ratio": 0.6})
    data = json.loads(json.dumps(result.to_dict()))
    assert data["rubric"] == {"id": "helpdesk", "version": "1.0"}
    assert data["criteria"][0]["evidence"][0]["text"] == "Thank you"
    assert Result.from_dict(data) == result


def test_unknown_fields_from_newer_files_are_ignored():
    data = _call().to_dict()
    data["future_field"] = 1
    data["utterances"][0]["future"] = True
    assert Call.from_dict(data) == _call()


def test_model_objects_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        _call().language = "ko"


def test_words_in_uses_word_middles():
    words = _call().words
    assert [w.text for w in words_in(words, 0.0, 1.0)] == ["Thank"]


def test_hand_written_to_dict_covers_every_field():
    # Word and Segment write their dicts by hand (speed); a new field must not be left out.
    assert set(Word(0, 1, "x").to_dict()) == {f.name for f in dataclasses.fields(Word)}
    assert set(Segment(0, 1).to_dict()) == {f.name for f in dataclasses.fields(Segment)}
