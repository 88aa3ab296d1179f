"""A content-addressed cache of transcriptions, so running a batch again costs nothing.

A key is the SHA-256 of everything that decides the output: the audio file's content hash, the
engine, the model, the decoding settings and the channel. Entries are JSON files written atomically
under ``$QA_CACHE_DIR/transcripts`` (default ``~/.cache/qa/transcripts``); a damaged entry is treated
as missing and recomputed.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from qa.fileio import write_json
from qa.weights import cache_root

CACHE_FORMAT = 1  # bump when the cached JSON changes shape: old entries are then never read


class Cache:
    """get/put JSON-able dicts by key; ``Cache.key(...)`` builds a key from any JSON-able parts."""

    def __init__(self, root: str | Path | None = None, *, refresh: bool = False):
        self.root = Path(root) if root is not None else cache_root() / "transcripts"
        self.refresh = refresh  # True: never read old entries (``--force``), still write new ones
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(*parts) -> str:
        text = json.dumps([CACHE_FORMAT, *parts], sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        if self.refresh:
            self.misses += 1
            return None
        try:
            data = json.loads(self.path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return data

    def has(self, key: str) -> bool:
        """Whether ``get`` would read an entry (without reading it or counting a hit)."""
        return not self.refresh and self.path(key).is_file()

    def put(self, key: str, data: dict) -> Path:
        return write_json(self.path(key), data)

    def clear(self) -> int:
        """Delete every entry; returns how many there were."""
        count = 0
        for entry in self.root.glob("*/*.json"):
            entry.unlink(missing_ok=True)
            count += 1
        return count


__all__ = ["Cache", "CACHE_FORMAT"]
