"""Rubric files: loading, extends, and precise errors for bad rubrics (nothing in a rubric runs)."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from qa.cli import main
from qa.errors import RubricError
from qa.rubric import check_rubric, load_rubric

KINDS = "act, agent_name, company, dead_air, handle_time, hold, order, overtalk, phrase, semantic, talk_ratio"
GOOD_CRITERION = """
      - id: extra.ok
        description: fine
        weight: 1
        checks: [{kind: dead_air}]
"""


def _rubric(tmp_path: Path, body: str, name: str = "site.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def _check(path: Path):
    result = CliRunner().invoke(main, ["rubric", "check", str(path)])
    return result.exit_code, result.output


def test_default_rubric_has_the_required_criteria_and_weights_to_100():
    rubric = load_rubric("helpdesk")
    ids = {c.id for c in rubric.criteria}
    assert {"greeting.thank_caller", "greeting.company", "greeting.agent_name", "greeting.offer_help",
            "identity.verify", "resolution.validate", "resolution.anything_else",
            "escalation.ticket_number", "escalation.next_steps", "escalation.timeframe",
            "escalation.read_back", "hold.permission", "closing.thank", "conduct.dead_air"} <= ids
    assert sum(c.weight for c in rubric.criteria) == 100
    assert set(rubric.languages) == {"en", "ko", "tl"}
    assert rubric.band(90) == "pass" and rubric.band(75) == "coach" and rubric.band(10) == "fail"
    assert check_rubric("qa/rubrics/helpdesk.yaml") == []


def test_extends_overrides_one_criterion_and_adds_another(tmp_path):
    path = _rubric(tmp_path, f"""
extends: helpdesk
id: site
version: "2"
remove: [conduct.overtalk]
sections:
  - id: greeting
    criteria:
      - id: greeting.company
        checks: [{{kind: phrase, phrases: ["contoso"], window: {{part: opening, turns: 2}}}}]
  - id: extra
    criteria:{GOOD_CRITERION}""")
    rubric = load_rubric(path)
    assert (rubric.id, rubric.version) == ("site", "2")
    assert rubric.criterion("greeting.company").checks[0].options["phrases"] == ["contoso"]
    assert rubric.criterion("greeting.company").weight == 5  # kept from helpdesk
    assert "extra.ok" in {c.id for c in rubric.criteria}
    assert "conduct.overtalk" not in {c.id for c in rubric.criteria}


def test_unknown_check_kind(tmp_path):
    path = _rubric(tmp_path, f"""
extends: helpdesk
id: site
version: "2"
sections:
  - id: extra
    criteria:{GOOD_CRITERION}
      - id: extra.bad
        description: bad kind
        weight: 1
        checks:
          - {{kind: phrase, phrases: ["a"]}}
          - {{kind: dead_air}}
          - {{kind: phrse, phrases: ["b"]}}
""")
    code, output = _check(path)
    assert code == 2
    assert (f"{path}: sections[0].criteria[1].checks[2].kind: unknown check 'phrse'; valid kinds: {KINDS}"
            in output)


def test_wrong_type_missing_weight_duplicate_id_unknown_option_all_at_once(tmp_path):
    path = _rubric(tmp_path, """
id: site
version: "1"
bands: {pass: 80, fail: 0}
sections:
  - id: s
    criteria:
      - id: s.one
        description: one
        weight: five
        checks: [{kind: phrase, phrases: ["a"]}]
      - id: s.two
        description: two
        checks: [{kind: semantic, examples: ["x"], threshold: high, colour: red}]
      - id: s.one
        description: again
        weight: 1
        checks: [{kind: dead_air, max_seconds: 5}]
""")
    code, output = _check(path)
    assert code == 2
    expected = [
        f"{path}: sections[0].criteria[0].weight: expected a number, got str 'five'",
        f"{path}: sections[0].criteria[1].weight: missing (every criterion needs a description and a weight)",
        f"{path}: sections[0].criteria[1].checks[0].colour: unknown option for 'semantic'; valid options: "
        "examples, counter_examples, threshold, role, window",
        f"{path}: sections[0].criteria[1].checks[0].threshold: expected a number, got str 'high'",
        f"{path}: sections[0].criteria[2].id: duplicate criterion id 's.one' (first at sections[0].criteria[0])",
    ]
    for line in expected:
        assert f"  - {line}\n" in output
    assert f"{path}: 5 problem(s)" in output
    with pytest.raises(RubricError) as error:
        load_rubric(path)
    assert error.value.problems == expected


def test_yaml_anchor_bomb_is_refused(tmp_path):
    path = _rubric(tmp_path, """id: bomb
