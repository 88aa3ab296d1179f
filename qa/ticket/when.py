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

from qa.ticket.dates import _sino
from qa.ticket.spoken import DIGITS, TEENS, TENS, ko_native

# Spanish hours after "alas" ("alas tres" = 3 o'clock), beside the digit words spoken.py knows.
_HOURS = {"una": 1, "diyes": 10, "dyes": 10, "diez": 10, "onse": 11, "once": 11, "dose": 12, "doce": 12}
# "ng" is often written "ang"/"nang" by the recogniser ("alas nueve ang umaga").
_AM = r"(a\.?\s?m\b\.?|in the morning|(?:a|na)?ng umaga|sa umaga|ng madaling araw)"
_PM = r"(p\.?\s?m\b\.?|in the afternoon|in the evening|at night|(?:a|na)?ng hapon|sa hapon|(?:a|na)?ng gabi|sa gabi|ng tanghali)"
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
    rf"(?:\b(?:alas|ala(?=[\s-]+una\b))[\s-]+{_NUM}(?:\s+y\s+medya)?|\b{_NUM}(?:\s+o'?clock)?)"
    rf"(?:\s*(?:-|–|to|and|until|till|hanggang)\s*(?:alas[\s-]+)?{_NUM})?"
    rf"(?:\s*o'?clock)?\s*(?P<m>{_AM}|{_PM})?", re.IGNORECASE)
_DURATION = re.compile(
    rf"\b{_NUM}(?:\s*(?:-|–|to|or|hanggang|o)\s*{_NUM})?\s+(?:na\s+)?(?:(?:business|working|calendar|banking)\s+)?"
    r"(?P<u>minutes?|mins?|minuto|minutos|hours?|hrs?|oras|days?|araw|weeks?|wks?|linggo|months?|buwan)\b",
    re.IGNORECASE)


def _clock(hour_text: str, meridiem: str | None, alas: bool) -> tuple[int, bool] | None:
    minute = 0
    if "." in hour_text and not meridiem:
        return None  # "9.30" with no a.m./p.m. may be an amount
    colon = ":" in hour_text
    if ":" in hour_text or "." in hour_text:
        hour_text, minutes = re.split("[:.]", hour_text)
        minute = int(minutes)
    hour = _hour_after_alas(hour_text) if alas else _number(hour_text)
    if hour is not None and colon and 13 <= hour <= 23 and not meridiem:
        return hour * 60 + minute, True  # a 24-hour clock ("17:00", as Korean desks write it)
    if hour is None or not 1 <= hour <= 12 or (not meridiem and not alas and ":" not in hour_text and minute == 0):
        return None
    if meridiem:
        pm = re.match(_PM, meridiem, re.IGNORECASE) is not None
        return (hour % 12 + (12 if pm else 0)) * 60 + minute, True
    return (hour % 12) * 60 + minute, False


# A turn rebuilt from the recogniser's words splits "9.30 a.m." into "9 .30 a .m.": joined again here
# (same length, so offsets still point into the turn's text).
_SPLIT_MINUTES = re.compile(r"(\d) \.(\d\d)(?!\d)")  # "2 .15pm" too
_SPLIT_MERIDIEM = re.compile(r"\b([aApP]) \.([mM])\.")


# "an hour and a half", "one and a half days", "half an hour", "isang oras at kalahati", "kalahating
# oras": read before _DURATION, which would take "an hour" alone.
_HALF = re.compile(
    rf"\b(?:{_NUM}\s+(?P<u1>hours?|days?|oras|araw)\s+(?:and a|at)\s+(?:half|kalahati)|"
    rf"{_NUM}\s+and a half\s+(?P<u2>hours?|days?)|half (?:an?|a) (?P<u3>hour|day)|kalahating (?P<u4>oras|araw))\b",
    re.IGNORECASE)
# Korean: hours in native numbers ("오후 세 시 반", "오전 열한 시") or digits ("오후 4시", "오후 4:30"),
# minutes in Sino-Korean ("삼십 분"); durations ("한 시간 반", "삼십 분", "사흘", "일주일", "3일").
_KO_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "일주일": 7, "보름": 15}
_KO_NUM = r"(\d{1,3}|열한|열두|스무|다섯|여섯|일곱|여덟|아홉|한|두|세|네|열|[일이삼사오육칠팔구십]{1,3})"
_KO_AM = r"오전|아침|새벽"
# (an hour's number begins a word, or follows the meridiem: the 이시 of "예약이시네요", "고객님이시죠" is
# the honorific ending, not two o'clock)
_KO_CLOCK = re.compile(
    rf"(?:(?P<m>{_KO_AM}|오후|저녁|밤)\s*|(?<![가-힣]))(?:(?P<h>{_KO_NUM})\s*시(?!간|작|스템|설|청)(?:\s*(?P<half>반)|"
    rf"\s*(?P<min>{_KO_NUM})\s*분)?|(?P<hm>\d{{1,2}}:\d\d))")
