"""The whole `qa run`, end to end: against Whisper alone, one worker against two, and resuming.

    .venv/bin/python benchmarks/bench_run.py whisper [--rounds 1]   # qa run vs openai-whisper CLI vs faster-whisper
    .venv/bin/python benchmarks/bench_run.py whisper --only qa --set qa.worker.OVERLAP=false   # qa run, one lane
    .venv/bin/python benchmarks/bench_run.py jobs [--calls 20]      # --jobs 1 vs --jobs 2: calls/min, peak memory
    .venv/bin/python benchmarks/bench_run.py resume [--calls 50]    # kill at a random moment, re-run vs cold run
    .venv/bin/python benchmarks/bench_run.py jobs --executor ray    # the same on a local Ray instance, 1 and 2 actors
    .venv/bin/python benchmarks/bench_run.py stages [--real 20]     # where the memory is: peak RSS per call and stage
    .venv/bin/python benchmarks/bench_run.py stages --set qa.transcribe.faster.BATCH_SIZE=8   # ... under other settings
    .venv/bin/python benchmarks/bench_run.py long --minutes 60      # one 60-minute recording of real calls joined

Every command runs in its own process tree with a cache of its own (so nothing is transcribed or
diarized from an earlier run; the prepared Whisper weights are shared), measured for wall time,
CPU time (all processes, all threads: it does not grow when other jobs share the machine, wall
time does) and peak memory (the sum of the resident memory of the process and its children,
sampled every 0.1 s). `whisper` alternates the three commands in each round on the five sample
recordings (329 s of audio), or with ``--real 20`` on 20 minutes of real 8 kHz calls mixed to mono
(the Harper Valley calls, then rebuilt Tagalog dev calls): `qa run` (transcribe + diarize + score + tickets + reports) against
openai-whisper (what its CLI runs, with the CLI's defaults; the audio decoded in-process because the
CLI needs an ffmpeg binary) and faster-whisper transcribing the same files with the same weights.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
HARPER = ROOT.parent / "shared" / "corpus" / "en_harper_valley_calls"
QA = [sys.executable, "-c", "import sys; from qa.cli import main; sys.argv[0] = 'qa'; main()"]


def qa_command(settings: list[str]) -> list[str]:
    """``qa`` as QA runs it, with ``MODULE.NAME=VALUE`` settings applied first (bench_run.py whisper
    --set qa.worker.OVERLAP=false: the same run one stage after the other)."""
    if not settings:
        return QA
    lines = []
    for name, value in map(_setting, settings):
        module, _, attribute = name.rpartition(".")
        lines.append(f"setattr(importlib.import_module({module!r}), {attribute!r}, {value!r})")
    return [sys.executable, "-c", "import importlib, sys\n" + "\n".join(lines) + "\n" + QA[2]]
# openai-whisper as its CLI runs it (transcribe() with the CLI's defaults: beam 5, best of 5, fp32 on a
# CPU), but the audio decoded in-process: the CLI shells out to an ffmpeg binary this machine lacks.
OPENAI = """import sys
import torch, whisper
from qa.audio import load_audio
torch.set_num_threads(int(sys.argv[2]))
model = whisper.load_model(sys.argv[1], device="cpu")
for item in sys.argv[3:]:
    path, _, language = item.rpartition("=")
    model.transcribe(load_audio(path).mono, language=language, beam_size=5, best_of=5, fp16=False)
"""
FASTER = """import sys
from faster_whisper import WhisperModel
model = WhisperModel(sys.argv[1], device="cpu", compute_type="int8", cpu_threads=int(sys.argv[2]))
for item in sys.argv[3:]:
    path, _, language = item.rpartition("=")
    segments, _ = model.transcribe(path, language=language, beam_size=5)
    list(segments)
