"""Every option that more than one command takes, declared once and reused as a decorator.

A command says ``@engine_option`` rather than spelling ``--engine`` again, so each option is parsed,
checked and described the same way everywhere (``--engine nope`` is the same error in every command).
"""
from __future__ import annotations

from pathlib import Path

import click

from qa.rubric import DEFAULT_RUBRIC
from qa.transcribe import DEFAULT_ENGINE, ENGINES

engine_option = click.option("--engine", type=click.Choice(ENGINES), default=DEFAULT_ENGINE, show_default=True,
                             help="Speech-to-text engine for audio inputs (both run the same weights).")
model_option = click.option("--model", default="base", show_default=True,
                            help="Whisper weights: base (multilingual), tiny.en, a CTranslate2 model folder "
                                 "or a hub name.")
language_option = click.option("--language", default=None,
                               help="Language code (en, ko, tl...); default: detect it from the audio.")
threads_option = click.option("--threads", type=click.IntRange(min=1), default=None,
                              help="CPU threads for the models (default: one per available core).")
num_speakers_option = click.option("--num-speakers", type=click.IntRange(min=1), default=None,
                                   help="How many people talk in a mono call, when known (default: the "
                                        "diarizer decides; the manifest's num_speakers wins per call).")
mapping_option = click.option("--mapping", "-m", type=click.Path(exists=True, dir_okay=False),
                              help="Custom field mapping of a ticket export (YAML).")
encoding_option = click.option("--encoding", help="Encoding of the export when it is not UTF-8 (e.g. latin-1).")
force_option = click.option("--force", is_flag=True, help="Transcribe again even when the cache has the call.")


def rubric_option(help: str = "Rubric name (built-in or in a QA_RUBRICS folder) or YAML path."):
    return click.option("--rubric", "-r", default=DEFAULT_RUBRIC, show_default=True, help=help)


def out_option(help: str, *, default: str | None = None, required: bool = False, file: bool = False,
               dest: str = "out_dir"):
    """``--out``/``-o``: the folder a command writes into (``file=True``: the one file it writes)."""
    kind = click.Path(dir_okay=False) if file else click.Path(path_type=Path)
    return click.option("--out", "-o", dest, default=default, required=required,
                        show_default=default is not None, type=kind, help=help,
                        callback=None if file else _folder_not_file)


def _folder_not_file(ctx, param, value):
    """A folder ``--out`` naming an existing file: qa.fileio's message, exit 2."""
    from qa.errors import ConfigError
    from qa.fileio import check_not_a_file

    try:
        return None if value is None else check_not_a_file(value)
    except ConfigError as exc:
        raise click.UsageError(str(exc), ctx=ctx) from exc


class FormatList(click.ParamType):
    """``json,srt`` (or ``--format`` repeated): output formats, each checked against the valid ones."""
    name = "FORMAT[,FORMAT]"

    def __init__(self, choices):
        self.choices = tuple(choices)

    def convert(self, value, param, ctx):
        from qa.errors import ConfigError
        from qa.formats import parse_formats

        if isinstance(value, tuple):
            return value
        try:
            return tuple(parse_formats(str(value), self.choices))
        except ConfigError as exc:
            self.fail(str(exc), param, ctx)


def formats_option(choices, default: str | None, help: str = "Output formats, comma-separated or repeated."):
    """``--format``: several formats (``--format json,srt`` = ``--format json --format srt``)."""
    def decorate(command):
        return click.option("--format", "formats", type=FormatList(choices), multiple=True,
                            default=(default,) if default else (), show_default=bool(default),
                            callback=lambda ctx, param, value: tuple(dict.fromkeys(n for v in value for n in v)),
                            help=f"{help} One or more of: {', '.join(choices)}.")(command)
    return decorate


def format_option(choices, default: str):
    """``--format``: the one format a command prints or writes."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format.")


__all__ = ["engine_option", "model_option", "language_option", "threads_option", "num_speakers_option",
           "force_option", "mapping_option", "encoding_option", "rubric_option", "out_option", "formats_option", "format_option", "FormatList"]