version: "1"
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
""")
    code, output = _check(path)
    assert code == 2
    assert f"  - {path}:4: YAML aliases (*a) are not allowed; write the value out in full.\n" in output


def test_python_tag_is_refused_and_nothing_runs(tmp_path):
    marker = tmp_path / "pwned"
    path = _rubric(tmp_path, f'id: !!python/object/apply:os.system ["touch {marker}"]\nversion: "1"\n')
    code, output = _check(path)
    assert code == 2
    assert (f"  - {path}:1: YAML tag '!!python/object/apply:os.system' is not allowed; a rubric is plain "
            "data (nothing in it is executed): remove the tag\n") in output
    assert not marker.exists()


def test_unknown_rubric_name_lists_the_known_ones():
    result = CliRunner().invoke(main, ["rubric", "show", "nosuch"])
    assert result.exit_code == 2
    assert "rubric 'nosuch' not found; give a path to a YAML file or one of: helpdesk" in result.output


def test_rubric_show_prints_the_form():
    result = CliRunner().invoke(main, ["rubric", "show", "helpdesk"])
    assert result.exit_code == 0
    assert "identity.verify" in result.output and "AUTO-FAIL" in result.output
    assert "verdict: pass / fail / n/a / review" in result.output


def test_extends_an_unknown_or_circular_rubric(tmp_path):
    missing = _rubric(tmp_path, 'extends: nosuch\nid: x\nversion: "1"\n', "missing.yaml")
    code, output = _check(missing)
    assert code == 2
    assert f"  - {missing}: extends: rubric 'nosuch' not found; give a path to a YAML file or one of: helpdesk" in output
    loop = _rubric(tmp_path, 'extends: loop.yaml\nid: x\nversion: "1"\n', "loop.yaml")
    code, output = _check(loop)
    assert code == 2 and f"  - {loop}: extends: circular (loop.yaml -> loop.yaml)" in output


def test_site_company_names_and_follow_up_owner(tmp_path):
    """A site names its company once (company_names) on top of helpdesk; bad values are precise errors."""
    site = load_rubric(_rubric(tmp_path, 'extends: helpdesk\nid: site\nversion: "1"\ncompany_names: [Contoso, Contoso IT]\n'))
    assert site.company_names == ("Contoso", "Contoso IT")
    assert load_rubric("helpdesk").company_names == ()
    assert site.criterion("escalation.ticket_number").applies["follow_up_by"] == ["agent"]
    bad = _rubric(tmp_path, f"""
extends: helpdesk
id: site
version: "1"
company_names: Contoso
sections:
  - id: extra
    criteria:
      - id: extra.ok
        description: fine
        weight: 1
        applies: {{outcome: [follow_up], follow_up_by: [customer]}}
        checks: [{{kind: dead_air}}]
""", "bad.yaml")
    code, out = _check(bad)
    assert code != 0
    assert "company_names: expected a list of company names, got" in out
    assert "sections[0].criteria[0].applies.follow_up_by: expected a list from agent, caller, got ['customer']" in out


def test_site_rubric_folder_on_qa_rubrics_is_found_by_name(tmp_path, monkeypatch):
    _rubric(tmp_path, 'extends: helpdesk\nid: site\nversion: "1"\nremove: [escalation.read_back]\n')
    monkeypatch.setenv("QA_RUBRICS", str(tmp_path))
    site = load_rubric("site")
    assert site.id == "site" and "escalation.read_back" not in {c.id for c in site.criteria}
    assert load_rubric("helpdesk").id == "helpdesk"  # the built-in rubrics stay reachable


@pytest.mark.parametrize("command", [["run"], ["score", "--out", "results"], ["calibrate", "labels.csv", "--results", "."]])
def test_a_bad_rubric_stops_the_command_before_any_work(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "labels.csv").write_text("call_id,criterion,verdict\n", encoding="utf-8")
    (tmp_path / "call.wav").write_bytes(b"not audio: the rubric is checked before any audio is read")
    args = [*command, "--rubric", "nope"] + (["call.wav"] if command[0] in ("run", "score") else [])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "rubric 'nope' not found; give a path to a YAML file or one of: helpdesk" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["call.wav", "labels.csv"]  # nothing written
