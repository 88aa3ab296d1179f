"""pyannote's agglomerative clustering, with the local speakers of one chunk kept apart.

pyannote's segmentation model finds up to three *local* speakers in every 10 s chunk, and says they
are different people. Its clustering then gives every local speaker the nearest cluster centroid on
its own, so two local speakers of one chunk can land in the same cluster: on real 8 kHz calls a
customer's short answers ("yes, my debit card") get an embedding from a second or two of speech
that is nearer neither centroid by much, and go to the agent who talks for the rest of the chunk.

pyannote has the cure built in but off (``constrained_assignment``): within a chunk, local speakers
are matched to clusters one to one (Hungarian assignment on the similarities), so two local
speakers of one chunk never share a cluster. Its version leaves a local speaker with no cluster
when a chunk has more active local speakers than there are clusters (three local speakers, two
clusters) and that speaker's speech is lost; here such a speaker takes its nearest centroid
instead, as without the constraint.

Imported lazily by :mod:`qa.diarize` only: it imports pyannote at module level.
"""
from __future__ import annotations

import numpy as np
from pyannote.audio.pipelines.clustering import AgglomerativeClustering

from qa.diarize import CONSTRAINT_MARGIN

# CONSTRAINT_MARGIN (in qa.diarize: 0.15) is how much cosine similarity a local speaker may give up
# to be kept apart from the other local speakers of its chunk. A short answer's embedding is nearly
# as close to the other party's centroid as to its own (0.03-0.07 apart on Harper Valley tune
# calls), so the one-to-one matching decides it; a local speaker clearly nearer the same cluster as
# its neighbour (0.2-0.46 apart: the segmentation split one voice in two, over music or a level
# change) keeps its nearest cluster. Chosen on the tune calls of tests/data/splits.yaml
# (docs/diarization.md, "Local speakers kept apart").


class CallClustering(AgglomerativeClustering):
    """Agglomerative clustering + one-to-one assignment of a chunk's local speakers to clusters."""

    def __init__(self, metric: str = "cosine", margin: float = CONSTRAINT_MARGIN):
        super().__init__(metric=metric, constrained_assignment=True)
        self.margin = margin

    def constrained_argmax(self, soft_clusters: np.ndarray) -> np.ndarray:
        matched = super().constrained_argmax(soft_clusters)
        filled = np.nan_to_num(soft_clusters, nan=-1e9)  # a silent local speaker (NaN) is nobody's
        nearest = np.argmax(filled, axis=2)
        # Local speakers the one-to-one matching could not place (more of them than clusters):
        # nearest centroid, as pyannote's unconstrained assignment does. Silent ones are dropped
        # by the pipeline afterwards whatever they get here.
        unplaced = matched == -2
        chosen = np.take_along_axis(filled, np.where(unplaced, nearest, matched)[..., None], axis=2)[..., 0]
        best = np.take_along_axis(filled, nearest[..., None], axis=2)[..., 0]
        keep = ~unplaced & (best - chosen <= self.margin)
        return np.where(keep, matched, nearest).astype(matched.dtype)
