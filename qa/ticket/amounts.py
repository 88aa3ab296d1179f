"""Amounts on a ticket that the call says in other words, or that the recogniser heard in part.

- :func:`total_of`: a total the ticket worked out from a price said per unit and a count ("$110 (2 x
  $55)" after "two lessons at fifty-five dollars each"), or from amounts said in one turn ("$414"
  after "$264 for the season, plus shrink wrap at 150"), is not a mismatch;
- :func:`part_of_total`: an amount column holding one part of a total said, the total written nowhere
  on the ticket, is a mismatch ("Amount: $89.00" after "$89 plus a $10 late fee, so $99");
- :func:`said_free`: a price said to be nothing ("libre po", "no charge") is an amount of zero;
- :func:`cut_short`: an amount heard as a part of the ticket's ("$62" for $62.50, "$19" for $119) is
  doubtful words, a ``review`` item;
- :func:`shop_prices`: a price said as a shop reads it off, with no currency word ("one nineteen
  ninety nine" for $119.99), is compared with an amount column written with cents.
"""
from __future__ import annotations

import re
from itertools import combinations

from qa.model import AGENT, Ticket
from qa.score.text import evidence_of, normalise
from qa.ticket import facts as F
from qa.ticket import lexicon


def split_amount(value: str) -> tuple[str, str]:
    """(currency, number) of a fact's amount value: "USD62.50" -> ("USD", "62.50")."""
    match = re.match(r"([A-Z]*)(.*)", value)
    return match.group(1), match.group(2)


# ... a price "a" one of something said right after it ("45 a person", "sixty dollars a head", "1인당", "한 분에")
_EACH = re.compile(r"\b(each|apiece|per|kada|bawat)\b|씩|"
                   r"(\d|\b(dollars?|bucks|pesos?|euros?|pounds?))\s+(a|an)\s+(person|head|guest|pax|seat|ticket|"
                   r"student|child|kid|adult|couple|player|rider|diner|attendee|participant)\b|"
                   r"인당|(한|1) ?(분|명|사람)(에|당)")


def total_of(written: F.Fact, call_facts, turns=()) -> bool:
    """Whether a ticket amount is the total of a price said per unit and a count said with it: "$110
    (2 x $55)" after "two lessons at fifty-five dollars each". The ticket worked it out; the call never
    said it. The count may be in the turn before the price ("anim na galon", then "trenta pesos po
    bawat galon"): the caller asks for six, the agent prices one."""
    if written.kind != "amount":
        return False
    total = value_of(written)
    for cf in call_facts:
        if cf.kind != "amount" or cf.turn is None or not _EACH.search(normalise(cf.turn.text)):
            continue
        near = [t for i, t in enumerate(turns) if i + 1 < len(turns) and turns[i + 1] is cf.turn]
        counts = {int(n) for t in [cf.turn, *near] for n in re.findall(r"\b\d{1,3}\b", F.spoken(t.text))}
        for price in _readings(cf):
            # the call worked the total out itself ("$129 per tux, the groom's free with five or more, so
            # four at $129, that's $516"): the ticket's is compared with that one, not another count's
            said = {_times(value_of(o), price) for o in call_facts
                    if o.kind == "amount" and o.turn is cf.turn and o is not cf} - {0}
            if price and any(1 < n and abs(n * price - total) < 0.005 for n in (said or counts)):
                return True
    return _sum_said(total, call_facts)


def _readings(fact: F.Fact) -> list[float]:
    """The prices an amount said may be: "six fifty each" is written 650 by the recogniser (no currency
    word), and is $6.50 as often as $650; a price with its currency or its cents is what it says."""
    currency, number = split_amount(fact.value)
    text = fact.turn.text.lower()
    if currency or not re.fullmatch(r"[1-9]\d\d", number) or number.endswith("00") or not (
            re.search(rf"(?<![\d$.,]){number}(?![\d.,]\d)", text)
            or any(F.spoken(m.group(0)) == number for m in re.finditer(rf"\b{_UNIT_WORD} {_PAIR_WORDS}\b", text))):
        return [value_of(fact)]  # ("three hundred fifty" is $350)
    return [value_of(fact), value_of(fact) / 100]


