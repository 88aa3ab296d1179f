"""Calendar dates and weekdays, said or written: "February seven nineteen ninety-one", "Disyembre
onse isang libo siyam na raan walumpu't dalawa", "Abril disi-sais ...", "1991-02-07", "10 Jul 1993",
"1991년 2월 7일"; "Monday", "Lunes", "월요일".

A ticket field holding a date (a date of birth, an appointment date) or a weekday ("Appointment:
Tuesday 11:00 AM") is compared with the dates and weekdays said on the call (:mod:`qa.ticket.fields`).
Numbers after a month name are read with :mod:`qa.ticket.spoken`, which runs a spoken day and year
together ("seven nineteen ninety-one" = "71991"): a run of five or six digits ending in a year is
split into the day and the year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from qa.ticket.spoken import normalise as spoken

# English, Spanish-derived Tagalog and Spanish month names (and common abbreviations).
MONTHS = {
    1: "january|jan|enero|henero", 2: "february|feb|pebrero|febrero", 3: "march|mar|marso|marzo",
    4: "april|apr|abril", 5: "may|mayo", 6: "june|jun|hunyo|junio", 7: "july|jul|hulyo|julio",
    8: "august|aug|agosto", 9: "september|sept|sep|setyembre|septiyembre|septiembre|setiembre",
    10: "october|oct|oktubre|octubre", 11: "november|nov|nobyembre|noviembre",
    12: "december|dec|disyembre|diciembre",
}
_MONTH_OF = {name: number for number, names in MONTHS.items() for name in names.split("|")}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTH_OF, key=len, reverse=True)) + r")\.?"
# Spanish teens Tagalog speakers use for days ("disi-sais" = 16), which spoken.py splits at the hyphen.
_SPANISH_TEENS = {"sais": 16, "siyete": 17, "syete": 17, "otso": 18, "nuwebe": 19, "nueve": 19}
_DISI = re.compile(r"\bdisi-?(" + "|".join(_SPANISH_TEENS) + r")\b", re.IGNORECASE)
# "Linggo" is also "week", and "may" a Tagalog word ("may problema"): neither is read alone.
WEEKDAYS = {
    0: "monday|lunes|월요일", 1: "tuesday|martes|화요일", 2: "wednesday|miyerkules|miyerkoles|수요일",
    3: "thursday|huwebes|목요일", 4: "friday|biyernes|금요일", 5: "saturday|sabado|토요일",
    6: "sunday|일요일",
}
_WEEKDAY = re.compile(r"(?<![가-힣\w])(" + "|".join(WEEKDAYS.values()) + r")(?![\w])", re.IGNORECASE)
_DAY_OF = {name: number for number, names in WEEKDAYS.items() for name in names.split("|")}
_TENS_T = re.compile(r"\b(\w+pu)t\b", re.IGNORECASE)  # "walumput isa": walumpu't without its apostrophe
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b")
_KOREAN = re.compile(r"(?P<y>(?:19|20)\d\d)\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일")
_KOREAN_MD = re.compile(r"(?<![\d년])(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일")  # "12월 18일": no year
# A month and day said in Sino-Korean numbers ("십이월 십팔일", "일월 사일부터"), read before spoken.py
# (which would take "십팔일" for a number).
_KO_SINO = "일이삼사오육칠팔구"
_KO_SPOKEN_MD = re.compile(rf"(?<![가-힣])([{_KO_SINO}십]{{1,3}})월\s*([{_KO_SINO}십]{{1,3}})일")


def _sino(word: str) -> int | None:
    """A Sino-Korean number up to 99 ("십팔" = 18, "삼십일" = 31, "사" = 4)."""
    tens, _, ones = word.rpartition("십")
    if "십" in tens or (not word.count("십") and len(word) > 1):
        return None
    value = ((_KO_SINO.index(tens) + 1 if tens else 1) * 10 if "십" in word else 0)
    return value + (_KO_SINO.index(ones) + 1 if ones else 0) if all(c in _KO_SINO for c in tens + ones) else None


def _korean_digits(match: re.Match) -> str:
    month, day = _sino(match.group(1)), _sino(match.group(2))
    if not (month and day and 1 <= month <= 12 and 1 <= day <= 31):
        return match.group(0)
    return f"{month}월 {day}일".ljust(len(match.group(0)))  # no longer than the words: offsets stay close
_DAY_FIRST = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+|ng\s+)?{_MONTH}(?![a-z])"
                        r"(?:,?\s+(?P<y>(?:19|20)\d\d))?", re.IGNORECASE)
_MONTH_FIRST = re.compile(rf"\b{_MONTH}(?![a-z])\s*(?P<rest>[\d ,]{{1,14}})", re.IGNORECASE)


@dataclass(frozen=True)
class Date:
    """A calendar date; ``year`` or ``day`` None when not said. Offsets are in the text read."""
    month: int
    day: int | None
    year: int | None
    start: int = 0
    end: int = 0

    def same(self, other: "Date") -> bool:
        return self.month == other.month and self.day == other.day and (
            self.year is None or other.year is None or self.year == other.year)

    def label(self) -> str:
        names = MONTHS[self.month].split("|")[0].capitalize()
        return " ".join(str(p) for p in (self.day, names, self.year) if p is not None)


def _iso(match: re.Match, found: list[Date]) -> str:
    month, day = int(match.group("m")), int(match.group("d"))
    if 1 <= month <= 12 and 1 <= day <= 31:
        found.append(Date(month, day, int(match.group("y")), *match.span()))
        return " " * len(match.group(0))  # same length: later offsets stay right
    return match.group(0)


def _day_and_year(digits: str) -> tuple[int | None, int | None]:
    """"7 1991", "71991", "7, 1991", "10" -> (day, year)."""
    parts = re.findall(r"\d+", digits)
    if len(parts) == 1 and len(parts[0]) in (5, 6) and parts[0][-4:-2] in ("19", "20"):
        parts = [parts[0][:-4], parts[0][-4:]]
    day = int(parts[0]) if parts and len(parts[0]) <= 2 else None
    year = next((int(p) for p in parts[1:2] if len(p) == 4 and p[:2] in ("19", "20")), None)
    if day is None and parts and len(parts[0]) == 4 and parts[0][:2] in ("19", "20"):
        year = int(parts[0])  # "June 1998": a month and a year
    return (day if day and 1 <= day <= 31 else None), year


# A day said as an English ordinal after its month ("December tenth", "January twenty-first").
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30}
_ORDINAL_DAY = re.compile(r"\b(?P<month>" + "|".join(name for name in _MONTH_OF if len(name) > 3) +
                          r")\s+(?:the\s+)?(?:(?P<tens>twenty|thirty)[\s-])?(?P<day>" + "|".join(_ORDINALS) + r")\b",
                          re.IGNORECASE)


def _ordinal_day(match: re.Match) -> str:
    day = _ORDINALS[match.group("day").lower()] + {"twenty": 20, "thirty": 30}.get((match.group("tens") or "").lower(), 0)
    return f"{match.group('month')} {day}" if day <= 31 else match.group(0)


def dates(text: str) -> list[Date]:
    """Every date in ``text`` with at least a month and a day (said or written). Offsets are in
    the spoken-normalised text, so a caller quoting them should quote the date's label."""
    found: list[Date] = []
    taken: list[tuple[int, int]] = []
    ordinal = {(_MONTH_OF[m.group(1).lower()], int(m.group(2))) for m in _ORDINAL_MAY.finditer(text)}
    # Written ISO dates first (the spoken reading would run their digits together), then the rest.
    text = _ISO.sub(lambda m: _iso(m, found), text)
    text = _DISI.sub(lambda m: str(_SPANISH_TEENS[m.group(1).lower()]), text)
    text = _ORDINAL_DAY.sub(_ordinal_day, text)
    text = spoken(_TENS_T.sub(r"\1't", _KO_SPOKEN_MD.sub(_korean_digits, text)))
    for pattern in (_KOREAN, _KOREAN_MD):
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            if 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31:
                year = int(m.group("y")) if "y" in pattern.groupindex else None
                found.append(Date(int(m.group("m")), int(m.group("d")), year, *m.span()))
                taken.append(m.span())
    for m in _DAY_FIRST.finditer(text):
        if not any(s <= m.start() < e for s, e in taken) and 1 <= int(m.group("d")) <= 31:
            year = int(m.group("y")) if m.group("y") else None
            found.append(Date(_MONTH_OF[m.group("month").lower()], int(m.group("d")), year, *m.span()))
            taken.append(m.span())
    for m in _MONTH_FIRST.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        day, year = _day_and_year(m.group("rest"))
        if day is not None:
            found.append(Date(_MONTH_OF[m.group("month").lower()], day, year, m.start(), m.end("rest")))
    # "may" and "mar" are everyday words in Tagalog and English: only with a year after them, or
    # capitalised before an English ordinal day ("Saturday, May 22nd")
    return [d for d in found if d.year is not None or not re.match(r"(may|mar)\b", text[d.start:d.end], re.I)
            or (d.month, d.day) in ordinal]


