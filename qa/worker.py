"""One call through every stage, with one set of models kept loaded for the whole batch.

A :class:`Worker` holds the models a batch needs (Whisper, pyannote, the scorer's encoders), each
loaded on the first call that needs it and kept until :meth:`Worker.close`: a batch never loads a
model twice, and a batch whose transcripts and diarizations are all cached loads neither Whisper nor
pyannote. Each recording is decoded once and the same samples go to transcription and diarization.

``qa run --jobs N`` runs N workers in N processes (:mod:`qa.pipeline` hands them calls and commits
what they return through one writer); ``--jobs 1`` runs one in the calling process.
"""
from __future__ import annotations

import hashlib
import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import nullcontext
from dataclasses import dataclass, replace
from typing import Iterator

import numpy as np

from qa import memory
from qa.device import check_device
from qa.memory import collector_paused, drop_gpu_library_pages, limit_arenas, passive_waiting, release_memory
from qa.manifest import CallSpec
from qa.model import Call, Result, Segment
from qa.runner import Failure, ProgressHook, attempt, no_progress


# Two lanes on a CPU worker with two threads or more (issue 14), each with half the threads: this
# thread transcribes one call after the other (Whisper), and the second lane runs pyannote's pass
# over each mono call as soon as it is decoded, then diarizes and scores the call (second pass,
# roles, spaCy, e5) while this thread transcribes the next; a stereo call's two channels are
# transcribed side by side. pyannote's LSTM and CAM++'s many small convolutions used a second
# thread poorly (the second pass: 9.0 CPU s on the samples with 2 threads, 5.3 with 1), and one
# thread per lane leaves no OpenMP team waiting on a core the other lane holds. Samples
# (benchmarks/bench_cpu.py): the same call and result JSON; 90 -> 79 CPU s, of which 39.5 on the
# second lane and 38 on this one, so the two cores work side by side nearly to the end (45-52 s
# against 70 s one lane). On 3-4-minute real calls Whisper's lane is the longer one: 24 % less CPU,
# the same wall time. docs/running.md ("Two lanes"). False: one stage after the other, each model
# on all the worker's threads.
OVERLAP = True
# Calls transcribed ahead of the second lane before the first lane waits for it: a call that has
# more to diarize than to transcribe does not hold up the next transcriptions.
LANE_AHEAD = 2


def lane_threads(options) -> int:
    """Threads of each of the two lanes (Whisper | pyannote); 0 when the stages do not overlap."""
    if not OVERLAP or options.device != "cpu":
        return 0
    from qa.transcribe import default_threads

    total = options.threads or default_threads()
    return total // 2 if total >= 2 else 0


@dataclass(frozen=True)
class CallOutcome:
    """What a worker hands to the writer for one call: the scored call, or the failure."""
    call_id: str
    source: str
    input_key: str | None
    call: Call | None = None
    result: Result | None = None
    failure: Failure | None = None


