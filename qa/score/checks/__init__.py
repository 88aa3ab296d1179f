"""The check kinds a rubric criterion can use: one small module per kind.

Each module has ``ID`` (the ``kind:`` in a rubric), ``OPTIONS`` (name -> :class:`Option`), a
docstring with a passing and a failing example, and one function ``run(ctx, options) -> Outcome``
where ``ctx`` is the :class:`qa.score.context.CallContext` of the call being scored. Importing this
package is cheap: modules load spaCy or embeddings only through ``ctx`` at scoring time.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

# kind -> module name; the order is how ``qa rubric check`` lists valid kinds.
KINDS = {
    "act": "act",
    "phrase": "phrase",
    "semantic": "semantic",
    "order": "order",
    "dead_air": "dead_air",
    "hold": "hold",
    "overtalk": "overtalk",
    "talk_ratio": "talk_ratio",
    "handle_time": "handle_time",
}


@dataclass(frozen=True)
class Option:
    """One option of a check kind. ``type`` is one of the names in qa.rubric.TYPE_CHECKS."""
    type: str
    default: Any = None
    required: bool = False
    help: str = ""


def module(kind: str):
    """The module that implements check ``kind`` (KeyError for an unknown kind)."""
    return importlib.import_module(f"qa.score.checks.{KINDS[kind]}")


def options_with_defaults(kind: str, given: dict) -> dict:
    spec = module(kind).OPTIONS
    return {name: given.get(name, option.default) for name, option in spec.items()}