_KO_DURATION = re.compile(
    rf"(?<![가-힣])(?:(?P<w>{'|'.join(_KO_DAYS)})|(?P<n>{_KO_NUM})\s*(?P<u>시간|분|일|주일?|개월|달)(?P<half>\s*반)?)"
    r"(?!\s*(?:에|째|부터|까지|자|날)(?![가-힣]))")

# Digits read out one by one before a number ("칠이 삼삼 팔일"): the number is part of them.
_READ_OUT = re.compile(r"(?:^|\s)[공영일이삼사오육칠팔구]{2,}\s+$")


def _ko_number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return ko_native(word) or _sino(word)


# Which numbers a unit takes: native with 시간 and 달 ("한 시간", "두 달"), Sino with 분, 일 and 개월
# ("삼십 분", "삼 일"); a lone 이/일 before 일, 분 or 주 is "this" or "one" in other words ("이 일", "이분").
_KO_UNIT = {"시간": (60, "native"), "분": (1, "sino"), "일": (1440, "sino"), "주": (10080, "any"),
            "주일": (10080, "any"), "개월": (43200, "sino"), "달": (43200, "native")}


def _ko_count(number: str, unit: str) -> int | None:
    size, kind = _KO_UNIT[unit]
    if number.isdigit():
        return int(number)
    native = ko_native(number)
    if native is not None:
        return native if kind in ("native", "any") else None
    if kind == "native" and len(number) == 1 or number in ("이", "일") or unit == "분" and len(number) == 1:
        return None
    return _sino(number)


def _korean(text: str) -> tuple[list[Time], list[tuple[int, int]]]:
    """Korean clock times and durations in ``text``, and the spans they took."""
    found, taken, meridiem, last_end = [], [], None, -9
    for match in _KO_CLOCK.finditer(text):
        if not (match.group("h") or match.group("hm")):
            continue
        said = match.group("m")
        if not said and meridiem and re.fullmatch(r"\s*(~|-|–|에서|부터)\s*", text[last_end:match.start()]):
            said = meridiem  # "오후 1시~3시", "오전 열한 시에서 ... ": the range's first meridiem
        if match.group("hm"):
            if not said:
                continue  # "4:30" alone: left to the English reading
            hour, minute = map(int, match.group("hm").split(":"))
        else:
            hour = _ko_number(match.group("h"))
            minute = 30 if match.group("half") else _ko_number(match.group("min")) if match.group("min") else 0
        if hour is None or minute is None or not 0 <= hour <= 24 or minute >= 60:
            continue
        pm = said is not None and not re.fullmatch(_KO_AM, said)
        minutes = ((hour % 12) + (12 if pm or hour > 12 else 0)) * 60 + minute
        found.append(Time("clock", minutes % 1440, match.start(), match.end(), said is not None or hour > 12))
        taken.append((match.start(), match.end()))
        meridiem, last_end = said, match.end()
    for match in _KO_DURATION.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        if match.group("w"):
            count, size = _KO_DAYS[match.group("w")], 1440
        else:
            unit = match.group("u")
            if unit == "일" and re.search(r"월\s*$", text[:match.start()]):
                continue  # "12월 3일", "십이월 십팔일": a date
            if _READ_OUT.search(text[:match.start()]):
                continue  # "이 브이 칠이 삼삼 팔일이요": the last digits of a number read out, not 8 days
            count, size = _ko_count(match.group("n"), unit), _KO_UNIT[unit][0]
        if not count:
            continue
        minutes = count * size + (30 if match.group("half") and size == 60 else 0)
        found.append(Time("duration", minutes, match.start(), match.end()))
        taken.append((match.start(), match.end()))
    return found, taken


