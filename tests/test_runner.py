"""The one batch runner: same failure policy in every command, one progress display, re-runs that
skip what is stored, --force, diarization cached like transcripts."""
from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa.cli import main
from qa.cli.progress import ProgressDisplay
from qa.errors import ModelError, TranscriptError
from qa.runner import Failure, attempt, run_each

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_a_bad_item_or_a_bug_becomes_a_failure_and_the_rest_go_on():
    def work(n):
        if n == 2:
            raise TranscriptError("call 2: not valid JSON at line 1")
        if n == 3:
            raise KeyError("speaker")
        return n * 10

    failures: list[Failure] = []
    done = run_each("score", [1, 2, 3, 4], work, label=lambda n: (f"c{n}", f"c{n}.json"), failures=failures)
    assert done == [10, 40]
    assert failures == [Failure("c2", "c2.json", "score", "call 2: not valid JSON at line 1"),
                        Failure("c3", "c3.json", "score", "KeyError: 'speaker'")]


def test_a_missing_model_stops_the_batch_once():
    def no_model():
        raise ModelError("base: weights not found; run qa models prepare")

    with pytest.raises(ModelError, match="qa models prepare"):
        attempt("transcribe", "c1", "c1.wav", no_model)


def test_progress_is_plain_lines_in_a_log_and_a_bar_on_a_terminal():
    log = io.StringIO()
    display = ProgressDisplay(log, bar=False)
    display("transcribe", None, file="call-01", total=3, completed=0)
    display("stored", object(), file="call-01", total=3, completed=1)
    display("report", None, total=1, completed=0)
    assert log.getvalue().splitlines() == ["transcribe 1/3 call-01", "stored 1/3 call-01", "report 0/1"]
    terminal = io.StringIO()
    bar = ProgressDisplay(terminal, bar=True)
    bar("score", None, file="call-02", total=4, completed=2)
    bar.close()
    assert terminal.getvalue().startswith("\r     score [############------------] 2/4 call-02")
    assert terminal.getvalue().endswith("\n")


def _calls(tmp_path: Path) -> Path:
    folder = tmp_path / "calls"
    folder.mkdir()
    for name in ("call-06.json", "call-07.json"):
        shutil.copy(SAMPLES / name, folder / name)
    return folder


@pytest.fixture
def embed_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("QA_EMBED_CACHE", str(tmp_path_factory.getbasetemp() / "e5.sqlite"))


def test_a_bug_on_one_call_is_recorded_the_same_way_by_qa_run_and_qa_score(tmp_path, monkeypatch, embed_cache):
    from qa.score import Scorer

    real = Scorer.score

    def buggy(self, call):
        if call.call_id == "call-07":
            raise ZeroDivisionError("division by zero")
        return real(self, call)

    monkeypatch.setattr(Scorer, "score", buggy)
    folder = _calls(tmp_path)
    run = CliRunner().invoke(main, ["run", str(folder), "--out", str(tmp_path / "run"), "--jobs", "1"])
    score = CliRunner().invoke(main, ["score", str(folder), "--out", str(tmp_path / "score")])
    assert run.exit_code == score.exit_code == 1, (run.output, score.output)
    assert "FAILED call-07 (score): ZeroDivisionError: division by zero" in run.output
    assert "Error: call-07: score: ZeroDivisionError: division by zero" in score.output
    assert (tmp_path / "run" / "results" / "call-06.result.json").is_file()
    assert (tmp_path / "score" / "call-06.result.json").is_file()


def test_a_rerun_skips_what_is_stored_and_force_redoes_it(tmp_path, embed_cache):
    folder, out = _calls(tmp_path), tmp_path / "out"
    first = CliRunner().invoke(main, ["run", str(folder), "--out", str(out), "--jobs", "1"])
    assert first.exit_code == 0 and "2 call(s) scored, 0 failed." in first.output, first.output
    result_file = out / "results" / "call-06.result.json"
    stamp = result_file.stat().st_mtime_ns
    again = CliRunner().invoke(main, ["run", str(folder), "--out", str(out), "--jobs", "1"])
    assert "0 call(s) scored, 2 skipped, already scored, 0 failed." in again.output, again.output
    assert result_file.stat().st_mtime_ns == stamp
    # a changed input is scored again; the other call is still skipped
    data = json.loads((folder / "call-07.json").read_text(encoding="utf-8"))
    data.setdefault("metadata", {})["agent_id"] = "A-999"
    (folder / "call-07.json").write_text(json.dumps(data), encoding="utf-8")
    changed = CliRunner().invoke(main, ["run", str(folder), "--out", str(out), "--jobs", "1"])
    assert "1 call(s) scored, 1 skipped, already scored, 0 failed." in changed.output, changed.output
    forced = CliRunner().invoke(main, ["run", str(folder), "--out", str(out), "--jobs", "1", "--force"])
    assert "2 call(s) scored, 0 failed." in forced.output, forced.output
    assert result_file.stat().st_mtime_ns != stamp


