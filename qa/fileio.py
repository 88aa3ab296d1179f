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


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
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


def guess_encoding(data: bytes) -> str | None:
    """What ``data`` looks encoded in, as charset-normalizer reads it ("cp949 (Korean)"), or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    return best.encoding + (f" ({best.language})" if best.language and best.language != "Unknown" else "")


def read_text(path: str | os.PathLike, error: type[Exception] = ConfigError) -> str:
    """A UTF-8 text file (a BOM is dropped). Anything else raises ``error`` naming the first bad byte
    and the encoding the file looks like, so the user knows what to convert from. OSError passes."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        guess = guess_encoding(data)
        looks = f"it looks like {guess}; " if guess else ""
        raise error(f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); {looks}"
                    "save it as UTF-8.") from exc


def load_yaml(path: str | os.PathLike) -> Any:
    """Load YAML safely: no Python tags, no object construction, bounded alias expansion."""
    try:
        text = read_text(path)
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
