"""Every CLI command has help with an example, and ``qa --help`` does not import torch."""
from __future__ import annotations

import subprocess
import sys

import click
from click.testing import CliRunner

from qa.cli import main


def _commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


def test_every_command_has_help_with_an_example():
    runner = CliRunner()
    for path, command in _commands(main):
        result = runner.invoke(main, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        if not isinstance(command, click.Group):
            assert "Example" in result.output, f"qa {' '.join(path)} --help has no example"


def test_help_does_not_import_torch():
    code = "import sys; from qa.cli import main\ntry:\n main(['--help'])\nexcept SystemExit: pass\nprint('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("False")


def _takes(command: click.Command, option: str) -> bool:
    return any(option in p.opts for p in command.params)


def test_every_command_rejects_a_bad_engine_the_same_way():
    takers = [(path, command) for path, command in _commands(main)
              if not isinstance(command, click.Group) and _takes(command, "--engine")]
    assert {p for p, _ in takers} >= {("run",), ("transcribe",), ("diarize",), ("score",), ("eval",)}
    for path, _ in takers:
        result = CliRunner().invoke(main, [*path, "--engine", "whisperx"])
        assert result.exit_code == 2, (path, result.output)
        assert ("Error: Invalid value for '--engine': 'whisperx' is not one of 'faster-whisper', "
                "'openai-whisper'.") in result.output, (path, result.output)


def test_shared_options_are_declared_once():
    """--out has -o everywhere; every multi-format --format takes the same comma-separated list."""
    for path, command in _commands(main):
        for param in getattr(command, "params", ()):
            if "--out" in param.opts:
                assert "-o" in param.opts, f"qa {' '.join(path)} --out has no -o"
    bad = CliRunner().invoke(main, ["transcribe", "x.wav", "-o", "out", "--format", "json,docx"])
    assert bad.exit_code == 2 and "unknown format 'docx'; choose from: json, whisperx, srt" in bad.output
