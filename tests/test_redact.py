"""PII redaction (docs/privacy.md): the labelled set, the pieces, and a whole `qa run` whose report
folder must hold none of the personal values said in its calls or written in its tickets."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile
from click.testing import CliRunner

from qa.cli import main
from qa.formats import load_call, to_srt, to_text
from qa.model import Call, Evidence, Finding, Result, Segment, Verdict, Word
from qa.redact import find_pii, redact_text
from qa.redact.apply import Redactor, masked_times, redact_call
from qa.redact.evaluate import evaluate_file, format_table
from qa.report.audio import TONE_HZ, LoadedAudio, write_clip
from qa.store import Store

DATA = Path(__file__).parent / "data" / "redact"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


# ------------------------------------------------------------------ the labelled set


@pytest.mark.parametrize("split", ["test", "tune"])
def test_labelled_set_recall_and_precision_per_language(split):
    """test.yaml was frozen before the redactor was written (first run: recall 98.9 %, en 97.7 %,
    precision 100 %); the targets are recall >= 98 % and precision >= 90 % in every language."""
    tallies = evaluate_file(DATA / f"{split}.yaml")
    print(format_table(tallies))
    assert {"en", "ko", "tl"} <= set(tallies)
    for language, tally in tallies.items():
        assert tally.recall >= 0.98, (language, tally.missed)
        assert tally.precision >= 0.90, (language, tally.false)
    assert tallies["all"].mentions >= (95 if split == "test" else 50)


def test_the_labelled_set_has_150_mentions_and_as_many_look_alikes():
    import yaml

    items = [i for split in ("test", "tune") for i in yaml.safe_load((DATA / f"{split}.yaml").read_text())["items"]]
    mentions = sum(len(i["pii"]) for i in items)
    assert mentions >= 150
    assert sum(1 for i in items if not i["pii"]) >= 150  # items holding only look-alikes
    for language in ("en", "ko", "tl"):
        spoken = [p for i in items if i["lang"] == language for p in i["pii"] if not re.search(r"\d", p["value"])]
        assert len(spoken) >= 10, language  # spoken forms, not only digits


# ------------------------------------------------------------------ text


@pytest.mark.parametrize("text, kinds", [
    ("call me at 0917 555 0142", ["PHONE"]),
    ("my cell is four one five, five five five, zero one nine nine", ["PHONE"]),
    ("card 4111 1111 1111 1111 please", ["CARD"]),
    ("card 4111 1111 1111 1112 please", []),  # fails the Luhn check: not a card
    ("write to ana.cruz@gmail.com", ["EMAIL"]),
    ("it's dan dot brooks at gmail dot com", ["EMAIL"]),
    ("주민등록번호는 900101-1234568입니다", ["ID"]),
    ("my SSN is 536-22-8174", ["ID"]),
    ("employee ID? it's four four seven one nine", ["ACCOUNT"]),
    ("고객 번호는 이 공 일 칠 삼이요", ["ACCOUNT"]),
    ("employee number po? siyam siyam apat dalawa lima", ["ACCOUNT"]),
    ("account number: uno dos tres kwatro singko", ["ACCOUNT"]),
    ("date of birth? March fourteenth, nineteen eighty eight", ["DOB"]),
    ("생년월일은 천구백구십일년 오월 십칠일입니다", ["DOB"]),
    ("the ticket number is four five five one two", []),
    ("ticket number nine one seven five five five zero one four two", []),  # a phone's shape, but a ticket
    ("error 0x80070005 on build 19045", []),
    ("asset tag N W L eight two zero one", []),
    ("the refund is $1,249.99, call back at 10:30", []),
    ("the update came on 2026-11-02", []),  # a date, but no birth date asked
])
def test_what_is_redacted_and_what_stays(text, kinds):
    assert [p.kind for p in find_pii(text)] == kinds


def test_a_keyword_answers_one_question():
    """After "employee ID" one number is the id; a second number needs its own question."""
    spans = find_pii("employee ID please. 47291. thanks, your ticket will be 10023 and the floor is 4412")
    assert [(p.kind, p.text) for p in spans] == [("ACCOUNT", "47291")]


def test_placeholders_replace_the_whole_value():
    text = "CUSTOMER: my number is zero nine one seven, five five five, zero one four two. Thanks!"
    assert redact_text(text) == "CUSTOMER: my number is [PHONE]. Thanks!"


# ------------------------------------------------------------------ calls, results, audio


def _call() -> Call:
    said = [("AGENT", "Can I have your employee ID, please?", 0.0),
            ("CUSTOMER", "Sure, it's four four seven one nine.", 3.0),
            ("AGENT", "Your ticket is INC0012345.", 6.0)]
    utterances = []
    for role, text, start in said:
        words = tuple(Word(start + 0.4 * i, start + 0.4 * i + 0.3, w, role=role.lower())
                      for i, w in enumerate(text.split()))
        utterances.append(Segment(words[0].start, words[-1].end, text, role=role.lower(), words=words))
    return Call("c1", language="en", segments=tuple(utterances), utterances=tuple(utterances),
                metadata={"customer_id": "C-99812", "agent_id": "A-1"})


def test_a_redacted_call_hides_the_words_and_records_when_they_were_said():
    call = _call()
    shown = redact_call(call)
    assert shown.utterances[1].text == "Sure, it's [ACCOUNT]."
    assert [w.text for w in shown.utterances[1].words] == ["Sure,", "it's", "[ACCOUNT]."]
    assert shown.segments[1].text == "Sure, it's [ACCOUNT]."
    assert shown.utterances[2].text == call.utterances[2].text  # the ticket number stays
    assert [pytest.approx(t) for t in masked_times(shown)] == [(3.8, 5.7)]  # "four" starts at 3.8, "nine." ends at 5.7
    assert shown.metadata["customer_id"] == "[ACCOUNT]" and shown.metadata["agent_id"] == "A-1"
    assert "four four seven" not in to_srt(shown) + to_text(shown)
    assert call.utterances[1].text == "Sure, it's four four seven one nine."  # input unchanged


def test_quotes_and_findings_about_a_call_lose_the_values_found_in_it():
    call = _call()
    evidence = Evidence(3.0, 5.5, "Sure, it's four four seven one nine.")
    finding = Finding("identifier_mismatch", "high", "The employee id on the ticket is 47219 but the call said 44719.",
                      (evidence,), "description", "Verified, emp 44719")
    result = Result("c1", "helpdesk", "1", 80.0, "pass", criteria=(Verdict("id.verify", "pass", "asked", (evidence,)),),
                    findings=(finding,))
    shown = Redactor(call).result(result)
    assert shown.criteria[0].evidence[0].text == "Sure, it's [ACCOUNT]."
    assert "44719" not in shown.findings[0].message and "44719" not in shown.findings[0].ticket_text
    assert "47219" not in shown.findings[0].message  # said after "employee id" in the message itself


def test_clips_get_a_tone_where_personal_data_was_said(tmp_path):
    rate = 16000
    silence = LoadedAudio(np.zeros(rate * 8, dtype=np.float32), rate)
    clip = write_clip(silence, 3.0, 7.0, tmp_path / "clip.wav", masks=((3.8, 5.5),))
    samples, _ = soundfile.read(clip)
    assert clip.stat().st_mode & 0o777 == 0o600
    hidden = samples[int(0.9 * rate):int(2.4 * rate)]  # 3.9-5.4 s of the call
    assert np.abs(samples[: int(0.7 * rate)]).max() < 1e-4 and np.abs(samples[int(2.6 * rate):]).max() < 1e-4
    spectrum = np.abs(np.fft.rfft(hidden))
    assert abs(np.argmax(spectrum) * rate / len(hidden) - TONE_HZ) < 5


# ------------------------------------------------------------------ a whole run


LABELLED = [  # said in samples/call-06 and call-07 or in their tickets, and in the English call below
    "칠 이 오 삼 팔", "72538", "천구백구십일년 오월 십칠일", "nine four zero six two", "94062",
    "August three, nineteen ninety four", "Zero nine one seven, five five five, zero one four two",
    "09175550142", "0917-555-0124", "4111 1111 1111 1111", "emily.turner@example.com",
    "536-22-8174", "646-555-0187", "four four seven one nine",
]


def _english_call(path: Path) -> None:
    lines = [("SPEAKER_00", "Thank you for calling the service desk. Can I have your employee ID?"),
             ("SPEAKER_01", "Sure, it's four four seven one nine."),
             ("SPEAKER_00", "And a callback number and your email?"),
             ("SPEAKER_01", "646-555-0187, and emily.turner@example.com. My SSN is 536-22-8174 if you need it."),
             ("SPEAKER_01", "Oh and bill the card 4111 1111 1111 1111 for the adapter."),
             ("SPEAKER_00", "Done. Your ticket number is INC0099123. Thank you for calling, goodbye.")]
    segments, clock = [], 0.0
    for speaker, text in lines:
        words = []
        for word in text.split():
            words.append({"word": word, "start": round(clock, 2), "end": round(clock + 0.3, 2), "speaker": speaker})
            clock += 0.4
        segments.append({"start": words[0]["start"], "end": words[-1]["end"], "text": text, "speaker": speaker,
                         "words": words})
        clock += 0.6
    path.write_text(json.dumps({"segments": segments, "language": "en"}), encoding="utf-8")


def _batch(tmp_path: Path) -> Path:
    folder = tmp_path / "calls"
    folder.mkdir()
    for name in ("call-06.json", "call-07.json", "tickets.json"):
        shutil.copy(SAMPLES / name, folder / name)
    _english_call(folder / "call-en.json")
    manifest = """calls:
  - {id: call-06, transcript: call-06.json, agent_id: A-131, ticket_id: INC0012502, ticket: tickets.json, date: 2026-11-10, language: ko}
  - {id: call-07, transcript: call-07.json, agent_id: A-125, ticket_id: INC0012550, ticket: tickets.json, date: 2026-11-12, language: tl}
  - {id: call-en, transcript: call-en.json, agent_id: A-102, date: 2026-11-13, language: en}
