"""One batch runner for every stage and command: one failure record, one failure policy, one progress hook.

Policy (the same in ``qa run``, ``qa transcribe``, ``qa diarize``, ``qa score``): a call that fails
at any stage becomes a :class:`Failure` with the stage and the message, and the batch goes on with
the others, whether the cause is bad input (a :class:`qa.errors.QAError`) or a bug or library error
on that one call (logged with its traceback). Only :class:`qa.errors.ModelError` stops a batch: with
no model, no call can succeed, so it is said once instead of once per call.

Progress is reported through one callback signature, pyannote.audio's hook::

    hook(step, artifact, file=call_id, total=number_of_calls, completed=calls_done)

``step`` is the stage starting (``"transcribe"``, ``"score"``...) or ``"stored"`` when a call is
finished and kept; ``artifact`` is what the step produced, when there is one.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Protocol, TypeVar

from qa.errors import ModelError, QAError

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Failure:
    """A call a batch could not process: which call, from which file, at which stage, and why."""
    call_id: str
    source: str
    stage: str
    message: str

    def to_dict(self) -> dict:
        return {"call_id": self.call_id, "source": self.source, "stage": self.stage,
                "message": self.message}


class ProgressHook(Protocol):
    def __call__(self, step: str, artifact: Any = None, *, file: str | None = None,
                 total: int | None = None, completed: int | None = None) -> None: ...


def no_progress(step: str, artifact: Any = None, *, file: str | None = None, total: int | None = None,
                completed: int | None = None) -> None:
    log.debug("%s %s/%s %s", step, completed, total, file or "")


def attempt(stage: str, call_id: str, source: str, work: Callable[[], R]) -> tuple[R | None, Failure | None]:
    """``work()``, or the Failure it became. ModelError propagates (see the module's policy)."""
    try:
        return work(), None
    except ModelError:
        raise
    except QAError as exc:
        return None, Failure(call_id, source, stage, str(exc))
    except Exception as exc:  # a bug or a library failure on one call must not stop a batch
        log.exception("%s failed on %s", stage, call_id)
        return None, Failure(call_id, source, stage, f"{type(exc).__name__}: {exc}")


def run_each(stage: str, items: Iterable[T], work: Callable[[T], R], *, label: Callable[[T], tuple[str, str]],
             failures: list[Failure], progress: ProgressHook = no_progress) -> list[R]:
    """``work(item)`` for every item, in order; a failing item is added to ``failures`` and skipped."""
    items = list(items)
    done: list[R] = []
    for position, item in enumerate(items):
        call_id, source = label(item)
        progress(stage, None, file=call_id, total=len(items), completed=position)
        value, failure = attempt(stage, call_id, source, lambda: work(item))
        if failure is None:
            done.append(value)  # type: ignore[arg-type]
        else:
            failures.append(failure)
    return done


__all__ = ["Failure", "ProgressHook", "no_progress", "attempt", "run_each"]
