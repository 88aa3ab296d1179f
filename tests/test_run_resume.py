"""`qa run` killed with kill -9 at three points, then run again: nothing finished is lost or redone,
and the store and every file end up as after a run that was never interrupted.

The batch is cheap but goes through every stage for real: two 8-second stereo clips cut from a
sample call (Whisper tiny.en, one thread; the channel map spares pyannote) and two imported
transcripts, with their tickets. The process is killed when its progress line for a point appears
(stderr is a pipe, so the display writes one plain line per step).
"""
from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ROOT = SAMPLES.parent
CALL_IDS = ["clip-a", "call-06", "clip-b", "call-07"]
# kill point -> the progress line that triggers the kill
KILL_AT = {"transcribe": "transcribe 3/4 clip-b", "score": "score 2/4 call-06", "report": "report 0/1"}
MANIFEST = """calls:
  - {id: clip-a, audio: clip-a.wav, agent_id: A-117, date: 2026-11-05, language: en, channels: {0: agent, 1: customer}}
  - {id: call-06, transcript: call-06.json, agent_id: A-131, ticket_id: INC0012502, ticket: tickets.json, date: 2026-11-10, language: ko}
  - {id: clip-b, audio: clip-b.wav, agent_id: A-117, date: 2026-11-05, language: en, channels: {0: agent, 1: customer}}
  - {id: call-07, transcript: call-07.json, agent_id: A-125, ticket_id: INC0012550, ticket: tickets.json, date: 2026-11-12, language: tl}
"""
# Columns that say when or in which batch a row was written: they differ between any two runs.
VOLATILE = {"saved_at", "scored_at", "batch_id", "first_seen"}


def _volatile_text() -> re.Pattern:
    """What differs between two runs of the same batch by design: today's times (pages say when
    they were generated, exports when each call was scored) and each page's random CSP nonce."""
    days = {dt.date.today().isoformat(), dt.datetime.now(dt.timezone.utc).date().isoformat()}
    times = b"|".join(re.escape(day.encode()) + rb"[ T]\d\d:\d\d(:\d\d)?(\+00:00)?" for day in sorted(days))
    return re.compile(times + rb"|nonce(-|=\")[A-Za-z0-9_-]+")


