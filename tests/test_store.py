"""The SQLite results store: migrations, re-runnable saves, queries, re-scoring without ASR."""
from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from qa.errors import StoreError
from qa.model import FAIL, PASS, Call, Result
from synthetic import fill_store, make_call, make_calls
from qa.store import MIGRATIONS, Store, default_db, iso_week, normalise_date


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "qa.sqlite") as opened:
        yield opened


def test_a_new_store_is_migrated_to_the_latest_schema(tmp_path):
    with Store(tmp_path / "sub" / "qa.sqlite") as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.count("calls") == 0
    with Store(tmp_path / "sub" / "qa.sqlite") as again:  # opening again migrates nothing
        assert again.schema_version == len(MIGRATIONS)


def test_default_db_lives_beside_the_reports(tmp_path):
    assert default_db(tmp_path / "reports") == tmp_path / "reports" / "qa.sqlite"


def test_a_database_from_a_newer_qa_is_refused_with_advice(tmp_path):
    path = tmp_path / "qa.sqlite"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 3}")
    db.close()
    with pytest.raises(StoreError, match="newer qa.*upgrade qa or use another --db"):
        Store(path)


def test_a_file_that_is_not_a_database_is_reported(tmp_path):
    path = tmp_path / "qa.sqlite"
    path.write_text("this is not sqlite " * 200)
    with pytest.raises(StoreError, match="cannot open the results database"):
        Store(path)


def test_saving_twice_keeps_one_row_per_call(store):
    calls = make_calls(5)
    fill_store(store, calls)
    fill_store(store, calls)
    assert store.count("calls") == 5
    assert store.count("results") == 5
    assert store.count("tickets") == 5
    assert store.count("verdicts") == sum(len(c.result.criteria) for c in calls)
    assert store.count("findings") == sum(len(c.result.findings) for c in calls)
    assert store.count("batches") == 2


def test_stored_calls_come_back_whole_for_rescoring(store):
    calls = make_calls(3)
    fill_store(store, calls)
    back = {c.call_id: c for c in store.calls_for_rescoring()}
    assert set(back) == {c.call.call_id for c in calls}
    for item in calls:
        assert back[item.call.call_id] == item.call  # words, speakers, roles, audio facts: all kept
    only = list(store.calls_for_rescoring([calls[1].call.call_id]))
    assert [c.call_id for c in only] == [calls[1].call.call_id]


def test_rescoring_with_a_new_rubric_version_keeps_both_and_reports_the_newest(store):
    item = make_call(0)
    fill_store(store, [item])
    rescored = replace(item.result, rubric_version="2.0", score=12.5, band="fail")
    for call in store.calls_for_rescoring():  # what `qa score --db` does: no audio, no ASR
        assert isinstance(call, Call)
        store.save_result(rescored)
    assert store.count("results") == 2
    assert store.count("rubrics") == 2
    latest = store.get_result(item.call.call_id)
    assert latest.result.rubric_version == "2.0" and latest.result.score == 12.5
    assert store.get_result(item.call.call_id, rubric_id="nope") is None


def test_a_failed_save_leaves_nothing_half_written(store):
    item = make_call(0)
    store.save_call(item.call)
    broken = replace(item.result, metrics={"not json": object()})
    with pytest.raises(TypeError):
        store.save_result(broken)
    assert store.count("results") == 0
    assert store.count("verdicts") == 0
    assert store.count("rubrics") == 0


def test_results_filter_by_agent_and_period_and_carry_call_facts(store):
    calls = make_calls(60)
    fill_store(store, calls)
    everything = store.results()
    assert len(everything) == 60
    assert [s.day for s in everything] == sorted(s.day for s in everything)
    mine = store.results(agent_id="A-102", start="2026-10-01", end="2026-10-31")
    expected = {c.call.call_id for c in calls if c.call.metadata["agent_id"] == "A-102"
                and "2026-10-01" <= c.call.metadata["date"][:10] <= "2026-10-31"}
    assert {s.call_id for s in mine} == expected and expected
    first = mine[0]
    assert first.agent_name and first.duration > 10 and first.language in ("en", "ko", "tl")
    agents = {a.agent_id: a.calls for a in store.agents()}
    assert sum(agents.values()) == 60 and agents["A-101"] == 10


def test_a_result_saved_without_its_call_still_finds_its_agent_from_metadata(store):
    item = make_call(4)
    store.save_result(item.result)
    stored = store.get_result(item.call.call_id)
    assert stored.agent_id == item.call.metadata["agent_id"]
    assert stored.duration is None


