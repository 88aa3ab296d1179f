"""Reports from the store: 1 call, 1,000 calls, hostile content, overrides, exports, library, CLI.

Pages are read back with the standard library's HTML parser, so the checks are about what is in the
page (elements, attributes, text), not about string formatting.
"""
from __future__ import annotations

import csv
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa.cli import main
from qa.errors import ConfigError, StoreError
from qa.model import FAIL, PASS
from qa.redact.apply import Redactor, redact_call
from qa.report import make_environment, write_agent_report, write_call_report, write_reports, write_team_report
from qa.report.exports import write_exports
from qa.report.library import build_library
from qa.report.pages import build_team_page, slug
from synthetic import HOSTILE, fill_store, make_call, make_calls, write_tone_audio
from qa.store import Store


class Page(HTMLParser):
    """The elements of a page: tag, attributes and the text inside, flat."""

    def __init__(self, path: Path):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(Path(path).read_text(encoding="utf-8"))

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)

    def find(self, tag, **attrs):
        return [a for t, a in self.elements if t == tag and all(a.get(k.replace("_", "-")) == v
                                                                for k, v in attrs.items())]

    def by_class(self, tag, cls):
        return [a for t, a in self.elements if t == tag and cls in (a.get("class") or "").split()]

    @property
    def all_text(self) -> str:
        return "".join(self.text)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "reports" / "qa.sqlite") as opened:
        yield opened


def test_one_call_makes_every_page(store, tmp_path):
    item = make_call(0, language="en")
    fill_store(store, [item])
    out = tmp_path / "reports"
    index = write_reports(store, out)
    page = Page(index)
    assert "1" == page.all_text.split("Calls", 1)[1].strip().split()[0]
    call_page = Page(out / "calls" / f"{slug(item.call.call_id)}.html")
    for verdict in item.result.criteria:
        assert verdict.id in call_page.all_text
    lines = call_page.by_class("div", "line")
    assert len(lines) == len(item.call.utterances)
    shown = redact_call(item.call)  # personal data is redacted on pages by default
    for utterance in shown.utterances:
        assert utterance.text in call_page.all_text
    assert "[ACCOUNT]" in call_page.all_text and "four four seven two one" not in call_page.all_text
    seeks = call_page.by_class("a", "seek")
    assert {float(a["data-t"]) for a in seeks} >= {round(u.start, 2) for u in item.call.utterances}
    assert "VPN will not connect" in call_page.all_text  # the ticket beside the findings
    assert "SPEAKER_00 = agent" in call_page.all_text  # which speaker was taken for the agent
    agent = Page(out / "agents" / "A-101.html")
    assert agent.find("span", id="calls-reviewed") and "Calls reviewed1" in agent.all_text.replace("\n", "")
    assert (out / "team.html").is_file()
    for name in ("results.md", "results.csv", "verdicts.csv", "findings.csv", "results.json"):
        assert (out / "exports" / name).stat().st_size > 0


def test_no_redact_writes_the_raw_transcript_for_a_secure_reviewer(store, tmp_path):
    item = make_call(0, language="en")
    fill_store(store, [item])
    out = tmp_path / "reports"
    write_reports(store, out, redact=False)
    call_page = Page(out / "calls" / f"{slug(item.call.call_id)}.html")
    for utterance in item.call.utterances:
        assert utterance.text in call_page.all_text
    assert "[ACCOUNT]" not in call_page.all_text


def test_failed_calls_of_the_newest_batch_are_listed_on_the_index(store, tmp_path):
    fill_store(store, [make_call(0)])
    batch = store.start_batch(command="qa run")
    store.save_failure(batch, {"call_id": "bad", "source": "bad.wav", "stage": "transcribe",
                               "message": "bad.wav: not audio <b>x</b>"})
    page = Page(write_reports(store, tmp_path / "reports"))
    assert "bad.wav: not audio <b>x</b>" in page.all_text and not page.find("b")


def test_an_empty_store_still_makes_an_index(store, tmp_path):
    index = write_reports(store, tmp_path / "reports")
    assert "0" in Page(index).all_text
    assert "no scored calls" in (tmp_path / "reports" / "team.html").read_text()


