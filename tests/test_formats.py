"""Transcript writers (call JSON, WhisperX, SRT, VTT, text, RTTM) and the WhisperX importer."""
from __future__ import annotations

import json

import pytest

from qa.errors import TranscriptError
from qa.formats import (load_call, parse_formats, to_rttm, to_srt, to_text, to_vtt, to_whisperx,
                        write_call, write_outputs)
from qa.model import AudioInfo, Call, Segment, Word
from qa.errors import ConfigError


def _call() -> Call:
    hello = (Word(0.5, 0.9, "Thanks", 0.9), Word(0.9, 1.3, "for", 0.8), Word(1.3, 1.8, "calling.", 0.95))
    issue = (Word(62.0, 62.4, "My", 0.7), Word(62.4, 63.25, "printer.", 0.6))
    return Call(call_id="call-001", language="en", language_probability=0.98,
                audio=AudioInfo("call.wav", "ab" * 32, 70.0, 8000, 2, "wav"),
                segments=(Segment(0.5, 1.8, "Thanks for calling.", words=hello),
                          Segment(62.0, 63.25, "My printer.", words=issue)))


def _labelled(call: Call) -> Call:
    from dataclasses import replace

    a, b = call.segments
    return replace(call, utterances=(replace(a, speaker="SPEAKER_00", role="agent"),
                                     replace(b, speaker="SPEAKER_01", role="customer")))


def test_srt_from_segments():
    assert to_srt(_call()) == ("1\n00:00:00,500 --> 00:00:01,800\nThanks for calling.\n\n"
                               "2\n00:01:02,000 --> 00:01:03,250\nMy printer.\n")


def test_vtt_and_text_use_roles_once_assigned():
    call = _labelled(_call())
    assert to_vtt(call) == ("WEBVTT\n\n00:00:00.500 --> 00:00:01.800\nAGENT: Thanks for calling.\n\n"
                            "00:01:02.000 --> 00:01:03.250\nCUSTOMER: My printer.\n")
    assert to_text(call) == "AGENT: Thanks for calling.\nCUSTOMER: My printer.\n"
    assert to_rttm(call) == ("SPEAKER call-001 1 0.500 1.300 <NA> <NA> SPEAKER_00 <NA> <NA>\n"
                             "SPEAKER call-001 1 62.000 1.250 <NA> <NA> SPEAKER_01 <NA> <NA>\n")


def test_call_json_round_trip(tmp_path):
    call = _labelled(_call())
    path = write_call(call, tmp_path / "call-001.json")
    assert json.loads(path.read_text())["schema_version"] == "1.0"
    assert load_call(path) == call


def test_whisperx_round_trip_keeps_words_and_speakers(tmp_path):
    call = _labelled(_call())
    path = tmp_path / "call-001.whisperx.json"
    path.write_text(to_whisperx(call))
    back = load_call(path)
    assert back.call_id == "call-001" and back.language == "en"
    assert [s.speaker for s in back.segments] == ["SPEAKER_00", "SPEAKER_01"]
    assert [(w.text, w.start, w.end, w.probability) for w in back.words] == \
        [(w.text, w.start, w.end, w.probability) for w in call.words]
    assert back.asr["engine"] == "imported"


def test_whisperx_import_without_words_or_with_unaligned_words(tmp_path):
    path = tmp_path / "legacy.json"
    path.write_text(json.dumps({"segments": [
        {"start": 0.0, "end": 2.0, "text": " Hello, IT desk.", "speaker": "SPEAKER_01"},
        {"start": 2.5, "end": 4.0, "text": "Ticket 2014 please", "words": [
            {"word": "Ticket", "start": 2.5, "end": 2.9, "score": 0.9},
            {"word": "2014"},  # WhisperX cannot align digits: no times
            {"word": "please", "start": 3.6, "end": 4.0, "score": 0.8}]}]}))
    call = load_call(path)
    assert call.call_id == "legacy"
    assert call.segments[0].text == "Hello, IT desk." and call.segments[0].words == ()
    number = call.segments[1].words[1]
    assert (number.text, number.start, number.end) == ("2014", 2.9, 3.6)


@pytest.mark.parametrize("content,message", [
    ("{not json", r"not valid JSON"),
    ('{"foo": 1}', r"expected our call JSON .* or a WhisperX-style JSON object with a \"segments\" list"),
    ('{"segments": [{"start": 3, "end": 1, "text": "x"}]}', r"segments\[0\]: ends \(1.0\) before it starts"),
    ('{"segments": [{"end": 1, "text": "x"}]}', r"segments\[0\]: missing \"start\""),
    ('{"segments": [{"start": "0:01", "end": 1}]}', r"segments\[0\].start: expected a time in seconds"),
    ('{"schema_version": "2.0", "call_id": "x"}', r"schema version 2.0 is not supported"),
])
def test_bad_transcripts_say_what_and_where(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(TranscriptError, match=message) as info:
        load_call(path)
    assert str(path) in str(info.value)


def test_write_outputs_and_format_names(tmp_path):
    paths = write_outputs(_call(), tmp_path, parse_formats("json, srt,vtt,txt,whisperx"))
    assert sorted(p.name for p in paths) == ["call-001.json", "call-001.srt", "call-001.txt",
                                             "call-001.vtt", "call-001.whisperx.json"]
    with pytest.raises(ConfigError, match="unknown output format.*docx.*choose from: json"):
        parse_formats("json,docx")
