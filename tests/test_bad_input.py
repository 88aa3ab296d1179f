"""Hostile and broken input (issue 11): every case gets its exact message, the rest of the batch is
stored and reported, and nothing is written outside --out.

Per-call problems (a bad transcript, a broken recording) all go into ONE batch beside good calls, so
one `qa run` covers them: each case then checks its own failure message, and every case checks that
the good calls were stored and reported. Config problems (manifest, rubric, options) stop a run
before any work with exit 2; each gets its own short run.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pytest
import soundfile
from click.testing import CliRunner

from qa.cli import main
from qa.fileio import safe_name

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
GOOD = ("call-06", "call-07")  # real sample transcripts, scored in every batch


def _segments(**overrides) -> dict:
    segment = {"start": 0.0, "end": 1.0, "text": "hello there", "speaker": "SPEAKER_00",
               "words": [{"word": "hello", "start": 0.0, "end": 0.4}, {"word": "there", "start": 0.5, "end": 1.0}]}
    segment.update(overrides)
    return {"segments": [segment], "language": "en"}


def _call_json(**overrides) -> dict:
    data = json.loads((SAMPLES / "call-06.json").read_text(encoding="utf-8"))
    data.update(overrides)
    return data


# ------------------------------------------------------------------ one call per case, one batch
# (name, file name, how to write it, expected failure message: "{dir}" is the batch folder)

def _text(content: str):
    return lambda path: path.write_text(content, encoding="utf-8")


def _bytes(content: bytes):
    return lambda path: path.write_bytes(content)


def _json(data):
    return lambda path: path.write_text(json.dumps(data), encoding="utf-8")


def _wav(samples: np.ndarray, subtype: str = "PCM_16", rate: int = 16000):
    return lambda path: soundfile.write(path, samples, rate, subtype=subtype)


def _nested(path: Path) -> None:
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")


def _bad_word_object(path: Path) -> None:
    data = _segments()
    data["segments"][0]["words"][1] = "there"
    path.write_text(json.dumps(data), encoding="utf-8")


def _truncated(path: Path) -> None:
    _wav(np.zeros((16000 * 2, 1), np.float32))(path)
    path.write_bytes(path.read_bytes()[:20000])


def _many_segments(path: Path) -> None:
    one = {"start": 0.0, "end": 0.1, "text": "a"}
    path.write_text(json.dumps({"segments": [one] * 200_000}), encoding="utf-8")


CALL_CASES = [
    ("not-json", "not-json.json", _text("{oops"),
     "{dir}/not-json.json: not valid JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1)); fix the file or export it again."),
    ("empty-json", "empty-json.json", _text(""),
     "{dir}/empty-json.json: not valid JSON (Expecting value: line 1 column 1 (char 0)); fix the file or export it again."),
    ("nan-time", "nan-time.json", _text('{"segments": [{"start": NaN, "end": 1, "text": "hi"}]}'),
     "{dir}/nan-time.json: not valid JSON (NaN is not a number JSON allows; write a number or null); fix the file or export it again."),
    ("infinity", "infinity.json", _text('{"segments": [{"start": 0, "end": Infinity, "text": "hi"}]}'),
     "{dir}/infinity.json: not valid JSON (Infinity is not a number JSON allows; write a number or null); fix the file or export it again."),
    ("huge-number", "huge-number.json", _text('{"segments": [{"start": 0, "end": 1e999, "text": "hi"}]}'),
     "{dir}/huge-number.json: segments[0].end: expected a finite time of 0 seconds or more, got inf."),
    ("negative-time", "negative-time.json", _json(_segments(start=-3)),
     "{dir}/negative-time.json: segments[0].start: expected a finite time of 0 seconds or more, got -3."),
    ("backwards", "backwards.json", _json(_segments(start=5.0, end=1.0)),
     "{dir}/backwards.json: segments[0]: ends (1.0) before it starts (5.0)."),
    ("time-as-text", "time-as-text.json", _json(_segments(start="0:01")),
     "{dir}/time-as-text.json: segments[0].start: expected a time in seconds (a number), got '0:01'."),
    ("huge-word", "huge-word.json", _json(_segments(words=[{"word": "a" * 10_000_000, "start": 0, "end": 1}])),
     "{dir}/huge-word.json: segments[0].words[0]: a word of 10,000,000 characters (at most 1,000); this is not a transcript of speech."),
    ("many-segments", "many-segments.json", _many_segments,
     "{dir}/many-segments.json: 200,000 segments; at most 50,000 are allowed (a 4-hour call has far fewer): split the file or check how it was made."),
    ("segments-not-list", "segments-not-list.json", _json({"segments": {"0": "hi"}}),
     "{dir}/segments-not-list.json: expected our call JSON (with schema_version and call_id) or a WhisperX-style JSON object with a \"segments\" list."),
    ("word-not-object", "word-not-object.json", _bad_word_object,
     "{dir}/word-not-object.json: segments[0].words[1]: expected an object with a \"word\"."),
    ("speaker-object", "speaker-object.json", _json(_segments(speaker={"name": "x"})),
     "{dir}/speaker-object.json: segments[0].speaker: expected a speaker label such as SPEAKER_00, got {{'name': 'x'}}."),
    ("deep-json", "deep-json.json", _nested, "{dir}/deep-json.json: nested too deeply to be a transcript JSON."),
    ("top-string", "top-string.json", _json("hello"),
     "{dir}/top-string.json: expected our call JSON (with schema_version and call_id) or a WhisperX-style JSON object with a \"segments\" list."),
    ("future-schema", "future-schema.json", _json(_call_json(schema_version="9.0")),
     "{dir}/future-schema.json: call JSON schema version 9.0 is not supported (this qa reads 1.0); upgrade qa or re-create the file."),
    ("call-word-no-start", "call-word-no-start.json",
     _json(_call_json(segments=[{"start": 0, "end": 1, "text": "x", "words": [{"end": 1, "text": "x"}]}])),
     "{dir}/call-word-no-start.json: call JSON does not match docs/schema.md (segments[0].words[0].start: missing (a time in seconds))."),
    ("call-text-number", "call-text-number.json", _json(_call_json(segments=[{"start": 0, "end": 1, "text": 5}])),
     "{dir}/call-text-number.json: call JSON does not match docs/schema.md (segments[0].text: expected a string, got int)."),
    ("call-probability-inf", "call-probability-inf.json", _text(json.dumps(_call_json(segments=[
        {"start": 0, "end": 1, "text": "x", "words": [{"start": 0, "end": 1, "text": "x", "probability": 2}]}]))
        .replace('"probability": 2', '"probability": 1e999')),
     "{dir}/call-probability-inf.json: call JSON does not match docs/schema.md (segments[0].words[0].probability: expected a finite number, got inf)."),
    ("call-utterances-huge", "call-utterances-huge.json",
     _json(_call_json(utterances=[{"start": 0, "end": 1, "text": "x"}] * 60_000)),
     "{dir}/call-utterances-huge.json: call JSON does not match docs/schema.md (utterances: 60,000 items; at most 50,000 are allowed (a 4-hour call has far fewer): split the file or check how it was made)."),
    ("call-id-list", "call-id-list.json", _json(_call_json(call_id=["a"])),
     "{dir}/call-id-list.json: call JSON does not match docs/schema.md (call_id: expected a call id (a name), got ['a'])."),
    ("not-utf8", "not-utf8.json", _bytes(b'{"segments": "\xff\xfe"}'),
     "{dir}/not-utf8.json: not UTF-8 text (byte 0xff at offset 14); it looks like cp1006 (Farsi); save it as UTF-8."),
    ("text-as-audio", "text-as-audio.wav", _text("this is not audio\n" * 20), None),
    ("empty-audio", "empty-audio.wav", _bytes(b""), None),
    ("truncated", "truncated.wav", _truncated,
     "{dir}/truncated.wav: truncated: the header says 2.0 s but only 0.6 s is in the file; copy or export the recording again."),
    ("three-channels", "three-channels.wav", _wav(np.zeros((16000, 3), np.float32)), None),
    ("too-long", "too-long.wav", _wav(np.zeros((16000 * 4, 2), np.float32)),
     "{dir}/too-long.wav: 4 s long; recordings over 3 s are refused before transcription and diarization. Split it, or raise the limit with --max-duration SECONDS."),
]
# Calls that are not failures: a recording with no speech is scored `review`, with the reason.
REVIEW_CASES = [
    ("silence", "silence.wav", _wav(np.zeros((16000 * 2, 2), np.float32))),
    ("nan-samples", "nan-samples.wav", _wav(np.full((16000 * 2, 2), np.nan, np.float32), subtype="FLOAT")),
]
ESCAPING_ID = "../../escaped"  # a manifest id that would be a path if it were ever used as one


def _snapshot(root: Path, skip: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if skip not in p.parents and p != skip}


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "work" / "calls"
    folder.mkdir(parents=True)
    lines = []
    for name in GOOD:
        shutil.copy(SAMPLES / f"{name}.json", folder / f"{name}.json")
        lines.append(f"  - {{id: {name}, transcript: {name}.json, agent_id: A-1}}")
    shutil.copy(SAMPLES / "call-07.json", folder / "escaping.json")
    lines.append(f"  - {{id: '{ESCAPING_ID}', transcript: escaping.json, agent_id: A-1}}")
    for name, file, write, _ in CALL_CASES:
        write(folder / file)
        key = "audio" if file.endswith(".wav") else "transcript"
        lines.append(f"  - {{id: {name}, {key}: {file}, agent_id: A-2, language: en}}")
    for name, file, write in REVIEW_CASES:
        write(folder / file)
        lines.append(f"  - {{id: {name}, audio: {file}, agent_id: A-2, language: en, channels: '0=agent,1=customer'}}")
    (folder / "manifest.yaml").write_text("calls:\n" + "\n".join(lines) + "\n", encoding="utf-8")
    out = root / "work" / "out"
    before = _snapshot(root, out)
    done = CliRunner().invoke(main, ["run", str(folder), "--out", str(out), "--model", "tiny.en",
                                     "--max-duration", "3"])
    failures = {f["call_id"]: f for f in json.loads((out / "failures.json").read_text(encoding="utf-8"))}
    return {"root": root, "folder": folder, "out": out, "done": done, "failures": failures,
            "new_outside": _snapshot(root, out) - before}


def _stored(out: Path) -> set[str]:
    with sqlite3.connect(out / "qa.sqlite") as db:
        return {row[0] for row in db.execute("SELECT call_id FROM results")}


def _rest_of_batch_is_stored_and_reported(batch) -> None:
    out = batch["out"]
    assert batch["done"].exit_code == 1, batch["done"].output  # some calls failed; the batch finished
    assert set(GOOD) | {ESCAPING_ID} <= _stored(out)
    for name in GOOD:
        assert (out / "calls" / f"{name}.html").is_file() and (out / "results" / f"{name}.result.json").is_file()
    assert batch["new_outside"] == set()  # nothing written outside --out


@pytest.mark.parametrize("name, file, write, expected", CALL_CASES, ids=[c[0] for c in CALL_CASES])
def test_a_bad_call_fails_alone_with_its_message(batch, name, file, write, expected):
    failure = batch["failures"][name]
    message = failure["message"]
    if expected is None:  # audio decoder wording varies with the FFmpeg build: the start is ours
        assert message.startswith(f"{batch['folder']}/{file}: ") and "; " in message, message
    else:
        assert message == expected.format(dir=batch["folder"])
    index = (batch["out"] / "index.html").read_text(encoding="utf-8")
    assert name in index  # the failure is reported on the index page
    _rest_of_batch_is_stored_and_reported(batch)


@pytest.mark.parametrize("name", [c[0] for c in REVIEW_CASES])
def test_a_recording_with_no_speech_is_reviewed_not_failed(batch, name):
    result = json.loads((batch["out"] / "results" / f"{name}.result.json").read_text(encoding="utf-8"))
    assert result["band"] == "review" and result["score"] is None
    assert {v["verdict"] for v in result["criteria"]} == {"review"}
    assert result["criteria"][0]["reason"].startswith("no speech was found in the recording")
    _rest_of_batch_is_stored_and_reported(batch)


def test_a_call_id_is_a_name_never_a_path(batch):
    out = batch["out"]
    assert (out / "calls" / f"{safe_name(ESCAPING_ID)}.call.json").is_file()
    assert (out / "calls" / f"{safe_name(ESCAPING_ID)}.html").is_file()
    assert not (batch["root"] / "escaped.call.json").exists() and not (out.parent / "escaped.call.json").exists()
    _rest_of_batch_is_stored_and_reported(batch)


def test_nan_never_reaches_a_json_file(batch):
    for path in batch["out"].rglob("*.json"):
        text = path.read_text(encoding="utf-8")  # a message may name NaN; a value never is one
        json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in {path}"))


# ------------------------------------------------------------------ config errors: exit 2, nothing runs


def _good_folder(root: Path) -> Path:
    folder = root / "calls"
    folder.mkdir(parents=True, exist_ok=True)
    for name in GOOD:
        shutil.copy(SAMPLES / f"{name}.json", folder / f"{name}.json")
    return folder


def _manifest(text: str, name: str = "manifest.yaml"):
    def make(folder: Path) -> None:
        (folder / name).write_text(text, encoding="utf-8")
    return make


def _rubric(body: str):
    def make(folder: Path) -> list[str]:
        path = folder.parent / "site.yaml"
        path.write_text(body, encoding="utf-8")
        return ["--rubric", str(path)]
    return make


RUBRIC_HEAD = "id: site\nversion: '1'\nbands: {pass: 85, coach: 70, fail: 0}\nsections:\n  - id: s\n    criteria:\n"


def _criterion(check: str, weight: str = "10") -> str:
    return (f"      - id: s.one\n        description: one\n        weight: {weight}\n"
            f"        checks:\n          - {check}\n")


CONFIG_CASES = [
    ("manifest-date-us", _manifest("calls:\n  - {transcript: call-06.json, date: 11/02/2026}\n"), [],
     "{dir}/manifest.yaml: calls[0].date: '11/02/2026' is not an ISO 8601 date; write it as 2026-11-02 or 2026-11-02T14:30:00+08:00 (a time zone is converted to --timezone)."),
    ("manifest-date-impossible", _manifest("calls:\n  - {transcript: call-06.json, date: '2026-02-30'}\n"), [],
     "{dir}/manifest.yaml: calls[0].date: '2026-02-30' is not an ISO 8601 date; write it as 2026-11-02 or 2026-11-02T14:30:00+08:00 (a time zone is converted to --timezone)."),
    ("csv-date", _manifest("id,transcript,date\ncall-06,call-06.json,2 Nov 2026\n", "manifest.csv"), [],
     "{dir}/manifest.csv: row 2.date: '2 Nov 2026' is not an ISO 8601 date; write it as 2026-11-02 or 2026-11-02T14:30:00+08:00 (a time zone is converted to --timezone)."),
    ("csv-extra-cells", _manifest("id,transcript\ncall-06,call-06.json,oops,more\n", "manifest.csv"), [],
     "{dir}/manifest.csv: row 2: 2 cell(s) more than the header row has; quote cells that hold commas"),
    ("csv-no-file-column", _manifest("id,agent_id\ncall-06,A-1\n", "manifest.csv"), [],
     "{dir}/manifest.csv: the header row needs an 'audio' or 'transcript' column (found: id, agent_id); see docs/manifest.md"),
    ("csv-speakers-word", _manifest("transcript,num_speakers\ncall-06.json,two\n", "manifest.csv"), [],
     "{dir}/manifest.csv: row 2.num_speakers: 'two' is not a number of speakers (1-20)"),
    ("csv-escaping-path", _manifest("transcript\n../../etc/passwd\n", "manifest.csv"), [],
     "{dir}/manifest.csv: row 2.transcript: path '../../etc/passwd' points outside the manifest's folder {dir}; put the file inside that folder and use a relative path."),
    ("yaml-deep", _manifest("calls: " + "[" * 5000 + "]" * 5000 + "\n"), [],
     "{dir}/manifest.yaml:1: nested more than 50 levels deep; a rubric or manifest never is: check the file."),
    ("yaml-alias", _manifest("a: &x [1]\ncalls: *x\n"), [],
     "{dir}/manifest.yaml:2: YAML aliases (*x) are not allowed; write the value out in full."),
    ("yaml-python-tag", _manifest("calls: !!python/object/apply:os.system ['true']\n"), [], None),
    ("duplicate-ids", _manifest("calls:\n  - {id: a, transcript: call-06.json}\n  - {id: a, transcript: call-07.json}\n"), [],
     "{dir}/manifest.yaml: calls[1]: duplicate call id 'a'; ids must be unique"),
    ("rubric-threshold", None, _rubric(RUBRIC_HEAD + _criterion("{kind: semantic, examples: [hello], threshold: 1.5}")),
     "{root}/site.yaml: sections[0].criteria[0].checks[0].threshold: must be between 0 and 1, got 1.5"),
    ("rubric-negative-seconds", None, _rubric(RUBRIC_HEAD + _criterion("{kind: dead_air, max_seconds: -5}")),
     "{root}/site.yaml: sections[0].criteria[0].checks[0].max_seconds: must be 0 seconds or more, got -5"),
    ("rubric-zero-weights", None, _rubric(RUBRIC_HEAD + _criterion("{kind: dead_air}", weight="0")),
     "{root}/site.yaml: sections: every criterion has weight 0, so nothing would count toward the score; give at least one criterion a weight above 0"),
    ("rubric-nan-weight", None, _rubric(RUBRIC_HEAD + _criterion("{kind: dead_air}", weight=".nan")),
     "{root}/site.yaml: sections[0].criteria[0].weight: expected a number, got float nan"),
    ("rubric-catastrophic-regex", None, _rubric(RUBRIC_HEAD + _criterion("{kind: phrase, phrases: ['re:(a|aa)+$']}")),
     "{root}/site.yaml: sections[0].criteria[0].checks[0].phrases: re:(a|aa)+$: takes more than 0.05 s on a 41-character word (catastrophic backtracking, e.g. a repeat inside a repeat such as (a+)+); rewrite it without nested repeats"),
    ("rubric-broken-regex", None, _rubric(RUBRIC_HEAD + _criterion("{kind: phrase, phrases: ['re:([a-']}")),
     "{root}/site.yaml: sections[0].criteria[0].checks[0].phrases: re:([a-: not a valid regular expression (unterminated character set at position 4); fix the pattern"),
    ("rubric-unknown", None, lambda folder: ["--rubric", "nosuch"], None),
    ("out-is-a-file", None, lambda folder: ["--out", str(folder.parent / "a-file")],
     "--out {root}/a-file: is a file, not a folder; give a folder name (it is created when missing) or move the file away."),
    ("bad-timezone", None, lambda folder: ["--timezone", "Mars/Olympus"],
     "--timezone 'Mars/Olympus': unknown time zone; use an IANA name such as Asia/Manila, Asia/Seoul, America/New_York or UTC."),
    ("max-duration-zero", None, lambda folder: ["--max-duration", "0"], None),
]


@pytest.mark.parametrize("name, manifest, options, expected", CONFIG_CASES, ids=[c[0] for c in CONFIG_CASES])
def test_a_config_error_is_a_clear_message_and_exit_2(tmp_path, name, manifest, options, expected):
    folder = _good_folder(tmp_path / "work")
    (tmp_path / "work" / "a-file").write_text("not a folder", encoding="utf-8")
    if manifest is not None:
        manifest(folder)
    out = tmp_path / "work" / "out"
    args = ["run", str(folder), "--out", str(out)] + (options(folder) if options else [])
    before = _snapshot(tmp_path, out)
    done = CliRunner().invoke(main, args)
    assert done.exit_code == 2, done.output
    assert "Traceback" not in done.output
    if expected is not None:
        assert expected.format(dir=folder, root=tmp_path / "work") in done.output, done.output
    else:
        assert done.output.strip(), "a message"
    assert _snapshot(tmp_path, out) == before  # nothing written outside --out
    assert not (out / "qa.sqlite").exists()  # and nothing run


def test_an_unreadable_ticket_export_is_a_warning_and_the_calls_are_scored(tmp_path):
    folder = _good_folder(tmp_path / "work")
    (folder / "tickets.json").write_text("{not json", encoding="utf-8")
    (folder / "manifest.yaml").write_text(
        "calls:\n  - {id: call-06, transcript: call-06.json, ticket_id: INC1, ticket: tickets.json}\n"
        "  - {id: call-07, transcript: call-07.json}\n", encoding="utf-8")
    out = tmp_path / "work" / "out"
    done = CliRunner().invoke(main, ["run", str(folder), "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert (f"WARNING {folder}/tickets.json:1: not valid JSON (Expecting property name enclosed in double quotes "
            "at column 2) (calls are scored without these tickets)") in done.output
    assert _stored(out) == set(GOOD)


def test_a_ticket_record_without_an_id_is_reported_and_the_rest_are_used(tmp_path):
    folder = _good_folder(tmp_path / "work")
    tickets = json.loads((SAMPLES / "tickets.json").read_text(encoding="utf-8"))
    tickets["tickets"].append({"status": "resolved", "description": "no id here"})
    (folder / "tickets.json").write_text(json.dumps(tickets), encoding="utf-8")
    (folder / "manifest.yaml").write_text(
        "calls:\n  - {id: call-07, transcript: call-07.json, ticket_id: INC0012550, ticket: tickets.json}\n",
        encoding="utf-8")
    out = tmp_path / "work" / "out"
    done = CliRunner().invoke(main, ["run", str(folder), "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert (f"WARNING {folder}/tickets.json#7: cannot tell which help desk this record is from (keys: status, "
            "description); pass a mapping file with --mapping") in done.output
    with sqlite3.connect(out / "qa.sqlite") as db:
        assert db.execute("SELECT ticket_id FROM results WHERE call_id = 'call-07'").fetchone()[0] == "INC0012550"


def test_qa_score_writes_a_hostile_call_id_inside_out(tmp_path):
    data = json.loads((SAMPLES / "call-07.json").read_text(encoding="utf-8"))
    data["call_id"] = "../../escaped"
    source = tmp_path / "work" / "in" / "c.json"
    source.parent.mkdir(parents=True)
    source.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "work" / "results"
    before = _snapshot(tmp_path, out)
    done = CliRunner().invoke(main, ["score", str(source), "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert _snapshot(tmp_path, out) == before
    assert [p.name for p in out.iterdir()] == [f"{safe_name('../../escaped')}.result.json"]


def test_a_catastrophic_pattern_cannot_hang_scoring():
    """Python's re needs about 2^40 steps for ^(a+)+$ on a 40-letter word; the scorer runs re:
    patterns with the regex package (which does not backtrack on it) under a time budget."""
    from qa.model import Call, Segment, Word
    from qa.rubric import rubric_from_dict
    from qa.score import Scorer

    rubric = rubric_from_dict({
        "id": "r", "version": "1", "bands": {"pass": 50, "fail": 0},
        "sections": [{"id": "s", "criteria": [{"id": "s.evil", "description": "evil", "weight": 1,
                                               "checks": [{"kind": "phrase", "phrases": ["re:^(a+)+$"]}]}]}]})
    word = "a" * 40 + "b"  # one token that the pattern must give up on
    words = (Word(0.0, 1.0, "hello", speaker="S0", role="agent"), Word(1.0, 2.0, word, speaker="S0", role="agent"))
    turn = Segment(0.0, 2.0, f"hello {word}", speaker="S0", role="agent", words=words)
    scorer = Scorer(rubric)
    try:
        result = scorer.score(Call("evil", language="en", segments=(turn,), utterances=(turn,)))
    finally:
        scorer.close()
    assert result.criteria[0].verdict == "fail"


def test_a_pattern_over_its_time_budget_fails_that_call_with_the_reason(monkeypatch):
    from qa.errors import RubricError
    from qa.score import nlp

    monkeypatch.setattr(nlp, "REGEX_BUDGET", 0.001)
    name = nlp.regex_attribute("(a|aa)+$")

    class Token:  # what the matcher hands the attribute: a token with its text
        text = "a" * 60 + "!"

    from spacy.tokens import Token as SpacyToken

    getter = SpacyToken.get_extension(name)[2]
    with pytest.raises(RubricError, match=r"re:\(a\|aa\)\+\$: took more than 0.001 s on the word 'aaaa"):
        getter(Token())
