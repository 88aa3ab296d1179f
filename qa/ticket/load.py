"""Read ticket exports (JSON, JSON lines, CSV) from the usual help desks into :class:`Ticket` objects.

Each help desk names its columns differently; a *mapping* says which source key holds which of our
fields. Built-in mappings cover our native format, Zendesk, ServiceNow, Jira Service Management and
Freshdesk; the right one is picked from the keys a record has. A custom mapping is a YAML file::

    name: acme-helpdesk
    fields:                       # our field: the export's column (a list = first one present)
      ticket_id: "Ticket #"
      status: State
      agent_id: Owner
      description: [Problem, Details]
      resolution: Fix
    status_values:                # the export's status -> ours (case-insensitive)
      Sent to L2: escalated
    system: zendesk               # optional: start from a built-in mapping instead
    extra_fields:                 # optional: name structured columns (the name says what they hold)
      asset_tag: custom_fields.360011
      phone: [Contact Phone, Mobile]

Every column the mapping does not use is kept as a structured field of the ticket, under the
export's own name ("u_asset_tag", "custom_fields.cf_account_number", "연락처"); the comparison reads
identifiers from those as well as from the text (see :mod:`qa.ticket.facts`). Nested keys use dots ("fields.status.name"). Text is kept exactly as written: HTML in a description
stays text. Bad records are listed in ``TicketExport.problems`` (file, line or record, what to fix)
and skipped, so one bad ticket never hides the others.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from qa.errors import TicketError
from qa.model import Ticket

FIELDS = ("ticket_id", "status", "agent_id", "customer", "created", "title", "description",
          "resolution", "notes", "category", "assigned_group")
STATUSES = ("resolved", "escalated", "open", "pending", "transferred", "closed")

MAPPINGS: dict[str, dict[str, list[str]]] = {
    "native": {f: [f] for f in FIELDS},
    "zendesk": {
        "ticket_id": ["id", "Id", "ID"], "status": ["status", "Status"],
        "agent_id": ["assignee_id", "assignee", "Assignee", "Assignee id"],
        "customer": ["requester", "Requester", "requester_id", "Requester id"],
        "created": ["created_at", "Created at"], "title": ["subject", "Subject"],
        "description": ["description", "Description"],
        "resolution": ["resolution", "Resolution"], "notes": ["comment", "internal_note", "Internal note"],
        "category": ["type", "Type", "tags", "Tags"], "assigned_group": ["group", "group_id", "Group"],
    },
    "servicenow": {
        "ticket_id": ["number"], "status": ["state", "incident_state"],
        "agent_id": ["assigned_to", "assigned_to.user_name", "assigned_to.value", "opened_by"],
        "customer": ["caller_id", "caller_id.display_value", "caller_id.value"],
        "created": ["opened_at", "sys_created_on"], "title": ["short_description"],
        "description": ["description"], "resolution": ["close_notes"],
        "notes": ["work_notes", "comments"], "category": ["category", "subcategory"],
        "assigned_group": ["assignment_group", "assignment_group.display_value"],
    },
    "jira": {
        "ticket_id": ["key", "Issue key"], "status": ["fields.status.name", "Status"],
        "agent_id": ["fields.assignee.name", "fields.assignee.accountId", "Assignee"],
        "customer": ["fields.reporter.displayName", "fields.reporter.name", "Reporter"],
        "created": ["fields.created", "Created"], "title": ["fields.summary", "Summary"],
        "description": ["fields.description", "Description"],
        "resolution": ["fields.resolution.description", "fields.comment.last", "Resolution notes",
                       "Comment"],
        "notes": ["fields.environment", "Environment"],
        "category": ["fields.issuetype.name", "Issue Type", "Request Type"],
        "assigned_group": ["fields.customfield_team", "Team", "Component/s"],
    },
    "freshdesk": {
        "ticket_id": ["Ticket ID", "id"], "status": ["Status", "status"],
        "agent_id": ["responder_id", "Agent"], "customer": ["requester_id", "Requester name", "Contact"],
        "created": ["created_at", "Created time"], "title": ["Subject", "subject"],
        "description": ["description_text", "Description"],
        "resolution": ["custom_fields.cf_resolution", "Resolution notes", "Resolution"],
        "notes": ["custom_fields.cf_notes", "Notes"], "category": ["type", "Type", "Category"],
        "assigned_group": ["group_id", "Group"],
    },
}
# Keys that tell the exports apart, checked in this order (a record with "number" and
# "short_description" is ServiceNow, one with "key" and "fields" is Jira...).
SIGNATURES = (
    ("native", ("ticket_id",)),
    ("servicenow", ("number", "short_description")),
    ("jira", ("key", "fields")), ("jira", ("Issue key",)),
    ("freshdesk", ("Ticket ID",)), ("freshdesk", ("description_text",)), ("freshdesk", ("responder_id",)),
    ("zendesk", ("id", "subject")), ("zendesk", ("Id", "Subject")),
)
STATUS_VALUES = {
    # our own words
    **{s: s for s in STATUSES},
    # Zendesk
    "new": "open", "hold": "pending", "on-hold": "pending", "solved": "resolved",
    # ServiceNow (labels and the numeric incident states)
    "1": "open", "2": "open", "3": "pending", "6": "resolved", "7": "closed", "8": "closed",
    "in progress": "open", "on hold": "pending", "canceled": "closed", "cancelled": "closed",
    # Jira Service Management
    "done": "resolved", "waiting for support": "open", "waiting for customer": "pending",
    "escalated to tier 2": "escalated", "to do": "open", "work in progress": "open",
    # Freshdesk numeric states: 2 open, 3 pending, 4 resolved, 5 closed
    "4": "resolved", "5": "closed", "waiting on third party": "pending",
    "transferred": "transferred", "assigned": "escalated", "fixed": "resolved",
}


@dataclass(frozen=True)
class TicketExport:
    """What :func:`read_tickets` found in one file."""
    path: str
    tickets: dict[str, Ticket]
    problems: tuple[str, ...] = ()
    system: str = ""
    encoding: str = "utf-8"
    notes: tuple[str, ...] = ()  # e.g. "had a UTF-8 byte-order mark"


@dataclass
class Mapping:
    name: str
    fields: dict[str, list[str]]
    status_values: dict[str, str] = field(default_factory=dict)
    extra: dict[str, list[str]] = field(default_factory=dict)  # our name for a structured column: its keys


def load_mapping(path: str | Path) -> Mapping:
    """A custom mapping file (YAML, safe-loaded); every problem is reported at once."""
    from qa.fileio import load_yaml

    data = load_yaml(path)
    problems = []
    system = data.get("system") if isinstance(data, dict) else None
    if system is not None and system not in MAPPINGS:
        raise TicketError(f"{path}: system: {system!r} is not a built-in export; choose from "
                          f"{', '.join(MAPPINGS)}")
    if not isinstance(data, dict) or not isinstance(data.get("fields", {} if system else None), dict):
        raise TicketError(f"{path}: a mapping needs a 'fields:' table (our field: the export's column) or a "
                          "'system:' to start from; see docs/tickets.md.")
    fields: dict[str, list[str]] = dict(MAPPINGS[system]) if system else {}
    extra = _extra_fields(data.get("extra_fields"), problems)
    for ours, theirs in (data.get("fields") or {}).items():
        if ours not in FIELDS:
            problems.append(f"fields.{ours}: unknown field; choose from {', '.join(FIELDS)}")
            continue
        columns = [theirs] if isinstance(theirs, str) else theirs
        if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
            problems.append(f"fields.{ours}: expected a column name or a list of names, got {theirs!r}")
            continue
        fields[ours] = columns
    if "ticket_id" not in fields and not problems:
        problems.append("fields.ticket_id: missing; say which column holds the ticket number")
    values = data.get("status_values") or {}
    if not isinstance(values, dict):
        problems.append("status_values: expected a table of export status -> our status")
        values = {}
    for theirs, ours in values.items():
        if ours not in STATUSES:
            problems.append(f"status_values.{theirs}: {ours!r} is not one of {', '.join(STATUSES)}")
    if problems:
        raise TicketError(f"{path}: {len(problems)} problem(s) in ticket mapping:\n"
                          + "\n".join(f"  - {p}" for p in problems))
    return Mapping(str(data.get("name") or Path(path).stem), fields,
                   {str(k).lower(): v for k, v in values.items()}, extra)


def _extra_fields(table, problems: list[str]) -> dict[str, list[str]]:
    """``extra_fields:`` of a mapping: our name for a structured column -> the export's key(s)."""
    if table is None:
        return {}
    if not isinstance(table, dict):
        problems.append("extra_fields: expected a table of our name -> the export's column")
        return {}
    extra = {}
    for ours, theirs in table.items():
        columns = [theirs] if isinstance(theirs, str) else theirs
        if str(ours) in FIELDS:
            problems.append(f"extra_fields.{ours}: already a ticket field; name it under 'fields:'")
        elif not isinstance(columns, list) or not columns or not all(isinstance(c, str) for c in columns):
            problems.append(f"extra_fields.{ours}: expected a column name or a list of names, got {theirs!r}")
        else:
            extra[str(ours)] = columns
    return extra


