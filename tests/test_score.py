"""The Scorer and ``qa score``: QA-form arithmetic, evidence on every verdict, review instead of a
silent fail, and re-scoring stored calls without speech recognition."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa.cli import main
from qa.formats import load_call
from qa.model import FAIL, NA, PASS, REVIEW, RoleAssignment

ROOT = Path(__file__).resolve().parent.parent
CALLS = ROOT / "tests" / "data" / "scoring" / "calls"


@pytest.fixture(scope="module")
def scorer():
    from qa.score import Scorer

    return Scorer("helpdesk", use_disk_cache=False)


def test_every_verdict_has_a_reason_and_evidence(scorer):
    result = scorer.score(load_call(CALLS / "en-03.json"))
    assert len(result.criteria) == len(scorer.rubric.criteria)
    for verdict in result.criteria:
        assert verdict.reason and verdict.evidence, verdict
        if verdict.verdict == FAIL:
            assert any(e.matched.startswith("looked for: ") for e in verdict.evidence)
    found = next(v for v in result.criteria if v.id == "escalation.ticket_number")
    assert found.verdict == PASS
    evidence = found.evidence[0]
    assert (evidence.role, evidence.speaker) == ("agent", "SPEAKER_00")
    assert "ticket number" in evidence.text.lower() and evidence.end > evidence.start


def test_fail_shows_the_searched_window_and_what_was_looked_for(scorer):
    result = scorer.score(load_call(CALLS / "en-08.json"))
    verdict = next(v for v in result.criteria if v.id == "escalation.ticket_number")
    assert verdict.verdict == FAIL
    looked = verdict.evidence[0]
    assert looked.matched.startswith('looked for: "ticket number"')
    assert looked.text == "agent turns in the whole of the call" and looked.end > looked.start


def test_score_arithmetic_na_out_of_denominator_and_bands(scorer):
    result = scorer.score(load_call(CALLS / "en-08.json"))
    counted = [v for v in result.criteria if v.verdict in (PASS, FAIL)]
    expected = 100 * sum(v.weight for v in counted if v.verdict == PASS) / sum(v.weight for v in counted)
    assert result.score == pytest.approx(expected, abs=0.05)
    assert sum(v.weight for v in result.criteria) == pytest.approx(100)
    assert result.band == scorer.rubric.band(result.score)
    assert all(v.verdict == NA for v in result.criteria if v.id == "resolution.validate")


def test_auto_fail_zeroes_the_score(scorer):
    result = scorer.score(load_call(CALLS / "ko-07.json"))
    identity = next(v for v in result.criteria if v.id == "identity.verify")
    assert identity.verdict == FAIL and identity.auto_fail
    assert result.auto_failed and result.score == 0.0 and result.band == "fail"


def test_uncertain_roles_give_review_never_a_silent_fail(scorer):
    call = load_call(CALLS / "en-01.json")
    unsure = replace(call, roles=RoleAssignment(call.roles.speakers, 0.3, "auto"))
    verdicts = {v.id: v for v in scorer.score(unsure).criteria}
    assert verdicts["greeting.thank_caller"].verdict == REVIEW
    assert "role confidence 0.30 is low" in verdicts["greeting.thank_caller"].reason
    assert verdicts["conduct.dead_air"].verdict == PASS  # timing does not depend on roles


def test_low_asr_probability_in_the_window_turns_a_fail_into_review(scorer):
    call = load_call(CALLS / "en-02.json")
    shaky = replace(call, utterances=tuple(
        replace(u, words=tuple(replace(w, probability=0.2) for w in u.words)) for u in call.utterances))
    verdicts = {v.id: v for v in scorer.score(shaky).criteria}
    assert verdicts["greeting.thank_caller"].verdict == REVIEW
    assert "may have been said and misheard" in verdicts["greeting.thank_caller"].reason


def test_result_json_has_the_stable_fields(scorer):
    data = scorer.score(load_call(CALLS / "tl-02.json")).to_dict()
    assert {"call_id", "rubric", "score", "band", "criteria", "outcome", "metrics"} <= set(data)
    assert data["rubric"] == {"id": "helpdesk", "version": "1.0"}
    criterion = data["criteria"][0]
    assert {"id", "verdict", "evidence", "reason"} <= set(criterion)
    assert {"start", "end", "speaker", "role", "text"} <= set(criterion["evidence"][0])
    assert data["outcome"]["outcome"] == "escalated"
    assert data["metrics"]["holds"][0]["announced"] is True
    assert 0 < data["metrics"]["agent_talk_ratio"] < 1


def test_qa_score_rescores_stored_calls_without_asr(tmp_path, monkeypatch):
    import qa.pipeline

    def no_asr(*args, **kwargs):
        raise AssertionError("re-scoring a stored call must not run speech recognition")

    monkeypatch.setattr(qa.pipeline, "prepare_calls", no_asr)
    monkeypatch.setenv("QA_EMBED_CACHE", str(tmp_path / "e5.sqlite"))
    (tmp_path / "in").mkdir()
    for name in ("en-01.json", "ko-02.json"):
        (tmp_path / "in" / name).write_bytes((CALLS / name).read_bytes())
    (tmp_path / "in" / "broken.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(tmp_path / "in"), "--rubric", "helpdesk",
                                       "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output  # one bad file: reported, the rest scored
    assert "broken.json" in result.output and "not valid JSON" in result.output
    written = json.loads((tmp_path / "out" / "en-01.result.json").read_text(encoding="utf-8"))
    assert written["score"] == 100.0 and written["band"] == "pass"
    assert (tmp_path / "out" / "ko-02.result.json").is_file()


def test_imported_whisperx_transcript_without_roles_is_scored(tmp_path, scorer):
    whisperx = {"segments": [
        {"start": 0.0, "end": 3.0, "text": "Thank you for calling Northwind, this is Ana, how can I help?"},
        {"start": 3.5, "end": 5.0, "text": "My printer is offline."},
        {"start": 5.5, "end": 7.0, "text": "Is there anything else? Thanks, bye."}]}
    path = tmp_path / "imported.json"
    path.write_text(json.dumps(whisperx), encoding="utf-8")
    result = scorer.score(load_call(path))
    verdicts = {v.id: v.verdict for v in result.criteria}
    assert verdicts["greeting.thank_caller"] == REVIEW  # said, but by whom is unknown
    assert verdicts["conduct.dead_air"] == PASS
    assert FAIL not in {verdicts["greeting.thank_caller"], verdicts["closing.thank"]}
    assert result.band == REVIEW  # most of the form waits for a person: no misleading "pass"


def test_qa_score_on_an_imported_transcript_with_speaker_labels(tmp_path, monkeypatch):
    """WhisperX-style JSON with speakers: utterances and roles come from the labels and the text
    (the diarization stage, no audio), then every greeting criterion is decided, not left to review."""
    monkeypatch.setenv("QA_EMBED_CACHE", str(tmp_path / "e5.sqlite"))
    lines = [("SPEAKER_00", "Thank you for calling Northwind IT Service Desk, this is Ana, how can I help you?"),
             ("SPEAKER_01", "Hi, my printer is offline."),
             ("SPEAKER_00", "Try turning it off and on again."),
             ("SPEAKER_01", "Oh, it works now."),
             ("SPEAKER_00", "Great, is everything working now? Anything else?"),
             ("SPEAKER_01", "No, thanks."),
             ("SPEAKER_00", "Thanks for calling, bye.")]
    segments = [{"start": 3.0 * i, "end": 3.0 * i + 2.5, "speaker": s, "text": t} for i, (s, t) in enumerate(lines)]
    (tmp_path / "wx.json").write_text(json.dumps({"segments": segments}), encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(tmp_path / "wx.json"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "out" / "wx.result.json").read_text(encoding="utf-8"))
    verdicts = {c["id"]: c["verdict"] for c in data["criteria"]}
    assert [verdicts[k] for k in ("greeting.thank_caller", "greeting.offer_help", "resolution.validate",
                                  "closing.thank")] == [PASS] * 4
    assert data["outcome"]["outcome"] == "resolved" and verdicts["escalation.ticket_number"] == NA


def test_rescoring_a_results_store_with_a_new_rubric_version(tmp_path, monkeypatch):
    """Calls kept in the SQLite store are re-scored with a site rubric: no ASR, both versions kept."""
    from qa.store import Store

    monkeypatch.setenv("QA_EMBED_CACHE", str(tmp_path / "e5.sqlite"))
    db = tmp_path / "qa.sqlite"
    with Store(db) as store:
        for name in ("en-01.json", "tl-03.json"):
            store.save_call(load_call(CALLS / name))
    site = tmp_path / "site.yaml"
    site.write_text('extends: helpdesk\nid: helpdesk\nversion: "1.1"\nremove: [conduct.overtalk]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["score", "--db", str(db), "--rubric", str(site), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        stored = store.get_result("tl-03", "helpdesk")
        assert stored.result.rubric_version == "1.1"
        assert "conduct.overtalk" not in {v.id for v in stored.result.criteria}
    assert (tmp_path / "out" / "en-01.result.json").is_file()


def test_score_many_gives_the_same_results_as_one_by_one(scorer):
    from qa.score import Scorer

    calls = [load_call(CALLS / f"{name}.json") for name in ("en-02", "ko-05", "tl-07", "tl-05")]
    batch = Scorer("helpdesk", use_disk_cache=False)
    assert [r.to_dict() for r in batch.score_many(calls)] == [scorer.score(c).to_dict() for c in calls]


@pytest.mark.parametrize("rubric", ["helpdesk", "helpdesk_acts"])
def test_score_many_keeps_planned_results_only_when_nothing_was_missing(rubric, tmp_path):
    """The planning pass's results stand for calls that needed no new embedding (the usual
    re-scoring case); the others are scored again once their sentences are embedded. Both ways
    give what score() gives one call at a time."""
    from qa.score import Scorer

    calls = [load_call(CALLS / f"{name}.json") for name in ("en-02", "ko-05", "tl-07")]
    cache = tmp_path / "e5.sqlite"
    one_by_one = [r.to_dict() for r in (lambda s: [s.score(c) for c in calls])(Scorer(rubric, embed_cache=cache))]
    fresh = Scorer(rubric, use_disk_cache=False)
    assert len(fresh.plan(calls)) < len(calls)  # nothing embedded yet: some calls must wait
    warm = Scorer(rubric, embed_cache=cache)
    assert len(warm.plan(calls)) == len(calls)  # every sentence on disk: the plan is the result
    assert [r.to_dict() for r in warm.score_many(calls)] == one_by_one
    assert [r.to_dict() for r in Scorer(rubric, use_disk_cache=False).score_many(calls)] == one_by_one


def test_rescoring_commits_chunk_by_chunk(tmp_path, monkeypatch):
    """A store larger than one chunk: every call re-scored, stored and written, in order."""
    from qa.score import batch
    from qa.store import Store

    monkeypatch.setenv("QA_EMBED_CACHE", str(tmp_path / "e5.sqlite"))
    monkeypatch.setattr(batch, "RESCORE_CHUNK", 2)
    db = tmp_path / "qa.sqlite"
    names = ("en-01", "en-02", "ko-05", "tl-03", "tl-07")
    with Store(db) as store:
        for name in names:
            store.save_call(load_call(CALLS / f"{name}.json"))
    run = batch.rescore_store(db, "helpdesk", tmp_path / "out")
    assert [r.call_id for r in run.results] == sorted(names) and not run.failures
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{n}.result.json" for n in names)
    with Store(db) as store:
        assert {s.call_id for s in store.results(rubric_id="helpdesk")} == set(names)


def test_rescoring_in_two_processes_gives_the_same_store_and_files(tmp_path, monkeypatch):
    """`qa score --db --jobs 2`: chunks scored in two worker processes, committed here in order."""
    from qa.store import Store

    monkeypatch.setenv("QA_EMBED_CACHE", str(tmp_path / "e5.sqlite"))
    names = ("en-01", "en-02", "ko-05", "tl-03", "tl-07")
    outputs = {}
    for jobs in (1, 2):
        db = tmp_path / f"qa-{jobs}.sqlite"
        with Store(db) as store:
            for name in names:
                store.save_call(load_call(CALLS / f"{name}.json"))
        out = tmp_path / f"out-{jobs}"
        result = CliRunner().invoke(main, ["score", "--db", str(db), "--out", str(out), "--jobs", str(jobs)])
        assert result.exit_code == 0, result.output
        with Store(db) as store:
            stored = [s.result.to_dict() for s in store.results()]
        outputs[jobs] = (stored, {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()})
    assert len(outputs[1][1]) == len(names)
    assert outputs[2] == outputs[1]


def test_silence_metrics_count_only_while_the_agent_is_on_the_call(scorer):
    """An IVR prompt and queue music before the agent picks up: not dead air, not the longest silence."""
    from synthetic import scripted_call

    lines = ["I: Please hold while we connect you.", "[gap 9]", "A: Service desk, this is Dan, how can I help?",
             "C: My laptop won't boot.", "[gap 3]", "A: Okay, let me look."]
    result = scorer.score(scripted_call(lines, call_id="ivr"))
    verdicts = {v.id: v for v in result.criteria}
    assert verdicts["conduct.dead_air"].verdict == PASS, verdicts["conduct.dead_air"].reason
    assert result.metrics["longest_silence"] == pytest.approx(3.0, abs=0.1)
    assert result.metrics["agent_pickup_seconds"] > 9
