"""phrase — one of the phrases is said (spaCy Matcher: lemma- and case-insensitive, fuzzy).

Words of five or more letters tolerate one or two ASR edits; ``word*`` matches a prefix (Korean
particles); ``~`` skips up to two words. Fillers (uh, um, 음) are ignored.

Passing example::

    kind: phrase
    phrases: {en: ["thank ~ calling"], tl: ["salamat sa pagtawag"]}
    window: {part: opening, turns: 3}
    # agent: "Uh thanks so much for callin' Acme IT"  -> pass ("thanks so much for callin")

Failing example::

    # agent: "Acme IT, what's the problem?"  -> fail, looked for: "thank ~ calling" ...
"""
from __future__ import annotations

from qa.score.checks import Option
from qa.score.checks.common import ROLE, WINDOW, found, missing

ID = "phrase"
OPTIONS = {
    "phrases": Option("phrases", required=True, help="a list of phrases, or language -> list"),
    "role": ROLE,
    "window": WINDOW,
}


def run(ctx, options: dict):
    window = ctx.window(options["role"], options["window"])
    hits = ctx.find(window.turns, options["phrases"])
    if hits:
        return found(ctx, hits, window, "said")
    return missing(window, "none of the phrases was said", options["phrases"])
