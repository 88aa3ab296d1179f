"""Audio in: every format and rate decodes in-process to 16 kHz, and bad input says what is wrong."""
from __future__ import annotations

import os
from pathlib import Path

import av
import numpy as np
import pytest
import soundfile as sf

from qa.audio import SAMPLE_RATE, find_audio_files, load_audio, resample
from qa.errors import AudioError


def encode(samples: np.ndarray, rate: int, path: Path, codec: str, container_format=None) -> Path:
    """Write mono float samples with PyAV's encoder (mp3, opus, aac...)."""
    with av.open(str(path), "w", format=container_format) as out:
        stream = out.add_stream(codec, rate=rate)
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray((samples[None, :] * 32767).astype(np.int16), format="s16",
                                           layout="mono")
        frame.rate = rate
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)
    return path


def test_stereo_flac_at_44k_keeps_both_channels(corpus):
    audio = load_audio(corpus / "en_jfk_whisper" / "jfk.flac")
    assert audio.samples.dtype == np.float32
    assert audio.samples.shape == (2, 11 * SAMPLE_RATE)
    assert (audio.info.sample_rate, audio.info.channels, audio.info.format) == (44100, 2, "flac")
    assert audio.info.duration == pytest.approx(11.0)
    assert audio.mono.shape == (11 * SAMPLE_RATE,)
    assert np.allclose(audio.mono, audio.samples.mean(axis=0), atol=1e-6)
    assert len(audio.info.sha256) == 64


def test_telephone_8k_is_resampled_to_16k(corpus):
    audio = load_audio(corpus / "en_osr_joinly" / "OSR_us_000_0034_8k.wav")
    assert audio.info.sample_rate == 8000
    assert audio.samples.shape[0] == 1
    assert audio.samples.shape[1] == pytest.approx(2 * 284383, abs=2)


@pytest.mark.parametrize("codec,suffix,rate,container", [
    ("libmp3lame", ".mp3", 44100, None), ("libopus", ".ogg", 48000, "ogg"),
    ("aac", ".m4a", 44100, "ipod"), ("flac", ".flac", 8000, None)])
def test_compressed_formats_decode(tmp_path, corpus, codec, suffix, rate, container):
    source = load_audio(corpus / "en_librispeech_wenet" / "librispeech-1995-1837-0001.wav")
    path = encode(resample(source.samples, SAMPLE_RATE, rate)[0], rate, tmp_path / f"clip{suffix}",
                  codec, container)
    audio = load_audio(path)
    assert audio.info.sample_rate == rate
    assert audio.duration == pytest.approx(source.duration, abs=0.05)
    # Same speech after a lossy round trip: the envelopes correlate strongly.
    n = min(audio.samples.shape[1], source.samples.shape[1])
    env = [np.abs(x[:n]).reshape(-1, 160).mean(axis=1) for x in (audio.mono, source.mono)]
    assert np.corrcoef(*env)[0, 1] > 0.8


def test_resampling_keeps_a_tone_at_its_frequency():
    rate = 8000
    t = np.arange(rate) / rate
    tone = (0.5 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32)[None, :]
    out = resample(tone, rate)[0]
    spectrum = np.abs(np.fft.rfft(out))
    assert np.argmax(spectrum) * SAMPLE_RATE / len(out) == pytest.approx(1000, abs=2)
    assert np.abs(out[1000:-1000]).max() == pytest.approx(0.5, abs=0.02)


# ------------------------------------------------------------------ bad input


def test_missing_path():
    with pytest.raises(AudioError, match=r"nope\.wav: no such file; check the path"):
        load_audio("nope.wav")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    with pytest.raises(AudioError, match=r"empty\.wav: the file is empty \(0 bytes\)"):
        load_audio(path)


def test_text_file_named_wav(tmp_path):
    path = tmp_path / "notes.wav"
    path.write_text("Call notes: customer wants a refund.\n")
    with pytest.raises(AudioError, match=r"notes\.wav: a text file, not a recording"):
        load_audio(path)


def test_truncated_flac(tmp_path, corpus):
    data = (corpus / "en_jfk_whisper" / "jfk.flac").read_bytes()
    path = tmp_path / "cut.flac"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(AudioError, match=r"cut\.flac: (corrupt or truncated|truncated)"):
        load_audio(path)


def test_truncated_wav(tmp_path, corpus):
    data = (corpus / "en_osr_joinly" / "OSR_us_000_0034_8k.wav").read_bytes()
    path = tmp_path / "cut.wav"
    path.write_bytes(data[:300_000])
    with pytest.raises(AudioError, match=r"cut\.wav: truncated: the header says 35\.5 s but only 18\.7 s"):
        load_audio(path)


def test_too_short(tmp_path):
    path = tmp_path / "blip.wav"
    sf.write(path, np.zeros(1600, np.float32), 8000)  # 0.2 s
    with pytest.raises(AudioError, match=r"blip\.wav: only 0\.20 s of audio; at least 0\.5 s"):
        load_audio(path)


def test_six_channels_refused_with_a_fix(tmp_path):
    path = tmp_path / "surround.wav"
    sf.write(path, np.zeros((16000, 6), np.float32), 16000)
    with pytest.raises(AudioError, match=r"surround\.wav: has 6 channels; a call recording is mono or "
                                         r"stereo .* not a call recording\. .*mix it down to mono"):
        load_audio(path)


def test_folder_is_not_audio(tmp_path):
    with pytest.raises(AudioError, match=r"is a folder, not an audio file"):
        load_audio(tmp_path)


def test_channel_out_of_range(corpus):
    audio = load_audio(corpus / "en_librispeech_wenet" / "librispeech-1995-1837-0001.wav")
    with pytest.raises(AudioError, match=r"has 1 channel\(s\); there is no channel 1"):
        audio.channel(1)


def test_unreadable_folder_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.wav").write_bytes(b"x")
    os.chmod(locked, 0)
    try:
        if os.geteuid() == 0:  # root reads anything: make the listing fail the way it does for users
            real_iterdir = Path.iterdir

            def iterdir(self):
                if self == locked:
                    raise PermissionError(13, "Permission denied", str(self))
                return real_iterdir(self)
            monkeypatch.setattr(Path, "iterdir", iterdir)
        files, problems = find_audio_files([locked, tmp_path / "other.wav"])
    finally:
        os.chmod(locked, 0o755)
    assert files == [tmp_path / "other.wav"]
    assert problems == [(str(locked), f"{locked}: cannot read this folder (permission denied); make it "
                                      f"readable (chmod a+rx {locked}) or pass the files one by one.")]


def test_folder_expands_to_its_audio_files(tmp_path):
    for name in ("b.wav", "a.flac", "notes.txt"):
        (tmp_path / name).write_bytes(b"x")
    files, problems = find_audio_files([tmp_path])
    assert [f.name for f in files] == ["a.flac", "b.wav"] and problems == []
