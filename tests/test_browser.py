"""Generated pages opened in headless Chromium, checked the way a person would use them.

Chromium (Debian's ``chromium``, installed by scripts/setup.sh) is driven over the Chrome DevTools
Protocol with ``websocket-client``. For every page kind: it renders, the console has no error, no
injected script ran; on a scorecard clicking an evidence time seeks the audio; in the library the
filter hides and shows examples. A screenshot of each page kind is written to tests/artifacts/ (ignored
by git) and its path printed, so a reviewer can look.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from qa.report import print_to_pdf, write_reports
from qa.report.library import build_library
from qa.report.pages import slug
from synthetic import fill_store, make_call, make_calls, write_tone_audio
from qa.store import Store

websocket = pytest.importorskip("websocket", reason="websocket-client is a dev dependency (pip install -e '.[dev]')")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (scripts/setup.sh installs it)")]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--mute-audio", "--remote-debugging-port=0", "--remote-allow-origins=*",
         "--window-size=1280,1600"]


class Browser:
    """A headless Chromium with one page, driven over the DevTools protocol."""

    def __init__(self, profile: Path):
        self.process = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.time() + 60
        while not (port_file.is_file() and port_file.read_text().strip()):
            if time.time() > deadline or self.process.poll() is not None:
                raise RuntimeError("chromium did not start its DevTools endpoint")
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10))
        page = next(t for t in targets if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=1280, height=1600, deviceScaleFactor=1, mobile=False)

    def send(self, method: str, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event: str, timeout: float = 30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if any(e.get("method") == event for e in self.events):
                return
            self.events.append(json.loads(self.ws.recv()))
        raise TimeoutError(event)

    def open(self, path: Path, fragment: str = ""):
        self.events.clear()
        self.send("Page.navigate", url=path.resolve().as_uri() + fragment)
        self.wait_for("Page.loadEventFired")

    def js(self, expression: str, *, wait: bool = False):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=wait)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions, CSP violations and failed loads since the page opened."""
        out = []
        for e in self.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.exceptionThrown":
                out.append(json.dumps(params["exceptionDetails"])[:300])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                out.append(json.dumps(params.get("args"))[:300])
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                out.append(params["entry"]["text"][:300])
        return out

    def screenshot(self, name: str) -> Path:
        import base64

        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        data = self.send("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))
        print(f"screenshot: {path}")
        return path

    def close(self):
        try:
            self.ws.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Reports for 30 calls with real audio, one of them full of hostile HTML, plus the library."""
    root = tmp_path_factory.mktemp("site")
    audio = write_tone_audio(root / "recordings" / "tone.wav", 75)
    calls = make_calls(30, audio_path=str(audio))
    hostile = make_call(99, hostile=True, audio_path=str(audio), language="en")
    with Store(root / "reports" / "qa.sqlite") as store:
        fill_store(store, [*calls, hostile])
        write_reports(store, root / "reports")
        build_library(store, root / "reports", per_group=2, max_clip=8)
    return root / "reports", calls, hostile


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    opened = Browser(tmp_path_factory.mktemp("chromium-profile"))
    yield opened
    opened.close()


def _not_pwned(browser: Browser):
    assert browser.js("window.__pwned === undefined") is True
    assert "PWNED" not in browser.js("document.title")


def test_call_scorecard_renders_and_evidence_links_seek_the_audio(site, browser):
    out, _, hostile = site
    browser.open(out / "calls" / f"{slug(hostile.call.call_id)}.html")
    assert browser.js("document.querySelectorAll('table.form tbody tr').length") == len(hostile.result.criteria)
    assert browser.js("new Promise(r => { const a = document.getElementById('call-audio');"
                      " if (a.readyState >= 1) r(a.duration); else a.addEventListener('loadedmetadata',"
                      " () => r(a.duration)); })", wait=True) == pytest.approx(75, abs=0.1)
    target = browser.js("(() => { const l = [...document.querySelectorAll('table.form a.seek')]"
                        ".find(a => parseFloat(a.dataset.t) > 10); l.click(); return parseFloat(l.dataset.t); })()")
    assert target > 10
    current = browser.js("new Promise(r => setTimeout(() => r(document.getElementById('call-audio').currentTime), 300))",
                         wait=True)
    assert current == pytest.approx(target, abs=1.0)
    assert browser.js("location.hash") == f"#t={target:.2f}"
    # The hostile transcript and ticket are on the page as text, and none of it ran.
    text = browser.js("document.body.innerText")
    assert '<script>document.title="PWNED"' in text and "<img src=x" in text
    _not_pwned(browser)
    assert browser.errors() == []
    browser.screenshot("call-scorecard")


def test_korean_and_tagalog_scorecards_render(site, browser):
    out, calls, _ = site
    for language in ("ko", "tl"):
        item = next(c for c in calls if c.call.language == language)
        browser.open(out / "calls" / f"{slug(item.call.call_id)}.html")
        assert browser.errors() == []
        text = browser.js("document.body.innerText")
        assert item.call.utterances[0].text in text
        browser.screenshot(f"call-scorecard-{language}")


def test_a_time_link_from_the_coaching_report_opens_the_call_at_that_moment(site, browser):
    out, calls, _ = site
    browser.open(out / "agents" / "A-102.html")
    assert browser.errors() == []
    assert browser.js("document.querySelectorAll('svg.chart circle').length") >= 2
    href = browser.js("[...document.querySelectorAll('a.seek')].map(a => a.getAttribute('href'))"
                      ".find(h => /#t=([1-9][0-9]*)/.test(h))")
    assert href and href.startswith("../calls/")
    target = float(href.split("#t=")[1])
    browser.screenshot("agent-coaching")
    browser.events.clear()  # wait for this navigation's events, not the agent page's
    browser.js(f"document.querySelector('a.seek[href=\"{href}\"]').click()")
    browser.wait_for("Page.frameNavigated")
    browser.wait_for("Page.loadEventFired")
    current = browser.js("new Promise(r => { const a = document.getElementById('call-audio');"
                         " const done = () => setTimeout(() => r(a.currentTime), 200);"
                         " if (a.readyState >= 1) done(); else a.addEventListener('loadedmetadata', done); })",
                         wait=True)
    assert current == pytest.approx(target, abs=1.0)


def test_team_view_and_index_render_without_errors(site, browser):
    out, calls, _ = site
    browser.open(out / "team.html")
    assert browser.errors() == []
    agents = len({c.call.metadata["agent_id"] for c in calls})
    criteria = browser.js("document.querySelectorAll('table.heat thead th.crit').length")
    assert browser.js("document.querySelectorAll('table.heat td.cell').length") == agents * criteria
    _not_pwned(browser)
    browser.screenshot("team-view")
    browser.open(out / "index.html")
    assert browser.errors() == []
    assert browser.js("document.getElementById('call-count').textContent") == str(len(calls) + 1)
    _not_pwned(browser)
    browser.screenshot("index")


def test_library_filter_hides_and_shows_examples(site, browser):
    out, _, _ = site
    browser.open(out / "library" / "index.html")
    assert browser.errors() == []
    total = browser.js("document.querySelectorAll('.item').length")
    visible = "[...document.querySelectorAll('.item')].filter(e => e.offsetParent !== null)"
    assert total > 10 and browser.js(f"{visible}.length") == total

    def choose(name: str, value: str):
        browser.js(f"(() => {{ const s = document.getElementById('f-{name}'); s.value = {json.dumps(value)};"
                   " s.dispatchEvent(new Event('change')); })()")

    choose("criterion", "closing.thank")
    choose("verdict", "fail")
    shown = browser.js(f"{visible}.map(e => [e.dataset.criterion, e.dataset.verdict])")
    assert shown and all(item == ["closing.thank", "fail"] for item in shown)
    expected = browser.js("document.querySelectorAll('.item[data-criterion=\"closing.thank\"][data-verdict=\"fail\"]').length")
    assert len(shown) == expected < total
    assert browser.js("document.getElementById('shown-count').textContent") == str(expected)
    browser.screenshot("library-filtered")
    choose("criterion", "")
    choose("verdict", "")
    assert browser.js(f"{visible}.length") == total
    assert browser.js("document.querySelector('.item audio').getAttribute('src')").startswith("clips/")
    _not_pwned(browser)
    browser.screenshot("library")


def test_coaching_report_is_printable(site, browser):
    out, _, _ = site
    browser.open(out / "agents" / "A-103.html")
    browser.send("Emulation.setEmulatedMedia", media="print")
    try:
        hidden = browser.js("[...document.querySelectorAll('header.top, .noprint')]"
                            ".every(e => getComputedStyle(e).display === 'none')")
        assert hidden is True
        assert browser.js("getComputedStyle(document.querySelector('.sign')).display") != "none"
        browser.screenshot("agent-coaching-print")
    finally:
        browser.send("Emulation.setEmulatedMedia", media="")


def test_coaching_report_prints_to_pdf_offline(site, tmp_path):
    out, _, _ = site
    pdf = print_to_pdf(out / "agents" / "A-101.html", tmp_path / "A-101.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 5000


def test_the_console_check_sees_errors_and_blocked_scripts(site, browser, tmp_path):
    """The no-error checks above can fail: an error, and a script without the page's nonce, are seen."""
    out, _, _ = site
    page = tmp_path / "bad.html"
    html = (out / "index.html").read_text(encoding="utf-8")
    page.write_text(html.replace("<main>", "<main><script>window.__pwned = 1</script>", 1), encoding="utf-8")
    browser.open(page)
    browser.js("console.error('boom')")
    errors = browser.errors()
    assert any("Content Security Policy" in e for e in errors) and any("boom" in e for e in errors)
    _not_pwned(browser)  # the CSP nonce stopped the injected script
