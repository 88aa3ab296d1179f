"""Diarization benchmark: speed, memory, DER; the 60-minute run; the clustering-threshold calibration.

    .venv/bin/python benchmarks/bench_diarize.py                 # RTF + peak memory + DER table
    .venv/bin/python benchmarks/bench_diarize.py --long 60       # a 60-minute recording (concatenated)
    .venv/bin/python benchmarks/bench_diarize.py --calibrate     # sweep the clustering threshold
    .venv/bin/python benchmarks/bench_diarize.py --call [FILE]   # a 4-minute 8 kHz phone call: speed,
                                                                 # memory, DER per step / embedding
    .venv/bin/python benchmarks/bench_diarize.py --call FILE --second-pass tl   # + diarize_call's
                                                                 # second pass (qa.diarize.resegment)

Speed rows run each file through a fresh process so peak RSS (``ru_maxrss``) belongs to that file.
DER (pyannote.metrics, collar 0, overlap scored) uses the corpus's UEM, else the reference's extent.
The calibration sweeps the threshold on recordings that are NOT the DER test files: the sample
calls in ``samples/`` (their ``.ref.rttm``) and a conversation assembled from the corpus's
single-speaker clips (jfk, LibriSpeech, LJSpeech, OSR, the stereo file's two channels).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))

SPEED_FILES = [
    CORPUS / "en_pyannote_sample" / "sample.wav",
    CORPUS / "en_ami_pyannote_tests" / "tst00.wav",
    CORPUS / "en_ami_pyannote_tests" / "tst01.wav",
    ROOT / "samples" / "call-01.wav",
]
SINGLE_SPEAKER_CLIPS = [  # (label, file, start, end) pieces of the calibration conversation
    ("osr", "en_osr_joinly/OSR_us_000_0034_8k.wav", 0.0, 12.0),
    ("jfk", "en_jfk_whisper/jfk.flac", 0.0, 5.5),
    ("libri", "en_librispeech_wenet/librispeech-1995-1837-0001.wav", 0.0, None),
    ("osr", "en_osr_joinly/OSR_us_000_0034_8k.wav", 12.0, 24.0),
    ("lj", "en_ljspeech_speechbrain/LJ050-0131.wav", 0.0, None),
    ("jfk", "en_jfk_whisper/jfk.flac", 5.5, None),
    ("libri", "en_librispeech_wenet/librispeech-1995-1837-0001.wav", 0.0, 4.0),
    ("osr", "en_osr_joinly/OSR_us_000_0034_8k.wav", 24.0, None),
    ("lj", "en_ljspeech_speechbrain/LJ050-0131.wav", 0.0, 4.0),
]


def _load(path: Path) -> np.ndarray:
    from qa.audio import load_audio

    return load_audio(path).mono


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _cpu_seconds() -> float:
    """CPU time of this process: on a shared machine it says what the run costs, wall time does not."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_one(path: str, minutes: float | None = None, step: float | None = None, bounds: dict | None = None,
            embedding: str | None = None, threads: int | None = None, batch: int | None = None,
            language: str | None = None) -> dict:
    """Diarize one file (or a concatenation of corpus audio lasting ``minutes``) in this process.

    ``path`` "phone-call": the 4-minute 8 kHz call of :func:`_phone_call`; ``bounds``: speaker-count
    bounds passed to ``diarize`` (min_speakers / max_speakers); ``embedding``: a key of
    ``qa.diarize.EMBEDDING_MODELS``; ``threads``: torch threads (1 makes CPU seconds comparable on a
    busy machine: idle OpenMP threads spinning for a core count as CPU time); ``batch``: rows per
    embedding batch (``qa.diarize.EMBEDDING_BATCH``); ``language``: also time diarize_call's second
    pass (:mod:`qa.diarize.resegment`) over the file's transcript (faster-whisper base, from the
    transcript cache when it holds the file)."""
    import qa.diarize
    from qa.diarize import EMBEDDING, SEGMENTATION_STEP, load_diarizer

    if batch:
        qa.diarize.EMBEDDING_BATCH = batch

    if path == PHONE_CALL:
        samples = _phone_call()
    else:
        samples = _long_recording(minutes) if minutes else _load(Path(path))
    load_start, load_cpu = time.perf_counter(), _cpu_seconds()
    diarizer = load_diarizer(step=step or SEGMENTATION_STEP, embedding=embedding or EMBEDDING, threads=threads)
    load_wall, load_cpu = time.perf_counter() - load_start, _cpu_seconds() - load_cpu
    start, cpu_start = time.perf_counter(), _cpu_seconds()
    turns = diarizer.diarize(samples, **(bounds or {}))
    wall, cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
    duration = len(samples) / 16000
    second = _second_pass(path, diarizer, turns, language) if language else {}
    return {**second, "file": Path(path).name if not minutes else f"concatenated {minutes:g} min",
            "seconds": round(duration, 1), "wall_s": round(wall, 1), "rtf": round(wall / duration, 3),
            "speakers": len({t.speaker for t in turns}), "peak_rss_mb": round(peak_rss_mb()),
            "step": step or SEGMENTATION_STEP, "cpu_s": round(cpu, 1), "embedding": embedding or EMBEDDING,
            "load_wall_s": round(load_wall, 1), "load_cpu_s": round(load_cpu, 1),
            "turns": [[t.start, t.end, t.speaker] for t in turns] if not minutes else []}


