"""Call vs ticket: each kind of finding, silence on clean pairs, linking, bounce-back, and the
labelled set's precision / recall (real spaCy and e5 models, no mocks)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from qa.cli import main
from qa.model import Call, Outcome, Result, Segment, Ticket, Word
from qa.ticket import bounce_back, compare, link_ticket
from qa.ticket.evaluate import evaluate
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data" / "tickets"


def make_call(lines, language="en", metadata=None, unsure=()):
    """A call from (role, text) turns, 4 s apart; turns in ``unsure`` get low-probability words."""
    turns = []
    for index, (role, text) in enumerate(lines):
        start = index * 4.0
        words = tuple(Word(start, start + 0.3, w, 0.3) for w in text.split()) if index in unsure else ()
        turns.append(Segment(start, start + 3.5, text, "S0" if role == "agent" else "S1", role, words))
    return Call("call-x", language=language, metadata=metadata or {}, utterances=tuple(turns))


RESET_CALL = [
    ("agent", "IT service desk, this is Maria. How can I help?"),
    ("customer", "I'm locked out of Outlook."),
    ("agent", "Before I change anything, what's your employee ID?"),
    ("customer", "It's four five seven one two."),
    ("agent", "Thanks. I've unlocked the account and reset your password."),
    ("customer", "Okay, I'm in now, it's working."),
    ("agent", "Your ticket number is I N C zero zero one two three four five."),
]


def reset_ticket(**fields):
    base = {"title": "Outlook locked", "description": "User locked out of Outlook. Identity verified with "
            "employee ID 45712.", "resolution": "Unlocked the account and reset the password; user logged in."}
    return Ticket("INC0012345", "resolved", "A-102", {**base, **fields})


def kinds(review):
    return [(f.kind, f.severity, f.ticket_field) for f in review.findings]


def test_a_ticket_that_says_what_the_call_said_has_no_finding():
    review = compare(make_call(RESET_CALL), reset_ticket())
    assert review.findings == () and review.score == 100.0
    related = reset_ticket(notes="Same user as INC0011111 last week.")
    assert compare(make_call(RESET_CALL), related).findings == ()


def test_digit_swap_in_an_identifier_is_reported_with_both_sides():
    review = compare(make_call(RESET_CALL), reset_ticket(description="Identity verified with employee ID 45721."))
    (finding,) = review.findings
    assert (finding.kind, finding.severity, finding.ticket_field) == ("identifier_mismatch", "high", "description")
    assert finding.message == "The employee ID on the ticket is '45721' but the call said '45712'."
    assert finding.call_evidence[0].start == 12.0 and finding.call_evidence[0].text == "It's four five seven one two."
    assert review.score == 75.0


def test_identity_verified_when_nobody_asked_is_unsupported():
    lines = [line for line in RESET_CALL if "employee ID" not in line[1] and "four five" not in line[1]]
    review = compare(make_call(lines), reset_ticket(description="User locked out. Identity verified."))
    assert kinds(review) == [("unsupported_claim", "high", "description")]
    assert review.findings[0].message == ("The ticket claims an identity check ('Identity verified.') but nothing "
                                          "on the call supports it.")


def test_an_identity_question_the_caller_could_not_answer_verifies_nothing():
    call = make_call([("agent", "Can I have your employee ID?"), ("customer", "Uh, I don't know it, sorry."),
                      ("agent", "No worries, I've unlocked the account."), ("customer", "Great, I'm in.")])
    ticket = Ticket("T11", "resolved", "A-1", {"description": "Locked out. Identity verified.",
                                               "resolution": "Unlocked the account."})
    assert kinds(compare(call, ticket)) == [("unsupported_claim", "high", "description")]


def test_a_step_the_caller_denied_is_unsupported_with_the_denial_as_evidence():
    call = make_call([("agent", "Have you restarted the modem?"), ("customer", "No, not yet, I'm at work."),
                      ("agent", "I'll escalate this to a field technician.")])
    ticket = Ticket("T1", "escalated", "A-1", {"description": "No internet.", "resolution": "Customer rebooted the modem."})
    (finding,) = compare(call, ticket).findings
    assert finding.kind == "unsupported_claim" and finding.message.endswith("but the call denies it.")
    assert finding.call_evidence[0].text == "Have you restarted the modem?"


def test_error_code_and_scope_said_on_the_call_but_missing_from_the_ticket():
    call = make_call([("customer", "The whole floor can't print, it shows error fifty nine four zero."),
                      ("agent", "Okay, I'll escalate this to the onsite team.")])
    ticket = Ticket("T2", "escalated", "A-1", {"description": "User cannot print."})
    assert kinds(compare(call, ticket)) == [("missing_fact", "medium", "description")] * 2


def test_asking_about_scope_is_not_a_scope_fact():
    call = make_call([("agent", "Is it just you or the whole floor?"), ("customer", "Just me."),
                      ("agent", "I'll escalate this to the onsite team.")])
    assert compare(call, Ticket("T3", "escalated", "A-1", {"description": "User cannot print."})).findings == ()


@pytest.mark.parametrize("status, outcome", [("resolved", "escalated"), ("escalated", "resolved")])
def test_status_contradiction_both_ways(status, outcome):
    call = make_call([("agent", "Let me look at that.")])
    ticket = Ticket("T4", status, "A-1", {"description": "VPN down.", "resolution": "VPN fixed."})
    review = compare(call, ticket, outcome=Outcome(outcome, 0.8, (), f"{outcome}: agent at 0s"))
    assert kinds(review) == [("status_contradiction", "high", "status")]


def test_status_contradiction_from_what_was_said():
    call = make_call([("customer", "The laptop won't boot."),
                      ("agent", "I'm going to escalate this to our hardware team, a technician will contact you.")])
    ticket = Ticket("T5", "resolved", "A-1", {"description": "Laptop won't boot.", "resolution": "Fixed."})
    (finding,) = compare(call, ticket).findings
    assert finding.kind == "status_contradiction" and finding.call_evidence[0].role == "agent"


@pytest.mark.parametrize("last_words, findings", [
    ("So it's still not working? Okay, I'll call back.", ["status_contradiction", "unsupported_claim"]),
    ("It wasn't working before, but now it's working. Thanks!", []),
])
def test_the_callers_last_word_on_the_problem_decides_a_fix_claim(last_words, findings):
    call = make_call([("customer", "Outlook crashes."), ("agent", "Disable the add-in and try later."),
                      ("customer", "Okay."), ("agent", "Anything else?"), ("customer", last_words)])
    ticket = Ticket("T9", "resolved", "A-1", {"description": "Outlook crashes.",
                                              "resolution": "Issue resolved, Outlook no longer crashes."})
    review = compare(call, ticket, outcome=Outcome("unknown"))
    assert sorted(f.kind for f in review.findings) == findings


def test_ticket_number_told_to_the_caller_differs_from_the_ticket():
    review = compare(make_call(RESET_CALL), Ticket("INC0012354", "resolved", "A-102", reset_ticket().fields))
    assert kinds(review) == [("ticket_number_mismatch", "high", "ticket_id")]
    assert review.findings[0].message == ("The agent told the caller ticket number INC0012345 but the ticket is "
                                          "INC0012354.")


def test_korean_call_against_an_english_ticket():
    call = make_call([("agent", "본인 확인을 위해 사번 말씀해 주시겠어요?"), ("customer", "사번은 이 공 일 칠 삼이요."),
                      ("agent", "비밀번호 초기화해 드렸습니다."), ("customer", "네, 이제 잘 돼요.")], language="ko")
    good = Ticket("K1", "resolved", "A-2", {"description": "Identity verified with employee ID 20173.",
                                            "resolution": "Reset the password."})
    assert compare(call, good).findings == ()
    bad = Ticket("K1", "resolved", "A-2", {"description": "Identity verified with employee ID 20137.",
                                           "resolution": "Reset the password."})
    assert kinds(compare(call, bad)) == [("identifier_mismatch", "high", "description")]


@pytest.mark.parametrize("said, written, language, message", [
    ("주소는 테헤란로 백오십이 입니다.", "Onsite visit: 테헤란로 125, 3층.", "ko",
     "The street address on the ticket is '테헤란로 125' but the call said '테헤란로 152'."),
    ("The refund is forty nine dollars and the card ends in one two three four.", "Refunded $94.", "en",
     "The amount on the ticket is '$94' but the call said '49 dollars'."),
    ("Sa fourteen twenty Maple Street po, apartment six.", "Tech visit to 1402 Maple St.", "tl",
     "The street address on the ticket is '1402 Maple St' but the call said '1420 Maple Street'."),
])
def test_addresses_and_amounts_in_three_languages(said, written, language, message):
    call = make_call([("customer", said), ("agent", "Okay, noted.")], language=language)
    (finding,) = compare(call, Ticket("T10", "open", "A-1", {"description": written})).findings
    assert (finding.kind, finding.message) == ("identifier_mismatch", message)


def test_tagalog_paraphrase_supports_an_english_claim_through_embeddings():
    # "i-off ... tapos i-on ulit" is in the lexicon; "hugutin ... isaksak ulit" (unplug, plug back)
    # is not: only the multilingual embedding can tell that the router was power-cycled.
    call = make_call([("agent", "Ma'am, yung router po, hugutin niyo yung saksakan, hintayin ng thirty seconds, "
                                "saka isaksak ulit."), ("customer", "Sige po. Ayan, okay na po, mabilis na.")],
                     language="tl")
    ticket = Ticket("T6", "resolved", "A-3", {"description": "Slow internet.",
                                              "resolution": "Customer power-cycled the router; speed back to normal."})
    assert compare(call, ticket).findings == ()
    assert kinds(compare(call, ticket, similarity=False)) == [("unsupported_claim", "medium", "resolution")]


def test_doubtful_words_lower_the_severity_and_say_so():
    call = make_call([("customer", "buong floor po walang internet"), ("agent", "I-escalate ko po sa network team.")],
                     language="tl", unsure=(0,))
    (finding,) = compare(call, Ticket("T7", "escalated", "A-3", {"description": "User has no internet."})).findings
    assert finding.severity == "low"
    assert finding.message.endswith("(the recording is unclear here: check it before bouncing)")


def test_one_doubtful_digit_makes_an_identifier_mismatch_a_review_item():
    lines = list(RESET_CALL)
    call = make_call(lines)
    words = tuple(Word(12.0 + i * 0.3, 12.2 + i * 0.3, w, 0.15 if w == "one" else 0.95)
                  for i, w in enumerate("It's four five seven one two.".split()))
    turns = list(call.utterances)
    turns[3] = Segment(12.0, 15.5, turns[3].text, "S1", "customer", words)
    call = Call("call-x", language="en", utterances=tuple(turns))
    review = compare(call, reset_ticket(description="Identity verified with employee ID 45721."))
    (finding,) = review.findings
    assert finding.severity == "review" and "check it before bouncing" in finding.message
    assert review.score == 100.0 and bounce_back([Result("c", "r", "1", 90.0, "pass", findings=review.findings,
                                                         ticket_id="INC0012345", ticket_score=review.score)]) == []


def test_review_lists_the_facts_read_from_both_sides():
    facts = compare(make_call(RESET_CALL), reset_ticket()).facts
    assert {"kind": "employee_id", "value": "45712", "text": "45712", "start": 12.0, "role": "customer"} in facts["call"]
    assert {"kind": "employee_id", "value": "45712", "text": "45712", "field": "description"} in facts["ticket"]


def test_html_in_a_ticket_is_matched_as_text_and_kept_verbatim():
    html = '<script>alert(1)</script>User locked out. Identity <b>verified</b> with employee ID 45721.'
    (finding,) = compare(make_call(RESET_CALL), reset_ticket(description=html)).findings
    assert finding.kind == "identifier_mismatch" and finding.ticket_text == html


def test_missing_description_and_resolution():
    call = make_call([("agent", "Let me check.")])
    review = compare(call, Ticket("T8", "resolved", "A-1", {}), outcome=Outcome("unknown"))
    assert kinds(review) == [("missing_field", "medium", "description"), ("missing_field", "low", "resolution")]


def test_link_ticket_by_metadata_then_by_spoken_number():
    tickets = {"INC0012345": reset_ticket(), "INC0099999": Ticket("INC0099999")}
    assert link_ticket(make_call(RESET_CALL, metadata={"ticket_id": "INC0099999"}), tickets).ticket_id == "INC0099999"
    assert link_ticket(make_call(RESET_CALL), tickets).ticket_id == "INC0012345"
    assert link_ticket(make_call(RESET_CALL, metadata={"ticket_id": "INC0000001"}), tickets) is None
    assert link_ticket(make_call([("agent", "Hello.")]), tickets) is None


def test_bounce_back_lists_tickets_by_agent_with_reasons():
    review = compare(make_call(RESET_CALL), reset_ticket(description="Identity verified with employee ID 45721."))
    bad = Result("c1", "helpdesk", "1", 90.0, "pass", findings=review.findings, ticket_id="INC0012345",
                 ticket_score=review.score, metadata={"agent_id": "A-102", "agent_name": "Maria"})
    good = Result("c2", "helpdesk", "1", 95.0, "pass", ticket_id="INC2", ticket_score=100.0,
                  metadata={"agent_id": "A-101"})
    assert bounce_back([good, bad]) == [{
        "ticket_id": "INC0012345", "agent_id": "A-102", "agent_name": "Maria", "call_id": "c1", "score": 75.0,
        "severity": "high",
        "reasons": ["[high] The employee ID on the ticket is '45721' but the call said '45712'."]}]


def test_labelled_set_precision_recall_and_clean_pairs():
    result = evaluate(DATA)
    assert [p.error for p in result.pairs if p.error] == []
    assert len(result.pairs) >= 15 and sum(p.clean for p in result.pairs) >= 5
    assert {p.pair_id[:2] for p in result.pairs} == {"en", "ko", "tl"}
    assert result.precision >= 0.9 and result.recall >= 0.9
    assert result.clean_pair_findings == 0


@pytest.mark.parametrize("folder", ["tickets-noisy", "tickets-crossauthor"])
def test_stress_sets_accuse_nobody_falsely(folder):
    """Noisy ASR text, and call transcripts another engineer wrote for the scoring set."""
    result = evaluate(ROOT / "tests" / "data" / folder)
    assert [p.error for p in result.pairs if p.error] == []
    assert result.recall >= 0.9 and result.precision >= 0.9 and result.clean_pair_findings == 0


def test_cli_eval_prints_the_figures():
    out = CliRunner().invoke(main, ["ticket", "eval", str(DATA)])
    assert out.exit_code == 0, out.output
    assert "precision 1.000  recall 1.000  flagged 1.000  findings on 10 clean pairs: 0  (26 pairs)" in out.output


def test_cli_compare_reports_findings_and_calls_without_tickets(tmp_path):
    report = tmp_path / "review.json"
    out = CliRunner().invoke(main, ["ticket", "compare", str(DATA / "calls" / "en-02.json"),
                                    str(DATA / "calls" / "en-03.json"),
                                    "--tickets", str(DATA / "exports" / "servicenow.csv"), "--out", str(report)])
    assert out.exit_code == 1
    assert ("en-02 <-> INC0012346: documentation score 75, 1 finding(s)\n  [high] identifier_mismatch (description): "
            "The asset tag on the ticket is 'LT-20913' but the call said 'LT20931'.") in out.output
    assert (f"Error: {DATA / 'calls' / 'en-03.json'}: ticket 48213 (from its metadata) is not in "
            f"{DATA / 'exports' / 'servicenow.csv'}; check the ticket id or pass --ticket-id") in out.output
    assert "Note: ticket INC0012345" not in out.output  # one call compared: no "matches no call" noise
    saved = json.loads(report.read_text())
    assert saved["reviews"][0]["findings"][0]["kind"] == "identifier_mismatch"
    assert saved["unmatched_tickets"] == ["INC0012345", "INC0030002"]


def test_cli_compare_a_clean_pair_exits_0():
    out = CliRunner().invoke(main, ["ticket", "compare", str(DATA / "calls" / "en-01.json"),
                                    "--tickets", str(DATA / "exports" / "servicenow.csv")])
    assert out.exit_code == 0 and "documentation score 100, 0 finding(s)" in out.output


def test_cli_bounce_from_result_files(tmp_path):
    review = compare(make_call(RESET_CALL), reset_ticket(description="<b>x</b> employee ID 45721."))
    result = Result("c1", "helpdesk", "1", 90.0, "pass", findings=review.findings, ticket_id="INC0012345",
                    ticket_score=review.score, metadata={"agent_id": "A-102"})
    (tmp_path / "c1.result.json").write_text(json.dumps(result.to_dict()))
    out = CliRunner().invoke(main, ["ticket", "bounce", str(tmp_path)])
    assert out.exit_code == 0
    assert out.output == ("Agent A-102\n  INC0012345 (call c1, score 75, high):\n    - [high] The employee ID on the "
                          "ticket is '45721' but the call said '45712'.\n")
    csv_out = CliRunner().invoke(main, ["ticket", "bounce", str(tmp_path), "--format", "csv"])
    assert csv_out.output.splitlines()[0] == "agent_id,agent_name,ticket_id,call_id,score,severity,reasons"


def test_cli_import_reports_bad_records(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("number,state,short_description,description\nINC1,Solved,a,b\nINC2,Open,x\n")
    out = CliRunner().invoke(main, ["ticket", "import", str(path), "--out", str(tmp_path / "n.json")])
    assert out.exit_code == 1
    assert f"{path}: 1 ticket(s) (servicenow), 1 problem(s)" in out.output
    assert f"Error: {path}:3: expected 4 columns, found 3" in out.output
    native = json.loads((tmp_path / "n.json").read_text())
    assert native == {"tickets": [{"ticket_id": "INC1", "status": "resolved", "agent_id": None, "title": "a",
                                   "description": "b"}]}


ASR = DATA / "asr"


@pytest.mark.parametrize("call_id", ["call-01", "call-02", "call-03", "call-04", "call-05"])
def test_findings_on_real_whisper_output_of_the_sample_calls(call_id):
    """Whisper base wrote these (digits as "513-08", "NWL7412", "I-N-C-0-0-1-2-3-4-5", "Air 809")."""
    import yaml

    from qa.formats import load_call
    from qa.ticket import load_tickets

    expected = yaml.safe_load((ASR / "expected.yaml").read_text())[call_id]
    call = load_call(ASR / f"{call_id}.json")
    review = compare(call, link_ticket(call, load_tickets(ASR / "tickets.json")))
    assert sorted([f.kind, f.ticket_field] for f in review.findings) == expected, [f.message for f in review.findings]


def test_tickets_that_match_no_call_are_named():
    from qa.formats import load_call
    from qa.ticket import load_tickets, unmatched_tickets

    tickets = load_tickets(DATA / "exports" / "zendesk.json")
    calls = [load_call(DATA / "calls" / f"{name}.json") for name in ("en-03", "en-04")]
    assert [t.ticket_id for t in unmatched_tickets(tickets, calls)] == ["48216", "48215"]
    out = CliRunner().invoke(main, ["ticket", "compare", *(str(DATA / "calls" / f"{n}.json") for n in ("en-03", "en-04")),
                                    "--tickets", str(DATA / "exports" / "zendesk.json")])
    assert f"Note: ticket 48216 ({DATA / 'exports' / 'zendesk.json'}#2) matches no call" in out.output
