"""``qa eval``: normalisation (case, punctuation, spoken numbers), WER counting, reference discovery."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from qa.cli import main
from qa.evaluate import EvalTable, corpus_folders, limits_exceeded
from qa.evaluate.wer import align_errors, find_items, normalize, word_errors
from qa.errors import ConfigError


@pytest.mark.parametrize("written,spoken", [
    ("Ticket 31602, please.", "ticket three one six oh two please"),
    ("It costs $25.", "it costs twenty five dollars"),
    ("Call me at 3 PM, Mr. Smith!", "call me at three pm mister smith"),
    ("I'm on the 21st floor", "I am on the twenty first floor"),
    ("IT WAS THE FIRST GREAT SORROW", "It was the first great sorrow."),
    ("in this regard", "In this regard... "),
    ("wait what", "Wait … what?"),
])
def test_normalisation_makes_written_and_spoken_forms_equal(written, spoken):
    assert normalize(written) == normalize(spoken)


def test_normalisation_of_other_languages_keeps_their_letters():
    assert normalize("Salamat po sa pagtawag! 안녕하세요, 고객님.", "tl") == \
        ["salamat", "po", "sa", "pagtawag", "안녕하세요", "고객님"]


def test_alignment_counts_each_error_kind():
    errors = align_errors("one two three four five six".split(), "one too three five six seven".split())
    assert (errors.substitutions, errors.deletions, errors.insertions) == (1, 1, 1)
    assert errors.reference_words == 6 and errors.wer == pytest.approx(0.5)
    # Alignments of equal cost may split the errors differently; the total is what WER counts.
    tied = align_errors("the cat sat on the mat".split(), "the bat sat on mat today".split())
    assert tied.errors == 3 and tied.wer == pytest.approx(0.5)
    assert word_errors("", "").wer == 0.0
    assert (align_errors([], ["uh"]).insertions, align_errors(["hi"], []).deletions) == (1, 1)


def test_reference_discovery(corpus):
    names = {item.name: item for folder in corpus_folders([corpus]) for item in find_items(folder)}
    assert {"jfk.flac", "librispeech-1995-1837-0001.wav", "LJ050-0131.wav",
            "OSR_us_000_0034_8k.wav"} <= set(names)
    assert names["stereo_diarization.wav[left]"].channel == 0
    assert names["stereo_diarization.wav[right]"].channel == 1
    stm = names["sample.wav (stm)"]
    assert stm.span == (6.68, pytest.approx(29.987)) and stm.reference.startswith("Hello? Hello?")


def test_table_renders_rows_and_overall():
    table = EvalTable("WER", ["file", "WER %"], rows=[["a.wav", 1.5]], overall=["overall", 1.5])
    assert table.render().splitlines() == ["WER", "file     WER %", "-------  -----", "a.wav      1.5",
                                           "-------  -----", "overall    1.5"]


def test_qa_eval_prints_a_table(tmp_path, corpus, monkeypatch):
    # A small corpus of symlinks: one whole-file reference and one per-channel pair.
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "corpus" / "mini"
    folder.mkdir(parents=True)
    for source in ("en_jfk_whisper/jfk.flac", "en_jfk_whisper/jfk.txt",
                   "en_fasterwhisper_stereo/stereo_diarization.wav",
                   "en_fasterwhisper_stereo/stereo_diarization.left.txt",
                   "en_fasterwhisper_stereo/stereo_diarization.right.txt"):
        (folder / source.split("/")[1]).symlink_to(corpus / source)
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "corpus"), "--kind", "wer", "--model",
                                       "tiny.en", "--threads", "2", "--json", str(tmp_path / "wer.json")])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Word error rate — faster-whisper, model tiny.en"
    assert [line.split()[0] for line in lines[3:6]] == [
        "jfk.flac", "stereo_diarization.wav[left]", "stereo_diarization.wav[right]"]
    overall = lines[-1].split()
    assert overall[0] == "overall" and overall[1] == "44"  # 22 + 17 + 5 reference words
    assert float(overall[-1]) <= 15.0
    assert (tmp_path / "wer.json").is_file()
    # The CI gate (the transcripts are cached now): within the limit exit 0; a limit on a figure the
    # corpus cannot measure is a usage error.
    args = ["eval", str(tmp_path / "corpus"), "--kind", "wer", "--model", "tiny.en", "--threads", "2"]
    assert CliRunner().invoke(main, [*args, "--max-wer", "100"]).exit_code == 0
    no_der = CliRunner().invoke(main, [*args, "--max-der", "20"])
    assert no_der.exit_code == 2 and "the corpus has no DER references" in no_der.output


def test_eval_limits_fail_only_above_the_limit():
    wer = EvalTable("WER", ["file"], figures={"wer": 0.125})
    der = EvalTable("DER", ["file"], figures={"der": 0.05, "role_accuracy": None})
    assert limits_exceeded([wer, der], {"wer": 12.5, "der": 5.0}) == []
    assert limits_exceeded([wer, der], {"wer": 10, "der": None}) == ["WER 12.50 % is above the limit of 10 %"]
    with pytest.raises(ConfigError, match="--max-der 3: the corpus has no DER references"):
        limits_exceeded([wer], {"der": 3})


def test_qa_eval_without_references(tmp_path):
    with pytest.raises(ConfigError, match="no references found"):
        from qa.evaluate import evaluate_corpus
        evaluate_corpus([tmp_path])
