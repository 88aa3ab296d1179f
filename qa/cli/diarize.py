"""CLI commands for this stage; see qa/cli/__init__.py."""
from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