class CachedDiarizer:
    """pyannote's turns cached by the content of the samples and the pipeline's settings, like
    transcripts; the pipeline loads on the first recording the cache does not have (in the
    background while Whisper transcribes it, when :meth:`preload` is called first)."""

    def __init__(self, cache, *, threads: int | None = None, device: str = "cpu", lane=None):
        self.cache, self.threads, self.device, self.info, self._real = cache, threads, device, {}, None
        self._loading: threading.Thread | None = None
        self._loaded: dict = {}  # what the background load left: "diarizer" or "error"
        self._hashed: tuple | None = None  # (the last samples hashed, their digest)
        self.lane = lane  # the worker's second lane (an executor of one thread) that :meth:`start` uses
        self._running: dict[str, Future] = {}  # cache key -> pyannote's pass begun by :meth:`start`

    def preload(self, samples, *, num_speakers=None, min_speakers=None, max_speakers=None) -> None:
        """Start loading pyannote in a thread when these samples are not in the cache: importing
        torch and pyannote takes seconds of one core, which Whisper's transcription of the same call
        then hides (both release the GIL for most of their work)."""
        if self._real is not None or self._loading is not None or self.cache.has(
                self._key(samples, (num_speakers, min_speakers, max_speakers))):
            return

        def load() -> None:
            from qa.diarize import load_diarizer

            try:
                self._loaded["diarizer"] = self._load(load_diarizer)
            except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread by _pipeline
                self._loaded["error"] = exc

        self._loading = threading.Thread(target=load, name="qa-load-pyannote", daemon=True)
        self._loading.start()

    def start(self, samples, *, num_speakers=None, min_speakers=None, max_speakers=None) -> None:
        """pyannote's pass over ``samples`` on the worker's second lane (loading the pipeline there
        first when needed) while the caller transcribes the same call; :meth:`diarize` then takes
        its turns. Nothing starts when the cache has them."""
        counts = (num_speakers, min_speakers, max_speakers)
        key = self._key(samples, counts)
        if key not in self._running and not self.cache.has(key):
            self._running[key] = self.lane.submit(self._compute, key, samples, counts)

    def settle(self) -> None:
        """Wait for the passes :meth:`start` began that nobody took (their calls failed first)."""
        for key in list(self._running):
            wait([self._running.pop(key)])

    def _pipeline(self):
        if self._real is None and self._loading is not None:
            self._loading, thread = None, self._loading
            thread.join()
            if "error" in self._loaded:
                raise self._loaded.pop("error")
            self._real = self._loaded.pop("diarizer")
        if self._real is None:
            from qa.diarize import load_diarizer

            self._real = self._load(load_diarizer)
        self._own_threads()
        return self._real

    def _own_threads(self) -> None:
        """torch's thread count is kept per thread (OpenMP's): set it in each thread that diarizes."""
        if self.threads:
            import torch

            if torch.get_num_threads() != int(self.threads):
                torch.set_num_threads(int(self.threads))

    def _load(self, load_diarizer):
        with collector_paused():
            diarizer = load_diarizer(threads=self.threads, device=self.device)
        if self.device == "cpu" and memory.DROP_GPU_PAGES:
            drop_gpu_library_pages()
        return diarizer

    def _digest(self, samples: np.ndarray) -> str:
        """The samples' content hash, computed once per recording (preload, diarize and the second
        pass all key on it; an hour of audio is 230 MB to hash)."""
        hashed = self._hashed  # read once: the two lanes may hash two calls at once
        if hashed is None or hashed[0] is not samples:
            hashed = (samples, hashlib.sha256(np.ascontiguousarray(samples, dtype=np.float32).tobytes()).hexdigest())
            self._hashed = hashed
        return hashed[1]

    def _key(self, samples: np.ndarray, counts: tuple) -> str:
        from qa import diarize

        digest = self._digest(samples)
        settings = {"pipeline": diarize.OFFLINE, "threshold": diarize.CLUSTER_THRESHOLD,
                    "min_cluster_size": diarize.MIN_CLUSTER_SIZE, "step": diarize.SEGMENTATION_STEP,
                    "constraint_margin": diarize.CONSTRAINT_MARGIN, "embedding_batch": diarize.EMBEDDING_BATCH}
        return self.cache.key("diarization", digest, settings, counts)

    def embed_spans(self, samples: np.ndarray, items) -> np.ndarray:
        """The embeddings of diarize_call's second pass (qa.diarize.resegment), cached like the turns."""
        from qa import diarize

        key = self.cache.key("piece-embeddings", self._digest(samples), diarize.EMBEDDING, diarize.EMBED_WINDOW,
                             diarize.PIECE_FRAMES, list(items))
        hit = self.cache.get(key)
        if hit is not None:
            return np.array(hit["embeddings"], dtype=np.float64)
        release_memory()  # what pyannote's pass freed, before the second pass allocates its own
        embeddings = self._pipeline().embed_spans(samples, items)
        self.cache.put(key, {"embeddings": embeddings.tolist()})
        return embeddings

    def diarize(self, samples, *, num_speakers=None, min_speakers=None, max_speakers=None) -> tuple[Segment, ...]:
        counts = (num_speakers, min_speakers, max_speakers)
        key = self._key(samples, counts)
        if key in self._running:
            turns = self._running.pop(key).result()  # its error, if it failed, is raised here
            self.info = dict(self._real.info)
            return turns
        hit = self.cache.get(key)
        if hit is not None:
            self.info = hit["info"]
            return tuple(Segment.from_dict(turn) for turn in hit["turns"])
        turns = self._compute(key, samples, counts)
        self.info = dict(self._real.info)
        return turns

    def _compute(self, key: str, samples, counts: tuple) -> tuple[Segment, ...]:
        num_speakers, min_speakers, max_speakers = counts
        turns = self._pipeline().diarize(samples, num_speakers=num_speakers, min_speakers=min_speakers,
                                         max_speakers=max_speakers)
        self.cache.put(key, {"turns": [t.to_dict() for t in turns], "info": dict(self._real.info)})
        return turns

    def close(self) -> None:
        self.settle()
        if self._loading is not None:
            self._pipeline()  # wait for the background load, so nothing is left running
        if self._real is not None:
            self._real.close()
            self._real = None


