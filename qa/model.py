"""The one data model every stage reads and returns.

A recorded call flows through the pipeline as a :class:`Call`:

    audio -> transcribe (segments, words) -> diarize (turns) -> assign (utterances, roles)
          -> score (Result with Verdicts) -> ticket (Findings) -> report / store

Everything is a frozen dataclass with ``to_dict()`` / ``from_dict()``; times are float seconds from
the start of the recording. Stages never mutate their input: they return a new object built with
``dataclasses.replace``. There is exactly one segment type, :class:`Segment`, used for ASR segments,
diarization turns (no text, no words) and utterances (speaker turns built from words).

The JSON form of a call is versioned by :data:`SCHEMA_VERSION` and documented in ``docs/schema.md``.
"""
from __future__ import annotations

import functools
import math
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any, Iterable

SCHEMA_VERSION = "1.0"

AGENT = "agent"
CUSTOMER = "customer"
ROLES = (AGENT, CUSTOMER)

PASS, FAIL, NA, REVIEW = "pass", "fail", "na", "review"
VERDICTS = (PASS, FAIL, NA, REVIEW)

RESOLVED, ESCALATED, TRANSFERRED, FOLLOW_UP, UNKNOWN = (
    "resolved", "escalated", "transferred", "follow_up", "unknown")
OUTCOMES = (RESOLVED, ESCALATED, TRANSFERRED, FOLLOW_UP, UNKNOWN)


