"""Ticket import: every export format, custom mappings, and bad files with exact messages."""
from __future__ import annotations

import json

import pytest

from qa.errors import TicketError
from qa.model import Ticket
from qa.ticket import load_mapping, load_tickets, read_tickets
from tests.conftest import ROOT

EXPORTS = ROOT / "tests" / "data" / "tickets" / "exports"


@pytest.mark.parametrize("name, system, ticket_id, status, agent", [
    ("servicenow.csv", "servicenow", "INC0012346", "open", "A-117"),
    ("zendesk.json", "zendesk", "48213", "resolved", "A-102"),
    ("jira.jsonl", "jira", "HD-1188", "escalated", "A-131"),
    ("freshdesk.json", "freshdesk", "3022", "pending", "A-205"),
    ("native.json", "native", "INC0020002", "escalated", "A-205"),
])
def test_each_help_desk_export_maps_to_tickets(name, system, ticket_id, status, agent):
    export = read_tickets(EXPORTS / name)
    assert export.system == system and export.problems == ()
    ticket = export.tickets[ticket_id]
    assert (ticket.status, ticket.agent_id) == (status, agent)
    assert ticket.fields["description"] and ticket.source.startswith(str(EXPORTS / name))


def test_nested_fields_are_read_from_jira_and_freshdesk():
    jira = load_tickets(EXPORTS / "jira.jsonl")["HD-1187"]
    assert jira.fields["resolution"] == "Identity verified. Account unlocked; user logged in successfully."
    fresh = load_tickets(EXPORTS / "freshdesk.json")["3021"]
    assert fresh.fields["resolution"].startswith("Refunded the duplicate charge of $49.99")


def test_custom_mapping_with_its_own_status_words():
    tickets = load_tickets(EXPORTS / "custom.csv", EXPORTS / "custom-mapping.yaml")
    assert tickets["FS-50231"].status == "escalated"  # "Dispatched"
    assert tickets["INC0030003"].status == "resolved"  # "Closed - Fixed"
    assert tickets["FS-50231"].fields["title"] == "No internet - fiber"


def test_bad_mapping_lists_every_problem(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("fields:\n  ticket_id: 7\n  colour: Colour\nstatus_values:\n  Done: finished\n")
    with pytest.raises(TicketError) as err:
        load_mapping(path)
    assert str(err.value) == (
        f"{path}: 3 problem(s) in ticket mapping:\n"
        "  - fields.ticket_id: expected a column name or a list of names, got 7\n"
        "  - fields.colour: unknown field; choose from ticket_id, status, agent_id, customer, created, title, "
        "description, resolution, notes, category, assigned_group\n"
        "  - status_values.Done: 'finished' is not one of resolved, escalated, open, pending, transferred, closed")


def test_mapping_file_is_safe_loaded(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("fields: !!python/object/apply:os.system ['echo hacked']\n")
    with pytest.raises(Exception) as err:
        load_mapping(path)
    assert "not valid YAML" in str(err.value)


HEADER = "number,state,short_description,description\n"


def test_latin1_export_is_refused_with_the_line_and_a_fix(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(HEADER.encode() + "INC1,Resolved,Printer,Caf\xe9 printer\n".encode("latin-1"))
    with pytest.raises(TicketError) as err:
        load_tickets(path)
    assert str(err.value) == (f"{path}:2: not UTF-8 (byte 0xe9 at offset 68); it looks like Latin-1/Windows-1252. "
                              "Re-export the tickets as UTF-8, or pass --encoding latin-1.")
    assert load_tickets(path, encoding="latin-1")["INC1"].fields["description"] == "Café printer"


def test_a_wrong_encoding_option_is_a_clear_error(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(HEADER + "INC1,Resolved,Printer,jammed\n")
    with pytest.raises(TicketError) as err:
        load_tickets(path, encoding="latin-9000")
    assert str(err.value) == f"{path}: unknown encoding 'latin-9000'; use e.g. utf-8, latin-1, cp1252, utf-16"


@pytest.mark.parametrize("prefix, data_encoding, note", [
    (b"\xef\xbb\xbf", "utf-8", "had a UTF-8 byte-order mark (removed)"),
    (b"", "utf-16", "is UTF-16 (read as such); UTF-8 is preferred"),
])
def test_bom_and_utf16_are_read_and_said(tmp_path, prefix, data_encoding, note):
    path = tmp_path / "t.csv"
    path.write_bytes(prefix + (HEADER + "INC1,Resolved,Printer,Café printer\n").encode(data_encoding))
    export = read_tickets(path)
    assert export.notes == (f"{path}: {note}",)
    assert export.tickets["INC1"].fields["description"] == "Café printer"
    assert list(export.tickets["INC1"].raw)[0] == "number"  # no BOM glued to the first column


def test_stray_quote_reports_its_line_and_keeps_the_rows_before(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(HEADER + "INC4,Resolved,Printer,jammed\nINC5,Resolved,\"Monitor,flickers\nINC6,Resolved,Mouse,x\n")
    export = read_tickets(path)
    assert list(export.tickets) == ["INC4"]
    assert export.problems == (
        f"{path}:3: stray quote in the CSV (unexpected end of data); the rows from here on were not read. A field "
        "that starts with \" must end with \" and quotes inside it must be doubled (\"\").",)


def test_short_row_and_missing_id_and_duplicates_are_listed_not_fatal(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(HEADER + "INC7,Resolved,Printer\n,Resolved,Mouse,broken\nINC8,Open,a,b\nINC8,Open,c,d\n")
    export = read_tickets(path)
    assert list(export.tickets) == ["INC8"] and export.tickets["INC8"].fields["title"] == "a"
    assert export.problems == (
        f"{path}:2: expected 4 columns, found 3",
        f"{path}:3: no ticket id (looked in number); fill it in or fix the mapping",
        f"{path}:5: duplicate ticket id INC8 (first at {path}:4); kept the first",
    )


def test_unknown_export_and_empty_export(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps([{"foo": 1}]))
    with pytest.raises(TicketError) as err:
        load_tickets(path)
    assert str(err.value) == (f"{path}: no usable ticket:\n  - {path}#0: cannot tell which help desk this record "
                              "is from (keys: foo); pass a mapping file with --mapping")


def test_broken_json_says_where(tmp_path):
    path = tmp_path / "t.json"
    path.write_text('{"tickets": [ {"ticket_id": "A"} ')
    with pytest.raises(TicketError) as err:
        load_tickets(path)
    assert str(err.value) == f"{path}:1: not valid JSON (Expecting ',' delimiter at column 34)"


def test_html_in_a_description_stays_text(tmp_path):
    path = tmp_path / "t.json"
    html = '<script>alert("x")</script> printer <b>jammed</b> &amp; smoking'
    path.write_text(json.dumps({"tickets": [{"ticket_id": "T-1", "status": "open", "description": html}]}))
    ticket = load_tickets(path)["T-1"]
    assert ticket.fields["description"] == html
    assert Ticket.from_dict(json.loads(json.dumps(ticket.to_dict()))) == ticket


def test_samples_ticket_export_loads(samples):
    path = samples / "tickets.json"
    if not path.exists():
        pytest.skip("samples/tickets.json is not written yet")
    tickets = load_tickets(path)
    assert tickets and all(t.status in ("resolved", "escalated", "open", "pending", "transferred", "closed")
                           for t in tickets.values())
