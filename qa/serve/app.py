"""``qa serve``: the review app (Starlette) on a results store.

Every request opens the store (SQLite, WAL) in the worker thread that serves it, finds the session,
checks the CSRF token of every POST (403 without a valid one, on 127.0.0.1 too) and the role's
permission, then renders a jinja2 template with autoescape and a per-response script nonce in the
Content-Security-Policy. Nothing is fetched from a network; the only files served are the calls'
audio inside the store's report folder and the example library there.

The URL layout mirrors the static report folder (``/team.html``, ``/agents/<agent>.html``,
``/calls/<slug>.html`` redirects to ``/calls/<call_id>``), so the static templates' relative links
work inside the app unchanged.
"""
from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import quote, urlencode

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from qa.errors import ConfigError, QAError, StoreError
from qa.report.pages import build_agent_page, build_team_page, now_text, slug
from qa.report.render import make_environment
from qa.review import DECISIONS, disputes, final_results, open_dispute, resolve_dispute, save_override
from qa.serve import auth, db
from qa.serve.urls import id_from_url, url_id
from qa.serve.views import (RAW_ROLES_WHEN_ALLOWED, audio_file, marked, redact_for, review_page_for,
                            store_for_role, text_redactor)
from qa.store import Store

CHOICES_SECONDS = 60
LOGIN_COOKIE = "qa_login"  # double-submit token of the login form (there is no session yet)


@dataclass(frozen=True)
class ServeConfig:
    db: Path
    accounts: bool  # False: 127.0.0.1 with the single local user
    templates: Path | None = None
    raw_roles: frozenset = frozenset()  # roles that read calls unredacted (qa serve --no-redact)

    @property
    def report_dir(self) -> Path:
        return self.db.resolve().parent


class Forbidden(Exception):
    pass


@dataclass
class Ctx:
    """What a route handler gets: the request's store, session, form and the app's config."""
    request: Request
    store: Store
    session: auth.Session
    form: dict
    config: ServeConfig

    @property
    def user(self) -> auth.User:
        return self.session.user

    def require(self, permission: str) -> None:
        if not self.user.can(permission):
            raise Forbidden(f"a {self.user.role} may not do this ({permission}).")

    def call_visible(self, call_id: str) -> None:
        """403 unless the user may see this call (agents: their own calls only)."""
        if not self.user.may_see(db.call_agent(self.store, call_id)):
            raise Forbidden("this call belongs to another agent.")


