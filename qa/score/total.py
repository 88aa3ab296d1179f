"""A call's score from its verdicts, as QA forms count it: the one formula the scorer and people's
overrides (qa.review) both use. No heavy imports: reports and the review app load it freely."""
from __future__ import annotations

from typing import Iterable

from qa.model import FAIL, PASS, REVIEW, Verdict


def score_of(verdicts: Iterable[Verdict]) -> tuple[float | None, bool, bool]:
    """(score, auto_failed, mostly_review): pass weight over pass + fail weight as 0-100 (n/a and
    review left out; None when nothing counts); a failed auto-fail criterion scores 0; mostly_review
    when more weight waits for a person than was decided (the band should then say review)."""
    verdicts = list(verdicts)
    counted = [v for v in verdicts if v.verdict in (PASS, FAIL)]
    denominator = sum(v.weight for v in counted)
    score = round(100.0 * sum(v.weight for v in counted if v.verdict == PASS) / denominator, 1) \
        if denominator > 0 else None
    auto_failed = any(v.auto_fail and v.verdict == FAIL for v in verdicts)
    if auto_failed:
        score = 0.0
    mostly_review = not auto_failed and sum(v.weight for v in verdicts if v.verdict == REVIEW) > denominator
    return score, auto_failed, mostly_review
