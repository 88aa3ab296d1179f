"""The ``qa`` command line: parses options and calls library functions, nothing more.

Each command group lives in its own module here (run, speech, diarize, scoring, tickets, reports); library
imports happen inside the commands so that ``qa --help`` stays fast and never imports torch.
Domain errors (:mod:`qa.errors`) become a message on stderr and the error's exit code:
0 ok, 1 a call failed its checks or a batch had failures, 2 usage or configuration error.
"""
from __future__ import annotations

import sys

import click

from qa import __version__
from qa.errors import QAError


class QAGroup(click.Group):
    """A click group that turns qa's domain errors into clean messages and exit codes."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except QAError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=QAGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="qa")
def main() -> None:
    """Review recorded customer-support calls the way a QA team does.

    \b
    Pipeline: transcribe -> diarize -> score -> compare with the ticket -> report.
    Example:  qa run samples/ --out reports/
    """


def _register() -> None:
    from qa.cli import diarize, reports, run, scoring, serve, speech, tickets

    for module in (run, speech, diarize, scoring, tickets, reports, serve):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
