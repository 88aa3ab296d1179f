"""People in the loop (qa.review): the v3 store migration, overrides and the final verdict everywhere,
the audit trail, disputes, labelled examples, and calibration against the final verdicts."""
from __future__ import annotations

import csv
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import qa.store
from qa.calibrate import krippendorff_alpha
from qa.cli import main
from qa.errors import ConfigError
from qa.report import write_reports
from qa.report.pages import build_team_page
from synthetic import fill_store, make_call, make_calls
from qa.review import (apply_overrides, audit_trail, disputes, export_labels, final_result, final_results,
                       open_dispute, resolve_dispute, save_override)
from qa.store import Store


V2_STORE = Path(__file__).parent / "data" / "stores" / "v2.sqlite"


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "reports" / "qa.sqlite") as opened:
        fill_store(opened, make_calls(12))
        yield opened


def _first(result, verdict):
    return next(v for v in result.criteria if v.verdict == verdict and v.weight > 0)


def test_a_version_2_store_migrates_and_keeps_working(tmp_path):
    """A store that qa 0.1 wrote (schema 2; tests/data/stores/make_v2_store.py) opens, migrates once and
    keeps every result."""
    path = tmp_path / "old.sqlite"
    shutil.copyfile(V2_STORE, path)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 2
        before = sorted(json.loads(row[0])["call_id"] for row in raw.execute("SELECT result_json FROM results"))
        old_json = {row[0]: json.loads(row[1]) for row in raw.execute("SELECT call_id, result_json FROM results")}
    with Store(path) as upgraded:
        assert upgraded.schema_version == len(qa.store.MIGRATIONS)
        results = upgraded.results()
        assert sorted(s.call_id for s in results) == before and len(before) == 5  # nothing lost
        assert all(s.result.to_dict() == old_json[s.call_id] for s in results)  # nothing changed
        assert [s.result for s in final_results(upgraded)] == [s.result for s in results]  # no override yet
        db = upgraded.connection
        assert db.execute("SELECT COUNT(*) FROM transcripts_fts").fetchone()[0] == 5  # existing text indexed
        hits = db.execute("SELECT t.call_id FROM transcripts_fts JOIN transcripts t ON t.rowid = transcripts_fts.rowid"
                          " WHERE transcripts_fts MATCH '\"anything else\"'").fetchall()
        english = {s.call_id for s in results if s.language == "en"}
        assert english and {h[0] for h in hits} >= english
        assert db.execute("SELECT COUNT(*) FROM call_facts").fetchone()[0] == 5
        save_override(upgraded, results[0].call_id, results[0].result.criteria[0].id, "fail", "checked the audio",
                      user="ana")
        fill_store(upgraded, make_calls(7)[5:])  # new calls are saved into the migrated store
        assert upgraded.count("results") == 7
    with Store(path) as again:  # a second open does not migrate twice
        assert again.schema_version == len(qa.store.MIGRATIONS) and len(audit_trail(again)) == 1


def test_the_search_index_follows_saves_of_the_same_call(store):
    item = make_call(0)
    fill_store(store, [item])  # INSERT OR REPLACE: the old row's index entry must go
    db = store.connection
    assert db.execute("SELECT COUNT(*) FROM transcripts_fts").fetchone()[0] == store.count("transcripts")
    db.execute("INSERT INTO transcripts_fts(transcripts_fts) VALUES ('integrity-check')")
    db.execute("DELETE FROM transcripts WHERE call_id = 'call-00001'")
    assert db.execute("SELECT COUNT(*) FROM transcripts_fts").fetchone()[0] == store.count("transcripts")


def test_an_override_changes_the_verdict_score_and_band_and_keeps_the_machine_result(store):
    machine = store.get_result("call-00003").result
    passed = _first(machine, "pass")
    final = save_override(store, "call-00003", passed.id, "fail", "the agent never said it", user="ana")
    assert final.machine == machine
    changed = next(v for v in final.result.criteria if v.id == passed.id)
    assert changed.verdict == "fail" and "the agent never said it" in changed.reason
    counted = [v for v in final.result.criteria if v.verdict in ("pass", "fail")]
    expected = round(100 * sum(v.weight for v in counted if v.verdict == "pass") / sum(v.weight for v in counted), 1)
    assert final.result.score == expected < machine.score
    assert final.result.band == ("pass" if expected >= 85 else "coach" if expected >= 70 else "fail")  # helpdesk bands
    # Stored: a new read sees it, and the final score row the call list reads agrees.
    assert final_result(store, "call-00003").result == final.result
    row = store.connection.execute("SELECT score, band FROM final_scores WHERE call_id = 'call-00003'").fetchone()
    assert row == (final.result.score, final.result.band)


