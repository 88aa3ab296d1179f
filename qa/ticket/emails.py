"""E-mail addresses, said or written: "dana dot whitfield at outlook dot com", "Rhea dot mangubat at
gmail dot com po", "jhlee 골뱅이 네이버 닷컴", or as the recogniser writes them ("jhlee@naver.com").

A structured field holding an e-mail address ("Email: dana.whitfield@outlook.com", "이메일") is
compared with the addresses said on the call:

- the same address heard: nothing to say;
- another domain heard ("outlook dot com" said, "outlook.co.uk" written; "gmail" said, "yahoo.com"
  written): an ``identifier_mismatch`` on the field (a ``review`` item on doubtful words);
- the same domain and a user name a letter or two off ("whitfeld", "mangubad") or sharing a long
  part ("genregorgo" heard for "alisonregorgo14"), or a domain a letter off ("jmail.com"): a
  ``review`` item, since recognisers respell names; another person's user name is a finding;
- the call talks about an e-mail address but none was heard: a ``review`` item.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from rapidfuzz.distance import OSA

from qa.model import Call, Finding, Ticket
from qa.score.text import evidence_of, turns_of
from qa.ticket import facts as F
from qa.ticket.compare import REVIEW, _finding
from qa.ticket.spoken import DIGITS, KO_LETTERS

WRITTEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# Korean words for the parts of an address ("골뱅이" is the at sign) and the domains said in Korean.
_KO_WORDS = {"골뱅이": " @ ", "앳": " @ ", "닷컴": " . com ", "닷넷": " . net ", "닷": " . ", "쩜": " . ",
             "네이버": " naver ", "다음": " daum ", "지메일": " gmail ", "한메일": " hanmail ", "네이트": " nate ",
             "카카오": " kakao ", "컴": " com ", "넷": " net ", "언더바": " _ ", "언더스코어": " _ "}
_KO = re.compile("|".join(sorted(map(re.escape, _KO_WORDS), key=len, reverse=True)))
_SAID = {"dot": ".", "period": ".", "punto": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
_TOKEN = re.compile(r"[A-Za-z0-9']+|[@._-]")
_TALKED = re.compile(r"\b(e-?mail|email address|gmail|yahoo|outlook)\b|이메일|메일 ?주소", re.I)
# the call asks for or gives an address (not "I'll send it to the email on file")
_ASKED = re.compile(r"\b(e-?mail address|your e-?mail|e-?mail (po|natin|ninyo|mo|nyo|is)|ano(ng)? (po )?(ang )?"
                    r"e-?mail)\b|(이메일|메일) ?주소", re.I)
_FIELD = re.compile(r"\b(e-?mail|email address|mail)\b|이메일|메일", re.I)
# Words said right after an address, which the recogniser may join to it with the sentence's full
# stop ("proton .me. That's L I N ..." is not "proton.me.thats"): never a part of its domain.
_AFTER_ADDRESS = frozenset({"thats", "that", "thank", "thanks", "salamat", "po", "yes", "yeah", "okay", "ok",
                            "so", "and", "please", "right", "is", "it"})
# A name spelled letter by letter after the address ("..., that's L I N D Q V I S T"); the recogniser
# may join two letters ("DQ").
_SPELLING = re.compile(r"\b(?:that'?s|that is|spelled|spelt|spelling)\s*,?\s+((?:[A-Za-z]{1,2}\b[\s.,-]*){4,})", re.I)


def _tokens(text: str) -> list[str]:
    # a Korean letter name only as a word of its own ("제이 에이치": J H; not the 지 of 지금)
    text = " ".join(KO_LETTERS.get(word, word) for word in text.split())
    text = _KO.sub(lambda m: _KO_WORDS[m.group()], text)
    words = [t.lower().replace("'", "") for t in _TOKEN.findall(text)]
    return [_SAID.get(w, str(DIGITS[w]) if w in DIGITS and DIGITS[w] <= 9 and w != "oh" else w) for w in words if w]


def _joined(parts: list[str]) -> str:
    return "".join(parts)


def said(text: str) -> list[str]:
    """The e-mail addresses in a turn: written ones, and ones said "x dot y at z dot com"."""
    found = [m.group().lower() for m in WRITTEN.finditer(text)]
    tokens = _tokens(WRITTEN.sub(" ", text))
    for at in (i for i, t in enumerate(tokens) if t == "@"):
        local = []  # backwards from "at": words joined by dot/underscore/dash, or letters spelled one by one
        j = at - 1
        while j >= 0 and tokens[j] not in "@._-":
            local.insert(0, tokens[j])
            if j >= 2 and tokens[j - 1] in "._-" and tokens[j - 2] not in "@._-":
                local.insert(0, tokens[j - 1])
                j -= 2
            elif j >= 1 and len(tokens[j - 1]) == 1 and tokens[j - 1] not in "@._-" and (
                    len(tokens[j]) == 1 or len(local) == 1):
                j -= 1
            else:
                break
        domain, k = [], at + 1
        while k < len(tokens) and tokens[k] not in "@._-":
            domain.append(tokens[k])
            if (k + 2 < len(tokens) and tokens[k + 1] == "." and re.fullmatch(r"[a-z]{2,}", tokens[k + 2])
                    and tokens[k + 2] not in _AFTER_ADDRESS):
                domain.append(".")
                k += 2
            else:
                break
        if local and "." in domain:
            found.append(f"{_joined(local)}@{_joined(domain)}")
    return found


def _closest(written: str, heard: list[tuple]) -> tuple:
    return min(heard, key=lambda h: (h[1].split("@")[1] != written.split("@")[1],
                                     OSA.distance(h[1].split("@")[0], written.split("@")[0])))


def check_emails(call: Call, ticket: Ticket) -> list[Finding]:
    turns = turns_of(call)
    # an address said aloud counts where this turn or the one before talks about e-mail ("what's
    # your email?"), not "I'm at home dot com"; one the recogniser wrote with an @ counts anywhere
    heard = [(turn, address) for i, turn in enumerate(turns) for address in said(turn.text)
             if WRITTEN.search(turn.text) or any(_TALKED.search(t.text) for t in turns[max(0, i - 1):i + 1])]
    heard = [(turn, _as_spelled(turn.text, address) or address) for turn, address in heard]
    spelled = {address for turn, address in heard if _as_spelled(turn.text, address)}
    findings = []
    for name, value in ticket.fields.items():
        value = F.plain(str(value)).strip()
        match = WRITTEN.fullmatch(value)
        if name in F.BASIC_FIELDS or not match:
            continue
        written = value.lower()
        if any(address == written for _, address in heard):
            continue
        if not heard:
            other = _other_domain(turns, written)
            if other is not None:
                turn, domain = other
                findings.append(_finding(
                    "identifier_mismatch", "high", f"The e-mail address in the ticket's {name!r} field is "
                    f"{value!r} but the call said another domain ({domain!r}).", (evidence_of(turn, turn.text[:120]),),
                    name, value, doubtful=not F.reliable(turn)))
                continue
            talked = next((t for t in turns if _ASKED.search(t.text)), None)
            if talked is not None and _FIELD.search(F.column_words(name)):
                findings.append(Finding("identifier_mismatch", REVIEW,
                                        f"The call talks about an e-mail address but none was heard to compare "
                                        f"with the ticket's {name!r} field ({value!r}): check the recording.",
                                        (evidence_of(talked, talked.text[:80]),), name, value))
            continue
        turn, address = _closest(written, heard)
        findings.append(_finding(
            "identifier_mismatch", "high",
            f"The e-mail address in the ticket's {name!r} field is {value!r} but the call said {address!r}.",
            (evidence_of(turn, turn.text[:120]),), name, value,
            doubtful=not F.reliable(turn) or address not in spelled and (
                _respelled(address, written) or _unsure(turn, address, written))))
    return findings


# A domain heard without the address's "at" (lost in "whitfield at" heard as "witfielded"): a word
# then "dot com" / ". net"...
_DOMAIN = re.compile(r"\b([a-z][a-z0-9-]{2,})\s*(?:\.|\bdot\b)\s*(com|net|org|edu|ph|kr|me|io|de)\b", re.I)


def _other_domain(turns, written: str):
    """(turn, domain) of a domain said in a turn about e-mail (or the one after it) when none of the
    domains heard so is the ticket's address's ("outlook .com" said, "hotmail.com" written); else
    None: a user name lost with the "at" leaves the domain to compare. A domain heard joined to the
    user name and its "at" ("linthistatmailbox .org" for "...@mailbox.org") is the ticket's."""
    heard = [(turn, f"{m.group(1)}.{m.group(2)}".lower()) for i, turn in enumerate(turns)
             if any(_TALKED.search(t.text) for t in turns[max(0, i - 1):i + 1]) for m in _DOMAIN.finditer(turn.text)]
    if not heard or any(domain.endswith(written.split("@")[1]) for _, domain in heard):
        return None
    return max(heard, key=lambda h: (F.reliable(h[0]), h[0].start))  # the clearest, then the read-back


