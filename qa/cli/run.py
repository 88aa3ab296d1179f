"""``qa run``: the whole job on a folder of calls."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from qa.cli.options import (engine_option, language_option, model_option, num_speakers_option, threads_option,
                            out_option, rubric_option)

COMMANDS: list[click.Command] = []



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
@click.option("--force", is_flag=True,
              help="Redo every call: transcribe and diarize again, score again even if already stored.")
# -- how the batch runs (options of qa run only, for now) --
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes, each with its own models (default: the number of cores, fewer "
                   "when free memory is short: about 3 GB each).")
@threads_option
@click.option("--device", type=click.Choice(["cpu", "cuda"]), default="cpu", show_default=True,
              help="Where Whisper and pyannote run: the CPU, or an NVIDIA GPU (each worker, or each Ray "
                   "actor with one GPU; use --jobs 1 per GPU on one machine).")
@click.option("--executor", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Where the workers run: this machine's processes, or a Ray cluster (pip install 'qa[ray]').")
@click.option("--ray-address", default=None,
              help="Ray cluster to join (ray://host:10001 or auto); default: start a local Ray instance.")
@click.option("--no-redact", "no_redact", is_flag=True,
              help="Write pages, exports and clips with personal data as said (a secure reviewer's "
                   "copy). Default: redacted; the store always keeps the raw transcript.")
@click.option("--timezone", metavar="ZONE", help="Show manifest dates in this time zone (an IANA name such "
              "as Asia/Manila; default: this machine's). ISO dates with an offset are converted.")
@click.option("--max-duration", default=4 * 3600.0, show_default=True, type=click.FloatRange(min=1),
              help="Longest recording in seconds; longer ones are refused before transcription.")
def run_command(inputs, out_dir, engine, model, language, glossary, rubric, tickets, ticket_mapping,
                num_speakers, db, templates, force, jobs, threads, device, executor, ray_address, no_redact,
                timezone, max_duration):
    """Transcribe, diarize, score and compare every call, store the results and write the reports.

    INPUTS are audio files, call/transcript JSON files, or folders (with a manifest.yaml listing the
    calls and their metadata, or without one: every audio and JSON file in it).

    Each call is stored as soon as it is finished. Running again over the same folder skips the
    calls already scored from the same audio, settings and rubric (--force redoes them), so an
    interrupted batch is finished by running the same command again.

    \b
    Example:
      qa run samples --out reports        # then open reports/index.html
      qa run calls/ --tickets export.csv --ticket-mapping zendesk.yaml
      qa run calls/ --jobs 2              # two worker processes
      qa run /shared/calls --executor ray --ray-address auto --jobs 16
      qa run /shared/calls --executor ray --ray-address auto --jobs 4 --device cuda   # GPU actors
    """
    from qa.cli.progress import ProgressDisplay
    from qa.device import check_device
    from qa.parallel import default_jobs
    from qa.pipeline import RunOptions, run_batch
    from qa.rubric import load_rubric

    load_rubric(rubric)  # a bad rubric stops the run here (exit 2), before any audio work
    if executor == "local":
        check_device(device)  # (on Ray, each actor checks its own node)
    options = RunOptions(engine=engine, model=model, language=language, glossary=tuple(glossary),
                         rubric=rubric, tickets=tuple(tickets), ticket_mapping=ticket_mapping,
                         num_speakers=num_speakers, force=force, db=db, templates=templates,
                         jobs=jobs or default_jobs(), threads=threads, device=device, executor=executor,
                         ray_address=ray_address, redact=not no_redact, timezone=timezone,
                         max_duration=max_duration)
    display = ProgressDisplay()
    try:
        outcome = run_batch(list(inputs), out_dir, options, progress=display)
    finally:
        display.close()
    skipped = set(outcome.skipped)
    for result in (r for r in outcome.results if r.call_id not in skipped):
        score = "n/a" if result.score is None else f"{result.score:5.1f}"
        findings = f"  {len(result.findings)} ticket finding(s)" if result.findings else ""
        click.echo(f"{result.call_id:<28} {score}  {result.band}{findings}")
    for warning in outcome.warnings:
        click.echo(f"WARNING {warning}", err=True)
    for failure in outcome.failures:
        click.echo(f"FAILED {failure.call_id} ({failure.stage}): {failure.message}", err=True)
    if outcome.index:
        click.echo(f"Reports: {outcome.index}")
    scored = len(outcome.results) - len(skipped)
    already = f", {len(skipped)} skipped, already scored" if skipped else ""
    click.echo(f"{scored} call(s) scored{already}, {len(outcome.failures)} failed.")
    sys.exit(1 if outcome.failures else 0)


COMMANDS.append(run_command)
