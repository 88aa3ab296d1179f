"""What the call was about, against the ticket's category, request type or product column.

A technician reads "Category: Card replacement" and starts on the wrong problem. A column whose name
says it holds an issue type or a product (:data:`qa.ticket.lexicon.TOPIC_FIELD`: category, request
type, product, item...) and whose value names a topic of :data:`qa.ticket.lexicon.TOPICS` is
compared with the topics the call names:

- the call names the field's topic (in any turn): nothing to say;
- the call never names it but names another topic of the same group (another issue type, another
  product), and the ticket's own text does not name the field's topic either: a ``field_mismatch``
  ("Category: Refund request" on an address-change call);
- otherwise (the call names no topic of the group, or the ticket's text agrees with the field, so
  the recogniser may have lost the words): a ``review`` item, never silence.

Issue words survive heavy recognition errors better than digits: "address", "refund", "password",
"beneficiary" are often said in English inside Tagalog and heard as such.
"""
from __future__ import annotations

import re

from qa.model import AGENT, Call, Finding, Ticket
from qa.score.asr_noise import TAGALOG
from qa.score.company import detector
from qa.score.text import evidence_of, normalise, turns_of
from qa.ticket import facts as F
from qa.ticket import lexicon
from qa.ticket.compare import REVIEW, _finding

_FIELD = re.compile(lexicon.TOPIC_FIELD)
_TICKET = {topic: re.compile(spec["ticket"]) for topic, spec in lexicon.TOPICS.items()}
_CALL = {topic: re.compile(spec["call"]) for topic, spec in lexicon.TOPICS.items()}
_CATEGORICAL = [re.compile(spec["field"]) for spec in lexicon.CATEGORIES.values()]
_SAID_AS = {stem: re.compile(pattern) for stem, pattern in lexicon.VALUE_WORDS.items()}


def topics_of(text: str) -> list[str]:
    """The topics a ticket value or sentence names ("Lost or stolen card" -> ["lost_card"])."""
    text = normalise(F.plain(text))
    return [topic for topic, pattern in _TICKET.items() if pattern.search(text)]


def said_topics(call: Call) -> dict[str, list]:
    """Topic -> [(turn, words)] for every topic named on the call."""
    said: dict[str, list] = {}
    for turn in turns_of(call):
        text = normalise(turn.text)
        for topic, pattern in _CALL.items():
            match = pattern.search(text)
            if match:
                said.setdefault(topic, []).append((turn, match.group(0)))
    return said


def _topic_field(name: str) -> bool:
    words = F.column_words(name)
    return (name == "category" or name not in F.BASIC_FIELDS and bool(_FIELD.search(words))) and not any(
        p.search(words) for p in _CATEGORICAL)  # card type, account type: qa.ticket.fields


def _said(stem: str, heard: str) -> bool:
    """Whether a value word's stem is in the call's words, itself or in other words of it
    (:data:`qa.ticket.lexicon.VALUE_WORDS`: "missing" for "Lost item", "a trombone" for "Instrument")."""
    return stem in heard or stem in _SAID_AS and bool(_SAID_AS[stem].search(heard))


_WORD = re.compile(r"[a-z]{3,}|[가-힣]{2,}")


def _stems(value: str) -> list[str]:
    """The words of a column value that say what it is about, cut to a stem a call's inflected or
    glued forms contain ("Enrollment verification" -> enrol, verif; "스탠다드 더블" -> 스탠, 더블;
    "Delivery" -> deliv, heard in "magpapadeliver"; "Pet boarding" -> pet, board: a word of three
    letters that is not a function word names a thing too)."""
    words = [w for w in _WORD.findall(normalise(value)) if w not in lexicon.TOPIC_GENERIC
             and not (len(w) == 3 and w in _NOT_KIND | _FUNCTION)]
    return list(dict.fromkeys(w[:2] if "가" <= w[0] <= "힣" else w[:5] for w in words))


def _unsaid_value(call: Call, name: str, value: str, own_text: str) -> Finding | None:
    """A value of two words or more naming no known topic ("Engine overheating"), none of whose words
    the call or the ticket's own text says: a ``field_mismatch`` (a ``review`` item when some turn is
    unclear: the recogniser may have lost the words)."""
    stems = _stems(value)
    heard = normalise(" ".join(t.text for t in turns_of(call)))
    other = _another_kind(call, name, value, own_text) or _another_korean_kind(call, name, value, own_text)
    if other is not None:
        return other
    # one word is a class ("Software", "incident") more than what the call was about; a model
    # ("Samsung S23") is for check_models
    if len(stems) < 2 or re.search(r"\d", value) or any(_said(st, heard) for st in stems):
        return None
    if any(st in normalise(own_text) for st in stems):
        return None  # the ticket's text says it too: the words may be lost, and nothing names another topic
    if _other_script(value, heard) or _told_in_the_calls_words(call, value, own_text):
        # "Washing machine" on a call said in Korean (세탁기): its words cannot be heard in that script;
        # "Roof leak" on a Tagalog call the ticket retells in Tagalog: likely a translation
        return Finding("field_mismatch", REVIEW, f"The ticket's {name!r} field says {value!r}, in another language "
                       "than the call, which never says its words: check the recording.", (), name, value[:300])
    return _finding("field_mismatch", "medium", f"The ticket's {name!r} field says {value!r} but the call never "
                    "says any of its words.", (), name, value[:300],
                    doubtful=not all(F.reliable(t) for t in turns_of(call)))


