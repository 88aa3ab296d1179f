"""Structured fields of ticket exports (asset tag, phone, account, address... every column that is
not title/description/resolution/notes): kept at import, compared with the call under the field's
own name; phone numbers through ``phonenumbers``; doubtful numbers answered with ``review``."""
from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from qa.cli import main
from qa.errors import TicketError
from qa.model import Call, Segment, Ticket, Word
from qa.ticket import compare, load_mapping, read_tickets
from qa.ticket.compare import phone_key
from qa.ticket.evaluate import evaluate
from qa.ticket.facts import field_kind
from tests.conftest import CORPUS, ROOT

SET = ROOT / "tests" / "data" / "tickets-fields"
EXPORTS = SET / "exports"


def make_call(lines, language="en", probabilities=None):
    """(role, text) turns; ``probabilities`` maps a turn index to {word: probability}."""
    turns = []
    for index, (role, text) in enumerate(lines):
        start = index * 4.0
        words = ()
        if probabilities and index in probabilities:
            words = tuple(Word(start + i * 0.3, start + i * 0.3 + 0.25, w,
                               probabilities[index].get(w.strip(".,?!").lower(), 0.95))
                          for i, w in enumerate(text.split()))
        turns.append(Segment(start, start + 3.5, text, "S0" if role == "agent" else "S1", role, words))
    return Call("call-f", language=language, utterances=tuple(turns))


def kinds(review):
    return [(f.kind, f.severity, f.ticket_field) for f in review.findings]


def test_every_column_of_a_servicenow_csv_is_kept():
    ticket = read_tickets(EXPORTS / "servicenow-fields.csv").tickets["CS-88121"]
    assert ticket.fields["u_asset_tag"] == "PRN-205" and ticket.fields["location"] == "410 Harbor Road"
    assert ticket.fields["description"].startswith("Loading dock label printer")
    assert Ticket.from_dict(ticket.to_dict()) == ticket


def test_nested_custom_fields_of_freshdesk_and_jira_csv_columns_are_kept():
    fresh = read_tickets(EXPORTS / "freshdesk-fields.json").tickets["7104"]
    assert fresh.fields["custom_fields.cf_account_number"] == "4418-0025"
    assert fresh.fields["resolution"] == "Refunded one charge of ₱550; 3-5 days."  # cf_resolution, mapped
    assert "custom_fields.cf_resolution" not in fresh.fields and "custom_fields.cf_contact_number" not in fresh.fields
    jira = read_tickets(EXPORTS / "jira-fields.csv").tickets["CS-88126"]
    assert jira.status == "resolved" and jira.fields["resolution"].startswith("Reinstalled the VPN client")
    assert "Custom field (Account Number)" not in jira.fields  # empty columns are not fields


def test_a_mapping_starts_from_a_built_in_export_and_names_extra_fields():
    export = read_tickets(EXPORTS / "zendesk-fields.json", EXPORTS / "zendesk-mapping.yaml")
    ticket = export.tickets["88124"]
    assert ticket.status == "pending" and ticket.fields["title"] == "Laptop not charging"
    assert ticket.fields["asset_tag"] == "NB-47710" and "custom_fields.360011" not in ticket.fields
    assert export.tickets["88122"].fields["employee_id"] == "61284"


