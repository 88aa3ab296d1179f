"""Domain errors. Library code raises these; only the CLI turns them into messages and exit codes.

Every message says what went wrong, where (file, path in the file, call id) and how to fix it.
"""
from __future__ import annotations


class QAError(Exception):
    """Base class of every error qa raises on purpose."""
    exit_code = 1


class ConfigError(QAError):
    """A rubric, manifest, mapping or option is wrong: a usage/config error (exit 2)."""
    exit_code = 2


class RubricError(ConfigError):
    """A rubric file has problems; ``problems`` lists every one, each with file and path."""

    def __init__(self, path: str, problems: list[str]):
        self.path = path
        self.problems = list(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{path}: {len(self.problems)} problem(s) in rubric:\n{lines}")


class MissingExtraError(ConfigError):
    """A feature needs an optional part of qa that is not installed (``pip install 'qa[speech]'``)."""


class ManifestError(ConfigError):
    """A manifest is wrong (bad field, path outside its folder, duplicate call id...)."""


class AudioError(QAError):
    """An audio file cannot be used: missing, unreadable, empty, corrupt, too short, too many channels."""


class TranscriptError(QAError):
    """A transcript or call JSON cannot be read."""


class ModelError(QAError):
    """Model weights cannot be found, assembled or loaded."""


class TicketError(QAError):
    """A ticket export cannot be read or mapped."""


class StoreError(QAError):
    """The results database cannot be opened or migrated."""
