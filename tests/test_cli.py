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
