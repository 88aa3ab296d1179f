"""Counts: how many people, units or nights ("Pax: 50", "Units: 2", "수량: 25송이", "Nights: 3"),
against the numbers said before a counting word on the call ("limampung tao", "dalawang unit po",
"스물다섯 송이", "three guests", "apat na pasahero").

A column whose name says it holds a count (pax, guests, passengers, units, quantity, 인원, 수량...)
and whose value is a small number (with or without its counting word) is compared with the counts
the call says with a counting word of the same kind (people, items, nights): none of them the
ticket's, and not their sum ("two adults and two kids" for "Guests: 4"): an ``identifier_mismatch``
(a ``review`` item on doubtful words). A count never said with a counting word is not judged.
"""
from __future__ import annotations

import re

from qa.model import Call, Finding, Ticket
from qa.score.text import evidence_of, turns_of
from qa.ticket import facts as F
from qa.ticket.compare import _finding
from qa.ticket.spoken import KO_NATIVE_ONES, KO_NATIVE_TENS, spoken_spans

# Counting words by kind, in English, Tagalog and Korean (counters glued to the number in Korean).
COUNTERS = {
    "people": r"pax|people|persons?|guests?|adults?|heads?|passengers?|attendees|participants|players?|students?|"
              r"riders?|diners?|campers?|pasahero|katao|tao|bisita|estudyante|명|사람",
    "items": r"units?|pcs|pieces?|piraso|items?|boxes|box|kahon|bottles?|tanks?|tangke|sets?|packs?|rolls?|bags?|"
             r"tickets?|seats?|pairs?|orders?|copies|copy|cartons?|sacks?|trays?|"
             r"개|대|송이|병|상자|세트|박스",
    "nights": r"nights?|gabi|박",
}
# A column named by what it counts ("Bags", "Tickets", "No. of Seats", "Guest count") holds a count
# of that: numbers said before that word (singular or plural) are its counts.
_FIELD = {
    "people": re.compile(r"\b(pax|guests?|persons?|people|headcount|attendees|passengers?|participants|players|"
                         r"students|riders|diners|campers|tao|katao|bisita|adults)\b|인원|명수"),
    "items": re.compile(r"\b(units|qty|quantity|pcs|pieces|piraso|count|boxes|items|bags|tickets|seats|pairs|"
                        r"orders|copies|cartons|sacks)\b|수량|개수|매수"),
    "nights": re.compile(r"\b(nights|gabi)\b|박수|숙박 ?일수"),
}
_VALUE = re.compile(r"^\s*(\d{1,3})\s*([A-Za-z가-힣]+)?\s*$")
# what may follow a Korean counter: a particle, the copula, or the end of the word
_KO_AFTER = re.compile(r"$|[\s.,?!~]|(이|가|를|을|로|으로|요|는|은|에|만|씩|짜리|입니다|이요|예요|이에요|이고|인데|정도|분)")
_KO_COUNT = re.compile(rf"(?<![가-힣])({'|'.join(KO_NATIVE_TENS)})?\s*({'|'.join(sorted(KO_NATIVE_ONES, key=len, reverse=True))})?"
                       rf"\s*(?={COUNTERS['people']}|{COUNTERS['items']}|{COUNTERS['nights']})")


def _kind_of(word: str) -> str | None:
    return next((kind for kind, pattern in COUNTERS.items() if re.fullmatch(pattern, word.lower())), None)


def _said_counts(text: str) -> list[tuple[int, str, int, int]]:
    """(count, kind, start, end) for each number said before a counting word in ``text``."""
    found = []
    for span in spoken_spans(text):
        if not span.value.isdigit() or len(span.value) > 3:
            continue
        # the counting word right after the number, or after one more word ("two window units")
        after = re.match(r"\s*(?:(?:na|ng)\s+)?([A-Za-z가-힣]+)(?:\s+([A-Za-z]+))?", text[span.end:])
        kind = after and (_kind_of(after.group(1)) or after.group(2) and _kind_of(after.group(2)))
        if kind:
            found.append((int(span.value), kind, span.start, span.end + after.end()))
    for match in _KO_COUNT.finditer(text):
        if match.group(1) or match.group(2):
            value = KO_NATIVE_TENS.get(match.group(1) or "", 0) + KO_NATIVE_ONES.get(match.group(2) or "", 0)
            counter = re.match(rf"{COUNTERS['people']}|{COUNTERS['items']}|{COUNTERS['nights']}", text[match.end():])
            if not _KO_AFTER.match(text[match.end() + counter.end():]):
                continue  # "네 개인정보", "네 대신": "yes" before another word, not a count
            found.append((value, _kind_of(counter.group()), match.start(), match.end() + counter.end()))
    return found


def _field_kind(name: str, value: str) -> tuple[int, str] | None:
    match = _VALUE.match(value)
    if not match:
        return None
    words = F.column_words(name)
    kind = next((k for k, pattern in _FIELD.items() if pattern.search(words)), None)
    if kind is None:
        return None
    written = _kind_of(match.group(2)) if match.group(2) else None
    return int(match.group(1)), written or kind


def check_counts(call: Call, ticket: Ticket) -> list[Finding]:
    said = [(turn, count) for turn in turns_of(call) for count in _said_counts(turn.text)]
    findings = []
    for name, value in ticket.fields.items():
        written = _field_kind(name, F.plain(str(value))) if name not in F.BASIC_FIELDS else None
        if written is None:
            continue
        number, kind = written
        heard = [(turn, c) for turn, c in said if c[1] == kind]
        sums = {sum(c[0] for t, c in heard if t is turn) for turn, _ in heard}
        if not heard or any(c[0] == number for _, c in heard) or number in sums:
            continue
        turn, count = max(heard, key=lambda h: F.reliable(h[0]))
        quote = turn.text[count[2]:count[3]]
        findings.append(_finding(
            "identifier_mismatch", "high",
            f"The count in the ticket's {name!r} field is {str(value).strip()!r} but the call said {quote!r}.",
            (evidence_of(turn, quote),), name, str(value),
            doubtful=not any(F.reliable(t) for t, _ in heard)))
    return findings


__all__ = ["COUNTERS", "check_counts"]
