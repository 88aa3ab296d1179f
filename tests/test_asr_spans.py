"""Act labels projected from the human transcripts of the tuning calls onto their ASR output
(qa/score/asr_spans.py, issue 10 from audio): the projection by time, reading the spans back from
the ASR call JSON, and the committed spans' calls (tuning calls only)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

from qa.fileio import write_json
from qa.model import Segment, Word
from qa.score.acts import ACTS
from qa.score.asr_spans import ASR_SPANS, build, load_asr_spans, project
from qa.score.reference import parse_reference

HERE = Path(__file__).resolve().parent
JUDGE = HERE / "data" / "judge"


def _turn(start: float, role: str, words: list[tuple[float, float, str]]) -> Segment:
    return Segment(start=start, end=words[-1][1], text=" ".join(w for _, _, w in words), role=role,
                   words=tuple(Word(start=s, end=e, text=w, probability=0.4) for s, e, w in words))


ASR = [  # Whisper's split of one agent turn into two, and the customer's answer in between
    _turn(0.0, "agent", [(0.0, 0.6, "Mag"), (0.6, 1.0, "-demang"), (1.0, 1.5, "araw,"), (1.5, 2.2, "malamala"),
                         (2.2, 3.0, "mag-ipatawan"), (3.0, 3.4, "sa"), (3.4, 4.0, "ADC.")]),
    _turn(4.2, "customer", [(4.2, 4.8, "Hello"), (4.8, 5.3, "po.")]),
    _turn(5.5, "agent", [(5.5, 5.9, "Ito"), (5.9, 6.1, "po"), (6.1, 6.3, "si"), (6.3, 7.0, "Karen.")]),
]


def test_a_span_takes_the_asr_words_that_line_up_with_it_in_its_role_and_time():
    human = parse_reference(
        "[0.00-4.00] agent: magandang araw maraming salamat sa pagtawag sa ABC\n"
        "[0.00-7.00] agent: magandang araw maraming salamat sa pagtawag sa ABC ito po si Karen\n"
        "[4.20-5.30] customer: hello po\n"
        "[4.20-5.30] customer: hello po magandang umaga po sa inyong lahat diyan\n"
        "[20.00-22.00] agent: paalam po\n")
    # "maraming salamat sa pagtawag sa ABC": letters line up although Whisper garbled them
    assert project(("c", human[0], 2, 8, "thanks_for_calling"), ASR) == [(0.0, 3, 7, "thanks_for_calling")]
    assert project(("c", human[0], 0, 2, "other"), ASR) == [(0.0, 0, 3, "other")]
    assert project(("c", human[2], 0, 2, "other"), ASR) == [(4.2, 0, 2, "other")]  # the customer's words only
    # a span cut by an ASR turn boundary labels each piece with a fair share of its words...
    assert project(("c", human[1], 5, 11, "gives_name"), ASR) == [(0.0, 4, 7, "gives_name"),
                                                                 (5.5, 0, 3, "gives_name")]
    # ...but not a piece holding one word of five ("ADC." beside "Ito po si Karen.")
    assert project(("c", human[1], 6, 12, "gives_name"), ASR) == [(5.5, 0, 4, "gives_name")]
    # nothing heard then, or too little of it: no example
    assert project(("c", human[4], 0, 2, "thanks_farewell"), ASR) == []
    assert project(("c", human[3], 0, 9, "other"), ASR) == []


def _write_call(folder: Path, call_id: str) -> None:
    write_json(folder / "tl" / f"{call_id}_stereo.json", {
        "schema_version": "1.0", "call_id": call_id, "audio": None, "language": "tl",
        "segments": [t.to_dict() for t in ASR], "utterances": [t.to_dict() for t in ASR]})


def test_spans_are_projected_from_a_timed_reference_and_read_back_from_the_asr(tmp_path):
    _write_call(tmp_path / "asr", "telecom_x")
    (tmp_path / "calls").mkdir()
    (tmp_path / "calls" / "telecom_x.txt").write_text(
        "[0.00-4.00] agent: magandang araw maraming salamat sa pagtawag sa ABC\n"
        "[4.20-5.30] customer: hello po\n", encoding="utf-8")
    human = tmp_path / "spans.csv"  # the format of real_tune_spans.csv: word ranges of the human turn
    human.write_text("call_id,turn_start,first_word,end_word,act\n"
                     "telecom_x,0.0,2,8,thanks_for_calling\ntelecom_x,4.2,0,2,other\n", encoding="utf-8")
    rows = build(tmp_path / "asr", tmp_path / "calls", human)
    assert rows == [("telecom_x", 0.0, 3, 7, "thanks_for_calling"), ("telecom_x", 4.2, 0, 2, "other")]
    projected = tmp_path / "asr_spans.csv"
    projected.write_text("call_id,turn_start,first_word,end_word,act\n"
                         + "".join(",".join(map(str, row)) + "\n" for row in rows), encoding="utf-8")
    data = {"tl": {"other": ["sige po"]}}
    assert load_asr_spans(tmp_path / "asr", data, projected) == 2
    assert data["tl"] == {"other": ["sige po", "Hello po."],
                          "thanks_for_calling": ["malamala mag-ipatawan sa ADC."]}
    assert load_asr_spans(tmp_path / "asr", data, projected, leave_out={"telecom_x"}) == 0  # leave one call out


def test_asr_made_with_other_settings_is_refused_with_a_way_out(tmp_path):
    _write_call(tmp_path / "asr", "telecom_x")
    spans = tmp_path / "asr_spans.csv"
    spans.write_text("call_id,turn_start,first_word,end_word,act\ntelecom_x,0.0,3,12,offers_help\n")
    with pytest.raises(SystemExit, match="other settings"):
        load_asr_spans(tmp_path / "asr", {}, spans)
    with pytest.raises(SystemExit, match="qa diarize"):
        load_asr_spans(tmp_path / "elsewhere", {}, spans)
    spans.write_text("call_id,turn_start,first_word,end_word,act\ntelecom_x,0.0,3,5,greets_warmly\n")
    with pytest.raises(SystemExit, match="unknown act"):
        load_asr_spans(tmp_path / "asr", {}, spans)


def test_committed_asr_spans_name_known_acts_and_tuning_calls_only():
    splits = yaml.safe_load((HERE / "data" / "splits.yaml").read_text())
    tune = set(splits["harper_valley"]["tune"]) | set(splits["tl_dev"]["tune"])
    judge_test = {row["call_id"] for row in csv.DictReader((JUDGE / "real_test.csv").open())}
    judge_tune = {row["call_id"] for row in csv.DictReader((JUDGE / "real_tune.csv").open())}
    rows = list(csv.DictReader(ASR_SPANS.open(encoding="utf-8")))
    assert len(rows) >= 90 and {r["act"] for r in rows} <= set(ACTS) | {"other"}
    # tuning calls in both frozen splits (the judge's real_tune.csv and splits.yaml), never a test call
    assert {r["call_id"] for r in rows} <= (tune & judge_tune) - judge_test
    assert all(0 <= int(r["first_word"]) < int(r["end_word"]) for r in rows)


def test_tagalog_examples_get_whisper_like_garbled_copies():
    import random

    from qa.score.asr_noise import garble, garbled_copies, is_tagalog

    text = "Magandang araw po, maraming salamat po sa pagtawag sa ABC Telecom, ano po ang maitutulong ko sa inyo?"
    first, again = garble(text, random.Random(7)), garble(text, random.Random(7))
    assert first == again != text  # seeded: a retrain gives the same examples
    changed = sum(a != b for a, b in zip(text.lower().split(), first.lower().split()))
    assert changed >= 3 and "?" not in first and "," not in first
    assert is_tagalog(text) and not is_tagalog("Thank you for calling ABC, how can I help?")
    items = [(text, "Hello po, may tanong po ako", frozenset({"thanks_for_calling"})),
             ("Thank you for calling, how can I help?", None, frozenset({"offers_help"}))] * 20
    copies = garbled_copies(items, random.Random(1), share=0.5)
    assert 5 <= len(copies) <= 15  # about half of the 20 Tagalog ones, none of the English
    assert all(labels == {"thanks_for_calling"} and context != "Hello po, may tanong po ako"
               for _, context, labels in copies)