def decode_export(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str, list[str]]:
    """Bytes -> text, saying what was found: BOMs and UTF-16 are handled; Latin-1 is refused with
    the place of the first bad byte unless ``encoding`` says so."""
    notes = []
    if encoding:
        try:
            return data.decode(encoding, errors="strict"), encoding, notes
        except LookupError as exc:
            raise TicketError(f"{path}: unknown encoding {encoding!r}; use e.g. utf-8, latin-1, cp1252, "
                              "utf-16") from exc
        except UnicodeDecodeError as exc:
            raise TicketError(f"{path}: not {encoding} (byte 0x{data[exc.start]:02x} at offset "
                              f"{exc.start}); check the export's encoding") from exc
    if data.startswith(codecs.BOM_UTF8):
        notes.append(f"{path}: had a UTF-8 byte-order mark (removed)")
        return data[3:].decode("utf-8"), "utf-8-sig", notes
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        notes.append(f"{path}: is UTF-16 (read as such); UTF-8 is preferred")
        return data.decode("utf-16"), "utf-16", notes
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        guess, option = _guess_encoding(data)
        raise TicketError(
            f"{path}:{line}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); it looks "
            f"like {guess}. Re-export the tickets as UTF-8, or pass --encoding {option}.") from exc


# Single-byte guesses are told apart poorly on a short export (a Latin-1 "café" reads as cp1250);
# all of them get the Western advice. Multi-byte encodings (CP949, Shift-JIS, GB18030) are named.
_SINGLE_BYTE = ("cp125", "latin", "iso8859", "mac_", "cp437", "cp850", "ascii")


