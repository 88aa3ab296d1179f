"""Transcript files in and out: our call JSON, WhisperX JSON, SRT, VTT, plain text and RTTM.

Writers use the call's utterances (speaker turns, labelled ``AGENT:`` / ``CUSTOMER:`` once roles are
decided, else with the speaker label) when it has them, else its ASR segments. ``load_call`` reads our
call JSON (docs/schema.md) or a WhisperX-style JSON (segments with optional words and an optional
``speaker``), so the rest of the toolkit runs on calls whose audio is not here.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from qa.errors import TranscriptError
from qa.fileio import atomic_write_text, read_text, write_json
from qa.model import SCHEMA_VERSION, Call, Segment, Word

FORMATS = ("json", "whisperx", "srt", "vtt", "txt", "rttm")
SUFFIXES = {"json": ".json", "whisperx": ".whisperx.json", "srt": ".srt", "vtt": ".vtt",
            "txt": ".txt", "rttm": ".rttm"}


# ---------------------------------------------------------------- reading


def load_call(path: str | os.PathLike) -> Call:
    """Read a call JSON or a WhisperX-style JSON into a :class:`Call` (raises TranscriptError)."""
    path = Path(path)
    try:
        text = read_text(path, TranscriptError)
    except FileNotFoundError as exc:
        raise TranscriptError(f"{path}: no such file; check the path.") from exc
    except IsADirectoryError as exc:
        raise TranscriptError(f"{path}: is a folder, not a transcript JSON file.") from exc
    except OSError as exc:
        raise TranscriptError(f"{path}: cannot read: {exc.strerror}.") from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise TranscriptError(f"{path}: not valid JSON ({exc}); fix the file or export it again.") from exc
    return call_from_json(data, call_id=path.stem.removesuffix(".whisperx"), where=str(path))


def call_from_json(data, *, call_id: str, where: str = "<json>") -> Call:
    """Our call JSON if it has ``schema_version`` and ``call_id``; otherwise WhisperX-style JSON."""
    if isinstance(data, dict) and "schema_version" in data and "call_id" in data:
        major = str(data["schema_version"]).split(".")[0]
        if major != SCHEMA_VERSION.split(".")[0]:
            raise TranscriptError(f"{where}: call JSON schema version {data['schema_version']} is not "
                                  f"supported (this qa reads {SCHEMA_VERSION}); upgrade qa or "
                                  "re-create the file.")
        try:
            return Call.from_dict(data)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            raise TranscriptError(f"{where}: call JSON does not match docs/schema.md ({exc}).") from exc
    if isinstance(data, list):
        data = {"segments": data}
    if not isinstance(data, dict) or not isinstance(data.get("segments"), list):
        raise TranscriptError(f"{where}: expected our call JSON (with schema_version and call_id) or a "
                              "WhisperX-style JSON object with a \"segments\" list.")
    segments = tuple(_whisperx_segment(s, f"{where}: segments[{i}]") for i, s in enumerate(data["segments"]))
    return Call(call_id=str(data.get("call_id") or call_id), language=data.get("language"),
                asr={"engine": "imported", "source": where}, segments=segments)


def _time(value, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TranscriptError(f"{where}: expected a time in seconds (a number), got {value!r}.")
    if value < 0:
        raise TranscriptError(f"{where}: negative time {value}.")
    return float(value)


def _whisperx_segment(item, where: str) -> Segment:
    if not isinstance(item, dict):
        raise TranscriptError(f"{where}: expected an object with start, end and text.")
    for key in ("start", "end"):
        if key not in item:
            raise TranscriptError(f"{where}: missing \"{key}\"; every segment needs start and end.")
    start, end = _time(item["start"], f"{where}.start"), _time(item["end"], f"{where}.end")
    if end < start:
        raise TranscriptError(f"{where}: ends ({end}) before it starts ({start}).")
    speaker = item.get("speaker")
    words = _whisperx_words(item.get("words") or [], start, end, speaker, where)
    text = str(item.get("text") or " ".join(w.text for w in words)).strip()
    return Segment(start=start, end=end, text=text, speaker=speaker, words=words)


def _whisperx_words(items, seg_start: float, seg_end: float, speaker, where: str) -> tuple[Word, ...]:
    """WhisperX words; a word the aligner could not place (no times, e.g. "2014") gets its
    neighbours' times, so that every word keeps a place in the call."""
    words, last_end = [], seg_start
    for j, item in enumerate(items):
        if not isinstance(item, dict) or not str(item.get("word", item.get("text", ""))).strip():
            raise TranscriptError(f"{where}.words[{j}]: expected an object with a \"word\".")
        text = str(item.get("word", item.get("text"))).strip()
        start = _time(item["start"], f"{where}.words[{j}].start") if "start" in item else last_end
        end = _time(item["end"], f"{where}.words[{j}].end") if "end" in item else max(start, _next_start(items, j, seg_end))
        score = item.get("score", item.get("probability", 1.0))
        words.append(Word(start=start, end=max(start, end), text=text,
                          probability=float(score) if isinstance(score, (int, float)) else 1.0,
                          speaker=item.get("speaker", speaker)))
        last_end = max(start, end)
    return tuple(words)


