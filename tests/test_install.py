"""A normal (non-editable) install works outside the checkout: the wheel carries the rubrics and the
templates, and ``qa run samples`` gives the expected verdicts from another folder.

The wheel is built from a copy of the sources and installed with ``--no-deps`` into a fresh virtual
environment whose dependencies come from this environment's site-packages (a ``.pth`` line), so the
test downloads nothing.
"""
from __future__ import annotations

import json
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = yaml.safe_load((ROOT / "samples" / "expected.yaml").read_text(encoding="utf-8"))["calls"]


def _run(*args, cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, **kwargs)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    shutil.copy(ROOT / "pyproject.toml", source)
    shutil.copy(ROOT / "README.md", source)
    shutil.copytree(ROOT / "qa", source / "qa", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    dist = tmp_path_factory.mktemp("dist")
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", dist,
                 source, cwd=source)
    assert built.returncode == 0, built.stderr
    return next(dist.glob("qa-*.whl"))


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """bin/ of a fresh venv holding the wheel; its dependencies are this environment's packages."""
    venv = tmp_path_factory.mktemp("venv")
    made = _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=venv)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    purelib = _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=venv).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], *site.getsitepackages()}
    (Path(purelib) / "zz_qa_test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    done = _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", wheel,
                cwd=venv)
    assert done.returncode == 0, done.stderr
    return venv / "bin"


def test_the_wheel_carries_the_rubrics_and_templates(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "qa/rubrics/helpdesk.yaml" in names
    assert "qa/templates/call.html" in names
    # every data file the code reads ships too: the PII keywords, the act model and its training data,
    # the second built-in rubric, the app's templates
    packaged = {str(p.relative_to(ROOT)) for folder in ("qa/data", "qa/rubrics", "qa/templates")
                for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert packaged and packaged <= set(names), sorted(packaged - set(names))


def test_installed_qa_is_the_wheel_and_finds_its_rubric(installed, tmp_path):
    where = _run(installed / "python", "-c", "import qa, qa.rubric; print(qa.__file__); print(qa.rubric.RUBRICS_DIR)",
                 cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    module, rubrics = where.stdout.split()
    assert Path(module).is_relative_to(installed.parent) and Path(rubrics).is_relative_to(installed.parent)
    shown = _run(installed / "qa", "rubric", "show", "helpdesk", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "greeting.thank_caller" in shown.stdout


@pytest.mark.slow
def test_qa_run_samples_from_another_folder(installed, tmp_path):
    calls = tmp_path / "calls"
    shutil.copytree(ROOT / "samples", calls)
    work = tmp_path / "elsewhere"
    work.mkdir()
    done = _run(installed / "qa", "run", calls, "--out", "reports", cwd=work, timeout=3600)  # a hang guard, generous for a busy shared machine
    assert done.returncode == 0, done.stdout + done.stderr
    assert (work / "reports" / "index.html").is_file()
    for call_id, expected in EXPECTED.items():
        result = json.loads((work / "reports" / "results" / f"{call_id}.result.json").read_text(encoding="utf-8"))
        fails = sorted(c["id"] for c in result["criteria"] if c["verdict"] == "fail")
        assert fails == sorted(expected["fails"]), call_id
