"""Re-scoring a store (``qa score --db``) gives exactly what scoring each call afresh gives.

Re-scoring takes shortcuts that scoring one call does not: stored calls are read without their ASR
segments' words, phrases run only in the Matchers their anchor lemma selects, searches and cue
phrases are cached across calls, ticket comparisons are read per chunk, JSON is written by orjson,
chunks go to worker processes. None of that may change a verdict, a reason, a quote or a metric.
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from qa.fileio import safe_name
from qa.formats import load_call
from qa.model import Evidence, Finding

ROOT = Path(__file__).resolve().parent.parent
SCORING = ROOT / "tests" / "data" / "scoring"


def varied_calls(names: list[str] | None = None):
    """Labelled calls in English, Korean and Tagalog, the two sample transcripts, and the odd ones:
    a call with ASR segments only (no speaker turns: scoring reads the segments' words), one with
    no speech at all, and one whose language has no pipeline of its own."""
    paths = sorted((SCORING / "calls").glob("*.json")) + sorted((SCORING / "heldout").glob("*.json"))
    paths += [ROOT / "samples" / "call-06.json", ROOT / "samples" / "call-07.json"]
    calls = [load_call(p) for p in paths if names is None or p.stem in names]
    first = calls[0]
    return calls + [
        replace(first, call_id="segments-only", utterances=(), roles=None),
        replace(first, call_id="no-speech", segments=(), utterances=(), turns=()),
        replace(calls[-1], call_id="other-language", language="de", metadata={**calls[-1].metadata, "language": "de"}),
    ]


def ticket_comparison(call_id: str):
    evidence = (Evidence(3.0, 5.5, "your ticket number is INC0042", "SPEAKER_00", "agent", "INC0042"),)
    return {"ticket_id": "INC0042", "ticket_score": 66.7,
            "findings": (Finding("ticket_number_mismatch", "high", f"{call_id}: ticket says INC0043", evidence,
                                 "number", "INC0043"),)}


@pytest.mark.parametrize("rubric, jobs, names", [
    ("helpdesk", 1, None),
    ("helpdesk", 2, None),
    ("helpdesk_acts", 1, ["en-02", "en-05", "ko-03", "ko-05", "tl-02", "tl-07", "call-06"]),
])
def test_rescoring_a_store_gives_what_scoring_each_call_afresh_gives(rubric, jobs, names, tmp_path, monkeypatch):
    from qa.score import Scorer, batch
    from qa.store import Store

    monkeypatch.setenv("QA_EMBED_CACHE", str(tmp_path / "e5.sqlite"))
    monkeypatch.setattr(batch, "RESCORE_CHUNK", 4)  # several chunks: per-chunk queries and commits
    calls = varied_calls(names)
    fresh = Scorer(rubric)
    expected = {c.call_id: fresh.score(c) for c in calls}
    ticketed = calls[1].call_id  # its newest stored result compared it with a ticket: that is kept
    db = tmp_path / "qa.sqlite"
    with Store(db) as store:
        for call in calls:
            store.save_call(call)
        store.save_result(replace(expected[ticketed], rubric_version="0.9", **ticket_comparison(ticketed)))
    expected[ticketed] = replace(expected[ticketed], **ticket_comparison(ticketed))

    run = batch.rescore_store(db, rubric, tmp_path / "out", jobs=jobs)

    assert not run.failures
    assert {r.call_id: r.to_dict() for r in run.results} == {i: r.to_dict() for i, r in expected.items()}
    with Store(db) as store:
        stored = {s.call_id: s.result.to_dict() for s in store.results(rubric_id=rubric)}
    assert stored == {i: r.to_dict() for i, r in expected.items()}
    written = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out").iterdir()}
    assert written == {f"{safe_name(i)}.result.json": r.to_dict() for i, r in expected.items()}


@pytest.mark.parametrize("rubric", ["helpdesk", "helpdesk_acts"])
def test_phrases_filed_by_anchor_find_what_one_matcher_with_every_phrase_finds(rubric):
    """The anchored Matchers (by lemma, else by word prefix) against the plain way (one spaCy Matcher
    holding every phrase) on every turn of the labelled calls and samples: the same first match of
    every phrase, the act checks' hints included."""
    from spacy.matcher import Matcher

    from qa.score import Scorer
    from qa.score.nlp import _HANGUL, _LATIN, _script, flatten
    from qa.score.text import turns_of

    scorer = Scorer(rubric, use_disk_cache=False)
    analyzer = scorer.analyzer
    analyzer.learn([p for c in scorer.rubric.criteria for check in c.checks for p in flatten(check.options.get("hints"))])

    def plain(lang: str, script: str):
        matcher = Matcher(analyzer.pipeline(lang).vocab)
        for phrase in analyzer._phrases:
            pattern = analyzer._pattern(phrase, lang) if _script(phrase) == script else None
            if pattern:
                matcher.add(phrase, [pattern])
        return matcher

    plain_matchers = {(lang, script): plain(lang, script) for lang in ("en", "ko", "tl", "de")
                      for script in ("hangul", "latin")}
    texts = {((c.language or "en")[:2], t.text) for c in varied_calls() for t in turns_of(c)}
    matched = 0
    for lang, text in sorted(texts):
        doc = analyzer.doc(text, lang)
        for script, letters in (("hangul", _HANGUL), ("latin", _LATIN)):
            if letters.search(text):
                hits = plain_matchers[lang, script](doc)
                assert sorted(analyzer.matcher(lang, script)(doc)) == sorted(hits), text
                matched += bool(hits)
    assert matched > 100  # the comparison saw real matches, not only empty ones


def test_phrases_learned_after_the_matchers_were_built_find_what_building_afresh_finds():
    """A scorer learns an act check's phrases on its first call, after its Matchers were compiled:
    they are added to them (not all rebuilt), and every turn finds the same phrases as with
    Matchers compiled once with every phrase."""
    from qa.score import Scorer
    from qa.score.nlp import TextAnalyzer, flatten
    from qa.score.text import turns_of

    rubric = Scorer("helpdesk_acts", use_disk_cache=False).rubric
    first = [p for c in rubric.criteria for check in c.checks for p in flatten(check.options.get("phrases"))]
    later = [p for c in rubric.criteria for check in c.checks for name in ("hints", "needs_words", "not_words")
             for p in flatten(check.options.get(name))]
    texts = sorted({((c.language or "en")[:2], t.text) for c in varied_calls() for t in turns_of(c)})
    grown, afresh = TextAnalyzer(), TextAnalyzer()
    grown.learn(first)
    for lang, text in texts:
        grown.matches(text, lang)  # compiles the Matchers of every language and script
    compiled = dict(grown._matchers)
    grown.learn(later)
    afresh.learn(first + later)
    assert grown._matchers == compiled  # the same Matchers, grown
    found = [grown.matches(text, lang) for lang, text in texts]
    assert found == [afresh.matches(text, lang) for lang, text in texts]
    assert sum(bool(set(f) & set(later)) for f in found) > 50  # the phrases learned later are found


def test_a_literal_regex_phrase_runs_only_on_turns_with_its_letters():
    """``re:^IT$`` is filed under the letters every word it matches starts with ("it"), so the
    Matcher of "<company> re:^IT$" runs only on a turn with such a word instead of on every turn;
    it finds what it found before (case kept: "it" in lower case is no match). A pattern that is no
    literal stays with the phrases run on every turn."""
    from qa.score.nlp import TextAnalyzer, _literal_start

    assert [_literal_start(p) for p in ("^IT$", "^전부터", "^a\\.b$", "IT", "^(IT|OT)$", "^[가-힣]{2}입니다$")] == \
        ["it", "전부터", "a.b", None, None, None]
    analyzer = TextAnalyzer()
    phrases = ("<company> re:^IT$", "re:^[가-힣]{2,4}입니다$")
    analyzer.learn(phrases)
    matcher = analyzer.matcher("en", "latin")
    assert not len(matcher._unanchored) and "it" in matcher._prefixed["i"]
    assert analyzer.find("Hi, Northwind IT, how can I help?", phrases, "en") == ("Northwind IT", phrases[0])
    assert analyzer.find("is it Northwind it then", phrases, "en") is None
    assert len(analyzer.matcher("ko", "hangul")._unanchored) == 1


def test_rescoring_uses_every_core_only_on_large_stores(monkeypatch):
    """`qa score --db` without --jobs: one process for a small store (starting workers would cost more
    than they save), one per core (as memory allows) from PARALLEL_FROM stored calls."""
    import qa.parallel
    from qa.score import batch

    monkeypatch.setattr(qa.parallel, "default_jobs", lambda: 3)
    assert batch.rescore_jobs(10) == 1
    assert batch.rescore_jobs(batch.PARALLEL_FROM - 1) == 1
    assert batch.rescore_jobs(batch.PARALLEL_FROM) == 3


def _same_acts(tagged, expected) -> bool:
    import numpy as np

    return [t.turn for t in tagged] == [t.turn for t in expected] and all(
        np.array_equal(a.probs, b.probs) and a.units == b.units and np.array_equal(a.best, b.best)
        for a, b in zip(tagged, expected))


def test_turn_acts_kept_by_text_are_what_tagging_afresh_gives(tmp_path):
    """The Scorer's act cache (turn acts by previous turn's text and turn's text) against tagging
    each call on its own: the same texts after other turns (the context changes the probabilities)
    and a batch being planned (texts not embedded yet read as zeros, which must not be kept)."""
    import numpy as np

    from qa.score.acts import tag_turns
    from qa.score.embed import Embedder
    from qa.score.text import turns_of

    turns = turns_of(load_call(SCORING / "calls" / "en-02.json"))
    shuffled = (turns[0], turns[2], turns[1], *turns[3:])  # same texts, turns 1 to 3 after other turns
    embedder = Embedder(tmp_path / "e5.sqlite")
    cache: dict = {}
    embedder.record()  # planning: nothing embedded yet
    planned = tag_turns(turns, embedder, cache=cache)
    assert not cache and embedder.missed
    embedder.flush()
    afresh = tag_turns(turns, Embedder(tmp_path / "e5.sqlite"))
    assert not _same_acts(planned, afresh)  # the zero vectors gave other acts: they had to be left out

    assert _same_acts(tag_turns(turns, embedder, cache=cache), afresh)
    assert len(cache) == len(turns)
    shuffled_afresh = tag_turns(shuffled, Embedder(tmp_path / "e5.sqlite"))
    assert not np.array_equal(shuffled_afresh[2].probs, afresh[1].probs)  # same text, other context, other acts
    assert _same_acts(tag_turns(shuffled, embedder, cache=cache), shuffled_afresh)
    assert _same_acts(tag_turns(turns, embedder, cache=cache), afresh)  # hits only, after the shuffle


def test_a_rescoring_worker_scores_without_importing_torch(tmp_path):
    """A re-scoring worker (a fresh process) scores with spaCy and e5 alone: torch, which spaCy's
    thinc would import only to offer torch models, is never loaded (1.4 CPU-s and ~600 MB a worker)."""
    import os
    import subprocess
    import sys

    from qa.store import Store

    call = load_call(SCORING / "calls" / "en-02.json")
    with Store(tmp_path / "qa.sqlite") as store:
        store.save_call(call)
    script = (
        "import sys\n"
        "from qa.rubric import load_rubric\n"
        "from qa.score import batch\n"
        f"batch._start_rescorer(load_rubric('helpdesk_acts'), {str(tmp_path / 'qa.sqlite')!r})\n"
        f"results, failures = batch._worker_score_ids([{call.call_id!r}])\n"
        "print(len(results), len(failures), sys.modules.get('torch') is None)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "QA_EMBED_CACHE": str(tmp_path / "e5.sqlite")})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "0", "True"]


def test_json_files_hold_the_bytes_json_text_gives(tmp_path):
    """write_json writes orjson's bytes as they are (json_bytes): the same bytes as json_text encoded,
    also for what orjson refuses and json writes (NaN as null, integer keys, big integers)."""
    from qa.fileio import json_bytes, json_text, write_json

    values = [{"score": 66.7, "tiny": 1e-5, "said": "네, 돼요 \u2028 ‘thanks’", "nested": [[1, 2.5], None, True]},
              {"nan": float("nan")}, {1: "one"}, {"big": 2 ** 70}, []]
    for index, value in enumerate(values):
        assert json_bytes(value) == json_text(value).encode("utf-8")
        path = write_json(tmp_path / f"{index}.json", value)
        assert path.read_bytes() == json_text(value).encode("utf-8") + b"\n"