def _next_start(items, j: int, default: float) -> float:
    for item in items[j + 1:]:
        if isinstance(item, dict) and isinstance(item.get("start"), (int, float)):
            return float(item["start"])
    return default


# ---------------------------------------------------------------- writing


def _label(segment: Segment) -> str:
    if segment.role:
        return segment.role.upper()
    return segment.speaker or ""


def _lines(call: Call) -> tuple[Segment, ...]:
    return tuple(s for s in (call.utterances or call.segments) if s.text.strip())


def _clock(seconds: float, sep: str) -> str:
    millis = int(round(max(0.0, seconds) * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{sep}{millis:03d}"


def _captioned(segment: Segment) -> str:
    label = _label(segment)
    return f"{label}: {segment.text.strip()}" if label else segment.text.strip()


def to_srt(call: Call) -> str:
    blocks = [f"{i}\n{_clock(s.start, ',')} --> {_clock(s.end, ',')}\n{_captioned(s)}\n"
              for i, s in enumerate(_lines(call), 1)]
    return "\n".join(blocks)


def to_vtt(call: Call) -> str:
    blocks = [f"{_clock(s.start, '.')} --> {_clock(s.end, '.')}\n{_captioned(s)}\n" for s in _lines(call)]
    return "WEBVTT\n\n" + "\n".join(blocks)


def to_text(call: Call) -> str:
    return "".join(f"{_captioned(s)}\n" for s in _lines(call))


def to_whisperx(call: Call) -> str:
    """WhisperX's result shape: segments with words (word, start, end, score, speaker)."""
    def word(w: Word) -> dict:
        item = {"word": w.text, "start": w.start, "end": w.end, "score": w.probability}
        if w.speaker:
            item["speaker"] = w.speaker
        return item

    segments = []
    for s in call.utterances or call.segments:
        item = {"start": s.start, "end": s.end, "text": s.text, "words": [word(w) for w in s.words]}
        if s.speaker:
            item["speaker"] = s.speaker
        segments.append(item)
    data = {"segments": segments, "word_segments": [word(w) for w in call.words],
            "language": call.language}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_rttm(call: Call) -> str:
    """Who spoke when, as RTTM: diarization turns, else speaker-labelled utterances or segments."""
    source = call.turns or call.utterances or call.segments
    file_id = call.call_id.replace(" ", "_")
    return "".join(f"SPEAKER {file_id} 1 {s.start:.3f} {s.duration:.3f} <NA> <NA> {s.speaker} <NA> <NA>\n"
                   for s in source if s.speaker)


def write_call(call: Call, path: str | os.PathLike) -> Path:
    """Write our call JSON (docs/schema.md), atomically."""
    return write_json(path, call.to_dict())


WRITERS = {"srt": to_srt, "vtt": to_vtt, "txt": to_text, "whisperx": to_whisperx, "rttm": to_rttm}


def parse_formats(spec: str | list[str]) -> list[str]:
    """"json,srt" -> ["json", "srt"]; an unknown name is a usage error that lists the valid ones."""
    from qa.errors import ConfigError

    names = [n.strip().lower() for n in (spec.split(",") if isinstance(spec, str) else spec) if n.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise ConfigError(f"unknown output format(s) {', '.join(unknown) or '(none)'}; "
                          f"choose from: {', '.join(FORMATS)}.")
    return list(dict.fromkeys(names))


def write_outputs(call: Call, out_dir: str | os.PathLike, formats=("json",)) -> list[Path]:
    """Write ``call`` in each format as ``<out_dir>/<call_id><suffix>``; returns the paths."""
    out_dir = Path(out_dir)
    paths = []
    for name in formats:
        target = out_dir / f"{call.call_id}{SUFFIXES[name]}"
        if name == "json":
            paths.append(write_call(call, target))
        else:
            paths.append(atomic_write_text(target, WRITERS[name](call)))
    return paths


__all__ = ["FORMATS", "load_call", "call_from_json", "write_call", "to_srt", "to_vtt", "to_text",
           "to_whisperx", "to_rttm", "parse_formats", "write_outputs"]
