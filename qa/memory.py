"""The worker process's memory and threads: glibc's malloc arenas capped and their free pages handed
back, the CUDA libraries' pages dropped on CPU runs, OpenMP's idle threads asleep on busy cores, and
Python's cycle collector kept off the loaded models (docs/running.md, "Memory"). Nothing here changes
a result; each helper does nothing where its system facility is missing (not Linux/glibc).
"""
from __future__ import annotations

import ctypes
import gc
import os
import re
import threading
from contextlib import contextmanager


def _libc():
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc (musl, macOS): nothing to tune
        return None


_LIBC = _libc()
# glibc gives each thread that allocates its own malloc arena (up to 8 per core); CTranslate2's,
# torch's and onnxruntime's threads each keep freed memory in theirs. Two arenas per worker, and the
# free pages handed back after each stage, keep a batch at the size of its largest call instead of
# growing call after call (docs/running.md, "Memory").
MALLOC_ARENAS = 2


def limit_arenas() -> None:
    """Cap glibc's malloc arenas (M_ARENA_MAX) for the threads started from now on."""
    if _LIBC is not None:
        _LIBC.mallopt(-8, MALLOC_ARENAS)


def passive_waiting() -> None:
    """Let OpenMP's idle threads sleep instead of spinning (``OMP_WAIT_POLICY=PASSIVE``) when other
    work already keeps the cores busy, unless the environment says otherwise. CTranslate2 and torch
    each run their threads with libgomp, whose waiting threads spin for a while by default: on a
    machine whose cores other jobs also use, the spinning threads take the cores from the ones doing
    the work (diarizing a 1-minute sample at load 9 on 2 cores: 126 CPU s spinning, 10 passive). On
    free cores spinning is what makes the threads quick to resume: the five samples took 57-61 s with
    libgomp's default and 75 s passive (docs/running.md, "Memory"). Read by libgomp when it loads,
    so this must run before Whisper or pyannote is imported; no effect on any result."""
    if "OMP_WAIT_POLICY" in os.environ:
        return
    try:
        busy = os.getloadavg()[0] >= (os.cpu_count() or 1)
    except OSError:  # no load average on this system
        busy = False
    if busy:
        os.environ["OMP_WAIT_POLICY"] = "PASSIVE"


_pauses = {"count": 0, "enabled": True}
_pauses_lock = threading.Lock()


@contextmanager
def collector_paused():
    """Python's cycle collector off while models load, then one collection and every object alive
    frozen out of its reach (``gc.freeze``). Importing torch, pyannote, CTranslate2 and spaCy makes
    half a million objects, and the collector went over them again and again as they came: ~3 CPU s
    of a sample batch's 91 (``bench_run.py stages``). The loaded models live for the whole batch, so
    the collector has nothing to find among them later either; memory is still freed by reference
    counting. Nested and overlapping pauses (pyannote loads in a thread while Whisper loads) end
    together at the last one."""
    with _pauses_lock:
        if _pauses["count"] == 0:
            _pauses["enabled"] = gc.isenabled()
            gc.disable()
        _pauses["count"] += 1
    try:
        yield
    finally:
        with _pauses_lock:
            _pauses["count"] -= 1
            if _pauses["count"] == 0:
                gc.collect()  # once, for the garbage the imports left (~50 MB on the samples)
                gc.freeze()
                if _pauses["enabled"]:
                    gc.enable()


def release_memory() -> None:
    """Give the free pages of every malloc arena back to the system (tens of ms; a full
    ``gc.collect()`` over the half a million objects of the loaded models took seconds and freed
    nothing more on the sample calls)."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


# torch here is a CUDA build: importing it loads cuBLAS, cuSPARSELt, NVRTC and the other CUDA
# libraries it links (and pyannote's imports load Triton, a GPU compiler), even on a CPU, and reading
# them in leaves ~150-200 MB of their file pages resident in the process though a CPU run never
# executes them (docs/running.md, "Memory").
DROP_GPU_PAGES = True
_GPU_LIBRARY = re.compile(r"/nvidia/[^/]+/lib/|/torch/lib/lib\w*cuda\w*\.so|/triton/_C/libtriton")
_MADV_DONTNEED = 4


def drop_gpu_library_pages() -> int:
    """Unmap the resident pages of the CUDA libraries' read-only segments that hold only file pages
    (none modified in this process: the system keeps them in its page cache and maps them back if
    they are ever touched). For CPU runs; returns the kB dropped (0 where this is not Linux/glibc)."""
    if _LIBC is None:
        return 0
    try:
        with open("/proc/self/smaps", encoding="ascii", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return 0
    mappings, fields = [], {}
    for line in lines:
        head = line.split(maxsplit=5)
        if head and "-" in head[0] and not head[0].endswith(":"):
            fields = {"range": head[0], "perms": head[1], "path": head[5] if len(head) > 5 else ""}
            mappings.append(fields)
        elif head and head[0] in ("Rss:", "Anonymous:"):
            fields[head[0]] = int(head[1])
    madvise = _LIBC.madvise
    madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    dropped = 0
    for mapping in mappings:
        # Writable or relocated (anonymous copies of file pages) segments are never touched: dropping
        # them would lose what the process wrote there.
        if (not _GPU_LIBRARY.search(mapping["path"]) or "w" in mapping["perms"]
                or mapping.get("Anonymous:", 1) != 0 or not mapping.get("Rss:")):
            continue
        start, end = (int(bound, 16) for bound in mapping["range"].split("-"))
        if madvise(start, end - start, _MADV_DONTNEED) == 0:
            dropped += mapping["Rss:"]
    return dropped