def test_every_change_is_in_the_audit_trail(store):
    machine = store.get_result("call-00002").result
    criterion = machine.criteria[0]
    save_override(store, "call-00002", criterion.id, "fail", "first look", user="ana")
    save_override(store, "call-00002", criterion.id, "pass", "listened again at 0:01", user="bo")
    trail = audit_trail(store, "call-00002")
    assert [(a.user, a.action, a.criterion, a.before, a.after, a.reason) for a in trail] == [
        ("bo", "override", criterion.id, "fail", "pass", "listened again at 0:01"),
        ("ana", "override", criterion.id, criterion.verdict, "fail", "first look")]
    assert all(a.at.endswith("+00:00") for a in trail)


@pytest.mark.parametrize("verdict, reason, message", [
    ("fail", "  ", "a reason is required"),
    ("review", "x", "choose one of pass, fail, na"),
    ("maybe", "x", "choose one of pass, fail, na"),
])
def test_an_override_needs_a_decision_and_a_reason(store, verdict, reason, message):
    criterion = store.get_result("call-00001").result.criteria[0].id
    with pytest.raises(ConfigError, match=message):
        save_override(store, "call-00001", criterion, verdict, reason, user="ana")
    assert audit_trail(store) == []


def test_an_unknown_criterion_lists_the_real_ones(store):
    with pytest.raises(ConfigError, match="has no criterion 'nope'; its criteria: greeting.thank_caller"):
        save_override(store, "call-00001", "nope", "pass", "x", user="ana")


def test_reports_and_exports_use_the_final_verdict_and_show_the_machine_one(store, tmp_path):
    machine = store.get_result("call-00004").result
    passed = _first(machine, "pass")
    final = save_override(store, "call-00004", passed.id, "fail", "not said", user="ana")
    out = tmp_path / "reports"
    write_reports(store, out, copy=False)
    rows = {r["call_id"]: r for r in csv.DictReader((out / "exports" / "results.csv").open(encoding="utf-8"))}
    assert float(rows["call-00004"]["score"]) == final.result.score
    assert float(rows["call-00004"]["machine_score"]) == machine.score
    assert rows["call-00004"]["overridden"] == "1" and rows["call-00005"]["overridden"] == "0"
    verdict_rows = [r for r in csv.DictReader((out / "exports" / "verdicts.csv").open(encoding="utf-8"))
                    if r["call_id"] == "call-00004" and r["criterion"] == passed.id]
    assert verdict_rows[0]["verdict"] == "fail" and verdict_rows[0]["machine_verdict"] == "pass"
    team = build_team_page(store)
    agent = next(a for a in team.agents if a.agent_id == final.agent_id)
    mine = [s.result.score for s in final_results(store) if s.agent_id == final.agent_id]
    assert agent.mean_score == pytest.approx(sum(mine) / len(mine))
    page = (out / "calls" / "call-00004.html").read_text(encoding="utf-8")
    assert f'id="score">{final.result.score:.1f}<' in page


def test_apply_overrides_ignores_another_rubric_version(store):
    machine = store.get_result("call-00001").result
    from qa.review import Override

    other = Override("call-00001", machine.rubric_id, "9.9", machine.criteria[0].id, "fail", "pass", "x", "ana", "")
    assert apply_overrides(machine, [other]) is machine


def test_a_dispute_flows_from_the_agent_to_the_supervisor(store):
    machine = store.get_result("call-00006").result
    failed = next((v for v in machine.criteria if v.verdict == "fail"), machine.criteria[0])
    accepted = open_dispute(store, "call-00006", failed.id, "I said it at 0:40", user="A-101", wanted="pass")
    rejected = open_dispute(store, "call-00006", machine.criteria[1].id, "unfair", user="A-101")
    assert [d.status for d in disputes(store, status="open")] == ["open", "open"]
    done = resolve_dispute(store, accepted, accept=True, reason="heard it at 0:41", user="sam")
    assert (done.status, done.resolver) == ("accepted", "sam")
    assert next(v for v in final_result(store, "call-00006").result.criteria if v.id == failed.id).verdict == "pass"
    resolve_dispute(store, rejected, accept=False, reason="the verdict stands", user="sam")
    assert disputes(store, status="open") == []
    with pytest.raises(ConfigError, match="is not open"):
        resolve_dispute(store, rejected, accept=True, reason="again", user="sam", verdict="pass")
    actions = [a.action for a in audit_trail(store, "call-00006")]
    assert actions == ["dispute_rejected", "dispute_accepted", "dispute", "dispute"]


