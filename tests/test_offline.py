"""No network at run time (issue 11): a batch runs with networking unshared (no route, no DNS), and
the libraries that would call home are told not to before they are imported."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def _unshare() -> list[str]:
    for command in (["unshare", "-rn"], ["unshare", "-n"]):
        if shutil.which("unshare") and subprocess.run(command + ["true"], capture_output=True).returncode == 0:
            return command
    pytest.skip("cannot unshare the network namespace here (needs unshare and user namespaces or root)")


def _python(code: str, *args: str, prefix: list[str] = ()) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(Path.home()), "PYTHONPATH": str(ROOT)}
    return subprocess.run([*prefix, sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=900)


def test_importing_qa_turns_network_features_off_before_the_libraries_load():
    done = _python("import os, qa, onnxruntime; print(os.environ['HF_HUB_OFFLINE'], "
                   "os.environ['PYANNOTE_METRICS_ENABLED'], os.environ['HF_HUB_DISABLE_TELEMETRY'], "
                   "getattr(onnxruntime, 'qa_telemetry_off', False))")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "false", "1", "True"]


def test_a_batch_runs_with_no_network_at_all(tmp_path):
    unshare = _unshare()
    probe = _python("import socket\ntry:\n socket.getaddrinfo('pypi.org', 443)\n print('online')\n"
                    "except OSError as e:\n print('offline')", prefix=unshare)
    assert probe.stdout.strip() == "offline", probe.stdout + probe.stderr  # no DNS in there
    folder = tmp_path / "calls"
    folder.mkdir()
    for name in ("call-06.json", "call-07.json", "tickets.json"):
        shutil.copy(SAMPLES / name, folder / name)
    rng = np.random.default_rng(0)  # quiet noise: Whisper's VAD (onnxruntime) and pyannote both run
    soundfile.write(folder / "stereo.wav", (0.001 * rng.standard_normal((16000 * 3, 2))).astype("float32"), 16000)
    soundfile.write(folder / "mono.wav", (0.001 * rng.standard_normal(16000 * 3)).astype("float32"), 16000)
    (folder / "manifest.yaml").write_text(
        "calls:\n"
        "  - {id: call-06, transcript: call-06.json, ticket_id: INC0012502, ticket: tickets.json, language: ko}\n"
        "  - {id: call-07, transcript: call-07.json, ticket_id: INC0012550, ticket: tickets.json, language: tl}\n"
        "  - {id: stereo, audio: stereo.wav, language: en, channels: '0=agent,1=customer'}\n"
        "  - {id: mono, audio: mono.wav, language: en}\n", encoding="utf-8")
    out = tmp_path / "out"
    done = _python("from qa.cli import main; main()", "run", str(folder), "--out", str(out), "--model", "tiny.en",
                   "--force", prefix=unshare)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    assert "4 call(s) scored, 0 failed." in done.stdout
    assert json.loads((out / "failures.json").read_text(encoding="utf-8")) == []
    assert (out / "index.html").is_file() and (out / "calls" / "mono.html").is_file()
