"""Small file helpers shared by every stage: atomic writes, JSON in and out, safe YAML.

No write leaves a half-written file: everything is written to a temporary file in the same folder
and moved into place with ``os.replace``.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from qa.errors import ConfigError


def safe_name(identifier: str) -> str:
    """A file name for an id (a call id, an agent id): safe characters only, plus a short hash when
    anything was changed, so that "../../x" or "a/b" can never name a path outside the folder and
    two ids never share a file. Ids stay names; only file names go through this."""
    import hashlib
    import re

    identifier = str(identifier)
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", identifier).strip("._")[:80] or "x"
    if safe != identifier:
        safe += "-" + hashlib.sha1(identifier.encode("utf-8")).hexdigest()[:8]
    return safe


def private_dir(path: str | os.PathLike) -> Path:
    """Create ``path`` and any missing parents owner-only (0700): reports hold what callers said.
    Folders that exist already keep their permissions."""
    path = Path(path)
    missing = []
    while not path.exists() and path != path.parent:
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:  # another process made it meanwhile
            pass
    return Path(path if not missing else missing[0])


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file, owner-only (0600, as mkstemp makes it)."""
    path = Path(path)
    private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return path


def atomic_write_text(path: str | os.PathLike, text: str) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"))


def write_json(path: str | os.PathLike, data: Any) -> Path:
    return atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def read_json(path: str | os.PathLike) -> Any:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def load_yaml(path: str | os.PathLike) -> Any:
    """Load YAML safely: no Python tags, no object construction, bounded alias expansion."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8.") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from exc
    return load_yaml_text(text, str(path))


def load_yaml_text(text: str, where: str = "<string>") -> Any:
    import yaml

    try:
        # Aliases are how "billion laughs" bombs are built; rubrics and manifests never need them.
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                raise ConfigError(f"{where}:{mark.line + 1}: YAML aliases (*{event.anchor}) are not "
                                  "allowed; write the value out in full.")
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: not valid YAML: {exc}") from exc
