"""Build the labelled scoring set: calls.txt -> calls/<id>.json (our call JSON) + labels.csv.

calls.txt holds the calls as an analyst would read them, one turn a line:

    === en-01 en                  call id and language (add "noroles" for a call without roles)
    A: Thank you for calling ...  agent turn ("C:" customer, "I:" IVR prompt); "A~0.3:" = words heard with p=0.3
    [gap 12]                      12 s of silence before the next turn (default 0.5 s)
    C+: no no wait                overlaps the previous turn by 1.5 s (overtalk)
    @ P P P ...                   the analyst's verdicts, in the order of CRITERIA (P/F/N/R)

Word times come from a speaking rate (0.32 s a word; Korean 0.22 s a syllable). Run:
    .venv/bin/python tests/data/scoring/build.py            # the labelled set
    .venv/bin/python tests/data/scoring/build.py heldout    # calls written after tuning
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRITERIA = ["greeting.thank_caller", "greeting.company", "greeting.agent_name", "greeting.offer_help",
            "identity.verify", "resolution.validate", "resolution.anything_else",
            "escalation.ticket_number", "escalation.next_steps", "escalation.timeframe",
            "escalation.read_back", "hold.permission", "closing.thank", "conduct.dead_air",
            "conduct.overtalk"]
CODES = {"P": "pass", "F": "fail", "N": "na", "R": "review"}
SPEAKERS = {"A": ("SPEAKER_00", "agent"), "C": ("SPEAKER_01", "customer"), "I": ("IVR", "ivr")}
LINE = re.compile(r"^([ACI])(\+)?(?:~([0-9.]+))?:\s*(.+)$")


def word_seconds(word: str, lang: str) -> float:
    hangul = sum("\uac00" <= ch <= "\ud7a3" for ch in word)
    return max(0.18, 0.22 * hangul) if hangul else 0.32


def build_call(call_id: str, lang: str, lines: list[str], roles: bool) -> dict:
    t, pending_gap, utterances = 0.4, 0.5, []
    for line in lines:
        gap = re.match(r"^\[gap ([0-9.]+)\]$", line)
        if gap:
            pending_gap = float(gap.group(1))
            continue
        who, overlap, prob, text = LINE.match(line).groups()
        speaker, role = SPEAKERS[who]
        start = (utterances[-1]["end"] - 1.5) if overlap and utterances else t + pending_gap
        words, cursor = [], start
        for token in text.split():
            length = word_seconds(token, lang)
            words.append({"start": round(cursor, 2), "end": round(cursor + length, 2), "text": token,
                          "probability": float(prob) if prob else 0.93, "speaker": speaker,
                          "role": role if roles else None, "overlap": bool(overlap) and cursor < start + 1.5})
            cursor += length + 0.06
        end = round(words[-1]["end"], 2)
        utterances.append({"start": round(start, 2), "end": end, "text": text, "speaker": speaker,
                           "role": role if roles else None, "words": words, "overlap": bool(overlap)})
        t, pending_gap = max(t, end), 0.5
    segments = [{k: v for k, v in u.items() if k not in ("speaker", "role")} for u in utterances]
    used = {u["speaker"] for u in utterances}
    return {
        "schema_version": "1.0", "call_id": call_id, "audio": None, "language": lang,
        "language_probability": 1.0, "asr": {"engine": "reference", "note": "labelled scoring set"},
        "diarization": {"method": "reference"}, "metadata": {"language": lang, "agent_id": f"A-{lang}"},
        "roles": ({"speakers": {s: r for s, r in SPEAKERS.values() if r != "ivr" or s in used}, "confidence": 0.95,
                   "source": "manifest", "evidence": ["labelled set"]} if roles else None),
        "segments": segments, "turns": [], "utterances": utterances if roles else [],
    }


def parse(text: str):
    call, lines, labels = None, [], None
    for raw in text.splitlines() + ["=== end"]:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("==="):
            if call:
                yield call, lines, labels
            head = line[3:].split()
            call, lines, labels = head, [], None
        elif line.startswith("@"):
            labels = line[1:].split()
        else:
            lines.append(line)


def main(name: str = "calls") -> None:
    """calls.txt -> calls/ + labels.csv; heldout.txt -> heldout/ + heldout.csv."""
    out = HERE / name
    out.mkdir(exist_ok=True)
    rows = []
    for head, lines, labels in parse((HERE / f"{name}.txt").read_text(encoding="utf-8")):
        call_id, lang = head[0], head[1]
        assert labels and len(labels) == len(CRITERIA), f"{call_id}: {len(labels or [])} labels"
        data = build_call(call_id, lang, lines, "noroles" not in head)
        (out / f"{call_id}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
        rows += [(call_id, c, CODES[code], "labeller-1") for c, code in zip(CRITERIA, labels)]
    with open(HERE / ("labels.csv" if name == "calls" else f"{name}.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["call_id", "criterion", "verdict", "analyst"])
        writer.writerows(rows)
    print(f"{len(rows) // len(CRITERIA)} calls, {len(rows)} labels")


if __name__ == "__main__":
    import sys

    main(*sys.argv[1:])
