"""Word error rate against reference transcripts, after the normalisation Whisper's authors use.

Text is normalised with openai-whisper's own ``EnglishTextNormalizer`` for English (case, punctuation,
spelling variants, contractions, and spoken numbers: "twenty-five percent" = "25%", "three one six oh
two" = "31602") and its ``BasicTextNormalizer`` for other languages, so a number written in digits
in the reference and spoken out in the transcript (or the reverse) is not an error.

References found in a corpus folder (see :func:`find_items`):

* ``NAME.txt`` (or ``NAME.ref.txt``) beside ``NAME.wav|flac|...``: the whole recording's text
  (speaker labels such as ``AGENT:`` at line starts are dropped);
* ``NAME.left.txt`` / ``NAME.right.txt``: the text of each channel of a stereo recording;
* ``NAME.stm``: timed words (``file channel speaker start end text``); scored on the span it covers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from qa.audio import AUDIO_SUFFIXES
from qa.fileio import read_text


@lru_cache(maxsize=4)
def _normalizer(language: str):
    from qa.extras import require

    # Whisper's own normaliser is the one WER figures are comparable with; it comes with openai-whisper.
    require("openai-whisper", "Word error rate (Whisper's text normaliser)")
    from whisper.normalizers import BasicTextNormalizer, EnglishTextNormalizer

    return EnglishTextNormalizer() if language == "en" else BasicTextNormalizer()


def normalize(text: str, language: str = "en") -> list[str]:
    """Text -> the list of words that WER compares."""
    words = _normalizer((language or "en").split("-")[0].lower())(text).split()
    # Whisper's normaliser leaves a "." behind from an ellipsis ("regard..." -> "regard ."): a token
    # without a letter or digit is punctuation, not a word.
    return [w for w in words if any(ch.isalnum() for ch in w)]


@dataclass(frozen=True)
class WordErrors:
    reference_words: int
    substitutions: int
    deletions: int
    insertions: int

    @property
    def errors(self) -> int:
        return self.substitutions + self.deletions + self.insertions

    @property
    def wer(self) -> float:
        return self.errors / self.reference_words if self.reference_words else float(self.errors > 0)

    def __add__(self, other: "WordErrors") -> "WordErrors":
        return WordErrors(self.reference_words + other.reference_words,
                          self.substitutions + other.substitutions,
                          self.deletions + other.deletions, self.insertions + other.insertions)


def align_errors(reference: list[str], hypothesis: list[str]) -> WordErrors:
    """Levenshtein alignment of word lists (jiwer), counting substitutions, deletions and insertions.

    Where alignments of equal cost split the errors differently, jiwer's choice is the one counted.
    """
    if not reference:  # jiwer refuses an empty reference: every hypothesis word is an insertion
        return WordErrors(0, 0, 0, len(hypothesis))
    if not hypothesis:
        return WordErrors(len(reference), 0, len(reference), 0)
    import jiwer

    # The words come normalised (no spaces inside), so joining and jiwer's split give the same lists.
    output = jiwer.process_words(" ".join(reference), " ".join(hypothesis))
    return WordErrors(len(reference), output.substitutions, output.deletions, output.insertions)


def word_errors(reference: str, hypothesis: str, language: str = "en") -> WordErrors:
    return align_errors(normalize(reference, language), normalize(hypothesis, language))


@dataclass(frozen=True)
class WerItem:
    """One scored unit: an audio file (or one channel of it) and its reference text."""
    name: str
    audio: Path
    reference: str
    channel: int | None = None  # None: the whole recording (channels mixed)
    span: tuple[float, float] | None = None  # score only words inside this time span


def _audio_for(stem_path: Path) -> Path | None:
    """NAME.wav (or another audio suffix) for NAME, or for NAME.ref."""
    for name in dict.fromkeys((stem_path.name, stem_path.name.removesuffix(".ref"))):
        for suffix in AUDIO_SUFFIXES:
            candidate = stem_path.with_name(name + suffix)
            if candidate.is_file():
                return candidate
    return None


SPEAKER_LABEL = re.compile(r"^\s*[A-Z][A-Z0-9_-]*:\s", re.MULTILINE)


def _read_reference(path: Path) -> str:
    """A reference text without speaker labels at line starts ("AGENT: ...", "IVR: ...")."""
    return SPEAKER_LABEL.sub("", read_text(path))


def _stm_item(path: Path) -> WerItem | None:
    rows = [line.split(maxsplit=5) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith(";;")]
    rows = [r for r in rows if len(r) == 6]
    audio = _audio_for(path.with_suffix(""))
    if not rows or audio is None:
        return None
    rows.sort(key=lambda r: float(r[3]))
    span = (float(rows[0][3]), max(float(r[4]) for r in rows))
    return WerItem(f"{audio.name} (stm)", audio, " ".join(r[5] for r in rows), span=span)


def find_items(folder: Path) -> list[WerItem]:
    """Every WER reference in ``folder`` that has its audio beside it."""
    items = []
    for ref in sorted(folder.glob("*.txt")):
        stem = ref.name[:-len(".txt")]
        for side, channel in ((".left", 0), (".right", 1)):
            if stem.endswith(side):
                audio = _audio_for(folder / stem[:-len(side)])
                if audio is not None:
                    items.append(WerItem(f"{audio.name}[{side[1:]}]", audio, _read_reference(ref),
                                         channel=channel))
                break
        else:
            audio = _audio_for(folder / stem)
            if audio is not None:
                items.append(WerItem(audio.name, audio, _read_reference(ref)))
    for stm in sorted(folder.glob("*.stm")):
        item = _stm_item(stm)
        if item is not None:
            items.append(item)
    return items


def hypothesis_text(call, item: WerItem) -> str:
    """The transcript words that ``item`` is scored on (its channel, its span)."""
    words = call.words
    if item.channel is not None:
        words = [w for w in words if w.channel == item.channel]
    if item.span is not None:
        start, end = item.span
        words = [w for w in words if start - 0.5 <= (w.start + w.end) / 2 <= end + 0.5]
    return " ".join(w.text for w in words)


__all__ = ["normalize", "WordErrors", "align_errors", "word_errors", "WerItem", "find_items",
           "hypothesis_text"]


def evaluate(items: list[WerItem], options) -> "EvalTable":
    """Transcribe each item's audio once (cached) and score it; one row per item plus overall."""
    from qa.audio import load_audio
    from qa.cache import Cache
    from qa.errors import AudioError
    from qa.evaluate import EvalTable
    from qa.transcribe import load_transcriber, transcribe_call

    by_audio: dict[Path, list[WerItem]] = {}
    for item in items:
        by_audio.setdefault(item.audio, []).append(item)
    table = EvalTable(title=f"Word error rate — {options.engine}, model {options.model}",
                      columns=["file", "ref words", "sub", "del", "ins", "WER %"])
    total = WordErrors(0, 0, 0, 0)
    cache = Cache(options.cache_dir, refresh=options.force)
    with load_transcriber(options.engine, options.model, threads=options.threads,
                          lazy=True) as transcriber:
        for audio_path, group in by_audio.items():
            try:
                audio = load_audio(audio_path)
            except AudioError as exc:
                table.notes.append(str(exc))
                continue
            split = any(i.channel is not None for i in group) and audio.channels > 1
            call = transcribe_call(transcriber, audio, call_id=audio_path.stem, split_channels=split,
                                   language=options.language, cache=cache)
            for item in group:
                errors = word_errors(item.reference, hypothesis_text(call, item), "en"
                                     if (call.language or "en") == "en" else call.language)
                total += errors
                table.rows.append([item.name, errors.reference_words, errors.substitutions,
                                   errors.deletions, errors.insertions, round(100 * errors.wer, 1)])
    table.overall = ["overall", total.reference_words, total.substitutions, total.deletions,
                     total.insertions, round(100 * total.wer, 1)]
    table.figures = {"wer": total.wer, "reference_words": total.reference_words}
    return table