# words before a noun that do not name another kind of it ("open outlook", "the package")
_NOT_KIND = frozenset({"the", "our", "that", "this", "and", "per", "one", "its", "their", "his", "her", "open", "use",
                       "using", "get", "got", "need", "want", "book", "booked", "about", "same", "new", "any", "some",
                       "for", "with", "old", "whole", "first", "next", "last", "other", "another", "each", "every",
                       "ang", "nang", "ung", "nung", "iyong", "inyong", "aming", "ating", "isang", "bagong"})


def _another_kind(call: Call, name: str, value: str, own_text: str) -> Finding | None:
    """A ``field_mismatch`` where the call names the value's kind with another word before it:
    "Wedding package" on a call about "the kiddie party package", "Gold plan" after "the silver
    plan". The value's first word is never said, on the call or in the ticket's text. Else None."""
    heard = normalise(" ".join(t.text for t in turns_of(call)))
    words = normalise(value).split()
    if len(words) != 2 or not re.fullmatch(r"[A-Za-z]+ [A-Za-z]+", value.strip()) or any(
            w in lexicon.TOPIC_GENERIC or len(w) < 3 for w in words):
        return None  # a two-word name ("Wedding package"), not a path ("Software / Outlook") or a class
    if any(_said(w[:5], heard) or w[:5] in normalise(own_text) for w in words[:-1]):
        return None  # "Instrument rental" on a call about a trombone: the class said by its member
    head = re.compile(rf"\b([a-z]{{3,}}) {re.escape(words[-1])}s?\b")
    house = _house_name(call)
    # the ticket's text names the thing as the call does ("water damage claim" said and written):
    # the column is its class ("Property claim"), not another kind of it
    # ("the repair" said and written is no kind of repair)
    if any(m.group(0) in normalise(own_text) for t in turns_of(call) for m in head.finditer(normalise(t.text))
           if m.group(1) not in _FUNCTION | _NOT_KIND):
        return None
    for turn in turns_of(call):
        match = head.search(normalise(turn.text))
        if match and match.group(1) not in _FUNCTION | _NOT_KIND and match.group(0) not in house:
            return _finding("field_mismatch", "medium", f"The ticket's {name!r} field says {value!r} but the call "
                            f"speaks of another one ({match.group(0)!r}) and never says {words[0]!r}.",
                            (evidence_of(turn, match.group(0)),), name, value[:300], doubtful=not F.reliable(turn))
    return None


def _another_korean_kind(call: Call, name: str, value: str, own_text: str) -> Finding | None:
    """A ``field_mismatch`` where a Korean value of two words ("애견 호텔링") has a last word the call
    and the ticket's text never say, while the call joins its first word to another one it also says
    on its own ("애견미용", then "전체 미용"): the call is about another kind of the same thing
    ("에어컨 설치" on a call about "에어컨청소 ... 청소 예약"). Else None."""
    words = value.split()
    if len(words) != 2 or not all(re.fullmatch(r"[가-힣]{2,}", w) for w in words):
        return None
    first, last = words
    texts = [t.text for t in turns_of(call)]
    if any(last[:2] in text for text in [*texts, own_text]):
        return None
    for turn in turns_of(call):
        for match in re.finditer(rf"{re.escape(first)}([가-힣]{{2,}})", turn.text):
            kind = match.group(1)[:2]
            if any(re.search(rf"(?<![가-힣]){kind}", text) for text in texts):
                return _finding("field_mismatch", "medium", f"The ticket's {name!r} field says {value!r} but the "
                                f"call speaks of another one ({match.group(0)!r}) and never says {last!r}.",
                                (evidence_of(turn, match.group(0)),), name, value[:300],
                                doubtful=not F.reliable(turn))
    return None


def _house_name(call: Call) -> str:
    """The organisation the agent's opening names ("Greenway tree care. This is Lewis." -> "greenway
    tree"), normalised; "" when none. Its words name the business, not another kind of the ticket's
    category ("Hazard tree")."""
    opening = next((t for t in turns_of(call) if t.role == AGENT), None)
    found = detector().find(opening.text) if opening is not None else None
    return normalise(found[0]) if found else ""