def test_labels_export_writes_each_override_as_a_labelled_example(store, tmp_path):
    machine = store.get_result("call-00007").result
    criterion = machine.criteria[0]
    save_override(store, "call-00007", criterion.id, "na", "no greeting window: call joined late", user="ana")
    result = CliRunner().invoke(main, ["labels", "export", "--db", str(store.path), "--out", str(tmp_path / "l.jsonl")])
    assert result.exit_code == 0, result.output
    assert "1 labelled example(s)" in result.output
    [line] = (tmp_path / "l.jsonl").read_text(encoding="utf-8").splitlines()
    example = json.loads(line)
    assert example["label"] == "na" and example["machine_verdict"] == criterion.verdict
    assert example["criterion"] == criterion.id and example["labelled_by"] == "ana"
    assert example["evidence"] == [e.to_dict() for e in criterion.evidence]


def test_calibrate_db_compares_analysts_with_the_final_verdicts(store, tmp_path):
    machine = store.get_result("call-00008").result
    criterion = machine.criteria[0]
    flipped = "fail" if criterion.verdict == "pass" else "pass"
    labels = tmp_path / "labels.csv"
    labels.write_text(f"call_id,criterion,verdict\ncall-00008,{criterion.id},{flipped}\n", encoding="utf-8")
    args = ["calibrate", str(labels), "--db", str(store.path)]
    before = CliRunner().invoke(main, args)
    assert before.exit_code == 0 and "0/1" in before.output
    save_override(store, "call-00008", criterion.id, flipped, "listened", user="ana")
    after = CliRunner().invoke(main, args)
    assert after.exit_code == 0 and "1/1" in after.output and "100.0%" in after.output
    both = CliRunner().invoke(main, [*args, "--results", str(tmp_path)])
    assert both.exit_code == 2 and "exactly one of --results DIR or --db FILE" in both.output


def test_krippendorff_alpha_matches_a_hand_computed_case():
    # Two units agreed (a,a) (b,b), one split (a,b): Do = 2, De = 18/5, alpha = 1 - 2/3.6.
    assert krippendorff_alpha([["a", "a"], ["b", "b"], ["a", "b"]]) == pytest.approx(0.444, abs=1e-3)
    assert krippendorff_alpha([["a", "b"], ["b", "a"]]) == pytest.approx(-0.5)
    assert krippendorff_alpha([["a"], ["b"]]) is None  # nobody to agree with


def test_the_store_refuses_a_database_from_a_newer_qa(tmp_path):
    path = tmp_path / "new.sqlite"
    sqlite3.connect(path).execute("PRAGMA user_version = 99").connection.close()
    with pytest.raises(qa.store.StoreError, match="newer qa"):
        Store(path)


def test_static_reports_link_to_the_app_when_one_is_configured(store, tmp_path, monkeypatch):
    out = tmp_path / "plain"
    write_reports(store, out, copy=False)
    assert 'id="app-link"' not in (out / "calls" / "call-00001.html").read_text(encoding="utf-8")
    monkeypatch.setenv("QA_APP_URL", "http://qa.example:8000/")
    linked = tmp_path / "linked"
    fill_store(store, [make_call(77, hostile=True)])
    write_reports(store, linked, copy=False)
    page = (linked / "calls" / "call-00001.html").read_text(encoding="utf-8")
    assert '<a href="http://qa.example:8000/calls/call-00001" id="app-link">' in page
    assert 'href="http://qa.example:8000/team" id="app-link"' in (linked / "team.html").read_text(encoding="utf-8")
    from qa.report.pages import slug
    from qa.serve.urls import id_from_url

    hostile = make_call(77, hostile=True).call.call_id
    odd = (linked / "calls" / f"{slug(hostile)}.html").read_text(encoding="utf-8")
    href = re.search(r'<a href="http://qa.example:8000/calls/([^"]+)" id="app-link">', odd).group(1)
    assert id_from_url(href) == hostile and "/" not in href
