"""The objects the review app's templates get (documented dataclasses, as for the static reports),
the redaction hooks, and where a call's audio may be read from.

Every text from calls and tickets reaches the page through jinja2's autoescape. Redaction happens in
two places only: :func:`store_for_role` hands each request the store as that person may read it
(calls, results and tickets redacted, as the static reports are), and :func:`redact_for` (the
``shown`` filter) redacts text that does not come through it: search snippets, dispute comments and
reasons people typed.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup, escape

from qa.model import Call
from qa.report.audio import PLAYABLE
from qa.report.pages import CallPage, build_call_page, slug
from qa.review import AuditEntry, Dispute, Override, audit_trail, disputes, final_result, overrides_for
from qa.serve.auth import User
from qa.serve.db import MARK_END, MARK_START, assignment
from qa.store import Store, StoredResult


# Roles that read calls unredacted; empty by default: the app shows what the static reports show.
# ``qa serve --no-redact`` lets analysts and supervisors hear and read the real values.
RAW_ROLES_WHEN_ALLOWED = frozenset({"analyst", "supervisor"})


def store_for_role(store: Store, role: str | None, raw_roles: frozenset[str] = frozenset()):
    """REDACTION HOOK (the store): the store as a person with ``role`` may read it. Uses the
    redaction stage (``qa.redact.apply.for_people``)."""
    if role in raw_roles:
        return store
    from qa.redact.apply import for_people

    return for_people(store)


def text_redactor(role: str | None, raw_roles: frozenset[str] = frozenset()):
    """REDACTION HOOK (free text): a function text -> text as ``role`` may read it, or None when
    nothing is hidden from this role."""
    if role in raw_roles:
        return None
    from qa.redact import redact_text

    return redact_text


def redact_for(role: str | None, text: str | None, raw_roles: frozenset[str] = frozenset()) -> str:
    """REDACTION HOOK (free text): ``text`` as a person with ``role`` may read it
    (``qa.redact.redact_text``)."""
    redact = text_redactor(role, raw_roles)
    return (redact(text) if redact else text) if text else ""


def marked(snippet: str) -> Markup:
    """A search snippet (already cut from what the reader may see): escaped, <mark> around matches."""
    text = str(escape(snippet))
    return Markup(text.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


@dataclass(frozen=True)
class WordSpan:
    start: float
    end: float
    text: str


@dataclass(frozen=True)
class LineWords:
    """A transcript line with its timed words (the player highlights and follows them)."""
    start: float
    end: float
    role: str | None
    speaker: str | None
    words: tuple[WordSpan, ...]
    text: str  # the line's text, shown when it has no timed words


@dataclass(frozen=True)
class VerdictRow:
    """A criterion on the review page: the final verdict, the machine's, and the latest override."""
    criterion: str
    final: str
    machine: str
    override: Override | None


@dataclass(frozen=True)
class ReviewCallPage:
    page: CallPage  # the scorecard (final verdicts), as the static report builds it
    machine_score: float | None
    machine_band: str
    verdicts: tuple[VerdictRow, ...]  # in the order of page.result.criteria
    lines: tuple[LineWords, ...]
    disputes: tuple[Dispute, ...]
    audit: tuple[AuditEntry, ...]
    assigned_to: str | None
    state: str


def transcript_words(call: Call | None) -> tuple[LineWords, ...]:
    if call is None:
        return ()
    out = []
    for segment in call.utterances or call.segments:
        words = tuple(WordSpan(w.start, w.end, w.text.strip()) for w in segment.words if w.text.strip())
        if words or segment.text.strip():
            out.append(LineWords(segment.start, segment.end, segment.role, segment.speaker, words,
                                 segment.text.strip()))
    return tuple(out)


def audio_file(call: Call | None, report_dir: Path) -> Path | None:
    """The call's audio, only from inside the store's report folder: the copy ``qa report`` made in
    calls/audio/, else the recorded path when it lies inside the folder. Nothing outside is served.
    A redacted call with hidden moments (``metadata["redacted"]``) gets only the report's copy, the
    one whose moments ``qa report`` toned out, never the raw recording."""
    if call is None:
        return None
    root = report_dir.resolve()
    copies = root / "calls" / "audio"
    candidates = [copies / (slug(call.call_id) + suffix) for suffix in sorted(PLAYABLE)]
    if call.audio is not None and call.audio.path and not call.metadata.get("redacted"):
        recorded = Path(call.audio.path)
        candidates.append(recorded if recorded.is_absolute() else root / recorded)
    for candidate in candidates:
        try:
            resolved = candidate.resolve()
        except (OSError, RuntimeError):
            continue
        if resolved.is_relative_to(root) and resolved.suffix.lower() in PLAYABLE and resolved.is_file():
            return resolved
    return None


def build_review_page(store: Store, stored: StoredResult, user: User, audio_src: str | None) -> ReviewCallPage:
    call = store.get_call(stored.call_id)
    page = build_call_page(stored, call, store.get_ticket(stored.result.ticket_id), audio_src)
    machine = stored.machine or stored.result
    machine_verdicts = {v.id: v.verdict for v in machine.criteria}
    latest = {o.criterion: o for o in overrides_for(store, [stored.call_id]).get(stored.call_id, ())
              if o.rubric_id == machine.rubric_id and o.rubric_version == str(machine.rubric_version)}
    rows = tuple(VerdictRow(v.id, v.verdict, machine_verdicts.get(v.id, v.verdict), latest.get(v.id))
                 for v in stored.result.criteria)
    who = assignment(store, stored.call_id)
    trail = audit_trail(store, stored.call_id) if user.role != "agent" else []
    return ReviewCallPage(page, machine.score, machine.band, rows, transcript_words(call),
                          tuple(disputes(store, call_id=stored.call_id)), tuple(trail),
                          who[0] if who else None, who[1] if who else "unassigned")


def review_page_for(store: Store, call_id: str, user: User, audio_src: str | None) -> ReviewCallPage | None:
    stored = final_result(store, call_id)
    return build_review_page(store, stored, user, audio_src) if stored else None


__all__ = ["store_for_role", "text_redactor", "redact_for", "marked", "WordSpan", "LineWords", "VerdictRow", "ReviewCallPage", "transcript_words",
           "audio_file", "build_review_page", "review_page_for"]