@pytest.fixture(scope="module")
def batch_dir(tmp_path_factory):
    import soundfile

    from qa.audio import load_audio

    folder = tmp_path_factory.mktemp("calls")
    audio = load_audio(SAMPLES / "call-03.flac")
    for name, start in (("clip-a", 0.0), ("clip-b", 8.0)):
        first = int(start * audio.sample_rate)
        clip = audio.samples[:, first:first + 8 * audio.sample_rate]
        soundfile.write(str(folder / f"{name}.wav"), clip.T, audio.sample_rate)
    for name in ("call-06.json", "call-07.json", "tickets.json"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    (folder / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    return folder


def _environment(tmp: Path) -> dict:
    """A cache of its own (so transcription really runs), the prepared models, a shared e5 cache."""
    from qa.weights import models_dir

    cache = tmp / "cache"
    cache.mkdir(exist_ok=True)
    if not (cache / "models").exists():
        (cache / "models").symlink_to(models_dir())
    return {**os.environ, "QA_CACHE_DIR": str(cache),
            "QA_EMBED_CACHE": str(tmp.parent / "e5.sqlite"), "PYTHONPATH": str(ROOT)}


def _qa_run(batch_dir: Path, out: Path, env: dict, kill_on: str | None = None):
    """Run `qa run`; with ``kill_on``, kill -9 it when that progress line appears. Returns
    (exit code, stdout, stderr lines)."""
    code = "import sys; from qa.cli import main; sys.argv[0] = 'qa'; main()"
    args = [sys.executable, "-c", code, "run", str(batch_dir), "--out", str(out), "--model", "tiny.en",
            "--threads", "1", "--jobs", "1"]
    process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    lines = []
    for line in process.stderr:
        lines.append(line.rstrip("\n"))
        if kill_on is not None and line.strip() == kill_on:
            process.kill()  # SIGKILL: no cleanup, no finally blocks
            break
    stdout = process.stdout.read()
    process.wait(timeout=600)
    return process.returncode, stdout, lines


def _store_rows(db: Path) -> dict:
    rows = {}
    with sqlite3.connect(db) as con:
        for table in ("calls", "transcripts", "results", "verdicts", "findings", "tickets", "rubrics"):
            cursor = con.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            rows[table] = sorted(tuple((n, v) for n, v in zip(names, row) if n not in VOLATILE) for row in cursor)
    return rows


def _files(out: Path) -> dict:
    """Every file of the out folder but the store: text with volatile parts masked; Ogg clips as
    their decoded samples (an Ogg stream's serial number is random)."""
    import soundfile

    volatile, files = _volatile_text(), {}
    for path in sorted(out.rglob("*")):
        if not path.is_file() or path.name.startswith("qa.sqlite"):
            continue
        if path.suffix == ".ogg":
            files[str(path.relative_to(out))] = soundfile.read(str(path), dtype="int16")[0].tobytes()
        else:
            files[str(path.relative_to(out))] = volatile.sub(b"<volatile>", path.read_bytes())
    return files


def _finished(out: Path) -> dict:
    """call id -> (batch id, scored_at, result file mtime) of each call the store holds."""
    with sqlite3.connect(out / "qa.sqlite") as con:
        rows = con.execute("SELECT call_id, batch_id, scored_at FROM results").fetchall()
    return {call_id: (batch, at, (out / "results" / f"{call_id}.result.json").stat().st_mtime_ns)
            for call_id, batch, at in rows}


@pytest.fixture(scope="module")
def uninterrupted(batch_dir, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("whole")
    out = tmp / "out"
    code, stdout, lines = _qa_run(batch_dir, out, _environment(tmp))
    assert code == 0, (stdout, lines)
    assert "4 call(s) scored, 0 failed." in stdout
    return _store_rows(out / "qa.sqlite"), _files(out)


@pytest.mark.parametrize("point", sorted(KILL_AT))
def test_a_batch_killed_at_any_point_is_finished_by_running_it_again(point, batch_dir, uninterrupted,
                                                                      tmp_path):
    out, env = tmp_path / "out", _environment(tmp_path)
    code, _, lines = _qa_run(batch_dir, out, env, kill_on=KILL_AT[point])
    assert code == -9, f"the run ended before the kill at {point}: {lines}"
    finished = _finished(out)
    in_flight = {"transcribe": 2, "score": 1, "report": 4}[point]  # calls stored before the line
    assert len(finished) >= in_flight, (point, finished)
    assert set(finished) <= set(CALL_IDS)

    code, stdout, lines = _qa_run(batch_dir, out, env)
    assert code == 0, (stdout, lines)
    skipped = len(finished)
    assert (f"{4 - skipped} call(s) scored, {skipped} skipped, already scored, 0 failed." if skipped
            else "4 call(s) scored, 0 failed.") in stdout
    after = _finished(out)
    for call_id, before in finished.items():  # same batch, same time, same file: not recomputed
        assert after[call_id] == before, call_id
    rows, files = uninterrupted
    assert _store_rows(out / "qa.sqlite") == rows
    resumed = _files(out)
    assert sorted(resumed) == sorted(files)
    different = [name for name in files if resumed[name] != files[name]]
    assert different == [], _first_difference(different, files, resumed)


def _first_difference(names: list[str], expected: dict, got: dict) -> str:
    import difflib

    if not names:
        return ""
    a = expected[names[0]].decode("utf-8", "replace").splitlines()
    b = got[names[0]].decode("utf-8", "replace").splitlines()
    return f"{len(names)} files differ: {names}\n" + "\n".join(list(difflib.unified_diff(a, b, lineterm=""))[:40])