def _as_spelled(text: str, address: str) -> str | None:
    """``address`` with the part of its user name that the turn spells letter by letter replaced by
    the letters ("k.lintvist" heard, then "that's L I N DQ V I S T": "k.lindqvist"). A caller who
    spells the name settles how it is written: a difference from the letters is no respelling by
    the recogniser. None when the turn spells no part of the name (letters of another word)."""
    user, domain = address.split("@", 1)
    for match in _SPELLING.finditer(text):
        chunks = re.findall(r"[A-Za-z]+", match.group(1))
        if sum(len(c) == 1 for c in chunks) < len(chunks) * 3 / 4:
            continue
        letters = "".join(chunks).lower()
        parts = re.split(r"([._-])", user)
        best = min(range(0, len(parts), 2), key=lambda i: OSA.distance(parts[i], letters))
        if len(parts[best]) >= 3 and OSA.distance(parts[best], letters) <= max(2, len(letters) // 3):
            parts[best] = letters
            return f"{''.join(parts)}@{domain}"
    return None


def _unsure(turn, heard: str, written: str) -> bool:
    """Whether the words that differ were heard under even odds: the user name when the domains
    agree ("hard .lenslist" at 0.45 for "r.lindqvist"), else the domain. As with identifiers, a
    difference resting on words the recogniser doubted is for the recording to settle."""
    (user, domain), (_, domain2) = heard.split("@", 1), written.split("@", 1)
    part = user if domain == domain2 else domain
    pieces = {p for p in re.split(r"[._-]", part) if len(p) >= 2}
    return any(p < F.UNSURE_WORD for w, p in ((re.sub(r"[^a-z0-9]", "", w.text.lower()), w.probability)
                                             for w in turn.words or ()) if w in pieces)


def _respelled(heard: str, written: str) -> bool:
    """Whether two addresses differ the way a recogniser respells one: a domain a letter off
    ("jmail"), or the same domain with user names a letter or two off or sharing a long part
    ("genregorgo" heard for "alisonregorgo14"). Another domain, or another person's user name
    ("m.santos" for "m.cruz"), is not."""
    (user, domain), (user2, domain2) = heard.split("@", 1), written.split("@", 1)
    if domain != domain2:
        # a long domain name two letters off ("fastmill" for "fastmail") is respelled as well
        name, name2 = domain.rsplit(".", 1)[0], domain2.rsplit(".", 1)[0]
        near = 1 if min(len(name), len(name2)) < 7 else 2
        return OSA.distance(name, name2) <= near and domain.rsplit(".", 1)[-1] == domain2.rsplit(".", 1)[-1]
    shared = SequenceMatcher(None, user, user2).find_longest_match(0, len(user), 0, len(user2)).size
    if OSA.distance(user, user2) <= 2 or shared >= min(5, min(len(user), len(user2)) // 2 + 1):
        return True
    # an initial spelled before the name is lost, or misheard as a word ("our dot padal" for "r dot
    # patel"): the names left, a sound or two apart ("padal"/"patel"), are a respelling
    core, core2 = _name_part(user), _name_part(user2)
    return min(len(core), len(core2)) >= 4 and OSA.distance(core, core2) <= 2


def _name_part(user: str) -> str:
    """The longest part of a user name split at its dots, dashes and underscores ("r.patel" -> "patel")."""
    return max(re.split(r"[._-]", user), key=len)


__all__ = ["WRITTEN", "check_emails", "said"]
