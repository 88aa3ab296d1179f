"""One e5 model per process: scoring and the ticket comparison are handed the same encoder."""
from __future__ import annotations

import numpy as np

from qa.score import Scorer
from qa.score.embed import Embedder, Encoder
from qa.ticket.align import Aligner


def test_scoring_and_ticket_alignment_share_one_loaded_model():
    encoder = Encoder(threads=1)
    scorer = Scorer("helpdesk", use_disk_cache=False, encoder=encoder)
    aligner = Aligner(encoder=scorer.embedder.model)
    vectors = scorer.embedder.embed(["I reset your password", "Thank you for calling"])
    loaded = encoder._model
    assert loaded is not None and vectors.shape == (2, 384)
    scores = aligner.similarity("Password reset", ["Na-reset ko na po ang password ninyo", "Salamat po"])
    assert encoder._model is loaded  # the aligner used the model scoring loaded, not a second copy
    assert scores[0] > scores[1]
    scorer.close()
    assert encoder._model is loaded  # a model handed in is released by its owner, not by the scorer


def test_an_embedder_of_its_own_releases_its_model():
    embedder = Embedder(use_disk=False)
    assert np.allclose(np.linalg.norm(embedder.embed(["hello there"]), axis=1), 1.0, atol=1e-3)
    embedder.close()
    assert embedder.model._model is None


class _OtherMachine(Encoder):
    """The same engine on a machine whose C library rounds differently (another fingerprint)."""

    def fingerprint(self) -> str:
        return "0" * 16

    def machine_key(self) -> str:
        return "another machine's C library"


def test_a_disk_cache_never_serves_another_machines_vectors(tmp_path):
    cache = tmp_path / "e5.sqlite"
    here = Encoder(threads=1)
    first = Embedder(cache, encoder=here)
    first.embed(["the courier left it with the neighbour"])
    first.close()
    again = Embedder(cache, encoder=here)
    again.embed(["the courier left it with the neighbour"])
    assert again.computed == 0  # this machine reads back what it stored
    elsewhere = Embedder(cache, encoder=_OtherMachine(threads=1))
    elsewhere.embed(["the courier left it with the neighbour"])
    assert elsewhere.computed == 1  # a cache carried to another machine is not mixed into its vectors
    assert len(here.fingerprint()) == 16 and here.fingerprint() == Encoder(threads=1).fingerprint()


def test_a_warm_cache_is_read_without_loading_the_model(tmp_path):
    cache = tmp_path / "e5.sqlite"
    first = Embedder(cache, encoder=Encoder(threads=1))
    stored = first.embed(["the gate code is four four seven one"])
    first.close()
    assert Encoder(threads=1).machine_key() == Encoder(threads=1).machine_key() is not None
    encoder = Encoder(threads=1)
    again = Embedder(cache, encoder=encoder)
    assert np.array_equal(again.embed(["the gate code is four four seven one"]), stored)
    assert again.computed == 0 and encoder._model is None  # the fingerprint came from the cache too
    new = again.embed(["a sentence not yet in the cache"])
    assert again.computed == 1 and encoder._model is not None and new.shape == (1, 384)