def with_metadata(call: Call, spec: CallSpec) -> Call:
    metadata = {**call.metadata, **spec.metadata, "source": str(spec.source)}
    return replace(call, call_id=spec.call_id, metadata=metadata)


class Worker:
    """The models of one batch (or of one process of a parallel batch) and the stages of one call."""

    def __init__(self, options, *, rubric=None, tickets: dict | None = None):
        from qa.cache import Cache

        self.options = options
        self.rubric = rubric  # a loaded qa.rubric.Rubric; None: options.rubric, loaded when scoring
        self.tickets = tickets or {}
        self.cache = Cache(options.cache_dir, refresh=options.force)
        limit_arenas()  # before any model starts its threads
        passive_waiting()  # before any model loads its OpenMP library
        check_device(options.device)  # here, in each worker: a Ray head without a GPU may drive GPU nodes
        self._transcriber = None
        self.lanes = lane_threads(options)  # > 0: pyannote beside Whisper, this many threads each
        self._lane = ThreadPoolExecutor(1, thread_name_prefix="qa-lane") if self.lanes else None
        self.diarizer = CachedDiarizer(self.cache, threads=self.lanes or options.threads, device=options.device,
                                       lane=self._lane)
        self._scorer = None
        self._similarity = None

    # -- the stages of one call --------------------------------------------------------------

    def load(self, spec: CallSpec, *, decode: bool = True):
        """(Call with ASR segments, decoded audio or None): audio transcribed, transcripts imported
        (with the recording they name, decoded for diarization, unless ``decode`` is False: no
        diarization follows, so pyannote is not loaded beside Whisper either)."""
        from qa.audio import load_audio

        if spec.audio is None:
            from qa.formats import load_call

            call = with_metadata(load_call(spec.transcript), spec)
            audio = load_audio(call.audio.path, max_duration=self.options.max_duration) \
                if call.audio and decode else None
            return call, audio
        from qa.transcribe import transcribe_call

        audio = load_audio(spec.audio, max_duration=self.options.max_duration)
        split = bool(spec.metadata.get("channels")) and audio.channels == 2
        if decode and not split:  # pyannote will diarize the mix: load (and run) it while Whisper transcribes
            from qa.diarize import speaker_bounds

            begin = self.diarizer.start if self.lanes else self.diarizer.preload
            begin(audio.mono, **speaker_bounds(self._num_speakers(spec.metadata)))
        loads = getattr(self.transcriber, "_real", True) is None  # Whisper loads on this call's cache miss
        with collector_paused() if loads else nullcontext():
            call = transcribe_call(
                self.transcriber, audio, call_id=spec.call_id, metadata=spec.metadata,
                language=spec.metadata.get("language") or self.options.language, glossary=self.options.glossary,
                split_channels=split, cache=self.cache)
        return with_metadata(call, spec), audio

    def diarize(self, call: Call, audio) -> Call:
        """Turns, utterances and roles; pyannote (cached) only for mono recordings."""
        from qa.diarize import diarize_call, parse_channel_map

        meta = call.metadata
        channels = parse_channel_map(meta["channels"]) if meta.get("channels") else None
        return diarize_call(call, audio, diarizer=self.diarizer, channels=channels,
                            num_speakers=self._num_speakers(meta), agent_speaker=meta.get("agent_speaker"))

    def _num_speakers(self, meta: dict) -> int | None:
        return meta.get("num_speakers") or self.options.num_speakers

    def score(self, call: Call) -> Result:
        """The rubric's verdicts, and the comparison with the call's ticket when there is one."""
        from qa.ticket import attach, compare, link_ticket

        with collector_paused() if self._scorer is None else nullcontext():  # spaCy and e5 load
            (result,) = self.scorer.score_many([call])
        ticket = link_ticket(call, self.tickets) if self.tickets else None
        if ticket is None:
            return result
        return attach(result, compare(call, ticket, outcome=result.outcome, similarity=self.similarity))

    def process(self, spec: CallSpec, input_key: str | None = None, *, progress: ProgressHook = no_progress,
                position: int = 0, total: int = 1) -> CallOutcome:
        """Every stage for one call; the first stage that fails ends it with a Failure."""
        first = "transcribe" if spec.audio is not None else "import"
        loaded = self._stages(spec, input_key, (first,), None, progress, position, total)
        if isinstance(loaded, CallOutcome):
            return loaded
        return self._finish(spec, input_key, loaded, progress, position, total)

    def process_all(self, todo: list, *, progress: ProgressHook = no_progress) -> Iterator[CallOutcome]:
        """Each call of ``todo`` ((spec, input key) pairs) through every stage, outcomes in order.

        With two lanes (:data:`OVERLAP`), this thread transcribes one call after the other and the
        second lane, in order, runs pyannote's pass over each mono call (started as it is decoded)
        and then diarizes and scores the call once its transcript is there, while this thread
        transcribes the next one."""
        if not self.lanes:
            for position, (spec, key) in enumerate(todo):
                yield self.process(spec, key, progress=progress, position=position, total=len(todo))
            return
        pending: deque[Future] = deque()  # outcomes in input order: calls on the second lane, failures
        for position, (spec, key) in enumerate(todo):
            first = "transcribe" if spec.audio is not None else "import"
            loaded = self._stages(spec, key, (first,), None, progress, position, len(todo))
            if isinstance(loaded, CallOutcome):  # failed: its outcome, after the calls before it
                pending.append(Future())
                pending[-1].set_result(loaded)
            else:
                pending.append(self._lane.submit(self._finish, spec, key, loaded, progress, position, len(todo)))
            # What is finished goes to the writer; this thread waits only when the second lane is
            # LANE_AHEAD calls behind (so a slow lane cannot make it hold a whole batch's audio).
            while pending and (pending[0].done() or len(pending) > LANE_AHEAD):
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def _finish(self, spec: CallSpec, input_key: str | None, loaded, progress: ProgressHook, position: int,
                total: int) -> CallOutcome:
        """Diarize and score a loaded call: the outcome."""
        value = self._stages(spec, input_key, ("diarize", "score"), loaded, progress, position, total)
        if isinstance(value, CallOutcome):
            return value
        call, result = value
        return CallOutcome(spec.call_id, str(spec.source), input_key, call=call, result=result)

    def _stages(self, spec: CallSpec, input_key: str | None, stages: tuple, value, progress: ProgressHook,
                position: int, total: int):
        """``stages`` one after the other on ``value``: the last one's value, or the outcome of the
        first that fails."""
        source = str(spec.source)
        for stage in stages:
            progress(stage, None, file=spec.call_id, total=total, completed=position)
            work = {"diarize": lambda: self.diarize(*value), "score": lambda: (value, self.score(value))}.get(
                stage, lambda: self.load(spec))
            value, failure = attempt(stage, spec.call_id, source, work)
            release_memory()  # what the stage freed goes back, so the next starts from the same size
            if failure is not None:
                return CallOutcome(spec.call_id, source, input_key, failure=failure)
        return value

    # -- models, loaded on first use ---------------------------------------------------------

    @property
    def transcriber(self):
        if self._transcriber is None:
            from qa.transcribe import load_transcriber

            # Lazy: the model loads on the first recording the cache does not have.
            # With two lanes, two transcriptions may run at once (a stereo call's channels).
            self._transcriber = load_transcriber(self.options.engine, self.options.model,
                                                 threads=self.lanes or self.options.threads,
                                                 device=self.options.device, lazy=True,
                                                 workers=2 if self.lanes else 1)
        return self._transcriber

    @property
    def scorer(self):
        if self._scorer is None:
            from qa.score import Scorer

            self._scorer = Scorer(self.rubric or self.options.rubric)
        return self._scorer

    @property
    def similarity(self):
        """The ticket comparison's sentence similarity, on the scorer's own e5 model (one per worker)."""
        if self._similarity is None:
            from qa.ticket.align import Aligner

            self._similarity = Aligner(encoder=self.scorer.embedder.model).similarity
        return self._similarity

    def close(self) -> None:
        self.diarizer.settle()
        if self._lane is not None:
            self._lane.shutdown(wait=True)  # what runs there ends before its models close
        for model in (self._transcriber, self.diarizer, self._scorer):
            if model is not None:
                model.close()
        # No gc.collect() here: two full passes (this one and pyannote's) cost ~0.9 s at the end of
        # every batch, and the models' memory is reference-counted away or the process ends.
        self._transcriber = self._scorer = self._similarity = None

    def __enter__(self) -> "Worker":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


__all__ = ["Worker", "CallOutcome", "CachedDiarizer", "with_metadata", "lane_threads"]
