"""``qa run``: the whole job on a folder of calls."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from qa.cli.options import (engine_option, force_option, language_option, model_option, num_speakers_option,
                            out_option, rubric_option)

COMMANDS: list[click.Command] = []


def _progress(stage: str, done: int, total: int, call_id: str) -> None:
    width = 24
    filled = int(width * done / max(total, 1))
    bar = "#" * filled + "-" * (width - filled)
    click.echo(f"\r{stage:>10} [{bar}] {done}/{total} {call_id[:40]:<40}", err=True,
               nl=done == total)


@click.command("run")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@out_option("Folder for call JSON, results, the SQLite store and the reports.", default="reports")
@engine_option
@model_option
@language_option
@click.option("--glossary", multiple=True, help="Company or product name to help the decoder (repeatable).")
@rubric_option()
@click.option("--tickets", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Ticket export (JSON, JSONL, CSV) to compare calls with (repeatable).")
@click.option("--ticket-mapping", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="YAML field mapping for a custom ticket export.")
@num_speakers_option
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="SQLite results store (default: OUT/qa.sqlite).")
@click.option("--templates", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of report templates that override the built-in ones.")
@force_option
def run_command(inputs, out_dir, engine, model, language, glossary, rubric, tickets, ticket_mapping,
                num_speakers, db, templates, force):
    """Transcribe, diarize, score and compare every call, store the results and write the reports.

    INPUTS are audio files, call/transcript JSON files, or folders (with a manifest.yaml listing the
    calls and their metadata, or without one: every audio and JSON file in it).

    \b
    Example:
      qa run samples --out reports        # then open reports/index.html
      qa run calls/ --tickets export.csv --ticket-mapping zendesk.yaml
    """
    from qa.pipeline import RunOptions, run_batch
    from qa.rubric import load_rubric

    load_rubric(rubric)  # a bad rubric stops the run here (exit 2), before any audio work
    options = RunOptions(engine=engine, model=model, language=language, glossary=tuple(glossary),
                         rubric=rubric, tickets=tuple(tickets), ticket_mapping=ticket_mapping,
                         num_speakers=num_speakers, force=force, db=db, templates=templates)
    outcome = run_batch(list(inputs), out_dir, options, progress=_progress)
    for result in outcome.results:
        score = "n/a" if result.score is None else f"{result.score:5.1f}"
        findings = f"  {len(result.findings)} ticket finding(s)" if result.findings else ""
        click.echo(f"{result.call_id:<28} {score}  {result.band}{findings}")
    for warning in outcome.warnings:
        click.echo(f"WARNING {warning}", err=True)
    for failure in outcome.failures:
        click.echo(f"FAILED {failure.call_id} ({failure.stage}): {failure.message}", err=True)
    if outcome.index:
        click.echo(f"Reports: {outcome.index}")
    click.echo(f"{len(outcome.results)} call(s) scored, {len(outcome.failures)} failed.")
    sys.exit(1 if outcome.failures else 0)


COMMANDS.append(run_command)