"""


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants, in MB."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            with open(f"/proc/{current}/status") as handle:
                total += next(int(line.split()[1]) for line in handle if line.startswith("VmRSS:"))
        except (OSError, StopIteration):
            continue
    return total / 1024


def measure(command: list[str], env: dict, *, kill_after: float | None = None, strict: bool = False) -> dict:
    """Run ``command``; wall s, CPU s (the whole tree), peak MB (the whole tree), exit code."""
    import threading

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True, text=True)
    lines: list[tuple[float, str]] = []  # (seconds since the start, stderr line): the progress lines
    reader = threading.Thread(target=lambda: lines.extend((time.perf_counter() - started, line.rstrip())
                                                          for line in process.stderr), daemon=True)
    reader.start()
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _tree_rss_mb(process.pid))
        if kill_after is not None and time.perf_counter() - started >= kill_after:
            os.killpg(process.pid, 9)  # kill -9, the whole tree (workers included)
        time.sleep(0.1)
    wall = time.perf_counter() - started
    reader.join(5)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if kill_after is None and (process.returncode not in (0, 1) or strict and process.returncode != 0):
        error = "\n".join(line for _, line in lines[-40:])
        raise SystemExit(f"{' '.join(command[:4])}... failed ({process.returncode}):\n{error}")
    return {"wall_s": wall, "cpu_s": cpu, "peak_mb": peak, "code": process.returncode, "lines": lines}


def fresh_env(tmp: Path, name: str) -> dict:
    """Environment with an empty transcript/diarization cache (the prepared models linked in)."""
    from qa.weights import models_dir

    cache = tmp / f"cache-{name}"
    cache.mkdir()
    (cache / "models").symlink_to(models_dir())
    return {**os.environ, "QA_CACHE_DIR": str(cache), "QA_EMBED_CACHE": str(cache / "e5.sqlite"),
            "PYTHONPATH": str(ROOT)}


def _sample_batch(tmp: Path, first: int = 5) -> tuple[Path, list[Path], float]:
    """The first ``first`` of the five sample recordings with their manifest entries and tickets."""
    import yaml

    from qa.audio import load_audio

    folder = tmp / "samples"
    folder.mkdir()
    manifest = yaml.safe_load((SAMPLES / "manifest.yaml").read_text(encoding="utf-8"))
    entries = [e for e in manifest["calls"] if e.get("audio")][:first]
    for entry in entries:
        shutil.copy(SAMPLES / entry["audio"], folder / entry["audio"])
    shutil.copy(SAMPLES / "tickets.json", folder / "tickets.json")
    (folder / "manifest.yaml").write_text(yaml.safe_dump({"calls": entries}), encoding="utf-8")
    files = [f"{folder / e['audio']}={e.get('language') or 'en'}" for e in entries]
    return folder, files, sum(load_audio(folder / e["audio"]).duration for e in entries)


def _real_batch(tmp: Path, minutes: float) -> tuple[Path, list[str], float]:
    """About ``minutes`` of real 8 kHz calls mixed to mono (the hard case: pyannote must find the two
    parties): the eight Harper Valley calls (English), then Tagalog dev calls rebuilt in
    $QA_TL_CALLS (default /tmp/tl_dev, see docs/diarization.md) until the total is reached."""
    import soundfile
    import yaml

    folder = tmp / "real"
    folder.mkdir()
    tagalog = Path(os.environ.get("QA_TL_CALLS", "/tmp/tl_dev"))
    sources = [(p, "en") for p in sorted(HARPER.glob("*.wav"))]
    sources += [(p, "tl") for p in sorted(tagalog.glob("*_mono.flac"))]
    entries, files, audio_s = [], [], 0.0
    for path, language in sources:
        if audio_s >= minutes * 60:
            break
        samples, rate = soundfile.read(str(path), dtype="float32")
        name = f"{path.stem.removesuffix('_mono')}.wav"
        soundfile.write(str(folder / name), samples.mean(axis=1) if samples.ndim == 2 else samples, rate)
        entries.append({"id": path.stem.removesuffix("_mono"), "audio": name, "language": language,
                        "agent_id": f"A-{len(entries) % 4}"})
        files.append(f"{folder / name}={language}")
        audio_s += len(samples) / rate
    if audio_s < minutes * 60:
        raise SystemExit(f"only {audio_s / 60:.1f} min of real calls found (Harper Valley in {HARPER}, "
                         f"Tagalog in {tagalog}: rebuild them with shared/tools/rebuild_riu_calls.py --dev)")
    (folder / "manifest.yaml").write_text(yaml.safe_dump({"calls": entries}), encoding="utf-8")
    return folder, files, audio_s


def _long_call(tmp: Path, minutes: float) -> tuple[Path, float]:
    """One mono recording of ``minutes``: the real calls of :func:`_real_batch` (Harper Valley, then
    the Tagalog dev calls) joined end to end, repeated until long enough (the content of a long
    conference or a batch of calls recorded as one file; its diarization is the hard part)."""
    import numpy as np
    import soundfile

    parts = []
    real, _, audio_s = _real_batch(tmp, min(minutes, 20.0))
    for path in sorted(real.glob("*.wav")):
        samples, rate = soundfile.read(str(path), dtype="float32")
        if rate != 8000:
            raise SystemExit(f"{path}: expected 8 kHz, got {rate}")
        parts.append(samples)
    joined = np.concatenate(parts)
    joined = np.tile(joined, int(np.ceil(minutes * 60 * 8000 / joined.size)))[:int(minutes * 60 * 8000)]
    folder = tmp / "long"
    folder.mkdir()
    soundfile.write(str(folder / "long.wav"), joined, 8000)
    return folder, joined.size / 8000


def bench_long(args) -> None:
    """``qa run --jobs 1`` on one long real-call recording: wall, CPU and the whole run's peak memory."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-long-"))
    folder, audio_s = _long_call(tmp, args.minutes)
    row = measure(QA + ["run", str(folder), "--out", str(tmp / "out"), "--jobs", "1", "--language", args.language],
                  fresh_env(tmp, "long"), strict=True)
    print(f"\none recording of {audio_s / 60:.1f} min (8 kHz mono, real calls joined); load average "
          f"{os.getloadavg()[0]:.1f} at the end\n\n| wall s | CPU s | peak MB (all processes) | x real time |\n"
          f"|---|---|---|---|\n| {row['wall_s']:.1f} | {row['cpu_s']:.1f} | {row['peak_mb']:.0f} "
          f"| {row['wall_s'] / audio_s:.3f} |")
    shutil.rmtree(tmp, ignore_errors=True)


