"""Call vs ticket: read ticket exports, link each call to its ticket, find where they disagree.

    tickets = load_tickets("exports/servicenow.csv")
    ticket = link_ticket(call, tickets)          # manifest ticket_id, else a number said on the call
    review = compare(call, ticket)               # findings + documentation score (0-100)
    bounce_back(results)                         # which tickets go back to which agent, and why
"""
from __future__ import annotations

from qa.model import Call, Result, Ticket
from qa.ticket.compare import TicketReview, attach, compare, documentation_score, same_ticket
from qa.ticket.load import TicketExport, load_mapping, load_tickets, read_tickets

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
BOUNCE_SCORE = 75.0  # a ticket under this documentation score goes back even without a high finding


def link_ticket(call: Call, tickets: dict[str, Ticket]) -> Ticket | None:
    """The call's ticket: the manifest's ``ticket_id``, else a ticket number spoken on the call."""
    wanted = call.metadata.get("ticket_id")
    if wanted:
        if str(wanted) in tickets:
            return tickets[str(wanted)]
        return next((t for t in tickets.values() if same_ticket(str(wanted), t.ticket_id)), None)
    from qa.ticket.facts import call_facts

    said = [f for f in call_facts(call) if f.kind in ("ticket_number", "id")]
    for fact in reversed(said):  # the number read out last is the one that was created
        for ticket in tickets.values():
            if fact.kind == "ticket_number" and same_ticket(fact.value, ticket.ticket_id) or \
                    fact.value == ticket.ticket_id.upper():
                return ticket
    return None


def unmatched_tickets(tickets: dict[str, Ticket], calls: list[Call]) -> list[Ticket]:
    """Tickets no call links to (a typo in the ticket id, or a call that was never recorded)."""
    linked = {t.ticket_id for t in (link_ticket(c, tickets) for c in calls) if t is not None}
    return [t for t in tickets.values() if t.ticket_id not in linked]


def bounce_back(results: list[Result]) -> list[dict]:
    """Tickets a supervisor should send back: any high or medium finding, or a low documentation
    score. One entry per ticket: ticket_id, agent_id, call_id, score, severity, reasons."""
    out = []
    for result in results:
        serious = [f for f in result.findings if f.severity in ("high", "medium")]
        low_score = result.ticket_score is not None and result.ticket_score < BOUNCE_SCORE
        if not result.ticket_id or not (serious or low_score):
            continue
        ordered = sorted(result.findings, key=lambda f: SEVERITY_ORDER.get(f.severity, 3))
        out.append({
            "ticket_id": result.ticket_id,
            "agent_id": result.metadata.get("agent_id"),
            "agent_name": result.metadata.get("agent_name"),
            "call_id": result.call_id,
            "score": result.ticket_score,
            "severity": ordered[0].severity if ordered else "low",
            "reasons": [f"[{f.severity}] {f.message}" for f in ordered],
        })
    out.sort(key=lambda b: (str(b["agent_id"] or ""), SEVERITY_ORDER.get(b["severity"], 3), b["score"] or 0))
    return out


__all__ = ["load_tickets", "read_tickets", "load_mapping", "TicketExport", "link_ticket", "compare",
           "TicketReview", "attach", "bounce_back", "documentation_score", "unmatched_tickets", "same_ticket"]