@pytest.fixture(scope="module")
def thousand(tmp_path_factory):
    out = tmp_path_factory.mktemp("thousand")
    calls = make_calls(1000, seed=3)
    with Store(out / "qa.sqlite") as store:
        fill_store(store, calls)
        results = store.results()
        write_team_report(store, out, results=results)
        for agent_id in ("A-101", "A-104"):
            write_agent_report(store, agent_id, None, None, out, team=results)
        team = build_team_page(store, results=results)
        write_exports(results, team, out / "exports")
    return out, calls


def test_team_heatmap_with_1000_calls_matches_the_verdicts(thousand):
    out, calls = thousand
    page = Page(out / "team.html")
    criteria = [c for c in dict.fromkeys(v.id for item in calls for v in item.result.criteria)]
    cells = page.by_class("td", "cell")
    agents = sorted({item.call.metadata["agent_id"] for item in calls})
    assert len(cells) == len(agents) * len(criteria)
    # Independent count: pass / (pass + fail) for agent A-103 on closing.thank.
    verdicts = Counter(v.verdict for item in calls if item.call.metadata["agent_id"] == "A-103"
                       for v in item.result.criteria if v.id == "closing.thank")
    expected = f"{100 * verdicts[PASS] / (verdicts[PASS] + verdicts[FAIL]):.0f}%"
    cell = cells[agents.index("A-103") * len(criteria) + criteria.index("closing.thank")]
    assert cell["title"] == f"{verdicts[PASS] + verdicts[FAIL]} calls judged"
    row_text = page.all_text.split("Min-jun Park")[0]
    assert expected in row_text
    bounced = {item.result.ticket_id for item in calls if item.result.findings}
    for ticket_id in list(bounced)[:20]:
        assert ticket_id in page.all_text


def test_agent_report_with_1000_calls_counts_and_coaches(thousand):
    out, calls = thousand
    page = Page(out / "agents" / "A-101.html")
    mine = [c for c in calls if c.call.metadata["agent_id"] == "A-101"]
    assert f"Calls reviewed{len(mine)}" in page.all_text.replace("\n", "")
    weeks = {c.call.metadata["date"][:10] for c in mine}
    assert page.find("svg") and len(page.find("circle")) >= 2
    # The behaviours to work on are the criteria the agent fails most, each with quotes from real calls.
    focus = re.findall(r"\((\w+\.\w+)\)", page.all_text.split("To work on")[1].split("Agent against")[0])
    lost = Counter()  # score weight lost to fails, per criterion: what coaching is worth most
    for verdict in (v for c in mine for v in c.result.criteria if v.verdict == FAIL):
        lost[verdict.id] += verdict.weight
    assert len(focus) == 3 and set(focus) <= set(lost)
    assert min(lost[c] for c in focus) >= max(w for c, w in lost.items() if c not in focus)
    links = [a["href"] for a in page.find("a") if "#t=" in a.get("href", "")]
    assert links and all(l.startswith("../calls/") for l in links)
    assert len(weeks) > 1
    flagged = [c for c in mine if c.result.findings]
    rows = page.by_class("table", "ticket-findings")
    newest = max(flagged, key=lambda c: c.call.metadata["date"])
    assert rows and newest.result.ticket_id in page.all_text.split("Ticket documentation")[-1]


def test_exports_with_1000_calls_agree_with_each_other(thousand):
    out, calls = thousand
    rows = list(csv.DictReader((out / "exports" / "results.csv").open(encoding="utf-8")))
    assert len(rows) == 1000
    data = json.loads((out / "exports" / "results.json").read_text(encoding="utf-8"))
    assert len(data["calls"]) == 1000 and data["summary"]["calls"] == 1000
    verdict_rows = list(csv.DictReader((out / "exports" / "verdicts.csv").open(encoding="utf-8")))
    assert len(verdict_rows) == sum(len(c.result.criteria) for c in calls)
    scores = {c.result.call_id: c.result.score for c in calls}
    for row in rows[:50]:
        assert float(row["score"]) == pytest.approx(scores[row["call_id"]])
    md = (out / "exports" / "results.md").read_text(encoding="utf-8")
    assert md.count("\n| call-") == 1000


@pytest.fixture
def hostile_reports(store, tmp_path):
    audio = write_tone_audio(tmp_path / "audio" / "call.wav", 60)
    calls = [make_call(i, hostile=True, audio_path=str(audio)) for i in range(3)]
    fill_store(store, calls)
    out = tmp_path / "reports"
    write_reports(store, out)
    build_library(store, out, per_group=1)
    return out, calls


