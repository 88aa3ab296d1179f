"""Compare a call with the ticket the agent wrote: the findings a supervisor would bounce it for.

Finding kinds (``Finding.kind``):

- ``ticket_number_mismatch``: the number the agent read to the caller is not the ticket's id;
- ``identifier_mismatch``: an identifier, amount, floor or street number on the ticket differs from
  the one said on the call (digit swaps, wrong street number);
- ``unsupported_claim``: the ticket claims a step the call does not support (a restart nobody did,
  "identity verified" when nobody asked), or "issue resolved" when the caller ended saying it is not;
- ``missing_fact``: an error code or the reach of the problem ("the whole floor") was said on the
  call but is not on the ticket;
- ``status_contradiction``: the ticket is resolved but the call was escalated, transferred or left for
  a call-back (or the caller ended saying it is still broken), or the ticket is escalated but the
  call was resolved, or (when the outcome's cues decide nothing) the agent said the request was done
  on the call and nothing hands it on; a transfer to the satisfaction survey is no hand-off, and
  something the agent sends now is no call-back owed;
- ``missing_field``: the ticket lacks a description (or a resolution while marked resolved).

Where the words on the call are doubtful, a finding says to check the recording before bouncing
rather than accusing the agent on a misheard word: an identifier or ticket number read from doubtful
words (one under even odds, or a word that only sounds like a digit: "six one to eight four")
becomes a ``review`` item, which costs no documentation score and never bounces a ticket; other
findings on an unclear turn drop to ``low``.

Identifiers are compared wherever the ticket holds them: its text, and every structured field of
the export (``u_asset_tag``, ``custom_fields.cf_account_number``, ``연락처``...), the field's name
saying what kind of identifier it holds; such a finding names the field.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from qa.model import (AGENT, ESCALATED, FOLLOW_UP, RESOLVED, TRANSFERRED, UNKNOWN, Call, Evidence, Finding,
                      Outcome, Result, Ticket)
from qa.score.text import evidence_of, normalise, turns_of
from qa.ticket import facts as F
from qa.ticket.lexicon import (DONE_ON_CALL, FIX_CLAIM, HANDOFF_HINT, NEXT_STEPS, PASS_ON, STEPS, STILL_BROKEN,
                               WORKS_NOW)
from qa.ticket.amounts import (cut_short, part_of_total, priced_each, priced_free, refund_otherwise, shop_prices,
                               split_amount, total_of)
from qa.ticket.spoken import canonical

PENALTY = {"high": 25.0, "medium": 12.0, "low": 4.0, "review": 0.0}
REVIEW = "review"  # the severity of a finding resting on doubtful words: check the recording
LABELS = {"ticket_number": "ticket number", "asset_tag": "asset tag", "account_id": "account number",
          "employee_id": "employee ID", "user_id": "user ID", "invoice": "invoice number",
          "card_last4": "card last four", "phone": "phone number", "error_code": "error code",
          "postal_code": "postal code",
          "id": "identifier", "amount": "amount", "floor": "floor", "address": "street address"}
# A clause of the call says what a ticket clause claims when its e5 cosine is at least this high
# AND stands out from the rest of the call by the margin. e5-small (4-bit) squeezes cosines into
# 0.75-0.87: measured cross-language, the right clause scored 0.841-0.867 and unrelated ones <= 0.83.
SUPPORT_SIMILARITY = 0.845
SUPPORT_MARGIN = 0.035
_BROKEN = re.compile(STILL_BROKEN)
_WORKS = re.compile(WORKS_NOW)
_NEGATED_BEFORE = re.compile(r"\b(not|n't|never|no|hindi|di)\s+(\w+\s+)?$|(안|못)\s*$")
DOUBT = " (the recording is unclear here: check it before bouncing)"
# A code read out to prove who the caller is, or a promo code, is not an error code to put on the ticket.
_SECRET_CODE = re.compile(r"\b(security|verification|one[- ]time|otp|pin|cvv|cvc|promo|access|discount) ?(code|number)\b|"
                          r"\b(cvv|cvc|otp)\b|(인증 ?번호|보안 ?코드)")


@dataclass(frozen=True)
class TicketReview:
    """The comparison of one call with one ticket."""
    call_id: str
    ticket_id: str
    agent_id: str | None
    findings: tuple[Finding, ...]
    score: float
    outcome: Outcome | None = None
    facts: dict = field(default_factory=dict)  # {"call": [...], "ticket": [...]}: what was read

    def to_dict(self) -> dict:
        return {"call_id": self.call_id, "ticket_id": self.ticket_id, "agent_id": self.agent_id,
                "score": self.score, "outcome": self.outcome.to_dict() if self.outcome else None,
                "findings": [f.to_dict() for f in self.findings], "facts": self.facts}


def _fact_dict(fact: F.Fact) -> dict:
    where = {"field": fact.field} if fact.turn is None else {"start": fact.turn.start, "role": fact.turn.role}
    return {"kind": fact.kind, "value": fact.value, "text": fact.text, **where}


def same_ticket(said: str, written: str) -> bool:
    """INC0012345 = "I N C zero zero one two three four five" = "one two three four five"."""
    a, b = canonical(said), canonical(written)
    if a == b:
        return True
    letters_a, letters_b = "".join(filter(str.isalpha, a)), "".join(filter(str.isalpha, b))
    digits_a, digits_b = "".join(filter(str.isdigit, a)), "".join(filter(str.isdigit, b))
    return bool(digits_a) and digits_a.lstrip("0") == digits_b.lstrip("0") and (
        not letters_a or not letters_b or letters_a == letters_b)


PHONE_REGIONS = ("PH", "KR", "US")  # tried in this order for a number written without a country code


@lru_cache(maxsize=4096)
def phone_key(digits: str) -> str:
    """A phone number's national significant number when ``phonenumbers`` finds it valid in one of
    PHONE_REGIONS ("0917 555 1234" = "+63 917 555 1234" = "9175551234"); else its last nine digits."""
    import phonenumbers

    for region in PHONE_REGIONS:
        try:
            number = phonenumbers.parse(digits if not digits.startswith("00") else "+" + digits[2:], region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return str(number.national_number)
    return digits[-9:]


def _same_value(kind: str, a: str, b: str) -> bool:
    if kind == "phone":
        return phone_key(a) == phone_key(b)
    if kind == "amount":  # a structured "Amount: 134.00" has no currency; the call's does
        (cur_a, num_a), (cur_b, num_b) = split_amount(a), split_amount(b)
        # "forty two fifty" is $42.50 said without its point
        same = num_a == num_b or ("." in num_a) != ("." in num_b) and num_a.replace(".", "") == num_b.replace(".", "")
        return same and (not cur_a or not cur_b or cur_a == cur_b)
    if kind == "address":  # "1542 Sycamore" written, "1542 -Sicomore" heard: one street, spelt by ear
        return a.split(" ", 1)[0] == b.split(" ", 1)[0] and same_street(a, b)
    # "20931" said, "LT-20931" written: the same tag when only a letter prefix differs.
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 4 and long.endswith(short) and long[: -len(short)].isalpha())


def same_street(a: str, b: str) -> bool:
    """Whether two address values ("1524 sycamore", "1542 sicomore") name one street: the same first
    four letters, or a name heard as it sounds (two letters off, in a name of six or more)."""
    if " " not in a or " " not in b:
        return a == b
    name_a, name_b = a.split(" ", 1)[1], b.split(" ", 1)[1]
    return name_a[:4] == name_b[:4] or min(len(name_a), len(name_b)) >= 6 and name_a[0] == name_b[0] and \
        F.edit_distance(name_a, name_b) <= 2


def _evidence(fact: F.Fact) -> tuple[Evidence, ...]:
    return (evidence_of(fact.turn, fact.text),) if fact.turn is not None else ()


# A number heard wrong is the commonest ASR slip: a finding that rests on a doubtful number is only
# a `review` item. Other findings on unclear words (a scope phrase, a claim) stay, at `low`.
NUMERIC = ("identifier_mismatch", "ticket_number_mismatch", "name_mismatch", "field_mismatch")


def _finding(kind, severity, message, evidence=(), field="", text="", doubtful=False) -> Finding:
    if doubtful:
        severity, message = (REVIEW if kind in NUMERIC else "low"), message + DOUBT
    return Finding(kind, severity, message, tuple(evidence), field, text)


# A booking, order or reservation reference read out is the caller's booking, not the ticket's number,
# unless the agent calls it the ticket (or case) number in the same turn.
_OTHER_REFERENCE = re.compile(r"\b(booking|order|reservation|confirmation|tracking|transaction|policy|flight|"
                              r"shipment|delivery|citation)( \w+)? (reference|ref|number|no|code|id)\b|"
                              r"(예약|주문|배송|운송장) ?번호")
_TICKET_WORD = re.compile(r"\b(ticket|case|incident|tiket)\b|(티켓|접수 ?번호|케이스)")


def _ticket_told(fact: F.Fact) -> bool:
    text = normalise(fact.turn.text)
    return not _OTHER_REFERENCE.search(text) or bool(_TICKET_WORD.search(text))


def _held_in_column(fact: F.Fact, ticket: Ticket) -> bool:
    """Whether a structured column of the ticket (not its id, status or text) holds the number told: a
    desk's own reference read to the caller ("your work order is S D 771 02", in a "Reference Number"
    column), not a slip of the ticket's id. Where the agent calls it the ticket (or 접수) number, the
    column must hold that whole reference (the digits, or letters before them: "씨 에이 사오일" in a
    "관리번호" column holding CA451), not merely contain it, and must not be the caller's booking, order
    or reservation (round 7's "ticket number" said of a "Booking Ref" is still a wrong ticket number)."""
    told = canonical(fact.value)
    called_ticket = bool(_TICKET_WORD.search(normalise(fact.turn.text)))
    for name, value in ticket.fields.items():
        if name in ("ticket_id", "status", *F.TICKET_TEXT_FIELDS):
            continue
        column = canonical(F.plain(str(value)))
        if told and told in column and (not called_ticket or not _OTHER_REFERENCE.search(
                F.column_words(name) + " number") and (column == told or (
                column.endswith(told) and column[:-len(told)].isalpha() and len(column) - len(told) <= 3))):
            return True
    return False


def check_ticket_number(call_facts, ticket: Ticket) -> list[Finding]:
    told = [f for f in call_facts if f.kind == "ticket_number" and f.turn is not None
            and f.turn.role in (AGENT, None) and _ticket_told(f) and not _held_in_column(f, ticket)]
    if not told or any(same_ticket(f.value, ticket.ticket_id) for f in told):
        return []
    fact = told[-1]  # the number read out last is the one the caller wrote down
    return [_finding("ticket_number_mismatch", "high",
                     f"The agent told the caller ticket number {fact.value} but the ticket is "
                     f"{ticket.ticket_id}.", _evidence(fact), "ticket_id", ticket.ticket_id,
                     doubtful=not fact.reliable)]


def _compatible(ticket_fact: F.Fact, call_fact: F.Fact) -> bool:
    a, b = ticket_fact.kind, call_fact.kind
    if a in ("amount", "floor", "address") or b in ("amount", "floor", "address"):
        if a != b:
            return False
        if a == "address":  # same street, different number
            return same_street(ticket_fact.value, call_fact.value)
        if a == "amount":
            (cur_a, num_a), (cur_b, num_b) = split_amount(ticket_fact.value), split_amount(call_fact.value)
            # An amount heard with most of its words lost ("4 na piso" of "fifty thousand") is not
            # the same amount said otherwise: only amounts of about the same size are compared
            # (134 written 1340 is a slip; 50000 against 4 is a gap in the recording).
            whole_a, whole_b = num_a.split(".")[0], num_b.split(".")[0]
            return (not cur_a or not cur_b or cur_a == cur_b) and abs(len(whole_a) - len(whole_b)) <= 1
        return True
    if a == b == "phone":  # six digits heard of a ten-digit number: a fragment, not another number
        return abs(len(phone_key(ticket_fact.value)) - len(phone_key(call_fact.value))) <= 1
    if a == b and a != "id":
        return True
    if a == "ticket_number" and ticket_fact.field not in F.TICKET_TEXT_FIELDS:
        a = "id"  # a "Reference Number" column holds whatever reference the call read (a serial, an order)
    # A generic number on one side: only a near miss of the same shape counts ("45712" vs "45721").
    return (a == "id" or b == "id") and len(ticket_fact.value) >= 4 and abs(
        len(ticket_fact.value) - len(call_fact.value)) <= 1 and F.edit_distance(ticket_fact.value, call_fact.value) <= 2


def as_written(ticket: Ticket, fact: F.Fact) -> str:
    """The identifier as the ticket writes it ("LT-20913"), found again in the field's own text."""
    value = canonical(fact.text)
    if fact.field and value:
        pattern = r"[\s-]?".join(map(re.escape, value))
        match = re.search(pattern, F.plain(ticket.fields.get(fact.field, "")), re.IGNORECASE)
        if match:
            return match.group(0)
    return fact.text.strip()


def _not_heard(tf: F.Fact, ticket: Ticket, turns, call_facts) -> Finding | None:
    """A structured value the call talks about ("member ID", "adres") without the recogniser hearing
    any value to compare it with: a ``review`` item ("the ticket asserts X, the call does not show
    it"), not silence. A value the call never talks about (copied from the system) says nothing,
    and neither does a fragment heard where it was talked about (six digits of a phone number)."""
    pattern = F.subject_pattern(tf.field)
    about = [i for i, t in enumerate(turns) if pattern and pattern.search(normalise(t.text))]
    if not about:
        return None
    near = {id(turns[j]) for i in about for j in (i, i + 1) if j < len(turns)}
    if any(cf.kind == tf.kind or cf.kind == "id" and id(cf.turn) in near for cf in call_facts):
        return None
    named = turns[about[0]], pattern.search(normalise(turns[about[0]].text)).group(0)
    label = F.column_words(tf.field) or LABELS.get(tf.kind, "value")
    value = F.plain(ticket.fields.get(tf.field, "")).strip()
    return Finding("identifier_mismatch", REVIEW,
                   f"The ticket's {tf.field!r} field says {value!r}; the call talks about it ({named[1]!r}) but "
                   f"no {label} was heard to compare it with: check the recording.",
                   (evidence_of(named[0], named[1]),), tf.field, value[:300])


def check_identifiers(call_facts, ticket_facts, ticket: Ticket, turns=()) -> list[Finding]:
    """Identifiers, amounts, floors and addresses on the ticket against those said. ``turns``: the
    call's turns, to say when a structured value could not be checked (:func:`_not_heard`)."""
    findings, seen = [], set()
    each = [cf for cf in call_facts if cf.kind == "price_each"]  # "tig-1200": confirms, never accuses
    compared = [cf for cf in call_facts if cf.kind in F.COMPARED]
    for tf in ticket_facts:
        call_facts = compared + shop_prices(tf, compared)  # "one nineteen ninety nine" for a "$119.99"
        # Ticket numbers in a ticket's text are its own or related tickets ("duplicate of INC0011111"),
        # not a claim about what was said; the number read to the caller is checked on its own.
        # A structured "Ref No" column is a reference said on the call: it is compared.
        if tf.kind not in F.COMPARED or tf.kind == "ticket_number" and tf.field in F.TICKET_TEXT_FIELDS:
            continue
        part = part_of_total(tf, call_facts, ticket_facts, ticket) or refund_otherwise(tf, call_facts, ticket)
        if part is not None:
            findings.append(part)
            continue
        if any(_same_value(tf.kind, tf.value, cf.value) for cf in call_facts) or total_of(tf, call_facts, turns) \
                or tf.kind == "amount" and any(_same_value("amount", tf.value, cf.value) for cf in each) \
                or _read_on(tf, call_facts) \
                or priced_each(tf, call_facts, ticket):
            continue
        rivals = _whole_hearings([cf for cf in call_facts if _compatible(tf, cf) and not _written_too(tf, cf, ticket_facts)])
        # Once per field: the same wrong value in the text and in a structured field is two places to fix.
        if (tf.kind, tf.value, tf.field) in seen:
            continue
        seen.add((tf.kind, tf.value, tf.field))
        # a zero is compared with what was said free even where prices were said ("$0.00" after "the
        # visit fee, normally $89, is waived")
        zero = tf.kind == "amount" and not float(split_amount(tf.value)[1] or 0)
        free = priced_free(tf, ticket, turns) if zero or not rivals else None
        if free is not None:  # "PHP 0.00" after "libre po": the same; a price after it: the agent's to explain
            findings += free
            continue
        if not rivals:
            unheard = _not_heard(tf, ticket, turns, call_facts) if tf.field not in F.TICKET_TEXT_FIELDS else None
            findings += [unheard] if unheard and not any(f.ticket_field == tf.field for f in findings) else []
            continue
        # The closest value said; among equals, one of the same length ("3300" for 3800, not "800"),
        # then one heard clearly before a doubtful repeat of it.
        said = min(rivals, key=lambda cf: (F.edit_distance(tf.value, cf.value), len(_digits(tf)) != len(_digits(cf)),
                                           not cf.reliable, -cf.turn.start))
        # The call heard the same identifier two ways ("552443", then "552343" read back): the
        # recording, not the ticket, is in doubt.
        # (Two amounts two digits apart are two amounts, a deposit and a balance: one digit, for them.)
        near = 1 if said.kind == "amount" else 2
        heard = {cf.value for cf in rivals if cf.kind == said.kind and F.edit_distance(cf.value, said.value) <= near}
        # A digit more or less in a number read out is how recognisers fail (a digit dropped or
        # doubled); people mistype a digit or swap two. Amounts are exempt: 134 written 1340 is a slip.
        keys = (phone_key(tf.value), phone_key(said.value)) if tf.kind == "phone" else (tf.value, said.value)
        dropped = tf.kind != "amount" and (all(k.isdigit() for k in keys) and len(keys[0]) != len(keys[1])
                                           or digit_dropped(*keys))
        label = LABELS.get(tf.kind if tf.kind != "id" else said.kind, "identifier")
        written_as = {"floor": tf.value, "amount": tf.text.strip(), "address": tf.text.strip()}.get(
            tf.kind) or as_written(ticket, tf)
        said_as = said.text.strip() if said.kind != "floor" else said.value
        severity = "medium" if tf.kind == "amount" else "high"
        where = "on the ticket" if tf.field in F.TICKET_TEXT_FIELDS else f"in the ticket's {tf.field!r} field"
        findings.append(_finding(
            "identifier_mismatch", severity,
            f"The {label} {where} is {written_as!r} but the call said {said_as!r}.",
            _evidence(said), tf.field, ticket.fields.get(tf.field, "")[:300],
            doubtful=not said.reliable or len(heard) > 1 or dropped or cut_short(tf, said)
            or letters_as_digits(as_written(ticket, tf), said.value) or letter_doubled(tf.value, said.value)))
    return findings


def _read_on(tf: F.Fact, call_facts) -> bool:
    """Whether the ticket's identifier was said in groups that the recogniser split at a comma: "H L,
    nine oh three, three six" written "HL903, 36." is HL90336, one reference read on, not "HL903"."""
    want = canonical(tf.value)
    if tf.kind == "amount" or len(want) < 5:
        return False
    for cf in call_facts:
        start = canonical(cf.value)
        if cf.turn is None or cf.kind == "amount" or len(start) < 3 or not want.startswith(start):
            continue
        text = F.turn_text(cf.turn)
        for match in re.finditer(re.escape(cf.text), text):
            rest = re.match(r"\s*,\s*(\d{1,4})(?![\w])", text[match.end():])
            if rest and start + rest.group(1) == want:
                return True
    return False


def _whole_hearings(rivals: list[F.Fact]) -> list[F.Fact]:
    """``rivals`` less each reference that another of them holds with one digit more ("EL40971" read
    back after "EL440971"): the recogniser cut that hearing short, it is no second way of hearing it.
    Amounts are exempt: "$50" and "$500" are two amounts."""
    return [cf for cf in rivals if cf.kind == "amount" or not any(
        other.kind == cf.kind and len(other.value) == len(cf.value) + 1 and digit_dropped(other.value, cf.value)
        for other in rivals)]


def _digits(fact: F.Fact) -> str:
    """A fact's value without an amount's currency ("PHP3800" -> "3800")."""
    return split_amount(fact.value)[1] if fact.kind == "amount" else fact.value


def _written_too(tf: F.Fact, cf: F.Fact, ticket_facts) -> bool:
    """Whether the amount said is written in the same text field as the ticket's amount: "Bill of
    $286.40 (usually about $90)" names two amounts, so $90 is another one, not $286.40 written wrong.
    (An amount column holds one value or a range, each end of which the call should say.)"""
    return tf.kind == "amount" and tf.field in F.TICKET_TEXT_FIELDS and any(
        o.kind == "amount" and o.field == tf.field and _same_value("amount", o.value, cf.value) for o in ticket_facts)


def digit_dropped(written: str, said: str) -> bool:
    """Whether one of two references is the other with one digit more: "BK29068" heard for
    "BK290068" (its letters the same). Recognisers drop or double a digit of a run read out; a
    ``review`` item, as for a number of digits only."""
    longer, shorter = sorted((written.lower(), said.lower()), key=len, reverse=True)
    return len(longer) == len(shorter) + 1 and any(
        longer[i].isdigit() and longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


def letter_doubled(written: str, said: str) -> bool:
    """Whether the identifier heard is the written one with one spelled letter twice over: "W O, five
    five..." written "W -O -O -55182" (WOO55182) for WO55182. A recogniser repeats a letter read out
    alone (or hears the "oh" of a zero after it); a ``review`` item, as for a digit dropped."""
    written, said = canonical(written).lower(), canonical(said).lower()
    return len(said) == len(written) + 1 and any(
        said[i].isalpha() and said[i] == said[i - 1] and said[:i] + said[i + 1:] == written for i in range(1, len(said)))


def letters_as_digits(written: str, said: str) -> bool:
    """Whether an identifier heard differs from the written one only where the ticket has letters:
    "H O seven seven one..." heard "807714092" for "HO7714092", or "V B" heard "BB". Recognisers turn
    spelled letters into digits ("oh" is zero, "H" sounds like eight) and into letters that sound
    alike (:data:`_ALIKE`); a ``review`` item, not the agent's slip."""
    written = re.sub(r"[\s-]", "", written).lower()
    said = re.sub(r"[\s-]", "", said).lower()
    if len(written) != len(said) or written == said:
        return False
    differ = [(a, b) for a, b in zip(written, said) if a != b]
    return all(a.isalpha() and b.isdigit() or _ALIKE.get(a, a) == _ALIKE.get(b, b) for a, b in differ)


# Spelled letters that sound alike on a telephone line ("V B" heard "B B", "M" heard "N", "F" as "S"):
# each maps to its group's first letter.
_ALIKE = {**dict.fromkeys("bcdegptvz", "b"), **dict.fromkeys("mn", "m"), **dict.fromkeys("fs", "f")}


def _asked(turn) -> bool:
    return turn.text.rstrip().endswith("?")


def check_missing(call_facts, ticket_facts, ticket: Ticket) -> list[Finding]:
    findings = []
    written = {tf.value for tf in ticket_facts}
    text = " ".join(F.plain(ticket.fields.get(name, "")) for name in F.TICKET_TEXT_FIELDS)
    flat = canonical(F.spoken(text))
    codes = {}
    for cf in call_facts:
        if cf.kind == "error_code" and cf.value not in written and cf.value not in flat and not (
                cf.turn is not None and _SECRET_CODE.search(normalise(cf.turn.text))):
            near = any(tf.kind in ("error_code", "id") and F.edit_distance(tf.value, cf.value) <= 2 for tf in ticket_facts)
            if not near:
                codes.setdefault(cf.value, cf)
    for value, cf in codes.items():
        findings.append(_finding("missing_fact", "medium",
                                 f"The call gave error code {cf.text.strip()!r}; the ticket does not mention it.",
                                 _evidence(cf), "description", ticket.fields.get("description", "")[:300],
                                 doubtful=not cf.reliable))
    # The caller's own words ("the whole floor can't print"); an agent's "I'll let everyone know"
    # or "is it the whole floor?" is not a fact about the problem.
    reach = [cf for cf in call_facts if cf.kind == "scope" and cf.turn.role != AGENT and not _asked(cf.turn)
             and not _count_written(cf, ticket)]
    if reach and not any(tf.kind == "scope" for tf in ticket_facts):
        cf = reach[0]
        findings.append(_finding("missing_fact", "medium",
                                 f"The call said the problem reaches {cf.text!r}; the ticket reads as if one "
                                 "person were affected.", _evidence(cf), "description",
                                 ticket.fields.get("description", "")[:300], doubtful=not cf.reliable))
    return findings


def _count_written(fact: F.Fact, ticket: Ticket) -> bool:
    """A reach said as a head count ("forty people") that the ticket states in other words ("Forty
    boxed lunches", "Boxed lunch x40", "40 pax"): its number is on the ticket, in any field."""
    number = re.search(r"\d+", F.spoken(fact.text))
    if number is None:
        return False
    written = F.spoken(" ".join(F.plain(str(v)) for v in ticket.fields.values()))
    return re.search(rf"(?<![\d.,]){number.group(0)}(?![\d.,]\d|\d)", written) is not None


# A ticket clause that leaves a step to the customer ("Cust to unplug the charger until then", "caller
# should power off the unit", "user needs to reinstall", "고객이 전원을 끄도록 안내", "고객이 내일 재부팅하기로")
# says what the customer is to do, not a step done on the call.
_LEFT_TO_CUSTOMER = re.compile(
    r"^\W*(the )?(cust|cx|customer|caller|client|user|owner|member|guest|patient|tenant)s? "
    r"(is |are )?(to|should|must|will|needs? to|has to|have to|is going to)\b|"
    r"고객(이|님이|께서|은|님은)? .*(하도록|하시도록|하기로|하셔야|해야)")


def _left_to_customer(clause: str) -> bool:
    return bool(_LEFT_TO_CUSTOMER.search(clause))


def check_claims(call: Call, ticket: Ticket, *, similarity=None) -> list[Finding]:
    """Steps the ticket says were done that the call does not support."""
    mentions = F.call_steps(call)
    turns = turns_of(call)
    unclear = sum(not F.reliable(t) for t in turns) > 0.3 * max(1, len(turns))
    # Short clauses align far better across languages than whole turns ("pakipatay po muna yung
    # router" vs "customer power-cycled the router").
    spoken_clauses = [c.strip() for t in turns for c in re.split(r"[.,?!;]+", t.text) if len(c.split()) >= 2]
    foreign = (call.language or F.language_of(call.text))[:2] in ("ko", "tl")
    findings, claimed = [], set()
    for name in ("description", "resolution", "notes"):
        for sentence in F.sentences(ticket.fields.get(name, "")):
            for step, matched, denied, clause in F.steps_in(sentence, "ticket"):
                if denied or step in claimed or _left_to_customer(clause):
                    continue
                claimed.add(step)
                said = mentions.get(step, [])
                if any(not refuted for _, _, refuted in said):
                    continue
                # Embeddings only vouch for a claim on a Korean or Tagalog call, where the lexicon
                # knows fewer phrasings; never for an identity check (asking for a username scored
                # 0.87 against "identity verified").
                if not said and similarity and spoken_clauses and foreign and step != "identity_verified" \
                        and _said_otherwise(clause, spoken_clauses, ticket, similarity):
                    continue  # said in words our lexicon does not know
                evidence = tuple(evidence_of(t, m) for t, m, _ in said) or (
                    Evidence(0.0, round(call.duration, 2), "", matched=f"looked for {STEPS[step]['label']}"),)
                how = "the call denies it" if said else "nothing on the call supports it"
                severity = "high" if step == "identity_verified" else "medium"
                findings.append(_finding("unsupported_claim", severity,
                                         f"The ticket claims {STEPS[step]['label']} ({sentence!r}) but {how}.",
                                         evidence, name, sentence, doubtful=unclear))
    return findings


def _said_otherwise(claim: str, clauses: list[str], ticket: Ticket, similarity) -> bool:
    """Whether a clause of the call says what ``claim`` says, by e5 cosine: high, standing out from
    the call, and closer to the claim than to the ticket's title. The last test keeps a clause
    that only names the same thing ("yung printer sa office" against "reinstalled the printer
    driver": the problem, not the step) from vouching for the step."""
    scores = similarity(claim, clauses)
    ranked = sorted(scores)
    best = max(range(len(clauses)), key=scores.__getitem__)
    if ranked[-1] < SUPPORT_SIMILARITY or ranked[-1] - ranked[len(ranked) // 2] < SUPPORT_MARGIN:
        return False
    title = F.plain(ticket.fields.get("title", "")).strip()
    return not title or similarity(clauses[best], [title])[0] < ranked[-1]


LATE_SHARE = 0.5  # "still broken" counts when said in the second half of the call's turns


def still_broken(call: Call):
    """The caller's last word on the problem, when it is "not fixed" (late in the call), else None."""
    turns = turns_of(call)
    last_word = None
    for turn in turns[int(len(turns) * (1 - LATE_SHARE)):]:
        if turn.role == AGENT:
            continue
        text = normalise(turn.text)
        # Whichever is said last in the turn counts: "it wasn't working, now it's working" is fixed.
        spans = [m.span() for m in _BROKEN.finditer(text)]
        broken = max((end for _, end in spans), default=-1)
        works = max((m.end() for m in _WORKS.finditer(text) if not _NEGATED_BEFORE.search(text[:m.start()])
                     and not any(s <= m.start() <= e + 1 for s, e in spans)), default=-1)
        if broken > works:
            last_word = turn
        elif works > broken:
            last_word = None
    return last_word


def check_fix_claim(call: Call, ticket: Ticket) -> list[Finding]:
    """"Issue resolved" on the ticket while the caller said, near the end, that it is not."""
    last_word = still_broken(call)
    if last_word is None:
        return []
    for name in ("resolution", "description", "notes"):
        for sentence in F.sentences(ticket.fields.get(name, "")):
            if any(re.search(p, normalise(sentence)) for p in FIX_CLAIM):
                return [_finding("unsupported_claim", "high",
                                 f"The ticket says the problem is fixed ({sentence!r}) but near the end of the "
                                 f"call the caller said it is not.", (evidence_of(last_word),), name, sentence,
                                 doubtful=not F.reliable(last_word))]
    return []


def check_status(call: Call, ticket: Ticket, outcome: Outcome) -> list[Finding]:
    if outcome.outcome == TRANSFERRED and outcome.evidence and all(
            _SURVEY.search(normalise(e.text)) for e in outcome.evidence):
        # "ililipat ko po kayo sa maikling survey": the satisfaction survey, not a hand-off
        outcome = Outcome(UNKNOWN, 0.0, (), "only a transfer to the satisfaction survey was said")
    closed = ticket.status in ("resolved", "closed")
    handed_on = ticket.status in ("escalated", "transferred")
    passed = _passed_on(call, ticket)
    to_team = passed if passed is not None and _PASS_ON.search(normalise(passed[0].text)) else None
    if passed is not None and handed_on:
        return []  # handed on, perhaps after a part was done on the call ("I've reset your gate code")
    if _waits_on_caller(ticket) and (to_team or outcome.outcome in (ESCALATED, TRANSFERRED) and outcome.confidence >= 0.55):
        return [_waiting_finding(ticket, outcome, to_team)]
    # a hand-off beside a promise to send ("ipapasa ko po sa kanila ... ite-text namin kayo"): the send
    # alone leaves a closed ticket to check_next_steps (_only_sending); the hand-off does not
    if passed is not None and closed and (outcome.outcome not in (ESCALATED, TRANSFERRED, FOLLOW_UP) or
                                          to_team and outcome.outcome == FOLLOW_UP and _only_sending(outcome)):
        turn, words = passed
        written = ticket.raw.get("status") and str(ticket.raw.get("status")) or ticket.status
        return [_finding("status_contradiction", "high",
                         f"The ticket is {ticket.status} but the agent handed the case on ({words!r}).",
                         (evidence_of(turn, words),), "status", written, doubtful=not F.reliable(turn))]
    if outcome.confidence < 0.55:
        # No decisive cue for how the call ended; a caller saying at the end that it is still
        # broken is enough to contradict a closed ticket.
        last_word = still_broken(call) if closed else None
        if last_word is None:
            written = ticket.raw.get("status") and str(ticket.raw.get("status")) or ticket.status
            done = _done_on_call(call) if handed_on else None
            if done is not None:
                turn, words = done
                return [_finding("status_contradiction", "medium",
                                 f"The ticket is {ticket.status} but the agent finished the request on the call "
                                 f"({words!r}) and nothing on the call hands it on.", (evidence_of(turn, words),),
                                 "status", written, doubtful=not F.reliable(turn))]
            return _handoff_not_heard(ticket, outcome, written) if handed_on else []
        return [_finding("status_contradiction", "high",
                         f"The ticket is {ticket.status} but at the end of the call the caller said the problem "
                         "is not fixed.", (evidence_of(last_word),), "status", ticket.status,
                         doubtful=not F.reliable(last_word))]
    written = ticket.raw.get("status") and str(ticket.raw.get("status")) or ticket.status
    if closed and outcome.outcome == FOLLOW_UP and _only_sending(outcome):
        return []  # "I'll email you the tracking number": check_next_steps asks the ticket to say so
    if closed and outcome.outcome in (FOLLOW_UP, ESCALATED) and outcome.evidence and all(
            e.text and booked_visit(ticket, normalise(e.text)) for e in outcome.evidence):
        return []  # the visit the ticket books in its appointment column ("기사님이 방문" read as escalated)
    if (ticket.status == "pending" and outcome.outcome == ESCALATED
            and any(_ESCALATING.search((e.matched or "").lower()) for e in outcome.evidence)  # not a visit sent
            and not _HANDOFF_WRITTEN.search(normalise(" ".join([ticket.status_word or "", *(
                F.plain(str(v)) for k, v in ticket.fields.items() if k != "status")])))):
        # pending, its text silent on any hand-off: nobody knows the case waits on the team it went to
        return [_finding("status_contradiction", "high",
                         f"The ticket is {ticket.status} and never says the case was handed on, but the call was "
                         f"escalated: {outcome.reason}", outcome.evidence, "status", written)]
    if closed and outcome.outcome in (ESCALATED, TRANSFERRED, FOLLOW_UP) or handed_on and outcome.outcome == RESOLVED:
        said = outcome.outcome.replace("_", "-")
        return [_finding("status_contradiction", "high",
                         f"The ticket is {ticket.status} but the call was {said}: {outcome.reason}",
                         outcome.evidence, "status", written)]
    return _handoff_not_heard(ticket, outcome, written) if handed_on else []


# A ticket's words for a case handed on (qa/ticket/compare.py: check_status, a pending ticket): escalated,
# sent / passed / forwarded / referred to someone, awaiting a team's approval, 이관, ipinasa; or a status
# word or text of a wait on someone ("On hold", "Waiting on vendor", 보류): how a desk records an
# escalation that waits (tests/test_ticket_round12.py pins "On hold").
_HANDOFF_WRITTEN = re.compile(r"\b(escalat\w*|endors\w*|forward\w*|referr?(ed|al)?|sent to|passed (on )?to|"
                              r"handed (over |on )?to|assigned to|transferr?ed|(for|awaiting|pending|needs?) (\w+ ){0,3}"
                              r"(approval|inspection|review|authori[sz]ation|sign-?off)|team|dept|department|mgr|manager|"
                              r"supervisor|ipinasa|ipapasa|in-?endorse|on hold|hold|waiting|awaiting)\b|이관|전달|승인|보류|대기")

_ESCALATING = re.compile(r"escalat|endors|ipapasa|ipinasa|이관")
_DONE = re.compile(DONE_ON_CALL)
# A desk's status that puts the next step with the caller ("Waiting on Customer", "Awaiting customer
# reply", "Pending requester"), not with a team or a third party ("On hold", "Waiting on vendor").
_ON_CALLER = re.compile(r"\b(customer|caller|requester|client|reporter|user|member|guest|patient)s?\b|"
                        r"(고객|회원) ?(회신|응답|확인)? ?대기")


def _waits_on_caller(ticket: Ticket) -> bool:
    return ticket.status == "pending" and bool(_ON_CALLER.search(ticket.status_word.lower()))


def _waiting_finding(ticket: Ticket, outcome: Outcome, to_team) -> Finding:
    """A ticket left waiting on the customer ("Waiting on Customer") after the agent handed the case
    on: the next step is the desk's, and nobody will pick it up while it waits on the caller."""
    said = repr(to_team[1]) if to_team else outcome.reason
    return _finding("status_contradiction", "high",
                    f"The ticket waits on the customer ({ticket.status_word!r}) but the case was handed on "
                    f"({said}): the next step is the desk's.",
                    (evidence_of(*to_team),) if to_team else outcome.evidence, "status", ticket.status_word,
                    doubtful=bool(to_team) and not F.reliable(to_team[0]))


_PASS_ON = re.compile(PASS_ON)


def _passed_on(call: Call, ticket: Ticket | None = None):
    """(turn, words) where an agent hands the case on in words the outcome's cues may not know
    ("I'm passing this to our facilities crew", "ipapasa ko po ito sa aming events manager") or
    promises a follow-up owed by the desk ("they'll reach out to you"); else None. A visit the
    ticket books in an appointment column is no follow-up left open (:func:`booked_visit`)."""
    for turn in turns_of(call):
        if turn.role not in (AGENT, None):
            continue
        text = normalise(turn.text)
        match = _PASS_ON.search(text) or (None if ticket is not None and booked_visit(ticket, text)
                                          else _OWED.search(text))
        if match:
            return turn, match.group(0)
    return None


_VISIT = re.compile(NEXT_STEPS["visit"]["call"])
# "the driver will call you thirty minutes before he arrives": a call tied to a booked visit
_ARRIVAL = re.compile(r"\barriv\w*|\bon (his|her|their|the|our) way\b|\bbefore the (visit|appointment)\b|"
                      r"\bdarating\b|도착|방문 ?전")
_BOOKING_FIELD = re.compile(r"\b(appointment|schedule|scheduled|visit|booking|slot|delivery|iskedyul)\b|(방문|예약|일정)")


def booked_visit(ticket: Ticket, text: str) -> bool:
    """Whether an agent turn's follow-up (``text``, normalised) is a visit or a delivery, or a call
    before one arrives, that the ticket books in a column of its own ("Appointment: Tue
    2026-12-15, 1:00-5:00 PM", "방문일시: 12월 3일(목) 14:00"): the ticket records the work as
    scheduled, so a resolved status leaves nothing open (a technician is not left without a case)."""
    if not (_VISIT.search(text) or _ARRIVAL.search(text)):
        return False
    return any(_BOOKING_FIELD.search(F.column_words(name)) and re.search(r"\d", F.plain(str(value)))
               for name, value in ticket.fields.items() if name not in F.BASIC_FIELDS)


_HINT = re.compile(HANDOFF_HINT)
_SURVEY = re.compile(r"\bsurvey\b")


def _done_on_call(call: Call):
    """(turn, words) where the agent says the request is done ("naidagdag ko na po ang
    beneficiary", "I've updated your address"), when no agent turn says a word of handing the call
    on (a transfer to the satisfaction survey aside); else None. Read only when the outcome's cue
    phrases decide nothing: on garbled Tagalog these forms survive where the cues do not."""
    done = None
    for turn in turns_of(call):
        if turn.role not in (AGENT, None):
            continue
        text = normalise(turn.text)
        if _HINT.search(text) and not _SURVEY.search(text):
            return None
        match = _DONE.search(text)
        if match and done is None:
            done = (turn, match.group(0))
    return done


_SEND = re.compile(NEXT_STEPS["send"]["call"])
_OWED = re.compile("|".join(spec["call"] for spec in NEXT_STEPS.values() if spec.get("follow_up")))
# "I'll email you once the part arrives" waits on something: a follow-up still owed.
_PENDING = re.compile(r"\b(once|when|after|as soon as|kapag|pag|pagka)\b")


def _only_sending(outcome: Outcome) -> bool:
    """Whether the follow-up the call was left with is only something the agent sends now ("I'll
    email you the tracking number", "I'm sending the form"), with no call-back or visit owed and
    nothing it waits on. A ticket closed after that is not contradicted: whether it mentions what
    was sent is :func:`qa.ticket.fields.check_next_steps`'s question."""
    said = [normalise(e.text) for e in outcome.evidence if e.text]
    if not said or outcome.follow_up_by == "caller":
        return False
    for text in said:
        match = _SEND.search(text)
        if match is None or _OWED.search(text) or _PENDING.search(text[match.end():]):
            return False
    return True


def _handoff_not_heard(ticket: Ticket, outcome: Outcome, written: str) -> list[Finding]:
    """A ticket handed on (escalated, transferred) that the call does not show handed on: a technician
    would pick up a case nobody was told about. Without a resolved cue this rests on not hearing
    the hand-off, so it is a ``review`` item (check the recording), never an accusation."""
    if outcome.outcome in (ESCALATED, TRANSFERRED, FOLLOW_UP):
        return []
    return [Finding("status_contradiction", REVIEW,
                    f"The ticket is {ticket.status} but nothing on the call says it was handed on "
                    f"({outcome.reason}): check the recording.", outcome.evidence, "status", written)]


def check_fields(ticket: Ticket) -> list[Finding]:
    findings = []
    if not ticket.fields.get("description", "").strip() and not ticket.fields.get("title", "").strip():
        findings.append(Finding("missing_field", "medium", f"Ticket {ticket.ticket_id} has no description.",
                                (), "description", ""))
    # "Says nothing about the fix": the resolution column left empty, or no text at all. A help desk
    # whose export has no resolution column (one notes field) is read from its description.
    described = ticket.fields.get("description", "").strip() and "resolution" not in ticket.fields
    if ticket.status in ("resolved", "closed") and not ticket.fields.get("resolution", "").strip() and not described:
        findings.append(Finding("missing_field", "low",
                                f"Ticket {ticket.ticket_id} is {ticket.status} but says nothing about the fix.",
                                (), "resolution", ""))
    return findings


def documentation_score(findings) -> float:
    """100 for a ticket that says what the call said; each finding costs by severity."""
    return round(max(0.0, 100.0 - sum(PENALTY.get(f.severity, 0.0) for f in findings)), 1)


_ALIGNER = None


def shared_aligner():
    """One multilingual embedder per process (loaded on first use, only when a claim needs it)."""
    global _ALIGNER
    if _ALIGNER is None:
        from qa.ticket.align import Aligner

        _ALIGNER = Aligner()
    return _ALIGNER


def _values(call: Call, ticket: Ticket) -> list[Finding]:
    from qa.ticket.fields import check_values  # it builds its findings with this module's _finding

    return check_values(call, ticket)


def _once(findings: list[Finding], ticket: Ticket) -> list[Finding]:
    """One status contradiction: the outcome's, else a promised follow-up on a closed ticket. What
    the agent promised from the hand-off on ("품질팀에 보고하고 ... 문자로 알려 드릴 거예요") is the
    follow-up of the team it went to, part of that contradiction, not also a missing next step."""
    status = [f for f in findings if f.kind == "status_contradiction"]
    handed = [e.start for e in status[0].call_evidence] if status and status[0].severity != REVIEW and \
        ticket.status in ("resolved", "closed") else []
    return [f for f in findings if (f.kind != "status_contradiction" or f is status[0]) and not (
        f.kind == "missing_next_step" and handed and f.call_evidence and f.call_evidence[0].start >= min(handed))]


def compare(call: Call, ticket: Ticket, outcome: Outcome | None = None, *, similarity=None) -> TicketReview:
    """Every disagreement between ``call`` and ``ticket``. ``similarity(text, texts) -> scores``
    (default: the shared :class:`qa.ticket.align.Aligner`) lets a Korean or Tagalog call support an
    English claim in words the lexicon does not know; pass ``similarity=False`` to use the lexicon only."""
    if outcome is None:
        from qa.score.outcome import decide_outcome  # the scoring stage owns how a call ended

        # As the default rubric decides it (cue phrases): what `qa run` hands in. The act-model
        # outcome of helpdesk_acts comes in through ``outcome`` when that rubric scores the call.
        outcome = decide_outcome(call)
    if similarity is None:
        similarity = shared_aligner().similarity
    said = F.call_facts(call)
    written = F.ticket_facts(ticket)
    findings = [*check_ticket_number(said, ticket), *check_identifiers(said, written, ticket, turns_of(call)),
                *check_missing(said, written, ticket), *check_claims(call, ticket, similarity=similarity),
                *check_fix_claim(call, ticket),
                *check_status(call, ticket, outcome), *check_fields(ticket), *_values(call, ticket)]
    findings = _once(findings, ticket)
    facts = {"call": [_fact_dict(f) for f in said], "ticket": [_fact_dict(f) for f in written]}
    return TicketReview(call.call_id, ticket.ticket_id, ticket.agent_id or call.metadata.get("agent_id"),
                        tuple(findings), documentation_score(findings), outcome, facts)


def attach(result: Result, review: TicketReview) -> Result:
    """The call's result with the ticket comparison in it (findings, ticket id and score)."""
    return replace(result, findings=review.findings, ticket_id=review.ticket_id, ticket_score=review.score)
