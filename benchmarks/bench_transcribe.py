"""Transcription speed and memory: both engines on the same audio, each in its own process.

    .venv/bin/python benchmarks/bench_transcribe.py                       # base, both engines, jfk.flac
    .venv/bin/python benchmarks/bench_transcribe.py --models base,tiny.en --threads 2 AUDIO...

Each (engine, model, audio) runs in a fresh subprocess so that its peak resident memory (ru_maxrss)
is its own. The model is loaded and warmed up on the first 5 s (openai-whisper compiles its
word-timing kernel on first use), then the whole file is transcribed once, timed; VAD, language
detection and word timestamps are included, as in a real run. RTF = wall time / audio duration.
"CPU s" is the process's CPU time for that transcription (all threads): on a machine shared with other
jobs, wall time grows but CPU time does not, so compare the two. The load average is printed too.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_AUDIO = ROOT.parent / "shared" / "corpus" / "en_jfk_whisper" / "jfk.flac"


def worker(engine: str, model: str, audio_path: str, threads: int) -> dict:
    """Runs in the subprocess: load, warm up, time one transcription, report peak memory."""
    import resource

    from qa.audio import SAMPLE_RATE, load_audio
    from qa.transcribe import load_transcriber

    audio = load_audio(audio_path)
    started = time.perf_counter()
    transcriber = load_transcriber(engine, model, threads=threads)
    load_s = time.perf_counter() - started
    transcriber.transcribe(audio.mono[: 5 * SAMPLE_RATE])
    cpu_before, started = _cpu_seconds(), time.perf_counter()
    result = transcriber.transcribe(audio.mono)
    wall, cpu = time.perf_counter() - started, _cpu_seconds() - cpu_before
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"engine": engine, "model": model, "audio": Path(audio_path).name,
            "audio_s": round(audio.duration, 2), "load_s": round(load_s, 2), "wall_s": round(wall, 2),
            "rtf": round(wall / audio.duration, 3), "cpu_s": round(cpu, 2), "peak_mb": round(peak_kb / 1024),
            "words": len(result.words), "threads": threads}


def _cpu_seconds() -> float:
    """CPU time of this process, all threads: unlike wall time, it does not grow when other
    programs compete for the cores."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_one(engine: str, model: str, audio: str, threads: int) -> dict:
    command = [sys.executable, __file__, "--worker", engine, model, audio, str(threads)]
    env = dict(os.environ, OMP_NUM_THREADS=str(threads))
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"{engine} {model} {audio} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def render(rows: list[dict]) -> str:
    columns = [("engine", "engine"), ("model", "model"), ("audio", "audio"), ("audio_s", "audio s"),
               ("load_s", "load s"), ("wall_s", "wall s"), ("rtf", "RTF"), ("cpu_s", "CPU s"), ("peak_mb", "peak MB"),
               ("threads", "threads")]
    cells = [[title for _, title in columns]] + [[str(r[key]) for key, _ in columns] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    lines = ["  ".join(c.ljust(w) if i < 3 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
             for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        engine, model, audio, threads = sys.argv[2:6]
        print(json.dumps(worker(engine, model, audio, int(threads))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("audio", nargs="*", default=[str(DEFAULT_AUDIO)])
    parser.add_argument("--engines", default="faster-whisper,openai-whisper")
    parser.add_argument("--models", default="base")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--json", help="also write the rows to this JSON file")
    args = parser.parse_args()
    rows = []
    for audio in args.audio:
        for model in args.models.split(","):
            for engine in args.engines.split(","):
                rows.append(run_one(engine, model, audio, args.threads))
                print(f"done: {engine} {model} {Path(audio).name}", file=sys.stderr)
    print(render(rows))
    print(f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} cores")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
