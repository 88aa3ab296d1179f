"""Reports from the results store: call scorecards, coaching reports, the team view, exports.

Layout of a report folder (everything relative, so it works from a folder, a file share or a zip)::

    index.html                 every call, every agent, links to the rest
    team.html                  agents x criteria heatmap, trend, tickets to bounce back, calls to review
    calls/<call>.html          one scorecard per call; calls/audio/ holds the call's audio copy
    agents/<agent>.html        one coaching report per agent for the period
    exports/results.{md,csv,json}, exports/verdicts.csv, exports/findings.csv
    library/index.html         the example library, when built (``qa library build``)
    qa.sqlite                  the results store (default place)

Every ``write_*`` function takes an open :class:`qa.store.Store` and returns the path it wrote.
``progress`` arguments take a function ``(iterable, label) -> iterable`` (the CLI passes a click
progress bar); the default shows nothing.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable

from qa.errors import ConfigError, QAError, StoreError
from qa.redact.apply import for_people, masked_times
from qa.report.audio import copy_audio, find_audio
from qa.report.exports import FORMATS, write_exports
from qa.report.pages import (AgentPage, CallPage, IndexPage, TeamPage, build_agent_page, build_call_page,
                             build_index_page, build_team_page, slug)
from qa.report.render import make_environment, render_to
from qa.review import final_result, final_results
from qa.store import Store, StoredResult

Progress = Callable[[Iterable, str], Iterable]


def no_progress(items: Iterable, label: str) -> Iterable:
    return items


def _missing_call(call_id: str, store: Store) -> StoreError:
    known = store.call_ids()[:5]
    hint = f" Stored calls include: {', '.join(known)}." if known else " The store has no calls yet."
    return StoreError(f"{store.path}: no scored result for call {call_id!r}; score it first (qa run / "
                      f"qa score) or check the id.{hint}")


def write_call_report(store: Store, call_id: str, out_dir: str | Path, *, audio_dir: str | Path | None = None,
                      copy: bool = True, env=None, stored: StoredResult | None = None,
                      redact: bool = True) -> Path:
    """Write ``calls/<call>.html`` under ``out_dir``; the audio is copied to ``calls/audio/`` (or,
    with ``copy=False``, referenced by a relative path). Personal data is redacted in the page and
    toned out in the audio copy (then always a copy) unless ``redact`` is False."""
    store = for_people(store, redact)
    stored = stored or final_result(store, call_id)
    if stored is None:
        raise _missing_call(call_id, store)
    out_dir = Path(out_dir)
    calls_dir = out_dir / "calls"
    call = store.get_call(stored.call_id)
    source = find_audio(call, audio_dir)
    masks = masked_times(call)
    audio_src = None
    if source is not None:
        try:
            if copy or masks:
                audio_src = "audio/" + copy_audio(source, calls_dir / "audio", slug(stored.call_id), masks).name
            else:
                audio_src = Path(os.path.relpath(source.resolve(), calls_dir.resolve())).as_posix()
        except (OSError, ValueError, QAError):  # unreadable audio or another drive: no player
            audio_src = None
    page = build_call_page(stored, call, store.get_ticket(stored.result.ticket_id), audio_src)
    return render_to(env or make_environment(), "call.html", calls_dir / f"{slug(stored.call_id)}.html",
                     page=page, generated=page.generated)


def write_agent_report(store: Store, agent_id: str, start: str | None, end: str | None, out: str | Path,
                       *, env=None, team: list[StoredResult] | None = None, redact: bool = True) -> Path:
    """Write the coaching report ``agents/<agent>.html`` under ``out`` for [start, end]."""
    store = for_people(store, redact)
    page = build_agent_page(store, agent_id, start, end, team=team)
    if not page.calls:
        known = ", ".join(a.agent_id for a in store.agents()[:8]) or "none yet"
        raise StoreError(f"{store.path}: no scored calls for agent {agent_id!r} between {start or 'the start'}"
                         f" and {end or 'now'}; agents in the store: {known}.")
    return render_to(env or make_environment(), "agent.html", Path(out) / "agents" / f"{slug(agent_id)}.html",
                     page=page, generated=page.generated)


def write_team_report(store: Store, out: str | Path, *, start: str | None = None, end: str | None = None,
                      env=None, results: list[StoredResult] | None = None, redact: bool = True) -> Path:
    """Write ``team.html`` under ``out``."""
    store = for_people(store, redact)
    page = build_team_page(store, start, end, results=results)
    return render_to(env or make_environment(), "team.html", Path(out) / "team.html", page=page,
                     generated=page.generated)


def write_reports(store: Store, out_dir: str | Path, *, audio_dir: str | Path | None = None,
                  start: str | None = None, end: str | None = None, templates: str | Path | None = None,
                  copy: bool = True, formats: Iterable[str] = FORMATS,
                  progress: Progress = no_progress, redact: bool = True) -> Path:
    """Write every report for [start, end] into ``out_dir`` and return the path of index.html.
    Personal data is redacted everywhere (docs/privacy.md) unless ``redact`` is False."""
    store = for_people(store, redact)
    out_dir = Path(out_dir)
    env = make_environment(templates)
    results = final_results(store, start=start, end=end)
    for stored in progress(results, "Call scorecards"):
        write_call_report(store, stored.call_id, out_dir, audio_dir=audio_dir, copy=copy, env=env,
                          stored=stored, redact=redact)
    agent_ids = sorted({s.agent_id for s in results if s.agent_id})
    for agent_id in progress(agent_ids, "Coaching reports"):
        write_agent_report(store, agent_id, start, end, out_dir, env=env, team=results, redact=redact)
    team = build_team_page(store, start, end, results=results)
    render_to(env, "team.html", out_dir / "team.html", page=team, generated=team.generated)
    write_exports(results, team, out_dir / "exports", formats)
    index = build_index_page(results, team, (out_dir / "library" / "index.html").is_file(), store.failures())
    return render_to(env, "index.html", out_dir / "index.html", page=index, generated=index.generated)


def print_to_pdf(html: str | Path, pdf: str | Path, *, chromium: str = "chromium", timeout: float = 120) -> Path:
    """Print a report to PDF with headless Chromium (offline: the page loads nothing from a network)."""
    import shutil
    import subprocess
    import tempfile

    binary = shutil.which(chromium)
    if binary is None:
        raise ConfigError(f"cannot make a PDF: {chromium!r} is not on PATH; install Debian's chromium "
                         "(scripts/setup.sh does) or print the HTML page from a browser.")
    pdf = Path(pdf).resolve()
    with tempfile.TemporaryDirectory(prefix="qa-chromium-") as profile:
        cmd = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
               Path(html).resolve().as_uri()]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0 or not pdf.is_file():
        raise QAError(f"chromium could not print {html} to PDF (exit {done.returncode}): "
                         f"{done.stderr.strip()[-400:]}")
    return pdf


__all__ = ["write_reports", "write_call_report", "write_agent_report", "write_team_report", "print_to_pdf",
           "make_environment", "AgentPage", "CallPage", "IndexPage", "TeamPage", "FORMATS"]