# A month and day written as two numerals joined by a slash, with no year ("Thu 12/10", "Sat 12/5 10 AM",
# "Deliver 1/8"): read in a ticket's date field only, month first (as spoken._month_day reads them).
_SLASHED = re.compile(r"(?<![\d/.:])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/.:])")


def slashed(value: str) -> list[Date]:
    """The month-and-day dates a ticket's value writes as "12/10" (month, day; no year)."""
    return [Date(int(m.group("m")), int(m.group("d")), None, *m.span()) for m in _SLASHED.finditer(value)
            if 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31]


# A day of the month said without its month: "십구일 토요일", "19일", "on the nineteenth", "the 19th".
_KO_DAY = re.compile(rf"(?<![가-힣])([{_KO_SINO}십]{{1,3}}|\d{{1,2}})일(?!요일)")
_EN_DAY = re.compile(r"\b(?:(twenty|thirty)[\s-])?(" + "|".join(_ORDINALS) + r")\b|\b(\d{1,2})(?:st|nd|rd|th)\b",
                     re.IGNORECASE)


def days_said(text: str) -> set[int]:
    """The days of a month ``text`` says, with or without their month ("그럼 십구일 토요일", "the 19th")."""
    found = set()
    for m in _KO_DAY.finditer(text):
        day = int(m.group(1)) if m.group(1).isdigit() else _sino(m.group(1))
        found |= {day} if day else set()
    for m in _EN_DAY.finditer(text):
        if m.group(3):
            found.add(int(m.group(3)))
        else:
            found.add(_ORDINALS[m.group(2).lower()] + {"twenty": 20, "thirty": 30}.get((m.group(1) or "").lower(), 0))
    return {d for d in found if 1 <= d <= 31}


