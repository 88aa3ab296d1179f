"""Scoring: judge a call against a rubric, with evidence for every verdict.

    from qa.rubric import load_rubric
    from qa.score import Scorer
    scorer = Scorer(load_rubric("helpdesk_acts"))   # loads spaCy pipelines and embeddings once
    result = scorer.score(call)                 # qa.model.Result

``qa.score.outcome.decide_outcome(call)`` decides how the call ended (used for applicability and by
the ticket comparison). Heavy libraries load lazily inside the Scorer.
"""
from __future__ import annotations


def __getattr__(name):
    # Lazy so that importing qa.score.outcome never pulls in spaCy or the engine.
    if name in ("Scorer", "score_call"):
        from qa.score import engine
        return getattr(engine, name)
    raise AttributeError(name)


__all__ = ["Scorer", "score_call"]