def _guess_encoding(data: bytes) -> tuple[str, str]:
    """(what the bytes look like, the --encoding to suggest), from charset-normalizer."""
    if data[1:2] == b"\x00":
        return "UTF-16 without a byte-order mark", "utf-16-le"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding.startswith(_SINGLE_BYTE):
        return "Latin-1/Windows-1252", "latin-1"
    language = f" ({best.language})" if best.language and best.language != "Unknown" else ""
    return f"{best.encoding}{language}", best.encoding


def _get(record: dict, key: str):
    if key in record:
        return record[key]
    value = record
    for part in key.split("."):
        if isinstance(value, list) and part == "last":
            value = value[-1] if value else None
        elif isinstance(value, list):  # Zendesk custom_fields: [{"id": 360011, "value": ...}]
            value = next((v.get("value") for v in value if isinstance(v, dict) and str(v.get("id")) == part), None)
            if value is None:
                return None
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return None
    return value


def _text(value) -> str:
    """Our fields are text: names from nested objects, lists joined, numbers written out."""
    if value is None:
        return ""
    if isinstance(value, dict):
        for key in ("display_value", "name", "displayName", "value", "body", "text"):
            if key in value:
                return _text(value[key])
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "\n".join(_text(v) for v in value if v is not None)
    return str(value)


def detect_system(record: dict) -> str | None:
    for name, keys in SIGNATURES:
        if all(k in record for k in keys):
            return name
    return None


