"""The review app in real headless Chromium (Debian's chromium + chromium-driver, driven by Selenium)
against a real ``qa serve`` (uvicorn) on a free port: search, the transcript following playback, an
override reaching the call page, the team page and the CSV export, a dispute from agent to
supervisor, and what an agent may not do. Nothing is downloaded: the browser and its driver are
system packages (scripts/setup.sh installs them)."""
from __future__ import annotations

import csv
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from synthetic import fill_store, make_call, make_calls, write_tone_audio
from qa.review import final_results
from qa.serve import auth
from qa.store import Store

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is a dev dependency")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(CHROMIUM is None or not Path(CHROMEDRIVER).exists(),
                                 reason="chromium and chromium-driver are not installed (scripts/setup.sh)")]
ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery"
ARTIFACTS = ROOT / "tests" / "artifacts"


def long_call(index: int, repeats: int, audio: Path):
    """A synthetic call whose conversation is repeated ``repeats`` times, so its transcript scrolls."""
    item = make_call(index, audio_path=str(audio), language="en")
    length = item.call.utterances[-1].end + 1.0
    shifted = []
    for n in range(repeats):
        for u in item.call.utterances:
            words = tuple(replace(w, start=round(w.start + n * length, 2), end=round(w.end + n * length, 2))
                          for w in u.words)
            shifted.append(replace(u, start=u.start + n * length, end=u.end + n * length, words=words))
    call = replace(item.call, utterances=tuple(shifted), segments=tuple(shifted),
                   audio=replace(item.call.audio, duration=length * repeats))
    return replace(item, call=call)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("serve-browser")
    reports = root / "reports"
    audio = write_tone_audio(reports / "recordings" / "tone.wav", 180)
    calls = [*make_calls(18, audio_path=str(audio)), long_call(50, 4, audio)]
    db = reports / "qa.sqlite"
    with Store(db) as store:
        fill_store(store, calls)
        for name, role in (("ana", "analyst"), ("sam", "supervisor"), ("A-101", "agent"), ("A-102", "agent")):
            auth.add_user(store, name, role, PASSWORD)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-c", "from qa.cli import main; main()", "serve", "--db", str(db),
                                "--port", str(port), "--accounts", "--no-redact"], cwd=root, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/login", timeout=2)
            break
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None or time.time() > deadline:
                raise RuntimeError(f"qa serve did not start: {process.stdout.read().decode()[-2000:]}")
            time.sleep(0.2)
    yield url, db, calls
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--mute-audio",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--autoplay-policy=no-user-gesture-required", "--window-size=1280,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def sign_in(driver, url: str, name: str) -> None:
    from selenium.webdriver.common.by import By

    driver.delete_all_cookies()
    driver.get(url + "/login")
    driver.find_element(By.NAME, "name").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    driver.find_element(By.ID, "sign-in").click()
    wait(lambda: f"{name} · " in driver.find_element(By.TAG_NAME, "header").text)
    loaded(driver)


def wait(condition, timeout: float = 15.0):
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException

    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            value = condition()
        except (NoSuchElementException, StaleElementReferenceException):  # the page is being replaced
            value = None
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out waiting for the page")


def loaded(driver) -> None:
    """Wait until the page a click or a form submit led to has finished loading: the element a test
    waited for can be parsed before the rest of the page (the score, the verdict table) is."""
    wait(lambda: driver.execute_script("return document.readyState") == "complete")


def console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def fetch(driver, url: str, path: str, method: str = "GET", data: dict | None = None) -> httpx.Response:
    """A request with the browser's session cookie (the pages' CSP lets no script of theirs call the
    server, so the request is made from here, as the signed-in person)."""
    cookies = {c["name"]: c["value"] for c in driver.get_cookies()}
    return httpx.request(method, url + path, data=data, cookies=cookies, timeout=30)


def screenshot(driver, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / f"{name}.png"))


def test_search_finds_a_phrase(server, browser):
    from selenium.webdriver.common.by import By

    url, db, _ = server
    sign_in(browser, url, "ana")
    browser.find_element(By.ID, "q").send_keys('"signing out and back in"')
    browser.find_element(By.ID, "search").click()
    wait(lambda: "signing" in browser.current_url)
    loaded(browser)
    rows = browser.find_elements(By.CSS_SELECTOR, "#call-list tbody tr[data-call]")
    with Store(db) as store:
        english = {s.call_id for s in store.results() if s.language == "en"}
    assert {r.get_attribute("data-call") for r in rows} == english
    marks = browser.find_elements(By.CSS_SELECTOR, ".snippet mark")
    assert marks and all(m.text == "signing out and back in" for m in marks)
    assert console_errors(browser) == []
    screenshot(browser, "serve-search")


