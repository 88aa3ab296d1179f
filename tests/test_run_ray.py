"""`qa run --executor ray` on a local Ray instance gives every result of a local run."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa.cli import main

pytest.importorskip("ray")
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_a_batch_on_local_ray_matches_the_local_run(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_EMBED_CACHE", str(tmp_path / "e5.sqlite"))
    folder = tmp_path / "calls"
    folder.mkdir()
    for name in ("call-06.json", "call-07.json", "tickets.json"):
        shutil.copy(SAMPLES / name, folder / name)
    # their manifest entries (agent, ticket, language) so ticket comparison runs too
    import yaml

    entries = [e for e in yaml.safe_load((SAMPLES / "manifest.yaml").read_text(encoding="utf-8"))["calls"]
               if e.get("transcript")]
    (folder / "manifest.yaml").write_text(yaml.safe_dump({"calls": entries}), encoding="utf-8")
    local = CliRunner().invoke(main, ["run", str(folder), "--out", str(tmp_path / "local"), "--jobs", "1"])
    on_ray = CliRunner().invoke(main, ["run", str(folder), "--out", str(tmp_path / "ray"), "--executor", "ray",
                                       "--jobs", "2", "--threads", "1"])
    assert local.exit_code == 0 and on_ray.exit_code == 0, (local.output, on_ray.output)
    assert "2 call(s) scored, 0 failed." in on_ray.output
    for kind in ("results", "calls"):
        names = sorted(p.name for p in (tmp_path / "local" / kind).glob("*.json"))
        assert names == sorted(p.name for p in (tmp_path / "ray" / kind).glob("*.json")) and len(names) == 2
        for name in names:
            assert (tmp_path / "ray" / kind / name).read_bytes() == (tmp_path / "local" / kind / name).read_bytes()
    ray_result = json.loads((tmp_path / "ray" / "results" / "call-06.result.json").read_text(encoding="utf-8"))
    assert ray_result["ticket_id"] == "INC0012502"  # the ticket comparison ran on the Ray workers too