def _sum_said(total: float, call_facts) -> bool:
    """Whether two or three amounts said in one turn add up to ``total``: "$414.00" after "$264 for
    the season, plus shrink wrap at 150". The ticket wrote the sum the call left to the caller. A
    price and a total said of it ("$129 per tux ... so four at $129, that's $516") are no sum."""
    return any(abs(sum(map(value_of, part)) - total) < 0.005 and not _price_and_its_total(part)
               and len({_taken_off(f) for f in part}) == 1
               for said in _by_turn(call_facts) for size in (2, 3) for part in combinations(said, size))


_TAKEN_OFF = re.compile(lexicon.TAKEN_OFF, re.IGNORECASE)


def _taken_off(fact: F.Fact) -> bool:
    """Whether the clause that says an amount takes it off the bill ("I've reversed the $25 late fee",
    "we waived the 40 delivery charge"): it is no part of a sum with what is still charged, so the
    $25 and "your total is back to $109.50" do not make $134.50."""
    text = F.turn_text(fact.turn)
    at = text.find(fact.text.strip())
    if at < 0:
        return False
    start = max(text.rfind(mark, 0, at) for mark in ".;!?")
    ends = [e for e in (text.find(mark, at) for mark in ".;!?") if e >= 0]
    return bool(_TAKEN_OFF.search(text[start + 1:min(ends) if ends else len(text)]))


def _times(total: float, price: float) -> int:
    """How many times ``price`` makes ``total`` (two or more, a whole number), else 0."""
    times = round(total / price) if price else 0
    return times if times >= 2 and abs(total - times * price) < 0.005 else 0


def _price_and_its_total(part) -> bool:
    """Whether one amount of ``part`` is said as a total that is a whole multiple of another's."""
    return any(_said_as_total(total) and _times(value_of(total), value_of(price))
               for total in part for price in part if price is not total)


def _said_as_total(fact: F.Fact) -> bool:
    """Whether an amount of the call is said as a total: after "so" / "that's" at the end of a clause,
    or before "in total" / "lahat"."""
    text = fact.turn.text.lower()
    at = text.find(fact.text.strip().lower())
    return at >= 0 and bool(F.TOTAL_BEFORE.search(normalise(text[max(0, at - 25):at]))
                            or F.TOTAL_AFTER.match(text, at + len(fact.text.strip())))


def _by_turn(call_facts) -> list[list[F.Fact]]:
    """The call's amount facts, grouped by the turn that said them (in the order said)."""
    turns: dict[int, list[F.Fact]] = {}
    for cf in call_facts:
        if cf.kind == "amount" and cf.turn is not None:
            turns.setdefault(id(cf.turn), []).append(cf)
    return list(turns.values())


_FREE = re.compile(lexicon.FREE)
# a column holding what was charged or paid, not a part of it ("Deposit", "Late fee")
_CHARGED = re.compile(r"\b(amount|total|charge|charged|paid|payment|price|cost|halaga|bayad)\b|금액|결제|합계")
_FREE_TICKET = re.compile(lexicon.FREE_TICKET)


def said_free(turns, ticket_text: str | None = None):
    """(turn, words) where the agent says that something costs nothing ("no charge", "반품비는
    없습니다"); else None. With ``ticket_text`` (for a price in an amount column): only what the call
    is about ("libre po yung head cleaning kasi within warranty pa"), when the ticket's own text does
    not say it is free too (then its amount column is the price of something else): the turn must
    name something the ticket's text names (a word of four letters or more), so "free shipping" on
    a call about a repair says nothing of the repair's price."""
    written = normalise(ticket_text or "")
    if ticket_text is not None and _FREE_TICKET.search(written):
        return None
    for turn in turns:
        text = normalise(turn.text)
        match = _FREE.search(text) if turn.role in (AGENT, None) else None
        if match and (ticket_text is None or any(w in written.split() for w in re.findall(r"[a-z]{4,}", text))):
            return turn, match.group(0)
    return None