def _second_pass(path: str, diarizer, turns, language: str) -> dict:
    """CPU seconds of the resegmentation pass on ``turns`` with the file's transcript words (the
    voice activity detection it uses included)."""
    from qa.assign import assign_words
    from qa.audio import load_audio
    from qa.cache import Cache
    from qa.diarize import voice_activity
    from qa.diarize.resegment import resegment
    from qa.transcribe import load_transcriber, transcribe_call

    audio = load_audio(path)
    with load_transcriber("faster-whisper", "base", threads=1, lazy=True) as transcriber:
        call = transcribe_call(transcriber, audio, call_id=Path(path).stem, language=language, cache=Cache(None))
    cpu_start = _cpu_seconds()
    new, moved = resegment(turns, assign_words(call.segments, turns),
                           lambda items: diarizer.embed_spans(audio.mono, items),
                           voice_activity=voice_activity(audio.mono))  # as diarize_call does
    return {"second_pass_cpu_s": round(_cpu_seconds() - cpu_start, 2), "moved": moved,
            "turns_after": [[t.start, t.end, t.speaker] for t in new]}


PHONE_CALL = "phone-call"
HARPER_VALLEY = CORPUS / "en_harper_valley_calls"


def _phone_call(seconds: float = 240.0) -> np.ndarray:
    """A 4-minute real 8 kHz two-party call: Harper Valley bank calls (both channels mixed, as a mono
    recording has them) played one after another until 240 s."""
    calls = sorted(HARPER_VALLEY.glob("hvb-*.wav"))
    pieces, total = [], 0
    for path in calls:
        piece = _load(path)[: int(seconds * 16000) - total]
        pieces.append(piece)
        total += len(piece)
        if total >= seconds * 16000:
            break
    return np.concatenate(pieces).astype(np.float32)


CALL_SETTINGS = [  # (label, step, embedding, batch): before, another model, after (the defaults)
    ("before: 0.1, CAM++, 48", 0.1, "campplus", 48),
    ("0.25, resemblyzer, 12", 0.25, "resemblyzer", 12),
    ("after: 0.25, CAM++, 12", 0.25, "campplus", 12),
]


def phone_call_table(call: str | None, step: float | None, threads: int) -> None:
    """Speed, peak memory and DER of one 4-minute 8 kHz call per setting (segmentation step,
    embedding model), each in a fresh process, with the two-party call prior.

    ``call``: a mono recording with ``NAME.rttm`` (or ``.ref.rttm``) beside it, for the DER column
    (e.g. a Tagalog dev call rebuilt by ../shared/tools/rebuild_riu_calls.py); without it, Harper
    Valley calls played back to back (no DER). ``step``: measure only that step with CAM++."""
    from qa.diarize import CALL_MAX_SPEAKERS, CALL_MIN_SPEAKERS, EMBEDDING

    bounds = {"min_speakers": CALL_MIN_SPEAKERS, "max_speakers": CALL_MAX_SPEAKERS}
    settings = [(f"{step}, CAM++", step, EMBEDDING, None)] if step else CALL_SETTINGS
    print(f"call: {call or 'Harper Valley calls back to back'}; torch threads {threads}; "
          f"load average at start: {os.getloadavg()[0]:.1f} (2 cores)")
    print(f"{'step, embedding, batch':<26}{'audio s':>8}{'wall s':>8}{'RTF':>7}{'CPU s':>7}{'CPU RTF':>8}{'load CPU s':>11}"
          f"{'spk':>4}{'peak RSS MB':>12}{'DER %':>7}")
    for label, row_step, embedding, batch in settings:
        if embedding == "resemblyzer" and importlib.util.find_spec("resemblyzer") is None:
            print(f"{label:<26}skipped: pip install --no-deps resemblyzer==0.1.4")
            continue
        row = _in_subprocess(call or PHONE_CALL, None, row_step, bounds, embedding, threads, batch)
        der = der_of(Path(call), row["turns"]) if call else None
        der_text = f"{100 * der:.1f}" if der is not None else "-"
        print(f"{label:<26}{row['seconds']:>8}{row['wall_s']:>8}{row['rtf']:>7}{row['cpu_s']:>7}"
              f"{row['cpu_s'] / row['seconds']:>8.3f}{row['load_cpu_s']:>11}{row['speakers']:>4}"
              f"{row['peak_rss_mb']:>12}{der_text:>7}", flush=True)


