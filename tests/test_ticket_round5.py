"""The fifth ticket round (issue 10): causes of the misses and false alarms on test5, fixed in
general form (a modifier kind in a question, date-and-time fields, ...)."""
from __future__ import annotations

from qa.ticket.facts import _kind_from_context
from tests.test_ticket_fields import make_call
from tests.test_ticket_values import run, ticket


def test_a_kind_after_on_the_only_qualifies_the_kind_asked_for():
    assert _kind_from_context("can i have the phone number on the account?") == "phone"
    assert _kind_from_context("the member number for this phone line") == "account_id"
    assert _kind_from_context("phone and account number") == "account_id"
    call = make_call([("agent", "Can I have the phone number on the account?"),
                      ("customer", "Seven two zero, five five five, four four one six.")])
    assert run(call, ticket(**{"cf_phone": "720-555-4461"})) == [("identifier_mismatch", "high", "cf_phone")]
    assert run(call, ticket(**{"cf_phone": "720-555-4416"})) == []


def test_o_for_zero_in_a_phone_number_is_no_mismatch():
    call = make_call([("agent", "And the best number for the reminder text?"),
                      ("customer", "Five oh three, five five five, o one eight two.")])
    assert run(call, ticket(**{"cf_phone": "503-555-0182"})) == []
