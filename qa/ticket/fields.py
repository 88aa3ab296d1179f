"""Structured values beyond identifiers: times and durations, categorical values, people's names,
and next steps the agent stated that the ticket leaves out.

- a field holding a time ("Callback Window: tomorrow 10 AM-12 PM", "ETA: 2 working days") is
  compared with the times said on the call, within one family (clock times; minutes/hours;
  days/weeks/months): a difference is an ``identifier_mismatch`` on the field;
- a date field ("DOB: 1993-10-07", "Appointment: Tuesday 11 AM") is compared with the dates said
  with a year and the weekdays said (:mod:`qa.ticket.dates`);
- an issue type or product column ("Category: Refund request") is compared with what the call is
  about (:mod:`qa.ticket.topics`);
- a categorical field ("Card Type: Credit", "Courier: USPS") whose value belongs to a group in
  :data:`qa.ticket.lexicon.CATEGORIES` is a ``field_mismatch`` when the call last named another
  value of that group ("mas gusto ko po ay U. P. S.");
- a name field ("Customer Name", "cf_customer_name", the export's customer) is a ``name_mismatch``
  when the call says one part of the name with a different other part ("Luis Cortez" said, "Luis
  Santos" written); a name the call never says is not judged;
- ``missing_next_step``: the agent said a call-back, a visit or something to be sent
  (:data:`qa.ticket.lexicon.NEXT_STEPS`) and no ticket text or field mentions that kind of step.

Each finding resting on doubtful words (a word under even odds, or an unclear turn) says to check the
recording: a value mismatch becomes a ``review`` item, the rest drop to ``low``.
"""
from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from qa.model import AGENT, Call, Finding, Segment, Ticket
from qa.score.text import evidence_of, normalise, turns_of
from qa.ticket import facts as F
from qa.ticket import lexicon
from qa.ticket.compare import _finding, booked_visit
from qa.ticket.dates import dates, days_said, slashed, weekday_name, weekdays
from qa.ticket.when import Time, is_time_value, times, without_date

_SYSTEM_TIME = re.compile(r"created|updated|opened|closed|resolved|timestamp|sys_|\bdue\b|modified", re.I)
_TITLES = {"mr", "mrs", "ms", "miss", "sir", "maam", "ma'am", "madam", "dr", "mister", "misis", "gng", "g"}


def _words_sure(turn: Segment, start: int, end: int) -> bool:
    """Whether the words of ``turn.text[start:end]`` were heard with at least even odds (and the
    turn as a whole is clear)."""
    if not F.reliable(turn):
        return False
    return all(p >= F.UNSURE_WORD for s, e, p in F._word_offsets(turn) if s < end and e > start)


def _text_fields(ticket: Ticket) -> str:
    return " ".join(F.plain(str(v)) for k, v in ticket.fields.items() if k not in ("status", "ticket_id"))


# ------------------------------------------------------------------ times and durations
def check_times(call: Call, ticket: Ticket) -> list[Finding]:
    said = [(turn, t) for turn in turns_of(call) for t in times(F.unspell(turn.text))]
    findings = []
    for name, value in ticket.fields.items():
        value = F.plain(str(value))
        if name in F.BASIC_FIELDS or _SYSTEM_TIME.search(name) or not is_time_value(value):
            continue
        written = times(without_date(value))
        # Times said beside the field's own words ("call" for a callback window, "open" for branch
        # hours) when there are any; else every time said.
        stems = [w[:4] for w in F.column_words(name).split() if len(w) >= 4]
        near = [(turn, t) for turn, t in said if any(st in normalise(turn.text) for st in stems)]
        for family in dict.fromkeys(t.family for t in written):
            heard = [(turn, t) for turn, t in (near if any(t.family == family for _, t in near) else said)
                     if t.family == family]
            wrong = [w for w in written if w.family == family and not any(w.same(t) for _, t in heard)
                     and not _window_start_said(w, written, heard)]
            if not heard or not wrong:
                continue
            turn, near = min(heard, key=lambda h: (not _words_sure(h[0], h[1].start, h[1].end),
                                                   abs(h[1].minutes - wrong[0].minutes)))
            quote = turn.text[near.start:near.end].strip()
            doubtful = not any(_words_sure(t, h.start, h.end) for t, h in heard) and not _words_sure(
                turn, *_deciding(turn, near, wrong[0]))
            findings.append(_finding(
                "identifier_mismatch", "high",
                f"The time in the ticket's {name!r} field is {value.strip()!r} ({wrong[0].label()}) but the call "
                f"said {quote!r} ({near.label()}).", (evidence_of(turn, quote),), name, value[:300],
                doubtful=doubtful))
            break  # one finding per field
    return findings


def _window_start_said(end: Time, written: list[Time], heard) -> bool:
    """Whether ``end`` closes a window on the ticket ("12:00-4:00 PM") whose start the call said
    with no end of its own ("between noon and four", its "four" not heard as a time): the desk wrote
    the window the call gave, not another time."""
    start = next((w for w in written if (w.start, w.end) == (end.start, end.end)), end)
    return start is not end and any(start.same(t) and not any(
        o != t and (o.start, o.end) == (t.start, t.end) for o in times(F.unspell(turn.text))) for turn, t in heard)


