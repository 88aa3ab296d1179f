"""Redacting what is written for people: a call's words, a result's quotes and reasons, a ticket.

The store keeps the raw call (QA and the ticket comparison need the real values); pages, exports,
subtitles and clips are made from the redacted copies built here. A redacted call says which moments
were hidden in ``metadata["redacted"]`` (start, end, type), so that its audio copy and its clips
can replace the same moments with a tone.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from qa.model import Call, Evidence, Result, Segment
from qa.redact.detect import Pii, find_pii, redact_text

LINE_BREAK = " | "  # between turns: a plain word, so that no number runs from one turn into the next
PERSONAL_METADATA = {"customer_id": "[ACCOUNT]", "customer_phone": "[PHONE]", "customer_email": "[EMAIL]"}


@dataclass(frozen=True)
class _Piece:
    start: int  # characters in the joined text
    end: int
    line: int
    word: int | None  # index of the word in its line; None when the line has no words


def _joined(lines: tuple[Segment, ...]) -> tuple[str, list[_Piece]]:
    parts, pieces, position = [], [], 0
    for li, line in enumerate(lines):
        if li:
            parts.append(LINE_BREAK)
            position += len(LINE_BREAK)
        texts = [(wi, w.text) for wi, w in enumerate(line.words)] or [(None, line.text)]
        for k, (wi, text) in enumerate(texts):
            if k:
                parts.append(" ")
                position += 1
            pieces.append(_Piece(position, position + len(text), li, wi))
            parts.append(text)
            position += len(text)
    return "".join(parts), pieces


def _cut(text: str, offset: int, spans: list[tuple[Pii, bool]]) -> str:
    """``text`` (found at ``offset`` in the joined text) with the parts of ``spans`` in it removed;
    the placeholder goes into the piece the flag marks, nothing into a span's other pieces."""
    out, position = [], 0
    for span, first in spans:
        start, end = max(span.start - offset, 0), min(span.end - offset, len(text))
        if end <= position:
            continue
        out.append(text[position:max(start, position)])
        if first:
            out.append(span.placeholder)
        position = end
    out.append(text[position:])
    return "".join(out)