def second_pass_table(call: str, language: str, threads: int) -> None:
    """Diarization of one call with today's defaults, then diarize_call's second pass over its
    transcript (qa.diarize.resegment): CPU seconds of each, per audio second, and DER before/after."""
    from qa.diarize import CALL_MAX_SPEAKERS, CALL_MIN_SPEAKERS

    bounds = {"min_speakers": CALL_MIN_SPEAKERS, "max_speakers": CALL_MAX_SPEAKERS}
    row = _in_subprocess(call, None, None, bounds, None, threads, None, language)
    seconds, der = row["seconds"], der_of(Path(call), row["turns"])
    der_after = der_of(Path(call), row["turns_after"])
    print(f"call: {call}; {seconds} s; torch threads {threads}; load average {os.getloadavg()[0]:.1f} (2 cores)")
    print(f"diarize: CPU {row['cpu_s']} s ({row['cpu_s'] / seconds:.3f} per audio s), wall {row['wall_s']} s, "
          f"peak RSS {row['peak_rss_mb']} MB, DER {100 * der:.1f} %")
    total = row["cpu_s"] + row["second_pass_cpu_s"]
    print(f"second pass: CPU {row['second_pass_cpu_s']} s, {row['moved']} pieces moved, DER {100 * der_after:.1f} %; "
          f"diarize + second pass: {total:.1f} CPU s ({total / seconds:.3f} per audio s)")


def _long_recording(minutes: float) -> np.ndarray:
    """Real speech from the corpus and the samples, repeated in turn up to ``minutes``."""
    pieces = [_load(p) for p in [*SPEED_FILES, CORPUS / "en_google_commercial" / "commercial_mono.wav"]
              if p.exists()]
    target, out, total, i = int(minutes * 60 * 16000), [], 0, 0
    while total < target:
        piece = pieces[i % len(pieces)][: target - total]
        out.append(piece)
        total += len(piece)
        i += 1
    return np.concatenate(out).astype(np.float32)


