"""Transcript files in and out: our call JSON, WhisperX JSON, SRT, VTT, plain text and RTTM.

Writers use the call's utterances (speaker turns, labelled ``AGENT:`` / ``CUSTOMER:`` once roles are
decided, else with the speaker label) when it has them, else its ASR segments. ``load_call`` reads our
call JSON (docs/schema.md) or a WhisperX-style JSON (segments with optional words and an optional
``speaker``), so the rest of the toolkit runs on calls whose audio is not here.
"""
from __future__ import annotations

import json
import math
import os
from pathlib import Path

from qa.errors import TranscriptError
from qa.fileio import atomic_write_text, read_text, safe_name, write_json
from qa.model import (MAX_ID_CHARS, MAX_SEGMENTS, MAX_TEXT_CHARS, MAX_WORD_CHARS, MAX_WORDS, SCHEMA_VERSION, Call,
                      Segment, Word)

FORMATS = ("json", "whisperx", "srt", "vtt", "txt", "rttm")
SUFFIXES = {"json": ".json", "whisperx": ".whisperx.json", "srt": ".srt", "vtt": ".vtt",
            "txt": ".txt", "rttm": ".rttm"}


# ---------------------------------------------------------------- reading


def load_call(path: str | os.PathLike) -> Call:
    """Read a call JSON or a WhisperX-style JSON into a :class:`Call` (raises TranscriptError)."""
    path = Path(path)
    try:
        size = path.stat().st_size if path.is_file() else 0
        if size > MAX_FILE_BYTES:
            raise TranscriptError(f"{path}: {size / 1e6:,.0f} MB is too big for a call transcript (at most "
                                  f"{MAX_FILE_BYTES // 1_000_000} MB); check that it is one call's JSON.")
        text = read_text(path, TranscriptError)
    except FileNotFoundError as exc:
        raise TranscriptError(f"{path}: no such file; check the path.") from exc
    except IsADirectoryError as exc:
        raise TranscriptError(f"{path}: is a folder, not a transcript JSON file.") from exc
    except OSError as exc:
        raise TranscriptError(f"{path}: cannot read: {exc.strerror}.") from exc
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise TranscriptError(f"{path}: nested too deeply to be a transcript JSON.") from None
    except ValueError as exc:
        raise TranscriptError(f"{path}: not valid JSON ({exc}); fix the file or export it again.") from exc
    return call_from_json(data, call_id=path.stem.removesuffix(".whisperx"), where=str(path))


MAX_FILE_BYTES = 256_000_000


def _no_constant(name: str):
    """JSON has no NaN or Infinity; Python's reader would take them and carry them into every file."""
    raise ValueError(f"{name} is not a number JSON allows; write a number or null")


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
    if len(data["segments"]) > MAX_SEGMENTS:
        raise TranscriptError(f"{where}: {len(data['segments']):,} segments; at most {MAX_SEGMENTS:,} are allowed "
                              "(a 4-hour call has far fewer): split the file or check how it was made.")
    segments = tuple(_whisperx_segment(s, f"{where}: segments[{i}]") for i, s in enumerate(data["segments"]))
    if sum(len(s.words) for s in segments) > MAX_WORDS:
        raise TranscriptError(f"{where}: more than {MAX_WORDS:,} words; split the file.")
    language = data.get("language")
    if language is not None and (not isinstance(language, str) or len(language) > 32):
        raise TranscriptError(f"{where}: language: expected a language code such as en, got {language!r:.40}.")
    return Call(call_id=str(data.get("call_id") or call_id)[:MAX_ID_CHARS], language=language,
                asr={"engine": "imported", "source": where}, segments=segments)