def bench_whisper(args) -> None:
    from qa.transcribe import default_threads
    from qa.transcribe.convert import convert_model
    from qa.weights import prepare_model

    tmp = Path(tempfile.mkdtemp(prefix="bench-run-"))
    folder, files, audio_s = _real_batch(tmp, args.real) if args.real else _sample_batch(tmp, args.first)
    threads = str(args.threads or default_threads())
    model_dir = prepare_model("base")
    checkpoint = convert_model(model_dir)
    rows = []
    for round_ in range(args.rounds):
        label = f"qa run --jobs {args.jobs}" + "".join(f" {setting}" for setting in args.set)
        commands = {
            label: qa_command(args.set) + ["run", str(folder), "--out", str(tmp / f"out-{round_}"),
                                           "--jobs", str(args.jobs)],
            "openai-whisper CLI": [sys.executable, "-c", OPENAI, str(checkpoint), threads, *files],
            "faster-whisper": [sys.executable, "-c", FASTER, str(model_dir), threads, *files],
        }
        for name, command in commands.items():
            if args.only and name.split()[0] not in args.only:
                continue
            row = measure(command, fresh_env(tmp, f"{name.split()[0]}-{round_}"), strict=not name.startswith("qa"))
            rows.append({"round": round_ + 1, "command": name, **row})
            print(f"round {round_ + 1} {name}: {row['wall_s']:.1f} s, {row['cpu_s']:.1f} CPU s, "
                  f"{row['peak_mb']:.0f} MB", file=sys.stderr)
    kind = "real 8 kHz mono call(s)" if args.real else "sample recording(s)"
    print(f"\n{len(files)} {kind}, {audio_s:.0f} s of audio; threads {threads}; "
          f"load average {os.getloadavg()[0]:.1f}\n")
    print(_table(rows, audio_s))
    shutil.rmtree(tmp, ignore_errors=True)


def _table(rows: list[dict], audio_s: float) -> str:
    base = {}
    for row in rows:
        if row["command"] == "openai-whisper CLI":
            base[row["round"]] = row
    faster = {row["round"]: row for row in rows if row["command"] == "faster-whisper"}
    lines = ["| round | command | wall s | RTF | CPU s | peak MB | wall ÷ openai-whisper | CPU ÷ openai-whisper "
             "| wall ÷ faster-whisper | CPU ÷ faster-whisper |", "|---|---|---|---|---|---|---|---|---|---|"]

    def ratio(row, other, key):
        return f"{row[key] / other[key]:.2f}" if other else "-"

    for row in rows:
        w, f = base.get(row["round"]), faster.get(row["round"])
        lines.append(f"| {row['round']} | {row['command']} | {row['wall_s']:.1f} | {row['wall_s'] / audio_s:.3f} "
                     f"| {row['cpu_s']:.1f} | {row['peak_mb']:.0f} | {ratio(row, w, 'wall_s')} "
                     f"| {ratio(row, w, 'cpu_s')} | {ratio(row, f, 'wall_s')} | {ratio(row, f, 'cpu_s')} |")
    return "\n".join(lines)


