"""agent_name — the agent introduces themself by name, read from the shape of the words.

One name-like word right after "this is", "you're through to" or Tagalog "si", ending its phrase
(``qa/score/company.py``, ``Detector.person``; the words are ``name_intros`` / ``name_ends`` of
``qa/data/company.yaml``). It needs no capital letter, so lower-case ASR counts ("sentrylink
monitoring this is dave how can i help"); more name-like words after "this is" name an organisation.

Passing example::

    kind: agent_name
    window: {part: opening, turns: 2}
    # agent: "Licensing line, this is Bev. What's going on with it?"  -> pass ("Bev")

Failing example::

    # agent: "Thank you for calling, this is Harper Valley National Bank."  -> fail (an organisation)
"""
from __future__ import annotations

from qa.model import PASS
from qa.score.checks.common import ROLE, WINDOW, missing
from qa.score.context import CheckOutcome
from qa.score.text import evidence_of

ID = "agent_name"
OPTIONS = {"role": ROLE, "window": WINDOW}


def run(ctx, options: dict):
    from qa.score.company import detector

    window = ctx.window(options["role"], options["window"])
    for turn in window.turns:
        name = detector().person(turn.text)
        if name:
            return CheckOutcome(PASS, f'the agent introduced as "{name}" at {turn.start:.1f}s',
                                (evidence_of(turn, name),), ctx.probability(turn, name), window.turns,
                                window.role is not None)
    return missing(window, "no agent's name introduced", ["this is <name>", "you're through to <name>", "si <name>"])