def test_bad_extra_fields_and_system_are_listed(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("system: zendesk\nextra_fields:\n  title: Foo\n  phone: 5\n")
    with pytest.raises(TicketError) as err:
        load_mapping(path)
    assert str(err.value) == (f"{path}: 2 problem(s) in ticket mapping:\n"
                              "  - extra_fields.title: already a ticket field; name it under 'fields:'\n"
                              "  - extra_fields.phone: expected a column name or a list of names, got 5")
    path.write_text("system: remedy\n")
    with pytest.raises(TicketError, match="system: 'remedy' is not a built-in export; choose from native, zendesk"):
        load_mapping(path)


def test_a_korean_cp949_export_is_named_as_such_and_reads_with_the_option():
    path = EXPORTS / "hanbit-cp949.csv"
    with pytest.raises(TicketError) as err:
        read_tickets(path, EXPORTS / "hanbit-mapping.yaml")
    assert "it looks like cp949 (Korean). Re-export the tickets as UTF-8, or pass --encoding cp949." in str(err.value)
    ticket = read_tickets(path, EXPORTS / "hanbit-mapping.yaml", encoding="cp949").tickets["SR-30412"]
    assert ticket.status == "resolved" and ticket.fields["자산번호"] == "PRN-730"


@pytest.mark.parametrize("name, kind", [
    ("u_asset_tag", "asset_tag"), ("custom_fields.cf_account_number", "account_id"), ("u_callback_number", "phone"),
    ("Custom field (Contact Number)", "phone"), ("Zip Code", "postal_code"), ("Balance Quoted", "amount"),
    ("location", "address"), ("연락처", "phone"), ("사번", "employee_id"), ("주소", "address"),
    ("created_at", None), ("requester_id", None), ("cmdb_ci", "generic"), ("asset_tag", "asset_tag"),
])
def test_a_fields_name_says_what_it_holds(name, kind):
    assert field_kind(name) == kind


def test_an_asset_tag_in_a_structured_field_is_compared_and_named():
    call = make_call([("customer", "The printer is dead, asset tag P R N two five zero."), ("agent", "Okay, noted.")])
    review = compare(call, Ticket("T1", "open", "A-1", {"description": "Printer dead.", "u_asset_tag": "PRN-205"}))
    assert kinds(review) == [("identifier_mismatch", "high", "u_asset_tag")]
    assert review.findings[0].message == ("The asset tag in the ticket's 'u_asset_tag' field is 'PRN-205' but the "
                                          "call said 'PRN250'.")
    assert review.findings[0].ticket_text == "PRN-205"
    same = Ticket("T1", "open", "A-1", {"description": "Printer dead.", "u_asset_tag": "PRN-250"})
    assert compare(call, same).findings == ()


def test_the_same_wrong_value_in_text_and_in_a_field_is_reported_for_each():
    call = make_call([("customer", "My policy number is E G seven three five five two."), ("agent", "Thanks.")])
    ticket = Ticket("T7", "open", "A-1", {"description": "Claim on policy EG-73525.", "Policy No": "EG-73525"})
    assert [f.ticket_field for f in compare(call, ticket).findings] == ["description", "Policy No"]


@pytest.mark.parametrize("said, written, language, found", [
    ("My number is zero nine one seven, triple four, dalawa tatlo lima anim.", "+63 917 444 2356", "tl", False),
    ("My number is zero nine one seven, triple four, dalawa tatlo lima anim.", "0917 444 2365", "tl", True),
    ("연락처는 공일공 사칠팔이 삼삼일오입니다.", "010-4782-3315", "ko", False),
    ("연락처는 공일공 사칠팔이 삼삼일오입니다.", "+82 10 4782 3351", "ko", True),
    ("Call me back on two oh six, five five five, zero one four six.", "(206) 555-0146", "en", False),
])
def test_phone_numbers_in_three_countries(said, written, language, found):
    call = make_call([("customer", said), ("agent", "Noted.")], language=language)
    review = compare(call, Ticket("T2", "open", "A-1", {"description": "No signal.", "Contact Number": written}))
    assert kinds(review) == ([("identifier_mismatch", "high", "Contact Number")] if found else [])


def test_phone_key_uses_phonenumbers():
    assert phone_key("639175551234") == phone_key("09175551234") == "9175551234"
    assert phone_key("01047823315") == phone_key("821047823315") == "1047823315"


def test_an_amount_field_without_a_currency_matches_the_amount_said():
    call = make_call([("agent", "Your balance is a hundred and thirty four dollars.")])
    assert compare(call, Ticket("T3", "open", "A-1", {"description": "Balance.", "Balance": "134.00"})).findings == ()
    review = compare(call, Ticket("T3", "open", "A-1", {"description": "Balance.", "Balance": "143.00"}))
    assert kinds(review) == [("identifier_mismatch", "medium", "Balance")]


def test_a_number_heard_through_a_sound_alike_word_is_read_and_doubted():
    lines = [("agent", "What's your employee number?"), ("customer", "It's six one to eight four.")]
    right = Ticket("T4", "open", "A-1", {"description": "Locked out.", "employee_id": "61284"})
    assert compare(make_call(lines), right).findings == ()
    wrong = Ticket("T4", "open", "A-1", {"description": "Locked out.", "employee_id": "61248"})
    (finding,) = compare(make_call(lines), wrong).findings
    assert finding.severity == "review" and finding.message.endswith("check it before bouncing)")


def test_a_mismatch_on_low_probability_digits_is_a_review_item_only():
    lines = [("customer", "The tag is N B four seven seven oh one."), ("agent", "Thanks.")]
    ticket = Ticket("T5", "open", "A-1", {"description": "Laptop.", "asset_tag": "NB-47710"})
    sure = compare(make_call(lines, probabilities={0: {}}), ticket)
    assert kinds(sure) == [("identifier_mismatch", "high", "asset_tag")]
    unsure = compare(make_call(lines, probabilities={0: {"oh": 0.4, "one": 0.45}}), ticket)
    assert [f.severity for f in unsure.findings] == ["review"] and unsure.score == 100.0
    # a doubtful word outside the identifier ("a" at 0.19) doubts nothing
    lines = [("agent", "Your balance is a hundred and thirty four dollars.")]
    review = compare(make_call(lines, probabilities={0: {"a": 0.19}}),
                     Ticket("T6", "open", "A-1", {"description": "Balance.", "Amount": "$143.00"}))
    assert [f.severity for f in review.findings] == ["medium"]


def _corpus():
    corpus = os.environ.get("QA_CORPUS") or (str(CORPUS) if CORPUS.exists() else "")
    if not corpus:
        pytest.skip(f"the shared corpus is not at {CORPUS} (set QA_CORPUS)")
    return corpus


def test_development_split_with_real_harper_valley_calls():
    """Harper Valley recordings transcribed by the pipeline (cached), plus the written calls."""
    result = evaluate(SET / "dev", corpus=_corpus())
    assert [p.error for p in result.pairs if p.error] == []
    assert {p.language for p in result.pairs} == {"en", "ko", "tl"}
    assert result.precision >= 0.9 and result.recall >= 0.9 and result.clean_kept >= 0.9


def test_cli_eval_prints_each_set_and_language():
    out = CliRunner().invoke(main, ["ticket", "eval", str(ROOT / "tests" / "data" / "tickets-noisy"),
                                    str(ROOT / "tests" / "data" / "tickets-crossauthor")])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("set / language"))
    names = [line[:28].strip() for line in lines[header + 1:]]
    assert names == ["tickets-noisy", "tickets-crossauthor", "all", "all en", "all ko", "all tl"]
    assert lines[header + 3][28:].split() == ["14", "1.000", "1.000", "8/8", "0", "1.000"]


def test_cli_import_writes_structured_fields_into_the_native_json(tmp_path):
    import json

    out = CliRunner().invoke(main, ["ticket", "import", str(EXPORTS / "servicenow-fields.csv"),
                                    "--out", str(tmp_path / "n.json")])
    assert out.exit_code == 0, out.output
    native = {t["ticket_id"]: t for t in json.loads((tmp_path / "n.json").read_text())["tickets"]}
    assert native["CS-88121"]["u_asset_tag"] == "PRN-205" and native["CS-88123"]["location"] == "2251 Cedar Lane, Apt 4"
    again = read_tickets(tmp_path / "n.json").tickets["CS-88121"]  # read back as a native export
    assert again.fields["u_asset_tag"] == "PRN-205"