"""
    (folder / "manifest.yaml").write_text(manifest, encoding="utf-8")
    return folder


def _survivors(out: Path) -> list[str]:
    found = []
    for path in out.rglob("*"):
        if not path.is_file() or path.name.startswith("qa.sqlite"):
            continue  # the store keeps the raw transcript on purpose (owner-only)
        text = path.read_bytes().decode("utf-8", errors="replace")
        for value in LABELLED:
            digits = re.sub(r"\D", "", value)
            pattern = re.escape(value) if len(digits) < 4 else r"(?<!\d)" + r"[\s.\-]?".join(digits) + r"(?!\d)"
            if re.search(pattern, text, re.IGNORECASE):
                found.append(f"{value!r} in {path.relative_to(out)}")
    return found


def test_no_labelled_value_survives_in_any_file_of_a_run(tmp_path):
    out = tmp_path / "reports"
    done = CliRunner().invoke(main, ["run", str(_batch(tmp_path)), "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert (out / "index.html").is_file() and (out / "calls" / "call-07.html").is_file()
    assert _survivors(out) == []
    assert "[PHONE]" in (out / "calls" / "call-07.html").read_text(encoding="utf-8")
    assert (out / "qa.sqlite").stat().st_mode & 0o777 == 0o600
    assert out.stat().st_mode & 0o777 == 0o700
    with Store(out / "qa.sqlite") as store:  # QA keeps the raw values, and compares tickets on them
        assert "칠 이 오 삼 팔" in store.get_call("call-06").text
        findings = store.get_result("call-07").result.findings
        assert any(f.kind == "identifier_mismatch" and "0124" in f.message for f in findings)
    # A secure reviewer's copy: the same run with --no-redact shows them.
    raw = tmp_path / "raw"
    done = CliRunner().invoke(main, ["run", str(tmp_path / "calls"), "--out", str(raw), "--no-redact"])
    assert done.exit_code == 0, done.output
    assert "four four seven one nine" in (raw / "calls" / "call-en.html").read_text(encoding="utf-8")


def test_imported_transcript_redaction_matches_the_sample_dialogue():
    shown = redact_call(load_call(SAMPLES / "call-07.json"))
    lines = [l for l in to_text(shown).splitlines() if "[" in l]
    assert lines == ["CUSTOMER: Employee ID ko ay [ACCOUNT], tapos birthday ko ay [DOB].", "CUSTOMER: [PHONE]."]
