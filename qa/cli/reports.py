"""CLI for reports, the example library and exports: ``qa report``, ``qa library``, ``qa export``.

Options only; the work is in :mod:`qa.report` and :mod:`qa.store`.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from qa.cli.options import formats_option, out_option

COMMANDS: list[click.Command] = []


def _progress(items, label: str):
    """A click progress bar on stderr (reports go to files; stdout keeps the paths written)."""
    items = list(items)
    with click.progressbar(items, label=label, file=sys.stderr, show_pos=True) as bar:
        yield from bar


def _open_store(db: str | None, out: str):
    from qa.errors import ConfigError
    from qa.store import Store, default_db

    path = Path(db) if db else default_db(out)
    if not path.is_file():
        raise ConfigError(f"no results store at {path}; run `qa run` or `qa score` first, or point --db "
                          "at the qa.sqlite file they wrote.")
    return Store(path)


def _templates(command):
    return click.option("--templates", type=click.Path(file_okay=False),
                        help="Folder of templates that override the built-in ones.")(command)


def _common(command):
    """--db, --out and --no-redact, shared by every command here."""
    command = click.option("--no-redact", "no_redact", is_flag=True,
                           help="Show personal data (phone, card, ids, birth dates) as said: only for a "
                                "secure reviewer. Default: redacted (docs/privacy.md).")(command)
    command = click.option("--db", type=click.Path(dir_okay=False),
                           help="Results store (default: OUT/qa.sqlite).")(command)
    return out_option("Report folder.", default="reports", dest="out")(command)


def _period(command):
    command = click.option("--to", "end", metavar="DATE", help="Last day (ISO date, inclusive).")(command)
    return click.option("--from", "start", metavar="DATE", help="First day (ISO date, inclusive).")(command)


@click.group("report")
def report() -> None:
    """Write HTML reports from the results store.

    \b
    Example:
      qa report all --out reports
    """


@report.command("call")
@click.argument("call_id")
@_common
@_templates
@click.option("--audio-dir", type=click.Path(file_okay=False), help="Where to look for the call's audio.")
@click.option("--no-copy-audio", is_flag=True, help="Reference the audio where it is instead of copying it.")
def report_call(call_id, out, db, no_redact, templates, audio_dir, no_copy_audio) -> None:
    """The scorecard of one call: verdicts, evidence, transcript, ticket findings, audio player.

    \b
    Example:
      qa report call call-001 --out reports
    """
    from qa.report import make_environment, write_call_report

    with _open_store(db, out) as store:
        path = write_call_report(store, call_id, out, audio_dir=audio_dir, copy=not no_copy_audio,
                                 env=make_environment(templates), redact=not no_redact)
    click.echo(path)


@report.command("agent")
@click.argument("agent_id")
@_common
@_templates
@_period
@click.option("--pdf", is_flag=True, help="Also print the report to PDF with headless Chromium (offline).")
def report_agent(agent_id, out, db, no_redact, templates, start, end, pdf) -> None:
    """The coaching report of one agent for a period.

    \b
    Example:
      qa report agent A-102 --from 2026-11-01 --to 2026-11-30 --out reports --pdf
    """
    from qa.report import make_environment, print_to_pdf, write_agent_report

    with _open_store(db, out) as store:
        path = write_agent_report(store, agent_id, start, end, out, env=make_environment(templates),
                                  redact=not no_redact)
    click.echo(path)
    if pdf:
        click.echo(print_to_pdf(path, path.with_suffix(".pdf")))


@report.command("team")
@_common
@_templates
@_period
def report_team(out, db, no_redact, templates, start, end) -> None:
    """The supervisors' team view: agents x criteria heatmap, trend, tickets to bounce back.

    \b
    Example:
      qa report team --from 2026-11-01 --out reports
    """
    from qa.report import make_environment, write_team_report

    with _open_store(db, out) as store:
        click.echo(write_team_report(store, out, start=start, end=end, env=make_environment(templates),
                                     redact=not no_redact))


@report.command("all")
@_common
@_templates
@_period
@click.option("--audio-dir", type=click.Path(file_okay=False), help="Where to look for the calls' audio.")
@click.option("--no-copy-audio", is_flag=True, help="Reference the audio where it is instead of copying it.")
def report_all(out, db, no_redact, templates, start, end, audio_dir, no_copy_audio) -> None:
    """Every report: index, call scorecards, coaching reports, team view, exports.

    \b
    Example:
      qa report all --db reports/qa.sqlite --out reports
    """
    from qa.report import write_reports

    with _open_store(db, out) as store:
        click.echo(write_reports(store, out, audio_dir=audio_dir, start=start, end=end, templates=templates,
                                 copy=not no_copy_audio, progress=_progress, redact=not no_redact))


@click.group("library")
def library() -> None:
    """The example library for trainers.

    \b
    Example:
      qa library build --out reports
    """


@library.command("build")
@_common
@_templates
@_period
@click.option("--per-group", default=3, show_default=True, type=click.IntRange(1, 50),
              help="Examples per criterion, language and verdict.")
@click.option("--padding", default=1.0, show_default=True, type=click.FloatRange(0, 10),
              help="Seconds of audio kept before and after each piece of evidence.")
@click.option("--max-clip", default=20.0, show_default=True, type=click.FloatRange(1, 120),
              help="Longest clip in seconds.")
@click.option("--audio-dir", type=click.Path(file_okay=False), help="Where to look for the calls' audio.")
def library_build(out, db, no_redact, templates, start, end, per_group, padding, max_clip, audio_dir) -> None:
    """Best and worst examples per criterion and language as short clips on a filterable page.

    \b
    Example:
      qa library build --out reports --per-group 5
    """
    from qa.report.library import build_library

    with _open_store(db, out) as store:
        click.echo(build_library(store, out, per_group=per_group, padding=padding, max_clip=max_clip,
                                 audio_dir=audio_dir, start=start, end=end, templates=templates,
                                 progress=_progress, redact=not no_redact))


@click.command("export")
@formats_option(["md", "csv", "json"], None, "Export formats (default: all three), comma-separated or repeated.")
@_common
@_period
def export(formats, out, db, no_redact, start, end) -> None:
    """Markdown, CSV or JSON exports of the stored results into OUT/exports.

    \b
    Example:
      qa export --format csv --format md --out reports
    """
    from qa.redact.apply import for_people
    from qa.report.exports import FORMATS, write_exports
    from qa.report.pages import build_team_page
    from qa.review import final_results

    with _open_store(db, out) as raw:
        store = for_people(raw, not no_redact)
        results = final_results(store, start=start, end=end)
        team = build_team_page(store, start, end, results=results)
        for path in write_exports(results, team, Path(out) / "exports", formats or FORMATS):
            click.echo(path)


COMMANDS += [report, library, export]