def _clean(value: Any) -> Any:
    """Tuples become lists so that ``to_dict()`` output is plain JSON."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


@functools.cache
def _field_names(cls) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def _known(cls, data: dict) -> dict:
    """Keep only the keys ``cls`` has, so newer JSON with extra fields still loads."""
    if not isinstance(data, dict):
        raise SchemaError("", f"expected an object, got {type(data).__name__}")
    names = _field_names(cls)
    return {k: v for k, v in data.items() if k in names}


# ---------------------------------------------------------------- validation of JSON input
# Call JSON comes from files people hand us (imports, caches, stores): every value is checked for its
# type, times are finite seconds, and sizes are bounded so that a 10 MB "word" or 200,000 segments
# are an error, not a crash or an hour of work. A 4-hour call has about 40,000 words.
MAX_WORD_CHARS = 1_000
MAX_TEXT_CHARS = 100_000
MAX_SEGMENTS = 50_000  # per list (segments, turns, utterances)
MAX_WORDS = 500_000
MAX_ID_CHARS = 256


class SchemaError(ValueError):
    """A value of a call or result JSON is wrong; ``path`` says where ("segments[3].words[2].start")."""

    def __init__(self, path: str, problem: str):
        self.path, self.problem = path, problem
        super().__init__(f"{path}: {problem}" if path else problem)

    def under(self, prefix: str) -> "SchemaError":
        joined = f"{prefix}.{self.path}" if self.path and not self.path.startswith("[") else prefix + self.path
        return SchemaError(joined, self.problem)


def _seconds(data: dict, key: str, default: Any = ...) -> float:
    value = data.get(key, default)
    if value is ...:
        raise SchemaError(key, "missing (a time in seconds)")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SchemaError(key, f"expected a time in seconds (a number), got {value!r:.60}")
    if not math.isfinite(value) or value < 0:
        raise SchemaError(key, f"expected a finite time of 0 seconds or more, got {value!r}")
    return float(value)


def _optional_number(data: dict, key: str, default: Any = None) -> float | None:
    value = data.get(key, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SchemaError(key, f"expected a finite number, got {value!r:.60}")
    return float(value)


def _string(data: dict, key: str, default: Any = ..., limit: int = MAX_TEXT_CHARS, optional: bool = False):
    value = data.get(key, default)
    if value is ...:
        raise SchemaError(key, "missing")
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise SchemaError(key, f"expected a string, got {type(value).__name__}")
    if len(value) > limit:
        raise SchemaError(key, f"{len(value):,} characters; at most {limit:,} are allowed here")
    return value


def _mapping(data: dict, key: str) -> dict:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise SchemaError(key, f"expected an object, got {type(value).__name__}")
    return value


def _items(data: dict, key: str, build, limit: int = MAX_SEGMENTS) -> tuple:
    value = data.get(key) or ()
    if not isinstance(value, (list, tuple)):
        raise SchemaError(key, f"expected a list, got {type(value).__name__}")
    if len(value) > limit:
        raise SchemaError(key, f"{len(value):,} items; at most {limit:,} are allowed (a 4-hour call has "
                               "far fewer): split the file or check how it was made")
    try:  # the common case in one pass (a stored call's words: ~100,000 on re-scoring)
        return tuple(map(build, value))
    except SchemaError:
        pass
    for index, item in enumerate(value):  # again, to say which item is wrong
        try:
            build(item)
        except SchemaError as exc:
            raise exc.under(f"{key}[{index}]") from None
    raise AssertionError("unreachable: an item failed once and then passed")


def _channel(data: dict) -> int | None:
    value = data.get("channel")
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 64):
        raise SchemaError("channel", f"expected a channel number (0, 1) or null, got {value!r:.60}")
    return value


_new_object = object.__new__


@dataclass(frozen=True, order=True)
class Word:
    start: float
    end: float
    text: str
    probability: float = 1.0
    speaker: str | None = None
    role: str | None = None
    overlap: bool = False  # spoken while another speaker was talking (overtalk)
    channel: int | None = None  # the recording's channel it was heard on (split stereo calls)

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text,
                "probability": self.probability, "speaker": self.speaker, "role": self.role,
                "overlap": self.overlap, "channel": self.channel}

    @classmethod
    def from_dict(cls, data: dict) -> "Word":
        # The common case checked inline (a stored call has ~100,000 words to load on re-scoring);
        # anything unusual goes through the checks below, which name what is wrong.
        if type(data) is dict:
            start, end, text = data.get("start"), data.get("end"), data.get("text")
            probability = data.get("probability", 1.0)
            speaker, role, channel = data.get("speaker"), data.get("role"), data.get("channel")
            if (type(start) is float and type(end) is float and type(probability) is float
                    and 0.0 <= start < math.inf and 0.0 <= end < math.inf and -math.inf < probability < math.inf
                    and type(text) is str and len(text) <= MAX_WORD_CHARS
                    and (speaker is None or type(speaker) is str and len(speaker) <= MAX_ID_CHARS)
                    and (role is None or type(role) is str and len(role) <= MAX_ID_CHARS)
                    and (channel is None or type(channel) is int and 0 <= channel < 64)):
                # Filled like copy.copy fills a copy (the frozen __init__'s eight setattr calls
                # took half the time of loading a stored call); the same fields, in field order.
                word = _new_object(cls)
                word.__dict__.update(start=start, end=end, text=text, probability=probability, speaker=speaker,
                                     role=role, overlap=bool(data.get("overlap", False)), channel=channel)
                return word
        _known(cls, data)
        probability = _optional_number(data, "probability", 1.0)
        return cls(start=_seconds(data, "start"), end=_seconds(data, "end"),
                   text=_string(data, "text", limit=MAX_WORD_CHARS),
                   probability=1.0 if probability is None else probability,
                   speaker=_string(data, "speaker", None, MAX_ID_CHARS, optional=True),
                   role=_string(data, "role", None, MAX_ID_CHARS, optional=True),
                   overlap=bool(data.get("overlap", False)), channel=_channel(data))


@dataclass(frozen=True, order=True)
class Segment:
    """A stretch of time: an ASR segment, a diarization turn (no text) or an utterance."""
    start: float
    end: float
    text: str = ""
    speaker: str | None = None
    role: str | None = None
    words: tuple[Word, ...] = ()
    overlap: bool = False
    channel: int | None = None

    @property
    def duration(self) -> float:
        return max(0.0, self.end - self.start)

    def to_dict(self) -> dict:
        # Written out (not asdict) because a long call has thousands of words: asdict deep-copies.
        return {"start": self.start, "end": self.end, "text": self.text, "speaker": self.speaker,
                "role": self.role, "words": [w.to_dict() for w in self.words],
                "overlap": self.overlap, "channel": self.channel}

    @classmethod
    def from_dict(cls, data: dict) -> "Segment":
        # The common case checked inline, as in Word.from_dict (a stored call has hundreds of turns).
        if type(data) is dict:
            start, end, text = data.get("start"), data.get("end"), data.get("text", "")
            speaker, role, channel = data.get("speaker"), data.get("role"), data.get("channel")
            words = data.get("words") or ()
            if (type(start) is float and type(end) is float and 0.0 <= start < math.inf and 0.0 <= end < math.inf
                    and type(text) is str and len(text) <= MAX_TEXT_CHARS
                    and (speaker is None or type(speaker) is str and len(speaker) <= MAX_ID_CHARS)
                    and (role is None or type(role) is str and len(role) <= MAX_ID_CHARS)
                    and (channel is None or type(channel) is int and 0 <= channel < 64)
                    and type(words) in (list, tuple) and len(words) <= MAX_WORDS):
                segment = _new_object(cls)
                segment.__dict__.update(start=start, end=end, text=text, speaker=speaker, role=role,
                                        words=_items(data, "words", Word.from_dict, MAX_WORDS),
                                        overlap=bool(data.get("overlap", False)), channel=channel)
                return segment
        _known(cls, data)
        return cls(start=_seconds(data, "start"), end=_seconds(data, "end"), text=_string(data, "text", ""),
                   speaker=_string(data, "speaker", None, MAX_ID_CHARS, optional=True),
                   role=_string(data, "role", None, MAX_ID_CHARS, optional=True),
                   words=_items(data, "words", Word.from_dict, MAX_WORDS),
                   overlap=bool(data.get("overlap", False)), channel=_channel(data))


@dataclass(frozen=True)
class AudioInfo:
    path: str
    sha256: str
    duration: float
    sample_rate: int  # of the file as recorded
    channels: int
    format: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "AudioInfo":
        data = _known(cls, data)
        _string(data, "path", limit=4096)
        _seconds(data, "duration")
        for key in ("sample_rate", "channels"):
            if isinstance(data.get(key), bool) or not isinstance(data.get(key), int) or data[key] < 0:
                raise SchemaError(key, f"expected a whole number, got {data.get(key)!r:.60}")
        return cls(**data)


@dataclass(frozen=True)
class RoleAssignment:
    """Which speaker label is the agent and which the customer, and why we think so."""
    speakers: dict[str, str]  # speaker label -> role
    confidence: float
    source: str  # "channel", "manifest", "option", "auto"
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return _clean(asdict(self))

    @classmethod
    def from_dict(cls, data: dict) -> "RoleAssignment":
        data = _known(cls, data)
        data["evidence"] = tuple(data.get("evidence") or ())
        return cls(**data)


@dataclass(frozen=True)
class Call:
    """A call as it flows through the pipeline; what ``qa transcribe`` and ``qa diarize`` write."""
    call_id: str
    audio: AudioInfo | None = None
    language: str | None = None
    language_probability: float | None = None
    asr: dict = field(default_factory=dict)  # engine, model, settings
    metadata: dict = field(default_factory=dict)  # agent_id, ticket_id, date, ... from the manifest
    segments: tuple[Segment, ...] = ()  # ASR segments with words
    turns: tuple[Segment, ...] = ()  # diarization: who spoke when (no text)
    utterances: tuple[Segment, ...] = ()  # speaker turns built from words, with speaker and role
    roles: RoleAssignment | None = None
    diarization: dict = field(default_factory=dict)  # method, model, settings
    schema_version: str = SCHEMA_VERSION

    @property
    def words(self) -> tuple[Word, ...]:
        """All words in time order: from utterances once assigned, else from ASR segments."""
        source = self.utterances or self.segments
        return tuple(w for s in source for w in s.words)

    @property
    def duration(self) -> float:
        if self.audio is not None:
            return self.audio.duration
        ends = [s.end for s in (*self.segments, *self.utterances, *self.turns)]
        return max(ends, default=0.0)

    @property
    def text(self) -> str:
        return " ".join(s.text.strip() for s in (self.utterances or self.segments) if s.text.strip())

    def to_dict(self) -> dict:
        return {
            "schema_version": self.schema_version,
            "call_id": self.call_id,
            "audio": self.audio.to_dict() if self.audio else None,
            "language": self.language,
            "language_probability": self.language_probability,
            "asr": _clean(self.asr),
            "diarization": _clean(self.diarization),
            "metadata": _clean(self.metadata),
            "roles": self.roles.to_dict() if self.roles else None,
            "segments": [s.to_dict() for s in self.segments],
            "turns": [s.to_dict() for s in self.turns],
            "utterances": [s.to_dict() for s in self.utterances],
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Call":
        """A Call from its JSON; every value checked (raises :class:`SchemaError` with its path)."""
        data = _known(cls, data)
        call_id = data.get("call_id")
        if not isinstance(call_id, (str, int)) or isinstance(call_id, bool) or not str(call_id).strip():
            raise SchemaError("call_id", f"expected a call id (a name), got {call_id!r:.60}")
        data["call_id"] = _string({"call_id": str(call_id)}, "call_id", limit=MAX_ID_CHARS)
        if data.get("audio"):
            try:
                data["audio"] = AudioInfo.from_dict(data["audio"])
            except SchemaError as exc:
                raise exc.under("audio") from None
        if data.get("roles"):
            data["roles"] = RoleAssignment.from_dict(_mapping(data, "roles"))
        for name in ("segments", "turns", "utterances"):
            data[name] = _items(data, name, Segment.from_dict)
        words = sum(len(s.words) for name in ("segments", "utterances") for s in data[name])
        if words > MAX_WORDS:
            raise SchemaError("segments", f"{words:,} words; at most {MAX_WORDS:,} are allowed")
        for name in ("asr", "metadata", "diarization"):
            data[name] = _mapping(data, name)
        data["language"] = _string(data, "language", None, 32, optional=True)
        data["language_probability"] = _optional_number(data, "language_probability")
        return cls(**data)


@dataclass(frozen=True)
class Evidence:
    """A piece of a call that a verdict or finding rests on, or the window that was searched."""
    start: float
    end: float
    text: str
    speaker: str | None = None
    role: str | None = None
    matched: str = ""  # what matched: the phrase, the example utterance, the identifier...

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "speaker": self.speaker,
                "role": self.role, "matched": self.matched}

    @classmethod
    def from_dict(cls, data: dict) -> "Evidence":
        data = _known(cls, data)
        _seconds(data, "start"), _seconds(data, "end")
        return cls(**data)


@dataclass(frozen=True)
class Verdict:
    id: str  # criterion id, e.g. "greeting.thank_caller"
    verdict: str  # one of VERDICTS
    reason: str
    evidence: tuple[Evidence, ...] = ()
    weight: float = 0.0
    section: str = ""
    description: str = ""
    auto_fail: bool = False

    def to_dict(self) -> dict:
        return {"id": self.id, "verdict": self.verdict, "reason": self.reason,
                "evidence": [e.to_dict() for e in self.evidence], "weight": self.weight,
                "section": self.section, "description": self.description, "auto_fail": self.auto_fail}

    @classmethod
    def from_dict(cls, data: dict) -> "Verdict":
        data = _known(cls, data)
        data["evidence"] = tuple(Evidence.from_dict(e) for e in data.get("evidence") or ())
        return cls(**data)


@dataclass(frozen=True)
class Outcome:
    """How the call ended, decided from what was said, with why."""
    outcome: str  # one of OUTCOMES
    confidence: float = 0.0
    evidence: tuple[Evidence, ...] = ()
    reason: str = ""
    # follow_up only: who owes the next step, "agent" (the desk will call back) or "caller" (told
    # to try again and call back if it still fails); None when unknown or not a follow-up.
    follow_up_by: str | None = None
    # The outcome classifier's (label, p) for each class, when it decided (rubrics with acts); labels
    # as in qa/score/outcome_model.LABELS ("follow_up:agent"). Applicability reads the mass of the
    # outcomes a criterion lists when the call stays unknown; not stored (re-scoring recomputes it).
    probabilities: tuple[tuple[str, float], ...] = ()

    def to_dict(self) -> dict:
        return {"outcome": self.outcome, "confidence": self.confidence,
                "evidence": [e.to_dict() for e in self.evidence], "reason": self.reason,
                "follow_up_by": self.follow_up_by}

    @classmethod
    def from_dict(cls, data: dict) -> "Outcome":
        data = _known(cls, data)
        data["evidence"] = tuple(Evidence.from_dict(e) for e in data.get("evidence") or ())
        return cls(**data)


@dataclass(frozen=True)
class Finding:
    """A disagreement between the call and the ticket the agent wrote."""
    kind: str  # identifier_mismatch, unsupported_claim, missing_fact, status_contradiction, ticket_number_mismatch
    severity: str  # high, medium, low
    message: str
    call_evidence: tuple[Evidence, ...] = ()
    ticket_field: str = ""
    ticket_text: str = ""

    def to_dict(self) -> dict:
        return {"kind": self.kind, "severity": self.severity, "message": self.message,
                "call_evidence": [e.to_dict() for e in self.call_evidence],
                "ticket_field": self.ticket_field, "ticket_text": self.ticket_text}

    @classmethod
    def from_dict(cls, data: dict) -> "Finding":
        data = _known(cls, data)
        data["call_evidence"] = tuple(Evidence.from_dict(e) for e in data.get("call_evidence") or ())
        return cls(**data)


@dataclass(frozen=True)
class Ticket:
    """A help-desk ticket as the agent wrote it, mapped from any export to one shape.

    ``status`` is normalised to resolved / escalated / open / pending / transferred / closed;
    ``fields`` holds the mapped text fields (title, description, resolution, notes, customer, ...);
    ``raw`` keeps the export's record untouched; ``source`` says where it came from ("file.csv:12");
    ``status_word`` is the export's own status word ("Waiting on Customer") that ``status`` was read from.
    Text is kept as text: HTML in a description is never interpreted.
    """
    ticket_id: str
    status: str = "open"
    agent_id: str | None = None
    fields: dict = field(default_factory=dict)
    raw: dict = field(default_factory=dict)
    source: str = ""
    status_word: str = ""

    def to_dict(self) -> dict:
        return _clean(asdict(self))

    @classmethod
    def from_dict(cls, data: dict) -> "Ticket":
        data = _known(cls, data)
        data["fields"] = data.get("fields") or {}
        data["raw"] = data.get("raw") or {}
        return cls(**data)


@dataclass(frozen=True)
class Result:
    """What ``qa score`` writes for one call: the scorecard, and the ticket comparison when there is one."""
    call_id: str
    rubric_id: str
    rubric_version: str
    score: float | None  # 0-100, None when every criterion is n/a
    band: str  # e.g. pass / coach / fail (the rubric names them)
    criteria: tuple[Verdict, ...] = ()
    outcome: Outcome | None = None
    findings: tuple[Finding, ...] = ()
    ticket_id: str | None = None
    ticket_score: float | None = None
    auto_failed: bool = False
    metrics: dict = field(default_factory=dict)  # talk ratio, handle time, dead air, holds...
    metadata: dict = field(default_factory=dict)
    language: str | None = None
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict:
        return {
            "schema_version": self.schema_version,
            "call_id": self.call_id,
            "rubric": {"id": self.rubric_id, "version": self.rubric_version},
            "rubric_id": self.rubric_id,
            "rubric_version": self.rubric_version,
            "score": self.score,
            "band": self.band,
            "auto_failed": self.auto_failed,
            "language": self.language,
            "outcome": self.outcome.to_dict() if self.outcome else None,
            "criteria": [v.to_dict() for v in self.criteria],
            "ticket_id": self.ticket_id,
            "ticket_score": self.ticket_score,
            "findings": [f.to_dict() for f in self.findings],
            "metrics": _clean(self.metrics),
            "metadata": _clean(self.metadata),
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Result":
        data = dict(data)
        data.pop("rubric", None)
        data = _known(cls, data)
        data["criteria"] = tuple(Verdict.from_dict(v) for v in data.get("criteria") or ())
        data["findings"] = tuple(Finding.from_dict(f) for f in data.get("findings") or ())
        if data.get("outcome"):
            data["outcome"] = Outcome.from_dict(data["outcome"])
        data["metrics"] = data.get("metrics") or {}
        data["metadata"] = data.get("metadata") or {}
        data["score"] = _optional_number(data, "score")
        data["ticket_score"] = _optional_number(data, "ticket_score")
        return cls(**data)


def words_in(words: Iterable[Word], start: float, end: float) -> tuple[Word, ...]:
    """Words whose middle falls inside [start, end)."""
    return tuple(w for w in words if start <= (w.start + w.end) / 2 < end)


__all__ = [
    "SCHEMA_VERSION", "AGENT", "CUSTOMER", "ROLES", "PASS", "FAIL", "NA", "REVIEW", "VERDICTS",
    "RESOLVED", "ESCALATED", "TRANSFERRED", "FOLLOW_UP", "UNKNOWN", "OUTCOMES",
    "Word", "Segment", "AudioInfo", "RoleAssignment", "Call", "Evidence", "Verdict", "Outcome",
    "Finding", "Ticket", "Result", "words_in", "replace", "SchemaError",
]