def map_record(record: dict, mapping: Mapping, where: str) -> Ticket:
    """One export record -> a Ticket; raises TicketError (with ``where``) when it has no ticket id."""
    values = {}
    for ours in FIELDS:
        for key in mapping.fields.get(ours, ()):
            text = _text(_get(record, key)).strip()
            if text:
                values[ours] = text
                break
    # The export has a resolution column, left empty. A comment column the mapping also reads a
    # resolution from (Jira's "Comment") is conversation: an inquiry closed with its outcome in the
    # description leaves it empty, and that says nothing about a missing fix.
    if "resolution" not in values and any(_get(record, k) is not None for k in mapping.fields.get("resolution", ())
                                          if "comment" not in k.lower()):
        values["resolution"] = ""
    ticket_id = values.pop("ticket_id", "")
    if not ticket_id:
        columns = ", ".join(mapping.fields.get("ticket_id", ()))
        raise TicketError(f"{where}: no ticket id (looked in {columns}); fill it in or fix the mapping")
    raw_status = values.pop("status", "")
    status = normalise_status(raw_status, mapping.status_values)
    agent_id = values.pop("agent_id", None)
    values.update(structured_fields(record, mapping))
    return Ticket(ticket_id=ticket_id, status=status, agent_id=agent_id, fields=values,
                  raw=record, source=where, status_word=raw_status)


def _leaves(value, prefix: str = ""):
    """(dotted key, text) for every scalar in a record; Zendesk's custom_fields list of
    {"id": 360011, "value": ...} becomes "custom_fields.360011"."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _leaves(inner, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(value, list):
        if all(isinstance(v, dict) and "id" in v and "value" in v for v in value) and value:
            for item in value:
                yield from _leaves(item["value"], f"{prefix}.{item['id']}")
        elif all(not isinstance(v, (dict, list)) for v in value):
            yield prefix, ", ".join(str(v) for v in value if v is not None)
        # lists of objects (comments, attachments) are conversation, not fields: not kept
    elif value is not None and str(value).strip():
        yield prefix, str(value).strip()


def structured_fields(record: dict, mapping: Mapping) -> dict[str, str]:
    """Every column the mapping does not read into a ticket field, by the export's own name (or
    the mapping's ``extra_fields`` name), so identifiers in them can be compared with the call."""
    used = {key for keys in mapping.fields.values() for key in keys}
    out: dict[str, str] = {}
    for ours, keys in mapping.extra.items():
        for key in keys:
            text = _text(_get(record, key)).strip()
            if text:
                out[ours] = text
                used.add(key)
                break
        used.update(keys)
    for key, text in _leaves(record):
        if key not in used and key not in FIELDS and key not in out and not _under(key, used):
            out[key] = text
    return out


def _under(key: str, used: set[str]) -> bool:
    """A leaf of a column the mapping already read ("fields.status.name" under "fields.status")."""
    return any(key.startswith(u + ".") for u in used)


def normalise_status(raw: str, extra: dict[str, str] | None = None) -> str:
    """An export's status word -> ours; unknown words become "open" (the cautious reading)."""
    key = raw.strip().lower()
    return (extra or {}).get(key) or STATUS_VALUES.get(key) or ("open" if not key else _guess(key))


def _guess(key: str) -> str:
    """A desk's own status word by its stem ("Escalated to Install Mgr", "Awaiting Downpayment",
    "On hold - vendor", "Completed"; Korean "처리완료", "상위이관", "고객대기")."""
    for word, status in (("resolv", "resolved"), ("solved", "resolved"), ("closed", "closed"),
                         ("escalat", "escalated"), ("transfer", "transferred"), ("pending", "pending"),
                         ("wait", "pending"), ("hold", "pending"), ("complet", "resolved"), ("cancel", "closed"),
                         ("미완료", "open"), ("완료", "resolved"), ("종료", "closed"), ("이관", "escalated"),
                         ("대기", "pending"), ("보류", "pending")):
        if word in key:
            return status
    return "open"