_UNIT_WORD = r"(one|two|three|four|five|six|seven|eight|nine)"
_PAIR_WORDS = (r"(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
               r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)([ -]" + _UNIT_WORD + r")?)")
# A price said the way a shop reads it off: hundreds, then dollars, then cents as two pairs of words
# ("one nineteen ninety nine" for $119.99, "two forty nine ninety five" for $249.95). No currency
# word, so the recogniser's digits ("11999") read as an identifier.
_SHOP_PRICE = re.compile(rf"\b{_UNIT_WORD} {_PAIR_WORDS} {_PAIR_WORDS}\b")


def shop_prices(written: F.Fact, call_facts) -> list[F.Fact]:
    """The call's numbers said as a shop price (:data:`_SHOP_PRICE`) of the size of a ticket amount
    written with cents ("$129.99" against "one nineteen ninety nine"), as amounts of its currency: the
    ticket's is compared with them. Only amounts with cents: "one twenty five" may be a count."""
    currency, number = split_amount(written.value)
    if written.kind != "amount" or not re.fullmatch(r"\d{2,3}\.\d\d", number) or number.endswith(".00"):
        return []
    if len(number) == 5:
        return _cents_run_together(written, call_facts)
    found = []
    for cf in call_facts:
        if cf.kind != "id" or cf.turn is None or not re.fullmatch(r"\d{5}", cf.value):
            continue
        for match in _SHOP_PRICE.finditer(normalise(cf.turn.text)):
            if F.canonical(F.spoken(match.group(0))) == cf.value:
                found.append(F.Fact("amount", f"{currency}{cf.value[:3]}.{cf.value[3:]}", match.group(0),
                                    turn=cf.turn, reliable=cf.reliable))
                break
    return found


_PAIR_PRICE = re.compile(rf"\b{_PAIR_WORDS} {_PAIR_WORDS}\b")


def _cents_run_together(written: F.Fact, call_facts) -> list[F.Fact]:
    """For a ticket amount of two digits and cents ("$34.95"): the call's amounts of four digits with
    no currency word that the recogniser ran together from "thirty four ninety five" ("the charge of
    3495"), as dollars and cents. Only runs of four digits written as digits or said as two pairs."""
    currency = split_amount(written.value)[0] or "USD"
    found = []
    for cf in call_facts:
        if cf.kind != "amount" or cf.turn is None or not re.fullmatch(r"[1-9]\d{3}", cf.value):
            continue
        text = cf.turn.text.lower()
        if re.search(rf"(?<![\d$.,]){cf.value}(?![\d.,]\d)", text) or any(
                F.spoken(m.group(0)) == cf.value for m in _PAIR_PRICE.finditer(text)):
            found.append(F.Fact("amount", f"{currency}{cf.value[:2]}.{cf.value[2:]}", cf.text, turn=cf.turn,
                                reliable=cf.reliable))
    return found


def value_of(fact: F.Fact) -> float:
    """An amount fact's number: "USD17.48" -> 17.48."""
    return float(split_amount(fact.value)[1] or 0)


