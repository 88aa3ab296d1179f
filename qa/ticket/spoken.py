"""Spoken forms of numbers and identifiers, turned into the written form a ticket would hold.

People read identifiers aloud one piece at a time, and speech recognition writes what it heard::

    "three one six oh two"            -> 31602
    "C R Q seven seven one"           -> CRQ771
    "bravo echo nine"                 -> BE9
    "double five"                     -> 55
    "fifteen hundred"                 -> 1500
    "공 일 공 오 오"  / "삼백오십만 원"    -> 01055 / 3500000 원
    "dalawa lima pito" / "dos mil"    -> 257 / 2000

:func:`spoken_spans` finds every run of spoken (or written) digits and letters in a text and says
what it stands for; :func:`normalise` rewrites the text with those runs replaced. Runs are kept only
when they hold a digit (or two spelled NATO letters), so ordinary words are never rewritten.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DIGITS = {
    # English
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "nil": 0,
    # Tagalog
    "wala": 0, "isa": 1, "dalawa": 2, "tatlo": 3, "apat": 4, "lima": 5, "anim": 6, "pito": 7,
    "walo": 8, "siyam": 9,
    # Spanish-derived, as used in Tagalog speech (several spellings)
    "sero": 0, "cero": 0, "uno": 1, "dos": 2, "tres": 3, "kwatro": 4, "kuwatro": 4, "cuatro": 4,
    "singko": 5, "sinko": 5, "cinco": 5, "sais": 6, "seis": 6, "siyete": 7, "syete": 7, "siete": 7,
    "otso": 8, "ocho": 8, "nuwebe": 9, "nuebe": 9, "nueve": 9,
    # Korean native numbers (used when counting; some people read digits with them)
    "하나": 1, "둘": 2, "셋": 3, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
}
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "sampu": 10, "sampo": 10, "diyes": 10, "onse": 11, "dose": 12, "trese": 13, "katorse": 14, "kinse": 15,
    # Tagalog teens written as one word ("labinlima"; "labing-apat" and "labing apat" are "labing" + a digit)
    "labindalawa": 12, "labintatlo": 13, "labinlima": 15, "labimpito": 17, "labinpito": 17, "labingwalo": 18,
    "labinwalo": 18, "labinsiyam": 19, "labing-isa": 11,
    "열": 10,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
    "bente": 20, "beinte": 20, "trenta": 30, "treinta": 30, "kwarenta": 40, "singkwenta": 50,
    "kuwarenta": 40, "singkuwenta": 50, "sinkwenta": 50, "sinkuwenta": 50,  # "kw"/"kuw", like kwatro/kuwatro
    "sesenta": 60, "setenta": 70, "otsenta": 80, "nobenta": 90,
    "sisenta": 60, "sitenta": 70, "nubenta": 90,  # as Tagalog speakers say them ("anim na raan at sitenta")
    "dalawampu": 20, "tatlumpu": 30, "apatnapu": 40, "limampu": 50, "animnapu": 60,
    "pitumpu": 70, "walumpu": 80, "siyamnapu": 90,
    "labing": 10, "labin": 10,  # "labing apat" = 14, like "twenty four"
}
MULTIPLIERS = {
    "hundred": 100, "thousand": 1000, "million": 1_000_000,
    "daan": 100, "raan": 100, "libo": 1000, "siyento": 100, "mil": 1000, "milyon": 1_000_000,
    "siyentos": 100, "syentos": 100, "sientos": 100, "cientos": 100,  # "dos siyentos kwarenta" = 240
}
# Tagalog fused forms: "limandaan" = five hundred, "sanlibo" = one thousand.
FUSED = {"sandaan": (1, 100), "isandaan": (1, 100), "sanlibo": (1, 1000), "isanlibo": (1, 1000),
         "limandaan": (5, 100), "dalawandaan": (2, 100), "tatlondaan": (3, 100)}
# Spanish hundreds as Tagalog speakers price with them ("ochocientos singkuwenta" = 850, "mil quinientos" = 1500)
FUSED.update({word: (digit, 100) for digit, word in enumerate(
    ("doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos",
     "novecientos"), start=2)})
FUSED.update({word + "g": value for word, value in FUSED.items() if not word.endswith("os")})  # linked: "isandaang libong piso"
REPEAT = {"double": 2, "dobol": 2, "triple": 3, "tripol": 3}
# Words a recogniser writes for a digit it heard ("six one to eight four"): a digit only between two
# spoken digits, and a number read through one is doubtful (see Span.soft).
SOUNDS_LIKE = {"to": 2, "too": 2, "for": 4, "won": 1, "ate": 8, "tree": 3, "free": 3}
NATO = {
    "alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
    "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
    "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
    "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
    "whiskey": "W", "whisky": "W", "x-ray": "X", "xray": "X", "yankee": "Y", "zulu": "Z",
}
# Latin letters as Koreans read them aloud ("씨 알 큐" = CRQ); only used beside other letters/digits.
KO_LETTERS = {"에이": "A", "비": "B", "씨": "C", "디": "D", "에프": "F", "쥐": "G", "지": "G",
              "에이치": "H", "아이": "I", "제이": "J", "케이": "K", "엘": "L", "엠": "M", "엔": "N",
              "피": "P", "큐": "Q", "알": "R", "에스": "S", "티": "T", "유": "U", "브이": "V",
              "더블유": "W", "엑스": "X", "와이": "Y", "제트": "Z"}
KO_DIGITS = {"영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6,
             "칠": 7, "팔": 8, "구": 9}
_KO_NATIVE_DIGITS = frozenset(word for word in DIGITS if "가" <= word[0] <= "힣")
KO_SMALL = {"십": 10, "백": 100, "천": 1000}
# Korean native numbers as said before a counter or 시 ("한 시", "스물다섯 송이", "열두 명"): tens and
# ones, each with its attributive forms (한/두/세/네, 스무) beside the plain ones (하나/둘/셋/넷, 스물).
KO_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70,
                  "여든": 80, "아흔": 90}
KO_NATIVE_ONES = {"한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "석": 3, "네": 4, "넷": 4, "넉": 4,
                  "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
KO_LARGE = {"만": 10_000, "억": 100_000_000}
# Endings that follow a Korean number inside one written word ("칠이에요", "오만원").
KO_COUNTERS = ("층", "호", "번지")  # floor, room, lot: "칠층인데요" = 7층
KO_SUFFIXES = ("입니다", "인데요", "이라고", "라고", "이에요", "예요", "이고요", "이고", "이요", "번이요", "번", "원이요", "원",
               "요", "은", "는", "을", "를", "에", "고", "이")
# Capitals that are words, not spelled letters.
CAPS_WORDS = {"OK", "I", "A", "AM", "PM", "IT", "ID", "US", "TV", "PO", "NO", "SO", "MS",
              "USD", "PHP", "KRW", "EUR", "GBP",
              # abbreviations a ticket writes before a number ("DOB 5 Dec 1965", "PIN 1234")
              "DOB", "SSN", "PIN", "OTP", "SMS", "ETA", "ATM", "NI", "IDD", "VIP", "FYI"}
_EN_DIGITS = frozenset(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "oh"))
_EDGE = "\"'“”‘’()[]{}<>,;:"
_TOKEN = re.compile(r"[^\s/]+")
_OPENS = re.compile(r"[(\[{]")
_AREA_CODE = re.compile(r"\(\d{2,4}\)")  # "(555) 123-4567": one phone number
# After the hour of a time of day: "8 AM", "8-10 AM" (after the first hour of a range), "1–3 p.m."
_CLOCK_AFTER = re.compile(r"(?:\s*[-–]\s*\d{1,2})?\s*(?:[ap]\.? ?m\.?)(?![a-z])", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    """A run of spoken or written digits/letters: where it is in the text, and its written form."""
    start: int
    end: int
    text: str
    value: str
    soft: bool = False  # a word that only sounds like a digit was read as one


@dataclass
class _Item:
    kind: str  # digit, soft, teen, tens, mult, repeat, letter, nato, literal, oh, connector
    value: object
    start: int
    end: int
    word: str


def _has_final_consonant(syllable: str) -> bool:
    code = ord(syllable) - 0xAC00
    return 0 <= code < 11172 and code % 28 != 0


def _korean_number(word: str, particle: bool = True) -> tuple[str, int] | None:
    """A Korean numeral word -> (written value, length of the numeral part), or None. ``particle``:
    a final 이 may be the subject particle ("공공이 떠요"); not when more digits follow ("사칠팔이 삼삼")."""
    if word in KO_SUFFIXES and len(word) > 1:  # "이요", "이에요" after a number: the copula
        return None
    order = ("",) + KO_SUFFIXES
    if (particle and len(word) > 1 and word.endswith("이") and _has_final_consonant(word[-2])
            and not re.search("[십백천만억]", word)):
        order = ("이",) + order  # "공공이 떠요": the subject particle; but "백오십이" is 152
    for suffix in order:
        stem = word[: len(word) - len(suffix)] if suffix else word
        if not stem or (suffix and not word.endswith(suffix)):
            continue
        for counter in KO_COUNTERS:
            if stem.endswith(counter) and len(stem) > len(counter):
                stem = stem[: -len(counter)]
                break
        if not all(ch in KO_DIGITS or ch in KO_SMALL or ch in KO_LARGE for ch in stem):
            continue
        if not any(ch in KO_SMALL or ch in KO_LARGE for ch in stem):
            return "".join(str(KO_DIGITS[ch]) for ch in stem), len(stem)
        total = section = digit = 0
        for ch in stem:
            if ch in KO_DIGITS:
                digit = KO_DIGITS[ch]
            elif ch in KO_SMALL:
                section += (digit or 1) * KO_SMALL[ch]
                digit = 0
            else:
                total += ((section + digit) or 1) * KO_LARGE[ch]
                section = digit = 0
        return str(total + section + digit), len(stem)
    return None


def _classify(word: str, start: int) -> list[_Item]:
    """What one token can be as part of a spoken number or identifier ([] when it is a plain word)."""
    end = start + len(word)
    low = word.lower()
    if re.fullmatch(r"\d+(?:[.,]\d+)*", word):
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", word):
            word = word.replace(",", "")
        return [_Item("literal", word, start, end, word)]
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", low):  # "3rd floor"
        return [_Item("literal", re.sub(r"\D", "", word), start, end, word)]
    if re.fullmatch(r"[A-Za-z]+\d[A-Za-z0-9]*|\d+[A-Za-z][A-Za-z0-9]*", word):
        return [_Item("literal", word.upper(), start, end, word)]
    if low in DIGITS:
        return [_Item("digit", DIGITS[low], start, end, word)]
    if low in TEENS:
        return [_Item("teen", TEENS[low], start, end, word)]
    if low.endswith("'t") and low[:-2] in {**TENS, **MULTIPLIERS}:  # "dalawampu't lima", "libo't"
        low = low[:-2]
    if low in TENS:
        return [_Item("tens", TENS[low], start, end, word)]
    if low in MULTIPLIERS:
        return [_Item("mult", MULTIPLIERS[low], start, end, word)]
    if low in FUSED:
        digit, mult = FUSED[low]
        return [_Item("digit", digit, start, end, word), _Item("mult", mult, start, end, word)]
    for linked in (low[:-2] if low.endswith("ng") else None, low[:-1] if low.endswith("ng") else None):
        if linked in DIGITS and DIGITS[linked]:  # "limang daan", "dalawang libo", "isang"
            return [_Item("digit", DIGITS[linked], start, end, word)]
        if linked in TENS:  # "limampung piso", "dalawampung libo"
            return [_Item("tens", TENS[linked], start, end, word)]
        if linked in TEENS:  # "sampung minuto"
            return [_Item("teen", TEENS[linked], start, end, word)]
        if linked in MULTIPLIERS:  # "isang daang libong piso" = 100000
            return [_Item("mult", MULTIPLIERS[linked], start, end, word)]
    if low in REPEAT:
        return [_Item("repeat", REPEAT[low], start, end, word)]
    if low in SOUNDS_LIKE:
        return [_Item("soft", SOUNDS_LIKE[low], start, end, word)]
    if low == "oh" or word == "o":  # "five oh three"; typists and recognisers also write "o"
        return [_Item("oh", 0, start, end, word)]
    if low in ("dash", "hyphen"):  # "L T dash two zero nine": the separator of a written id
        return [_Item("dash", None, start, end, word)]
    if low in ("and", "at", "na"):
        return [_Item("connector", None, start, end, word)]
    if low in NATO:
        return [_Item("nato", NATO[low], start, end, word)]
    if re.fullmatch(r"[A-Za-z]", word) or (word.isupper() and word.isalpha() and len(word) <= 4
                                          and word not in CAPS_WORDS and word.isascii()):
        return [_Item("letter", word.upper(), start, end, word)]
    if word in KO_LETTERS:
        return [_Item("koletter", KO_LETTERS[word], start, end, word)]
    korean = _korean_number(word)
    if korean:
        value, length = korean
        return [_Item("korean", value, start, start + length, word)]
    return []


def _tokens(text: str):
    """Tokens with their offsets; hyphenated spellings ("C-R-Q-7-7-1") split into pieces."""
    for match in _TOKEN.finditer(text):
        raw, offset = match.group(), match.start()
        left = len(raw) - len(raw.lstrip(_EDGE))
        word = raw.strip(_EDGE).rstrip(".?!")
        stripped = raw.rstrip("\"'”’)]}")
        # Where a run must end: a sentence end, ";" or ":" always; a comma only between written
        # numerals ("ids 4412, 5531"), never between spoken digits ("zero nine one seven, five...").
        stop = "stop" if stripped.endswith((".", "?", "!", ";", ":")) else "comma" if stripped.endswith(",") else ""
        if not word:
            continue
        offset += left
        pieces = word.split("-") if "-" in word and word.lower() != "x-ray" else [word]
        position = offset
        for piece in pieces:
            if piece:
                yield piece, position, stop if piece == pieces[-1] else ""
            position += len(piece) + 1


def _usable(items: list[_Item], index: int) -> bool:
    """Ambiguous tokens count only beside other number tokens: "oh", "lima", "I", one-syllable Korean."""
    item = items[index]
    before = items[index - 1] if index > 0 else None
    after = items[index + 1] if index + 1 < len(items) else None
    numeric = {"digit", "teen", "tens", "literal", "korean", "oh", "repeat"}

    def near(kinds):
        return any(n is not None and n.kind in kinds and abs(n.start - item.start) < 40
                   for n in (before, after))

    if item.kind == "letter" and item.word in ("a", "i") and after is not None and after.kind == "word":
        return False  # the article after a number ("24 -95 a month"), not a spelled letter
    if item.kind == "oh" and item.word == "o":
        # a lower-case "o" is zero only between English digits ("two two o seven"): in Tagalog it
        # is "or" ("dalawa o tatlo" = two or three)
        return all(n is not None and abs(n.start - item.start) < 40 and (n.word.isdigit() or n.word.lower() in _EN_DIGITS)
                   for n in (before, after))
    if item.kind == "oh":  # "oh" is zero only among digits (or before the x of a hex code)
        return near(numeric) or after is not None and after.word.lower() == "x"
    if item.kind == "nato":  # next to a spelled letter, not to an abbreviation ("PE uniform 480" is no "PEU480")
        return near({"nato"}) or any(n is not None and n.kind == "letter" and len(n.value) == 1
                                     and abs(n.start - item.start) < 40 for n in (before, after))
    if item.kind == "letter" and item.word in ("I", "A", "a", "i"):
        return (before is not None and before.kind in {"letter", "nato", "literal", "digit", "korean"}
                or item.word.isupper() and after is not None and after.kind == "letter")
    if item.kind == "koletter":
        return near(numeric | {"letter", "koletter"})
    if (item.kind == "korean" and len(item.value) <= 2 and not re.search("[십백천만억]", item.word)
            and not re.match(r"\S+(층|호|번지)", item.word)):
        counted = after is not None and after.kind == "word" and after.word.startswith(KO_COUNTERS)
        return counted or near(numeric | {"letter", "koletter"})
    if item.kind == "soft":
        return (before is not None and after is not None and before.kind in ("digit", "oh")
                and after.kind in ("digit", "oh"))
    if item.kind == "dash":
        return (before is not None and after is not None and before.kind not in ("word", "connector")
                and after.kind not in ("word", "connector"))
    inside = {"digit", "teen", "tens", "mult"}
    # "two hundred and five", "siyam na raan": a connector joins a compound number, next to its
    # multiplier; "between two and four PM" is two numbers.
    return item.kind != "connector" or (before is not None and after is not None
                                        and before.kind in inside and after.kind in inside
                                        and "mult" in (before.kind, after.kind))


class _Writer:
    """Writes a run out: digits read one by one are concatenated, compound numbers ("four thousand
    five hundred twenty", "삼만 오천") are added up, letters are copied."""

    def __init__(self):
        self.out: list[str] = []
        self.total = self.current = 0
        self.last = None  # kind of the previous item inside the current compound number
        self.repeat = 1  # "double" / "triple" before the next digit

    def flush(self):
        if self.last is not None:
            self.out.append(str(self.total + self.current))
        self.total = self.current = 0
        self.last = None

    def digit(self, value: int):
        if self.last == "tens" and self.current % 10 == 0 or self.last == "mult" and self.current % 100 == 0:
            self.current += value
            self.last = "digit"
            return
        self.flush()
        self.current, self.last = value, "digit"
        if self.repeat > 1:
            self.out.append(str(value) * (self.repeat - 1))
            self.repeat = 1

    def tens(self, value: int, kind: str):
        if not (self.last == "mult" and self.current % 100 == 0):
            self.flush()
        self.current += value
        self.last = kind

    def mult(self, value: int):
        if value == 100:
            self.current = (self.current or 1) * 100
        else:
            self.total += (self.current or (0 if self.total else 1)) * value
            self.current = 0
        self.last = "mult"

    def korean(self, value: int):
        # Spaced groups add up when the next is smaller than the last one's lowest unit (삼만 오천).
        zeros = len(str(self.current)) - len(str(self.current).rstrip("0"))
        if not (self.last == "korean" and self.current and value < 10 ** zeros):
            self.flush()
        self.current += value
        self.last = "korean"

    def copy(self, text: str):
        self.flush()
        self.out.append(text)


def _compose(run: list[_Item]) -> str:
    """The written form of a run of items."""
    writer = _Writer()
    for item in run:
        kind = "digit" if item.kind in ("oh", "soft") else item.kind
        if kind == "repeat":
            writer.flush()
            writer.repeat = item.value
        elif kind == "digit":
            writer.digit(item.value)
        elif kind in ("teen", "tens"):
            writer.tens(item.value, kind)
        elif kind == "mult":
            writer.mult(item.value)
        elif kind == "korean" and re.search("[십백천만억]", item.word):
            writer.korean(int(item.value))
        elif kind not in ("connector", "dash"):  # letters, NATO words, written numerals, 공일공
            writer.copy(str(item.value))
    writer.flush()
    return "".join(writer.out)


def _compound_follows(items: list[_Item], index: int) -> bool:
    """Whether the words from ``index`` on read one compound number ("limang daan at limampung",
    "two hundred and five"): after a comma it starts a new number, so "yung isa, limang daan" is
    "one (of them), 550", not 1550. Digits read in groups ("zero nine one seven, five five five")
    have no multiplier and stay one run."""
    for item in items[index:index + 4]:
        if item.kind == "mult":
            return True
        if item.kind not in ("digit", "teen", "tens", "connector"):
            return False
    return False


def _count_after_compound(items: list[_Item], index: int, breaks: dict) -> bool:
    """Whether a comma after a compound number's multiplier ("isang libo't dalawang daan,") is followed
    by one lone digit word and then a plain word or another comma ("apat po yun", "dalawa, isang libo",
    "four of them"): that digit is a count said after the price, "1200, four", not 1204. A digit that
    a multiplier follows ("two thousand, three hundred") or that more digits follow is still part of
    the number."""
    item = items[index]
    if item.kind != "mult" or index + 1 >= len(items) or items[index + 1].kind != "digit":
        return False
    after = items[index + 2] if index + 2 < len(items) else None
    return after is not None and (after.kind == "word" or index + 1 in breaks)


def _month_day(text: str, item: _Item, following: _Item | None) -> bool:
    """Whether two written numerals joined by a slash are a month and a day ("Mon 12/14", "Tue 12/8"):
    a date, not one number 1214 (an account or an asset tag)."""
    return (following is not None and item.kind == following.kind == "literal"
            and text[item.end:following.start] == "/" and item.word.isdigit() and following.word.isdigit()
            and len(item.word) <= 2 and len(following.word) <= 2 and 1 <= int(item.word) <= 12
            and 1 <= int(following.word) <= 31)


def _native_before_sino(item: _Item, following: _Item | None) -> bool:
    """Whether a Korean native number word (a count: "창 하나", "상자 둘") stands before a Sino-Korean
    compound ("팔만 원", "삼천"): the two systems never make one number, so "하나 팔만 원" is one window
    at 80000 원, not 180000."""
    return (following is not None and following.kind == "korean" and item.word in _KO_NATIVE_DIGITS
            and bool(re.search("[십백천만억]", following.word)))


def ko_native(word: str) -> int | None:
    """A Korean native number written as one word ("한", "열한", "스무", "스물다섯"), else None."""
    for tens, value in KO_NATIVE_TENS.items():
        if word == tens:
            return value
        if word.startswith(tens) and word[len(tens):] in KO_NATIVE_ONES:
            return value + KO_NATIVE_ONES[word[len(tens):]]
    return KO_NATIVE_ONES.get(word)


def spoken_spans(text: str) -> list[Span]:
    """Every run of spoken or written digits and letters in ``text`` that holds a digit."""
    items: list[_Item] = []
    breaks: dict[int, str] = {}  # item index -> "stop" / "comma" after it
    for word, start, stop in _tokens(text):
        if items and _OPENS.match(text, start - 1) and not _AREA_CODE.match(text, start - 1):
            breaks[len(items) - 1] = "stop"  # "PA2074 (2 rooms": a bracket opens an aside, not more digits
        classified = _classify(word, start)
        if not classified:
            items.append(_Item("word", None, start, start + len(word), word))
        items.extend(classified)
        if stop:
            breaks[len(items) - 1] = stop
    for index, item in enumerate(items[:-1]):  # "사칠팔이 삼삼일오": the final 이 is a digit, not a particle
        following = items[index + 1]
        if item.kind == "korean" and item.end - item.start < len(item.word) and following.kind == "korean":
            whole = _korean_number(item.word, particle=False)
            if whole:
                items[index] = _Item("korean", whole[0], item.start, item.start + whole[1], item.word)
    for index, item in enumerate(items):  # "8-10 AM", "1 PM": hours of a time of day, no digits of a number
        if item.kind == "literal" and item.word.isdigit() and len(item.word) <= 2 and _CLOCK_AFTER.match(text, item.end):
            items[index] = _Item("word", None, item.start, item.end, item.word)
    for index, item in enumerate(items):  # "bravo lima nine": lima is the letter L, not five
        if item.word.lower() == "lima" and any(
                0 <= j < len(items) and items[j].kind == "nato" for j in (index - 1, index + 1)):
            items[index] = _Item("nato", "L", item.start, item.end, item.word)
    spans: list[Span] = []
    run: list[_Item] = []

    def close():
        while run and run[-1].kind in ("connector", "dash"):
            run.pop()
        value = _compose(run)
        natos = sum(1 for i in run if i.kind == "nato")
        if run and (re.search(r"\d", value) or natos >= 2):
            soft = any(i.kind == "soft" for i in run)
            spans.append(Span(run[0].start, run[-1].end, text[run[0].start:run[-1].end], value, soft))
        run.clear()

    for index, item in enumerate(items):
        if item.kind != "word" and _usable(items, index):
            run.append(item)
        else:
            close()
        stop = breaks.get(index)
        following = items[index + 1] if index + 1 < len(items) else None
        if stop == "stop" or stop == "comma" and following is not None and (
                item.kind == "literal" and following.kind == "literal"
                and not (len(item.word) == 1 == len(following.word))  # "5, 5, 2, 4": digits read one by one
                or item.kind == "digit" and _compound_follows(items, index + 1)
                or _count_after_compound(items, index, breaks)
                # "12가 3456, 사만 이천 킬로": a quantity in ten-thousands starts its own number
                or following.kind == "korean" and re.search("[만억]", following.word)) \
                or _native_before_sino(item, following) or _month_day(text, item, following) \
                or _floor_after_number(text, item, following):
            close()
    close()
    return spans


_KO_COUNTER_AFTER = re.compile(r"\s*(층|호|동)")


def _floor_after_number(text: str, item: _Item, following: _Item | None) -> bool:
    """Whether a Korean number said with its place words and ones ("이십칠", 27) is followed by a lone
    digit before a floor or unit counter ("망원로 이십칠, 삼 층": 27, then the 3rd floor): no digit
    follows the ones of a number said whole, so the two are two numbers, not 273."""
    return (following is not None and item.kind == "korean" and following.kind == "korean"
            and bool(re.search("[십백천]", item.word)) and int(item.value) % 10 != 0
            and len(str(following.value)) == 1 and bool(_KO_COUNTER_AFTER.match(text, following.end)))


def normalise(text: str) -> str:
    """``text`` with every spoken number or identifier written out: "C R Q seven seven one" -> "CRQ771"."""
    out, position = [], 0
    for span in spoken_spans(text):
        out.append(text[position:span.start])
        out.append(span.value)
        position = span.end
    out.append(text[position:])
    return "".join(out)


def canonical(identifier: str) -> str:
    """The form two identifiers are compared in: letters and digits only, upper case."""
    return re.sub(r"[^0-9A-Za-z]", "", identifier).upper()


def number_like(word: str) -> bool:
    """Whether one word can be part of a spoken number or identifier ("seven", "오", "INC0012")."""
    word = word.strip(_EDGE + ".?!")
    return bool(word) and any(item.kind not in ("word", "connector") for item in _classify(word, 0))