class Redactor:
    """Redacts one call and anything said about it (quotes, findings, its ticket)."""

    def __init__(self, call: Call | None, language: str | None = None):
        self.raw = call
        self.language = language or (call.language if call else None)
        self.spans: list[Pii] = []
        self.times: list[tuple[float, float, str]] = []
        self.call = self._redact_call(call) if call is not None else None

    # -- the call ---------------------------------------------------------------------------

    def _redact_call(self, call: Call) -> Call:
        lines = call.utterances or call.segments
        text, pieces = _joined(lines)
        self.spans = find_pii(text, self.language)
        changed: dict[tuple, str] = {}  # (start, end, text) of a raw word -> its redacted text
        new_lines = list(lines)
        for span in self.spans:
            hit = [p for p in pieces if p.start < span.end and span.start < p.end]
            if not hit:
                continue
            times = [self._piece_time(lines, p) for p in hit]
            self.times.append((min(t[0] for t in times), max(t[1] for t in times), span.kind))
        # The placeholder goes into a span's last word, which keeps what follows the span in it
        # ("[PHONE].", "[ACCOUNT]이고요"); the span's other words are dropped.
        home = {}
        for index, piece in enumerate(pieces):
            for span in self.spans:
                if piece.start < span.end and span.start < piece.end:
                    home[span] = index
        touched = {pieces[i].line for i in home.values()} | {
            p.line for s in self.spans for p in pieces if p.start < s.end and s.start < p.end}
        for li in touched:
            line = lines[li]
            mine = [(i, p) for i, p in enumerate(pieces) if p.line == li]

            def inside(index, piece):
                return [(s, home[s] == index) for s in self.spans if s.start < piece.end and piece.start < s.end]

            if line.words:
                words = []
                for (index, piece), word in zip(mine, line.words):
                    spans = inside(index, piece)
                    new = _cut(word.text, piece.start, spans) if spans else word.text
                    changed[(word.start, word.end, word.text)] = new
                    if new.strip():
                        words.append(replace(word, text=new))
                new_lines[li] = replace(line, words=tuple(words), text=" ".join(w.text for w in words))
            else:
                index, piece = mine[0]
                new_lines[li] = replace(line, text=_cut(line.text, piece.start, inside(index, piece)))
        redacted = {"utterances" if call.utterances else "segments": tuple(new_lines)}
        other = call.segments if call.utterances else ()
        if other:
            redacted["segments"] = tuple(self._segment(s, changed) for s in other)
        metadata = {k: self._metadata_value(k, v) for k, v in call.metadata.items()}
        metadata["redacted"] = [{"start": s, "end": e, "type": k} for s, e, k in self.times]
        return replace(call, metadata=metadata, **redacted)

    @staticmethod
    def _piece_time(lines, piece: _Piece) -> tuple[float, float]:
        line = lines[piece.line]
        if piece.word is None:
            return line.start, line.end
        word = line.words[piece.word]
        return word.start, word.end

    def _segment(self, segment: Segment, changed: dict[tuple, str]) -> Segment:
        if not segment.words:
            return replace(segment, text=self.text(segment.text))
        keys = [(w.start, w.end, w.text) for w in segment.words]
        if not any(k in changed for k in keys):
            return segment
        words = tuple(replace(w, text=changed.get(k, w.text)) for w, k in zip(segment.words, keys)
                      if changed.get(k, w.text).strip())
        return replace(segment, words=words, text=" ".join(w.text for w in words))

    def _metadata_value(self, key: str, value: Any) -> Any:
        if key in PERSONAL_METADATA and value not in (None, ""):
            return PERSONAL_METADATA[key]
        return self.text(value) if isinstance(value, str) and key not in ("source",) else value

    # -- anything else said about the call ---------------------------------------------------

    def text(self, text: str | None) -> str | None:
        """A text about this call (a quote, a reason, a finding, a ticket field), redacted: what the
        detector finds in it, plus every value already found in the call wherever it appears."""
        if not text:
            return text
        spans = find_pii(text, self.language)
        spans += [s for s in self._known(text) if not any(o.start < s.end and s.start < o.end for o in spans)]
        return redact_text(text, self.language, spans=sorted(spans)) if spans else text

    def learn(self, text: str | None) -> None:
        """Remember the personal data found in ``text`` (a ticket field) so that it is redacted
        wherever else it is quoted."""
        known = {(s.text, s.value) for s in self.spans}
        self.spans += [s for s in find_pii(text or "", self.language) if (s.text, s.value) not in known]

    def _known(self, text: str) -> list[Pii]:
        found = []
        for span in self.spans:
            patterns = [re.escape(span.text)]
            digits = re.sub(r"\D", "", span.value)
            if len(digits) >= 4:
                patterns.append(r"(?<!\d)" + r"[\s.-]?".join(digits) + r"(?!\d)")
            for pattern in patterns:
                for match in re.finditer(pattern, text, re.IGNORECASE):
                    found.append(Pii(match.start(), match.end(), span.kind, match.group(), span.value))
        return found

    def evidence(self, evidence: Evidence) -> Evidence:
        return replace(evidence, text=self.text(evidence.text) or "", matched=self.text(evidence.matched) or "")

    def result(self, result: Result) -> Result:
        criteria = tuple(replace(v, reason=self.text(v.reason) or "",
                                 evidence=tuple(self.evidence(e) for e in v.evidence)) for v in result.criteria)
        for finding in result.findings:  # the ticket's own values, quoted in the finding's message
            self.learn(finding.ticket_text)
        findings = tuple(replace(f, message=self.text(f.message) or "", ticket_text=self.text(f.ticket_text) or "",
                                 call_evidence=tuple(self.evidence(e) for e in f.call_evidence))
                         for f in result.findings)
        outcome = result.outcome and replace(result.outcome, reason=self.text(result.outcome.reason) or "",
                                             evidence=tuple(self.evidence(e) for e in result.outcome.evidence))
        metadata = {k: self._metadata_value(k, v) for k, v in result.metadata.items()}
        return replace(result, criteria=criteria, findings=findings, outcome=outcome, metadata=metadata)

    def data(self, value: Any) -> Any:
        """Every string inside plain JSON data (a ticket record), redacted."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {k: (PERSONAL_METADATA[k] if k in PERSONAL_METADATA and v else self.data(v))
                    for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.data(v) for v in value]
        return value


def redact_call(call: Call) -> Call:
    """The call as people may read it: personal data replaced by placeholders in every word and
    line, the hidden moments listed in ``metadata["redacted"]``."""
    return Redactor(call).call


def masked_times(call: Call | None) -> tuple[tuple[float, float], ...]:
    """The moments a redacted call's audio must hide (empty for a raw call)."""
    if call is None:
        return ()
    return tuple((float(r["start"]), float(r["end"])) for r in call.metadata.get("redacted") or ()
                 if isinstance(r, dict) and "start" in r and "end" in r)


class RedactedStore:
    """A results store as reports should see it: calls, results, tickets and failures come out
    redacted; everything else is the store's own. The store itself is never changed."""

    def __init__(self, store, keep: int = 256):
        self.store = store
        self._redactors: OrderedDict[str, Redactor] = OrderedDict()
        self._keep = keep

    def __getattr__(self, name: str):
        return getattr(self.store, name)

    def __enter__(self) -> "RedactedStore":
        return self

    def __exit__(self, *exc) -> None:
        self.store.close()

    def redactor(self, call_id: str) -> Redactor:
        if call_id in self._redactors:
            self._redactors.move_to_end(call_id)
            return self._redactors[call_id]
        redactor = Redactor(self.store.get_call(call_id))
        self._redactors[call_id] = redactor
        if len(self._redactors) > self._keep:
            self._redactors.popitem(last=False)
        return redactor

    def get_call(self, call_id: str) -> Call | None:
        return self.redactor(call_id).call

    def _stored(self, stored):
        redactor = self.redactor(stored.call_id)
        return replace(stored, result=redactor.result(stored.result))

    def results(self, **filters) -> list:
        return [self._stored(s) for s in self.store.results(**filters)]

    def get_result(self, call_id: str, rubric_id: str | None = None):
        stored = self.store.get_result(call_id, rubric_id)
        return self._stored(stored) if stored is not None else None

    def get_ticket(self, ticket_id: str | None) -> dict | None:
        ticket = self.store.get_ticket(ticket_id)
        return Redactor(None).data(ticket) if ticket else ticket

    def failures(self, *args, **kwargs) -> list[dict]:
        return [{**f, "message": redact_text(f.get("message") or "")} for f in self.store.failures(*args, **kwargs)]


def for_people(store, redact: bool = True):
    """The store reports read from: redacted unless ``redact`` is False (``--no-redact``)."""
    return RedactedStore(store) if redact and not isinstance(store, RedactedStore) else store


__all__ = ["Redactor", "RedactedStore", "redact_call", "masked_times", "for_people"]
