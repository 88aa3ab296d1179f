"""Amounts on a ticket that the call says in other words, or that the recogniser heard in part.

- :func:`total_of`: a total the ticket worked out from a price said per unit and a count ("$110 (2 x
  $55)" after "two lessons at fifty-five dollars each") is not a mismatch;
- :func:`cut_short`: an amount heard as a part of the ticket's ("$62" for $62.50, "$19" for $119) is
  doubtful words, a ``review`` item.
"""
from __future__ import annotations

import re

from qa.score.text import normalise
from qa.ticket import facts as F


def split_amount(value: str) -> tuple[str, str]:
    """(currency, number) of a fact's amount value: "USD62.50" -> ("USD", "62.50")."""
    match = re.match(r"([A-Z]*)(.*)", value)
    return match.group(1), match.group(2)


_EACH = re.compile(r"\b(each|apiece|per|kada|bawat)\b|씩")


def total_of(written: F.Fact, call_facts, turns=()) -> bool:
    """Whether a ticket amount is the total of a price said per unit and a count said with it: "$110
    (2 x $55)" after "two lessons at fifty-five dollars each". The ticket worked it out; the call never
    said it. The count may be in the turn before the price ("anim na galon", then "trenta pesos po
    bawat galon"): the caller asks for six, the agent prices one."""
    if written.kind != "amount":
        return False
    total = float(split_amount(written.value)[1] or 0)
    for cf in call_facts:
        if cf.kind != "amount" or cf.turn is None or not _EACH.search(normalise(cf.turn.text)):
            continue
        price = float(split_amount(cf.value)[1] or 0)
        near = [t for i, t in enumerate(turns) if i + 1 < len(turns) and turns[i + 1] is cf.turn]
        counts = {int(n) for t in [cf.turn, *near] for n in re.findall(r"\b\d{1,2}\b", F.spoken(t.text))}
        if price and any(1 < n and abs(n * price - total) < 0.005 for n in counts):
            return True
    return False


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


__all__ = ["cut_short", "split_amount", "total_of"]
