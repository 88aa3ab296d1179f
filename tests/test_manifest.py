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
