"""Does an agent's opening name an organisation? A structural reading, not a phrase list.

Phrases ("calling <company>", "<company> service desk") cover the scripts they were written from
and miss "Good afternoon, Meridian Health, Tom speaking", "this is Harper Valley National Bank" or
"네 하늘항공입니다"; the act model reads a department alone ("help desk", "네 고객센터입니다") as a
company. This module looks for the *shape* of an organisation's name in one turn:

- **organisation word**: name-like words followed by a word that ends organisations' names ("Pinecrest
  Hotel", "blue harbor telecom", "T. R. X. Logistics"), or an organisation word followed by "of" /
  "ng" and a name ("City of Springfield", "tindahan ng Santa Maria"); in Korean a word ending in one
  after a syllable or more ("한빛은행", "하늘항공입니다") or one after a name-like word ("별빛 아파트");
- **trigger**: name-like words right after "calling", "reached", "welcome to", "pagtawag sa", "dito
  po sa", "ito po ang"... ("Thanks for calling Zenith, this is Omar"); "from", "with" and "at" also
  introduce people ("Emma from billing", "speaking with Daniel"), so after them an organisation
  word or a department must follow;
- **department**: name-like words right before a department ("Acme Widgets support", "KT 고객센터").

A name-like word is not a stop word (English, Tagalog, Korean), greeting, politeness marker,
department or organisation word; spelled letters ("A. B. C.", "t r x") are one name. A name
introduced as a person ("this is Priya", "ako po si Liza", "Priya speaking") is not an
organisation. The words live in ``qa/data/company.yaml``; a site adds its own through the check's
options. Deterministic and cheap: no model, one pass over the opening's words.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

_HANGUL = re.compile("[\uac00-\ud7a3]")
# A chunk ends at , ; : ! ? and at a full stop that is not part of an abbreviation or a spelled letter.
_BREAK = re.compile(r"[,;:!?()\"]|(?<![A-Za-z]\.[A-Za-z])(?<!\b[A-Za-z])"
                    r"(?<!\b(?:St|Mr|Ms|Dr|Co|Jr|Sr))(?<!\bMrs|\bInc|\bLtd)\.(?=\s|$)")
_SPELLED = re.compile(r"\b(?:[A-Za-z]\.?\s+){1,}[A-Za-z]\b\.?")
_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*", re.UNICODE)
_CONTRACTION = re.compile(r"'(ve|re|ll|m|d)$|n't$")
_VERB = re.compile(r"^[a-z]+(ed|ing)$")  # a lower-case verb form: not a name before a department
_FILLER_PO = {"po", "ho", "opo"}
_GREETINGS = {"hi", "hello", "hey", "good", "morning", "afternoon", "evening", "dear", "magandang", "umaga", "hapon",
              "gabi", "araw", "안녕하세요", "안녕하십니까"}
# A brand written with a capital inside a word ("QuickCart", "MabilisXpress"): no person's name.
_CAMEL = re.compile(r"[a-z][A-Z]")
# How an offer of help starts: "how can I help", "what can I do", "ano pong concern".
_OFFERS = {("how", "can"), ("how", "may"), ("what", "can"), ("how", "are"), ("ano", "pong"), ("ano", "po"),
           ("paano", "po")}
_CONNECTORS = {"of", "and", "&", "de", "del", "ng", "y", "the"}
# Korean endings stripped before a word is read: copula, polite endings and particles.
_KO_ENDINGS = ("입니다", "이에요", "예요", "에요", "이고요", "고요", "이구요", "이요", "에서", "으로", "의", "에",
               "은", "는", "이", "가", "을", "를", "도", "요")
_KO_VERBISH = re.compile(r"(다|까|죠|세요|네요|군요|어요|아요|니까|습니다|십시오)$")
# A copula said right after a name ("조은별이에요", "집수리플러스입니다"): "this is X".
_KO_COPULA = ("입니다", "이에요", "예요", "에요")
# Agent-role words: "행복모빌리티 상담원 조은별이에요" (Haengbok Mobility, agent Jo Eunbyeol).
_KO_ROLES = {"상담원", "상담사", "매니저", "담당자", "직원", "사회복지사", "간호사", "코디네이터", "교사", "선생님"}
# Korean personal names have 2-4 syllables: one copula-ended word of 5 or more opening the call is a place.
_KO_LONG_NAME = 5
# Desk words that end a Korean department's compound name ("매입센터", "배송팀"); the name before it
# is the organisation ("다시가전 매입센터").
_KO_DESK = ("센터", "팀", "데스크")
# Tagalog titles of an elder before a name: a place "ni Mang Berto" is named after its owner.
_TL_TITLES = {"mang", "aling", "manong", "manang", "ka", "tata", "nana", "lola", "lolo"}
# Subjects before a verb: the word after them is no name ("I've got it", "we sorted it").
_SUBJECTS = {"i", "we", "you", "they", "he", "she"}
# A desk, an office, a branch or a team said after the organisation is no person ("행정실입니다", "강남점입니다").
_KO_NOT_PERSON = re.compile(r"(실|과|점|소|부|%s)$" % "|".join(_KO_DESK))
# Titles between "si" and the name: "si sir Marvin".
_TITLES = {"sir", "ma'am", "maam", "mam", "miss", "mr", "ms", "mrs"}
_KO_NOT_PREFIX = {"신용", "체크", "교통", "현금", "법인", "주거래", "동물", "실손", "자동차", "화재", "생명", "휴대폰",
                  "모바일", "저희", "고객", "기술", "서비스", "지원", "상담", "예약", "해외", "국내", "온라인", "인터넷"}


@dataclass(frozen=True)
class Lexicon:
    org_words: frozenset[str]
    org_heads: frozenset[str]
    ko_org: tuple[str, ...]  # longest first
    departments: frozenset[str]
    generic: frozenset[str]
    triggers: tuple[tuple[str, ...], ...]
    weak: frozenset[str]
    person_markers: frozenset[str]
    person_after: frozenset[str]
    this_is_after: frozenset[str]
    name_intros: tuple[tuple[str, ...], ...] = ()  # "this is", "you're through to", "si": the agent's name next
    name_ends: frozenset[str] = frozenset()  # words that may follow the agent's name ("how can I help")
    name_intros_capital: tuple[tuple[str, ...], ...] = ()  # intros whose name needs a capital ("I'm Ysa")
    office_heads: frozenset[str] = frozenset()  # org heads naming an office ("Tanggapan ng ...", "Office of ...")

    @cached_property
    def trigger_words(self) -> frozenset[str]:
        return frozenset(w for t in self.triggers for w in t)

    def extended(self, org_words=(), generic=()) -> "Lexicon":
        """This lexicon plus a rubric's own words (lower case)."""
        if not org_words and not generic:
            return self
        org = {w.lower() for w in org_words}
        ko = {w for w in org if _HANGUL.search(w)}
        ko_org = tuple(sorted({*self.ko_org, *ko}, key=len, reverse=True))
        return Lexicon(self.org_words | (org - ko), self.org_heads, ko_org,
                       self.departments, self.generic | {w.lower() for w in generic}, self.triggers, self.weak,
                       self.person_markers, self.person_after, self.this_is_after, self.name_intros, self.name_ends,
                       self.name_intros_capital, self.office_heads)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    from importlib import resources

    from qa.fileio import load_yaml_text
    from qa.score.nlp import generic_words

    data = load_yaml_text(resources.files("qa").joinpath("data/company.yaml").read_text(encoding="utf-8"),
                          "qa/data/company.yaml")
    org = data["org_words"]
    departments = {w.lower() for group in data["departments"].values() for w in group}
    generic = {w.lower() for w in data["generic"]} | set(generic_words())
    return Lexicon(frozenset(w.lower() for w in (*org["en"], *org["tl"])), frozenset(data["org_heads"]),
                   tuple(sorted(org["ko"], key=len, reverse=True)), frozenset(departments),
                   frozenset(generic - departments), tuple(tuple(t) for t in data["triggers"]),
                   frozenset(data["weak_triggers"]), frozenset(data["person_markers"]), frozenset(data["person_after"]),
                   frozenset(data["this_is_after"]), tuple(tuple(t) for t in data["name_intros"]),
                   frozenset(data["name_ends"]), tuple(tuple(t) for t in data["name_intros_capital"]),
                   frozenset(data["office_heads"]))