def test_hostile_content_is_text_in_every_page(hostile_reports):
    out, calls = hostile_reports
    pages = sorted(out.rglob("*.html"))
    assert len(pages) >= 3 + 3 + 3  # calls, agents, index/team/library
    for path in pages:
        html = path.read_text(encoding="utf-8")
        page = Page(path)
        assert "<script>document" not in html and "<img src=x" not in html, path
        assert not page.find("img") and not page.find("b"), path  # injected tags never become elements
        nonce = re.search(r"script-src 'nonce-([^']+)'", html).group(1)
        for tag, attrs in page.elements:
            assert not any(k.startswith("on") for k in attrs), (path, tag, attrs)
            if tag == "script":
                assert attrs.get("nonce") == nonce and "src" not in attrs
    call_page = Page(out / "calls" / f"{slug(calls[0].call.call_id)}.html")
    assert HOSTILE in call_page.all_text  # shown exactly, as text
    assert calls[0].call.call_id in call_page.all_text


def test_hostile_content_is_inert_in_exports(hostile_reports):
    out, _ = hostile_reports
    md = (out / "exports" / "results.md").read_text(encoding="utf-8")
    assert "<script" not in md and "&lt;script&gt;" in md
    data = json.loads((out / "exports" / "results.json").read_text(encoding="utf-8"))
    assert HOSTILE in data["calls"][0]["criteria"][0]["reason"]  # JSON keeps the exact text


def test_csv_cells_that_would_run_as_formulas_are_defused(store, tmp_path):
    from dataclasses import replace

    from qa.model import Finding

    item = make_call(0)
    finding = Finding("missing_fact", "medium", '=HYPERLINK("http://evil","click")')
    fill_store(store, [replace(item, result=replace(item.result, findings=(finding,)))])
    write_exports(store.results(), build_team_page(store), tmp_path / "exports", ("csv",))
    rows = list(csv.DictReader((tmp_path / "exports" / "findings.csv").open(encoding="utf-8")))
    assert rows[0]["message"] == "'=HYPERLINK(\"http://evil\",\"click\")"


def test_the_call_audio_is_copied_or_referenced(store, tmp_path):
    audio = write_tone_audio(tmp_path / "recordings" / "c1.wav", 5)
    item = make_call(0, audio_path=str(audio))
    fill_store(store, [item])
    path = write_call_report(store, item.call.call_id, tmp_path / "copied", redact=False)
    src = Page(path).find("audio")[0]["src"]
    assert src == "audio/call-00000.wav" and (path.parent / src).read_bytes() == audio.read_bytes()
    assert (path.parent / src).stat().st_mode & 0o777 == 0o600
    path = write_call_report(store, item.call.call_id, tmp_path / "linked", copy=False, redact=False)
    src = Page(path).find("audio")[0]["src"]
    assert not src.startswith("/") and (path.parent / src).resolve() == audio.resolve()
    # Redacted (the default): the employee id said in the call is toned out of a re-encoded copy,
    # even when asked to link the original, and the raw copy made before is gone.
    for folder in ("copied", "linked"):
        path = write_call_report(store, item.call.call_id, tmp_path / folder, copy=folder == "copied")
        src = Page(path).find("audio")[0]["src"]
        assert src == "audio/call-00000.ogg" and (path.parent / src).stat().st_mode & 0o777 == 0o600
        assert sorted(p.name for p in (path.parent / "audio").iterdir()) == ["call-00000.ogg"]


def test_audio_is_found_under_audio_dir_when_it_moved(store, tmp_path):
    audio = write_tone_audio(tmp_path / "moved" / "call-00000.wav", 3)
    fill_store(store, [make_call(0, audio_path="/gone/call-00000.wav")])
    assert not Page(write_call_report(store, "call-00000", tmp_path / "a")).find("audio")
    assert Page(write_call_report(store, "call-00000", tmp_path / "b", audio_dir=audio.parent)).find("audio")


