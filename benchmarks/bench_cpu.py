"""Where `qa run`'s CPU time goes, by stage and step: CPU seconds (all threads) and wall seconds.

    .venv/bin/python benchmarks/bench_cpu.py [--threads 1] [--real 20] [--set MODULE.NAME=VALUE ...]

Runs `qa run --jobs 1` on the five sample recordings (or ``--real`` minutes of real 8 kHz calls, as
bench_run.py does) in a child process with a fresh cache, and times each step by wrapping the
function that does it: process CPU time (every thread) and wall time on entry and exit. A step
inside another is counted in both ("incl."), and "self" is what its parent spent outside its named
children; then the CPU seconds of each thread by name (with two lanes, the second lane's thread
against the main thread and Whisper's). pyannote's background load (``CachedDiarizer.preload``,
used without lanes) is switched off here so that its seconds are counted as its own step rather
than inside the transcription they overlap in a real run.

With two lanes (qa.worker.OVERLAP, 2+ threads) steps of the two lanes run at once and each counts
the other's CPU while they overlap: read the thread table then, and ``--set qa.worker.OVERLAP=false``
or ``--threads 1`` (one lane) for the work of each step. On a shared machine the wall seconds follow
the load; the CPU seconds are the figures to compare (with ``OMP_WAIT_POLICY=PASSIVE`` so that
OpenMP's waiting threads do not spin: set it for both sides of a comparison, as this script does
unless the environment sets it).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_run import ROOT, _real_batch, _sample_batch, _setting, fresh_env  # noqa: E402

# (label, module, attribute path): the steps timed, outermost first in each stage.
STEPS = [
    ("decode audio", "qa.audio", "load_audio"),
    ("whisper: load", "qa.transcribe", "load_transcriber"),
    ("whisper: transcribe", "qa.transcribe.base", "BaseTranscriber.transcribe"),
    ("whisper: VAD (whole recording)", "qa.transcribe.base", "speech_chunks"),
    ("whisper: VAD (batched pipeline's cut)", "faster_whisper.transcribe", "get_speech_timestamps"),
    ("whisper: encode", "faster_whisper.transcribe", "WhisperModel.encode"),
    ("whisper: decode (batched)", "faster_whisper.transcribe", "BatchedInferencePipeline.generate_segment_batched"),
    ("whisper: decode (one window)", "faster_whisper.transcribe", "WhisperModel.generate_with_fallback"),
    ("whisper: word alignment", "faster_whisper.transcribe", "WhisperModel.add_word_timestamps"),
    ("pyannote: load", "qa.diarize", "load_diarizer"),
    ("diarize call", "qa.worker", "Worker.diarize"),
    ("pyannote: pipeline", "qa.diarize", "Diarizer.diarize"),
    ("pyannote: segmentation", "pyannote.audio.pipelines.speaker_diarization", "SpeakerDiarization.get_segmentations"),
    ("pyannote: embeddings", "pyannote.audio.pipelines.speaker_diarization", "SpeakerDiarization.get_embeddings"),
    ("second pass: embeddings", "qa.diarize", "Diarizer.embed_spans"),
    ("roles", "qa.assign", "decide_roles"),
    ("score call", "qa.worker", "Worker.score"),
    ("scorer: load (spaCy, rubric)", "qa.score.engine", "Scorer.__init__"),
    ("e5: embed", "qa.score.embed", "Encoder.query"),
    ("spaCy: load", "qa.score.nlp", "_load_pipeline"),
    ("spaCy: docs", "qa.score.nlp", "TextAnalyzer.doc"),
    ("ticket compare", "qa.ticket", "compare"),
    ("store + files", "qa.pipeline", "BatchWriter._save"),
    ("reports", "qa.pipeline", "_report"),
]

CHILD = r"""import importlib, json, sys, threading, time
for name, value in json.loads(sys.argv[4]).items():
    module, _, attribute = name.rpartition(".")
    setattr(importlib.import_module(module), attribute, value)
steps, stack, totals = json.loads(sys.argv[5]), threading.local(), {}
def now():
    return time.process_time(), time.perf_counter()
def wrap(label, function):
    def timed(*args, **kwargs):
        frames = stack.__dict__.setdefault("frames", [])
        frames.append([label, 0.0, 0.0])  # label, children's CPU, children's wall
        cpu, wall = now()
        try:
            return function(*args, **kwargs)
        finally:
            cpu, wall = now()[0] - cpu, now()[1] - wall
            _, child_cpu, child_wall = frames.pop()
            row = totals.setdefault(label, {"calls": 0, "cpu": 0.0, "wall": 0.0, "self_cpu": 0.0, "self_wall": 0.0})
            row["calls"] += 1
            row["cpu"] += cpu
            row["wall"] += wall
            row["self_cpu"] += cpu - child_cpu
            row["self_wall"] += wall - child_wall
            if frames:
                frames[-1][1] += cpu
                frames[-1][2] += wall
    return timed