def _deciding(turn: Segment, said: Time, written: Time) -> tuple[int, int]:
    """Where in the turn the words are that a time's difference rests on: its first word (the hour)
    when the hours differ whatever the AM/PM ("10 a .m", its "a" heard at 0.41, against 2:00 PM),
    else the whole time."""
    if said.kind == "clock" and said.minutes // 60 % 12 != written.minutes // 60 % 12:
        first = re.match(r"\s*\S+", turn.text[said.start:said.end])
        return said.start, said.start + (first.end() if first else 0)
    return said.start, said.end


# ------------------------------------------------------------------ dates and weekdays
_DATE_FIELD = re.compile(r"\b(birth|dob|bday|birthday|birthdate|kapanganakan|kaarawan|date|dates|day|appointment|"
                         r"schedule|scheduled|visit|booking|araw|petsa)\b|(생년월일|날짜|일자|일시|예약|방문|예정일)")
_RANGE_BETWEEN = re.compile(r"(-|–|~|\bto\b|\buntil\b|\bthrough\b|\bthru\b|\bhanggang\b|부터)")
_BIRTH_FIELD = re.compile(r"\b(birth|dob|bday|birthday|birthdate|kapanganakan|kaarawan)\b|생년월일")


def check_dates(call: Call, ticket: Ticket) -> list[Finding]:
    """A date field (date of birth, appointment) whose date or weekday the call says otherwise:
    "DOB: 1993-10-07" after "July ten nineteen ninety-three", "Appointment: Tuesday 11 AM" after
    "Monday". A date of birth is compared only with dates said with a year; an appointment's month
    and day ("12월 19일", "2026-12-12") with the months and days said ("십이월 십팔일", "Disyembre dose");
    a weekday only when the call names another one and never the ticket's."""
    turns = turns_of(call)
    heard = [(turn, d) for turn in turns for d in dates(turn.text)]
    days = [(turn, day) for turn in turns for day, _, _ in weekdays(turn.text)]
    findings = []
    for name, value in ticket.fields.items():
        value = F.plain(str(value)).strip()
        words = F.column_words(name)
        if name in F.BASIC_FIELDS or _SYSTEM_TIME.search(name) or len(value) > 40:
            continue
        if not _DATE_FIELD.search(words):
            # a column not named a date holding one day and little else ("Callback: Friday", "Slot:
            # Friday 3:00 PM"): its weekday is compared (not opening days, "Monday-Saturday 9-5")
            if len(weekdays(value, written=True)) != 1 or len(value.split()) > 4 and not is_time_value(value):
                continue
        birth = bool(_BIRTH_FIELD.search(words))
        said = [(turn, d) for turn, d in heard if d.year is not None or not birth]
        written = [d for d in dates(value) if d.year is not None or not birth]
        if not written and not birth:  # "Thu 12/10 after 12:00 PM": a month and day in numerals
            # (a day the call says without its month, "그럼 십구일 토요일", may be the ticket's)
            written = [d for d in slashed(value) if any(d.same(h) for _, h in said)
                       or not any(d.day in days_said(t.text) for t in turns)]
        # every date of a list: "Dec 15 / Feb 15" (two payments) after "December fifteenth and
        # January fifteenth" has a second date the call did not say; a range's end ("2027-01-08 to
        # 2027-01-10" after "January eight to ten") is not read as a date said
        listed = written[:1] + [w for prev, w in zip(written, written[1:])
                                if not _RANGE_BETWEEN.search(value[prev.end:w.start])]
        unsaid = next((w for w in listed if not any(w.same(d) for _, d in said)), None) if said else None
        if unsaid is not None:
            turn, near = min(said, key=lambda h: (not F.reliable(h[0]), h[1].year != unsaid.year,
                                                  abs((h[1].month or 0) - (unsaid.month or 0)), h[1].day != unsaid.day))
            findings.append(_finding(
                "identifier_mismatch", "high",
                f"The date in the ticket's {name!r} field is {value!r} ({unsaid.label()}) but the call said "
                f"{near.label()}.", (evidence_of(turn, near.label()),), name, value,
                doubtful=not any(F.reliable(t) for t, _ in said) or _teen_or_ty(unsaid, near)))
            continue
        moved = _moved_to(turns, written[0]) if written and not birth else None
        if moved is not None:
            turn, new = moved
            findings.append(_finding(
                "identifier_mismatch", "high",
                f"The date in the ticket's {name!r} field is {value!r} ({written[0].label()}), the date the call "
                f"moved from; it was moved to {new.label()}.", (evidence_of(turn, new.label()),), name, value,
                doubtful=not F.reliable(turn)))
            continue
        named = [day for day, _, _ in weekdays(value, written=True)]
        # the turn that says the ticket's date names one weekday with it: that one is the date's
        # ("십이월 육일 일요일", after "토요일 예약을" asked to move): other turns' days are other days
        with_date = [(turn, wds.pop()) for turn, d in said if written and written[0].same(d)
                     for wds in [{w for w, _, _ in weekdays(turn.text)}] if len(wds) == 1]
        # the ticket's date said with no weekday ("move it to June 19th"): a weekday said elsewhere is
        # another day ("she'll call you back on Monday morning"), not this date's
        dated = bool(written) and any(written[0].same(d) for _, d in said)
        if named and with_date and with_date[-1][1] != named[0]:
            turn, day = with_date[-1]
        elif named and days and not dated and not any(day == named[0] for _, day in days):
            turn, day = days[-1]
        else:
            continue
        findings.append(_finding(
            "identifier_mismatch", "high",
            f"The day in the ticket's {name!r} field is {value!r} but the call said {weekday_name(day)}.",
            (evidence_of(turn, weekday_name(day)),), name, value, doubtful=not F.reliable(turn)))
    return findings


