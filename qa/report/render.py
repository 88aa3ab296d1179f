"""The jinja2 environment every report is rendered with.

Autoescape is on for every template, so a transcript or ticket full of ``<script>`` shows as text.
Built-in templates live in ``qa/templates``; a user folder given with ``--templates DIR`` comes first
in a ChoiceLoader, so a file there with the same name (``call.html``, ``base.html``...) overrides
the built-in one. Each page also carries a Content-Security-Policy whose script nonce is new for every
page: even a template bug that let markup through could not run a script.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path

import jinja2

from qa.errors import ConfigError
from qa.fileio import atomic_write_text
from qa.report import charts
from qa.serve.urls import app_call_url


def clock(seconds: float | None) -> str:
    """1:05 or 1:02:03 for a time in seconds."""
    if seconds is None:
        return "—"
    total = int(max(0.0, seconds))
    hours, rest = divmod(total, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def pct(rate: float | None) -> str:
    return "—" if rate is None else f"{100 * rate:.0f}%"


def num(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def make_environment(templates: str | Path | None = None, app_url: str | None = None) -> jinja2.Environment:
    """The report environment; ``templates`` is a user folder whose files override the built-ins.

    ``app_url`` (default: the ``QA_APP_URL`` environment variable) is where ``qa serve`` runs for
    these reports; when set, pages link each call, the team view and the coaching report to it."""
    loaders: list[jinja2.BaseLoader] = []
    if templates is not None:
        folder = Path(templates)
        if not folder.is_dir():
            raise ConfigError(f"--templates {folder}: not a folder; give a folder holding files such as "
                              "call.html or base.html to override the built-in templates.")
        loaders.append(jinja2.FileSystemLoader(str(folder)))
    loaders.append(jinja2.PackageLoader("qa", "templates"))
    env = jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(clock=clock, pct=pct, num=num, bar=charts.bar)
    app_url = os.environ.get("QA_APP_URL", "") if app_url is None else app_url
    env.globals.update(app_url=app_url.rstrip("/"), app_call_url=lambda call_id: app_call_url(app_url, call_id))
    return env


def render_to(env: jinja2.Environment, template: str, path: Path, **context) -> Path:
    """Render ``template`` with ``context`` and write it atomically to ``path``."""
    try:
        html = env.get_template(template).render(nonce=secrets.token_urlsafe(12), **context)
    except jinja2.TemplateError as exc:
        where = getattr(exc, "filename", None) or template
        line = getattr(exc, "lineno", None)
        raise ConfigError(f"template {where}{f':{line}' if line else ''}: {exc}; fix the template "
                          "(or remove your override to use the built-in one).") from exc
    return atomic_write_text(path, html)