def _in_subprocess(path: str, minutes: float | None = None, step: float | None = None,
                   bounds: dict | None = None, embedding: str | None = None, threads: int | None = None,
                   batch: int | None = None, language: str | None = None) -> dict:
    code = ("import json,sys; sys.path.insert(0, %r); from benchmarks.bench_diarize import run_one; "
            "print(json.dumps(run_one(%r, %r, %r, %r, %r, %r, %r, %r)))"
            % (str(ROOT), path, minutes, step, bounds, embedding, threads, batch, language))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        raise SystemExit(f"{path}: failed\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def der_of(path: Path, turns) -> float | None:
    from qa.evaluate.calls import find_items
    from qa.evaluate.der import load_reference, reference_for, score_turns
    from qa.model import Segment

    found = reference_for(path)
    if found is None:  # a call folder: NAME_mono.flac beside NAME.rttm
        item = next((i for i in find_items(path.parent) if i.audio == path), None)
        found = load_reference(item) if item else None
    if found is None:
        return None
    reference, uem = found
    return score_turns(reference, [Segment(s, e, speaker=k) for s, e, k in turns], uem)["der"]


def speed_table() -> None:
    print(f"{'file':<24}{'audio s':>9}{'wall s':>9}{'RTF':>8}{'CPU s':>8}{'spk':>5}{'peak RSS MB':>13}{'DER %':>8}")
    for path in SPEED_FILES:
        row = _in_subprocess(str(path))
        der = der_of(path, row["turns"])
        der_text = f"{100 * der:.2f}" if der is not None else "-"
        print(f"{row['file']:<24}{row['seconds']:>9}{row['wall_s']:>9}{row['rtf']:>8}{row['cpu_s']:>8}{row['speakers']:>5}"
              f"{row['peak_rss_mb']:>13}{der_text:>8}")


def calibration_set() -> list[tuple[str, np.ndarray, list[tuple[float, float, str]]]]:
    """(name, samples, reference turns) of the recordings the threshold is chosen on."""
    sets = []
    for rttm in sorted((ROOT / "samples").glob("*.ref.rttm")):
        audio = next((p for p in rttm.parent.glob(rttm.name.replace(".ref.rttm", ".*"))
                      if p.suffix in (".wav", ".flac", ".mp3", ".ogg")), None)
        if audio is not None:
            turns = [(float(f[3]), float(f[3]) + float(f[4]), f[7])
                     for f in (line.split() for line in rttm.read_text().splitlines()) if f]
            sets.append((audio.stem, _load(audio), turns))
    pieces, turns, t = [], [], 0.0
    gap = np.zeros(8000, dtype=np.float32)
    for label, rel, start, end in SINGLE_SPEAKER_CLIPS:
        x = _load(CORPUS / rel)
        x = x[int(start * 16000): int(end * 16000) if end else None]
        pieces += [x, gap]
        turns.append((t, t + len(x) / 16000, label))
        t += (len(x) + len(gap)) / 16000
    sets.append(("corpus-single-speakers", np.concatenate(pieces), turns))
    return sets


def calibrate(thresholds) -> None:
    import torch
    from pyannote.core import Annotation, Segment as PSegment, Timeline
    from pyannote.metrics.diarization import DiarizationErrorRate

    from qa.diarize import load_diarizer

    diarizer = load_diarizer()
    pipeline = diarizer.pipeline
    pipeline.training = True  # pyannote caches segmentation and embeddings per file between trials
    files = []
    for name, samples, turns in calibration_set():
        reference = Annotation(uri=name)
        for s, e, k in turns:
            reference[PSegment(s, e)] = k
        files.append(({"waveform": torch.from_numpy(samples)[None], "sample_rate": 16000, "uri": name},
                      reference))
    print("threshold  " + "  ".join(f"{f['uri'][:12]:>12}" for f, _ in files) + "      total")
    for threshold in thresholds:
        params = dict(diarizer.info["params"])
        params["clustering"] = {**params["clustering"], "threshold": float(threshold)}
        pipeline.instantiate(params)
        metric = DiarizationErrorRate(collar=0.0, skip_overlap=False)
        cells = []
        for file, reference in files:
            hypothesis = pipeline(file).speaker_diarization
            uem = Timeline([PSegment(reference.get_timeline().extent().start, reference.get_timeline().extent().end)])
            cells.append(metric(reference, hypothesis, uem=uem))
        print(f"{threshold:9.2f}  " + "  ".join(f"{100 * c:12.2f}" for c in cells) + f"  {100 * abs(metric):9.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--long", type=float, metavar="MINUTES", help="diarize a concatenated recording this long")
    parser.add_argument("--calibrate", action="store_true", help="sweep the clustering threshold")
    parser.add_argument("--call", nargs="?", const="", metavar="FILE",
                        help="a 4-minute 8 kHz phone call (FILE with NAME.rttm beside it for DER): "
                             "speed, memory and DER per segmentation step / embedding model")
    parser.add_argument("--second-pass", metavar="LANGUAGE",
                        help="with --call FILE: also time diarize_call's second pass over the file's "
                             "transcript in this language (tl, en)")
    parser.add_argument("--threads", type=int, default=1, help="torch threads for --call and --long (default 1)")
    parser.add_argument("--step", type=float, default=None,
                        help="segmentation step as a fraction of the 10 s window (default: the library's 0.1)")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.calibrate:
        calibrate(np.round(np.arange(0.55, 1.01, 0.05), 2))
    elif args.call and args.second_pass:
        second_pass_table(args.call, args.second_pass, args.threads)
    elif args.call is not None:
        phone_call_table(args.call or None, args.step, args.threads)
    elif args.long:
        row = _in_subprocess("", args.long, args.step, None, None, args.threads)
        print(f"{row['file']}: {row['seconds']} s of audio, step {row['step']}, wall {row['wall_s']} s, "
              f"CPU {row['cpu_s']} s, "
              f"RTF {row['rtf']}, {row['speakers']} speakers, peak RSS {row['peak_rss_mb']} MB")
    else:
        speed_table()


if __name__ == "__main__":
    main()