def part_of_total(written: F.Fact, call_facts, ticket_facts, ticket: Ticket):
    """An ``identifier_mismatch`` when an amount column holds one part of a total said on the call
    and the ticket nowhere writes the total: "Amount: $89.00" after "$89 plus a $10 late fee, so $99".
    The technician reads the renewal fee as what was charged. A total is the largest amount of a turn
    that two or three of the turn's other amounts add up to. Else None."""
    if written.kind != "amount" or not _CHARGED.search(F.column_words(written.field)) or sum(
            tf.kind == "amount" and tf.field == written.field for tf in ticket_facts) != 1:
        return None
    rate = _rate_as_total(written, call_facts, ticket_facts)
    if rate is not None:
        from qa.ticket.compare import _finding  # it imports this module

        return _finding("identifier_mismatch", "medium", f"The amount in the ticket's {written.field!r} field is "
                        f"{written.text.strip()!r}, the price per unit the call said; the total said was "
                        f"{rate.text.strip()!r}.", (evidence_of(rate.turn, rate.text),), written.field,
                        ticket.fields.get(written.field, "")[:300], doubtful=not rate.reliable)
    for said in _by_turn(call_facts):
        total = max(said, key=value_of)
        text = F.turn_text(total.turn)
        if any(abs(value_of(cf) - value_of(written)) < 0.005 and _said_as_total(cf)
               and text.rfind(cf.text.strip()) > text.find(total.text.strip()) for cf in said):
            continue  # "1450 installed, less a $200 rebate, so 1250": the ticket's is the last total said
        if not _parts_of(value_of(written), value_of(total), [value_of(cf) for cf in said if cf is not total]):
            continue
        if not any(tf.kind == "amount" and abs(value_of(tf) - value_of(total)) < 0.005 for tf in ticket_facts):
            from qa.ticket.compare import _finding  # it imports this module

            return _finding("identifier_mismatch", "medium", f"The amount in the ticket's {written.field!r} field is "
                            f"{written.text.strip()!r}, a part of the total the call said ({total.text.strip()!r}).",
                            (evidence_of(total.turn, total.text),), written.field,
                            ticket.fields.get(written.field, "")[:300], doubtful=not total.reliable)
    return None


def _parts_of(part: float, total: float, said: list[float]) -> bool:
    """Whether ``part`` is one of two or three amounts of ``said`` that add up to ``total`` ("4500,
    tapos lights 1000. 5500 po lahat. Downpayment 2000": the deposit is no part of the sum)."""
    return any(abs(sum(combo) - total) < 0.005 and any(abs(p - part) < 0.005 for p in combo)
               for size in (2, 3) for combo in combinations(said, size))


_TOTAL_COLUMN = re.compile(r"\b(total|kabuuan)\b|합계|총")
_RATE_AFTER = re.compile(lexicon.PER_UNIT_AFTER + r"|\s*(po\s+)?(a|per|kada|bawat) ?(month|buwan|year|taon|week|linggo|"
                         r"night|gabi|day|araw)\b")
# A price said for one of something: "$385 per elevator", "two ninety a cord", "일 박에 사만 오천 원",
# "만 원씩"; a column of one unit's price ("Unit price", "Rate") holds it rightly.
_EACH_AFTER = re.compile(r"\s*(po\s+)?(per|a|an|each|kada|bawat) [a-z]{3,}|\s*씩")
_EACH_BEFORE = re.compile(r"((일|한|1|매) ?[가-힣]{1,2}(에|당)|[가-힣]+당)\s*$")
_UNIT_COLUMN = re.compile(r"\b(price|rate|unit|each|per)\b|단가|가격")


def _rate_as_total(written: F.Fact, call_facts, ticket_facts) -> F.Fact | None:
    """The total said ("pitong libo po lahat", "So $770 a month") when a column for what is charged
    holds the price per unit said and the ticket writes that total nowhere; else None. A column
    named for the total ("PHP 3,500.00" in u_total_due after "tatlong libo't limang daan po kada
    buwan") takes a total said as one; any other charged column ("Amount: $385.00/month" after "$385
    per elevator per month. So $770 a month", "금액: 45,000원" after "일 박에 사만 오천 원이라 삼 박이면
    십삼만 오천 원") a whole multiple of the price, said after it in the same turn."""
    words = F.column_words(written.field)
    total_column = bool(_TOTAL_COLUMN.search(words))
    if not total_column and _UNIT_COLUMN.search(words):
        return None
    for cf in call_facts:
        if cf.kind != "amount" or cf.turn is None or abs(value_of(cf) - value_of(written)) > 0.005:
            continue
        text = F.spoken(F.unspell(cf.turn.text)).lower()
        at = text.find(cf.text.lower())
        if at < 0 or not (_RATE_AFTER if total_column else _EACH_AFTER).match(text, at + len(cf.text)) and not (
                not total_column and _EACH_BEFORE.search(text[:at])):
            continue
        for total in call_facts:
            after = text.find(total.text.lower(), 0 if total_column else at + len(cf.text))
            if (total.kind == "amount" and total.turn is cf.turn and value_of(total) > value_of(written) and after >= 0
                    and (F.TOTAL_AFTER.match(text, after + len(total.text)) if total_column
                         else _times(value_of(total), value_of(written)))
                    and not any(tf.kind == "amount" and abs(value_of(tf) - value_of(total)) < 0.005
                                for tf in ticket_facts)):
                return total
    return None