def _halves(text: str) -> tuple[list[Time], list[tuple[int, int]]]:
    found, taken = [], []
    for match in _HALF.finditer(text):
        unit = next(u for u in match.group("u1", "u2", "u3", "u4") if u).lower()
        size = 60 if unit.startswith(("hour", "oras")) else 1440
        word = match.group(1) or match.group(3)
        count = _number(word) if word else 0
        if count is None:
            continue
        found.append(Time("duration", count * size + size // 2, match.start(), match.end()))
        taken.append((match.start(), match.end()))
    return found, taken


# A compound number ("forty eight hours", "bente kwatro oras", "dalawampu't apat na oras") written as
# digits before reading, padded to its length so that offsets still point into the text.
_UNITS_WORDS = "|".join(w for w, n in DIGITS.items() if 1 <= n <= 9 and w.isascii())
_COMPOUND = re.compile(rf"\b({'|'.join(TENS)})(?:'?t|[\s-]+y)?[\s-]+({_UNITS_WORDS})(?:ng)?\b", re.IGNORECASE)


def _compounds(text: str) -> str:
    def digits(match: re.Match) -> str:
        tens, unit = TENS.get(match[1].lower()), DIGITS.get(match[2].lower())
        if tens is None or unit is None or tens < 20:
            return match[0]
        return str(tens + unit).ljust(len(match[0]))
    return _COMPOUND.sub(digits, text)


# Clock times said with their minutes, written as digits before reading (padded to their length):
# "two thirty in the afternoon", "at three fifteen", "ten thirty a.m.", "half past two", "quarter to
# five", "alas diyes y medya" (10:30), "noon" (12 PM).
_HOUR_WORD = r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MINUTE_WORDS = {"fifteen": 15, "thirty": 30, "forty five": 45, "forty-five": 45, "twenty": 20, "ten": 10,
                 "forty": 40, "fifty": 50, "twenty five": 25, "twenty-five": 25, "oh five": 5, "o five": 5,
                 "medya": 30, "kinse": 15}
_MINUTE = "(" + "|".join(sorted(_MINUTE_WORDS, key=len, reverse=True)) + ")"
_SAID_CLOCK = re.compile(
    rf"\b(?:(?P<at>at|by|around|alas) )?(?P<h>{_HOUR_WORD}|\w+)(?: y)? (?P<mi>{_MINUTE})\b(?=\s*(?P<m>{_AM}|{_PM})?)|"
    rf"\b(?P<part>half|quarter) (?P<rel>past|to) (?P<h2>{_HOUR_WORD})\b|(?<!after)\b(?P<noon>noon|midday)\b",
    re.IGNORECASE)


def _said_clocks(text: str) -> str:
    def digits(match: re.Match) -> str:
        if match["noon"]:
            return "12PM".ljust(len(match[0]))
        if match["part"]:
            hour = _number(match["h2"])
            minute = 30 if match["part"].lower() == "half" else 15
            if match["rel"].lower() == "to":
                hour, minute = (hour - 2) % 12 + 1, 60 - minute
            return f"{hour}:{minute:02d}".ljust(len(match[0]))
        alas = (match["at"] or "").lower() == "alas"
        hour = _hour_after_alas(match["h"]) if alas else _number(match["h"])
        minute = _MINUTE_WORDS[match["mi"].lower()]
        if hour is None or not 1 <= hour <= 12 or not (match["at"] or match["m"]) or \
                match["mi"].lower() in ("medya", "kinse") and not alas:
            return match[0]  # "two thirty" alone may be an amount or two numbers
        return f"{'alas ' if alas else ''}{hour}:{minute:02d}".ljust(len(match[0]))
    return _SAID_CLOCK.sub(digits, text)


def times(text: str) -> list[Time]:
    """Every clock time and duration in ``text`` (a range gives both ends)."""
    text = _said_clocks(_compounds(re.sub(r"\b(ala)-(una)\b", r"\1 \2", text, flags=re.IGNORECASE)))
    text = _SPLIT_MERIDIEM.sub(lambda m: f"{m[1]}.{m[2]}. ", _SPLIT_MINUTES.sub(lambda m: f"{m[1]}.{m[2]} ", text))
    found, taken = _korean(text) if re.search("[가-힣]", text) else ([], [])
    halves, spans = _halves(text)
    found, taken = found + halves, taken + spans
    for match in _DURATION.finditer(text):
        if any(s <= match.start() < e or match.start() <= s < match.end() for s, e in taken):
            continue
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
        if any(s <= match.start() < e or match.start() <= s < match.end() for s, e in taken):
            continue
        alas = match.group(0).lower().startswith("ala")  # "ala-una" is "alas una" (one o'clock)
        parts = [g for g in match.groups()[:3] if g]
        meridiem = match.group("m")
        clocks = [_clock(p, meridiem, alas or ":" in p) for p in parts]
        if len(clocks) == 2 and clocks[0] is None and clocks[1] is not None and meridiem:
            clocks[0] = _clock(parts[0], meridiem, True)  # "between nine and eleven AM"
        if len(clocks) == 2 and all(clocks) and clocks[1][0] // 60 == 12 and clocks[0][0] // 60 > 12:
            clocks[0] = (clocks[0][0] - 720, True)  # "between eight and noon": the morning
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