class App:
    def __init__(self, config: ServeConfig):
        self.config = config
        self.env = make_environment(config.templates, app_url="")  # inside the app: no "open in the app" links
        self.env.filters.update(shown=lambda text, role=None: redact_for(role, text, config.raw_roles),
                                marked=marked)
        self.env.globals.update(DECISIONS=DECISIONS, url_id=url_id)
        self._choices: tuple[float, dict] = (0.0, {})
        self._lock = threading.Lock()
        # Writes from this process queue here instead of in SQLite's busy handler, whose growing
        # sleeps let one of 20 concurrent reviewers wait seconds behind the others.
        self._write_lock = threading.Lock()
        with Store(config.db) as store:  # migrate once, before any request
            if not config.accounts:
                auth.ensure_local_user(store)

    # -- plumbing ---------------------------------------------------------------------------

    def render(self, name: str, ctx: Ctx | None, status: int = 200, **context) -> HTMLResponse:
        nonce = secrets.token_urlsafe(12)
        html = self.env.get_template(name).render(
            nonce=nonce, generated=now_text(), user=ctx.user if ctx else None,
            csrf=ctx.session.csrf if ctx else "", role=ctx.user.role if ctx else None, **context)
        response = HTMLResponse(html, status_code=status)
        response.headers["Content-Security-Policy"] = (
            f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; img-src data: 'self';"
            " media-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def message(self, status: int, text: str, ctx: Ctx | None = None) -> HTMLResponse:
        return self.render("serve/message.html", ctx, status=status, status_code=status, text=text)

    def route(self, handler: Callable[[Ctx], Response], permission: str | None = None) -> Callable:
        async def endpoint(request: Request) -> Response:
            form = {}
            if request.method == "POST":
                data = await request.form()
                form = {k: data.get(k) for k in data.keys()}
            return await run_in_threadpool(self._handle, handler, permission, request, form)
        return endpoint

    def _handle(self, handler, permission, request: Request, form: dict) -> Response:
        if request.method == "POST":
            with self._write_lock:
                return self._handle_in_store(handler, permission, request, form)
        return self._handle_in_store(handler, permission, request, form)

    def _handle_in_store(self, handler, permission, request: Request, form: dict) -> Response:
        with Store(self.config.db) as store:
            token = request.cookies.get(auth.SESSION_COOKIE)
            session = auth.get_session(store, token)
            new_token = None
            if session is None:
                if request.method == "POST":
                    return self.message(403, "No valid session: sign in again and resend the form.")
                if self.config.accounts:
                    return RedirectResponse("/login?" + urlencode({"next": request.url.path}), status_code=303)
                new_token = auth.start_session(store, auth.ensure_local_user(store))
                session = auth.get_session(store, new_token)
            ctx = Ctx(request, store_for_role(store, session.user.role, self.config.raw_roles), session, form,
                      self.config)
            try:
                if request.method == "POST" and not auth.csrf_ok(session, form.get("csrf")):
                    raise Forbidden("the form's CSRF token is missing or wrong; reload the page and try again.")
                if permission:
                    ctx.require(permission)
                response = handler(ctx)
            except Forbidden as exc:
                response = self.message(403, f"Forbidden: {exc}", ctx)
            except StoreError as exc:
                response = self.message(404, str(exc), ctx)
            except QAError as exc:
                response = self.message(400, str(exc), ctx)
            if new_token:
                _set_cookie(response, auth.SESSION_COOKIE, new_token)
            return response

    # -- sign in ----------------------------------------------------------------------------

    async def login(self, request: Request) -> Response:
        if request.method == "GET":
            token = secrets.token_urlsafe(24)
            response = self.render("serve/login.html", None, login_token=token,
                                   next=_local_path(request.query_params.get("next")), error="")
            _set_cookie(response, LOGIN_COOKIE, token)
            return response
        form = await request.form()
        return await run_in_threadpool(self._login, request, dict(form))

    def _login(self, request: Request, form: dict) -> Response:
        cookie = request.cookies.get(LOGIN_COOKIE)
        if not cookie or not secrets.compare_digest(cookie, str(form.get("csrf") or "")):
            return self.message(403, "Forbidden: the sign-in form's token is missing or wrong; reload it.")
        with Store(self.config.db) as store:
            user = auth.check_password(store, str(form.get("name") or ""), str(form.get("password") or ""))
            if user is None:
                response = self.render("serve/login.html", None, status=401, login_token=cookie,
                                       next=_local_path(form.get("next")), error="Wrong name or password.")
                return response
            token = auth.start_session(store, user)
        response = RedirectResponse(_local_path(form.get("next")), status_code=303)
        _set_cookie(response, auth.SESSION_COOKIE, token)
        return response

    def logout(self, ctx: Ctx) -> Response:
        auth.end_session(ctx.store, ctx.request.cookies.get(auth.SESSION_COOKIE))
        response = RedirectResponse("/login" if self.config.accounts else "/", status_code=303)
        response.delete_cookie(auth.SESSION_COOKIE)
        return response

    # -- calls ------------------------------------------------------------------------------

    def calls(self, ctx: Ctx) -> Response:
        filters = db.CallFilters.from_query(ctx.request.query_params)
        own = None if ctx.user.can("view_all") else (ctx.user.agent_id or "")
        listing = db.list_calls(ctx.store, filters, agent_only=own,
                                redact=text_redactor(ctx.user.role, self.config.raw_roles))
        choices = dict(self.choices(ctx.store))
        if own is not None:
            choices["agents"] = [own]
        query = {k: v for k, v in ctx.request.query_params.items() if k != "page"}
        return self.render("serve/calls.html", ctx, listing=listing, choices=choices, query=urlencode(query))

    def choices(self, store: Store) -> dict:
        """The list's drop-down values, read again at most every CHOICES_SECONDS: they scan the whole
        store (tens of ms at 10,000 calls) and change only when calls are added."""
        with self._lock:
            expires, value = self._choices
            if time.monotonic() > expires:
                value = db.filter_choices(store)
                self._choices = (time.monotonic() + CHOICES_SECONDS, value)
            return value

    def call(self, ctx: Ctx) -> Response:
        call_id = path_id(ctx.request, "call_id")
        ctx.call_visible(call_id)
        audio = audio_file(ctx.store.get_call(call_id), self.config.report_dir)
        src = f"/calls/{url_id(call_id)}/audio" if audio else None
        page = review_page_for(ctx.store, call_id, ctx.user, src)
        if page is None:
            raise StoreError(f"no scored result for call {call_id!r}.")
        return self.render("serve/call.html", ctx, view=page)

    def audio(self, ctx: Ctx) -> Response:
        call_id = path_id(ctx.request, "call_id")
        ctx.call_visible(call_id)
        path = audio_file(ctx.store.get_call(call_id), self.config.report_dir)
        if path is None:
            raise StoreError(f"no audio inside the report folder for call {call_id!r}.")
        return FileResponse(path)

    def call_by_slug(self, ctx: Ctx) -> Response:
        """The static reports' /calls/<slug>.html links, inside the app."""
        name = ctx.request.path_params["name"]
        call_id = next((c for c in ctx.store.call_ids() if slug(c) == name), None)
        if call_id is None:
            raise StoreError(f"no stored call is written as {name!r}.")
        return RedirectResponse(f"/calls/{url_id(call_id)}", status_code=307)

    def override(self, ctx: Ctx) -> Response:
        call_id, criterion = path_id(ctx.request, "call_id"), path_id(ctx.request, "criterion_id")
        ctx.call_visible(call_id)
        save_override(ctx.store, call_id, criterion, str(ctx.form.get("verdict") or ""),
                      str(ctx.form.get("reason") or ""), user=ctx.user.name)
        return _back_to_call(call_id, f"v-{criterion}")

    def dispute(self, ctx: Ctx) -> Response:
        call_id = path_id(ctx.request, "call_id")
        ctx.call_visible(call_id)
        wanted = str(ctx.form.get("wanted") or "") or None
        open_dispute(ctx.store, call_id, str(ctx.form.get("criterion") or ""), str(ctx.form.get("comment") or ""),
                     user=ctx.user.name, wanted=wanted)
        return _back_to_call(call_id, "disputes")

    def resolve(self, ctx: Ctx) -> Response:
        dispute_id = int(ctx.request.path_params["dispute_id"])
        decision = str(ctx.form.get("decision") or "")
        if decision not in ("accept", "reject"):
            raise ConfigError("choose accept or reject.")
        found = resolve_dispute(ctx.store, dispute_id, accept=decision == "accept",
                                reason=str(ctx.form.get("reason") or ""), user=ctx.user.name,
                                verdict=str(ctx.form.get("verdict") or "") or None)
        return _back_to_call(found.call_id, "disputes")

    def done(self, ctx: Ctx) -> Response:
        call_id = path_id(ctx.request, "call_id")
        db.mark_done(ctx.store, call_id, user=ctx.user.name)
        return RedirectResponse("/queue", status_code=303)

    def assign(self, ctx: Ctx) -> Response:
        call_id = path_id(ctx.request, "call_id")
        analyst = str(ctx.form.get("analyst") or "").strip()
        if auth.get_user(ctx.store, analyst) is None:
            raise ConfigError(f"no user {analyst!r}; add one with qa users add.")
        db.assign(ctx.store, call_id, analyst, by=ctx.user.name)
        return RedirectResponse("/queue", status_code=303)

    # -- queue, team, exports ---------------------------------------------------------------

    def queue(self, ctx: Ctx) -> Response:
        mine = ctx.request.query_params.get("mine") == "1"
        items = db.review_queue(ctx.store, analyst=ctx.user.name if mine else None,
                                include_done=ctx.request.query_params.get("done") == "1")
        reviewers = [u.name for u in auth.users(ctx.store) if u.role in ("analyst", "supervisor")]
        return self.render("serve/queue.html", ctx, items=items, mine=mine, reviewers=reviewers)

    def team(self, ctx: Ctx) -> Response:
        start, end = ctx.request.query_params.get("from"), ctx.request.query_params.get("to")
        page = build_team_page(ctx.store, start or None, end or None)
        return self.render("serve/team.html", ctx, page=page, open_disputes=disputes(ctx.store, status="open"))

    def agent(self, ctx: Ctx) -> Response:
        name = ctx.request.path_params["name"]
        agent_id = next((a.agent_id for a in ctx.store.agents() if slug(a.agent_id) == name), None)
        if agent_id is None:
            raise StoreError(f"no agent is written as {name!r}.")
        if not ctx.user.can("view_all") and ctx.user.agent_id != agent_id:
            raise Forbidden("this is another agent's coaching report.")
        page = build_agent_page(ctx.store, agent_id)
        return self.render("serve/agent.html", ctx, page=page)

    def export(self, ctx: Ctx) -> Response:
        from qa.report.exports import csv_texts

        name = ctx.request.path_params["name"]
        texts = csv_texts(final_results(ctx.store))
        if name not in texts:
            raise StoreError(f"no export {name!r}; choose one of {', '.join(texts)}.")
        return Response(texts[name], media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    def audit_page(self, ctx: Ctx) -> Response:
        from qa.review import audit_trail

        return self.render("serve/audit.html", ctx, entries=audit_trail(ctx.store))

    # -- calibration ------------------------------------------------------------------------

    def calibration(self, ctx: Ctx) -> Response:
        if ctx.request.method == "POST":
            ctx.require("assign")
            call_ids = [c.strip() for c in str(ctx.form.get("calls") or "").replace(",", " ").split()]
            session_id = db.create_session(ctx.store, str(ctx.form.get("name") or ""), call_ids, by=ctx.user.name)
            return RedirectResponse(f"/calibration/{session_id}", status_code=303)
        return self.render("serve/calibration.html", ctx, sessions=db.sessions(ctx.store))

    def calibration_session(self, ctx: Ctx) -> Response:
        session = db.get_session(ctx.store, int(ctx.request.path_params["session_id"]))
        if session is None:
            raise StoreError("no such calibration session.")
        mine = {(l.call_id, l.criterion) for l in db.labels(ctx.store, session.session_id, ctx.user.name)}
        done = {c for c, _ in mine}
        # Blind: the agreement shows only to supervisors, or to an analyst who has labelled every call.
        show = ctx.user.can("assign") or set(session.call_ids) <= done
        result = db.agreement(ctx.store, session.session_id) if show else None
        return self.render("serve/calibration_session.html", ctx, session=session, done=done, agreement=result)

    def calibration_call(self, ctx: Ctx) -> Response:
        session_id, call_id = int(ctx.request.path_params["session_id"]), path_id(ctx.request, "call_id")
        if ctx.request.method == "POST":
            verdicts = {k[2:]: str(v) for k, v in ctx.form.items() if k.startswith("v:") and v}
            db.save_labels(ctx.store, session_id, call_id, verdicts, analyst=ctx.user.name)
            return RedirectResponse(f"/calibration/{session_id}", status_code=303)
        session = db.get_session(ctx.store, session_id)
        stored = ctx.store.get_result(call_id)
        if session is None or stored is None or call_id not in session.call_ids:
            raise StoreError("no such call in this calibration session.")
        from qa.serve.views import transcript_words

        mine = {l.criterion: l.verdict for l in db.labels(ctx.store, session_id, ctx.user.name) if l.call_id == call_id}
        # Blind: criteria and the transcript only; no machine verdict, no other analyst's label.
        criteria = [(v.id, v.description) for v in stored.result.criteria]
        return self.render("serve/calibration_call.html", ctx, session=session, call_id=call_id, criteria=criteria,
                           lines=transcript_words(ctx.store.get_call(call_id)), mine=mine)

    # -- library ----------------------------------------------------------------------------

    def library_file(self, ctx: Ctx) -> Response:
        if not ctx.user.can("view_all"):  # the library quotes every agent's calls
            raise Forbidden("the example library is for trainers, analysts and supervisors.")
        root = (self.config.report_dir / "library").resolve()
        path = (root / (ctx.request.path_params.get("path") or "index.html")).resolve()
        if not path.is_relative_to(root) or not path.is_file():
            raise StoreError("no such file in the example library; a trainer builds it from the team page.")
        return FileResponse(path)

    def library_build(self, ctx: Ctx) -> Response:
        from qa.report.library import build_library

        build_library(ctx.store, self.config.report_dir, templates=self.config.templates)
        return RedirectResponse("/library/index.html", status_code=303)


def path_id(request: Request, name: str) -> str:
    """The id in a path segment written by :func:`url_id`; 400 when a "~" segment does not decode."""
    try:
        return id_from_url(request.path_params[name])
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def _set_cookie(response: Response, name: str, value: str) -> None:
    response.set_cookie(name, value, httponly=True, samesite="strict", max_age=auth.SESSION_HOURS * 3600)


def _local_path(target) -> str:
    """Only a path on this app to go to after sign-in (never another site)."""
    target = str(target or "/")
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"


def _back_to_call(call_id: str, anchor: str) -> RedirectResponse:
    return RedirectResponse(f"/calls/{url_id(call_id)}#{quote(anchor)}", status_code=303)


def create_app(db_path: str | Path, *, accounts: bool = False, templates: str | Path | None = None,
               redact: bool = True) -> Starlette:
    """The ASGI app on the store at ``db_path``; ``accounts=False`` signs everyone in as the local user;
    ``redact=False`` lets analysts and supervisors read calls unredacted (agents and trainers never)."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise ConfigError(f"{db_path}: no results store here; run qa run / qa score first or pass --db.")
    raw_roles = frozenset() if redact else RAW_ROLES_WHEN_ALLOWED
    app = App(ServeConfig(db_path, accounts, Path(templates) if templates else None, raw_roles))
    if accounts:
        with Store(db_path) as store:
            if not [u for u in auth.users(store) if u.name != auth.LOCAL_USER]:
                raise ConfigError("accounts are required (not on 127.0.0.1, or --accounts) but none exist; "
                                  "add one: qa users add NAME --role supervisor")
    r = app.route
    routes = [
        Route("/login", app.login, methods=["GET", "POST"]),
        Route("/logout", r(app.logout), methods=["POST"]),
        Route("/", r(app.calls)),
        Route("/index.html", lambda request: RedirectResponse("/", status_code=307)),
        Route("/queue", r(app.queue, "queue")),
        Route("/team", r(app.team, "team")),
        Route("/team.html", r(app.team, "team")),
        Route("/audit", r(app.audit_page, "assign")),
        Route("/agents/{name}.html", r(app.agent)),
        Route("/exports/{name}", r(app.export, "export")),
        Route("/calls/{name}.html", r(app.call_by_slug)),
        Route("/calls/{call_id}", r(app.call)),
        Route("/calls/{call_id}/audio", r(app.audio)),
        Route("/calls/{call_id}/verdicts/{criterion_id}", r(app.override, "review"), methods=["POST"]),
        Route("/calls/{call_id}/disputes", r(app.dispute, "dispute"), methods=["POST"]),
        Route("/calls/{call_id}/done", r(app.done, "review"), methods=["POST"]),
        Route("/calls/{call_id}/assign", r(app.assign, "assign"), methods=["POST"]),
        Route("/disputes/{dispute_id:int}", r(app.resolve, "resolve"), methods=["POST"]),
        Route("/calibration", r(app.calibration, "calibrate"), methods=["GET", "POST"]),
        Route("/calibration/{session_id:int}", r(app.calibration_session, "calibrate")),
        Route("/calibration/{session_id:int}/calls/{call_id}", r(app.calibration_call, "calibrate"),
              methods=["GET", "POST"]),
        Route("/library/build", r(app.library_build, "library"), methods=["POST"]),
        Route("/library/{path:path}", r(app.library_file)),
    ]
    return Starlette(routes=routes)


__all__ = ["create_app", "ServeConfig", "url_id"]
