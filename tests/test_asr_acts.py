"""The act model for recognised speech (issue 10, Tagalog from audio): a second model file, chosen
for calls whose words came from the recogniser in a language it is for; text transcripts keep the
shipped model."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from synthetic import scripted_call

from qa.errors import QAError
from qa.score.acts import ACTS, ASR_LANGUAGES, ASR_MODEL_PATH, MODEL_PATH, load_model, recognised

WHISPER = {"engine": "faster-whisper", "model": "base", "settings": {"language": "tl"}}
# Whisper-base-like Tagalog, written for this test: "ano pong maitutulong ko po sa inyo" misheard
OPENING = ["A: mag andang umaga po ito po si ana", "C: hello po", "A: ano pong matutulang kupo sa inyo",
           "C: yung internet ko po hindi gumagana"]


@pytest.fixture(scope="module")
def scorer():
    from qa.score.engine import Scorer

    return Scorer("helpdesk_acts", use_disk_cache=False)


def _offer(scorer, call) -> float:
    ctx = scorer.context(call)
    return max(tagged.p("offers_help") for tagged in ctx.acts.values() if tagged.turn.role == "agent")


def test_the_asr_model_is_a_second_small_file_for_the_same_acts():
    weights, bias, names = load_model(str(ASR_MODEL_PATH))
    shipped, _, _ = load_model(str(MODEL_PATH))
    assert names == ACTS and weights.shape == shipped.shape == (768, len(ACTS))
    assert not np.array_equal(weights, shipped)
    assert ASR_MODEL_PATH.stat().st_size < 200_000


def test_only_recognised_speech_in_its_languages_gets_the_asr_model():
    call = scripted_call(OPENING, "tl")
    assert not recognised(call, "tl")  # a written/human transcript ("reference")
    assert not recognised(replace(call, asr={"engine": "imported", "source": "x.csv"}), "tl")
    assert not recognised(replace(call, asr={}), "tl")
    assert recognised(replace(call, asr=WHISPER), "tl")
    assert recognised(replace(call, asr={**WHISPER, "engine": "openai-whisper"}), "tl")
    assert ASR_LANGUAGES == {"tl"}  # chosen leave-one-call-out on the tuning calls (docs/rubrics.md)
    assert not recognised(replace(call, asr=WHISPER), "en")


def test_the_scorer_tags_recognised_tagalog_with_the_asr_model(scorer):
    from qa.score.engine import Scorer

    text = scripted_call(OPENING, "tl")
    heard = replace(text, asr=WHISPER)
    assert scorer.context(text).act_model == str(MODEL_PATH)
    assert scorer.context(heard).act_model == str(ASR_MODEL_PATH)
    # The same words: the shipped model misses the misheard offer of help, the ASR model finds it; the
    # Scorer keeps their turn acts apart (one act cache per model), in either order.
    assert _offer(scorer, text) < 0.4 < 0.6 < _offer(scorer, heard)
    assert _offer(scorer, text) < 0.4  # again, after the ASR model's acts were cached
    shipped_only = Scorer("helpdesk_acts", use_disk_cache=False, asr_act_model=None)
    assert shipped_only.context(heard).act_model == str(MODEL_PATH)
    assert _offer(shipped_only, heard) == pytest.approx(_offer(scorer, text))


def test_a_missing_asr_model_says_how_to_rebuild_it(tmp_path):
    with pytest.raises(QAError, match="asr_act_model.sh"):
        load_model(str(tmp_path / ASR_MODEL_PATH.name))


def test_the_build_script_trains_the_asr_model_from_the_shipped_data():
    script = (Path(__file__).resolve().parents[1] / "scripts" / "asr_act_model.sh").read_text()
    assert "qa.score.train_acts --asr-calls" in script and "--out qa/data/act_model_asr.npz" in script


def test_leave_one_call_out_drops_that_calls_human_spans_too(tmp_path):
    from qa.score import train_acts

    (tmp_path / "telecom_x.txt").write_text("[0.00-4.00] agent: ano pong maitutulong ko\n", encoding="utf-8")
    spans = tmp_path / "spans.csv"
    spans.write_text("call_id,turn_start,first_word,end_word,act\ntelecom_x,0.0,0,4,offers_help\n", encoding="utf-8")
    data: dict = {}
    assert train_acts.load_real_spans(tmp_path, data, spans, leave_out={"telecom_x"}) == 0 and data == {}
    assert train_acts.load_real_spans(tmp_path, data, spans) == 1


def test_the_choice_refuses_test_calls(tmp_path):
    import sys

    before = list(sys.path)
    sys.path.insert(0, str(Path(__file__).resolve().parent / "data" / "judge"))
    try:
        import asr_loco
    finally:
        sys.path[:] = before  # asr_loco adds its folder too
    test_labels = Path(__file__).resolve().parent / "data" / "judge" / "real_test.csv"
    with pytest.raises(SystemExit, match="tuning calls only"):
        asr_loco.main(["--labels", str(test_labels), "--models", str(tmp_path)])
