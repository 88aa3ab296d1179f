"""``--device``: the models on the CPU (default) or an NVIDIA GPU. Without a GPU, asking for one is a
configuration error said before anything is written; with one, a call comes out as on the CPU."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa.cli import main
from qa.device import check_device
from qa.errors import ConfigError

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _gpus() -> int:
    import ctranslate2

    return ctranslate2.get_cuda_device_count()


def test_an_unknown_device_is_refused():
    with pytest.raises(ConfigError, match="unknown device 'tpu'"):
        check_device("tpu")
    assert check_device("cpu") == "cpu"


@pytest.mark.skipif(_gpus() > 0, reason="this machine has a GPU")
def test_cuda_without_a_gpu_stops_before_anything_is_written(tmp_path):
    out = tmp_path / "out"
    done = CliRunner().invoke(main, ["run", str(SAMPLES / "call-06.json"), "--out", str(out), "--device", "cuda"])
    assert done.exit_code == 2, done.output
    assert "no CUDA GPU is visible" in done.output and "--device cpu" in done.output
    assert not out.exists()


@pytest.mark.skipif(_gpus() > 0, reason="this machine has a GPU")
def test_a_worker_checks_its_own_device(tmp_path):
    """On Ray the head may have no GPU while its nodes do: each worker checks where it runs."""
    from qa.pipeline import RunOptions
    from qa.worker import Worker

    with pytest.raises(ConfigError, match="no CUDA GPU"):
        Worker(RunOptions(device="cuda", cache_dir=tmp_path / "cache"))


@pytest.mark.slow
@pytest.mark.skipif(_gpus() == 0, reason="needs an NVIDIA GPU")
def test_a_mono_call_on_the_gpu_matches_the_cpu(tmp_path):
    calls = tmp_path / "calls"
    calls.mkdir()
    shutil.copy(SAMPLES / "call-01.wav", calls / "call-01.wav")
    results = {}
    for device in ("cpu", "cuda"):
        out = tmp_path / device
        done = CliRunner().invoke(main, ["run", str(calls), "--out", str(out), "--device", device, "--force",
                                         "--language", "en"])
        assert done.exit_code == 0, done.output
        results[device] = done.output.splitlines()[-3:]
    assert results["cuda"] == results["cpu"]