def test_a_rebuilt_model_rescores_every_call(tmp_path, embed_cache, monkeypatch):
    # a retrained act or outcome model changes verdicts: a rerun must not keep the old results
    import shutil

    from qa import pipeline

    data = tmp_path / "data"
    shutil.copytree(pipeline.MODEL_DATA, data)
    monkeypatch.setattr(pipeline, "MODEL_DATA", data)
    folder, out = _calls(tmp_path), tmp_path / "out"
    first = CliRunner().invoke(main, ["run", str(folder), "--out", str(out), "--jobs", "1"])
    assert "2 call(s) scored, 0 failed." in first.output, first.output
    (data / "outcome_model.npz").write_bytes((data / "outcome_model.npz").read_bytes() + b"\0")
    again = CliRunner().invoke(main, ["run", str(folder), "--out", str(out), "--jobs", "1"])
    assert "2 call(s) scored, 0 failed." in again.output, again.output


def test_jobs_two_gives_the_same_results_as_one(tmp_path, embed_cache):
    folder = _calls(tmp_path)
    for jobs in ("1", "2"):
        result = CliRunner().invoke(main, ["run", str(folder), "--out", str(tmp_path / jobs), "--jobs", jobs])
        assert result.exit_code == 0, result.output
    for name in ("call-06", "call-07"):
        one = (tmp_path / "1" / "results" / f"{name}.result.json").read_text(encoding="utf-8")
        two = (tmp_path / "2" / "results" / f"{name}.result.json").read_text(encoding="utf-8")
        assert one == two


def test_diarization_is_cached_by_audio_content_and_settings(tmp_path):
    """A second worker diarizing the same recording never loads pyannote and gets the same turns."""
    from qa.audio import load_audio
    from qa.diarize import speaker_bounds
    from qa.pipeline import RunOptions
    from qa.worker import Worker

    samples = load_audio(SAMPLES / "call-01.wav").mono[: 16000 * 12]
    options = RunOptions(cache_dir=tmp_path / "cache", threads=1)
    with Worker(options) as first:
        turns = first.diarizer.diarize(samples)
        assert first.diarizer._real is not None and turns
    with Worker(options) as second:
        assert second.diarizer.diarize(samples) == turns
        assert second.diarizer._real is None  # from the cache: pyannote never loaded
        assert second.diarizer.info["method"] == "pyannote"
        assert second.diarizer.diarize(samples, num_speakers=2) is not None  # other settings: computed
        assert second.diarizer._real is not None


def test_pyannote_loads_in_the_background_only_on_a_cache_miss(tmp_path):
    """Worker.load starts pyannote's load beside Whisper for a mono call the cache lacks; the
    diarization then uses that pipeline, and a cached recording starts nothing."""
    from qa.audio import load_audio
    from qa.diarize import speaker_bounds
    from qa.pipeline import RunOptions
    from qa.worker import Worker

    samples = load_audio(SAMPLES / "call-01.wav").mono[: 16000 * 12]
    options = RunOptions(cache_dir=tmp_path / "cache", threads=1)
    with Worker(options) as first:
        bounds = speaker_bounds(first._num_speakers({}))
        first.diarizer.preload(samples, **bounds)
        assert first.diarizer._loading is not None
        turns = first.diarizer.diarize(samples, **bounds)
        assert first.diarizer._loading is None and first.diarizer._real is not None and turns
    with Worker(options) as second:
        second.diarizer.preload(samples, **bounds)
        assert second.diarizer._loading is None and second.diarizer._real is None


@pytest.mark.parametrize("begin, threads", [("preload", 1), ("start", 2)])  # start: two lanes (test_lanes.py)
def test_a_failed_background_load_is_raised_by_the_diarization(tmp_path, monkeypatch, begin, threads):
    import numpy as np

    import qa.diarize
    from qa.pipeline import RunOptions
    from qa.worker import Worker

    def broken(**_):
        raise ModelError("segmentation weights missing")

    monkeypatch.setattr(qa.diarize, "load_diarizer", broken)
    samples = np.zeros(16000 * 2, dtype=np.float32)
    with Worker(RunOptions(cache_dir=tmp_path / "cache", threads=threads)) as worker:
        getattr(worker.diarizer, begin)(samples, num_speakers=2)
        with pytest.raises(ModelError, match="segmentation weights missing"):
            worker.diarizer.diarize(samples, num_speakers=2)
        if begin == "start":  # a pass nobody takes is waited for, not leaked
            worker.diarizer.start(samples, num_speakers=2)
            worker.diarizer.settle()
            assert not worker.diarizer._running
