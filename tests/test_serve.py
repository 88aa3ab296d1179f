"""The review app through its HTTP interface (Starlette's TestClient, the real app and store):
access by role, CSRF, search and filters, the queue, calibration, files outside the report folder.
The browser tests (tests/test_serve_browser.py) run the same app under uvicorn in Chromium."""
from __future__ import annotations

import csv
import html
import io
import re

import pytest
from click.testing import CliRunner

pytest.importorskip("starlette", reason="qa serve needs the serve extra")
from starlette.testclient import TestClient  # noqa: E402

from qa.cli import main  # noqa: E402
from qa.cli.serve import is_local  # noqa: E402
from qa.errors import ConfigError  # noqa: E402
from synthetic import HOSTILE, fill_store, make_call, make_calls, write_tone_audio  # noqa: E402
from qa.review import audit_trail, final_result  # noqa: E402
from qa.serve import auth, db  # noqa: E402
from qa.serve.app import create_app, url_id  # noqa: E402
from qa.store import Store  # noqa: E402

PASSWORD = "correct horse battery"
PEOPLE = (("ana", "analyst"), ("bo", "analyst"), ("sam", "supervisor"), ("tara", "trainer"),
          ("A-101", "agent"), ("A-102", "agent"))


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    root = tmp_path_factory.mktemp("serve")
    path = root / "reports" / "qa.sqlite"
    audio = write_tone_audio(root / "reports" / "recordings" / "tone.wav", 20)
    with Store(path) as store:
        fill_store(store, [*make_calls(24, audio_path=str(audio)), make_call(99, hostile=True, language="en")])
        for name, role in PEOPLE:
            auth.add_user(store, name, role, PASSWORD)
    (root / "secret.txt").write_text("outside the report folder", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def app(store_path):
    # Staff read calls unredacted here (agents never do); redaction has its own test below.
    return create_app(store_path, accounts=True, redact=False)


def sign_in(app, name: str) -> TestClient:
    client = TestClient(app)
    form = client.get("/login").text
    token = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
    response = client.post("/login", data={"csrf": token, "name": name, "password": PASSWORD, "next": "/"})
    assert response.status_code == 200 and f"{name} · " in response.text
    return client


def csrf_of(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def rows(page: str) -> list[str]:
    """The call ids of a list page, in order."""
    return [html.unescape(c) for c in re.findall(r'<tr data-call="([^"]+)"', page)]


def call_of(store_path, agent: str) -> str:
    with Store(store_path) as store:
        return next(s.call_id for s in store.results() if s.agent_id == agent)


def test_without_a_session_every_page_asks_to_sign_in(app):
    client = TestClient(app)
    response = client.get("/calls/call-00001", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login?next=")
    assert client.post("/calls/call-00001/verdicts/closing.thank",
                       data={"verdict": "pass", "reason": "x", "csrf": "guess"}).status_code == 403


def test_a_wrong_password_or_a_forged_login_form_is_refused(app):
    client = TestClient(app)
    token = csrf_of(client.get("/login").text)
    wrong = client.post("/login", data={"csrf": token, "name": "ana", "password": "nope-nope"})
    assert wrong.status_code == 401 and "Wrong name or password." in wrong.text
    forged = TestClient(app).post("/login", data={"csrf": token, "name": "ana", "password": PASSWORD})
    assert forged.status_code == 403


def test_an_override_without_a_valid_csrf_token_is_403_and_changes_nothing(app, store_path):
    client = sign_in(app, "ana")
    page = client.get("/calls/call-00002").text
    for data in ({"verdict": "fail", "reason": "x"}, {"verdict": "fail", "reason": "x", "csrf": "forged"}):
        response = client.post("/calls/call-00002/verdicts/closing.thank", data=data)
        assert response.status_code == 403 and "CSRF" in response.text
    with Store(store_path) as store:
        assert audit_trail(store, "call-00002") == []
    ok = client.post("/calls/call-00002/verdicts/closing.thank",
                     data={"verdict": "fail", "reason": "never thanked", "csrf": csrf_of(page)})
    assert ok.status_code == 200 and 'machine: ' in ok.text


def test_an_agent_sees_only_their_own_calls_and_can_only_dispute(app, store_path):
    client = sign_in(app, "A-101")
    own, other = call_of(store_path, "A-101"), call_of(store_path, "A-102")
    listing = client.get("/").text
    agents = set(re.findall(r'<tr data-call="[^"]+"><td><a href="/calls/([^"]+)"', listing))
    with Store(store_path) as store:
        assert agents and all(store.get_result(c).agent_id == "A-101" for c in agents)
    assert client.get("/?agent=A-102").text.count("<tr data-call=") == 0  # a filter cannot widen it
    page = client.get(f"/calls/{url_id(own)}")
    assert page.status_code == 200 and 'id="dispute-form"' in page.text and 'class="override"' not in page.text
    assert client.get(f"/calls/{url_id(other)}").status_code == 403
    assert client.get(f"/calls/{url_id(other)}/audio").status_code == 403
    assert client.get("/agents/A-102.html").status_code == 403
    token = csrf_of(page.text)
    criterion = final_result(Store(store_path), own).result.criteria[0].id
    refused = client.post(f"/calls/{url_id(own)}/verdicts/{criterion}", data={"verdict": "pass", "reason": "x", "csrf": token})
    assert refused.status_code == 403
    assert client.post(f"/calls/{url_id(other)}/disputes", data={"criterion": criterion, "comment": "x",
                                                         "csrf": token}).status_code == 403
    for path in ("/queue", "/team", "/exports/results.csv", "/calibration", "/library/index.html", "/audit"):
        assert client.get(path).status_code == 403, path


def test_a_trainer_reads_calls_but_changes_no_verdict(app):
    client = sign_in(app, "tara")
    page = client.get("/calls/call-00003")
    assert page.status_code == 200 and 'class="override"' not in page.text
    response = client.post("/calls/call-00003/verdicts/closing.thank",
                           data={"verdict": "pass", "reason": "x", "csrf": csrf_of(page.text)})
    assert response.status_code == 403
    assert client.get("/team").status_code == 200


def test_search_finds_a_phrase_and_marks_it(app):
    client = sign_in(app, "ana")
    page = client.get("/", params={"q": '"signing out and back in"'}).text
    found = re.findall(r'<tr data-call="([^"]+)"', page)
    assert found and "<mark>signing out and back in</mark>" in page
    assert int(re.search(r'id="total">(\d+)<', page).group(1)) == len(found)
    # Korean is searched by its words too; FTS operators typed by a person are plain words.
    assert re.findall(r'<tr data-call=', client.get("/", params={"q": "감사합니다"}).text)
    assert client.get("/", params={"q": 'NEAR( "x" OR *'}).status_code == 200


def test_filters_narrow_the_list(app, store_path):
    client = sign_in(app, "ana")
    with Store(store_path) as store:
        results = store.results()
    def listed(**params) -> set[str]:
        return set(rows(client.get("/", params=params).text))
    assert listed(agent="A-103") == {s.call_id for s in results if s.agent_id == "A-103"}
    assert listed(language="ko") == {s.call_id for s in results if s.language == "ko"}
    assert listed(findings="1") == {s.call_id for s in results if s.result.findings}
    assert listed(criterion="identity.verify", verdict="fail") == {
        s.call_id for s in results if any(v.id == "identity.verify" and v.verdict == "fail" for v in s.result.criteria)}
    assert listed(start="2026-10-01", end="2026-10-31") == {s.call_id for s in results if "2026-10" == s.day[:7]}
    assert client.get("/", params={"start": "last week"}).status_code == 400


def test_everything_from_calls_is_escaped(app):
    client = sign_in(app, "sam")
    hostile = make_call(99, hostile=True).call.call_id
    page = client.get("/", params={"q": "PWNED"}).text
    assert "<script>document.title" not in page and "&lt;script&gt;" in page
    call = client.get(f"/calls/{url_id(hostile)}")
    assert call.status_code == 200 and HOSTILE not in call.text and "&lt;img src=x" in call.text
    assert "script-src 'nonce-" in call.headers["content-security-policy"]


def test_the_queue_ranks_review_verdicts_and_findings_and_tracks_assignment(app, store_path):
    with Store(store_path) as store:
        items = db.review_queue(store)
        assert items and all(i.why for i in items)
        assert [i.priority for i in items] == sorted((i.priority for i in items), reverse=True)
        top = items[0]
    client = sign_in(app, "sam")
    token = csrf_of(client.get("/queue").text)
    assert client.post(f"/calls/{url_id(top.call_id)}/assign", data={"analyst": "bo", "csrf": token}).status_code == 200
    bo = sign_in(app, "bo")
    mine = bo.get("/queue", params={"mine": "1"}).text
    assert rows(mine) == [top.call_id]
    done = bo.post(f"/calls/{url_id(top.call_id)}/done", data={"csrf": csrf_of(mine)})
    assert done.status_code == 200 and top.call_id not in rows(done.text)
    with Store(store_path) as store:
        assert db.assignment(store, top.call_id) == ("bo", "done")


def test_a_calibration_session_is_blind_until_scored_and_reports_agreement(app, store_path):
    sam = sign_in(app, "sam")
    token = csrf_of(sam.get("/calibration").text)
    created = sam.post("/calibration", data={"name": "November", "calls": "call-00010, call-00011", "csrf": token})
    session_url = str(created.url.path)
    assert created.status_code == 200 and session_url.startswith("/calibration/")
    for name, verdict in (("ana", "pass"), ("bo", "fail")):
        client = sign_in(app, name)
        assert 'id="agreement"' not in client.get(session_url).text
        for call_id in ("call-00010", "call-00011"):
            blind = client.get(f"{session_url}/calls/{call_id}").text
            main_part = blind[blind.index("<main>"):]
            # Blind: no verdict badge, no machine reason, nobody's label.
            assert 'class="badge' not in main_part and "checked" not in main_part
            assert "matched in the agent's words" not in main_part and "not found:" not in main_part
            client.post(f"{session_url}/calls/{call_id}", data={
                "csrf": csrf_of(blind), "v:greeting.thank_caller": verdict, "v:closing.thank": "pass"})
        assert 'id="agreement"' in client.get(session_url).text  # shown once they scored every call
    table = sam.get(session_url).text
    thank = re.search(r'data-criterion="closing.thank"><td>closing.thank</td><td>2</td><td>([^<]+)</td>', table)
    split = re.search(r'data-criterion="greeting.thank_caller"><td>greeting.thank_caller</td><td>2</td><td>([^<]+)</td>', table)
    assert thank.group(1) == "100.0" and split.group(1) == "0.0"


def test_no_file_outside_the_report_folder_is_served(app, store_path):
    client = sign_in(app, "sam")
    for path in ("/library/../secret.txt", "/library/%2e%2e/%2e%2e/secret.txt", "/library/..%2F..%2Fsecret.txt",
                 "/library/../qa.sqlite"):
        response = client.get(path)
        assert response.status_code in (403, 404) and "outside the report folder" not in response.text, path
    with Store(store_path) as store:  # audio recorded outside the folder is never served
        outside = make_call(200, audio_path=str(store_path.parent.parent / "secret.txt"))
        fill_store(store, [outside])
    assert client.get("/calls/call-00200/audio").status_code == 404
    audio = client.get("/calls/call-00001/audio")
    assert audio.status_code == 200 and audio.content[:4] == b"RIFF"


def test_the_csv_export_uses_the_final_verdicts(app, store_path):
    client = sign_in(app, "ana")
    before = {r["call_id"]: r for r in csv.DictReader(io.StringIO(client.get("/exports/results.csv").text))}
    page = client.get("/calls/call-00005").text
    with Store(store_path) as store:
        passed = next(v for v in store.get_result("call-00005").result.criteria if v.verdict == "pass" and v.weight)
    client.post(f"/calls/call-00005/verdicts/{passed.id}", data={"verdict": "fail", "reason": "x", "csrf": csrf_of(page)})
    after = {r["call_id"]: r for r in csv.DictReader(io.StringIO(client.get("/exports/results.csv").text))}
    assert float(after["call-00005"]["score"]) < float(before["call-00005"]["score"])
    assert after["call-00005"]["machine_score"] == before["call-00005"]["score"]


def test_users_add_hashes_the_password_and_checks_role_and_name(tmp_path):
    db_path = tmp_path / "qa.sqlite"
    result = CliRunner().invoke(main, ["users", "add", "kim", "--role", "agent", "--agent-id", "A-104",
                                       "--db", str(db_path)], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert "kim: agent (sees agent A-104's calls)" in result.output
    with Store(db_path) as store:
        stored = store.connection.execute("SELECT password_hash FROM users WHERE name = 'kim'").fetchone()[0]
        assert stored.startswith("$argon2") and PASSWORD not in stored
        assert auth.check_password(store, "kim", PASSWORD).agent_id == "A-104"
        assert auth.check_password(store, "kim", "wrong password") is None
        with pytest.raises(ConfigError, match="choose one of analyst, supervisor, agent, trainer"):
            auth.add_user(store, "x", "admin", PASSWORD)
        with pytest.raises(ConfigError, match="user name"):
            auth.add_user(store, "../x", "analyst", PASSWORD)
    bad = CliRunner().invoke(main, ["users", "add", "x", "--role", "admin", "--password", PASSWORD, "--db", str(db_path)])
    assert bad.exit_code == 2 and "admin" in bad.output


def test_another_address_needs_accounts(tmp_path, store_path):
    assert is_local("127.0.0.1") and is_local("::1") and is_local("localhost") and not is_local("0.0.0.0")
    empty = tmp_path / "qa.sqlite"
    with Store(empty) as store:
        fill_store(store, make_calls(2))
    with pytest.raises(ConfigError, match="qa users add NAME --role supervisor"):
        create_app(empty, accounts=True)
    local = TestClient(create_app(empty))  # 127.0.0.1: the local user, still with CSRF tokens
    page = local.get("/calls/call-00001")
    assert page.status_code == 200 and "local · supervisor" in page.text
    assert local.post("/calls/call-00001/verdicts/closing.thank", data={"verdict": "pass", "reason": "x"}).status_code == 403
    missing = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.sqlite")])
    assert missing.exit_code == 2 and "no results store here" in missing.output


def test_every_new_command_has_help():
    for args in (["serve"], ["users"], ["users", "add"], ["users", "list"], ["labels"], ["labels", "export"]):
        result = CliRunner().invoke(main, [*args, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output, args


def test_redaction_applies_to_what_each_role_sees(tmp_path):
    """With the redaction stage installed, calls reach every page redacted; --no-redact lets analysts
    and supervisors read the real values, never agents."""
    from dataclasses import replace

    item = make_call(1, language="en")
    lines = list(item.call.utterances)
    text = "Sure, my email is maria.santos@example.com and my phone is 0917 555 0134."
    step = (lines[3].end - lines[3].start) / len(text.split())
    words = tuple(replace(lines[3].words[0], start=lines[3].start + i * step, end=lines[3].start + (i + 1) * step,
                          text=token) for i, token in enumerate(text.split()))
    lines[3] = replace(lines[3], text=text, words=words)
    item = replace(item, call=replace(item.call, utterances=tuple(lines), segments=tuple(lines)))
    path = tmp_path / "qa.sqlite"
    with Store(path) as store:
        fill_store(store, [item])
        for name, role in PEOPLE:
            auth.add_user(store, name, role, PASSWORD)
    call_id = item.call.call_id
    for redact, name, shows in ((True, "ana", False), (False, "ana", True), (False, "A-102", False)):
        app = create_app(path, accounts=True, redact=redact)
        client = sign_in(app, name)
        page = re.sub(r"<[^>]+>", "", client.get(f"/calls/{url_id(call_id)}").text)  # the text people read
        found = client.get("/", params={"q": "email"}).text
        assert ("maria.santos@example.com" in page) is shows, (redact, name)
        assert ("maria.santos@example.com" in found) is shows, (redact, name)
        assert ("0917 555 0134" in page) is shows
    # A redacted reader never gets the raw recording, only the copy qa report toned out.
    audio = write_tone_audio(tmp_path / "recordings" / "call.wav", 5)
    with Store(path) as store:
        fill_store(store, [replace(item, call=replace(item.call, audio=replace(item.call.audio, path=str(audio))))])
    client = sign_in(create_app(path, accounts=True), "ana")
    assert client.get(f"/calls/{url_id(call_id)}/audio").status_code == 404
    copy = tmp_path / "calls" / "audio" / f"{call_id}.wav"
    copy.parent.mkdir(parents=True)
    copy.write_bytes(audio.read_bytes())
    assert client.get(f"/calls/{url_id(call_id)}/audio").status_code == 200


def test_the_criterion_filter_follows_the_final_verdict(app, store_path):
    client = sign_in(app, "ana")
    with Store(store_path) as store:
        stored = next(s for s in store.results() if s.call_id == "call-00020")
    criterion = next(v for v in stored.result.criteria if v.verdict == "pass")
    def listed(verdict: str) -> set[str]:
        return set(rows(client.get("/", params={"criterion": criterion.id, "verdict": verdict}).text))
    assert "call-00020" in listed("pass") and "call-00020" not in listed("fail")
    page = client.get("/calls/call-00020").text
    client.post(f"/calls/call-00020/verdicts/{criterion.id}", data={"verdict": "fail", "reason": "x", "csrf": csrf_of(page)})
    assert "call-00020" in listed("fail") and "call-00020" not in listed("pass")


def test_a_trainer_builds_the_library_and_an_analyst_cannot(app, store_path):
    ana = sign_in(app, "ana")
    token = csrf_of(ana.get("/team").text)
    assert ana.post("/library/build", data={"csrf": token}).status_code == 403
    tara = sign_in(app, "tara")
    built = tara.post("/library/build", data={"csrf": csrf_of(tara.get("/team").text)})
    assert built.status_code == 200 and str(built.url.path) == "/library/index.html"
    assert "Example library" in built.text and (store_path.parent / "library" / "index.html").is_file()
    assert tara.get("/library/index.html").status_code == 200
    assert sign_in(app, "A-101").get("/library/index.html").status_code == 403