def _time(value, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TranscriptError(f"{where}: expected a time in seconds (a number), got {value!r}.")
    if not math.isfinite(value) or value < 0:
        raise TranscriptError(f"{where}: expected a finite time of 0 seconds or more, got {value}.")
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
    speaker = _speaker(item.get("speaker"), f"{where}.speaker")
    if not isinstance(item.get("words") or [], list):
        raise TranscriptError(f"{where}.words: expected a list of words.")
    words = _whisperx_words(item.get("words") or [], start, end, speaker, where)
    text = item.get("text")
    if text is not None and not isinstance(text, str):
        raise TranscriptError(f"{where}.text: expected a string, got {type(text).__name__}.")
    if text and len(text) > MAX_TEXT_CHARS:
        raise TranscriptError(f"{where}.text: {len(text):,} characters; at most {MAX_TEXT_CHARS:,} in one segment.")
    text = (text or " ".join(w.text for w in words)).strip()
    return Segment(start=start, end=end, text=text, speaker=speaker, words=words)


def _whisperx_words(items, seg_start: float, seg_end: float, speaker, where: str) -> tuple[Word, ...]:
    """WhisperX words; a word the aligner could not place (no times, e.g. "2014") gets its
    neighbours' times, so that every word keeps a place in the call."""
    words, last_end = [], seg_start
    for j, item in enumerate(items):
        if not isinstance(item, dict) or not str(item.get("word", item.get("text", ""))).strip():
            raise TranscriptError(f"{where}.words[{j}]: expected an object with a \"word\".")
        text = str(item.get("word", item.get("text"))).strip()
        if len(text) > MAX_WORD_CHARS:
            raise TranscriptError(f"{where}.words[{j}]: a word of {len(text):,} characters (at most "
                                  f"{MAX_WORD_CHARS:,}); this is not a transcript of speech.")
        start = _time(item["start"], f"{where}.words[{j}].start") if "start" in item else last_end
        end = _time(item["end"], f"{where}.words[{j}].end") if "end" in item else max(start, _next_start(items, j, seg_end))
        score = item.get("score", item.get("probability", 1.0))
        finite = isinstance(score, (int, float)) and not isinstance(score, bool) and math.isfinite(score)
        words.append(Word(start=start, end=max(start, end), text=text,
                          probability=float(score) if finite else 1.0,
                          speaker=_speaker(item.get("speaker", speaker), f"{where}.words[{j}].speaker")))
        last_end = max(start, end)
    return tuple(words)


def _speaker(value, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, (str, int)) or isinstance(value, bool) or len(str(value)) > MAX_ID_CHARS:
        raise TranscriptError(f"{where}: expected a speaker label such as SPEAKER_00, got {value!r:.40}.")
    return str(value)


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


def parse_formats(spec: str | list[str], choices=FORMATS) -> list[str]:
    """"json,srt" -> ["json", "srt"]; an unknown name is a usage error that lists the valid ones
    (``choices``: the formats the caller writes; every ``--format`` list is read here)."""
    from qa.errors import ConfigError

    names = [n.strip().lower() for n in (spec.split(",") if isinstance(spec, str) else spec) if n.strip()]
    unknown = [n for n in names if n not in choices]
    if unknown or not names:
        raise ConfigError(f"unknown output format(s) {', '.join(unknown) or '(none)'}; "
                          f"choose from: {', '.join(choices)}.")
    return list(dict.fromkeys(names))


FOR_PEOPLE = ("srt", "vtt", "txt")  # read by people: personal data redacted (docs/privacy.md)


def write_outputs(call: Call, out_dir: str | os.PathLike, formats=("json",), *, redact: bool = True) -> list[Path]:
    """Write ``call`` in each format as ``<out_dir>/<call_id><suffix>``; returns the paths.

    Subtitles and text are redacted unless ``redact`` is False; the JSON formats keep the raw words
    (they are what the later stages read, written owner-only)."""
    out_dir = Path(out_dir)
    paths = []
    shown = None
    for name in formats:
        target = out_dir / f"{safe_name(call.call_id)}{SUFFIXES[name]}"
        if name == "json":
            paths.append(write_call(call, target))
        elif name in FOR_PEOPLE and redact:
            if shown is None:
                from qa.redact.apply import redact_call

                shown = redact_call(call)
            paths.append(atomic_write_text(target, WRITERS[name](shown)))
        else:
            paths.append(atomic_write_text(target, WRITERS[name](call)))
    return paths


__all__ = ["FORMATS", "load_call", "call_from_json", "write_call", "to_srt", "to_vtt", "to_text",
           "to_whisperx", "to_rttm", "parse_formats", "write_outputs"]