def _call_batch(tmp: Path, count: int) -> tuple[Path, float]:
    """``count`` real recordings: the five samples and the eight Harper Valley calls (8 kHz, one
    party per channel), then the same again at 0.9 gain (other content: nothing comes from a cache)."""
    import soundfile
    import yaml

    from qa.audio import load_audio

    folder = tmp / "calls"
    folder.mkdir()
    sources = [(SAMPLES / e["audio"], e.get("channels")) for e in
               yaml.safe_load((SAMPLES / "manifest.yaml").read_text(encoding="utf-8"))["calls"] if e.get("audio")]
    sources += [(p, {0: "agent", 1: "customer"}) for p in sorted(HARPER.glob("*.wav"))]
    entries, audio_s = [], 0.0
    for n in range(count):
        path, channels = sources[n % len(sources)]
        audio = load_audio(path)
        gain = 0.9 ** (n // len(sources))
        name = f"c{n:03d}.wav"
        soundfile.write(str(folder / name), (audio.samples * gain).T, audio.sample_rate)
        entries.append({"id": f"c{n:03d}", "audio": name, "language": "en", "agent_id": f"A-{n % 4}",
                        **({"channels": dict(channels)} if channels else {})})  # a copy: no YAML alias
        audio_s += audio.duration
    (folder / "manifest.yaml").write_text(yaml.safe_dump({"calls": entries}), encoding="utf-8")
    return folder, audio_s


def bench_jobs(args) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-jobs-"))
    folder, audio_s = _call_batch(tmp, args.calls)
    lines = ["| executor | --jobs | calls | audio min | wall s | calls / min | CPU s | peak MB (all processes) |",
             "|---|---|---|---|---|---|---|---|"]
    for jobs in args.jobs_list:
        row = measure(QA + ["run", str(folder), "--out", str(tmp / f"out-{jobs}"), "--jobs", str(jobs),
                            "--executor", args.executor], fresh_env(tmp, f"jobs-{jobs}"))
        lines.append(f"| {args.executor} | {jobs} | {args.calls} | {audio_s / 60:.1f} | {row['wall_s']:.1f} "
                     f"| {args.calls / row['wall_s'] * 60:.2f} | {row['cpu_s']:.1f} | {row['peak_mb']:.0f} |")
        print(lines[-1], file=sys.stderr)
    print(f"\nload average {os.getloadavg()[0]:.1f}\n")
    print("\n".join(lines))
    shutil.rmtree(tmp, ignore_errors=True)


def _transcript_batch(tmp: Path, count: int) -> Path:
    """``count`` imported transcripts (the labelled scoring calls, under new ids)."""
    folder = tmp / "transcripts"
    folder.mkdir()
    calls = sorted((ROOT / "tests" / "data" / "scoring" / "calls").glob("*.json"))
    for n in range(count):
        data = json.loads(calls[n % len(calls)].read_text(encoding="utf-8"))
        data["call_id"] = f"t{n:03d}"
        (folder / f"t{n:03d}.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def bench_resume(args) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-resume-"))
    folder = _transcript_batch(tmp, args.calls)
    env = fresh_env(tmp, "resume")
    run = QA + ["run", str(folder), "--jobs", "1", "--out"]
    import sqlite3

    measure(run + [str(tmp / "warm")], env)  # fills the sentence-embedding cache every run then shares
    cold = measure(run + [str(tmp / "cold")], env)
    nothing_left = measure(run + [str(tmp / "cold")], env)  # the floor: start-up, skip all, reports
    # A random moment while calls are being stored (from the first stored call to the reports).
    first = next(t for t, line in cold["lines"] if line.startswith("stored 1/"))
    report = next(t for t, line in cold["lines"] if line.startswith("report"))
    pick = random.Random(args.seed)
    rows = []
    for trial in range(args.trials):
        moment = pick.uniform(first, report)
        out = tmp / f"resumed-{trial}"
        killed = measure(run + [str(out)], env, kill_after=moment)
        with sqlite3.connect(out / "qa.sqlite") as con:
            stored = con.execute("SELECT COUNT(*) FROM results").fetchone()[0]
        rows.append((killed, stored, measure(run + [str(out)], env)))
    print(f"\n{args.calls} imported transcripts, --jobs 1; cold run {cold['wall_s']:.1f} s, "
          f"{cold['cpu_s']:.1f} CPU s (first call stored at {first:.1f} s, reports from {report:.1f} s); a re-run with nothing left to do "
          f"{nothing_left['wall_s']:.1f} s; load average {os.getloadavg()[0]:.1f}\n")
    print("| killed after s | calls stored at the kill | re-run s | re-run CPU s | cold run s | re-run ÷ cold |")
    print("|---|---|---|---|---|---|")
    for killed, stored, rerun in rows:
        print(f"| {killed['wall_s']:.1f} | {stored} of {args.calls} | {rerun['wall_s']:.1f} | {rerun['cpu_s']:.1f} "
              f"| {cold['wall_s']:.1f} | {rerun['wall_s'] / cold['wall_s']:.2f} |")
    shutil.rmtree(tmp, ignore_errors=True)