def test_weekly_trend_is_the_mean_of_each_iso_week(store):
    calls = make_calls(40)
    fill_store(store, calls)
    weeks = store.weekly_scores(agent_id="A-103")
    by_week: dict[str, list[float]] = {}
    for c in calls:
        if c.call.metadata["agent_id"] == "A-103" and c.result.score is not None:
            by_week.setdefault(iso_week(c.call.metadata["date"]), []).append(c.result.score)
    assert [w.week for w in weeks] == sorted(by_week)
    for week in weeks:
        assert week.mean_score == pytest.approx(sum(by_week[week.week]) / len(by_week[week.week]))


def test_verdict_rows_are_queryable_by_criterion(store):
    calls = make_calls(20)
    fill_store(store, calls)
    db = sqlite3.connect(store.path)
    failed = db.execute("SELECT COUNT(*) FROM verdicts WHERE criterion = 'closing.thank' AND verdict = ?",
                        (FAIL,)).fetchone()[0]
    expected = sum(v.verdict == FAIL for c in calls for v in c.result.criteria if v.id == "closing.thank")
    assert failed == expected
    passed = db.execute("SELECT COUNT(*) FROM verdicts WHERE verdict = ?", (PASS,)).fetchone()[0]
    assert passed == sum(v.verdict == PASS for c in calls for v in c.result.criteria)


def test_tickets_round_trip_and_need_an_id(store):
    store.save_ticket({"ticket_id": "INC1", "status": "resolved", "description": "<b>x</b>"})
    assert store.get_ticket("INC1")["description"] == "<b>x</b>"
    assert store.get_ticket("INC404") is None
    with pytest.raises(StoreError, match="without a ticket_id"):
        store.save_ticket({"status": "open"})


def test_result_json_round_trips_exactly(store):
    item = make_call(7, hostile=True)
    fill_store(store, [item])
    assert store.get_result(item.call.call_id).result == item.result
    assert isinstance(item.result, Result)


@pytest.mark.parametrize("value, expected", [
    ("2026-11-02", "2026-11-02T00:00:00"), ("2026-11-02T10:04:00", "2026-11-02T10:04:00"),
    ("2026-11-02T10:04:00Z", "2026-11-02T10:04:00"), ("next tuesday", None), (None, None)])
def test_dates_are_normalised(value, expected):
    assert normalise_date(value) == expected


def test_a_batch_in_one_transaction_is_all_or_nothing(store):
    calls = make_calls(4)
    with pytest.raises(RuntimeError):
        with store.transaction():
            for item in calls:
                store.save_call(item.call)
                store.save_result(item.result)
            raise RuntimeError("the batch was interrupted")
    assert store.count("calls") == 0 and store.count("results") == 0
    fill_store(store, calls)
    assert store.count("results") == 4


def test_a_version_1_database_is_migrated_forward_keeping_its_rows(tmp_path):
    path = tmp_path / "qa.sqlite"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
    db.execute("INSERT INTO tickets VALUES ('INC1', 'A-1', 'open', '{\"ticket_id\": \"INC1\"}', 'then')")
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS) >= 2
        assert store.get_ticket("INC1") == {"ticket_id": "INC1"}
        batch = store.start_batch(inputs=["a", "b"], rubric="helpdesk")
        store.save_failure(batch, {"call_id": "a", "source": "a.wav", "stage": "transcribe",
                                   "message": "a.wav: empty file"})
        assert store.failures()[0]["message"] == "a.wav: empty file"
        assert '"rubric":"helpdesk"' in store.batches()[-1]["options"]


def test_yaml_dates_in_metadata_are_stored_as_iso_text(store):
    import datetime as dt

    item = make_call(0)
    call = replace(item.call, metadata={**item.call.metadata, "date": dt.date(2026, 11, 2)})
    store.save_call(call)
    assert store.get_call(call.call_id).metadata["date"] == "2026-11-02"
    store.save_result(item.result)
    assert store.results()[0].call_id == call.call_id


def test_a_period_bound_that_is_not_a_date_is_a_config_error(store):
    from qa.errors import ConfigError

    fill_store(store, make_calls(2))
    with pytest.raises(ConfigError, match="--from 'November': not a date; write it as YYYY-MM-DD"):
        store.results(start="November")
    assert len(store.results(start="2026-01-01T00:00", end="2027-12-31")) == 2
