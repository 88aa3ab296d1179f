"""Two lanes in one worker (issue 14): pyannote's pass beside Whisper's transcription of the same
mono call, a stereo call's channels transcribed side by side; the same results as one stage after
the other. A failure in the started pass: test_runner.py."""
from __future__ import annotations

from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_two_threads_make_two_lanes_of_one_thread_and_one_thread_none():
    from qa.pipeline import RunOptions
    from qa.worker import lane_threads

    assert lane_threads(RunOptions(threads=2)) == 1
    assert lane_threads(RunOptions(threads=4)) == 2
    assert lane_threads(RunOptions(threads=1)) == 0
    assert lane_threads(RunOptions(threads=2, device="cuda")) == 0


def test_the_pass_started_beside_transcription_gives_the_turns_of_a_plain_diarization(tmp_path):
    """start() runs pyannote in its own thread (loading it there); diarize() takes its turns and
    caches them; a worker without lanes computes the same turns itself."""
    from qa.audio import load_audio
    from qa.diarize import speaker_bounds
    from qa.pipeline import RunOptions
    from qa.worker import Worker

    samples = load_audio(SAMPLES / "call-01.wav").mono[: 16000 * 12]
    bounds = speaker_bounds(None)
    with Worker(RunOptions(cache_dir=tmp_path / "lanes", threads=2)) as worker:
        assert worker.lanes == 1
        worker.diarizer.start(samples, **bounds)
        (key, running), = worker.diarizer._running.items()
        overlapped = worker.diarizer.diarize(samples, **bounds)
        assert not worker.diarizer._running and running.done()
        assert worker.diarizer.cache.has(key) and worker.diarizer.info["method"] == "pyannote"
        worker.diarizer.start(samples, **bounds)  # cached now: nothing starts
        assert not worker.diarizer._running
    with Worker(RunOptions(cache_dir=tmp_path / "plain", threads=1)) as plain:
        assert plain.lanes == 0
        assert plain.diarizer.diarize(samples, **bounds) == overlapped
    assert overlapped


def test_stereo_channels_transcribed_side_by_side_equal_one_after_the_other(tmp_path):
    import soundfile

    from qa.audio import load_audio
    from qa.cache import Cache
    from qa.transcribe import load_transcriber, transcribe_call

    audio = load_audio(SAMPLES / "call-03.flac")
    short = tmp_path / "stereo.wav"
    soundfile.write(str(short), audio.samples[:, : 16000 * 12].T, 16000)
    audio = load_audio(short)
    calls = []
    for workers in (1, 2):
        with load_transcriber(threads=1, lazy=True, workers=workers) as transcriber:
            assert transcriber.parallel == workers
            calls.append(transcribe_call(transcriber, audio, call_id="c", language="en", split_channels=True,
                                         cache=Cache(tmp_path / f"cache-{workers}")))
    assert calls[0].to_dict() == calls[1].to_dict()
    assert {w.channel for w in calls[1].words} == {0, 1}


def test_process_all_on_two_lanes_gives_the_outcomes_of_one_call_after_the_other(tmp_path):
    """Mono, stereo and a broken recording: the same outcomes, in input order, with or without lanes
    (a failed call does not hold up or reorder the others)."""
    import soundfile

    from qa.audio import load_audio
    from qa.manifest import CallSpec
    from qa.pipeline import RunOptions
    from qa.worker import Worker

    mono, stereo = load_audio(SAMPLES / "call-01.wav"), load_audio(SAMPLES / "call-03.flac")
    soundfile.write(str(tmp_path / "mono.wav"), mono.mono[: 16000 * 12], 16000)
    soundfile.write(str(tmp_path / "stereo.wav"), stereo.samples[:, : 16000 * 12].T, 16000)
    (tmp_path / "broken.wav").write_text("not audio", encoding="utf-8")
    todo = [(CallSpec("m", audio=tmp_path / "mono.wav", metadata={"language": "en"}), "k1"),
            (CallSpec("b", audio=tmp_path / "broken.wav"), "k2"),
            (CallSpec("s", audio=tmp_path / "stereo.wav",
                      metadata={"language": "en", "channels": {0: "agent", 1: "customer"}}), "k3")]
    runs = {}
    for threads in (1, 2):
        with Worker(RunOptions(cache_dir=tmp_path / f"cache-{threads}", threads=threads)) as worker:
            assert bool(worker.lanes) == (threads == 2)
            runs[threads] = list(worker.process_all(todo))
    for one, two in zip(runs[1], runs[2], strict=True):
        assert (one.call_id, one.input_key) == (two.call_id, two.input_key)
        if one.failure is not None:
            assert one.failure == two.failure and one.call_id == "b" and one.failure.stage == "transcribe"
        else:
            assert one.call.to_dict() == two.call.to_dict() and one.result.to_dict() == two.result.to_dict()
    assert [o.call_id for o in runs[2]] == ["m", "b", "s"]