def bench_stages(args) -> None:
    """``qa run --jobs 1`` in a child process that samples its own resident memory every 20 ms and
    reports the peak of each (call, stage): which stage holds the memory at the run's peak."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-stages-"))
    folder = _real_batch(tmp, args.real)[0] if args.real else _sample_batch(tmp, args.first)[0]
    report = tmp / "stages.json"
    knobs = json.dumps(dict(_setting(text) for text in args.set))
    whole = measure([sys.executable, "-c", STAGES, str(folder), str(tmp / "out"), str(report), knobs],
                    fresh_env(tmp, "stages"))
    report = json.loads(report.read_text(encoding="utf-8"))
    rows = report["rows"]
    print(f"\nload average {os.getloadavg()[0]:.1f}; settings {' '.join(args.set) or 'qa defaults'}; "
          "RSS of the qa run process, MB\n")
    print("| call | stage | RSS at the start | peak during | CPU s | wall s | of which cycle collector s |\n"
          "|---|---|---|---|---|---|---|")
    for row in rows:
        print(f"| {row['call']} | {row['stage']} | {row['start_mb']:.0f} | {row['peak_mb']:.0f} | {row['cpu_s']:.1f} "
              f"| {row['wall_s']:.1f} | {row['gc_s']:.2f} |")
    for stage in sorted({row["stage"] for row in rows}):
        same = [row for row in rows if row["stage"] == stage]
        print(f"| all | {stage} | | {max(r['peak_mb'] for r in same):.0f} | {sum(r['cpu_s'] for r in same):.1f} "
              f"| {sum(r['wall_s'] for r in same):.1f} | {sum(r['gc_s'] for r in same):.2f} |")
    print(f"| whole process | | | {whole['peak_mb']:.0f} | {whole['cpu_s']:.1f} | {whole['wall_s']:.1f} | |")
    held = sorted(report["held"].items(), key=lambda item: -item[1]["Rss:"])
    print("\nHeld after the batch (/proc/self/smaps): resident MB by mapping; anonymous = the process's own, "
          "the rest file pages (shared with the page cache)\n\n| mapping | resident MB | anonymous MB |\n|---|---|---|")
    for name, kb in held[:12]:
        print(f"| {name} | {kb['Rss:'] / 1024:.0f} | {kb['Anonymous:'] / 1024:.0f} |")
    print(f"| all | {sum(kb['Rss:'] for _, kb in held) / 1024:.0f} | {sum(kb['Anonymous:'] for _, kb in held) / 1024:.0f} |")
    shutil.rmtree(tmp, ignore_errors=True)


def _setting(text: str) -> tuple[str, object]:
    """``module.NAME=VALUE`` (VALUE as JSON: 4, false, 0.25) -> (name, value)."""
    name, _, value = text.partition("=")
    try:
        return name, json.loads(value)
    except json.JSONDecodeError:
        raise SystemExit(f"--set {text}: VALUE must be JSON (4, false, 0.25), as in qa.diarize.EMBEDDING_BATCH=6")


STAGES = """import importlib, json, os, sys, threading, time
started = time.perf_counter()
for name, value in json.loads(sys.argv[4]).items():  # bench_run.py stages --set, e.g. Whisper's batch size
    module, _, attribute = name.rpartition(".")
    setattr(importlib.import_module(module), attribute, value)
from qa.pipeline import RunOptions, run_batch
rows = []
def rss():
    with open("/proc/self/status") as handle:
        return next(int(line.split()[1]) / 1024 for line in handle if line.startswith("VmRSS:"))
def sample():
    while True:
        if rows:
            rows[-1]["peak_mb"] = max(rows[-1]["peak_mb"], rss())
        time.sleep(0.02)
collector = {"running": 0.0, "s": 0.0, "full": 0}  # time in Python's cycle collector
def timed_collection(phase, info):
    if phase == "start":
        collector["running"] = time.perf_counter()
    else:
        collector["s"] += time.perf_counter() - collector["running"]
        collector["full"] += info["generation"] == 2
