"""The shape of what was said, read from the words alone: a question, a reference number, words
that repeat the caller's. Act checks use them to keep the act model's guesses honest (a "validation"
that asks nothing, a "ticket" with no number, a "read-back" that repeats nothing the caller said).
"""
from __future__ import annotations

import re
from functools import lru_cache

from qa.score.text import normalise

# A question, in any of the three languages: a question mark; an English auxiliary before its subject
# ("is it working", "can you try"), or "let me know if"; a Korean question ending (-나요, -까요,
# -습니까, -가요, -죠; a polite request "-시겠어요" / "-실래요": "켜 보시겠어요"); the Tagalog particle
# "ba" ("okay na po ba", "diba").
# An auxiliary after its subject is a statement ("so I have your history open", "we can do that"), also
# after a subject with a contracted will or would ("you'll have the draft by Friday", ASR "youll have the").
_QUESTION = re.compile(
    r"\?|？|(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bit\s)"
    r"(?<!['\u2019]ll\s)(?<!\byoull\s)(?<!\btheyll\s)(?<!\bitll\s)"
    r"(?<!\bi['\u2019]d\s)(?<!\bwe['\u2019]d\s)(?<!\byou['\u2019]d\s)(?<!\bthey['\u2019]d\s)(?<!\byoud\s)(?<!\btheyd\s)"
    r"\b(?:can|could|would|will|is|are|was|were|do|does|did|has|have|may|should)\s+"
    r"(?:you|it|that|this|everything|things|the|your|we|i|they|he|she)\b|\b(?:let me know|tell me) if\b"
    r"|(?:나요|까요|니까|가요|는지요|죠|을까|시겠어요|실래요)(?=[\s.!,]|$)|\b(?:ba|diba)\b", re.IGNORECASE)


@lru_cache(maxsize=50_000)
def is_question(text: str) -> bool:
    """Whether ``text`` asks something (a question mark, or a question's shape when ASR wrote none)."""
    return bool(_QUESTION.search(text))


# A caller's turn that opens by saying yes to what was put to them ("Yes, exactly.", "Opo, tama po.",
# "네 맞아요"): not a bare "okay" or "right", which also only acknowledge.
_CONFIRMS = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|exactly|correct|that's (?:right|correct|it)|opo|oo|tama|"
    r"네 맞|예 맞|맞아요|맞습니다|맞아)\b", re.IGNORECASE)


def confirms(text: str) -> bool:
    """Whether a caller's turn opens by confirming what the agent put to them."""
    return bool(_CONFIRMS.search(text))


# Digits said one by one in English, Tagalog, Spanish (Taglish) and Sino-Korean; "oh" as in "eight oh nine".
_DIGIT_WORDS = frozenset("""zero oh one two three four five six seven eight nine
    sero isa dalawa tatlo apat lima anim pito walo siyam isang dalawang tatlong limang pitong walong
    cero uno dos tres cuatro cinco seis siete ocho nueve
    영 공 일 이 삼 사 오 육 칠 팔 구""".split())
# "칠입니다": the last digit said with the copula.
_KO_ENDINGS = frozenset({"입니다", "이에요", "예요", "요", "이고요", "번", "번입니다"})
# Korean reads the hyphen of a number as "다시" ("공일공 다시 일이삼사": 010-1234).
_KO_DASH = frozenset({"다시"})
_CODE = re.compile(r"(?:\d[\s\-]?){3,}|\b(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{4,}\b", re.IGNORECASE)


@lru_cache(maxsize=50_000)
def has_number(text: str) -> bool:
    """Whether ``text`` gives a reference: three digits or more (written, or said one by one in en /
    tl / es / ko), or a code of letters and digits ("INC0045127")."""
    if _CODE.search(text):
        return True
    run = ko_run = 0
    for word in normalise(text).split():
        # Korean digits said in one breath or in groups of three or more: "칠공사이일입니다", "칠공일
        # 사사팔입니다" (four or more in a row; "이삼일", two or three days, and "오이 사이" are none); a
        # pair may close a group of three ("삼이일 공칠이에요")
        digits = _ko_digits(word)
        if word in _KO_DASH and ko_run >= 2:
            continue  # the hyphen said between groups: "이공육 다시 팔팔삼입니다" (206-883)
        ko_run = ko_run + digits if digits >= 3 or (digits == 2 and ko_run >= 3) else 0
        if ko_run >= 4:
            return True
        run = run + 1 if word in _DIGIT_WORDS or (word[:1] in _DIGIT_WORDS and word[1:] in _KO_ENDINGS) else 0
        if run >= 3:
            return True
    return False


def _ko_digits(word: str) -> int:
    """How many Korean digits a word is made of, with a copula or particle after them (0 when any
    other syllable is in it). Four or more: "이삼일" (two or three days) is no reference."""
    for ending in sorted(_KO_ENDINGS, key=len, reverse=True):
        if word.endswith(ending) and len(word) > len(ending):
            word = word[:-len(ending)]
            break
    return len(word) if word and all(ch in _DIGIT_WORDS for ch in word) else 0


@lru_cache(maxsize=50_000)  # a caller's turns are compared with every candidate read-back of the call
def _trigrams(text: str) -> frozenset[str]:
    joined = "_" + normalise(text).replace(" ", "_") + "_"
    return frozenset(joined[i:i + 3] for i in range(len(joined) - 2))


# Tagalog / Taglish function words spaCy's Tagalog stop list lacks (they repeat in any two turns).
_TL_FUNCTION = frozenset("""yung iyong lang naman kasi talaga niyo nyo ninyo inyo inyong kayo sila siya mga
    yan yun iyan iyon ito dito doon diyan para pero tapos kung hindi wala meron mayroon pwede puwede sige
    okay opo daw raw din rin pala nang noon ngayon lahat sabi""".split())


def _stem(word: str) -> str | None:
    """A content word's stem: its first two Hangul syllables ("한도를" -> "한도"), or four letters of
    the word after a Tagalog prefix ("ma-confirm" -> "conf"); None for a word too short to tell
    (particles, "a", "po", digits)."""
    word = word.rsplit("-", 1)[-1]
    hangul = sum("\uac00" <= ch <= "\ud7a3" for ch in word)
    if hangul:
        return word[:2] if hangul >= 2 else None
    return word[:4] if len(word) >= 4 and not word.isdigit() else None


@lru_cache(maxsize=50_000)
def _stems(text: str) -> frozenset[str]:
    """Stems of the content words of ``text`` (stop words of the three languages left out: "yung", "your")."""
    from qa.score.nlp import generic_words

    stop = _stop_words(tuple(generic_words())) | _TL_FUNCTION
    return frozenset(s for s in (_stem(w) for w in normalise(text).split() if w not in stop) if s)


@lru_cache(maxsize=1)
def _stop_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(words)


def shared_words(text: str, earlier: list[str]) -> int:
    """How many content words of ``text`` the caller said before (compared by stem, so "올리시는" repeats
    "올리고" and "stolen" repeats "stole"): a confirmation question that repeats the caller is a read-back."""
    if not earlier:
        return 0
    before = set().union(*(_stems(t) for t in earlier))
    return len(_stems(text) & before)


def echo_share(text: str, earlier: list[str]) -> float:
    """The share of ``text``'s character trigrams that also occur in ``earlier`` (what the caller said
    before): a read-back repeats the caller's words; characters, not words, so that Korean
    particles and Tagalog affixes do not hide a repeated stem."""
    own = _trigrams(text)
    if not own or not earlier:
        return 0.0
    before = set().union(*(_trigrams(t) for t in earlier))
    return len(own & before) / len(own)
