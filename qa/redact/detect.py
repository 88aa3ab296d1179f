"""Finding personal data in a transcript's text: phone and card numbers, e-mail addresses, national
ids, account/employee/customer numbers given when asked, and dates of birth — written in digits or
spoken ("four four seven one nine", "이 공 일 칠 삼", "siyam siyam", "uno dos tres").

Spoken numbers are read by :mod:`qa.ticket.spoken` (the same parser the ticket comparison uses).
Each number is then judged in three ways, in this order:

1. a checksum or a fixed written form that only personal ids have: a Luhn-valid card number, a
   Korean resident registration number (python-stdnum), a US SSN written ``123-45-6789``, a PH SSS
   ``12-3456789-0`` or TIN ``123-456-789(-000)``;
2. the nearest keyword before it (qa/data/pii.yaml): after "employee ID" or "사번" it is an
   [ACCOUNT], after "social security" an [ID], after "date of birth" a [DOB]; after "ticket number",
   "error code" or "asset tag" it is a look-alike and stays;
3. a phone number valid for the Philippines, Korea or the US (``phonenumbers``).

A keyword answers one question: once a number has taken it, the next number needs its own.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from qa.ticket.spoken import number_like, spoken_spans

KINDS = ("PHONE", "CARD", "EMAIL", "ID", "ACCOUNT", "DOB")
WINDOW = 100  # characters: how far back a keyword still tells what a number is
REGIONS = {"ko": ("KR", "US", "PH"), "tl": ("PH", "US", "KR"), "en": ("US", "PH", "KR")}


@dataclass(frozen=True, order=True)
class Pii:
    """A piece of personal data in a text: where it is, what kind, its text and its value."""
    start: int
    end: int
    kind: str  # one of KINDS
    text: str
    value: str = ""  # digits (with a leading + for phones said with a country code), or the address

    @property
    def placeholder(self) -> str:
        return f"[{self.kind}]"


@dataclass(frozen=True)
class _Keyword:
    end: int  # where the keyword ends in the text
    kind: str  # account, id, phone, dob, other


@functools.lru_cache(maxsize=1)
def _keyword_pattern() -> tuple[re.Pattern, dict[str, str]]:
    from qa.fileio import load_yaml_text

    data = load_yaml_text(resources.files("qa").joinpath("data/pii.yaml").read_text(encoding="utf-8"),
                          "qa/data/pii.yaml")
    kind_of = {phrase.lower(): kind for kind, phrases in data.items() for phrase in phrases}
    pieces = []
    for phrase in sorted(kind_of, key=len, reverse=True):  # longest first: "employee id" before "id"
        body = r"\s+".join(re.escape(w) for w in phrase.split())
        pieces.append(body if not phrase.isascii() else rf"(?<![a-z0-9]){body}(?![a-z0-9])")
    return re.compile("|".join(pieces)), kind_of


def _lower(text: str) -> str:
    """Lower case with the same length (a few characters grow when lowered; they stay as they are)."""
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _keywords(lowered: str) -> list[_Keyword]:
    pattern, kind_of = _keyword_pattern()
    return [_Keyword(m.end(), kind_of[" ".join(m.group().split())]) for m in pattern.finditer(lowered)]


# ------------------------------------------------------------------ e-mail

_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_SPOKEN_EMAIL = re.compile(
    r"(?<![\w.])[a-z0-9]+(?:[._][a-z0-9]+)*(?:\s+(?:dot|underscore|dash)\s+[a-z0-9]+)*"
    r"\s+at\s+[a-z0-9-]+(?:\s+dot\s+[a-z]{2,6})+\b", re.IGNORECASE)


def _emails(text: str) -> list[Pii]:
    found = [Pii(m.start(), m.end(), "EMAIL", m.group(), m.group().lower()) for m in _EMAIL.finditer(text)]
    found += [Pii(m.start(), m.end(), "EMAIL", m.group(), m.group().lower())
              for m in _SPOKEN_EMAIL.finditer(text)]
    return found


# ------------------------------------------------------------------ dates

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
    # Tagalog and Spanish
    "enero", "pebrero", "febrero", "marso", "marzo", "abril", "mayo", "hunyo", "junio", "hulyo", "julio",
    "agosto", "setyembre", "septiyembre", "septiembre", "oktubre", "octubre", "nobyembre", "noviembre",
    "disyembre", "diciembre",
}
ORDINALS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth",
    # Spanish-derived day numbers in Tagalog speech ("a-kinse", "disisiyete")
    "disisais", "disisiyete", "disiotso", "disinuwebe", "beynte", "bente", "trenta", "singko", "kinse",
    "dose", "onse", "trese", "katorse", "uno", "dos", "tres", "kwatro", "sais", "siyete", "otso", "nuwebe",
}
_ORDINAL_DIGITS = re.compile(r"\d{1,2}(st|nd|rd|th)")
_KO_DATE = re.compile(r"[0-9영공일이삼사오육칠팔구십백천]+(년|월|일)")
_NUMERIC_DATE = re.compile(r"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](\d{4}|\d{2}))$")
_GLUE = {"of", "the", "ng", "de", "ika"}
# A date needs a month name, a Korean 년/월 or digits joined by / - . : texts without one skip the search.
_DATE_HINT = re.compile(r"\d[-/.]\d|[년월]|(?<![a-z])(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![a-z])",
                        re.IGNORECASE)
_TOKEN = re.compile(r"\S+")
_EDGE = "\"'“”‘’()[]{}<>,;:!?."


def _date_token(word: str) -> tuple[str, int] | None:
    """('month'|'korean'|'numeric'|'number'|'glue', length of the date part) or None."""
    low = word.lower()
    for prefix in ("a-", "ika-"):
        if low.startswith(prefix) and len(low) > len(prefix):
            inner = _date_token(word[len(prefix):])
            return (inner[0], inner[1] + len(prefix)) if inner else None
    if low in MONTHS:
        return "month", len(word)
    korean = _KO_DATE.match(word)
    if korean:
        return "korean", korean.end()
    if _NUMERIC_DATE.match(word):
        return "numeric", len(word)
    if low in ORDINALS or _ORDINAL_DIGITS.fullmatch(low) or number_like(word):
        return "number", len(word)
    if low in _GLUE:
        return "glue", len(word)
    return None


def _date_runs(text: str) -> list[tuple[int, int]]:
    """Runs of date words that hold a month, a Korean 년/월/일 or a written date (d/m/y, ISO)."""
    runs, run, kinds = [], [], set()

    def close():
        while run and run[-1][2] == "glue":
            run.pop()
        while run and run[0][2] == "glue" and run[0][3] != "the":
            run.pop(0)
        if run and kinds & {"month", "korean", "numeric"} and len(run) > (1 if kinds != {"numeric"} else 0):
            runs.append((run[0][0], run[-1][1]))
        run.clear()
        kinds.clear()

    for match in _TOKEN.finditer(text):
        raw = match.group()
        word = raw.strip(_EDGE)
        found = _date_token(word) if word else None
        if found is None:
            close()
            continue
        start = match.start() + (len(raw) - len(raw.lstrip(_EDGE)))
        run.append((start, start + found[1], found[0], word.lower()))
        kinds.add(found[0])
        if found[1] < len(word) and found[0] == "korean" and not re.fullmatch(r"[년월일]", word[found[1]:][:1]):
            close()  # "십칠일입니다": the date ends inside this word
        elif raw.rstrip("\"'”’)").endswith((".", "?", "!", ";")):
            close()
    close()
    return runs


# ------------------------------------------------------------------ numbers

_FILLERS = re.compile(r"(?<!\S)(uh|um|uhm|er|erm|ah|eh|ahm|ano)(?!\S)", re.IGNORECASE)
_KO_DASH = re.compile(r"(?<=[영공일이삼사오육칠팔구\d]) 다시 (?=[영공일이삼사오육칠팔구\d])")
_HANGUL_AFTER_DIGIT = re.compile(r"(?<=\d)[가-힣]+")
_PLUS = re.compile(r"(\+\s?(\d{1,3}[\s-])?|\bplus\s+)$", re.IGNORECASE)  # "+63 ", "+", "plus "


_DIGIT_DASH = re.compile(r"(?<=\d)-(?=\d)")
# A copula is written onto the word before it ("팔이요"); a spaced "이요" after spaced digits is the
# digit 2 and a particle ("칠 팔 이요" = 782).
_KO_TWO = re.compile(r"(?<=[영공일이삼사오육칠팔구] 이)(요|에요|고요|고|입니다|예요)(?![가-힣])")


def _masked(text: str) -> str:
    """The text as the number parser should read it, same length so that offsets stay: hesitations,
    a Korean spoken dash, particles after digits and dashes between digit groups blanked ("seven uh
    three" is one number, "5432예요" too), keywords made plain words ("사번" is not "4번")."""
    blank = lambda m: " " * len(m.group())  # noqa: E731
    for pattern in (_FILLERS, _KO_DASH, _HANGUL_AFTER_DIGIT, _DIGIT_DASH, _KO_TWO):
        text = pattern.sub(blank, text)
    pattern, _ = _keyword_pattern()
    for match in pattern.finditer(_lower(text)):
        text = text[:match.start()] + re.sub(r"\S", "_", match.group()) + text[match.end():]
    return text


def _luhn(digits: str) -> bool:
    from stdnum import luhn

    return 13 <= len(digits) <= 19 and len(set(digits)) > 1 and luhn.is_valid(digits)


def _national_id(digits: str, text: str) -> bool:
    from stdnum.kr import rrn
    from stdnum.us import ssn

    if len(digits) == 13 and rrn.is_valid(digits):
        return True
    if re.fullmatch(r"\d{3}-\d{2}-\d{4}", text) and ssn.is_valid(digits):
        return True
    return bool(re.fullmatch(r"\d{2}-\d{7}-\d|\d{3}-\d{3}-\d{3}(-\d{3,5})?", text))  # PH SSS, TIN


def _phone(digits: str, language: str | None) -> bool:
    import phonenumbers

    if not 7 <= len(digits.lstrip("+")) <= 15:
        return False
    for region in REGIONS.get((language or "")[:2], ("PH", "KR", "US")):
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False


def _kind(digits: str, span_text: str, context: str | None, language: str | None) -> str | None:
    """What a number is, from its own form first and then from the keyword before it."""
    if _NUMERIC_DATE.match(span_text.strip()) or re.search(r"\d[.]\d", span_text) and not \
            re.fullmatch(r"\+?\d{3}\.\d{3}\.\d{4}", span_text):
        return "DOB" if context == "dob" else None  # a date or a decimal/IP/version: only as a birth date
    plain = digits.lstrip("+")
    if plain.isdigit() and _luhn(plain):
        return "CARD"
    if plain.isdigit() and _national_id(plain, span_text.strip()) and context != "other":
        return "ID"
    count = sum(ch.isdigit() for ch in plain)
    if context == "other":
        return None
    if context == "dob":
        return "DOB"
    if context == "id" and count >= 4:
        return "ID"
    if context == "account" and count >= 4:
        return "ACCOUNT"
    if plain.isdigit() and _phone(digits, language):
        return "PHONE"
    if context == "phone" and plain.isdigit() and count >= 7:
        return "PHONE"
    return None


def _number_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of every written or spoken number; a "+"/"plus" before it is kept."""
    runs = []
    for span in spoken_spans(_masked(text)):
        start, value = span.start, span.value
        plus = _PLUS.search(text[max(0, start - 8):start])
        if plus and value.isdigit():
            start -= len(plus.group())
            value = "+" + re.sub(r"\D", "", plus.group()) + value
        runs.append((start, span.end, re.sub(r"[^0-9A-Za-z+]", "", value)))
    return runs


# ------------------------------------------------------------------ all together


def find_pii(text: str, language: str | None = None) -> list[Pii]:
    """Every piece of personal data in ``text``, in order, without overlaps."""
    if not text or not text.strip():
        return []
    return list(_find(text, language))


@functools.lru_cache(maxsize=8192)  # reports quote the same turns and reasons many times
def _find(text: str, language: str | None) -> tuple[Pii, ...]:
    found = _emails(text)
    keywords = _keywords(_lower(text))
    used: set[int] = set()  # keywords already answered

    def context(start: int) -> tuple[str | None, int | None]:
        before = [k for k in keywords if k.end <= start and start - k.end <= WINDOW]
        if not before:
            return None, None
        nearest = max(before, key=lambda k: k.end)
        index = keywords.index(nearest)
        return (None, None) if index in used else (nearest.kind, index)

    candidates = [(s, e, None, "date") for s, e in _date_runs(text)] if _DATE_HINT.search(text) else []
    candidates += [(s, e, v, "number") for s, e, v in _number_runs(text)]
    candidates.sort(key=lambda c: (c[0], c[3] != "date"))
    for start, end, value, what in candidates:
        if any(p.start < end and start < p.end for p in found):
            continue
        kind_of_context, index = context(start)
        if what == "date":
            kind = "DOB" if kind_of_context == "dob" else None
        else:
            kind = _kind(value, text[start:end], kind_of_context, language)
        if kind is None:
            continue
        if index is not None and kind_of_context != "other":
            used.add(index)
        found.append(Pii(start, end, kind, text[start:end], value or re.sub(r"\W", "", text[start:end])))
    return tuple(sorted(found))


def redact_text(text: str, language: str | None = None, spans: list[Pii] | None = None) -> str:
    """``text`` with each piece of personal data replaced by its placeholder (``[PHONE]``...)."""
    spans = find_pii(text, language) if spans is None else spans
    out, position = [], 0
    for span in sorted(spans):
        if span.start < position:
            continue
        out += [text[position:span.start], span.placeholder]
        position = span.end
    out.append(text[position:])
    return "".join(out)


__all__ = ["KINDS", "Pii", "find_pii", "redact_text"]