import gc
gc.callbacks.append(timed_collection)
def hook(step, artifact=None, file=None, total=None, completed=None):
    if step in ("queued", "stored"):
        return
    cpu, wall, gc_s = sum(os.times()[:2]), time.perf_counter(), collector["s"]
    if rows:
        last = rows[-1]
        last["cpu_s"], last["wall_s"], last["gc_s"] = cpu - last["cpu_s"], wall - last["wall_s"], gc_s - last["gc_s"]
    else:  # start-up: imports, manifest, rubric, store, until the first stage
        rows.append({"call": "", "stage": "start", "start_mb": 0, "peak_mb": rss(), "cpu_s": cpu,
                     "wall_s": wall - started, "gc_s": gc_s})
    now = rss()
    rows.append({"call": file or "", "stage": step, "start_mb": now, "peak_mb": now, "cpu_s": cpu, "wall_s": wall,
                 "gc_s": gc_s})
threading.Thread(target=sample, daemon=True).start()
run_batch([sys.argv[1]], sys.argv[2], RunOptions(), progress=hook)
hook("end")
held = {}  # what the process holds once the batch is done: resident kB by mapping, anonymous or file
with open("/proc/self/smaps") as handle:
    for line in handle:
        field = line.split()
        if "-" in field[0] and not field[0].endswith(":"):
            name = field[5] if len(field) > 5 else "[anon]"
            name = name.split("/site-packages/")[-1].split("/lib/")[0] if "/" in name else name
        elif field[0] in ("Rss:", "Anonymous:"):
            held.setdefault(name, {"Rss:": 0, "Anonymous:": 0})[field[0]] += int(field[1])
with open(sys.argv[3], "w") as handle:
    json.dump({"rows": rows[:-1], "held": held}, handle)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    whisper = sub.add_parser("whisper", help="qa run vs openai-whisper CLI vs faster-whisper on the samples")
    whisper.add_argument("--rounds", type=int, default=1)
    whisper.add_argument("--jobs", type=int, default=1)
    whisper.add_argument("--threads", type=int, default=None)
    whisper.add_argument("--first", type=int, default=5, help="only the first N sample recordings")
    whisper.add_argument("--real", type=float, default=None, metavar="MINUTES",
                         help="instead of the samples: this many minutes of real 8 kHz calls, mono")
    whisper.add_argument("--only", nargs="+", choices=["qa", "openai-whisper", "faster-whisper"],
                         help="run only these commands (the table then lacks the others' ratios)")
    whisper.add_argument("--set", nargs="+", default=[], metavar="MODULE.NAME=VALUE",
                         help="qa run under a setting other than qa's, e.g. qa.worker.OVERLAP=false")
    jobs = sub.add_parser("jobs", help="--jobs 1 vs --jobs 2 on real calls")
    jobs.add_argument("--calls", type=int, default=20)
    jobs.add_argument("--jobs-list", type=int, nargs="+", default=[1, 2])
    jobs.add_argument("--executor", choices=["local", "ray"], default="local",
                      help="ray: the same on a local Ray instance, --jobs actors")
    resume = sub.add_parser("resume", help="kill at a random moment, then re-run")
    resume.add_argument("--calls", type=int, default=50)
    resume.add_argument("--seed", type=int, default=None)
    resume.add_argument("--trials", type=int, default=3)
    stages = sub.add_parser("stages", help="peak memory of qa run per call and stage")
    stages.add_argument("--first", type=int, default=5, help="only the first N sample recordings")
    stages.add_argument("--real", type=float, default=None, metavar="MINUTES",
                        help="instead of the samples: this many minutes of real 8 kHz calls, mono")
    stages.add_argument("--set", nargs="+", default=[], metavar="MODULE.NAME=VALUE",
                        help="a setting other than qa's, e.g. qa.transcribe.faster.BATCH_SIZE=8 "
                             "qa.diarize.EMBEDDING_BATCH=6 qa.memory.DROP_GPU_PAGES=false")
    long = sub.add_parser("long", help="one long recording of real calls joined: wall, CPU, peak memory")
    long.add_argument("--minutes", type=float, default=60.0)
    long.add_argument("--language", default="tl", help="the recording's language (most of it is Tagalog)")
    args = parser.parse_args()
    {"whisper": bench_whisper, "jobs": bench_jobs, "resume": bench_resume, "stages": bench_stages,
     "long": bench_long}[args.what](args)


if __name__ == "__main__":
    main()
