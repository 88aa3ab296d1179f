"""Small file helpers shared by every stage: atomic writes, JSON in and out, safe YAML.

No write leaves a half-written file: everything is written to a temporary file in the same folder
and moved into place with ``os.replace``.
"""
from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any

import orjson

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


def json_text(data: Any, indent: int | None = 2) -> str:
    """JSON as every qa file holds it: UTF-8 text, and never NaN or Infinity (not JSON: most readers
    refuse them), which become null.

    orjson writes it, ten times faster than json (re-scoring a store writes thousands of result
    files) and the same text but for tiny floats ("1e-5" for json's "1e-05"); anything orjson would
    write differently or refuses (other indents, big integers, keys that are not strings, dates,
    subclasses) goes through json as before."""
    if indent == 2:  # json's indent=None puts spaces after "," and ":", orjson does not
        try:
            return orjson.dumps(data, option=_ORJSON_INDENT_2, default=_refuse).decode("utf-8")
        except TypeError:  # orjson.JSONEncodeError: what json decides below
            pass
    try:
        return json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)
    except ValueError:
        return json.dumps(_finite(data), ensure_ascii=False, indent=indent, allow_nan=False)


_ORJSON_INDENT_2 = (orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME
                    | orjson.OPT_PASSTHROUGH_SUBCLASS)  # these go to _refuse, then to json


def _refuse(value: Any) -> Any:
    raise TypeError(type(value).__name__)


def _finite(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def json_bytes(data: Any) -> bytes:
    """``json_text(data)`` as UTF-8: orjson's own bytes, not decoded and encoded again (a re-scored
    store writes thousands of result files)."""
    try:
        return orjson.dumps(data, option=_ORJSON_INDENT_2, default=_refuse)
    except TypeError:  # what json decides, as in json_text
        return json_text(data).encode("utf-8")


def write_json(path: str | os.PathLike, data: Any) -> Path:
    return atomic_write_bytes(path, json_bytes(data) + b"\n")


def write_json_many(items: list[tuple[str | os.PathLike, Any]], threads: int = 8) -> list[Path]:
    """``write_json`` for many files at once: each is still written whole and synced before it
    replaces its name, but the waits for the disk overlap (a re-scored store writes thousands).
    Only the syncs run in threads (they hold no GIL): with every write in a thread, the threads'
    handing the GIL back and forth cost more CPU than the writing itself."""
    from concurrent.futures import ThreadPoolExecutor

    if len(items) < 2:
        return [write_json(path, data) for path, data in items]
    written = []
    with ThreadPoolExecutor(max_workers=threads) as pool:
        for first in range(0, len(items), _OPEN_AT_ONCE):
            written += _write_synced(items[first:first + _OPEN_AT_ONCE], pool)
    return written


_OPEN_AT_ONCE = 64  # files write_json_many holds open at a time


def _write_synced(items, pool) -> list[Path]:
    """Write ``items`` to temporary files, sync them all (in ``pool``), then move each into place."""
    staged, open_fds = [], []  # (temporary name, final path); descriptors not closed yet
    try:
        for path, data in items:
            path = Path(path)
            private_dir(path.parent)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            open_fds.append(fd)
            staged.append((tmp, path))
            with os.fdopen(os.dup(fd), "wb") as handle:
                handle.write(json_bytes(data) + b"\n")
        list(pool.map(os.fsync, open_fds))
    except BaseException:
        for tmp, _ in staged:
            os.unlink(tmp)
        raise
    finally:
        for fd in open_fds:
            os.close(fd)
    for tmp, path in staged:
        os.replace(tmp, path)
    return [path for _, path in staged]


def check_not_a_file(path: str | os.PathLike, option: str = "--out") -> Path:
    """A folder option naming an existing file is a usage error (the same message everywhere)."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise ConfigError(f"{option} {path}: is a file, not a folder; give a folder name (it is created "
                          "when missing) or move the file away.")
    return path


def output_folder(path: str | os.PathLike, option: str = "--out") -> Path:
    """The folder results go to, created owner-only when missing; a file there is a usage error."""
    path = check_not_a_file(path, option)
    try:
        private_dir(path)
    except OSError as exc:
        raise ConfigError(f"{option} {path}: cannot create the folder ({exc.strerror}); choose a writable "
                          "place.") from exc
    return path


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


MAX_YAML_DEPTH = 50


def load_yaml_text(text: str, where: str = "<string>") -> Any:
    import yaml

    try:
        # Aliases are how "billion laughs" bombs are built; rubrics and manifests never need them.
        # Nesting is bounded too: the loader is recursive, and a document nested a few thousand
        # levels deep would crash it instead of getting a message.
        depth = 0
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                raise ConfigError(f"{where}:{mark.line + 1}: YAML aliases (*{event.anchor}) are not "
                                  "allowed; write the value out in full.")
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_YAML_DEPTH:
                    raise ConfigError(f"{where}:{event.start_mark.line + 1}: nested more than {MAX_YAML_DEPTH} "
                                      "levels deep; a rubric or manifest never is: check the file.")
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: not valid YAML: {exc}") from exc