def _teen_or_ty(written, said) -> bool:
    """Whether a date said differs from the ticket's only in a teen heard as a -ty or back ("December
    thirtieth" for a ticket's 13 December, "the thirteenth" for the 30th): the commonest slip of
    recognisers on numbers, so the recording, not the ticket, is in doubt (a ``review`` item)."""
    pair = {written.day, said.day}
    return pair == {13, 30} and written.month == said.month and (
        written.year is None or said.year is None or written.year == said.year)


_MOVE = re.compile(lexicon.MOVE_BOOKING)
_NEW_DATE = re.compile(lexicon.NEW_DATE)


def _moved_to(turns, written):
    """(turn, date) where, on a call asking to move a booking, a turn offers another date after the
    ticket's was said, and the ticket's is not said again: "Saturday, May 22nd. What date were you
    thinking?" then "Could we do the next Saturday, May 29th?" against "Sat 2027-05-22". Else None."""
    asked = next((i for i, t in enumerate(turns) if _MOVE.search(normalise(t.text))), None)
    if asked is None:
        return None
    said = [(i, d) for i, t in enumerate(turns) if i >= asked for d in dates(t.text)]
    first = next((i for i, d in said if written.same(d)), None)
    if first is None:
        return None
    for i, date in said:
        if i > first and not written.same(date) and _NEW_DATE.search(normalise(turns[i].text)):
            return (turns[i], date) if not any(j >= i and written.same(d) for j, d in said) else None
    return None


# ------------------------------------------------------------------ model codes
_MODEL_FIELD = re.compile(r"\b(model|device|product|item|phone|handset|unit|equipment|hardware)\b")
# letters then digits: "A72", "S23", "M404", "RT-AX55" (its "AX55"); on the call capitals only, so
# the article in "a 30 day return" is no model "A30" ("A fifty-two" is written "A 52" by unspell)
_MODEL_CODE = r"\b({letters})[ -]?(\d{{2,4}})\b"


def _model_codes(text: str, written: bool) -> list[tuple[str, str, str]]:
    """(letters, digits, as said) of each model code in ``text``."""
    pattern = _MODEL_CODE.format(letters="[A-Za-z]{1,3}" if written else "[A-Z]{1,3}")
    return [(m.group(1).upper(), m.group(2), m.group(0)) for m in re.finditer(pattern, text)]


def check_models(call: Call, ticket: Ticket) -> list[Finding]:
    """A model code in a device or product column ("Device: Oppo A72") against the codes the call
    says with the same letters ("ang modelo po ay A52", "an Oppo A fifty-two"): the call names the
    model and never the ticket's, so the technician would look up the wrong device."""
    findings = []
    for name, value in ticket.fields.items():
        value = F.plain(str(value)).strip()
        if name in F.BASIC_FIELDS or len(value) > 40 or not _MODEL_FIELD.search(F.column_words(name)):
            continue
        written = _model_codes(value, written=True)
        if len(written) != 1:
            continue
        letters, digits, _ = written[0]
        heard = [(turn, code) for turn in turns_of(call)
                 for code in _model_codes(F.spoken(F.unspell(turn.text)), written=False) if code[0] == letters]
        if not heard or any(code[1] == digits for _, code in heard):
            continue
        turn, code = max(heard, key=lambda h: F.reliable(h[0]))
        findings.append(_finding(
            "identifier_mismatch", "high",
            f"The model in the ticket's {name!r} field is {value!r} but the call said {code[2]!r}.",
            (evidence_of(turn, code[2]),), name, value, doubtful=not any(F.reliable(t) for t, _ in heard)))
    return findings


_SIZE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d)?)\s*(?:x|×|by|'? ?x)\s*(\d{1,3}(?:\.\d)?)(?![\d.:])(?!\s*(am|pm|a\.m|p\.m|o'?clock)\b)",
                   re.IGNORECASE)
_SIZE_FIELD = re.compile(r"\b(model|product|item|unit|size|type|plan|package|room|dimensions?)\b|(상품|제품|규격|크기)")


def _sizes(text: str) -> set[frozenset]:
    # "one by one" is a way of doing things, not a size
    return {frozenset(m.group(1, 2)) for m in _SIZE.finditer(text) if m.group(1, 2) != ("1", "1")}