def test_a_user_template_folder_overrides_built_ins_and_stays_escaped(store, tmp_path):
    fill_store(store, [make_call(0, hostile=True)])
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "call.html").write_text('{% extends "base.html" %}{% block content %}'
                                      '<h1 id="custom">Site scorecard {{ page.summary.agent_name }}</h1>'
                                      '{% endblock %}', encoding="utf-8")
    path = write_call_report(store, make_call(0, hostile=True).call.call_id, tmp_path / "r",
                             env=make_environment(folder))
    page = Page(path)
    assert page.find("h1", id="custom") and HOSTILE in page.all_text
    assert not page.find("img")
    with pytest.raises(ConfigError, match="not a folder"):
        make_environment(tmp_path / "nope")


def test_unknown_call_and_agent_say_what_is_stored(store, tmp_path):
    fill_store(store, [make_call(0)])
    with pytest.raises(StoreError, match="no scored result for call 'x'.*call-00000"):
        write_call_report(store, "x", tmp_path)
    with pytest.raises(StoreError, match="no scored calls for agent 'A-999'.*A-101"):
        write_agent_report(store, "A-999", None, None, tmp_path)


def test_library_picks_best_and_worst_and_cuts_real_clips(store, tmp_path):
    import soundfile

    audio = write_tone_audio(tmp_path / "audio" / "tone.wav", 90)
    calls = make_calls(24, audio_path=str(audio))
    fill_store(store, calls)
    out = tmp_path / "reports"
    path = build_library(store, out, per_group=2, padding=1.0, max_clip=12.0)
    page = Page(path)
    items = page.by_class("section", "item")
    groups = Counter((i["data-criterion"], i["data-language"], i["data-verdict"]) for i in items)
    assert groups and max(groups.values()) <= 2
    assert {v for _, _, v in groups} == {PASS, FAIL}
    clips = [a["src"] for a in page.find("audio")]
    assert len(clips) == len(items)
    links = [a["href"] for a in page.find("a") if "#t=" in a.get("href", "")]
    assert len(links) == len(items) and all(link.startswith("../calls/call-") for link in links)
    for src in clips[:10]:
        info = soundfile.info(str(path.parent / src))
        assert 0.5 < info.duration <= 12.0 + 0.05
    # The best example of a criterion comes from the best-scoring call that passed it.
    first = next(i for i in items if i["data-verdict"] == PASS)
    passing = [c for c in calls if c.result.language == first["data-language"] and any(
        v.id == first["data-criterion"] and v.verdict == PASS for v in c.result.criteria)]
    assert f"call score {max(c.result.score for c in passing):.1f}" in page.all_text


def test_cli_commands_write_reports_and_explain_errors(store, tmp_path):
    audio = write_tone_audio(tmp_path / "audio" / "tone.wav", 60)
    fill_store(store, make_calls(12, audio_path=str(audio)))
    db, out = str(store.path), str(tmp_path / "cli")
    runner = CliRunner()
    for args in (["report", "all"], ["report", "call", "call-00003"], ["report", "team", "--from", "2026-10-01"],
                 ["report", "agent", "A-102", "--from", "2026-09-01", "--to", "2026-12-31"],
                 ["library", "build", "--per-group", "1"], ["export", "--format", "json"]):
        result = runner.invoke(main, [*args, "--db", db, "--out", out])
        assert result.exit_code == 0, (args, result.output)
    assert (Path(out) / "library" / "index.html").is_file()
    result = runner.invoke(main, ["report", "team", "--out", str(tmp_path / "empty")])
    assert result.exit_code == 2 and "no results store at" in result.output
    result = runner.invoke(main, ["report", "call", "nope", "--db", db, "--out", out])
    assert result.exit_code == 1 and "no scored result for call 'nope'" in result.output
    result = runner.invoke(main, ["report", "agent", "A-101", "--from", "last week", "--db", db, "--out", out])
    assert result.exit_code == 2 and "--from 'last week': not a date" in result.output


