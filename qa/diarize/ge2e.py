"""Resemblyzer's GE2E speaker encoder (the weights its PyPI wheel ships) as a pyannote ``Model``.

The second speaker-embedding model compared with CAM++ on real 8 kHz calls (docs/diarization.md,
"Speaker-embedding models"). Only the wheel's ``pretrained.pt`` is used: the network (3-layer LSTM,
256 units, linear + ReLU, L2 norm) is rebuilt here and the 40-band mel spectrogram computed with
torchaudio, so neither librosa nor webrtcvad (resemblyzer's own dependencies) is needed:
``pip install --no-deps resemblyzer``.

As in :class:`qa.diarize.embedding.CAMPlusPlusEmbedding`, only the frames that pyannote's mask gives
to one speaker of a chunk are embedded; they are cut into 1.6 s partial utterances (50 % overlap),
embedded in one batch and averaged, as resemblyzer's ``embed_utterance`` does.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import torch
import torch.nn.functional as F
from pyannote.audio import Model

from qa.errors import ModelError

EMBEDDING_DIM = 256
MEL_BANDS = 40
PARTIAL_FRAMES = 160  # 1.6 s of 10 ms frames, what GE2E was trained on
PARTIAL_HOP = 80
TARGET_DBFS = -30.0  # resemblyzer raises quieter audio to this level before the spectrogram


def resemblyzer_weights() -> Path:
    spec = importlib.util.find_spec("resemblyzer")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("the 'resemblyzer' package (GE2E speaker encoder weights) is not installed; "
                         "run `.venv/bin/pip install --no-deps resemblyzer==0.1.4`.")
    return Path(list(spec.submodule_search_locations)[0]) / "pretrained.pt"


class GE2EEmbedding(Model):
    """``forward(waveforms (batch, 1, samples), weights (batch, frames) | None) -> (batch, 256)``."""

    def __init__(self, sample_rate: int = 16000, num_channels: int = 1):
        import torchaudio

        super().__init__(sample_rate=sample_rate, num_channels=num_channels)
        self.lstm = torch.nn.LSTM(MEL_BANDS, 256, 3, batch_first=True)
        self.linear = torch.nn.Linear(256, EMBEDDING_DIM)
        state = torch.load(resemblyzer_weights(), map_location="cpu", weights_only=True)["model_state"]
        self.load_state_dict({k: v for k, v in state.items() if k.split(".")[0] in ("lstm", "linear")},
                             strict=False)
        self.mel = torchaudio.transforms.MelSpectrogram(
            sample_rate=sample_rate, n_fft=400, hop_length=160, n_mels=MEL_BANDS, power=2.0,
            norm="slaney", mel_scale="slaney", pad_mode="constant")
        self.eval()

    @property
    def dimension(self) -> int:
        return EMBEDDING_DIM

    def spectrogram(self, waveform: torch.Tensor) -> torch.Tensor:
        """(samples,) -> (frames, 40) mel power spectrogram of the volume-normalised waveform."""
        rms = waveform.pow(2).mean().sqrt().clamp_min(1e-8)
        gain = max(1.0, 10 ** (TARGET_DBFS / 20) / float(rms))
        return self.mel(waveform * gain).T

    def embed(self, frames: torch.Tensor) -> torch.Tensor:
        """(frames, 40) of one speaker -> (256,) mean of the L2-normed partial embeddings."""
        if frames.shape[0] < PARTIAL_FRAMES:
            frames = frames[torch.arange(PARTIAL_FRAMES, device=frames.device) % frames.shape[0]]
        starts = range(0, max(1, frames.shape[0] - PARTIAL_FRAMES + PARTIAL_HOP), PARTIAL_HOP)
        partials = torch.stack([frames[s: s + PARTIAL_FRAMES] if s + PARTIAL_FRAMES <= frames.shape[0]
                                else frames[-PARTIAL_FRAMES:] for s in starts])
        _, (hidden, _) = self.lstm(partials)
        raw = F.relu(self.linear(hidden[-1]))
        partial = raw / raw.norm(dim=1, keepdim=True).clamp_min(1e-8)
        mean = partial.mean(dim=0)
        return mean / mean.norm().clamp_min(1e-8)

    def forward(self, waveforms: torch.Tensor, weights: torch.Tensor | None = None) -> torch.Tensor:
        embeddings = torch.full((len(waveforms), EMBEDDING_DIM), float("nan"), device=waveforms.device)
        previous, spectrogram = None, None
        for row, waveform in enumerate(waveforms[:, 0]):
            if previous is None or not torch.equal(waveform, previous):
                previous, spectrogram = waveform, self.spectrogram(waveform)
            if weights is None:
                embeddings[row] = self.embed(spectrogram)
                continue
            mask = F.interpolate(weights[row][None, None].float(), size=spectrogram.shape[0],
                                 mode="nearest")[0, 0] > 0.5
            if mask.any():
                embeddings[row] = self.embed(spectrogram[mask])
        return embeddings
