"""A worker's memory helpers (qa.memory): the GPU libraries' file pages dropped on a CPU run without
touching anything the process wrote, and OpenMP's waiting threads made passive."""
from __future__ import annotations

import mmap
import os
import re
import subprocess
import sys

import pytest

import qa.memory
from qa.memory import drop_gpu_library_pages

pytestmark = pytest.mark.skipif(qa.memory._LIBC is None or not os.path.exists("/proc/self/smaps"),
                                reason="glibc and /proc only")


def _resident_kb(path) -> int:
    """Rss of the mapping of ``path``, from /proc/self/smaps."""
    with open("/proc/self/smaps", encoding="utf-8", errors="replace") as handle:
        inside = False
        for line in handle:
            head = line.split()
            if "-" in head[0] and not head[0].endswith(":"):
                inside = len(head) > 5 and head[5] == str(path)
            elif inside and head[0] == "Rss:":
                return int(head[1])
    raise AssertionError(f"{path} is not mapped")


def test_only_read_only_unmodified_file_pages_are_dropped(tmp_path, monkeypatch):
    """A read-only mapping of a matching file loses its resident pages and still reads the same; a
    private writable mapping (what relocations and data segments are) keeps what was written."""
    size = 64 * mmap.PAGESIZE
    for name, byte in (("libfake_read.so", b"r"), ("libfake_write.so", b"w")):
        (tmp_path / name).write_bytes(byte * size)
    monkeypatch.setattr(qa.memory, "_GPU_LIBRARY", re.compile(re.escape(str(tmp_path)) + r"/libfake_"))
    with open(tmp_path / "libfake_read.so", "rb") as r, open(tmp_path / "libfake_write.so", "r+b") as w:
        read_only = mmap.mmap(r.fileno(), size, flags=mmap.MAP_PRIVATE, prot=mmap.PROT_READ)
        written = mmap.mmap(w.fileno(), size, flags=mmap.MAP_PRIVATE, prot=mmap.PROT_READ | mmap.PROT_WRITE)
        assert read_only[:] == b"r" * size  # every page resident now
        written[: 3 * mmap.PAGESIZE] = b"x" * (3 * mmap.PAGESIZE)  # private copies, as relocations are
        assert _resident_kb(tmp_path / "libfake_write.so") > 0
        assert _resident_kb(tmp_path / "libfake_read.so") >= size // 1024
        dropped = drop_gpu_library_pages()
        assert dropped >= size // 1024
        assert _resident_kb(tmp_path / "libfake_read.so") == 0
        assert read_only[:] == b"r" * size  # back from the file
        assert written[: 3 * mmap.PAGESIZE] == b"x" * (3 * mmap.PAGESIZE) and written[-1:] == b"w"
        written.close()
        read_only.close()


def test_torch_works_after_its_cuda_libraries_pages_are_dropped():
    """In a fresh process: torch imported, the CUDA libraries' pages dropped (resident memory falls
    where this torch build loads them), and torch still computes."""
    pytest.importorskip("torch")
    code = """
import qa.memory, torch
def rss():
    return next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmRSS'))
before = rss()
dropped = qa.memory.drop_gpu_library_pages()
x = torch.ones(64, 64) @ torch.ones(64, 64)
print(dropped, before - rss(), float(x[0, 0]))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": os.getcwd()}).stdout.split()
    dropped, fell, value = int(out[0]), int(out[1]), float(out[2])
    assert value == 64.0
    import torch

    if torch.version.cuda:  # a CUDA build: its libraries are loaded and some of their pages resident
        assert dropped > 10_000 and fell > 10_000
    else:
        assert dropped == 0


def test_waiting_threads_are_passive_on_busy_cores_unless_the_environment_says_otherwise(monkeypatch):
    cores = os.cpu_count() or 1
    monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (cores + 0.5, 1.0, 1.0))
    qa.memory.passive_waiting()
    assert os.environ["OMP_WAIT_POLICY"] == "PASSIVE"
    monkeypatch.delenv("OMP_WAIT_POLICY")
    monkeypatch.setattr(os, "getloadavg", lambda: (cores / 4, 1.0, 1.0))
    qa.memory.passive_waiting()
    assert "OMP_WAIT_POLICY" not in os.environ  # free cores: libgomp's default (spin, then sleep)
    monkeypatch.setattr(os, "getloadavg", lambda: (cores + 0.5, 1.0, 1.0))
    monkeypatch.setenv("OMP_WAIT_POLICY", "ACTIVE")
    qa.memory.passive_waiting()
    assert os.environ["OMP_WAIT_POLICY"] == "ACTIVE"


def test_overlapping_model_loads_pause_the_collector_until_the_last_ends():
    """pyannote loads in a thread while Whisper loads: the collector stays off until both are done,
    then what they made is frozen out of its reach and the collector is on again."""
    import gc
    import threading

    from qa.memory import collector_paused

    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    inside, leave = threading.Event(), threading.Event()

    def background_load():
        with collector_paused():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=background_load)
    try:
        with collector_paused():
            thread.start()
            assert inside.wait(10) and not gc.isenabled()
            models = [[n] for n in range(1000)]  # objects a load leaves behind
        assert not gc.isenabled()  # the background load is still running
        leave.set()
        thread.join(10)
        assert gc.isenabled() and gc.get_freeze_count() >= frozen + len(models)
    finally:
        leave.set()
        gc.unfreeze()
        gc.enable()
