"""CLI for scoring: ``qa score``, ``qa rubric check|show``, ``qa calibrate``. Library: qa.score, qa.rubric,
qa.calibrate."""
from __future__ import annotations

import sys

import click

from qa.cli.options import engine_option, format_option, language_option, model_option, out_option, rubric_option
from qa.rubric import DEFAULT_RUBRIC

COMMANDS: list[click.Command] = []


@click.command("score")
@click.argument("inputs", nargs=-1, type=click.Path(exists=True))
@rubric_option()
@out_option("Folder for <call_id>.result.json files.", required=True)
@engine_option
@model_option
@language_option
@click.option("--db", "db", type=click.Path(exists=True, dir_okay=False),
              help="Re-score the calls stored in this results database (qa run's qa.sqlite).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="With --db: processes that score chunks of stored calls side by side, each loading "
                   "the scorer's models once [default: one per core from 2,000 stored calls, else 1].")
def score_command(inputs, rubric, out_dir, engine, model, language, db, jobs):
    """Score calls against a rubric; write one result JSON per call.

    INPUTS are call JSON files, imported transcripts (WhisperX-style JSON), audio files, or folders
    (with or without a manifest). Stored calls are re-scored without running speech recognition.

    \b
    Example:
      qa score out/calls/ --out results/                  # the default rubric, helpdesk_acts
      qa score samples/call-01.wav --out results/
      qa score --db reports/qa.sqlite --rubric rubrics/site.yaml --out results/
      qa score --db reports/qa.sqlite --rubric rubrics/site.yaml --out results/ --jobs 2
    """
    from qa.pipeline import RunOptions
    from qa.rubric import load_rubric
    from qa.score.batch import rescore_store, score_inputs

    if not inputs and not db:
        raise click.UsageError("give INPUTS (call JSON, transcripts, audio, folders) or --db")
    scorecard = load_rubric(rubric)  # a bad rubric stops here (exit 2), before any audio work
    if db:
        run = rescore_store(db, scorecard, out_dir, jobs=jobs)
    else:
        options = RunOptions(engine=engine, model=model, language=language, rubric=rubric)
        run = score_inputs(list(inputs), scorecard, out_dir, pipeline_options=options)
    for result in run.results:
        click.echo(f"{result.call_id}: {result.score if result.score is not None else '-'} {result.band}"
                   + (" (auto-fail)" if result.auto_failed else "")
                   + (f", {result.metrics.get('review_count')} to review" if result.metrics.get("review_count") else ""))
    for failure in run.failures:
        click.echo(f"Error: {failure.source}: {failure.stage}: {failure.message}", err=True)
    click.echo(f"{len(run.results)} scored, {len(run.failures)} failed; results in {out_dir}")
    sys.exit(1 if run.failures else 0)


@click.group("rubric")
def rubric_group():
    """Check and show rubric files.

    \b
    Example:
      qa rubric check rubrics/site.yaml
    """


@rubric_group.command("check")
@click.argument("files", nargs=-1, required=True)
def rubric_check(files):
    """Report every problem in rubric files, with the file and the path inside it.

    Exit code 0 when every file is fine, 2 when any has problems.

    \b
    Example:
      qa rubric check qa/rubrics/helpdesk.yaml site-rubrics/site.yaml
    """
    from qa.rubric import check_rubric

    bad = 0
    for name in files:
        problems = check_rubric(name)
        if problems:
            bad += 1
            click.echo(f"{name}: {len(problems)} problem(s)", err=True)
            for problem in problems:
                click.echo(f"  - {problem}", err=True)
        else:
            click.echo(f"{name}: ok")
    sys.exit(2 if bad else 0)


@rubric_group.command("show")
@click.argument("name", default=DEFAULT_RUBRIC)
@format_option(["text", "markdown"], "text")
def rubric_show(name, fmt):
    """Print a rubric as the form an analyst fills in.

    \b
    Example:
      qa rubric show helpdesk_acts --format markdown
    """
    from qa.rubric import load_rubric
    from qa.score.form import render_form

    click.echo(render_form(load_rubric(name), markdown=fmt == "markdown"))


@click.command("calibrate")
@click.argument("verdicts", type=click.Path(exists=True, dir_okay=False))
@click.option("--results", "results_dir", type=click.Path(exists=True, file_okay=False),
              help="Folder of <call_id>.result.json written by qa score.")
@click.option("--db", type=click.Path(exists=True, dir_okay=False),
              help="Or the results store: compare with the final verdicts (people's overrides applied).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Also write the report as JSON.")
@click.option("--calls", "calls_dir", type=click.Path(exists=True, file_okay=False),
              help="Folder of the labelled call JSON: also sweep the semantic checks' thresholds.")
@rubric_option("Rubric for --calls (checked first in any case).")
def calibrate_command(verdicts, results_dir, db, json_out, calls_dir, rubric):
    """Agreement between the tool and analysts' verdicts (percent and Cohen's kappa).

    VERDICTS is a CSV with columns call_id, criterion, verdict and optional analyst. Reports
    agreement per criterion, per language and overall, tool vs each analyst and analyst vs analyst,
    and lists every disagreement with the tool's evidence.

    \b
    Example:
      qa calibrate tests/data/scoring/labels.csv --results results/
      qa calibrate labels.csv --results results/ --calls calls/   # + threshold sweep
      qa calibrate labels.csv --db reports/qa.sqlite                # final verdicts in the store
    """
    from qa.calibrate import calibrate, format_report, format_sweep, load_results, load_verdicts, semantic_sweep
    from qa.fileio import write_json
    from qa.rubric import load_rubric

    if (results_dir is None) == (db is None):
        raise click.UsageError("give the tool's verdicts with exactly one of --results DIR or --db FILE.")
    scorecard = load_rubric(rubric)  # a bad rubric stops here (exit 2), before any work
    labels = load_verdicts(verdicts)
    if db:
        from qa.review import calibration_results
        from qa.store import Store

        with Store(db) as store:
            results = calibration_results(store)
    else:
        results = load_results(results_dir)
    report = calibrate(labels, results)
    click.echo(format_report(report))
    if calls_dir:
        from qa.score import Scorer
        from qa.score.batch import ScoreRun, gather_calls

        calls = gather_calls([calls_dir], ScoreRun())
        click.echo("\n" + format_sweep(semantic_sweep(Scorer(scorecard), calls, labels)))
    if json_out:
        write_json(json_out, report.to_dict())


COMMANDS += [score_command, rubric_group, calibrate_command]
