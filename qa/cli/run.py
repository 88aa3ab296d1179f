"""``qa run``: the whole job on a folder of calls."""
from __future__ import annotations

import sys
from pathlib import Path

import click

COMMANDS: list[click.Command] = []


def _progress(stage: str, done: int, total: int, call_id: str) -> None:
    width = 24
    filled = int(width * done / max(total, 1))
    bar = "#" * filled + "-" * (width - filled)
    click.echo(f"\r{stage:>10} [{bar}] {done}/{total} {call_id[:40]:<40}", err=True,
               nl=done == total)


@click.command("run")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default="reports", show_default=True, type=click.Path(path_type=Path),
              help="Folder for call JSON, results, the SQLite store and the reports.")
@click.option("--engine", type=click.Choice(["faster-whisper", "openai-whisper"]),
              default="faster-whisper", show_default=True)
@click.option("--model", default="base", show_default=True,
              help="Whisper weights: base, tiny.en, a hub name or a local model folder.")
@click.option("--language", default=None, help="Skip language detection (en, ko, tl...).")
@click.option("--glossary", multiple=True, help="Company or product name to help the decoder (repeatable).")
@click.option("--rubric", default="helpdesk", show_default=True, help="Rubric name in rubrics/ or a path.")
@click.option("--tickets", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Ticket export (JSON, JSONL, CSV) to compare calls with (repeatable).")
@click.option("--ticket-mapping", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="YAML field mapping for a custom ticket export.")
@click.option("--num-speakers", type=int, help="Speakers per mono call, when known.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="SQLite results store (default: OUT/qa.sqlite).")
@click.option("--templates", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of report templates that override the built-in ones.")
@click.option("--force", is_flag=True, help="Transcribe again even when the cache has the call.")
@click.option("--no-redact", "no_redact", is_flag=True,
              help="Write pages, exports and clips with personal data as said (a secure reviewer's "
                   "copy). Default: redacted; the store always keeps the raw transcript.")
@click.option("--timezone", metavar="ZONE", help="Show manifest dates in this time zone (an IANA name such "
              "as Asia/Manila; default: this machine's). ISO dates with an offset are converted.")
@click.option("--max-duration", default=4 * 3600.0, show_default=True, type=click.FloatRange(min=1),
              help="Longest recording in seconds; longer ones are refused before transcription.")
def run_command(inputs, out_dir, engine, model, language, glossary, rubric, tickets, ticket_mapping,
                num_speakers, db, templates, force, no_redact, timezone, max_duration):
    """Transcribe, diarize, score and compare every call, store the results and write the reports.

    INPUTS are audio files, call/transcript JSON files, or folders (with a manifest.yaml listing the
    calls and their metadata, or without one: every audio and JSON file in it).

    \b
    Example:
      qa run samples --out reports        # then open reports/index.html
      qa run calls/ --tickets export.csv --ticket-mapping zendesk.yaml
    """
    from qa.pipeline import RunOptions, run_batch

    options = RunOptions(engine=engine, model=model, language=language, glossary=tuple(glossary),
                         rubric=rubric, tickets=tuple(tickets), ticket_mapping=ticket_mapping,
                         num_speakers=num_speakers, force=force, db=db, templates=templates,
                         redact=not no_redact, timezone=timezone, max_duration=max_duration)
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