_TIMES_WRITTEN = r"(?:(\d{{1,3}})\s*(?:[a-z]+\s*)?[x×@]\s*{price}(?![\d.,])|{price}\s*(?:/\s*[a-z]+\s*)?[x×]\s*(\d{{1,3}})\b)"


def priced_each(written: F.Fact, call_facts, ticket: Ticket) -> bool:
    """Whether a ticket amount is a price per unit that the ticket multiplies by a count it writes
    beside it ("2 x $290 + $35 delivery", "3 days x $135", "$18 x 12") and the call said the product
    ("Two ninety a cord, so five eighty"): the same price, said as its total. Else False."""
    if written.kind != "amount" or not written.field:
        return False
    text = F.plain(ticket.fields.get(written.field, ""))
    price = re.escape(written.text.strip())
    counts = {int(n) for m in re.finditer(_TIMES_WRITTEN.format(price=price), text, re.IGNORECASE)
              for n in m.groups() if n}
    return any(n >= 2 and cf.kind == "amount" and abs(n * value_of(written) - value_of(cf)) < 0.005
               for n in counts for cf in call_facts)


def priced_free(written: F.Fact, ticket: Ticket, turns):
    """For an amount column on a call that said no amount: [] when it holds zero and the agent said
    something is free (the same), [an ``identifier_mismatch``] when it holds a price and the agent
    said what the call is about costs nothing (:func:`said_free`); else None (not judged here)."""
    if written.kind != "amount" or written.field in F.TICKET_TEXT_FIELDS:
        return None
    text = " ".join(F.plain(ticket.fields.get(name, "")) for name in F.TICKET_TEXT_FIELDS)
    free = said_free(turns, text if value_of(written) else None)
    if free is None or not value_of(written):
        return None if free is None else []
    from qa.ticket.compare import _finding  # it imports this module

    turn, words = free
    return [_finding("identifier_mismatch", "medium", f"The amount in the ticket's {written.field!r} field is "
                     f"{written.text.strip()!r} but the call said it costs nothing ({words!r}).",
                     (evidence_of(turn, words),), written.field, ticket.fields.get(written.field, "")[:300],
                     doubtful=not F.reliable(turn))]


def cut_short(written: F.Fact, said: F.Fact) -> bool:
    """An amount heard as a part of the ticket's: "$62" for $62.50 ("sixty-two fifty", its cents
    lost), "$19" for $119 ("one nineteen", its hundred lost). The recogniser dropped words; whether
    the agent wrote more than was said is for the recording to show (a ``review`` item). An amount
    said longer than the ticket's ($150 said, $50 written) is the agent's to explain."""
    if written.kind != "amount" or said.kind != "amount":
        return False
    (_, full), (_, part) = split_amount(written.value), split_amount(said.value)
    whole, cents = full.split(".")[0], full.replace(".", "")
    # (the ticket's digits beginning with the said ones, "$1,340" for 134, is a typing slip: a finding)
    return "." not in part and len(part) < len(cents) and (
        part == whole and "." in full or whole.endswith(part) and len(part) >= 2)


__all__ = ["cut_short", "part_of_total", "priced_each", "priced_free", "said_free", "shop_prices", "split_amount",
           "total_of", "value_of"]


