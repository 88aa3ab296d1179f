"""A Call from a human reference transcript, to score the judge apart from speech recognition.

Two line formats, one turn a line (roles agent, customer or ivr) (blank lines and ``#`` comments skipped):

    AGENT: hello this is harper valley national bank ...     (no times: 0.32 s a word, 0.5 s gaps)
    [12.48-19.75] agent: Okay huwag po kayo mag-alala ...    (times in seconds)

Roles are the given ones (agent / customer) with confidence 1.0 (``source: reference``); words get
probability 1.0, spread evenly over the turn. Bracketed annotations ("[baby]", "<unk>") are dropped.
"""
from __future__ import annotations

import re
from pathlib import Path

from qa.errors import TranscriptError
from qa.model import Call

_TIMED = re.compile(r"^\[(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)\]\s*(agent|customer|ivr)\s*:\s*(.*)$", re.I)
_UNTIMED = re.compile(r"^(agent|customer|ivr)\s*:\s*(.*)$", re.I)
_NOISE = re.compile(r"\[[^\]]*\]|<[^>]*>")
SPEAKERS = {"agent": "SPEAKER_00", "customer": "SPEAKER_01", "ivr": "IVR"}


def _turn(start: float, end: float, role: str, text: str) -> dict:
    tokens = text.split()
    step = (end - start) / max(len(tokens), 1)
    words = [{"start": round(start + i * step, 2), "end": round(start + (i + 1) * step - 0.02, 2), "text": w,
              "probability": 1.0, "speaker": SPEAKERS[role], "role": role, "overlap": False}
             for i, w in enumerate(tokens)]
    return {"start": round(start, 2), "end": round(end, 2), "text": text, "speaker": SPEAKERS[role],
            "role": role, "words": words, "overlap": False}


def parse_reference(text: str, where: str = "<reference>") -> list[dict]:
    turns, cursor = [], 0.4
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        timed, untimed = _TIMED.match(line), _UNTIMED.match(line)
        if timed:
            start, end, role, words = float(timed[1]), float(timed[2]), timed[3].lower(), timed[4]
        elif untimed:
            role, words = untimed[1].lower(), untimed[2]
            start, end = cursor + 0.5, cursor + 0.5 + 0.32 * max(len(words.split()), 1)
        else:
            raise TranscriptError(f"{where}:{number}: expected 'AGENT: text' or '[start-end] agent: text', "
                                  f"got {line[:60]!r}")
        words = " ".join(_NOISE.sub(" ", words).split())
        cursor = max(cursor, end)
        if words:
            turns.append(_turn(start, max(end, start + 0.1), role, words))
    if not turns:
        raise TranscriptError(f"{where}: no agent or customer turns found")
    return sorted(turns, key=lambda t: t["start"])


def call_from_reference(path: str | Path, *, call_id: str | None = None, language: str = "en") -> Call:
    """Read a reference transcript file into a Call with roles (see the module docstring)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TranscriptError(f"{path}: cannot read the reference transcript ({exc})") from exc
    turns = parse_reference(text, str(path))
    data = {
        "schema_version": "1.0", "call_id": call_id or path.name.split(".")[0], "audio": None,
        "language": language, "language_probability": 1.0, "asr": {"engine": "reference", "source": str(path)},
        "diarization": {"method": "reference"}, "metadata": {"language": language},
        "roles": {"speakers": {v: k for k, v in SPEAKERS.items()}, "confidence": 1.0, "source": "reference",
                  "evidence": ["human transcript"]},
        "segments": [{k: v for k, v in t.items() if k not in ("speaker", "role")} for t in turns],
        "turns": [], "utterances": turns,
    }
    return Call.from_dict(data)
