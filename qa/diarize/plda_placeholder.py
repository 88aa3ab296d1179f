"""A PLDA placeholder for pyannote pipelines that cluster agglomeratively.

``SpeakerDiarization.__init__`` in pyannote.audio 4.0.7 loads a PLDA unconditionally, though only
VBx clustering reads it (pyannote-audio issue #2044); the default would download the gated
community-1 PLDA. Agglomerative clustering never calls it, so we hand it this subclass of
pyannote's public ``PLDA`` class, which has no weights and refuses to be used.
"""
from __future__ import annotations

from pyannote.audio.core.plda import PLDA


class PLDAPlaceholder(PLDA):
    def __init__(self):  # no transform files: nothing to load
        self.lda_dimension = 0

    def __call__(self, embeddings):
        raise RuntimeError("PLDAPlaceholder has no weights: use it only with AgglomerativeClustering, "
                           "never with VBxClustering.")