def test_the_transcript_follows_playback_and_a_click_seeks(server, browser):
    from selenium.webdriver.common.by import By

    url, _, calls = server
    sign_in(browser, url, "ana")
    browser.get(f"{url}/calls/{calls[-1].call.call_id}")
    box_top = browser.execute_script("return document.getElementById('transcript').scrollTop")
    assert box_top == 0
    browser.execute_script("const a = document.getElementById('call-audio'); a.currentTime = 120; a.play();")
    wait(lambda: browser.execute_script("return document.getElementById('call-audio').currentTime > 120.5"), 30)
    state = browser.execute_script(
        "const a = document.getElementById('call-audio'), box = document.getElementById('transcript');"
        "const w = box.querySelector('.w.now'); const r = w.getBoundingClientRect(), b = box.getBoundingClientRect();"
        "return {t: a.currentTime, paused: a.paused, s: parseFloat(w.dataset.s), top: box.scrollTop,"
        " visible: r.top >= b.top && r.bottom <= b.bottom, count: box.querySelectorAll('.w.now').length};")
    assert not state["paused"] and state["t"] > 120.5  # it plays
    assert state["count"] == 1 and state["s"] <= state["t"] < state["s"] + 3.0  # the word being said
    assert state["top"] > 0 and state["visible"]  # the transcript scrolled to it
    later = wait(lambda: (lambda s: s if s > state["s"] else None)(browser.execute_script(
        "return parseFloat(document.querySelector('#transcript .w.now').dataset.s)")), 30)
    assert later > state["s"]  # and the highlight moves on with the audio
    word = browser.find_elements(By.CSS_SELECTOR, "#transcript .w")[5]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", word)
    word.click()
    start = float(word.get_attribute("data-s"))
    current = wait(lambda: (lambda t: t if start <= t < start + 3.0 else None)(
        browser.execute_script("return document.getElementById('call-audio').currentTime")), 10)
    assert start <= current < start + 3.0
    assert "now" in word.get_attribute("class") or current > float(word.get_attribute("data-e"))
    assert console_errors(browser) == []
    screenshot(browser, "serve-call")