_ORDINAL_MAY = re.compile(r"\b(May|Mar)\.?\s+(\d{1,2})(?:st|nd|rd|th)\b")


# "Linggo" is Sunday where a date or a clock time follows it ("Linggo po, December thirteen", "Linggo
# alas nuwebe"); alone it may be a week ("sa susunod na linggo").
_LINGGO = re.compile(r"(?<![\w])(?<!na )(?<!ng )linggo(?=,?\s+(?:(?:po|ho|ng)\s*,?\s+)?(?:" + "|".join(_MONTH_OF) +
                     r"|alas|\d)(?![a-z]))", re.IGNORECASE)


def weekdays(text: str, written: bool = False) -> list[tuple[int, int, int]]:
    """(weekday 0-6, start, end) of each day of the week named in ``text``; ``written`` (a ticket's
    value): its abbreviations too ("Fri 2026-12-11", "Sat 9:00 AM"; capitalised, so "sat" is a verb)."""
    found = [(_DAY_OF[m.group(1).lower()], m.start(), m.end()) for m in _WEEKDAY.finditer(text)]
    found = sorted(found + [(6, m.start(), m.end()) for m in _LINGGO.finditer(text)], key=lambda day: day[1])
    if written and not found:
        found = [(_SHORT_DAY[m.group(1)[:3]], m.start(), m.end()) for m in _WEEKDAY_SHORT.finditer(text)]
    if written and not found:  # "12월 6일(토)": a Korean day in brackets after the date
        found = [(_KO_SHORT_DAY.index(m.group(1)), m.start(), m.end()) for m in _KO_WEEKDAY_SHORT.finditer(text)]
    return found


_SHORT_DAY = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
_KO_SHORT_DAY = "월화수목금토일"
_KO_WEEKDAY_SHORT = re.compile(r"\(([월화수목금토일])\)")
_WEEKDAY_SHORT = re.compile(r"\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?")


def weekday_name(day: int) -> str:
    return WEEKDAYS[day].split("|")[0].capitalize()
