"""The one progress display of every batch command: a bar on a terminal, plain lines otherwise.

It is a :class:`qa.runner.ProgressHook`: ``hook(step, artifact, file=, total=, completed=)``. On a
terminal one line is redrawn (stage, bar of calls done, current call); when stderr is a file or a
pipe (a scheduler's log) each step is one line, ``transcribe 3/7 call-03``, easy to grep.
"""
from __future__ import annotations

import sys
from typing import Any

import click

BAR_WIDTH = 24
# Steps whose ``completed`` counts what is done; any other step is starting on item completed + 1.
DONE_STEPS = frozenset({"stored", "skipped", "report"})


class ProgressDisplay:
    def __init__(self, stream=None, *, bar: bool | None = None):
        self.stream = stream or sys.stderr
        self.bar = self.stream.isatty() if bar is None else bar
        self._drawn = False

    def __call__(self, step: str, artifact: Any = None, *, file: str | None = None, total: int | None = None,
                 completed: int | None = None) -> None:
        if self.bar:
            self._draw(step, file or "", total or 0, completed or 0)
        else:
            position = (completed or 0) + (step not in DONE_STEPS)
            count = f" {position}/{total}" if total else ""
            click.echo(f"{step}{count} {file or ''}".rstrip(), file=self.stream)

    def _draw(self, step: str, name: str, total: int, completed: int) -> None:
        filled = int(BAR_WIDTH * completed / max(total, 1))
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        click.echo(f"\r{step:>10} [{bar}] {completed}/{total} {name[:40]:<40}", file=self.stream, nl=False)
        self._drawn = True

    def close(self) -> None:
        """End the redrawn line, so what is printed next starts on its own."""
        if self._drawn:
            click.echo("", file=self.stream)
            self._drawn = False


__all__ = ["ProgressDisplay"]