def test_an_override_changes_the_score_on_the_call_page_the_team_page_and_the_csv(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    url, db, _ = server
    with Store(db) as store:
        stored = next(s for s in final_results(store) if s.agent_id == "A-103" and s.machine is None)
    criterion = next(v for v in stored.result.criteria if v.verdict == "pass" and v.weight >= 10)
    sign_in(browser, url, "ana")
    browser.get(f"{url}/team")
    team_before = _team_mean(browser, "A-103")
    browser.get(f"{url}/calls/{stored.call_id}")
    assert browser.find_element(By.ID, "score").text == f"{stored.result.score:.1f}"
    row = browser.find_element(By.ID, f"v-{criterion.id}")
    Select(row.find_element(By.NAME, "verdict")).select_by_visible_text("fail")
    row.find_element(By.NAME, "reason").send_keys("listened: the agent never said it")
    row.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(lambda: "machine" in browser.find_element(By.ID, f"v-{criterion.id}").text)
    loaded(browser)
    with Store(db) as store:
        final = next(s for s in final_results(store) if s.call_id == stored.call_id)
        team_mean = [s.result.score for s in final_results(store) if s.agent_id == "A-103"]
    assert final.result.score < stored.result.score
    assert browser.find_element(By.ID, "score").text == f"{final.result.score:.1f}"
    assert browser.find_element(By.ID, "machine-score").text == f"machine {stored.result.score:.1f}"
    assert "listened: the agent never said it" in browser.find_element(By.CSS_SELECTOR, "table.audit").text
    browser.get(f"{url}/team")
    assert _team_mean(browser, "A-103") == f"{sum(team_mean) / len(team_mean):.1f}" != team_before
    exported = fetch(browser, url, "/exports/results.csv")
    assert exported.status_code == 200
    row = next(r for r in csv.DictReader(io.StringIO(exported.text)) if r["call_id"] == stored.call_id)
    assert float(row["score"]) == final.result.score and float(row["machine_score"]) == stored.result.score
    assert console_errors(browser) == []


def _team_mean(driver, agent_id: str) -> str:
    from selenium.webdriver.common.by import By

    for row in driver.find_elements(By.CSS_SELECTOR, "table.heat tbody tr"):
        cells = row.find_elements(By.TAG_NAME, "td")
        if cells and agent_id in (cells[0].find_element(By.TAG_NAME, "a").get_attribute("href") or ""):
            return cells[2].text
    raise AssertionError(f"no row for {agent_id} on the team page")


def test_a_dispute_flows_from_the_agent_to_the_supervisor(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    url, db, _ = server
    with Store(db) as store:
        stored = next(s for s in final_results(store) if s.agent_id == "A-101"
                      and any(v.verdict == "fail" for v in s.result.criteria))
    failed = next(v for v in stored.result.criteria if v.verdict == "fail")
    sign_in(browser, url, "A-101")
    browser.get(f"{url}/calls/{stored.call_id}")
    form = browser.find_element(By.ID, "dispute-form")
    Select(form.find_element(By.NAME, "criterion")).select_by_value(failed.id)
    Select(form.find_element(By.NAME, "wanted")).select_by_visible_text("pass")
    form.find_element(By.NAME, "comment").send_keys("I asked at 0:30, the transcript misheard it")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(lambda: browser.find_elements(By.CSS_SELECTOR, ".dispute[data-status=open]"))
    loaded(browser)
    assert not browser.find_elements(By.CSS_SELECTOR, "form.resolve")  # an agent cannot resolve
    sign_in(browser, url, "sam")
    browser.get(f"{url}/team")
    link = browser.find_element(By.CSS_SELECTOR, "#open-disputes + table a")
    assert link.text == stored.call_id
    link.click()
    resolve = wait(lambda: browser.find_elements(By.CSS_SELECTOR, "form.resolve"))[0]
    loaded(browser)
    Select(resolve.find_element(By.NAME, "decision")).select_by_value("accept")
    resolve.find_element(By.NAME, "reason").send_keys("heard it at 0:31")
    resolve.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(lambda: browser.find_elements(By.CSS_SELECTOR, ".dispute[data-status=accepted]"))
    loaded(browser)
    verdict = browser.find_element(By.ID, f"v-{failed.id}")
    assert "pass" in verdict.find_element(By.CSS_SELECTOR, ".final").text and "machine: fail" in verdict.text
    assert float(browser.find_element(By.ID, "score").text) > stored.result.score
    browser.get(f"{url}/team")
    assert "No open dispute." in browser.find_element(By.TAG_NAME, "main").text
    screenshot(browser, "serve-team")


def test_an_agent_cannot_open_another_agents_call_or_post_without_a_csrf_token(server, browser):
    from selenium.webdriver.common.by import By

    url, db, _ = server
    with Store(db) as store:
        mine = next(s.result for s in store.results() if s.agent_id == "A-102")
        other = next(s.call_id for s in store.results() if s.agent_id == "A-101")
    sign_in(browser, url, "A-102")
    browser.get(f"{url}/calls/{other}")
    assert browser.find_element(By.TAG_NAME, "h1").text == "403"
    assert fetch(browser, url, f"/calls/{other}").status_code == 403
    assert fetch(browser, url, f"/calls/{other}/audio").status_code == 403
    browser.get(f"{url}/calls/{mine.call_id}")
    criterion = mine.criteria[0].id
    no_token = fetch(browser, url, f"/calls/{mine.call_id}/disputes", "POST", {"criterion": criterion, "comment": "x"})
    assert no_token.status_code == 403 and "CSRF" in no_token.text
    token = browser.find_element(By.CSS_SELECTOR, "#dispute-form input[name=csrf]").get_attribute("value")
    with_token = fetch(browser, url, f"/calls/{mine.call_id}/disputes", "POST",
                       {"criterion": criterion, "comment": "x", "csrf": token})
    assert with_token.status_code == 303  # the same form with the page's token goes through
    override = fetch(browser, url, f"/calls/{mine.call_id}/verdicts/{criterion}", "POST",
                     {"verdict": "pass", "reason": "mine", "csrf": token})
    assert override.status_code == 403  # an agent can only dispute, even with a valid token
    assert re.search(r"may not do this", override.text)
