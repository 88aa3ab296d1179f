"""Act labels on the ASR output of real tuning calls, projected from the labelled human transcripts.

    python -m qa.score.asr_spans --asr /tmp/i10tl/asr --tl /tmp/tl_dev   # rewrite asr_tune_spans.csv
    python -m qa.score.train_acts --asr-calls /tmp/i10tl/asr           # train with them

The act tagger learnt from clean written text; Whisper base's Tagalog looks nothing like it
("Mag -demang araw, malamala mag -ipatawan sa ADC telecommunication" for "Magandang araw, maraming
salamat sa pagtawag sa A. B. C. Telecommunications"). The spans of ``real_tune_spans.csv`` (acts on
the human transcripts of the tuning calls) are carried over in two steps: the ASR words of the same
role said during the human turn (its times, a second either side) are aligned with the turn's words
letter by letter (edit distance: "malamala" still lines up with "maraming"), and the ASR words that
line up mostly inside the span carry its act. ``asr_tune_spans.csv`` keeps only
(call, ASR turn start, word range, act), never text: the Tagalog dev calls have no license, so their
ASR output is made again at training time (``qa diarize <id>_stereo.flac --channels 0=agent,1=customer
--language tl --format json --out ASR/tl``; the transcript cache makes a re-run cheap).
"""
from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

from qa.score.acts import ACTS, DATA_DIR
from qa.score.text import normalise

ASR_SPANS = DATA_DIR / "asr_tune_spans.csv"
FIELDS = ("call_id", "turn_start", "first_word", "end_word", "act")
PAD = 1.0  # seconds either side of a human turn in which its ASR words are looked for
INSIDE = 0.5  # an ASR word belongs to a span when at least half its letters line up inside it
MIN_SHARE = 0.4  # a span cut by an ASR turn boundary labels each piece holding 40 % of its words
MIN_HEARD = 0.4  # a span whose ASR words hold under 40 % of its letters was not heard: no example


def asr_call_path(asr_dir: Path, call_id: str) -> Path:
    """Where evaluate.py's audio mode (and the diarize commands above) put a call's JSON."""
    return asr_dir / "hv" / f"{call_id}.json" if call_id.startswith("hvb-") else \
        asr_dir / "tl" / f"{call_id}_stereo.json"


def asr_turns(asr_dir: Path, call_id: str, where: Path):
    """The turns the judge tags (qa.score.text.turns_of) of a call's ASR JSON."""
    from qa.formats import load_call
    from qa.score.text import turns_of

    path = asr_call_path(asr_dir, call_id)
    if not path.exists():
        raise SystemExit(f"{where}: no ASR call JSON {path} for {call_id}; make it with `qa diarize "
                         "<audio> --channels 0=agent,1=customer --format json` (module docstring)")
    return turns_of(load_call(path))


def human_spans(calls_dir: Path, spans_csv: Path):
    """(call_id, human turn, first word, end word, act) of each labelled span of a timed transcript."""
    from qa.score.reference import parse_reference

    turns = {}
    with spans_csv.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            call_id = row["call_id"]
            if call_id.startswith("hvb-"):
                continue  # Harper Valley references carry no times
            if call_id not in turns:
                path = calls_dir / f"{call_id}.txt"
                if not path.exists():
                    raise SystemExit(f"{spans_csv}: call {call_id} is not in {calls_dir}; rebuild the calls "
                                     "(../shared/tools/rebuild_riu_calls.py --dev)")
                turns[call_id] = {t["start"]: t for t in parse_reference(path.read_text("utf-8"))}
            turn = turns[call_id].get(float(row["turn_start"]))
            first, end = int(row["first_word"]), int(row["end_word"])
            if turn is None or not 0 <= first < end <= len(turn["words"]):
                raise SystemExit(f"{spans_csv}: no turn at {row['turn_start']} s with words {first}-{end} "
                                 f"in {call_id}")
            yield call_id, turn, first, end, row["act"]


def _letters(text: str) -> str:
    return normalise(text).replace(" ", "")


def _offsets(words: list[str]) -> list[tuple[int, int]]:
    """(first, end) letter of each word in " ".join(words)."""
    spans, cursor = [], 0
    for word in words:
        spans.append((cursor, cursor + len(word)))
        cursor += len(word) + 1
    return spans


def _letter_map(source: str, target: str) -> tuple[list[int], list[int]]:
    """For each letter of ``source``: where it starts and ends in ``target`` (edit-distance alignment;
    a deleted letter sits where the target goes on)."""
    from rapidfuzz.distance import Levenshtein

    starts, ends = [0] * len(source), [0] * len(source)
    for op in Levenshtein.opcodes(source, target):
        for k in range(op.src_end - op.src_start):
            here = op.dest_start + (k if op.tag != "delete" else 0)
            starts[op.src_start + k], ends[op.src_start + k] = here, here + (op.tag != "delete")
    return starts, ends


