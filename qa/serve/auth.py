"""Accounts, sessions, CSRF tokens and what each role may do, for ``qa serve``.

Passwords are hashed with argon2 (argon2-cffi). A session is a random token in an HttpOnly,
SameSite=Strict cookie; the store keeps only its SHA-256, with the session's CSRF token, which
every form posts back. On 127.0.0.1 without ``--accounts`` the app signs everyone in as the single
local user (a supervisor), still with a session and CSRF tokens.

Roles (enforced by the server on every request, never only hidden in a page):

- ``supervisor``: everything: review, assign, resolve disputes, calibration sessions, the team page.
- ``analyst``: review (confirm / override with a reason), the queue, calibration labels.
- ``trainer``: reads calls and builds the example library; no verdict changes.
- ``agent``: only their own calls (another agent's call is 403); may only dispute a verdict.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass

from qa.errors import ConfigError
from qa.review import audit, now
from qa.store import Store

ROLES = ("analyst", "supervisor", "agent", "trainer")
LOCAL_USER = "local"
SESSION_HOURS = 12
SESSION_COOKIE = "qa_session"

# What each role may do; routes check these names.
PERMISSIONS = {
    "supervisor": {"view_all", "review", "queue", "assign", "resolve", "calibrate", "team", "export", "library"},
    "analyst": {"view_all", "review", "queue", "calibrate", "team", "export"},
    "trainer": {"view_all", "library", "team"},
    "agent": {"dispute"},
}


@dataclass(frozen=True)
class User:
    name: str
    role: str
    agent_id: str | None = None  # for agents: whose calls they see

    def can(self, permission: str) -> bool:
        return permission in PERMISSIONS.get(self.role, set())

    def may_see(self, call_agent: str | None) -> bool:
        return self.can("view_all") or (self.role == "agent" and call_agent is not None
                                        and call_agent == self.agent_id)


@dataclass(frozen=True)
class Session:
    user: User
    csrf: str


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def add_user(store: Store, name: str, role: str, password: str | None, *, agent_id: str | None = None,
             by: str = "cli") -> User:
    """Create or update an account; agents see the calls of ``agent_id`` (default: their name)."""
    if not re.fullmatch(r"[A-Za-z0-9._@-]{1,64}", name or ""):
        raise ConfigError(f"user name {name!r}: use 1-64 letters, digits, . _ @ -")
    if role not in ROLES:
        raise ConfigError(f"role {role!r}: choose one of {', '.join(ROLES)}.")
    if password is not None and len(password) < 8:
        raise ConfigError("the password is too short: use at least 8 characters.")
    agent_id = (agent_id or name) if role == "agent" else agent_id
    hashed = _hasher().hash(password) if password is not None else None
    with store.transaction():
        store.connection.execute(
            "INSERT INTO users (name, role, agent_id, password_hash, created) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(name) DO UPDATE SET role = excluded.role, agent_id = excluded.agent_id,"
            " password_hash = COALESCE(excluded.password_hash, users.password_hash)",
            (name, role, agent_id, hashed, now()))
        audit(store, by, "user", after=f"{name} ({role})")
    return User(name, role, agent_id)


def get_user(store: Store, name: str) -> User | None:
    row = store.connection.execute("SELECT name, role, agent_id FROM users WHERE name = ?", (name,)).fetchone()
    return User(*row) if row else None


def users(store: Store) -> list[User]:
    return [User(*row) for row in store.connection.execute("SELECT name, role, agent_id FROM users ORDER BY name")]


def check_password(store: Store, name: str, password: str) -> User | None:
    """The user when the password is right, else None (same work either way, so timing says little)."""
    from argon2.exceptions import VerificationError

    row = store.connection.execute("SELECT password_hash FROM users WHERE name = ?", (name,)).fetchone()
    hashed = row[0] if row and row[0] else _DUMMY_HASH()
    try:
        _hasher().verify(hashed, password or "")
    except VerificationError:
        return None
    return get_user(store, name) if row and row[0] else None


_dummy: list[str] = []


def _DUMMY_HASH() -> str:
    if not _dummy:
        _dummy.append(_hasher().hash(secrets.token_hex(16)))
    return _dummy[0]


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def start_session(store: Store, user: User) -> str:
    """A new session for ``user``; returns the cookie token (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    expires = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=SESSION_HOURS)).isoformat()
    with store.transaction():
        store.connection.execute("DELETE FROM sessions WHERE expires < ?", (now(),))
        store.connection.execute("INSERT INTO sessions (token_hash, user, csrf, created, expires)"
                                 " VALUES (?, ?, ?, ?, ?)",
                                 (_token_hash(token), user.name, secrets.token_urlsafe(32), now(), expires))
    return token


def get_session(store: Store, token: str | None) -> Session | None:
    if not token:
        return None
    row = store.connection.execute(
        "SELECT u.name, u.role, u.agent_id, s.csrf FROM sessions s JOIN users u ON u.name = s.user"
        " WHERE s.token_hash = ? AND s.expires > ?", (_token_hash(token), now())).fetchone()
    return Session(User(*row[:3]), row[3]) if row else None


def end_session(store: Store, token: str | None) -> None:
    if token:
        with store.transaction():
            store.connection.execute("DELETE FROM sessions WHERE token_hash = ?", (_token_hash(token),))


def csrf_ok(session: Session | None, token: str | None) -> bool:
    return bool(session and token and secrets.compare_digest(session.csrf, str(token)))


def ensure_local_user(store: Store) -> User:
    """The single local user of a 127.0.0.1 app without accounts (a supervisor, no password)."""
    user = get_user(store, LOCAL_USER)
    if user is None:
        user = add_user(store, LOCAL_USER, "supervisor", None, by="qa serve")
    return user


__all__ = ["ROLES", "PERMISSIONS", "User", "Session", "add_user", "get_user", "users", "check_password",
           "start_session", "get_session", "end_session", "csrf_ok", "ensure_local_user", "LOCAL_USER",
           "SESSION_COOKIE"]
