"""A disk cache of pyannote's expensive intermediate results: segmentation scores and embeddings.

Nine tenths of a diarization's time go into the segmentation model and the speaker embeddings of
every 10 s chunk; clustering them into speakers takes well under a second. Both depend only on the
audio and the models/step, not on the clustering settings or the speaker-count bounds, so they are
kept under ``$QA_CACHE_DIR/diarization`` (``.npz``, no pickle) and handed back to pyannote through its
own hyper-parameter-tuning cache (``pipeline.training`` + ``file["training_cache/..."]``, which
pyannote uses to re-cluster without re-embedding). Running ``qa eval`` or ``qa run`` again on the same
calls then costs only the clustering.
"""
from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import numpy as np

from qa.fileio import atomic_write_bytes
from qa.weights import cache_root

SEGMENTATION = "training_cache/segmentation"
EMBEDDINGS = "training_cache/embeddings"
FORMAT = 1


class FeatureCache:
    def __init__(self, root: str | Path | None = None):
        self.root = Path(root) if root is not None else cache_root() / "diarization"

    def key(self, samples: np.ndarray, settings: dict) -> str:
        digest = hashlib.sha256(np.ascontiguousarray(samples, dtype=np.float32).tobytes())
        digest.update(json.dumps([FORMAT, settings], sort_keys=True, default=str).encode())
        return digest.hexdigest()

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.npz"

    def load_into(self, key: str, file: dict) -> bool:
        """Put the cached segmentation and embeddings into pyannote's ``file`` dict; False on a miss."""
        from pyannote.core import SlidingWindow, SlidingWindowFeature

        try:
            with np.load(self.path(key), allow_pickle=False) as data:
                start, duration, step = (float(v) for v in data["window"])
                file[SEGMENTATION] = SlidingWindowFeature(data["segmentation"],
                                                          SlidingWindow(start=start, duration=duration, step=step))
                file[EMBEDDINGS] = {"embeddings": data["embeddings"]}
        except (OSError, KeyError, ValueError):
            return False
        return True

    def save_from(self, key: str, file: dict) -> None:
        segmentation, embeddings = file.get(SEGMENTATION), file.get(EMBEDDINGS, {}).get("embeddings")
        if segmentation is None or embeddings is None:
            return
        window = segmentation.sliding_window
        buffer = io.BytesIO()
        np.savez_compressed(buffer, segmentation=segmentation.data, embeddings=embeddings,
                            window=np.array([window.start, window.duration, window.step]))
        atomic_write_bytes(self.path(key), buffer.getvalue())