def project(span, turns) -> list[tuple[float, int, int, str]]:
    """(ASR turn start, first word, end word, act) of the ASR words that carry a human span."""
    _, human, first, end, act = span
    stream = []  # (ASR turn index, word index, letters) of the role's words said during the human turn
    for index, turn in enumerate(turns):
        for position, word in enumerate(turn.words if turn.role == human["role"] else ()):
            if human["start"] - PAD <= (word.start + word.end) / 2 <= human["end"] + PAD and _letters(word.text):
                stream.append((index, position, _letters(word.text)))
    said = [_letters(w["text"]) for w in human["words"]]
    source, target = " ".join(said), " ".join(letters for _, _, letters in stream)
    if not stream or not source.strip():
        return []
    starts, ends = _letter_map(source, target)
    (lo, _), (_, hi) = _offsets(said)[first], _offsets(said)[end - 1]
    last = len(source) - 1
    lo, hi = starts[min(lo, last)], ends[min(max(hi - 1, lo), last)]
    chosen, heard = {}, 0
    for (index, position, letters), (a, b) in zip(stream, _offsets([x for _, _, x in stream])):
        if min(b, hi) - max(a, lo) >= INSIDE * (b - a):
            chosen.setdefault(index, []).append(position)
            heard += len(letters)
    if heard < MIN_HEARD * len("".join(said[first:end])):
        return []
    pieces = [(round(turns[i].start, 2), min(p), max(p) + 1, act) for i, p in sorted(chosen.items())]
    total = sum(e - f for _, f, e, _ in pieces)
    return [p for p in pieces if p[2] - p[1] >= MIN_SHARE * total]


def build(asr_dir: Path, calls_dir: Path, spans_csv: Path) -> list[tuple]:
    rows, turns = [], {}
    for span in human_spans(calls_dir, spans_csv):
        call_id = span[0]
        if call_id not in turns:
            turns[call_id] = asr_turns(asr_dir, call_id, spans_csv)
        rows.extend((call_id, *piece) for piece in project(span, turns[call_id]))
    return list(dict.fromkeys(rows))


def load_asr_spans(asr_dir: Path, data: dict, spans: Path = ASR_SPANS, leave_out=()) -> int:
    """Add the ASR words of each labelled span to ``data`` (language -> act -> utterances); the calls
    in ``leave_out`` are skipped (leave-one-call-out: the call scored is never trained on)."""
    turns, added = {}, 0
    with spans.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            call_id, act = row["call_id"], row["act"]
            if call_id in leave_out:
                continue
            if act not in ACTS and act != "other":
                raise SystemExit(f"{spans}: unknown act {act!r} for {call_id}; acts are {ACTS}")
            if call_id not in turns:
                turns[call_id] = {round(t.start, 2): [w.text.strip() for w in t.words]
                                 for t in asr_turns(asr_dir, call_id, spans)}
            words = turns[call_id].get(float(row["turn_start"]))
            first, end = int(row["first_word"]), int(row["end_word"])
            if words is None or not 0 <= first < end <= len(words):
                raise SystemExit(f"{spans}: no ASR turn at {row['turn_start']} s with words {first}-{end} in "
                                 f"{call_id}; the ASR was made with other settings than the labelled one "
                                 "(remake it as the module docstring of qa.score.asr_spans says)")
            lang = "en" if call_id.startswith("hvb-") else "tl"
            data.setdefault(lang, {}).setdefault(act, []).append(" ".join(words[first:end]))
            added += 1
    return added


def main(argv=None) -> None:
    from qa.fileio import atomic_write_text
    from qa.score.train_acts import REAL_SPANS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--asr", required=True, help="folder with tl/<id>_stereo.json from qa diarize")
    parser.add_argument("--tl", default="/tmp/tl_dev", help="rebuilt Tagalog dev calls (human transcripts)")
    parser.add_argument("--out", default=str(ASR_SPANS), help="the spans CSV to write")
    args = parser.parse_args(argv)
    rows = build(Path(args.asr), Path(args.tl), REAL_SPANS)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(FIELDS)
    writer.writerows(rows)
    atomic_write_text(args.out, buffer.getvalue())
    print(f"wrote {len(rows)} ASR spans of {len({r[0] for r in rows})} calls to {args.out}")


if __name__ == "__main__":
    main()
