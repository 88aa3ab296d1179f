"""CLI for people in the loop: ``qa serve``, ``qa users add|list``, ``qa labels export``.
Library: qa.serve, qa.review."""
from __future__ import annotations

import ipaddress

import click

from qa.cli.options import out_option
from qa.store import DEFAULT_DB_NAME

COMMANDS: list = []
DEFAULT_DB = f"reports/{DEFAULT_DB_NAME}"


def _db_option(command):
    return click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                        help="The results store.")(command)


def is_local(host: str) -> bool:
    """True for loopback addresses (127.0.0.1, ::1, localhost): the one place without accounts."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but 127.0.0.1 / ::1 requires accounts (qa users add).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--accounts", is_flag=True, help="Require sign-in on 127.0.0.1 too (always on for another address).")
@click.option("--templates", type=click.Path(file_okay=False), help="Folder of templates overriding the built-ins.")
@click.option("--no-redact", is_flag=True,
              help="Analysts and supervisors read calls unredacted (agents and trainers never do).")
def serve_command(db, host, port, accounts, templates, no_redact):
    """The review app: search calls, listen, confirm or override verdicts, disputes, calibration.

    \b
    Example:
      qa serve --db reports/qa.sqlite            # http://127.0.0.1:8000, one local user
      qa users add ana --role analyst && qa serve --host 0.0.0.0 --port 8000
    """
    from qa.extras import require

    require("serve", "qa serve")
    import uvicorn

    from qa.serve.app import create_app

    app = create_app(db, accounts=accounts or not is_local(host), templates=templates, redact=not no_redact)
    click.echo(f"qa serve: http://{host}:{port}/ on {db} (Ctrl+C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.group("users")
def users_group() -> None:
    """Accounts of the review app (analyst, supervisor, agent, trainer)."""


@users_group.command("add")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(["analyst", "supervisor", "agent", "trainer"]))
@click.option("--agent-id", help="For an agent: whose calls they see (default: NAME).")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
              help="Prompted for when not given (or read from stdin when piped).")
@_db_option
def users_add(name, role, agent_id, password, db):
    """Add an account, or change its role / password (hashed with argon2).

    \b
    Example:
      qa users add ana --role analyst
      qa users add A-101 --role agent --db reports/qa.sqlite
    """
    from qa.extras import require

    require("serve", "qa users add (argon2 password hashing)")
    from qa.serve.auth import add_user
    from qa.store import Store

    with Store(db) as store:
        user = add_user(store, name, role, password, agent_id=agent_id)
    click.echo(f"{user.name}: {user.role}" + (f" (sees agent {user.agent_id}'s calls)" if user.role == "agent" else ""))


@users_group.command("list")
@_db_option
def users_list(db):
    """List the accounts and their roles.

    \b
    Example:
      qa users list --db reports/qa.sqlite
    """
    from qa.serve.auth import users
    from qa.store import Store

    with Store(db) as store:
        for user in users(store):
            click.echo(f"{user.name}\t{user.role}\t{user.agent_id or ''}")


@click.group("labels")
def labels_group() -> None:
    """Labelled examples from people's verdicts."""


@labels_group.command("export")
@_db_option
@out_option("JSON Lines file to write (one labelled example per line).", required=True, file=True, dest="out_path")
def labels_export(db, out_path):
    """Write every override as a labelled example the judge can learn from (JSON Lines).

    \b
    Example:
      qa labels export --db reports/qa.sqlite --out labels.jsonl
    """
    from qa.review import export_labels
    from qa.store import Store

    with Store(db) as store:
        count = export_labels(store, out_path)
    click.echo(f"{out_path}: {count} labelled example(s)")


COMMANDS += [serve_command, users_group, labels_group]