def _another_reason(name: str, value: str, written: list[str], said: dict) -> Finding | None:
    """A ``field_mismatch`` when the value names why something goes back (the customer's change of
    mind) and the call gives another reason (the shop sent the wrong item) and never the value's;
    the value's other topic (a return) may well be said. Else None."""
    reasons = [t for t in written if lexicon.TOPICS[t]["group"] == "reason"]
    others = [t for t in said if lexicon.TOPICS[t]["group"] == "reason" and t not in written]
    if not reasons or any(t in said for t in reasons) or not others:
        return None
    turn, words = max(said[others[0]], key=lambda h: F.reliable(h[0]))
    return _finding("field_mismatch", "medium", f"The ticket's {name!r} field says {value!r} but the call gives "
                    f"another reason ({words!r}).", (evidence_of(turn, words),), name, value[:300],
                    doubtful=not F.reliable(turn))


_PLAIN = re.compile(r"(?<![\w-])[a-z]{4,}(?![\w-])")
_FUNCTION = frozenset({"yung", "namin", "natin", "kami", "kayo", "naman", "lang", "para", "sana", "pero", "kasi",
                       "ngayon", "talaga", "dito", "diyan", "doon", "niyo", "ninyo", "mga", "this", "that", "with",
                       "have", "from", "your", "what", "okay", "salamat", "hello", "good", "morning", "afternoon"})


def _told_in_the_calls_words(call: Call, value: str, own_text: str) -> bool:
    """Whether, on a call not in English, the ticket's own text repeats the caller's words (two or
    more, lower case: not names) while its column says something in English: the desk wrote the
    problem in the call's language ("Tulo sa sala tuwing umuulan" after "tumutulo po yung bubong
    namin tuwing umuulan, sa may sala"), so "Roof leak" is likely its translation, not another
    problem. A text with no Tagalog word at all ("Shih tzu: full groom + tick and flea bath") retells
    the English words of a Taglish caller: the column is no translation of it."""
    if (call.language or "en").startswith("en") or not re.fullmatch(r"[A-Za-z][A-Za-z\s/&-]*", value):
        return False
    caller = {w for t in turns_of(call) if t.role != "agent" for w in _PLAIN.findall(t.text)} - _FUNCTION
    return len(caller & set(_PLAIN.findall(own_text))) >= 2 and bool(
        TAGALOG & set(re.findall(r"[a-z]+", own_text.lower())))


def _other_script(value: str, heard: str) -> bool:
    """Whether ``value`` is written in Latin letters and the call mostly in Hangul, or the reverse."""
    def hangul(text: str) -> float:
        letters = re.findall(r"[a-z가-힣]", text.lower())
        return sum("가" <= c <= "힣" for c in letters) / len(letters) if letters else 0.0
    return abs(hangul(value) - hangul(heard)) > 0.5


def check_topics(call: Call, ticket: Ticket) -> list[Finding]:
    said = None
    own_text = " ".join(F.plain(ticket.fields.get(n, "")) for n in F.TICKET_TEXT_FIELDS)
    findings = []
    for name, value in ticket.fields.items():
        value = F.plain(str(value)).strip()
        if not value or len(value) > 60 or not _topic_field(name):
            continue
        written = topics_of(value)
        if not written:
            unsaid = _unsaid_value(call, name, value, own_text)
            findings += [unsaid] if unsaid else []
            continue
        said = said if said is not None else said_topics(call)
        if any(topic in said for topic in written):
            # "Wedding package" after "party package"; "단순 변심 반품" after "다른 책이 왔어요"
            other = _another_kind(call, name, value, own_text) or _another_reason(name, value, written, said)
            findings += [other] if other else []
            continue
        groups = {lexicon.TOPICS[t]["group"] for t in written}
        others = [t for t in said if lexicon.TOPICS[t]["group"] in groups and t not in written]
        agrees = any(t in topics_of(own_text) for t in written)
        if others and not agrees:
            # the other topic said most often, by its clearest turn
            other = max(others, key=lambda t: (len(said[t]), any(F.reliable(turn) for turn, _ in said[t])))
            turn, words = max(said[other], key=lambda h: F.reliable(h[0]))
            findings.append(_finding(
                "field_mismatch", "medium",
                f"The ticket's {name!r} field says {value!r} but the call is about {other.replace('_', ' ')} "
                f"({words!r}) and never mentions {written[0].replace('_', ' ')}.",
                (evidence_of(turn, words),), name, value[:300],
                doubtful=not any(F.reliable(t) for t, _ in said[other])))
        else:
            findings.append(Finding(
                "field_mismatch", REVIEW,
                f"The ticket's {name!r} field says {value!r} but the call never mentions "
                f"{written[0].replace('_', ' ')}" + (" (the ticket's text agrees with the field)" if agrees else "")
                + ": check the recording.",
                (), name, value[:300]))
    return findings
