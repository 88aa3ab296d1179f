"""Manifests: calls and metadata, paths kept inside the manifest's folder, every problem at once."""
from __future__ import annotations

import pytest

from qa.errors import ConfigError, ManifestError
from qa.fileio import load_yaml_text, write_json
from qa.manifest import discover, load_manifest


def _write(folder, text):
    path = folder / "manifest.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_manifest_lists_calls_with_metadata(tmp_path):
    (tmp_path / "a.wav").write_bytes(b"")
    (tmp_path / "b.json").write_text("{}")
    _write(tmp_path, "calls:\n  - id: one\n    audio: a.wav\n    agent_id: 102\n"
                     "    channels: {0: agent, 1: customer}\n  - transcript: b.json\n")
    specs = load_manifest(tmp_path / "manifest.yaml")
    assert [s.call_id for s in specs] == ["one", "b"]
    assert specs[0].metadata["agent_id"] == "102"
    assert specs[0].metadata["channels"] == {0: "agent", 1: "customer"}
    assert specs[1].transcript == (tmp_path / "b.json").resolve()


def test_paths_may_not_leave_the_manifest_folder(tmp_path):
    _write(tmp_path, "calls:\n  - audio: ../../etc/passwd\n")
    with pytest.raises(ManifestError, match="points outside the manifest's folder"):
        load_manifest(tmp_path / "manifest.yaml")


def test_every_problem_is_reported_at_once(tmp_path):
    _write(tmp_path, "calls:\n  - id: x\n    audio: a.wav\n    colour: red\n  - id: x\n    audio: b.wav\n"
                     "  - agent_id: 3\n")
    with pytest.raises(ManifestError) as info:
        load_manifest(tmp_path / "manifest.yaml")
    message = str(info.value)
    assert "calls[0]: unknown key(s) colour" in message
    assert "calls[1]: duplicate call id 'x'" in message
    assert "calls[2]: needs 'audio:' or 'transcript:'" in message


def test_folder_without_manifest_takes_audio_and_json(tmp_path):
    for name in ("b.flac", "a.wav", "c.json", "notes.txt"):
        (tmp_path / name).write_bytes(b"")
    assert [s.call_id for s in discover([tmp_path])] == ["a", "b", "c"]


def test_yaml_alias_bomb_and_python_tags_are_refused():
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: [*b,*b]\n'
    with pytest.raises(ConfigError, match=r"<string>:2: YAML aliases \(\*a\) are not allowed"):
        load_yaml_text(bomb)
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_yaml_text("x: !!python/object/apply:os.system ['echo hi']\n")


def test_write_json_is_atomic_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "out" / "r.json"
    write_json(target, {"a": 1})
    write_json(target, {"a": 2})
    assert target.read_text() == '{\n  "a": 2\n}\n'
    assert [p.name for p in target.parent.iterdir()] == ["r.json"]


def test_a_csv_manifest_is_a_call_recorder_export_with_the_same_columns(tmp_path):
    from qa.manifest import discover

    (tmp_path / "a.wav").write_bytes(b"")
    (tmp_path / "b.json").write_text("{}", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "\ufeffid,audio,transcript,agent_id,date,language,channels,num_speakers\n"
        "call-a,a.wav,,A-102,2026-11-02T23:30:00Z,en,\"0=agent,1=customer\",2\n"
        "call-b,,b.json,A-117,2026-11-03,tl,,\n", encoding="utf-8")
    specs = discover([tmp_path], timezone="Asia/Manila")
    assert [s.call_id for s in specs] == ["call-a", "call-b"]
    assert specs[0].audio == (tmp_path / "a.wav").resolve() and specs[1].transcript == (tmp_path / "b.json").resolve()
    assert specs[0].metadata == {"agent_id": "A-102", "date": "2026-11-03T07:30:00+08:00", "language": "en",
                                 "channels": "0=agent,1=customer", "num_speakers": 2}
    assert specs[1].metadata == {"agent_id": "A-117", "date": "2026-11-03", "language": "tl"}


def test_dates_with_a_zone_are_shown_in_the_site_zone():
    import datetime as dt

    from qa.manifest import parse_date, site_zone

    seoul = site_zone("Asia/Seoul")
    assert parse_date("2026-11-02T09:14:00-05:00", "m", seoul) == "2026-11-02T23:14:00+09:00"
    assert parse_date(dt.datetime(2026, 11, 2, 9, 14), "m", seoul) == "2026-11-02T09:14:00"  # no zone: as written
    assert parse_date(dt.date(2026, 11, 2), "m", seoul) == "2026-11-02"