def _records_json(text: str, path: str) -> list[tuple[dict, str]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TicketError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if isinstance(data, dict):
        for key in ("tickets", "result", "records", "issues", "cases", "data", "items"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            data = [data]
    if not isinstance(data, list):
        raise TicketError(f"{path}: expected a list of tickets or {{\"tickets\": [...]}}")
    return [(r, f"{path}#{i}") for i, r in enumerate(data)]


def _records_jsonl(text: str, path: str) -> list[tuple[dict, str]]:
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                records.append((json.loads(line), f"{path}:{number}"))
            except json.JSONDecodeError as exc:
                records.append((TicketError(f"{path}:{number}: not valid JSON ({exc.msg})"), ""))
    return records


def _records_csv(text: str, path: str) -> list[tuple[dict, str]]:
    """CSV rows with the line each starts on; a stray quote is reported where the field opened."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records, line = [], 1
    try:
        header = next(reader)
    except StopIteration:
        return []
    except csv.Error as exc:
        raise TicketError(f"{path}:1: cannot read the CSV header ({exc})") from exc
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            # An unclosed quote swallows the rest of the file: keep the rows before it, say where.
            records.append((TicketError(
                f"{path}:{line}: stray quote in the CSV ({exc}); the rows from here on were not read. A "
                "field that starts with \" must end with \" and quotes inside it must be doubled (\"\")."), ""))
            break
        span = reader.line_num - line + 1
        if row and any(cell.strip() for cell in row):
            if len(row) != len(header):
                hint = " (a stray quote?)" if span > 1 or '"' in "".join(row) else ""
                records.append((TicketError(f"{path}:{line}: expected {len(header)} columns, found "
                                            f"{len(row)}{hint}"), ""))
            else:
                records.append((dict(zip(header, row)), f"{path}:{line}"))
        line = reader.line_num + 1
    return records


def read_tickets(path: str | Path, mapping: str | Path | Mapping | None = None, *,
                 encoding: str | None = None) -> TicketExport:
    """Every ticket in an export, with the problems of the records that could not be used."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TicketError(f"{path}: cannot read ticket export: {exc.strerror}") from exc
    text, used, notes = decode_export(data, str(path), encoding)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        records = _records_csv(text, str(path))
    elif suffix in (".jsonl", ".ndjson"):
        records = _records_jsonl(text, str(path))
    elif suffix == ".json":
        records = _records_json(text, str(path))
    else:
        raise TicketError(f"{path}: unknown ticket export type {suffix!r}; use .json, .jsonl or .csv")
    if isinstance(mapping, (str, Path)):
        mapping = load_mapping(mapping)
    tickets, problems, systems = _map_records(records, mapping)
    return TicketExport(str(path), tickets, tuple(problems), ", ".join(sorted(systems)), used, tuple(notes))


def _map_records(records, mapping: Mapping | None) -> tuple[dict[str, Ticket], list[str], set[str]]:
    """Records -> tickets by id, with a problem for every record that could not be used."""
    tickets: dict[str, Ticket] = {}
    problems: list[str] = []
    systems = set()
    for record, where in records:
        if isinstance(record, TicketError):
            problems.append(str(record))
            continue
        if not isinstance(record, dict):
            problems.append(f"{where}: expected an object, got {type(record).__name__}")
            continue
        use = mapping
        if use is None:
            name = detect_system(record)
            if name is None:
                problems.append(f"{where}: cannot tell which help desk this record is from (keys: "
                                f"{', '.join(list(record)[:8])}); pass a mapping file with --mapping")
                continue
            use = Mapping(name, MAPPINGS[name])
        systems.add(use.name)
        try:
            ticket = map_record(record, use, where)
        except TicketError as exc:
            problems.append(str(exc))
            continue
        if ticket.ticket_id in tickets:
            problems.append(f"{where}: duplicate ticket id {ticket.ticket_id} (first at "
                            f"{tickets[ticket.ticket_id].source}); kept the first")
            continue
        tickets[ticket.ticket_id] = ticket
    return tickets, problems, systems


def load_tickets(path: str | Path, mapping: str | Path | Mapping | None = None, *,
                 encoding: str | None = None) -> dict[str, Ticket]:
    """Tickets by id. Raises TicketError when the file cannot be read or holds no usable ticket."""
    export = read_tickets(path, mapping, encoding=encoding)
    if not export.tickets:
        detail = "\n".join(f"  - {p}" for p in export.problems) or "  - the file is empty"
        raise TicketError(f"{path}: no usable ticket:\n{detail}")
    return export.tickets