def check_sizes(call: Call, ticket: Ticket) -> list[Finding]:
    """A size in a product or unit column ("10x10 climate-controlled unit") against the sizes the call
    says ("the five by ten standard unit"): the call names a size and never the ticket's, so the
    ticket describes another product (a ``field_mismatch`` on that column)."""
    findings = []
    for name, value in ticket.fields.items():
        value = F.plain(str(value)).strip()
        if name in F.BASIC_FIELDS or len(value) > 60 or not _SIZE_FIELD.search(F.column_words(name)):
            continue
        written = _sizes(value)
        if len(written) != 1:
            continue
        heard = [(turn, size) for turn in turns_of(call) for size in _sizes(F.spoken(turn.text))]
        if not heard or any(size in written for _, size in heard):
            continue
        turn, size = max(heard, key=lambda h: F.reliable(h[0]))
        said = " by ".join(sorted(size, key=float)) if len(size) == 2 else f"{next(iter(size))} by {next(iter(size))}"
        findings.append(_finding(
            "field_mismatch", "medium",
            f"The ticket's {name!r} field says {value!r} but the call's size is {said}.",
            (evidence_of(turn, said),), name, value, doubtful=not any(F.reliable(t) for t, _ in heard)))
    return findings


# ------------------------------------------------------------------ categorical values
def _letters_joined(text: str) -> str:
    """Spelled letters read as one word: "U. P. S." -> "UPS", "D H L" -> "DHL"."""
    return re.sub(r"\b(?:[A-Za-z]\.?\s+){1,5}[A-Za-z]\b\.?",
                  lambda m: re.sub(r"[^A-Za-z]", "", m.group(0)), text)


_REFUSED = re.compile(r"\b(not|no|ayaw|hindi|instead of|huwag|wag)( (po|the|a|sa|ng))?\s*$")


def _category(name: str, value: str):
    """(group, the value's name in it) when a field holds a value of a known group."""
    words, value = F.column_words(name), normalise(_letters_joined(value)).strip()
    if not value or len(value) > 25:
        return None
    for group, spec in lexicon.CATEGORIES.items():
        if re.search(spec["field"], words):
            for option, pattern in spec["values"].items():
                if re.fullmatch(rf"(?:{pattern})(?:\s+\w+)?", value):
                    return group, option
    return None


def check_categories(call: Call, ticket: Ticket) -> list[Finding]:
    findings = []
    turns = turns_of(call)
    for name, value in ticket.fields.items():
        if name in F.BASIC_FIELDS:
            continue
        found = _category(name, F.plain(str(value)))
        if not found:
            continue
        group, written = found
        spec = lexicon.CATEGORIES[group]
        mentions = []  # (turn, option, words) in the order said
        for turn in turns:
            text = normalise(_letters_joined(turn.text))
            if spec.get("call_needs") and not re.search(spec["call_needs"], text):
                continue
            # "LBC please, not FedEx": a value named to refuse it is not a choice
            hits = [(m.start(), option, m.group(0)) for option, pattern in spec["values"].items()
                    for m in re.finditer(rf"\b(?:{pattern})\b", text)
                    if not _REFUSED.search(text[max(0, m.start() - 16):m.start()])]
            mentions += [(turn, option, words) for _, option, words in sorted(hits)]
        if not mentions or mentions[-1][1] == written:
            continue
        turn, option, words = mentions[-1]
        findings.append(_finding(
            "field_mismatch", "medium",
            f"The ticket's {name!r} field says {str(value).strip()!r} but the call settled on {option!r}.",
            (evidence_of(turn, words),), name, str(value)[:300], doubtful=not F.reliable(turn)))
    return findings


# ------------------------------------------------------------------ names
def _is_name_field(name: str, value: str) -> bool:
    if name != "customer" and (name in F.BASIC_FIELDS or not re.search(lexicon.NAME_FIELD, F.column_words(name))):
        return False
    if re.search(lexicon.NOT_NAME_FIELD, F.column_words(name)):
        return False
    parts = value.split()
    return 2 <= len(parts) <= 4 and all(re.fullmatch(r"[A-Za-z][A-Za-z.'-]*", p) for p in parts)