pending = {}
for label, module, path in steps:
    pending.setdefault(module, []).append((label, path))
def patch(module_name):  # wrap a module's functions once it is imported (torch, pyannote load late)
    module, waiting = sys.modules[module_name], []
    for label, path in pending.pop(module_name, []):
        owner, _, attribute = path.rpartition(".")
        try:
            target = getattr(module, owner) if owner else module
            setattr(target, attribute, wrap(label, getattr(target, attribute)))
        except AttributeError:  # the module is still being imported: at a later import
            waiting.append((label, path))
    if waiting:
        pending[module_name] = waiting
import builtins
real_import = builtins.__import__
def watching_import(name, *args, **kwargs):
    result = real_import(name, *args, **kwargs)
    for module_name in [m for m in pending if m in sys.modules]:
        patch(module_name)
    return result
builtins.__import__ = watching_import
import qa.worker
qa.worker.CachedDiarizer.preload = lambda self, *a, **k: None  # pyannote loads as its own step
from qa.pipeline import RunOptions, run_batch
import os
seen = {}  # thread id -> (name, CPU s): what each thread of the process spent, sampled every 0.2 s
names = {}  # native thread id -> Python thread name (threads Python did not start: native)
def sample_threads():
    names.update({str(t.native_id): t.name.split("_")[0] for t in threading.enumerate()})
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/stat") as handle:
                ticks = handle.read().rsplit(")", 1)[1].split()
            name = names.get(tid, "native (CTranslate2, OpenMP, onnxruntime)")
            seen[tid] = (name, (int(ticks[11]) + int(ticks[12])) / os.sysconf("SC_CLK_TCK"))
        except (OSError, IndexError, ValueError):
            continue
def sampler():
    while not done.is_set():
        sample_threads()
        time.sleep(0.2)
done = threading.Event()
threading.Thread(target=sampler, daemon=True).start()
threads = int(sys.argv[6]) or None
cpu, wall = now()
run_batch([sys.argv[1]], sys.argv[2], RunOptions(threads=threads))
cpu, wall = now()[0] - cpu, now()[1] - wall
done.set()
sample_threads()
by_name = {}
for name, seconds in seen.values():
    by_name[name] = by_name.get(name, 0.0) + seconds
builtins.__import__ = real_import
missing = [label for module in pending for label, _ in pending[module]]
with open(sys.argv[3], "w") as handle:
    json.dump({"totals": totals, "run_cpu": cpu, "run_wall": wall, "missing": missing, "threads": by_name}, handle)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=0, help="threads per model (default: qa's, the cores)")
    parser.add_argument("--first", type=int, default=5, help="only the first N sample recordings")
    parser.add_argument("--real", type=float, default=None, metavar="MINUTES",
                        help="instead of the samples: this many minutes of real 8 kHz calls, mono")
    parser.add_argument("--set", nargs="+", default=[], metavar="MODULE.NAME=VALUE",
                        help="a setting other than qa's, e.g. qa.transcribe.faster.BATCH_SIZE=8")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-cpu-"))
    folder = _real_batch(tmp, args.real)[0] if args.real else _sample_batch(tmp, args.first)[0]
    env = fresh_env(tmp, "cpu")
    env.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    report = tmp / "cpu.json"
    knobs = json.dumps(dict(_setting(text) for text in args.set))
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(tmp / "out"), str(report), knobs,
                           json.dumps(STEPS), str(args.threads)], cwd=ROOT, env=env)
    if done.returncode != 0:
        raise SystemExit(f"qa run failed ({done.returncode})")
    data = json.loads(report.read_text(encoding="utf-8"))
    print(f"\nload average {os.getloadavg()[0]:.1f}; threads {args.threads or 'qa default'}; "
          f"OMP_WAIT_POLICY={env['OMP_WAIT_POLICY']}; settings {' '.join(args.set) or 'qa defaults'}\n")
    print("| step | calls | CPU s incl. | CPU s self | wall s incl. |\n|---|---|---|---|---|")
    for label, _, _ in STEPS:
        row = data["totals"].get(label)
        if row:
            print(f"| {label} | {row['calls']} | {row['cpu']:.2f} | {row['self_cpu']:.2f} | {row['wall']:.2f} |")
    print(f"| **whole run_batch** | | **{data['run_cpu']:.2f}** | | {data['run_wall']:.2f} |")
    print("\nCPU s by thread name (the whole process, start-up included; Whisper computes in CTranslate2's "
          "own threads, the second lane is qa-lane)\n\n| thread | CPU s |\n|---|---|")
    for name, seconds in sorted(data["threads"].items(), key=lambda item: -item[1]):
        if seconds >= 0.05:
            print(f"| {name} | {seconds:.2f} |")
    if data["missing"]:
        print(f"\nnot reached (module never imported): {', '.join(data['missing'])}")
    if args.json:
        args.json.write_text(json.dumps(data, indent=1), encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
