"""company — the agent names the company or organisation (a department alone does not count).

Tried in order: the ``phrases`` (hints, phrase syntax; ``<company>`` is the known company's name,
else a name-like word); when the company is known (the call's ``company`` metadata, else the
rubric's ``company_names``) its name said anywhere in the window, and nothing else (another
company's name fails); when it is unknown, the shape of an organisation's name in the turn
(``qa/score/company.py``: name-like words before an organisation word, after "calling" /
"pagtawag sa", or before a department; "한빛은행", "하늘항공입니다"). ``org_words`` and
``generic_words`` add a site's own words to ``qa/data/company.yaml``.

Passing example::

    kind: company
    window: {part: opening, turns: 2}
    # agent: "Good afternoon, Meridian Health, Tom speaking."  -> pass ("Meridian Health")

Failing example::

    # agent: "Morning, help desk, Jess here."  -> fail (a department, no organisation)
"""
from __future__ import annotations

from qa.model import PASS
from qa.score.checks import Option
from qa.score.checks.common import ROLE, WINDOW, found, missing
from qa.score.context import CheckOutcome
from qa.score.nlp import flatten
from qa.score.text import evidence_of

ID = "company"
OPTIONS = {
    "phrases": Option("phrases", None, help="phrases that count at once (phrase syntax; <company> = the company)"),
    "role": ROLE,
    "window": WINDOW,
    "org_words": Option("phrases", None, help="extra words that end an organisation's name (\"Credit Union\", "
                                              "\"상호금고\")"),
    "generic_words": Option("phrases", None, help="extra words that never name an organisation"),
}


def run(ctx, options: dict):
    from qa.score.company import detector

    window = ctx.window(options["role"], options["window"])
    if options["phrases"]:
        hits = ctx.find(window.turns, options["phrases"])
        if hits:
            return found(ctx, hits, window, "said")
    if ctx.company_names:
        hits = ctx.find(window.turns, ctx.company_names)
        if hits:
            return found(ctx, hits, window, "the company's name said")
        return missing(window, "the company's name was not said", list(ctx.company_names))
    detect = detector(tuple(flatten(options["org_words"])), tuple(flatten(options["generic_words"])))
    for turn in window.turns:
        hit = detect.find(turn.text)
        if hit:
            words, rule = hit
            return CheckOutcome(PASS, f'an organisation named ({rule}): "{words}" at {turn.start:.1f}s',
                                (evidence_of(turn, words),), ctx.probability(turn, words), window.turns,
                                window.role is not None)
    return missing(window, "no organisation's name", ["an organisation's name (not a department alone)"])
