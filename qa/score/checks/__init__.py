"""The check kinds a rubric criterion can use: one small module per kind.

Each module has ``ID`` (the ``kind:`` in a rubric), ``OPTIONS`` (name -> :class:`Option`), a
docstring with a passing and a failing example, and one function ``run(ctx, options) -> Outcome``
where ``ctx`` is the :class:`qa.score.context.CallContext` of the call being scored. Importing this
package is cheap: modules load spaCy or embeddings only through ``ctx`` at scoring time.
A new kind is a new module here with its ``ID``: the registry (``KINDS``) is read from the modules.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@dataclass(frozen=True)
class Option:
    """One option of a check kind. ``type`` is one of the names in qa.rubric.TYPE_CHECKS."""
    type: str
    default: Any = None
    required: bool = False
    help: str = ""


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """kind -> module name, read from each module's own ``ID``; a module without one (common.py)
    holds helpers shared by the kinds. Sorted by kind: the order ``qa rubric check`` lists them in."""
    kinds: dict[str, str] = {}
    for info in pkgutil.iter_modules(__path__):
        kind = getattr(importlib.import_module(f"{__name__}.{info.name}"), "ID", None)
        if kind is None:
            continue
        if kind in kinds:
            raise ImportError(f"check kind {kind!r} is defined twice: {kinds[kind]}.py and {info.name}.py")
        kinds[kind] = info.name
    return dict(sorted(kinds.items()))


def __getattr__(name: str):
    # KINDS is computed on first use: the check modules import Option from this package.
    if name == "KINDS":
        return _kinds()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def module(kind: str):
    """The module that implements check ``kind`` (KeyError for an unknown kind)."""
    return importlib.import_module(f"{__name__}.{_kinds()[kind]}")


def options_with_defaults(kind: str, given: dict) -> dict:
    spec = module(kind).OPTIONS
    return {name: given.get(name, option.default) for name, option in spec.items()}