@pytest.mark.slow
def test_reports_from_the_real_scorer_and_ticket_comparison(tmp_path):
    """Real stages, not synthetic results: the labelled call+ticket pairs (EN/KO/TL) scored with the
    helpdesk rubric and compared with their tickets, stored, reported."""
    from qa.fileio import load_yaml, read_json
    from qa.model import Call
    from qa.rubric import load_rubric
    from qa.score import Scorer
    from qa.ticket import bounce_back, link_ticket, load_tickets
    from qa.ticket.compare import attach, compare

    root = Path(__file__).parent / "data" / "tickets"
    wanted = {"en-02", "en-03", "ko-01", "ko-03", "tl-02", "tl-05"}  # clean and seeded, each language
    chosen = [p for p in load_yaml(root / "labels.yaml")["pairs"] if p["id"] in wanted]
    scorer = Scorer(load_rubric("helpdesk"))
    results, shown = [], {}
    with Store(tmp_path / "qa.sqlite") as store:
        for pair in chosen:
            call = Call.from_dict(read_json(root / pair["call"]))
            ticket = link_ticket(call, load_tickets(root / pair["tickets"]))
            result = scorer.score(call)
            if ticket is not None:
                result = attach(result, compare(call, ticket, result.outcome))
                store.save_ticket(ticket)
            store.save_call(call)
            store.save_result(result)
            results.append(result)
            shown[result.call_id] = Redactor(call).result(result)
        write_reports(store, tmp_path)
        library = build_library(store, tmp_path)
    assert len(results) == 6 and sum(len(r.findings) for r in results) >= 3
    for result in results:
        page = Page(tmp_path / "calls" / f"{slug(result.call_id)}.html")
        rows = page.by_class("tr", "verdict")
        assert [r["class"].split()[1] for r in rows] == [v.verdict for v in result.criteria]
        for finding in shown[result.call_id].findings:  # as redacted: "[PHONE]" for the numbers
            assert finding.message in page.all_text
    team = Page(tmp_path / "team.html").all_text
    for item in bounce_back(results):
        assert item["ticket_id"] in team
    assert Page(library).by_class("section", "item")


def test_team_trends_compare_the_latest_weeks_with_the_weeks_before(thousand):
    from qa.report.pages import criterion_trends
    from qa.store import iso_week

    out, calls = thousand
    with Store(out / "qa.sqlite") as store:
        results = store.results()
    trends, recent = criterion_trends(results)
    weeks = sorted({iso_week(c.call.metadata["date"]) for c in calls})
    assert list(recent) == weeks[-4:]
    closing = next(t for t in trends if t.id == "closing.thank")
    before = Counter(v.verdict for c in calls if iso_week(c.call.metadata["date"]) in weeks[-8:-4]
                     for v in c.result.criteria if v.id == "closing.thank")
    assert closing.before == pytest.approx(before[PASS] / (before[PASS] + before[FAIL]))
    changes = [t.change for t in trends if t.change is not None]
    assert changes == sorted(changes)
    assert "against the 4 weeks before" in Page(out / "team.html").all_text


def test_audio_that_cannot_be_copied_costs_the_player_not_the_scorecard(store, tmp_path, monkeypatch):
    import shutil

    audio = write_tone_audio(tmp_path / "rec" / "c.wav", 2)
    fill_store(store, [make_call(0, audio_path=str(audio))])

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", disk_full)
    page = Page(write_call_report(store, "call-00000", tmp_path / "r", redact=False))
    assert not page.find("audio") and "No audio for this call" in page.all_text
    import soundfile  # the redacted copy is re-encoded, not copied: the same when that fails

    monkeypatch.setattr(soundfile, "SoundFile", disk_full)
    page = Page(write_call_report(store, "call-00000", tmp_path / "r"))
    assert not page.find("audio") and "No audio for this call" in page.all_text


def test_a_long_redacted_recording_is_written_without_crashing(tmp_path):
    """A whole call re-encoded as .ogg with tones (redacted audio copy): libvorbis dies (SIGSEGV) when
    a few minutes are handed to it in one write, as a real 3-minute call did in `qa run`. Run in a
    child process so a crash fails this test instead of ending the test session."""
    import subprocess
    import sys

    target = tmp_path / "call.ogg"
    code = (
        "import numpy as np, sys\n"
        "from pathlib import Path\n"
        "from qa.report.audio import LoadedAudio, write_clip\n"
        "x = (np.random.default_rng(0).standard_normal(16000 * 300) * 0.1).astype('float32')\n"
        "write_clip(LoadedAudio(x, 16000), 0.0, 300.0, Path(sys.argv[1]), masks=((10.0, 12.5), (250.0, 251.0)))\n")
    done = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    import soundfile

    info = soundfile.info(str(target))
    assert info.format == "OGG" and abs(info.duration - 300.0) < 0.5