@dataclass(frozen=True)
class Token:
    text: str  # as said (spelled letters joined: "ABC")
    low: str  # lower case, Korean endings stripped
    initialism: bool = False


def chunks(text: str) -> list[list[Token]]:
    """The turn's words in chunks between punctuation; "po"/"ho" dropped (they sit anywhere)."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    text = _SPELLED.sub(lambda m: " " + "".join(re.findall(r"[A-Za-z]", m.group(0))) + "\u2063 ", text)
    out = []
    for part in _BREAK.split(text):
        words = []
        for match in re.finditer(r"[^\W_]+(?:['\-][^\W_]+)*\u2063?", part):
            word = match.group(0)
            spelled = word.endswith("\u2063")
            word = word.rstrip("\u2063")
            if word.lower().startswith("taga-") and len(word) > 5:  # "taga-BDO po ako": from BDO
                words.append(Token("taga", "taga"))
                word = word[5:]
            low = word.lower()
            if low in _FILLER_PO:
                continue
            if _HANGUL.search(low):
                low = _strip_korean(low)
            words.append(Token(word, low, spelled and len(word) >= 2))
        if words:
            out.append(words)
    return out


def _without_copula(word: str) -> str:
    """``word`` less a copula said right after a noun ("바람막이방충망입니다" -> "바람막이방충망"): the
    copula ends in "다" like a verb ("감사합니다", "드립니다"), but a noun said with it is a name."""
    return next((word[:-len(c)] for c in _KO_COPULA if word.endswith(c) and len(word) > len(c) + 1), word)


def _strip_korean(word: str) -> str:
    for _ in range(2):  # "고객센터예요", "은행입니다"; at most two endings
        for ending in _KO_ENDINGS:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                word = word[:-len(ending)]
                break
    return word


class Detector:
    def __init__(self, lexicon: Lexicon | None = None):
        self.lex = lexicon or default_lexicon()
        self._found: dict[str, tuple[str, str] | None] = {}  # openings recur across a batch
        self._names: dict[Token, bool] = {}

    # ---------------------------------------------------------------- word classes

    def name_like(self, token: Token) -> bool:
        known = self._names.get(token)
        if known is None:
            if len(self._names) > 100_000:
                self._names.clear()
            known = self._names[token] = self._name_like(token)
        return known

    def _name_like(self, token: Token) -> bool:
        low = token.low
        if token.initialism:
            return low not in self.lex.generic
        if low.isdigit() or len(low) < 2 or low in self.lex.generic or self._department_word(low):
            return False
        if _CONTRACTION.search(low):  # "you've", "we're": a possessive ("Fenwick's") is a name
            return False
        if low in self.lex.org_words or low in self.lex.org_heads or low in self.lex.person_markers \
                or low in self.lex.trigger_words:
            return False
        if _HANGUL.search(low):
            return len(low) >= 2 and not _KO_VERBISH.search(_without_copula(token.text)) and self.ko_org(low) is None
        return True

    def org_word(self, token: Token) -> bool:
        return token.low in self.lex.org_words or (bool(_HANGUL.search(token.low)) and token.low in self.lex.ko_org)

    def ko_org(self, low: str) -> str | None:
        """The Korean organisation word ``low`` ends with after a real prefix ("한빛은행" -> "은행")."""
        for suffix in self.lex.ko_org:
            if low.endswith(suffix) and len(low) > len(suffix):
                prefix = low[:-len(suffix)]
                if prefix not in _KO_NOT_PREFIX and prefix not in self.lex.generic:
                    return suffix
        return None

    # ---------------------------------------------------------------- rules

    def find(self, text: str) -> tuple[str, str] | None:
        """(the organisation's words, the rule that found them) in one turn, else None."""
        if text not in self._found:
            if len(self._found) > 100_000:
                self._found.clear()
            self._found[text] = self._find(text)
        return self._found[text]

    def _find(self, text: str) -> tuple[str, str] | None:
        parts = chunks(text)
        for index, words in enumerate(parts):
            if index == 0:
                found = self._korean_opening(words)
                if found:
                    return found
            for rule in (self._korean, self._org_word, self._trigger, self._department, self._this_is):
                found = rule(words)
                if found:
                    return found
            if index < 2 and index + 1 < len(parts):
                first = all(w.low in _GREETINGS or w.low in self.lex.generic for part in parts[:index] for w in part)
                following = index + 1
                if following + 1 < len(parts) and any(self.department(w) for w in parts[following]) \
                        and all(self.department(w) or w.low in self.lex.generic for w in parts[following]):
                    following += 1  # "Orchard Lane Apartments, tenant services, Joy speaking": the desk between
                found = self._before_person(words, parts[following], first=first,
                                            last=following == len(parts) - 1)
                if found:
                    return found
            if index < 2:
                found = self._before_intro(words, all(w.low in _GREETINGS or w.low in self.lex.generic
                                                      for part in parts[:index] for w in part))
                if found:
                    return found
        return None

    def _before_intro(self, words, first: bool):
        """A name and the agent's introduction in one phrase, no comma between (ASR-like or text-speak):
        "hello po aquaflow pumps and drilling si jen po to", "good morning northgate print works this is
        mia": the words between the greeting and "si" / "this is" / "ako si" / "my name" are the business's,
        read as if a comma stood before the introduction."""
        lows = [w.low for w in words]
        start = 0
        while start < len(words) and (lows[start] in _GREETINGS or lows[start] in self.lex.generic):
            start += 1
        for k in range(start + 1, len(words)):
            if lows[k] in ("si", "ako") or lows[k:k + 2] in (["this", "is"], ["my", "name"]):
                return self._before_person(words[start:k], words[k:], first=first)
        return None

    def person(self, text: str) -> str | None:
        """The agent's own name introduced in ``text``: one name-like word before "speaking" / "here", or
        right after "this is", "you're through to", Tagalog "si" ..., with nothing after it in its phrase but the offer of
        help or where the agent is ("this is devon how can i help", "youre through to kez", "si mae po 2
        ano po un", "this is sam at brightcart"); None when more name-like words follow, which name an
        organisation ("this is Harper Valley National Bank"), or for an organisation word. A terse
        opening "<business>, <Name>." ("Cascade Falls Parks, Jess.") names the agent last."""
        parts = chunks(text)
        if len(parts) >= 2 and self._terse_name(parts[-1]):
            found = self._find(text)
            if found and set(found[0].split()) <= {w.text for w in parts[-2]} \
                    and not any(w.low in _GREETINGS for w in parts[-2]):
                return parts[-1][0].text
        for words in parts:
            lows = [w.low for w in words]
            for i in range(1, len(words)):  # "Tom speaking", "Jess here" (not "your account here")
                if lows[i] in self.lex.person_after and self.name_like(words[i - 1]) and not words[i - 1].initialism \
                        and (i == 1 or lows[i - 2] in _GREETINGS or lows[i - 2] in self.lex.trigger_words):
                    return words[i - 1].text
                if self._korean_person(words[i - 1], words[i]):
                    return words[i].text
            for intro in self.lex.name_intros:
                n = len(intro)
                for i in range(len(lows) - n + 1):
                    if tuple(lows[i:i + n]) != intro or i + n >= len(words):
                        continue
                    k = i + n + (lows[i + n] in _TITLES and i + n + 1 < len(words))
                    name, after = words[k], (lows[k + 1] if k + 1 < len(lows) else "")
                    if intro in self.lex.name_intros_capital and not name.text[:1].isupper():
                        continue  # "I'm Ysa", not "im sorry"
                    if self.name_like(name) and not name.initialism and not name.text.isupper() \
                            and (not after or after in self.lex.name_ends):
                        return name.text
        return None

    def _korean_person(self, before: Token, token: Token) -> bool:
        """A Korean name (2-4 syllables) said with a copula right after the desk, the organisation or the
        agent's role: "씽씽라이드 고객센터 김유나예요", "... 사회복지사 김하람이에요"."""
        return bool(_HANGUL.search(token.low)) and token.text.endswith(_KO_COPULA) \
            and 2 <= len(token.low) <= 4 and len(_HANGUL.findall(token.low)) == len(token.low) \
            and not _KO_NOT_PERSON.search(token.low) \
            and (before.low in self.lex.departments or before.text in _KO_ROLES or self.ko_org(before.low) is not None)

    def _span(self, words, start: int) -> int:
        """End (exclusive) of the run of name-like / organisation words / connectors from ``start``."""
        end = start
        while end < len(words) and (self.name_like(words[end]) or self.org_word(words[end])
                                    or (words[end].low in _CONNECTORS and end > start)):
            end += 1
        while end > start and words[end - 1].low in _CONNECTORS:
            end -= 1
        return end

    def _korean(self, words):
        for i, token in enumerate(words):
            if not _HANGUL.search(token.low):
                continue
            if self.ko_org(token.low):
                return token.text, "organisation word"
            fused = next((d for d in self.lex.departments if _HANGUL.search(d) and token.low.endswith(d)
                          and len(token.low) >= len(d) + 2), None)
            if fused and self.name_like(Token(token.low[:-len(fused)], token.low[:-len(fused)])):
                return token.text, "before a department"  # "다산콜센터", "노스윈드헬프데스크"
            if token.low in self.lex.ko_org and i and self.name_like(words[i - 1]) and _HANGUL.search(words[i - 1].low):
                return f"{words[i - 1].text} {token.text}", "organisation word"
        return None

    def _korean_opening(self, words):
        """The first words of a Korean opening: "네 집수리플러스예요" (a long name said with a copula: a
        person's name is shorter) or "행복모빌리티 상담원 조은별이에요" (a name, the agent's role, the
        agent's name)."""
        core = [w for w in words if w.low not in self.lex.generic]
        if not core or not _HANGUL.search(core[0].low) or not self.name_like(core[0]):
            return None
        first = core[0]
        if first.text.endswith(_KO_COPULA) and len(_HANGUL.findall(first.low)) >= _KO_LONG_NAME \
                and not self._desk_only(first.low):
            return first.text, "a long name opening the call"
        second = core[1] if len(core) > 1 else None
        if second is not None and second.text.endswith(_KO_COPULA) and self.name_like(second) \
                and len(_HANGUL.findall(second.low)) >= _KO_LONG_NAME:
            # "무지개동산 반려동물장례식장입니다": the place's name, then what it is, said with the copula
            return f"{first.text} {second.text}", "a long name opening the call"
        i = words.index(first)
        if i + 2 < len(words) and words[i + 1].text in _KO_ROLES and words[i + 2].text.endswith(_KO_COPULA) \
                and self.name_like(words[i + 2]):
            return first.text, "before the agent's role"
        return None

    def _desk_only(self, low: str) -> bool:
        """A Korean desk word said alone or after generic words only ("통합예약센터", "종합상담실": the
        integrated booking centre, the general enquiries room), or a team, room or centre named only for
        the work it does ("배송설치팀", "반품교환센터", "정산실": delivery-and-install team, returns desk,
        settlement room; the work words are generic in qa/data/company.yaml): a department, however long,
        names no place."""
        desk = next((d for d in self.lex.departments if _HANGUL.search(d) and low.endswith(d)), None) \
            or next((d for d in (*_KO_DESK, "실", "파트") if low.endswith(d)), None)
        if desk is None:
            return False
        rest = low[:-len(desk)]
        while rest:
            # the longest generic word first, whatever the set's order: "수리접수" is 수리 + 접수, not the
            # stop word 수 + "리접수"
            word = max((g for g in self.lex.generic if _HANGUL.search(g) and rest.startswith(g)), key=len, default=None)
            if word is None:
                return False
            rest = rest[len(word):]
        return True

    def _org_word(self, words):
        for i, token in enumerate(words):
            if self.org_word(token) and not _HANGUL.search(token.low) and i and self.name_like(words[i - 1]):
                j = i - 1
                while j > 0 and (self.name_like(words[j - 1]) or self.org_word(words[j - 1])):
                    j -= 1
                return " ".join(w.text for w in words[j:i + 1]), "organisation word"
            if token.low in self.lex.org_heads and token.low not in self.lex.office_heads and i + 2 < len(words) \
                    and words[i + 1].low in ("of", "ng") and self.name_like(words[i + 2]):
                return " ".join(w.text for w in words[i:i + 3]), "organisation word"
            owner = self._owner(words, i)
            if owner:
                return owner, "a place named after its owner"
        return None

    def _owner(self, words, i: int) -> str | None:
        """Tagalog "lechonan ni Mang Berto", "Tindahan ni Aling Nena": a place word (an org head or a
        noun of place in -an) with "ni", an elder's title and a name is a shop named after its owner."""
        if i + 3 >= len(words) or words[i + 1].low != "ni" or words[i + 2].low not in _TL_TITLES:
            return None
        head = words[i]
        place = head.low in self.lex.org_heads or (self.name_like(head) and head.low.endswith("an") and len(head.low) >= 6)
        if not place or not self.name_like(words[i + 3]):
            return None
        return " ".join(w.text for w in words[i:i + 4])

    def _trigger(self, words):
        lows = [w.low for w in words]
        for trigger in self.lex.triggers:
            n = len(trigger)
            for i in range(len(lows) - n + 1):
                if tuple(lows[i:i + n]) != trigger:
                    continue
                start = i + n
                while start < len(words) and words[start].low in ("the", "ang", "sa"):
                    start += 1
                end = self._span(words, start)
                span = words[start:end]
                if not any(self.name_like(w) for w in span):
                    continue
                after = words[end].low if end < len(words) else ""
                has_org = any(self.org_word(w) for w in span)
                if not has_org and after in self.lex.person_after:
                    continue  # "thanks for calling priya speaking"
                if trigger[-1] in self.lex.weak and not has_org and after not in self.lex.departments:
                    continue  # "Emma from billing", "speaking with Daniel"
                acronym = span[0].initialism or span[0].text.isupper()
                if trigger == ("through", "to") and len(span) == 1 and not (has_org or acronym) \
                        and after not in self.lex.departments:
                    continue  # "you're through to Callum": one plain word is the person who picked up
                return " ".join(w.text for w in span), "after " + " ".join(trigger)
        return None

    def _department_word(self, low: str) -> bool:
        """A department word, also said as an officer's possessive ("Registrar's Office", "Bursar's")."""
        return low in self.lex.departments or (low.endswith("'s") and low[:-2] in self.lex.departments)

    def department(self, token: Token) -> bool:
        """A department or desk word; in Korean also a compound ending in one of the desk words that
        make a department ("매입센터", "수리센터", "배송팀": purchase centre, repair centre, delivery team)."""
        return self._department_word(token.low) or (
            bool(_HANGUL.search(token.low)) and token.low.endswith(_KO_DESK) and len(token.low) >= 4)

    def _department(self, words):
        for i, token in enumerate(words):
            if not i or not self.department(token):
                continue
            before = words[i - 1]
            if not (self.name_like(before) or self.org_word(before)) or _VERB.search(before.text):
                continue  # "you've reached customer service", "you called support"
            j = i - 1
            while j > 0 and (self.name_like(words[j - 1]) or self.org_word(words[j - 1])):
                j -= 1
            if j and words[j - 1].low in self.lex.person_markers:
                continue  # "ito po si Karen ng technical support", "this is Sam support"
            if j and (words[j - 1].low in _SUBJECTS or _CONTRACTION.search(words[j - 1].low)):
                continue  # "so I've got it here", "we fixed it": a verb and the pronoun "it", no IT desk
            if not any(self.name_like(w) for w in words[j:i]):
                continue
            return " ".join(w.text for w in words[j:i]), "before a department"
        return None

    def _this_is(self, words):
        """Tagalog "Globe po ito" (this is Globe): name-like words right before "ito"."""
        for i, token in enumerate(words):
            if token.low not in self.lex.this_is_after or not i:
                continue
            j = i
            while j > 0 and (self.name_like(words[j - 1]) or self.org_word(words[j - 1])):
                j -= 1
            if j < i and not (j and words[j - 1].low in self.lex.person_markers) \
                    and any(self.name_like(w) for w in words[j:i]):
                return " ".join(w.text for w in words[j:i]), "before ito"
        return None

    def _terse_name(self, following) -> bool:
        """A phrase that is one capitalised name-like word, the last of the turn: the agent's name said
        alone after the business's ("Cascade Falls Parks, Jess.")."""
        return len(following) == 1 and self.name_like(following[0]) and not following[0].initialism \
            and following[0].text[:1].isupper() and not following[0].text.isupper() \
            and not _HANGUL.search(following[0].low)

    def _before_person(self, words, following, first: bool = False, last: bool = False):
        """An opening chunk that is only a name ("Greystone Property Management", "BPI") followed by the
        agent introducing themself ("Alan speaking", "this is Carla") or, when the call opens on it
        (``first``: nothing but a greeting before it), by a greeting, thanks or the offer of help
        ("Harbourside Dental Studio, hi, how can I help?", "Tamis Bakeshop po, good afternoon!",
        "Hi, QuickCart po, how can I help you?"): the business answering the phone. One plain word is
        too often the caller's name ("Hi Wendy, this is Mark"): an acronym, a brand written with a
        capital inside ("QuickCart") or two words at least."""
        if any(w.low in _GREETINGS for w in words):
            return None  # "Good morning Sarah Jones, this is Mark": a greeting addresses a person
        core = [w for w in words if w.low not in self.lex.generic]
        if not core or len(core) > 4 or not all(self.name_like(w) or self.org_word(w) or w.low in _CONNECTORS
                                                  or self.department(w) for w in core):
            return None
        acronym = len(core) == 1 and core[0].text.isupper() and len(core[0].text) >= 2
        brand = len(core) == 1 and _CAMEL.search(core[0].text) is not None
        lows = [w.low for w in following]
        # "Skyward, Kayla speaking.": one capitalised word opening the call before the agent's "<Name>
        # speaking" is the business (the caller has said nothing yet, so it is no caller's name)
        said_first = first and len(core) == 1 and self.name_like(core[0]) and core[0].text[:1].isupper() \
            and len(lows) >= 2 and lows[1] in self.lex.person_after and following[0].text[:1].isupper()
        if not (acronym or sum(self.name_like(w) or self.org_word(w) for w in core) >= 2 or (brand and first)
                or said_first):
            return None
        introduces = (lows[:2] == ["this", "is"] or lows[:1] in (["i'm"], ["si"], ["ako"]) or lows[:2] == ["my", "name"]
                      or (len(lows) >= 2 and lows[1] in self.lex.person_after)
                      or (first and last and self._terse_name(following)
                          and all(w.text[:1].isupper() for w in core)
                          and sum(self.name_like(w) or self.org_word(w) for w in core) >= 2))  # "IT, Jess.": a desk
        if not introduces and first and lows and (lows[0] in _GREETINGS or lows[0] in ("thanks", "thank", "salamat")
                                                  or tuple(lows[:2]) in _OFFERS):
            return " ".join(w.text for w in words), "opening the call"
        return (" ".join(w.text for w in core), "before the agent's name") if introduces else None


@lru_cache(maxsize=8)
def detector(org_words: tuple[str, ...] = (), generic: tuple[str, ...] = ()) -> Detector:
    return Detector(default_lexicon().extended(org_words, generic))