# A sum given back to the caller: "refund", "goes back", "credited back", "ibabalik", "ire-refund", "환불",
# "돌려" (narrower than lexicon.TAKEN_OFF: a fee waived or taken off is no refund of it)
_RETURNED = re.compile(lexicon.RETURNED, re.IGNORECASE)


def _clause_of(fact: F.Fact) -> str:
    """The words said with an amount: from the number or stop before it to the one after it (with an
    amount said twice in the turn, "two deposits of $150 ... refunded the duplicate $150", both)."""
    text = F.spoken(F.unspell(fact.turn.text))
    clauses = []
    for found in re.finditer(re.escape(fact.text), text):
        at, end = found.start(), found.end()
        start = max([0] + [m.end() for m in re.finditer(r"\d[\d,.]*\s*\S*|[.;!?]", text[:at])])
        stop = re.search(r"\d|[.;!?]|,\s", text[end:])
        clauses.append(text[start:at] + " " + text[end:end + (stop.start() if stop else 60)])
    return " | ".join(clauses)


def refund_otherwise(written: F.Fact, call_facts, ticket: Ticket):
    """An ``identifier_mismatch`` when a ticket's amount column writes a refund ("18,600원 환불",
    "Refund: $75.00") of an amount the call said with no refund word, and the call gives back
    another amount ("만 팔천육백 원 청구됐는데 ... 만 육천이백 원 환불해 드릴게요": 18600 was charged,
    16200 goes back). Else None."""
    if written.kind != "amount" or not written.field or written.field in F.TICKET_TEXT_FIELDS:
        return None
    value = F.plain(str(ticket.fields.get(written.field, "")))
    if not _RETURNED.search(value + " " + F.column_words(written.field)):
        return None
    same = [cf for cf in call_facts if cf.kind == "amount" and cf.turn is not None
            and abs(value_of(cf) - value_of(written)) < 0.005]
    back = [cf for cf in call_facts if cf.kind == "amount" and cf.turn is not None
            and abs(value_of(cf) - value_of(written)) >= 0.005 and _RETURNED.search(_clause_of(cf))]
    if not back or any(_RETURNED.search(_clause_of(cf)) for cf in same):
        return None
    kept = [] if same else _kept_back(written, back, call_facts)
    # ... or it adds up what was charged ("two deposits of $150 ... I've refunded the duplicate $150":
    # "$300.00 refund"), when the call gives back only one of them
    summed = not same and not kept and _sum_said(value_of(written), call_facts)
    if not same and not kept and not summed:
        return None
    from qa.ticket.compare import _finding  # it imports this module

    said = kept[0] if kept else back[-1]
    why = (f"{same[0].text.strip()!r} was said as another sum" if same else
           f"it adds back {kept[1].text.strip()!r}, which the call takes off" if kept else
           "it adds up the amounts charged, not what goes back")
    return _finding("identifier_mismatch", "medium", f"The amount in the ticket's {written.field!r} field is "
                    f"{value!r}, a refund, but the call gives back {said.text.strip()!r}; {why}.",
                    (evidence_of(said.turn, said.text),), written.field, value[:300], doubtful=not said.reliable)


def _kept_back(written: F.Fact, back, call_facts) -> tuple:
    """(the refund said, the amount taken off) when a refund column holds the refund the call gives
    back plus an amount the call says it takes off ("위약금 삼만 육천 원을 빼고 이십만 사천 원 환불",
    "minus the $15 restocking fee we deduct, $85 goes back to your card"): the ticket forgot the
    deduction. Else ()."""
    taken = [cf for cf in call_facts if cf.kind == "amount" and cf.turn is not None
             and _TAKEN_OFF.search(_clause_of(cf)) and not _RETURNED.search(_clause_of(cf))]
    return next(((b, t) for b in back for t in taken
                 if abs(value_of(b) + value_of(t) - value_of(written)) < 0.005), ())