def _same_name(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    allowed = 0 if len(a) <= 3 else 1 if len(a) <= 6 else 2  # ASR spells names freely: Cortes, Christina
    return OSA.distance(a, b) <= allowed


# Letters that spell one consonant sound: "ck", a hard "c" (not before e, i, y), "q" as k; "ph" as f
_SOUNDS = ((re.compile(r"ck|c(?![eiy])|qu?"), "k"), (re.compile(r"ph"), "f"))


def _sounded(word: str) -> str:
    """A name in lower case, its consonant sounds spelled one way ("Procup" -> "prokup")."""
    word = word.lower()
    for pattern, sound in _SOUNDS:
        word = pattern.sub(sound, word)
    return word


def _skeleton(word: str) -> str:
    """A word's consonants, a doubled one read once ("donna" -> "dn")."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", word.lower()))


def _vowels_apart(a: str, b: str) -> bool:
    """Whether two names differ in their vowels only ("Dana" / "Donna", "Jon" / "Jan", "Kristen" /
    "Kristin"), or in how a consonant sound is spelled as well ("Procup" / "Prokop", "Filips" /
    "Phillips"): the same first sound and the same consonant sounds. A recogniser hears a name's
    vowels and spelling least surely: on a recorded call that is a ``review`` item, not a finding."""
    a, b = _sounded(a), _sounded(b)
    return a[:1] == b[:1] and a != b and _skeleton(a) == _skeleton(b) and len(_skeleton(a)) >= 1


def _beside_part(tokens, index: int, others: list[str]) -> bool:
    """Whether the token at ``index`` is said as part of a whole name: right before or after, in the same
    turn with only a space between, one of ``others`` (the name's other parts) or a capitalised word
    ("It's Jon Pemberton."; not "... verified na po kayo. Ano po ang error")."""
    turn, _, start, end = tokens[index]
    for j in (index - 1, index + 1):
        if not 0 <= j < len(tokens) or tokens[j][0] is not turn:
            continue
        _, word, s2, e2 = tokens[j]
        between = turn.text[end:s2] if j > index else turn.text[e2:start]
        if between.strip() == "" and (word[:1].isupper() or any(_same_name(o, word) for o in others)):
            return True
    return False


def _recorded(turn: Segment) -> bool:
    """Whether the turn's words come with the recogniser's own probabilities (a recorded call)."""
    return bool(turn.words) and any(w.probability < 1.0 for w in turn.words)


def _said_instead(tokens: list[tuple[Segment, str, int, int]], known: str, after: bool, parts: list[str]):
    """The capitalised word said right after (or before) a known part of a name."""
    for index, (turn, word, start, end) in enumerate(tokens):
        if not _same_name(word, known) and not (_recorded(turn) and _vowels_apart(word, known)):
            continue
        other = index + (1 if after else -1)
        if 0 <= other < len(tokens) and tokens[other][0] is turn:
            cand = tokens[other]
            gap = turn.text[end:cand[2]] if after else turn.text[cand[3]:start]
            # "Sarah. Have a great day": a sentence break is not a surname
            if (not gap.strip() and cand[1][:1].isupper() and len(cand[1]) >= 3
                    and not any(_same_name(cand[1], part) for part in parts)  # a middle name left out
                    and cand[1].lower() not in lexicon.NOT_NAMES and cand[1].isalpha()):
                return cand
    return None


# A Korean name said as the customer's: before an honorific ("한지민 고객님", "지민 씨"), or in the
# caller's own words before the copula ("이름은 한지민이에요", "한지민입니다").
# (or a word for whom the call is about: "김도윤 학생", "환자", "회원님"), or in the caller's own words before
# the copula ("이름은 한지민이에요", "한지민입니다", "김도윤이고 초등 사학년이에요").
_KO_NAMED = re.compile(r"(?<![가-힣])([가-힣]{2,4}?) ?(고객님|님|씨|학생|환자|회원)(?![가-힣])")
_KO_SELF = re.compile(r"(?<![가-힣])([가-힣]{2,4}?)(이에요|예요|입니다|이고요|이고|이요)(?![가-힣])")


def _korean_name(call: Call, name: str, value: str) -> Finding | None:
    """A ``name_mismatch`` when a name column holds a Korean name ("한지은") that the call never says,
    and the call names the customer with the same surname and a given name a syllable off
    ("한지민 고객님"): the technician calls for the wrong person. Else None."""
    written = value.replace(" ", "")
    if not re.fullmatch(r"[가-힣]{2,4}", written) or re.search(lexicon.NOT_NAME_FIELD, F.column_words(name)):
        return None
    turns = turns_of(call)
    if any(written in t.text.replace(" ", "") for t in turns):
        return None
    for turn in turns:
        said = [m.group(1) for m in _KO_NAMED.finditer(turn.text)]
        said += [m.group(1) for m in _KO_SELF.finditer(turn.text)] if turn.role != AGENT else []
        for other in said:
            if len(other) == len(written) and other[0] == written[0] and sum(
                    a != b for a, b in zip(other, written)) == 1:
                return _finding("name_mismatch", "medium", f"The name in the ticket's {name!r} field is {value!r} "
                                f"but the call said {other!r}.", (evidence_of(turn, other),), name, value[:300],
                                doubtful=not F.reliable(turn))
    return None


# A word spelled letter by letter ("O K O N K W O", "O-K-O-N-K-W-O", "OK -O -N -K -W -O" as a recogniser
# writes it): capitals of one or two letters, three pieces or more, apart by spaces, dots, commas, dashes.
_SPELLED = re.compile(r"(?<![A-Za-z])[A-Z]{1,2}(?:[\s.,]*-?[\s]*[A-Z]{1,2}(?![A-Za-z])){2,}")


def _spelled(turn: Segment) -> list[tuple[Segment, str, int, int]]:
    """The words a turn spells out, joined ("Okonkwo"): a caller spelling the surname the recogniser
    wrote by ear ("Grace Aconquo ... O K O N K W O") says the name, the way it is written."""
    out = []
    for match in _SPELLED.finditer(turn.text):
        letters = re.sub(r"[^A-Z]", "", match.group(0))
        if len(letters) >= 4 and not re.search(r"\d", match.group(0)):
            out.append((turn, letters.capitalize(), match.start(), match.end()))
    return out


def check_names(call: Call, ticket: Ticket) -> list[Finding]:
    tokens = [(turn, m.group(0), m.start(), m.end()) for turn in turns_of(call)
              for m in re.finditer(r"[A-Za-zÀ-ÿ'-]+", turn.text)]
    spelled = [item for turn in turns_of(call) for item in _spelled(turn)]
    findings = []
    for name, value in ticket.fields.items():
        value = F.plain(str(value)).strip()
        if (name == "customer" or name not in F.BASIC_FIELDS) and re.search(lexicon.NAME_FIELD, F.column_words(name)):
            korean = _korean_name(call, name, value)
            findings += [korean] if korean else []
        if not _is_name_field(name, value):
            continue
        parts = [p.strip(".") for p in value.split() if p.strip(".").lower() not in _TITLES]
        present = [any(_same_name(p, w) for _, w, _, _ in tokens + spelled) for p in parts]
        # a part heard with other vowels on a recorded call ("Donna Whitfield" for Dana Whitfield): a
        # capitalised word said right beside another part of the same name, not any word of the call
        # with those consonants (Tagalog "Ano po..." is no hearing of "Ana Dela Cruz")
        heard = [next(((t, w, a, b) for k, (t, w, a, b) in enumerate(tokens)
                       if w[:1].isupper() and _recorded(t) and _vowels_apart(p, w)
                       and _beside_part(tokens, k, [q for j, q in enumerate(parts) if j != i])), None)
                 if not present[i] else None for i, p in enumerate(parts)]
        if all(p or h for p, h in zip(present, heard)) and any(heard):
            i = next(i for i, h in enumerate(heard) if h)
            turn, word, start, end = heard[i]
            shown = " ".join(word if j == i else p for j, p in enumerate(parts))
            findings.append(_finding(
                "name_mismatch", "medium",
                f"The name in the ticket's {name!r} field is {value!r} but the call said {shown!r}, the same name "
                f"with other vowels{'' if _skeleton(word) == _skeleton(parts[i]) else ' or spelling'}.",
                (evidence_of(turn, word),), name, value[:300], doubtful=True))
            continue
        present = [p or bool(h) for p, h in zip(present, heard)]
        if all(present) or not any(present):
            continue
        for index, part in enumerate(parts):
            if present[index]:
                continue
            if index > 0 and present[index - 1]:
                said = _said_instead(tokens, parts[index - 1], after=True, parts=parts)
                shown = f"{parts[index - 1]} {said[1]}" if said else ""
            elif index + 1 < len(parts) and present[index + 1]:
                said = _said_instead(tokens, parts[index + 1], after=False, parts=parts)
                shown = f"{said[1]} {parts[index + 1]}" if said else ""
            else:
                said = None
            if said:
                turn, word, start, end = said
                findings.append(_finding(
                    "name_mismatch", "medium",
                    f"The name in the ticket's {name!r} field is {value!r} but the call said {shown!r}.",
                    (evidence_of(turn, word),), name, value[:300], doubtful=not _words_sure(turn, start, end)))
                break
    return findings


# ------------------------------------------------------------------ next steps
_STEP_CALL = {step: re.compile(spec["call"]) for step, spec in lexicon.NEXT_STEPS.items()}
_STEP_TICKET = {step: re.compile(spec["ticket"]) for step, spec in lexicon.NEXT_STEPS.items()}
_STEP_TIMED = {step: re.compile(spec.get("timed", spec["ticket"])) for step, spec in lexicon.NEXT_STEPS.items()}
_WORD_GIVEN = re.compile(lexicon.WORD_GIVEN)


def _promised(call: Call):
    """(turn, step, words) for each next step an agent turn promises, in the lexicon's phrasings.
    (The act model's "promises_callback" was tried: it read "you'll see it back in three days" as a
    call-back at p >= 0.85.)"""
    for turn in turns_of(call):
        if turn.role not in (AGENT, None):
            continue
        text = normalise(turn.text)
        for step in lexicon.NEXT_STEPS:
            # every send of a turn: "we'll send a replacement ... I'll email you a shipping label"
            for match in _STEP_CALL[step].finditer(text) if step == "send" else [_STEP_CALL[step].search(text)]:
                if match:
                    yield turn, step, match


# What an English send names after "you": "I'll email you a prepaid shipping label today"
_SENT_THING = re.compile(r"^\s*(you\s+|u\s+|po\s+)?(a|an|the|your|our|yung|ang|ung)\s+((?:[a-z-]+\s+){0,4}[a-z-]+)")
_NOT_THING = re.compile(r"\b(today|tomorrow|now|later|tonight|by|within|in|to|at|on|after|before|until|when|once|and|so|"
                        r"that|which|with|for|this|the|a|an|of|your|new|soon|right|away|"
                        r"bago|hanggang|mamaya|bukas|ngayon|sa|kay|para|po)\b.*")


_CHANNEL = re.compile(r"\b(e-?mail\w*|mail(ed|er)?|text(ed)?|txt\w*|msg|sms|messaged?|viber)\b")


_KO_OBJECT = re.compile(r"([가-힣]{2,})(을|를) ?$")
_KO_CHANNEL = re.compile(r"문자|메시지|카톡|카카오톡|알림톡|이메일|메일")


def _other_korean_thing(before: str, written: str) -> bool:
    """Whether a Korean promise to send names its thing before the channel ("송장번호를 문자로 드릴게요")
    and a Korean ticket writes neither that thing (its first two syllables) nor any message sent: its
    "발송" is the goods shipped, not the tracking number texted."""
    match = _KO_OBJECT.search(before)
    return (bool(match) and bool(re.search("[가-힣]", written)) and match.group(1)[:2] not in written
            and not _KO_CHANNEL.search(written) and not _CHANNEL.search(written))


def _other_thing_sent(after: str, ticket: Ticket) -> bool:
    """Whether the ticket's words of sending are about something else than what the agent promised
    to send ("I'll email you a prepaid shipping label" against "a replacement is sent"): not
    the thing's last word ("label" of "a prepaid shipping label"; "receipt" in "a copy of the
    receipt") is on the ticket, in any field, and it names no message sent (e-mail, text). ``after``:
    the turn after the words of sending. A new version of a thing ("a corrected invoice") is another
    thing than the one the ticket names unless it writes the new one. Only sends that name the thing
    after an English or Tagalog article are read ("a prepaid label", "yung pangalan ng driver at plate number": "at" is "and")."""
    match = _SENT_THING.match(after)
    if match is None:
        return False
    words = []
    tagalog = match.group(2) in ("yung", "ang", "ung")  # "ipapadala ko po yung pangalan ng driver at plate number"
    for word in match.group(3).split():  # up to the first word that is not the thing's ("to your email")
        if word not in ("of", "the") and not (tagalog and word == "at") and _NOT_THING.fullmatch(word):
            break
        words += [word] if len(word) >= 4 else []
    if not words:
        return False
    written = normalise(" ".join(F.plain(str(v)) for v in ticket.fields.values()))
    if _CHANNEL.search(written):
        return False  # "Confirmation by email and text": the ticket records a message sent
    ticket_words = set(re.findall(r"[a-z]{4,}", written))
    # the thing itself, the last of its words ("label", not "shipping": "ships" is about another thing),
    # by its first four letters ("quotation" / "quote")
    if not any(words[-1][:4] == t[:4] for t in ticket_words):
        return True
    # a new version of what the call is about ("I'll email you a corrected invoice" on a call about a
    # wrong invoice): the ticket's "invoice" is the old one unless it writes the new one
    return any(_NEW_VERSION.fullmatch(w) and not any(w[:4] == t[:4] for t in ticket_words) for w in words[:-1])


_NEW_VERSION = re.compile(r"correct(ed)?|revised|updated|amended|reissued|replacement|fixed")


_FRAME = re.compile(lexicon.TIME_FRAME)
# An age or a span gone by ("~8 months old", "2 days ago"): no time frame given for what comes next
_AGE = re.compile(r"\S+[\s-]*(years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?)[\s-]*(old|ago)\b", re.I)


def _frame_left_off(after: str, ticket: Ticket) -> str:
    """The time frame the rest of the promising sentence gives the step ("you'll get it by email
    within two business days", "he'll call you tomorrow by noon") when no field of the ticket
    states a time frame of its kind (a duration, a clock time, a day), else "". Whether the ticket's
    is the same is for the time and date checks ("Callback: Thursday" after "by Friday"); a frame
    with no number or day in it ("within the day") is not checked."""
    match = _FRAME.search(re.split(r"[.?!]", after, maxsplit=1)[0])
    if match is None:
        return ""
    frame = match.group(0)
    text = _AGE.sub(" ", " ".join(F.plain(str(v)) for k, v in ticket.fields.items()
                                  if k not in ("status", "ticket_id") and not _SYSTEM_TIME.search(k)))
    written = {t.family for t in times(without_date(text))}
    days = set(re.findall(r"\w+", text.lower())) & lexicon.DAY_WORDS or weekdays(text, written=True) or dates(text)
    said = {t.family for t in times(frame)}
    if said:
        return "" if said & written else frame
    # "bago mag-alas sais" (before six), "모레까지": a clock time or a day on the ticket
    words = set(re.findall(r"\w+", F.spoken(frame).lower()))
    if words & lexicon.DAY_WORDS or weekdays(frame):
        return "" if days else frame
    return "" if not any(w.isdigit() for w in words) or "clock" in written else frame


def check_next_steps(call: Call, ticket: Ticket) -> list[Finding]:
    """The first next step the agent promised that the ticket does not mention. A step promised for
    a time ("within two business days", "tomorrow by noon") that the ticket leaves off must be named
    in its own words (the quote sent, not only "the quote"), and an escalated ticket does not imply
    it. A call-back or a visit promised on a call whose ticket is resolved or closed is a status
    contradiction instead: the call was left for a follow-up."""
    written = normalise(_text_fields(ticket))
    closed = ticket.status in ("resolved", "closed")
    for turn, step, match in _promised(call):
        said = match.group(0)
        spec = lexicon.NEXT_STEPS[step]
        follow_up = closed and spec.get("follow_up")
        if spec.get("follow_up") and (closed or step == "visit") and booked_visit(ticket, normalise(turn.text)):
            continue  # a visit the ticket books in its appointment column (a call before it comes is
            # left open only on a closed ticket: an open one still says the worker calls ahead)
        frame = _frame_left_off(normalise(turn.text)[match.start():], ticket)
        if spec.get("frame_only") and not frame:
            continue  # what arrives, with no time frame said, or with the ticket's
        if not follow_up and (_STEP_TIMED if frame else _STEP_TICKET)[step].search(written) and not (
                step == "send" and (_other_thing_sent(normalise(turn.text)[match.end():], ticket)
                                    or _other_korean_thing(normalise(turn.text)[:match.start()], written))):
            continue
        if step == "callback" and _WORD_GIVEN.search(said) and _STEP_TIMED["send"].search(written):
            continue  # "you'll hear from me": the ticket's e-mail or text to the caller is that word
        if step == "callback" and ticket.status in ("escalated", "transferred") and not frame:
            continue  # handed on: the team it went to gets back to the caller ("the software team will contact you")
        evidence = (evidence_of(turn, said),)
        if follow_up:
            return [_finding("status_contradiction", "high",
                             f"The ticket is {ticket.status} but the agent promised a follow-up on the call "
                             f"({said!r}).", evidence, "status", ticket.status, doubtful=not F.reliable(turn))]
        when = f" {frame!r}" if frame else ""
        return [_finding("missing_next_step", "medium",
                         f"{spec['label']} was promised on the call ({said!r}{when}) but the ticket does not mention it.",
                         evidence, "description", F.plain(ticket.fields.get("description", ""))[:300],
                         doubtful=not F.reliable(turn))]
    return []


# ------------------------------------------------------------------ units of an address
# The unit after a street address: "88 Alder St, Unit 8", "400 Harbor Drive, suite 210", "Apt 4B", "#12"
_UNIT = re.compile(r"(?:,\s*|\s+)(?:unit|apt\.?|apartment|suite|ste\.?|flat|#)\s*(?:no\.?\s*|number\s+)?"
                   r"(?P<unit>\d{1,5}[a-z]?|[a-z]\d{0,4})\b", re.IGNORECASE)


def _units(text: str) -> list[tuple[str, str, int, int]]:
    """(street number, unit, start, end) of each unit said or written right after a street address."""
    found = []
    for number, _, (start, end) in F.addresses(text):
        match = _UNIT.match(text, end)
        if match:
            found.append((number, match.group("unit").lower(), match.start("unit"), match.end("unit")))
    return found


def check_units(call: Call, ticket: Ticket) -> list[Finding]:
    """An ``identifier_mismatch`` when a ticket's address writes another unit (suite, apartment) after
    the street number the call says with its own unit: "88 Alder St, Unit 8" after "Eighty eight Alder
    Street, unit three". A unit the call does not say is not judged."""
    said = [(turn, number, unit, start, end) for turn in turns_of(call)
            for number, unit, start, end in _units(F.spoken(turn.text))]
    findings = []
    for name, value in ticket.fields.items():
        value = F.plain(str(value)).strip()
        if name in ("status", "ticket_id") or _SYSTEM_TIME.search(name):
            continue
        for number, unit, _, _ in _units(F.spoken(value)):
            same = [h for h in said if h[1] == number]
            if not same or any(h[2] == unit for h in same):
                continue
            turn, _, heard, start, end = max(same, key=lambda h: F.reliable(h[0]))
            findings.append(_finding(
                "identifier_mismatch", "high",
                f"The address in the ticket's {name!r} field is {value!r} (unit {unit.upper()}) but the call said "
                f"unit {heard.upper()}.", (evidence_of(turn, heard),), name, value[:300],
                doubtful=not F.reliable(turn)))
            break
    return findings


def check_values(call: Call, ticket: Ticket) -> list[Finding]:
    """Times, dates, categorical values, names, next steps and topics (see the module's docstring)."""
    from qa.ticket.counts import check_counts
    from qa.ticket.emails import check_emails
    from qa.ticket.topics import check_topics  # it builds on this module's neighbours

    return [*check_topics(call, ticket), *check_times(call, ticket), *check_dates(call, ticket), *check_emails(call, ticket),
            *check_counts(call, ticket),
            *check_categories(call, ticket), *check_names(call, ticket), *check_next_steps(call, ticket),
            *check_models(call, ticket), *check_sizes(call, ticket), *check_units(call, ticket)]


__all__ = ["Time", "check_categories", "check_dates", "check_names", "check_next_steps", "check_times", "check_values"]
