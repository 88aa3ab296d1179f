"""The shipped models are what the repository rebuilds (issue 10, docs/rubrics.md "Rebuilding the models").

A full rebuild embeds every fit's examples (minutes on 2 cores with an empty embedding cache), so the
default run checks what a model file records of its training: the seeds and a digest of every fit's
examples (act models), of the written and real calls and of the act model it was trained on (outcome
model). A changed training file, a changed example sampler or an act model rebuilt without its outcome
model fails here. ``QA_REBUILD_MODELS=1`` also retrains both models and compares the files byte for byte.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from qa.audio import file_sha256
from qa.score import train_acts, train_outcome
from qa.score.acts import ASR_MODEL_PATH, MODEL_PATH as ACT_MODEL
from qa.score.outcome_model import MODEL_PATH as OUTCOME_MODEL

ASR_CALLS = Path(os.environ.get("QA_ACTS_ASR_CALLS", "/tmp/qa_asr_tune"))
TL_DEV = Path("/tmp/tl_dev")
FULL = os.environ.get("QA_REBUILD_MODELS") == "1"


def _seeds(path: Path, count: int = train_acts.SEEDS) -> list[int]:
    seeds = [int(s) for s in np.load(path)["seeds"]]
    assert seeds == [train_acts.SEED + k for k in range(count)], f"{path.name} was built with other seeds: rebuild it"
    return seeds


def test_the_act_model_was_trained_on_todays_examples():
    recorded = str(np.load(ACT_MODEL)["inputs_sha256"])
    data = train_acts.load_utterances()
    items = [train_acts.training_items(data, seed) for seed in _seeds(ACT_MODEL)]
    assert train_acts.inputs_digest(items) == recorded, \
        "qa/data/act_model.npz is stale: rebuild it with `python -m qa.score.train_acts`, then the outcome model"


def test_the_outcome_model_was_trained_on_the_shipped_act_model_and_todays_calls():
    import random

    stored = np.load(OUTCOME_MODEL)
    assert str(stored["act_model_sha256"]) == file_sha256(ACT_MODEL), \
        "qa/data/outcome_model.npz was trained on another act model: `python -m qa.score.train_outcome`"
    seeds = _seeds(OUTCOME_MODEL, train_outcome.SEEDS)
    written = [call for seed in seeds for call in train_outcome.written_calls(random.Random(seed))]
    assert train_outcome.calls_digest(written) == str(stored["written_sha256"])
    assert int(stored["real_calls"]) == 12  # every real tuning call (the Tagalog ones rebuilt at build time)
    real = list(train_outcome.real_calls(TL_DEV))
    if len(real) < 12:
        pytest.skip(f"real tuning calls' digest not checked: the Tagalog dev calls are not rebuilt in {TL_DEV}")
    assert train_outcome.calls_digest(real) == str(stored["real_sha256"])


def test_the_asr_act_model_was_trained_on_todays_examples_and_spans():
    from qa.score.asr_spans import load_asr_spans

    seeds = _seeds(ASR_MODEL_PATH)
    if not (ASR_CALLS / "tl").is_dir():
        pytest.skip(f"no tuning calls' ASR in {ASR_CALLS} (scripts/asr_act_model.sh --spans-only makes it)")
    data = train_acts.load_utterances()
    load_asr_spans(ASR_CALLS, data)
    items = [train_acts.training_items(data, seed, garble=0.5) for seed in seeds]
    assert train_acts.inputs_digest(items) == str(np.load(ASR_MODEL_PATH)["inputs_sha256"]), \
        "qa/data/act_model_asr.npz is stale: rebuild it with scripts/asr_act_model.sh"


def test_a_changed_example_changes_the_digest():
    data = train_acts.load_utterances()
    before = train_acts.inputs_digest([train_acts.training_items(data, train_acts.SEED)])
    data["en"]["offers_help"] = data["en"]["offers_help"][:-1]
    assert train_acts.inputs_digest([train_acts.training_items(data, train_acts.SEED)]) != before


@pytest.mark.skipif(not FULL, reason="full retrain (minutes): set QA_REBUILD_MODELS=1")
def test_a_rebuild_gives_the_committed_files_byte_for_byte(tmp_path):
    train_acts.main(["--out", str(tmp_path / "act_model.npz")])
    assert (tmp_path / "act_model.npz").read_bytes() == ACT_MODEL.read_bytes()
    if len(list(train_outcome.real_calls(TL_DEV))) < 12:
        pytest.skip(f"outcome model not rebuilt: the Tagalog dev calls are not in {TL_DEV}")
    train_outcome.main(["--out", str(tmp_path / "outcome_model.npz"), "--tl", str(TL_DEV)])
    assert (tmp_path / "outcome_model.npz").read_bytes() == OUTCOME_MODEL.read_bytes()


def test_every_model_file_is_in_the_stored_results_key(tmp_path, monkeypatch):
    # a rebuilt model changes verdicts: `qa run` must not keep results scored with the old one
    import shutil

    from qa import pipeline
    from qa.manifest import CallSpec
    from qa.rubric import load_rubric

    data = tmp_path / "data"
    shutil.copytree(pipeline.MODEL_DATA, data)
    monkeypatch.setattr(pipeline, "MODEL_DATA", data)
    transcript = tmp_path / "call.txt"
    transcript.write_text("agent: hello\n", encoding="utf-8")
    specs, options, rubric = [CallSpec("c1", transcript=transcript)], pipeline.RunOptions(), load_rubric()
    keys = {pipeline.input_keys(specs, options, rubric)["c1"]}
    for name in ("act_model.npz", "act_model_asr.npz", "outcome_model.npz"):
        (data / name).write_bytes((data / name).read_bytes() + b"\0")
        keys.add(pipeline.input_keys(specs, options, rubric)["c1"])
    assert len(keys) == 4
