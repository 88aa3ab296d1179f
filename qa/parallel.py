"""``qa run --jobs N``: N worker processes, each with its own models, one writer (the caller).

Workers are started with ``spawn`` (a fresh interpreter: no copy of the parent's open store or
threads) and each builds one :class:`qa.worker.Worker` that it keeps for all its calls, so Whisper,
pyannote and the scorer load once per worker, never per call. Calls are handed out one at a time
(the next goes to whichever worker is free) and outcomes come back as they finish; the caller
commits them. A worker that dies (killed, out of memory) breaks the pool: every call not finished
by then is recorded as a failure (stage ``worker``), everything finished is kept, and a re-run does
the rest. A ModelError stops the batch, as it does with one process.
"""
from __future__ import annotations

import logging
import multiprocessing
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from typing import Iterator

from qa.errors import ModelError
from qa.runner import Failure, ProgressHook
from qa.worker import CallOutcome, Worker

_worker: Worker | None = None  # this process's model set, when it is a worker
LOCAL_OBJECT_STORE = 256 * 1024 * 1024  # bytes of shared memory for a local Ray instance
WORKER_MEMORY = 3 * 1024 ** 3  # bytes a worker may reach: Whisper base + pyannote + scorer (measured 2.5-3 GB)


def default_jobs() -> int:
    """``qa run``'s --jobs default: one worker per core, but no more than the free memory holds
    (a 2-core laptop with 4 GB free runs one worker rather than swapping)."""
    from qa.transcribe import default_threads

    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            free = next(int(line.split()[1]) * 1024 for line in handle if line.startswith("MemAvailable:"))
    except (OSError, StopIteration, ValueError):
        return default_threads()
    return max(1, min(default_threads(), free // WORKER_MEMORY))


def _start(options, rubric, tickets) -> None:
    global _worker
    _worker = Worker(options, rubric=rubric, tickets=tickets)


def _process(spec, key) -> CallOutcome:
    return _worker.process(spec, key)


def run_workers(todo: list, options, rubric, tickets: dict, progress: ProgressHook, *,
                threads: int | None) -> Iterator[CallOutcome]:
    """Outcomes of ``todo`` ((spec, input key) pairs) as the workers finish them."""
    jobs = min(options.jobs, len(todo))
    context = multiprocessing.get_context("spawn")
    worker_options = replace(options, threads=threads)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start,
                             initargs=(worker_options, rubric, tickets)) as pool:
        pending = {}
        queue = list(reversed(todo))

        def submit() -> None:
            spec, key = queue.pop()
            progress("queued", None, file=spec.call_id, total=len(todo), completed=len(todo) - len(queue) - 1)
            pending[pool.submit(_process, spec, key)] = (spec, key)

        for _ in range(min(len(queue), 2 * jobs)):  # a little ahead, so no worker waits for work
            submit()
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                spec, key = pending.pop(future)
                yield _outcome(future, spec, key)
                if queue:
                    submit()


def _outcome(future, spec, key) -> CallOutcome:
    try:
        return future.result()
    except ModelError:
        raise
    except BrokenProcessPool as exc:  # the worker holding this call died
        failure = Failure(spec.call_id, str(spec.source), "worker", f"the worker process died: {exc}")
    except Exception as exc:  # noqa: BLE001 - e.g. a ModelError raised in the worker: say it per call
        failure = Failure(spec.call_id, str(spec.source), "worker", f"{type(exc).__name__}: {exc}")
    return CallOutcome(spec.call_id, str(spec.source), key, failure=failure)


class _RayWorker:
    """A Ray Data actor: one Worker (one model set) for every call the actor is given."""

    def __init__(self, options, rubric, tickets):
        self.worker = Worker(options, rubric=rubric, tickets=tickets)

    def __call__(self, batch: dict) -> dict:
        import pickle

        import numpy as np

        done = [pickle.dumps(self.worker.process(*pickle.loads(payload))) for payload in batch["payload"]]
        return {"outcome": np.array(done, dtype=object)}


def run_ray(todo: list, options, rubric, tickets: dict, progress: ProgressHook, *, threads: int | None,
            address: str | None = None) -> Iterator[CallOutcome]:
    """Outcomes of ``todo`` computed on a Ray cluster (``address``; None starts a local instance):
    a Ray Data actor pool of ``options.jobs`` actors, each loading its models once. Audio is read by
    path, so the paths must be the same on every node (a shared folder); the caller stays the one
    writer of the store."""
    import pickle

    try:
        import ray
    except ImportError as exc:
        from qa.errors import ConfigError

        raise ConfigError("--executor ray needs Ray: pip install 'qa[ray]'") from exc
    started_here = not ray.is_initialized()
    if started_here:
        local = {} if address else {
            "runtime_env": {"env_vars": {"PYTHONPATH": _package_root()}},
            "object_store_memory": LOCAL_OBJECT_STORE}  # calls travel as small pickles, not audio
        ray.init(address=address, include_dashboard=False, log_to_driver=False, configure_logging=False, **local)
    logging.getLogger("ray.data").setLevel(logging.WARNING)  # qa's own progress display says enough
    ray.data.DataContext.get_current().enable_progress_bars = False
    try:
        items = ray.data.from_items([{"payload": pickle.dumps(item)} for item in todo],
                                    override_num_blocks=len(todo))
        outcomes = items.map_batches(
            _RayWorker, fn_constructor_args=(replace(options, threads=threads), rubric, tickets),
            batch_size=1, concurrency=max(1, min(options.jobs, len(todo))), num_cpus=threads or 1,
            num_gpus=1 if options.device == "cuda" else 0)  # a GPU worker holds one GPU for its models
        for row in outcomes.iter_rows():
            yield pickle.loads(row["outcome"])
    finally:
        if started_here:
            ray.shutdown()


def _package_root() -> str:
    """The folder that holds the ``qa`` package, so local Ray workers import this very qa."""
    from pathlib import Path

    import qa

    return str(Path(qa.__file__).resolve().parent.parent)


__all__ = ["run_workers", "run_ray", "default_jobs"]
