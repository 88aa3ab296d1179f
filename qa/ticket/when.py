"""Times of day and durations, said or written: "between nine and eleven AM", "alas tres ng hapon",
"10:00 AM", "five to seven business days", "sa loob ng sampung minuto", "within 1 week".

A ticket field whose value is a time ("Callback Window: tomorrow 2-4 PM", "Branch Opens: 9:00 AM",
"ETA: 5 working days") is compared with the times said on the call (:func:`qa.ticket.fields`).
Numbers are read here from the words themselves, not from :mod:`qa.ticket.spoken`'s runs: "five to
seven days" is a range, not the digits 527.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from qa.ticket.spoken import DIGITS, TEENS, TENS

# Spanish hours after "alas" ("alas tres" = 3 o'clock), beside the digit words spoken.py knows.
_HOURS = {"una": 1, "diyes": 10, "dyes": 10, "diez": 10, "onse": 11, "once": 11, "dose": 12, "doce": 12}
# "ng" is often written "ang"/"nang" by the recogniser ("alas nueve ang umaga").
_AM = r"(a\.?\s?m\.?|in the morning|(?:a|na)?ng umaga|sa umaga|ng madaling araw)"
_PM = r"(p\.?\s?m\.?|in the afternoon|in the evening|at night|(?:a|na)?ng hapon|sa hapon|(?:a|na)?ng gabi|sa gabi|ng tanghali)"
_UNITS = {"minute": 1, "min": 1, "mins": 1, "minuto": 1, "minutos": 1, "hour": 60, "hr": 60, "hrs": 60,
          "oras": 60, "day": 1440, "araw": 1440, "week": 10080, "wk": 10080, "linggo": 10080,
          "month": 43200, "buwan": 43200}
# Two families: minutes and hours; days, weeks and months. Values compare within one family only.
SHORT, LONG = "short", "long"


@dataclass(frozen=True)
class Time:
    """A clock time (minutes after midnight; ``meridiem`` False when AM/PM was not said) or a
    duration (minutes), with where it was found in the text."""
    kind: str  # "clock" or "duration"
    minutes: int
    start: int
    end: int
    meridiem: bool = True

    @property
    def family(self) -> str:
        return "clock" if self.kind == "clock" else SHORT if self.minutes < 1440 else LONG

    def same(self, other: "Time") -> bool:
        if self.kind != other.kind:
            return False
        if self.kind == "duration" or self.meridiem and other.meridiem:
            return self.minutes == other.minutes
        return self.minutes % 720 == other.minutes % 720  # "at three" is 3 AM or 3 PM

    def label(self) -> str:
        if self.kind == "clock":
            hour, minute = divmod(self.minutes, 60)
            shown = f"{(hour - 1) % 12 + 1}:{minute:02d}"
            return shown + (" AM" if hour < 12 else " PM") if self.meridiem else shown
        for unit, size in (("week", 10080), ("day", 1440), ("hour", 60)):
            if self.minutes % size == 0:
                count = self.minutes // size
                return f"{count} {unit}{'s' if count != 1 else ''}"
        return f"{self.minutes} minutes"


def _number(word: str) -> int | None:
    word = word.lower().strip(".,;:!?'\"()")
    if re.fullmatch(r"\d{1,4}", word):
        return int(word)
    for form in (word, word[:-2] if word.endswith("ng") else "", word[:-1] if word.endswith("ng") else ""):
        if form in DIGITS and form not in ("oh", "nil", "wala", "sero", "cero", "zero"):
            return DIGITS[form]
        if form in TEENS:
            return TEENS[form]
        if form in TENS:
            return TENS[form]
        if form in _HOURS:
            return _HOURS[form]
    return {"a": 1, "an": 1, "one": 1, "isa": 1}.get(word)


_SPANISH_HOURS = {w: n for w, n in {**_HOURS, **DIGITS}.items() if len(w) >= 4 and w.isascii() and 1 <= n <= 12}


def _hour_after_alas(word: str) -> int | None:
    """The hour after "alas", forgiving one letter of a Spanish hour ("nueven" = nueve): after
    "alas" nothing but an hour is said, so a near spelling is safe there and nowhere else."""
    exact = _number(word)
    if exact is not None or len(word) < 4:
        return exact
    word = word.lower().strip(".,;:!?'\"()")
    near = [n for w, n in _SPANISH_HOURS.items() if OSA.distance(word, w) <= 1]
    return near[0] if len(set(near)) == 1 else None


_NUM = r"(\d{1,2}(?:[:.]\d\d)?|[a-zA-Z]+)"  # "9.30 a.m.": Whisper's British-style clock
_CLOCK = re.compile(
    rf"(?:\balas[\s-]+{_NUM}(?:\s+y\s+medya)?|\b{_NUM}(?:\s+o'?clock)?)"
    rf"(?:\s*(?:-|–|to|and|until|till|hanggang)\s*(?:alas[\s-]+)?{_NUM})?"
    rf"(?:\s*o'?clock)?\s*(?P<m>{_AM}|{_PM})?", re.IGNORECASE)
_DURATION = re.compile(
    rf"\b{_NUM}(?:\s*(?:-|–|to|or|hanggang|o)\s*{_NUM})?\s+(?:(?:business|working|calendar|banking)\s+)?"
    r"(?P<u>minutes?|mins?|minuto|minutos|hours?|hrs?|oras|days?|araw|weeks?|wks?|linggo|months?|buwan)\b",
    re.IGNORECASE)


def _clock(hour_text: str, meridiem: str | None, alas: bool) -> tuple[int, bool] | None:
    minute = 0
    if "." in hour_text and not meridiem:
        return None  # "9.30" with no a.m./p.m. may be an amount
    if ":" in hour_text or "." in hour_text:
        hour_text, minutes = re.split("[:.]", hour_text)
        minute = int(minutes)
    hour = _hour_after_alas(hour_text) if alas else _number(hour_text)
    if hour is None or not 1 <= hour <= 12 or (not meridiem and not alas and ":" not in hour_text and minute == 0):
        return None
    if meridiem:
        pm = re.match(_PM, meridiem, re.IGNORECASE) is not None
        return (hour % 12 + (12 if pm else 0)) * 60 + minute, True
    return (hour % 12) * 60 + minute, False


# A turn rebuilt from the recogniser's words splits "9.30 a.m." into "9 .30 a .m.": joined again here
# (same length, so offsets still point into the turn's text).
_SPLIT_MINUTES = re.compile(r"(\d) \.(\d\d)\b")
_SPLIT_MERIDIEM = re.compile(r"\b([aApP]) \.([mM])\.")


def times(text: str) -> list[Time]:
    """Every clock time and duration in ``text`` (a range gives both ends)."""
    text = _SPLIT_MERIDIEM.sub(lambda m: f"{m[1]}.{m[2]}. ", _SPLIT_MINUTES.sub(lambda m: f"{m[1]}.{m[2]} ", text))
    found: list[Time] = []
    taken: list[tuple[int, int]] = []
    for match in _DURATION.finditer(text):
        unit = match.group("u").lower().rstrip("s") if match.group("u").lower() not in ("minutos", "oras") else \
            match.group("u").lower()
        size = _UNITS.get(unit) or _UNITS.get(unit.rstrip("s"), 0)
        counts = [_number(g) for g in match.groups()[:2] if g]
        start = match.start()
        if len(counts) == 2 and counts[0] is None and counts[1] is not None:
            # the range took a word before the number: "up to two days", "ng hanggang dalawang araw"
            counts, start = counts[1:], match.start(2)
        if size and counts and all(c is not None for c in counts):
            found += [Time("duration", c * size, start, match.end()) for c in counts]
            taken.append((start, match.end()))
    for match in _CLOCK.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        alas = match.group(0).lower().startswith("alas")
        parts = [g for g in match.groups()[:3] if g]
        meridiem = match.group("m")
        clocks = [_clock(p, meridiem, alas or ":" in p) for p in parts]
        if len(clocks) == 2 and clocks[0] is None and clocks[1] is not None and meridiem:
            clocks[0] = _clock(parts[0], meridiem, True)  # "between nine and eleven AM"
        if clocks and all(c is not None for c in clocks):
            found += [Time("clock", minutes, match.start(), match.end(), sure) for minutes, sure in clocks]
    return found


_CALENDAR_DATE = re.compile(r"\b\d{4}-\d\d-\d\d\b")


def without_date(value: str) -> str:
    """An appointment's value with its calendar date blanked out ("2026-12-01 4:00 PM" ->
    "           4:00 PM"; offsets kept), so that its clock time is read and the date's digits are not."""
    return _CALENDAR_DATE.sub(lambda m: " " * len(m.group()), value)


def is_time_value(value: str) -> bool:
    """Whether a field's value is a time or duration and little else ("tomorrow 2-4 PM", "9:00 AM",
    "5 working days", an appointment "2026-12-01 4:00 PM"), not a timestamp ("2026-11-20 09:00:00",
    a system's record of when, with seconds) or a sentence."""
    value = value.strip()
    if not value or len(value) > 40 or re.search(r"\d\d:\d\d:\d\d|\dT\d", value):
        return False
    return bool(times(without_date(value)))
