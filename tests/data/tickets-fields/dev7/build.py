"""Writes the seventh round's check pairs (calls/d7-*.json, exports/round7-desk.json).

Written and committed after the round's changes and before anything was run on it, by the same
author, as a first check of whether the changes hold on words they were not written for (its
first-run figure is in docs/tickets.md; it is no held-out split: the author knew the changes).
Domains: pest control, hotel group booking, furniture; Korean air-conditioner install; Taglish
aircon cleaning. Run from the repository root: ``python tests/data/tickets-fields/dev7/build.py``.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fields_build", HERE.parent / "build.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
turn = base.turn
A, C = "agent", "customer"

CALLS = {
    "d7-en-01": ("en", "BX-1", None, [
        turn(A, "Bugaway pest control, this is Leo.", 0.93),
        turn(C, "Hi, we've got ants all over the kitchen again.", 0.9),
        turn(A, "I can get a technician out on Thursday, December tenth, between eight and ten in the morning.", 0.9),
        turn(C, "Thursday works.", 0.94),
        turn(A, "Done. The treatment is one hundred and forty nine dollars, paid on the day. Our technician will "
                "text you when he's on his way.", 0.9),
        turn(C, "Great, thanks.", 0.95),
    ]),
    "d7-en-02": ("en", "HR-4", None, [
        turn(A, "Harbor Rest Hotel group desk, Maya speaking.", 0.93),
        turn(C, "Hi, I need rooms for our choir trip, twelve people, the weekend of January ninth.", 0.88),
        turn(A, "I can give you six double rooms at one hundred twenty dollars each per night.", 0.9),
        turn(C, "Perfect, let's book that.", 0.93),
        turn(A, "Booked. Your confirmation number is H Q four four eight two. I'll email you the group contract "
                "today; please sign it by Friday.", 0.9),
        turn(C, "H Q four four eight two. Thank you!", 0.91),
    ]),
    "d7-en-03": ("en", "NH-7", None, [
        turn(A, "Nordhaus Home, Ellie speaking.", 0.93),
        turn(C, "Hi, I ordered a rug last week and it hasn't shipped.", 0.89),
        turn(A, "Let me check. Order number?", 0.93),
        turn(C, "Seven seven zero one two four.", 0.9),
        turn(A, "Seven seven zero one two four, the six by nine wool rug in charcoal. It ships tomorrow; you'll "
                "get a tracking email once it leaves the warehouse.", 0.9),
        turn(C, "Okay, great.", 0.95),
    ]),
    "d7-ko-01": ("ko", "CL-2", None, [
        turn(A, "시원에어컨 고객센터 한지우입니다.", 0.91),
        turn(C, "벽걸이 에어컨 설치 예약하려고요.", 0.89),
        turn(A, "네, 목요일 오전 열 시에 설치 기사님이 방문할 예정입니다.", 0.88),
        turn(A, "방문 전에 기사님이 전화 드릴 겁니다. 설치비는 십오만 원입니다.", 0.88),
        turn(C, "네, 감사합니다.", 0.93),
    ]),
    "d7-tl-01": ("tl", "MC-3", None, [
        turn(A, "Hello po, Malamig Aircon Cleaning, si Ben po ito.", 0.88),
        turn(C, "Hi po, magpapalinis po sana ako ng aircon, dalawang unit po.", 0.86),
        turn(A, "Sige po. Limandaan po kada unit, total isang libo po. Pwede po sa Sabado, alas nuwebe ng umaga.", 0.86),
        turn(C, "Sige po, Sabado.", 0.9),
        turn(A, "Papupuntahin po namin ang technician sa Sabado. Ang booking number niyo po ay M C, walo tatlo lima.",
             0.86),
        turn(C, "Salamat po.", 0.92),
    ]),
}


def _t(ticket_id, status, agent, title, description, resolution="", **fields):
    return {"ticket_id": ticket_id, "status": status, "agent_id": agent, "title": title,
            "description": description, "resolution": resolution, **fields}


TICKETS = [
    _t("C7-101", "Resolved", "BX-1", "Ant treatment booked", "Ants in the kitchen. Technician booked; he texts "
       "the customer when on his way. $149 paid on the day.", "Visit booked.", Visit="Thu 2026-12-10, 8:00-10:00 AM",
       Amount="$149.00"),
    _t("C7-102", "Resolved", "BX-1", "Ant treatment booked", "Ants in the kitchen. Technician booked; he texts "
       "the customer when on his way. $149 paid on the day.", "Visit booked.", Visit="Fri 2026-12-11, 8:00-10:00 AM",
       Amount="$149.00"),
    _t("C7-201", "Pending", "HR-4", "Choir group booking", "Group of 12, weekend of 9 Jan: six double rooms at $120 "
       "each per night. Group contract emailed today, to be signed by Friday.", Confirmation_No="HQ4482",
       Rooms="6 x Double", Amount="$720.00 per night (6 x $120)"),
    _t("C7-202", "Pending", "HR-4", "Choir group booking", "Group of 12, weekend of 9 Jan: six double rooms at $120 "
       "each per night.", Confirmation_No="HQ4428", Rooms="6 x Double", Amount="$720.00 per night (6 x $120)"),
    _t("C7-301", "Pending", "NH-7", "Rug not shipped", "Order 770124, 6x9 wool rug (charcoal): ships tomorrow; "
       "tracking email when it leaves the warehouse.", Order_No="770124", Product="6x9 wool rug, charcoal"),
    _t("C7-302", "Pending", "NH-7", "Rug not shipped", "Order 770124, wool rug (charcoal): ships tomorrow; "
       "tracking email when it leaves the warehouse.", Order_No="770124", Product="5x8 wool rug, charcoal"),
    _t("C7-401", "Resolved", "CL-2", "벽걸이 에어컨 설치 예약", "목요일 오전 10시 설치 기사 방문 예약. 방문 전 기사 전화. "
       "설치비 15만 원.", "설치 예약 완료.", 방문예정="목요일 10:00", 설치비="150,000원"),
    _t("C7-402", "Resolved", "CL-2", "벽걸이 에어컨 설치 예약", "목요일 오전 10시 설치 기사 방문 예약. 방문 전 기사 전화. "
       "설치비 15만 원.", "설치 예약 완료.", 방문예정="목요일 10:00", 설치비="180,000원"),
    _t("C7-501", "Pending", "MC-3", "Aircon cleaning", "Linis ng 2 aircon unit, Sabado 9 AM, technician visit. "
       "PHP 500 kada unit.", Booking_No="MC835", Units="2", Amount="PHP 1,000 (2 x 500)", Schedule="Sat 9:00 AM"),
    _t("C7-502", "Pending", "MC-3", "Aircon cleaning", "Linis ng aircon, Sabado 9 AM, technician visit. "
       "PHP 500 kada unit.", Booking_No="MC835", Units="3", Amount="PHP 1,000 (2 x 500)", Schedule="Sat 9:00 AM"),
]

if __name__ == "__main__":
    for call_id, (language, agent, ticket, turns) in CALLS.items():
        base.write(call_id, language, agent, ticket, turns)
    for ticket in TICKETS:
        for key in [k for k in ticket if "_" in k and k not in ("ticket_id", "agent_id")]:
            ticket[key.replace("_", " ")] = ticket.pop(key)
    out = HERE.parent / "exports" / "round7-desk.json"
    out.write_text(json.dumps(TICKETS, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {len(CALLS)} calls and {out}")
